package nlp

import "testing"

// TestNamesPerDiscourse checks that a sentence-initial word the rest of
// the document writes as a name is tagged as one, and that a word the
// document also writes in lower case is left to the tagger.
func TestNamesPerDiscourse(t *testing.T) {
	tg, _ := loadSyntax(t)
	tests := []struct {
		name, text, word string
		wantPROPN        bool
	}{
		{"a name seen inside a sentence", "Voters in Ohio heard from Trump on Monday. Trump says he would cut taxes.", "Trump", true},
		{"a word also written in lower case", "Voters will hear from Will Smith on Monday. Will the vote go ahead?", "Will", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Tokenize(tt.text)
			tg.Tag(a)
			last := a.Sentences[len(a.Sentences)-1]
			tok := a.Tokens[last.First]
			if tok.Text != tt.word {
				t.Fatalf("first word of the last sentence %q, want %q", tok.Text, tt.word)
			}
			if got := tok.UPOS == "PROPN"; got != tt.wantPROPN {
				t.Errorf("%q tagged %s/%s; want PROPN %v", tok.Text, tok.UPOS, tok.XPOS, tt.wantPROPN)
			}
		})
	}
}

// handWord is one word of a hand-built tree: its head is an index in the
// sentence, -1 for the root.
type handWord struct {
	text, upos, xpos string
	head             int
	rel              string
}

// handTokens builds tokens for hand-built words, the sentence starting at
// index first of the analysis (the tokens before it left empty).
func handTokens(words []handWord, first int) []Token {
	toks := make([]Token, first+len(words))
	for i, x := range words {
		h := -1
		if x.head >= 0 {
			h = first + x.head
		}
		toks[first+i] = Token{Text: x.text, UPOS: x.upos, XPOS: x.xpos, Head: h, Rel: x.rel}
	}
	return toks
}

// TestPredicateNouns checks the re-tagging of nouns the tree uses as
// verbs, on hand-built trees (so that it does not depend on the models).
func TestPredicateNouns(t *testing.T) {
	type w = handWord
	tests := []struct {
		name  string
		words []w
		at    int
		want  string // UPOS|XPOS of words[at] afterwards
	}{
		{"a plural noun with a subject and a to-clause", []w{
			{"Clinton", "PROPN", "NNP", 1, "nsubj"},
			{"plans", "NOUN", "NNS", -1, "root"},
			{"to", "PART", "TO", 3, "mark"},
			{"call", "VERB", "VB", 1, "xcomp"},
		}, 1, "VERB|VBZ"},
		{"a noun with a determiner", []w{
			{"the", "DET", "DT", 1, "det"},
			{"plans", "NOUN", "NNS", 4, "nsubj"},
			{"to", "PART", "TO", 3, "mark"},
			{"expand", "VERB", "VB", 1, "acl"},
			{"failed", "VERB", "VBD", -1, "root"},
		}, 1, "NOUN|NNS"},
		{"a predicate noun with a copula", []w{
			{"Talks", "NOUN", "NNS", 2, "nsubj"},
			{"are", "AUX", "VBP", 2, "cop"},
			{"plans", "NOUN", "NNS", -1, "root"},
			{"to", "PART", "TO", 4, "mark"},
			{"stall", "VERB", "VB", 2, "xcomp"},
		}, 2, "NOUN|NNS"},
		{"a subject after the noun", []w{
			{"plans", "NOUN", "NNS", -1, "root"},
			{"Clinton", "PROPN", "NNP", 0, "nsubj"},
			{"to", "PART", "TO", 3, "mark"},
			{"call", "VERB", "VB", 0, "xcomp"},
		}, 0, "NOUN|NNS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const first = 5 // the sentence does not start the analysis
			toks := handTokens(tt.words, first)
			predicateNouns(toks[first:], first)
			if got := toks[first+tt.at].UPOS + "|" + toks[first+tt.at].XPOS; got != tt.want {
				t.Errorf("%q: %s, want %s", tt.words[tt.at].text, got, tt.want)
			}
		})
	}
}

// TestPredicateCompounds checks the mending of "The company estimates that
// the strike will cost…" read as one noun phrase, on a hand-built tree.
func TestPredicateCompounds(t *testing.T) {
	words := []handWord{
		{"The", "DET", "DT", 2, "det"},
		{"company", "NOUN", "NN", 2, "compound"},
		{"estimates", "NOUN", "NNS", -1, "root"},
		{"that", "PRON", "WDT", 6, "mark"},
		{"the", "DET", "DT", 5, "det"},
		{"strike", "NOUN", "NN", 6, "nsubj"},
		{"costs", "VERB", "VBZ", 2, "acl:relcl"},
		{"jobs", "NOUN", "NNS", 6, "obj"},
	}
	const first = 3
	toks := handTokens(words, first)
	predicateCompounds(toks[first:], first)
	got := func(i int) string { tk := toks[first+i]; return tk.UPOS + "|" + tk.Rel }
	for i, want := range map[int]string{2: "VERB|root", 1: "NOUN|nsubj", 6: "VERB|ccomp", 3: "SCONJ|mark"} {
		if g := got(i); g != want {
			t.Errorf("%q: %s, want %s", words[i].text, g, want)
		}
	}
	if h := toks[first].Head; h != first+1 {
		t.Errorf("\"The\" hangs from %d, want the subject %d", h, first+1)
	}
	// Without the clause after "that" it stays a noun phrase.
	toks = handTokens(words, first)
	toks[first+6].Rel = "obl"
	predicateCompounds(toks[first:], first)
	if g := got(2); g != "NOUN|root" {
		t.Errorf("estimates with no clause: %s, want NOUN|root", g)
	}
}

// TestFrontedSubjects checks the mending of "With days until the
// election, Minyon Moore, a senior adviser, called…" read with the name in
// apposition to "election" and the verb with no subject, on hand-built
// trees; with a subject, or after a quotation, nothing changes.
func TestFrontedSubjects(t *testing.T) {
	type w = handWord
	words := []handWord{
		w{"With", "ADP", "IN", 1, "case"},       // 0
		w{"days", "NOUN", "NNS", 11, "obl"},     // 1
		w{"until", "ADP", "IN", 4, "case"},      // 2
		w{"the", "DET", "DT", 4, "det"},         // 3
		w{"election", "NOUN", "NN", 1, "nmod"},  // 4
		w{",", "PUNCT", ",", 6, "punct"},        // 5
		w{"Minyon", "PROPN", "NNP", 4, "appos"}, // 6
		w{"Moore", "PROPN", "NNP", 6, "flat"},   // 7
		w{",", "PUNCT", ",", 9, "punct"},        // 8
		w{"adviser", "NOUN", "NN", 1, "appos"},  // 9
		w{",", "PUNCT", ",", 1, "punct"},        // 10
		w{"called", "VERB", "VBD", -1, "root"},  // 11
		w{"remarks", "NOUN", "NNS", 11, "obj"},  // 12
		w{".", "PUNCT", ".", 11, "punct"},       // 13
	}
	const first = 2
	toks := handTokens(words, first)
	frontedSubjects(toks[first:], first)
	if tk := toks[first+6]; tk.Head != first+11 || tk.Rel != "nsubj" {
		t.Errorf("Minyon: head %d %s, want %d nsubj", tk.Head, tk.Rel, first+11)
	}
	if tk := toks[first+9]; tk.Head != first+6 || tk.Rel != "appos" {
		t.Errorf("adviser: head %d %s, want %d appos", tk.Head, tk.Rel, first+6)
	}
	for name, change := range map[string]func([]Token){
		"a subject already": func(toks []Token) { toks[first+12].Rel = "nsubj" },
		"after a quotation": func(toks []Token) { toks[first+0].Text = "”" },
		"no comma before":   func(toks []Token) { toks[first+10].Text = "and" },
	} {
		toks := handTokens(words, first)
		change(toks)
		frontedSubjects(toks[first:], first)
		if tk := toks[first+6]; tk.Head != first+4 || tk.Rel != "appos" {
			t.Errorf("%s: Minyon moved to %d %s", name, tk.Head, tk.Rel)
		}
	}
}

// TestFrontedSubjectsBeforeVerb: a name set off at the end of an opening
// phrase, right before the verb and its auxiliary ("On Kadavu, the island
// where the coral came from, Mere Tawake has fished…", with the name hung
// from "came"), is the subject of a verb that has none.
func TestFrontedSubjectsBeforeVerb(t *testing.T) {
	type w = handWord
	words := []handWord{
		w{"On", "ADP", "IN", 1, "case"},          // 0
		w{"Kadavu", "PROPN", "NNP", 12, "obl"},   // 1
		w{",", "PUNCT", ",", 4, "punct"},         // 2
		w{"the", "DET", "DT", 4, "det"},          // 3
		w{"island", "NOUN", "NN", 1, "appos"},    // 4
		w{"where", "ADV", "WRB", 7, "advmod"},    // 5
		w{"coral", "NOUN", "NN", 7, "nsubj"},     // 6
		w{"came", "VERB", "VBD", 4, "acl:relcl"}, // 7
		w{"from", "ADP", "IN", 10, "case"},       // 8
		w{",", "PUNCT", ",", 10, "punct"},        // 9
		w{"Tawake", "PROPN", "NNP", 7, "obl"},    // 10
		w{"has", "AUX", "VBZ", 12, "aux"},        // 11
		w{"fished", "VERB", "VBN", -1, "root"},   // 12
		w{"the", "DET", "DT", 14, "det"},         // 13
		w{"lagoon", "NOUN", "NN", 12, "obj"},     // 14
		w{".", "PUNCT", ".", 12, "punct"},        // 15
	}
	const first = 3
	toks := handTokens(words, first)
	frontedSubjects(toks[first:], first)
	if tk := toks[first+10]; tk.Head != first+12 || tk.Rel != "nsubj" {
		t.Errorf("Tawake: head %d %s, want %d nsubj", tk.Head, tk.Rel, first+12)
	}
	for name, change := range map[string]func([]Token){
		"a subject already": func(toks []Token) { toks[first+14].Rel = "nsubj" },
		"no comma before":   func(toks []Token) { toks[first+9].Text = "and" },
		"after a quotation": func(toks []Token) { toks[first+0].Text = "”" },
		"a common noun":     func(toks []Token) { toks[first+10].UPOS = "NOUN" },
	} {
		toks := handTokens(words, first)
		change(toks)
		frontedSubjects(toks[first:], first)
		if tk := toks[first+10]; tk.Head != first+7 || tk.Rel != "obl" {
			t.Errorf("%s: Tawake moved to %d %s", name, tk.Head, tk.Rel)
		}
	}
}

// TestPostNominals: letters set off after a name hang from it, and a
// finite verb right after them with no subject takes the name.
func TestPostNominals(t *testing.T) {
	type w = handWord
	words := []handWord{
		w{"Speaking", "VERB", "VBG", 9, "advcl"}, // 0
		w{"for", "ADP", "IN", 2, "case"},         // 1
		w{"them", "PRON", "PRP", 0, "obl"},       // 2
		w{",", "PUNCT", ",", 0, "punct"},         // 3
		w{"Tom", "PROPN", "NNP", 0, "obj"},       // 4
		w{"Molomby", "PROPN", "NNP", 4, "flat"},  // 5
		w{",", "PUNCT", ",", 7, "punct"},         // 6
		w{"SC", "PROPN", "NNP", 4, "conj"},       // 7
		w{",", "PUNCT", ",", 9, "punct"},         // 8
		w{"said", "VERB", "VBD", -1, "root"},     // 9
		w{"no", "INTJ", "UH", 9, "obj"},          // 10
		w{".", "PUNCT", ".", 9, "punct"},         // 11
	}
	const first = 3
	toks := handTokens(words, first)
	postNominals(toks[first:], first)
	if tk := toks[first+7]; tk.Head != first+4 || tk.Rel != "appos" {
		t.Errorf("SC: head %d %s, want %d appos", tk.Head, tk.Rel, first+4)
	}
	if tk := toks[first+4]; tk.Head != first+9 || tk.Rel != "nsubj" {
		t.Errorf("Tom: head %d %s, want %d nsubj", tk.Head, tk.Rel, first+9)
	}
	for name, change := range map[string]func([]Token){
		"a subject already": func(toks []Token) { toks[first+10].Rel = "nsubj" },
		"no letters":        func(toks []Token) { toks[first+7].Text = "Sam" },
		"no comma after":    func(toks []Token) { toks[first+8].Text = "and" },
		"not a finite verb": func(toks []Token) { toks[first+9].XPOS = "VBG" },
	} {
		toks := handTokens(words, first)
		change(toks)
		postNominals(toks[first:], first)
		if tk := toks[first+4]; tk.Rel == "nsubj" {
			t.Errorf("%s: Tom made the subject", name)
		}
	}
}

// TestClausesAfterPrepositions: "after the company confirmed…" read with
// the noun as an oblique of the verb is a clause whose subject it is.
func TestClausesAfterPrepositions(t *testing.T) {
	type w = handWord
	words := []handWord{
		w{"Shares", "NOUN", "NNS", 1, "nsubj"},    // 0
		w{"rose", "VERB", "VBD", -1, "root"},      // 1
		w{"after", "ADP", "IN", 4, "case"},        // 2
		w{"the", "DET", "DT", 4, "det"},           // 3
		w{"company", "NOUN", "NN", 5, "obl"},      // 4
		w{"confirmed", "VERB", "VBD", 1, "ccomp"}, // 5
		w{"it", "PRON", "PRP", 5, "obj"},          // 6
		w{".", "PUNCT", ".", 1, "punct"},          // 7
	}
	const first = 4
	toks := handTokens(words, first)
	clausesAfterPrepositions(toks[first:], first)
	if tk := toks[first+4]; tk.Head != first+5 || tk.Rel != "nsubj" {
		t.Errorf("company: head %d %s, want %d nsubj", tk.Head, tk.Rel, first+5)
	}
	if tk := toks[first+2]; tk.Head != first+5 || tk.Rel != "mark" {
		t.Errorf("after: head %d %s, want %d mark", tk.Head, tk.Rel, first+5)
	}
	if tk := toks[first+5]; tk.Rel != "advcl" {
		t.Errorf("confirmed: %s, want advcl", tk.Rel)
	}
	for name, change := range map[string]func([]Token){
		"a subject already":   func(toks []Token) { toks[first+6].Rel = "nsubj" },
		"another preposition": func(toks []Token) { toks[first+2].Text = "with" },
		"not a finite verb":   func(toks []Token) { toks[first+5].XPOS = "VBN" },
		"not right before it": func(toks []Token) { toks[first+4].Rel = "obj" },
	} {
		toks := handTokens(words, first)
		change(toks)
		clausesAfterPrepositions(toks[first:], first)
		if tk := toks[first+4]; tk.Rel == "nsubj" {
			t.Errorf("%s: company made the subject", name)
		}
	}
}

// TestAccordingTo: the source of "according to" hung from a noun before
// it is an oblique of the clause's verb.
func TestAccordingTo(t *testing.T) {
	type w = handWord
	words := []handWord{
		w{"Talks", "NOUN", "NNS", 1, "nsubj"},    // 0
		w{"stalled", "VERB", "VBD", -1, "root"},  // 1
		w{"on", "ADP", "IN", 3, "case"},          // 2
		w{"Tuesday", "PROPN", "NNP", 1, "obl"},   // 3
		w{",", "PUNCT", ",", 8, "punct"},         // 4
		w{"according", "VERB", "VBG", 8, "case"}, // 5
		w{"to", "ADP", "IN", 5, "fixed"},         // 6
		w{"an", "DET", "DT", 8, "det"},           // 7
		w{"official", "NOUN", "NN", 3, "appos"},  // 8
		w{".", "PUNCT", ".", 1, "punct"},         // 9
	}
	const first = 2
	toks := handTokens(words, first)
	accordingTo(toks[first:], first)
	if tk := toks[first+8]; tk.Head != first+1 || tk.Rel != "obl" {
		t.Errorf("official: head %d %s, want %d obl", tk.Head, tk.Rel, first+1)
	}
	toks = handTokens(words, first)
	toks[first+5].Text = "thanks"
	accordingTo(toks[first:], first)
	if tk := toks[first+8]; tk.Rel != "appos" {
		t.Errorf("without 'according': official moved to %s", tk.Rel)
	}
	// A sentence whose root the tagger left a noun ("Talks" as the
	// root, "stalled" read as an adjective): the source goes to the root.
	toks = handTokens(words, first)
	toks[first+1].UPOS, toks[first+1].XPOS, toks[first+1].Head, toks[first+1].Rel = "ADJ", "JJ", first+0, "amod"
	toks[first+0].Head, toks[first+0].Rel = -1, "root"
	toks[first+3].Head = first + 0
	accordingTo(toks[first:], first)
	if tk := toks[first+8]; tk.Head != first+0 || tk.Rel != "obl" {
		t.Errorf("no verb: official: head %d %s, want %d obl", tk.Head, tk.Rel, first+0)
	}
}

// TestSaidVerbs checks that a "said" hung as an adjective of the noun
// after it, after a comma, in a sentence rooted at a name, becomes the
// sentence's verb: the name its subject, the clause after it what was
// said; and that the rule leaves a sentence with a verb at its root alone.
func TestSaidVerbs(t *testing.T) {
	type w = handWord
	// Ruben Quispe, who leads unions, said workers would strike.
	words := []w{{"Ruben", "PROPN", "NNP", -1, "root"}, {"Quispe", "PROPN", "NNP", 0, "flat"}, {",", "PUNCT", ",", 4, "punct"},
		{"who", "PRON", "WP", 4, "nsubj"}, {"leads", "VERB", "VBZ", 0, "acl:relcl"}, {"unions", "NOUN", "NNS", 4, "obj"},
		{",", "PUNCT", ",", 9, "punct"}, {"said", "VERB", "VBD", 8, "amod"}, {"workers", "NOUN", "NNS", 10, "nsubj"},
		{"would", "AUX", "MD", 10, "aux"}, {"strike", "VERB", "VB", 4, "parataxis"}, {".", "PUNCT", ".", 0, "punct"}}
	const first = 3
	toks := handTokens(words, first)
	saidVerbs(toks[first:], first)
	for _, c := range []struct {
		i, head int
		rel     string
	}{{7, -1, "root"}, {0, first + 7, "nsubj"}, {10, first + 7, "ccomp"}, {6, first + 7, "punct"}, {11, first + 7, "punct"}, {8, first + 10, "nsubj"}} {
		if tk := toks[first+c.i]; tk.Head != c.head || tk.Rel != c.rel {
			t.Errorf("%q: head %d %s, want %d %s", tk.Text, tk.Head, tk.Rel, c.head, c.rel)
		}
	}
	// The same words with a verb at the root are left alone.
	words[0].head, words[0].rel = 10, "nsubj"
	words[10].head, words[10].rel = -1, "root"
	toks = handTokens(words, first)
	saidVerbs(toks[first:], first)
	if tk := toks[first+7]; tk.Rel != "amod" {
		t.Errorf("said: %s, want amod left alone", tk.Rel)
	}
}

// TestNamesAfterNouns: a name hung by "flat" from the common noun right
// before it ("Conservation group Ocean Futures Nordic said") is that
// noun's apposition, its first word the head of the rest; "flat" inside a
// name, and a name after a name, stay as they are.
func TestNamesAfterNouns(t *testing.T) {
	type w = handWord
	words := []handWord{
		w{"Conservation", "NOUN", "NN", 1, "compound"}, // 0
		w{"group", "NOUN", "NN", 5, "nsubj"},           // 1
		w{"Ocean", "PROPN", "NNP", 1, "flat"},          // 2
		w{"Futures", "PROPN", "NNP", 1, "flat"},        // 3
		w{"Nordic", "PROPN", "NNP", 1, "flat"},         // 4
		w{"said", "VERB", "VBD", -1, "root"},           // 5
		w{"no", "INTJ", "UH", 5, "obj"},                // 6
	}
	const first = 2
	toks := handTokens(words, first)
	namesAfterNouns(toks[first:], first)
	if tk := toks[first+2]; tk.Head != first+1 || tk.Rel != "appos" {
		t.Errorf("Ocean: head %d %s, want %d appos", tk.Head, tk.Rel, first+1)
	}
	for _, k := range []int{3, 4} {
		if tk := toks[first+k]; tk.Head != first+2 || tk.Rel != "flat" {
			t.Errorf("%s: head %d %s, want %d flat", tk.Text, tk.Head, tk.Rel, first+2)
		}
	}
	// A name's own words after a name are left alone.
	toks = handTokens(words, first)
	toks[first+1].UPOS, toks[first+1].XPOS = "PROPN", "NNP"
	namesAfterNouns(toks[first:], first)
	if tk := toks[first+2]; tk.Rel != "flat" || tk.Head != first+1 {
		t.Errorf("after a name: Ocean %d %s, want flat from the name", tk.Head, tk.Rel)
	}
}

// TestSetOffSubjects: a source after "according to" read as a subject is
// the clause's oblique, and a noun phrase set off by commas after a noun,
// read as one more subject of a verb with its own subject after it, is
// that noun's apposition.
func TestSetOffSubjects(t *testing.T) {
	type w = handWord
	words := []handWord{
		w{"According", "VERB", "VBG", 2, "case"}, // 0
		w{"to", "ADP", "IN", 0, "fixed"},         // 1
		w{"Diallo", "PROPN", "NNP", 12, "nsubj"}, // 2
		w{",", "PUNCT", ",", 5, "punct"},         // 3
		w{"the", "DET", "DT", 5, "det"},          // 4
		w{"director", "NOUN", "NN", 2, "appos"},  // 5
		w{",", "PUNCT", ",", 8, "punct"},         // 6
		w{"an", "DET", "DT", 8, "det"},           // 7
		w{"alliance", "NOUN", "NN", 12, "nsubj"}, // 8
		w{",", "PUNCT", ",", 8, "punct"},         // 9
		w{"the", "DET", "DT", 11, "det"},         // 10
		w{"deal", "NOUN", "NN", 12, "nsubj"},     // 11
		w{"falls", "VERB", "VBZ", -1, "root"},    // 12
		w{"short", "ADV", "RB", 12, "advmod"},    // 13
	}
	const first = 4
	toks := handTokens(words, first)
	accordingTo(toks[first:], first)
	setOffSubjects(toks[first:], first)
	if tk := toks[first+2]; tk.Head != first+12 || tk.Rel != "obl" {
		t.Errorf("Diallo: head %d %s, want %d obl", tk.Head, tk.Rel, first+12)
	}
	if tk := toks[first+8]; tk.Head != first+5 || tk.Rel != "appos" {
		t.Errorf("alliance: head %d %s, want %d appos", tk.Head, tk.Rel, first+5)
	}
	if tk := toks[first+11]; tk.Head != first+12 || tk.Rel != "nsubj" {
		t.Errorf("deal: head %d %s, want %d nsubj", tk.Head, tk.Rel, first+12)
	}
	// One subject alone is left as it is.
	toks = handTokens(words, first)
	toks[first+11].Rel = "obj"
	setOffSubjects(toks[first:], first)
	if tk := toks[first+8]; tk.Rel != "nsubj" {
		t.Errorf("the only subject: alliance made %s", tk.Rel)
	}
}

// TestAppositionsOnCommas checks that an apposition hung from the comma
// that sets it off goes to the noun before the comma, and that one hung
// right is left as it is.
func TestAppositionsOnCommas(t *testing.T) {
	type w = handWord
	words := []w{
		{"Its", "PRON", "PRP$", 1, "nmod:poss"}, // 0
		{"chair", "NOUN", "NN", 8, "nsubj"},     // 1
		{",", "PUNCT", ",", 1, "punct"},         // 2
		{"Tevita", "PROPN", "NNP", 2, "appos"},  // 3
		{"Fifita", "PROPN", "NNP", 3, "flat"},   // 4
		{"of", "ADP", "IN", 6, "case"},          // 5
		{"Tonga", "PROPN", "NNP", 3, "nmod"},    // 6
		{",", "PUNCT", ",", 1, "punct"},         // 7
		{"said", "VERB", "VBD", -1, "root"},     // 8
	}
	const first = 3
	toks := handTokens(words, first)
	appositionsOnCommas(toks[first:], first)
	if tk := toks[first+3]; tk.Head != first+1 || tk.Rel != "appos" {
		t.Errorf("Tevita: head %d %s, want %d appos", tk.Head, tk.Rel, first+1)
	}
	if tk := toks[first+6]; tk.Head != first+3 {
		t.Errorf("Tonga moved to %d", tk.Head)
	}
	// A comma hanging from something other than a noun leaves it.
	toks = handTokens(words, first)
	toks[first+2].Head = first + 8
	appositionsOnCommas(toks[first:], first)
	if tk := toks[first+3]; tk.Head != first+2 {
		t.Errorf("comma under the verb: Tevita moved to %d", tk.Head)
	}
}

// TestPossessedVocatives checks that a noun with a possessor or a
// determiner read as a vocative becomes the subject of a verb that has
// none, and that a bare vocative or a verb with a subject stays.
func TestPossessedVocatives(t *testing.T) {
	type w = handWord
	base := func() []w {
		return []w{
			{"Its", "PRON", "PRP$", 1, "nmod:poss"},     // 0
			{"chairwoman", "NOUN", "NN", 6, "vocative"}, // 1
			{",", "PUNCT", ",", 1, "punct"},             // 2
			{"Ingrid", "PROPN", "NNP", 1, "appos"},      // 3
			{",", "PUNCT", ",", 1, "punct"},             // 4
			{"was", "AUX", "VBD", 6, "cop"},             // 5
			{"cautious", "ADJ", "JJ", -1, "root"},       // 6
		}
	}
	tests := []struct {
		name string
		edit func([]w)
		want string
	}{
		{"possessed, verb without a subject", func([]w) {}, "nsubj"},
		{"passive verb", func(ws []w) { ws[5] = w{"was", "AUX", "VBD", 6, "aux:pass"} }, "nsubj:pass"},
		{"bare vocative", func(ws []w) { ws[0].rel = "punct"; ws[0].upos = "PUNCT" }, "vocative"},
		{"verb with a subject", func(ws []w) { ws[3].head, ws[3].rel = 6, "nsubj" }, "vocative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := base()
			tt.edit(ws)
			const first = 2
			toks := handTokens(ws, first)
			possessedVocatives(toks[first:], first)
			if got := toks[first+1].Rel; got != tt.want {
				t.Errorf("chairwoman: %s, want %s", got, tt.want)
			}
		})
	}
}

// TestNamesAfterQuotes checks that a name the parser hung inside the
// quotation it credits becomes the subject of the verb of saying after
// it, and that a verb with a subject, or a name not right after the
// closing mark, is left as it is.
func TestNamesAfterQuotes(t *testing.T) {
	type w = handWord
	base := func() []w {
		return []w{
			{"\"", "PUNCT", "``", 3, "punct"},          // 0
			{"it", "PRON", "PRP", 2, "nsubj"},          // 1
			{"offers", "VERB", "VBZ", 11, "ccomp"},     // 2
			{"crumbs", "NOUN", "NNS", 2, "obj"},        // 3
			{",", "PUNCT", ",", 2, "punct"},            // 4
			{"\"", "PUNCT", "''", 2, "punct"},          // 5
			{"Hector", "PROPN", "NNP", 2, "parataxis"}, // 6
			{"Araya", "PROPN", "NNP", 6, "flat"},       // 7
			{",", "PUNCT", ",", 9, "punct"},            // 8
			{"president", "NOUN", "NN", 6, "appos"},    // 9
			{",", "PUNCT", ",", 2, "punct"},            // 10
			{"said", "VERB", "VBD", -1, "root"},        // 11
		}
	}
	tests := []struct {
		name     string
		edit     func([]w)
		wantHead int
		wantRel  string
	}{
		{"a name hung inside the quotation", func([]w) {}, 11, "nsubj"},
		{"a verb with a subject", func(ws []w) { ws[1].head = 11 }, 2, "parataxis"},
		{"no closing mark before the name", func(ws []w) { ws[5] = w{",", "PUNCT", ",", 2, "punct"} }, 2, "parataxis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := base()
			tt.edit(ws)
			const first = 5
			toks := handTokens(ws, first)
			toks[first+11].Lemma = "say"
			namesAfterQuotes(toks[first:], first)
			if tk := toks[first+6]; tk.Head != first+tt.wantHead || tk.Rel != tt.wantRel {
				t.Errorf("Hector: head %d %s, want %d %s", tk.Head-first, tk.Rel, tt.wantHead, tt.wantRel)
			}
		})
	}
}

// TestCasedSubjects checks that a second subject after "of", with the
// preposition and its determiner hung from the verb, becomes a modifier
// of the subject before it, and that a preposition other than "of",
// "from", "at" or "for" leaves the tree as it is.
func TestCasedSubjects(t *testing.T) {
	type w = handWord
	words := []w{
		{"Mathilde", "PROPN", "NNP", 6, "nsubj"},   // 0
		{"Vu", "PROPN", "NNP", 0, "flat"},          // 1
		{"of", "ADP", "IN", 6, "case"},             // 2
		{"the", "DET", "DT", 6, "det"},             // 3
		{"Refugee", "PROPN", "NNP", 5, "compound"}, // 4
		{"Council", "PROPN", "NNP", 6, "nsubj"},    // 5
		{"said", "VERB", "VBD", -1, "root"},        // 6
	}
	const first = 4
	toks := handTokens(words, first)
	casedSubjects(toks[first:], first)
	if tk := toks[first+5]; tk.Head != first+0 || tk.Rel != "nmod" {
		t.Errorf("Council: head %d %s, want %d nmod", tk.Head-first, tk.Rel, 0)
	}
	if tk := toks[first+2]; tk.Head != first+5 || tk.Rel != "case" {
		t.Errorf("of: head %d %s, want %d case", tk.Head-first, tk.Rel, 5)
	}
	if tk := toks[first+3]; tk.Head != first+5 {
		t.Errorf("the: head %d, want %d", tk.Head-first, 5)
	}
	toks = handTokens(words, first)
	toks[first+2].Text = "with"
	casedSubjects(toks[first:], first)
	if tk := toks[first+5]; tk.Rel != "nsubj" {
		t.Errorf("after \"with\": Council made %s", tk.Rel)
	}
}

// TestDoubleSubjects: a noun phrase read as two subjects of its verb, or
// with its first noun the second's subject, is one subject: the first
// noun a compound of the second, its owner the second's ("Norway's
// fisheries minister said"); two subjects that are not side by side are
// left alone.
// So is a noun read as a subject right before an owner inside the verb's
// other subject ("The Vellmar ferry pilots' guild said"): a compound of
// that noun, its determiner the subject's; set apart by a comma, it stays
// a subject.
func TestDoubleSubjects(t *testing.T) {
	type w = handWord
	// want is a token's head and relation after the repair, by index
	// within the sentence.
	type want struct {
		k, head int
		rel     string
	}
	tests := []struct {
		name  string
		words []handWord
		want  []want
	}{
		{"two subjects of one verb", []handWord{
			w{"Norway", "PROPN", "NNP", 2, "nmod:poss"},
			w{"'s", "PART", "POS", 0, "case"},
			w{"fisheries", "NOUN", "NNS", 4, "nsubj"},
			w{"minister", "NOUN", "NN", 4, "nsubj"},
			w{"said", "VERB", "VBD", -1, "root"},
		}, []want{{2, 3, "compound"}, {0, 3, "nmod:poss"}}},
		{"the first the second's subject", []handWord{
			w{"The", "DET", "DT", 2, "det"},
			w{"States", "PROPN", "NNP", 2, "nsubj"},
			w{"delegation", "NOUN", "NN", 3, "nsubj"},
			w{"said", "VERB", "VBD", -1, "root"},
		}, []want{{1, 2, "compound"}}},
		{"not side by side", []handWord{
			w{"officials", "NOUN", "NNS", 3, "nsubj"},
			w{",", "PUNCT", ",", 0, "punct"},
			w{"minister", "NOUN", "NN", 3, "nsubj"},
			w{"said", "VERB", "VBD", -1, "root"},
		}, []want{{0, 3, "nsubj"}}},
		{"owner inside the other subject", []handWord{
			w{"The", "DET", "DT", 2, "det"},
			w{"Vellmar", "PROPN", "NNP", 2, "compound"},
			w{"ferry", "NOUN", "NN", 6, "nsubj"},
			w{"pilots", "NOUN", "NNS", 5, "nmod:poss"},
			w{"'", "PART", "POS", 3, "case"},
			w{"guild", "NOUN", "NN", 6, "nsubj"},
			w{"said", "VERB", "VBD", -1, "root"},
		}, []want{{2, 3, "compound"}, {0, 5, "det"}, {5, 6, "nsubj"}}},
		{"a subject of its own", []handWord{
			w{"ferry", "NOUN", "NN", 5, "nsubj"},
			w{",", "PUNCT", ",", 0, "punct"},
			w{"pilots", "NOUN", "NNS", 4, "nmod:poss"},
			w{"'", "PART", "POS", 2, "case"},
			w{"guild", "NOUN", "NN", 5, "nsubj"},
			w{"said", "VERB", "VBD", -1, "root"},
		}, []want{{0, 5, "nsubj"}}},
	}
	const first = 3
	for _, tt := range tests {
		toks := handTokens(tt.words, first)
		doubleSubjects(toks[first:], first)
		for _, x := range tt.want {
			if tk := toks[first+x.k]; tk.Head != first+x.head || tk.Rel != x.rel {
				t.Errorf("%s: %s: head %d %s, want %d %s", tt.name, tk.Text, tk.Head-first, tk.Rel, x.head, x.rel)
			}
		}
	}
}

// TestFrontedSubjectsConjunct: a name set off after an opening phrase that
// the parser coordinated with the phrase's last noun ("In the camp outside
// Goma, Furaha Kahindo Masika, a mother of five, said…", its last word
// hung from "Goma" too) is the subject of a verb that has none; a name in
// a list ("talks with Kenya, Uganda and Tanzania") is not.
func TestFrontedSubjectsConjunct(t *testing.T) {
	type w = handWord
	words := []handWord{
		w{"In", "ADP", "IN", 2, "case"},            // 0
		w{"the", "DET", "DT", 2, "det"},            // 1
		w{"camp", "NOUN", "NN", 15, "obl"},         // 2
		w{"outside", "ADP", "IN", 4, "case"},       // 3
		w{"Goma", "PROPN", "NNP", 2, "nmod"},       // 4
		w{",", "PUNCT", ",", 7, "punct"},           // 5
		w{"Furaha", "PROPN", "NNP", 7, "compound"}, // 6
		w{"Kahindo", "PROPN", "NNP", 4, "conj"},    // 7
		w{"Masika", "PROPN", "NNP", 4, "flat"},     // 8
		w{",", "PUNCT", ",", 11, "punct"},          // 9
		w{"a", "DET", "DT", 11, "det"},             // 10
		w{"mother", "NOUN", "NN", 4, "appos"},      // 11
		w{"of", "ADP", "IN", 13, "case"},           // 12
		w{"five", "NUM", "CD", 11, "nmod"},         // 13
		w{",", "PUNCT", ",", 2, "punct"},           // 14
		w{"said", "VERB", "VBD", -1, "root"},       // 15
		w{"she", "PRON", "PRP", 17, "nsubj"},       // 16
		w{"left", "VERB", "VBD", 15, "ccomp"},      // 17
		w{".", "PUNCT", ".", 15, "punct"},          // 18
	}
	const first = 4
	toks := handTokens(words, first)
	frontedSubjects(toks[first:], first)
	if tk := toks[first+7]; tk.Head != first+15 || tk.Rel != "nsubj" {
		t.Errorf("Kahindo: head %d %s, want %d nsubj", tk.Head, tk.Rel, first+15)
	}
	if tk := toks[first+8]; tk.Head != first+7 {
		t.Errorf("Masika: head %d, want %d", tk.Head, first+7)
	}
	if tk := toks[first+11]; tk.Head != first+7 || tk.Rel != "appos" {
		t.Errorf("mother: head %d %s, want %d appos", tk.Head, tk.Rel, first+7)
	}
	for name, change := range map[string]func([]Token){
		"a word of coordination": func(toks []Token) { toks[first+5] = Token{Text: "and", UPOS: "CCONJ", Head: first + 7, Rel: "cc"} },
		"a later conjunct":       func(toks []Token) { toks[first+13].Head, toks[first+13].Rel = first+4, "conj" },
		"a subject already":      func(toks []Token) { toks[first+11].Head, toks[first+11].Rel = first+15, "nsubj" },
		"no opening phrase":      func(toks []Token) { toks[first+2].Rel = "conj" },
	} {
		toks := handTokens(words, first)
		change(toks)
		frontedSubjects(toks[first:], first)
		if tk := toks[first+7]; tk.Head != first+4 || tk.Rel != "conj" {
			t.Errorf("%s: Kahindo moved to %d %s", name, tk.Head, tk.Rel)
		}
	}
}
