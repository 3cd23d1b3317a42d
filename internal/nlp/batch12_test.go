package nlp

import (
	"strings"
	"testing"
)

// Tests of the twenty-seventh round's repairs: titles that carry their
// field before a name, straight closing marks, credits hung as clauses of
// a name, "quoted as saying", relative clauses with no relative word,
// subjects that a preposition opens, and countries' names as given names.
// Texts and trees are written for the purpose.

// TestNamesAfterTitleFields checks that the person named after a title
// that carries its field in capitals is found whole, and that no word of
// the field is read as a person.
func TestNamesAfterTitleFields(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, person string
		notPerson    []string
	}{
		{"\"We came with an open mind,\" Ethiopia's Minister of Water and Energy Habtamu Itefa said after the session.", "Habtamu Itefa", []string{"Water", "Energy Habtamu Itefa"}},
		{"According to Deputy Director of the Nile Basin Initiative Sylvester Matemu, the data-sharing mechanism is nearly agreed.", "Sylvester Matemu", []string{"Director", "Basin Initiative Sylvester Matemu"}},
		{"Next week, experts will meet in Addis Ababa, Head of the Technical Committee Gedion Asfaw said.", "Gedion Asfaw", nil},
		{"\"The ceasefire holds,\" UN Special Envoy for Syria Geir Pedersen said.", "Geir Pedersen", []string{"Syria Geir Pedersen"}},
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		persons := map[string]bool{}
		for _, e := range a.Entities {
			if e.Type == PERSON {
				persons[e.Text] = true
			}
		}
		if !persons[tt.person] {
			t.Errorf("%q: no person %q (persons %v)", tt.text, tt.person, persons)
		}
		for _, n := range tt.notPerson {
			if persons[n] {
				t.Errorf("%q: %q read as a person", tt.text, n)
			}
		}
	}
}

// TestStraightClosingMarks checks that a straight double mark glued to
// the word before it and followed by a space is tagged as closing, and
// one glued to the word after it as opening.
func TestStraightClosingMarks(t *testing.T) {
	tg, _ := loadSyntax(t)
	a := Tokenize("Talks resumed on Monday.\n\n\"The tariffs must come down first,\" Minister for Foreign Affairs Penny Wong told reporters.")
	tg.Tag(a)
	var got []string
	for _, tok := range a.Tokens {
		if tok.Text == "\"" {
			got = append(got, tok.XPOS)
		}
	}
	if strings.Join(got, " ") != "`` ''" {
		t.Errorf("marks tagged %q, want [`` '']", got)
	}
}

// TestCreditClausesOfNames checks that a verb of saying the parser hung
// from the name after a quotation, as a relative clause or as a modifier
// of the noun after it, becomes the credit's verb with the name its
// subject; a verb with a relative word stays a relative clause.
func TestCreditClausesOfNames(t *testing.T) {
	type w = handWord
	base := func() []w {
		return []w{
			{"\"", "PUNCT", "``", 3, "punct"},        // 0
			{"The", "DET", "DT", 2, "det"},           // 1
			{"tariffs", "NOUN", "NNS", 3, "nsubj"},   // 2
			{"fall", "VERB", "VB", -1, "root"},       // 3
			{",", "PUNCT", ",", 6, "punct"},          // 4
			{"\"", "PUNCT", "''", 6, "punct"},        // 5
			{"Minister", "PROPN", "NNP", 3, "nsubj"}, // 6
			{"Penny", "PROPN", "NNP", 6, "flat"},     // 7
			{"Wong", "PROPN", "NNP", 6, "flat"},      // 8
			{"told", "VERB", "VBD", 6, "acl:relcl"},  // 9
			{"reporters", "NOUN", "NNS", 9, "iobj"},  // 10
		}
	}
	tests := []struct {
		name               string
		edit               func([]w)
		wantHead, wantSubj int
		wantRel            string
	}{
		{"a relative clause with no relative word", func([]w) {}, 3, 9, "parataxis"},
		{"a modifier of the noun after it", func(ws []w) {
			ws[9] = w{"told", "VERB", "VBD", 10, "amod"}
			ws[10] = w{"reporters", "NOUN", "NNS", 6, "conj"}
		}, 3, 9, "parataxis"},
		{"a present participle is no credit", func(ws []w) { ws[9].xpos = "VBG"; ws[9].rel = "acl" }, 6, 3, "acl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := tt.edit
			words := base()
			ws(words)
			const first = 3
			toks := handTokens(words, first)
			toks[first+9].Lemma = "tell"
			namesAfterQuotes(toks[first:], first)
			if tk := toks[first+9]; tk.Head != first+tt.wantHead || tk.Rel != tt.wantRel {
				t.Errorf("told: head %d %s, want %d %s", tk.Head-first, tk.Rel, tt.wantHead, tt.wantRel)
			}
			if tk := toks[first+6]; tk.Head != first+tt.wantSubj {
				t.Errorf("Minister: head %d, want %d", tk.Head-first, tt.wantSubj)
			}
		})
	}
}

// TestQuotedAsSaying checks that "as saying" hung from a verb inside what
// was said goes with the "quoted" before it.
func TestQuotedAsSaying(t *testing.T) {
	type w = handWord
	words := []w{
		{"Ruiz", "PROPN", "NNP", 2, "nsubj:pass"}, // 0
		{"was", "AUX", "VBD", 2, "aux:pass"},      // 1
		{"quoted", "VERB", "VBN", -1, "root"},     // 2
		{"as", "SCONJ", "IN", 4, "mark"},          // 3
		{"saying", "VERB", "VBG", 8, "advcl"},     // 4
		{"the", "DET", "DT", 6, "det"},            // 5
		{"deal", "NOUN", "NN", 7, "nsubj"},        // 6
		{"holds", "VERB", "VBZ", 4, "ccomp"},      // 7
		{"provided", "VERB", "VBD", 2, "advcl"},   // 8
		{"nobody", "PRON", "NN", 10, "nsubj"},     // 9
		{"objects", "VERB", "VBZ", 8, "ccomp"},    // 10
	}
	for _, lemma := range []string{"quote", "cite"} {
		const first = 2
		toks := handTokens(words, first)
		toks[first+2].Lemma, toks[first+4].Lemma = lemma, "say"
		quotedAsSaying(toks[first:], first)
		want := first + 8
		if lemma == "quote" {
			want = first + 2
		}
		if tk := toks[first+4]; tk.Head != want {
			t.Errorf("%s: saying hangs from %d, want %d", lemma, tk.Head-first, want-first)
		}
	}
}

// TestContactRelatives checks that a noun subject followed right away by
// a second subject of the same verb, with a later finite verb of no
// subject, is read as a noun with a relative clause, subject of the later
// verb; and that a second subject after a comma is left alone.
func TestContactRelatives(t *testing.T) {
	type w = handWord
	words := func() []w {
		return []w{
			{"A", "DET", "DT", 1, "det"},              // 0
			{"paper", "NOUN", "NN", 4, "nsubj"},       // 1
			{"his", "PRON", "PRP$", 3, "nmod:poss"},   // 2
			{"council", "NOUN", "NN", 4, "nsubj"},     // 3
			{"circulated", "VERB", "VBD", -1, "root"}, // 4
			{"argues", "VERB", "VBZ", 4, "obj"},       // 5
			{"that", "SCONJ", "IN", 8, "mark"},        // 6
			{"rates", "NOUN", "NNS", 8, "nsubj"},      // 7
			{"fall", "VERB", "VBP", 5, "ccomp"},       // 8
			{".", "PUNCT", ".", 4, "punct"},           // 9
		}
	}
	const first = 1
	toks := handTokens(words(), first)
	contactRelatives(toks[first:], first)
	if tk := toks[first+5]; tk.Head != -1 || tk.Rel != "root" {
		t.Errorf("argues: head %d %s, want root", tk.Head, tk.Rel)
	}
	if tk := toks[first+4]; tk.Head != first+1 || tk.Rel != "acl:relcl" {
		t.Errorf("circulated: head %d %s, want 1 acl:relcl", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+1]; tk.Head != first+5 || tk.Rel != "nsubj" {
		t.Errorf("paper: head %d %s, want 5 nsubj", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+9]; tk.Head != first+5 {
		t.Errorf("final stop: head %d, want 5", tk.Head-first)
	}
	ws := words()
	ws = append(ws[:2], append([]w{{",", "PUNCT", ",", 3, "punct"}}, ws[2:]...)...)
	for i := range ws {
		if ws[i].head >= 2 {
			ws[i].head++
		}
	}
	toks = handTokens(ws, first)
	contactRelatives(toks[first:], first)
	if tk := toks[first+5]; tk.Rel != "root" {
		t.Errorf("after a comma: circulated made %s", tk.Rel)
	}
}

// TestPrepositionalSubjects checks that a subject with a preposition of
// its own becomes an adverbial, and the noun hung from it as an object
// the verb's subject.
func TestPrepositionalSubjects(t *testing.T) {
	type w = handWord
	words := []w{
		{"over", "ADV", "RB", 1, "case"},            // 0
		{"coffee", "NOUN", "NN", 5, "nsubj"},        // 1
		{"the", "DET", "DT", 4, "det"},              // 2
		{"delegation", "NOUN", "NN", 4, "compound"}, // 3
		{"head", "NOUN", "NN", 1, "obj"},            // 4
		{"told", "VERB", "VBD", -1, "root"},         // 5
		{"me", "PRON", "PRP", 5, "iobj"},            // 6
	}
	const first = 6
	toks := handTokens(words, first)
	prepositionalSubjects(toks[first:], first)
	if tk := toks[first+1]; tk.Head != first+5 || tk.Rel != "obl" {
		t.Errorf("coffee: head %d %s, want 5 obl", tk.Head-first, tk.Rel)
	}
	if tk := toks[first+4]; tk.Head != first+5 || tk.Rel != "nsubj" {
		t.Errorf("head: head %d %s, want 5 nsubj", tk.Head-first, tk.Rel)
	}
	toks = handTokens(words, first)
	toks[first+0].Rel = "advmod"
	prepositionalSubjects(toks[first:], first)
	if tk := toks[first+1]; tk.Rel != "nsubj" {
		t.Errorf("with no preposition: coffee made %s", tk.Rel)
	}
}

// TestCountriesAsGivenNames checks that a country's name followed by a
// word that names no place is a person's name, and that a country's name
// before a place's word stays a place.
func TestCountriesAsGivenNames(t *testing.T) {
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	words := strings.Fields("Israel Katz warned ; Mexico City voted")
	x := newNERDoc(words, [][2]int{{0, len(words)}}, gaz, nil)
	spans := []nerSpan{{0, 2, "PLACE"}, {4, 6, "PLACE"}}
	countriesAsGivenNames(x, spans)
	if spans[0].typ != PERSON {
		t.Errorf("Israel Katz: %s, want PERSON", spans[0].typ)
	}
	if spans[1].typ != "PLACE" {
		t.Errorf("Mexico City: %s, want PLACE", spans[1].typ)
	}
}
