package summarize

import (
	"strings"
	"testing"
)

// TestAudit7Fragments checks quoted fragments found in the development
// halves of the project's own stories, on texts of our own: words quoted
// inside the clause that "according to X" qualifies are X's, whether the
// phrase opens the sentence or is set off inside it; an office named by
// a title-like possessor is written as the text writes it; and an
// agreement, a treaty or a record speaks for itself when "it" reports
// what it says.
func TestAudit7Fragments(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"according to, opening the sentence",
			"Talks resumed on Monday. According to Okafor, the latest offer “does not even cover inflation over three years.”",
			"does not even cover inflation", "Okafor"},
		{"according to, set off inside the sentence",
			"Both broadcasters have cut their budgets, and one, according to Lindqvist, “has not returned a call in a year.”",
			"has not returned a call", "Lindqvist"},
		{"according to an office a title names",
			"The merger needs the state's consent. According to the Vermont Attorney General's office, the review “usually takes four months” and includes public hearings.",
			"usually takes four months", "the Vermont Attorney General's office"},
		{"it states, after an agreement",
			"The 2021 supply agreement contains a clause that has become the heart of the dispute. It states that the buyer “shall not resell the gas to any third country.”",
			"shall not resell the gas", "The 2021 supply agreement"},
		{"a text as the subject of the quoted words",
			"The sticking point was who should pay. The final text \"invites developing country Parties to contribute, including through regional cooperation, on a voluntary basis\" but stops short of any obligation.",
			"invites developing country Parties", "The final text"},
		{"in the words of a text",
			"The deal is, in the words of a bulletin sent to members on Friday, “a real-terms cut dressed up as a settlement”.",
			"a real-terms cut", "a bulletin"},
		{"a text after the verb it inverts",
			"The accord that emerged is built around the border crossings. “The parties shall refrain from moving troops,” reads the second article of the accord, which was signed in Oslo.",
			"The parties shall refrain", "the second article of the accord"},
		{"a text set off after a straight closing mark",
			"Talks ended in Geneva.\n\nOn the central issue, the text is short. \"The parties will continue to discuss its modalities, sequencing and guarantees,\" the communique reads. A diplomat called it thin.",
			"The parties will continue", "the communique"},
		{"a term sheet that states",
			"The government plans to launch the exchange in April. The term sheet states that the offer \"will be conditional on participation of not less than 80% of the holders\" of each series.",
			"will be conditional", "The term sheet"},
		{"a body by its bare noun after its fuller description",
			"The ceasefire will be verified by the United Nations mission in Colombia. The rebels welcomed the plan.\n\nThe mission will open three new offices. \"A ceasefire that cannot be verified is a ceasefire that cannot be trusted,\" the mission said in a statement.",
			"A ceasefire that cannot be verified", "the United Nations mission"},
		{"an office reporting a finite conjunct the parser hung from an infinitive",
			"Council member Ray Okoro voted against the budget. In a statement released late Tuesday, the mayor’s office said Okoro had invited all nine council members to meet Thursday morning and was “prepared to discuss a phased approach to police funding”.",
			"prepared to discuss a phased approach", "the mayor’s office"},
		{"a body by its bare noun after a name set off after that noun",
			"Conservation group Baltic Sea Futures said the deal ignored the scientists. \"Dividing up an overfished stock more politely is still dividing it up,\" the group said.",
			"Dividing up an overfished stock", "Baltic Sea Futures"},
		{"a treaty that states",
			"Officials met in Vienna. The treaty states that each side “shall notify the other of every test launch.”",
			"shall notify the other", "The treaty"},
	}, false)
}

// TestAudit7Statements checks the speakers of reported speech: a title
// of two offices joined by "and", parsed with the first office as the
// subject and the name as its conjunct, names the person ("Economy and
// Public Finance Minister Andrés Quiñones Vaca said…"), not "Economy"; an
// "it" that coreference leaves open, the subject of a verb of judging
// aloud ("It's denouncing what it calls…"), is the body or text the
// sentence before made its subject, as for a verb of saying; and "the
// city" can be that body.
func TestAudit7Statements(t *testing.T) {
	for _, tt := range []struct{ name, text, content, want string }{
		{"a title of two offices joined by and", "Talks resumed on Monday.\n\nEconomy and Public Finance Minister Andrés Quiñones Vaca said the offer to bondholders was final.",
			"offer to bondholders", "Andrés Quiñones Vaca"},
		{"a verb of judging", "The latest\n\nThe mayor’s campaign is defending her early-morning posts about the police union. It’s denouncing what it calls “the worst coordinated smear in the city’s history.”",
			"what it calls", "The mayor’s campaign"},
		{"a place that speaks through those who run it", "The latest\n\nThe city sent a cease-and-desist letter on Thursday. It says the campaign violated state law by using images of officers in uniform.",
			"the campaign violated", "The city"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			found := false
			for _, s := range b.Statements {
				if strings.Contains(s.Text, tt.content) {
					found = true
					if s.Speaker != tt.want {
						t.Errorf("statement %q credited to %q, want %s", s.Text, s.Speaker, tt.want)
					}
				}
			}
			if !found {
				t.Errorf("no statement holding %q in %+v", tt.content, b.Statements)
			}
		})
	}
}
