package nlp

import "testing"

// TestLawmakerTitledNames checks that a name written after a legislator's
// title in lower case is a person's, with a given name written short
// ("Opposition lawmaker Md. Rafiqul Islam Talukder", which the model
// alone leaves out).
func TestLawmakerTitledNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"Not everyone in Dhaka welcomed the deal. Opposition lawmaker Md. Rafiqul Islam Talukder posted on Facebook.",
			[]string{"PERSON:Md. Rafiqul Islam Talukder"}, nil},
	})
}
