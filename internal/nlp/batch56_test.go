package nlp

import "testing"

// TestAgedNameBesideBodyNoun checks that a name an age follows stays a
// person's though a body's noun is set beside it ("…, 63, the elected
// authority of …"): a body has no age.
func TestAgedNameBesideBodyNoun(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"“The river is ours,” said Teodoro Quispe Mamani, 63, the elected authority, or jilakata, of Llallagua, who led the village’s negotiators.",
		"Teodoro Condori Choque, 63, the village authority, said the river was theirs.",
	} {
		a := an.Analyze(text)
		if m := tokenNamed(t, a, "Teodoro"); a.Tokens[m].NER != "B-PERSON" {
			t.Errorf("%q: Teodoro is %s, want B-PERSON", text, a.Tokens[m].NER)
		}
	}
}
