package nlp

import (
	"math"
	"strings"
	"testing"
)

const syntaxFixture = `# sent_id = a
# text = The union rejected the offer.
1	The	the	DET	DT	_	2	det	_	_
2	union	union	NOUN	NN	_	3	nsubj	_	_
3	rejected	reject	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	offer	offer	NOUN	NN	_	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = b
# text = Talks resumed.
1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
2	resumed	resume	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`

func readFixture(t testing.TB, s string) []TreeSentence {
	t.Helper()
	sents, err := ReadCoNLLU(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestScoreSyntax(t *testing.T) {
	gold := readFixture(t, syntaxFixture)
	tests := []struct {
		name string
		edit func(a *Analysis)
		want SyntaxScores
	}{
		{"perfect", func(*Analysis) {}, SyntaxScores{UPOS: 100, XPOS: 100, UAS: 100, LAS: 100, LASUniversal: 100, Words: 9}},
		{"one tag wrong", func(a *Analysis) { a.Tokens[1].UPOS, a.Tokens[1].XPOS = "PROPN", "NNP" },
			SyntaxScores{UPOS: 800.0 / 9, XPOS: 800.0 / 9, UAS: 100, LAS: 100, LASUniversal: 100, Words: 9}},
		{"wrong head", func(a *Analysis) { a.Tokens[0].Head = 2 },
			SyntaxScores{UPOS: 100, XPOS: 100, UAS: 800.0 / 9, LAS: 800.0 / 9, LASUniversal: 800.0 / 9, Words: 9}},
		{"subtype wrong", func(a *Analysis) { a.Tokens[1].Rel = "nsubj:pass" },
			SyntaxScores{UPOS: 100, XPOS: 100, UAS: 100, LAS: 800.0 / 9, LASUniversal: 100, Words: 9}},
		{"root wrong", func(a *Analysis) { a.Tokens[7].Head, a.Tokens[6].Head = 6, -1 },
			SyntaxScores{UPOS: 100, XPOS: 100, UAS: 700.0 / 9, LAS: 700.0 / 9, LASUniversal: 700.0 / 9, Words: 9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := FromTreebank(gold)
			for si, s := range gold {
				first := a.Sentences[si].First
				for i, w := range s.Words {
					tk := &a.Tokens[first+i]
					tk.UPOS, tk.XPOS, tk.Rel = w.UPOS, w.XPOS, w.Rel
					tk.Head = -1
					if w.Head > 0 {
						tk.Head = first + w.Head - 1
					}
				}
			}
			tc.edit(a)
			got := ScoreSyntax(gold, a)
			for _, p := range [][2]float64{{got.UPOS, tc.want.UPOS}, {got.XPOS, tc.want.XPOS}, {got.UAS, tc.want.UAS},
				{got.LAS, tc.want.LAS}, {got.LASUniversal, tc.want.LASUniversal}} {
				if math.Abs(p[0]-p[1]) > 1e-9 {
					t.Fatalf("got %+v, want %+v", got, tc.want)
				}
			}
			if got.Words != tc.want.Words {
				t.Fatalf("words %d, want %d", got.Words, tc.want.Words)
			}
		})
	}
}

func TestScoreSyntaxMismatchedSentence(t *testing.T) {
	gold := readFixture(t, syntaxFixture)
	a := FromTreebank(gold[:1])
	got := ScoreSyntax(gold, a)
	if got.Words != 9 || got.UPOS != 0 {
		t.Fatalf("got %+v", got)
	}
}
