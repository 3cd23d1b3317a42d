package summarize

import "testing"

// A cue with a noun-phrase object in a finite clause of time or cause
// ("after she praised…", "since he cited…") still reports what it takes.
func TestStatementsFiniteAdverbialCue(t *testing.T) {
	checkStatements(t, []statementCase{
		{"after, with an evaluative cue", "Tempers flared after Lyle Varden attacked the transit authority's budget.", "the transit authority's budget", "Lyle Varden", "attacked"},
		{"since, with cite", "Councillor Ina Brodsky has been quiet since Lyle Varden cited late payments to the port's contractors.", "late payments to the port's contractors", "Lyle Varden", "cited"},
	})
}

// A cue in a clause opened by a subordinator of condition still reports no object.
func TestStatementsAdverbialCueLimits(t *testing.T) {
	for _, text := range []string{
		"The ferry board will vote again unless Lyle Varden praises the harbor plan.",
	} {
		b := treeBrief(t, text)
		for _, st := range b.Statements {
			if st.Text == "the harbor plan" {
				t.Errorf("%q: statement %+v", text, st)
			}
		}
	}
}

// "blamed" is the cue "blame" (one m, its e dropped before -ed).
func TestStatementsBlame(t *testing.T) {
	checkStatements(t, []statementCase{
		{"blamed X on Y", "Councillor Ina Brodsky blamed the ferry delays on a shortage of pilots.", "the ferry delays on a shortage of pilots", "Ina Brodsky", "blamed"},
	})
}
