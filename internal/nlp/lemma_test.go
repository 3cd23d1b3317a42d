package nlp

import (
	"os"
	"testing"
)

func TestRuleLemma(t *testing.T) {
	cases := []struct{ form, upos, want string }{
		{"Talks", "NOUN", "talk"},
		{"negotiations", "NOUN", "negotiation"},
		{"parties", "NOUN", "party"},
		{"boxes", "NOUN", "box"},
		{"churches", "NOUN", "church"},
		{"crisis", "NOUN", "crisis"},
		{"stopped", "VERB", "stop"},
		{"creating", "VERB", "create"},
		{"visited", "VERB", "visit"},
		{"rejected", "VERB", "reject"},
		{"agreed", "VERB", "agree"},
		{"tried", "VERB", "try"},
		{"explained", "VERB", "explain"},
		{"reduces", "VERB", "reduce"},
		{"signs", "VERB", "sign"},
		{"approaches", "VERB", "approach"},
		{"loveliest", "ADJ", "lovely"},
		{"Russia", "PROPN", "Russia"},
		{"Unions", "PROPN", "Unions"},
		{"Quickly", "ADV", "quickly"},
		{",", "PUNCT", ","},
	}
	for _, c := range cases {
		if got := ruleLemma(c.form, c.upos); got != c.want {
			t.Errorf("ruleLemma(%q, %s) = %q, want %q", c.form, c.upos, got, c.want)
		}
	}
}

func TestAfterRules(t *testing.T) {
	cases := []struct{ form, upos, want string }{
		{"signalled", "VERB", "signal"},
		{"cancelling", "VERB", "cancel"},
		{"travelled", "VERB", "travel"},
		{"installed", "VERB", "install"},
		{"recalled", "VERB", "recall"},
		{"fulfilled", "VERB", "fulfill"},
		{"called", "VERB", "call"},
		{"filled", "VERB", "fill"},
		{"stopped", "VERB", "stop"},
	}
	for _, c := range cases {
		if got := afterRules(c.form, c.upos); got != c.want {
			t.Errorf("afterRules(%q, %s) = %q, want %q", c.form, c.upos, got, c.want)
		}
	}
}

func TestLemmatizeLexicon(t *testing.T) {
	lex := BuildStrMap(map[string]string{"went\tVERB": "go", "n't\tPART": "not", "men\tNOUN": "man"})
	m, err := LoadStrMap(lex)
	if err != nil {
		t.Fatal(err)
	}
	l := &Lemmatizer{lex: m}
	a := Tokenize("The Men went home, didn't they?")
	tags := []string{"DET", "NOUN", "VERB", "ADV", "PUNCT", "AUX", "PART", "PRON", ""}
	want := []string{"the", "man", "go", "home", ",", "did", "not", "they", "?"}
	if len(a.Tokens) != len(tags) {
		t.Fatalf("tokens: %s", tokSents(a))
	}
	for i := range a.Tokens {
		a.Tokens[i].UPOS = tags[i]
	}
	l.Lemmatize(a)
	for i, tk := range a.Tokens {
		if tk.Lemma != want[i] {
			t.Errorf("%q: lemma %q, want %q", tk.Text, tk.Lemma, want[i])
		}
	}
}

// TestLemmaScores trains the lexicon and scores it on EWT dev with gold
// tags (go test -run TestLemmaScores -v).
func TestLemmaScores(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dev := corpusOrSkip(t, "ud-english-ewt/en_ewt-ud-dev.conllu.gz")
	b, err := trainLemmatizer(TrainOptions{Corpora: corporaDir, Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseContainer(b)
	if err != nil {
		t.Fatal(err)
	}
	l, err := LoadLemmatizer(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model %d bytes; EWT dev lemma accuracy (gold UPOS) %.2f", len(b), ScoreLemmas(dev, l))
	gum := corpusOrSkip(t, "gum/gum-dev.conllu.gz")
	t.Logf("GUM dev lemma accuracy (gold UPOS) %.2f", ScoreLemmas(gum, l))
	if out := os.Getenv("LEMMA_MODEL_OUT"); out != "" {
		if err := os.WriteFile(out, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) { l.t.Log(string(p)); return len(p), nil }

func BenchmarkLemmatize(b *testing.B) {
	c, err := ReadContainer(lemmaModel)
	if err != nil {
		b.Skip("no lemma model")
	}
	l, err := LoadLemmatizer(c)
	if err != nil {
		b.Fatal(err)
	}
	a := Tokenize(articleText())
	for i := range a.Tokens {
		// a crude stand-in for the tagger
		switch w := a.Tokens[i].Text; {
		case len(w) > 3 && w[len(w)-2:] == "ed":
			a.Tokens[i].UPOS = "VERB"
		case w[0] >= 'A' && w[0] <= 'Z':
			a.Tokens[i].UPOS = "PROPN"
		default:
			a.Tokens[i].UPOS = "NOUN"
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Lemmatize(a)
	}
}
