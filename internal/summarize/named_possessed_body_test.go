package summarize

import "testing"

// TestNamedPossessedBody: "the growers' cooperative" stands for the
// earlier mention of the same noun after the same possessor that a name
// before the possessor says which ("the Lunsford growers' cooperative"),
// however the parser hung the possessor there.
func TestNamedPossessedBody(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"Members of the Lunsford growers' cooperative voted on Friday to accept the buyer's offer.\nThe growers' cooperative said it would “pay every member by the end of June.”\n", "pay every member", "Lunsford growers' cooperative"},
		{"Pia Olsen heads the Brakke tenants' association, which has fought the landlord for two years.\n“We will not move a single family,” the tenants' association said on Tuesday.\n", "We will not move", "Brakke tenants' association"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
