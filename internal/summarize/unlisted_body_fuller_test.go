package summarize

import "testing"

// TestUnlistedBodyFullerDescription: a bare "the N" that says something,
// with a noun no list knows as a body's, stands for the fuller
// description of the same noun that said something shortly before, with
// the words before its noun that say which ("The Orlen harbour
// prefecture said…", "“…,” the prefecture said").
func TestUnlistedBodyFullerDescription(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"The Dunmere harbour prefecture said traffic would stay slow into the night.\n‘Drivers are urged to avoid the coast road,’ the prefecture said.\n", "Drivers are urged", "Dunmere harbour prefecture"},
		{"The Velmor labour inspectorate said on Monday that it had opened an inquiry into the quarry.\n“Every site will be visited before the end of the month,” the inspectorate said.\n", "Every site will", "Velmor labour inspectorate"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
