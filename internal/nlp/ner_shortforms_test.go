package nlp

import "testing"

// TestCompanyShortForms: a name ending in a company's designation
// ("Industries", "Technologies", "Limited") is a body's, and its first
// words written alone later are the same body, though the model reads
// them as a person's name; a person's name that no company's name opens
// stays a person's.
func TestCompanyShortForms(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Korean parts maker Dae Han Precision Industries has agreed to buy Velomark for €300 million.\n\n" +
		"Dae Han said the deal would close in March. Chief executive Mira Holt said her board backed it.\n\n" +
		"\"We looked at every option,\" Holt said. Dae Han expects savings of €20 million a year, Park Ji-ho, its chairman, said."
	a := an.Analyze(text)
	want := map[string]string{"Dae Han Precision Industries": ORG, "Dae Han": ORG, "Mira Holt": PERSON, "Park Ji-ho": PERSON}
	seen := map[string]int{}
	for _, e := range a.Entities {
		n := text[a.Tokens[e.First].Start:a.Tokens[e.Last-1].End]
		w, ok := want[n]
		if !ok {
			continue
		}
		seen[n]++
		if e.Type != w {
			t.Errorf("%s at %d is %s, want %s", n, a.Tokens[e.First].Start, e.Type, w)
		}
	}
	for n := range want {
		if seen[n] == 0 {
			t.Errorf("%s not found: %+v", n, a.Entities)
		}
	}
}
