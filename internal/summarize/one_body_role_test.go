package summarize

import "testing"

// TestOneBodyRole: "said one <body's name> <person's noun>" is that
// person, as "said a …" is, not the body.
func TestOneBodyRole(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"Ferry talks resumed on Monday.\n\n“The new timetable starts in May,” said one Ministry of Shipping official.\n", "The new timetable", "one Ministry of Shipping official"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
