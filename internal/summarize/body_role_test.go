package summarize

import "testing"

// TestBodyRoleDescriptions: "a <body's name> <person's noun>" is the
// person the story brings in by the body they speak for, as written,
// however the parser hung the noun from the name (as its "of" phrase's
// word, or as a second subject of the verb); a later "the spokesperson"
// is that person.
func TestBodyRoleDescriptions(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"“The ferries will sail again on Thursday,” a Ministry of Harbours and Fisheries spokeswoman said.\n", "The ferries will sail", "a Ministry of Harbours and Fisheries spokeswoman"},
		{"A Department of Forests and Lakes spokesperson said: “The trails stay shut until the thaw.”\n", "The trails stay shut", "A Department of Forests and Lakes spokesperson"},
		{"Pupils in Dunmere went home at noon.\nA Department of Schooling spokesperson said parents would get letters.\n“Every family will have a letter by Tuesday,” the spokesperson said.\n", "Every family will", "A Department of Schooling spokesperson"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q; quotes %+v", c.text, got, c.want, b.Quotes)
		}
	}
}
