package nlp

import "strings"

// SyntaxScores are the tagging and parsing scores of an analysis against a
// treebank, in percent of words (CoNLL 2018 style: every syntactic word
// counts, punctuation included).
type SyntaxScores struct {
	// UPOS and XPOS are tag accuracies.
	UPOS, XPOS float64
	// UAS is the share of words with the right head.
	UAS float64
	// LAS is the share with the right head and the right full relation,
	// subtype included ("nmod:poss").
	LAS float64
	// LASUniversal is the share with the right head and the right universal
	// relation (the part before ':'), as the CoNLL 2018 shared task scores.
	LASUniversal float64
	// Words is the number of gold words scored.
	Words int
}

// ScoreSyntax scores pred against gold. The analysis must hold the gold
// words: one sentence per gold sentence, with the same number of words
// (an analysis made by FromTreebank). A sentence whose word count differs
// counts all its gold words as wrong.
func ScoreSyntax(gold []TreeSentence, pred *Analysis) SyntaxScores {
	var sc SyntaxScores
	var upos, xpos, uas, las, ulas int
	for si, g := range gold {
		sc.Words += len(g.Words)
		if si >= len(pred.Sentences) {
			continue
		}
		s := pred.Sentences[si]
		if s.Last-s.First != len(g.Words) {
			continue
		}
		for i, w := range g.Words {
			t := &pred.Tokens[s.First+i]
			if t.UPOS == w.UPOS {
				upos++
			}
			if t.XPOS == w.XPOS {
				xpos++
			}
			head := 0
			if t.Head >= 0 {
				head = t.Head - s.First + 1
			}
			if head != w.Head {
				continue
			}
			uas++
			if t.Rel == w.Rel {
				las++
			}
			if universalRel(t.Rel) == universalRel(w.Rel) {
				ulas++
			}
		}
	}
	if sc.Words == 0 {
		return sc
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(sc.Words) }
	sc.UPOS, sc.XPOS, sc.UAS, sc.LAS, sc.LASUniversal = pct(upos), pct(xpos), pct(uas), pct(las), pct(ulas)
	return sc
}

func universalRel(r string) string {
	u, _, _ := strings.Cut(r, ":")
	return u
}
