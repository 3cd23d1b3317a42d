package nlp

import "testing"

// TestOpenWordsReadAsFunctionWords: a lower-case word the tagger does not
// know is no preposition or determiner when it is no function word of
// English ("The talks overran their deadline"), while function words,
// the informal "cause" among them, keep their closed classes.
func TestOpenWordsReadAsFunctionWords(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word string
		open       bool
	}{
		{"Two weeks of acrimonious talks that overran their deadline by 38 hours ended on Sunday.", "overran", true},
		{"The talks overran their deadline.", "overran", true},
		{"I gave up on the talks, cause I knew the deal was dead.", "cause", false},
		{"Talks resumed on Monday, but the deal was not close.", "but", false},
		{"The unions said that the offer was too low.", "that", false},
	} {
		tok := analyzedToken(t, an, tt.text, tt.word)
		if open := !closedTag(tok.XPOS); open != tt.open {
			t.Errorf("%q in %q: %s/%s, want an open class %v", tt.word, tt.text, tok.UPOS, tok.XPOS, tt.open)
		}
	}
}

// analyzedToken analyses text and returns the first token written word,
// failing the test where there is none.
func analyzedToken(t *testing.T, an *Analyzer, text, word string) Token {
	t.Helper()
	for _, tok := range an.Analyze(text).Tokens {
		if tok.Text == word {
			return tok
		}
	}
	t.Fatalf("no %q in %q", word, text)
	return Token{}
}

// TestPrefixedIrregular: a prefixed irregular verb form the lexicon does
// not hold is lemmatised through the form after the prefix ("overran" →
// "overrun"); a regular one keeps the rules' lemma, and "re" is no such
// prefix ("resent" is a verb of its own).
func TestPrefixedIrregular(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	l := an.Lemmatizer()
	for _, c := range []struct{ form, want string }{
		{"overran", "overrun"},
		{"outsold", "outsell"},
		{"mistook", "mistake"},
		{"overstated", "overstate"},
		{"resent", "resent"},
	} {
		if got := l.Lemma(c.form, "VERB"); got != c.want {
			t.Errorf("Lemma(%q, VERB) = %q, want %q", c.form, got, c.want)
		}
	}
}

// TestPastsBeforeObjects: a participle with no auxiliary that takes an
// object pronoun is the past tense ("…because the talks are confidential
// told me…"); after "had" it stays a participle.
func TestPastsBeforeObjects(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word, xpos string
	}{
		{"A senior league executive who asked not to be named because the talks are confidential told me the window was too short.", "told", "VBD"},
		{"The minister had told me the window was too short.", "told", "VBN"},
		{"The minister had already told him the window was too short.", "told", "VBN"},
	} {
		if tok := analyzedToken(t, an, tt.text, tt.word); tok.XPOS != tt.xpos {
			t.Errorf("%q in %q: %s, want %s", tt.word, tt.text, tok.XPOS, tt.xpos)
		}
	}
}

// TestEmployersBeforeTitles: a one-word name before a title and a
// person's name, or between "the" and a title, is whom the person works
// for, an organisation; not the surname of a person named in full.
func TestEmployersBeforeTitles(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word, typ string
	}{
		{"Talks resumed on Monday. Kystfly carried 2.1 million passengers last year. Siv Rønning, no relation to the Kystfly chief, said the deal risked a monopoly.", "Kystfly", ORG},
		{"Barack Obama spoke on Monday. Obama spokesman Josh Earnest said the deal was close.", "Obama", PERSON},
	} {
		checkTyped(t, an.Analyze(tt.text), tt.text, tt.word, tt.typ)
	}
}
