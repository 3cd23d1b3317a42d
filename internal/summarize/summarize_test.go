package summarize

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := "testdata/" + name
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./internal/summarize -update and review the diff.\ngot:\n%s", path, got)
	}
}

// TestSeedBrief pins the whole brief of the project's example article.
func TestSeedBrief(t *testing.T) {
	b, err := Summarize(Input{Text: seedText(t), Source: Source{Title: "US open to recognising Russian control of Crimea"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		t.Fatal(err)
	}
	golden(t, "crimea-talks.brief.json", buf.Bytes())

	var text, md bytes.Buffer
	if err := WriteText(&text, b, Standard); err != nil {
		t.Fatal(err)
	}
	golden(t, "crimea-talks.brief.txt", text.Bytes())
	if err := WriteMarkdown(&md, b, Standard); err != nil {
		t.Fatal(err)
	}
	golden(t, "crimea-talks.brief.md", md.Bytes())
}

// TestSeedGold checks the seed's gold brief directly: all five quotes with
// their speakers, and the parties.
func TestSeedGold(t *testing.T) {
	b, err := Summarize(Input{Text: seedText(t)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, speaker string }{
		{"We will never consider Ukrainian lands as Russian", "Volodymyr Zelenskyy"},
		{"If for some reason, one of the two parties makes it very difficult", "Donald Trump"},
		{"Every sovereign nation on Earth has a right to defend itself.", "Marco Rubio"},
		{"adopting Russian strategy", "Volodymyr Zelenskyy"},
		{"He had no mandate to discuss Ukrainian territories, because these territories belong to our people.", "Volodymyr Zelenskyy"},
	}
	for _, w := range want {
		found := false
		for _, q := range b.Quotes {
			if strings.HasPrefix(q.Text, w.text) {
				found = true
				if q.Speaker != w.speaker {
					t.Errorf("quote %q: speaker %q, want %q", w.text, q.Speaker, w.speaker)
				}
			}
		}
		if !found {
			t.Errorf("quote %q missing", w.text)
		}
	}
	if len(b.Quotes) != len(want) {
		t.Errorf("%d quotes, want %d", len(b.Quotes), len(want))
	}
}

func TestLengths(t *testing.T) {
	for _, tt := range []struct {
		l    Length
		want int
	}{{Short, 3}, {Standard, 5}, {Detailed, 10}} {
		b, err := Summarize(Input{Text: grown(t, 20<<10)}, Options{Length: tt.l})
		if err != nil {
			t.Fatal(err)
		}
		if len(b.KeyPoints) > tt.want || len(b.KeyPoints) < min(tt.want, 5) {
			t.Errorf("%s: %d key points, want %d", tt.l, len(b.KeyPoints), tt.want)
		}
	}
	if _, err := ParseLength("huge"); err == nil {
		t.Error("ParseLength(huge) gave no error")
	}
}

func TestBadInput(t *testing.T) {
	for _, text := range []string{"", "   \n\t ", "!!! ??? ...", "—"} {
		if _, err := Summarize(Input{Text: text}, Options{}); !errors.Is(err, ErrNoSentences) {
			t.Errorf("Summarize(%q) error = %v, want ErrNoSentences", text, err)
		}
	}
	// One line without punctuation is still a sentence.
	b, err := Summarize(Input{Text: "Peace talks resume next week in Geneva"}, Options{})
	if err != nil {
		t.Fatalf("one line: %v", err)
	}
	if len(b.Sentences) != 1 || len(b.NextSteps) != 1 {
		t.Errorf("one line: %d sentences, %d next steps; want 1 and 1", len(b.Sentences), len(b.NextSteps))
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		name, text, lang string
		warn             bool
	}{
		{"english", seedText(t), "en", false},
		{"french", "Les négociations entre le gouvernement et les syndicats ont repris lundi à Paris. Le ministre a dit que la proposition est une base sérieuse pour un accord, mais les syndicats ne sont pas d'accord avec la réforme des retraites.", "fr", true},
		{"spanish", "Las negociaciones entre el gobierno y los sindicatos se reanudaron el lunes en Madrid. El ministro dijo que la propuesta es una base seria para un acuerdo, pero los sindicatos no están de acuerdo con la reforma.", "es", true},
		{"russian", "Переговоры между Россией и Украиной возобновятся на следующей неделе в Стамбуле, заявил представитель Кремля.", "ru", true},
		{"short english", "Talks resume today.", "en", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Summarize(Input{Text: tt.text}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if b.Language != tt.lang {
				t.Errorf("language = %q, want %q", b.Language, tt.lang)
			}
			// The language's warning (a short text has one of its own).
			got := slices.ContainsFunc(b.Warnings, func(w string) bool { return strings.Contains(w, "does not look like English") })
			if got != tt.warn {
				t.Errorf("warnings = %q, want a warning about the language: %v", b.Warnings, tt.warn)
			}
		})
	}
}

func TestBriefListsAreNeverNull(t *testing.T) {
	b, err := Summarize(Input{Text: "Nothing happened."}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("null")) {
		t.Errorf("brief JSON holds null: %s", out)
	}
	for _, field := range []string{"source", "language", "stats", "key_points", "quotes", "parties", "positions", "proposals", "next_steps", "dates", "summary", "warnings"} {
		if !bytes.Contains(out, []byte(`"`+field+`":`)) {
			t.Errorf("brief JSON lacks %q: %s", field, out)
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"**bold** _it_", `\*\*bold\*\* \_it\_`},
		{"@everyone look", "@\u200beveryone look"},
		{"<@&123> and <#456>", `\<@` + "\u200b" + `&123> and \<#456>`},
		{"# heading\n> quote", "\\# heading\n\\> quote"},
		{"[link](http://x)", `\[link\](http://x)`},
		{"a - b", "a - b"},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
