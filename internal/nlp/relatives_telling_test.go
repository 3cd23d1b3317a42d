package nlp

import "testing"

// TestTellingPastsBeforeHearers: a verb of telling with no auxiliary,
// a noun phrase (the hearer) and then what was told is a past tense, not
// a participle modifying the subject; with an auxiliary before it, it
// stays a participle.
func TestTellingPastsBeforeHearers(t *testing.T) {
	checkTags(t, []tagCase{
		{`A fisherman told reporters, "We want our boats back."`, "told", "VBD"},
		{`A spokeswoman for the port authority told the local radio station that the cranes would stay idle.`, "told", "VBD"},
		{`The union had told members that the offer was final.`, "told", "VBN"},
	})
}

// TestRestrictiveWhoseRelatives: a subject followed by a relative clause
// opened with "whose" and no commas, then a verb of saying, is that
// verb's subject, and the clause's verb is the noun's relative clause,
// not the sentence's root.
func TestRestrictiveWhoseRelatives(t *testing.T) {
	checkRelatives(t, []relativeCase{
		{`A woman whose husband's boat had been held for seven months told me, "I care whose boat it is."`, "told", "woman", "held"},
		{`The farmer whose cattle were seized last week said the fine was unfair.`, "said", "farmer", "seized"},
	})
}

// TestRelativesBeforeAnyVerb: a subject set off from its verb by a
// relative clause, after a possessive or not, is that verb's subject
// whatever the verb (not only one of saying), and a plain form after a
// singular subject is the verb ("put").
func TestRelativesBeforeAnyVerb(t *testing.T) {
	checkRelatives(t, []relativeCase{
		{`His neighbour, who asked me not to use her name because her husband still sells to one of the mills, put it more bluntly.`, "put", "neighbour", "asked"},
		{`The Dane, who also advises two other shipping lines, rejected the offer on Monday.`, "rejected", "Dane", "advises"},
	})
}

// relativeCase is a sentence, its verb, the verb's subject and the
// relative clause's verb that must hang from the subject.
type relativeCase struct{ text, verb, subject, relative string }

// checkRelatives analyses each case and checks that its verb is the
// root, its subject the verb's nsubj and the relative clause's verb the
// subject's acl:relcl.
func checkRelatives(t *testing.T, tests []relativeCase) {
	t.Helper()
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		at := func(w string) int {
			for i, tok := range a.Tokens {
				if tok.Text == w {
					return i
				}
			}
			t.Fatalf("%q: no token %q", tt.text, w)
			return -1
		}
		v, s, r := at(tt.verb), at(tt.subject), at(tt.relative)
		if a.Tokens[v].Rel != "root" {
			t.Errorf("%q: %s is %s, want root", tt.text, tt.verb, a.Tokens[v].Rel)
		}
		if a.Tokens[s].Head != v || a.Tokens[s].Rel != "nsubj" {
			t.Errorf("%q: %s head %d %s, want %d nsubj", tt.text, tt.subject, a.Tokens[s].Head, a.Tokens[s].Rel, v)
		}
		if a.Tokens[r].Head != s || a.Tokens[r].Rel != "acl:relcl" {
			t.Errorf("%q: %s head %d %s, want %d acl:relcl", tt.text, tt.relative, a.Tokens[r].Head, a.Tokens[r].Rel, s)
		}
	}
}
