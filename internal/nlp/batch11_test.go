package nlp

import "testing"

// TestBatch11Names: a person the story takes up by the given name alone
// ("Wiroj said" after "Maj Gen Wiroj Kanchanapong") is that person, as a
// surname alone is; and a source "familiar with" something whose verb the
// parser read as a clause of the adjective ("A union official familiar
// with the strategy told DW…") or the adjective as the verb's subject is
// the subject of that verb, the adjective its modifier; and a word read
// as a noun with a modal and a subject of its own is a verb ("How much
// would the demands cost?"); a name set off after a title is its
// apposition, wherever the parser hung the name's first word; and "a
// senior U.S. official told reporters" has an official who told.
func TestBatch11Names(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The spokesman, Maj Gen Wiroj Kanchanapong, said the team had brought maps. \"We are not here to argue,\" Wiroj said.")
	found := false
	for _, e := range a.Entities {
		if e.Type == PERSON && a.Span(e.First, e.Last) == "Wiroj" {
			found = true
		}
	}
	if !found {
		t.Errorf("no PERSON entity for the given name alone: %+v", a.Entities)
	}
	for _, text := range []string{
		"A union official familiar with the strategy told DW that the union would call for arbitration.",
		"A union official familiar with the negotiating strategy told DW on condition of anonymity that the union would strike.",
	} {
		a := an.Analyze(text)
		official, told := -1, -1
		for i, tok := range a.Tokens {
			switch tok.Text {
			case "official":
				official = i
			case "told":
				told = i
			}
		}
		if official < 0 || told < 0 {
			t.Fatalf("%q: tokens missing", text)
		}
		if a.Tokens[official].Head != told || a.Tokens[official].Rel != "nsubj" {
			t.Errorf("%q: official hangs from %d as %s, want the subject of told (%d)", text, a.Tokens[official].Head, a.Tokens[official].Rel, told)
		}
		if a.Tokens[told].Head != -1 {
			t.Errorf("%q: told is not the root (head %d)", text, a.Tokens[told].Head)
		}
	}
	// A noun with a modal and a subject is a verb; a predicate noun
	// with its copula is not.
	for _, tt := range []struct {
		text, word, upos string
	}{
		{"How much would the demands cost per year?", "cost", "VERB"},
		{"It would be a shame to lose the deal.", "shame", "NOUN"},
	} {
		a := an.Analyze(tt.text)
		for _, tok := range a.Tokens {
			if tok.Text == tt.word && tok.UPOS != tt.upos {
				t.Errorf("%q: %s is %s, want %s", tt.text, tt.word, tok.UPOS, tt.upos)
			}
		}
	}
	// A name set off after a title, its first word hung apart from its
	// head, is the title's apposition; and an official the tagger read
	// as an adjective before "told" is the verb's subject.
	a = an.Analyze("\"We did not come to reopen a lawsuit,\" said Bolivia's Vice Minister of Foreign Affairs, Rubén Quispe Mamani, as he left the session.")
	for _, tok := range a.Tokens {
		if tok.Text == "Mamani" && tok.Rel != "appos" {
			t.Errorf("Mamani is %s of %d, want the title's apposition", tok.Rel, tok.Head)
		}
	}
	a = an.Analyze("\"We have moved to a discussion about the numbers,\" a senior U.S. official told reporters, speaking on condition of anonymity.")
	for i, tok := range a.Tokens {
		if tok.Text == "official" && (tok.UPOS != "NOUN" || a.Tokens[i+1].Text != "told" || a.Tokens[i].Head != i+1) {
			t.Errorf("official is %s hanging from %d, want the noun subject of told", tok.UPOS, tok.Head)
		}
	}
}
