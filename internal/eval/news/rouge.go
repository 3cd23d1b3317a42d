package news

import (
	"strings"

	"github.com/parley-bot/parley/internal/summarize/stem"
)

// Scores are ROUGE F1 scores, in [0,1].
type Scores struct {
	R1, R2, RL, RLsum float64
}

// rougeTokens lower-cases s, keeps runs of [a-z0-9] and stems the tokens of
// more than three letters with Porter's stemmer, as Google's rouge_score does.
func rougeTokens(s string) []string {
	s = strings.ToLower(s)
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		if alnum && start < 0 {
			start = i
		}
		if !alnum && start >= 0 {
			w := s[start:i]
			if len(w) > 3 {
				w = stem.Porter(w)
			}
			out = append(out, w)
			start = -1
		}
	}
	return out
}

// Rouge scores candidate sentences against reference sentences.
func Rouge(candidate, reference []string) Scores {
	var cAll, rAll []string
	var cSents, rSents [][]string
	for _, s := range candidate {
		t := rougeTokens(s)
		cAll = append(cAll, t...)
		cSents = append(cSents, t)
	}
	for _, s := range reference {
		t := rougeTokens(s)
		rAll = append(rAll, t...)
		rSents = append(rSents, t)
	}
	return Scores{
		R1:    ngramF(cAll, rAll, 1),
		R2:    ngramF(cAll, rAll, 2),
		RL:    lcsF(cAll, rAll),
		RLsum: lsumF(cSents, rSents),
	}
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ngramF(c, r []string, n int) float64 {
	cn, rn := ngrams(c, n), ngrams(r, n)
	total := func(m map[string]int) int {
		t := 0
		for _, v := range m {
			t += v
		}
		return t
	}
	ct, rt := total(cn), total(rn)
	if ct == 0 || rt == 0 {
		return 0
	}
	overlap := 0
	for g, k := range cn {
		overlap += min(k, rn[g])
	}
	return f1(float64(overlap)/float64(ct), float64(overlap)/float64(rt))
}

func ngrams(t []string, n int) map[string]int {
	m := map[string]int{}
	for i := 0; i+n <= len(t); i++ {
		m[strings.Join(t[i:i+n], " ")]++
	}
	return m
}

func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				t[i][j] = t[i-1][j-1] + 1
			} else {
				t[i][j] = max(t[i-1][j], t[i][j-1])
			}
		}
	}
	return t
}

func lcsF(c, r []string) float64 {
	if len(c) == 0 || len(r) == 0 {
		return 0
	}
	l := lcsTable(r, c)[len(r)][len(c)]
	return f1(float64(l)/float64(len(c)), float64(l)/float64(len(r)))
}

// lsumF is summary-level ROUGE-L (union LCS over sentences), as
// rouge_score's "rougeLsum".
func lsumF(cs, rs [][]string) float64 {
	m, n := 0, 0
	rc, cc := map[string]int{}, map[string]int{}
	for _, s := range rs {
		m += len(s)
		for _, t := range s {
			rc[t]++
		}
	}
	for _, s := range cs {
		n += len(s)
		for _, t := range s {
			cc[t]++
		}
	}
	if m == 0 || n == 0 {
		return 0
	}
	hits := 0
	for _, r := range rs {
		for _, t := range unionLCS(r, cs) {
			if cc[t] > 0 && rc[t] > 0 {
				hits++
				cc[t]--
				rc[t]--
			}
		}
	}
	return f1(float64(hits)/float64(n), float64(hits)/float64(m))
}

// unionLCS returns the tokens of ref that are in the LCS of ref with any
// candidate sentence, in ref order.
func unionLCS(ref []string, cands [][]string) []string {
	in := make([]bool, len(ref))
	for _, c := range cands {
		t := lcsTable(ref, c)
		i, j := len(ref), len(c)
		for i > 0 && j > 0 {
			switch {
			case ref[i-1] == c[j-1]:
				in[i-1] = true
				i--
				j--
			case t[i-1][j] > t[i][j-1]:
				i--
			default:
				j--
			}
		}
	}
	var out []string
	for i, ok := range in {
		if ok {
			out = append(out, ref[i])
		}
	}
	return out
}
