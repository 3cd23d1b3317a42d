package summarize

import (
	"strings"
	"testing"
)

func sentenceTexts(text string) []string {
	d := newDoc(text)
	out := make([]string, len(d.sents))
	for i, s := range d.sents {
		out[i] = s.Text
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles", "Mr. Smith went to Washington. He met Gen. Jones there.",
			[]string{"Mr. Smith went to Washington.", "He met Gen. Jones there."}},
		{"titles of African and British papers", "But the managing director, Engr. Tunde Bello, disagreed. Cllr. Ann Hale agreed.",
			[]string{"But the managing director, Engr. Tunde Bello, disagreed.", "Cllr. Ann Hale agreed."}},
		{"titles of Indonesian and Dutch engineers", "SBT's president director, Ir. Agus Pranoto, disagreed. Ir. Hana Wijaya agreed.",
			[]string{"SBT's president director, Ir. Agus Pranoto, disagreed.", "Ir. Hana Wijaya agreed."}},
		{"initialism before a name", "The U.S. Senate voted on Monday. The House did not.",
			[]string{"The U.S. Senate voted on Monday.", "The House did not."}},
		{"initialism ending a sentence", "Talks were held with the U.S. The White House said nothing.",
			[]string{"Talks were held with the U.S.", "The White House said nothing."}},
		{"initials", "Harry J. Kazianis and John F. Kerry spoke.", []string{"Harry J. Kazianis and John F. Kerry spoke."}},
		{"decimals and numbers", "Growth was 2.5 percent in No. 10 Downing Street's forecast. Prices rose.",
			[]string{"Growth was 2.5 percent in No. 10 Downing Street's forecast.", "Prices rose."}},
		{"a sum with a decimal point ends a sentence", "It valued the LSE at £1.3bn. Paris-based Euronext is also interested.",
			[]string{"It valued the LSE at £1.3bn.", "Paris-based Euronext is also interested."}},
		{"months", "The deadline is Jan. 8. Talks resume on Feb. 12 in Geneva.",
			[]string{"The deadline is Jan. 8.", "Talks resume on Feb. 12 in Geneva."}},
		{"ellipsis", "He paused... Then he spoke. It was brief…", []string{"He paused...", "Then he spoke.", "It was brief…"}},
		{"quotes", "“We will fight,” he said. “We will win.” The crowd cheered.",
			[]string{"“We will fight,” he said.", "“We will win.”", "The crowd cheered."}},
		{"question inside a quote", "“Why now?” she asked. Nobody knew.", []string{"“Why now?” she asked.", "Nobody knew."}},
		{"dateline", "WASHINGTON — The talks collapsed on Tuesday. Both sides blamed each other.",
			[]string{"The talks collapsed on Tuesday.", "Both sides blamed each other."}},
		{"agency dateline", "KYIV, Ukraine (AP) — Drones struck overnight. Officials said so.",
			[]string{"Drones struck overnight.", "Officials said so."}},
		{"state abbreviation", "said Rep. Jim McGovern, D-Mass., the chairman. He left.",
			[]string{"said Rep. Jim McGovern, D-Mass., the chairman.", "He left."}},
		{"an alderman and a María", "The board's vice president, Ald. Rosa Ibarra, disagreed. It was led by Undersecretary Ma. Corazon Villanueva.",
			[]string{"The board's vice president, Ald. Rosa Ibarra, disagreed.", "It was led by Undersecretary Ma. Corazon Villanueva."}},
		{"a name that is also a short form ends a sentence", "The envoys met Ma. The talks ended.",
			[]string{"The envoys met Ma.", "The talks ended."}},
		{"no final period", "Peace talks resume next week", []string{"Peace talks resume next week"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences of %q:\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSplitSentencesQuotes: a sentence never ends inside a quoted fragment
// or between a quotation and its attribution; a quotation of complete
// sentences keeps its breaks.
func TestSplitSentencesQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"exclamation, lower-case attribution", "“That was it!” he said. He left.",
			[]string{"“That was it!” he said.", "He left."}},
		{"question, straight marks", `"Why now?" she asked. Nobody knew.`,
			[]string{`"Why now?" she asked.`, "Nobody knew."}},
		{"exclamation, named speaker", "“That was it!” Trump said. Nobody answered.",
			[]string{"“That was it!” Trump said.", "Nobody answered."}},
		{"question, titled speaker and object", "“Why now?” President Donald Trump asked reporters on Friday. The room fell silent.",
			[]string{"“Why now?” President Donald Trump asked reporters on Friday.", "The room fell silent."}},
		{"abbreviated title and apostrophe", "“Enough!” Ms. O'Brien told the crowd. It cheered.",
			[]string{"“Enough!” Ms. O'Brien told the crowd.", "It cheered."}},
		{"speaker after the verb is no attribution of this kind", "“Go!” Said once, it is enough.",
			[]string{"“Go!”", "Said once, it is enough."}},
		{"no verb of saying: a new sentence", "“Stop!” Police moved in at dawn.",
			[]string{"“Stop!”", "Police moved in at dawn."}},
		{"a noun that looks like a verb stem", "“Is it over?” Talk of a deal faded.",
			[]string{"“Is it over?”", "Talk of a deal faded."}},
		{"quotation of complete sentences keeps its breaks", `"We are ready. We will sign," he said.`,
			[]string{`"We are ready.`, `We will sign," he said.`}},
		{"quotation after a colon", "He said: “We are ready. We will sign.” Talks resume Monday.",
			[]string{"He said: “We are ready.", "We will sign.”", "Talks resume Monday."}},
		{"quoted fragment holds no break", "He called the offer “a joke. Frankly, an insult.” Talks ended.",
			[]string{"He called the offer “a joke. Frankly, an insult.”", "Talks ended."}},
		{"quoted fragment, straight marks", `Officials said the plan "would not work. Not now" and left.`,
			[]string{`Officials said the plan "would not work. Not now" and left.`}},
		{"statement running on to its attribution keeps its breaks", `We need to "act now. But not alone," Ms Bauchtman said.`,
			[]string{`We need to "act now.`, `But not alone," Ms Bauchtman said.`}},
		{"quotation resumed after its attribution keeps its breaks", `"Now," Obama said, "they don't become populists. That's not populism. Or it's cynicism." Reporters left.`,
			[]string{`"Now," Obama said, "they don't become populists.`, "That's not populism.", `Or it's cynicism."`, "Reporters left."}},
		{"fragment never closed: normal breaks", `He said the "plan was dead. Talks ended. Nobody knew`,
			[]string{`He said the "plan was dead.`, "Talks ended.", "Nobody knew"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences of %q:\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"blank lines", "One.\n\nTwo.\n\n\nThree.", 3},
		{"a line each", "One.\nTwo.\nThree.", 3},
		{"hard-wrapped", "This paragraph was wrapped by a mail program at a fixed\nwidth so that every line but the last is about as long\nas the others.\n\nA second paragraph.", 2},
		{"lines of a list inside a block", "Short line.\nAnother short one.\n\nLast.", 3},
		{"crlf", "One.\r\n\r\nTwo.", 2},
		{"empty", "  \n\n ", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.ReplaceAll(tt.text, "\r\n", "\n")
			if got := len(splitParagraphs(text)); got != tt.want {
				t.Errorf("paragraphs of %q = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	text := "Talks resumed in Geneva on Monday.\n\nBy Jane Smith\n\nSource: example.com\n\nRead more about: talks\n\n" +
		"The two sides met for six hours. ( J. Scott Applewhite / AP )\n\nThe talks will continue on Friday."
	d := newDoc(text)
	for i, s := range d.sents {
		wantBoiler := strings.HasPrefix(s.Text, "By ") || strings.HasPrefix(s.Text, "Source") || strings.HasPrefix(s.Text, "Read more") ||
			strings.Contains(s.Text, "six hours") || strings.Contains(s.Text, "Applewhite")
		if d.boiler[i] != wantBoiler {
			t.Errorf("sentence %q: boilerplate %v, want %v", s.Text, d.boiler[i], wantBoiler)
		}
	}
}
