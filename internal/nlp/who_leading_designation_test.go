package nlp

import "testing"

// TestLeadingDesignationShortForm checks that a company's name with its
// legal form written before it ("PT …", "JSC …") gives short forms
// without that form, so the short form the model reads as a person's is
// the company's.
func TestLeadingDesignationShortForm(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Villagers signed a deal with PT Sari Dewi Plantations last month. Sari Dewi said the deal was fair.")
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Text] = e.Type
	}
	if got["Sari Dewi"] != ORG {
		t.Errorf("Sari Dewi: %q, want ORG (all: %v)", got["Sari Dewi"], got)
	}
}
