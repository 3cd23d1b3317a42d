package summarize

import (
	"strings"
	"testing"
)

// TestAudit6Speakers checks speakers found in the third batch of the
// project's own stories' development half, on texts of our own: a given
// name the tagger did not know is still a name ("Arvind Sundaram", not a
// father and daughter mixed up), "it" reporting with a quotation after
// "describes X as" is the text named before, and a pronoun's credit set off inside a
// sentence about someone else is not that someone's.
func TestAudit6Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an unknown given name before a surname two people share",
			"Talks resumed on Monday. Arvind Qadri, the company's founder, told analysts on Monday that the bid was “fair in structure, if not in price.” His daughter Meera Qadri, the finance chief, told the same call that the deal was financed. “We have modelled this carefully,” she said.",
			"fair in structure", "Arvind Qadri"},
		{"the daughter's words after her father's",
			"Talks resumed on Monday. Arvind Qadri, the company's founder, told analysts on Monday that the bid was “fair in structure, if not in price.” His daughter Meera Qadri, the finance chief, told the same call that the deal was financed. “We have modelled this carefully,” she said.",
			"We have modelled this carefully", "Meera Qadri"},
		{"it describes X as, after a text named before",
			"The offer document, published on Monday, says the bidder “will keep every plant open” and commits to keeping 900 jobs. It also describes the merger as “a chance to make medicines cheaper everywhere.”",
			"a chance to make medicines cheaper", "The offer document"},
		{"he said set off after another's name",
			"Senate leader Tom Harlan opposed the deal, and his colleagues followed him. “It is the old story,” said Sen. Paul Rowe. Harlan, he said, “knows the minds of his colleagues.”",
			"knows the minds of his colleagues", "Paul Rowe"},
	}, false)
}

// TestAudit6Statements checks that neither a fronted phrase with no verb
// nor a noun the tagger read as a verb is reported speech: "Under the
// treaty, India warns Pakistan of flood flows" credits India with no
// statement, and the researcher's statement around it is still his; nor
// is a sentence closed by "…, a proposal the union rejected" the union's.
func TestAudit6Statements(t *testing.T) {
	for _, tt := range []struct{ name, text, not string }{
		{"a fronted phrase before a verb of warning", "Under the treaty, India warns Pakistan of flood flows.", "Under the treaty"},
		{"a noun read as a verb after a verb of warning", "He said the data-sharing rules, under which India warns Pakistan of flood flows, had continued to work.", "Pakistan of flood flows"},
		{"a relative clause with no that after a comma is no credit", "The company said in a statement that it had proposed binding arbitration a week before the lockout, a proposal the union rejected.", "The company said"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, s := range b.Statements {
				if strings.HasPrefix(s.Text, tt.not) {
					t.Errorf("statement %q credited to %q", s.Text, s.Speaker)
				}
			}
		})
	}
}

// TestAudit6Requests checks that what someone asks of others is reported
// with whom they ask, whether the parser read the infinitive as a
// complement or as an adverbial clause, and that "call on" asks as "urge"
// does.
func TestAudit6Requests(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"call on, with the infinitive read as adverbial",
			"Talks resumed on Monday. The family called on people to protest peacefully.",
			"people to protest peacefully", "The family"},
		{"urge, whom and what",
			"Talks resumed on Monday. The union urged members to reject the offer.",
			"members to reject the offer", "The union"},
	}, true)
}
