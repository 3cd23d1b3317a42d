package summarize

import "testing"

// TestPersonNamedInBodyName: a name the entity model read as a person's,
// hung from a capitalised name-word as whose it is or as what its "of"
// names, is a word of the body's name: the body speaks, not the person.
func TestPersonNamedInBodyName(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"Grey Valley’s Ombudsman’s Office said on Monday that complaints about the night buses had become “a flood.”\n", "a flood", "Ombudsman’s Office"},
		{"The Friends of the Harrowgate Library told the mayor that the reading room was “cold all winter.”\n", "cold all", "The Friends of the Harrowgate Library"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
