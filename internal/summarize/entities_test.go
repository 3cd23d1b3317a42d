package summarize

import "testing"

// TestTitleNamingABody: a person under a title that names a body first
// is a person ("Air Force General Tom Reed", "Bank of Halden Governor
// Mark Carney"); a body whose name holds a title word is still a body.
func TestTitleNamingABody(t *testing.T) {
	tests := []struct {
		run      string
		wantName string
		wantKind string
	}{
		{"Air Force General Tom Reed", "Tom Reed", KindPerson},
		{"Bank of Halden Governor Mark Carney", "Mark Carney", KindPerson},
		{"General Motors Chief Executive Mary Barra", "Mary Barra", KindPerson},
		{"General Motors", "General Motors", KindOrganisation},
		{"World Trade Organization", "World Trade Organization", KindOrganisation},
	}
	for _, tt := range tests {
		d := newDoc(tt.run + " spoke about the budget talks on Monday.\n")
		d.findMentions()
		if len(d.mentions) == 0 {
			t.Errorf("%q: no mention", tt.run)
			continue
		}
		if m := d.mentions[0]; m.name != tt.wantName || m.kind != tt.wantKind {
			t.Errorf("%q: mention %q (%s), want %q (%s)", tt.run, m.name, m.kind, tt.wantName, tt.wantKind)
		}
	}
}
