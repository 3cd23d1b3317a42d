package llm

import (
	"log/slog"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/summarize"
)

// FuzzStory feeds the story paragraph's parser and checks arbitrary
// output: they never panic, and what is accepted is one paragraph within
// MaxStoryRunes that pings no one.
func FuzzStory(f *testing.F) {
	for _, s := range []string{
		`{"paragraph": "The union and the district are in talks over pay. Talks resume on Tuesday."}`,
		`{"paragraph": "Lopez said “we will not accept” a raise [2]. @everyone"}`,
		`<think>x</think>{"Where things stand": ["The union", "rejected the offer."]}`,
		"```json\n{\"paragraph\": \"“unclosed quote\"}\n```",
		`{"paragraph": "May 12 is the strike date. March on."}`,
		`{"paragraph": null}`, `not json`, `{"paragraph": "` + strings.Repeat("Talks. ", 400) + `"}`,
	} {
		f.Add(s)
	}
	text := "The union rejected the district's offer of a 2% raise on Monday. \"We will not accept a 2% raise,\" said Maria Lopez. Talks resume on Tuesday, 12 May."
	b, err := summarize.Summarize(summarize.Input{Text: text}, summarize.Options{})
	if err != nil {
		f.Fatal(err)
	}
	c := &Client{log: slog.New(slog.DiscardHandler)}
	briefs := []StoryBrief{{Title: "Pay talks", Date: "2026-05-04", Brief: b}}
	f.Fuzz(func(t *testing.T, content string) {
		raw, err := parseStory(content)
		if err != nil {
			return
		}
		out, err := c.verifyStory(newStoryGround(briefs), raw)
		if err != nil {
			return
		}
		if out == "" || utf8.RuneCountInString(out) > MaxStoryRunes || strings.Contains(out, "\n") {
			t.Errorf("accepted %q", out)
		}
		if strings.Contains(out, "@everyone") || strings.Contains(out, "@here") {
			t.Errorf("accepted a ping: %q", out)
		}
	})
}

// BenchmarkStoryCheck prepares twelve briefs of the example article for
// checking and checks a paragraph against them, as each call does.
func BenchmarkStoryCheck(b *testing.B) {
	raw, err := os.ReadFile("../../examples/crimea-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	br, err := summarize.Summarize(summarize.Input{Text: string(raw)}, summarize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	briefs := make([]StoryBrief, 12)
	for i := range briefs {
		briefs[i] = StoryBrief{Title: "US open to recognising Russian control of Crimea", Date: "2025-04-22", Brief: br}
	}
	para := "Washington is reportedly open to recognizing Russian control of Crimea, while Ukrainian President Volodymyr Zelenskyy says “We will never consider Ukrainian lands as Russian.” " +
		"The US outlined peace proposals in Paris on April 17, and peace talks are set to continue next week in London."
	c := &Client{log: slog.New(slog.DiscardHandler)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.verifyStory(newStoryGround(briefs), para); err != nil {
			b.Fatal(err)
		}
	}
}
