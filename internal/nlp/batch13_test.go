package nlp

import "testing"

// TestParticipleOpeners checks that a sentence opened by a participle's
// clause, which the parser made the verb's clausal subject with the real
// subject hung inside it, gets the name after the comma as its subject,
// the title before the name hanging from it; and that a clause with a
// verb after the comma is left alone.
func TestParticipleOpeners(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"Speaking", "VERB", "VBG", 8, "csubj"},      // 0
			{"in", "ADP", "IN", 2, "case"},               // 1
			{"Brussels", "PROPN", "NNP", 0, "obl"},       // 2
			{",", "PUNCT", ",", 5, "punct"},              // 3
			{"Minister", "PROPN", "NNP", 5, "nmod:desc"}, // 4
			{"Eva", "PROPN", "NNP", 2, "appos"},          // 5
			{"De", "PROPN", "NNP", 2, "flat"},            // 6
			{"Bleeker", "PROPN", "NNP", 2, "flat"},       // 7
			{"said", "VERB", "VBD", -1, "root"},          // 8
			{"talks", "NOUN", "NNS", 10, "nsubj"},        // 9
			{"stalled", "VERB", "VBD", 8, "ccomp"},       // 10
		}
	}
	const first = 2
	toks := handTokens(words(), first)
	participleOpeners(toks[first:], first)
	if tk := toks[first+5]; tk.Head != first+8 || tk.Rel != "nsubj" {
		t.Errorf("Eva: head %d %s, want 8 nsubj", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+7]; tk.Head != first+5 || tk.Rel != "flat" {
		t.Errorf("Bleeker: head %d %s, want 5 flat", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+4]; tk.Head != first+5 {
		t.Errorf("Minister: head %d, want 5", tk.Head-first)
	}
	if tk := toks[first+0]; tk.Rel != "advcl" {
		t.Errorf("Speaking: %s, want advcl", tk.Rel)
	}
	ws := words()
	ws[6] = w{"agreed", "VERB", "VBD", 2, "acl"}
	toks = handTokens(ws, first)
	participleOpeners(toks[first:], first)
	if tk := toks[first+0]; tk.Rel != "csubj" {
		t.Errorf("with a verb after the comma: Speaking made %s", tk.Rel)
	}
}

// TestFirmsByTheirParts checks that a name the document gives a board or
// shares by a possessive is an organisation wherever the model read it
// as a person, and that a person with a given name the lists know stays
// one.
func TestFirmsByTheirParts(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Dutch brewer Van Dalen raised its bid for Belgian rival Maison Roucart on Thursday, but Roucart's board said the offer was too low. Roucart's shares rose 4%. John Smith's board seat is safe, Smith said.")
	types := map[string]string{}
	for _, e := range a.Entities {
		types[e.Text] = e.Type
	}
	for _, n := range []string{"Maison Roucart", "Roucart"} {
		if types[n] == PERSON {
			t.Errorf("%q read as a person (entities %v)", n, types)
		}
	}
	for _, n := range []string{"John Smith", "Smith"} {
		if types[n] != PERSON {
			t.Errorf("%q: %q (entities %v)", n, types[n], types)
		}
	}

}

// TestNamesBeforeAppositions checks that a name set off before a
// description, which the parser hung inside the description, becomes the
// verb's subject with the description in apposition to it; and that a
// name with no comma after it is left alone.
func TestNamesBeforeAppositions(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"Toyota", "PROPN", "NNP", 6, "amod"},     // 0
			{",", "PUNCT", ",", 0, "punct"},           // 1
			{"the", "DET", "DT", 3, "det"},            // 2
			{"country", "NOUN", "NN", 6, "nmod:poss"}, // 3
			{"'s", "PART", "POS", 3, "case"},          // 4
			{"largest", "ADJ", "JJS", 6, "amod"},      // 5
			{"carmaker", "NOUN", "NN", 8, "nsubj"},    // 6
			{",", "PUNCT", ",", 6, "punct"},           // 7
			{"said", "VERB", "VBD", -1, "root"},       // 8
			{"talks", "NOUN", "NNS", 10, "nsubj"},     // 9
			{"stalled", "VERB", "VBD", 8, "ccomp"},    // 10
		}
	}
	const first = 3
	toks := handTokens(words(), first)
	namesBeforeAppositions(toks[first:], first)
	if tk := toks[first+0]; tk.Head != first+8 || tk.Rel != "nsubj" {
		t.Errorf("Toyota: head %d %s, want 8 nsubj", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+6]; tk.Head != first+0 || tk.Rel != "appos" {
		t.Errorf("carmaker: head %d %s, want 0 appos", tk.Head-first, tk.Rel)
	}
	ws := words()
	ws[1] = w{"and", "CCONJ", "CC", 6, "cc"}
	toks = handTokens(ws, first)
	namesBeforeAppositions(toks[first:], first)
	if tk := toks[first+6]; tk.Rel != "nsubj" {
		t.Errorf("with no comma: carmaker made %s", tk.Rel)
	}
}

// TestSubjectsOfAsides checks that the noun before an aside set off by
// commas, which the parser made the aside's subject, becomes the subject
// of the verb after the aside; and that a verb with a subject of its own
// is left alone.
func TestSubjectsOfAsides(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"Wes", "PROPN", "NNP", 3, "nsubj:pass"}, // 0
			{"Streeting", "PROPN", "NNP", 0, "flat"}, // 1
			{",", "PUNCT", ",", 3, "punct"},          // 2
			{"asked", "VERB", "VBN", 7, "parataxis"}, // 3
			{"on", "ADP", "IN", 5, "case"},           // 4
			{"radio", "NOUN", "NN", 3, "obl"},        // 5
			{",", "PUNCT", ",", 3, "punct"},          // 6
			{"said", "VERB", "VBD", -1, "root"},      // 7
			{"sides", "NOUN", "NNS", 9, "nsubj"},     // 8
			{"agree", "VERB", "VBP", 7, "ccomp"},     // 9
		}
	}
	const first = 4
	toks := handTokens(words(), first)
	subjectsOfAsides(toks[first:], first)
	if tk := toks[first+0]; tk.Head != first+7 || tk.Rel != "nsubj" {
		t.Errorf("Wes: head %d %s, want 7 nsubj", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+3]; tk.Head != first+0 || tk.Rel != "acl" {
		t.Errorf("asked: head %d %s, want 0 acl", tk.Head-first, tk.Rel)
	}
	ws := words()
	ws[8] = w{"she", "PRON", "PRP", 7, "nsubj"}
	toks = handTokens(ws, first)
	subjectsOfAsides(toks[first:], first)
	if tk := toks[first+0]; tk.Rel != "nsubj:pass" {
		t.Errorf("with a subject of its own: Wes made %s", tk.Rel)
	}
}

// TestCoordinatedCredits checks three repairs of "The army and the rebels
// agreed to a pause, Saudi and U.S. mediators said, though…": the second
// of two subjects joined by "and" is a conjunct of the first; the words
// between the comma and the credit's plural subject modify it; and the
// credit, with no subordinator, is a parenthetical of the clause, not an
// adverbial clause.
func TestCoordinatedCredits(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"army", "NOUN", "NN", 3, "nsubj"},        // 0
			{"and", "CCONJ", "CC", 3, "cc"},           // 1
			{"rebels", "NOUN", "NNS", 3, "nsubj"},     // 2
			{"agreed", "VERB", "VBD", -1, "root"},     // 3
			{"pause", "NOUN", "NN", 3, "obl"},         // 4
			{",", "PUNCT", ",", 9, "punct"},           // 5
			{"Saudi", "ADJ", "JJ", 4, "conj"},         // 6
			{"and", "CCONJ", "CC", 8, "cc"},           // 7
			{"U.S.", "PROPN", "NNP", 6, "conj"},       // 8
			{"mediators", "NOUN", "NNS", 10, "nsubj"}, // 9
			{"said", "VERB", "VBD", 3, "advcl"},       // 10
			{".", "PUNCT", ".", 3, "punct"},           // 11
		}
	}
	const first = 2
	toks := handTokens(words(), first)
	toks[first+10].Lemma = "say"
	coordinatedSubjects(toks[first:], first)
	creditModifiers(toks[first:], first)
	unmarkedCredits(toks[first:], first)
	if tk := toks[first+2]; tk.Head != first+0 || tk.Rel != "conj" {
		t.Errorf("rebels: head %d %s, want 0 conj", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+1]; tk.Head != first+2 || tk.Rel != "cc" {
		t.Errorf("and: head %d %s, want 2 cc", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+6]; tk.Head != first+9 || tk.Rel != "amod" {
		t.Errorf("Saudi: head %d %s, want 9 amod", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+8]; tk.Head != first+6 || tk.Rel != "conj" {
		t.Errorf("U.S.: head %d %s, want 6 conj", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+10]; tk.Rel != "parataxis" {
		t.Errorf("said: %s, want parataxis", tk.Rel)
	}
	// "…, as mediators said": a subordinator keeps the adverbial.
	ws := words()
	ws = append(ws[:9], append([]w{{"as", "SCONJ", "IN", 11, "mark"}}, ws[9:]...)...)
	for i := range ws {
		if ws[i].head >= 9 {
			ws[i].head++
		}
	}
	toks = handTokens(ws, first)
	toks[first+11].Lemma = "say"
	unmarkedCredits(toks[first:], first)
	if tk := toks[first+11]; tk.Rel != "advcl" {
		t.Errorf("with \"as\": said made %s", tk.Rel)
	}
}
