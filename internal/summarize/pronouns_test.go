package summarize

import (
	"strings"
	"testing"
)

// speakerOfText returns the speaker the brief of text gives the quotation
// or statement whose text holds part.
func speakerOfText(t *testing.T, text, part string) (string, bool) {
	t.Helper()
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatalf("Summarize: %v", err)
	}
	for _, q := range b.Quotes {
		if strings.Contains(q.Text, part) {
			return q.Speaker, true
		}
	}
	for _, s := range b.Statements {
		if strings.Contains(s.Text, part) {
			return s.Speaker, true
		}
	}
	return "", false
}

// TestPronounSpeakers covers "he" and "she" as speakers where news makes
// plain who they are and coreference alone may not: a reporter taken up
// again in the same sentence, a speaker brought in by the sentence before,
// a quotation that names the one coreference picked, a relative "which"
// after a body's name.
func TestPronounSpeakers(t *testing.T) {
	tests := []struct {
		name, text, part, want string
	}{
		{"reporter goes on in the same sentence",
			"Samuel Okoro, 43, was shot by officers on Tuesday. Witnesses said Okoro had been sitting in his car.\n\n" +
				"Dale Whitcombe, the police chief, said the footage was unclear. Whitcombe later told reporters that the video did not show Okoro's hands, but he said witnesses saw a gun.",
			"witnesses saw a gun", "Dale Whitcombe"},
		{"speaker brought in by the sentence before",
			"Lester Harwick will moderate the first debate. Harwick has worked at the network for twenty years.\n\n" +
				"Ana Belmonte, a professor of politics at Ridgefield University, described the candidates' approach as lowering expectations.\n\n" +
				"\"If they are asked questions they cannot answer, they will try to deflect them,\" she said.",
			"If they are asked questions", "Ana Belmonte"},
		{"a name inside the quotation is not its speaker",
			"While Governor Mendes had a wide array of artists writing songs about him, that has not happened for the senator, which concerns Henry Okafor, president of the county caucus.\n\n" +
				"\"No one is writing songs for the senator. Mendes had a whole choir,\" he said.",
			"No one is writing songs", "Henry Okafor"},
		{"they after people named together",
			"The port plan comes up for a vote in the Senate next month. Senators Ana Ruiz and Tom Becker sent a letter on Thursday to party leaders.\n\n" +
				"\"The plan has become a mess and should be allowed to lapse,\" they wrote.",
			"The plan has become a mess", "Ana Ruiz and Tom Becker"},
		{"a title the story gave a name before",
			"Republican presidential nominee Donald Trump spoke in Ohio on Monday. Indiana Gov. Mike Pence joined him.\n\n" +
				"The Indiana governor said the campaign would \"keep fighting for every vote.\"",
			"keep fighting for every vote", "Mike Pence"},
		{"a title another person's name stands between",
			"President Barack Obama and first lady Michelle Obama arrived on Tuesday.\n\nThe president said the talks would \"go on until there is a deal.\"",
			"go on until there is a deal", "Barack Obama"},
		{"which after a body's name",
			"The ruling followed a tax bill levied by the European Commission, which contended that Ireland had undertaxed the company.",
			"Ireland had undertaxed the company", "European Commission"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := speakerOfText(t, tt.text, tt.part)
			if !ok {
				t.Fatalf("no quotation or statement holds %q", tt.part)
			}
			if got != tt.want {
				t.Errorf("speaker of %q: got %q, want %q", tt.part, got, tt.want)
			}
		})
	}
}
