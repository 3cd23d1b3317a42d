package nlp

import "testing"

// TestParticiplesInNounPhrases checks that a word in -ed between an
// adjective that opens a noun phrase and the phrase's noun modifies the
// noun ("the 81-year-old retired schoolteacher said"), so that the noun,
// not the participle, is the subject of the verb after it; and that a
// past tense after a subject is left a verb.
func TestParticiplesInNounPhrases(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word, notXPOS, subject string
	}{
		{`"If it comes in three days, I miss my dialysis," the 81-year-old retired schoolteacher said.`, "retired", "VBD", "schoolteacher"},
		{`The old married couple said they would stay.`, "married", "VBD", "couple"},
		{`The young players retired early.`, "retired", "VBN", "players"},
	} {
		a := an.Analyze(c.text)
		w, s := tokenNamed(t, a, c.word), tokenNamed(t, a, c.subject)
		if a.Tokens[w].XPOS == c.notXPOS {
			t.Errorf("%q: %q tagged %s", c.text, c.word, a.Tokens[w].XPOS)
		}
		if a.Tokens[s].Rel != "nsubj" {
			t.Errorf("%q: %q is %s, want the subject", c.text, c.subject, a.Tokens[s].Rel)
		}
	}
}

// tokenNamed returns the index of the last token of a written w, failing
// the test when there is none.
func tokenNamed(t *testing.T, a *Analysis, w string) int {
	t.Helper()
	for i := len(a.Tokens) - 1; i >= 0; i-- {
		if a.Tokens[i].Text == w {
			return i
		}
	}
	t.Fatalf("no token %q in %q", w, a.Text)
	return -1
}

// TestRatesAsSubjects checks that a rate's unit after a quantity ("1,400
// gourdes a gallon") is not read as the subject of the verb after it when
// a phrase set off by a comma comes between them: that phrase is.
func TestRatesAsSubjects(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, unit, subject string
	}{
		{"At a stall near the market, where fuel has been sold in plastic jugs for 1,400 gourdes a gallon, taxi driver Wilner Dorsainvil said he would believe in the truce.", "gallon", "driver"},
		{"At a market where rice sells for 90 rupees a kilo, trader Meena Pillai said prices had doubled.", "kilo", "trader"},
	} {
		a := an.Analyze(c.text)
		u, s := tokenNamed(t, a, c.unit), tokenNamed(t, a, c.subject)
		if r := a.Tokens[u].Rel; r == "nsubj" {
			t.Errorf("%q: the unit %q is the subject", c.text, c.unit)
		}
		if sv := a.Tokens[s]; sv.Rel != "nsubj" && sv.Rel != "compound" {
			t.Errorf("%q: %q is %s, want the subject", c.text, c.subject, sv.Rel)
		}
	}
}

// TestHyphenedSurnames checks that a surname of two words joined by a
// hyphen, taken up alone after the name in full, is that person whatever
// the case of its first word ("Al-Suwaidi told" after "Saif bin Hamad
// al-Suwaidi").
func TestHyphenedSurnames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"The Emirati side is led by Saif bin Hamad al-Suwaidi, director-general of the aviation authority. Al-Suwaidi told reporters the offer was final.",
			[]string{"PERSON:Saif bin Hamad al-Suwaidi", "PERSON:Al-Suwaidi"}, []string{"Suwaidi"}},
	})
}

// TestAbbreviatedTitles checks that "Coun." is a title that ends no
// sentence, and that a name right after a person's title abbreviated is a
// person's, though the name's last word alone reads as a body's elsewhere
// ("MacIsaac's idea").
func TestAbbreviatedTitles(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Coun. Gord MacIsaac, a retired trucker who represents Ward 3, took a harder line. The mayor said staff would cost MacIsaac's idea. Told of MacIsaac's proposal, the contractor laughed."
	a := an.Analyze(text)
	if len(a.Sentences) != 3 {
		t.Errorf("%d sentences, want 3", len(a.Sentences))
	}
	checkEntityCases(t, an, []entityCase{
		{text, []string{"PERSON:Gord MacIsaac"}, nil},
	})
}

// TestFilipinoParticles checks that "dela" joins a given name to a
// surname ("Corazon dela Paz") and that a span the model began at the
// particle ("dela Paz-Villanueva") is carried back over the given names.
func TestFilipinoParticles(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"MANILA — The first thing Maria Luisa dela Cruz-Santos does in a negotiating room is take off her watch. Her mother, Teresita dela Cruz, 79, still lives in the same house.",
			[]string{"PERSON:Maria Luisa dela Cruz-Santos", "PERSON:Teresita dela Cruz"}, nil},
	})
}

// TestPluralsBeforeVerbs checks that a word in -s between a proper noun
// and a past tense or a modal is a plural noun, the subject's head, not
// the verb of the name before it ("Halloran aides acknowledged…").
func TestPluralsBeforeVerbs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Halloran aides acknowledged a close relationship with the ministry.",
		"Okafor advisers will meet the union on Friday.",
	} {
		a := an.Analyze(text)
		k := 1
		if a.Tokens[k].XPOS != "NNS" {
			t.Errorf("%q: %q tagged %s, want NNS", text, a.Tokens[k].Text, a.Tokens[k].XPOS)
		}
	}
}

// TestRatesAsSubjectsNoCycle checks that the rate repair leaves a tree
// whose quantity hangs below the unit as it is: hanging the unit from the
// quantity there would make a cycle.
func TestRatesAsSubjectsNoCycle(t *testing.T) {
	toks := []Token{
		{Text: "for", UPOS: "ADP", XPOS: "IN", Head: 2, Rel: "case"},
		{Text: "90", UPOS: "NUM", XPOS: "CD", Head: 2, Rel: "nummod"},
		{Text: "rupees", UPOS: "NOUN", XPOS: "NNS", Head: 4, Rel: "nmod"},
		{Text: "a", UPOS: "DET", XPOS: "DT", Head: 4, Rel: "det"},
		{Text: "kilo", UPOS: "NOUN", XPOS: "NN", Head: 8, Rel: "nsubj"},
		{Text: ",", UPOS: "PUNCT", XPOS: ",", Head: 6, Rel: "punct"},
		{Text: "trader", UPOS: "NOUN", XPOS: "NN", Head: 4, Rel: "appos"},
		{Text: "Pillai", UPOS: "PROPN", XPOS: "NNP", Head: 6, Rel: "appos"},
		{Text: "said", UPOS: "VERB", XPOS: "VBD", Head: -1, Rel: "root"},
	}
	ratesAsSubjects(toks, 0)
	for i := range toks {
		if !dominates(toks, 8, i, 0) {
			t.Errorf("token %d (%q) no longer under the root: %+v", i, toks[i].Text, toks)
		}
	}
}
