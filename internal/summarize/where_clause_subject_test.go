package summarize

import (
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// TestWhereClauseAfterRole checks that a verb after a clause opened by
// "where" that describes the place of a role set off after a name
// ("Maria Lind, mayor of Orsa, where half the workers cross the border,
// calls…") has the name for its subject, as the parser has it, not the
// role, whatever relation the parser gave the role ("vocative" here).
func TestWhereClauseAfterRole(t *testing.T) {
	a := parsed(t,
		"Maria/PROPN/NNP/Maria/18/nsubj",
		"Lind/PROPN/NNP/Lind/1/flat",
		",/PUNCT/,/,/4/punct",
		"mayor/NOUN/NN/mayor/18/vocative",
		"of/ADP/IN/of/6/case",
		"Orsa/PROPN/NNP/Orsa/4/nmod",
		",/PUNCT/,/,/12/punct",
		"where/ADV/WRB/where/12/advmod",
		"half/DET/PDT/half/11/det:predet",
		"the/DET/DT/the/11/det",
		"workers/NOUN/NNS/worker/12/nsubj",
		"cross/VERB/VBP/cross/4/parataxis",
		"the/DET/DT/the/14/det",
		"border/NOUN/NN/border/12/obj",
		"every/DET/DT/every/16/det",
		"day/NOUN/NN/day/12/obl:tmod",
		",/PUNCT/,/,/4/punct",
		"calls/VERB/VBZ/call/0/root",
		"the/DET/DT/the/21/det",
		"old/ADJ/JJ/old/21/amod",
		"payment/NOUN/NN/payment/18/obj",
	)
	a.Entities = []nlp.Entity{{Text: "Maria Lind", Type: nlp.PERSON, First: 0, Last: 2}, {Text: "Orsa", Type: nlp.GPE, First: 5, Last: 6}}
	tr := newTree(a, nil)
	if got := tr.relativeSubject(17); got != 0 {
		t.Errorf("relativeSubject(calls) = %d (%s), want 0 (Maria)", got, a.Tokens[max(got, 0)].Text)
	}
}
