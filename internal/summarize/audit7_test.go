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
		{"a treaty that states",
			"Officials met in Vienna. The treaty states that each side “shall notify the other of every test launch.”",
			"shall notify the other", "The treaty"},
	}, false)
}

// TestAudit7CoordinatedTitle: a title of two offices joined by "and",
// parsed with the first office as the subject and the name as its
// conjunct, names the person who speaks ("Economy and Public Finance
// Minister Andrés Quiñones Vaca said…"), not "Economy".
func TestAudit7CoordinatedTitle(t *testing.T) {
	b := treeBrief(t, "Talks resumed on Monday.\n\nEconomy and Public Finance Minister Andrés Quiñones Vaca said the offer to bondholders was final.")
	found := false
	for _, s := range b.Statements {
		if strings.Contains(s.Text, "offer to bondholders") {
			found = true
			if s.Speaker != "Andrés Quiñones Vaca" {
				t.Errorf("statement %q credited to %q, want Andrés Quiñones Vaca", s.Text, s.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("no statement about the offer in %+v", b.Statements)
	}
}
