package summarize

import "testing"

// TestAudit3QuoteSpeakers checks who a third audit on unseen news (wire,
// tabloid, local TV, newswire, interview, live page) credits quotations to.
func TestAudit3QuoteSpeakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"he said after a quotation naming a plural the entity model takes for a person",
			"London Mayor Sadiq Khan urged both sides to get back round the table. \"Londoners deserve better than this,\" he said.",
			"Londoners deserve better", "Sadiq Khan"},
		{"she said after a quotation naming a group",
			"Union leader Maria Ortiz walked out of the talks on Monday. \"Teachers will not accept this,\" she said.",
			"Teachers will not accept", "Maria Ortiz"},
		{"an interview's answer labelled by the surname",
			interviewText, "Closer than many people think", "Grace Wanjiru"},
		{"an interview's later answer labelled by the surname",
			interviewText, "No. Our farmers need time", "Grace Wanjiru"},
		{"a description of whose role it is, named with that very title later",
			"Fishing talks between Ruritania and France broke down on Monday after a week of meetings in Brussels.\n\nRuritania’s ambassador to France accused Paris of meddling and warned that his government “will not sit on its hands” if the dispute escalates.\n\nRuritania’s ambassador to France Anton Weller has said the talks could resume in May.",
			"will not sit on its hands", "Anton Weller"},
	}, false)
}

// TestAudit3StatementSpeakers checks who the third audit's reported
// statements are credited to.
func TestAudit3StatementSpeakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a nationality before officials is no person's name",
			"Acme Chief Executive Tom Reyes told investors last month that the company was looking for acquisitions.\n\nQatari officials said the talks would resume on Monday.",
			"the talks would resume", "Qatari officials"},
		{"a body and a title read as one name before the person's",
			"Analysts at Morgan Stanley said in a note that the combination would give Acme a foothold in Canadian hydropower and could yield $300 million in annual cost savings.\n\nAny deal would require approval from Canada's Investment Review Division and the U.S. Federal Energy Regulatory Commission. The government of Quebec, where Borealis owns three dams, has said it wants guarantees that jobs will stay in the province.\n\n\"We will look at any transaction very closely,\" Quebec Economy Minister Pierre Dufour told reporters in Quebec City on Monday.\n\nAcme Chief Executive Tom Reyes told investors last month that the company was \"actively looking\" for acquisitions in clean power.",
			"the company was", "Tom Reyes"},
		{"a where-clause before an auxiliary and the cue",
			"The government of Quebec, where Borealis owns three dams, has said it wants guarantees that jobs will stay in the province.",
			"it wants guarantees", "The government of Quebec"},
		{"a which-clause after a list of places inside the subject",
			"The school boards of Los Angeles and San Diego, which together employ more than 40,000 teachers, said in a joint statement that they supported a fair settlement.",
			"they supported a fair settlement", "The school boards of Los Angeles and San Diego"},
		{"a who-clause before an auxiliary and an adverb",
			"Maria Chen, who leads a parents' association in Fresno, has repeatedly said families were frustrated with both sides.",
			"families were frustrated", "Maria Chen"},
		{"a where-clause after a place a preposition governs is no subject",
			"In Ohio, where the strike began, the union said it would vote on Saturday.",
			"it would vote on Saturday", "the union"},
	}, true)
}

// interviewText is an interview written as "Q:" questions and answers
// labelled by the surname of the one person answering.
const interviewText = "Kenya is in the final stretch of talks with the European Union. We spoke to the chief trade negotiator, Grace Wanjiru, in Nairobi.\n\n" +
	"Q: How close are you to a deal?\n\n" +
	"Wanjiru: Closer than many people think. We have agreed on tariffs for most industrial goods.\n\n" +
	"Q: Is the transition period too long?\n\n" +
	"Wanjiru: No. Our farmers need time to adapt.\n"

// TestAudit3SurnameLabel checks that only an interview's answers take a
// label of one word: one "Q:" or a page's "Update:" makes no interview.
func TestAudit3SurnameLabel(t *testing.T) {
	tests := []struct {
		name, text string
		turns      int
	}{
		{"interview", interviewText, 2},
		{"one question", "Q: Why now?\n\nWanjiru: Because the deadline is close.\n\nWanjiru: We will see.\n", 0},
		{"page labels", "Q: Why?\n\nQ: When?\n\nUpdate: Talks resumed.\n\nNote: We will update this story.\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(transcriptTurns(tt.text, splitParagraphs(tt.text))); got != tt.turns {
				t.Errorf("transcriptTurns = %d turns, want %d", got, tt.turns)
			}
		})
	}
}
