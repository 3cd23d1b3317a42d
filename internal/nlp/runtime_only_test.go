package nlp

import "testing"

// TestGazetteerFoldAtRunTimeOnly: a name with marks that the gazetteer
// holds only without them is found by the recognizer's reading (fold) and
// not by training's (newNERDoc), so that training reproduces the model
// file; a form held as written is found by both, and an ASCII form the
// gazetteer does not hold by neither.
func TestGazetteerFoldAtRunTimeOnly(t *testing.T) {
	gaz, err := LoadStrMap(BuildStrMap(map[string]string{
		"zofia":    "F",
		"krusmann": "S",
		"brönvik":  "S",
	}))
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Zofía", "Krüsmann", "met", "Brönvik", "and", "Tallow"}
	sents := [][2]int{{0, len(words)}}
	train := newNERDoc(words, sents, gaz, nil)
	run := buildNERDoc(words, sents, gaz, nil, true, true, nil)
	for i, c := range []byte{'F', 'S'} {
		if train.gaz[i] != 0 {
			t.Errorf("training read %q on the list: %x", words[i], train.gaz[i])
		}
		if run.gaz[i]&gazBit(c, 'U') == 0 {
			t.Errorf("recognizer did not read %q as %c: %x", words[i], c, run.gaz[i])
		}
	}
	for _, x := range []*nerDoc{train, run} {
		if x.gaz[3]&gazBit('S', 'U') == 0 {
			t.Errorf("Brönvik, held as written, not found: %x", x.gaz[3])
		}
		if x.gaz[5] != 0 || x.gaz[2] != 0 {
			t.Errorf("a word off the list found: %x %x", x.gaz[2], x.gaz[5])
		}
	}
}

// TestSingleMarksAtRunTimeOnly: the words of a quotation in single marks
// the tagger read as one are a quotation's for the resolver at run time
// (singleMarks) and not in training, which reads such marks as it did
// when coref.bin was trained; words in double marks are a quotation's in
// both.
func TestSingleMarksAtRunTimeOnly(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, mk := range [][2]string{{"‘", "’"}, {"“", "”"}} {
		a := an.Analyze("Orla Penhallow spoke after the vote.\n\n" + mk[0] + "The Quillan board has heard us at last," + mk[1] + " she said.")
		flagged := func(s *crRun) bool {
			s.prepare()
			for i, tk := range a.Tokens {
				if tk.Text == "Quillan" {
					return s.flags[i]&crfQuote != 0
				}
			}
			t.Fatalf("no Quillan in %q", a.Text)
			return false
		}
		if !flagged(&crRun{a: a, singleMarks: true}) {
			t.Fatalf("%s: Quillan not read inside a quotation at run time", mk[0])
		}
		train := flagged(&crRun{a: a})
		if want := mk[0] == "“"; train != want {
			t.Errorf("%s: training reads Quillan inside a quotation: %v, want %v", mk[0], train, want)
		}
	}
}
