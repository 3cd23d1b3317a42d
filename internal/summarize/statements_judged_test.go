package summarize

import (
	"strings"
	"testing"
)

// A verb of judging reports a stance on whom or what it takes in two
// words, in a main clause or a clause of time; a bare name is too little.
func TestStatementsJudgedShortObject(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a name after a clause of time", "The picket started after Governor Iris Dunmore attacked the tollway.", "the tollway", "Iris Dunmore", "attacked"},
		{"a two-word object", "Senator Pell Orrin had mocked the proposal.", "the proposal", "Pell Orrin", "mocked"},
	})
}

// A bare name stays out; a thing that strikes something judges nothing.
func TestStatementsJudgedBareName(t *testing.T) {
	b := treeBrief(t, "The picket started after Governor Iris Dunmore attacked Feldhaus.")
	for _, st := range b.Statements {
		t.Errorf("a bare name is too little: statement %q", st.Text)
	}
}

// A thing that strikes something judges nothing.
func TestStatementsJudgedShortObjectThing(t *testing.T) {
	b := treeBrief(t, "The storm blasted the orchards.")
	for _, st := range b.Statements {
		t.Errorf("no stance in a storm: statement %q", st.Text)
	}
}

// A participle opening the sentence with no subject tells how the cue came
// about ("Reached at …, X declined …"), not what X said: no closing credit.
func TestStatementsOpeningCircumstanceNoCredit(t *testing.T) {
	for _, text := range []string{
		"Reached at her desk, Ms. Ostrova declined to comment.",
		"Asked about the vote, Mr. Dorsey declined to comment.",
	} {
		b := treeBrief(t, text)
		for _, st := range b.Statements {
			if st.Speaker != "" && strings.HasPrefix(text, st.Text) {
				t.Errorf("%q: the opening participle credited to %q as %q", text, st.Speaker, st.Text)
			}
		}
	}
	checkStatements(t, []statementCase{
		{"a finite clause before the credit stays", "The ferry will stop at Marlow, Ms. Ostrova said.", "The ferry will stop at Marlow", "Ostrova", "said"},
	})
}
