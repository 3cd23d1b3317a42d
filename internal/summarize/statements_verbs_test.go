package summarize

import (
	"strings"
	"testing"
)

// "called on X to …" with "on" read as the preposition of an oblique, not
// the verb's particle, and "called" tagged as a participle.
func TestStatementsCalledOnOblique(t *testing.T) {
	checkStatements(t, []statementCase{
		{"on read as a preposition", "Senator Hollis Brandt called on the agency to stop hiding the numbers and consider new limits in talks with neighboring states.", "the agency to stop hiding the numbers and consider new limits in talks with neighboring states", "Hollis Brandt", "called"},
		{"called tagged as a participle", "Martina Ruiz on Thursday called on Peter Gale to apologize to the council for accusing it of fraud.", "Peter Gale to apologize to the council for accusing it of fraud", "Martina Ruiz", "called"},
	})
}

// A complement the parser hung from "said" that a preposition of time or
// place opens is when the words were said, not what was said.
func TestStatementsPrepositionalComplement(t *testing.T) {
	b := treeBrief(t, "The tunnel will open next year, Chief Ortiz said on what was his second week in the post.")
	for _, st := range b.Statements {
		if strings.HasPrefix(st.Text, "on what") {
			t.Errorf("statement %q: a phrase of time is no content", st.Text)
		}
	}
	checkStatements(t, []statementCase{
		{"the clause before the credit stays", "The tunnel will open next year, Chief Ortiz said on what was his second week in the post.", "The tunnel will open next year", "Ortiz", "said"},
	})
}

// A verb of regarding with an object and an "as" phrase reports a view:
// the object and the phrase are the content; "as a child" is no view.
func TestStatementsRegardAs(t *testing.T) {
	checkStatements(t, []statementCase{
		{"see as", "Critics of the scheme, like Senator Ruth Hale, see renewal of the scheme as a chance to fix its flaws.", "renewal of the scheme as a chance to fix its flaws", "Critics of the scheme", "see"},
		{"regard as", "Many orchard growers regard the new levy as a penalty on small farms.", "the new levy as a penalty on small farms", "Many orchard growers", "regard"},
	})
	b := treeBrief(t, "Ms. Vale saw the ballet as a child in Oslo.")
	for _, st := range b.Statements {
		t.Errorf("no view in a sight: statement %q", st.Text)
	}
}

// A view reported inside what someone said leaves the quoted words with
// the one who said them.
func TestStatementsRegardAsInsideSaid(t *testing.T) {
	b := treeBrief(t, "A spokesman for Orvell Mining said the firm regarded the revised royalty as “a fair footing for the next decade.”")
	if len(b.Quotes) == 0 {
		t.Fatal("no quote")
	}
	for _, q := range b.Quotes {
		if !strings.Contains(q.Speaker, "spokesman") {
			t.Errorf("quote %q credited to %q, not the spokesman", q.Text, q.Speaker)
		}
	}
}
