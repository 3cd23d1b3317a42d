package nlp

import "testing"

// TestNamesAfterRoles checks that a name set off by commas after a
// description, which the parser made a second subject of the verb, is
// put in apposition to the description; and that a name with no comma
// before the verb is left alone.
func TestNamesAfterRoles(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"An", "DET", "DT", 2, "det"},           // 0
			{"RSF", "NOUN", "NN", 2, "compound"},    // 1
			{"adviser", "NOUN", "NN", 8, "nsubj"},   // 2
			{",", "PUNCT", ",", 4, "punct"},         // 3
			{"Mustafa", "PROPN", "NNP", 8, "nsubj"}, // 4
			{"Ibrahim", "PROPN", "NNP", 4, "flat"},  // 5
			{"Tambal", "PROPN", "NNP", 4, "flat"},   // 6
			{",", "PUNCT", ",", 4, "punct"},         // 7
			{"rejected", "VERB", "VBD", -1, "root"}, // 8
			{"the", "DET", "DT", 10, "det"},         // 9
			{"charge", "NOUN", "NN", 8, "obj"},      // 10
		}
	}
	const first = 5
	toks := handTokens(words(), first)
	namesAfterRoles(toks[first:], first)
	if tk := toks[first+4]; tk.Head != first+2 || tk.Rel != "appos" {
		t.Errorf("Mustafa: head %d %s, want 2 appos", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+2]; tk.Head != first+8 || tk.Rel != "nsubj" {
		t.Errorf("adviser: head %d %s, want 8 nsubj", tk.Head-first, tk.Rel)
	}
	ws := words()
	ws[7] = w{"and", "CCONJ", "CC", 4, "cc"}
	toks = handTokens(ws, first)
	namesAfterRoles(toks[first:], first)
	if tk := toks[first+4]; tk.Rel != "nsubj" {
		t.Errorf("with no comma before the verb: Mustafa made %s", tk.Rel)
	}
}

// TestAgentsAfterPassives checks that the phrase "by" opens after a
// passive verb with its subject before it, which the parser made a
// second passive subject, becomes the verb's agent; and that a verb with
// no subject before it is left alone.
func TestAgentsAfterPassives(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"The", "DET", "DT", 2, "det"},                    // 0
			{"U.S.", "PROPN", "NNP", 2, "compound"},           // 1
			{"delegation", "NOUN", "NN", 4, "nsubj:pass"},     // 2
			{"was", "AUX", "VBD", 4, "aux:pass"},              // 3
			{"led", "VERB", "VBN", -1, "root"},                // 4
			{"by", "ADP", "IN", 6, "case"},                    // 5
			{"Deputy", "PROPN", "NNP", 9, "nmod"},             // 6
			{"Representative", "PROPN", "NNP", 9, "compound"}, // 7
			{"Sarah", "PROPN", "NNP", 9, "compound"},          // 8
			{"Bianchi", "PROPN", "NNP", 4, "nsubj:pass"},      // 9
		}
	}
	const first = 4
	toks := handTokens(words(), first)
	agentsAfterPassives(toks[first:], first)
	if tk := toks[first+9]; tk.Rel != "obl:agent" || tk.Head != first+4 {
		t.Errorf("Bianchi: head %d %s, want 4 obl:agent", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+5]; tk.Head != first+9 || tk.Rel != "case" {
		t.Errorf("by: head %d %s, want 9 case", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+6]; tk.Rel != "compound" {
		t.Errorf("Deputy: %s, want compound", tk.Rel)
	}
	ws := words()
	ws[2] = w{"delegation", "NOUN", "NN", 4, "obj"}
	toks = handTokens(ws, first)
	agentsAfterPassives(toks[first:], first)
	if tk := toks[first+9]; tk.Rel != "nsubj:pass" {
		t.Errorf("with no subject before the verb: Bianchi made %s", tk.Rel)
	}
}

// TestConjoinedNames checks that a name set off after a description that
// ends in a body's name, which the parser made a conjunct of the body
// with no "and", is put in apposition to the description's head; and
// that two bodies joined by "and" stay conjuncts.
func TestConjoinedNames(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"A", "DET", "DT", 1, "det"},              // 0
			{"spokeswoman", "NOUN", "NN", 9, "nsubj"}, // 1
			{"for", "ADP", "IN", 4, "case"},           // 2
			{"Andean", "PROPN", "NNP", 4, "compound"}, // 3
			{"Air", "PROPN", "NNP", 1, "nmod"},        // 4
			{",", "PUNCT", ",", 6, "punct"},           // 5
			{"Daniela", "PROPN", "NNP", 4, "conj"},    // 6
			{"Ruiz", "PROPN", "NNP", 4, "conj"},       // 7
			{",", "PUNCT", ",", 1, "punct"},           // 8
			{"said", "VERB", "VBD", -1, "root"},       // 9
		}
	}
	const first = 2
	toks := handTokens(words(), first)
	conjoinedNames(toks[first:], first)
	if tk := toks[first+6]; tk.Head != first+1 || tk.Rel != "appos" {
		t.Errorf("Daniela: head %d %s, want 1 appos", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+7]; tk.Head != first+6 || tk.Rel != "flat" {
		t.Errorf("Ruiz: head %d %s, want 6 flat", tk.Head-first, tk.Rel)
	}
	ws := words()
	ws[5] = w{"and", "CCONJ", "CC", 6, "cc"}
	toks = handTokens(ws, first)
	conjoinedNames(toks[first:], first)
	if tk := toks[first+6]; tk.Rel != "conj" {
		t.Errorf("with 'and': Daniela made %s", tk.Rel)
	}
}

// TestParticipleRoots checks that a sentence opened by a passive
// participle and its agent, which the parser made the root, gets the
// finite verb after the comma as its root; and that a sentence whose
// subject does not follow a comma is left alone.
func TestParticipleRoots(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"Pressed", "VERB", "VBN", -1, "root"},  // 0
			{"by", "ADP", "IN", 2, "case"},          // 1
			{"Tom", "PROPN", "NNP", 0, "obl:agent"}, // 2
			{"on", "ADP", "IN", 4, "case"},          // 3
			{"pay", "NOUN", "NN", 0, "obl"},         // 4
			{",", "PUNCT", ",", 0, "punct"},         // 5
			{"he", "PRON", "PRP", 7, "nsubj"},       // 6
			{"paused", "VERB", "VBD", 0, "advcl"},   // 7
			{".", "PUNCT", ".", 0, "punct"},         // 8
		}
	}
	const first = 3
	toks := handTokens(words(), first)
	participleRoots(toks[first:], first)
	if tk := toks[first+7]; tk.Head != -1 || tk.Rel != "root" {
		t.Errorf("paused: head %d %s, want root", tk.Head, tk.Rel)
	}
	if tk := toks[first]; tk.Head != first+7 || tk.Rel != "advcl" {
		t.Errorf("Pressed: head %d %s, want 7 advcl", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+8]; tk.Head != first+7 {
		t.Errorf("full stop: head %d, want 7", tk.Head-first)
	}
	if tk := toks[first+2]; tk.Head != first {
		t.Errorf("Tom: head %d, want 0", tk.Head-first)
	}
	ws := words()
	ws[5] = w{"and", "CCONJ", "CC", 7, "cc"}
	toks = handTokens(ws, first)
	participleRoots(toks[first:], first)
	if tk := toks[first]; tk.Head != -1 {
		t.Errorf("with no comma before the subject: Pressed made %s of %d", tk.Rel, tk.Head-first)
	}
}
