package nlp

import "testing"

// TestInstitutionForPhrase: an institution's name goes on over "for" and
// the capitalised words after it, as over "of", whatever the model read
// in them.
func TestInstitutionForPhrase(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"In a short statement, the Regional Directorate for the Economy said the berths would reopen on Monday.", "Regional Directorate for the Economy"},
		{"The ferry timetable was approved by the Department for Island Transport on Friday.", "Department for Island Transport"},
	} {
		a := an.Analyze(tt.text)
		found := false
		for _, e := range a.Entities {
			if e.Type == ORG && e.Text == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no organisation %q (entities %v)", tt.text, tt.want, a.Entities)
		}
	}
}
