package nlp

import "testing"

// One m after one vowel and a consonant before -ed or -ing is a verb's
// own e dropped; a doubled m, or one after two vowels, is not.
func TestRuleLemmaSingleM(t *testing.T) {
	for _, c := range []struct{ form, want string }{
		{"blamed", "blame"},
		{"framing", "frame"},
		{"primed", "prime"},
		{"rhymed", "rhyme"},
		{"schemed", "scheme"},
		{"slammed", "slam"},
		{"trimming", "trim"},
		{"claimed", "claim"},
		{"steamed", "steam"},
		{"alarmed", "alarm"},
	} {
		if got := ruleLemma(c.form, "VERB"); got != c.want {
			t.Errorf("ruleLemma(%q, VERB) = %q, want %q", c.form, got, c.want)
		}
	}
}
