package nlp

import "testing"

// TestParticleNames checks that a person's name with lower-case particles
// between the given name and the surname is one entity where the model
// found a part of it ("Adriaan | van der Merwe"), that names of places
// with particles are left alone, and that a company's name ending in its
// designation is whole where the model found a part of it.
func TestParticleNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"The company's chief executive, Adriaan van der Merwe, said the talks were long.",
			[]string{"PERSON:Adriaan van der Merwe"}, []string{"Adriaan"}},
		{"Adriaan van der Merwe said the talks were long.",
			[]string{"PERSON:Adriaan van der Merwe"}, []string{"Merwe"}},
		{"Union leader Joost de Vries said the talks were long.",
			[]string{"PERSON:Joost de Vries"}, nil},
		// A company's name ending in its designation, of which the
		// model found a part as a person's.
		{"Workers at Tân Phú Thịnh Footwear Co., which makes running shoes, walked out on Monday.",
			[]string{"ORG:Tân Phú Thịnh Footwear Co."}, []string{"Tân"}},
		{"The talks in Rio de Janeiro were long.",
			[]string{"GPE:Rio de Janeiro"}, []string{"Rio", "Janeiro"}},
	})
}
