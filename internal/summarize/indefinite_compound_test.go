package summarize

import "testing"

// TestIndefiniteOnCompound: "One river board engineer" brings in an
// unnamed source though the parser hangs "One" on "river", the first word
// of the compound; "the engineer" later is that source.
func TestIndefiniteOnCompound(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"Talks on the Orvel weir resumed on Monday.\n\nOne river board engineer, who was not cleared to talk to the press, said the gates were tested last week. “The gates will hold through the spring floods,” the engineer said.\n", "The gates will hold", "One river board engineer"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
