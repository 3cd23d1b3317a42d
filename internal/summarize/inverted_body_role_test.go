package summarize

import "testing"

// TestInvertedBodyRole: "said a <body's name> <person's noun>" after the
// quotation is the person, however long the body's name and whatever
// the parser made of the noun (a clause of the verb with the name as its
// subject, or an adjective of the name).
func TestInvertedBodyRole(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"“The bridge opens on Friday,” said a Department of Rivers official.\n", "The bridge opens", "a Department of Rivers official"},
		{"“The bridge opens on Friday,” said a Department of Rivers and Canals spokeswoman, who declined to comment further.\n", "The bridge opens", "a Department of Rivers and Canals spokeswoman"},
		{"“The bridge opens on Friday,” said a Ministry of Transport spokesman.\n", "The bridge opens", "a Ministry of Transport spokesman"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
