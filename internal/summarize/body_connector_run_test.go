package summarize

import (
	"testing"
)

// A body's name in another language goes on over the small words after
// its first part ("en el") and the capitalised name that follows, which
// the entity model and the parser cut off ("a" read as an article, the
// rest as an apposition): the whole name speaks.
func TestBodyNameOverConnectorRun(t *testing.T) {
	b := treeBrief(t, `Fishing families were cautious. The Comité de Defensa en el Litoral, a coalition of fishing cooperatives, said in a statement that the licence office was "one more desk with no answers" and that it would watch the quotas.`)
	found := false
	for _, q := range b.Quotes {
		if q.Text == "one more desk with no answers" {
			found = true
			if q.Speaker != "Comité de Defensa en el Litoral" {
				t.Errorf("speaker %q, want Comité de Defensa en el Litoral", q.Speaker)
			}
		}
	}
	if !found {
		t.Fatalf("quote not found: %+v", b.Quotes)
	}
}

// Where no entity holds the name at all, the phrase as written goes on
// over the run of small words and the name after it too.
func TestPhraseOverConnectorRun(t *testing.T) {
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	a := an.Analyze(`Fishing families were cautious. The Comité de Defensa en el Litoral, a coalition of fishing cooperatives, said the office was a desk.`)
	// The entity model's reading left out: the name as the parser hung it.
	a.Entities = nil
	for i := range a.Tokens {
		a.Tokens[i].NER = "O"
	}
	src := -1
	for i := range a.Tokens {
		if a.Tokens[i].Text == "Defensa" {
			src = i
		}
	}
	if src < 0 {
		t.Fatal("no Defensa")
	}
	tr := newTree(a, nil)
	first, last := tr.sourceSpan(src)
	if got := a.Span(first, last); got != "The Comité de Defensa en el Litoral" {
		t.Errorf("sourceSpan = %q, want The Comité de Defensa en el Litoral", got)
	}
	// Not over "a" alone, a word English has too.
	a2 := an.Analyze(`The Banco de Sur a Pescadores said the office was a promise.`)
	a2.Entities = nil
	for i := range a2.Tokens {
		a2.Tokens[i].NER = "O"
	}
	tr2 := newTree(a2, nil)
	for i := range a2.Tokens {
		if a2.Tokens[i].Text == "Sur" {
			f, l := tr2.sourceSpan(i)
			if got := a2.Span(f, l); got == "The Banco de Sur a Pescadores" {
				t.Errorf("sourceSpan = %q, went on over a lone 'a'", got)
			}
		}
	}
}
