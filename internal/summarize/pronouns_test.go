package summarize

import "testing"

// TestPronounSpeakers covers "he", "she" and "they" as speakers where news
// makes plain who they are and coreference alone may not (a speaker
// brought in by the sentence before, a quotation that names the one
// coreference picked, people named together before "they"), and titles
// taken up with "the" (the one person the story named with them).
func TestPronounSpeakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
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
		{"the person a subject phrase names, its nationality read as the head",
			"Lena Voss, the company's chief executive, said there was \"no more money on the table.\"\n\n" +
				"Dutch Economy Minister Karin Brouwer, speaking in The Hague, urged both sides to return to mediation. She said the government was \"following the situation very closely.\"",
			"following the situation very closely", "Karin Brouwer"},
		{"the subject of the sentence before a quotation that opens with its own sentence, the name made the root",
			"Ana Ruiz criticized the police chief on Tuesday. Ruiz said officers had to change.\n\n" +
				"Whitcombe, who has campaigned heavily for Republican nominee Tom Becker since he suspended his own campaign in February, blasted Ruiz as a \"disgrace\" Wednesday on a radio show.\n\n" +
				"\"She's a disgrace. She's a disgrace and those comments are a disgrace,\" he said.",
			"She's a disgrace. She's a disgrace and those", "Whitcombe"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"reporter goes on in the same sentence",
			"Samuel Okoro, 43, was shot by officers on Tuesday. Witnesses said Okoro had been sitting in his car.\n\n" +
				"Dale Whitcombe, the police chief, said the footage was unclear. Whitcombe later told reporters that the video did not show Okoro's hands, but he said witnesses saw a gun.",
			"witnesses saw a gun", "Dale Whitcombe"},
		{"which after a body's name",
			"The ruling followed a tax bill levied by the European Commission, which contended that Ireland had undertaxed the company.",
			"Ireland had undertaxed the company", "European Commission"},
	}, true)
}

// TestCreditedPerson checks the speaker a quotation is credited to by
// name, read from the tree as given and where the parser hung the name
// in the clause after the cue ("“…,” said Sanders, whose candidacy was
// founded…" with "Sanders" the subject of "founded").
func TestCreditedPerson(t *testing.T) {
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	text := "Senator Bernie Sanders spoke in Ohio on Tuesday. \"Loopholes enable billionaires to avoid taxes,\" said Sanders, whose candidacy was founded on denunciations of the rich."
	for _, misparse := range []bool{false, true} {
		a := an.Analyze(text)
		find := func(w string) int {
			for i := range a.Tokens {
				if a.Tokens[i].Text == w && a.Tokens[i].Sent == 1 {
					return i
				}
			}
			t.Fatalf("no %q", w)
			return -1
		}
		said, sanders, founded, loopholes := find("said"), find("Sanders"), find("founded"), find("Loopholes")
		if misparse {
			a.Tokens[sanders].Head, a.Tokens[sanders].Rel = founded, "nsubj:pass"
			a.Tokens[loopholes].Head, a.Tokens[loopholes].Rel = said, "nsubj"
		}
		tr := newTree(a, [][2]int{{a.Tokens[loopholes].Start, a.Tokens[find("taxes")].End}})
		ei := tr.creditedPerson(1)
		if ei < 0 || a.Entities[ei].Text != "Sanders" {
			t.Errorf("misparse %v: credited %d, want Sanders", misparse, ei)
		}
	}
}
