package nlp

import "testing"

// TestRelativesAfterOpeningPhrases checks two subjects the parser took
// into the relative clause set off after them: a name after an opening
// phrase of place ("At the depot, Mirela Vasquez, whose brother…, said")
// and a nationality standing for a person ("The Dane, who also…, said").
// The verb of saying is the sentence's root, the name or nationality its
// subject, and the relative clause theirs.
func TestRelativesAfterOpeningPhrases(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, subject, relative string }{
		{"At a shelter for flooded families in a church hall in Tarrow, Mirela Vasquez, whose brother was injured in a landslide near her farm in March, said she would not go home until the road was rebuilt.",
			"Mirela", "injured"},
		{"The Dane, who also advises two other shipping lines, said the offer had been raised twice.",
			"Dane", "advises"},
	} {
		a := an.Analyze(c.text)
		root := -1
		for i, tk := range a.Tokens {
			if tk.Head < 0 {
				root = i
			}
		}
		if root < 0 || a.Tokens[root].Text != "said" {
			t.Errorf("%q: root %d, want \"said\"", c.text, root)
			continue
		}
		s := tokenNamed(t, a, c.subject)
		if a.Tokens[s].Head != root || a.Tokens[s].Rel != "nsubj" {
			t.Errorf("%q: %q hangs from %d as %s, want the subject of said", c.text, c.subject, a.Tokens[s].Head, a.Tokens[s].Rel)
		}
		r := tokenNamed(t, a, c.relative)
		if a.Tokens[r].Head != s || a.Tokens[r].Rel != "acl:relcl" {
			t.Errorf("%q: %q hangs from %d as %s, want a relative clause of %q", c.text, c.relative, a.Tokens[r].Head, a.Tokens[r].Rel, c.subject)
		}
	}
}

// TestCreditAfterQuoteAndHyphenatedName checks two readings of a credit
// after a quotation: the part of a name after its hyphen ("Bello-Adeyemi")
// hangs inside the name, not from the title before it, and a quotation of
// two sentences credited to a long title with the name set off has the
// verb of saying for its root and the title for that verb's subject.
func TestCreditAfterQuoteAndHyphenatedName(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`"We came to open the taps," the state Commissioner for Water Supply and Sanitation, Dr Amina Bello-Adeyemi, told journalists after the signing.`)
	name := tokenNamed(t, a, "Amina")
	last := tokenNamed(t, a, "Adeyemi")
	for h, k := a.Tokens[last].Head, 0; h != name; h, k = a.Tokens[h].Head, k+1 {
		if h < 0 || k > 4 || h < name-1 || h > last {
			t.Fatalf("Adeyemi hangs outside the name (head %d, %s)", a.Tokens[last].Head, a.Tokens[last].Rel)
		}
	}
	a = an.Analyze(`"We did not come to write speeches. We came to open the taps," the state Commissioner for Water Supply and Sanitation, Dr Amina Bello-Adeyemi, told journalists after the signing.`)
	told := tokenNamed(t, a, "told")
	if a.Tokens[told].Head != -1 {
		t.Errorf("told hangs from %d as %s, want the root", a.Tokens[told].Head, a.Tokens[told].Rel)
	}
	if c := tokenNamed(t, a, "Commissioner"); a.Tokens[c].Head != told || a.Tokens[c].Rel != "nsubj" {
		t.Errorf("Commissioner hangs from %d as %s, want the subject of told", a.Tokens[c].Head, a.Tokens[c].Rel)
	}
}

// TestClauseAfterNounModifier checks that "after a company representative
// described…", hung by the parser as a modifier of the noun before it
// ("a meeting … after a representative") with the verb left with no
// subject, is a clause of time: the noun is the verb's subject and
// "after" its mark.
func TestClauseAfterNounModifier(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`Parents walked out of a public meeting in May after a council officer described the old school as "a temporary building".`)
	v := tokenNamed(t, a, "described")
	if n := tokenNamed(t, a, "officer"); a.Tokens[n].Head != v || a.Tokens[n].Rel != "nsubj" {
		t.Errorf("officer hangs from %d as %s, want the subject of described", a.Tokens[n].Head, a.Tokens[n].Rel)
	}
	if m := tokenNamed(t, a, "after"); a.Tokens[m].Head != v || a.Tokens[m].Rel != "mark" {
		t.Errorf("after hangs from %d as %s, want the mark of described", a.Tokens[m].Head, a.Tokens[m].Rel)
	}
}

// TestParticipleOpenerRoot checks that a sentence opened by a participle's
// clause ("Asked whether she would settle…, Obi-Nwosu only smiled.") has
// the finite verb after the comma for its root and the name for that
// verb's subject, however the parser hung the verb inside the question,
// also with a name written with a hyphen and a question of its own with
// a subject ("Asked whether the agency knew…, Ström-Castellanos paused").
func TestParticipleOpenerRoot(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, verb string }{
		{"Asked whether she would settle for something closer to the employers' figure, Obi-Nwosu only smiled.", "smiled"},
		{"Asked at a briefing whether the commission knew where the missing fuel was, Lindqvist-Okafor paused before answering.", "paused"},
	} {
		a := an.Analyze(tt.text)
		v := tokenNamed(t, a, tt.verb)
		if a.Tokens[v].Head != -1 {
			t.Errorf("%q: %s hangs from %d as %s, want the root", tt.text, tt.verb, a.Tokens[v].Head, a.Tokens[v].Rel)
		}
		if p := tokenNamed(t, a, "Asked"); a.Tokens[p].Head != v || a.Tokens[p].Rel != "advcl" {
			t.Errorf("%q: Asked hangs from %d as %s, want an adverbial clause of %s", tt.text, a.Tokens[p].Head, a.Tokens[p].Rel, tt.verb)
		}
	}
}
