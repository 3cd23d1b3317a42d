package nlp

import "testing"

// TestNameSpanRepairs checks that a body's name written with a possessive
// before its head noun ("the International Longshoremen's Association")
// is one entity, while a body's possessive before a common noun ("the
// European Commission's proposal") ends the name; and that a person's
// hyphened given name and the surname after it ("Marc-André Thibodeau")
// are one name, though the model stops at the hyphen.
func TestNameSpanRepairs(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"Harold Daggett, president of the International Longshoremen's Association, said the union would not accept the offer.", "International Longshoremen's Association"},
		{"Officials said the European Commission's proposal would be published on Monday.", "European Commission"},
		{"\"We were ready to keep talking,\" said Marc-André Thibodeau, president of the union, at a news conference.", "Marc-André Thibodeau"},
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		found := false
		for _, e := range a.Entities {
			if e.Text == tt.want {
				found = true
			}
		}
		if !found {
			var got []string
			for _, e := range a.Entities {
				got = append(got, e.Type+":"+e.Text)
			}
			t.Errorf("%q: no entity %q in %q", tt.text, tt.want, got)
		}
	}
}
