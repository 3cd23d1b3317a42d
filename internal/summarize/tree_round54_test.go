package summarize

import "testing"

// TestCommitteeIsNoFirm checks that "the committee wrote", after a
// sentence that names a firm and a committee described by a common noun
// ("a portfolio manager at Thameside Asset Management and co-chair of
// the bondholder committee"), is not the firm: a committee is a body of
// that kind by its name, a firm is not one.
func TestCommitteeIsNoFirm(t *testing.T) {
	b := treeBrief(t, `Bondholders push back on debt deal

Ethiopia's creditors said on Monday they would not accept the government's proposal.

"Nobody signs a contract they cannot read," said Rupert Achebe-Lindholm, a portfolio manager at Thameside Asset Management and co-chair of the bondholder committee.

In a letter to the finance minister in March, the committee wrote that the government's proposal "does not reflect Ethiopia's capacity to pay over the medium term".`)
	for _, q := range b.Quotes {
		if q.Text == "does not reflect Ethiopia's capacity to pay over the medium term" && q.Speaker == "Thameside Asset Management" {
			t.Errorf("the committee's words credited to the firm %q", q.Speaker)
		}
	}
}

// TestSecondQuoteOfJoinedCue checks that a sentence with two quotations,
// each with its own cue, the second a verb joined to the first by "but"
// ("said … “an important step,” but warned that “…”"), gives both to the
// subject: the second verb has none of its own, whatever the parser made
// of "that".
func TestSecondQuoteOfJoinedCue(t *testing.T) {
	b := treeBrief(t, `Ulaanbaatar gets climate money

Critics point out that most of the money is borrowed. Clean Air Ulaanbaatar, a coalition of parents’ groups and doctors, said in a statement that the package was “an important step,” but warned that “a child who can breathe and a country that cannot repay its loans is not a climate success.”`)
	checkSpeakers(t, b, map[string]string{"an important step": "Clean Air Ulaanbaatar", "a child who can breathe": "Clean Air Ulaanbaatar"})
}
