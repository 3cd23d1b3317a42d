package extract

import (
	"unicode"
	"unicode/utf8"
)

// shingleSize is the number of consecutive tokens in one shingle.
const shingleSize = 4

// PageScore is the score of one page, as score.py computes it.
type PageScore struct {
	// Precision is matched/predicted shingles; HasPrecision is false when
	// the prediction has no shingles (the page is left out of the mean).
	Precision    float64
	HasPrecision bool
	// Recall is matched/true shingles; HasRecall is false when the truth
	// has no shingles.
	Recall    float64
	HasRecall bool
	// Exact reports whether the token sequences are identical.
	Exact bool
}

// F1 is the page's own F1 (0 when precision and recall are both 0 or unknown).
func (s PageScore) F1() float64 {
	if s.Precision+s.Recall == 0 {
		return 0
	}
	return 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
}

// isWord reports whether r is a word character in the sense of Python's
// regular expression \w on str patterns: a letter, a number or '_'.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// tokens returns the maximal runs of word characters of s, like
// re.findall(r"\w+", s).
func tokens(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWord(r) && !(r == utf8.RuneError && size == 1) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles counts the overlapping shingleSize-token windows of toks as a
// multiset; 1 to shingleSize-1 tokens give one shingle of all of them.
func shingles(toks []string) map[string]int {
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < shingleSize {
		m[joinKey(toks)]++
		return m
	}
	for i := 0; i+shingleSize <= len(toks); i++ {
		m[joinKey(toks[i:i+shingleSize])]++
	}
	return m
}

// joinKey joins tokens with a separator that cannot occur inside a token.
func joinKey(toks []string) string {
	n := len(toks)
	for _, t := range toks {
		n += len(t)
	}
	b := make([]byte, 0, n)
	for i, t := range toks {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, t...)
	}
	return string(b)
}

// ScorePage scores one predicted text against the true text.
func ScorePage(truth, pred string) PageScore {
	tt, pt := tokens(truth), tokens(pred)
	ts, ps := shingles(tt), shingles(pt)
	matched, nPred, nTrue := 0, 0, 0
	for k, c := range ps {
		nPred += c
		matched += min(c, ts[k])
	}
	for _, c := range ts {
		nTrue += c
	}
	var s PageScore
	if nPred > 0 {
		s.Precision, s.HasPrecision = float64(matched)/float64(nPred), true
	}
	if nTrue > 0 {
		s.Recall, s.HasRecall = float64(matched)/float64(nTrue), true
	}
	s.Exact = equalTokens(tt, pt)
	return s
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Scores are corpus-level metrics: precision averaged over pages with a
// non-empty prediction, recall over pages with a non-empty truth, F1 of the
// two means, accuracy the share of exact pages.
type Scores struct {
	F1, Precision, Recall, Accuracy float64
	// EmptyPred counts pages whose prediction had no tokens.
	EmptyPred int
}

// Aggregate combines page scores as score.py does.
func Aggregate(pages []PageScore) Scores {
	var s Scores
	var sp, sr float64
	var np, nr, exact int
	for _, p := range pages {
		if p.HasPrecision {
			sp += p.Precision
			np++
		} else {
			s.EmptyPred++
		}
		if p.HasRecall {
			sr += p.Recall
			nr++
		}
		if p.Exact {
			exact++
		}
	}
	if np > 0 {
		s.Precision = sp / float64(np)
	}
	if nr > 0 {
		s.Recall = sr / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if len(pages) > 0 {
		s.Accuracy = float64(exact) / float64(len(pages))
	}
	return s
}
