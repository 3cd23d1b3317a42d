package summarize

import (
	"fmt"
	"strings"
	"testing"
)

type wantQuote struct {
	text, speaker string
	partial       bool
}

func (w wantQuote) String() string {
	return fmt.Sprintf("%q by %q partial=%v", w.text, w.speaker, w.partial)
}

func quotesOf(t *testing.T, text string) []wantQuote {
	t.Helper()
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatalf("Summarize: %v", err)
	}
	var out []wantQuote
	for _, q := range b.Quotes {
		out = append(out, wantQuote{q.Text, q.Speaker, q.Partial})
	}
	return out
}

func TestQuotesAndSpeakers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"curly quotes, said X",
			"Union leaders met the company on Monday. “We are not going back to work without a contract,” said Maria Lopez, the union's president.",
			[]wantQuote{{"We are not going back to work without a contract", "Maria Lopez", false}}},
		{"straight quotes, X said",
			`Talks stalled again. "There is no deal on the table," Chancellor Olaf Brenner said on Tuesday.`,
			[]wantQuote{{"There is no deal on the table", "Olaf Brenner", false}}},
		{"British single quotes and a role",
			"Foreign Minister Anna Berg arrived in Brussels late on Sunday.\n\n‘We will not accept a deal that divides our country,’ the minister said. The workers’ union was not consulted, and they don’t agree.",
			[]wantQuote{{"We will not accept a deal that divides our country", "Anna Berg", false}}},
		{"guillemets",
			"The envoy, Pierre Martin, spoke after the meeting: «We refuse any ceasefire without guarantees.»",
			[]wantQuote{{"We refuse any ceasefire without guarantees.", "Pierre Martin", false}}},
		{"multi-sentence quote",
			"Secretary of State John Kerry was blunt. “This is not working. We need a new approach. The sanctions must stay,” he said.",
			[]wantQuote{{"This is not working. We need a new approach. The sanctions must stay", "John Kerry", false}}},
		{"quote running over paragraphs",
			"Prime Minister Sara Lind spoke to reporters in Oslo.\n\n“We came here to find peace. We will stay as long as it takes.\n\n“Nobody should doubt our resolve,” she said.",
			[]wantQuote{{"We came here to find peace. We will stay as long as it takes. Nobody should doubt our resolve", "Sara Lind", false}}},
		{"split quote",
			"Daniel Ortega, the chief negotiator, took questions. “We have made progress,” he said, “but the hardest issues remain.”",
			[]wantQuote{{"We have made progress", "Daniel Ortega", false}, {"but the hardest issues remain.", "Daniel Ortega", false}}},
		{"colon-introduced",
			"Trade Commissioner Peter Mandel was asked about tariffs. Mandel stated: “The EU will respond in kind.”",
			[]wantQuote{{"The EU will respond in kind.", "Peter Mandel", false}}},
		{"partial fragment",
			"Opposition leader Karen Hale called the plan “a betrayal of the workers” and vowed to fight it.",
			[]wantQuote{{"a betrayal of the workers", "Karen Hale", true}}},
		{"quote with no cue continues the speaker",
			"“We want a fair wage,” said Tom Reyes, a spokesman for the drivers.\n\n“Nothing more, nothing less.”",
			[]wantQuote{{"We want a fair wage", "Tom Reyes", false}, {"Nothing more, nothing less.", "Tom Reyes", false}}},
		{"according to",
			"The offer was rejected. “It is an insult,” according to Rachel Kim, who leads the nurses.",
			[]wantQuote{{"It is an insult", "Rachel Kim", false}}},
		{"apposition between the name and the verb",
			"“The strike will go ahead,” Dave Prentis, general secretary of Unison, said on Sunday.",
			[]wantQuote{{"The strike will go ahead", "Dave Prentis", false}}},
		{"names made whole",
			"Ukrainian President Volodymyr Zelenskyy met allies in London. Later, Zelenskyy said: “We will never give up our land.”",
			[]wantQuote{{"We will never give up our land.", "Volodymyr Zelenskyy", false}}},
		{"bodies as speakers",
			"“The door to talks remains open,” the Kremlin said. “We have nothing to add,” the White House said.",
			[]wantQuote{{"The door to talks remains open", "Kremlin", false}, {"We have nothing to add", "White House", false}}},
		{"the president resolved to the person",
			"President Maria Santos flew to Geneva on Monday for the talks.\n\nAsked about the ceasefire, the president said: “It must hold.”",
			[]wantQuote{{"It must hold.", "Maria Santos", false}}},
		{"a pronoun inside a quote is not the speaker",
			"Mark Chen and Linda Park sat across the table. “She knows this offer is fair,” Chen said.",
			[]wantQuote{{"She knows this offer is fair", "Mark Chen", false}}},
		{"he and she resolved by gender",
			"Mr. James Porter, the company's negotiator, arrived first. Ms. Helen Ward came an hour later.\n\n“We are ready to sign today,” she said. “We are not,” he said.",
			[]wantQuote{{"We are ready to sign today", "Helen Ward", false}, {"We are not", "James Porter", false}}},
		{"unnamed speakers keep their description",
			"“We are close to a deal,” a senior European official said.",
			[]wantQuote{{"We are close to a deal", "a senior European official", false}}},
		{"a word or two in quotation marks with no cue is a scare quote",
			"Mary Walsh sorted the “work-related” emails for weeks.",
			nil},
		{"titles and scare quotes are not quotes",
			"He appeared on “Face the Nation” and called the talks “silly.” The “Three Amigos” summit ended.",
			nil},
		{"no one named",
			"“This cannot go on.”",
			[]wantQuote{{"This cannot go on.", "", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotesOf(t, tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("quotes of %q:\n got  %v\n want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestQuoteInvariants checks, on the seed, that every quote's text is made
// of the article's words at its spans and that sentence numbers are in range.
func TestQuoteInvariants(t *testing.T) {
	text := seedText(t)
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, text, b)
}

func checkInvariants(t *testing.T, text string, b *Brief) {
	t.Helper()
	n := len(b.Sentences)
	for _, q := range b.Quotes {
		var parts []string
		for _, sp := range q.Spans {
			if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] {
				t.Fatalf("quote %q: span %v outside the text (%d bytes)", q.Text, sp, len(text))
			}
			parts = append(parts, collapseSpace(text[sp[0]:sp[1]]))
		}
		if got := strings.Join(parts, " "); got != q.Text {
			t.Errorf("quote text %q is not the text at its spans %q", q.Text, got)
		}
		if q.Sentence < 0 || q.Sentence >= n {
			t.Errorf("quote %q: sentence %d out of range [0,%d)", q.Text, q.Sentence, n)
		}
	}
	for _, k := range b.KeyPoints {
		for _, s := range k.Sentences {
			if s < 0 || s >= n {
				t.Errorf("key point %q: sentence %d out of range", k.Text, s)
			}
		}
	}
	for _, s := range b.Sentences {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Errorf("sentence %q: bad span [%d,%d)", s.Text, s.Start, s.End)
		}
	}
	check := func(what string, s int) {
		if s < 0 || s >= n {
			t.Errorf("%s: sentence %d out of range", what, s)
		}
	}
	for _, p := range b.Positions {
		check("position", p.Sentence)
	}
	for _, p := range b.Proposals {
		check("proposal", p.Sentence)
	}
	for _, p := range b.NextSteps {
		check("next step", p.Sentence)
	}
	for _, p := range b.Dates {
		check("date", p.Sentence)
	}
}

// TestSingleQuoteSpans checks quotations in curly single marks, as
// British outlets write them: one that runs on over paragraphs that each
// reopen it; one longer than a few sentences; and one closed before a
// function word after a word ending in "s" ("requires’ and"), which a
// plural possessive would not be followed by.
func TestSingleQuoteSpans(t *testing.T) {
	long := "‘" + strings.Repeat("We have been patient with every delay and every excuse. ", 9) + "That ends today,’ she said."
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"running on over paragraphs",
			"She opened the session.\n\n‘We are not here to ask for charity. We are here to collect on a debt.\n\n‘Every year that this money is late, the bill gets bigger.’\n\nDelegates applauded.",
			[]string{"We are not here to ask for charity. We are here to collect on a debt. Every year that this money is late, the bill gets bigger."}},
		{"longer than four hundred bytes", long,
			[]string{strings.TrimSuffix(strings.TrimPrefix(long, "‘"), ",’ she said.")}},
		{"closed before a function word",
			"The board would ‘study the offer document with the care our charter requires’ and would not comment. The workers’ union was not consulted.",
			[]string{"study the offer document with the care our charter requires"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("quotes %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNestedQuoteSpans checks straight double quotation marks closed
// right after a quotation inside them in single marks ("People say, 'It
// does not matter,'" said…), which had run on past the credit.
func TestNestedQuoteSpans(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"closed after a single mark",
			"\"People say, 'It does not matter,'\" said Charlie Kingsley. \"The question is what comes next.\"",
			[]string{"People say, 'It does not matter,'", "The question is what comes next."}},
		{"closed after a curly single mark",
			"\"They told us, ‘Wait,’\" she said.",
			[]string{"They told us, ‘Wait,’"}},
		{"a single mark opening inside",
			"\"'Fair' is the word they use,\" he said.",
			[]string{"'Fair' is the word they use"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("quotes %q, want %q", got, tt.want)
			}
		})
	}
}

// quoteTexts returns the words of each quotation findQuotes finds in
// text, its segments joined by a space.
func quoteTexts(text string) []string {
	var got []string
	for _, q := range findQuotes(text, splitParagraphs(text)) {
		var parts []string
		for _, s := range q.segs {
			parts = append(parts, text[s.start:s.end])
		}
		got = append(got, strings.Join(parts, " "))
	}
	return got
}
