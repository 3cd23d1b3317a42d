package summarize

import (
	"math"
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/summarize/stem"
)

// extraStop are left out of the word vectors that compare sentences,
// besides the English function words of stem.IsStopword: speech verbs,
// titles and contractions as the tokenizer keeps them.
var extraStop = makeSet(`said says say told according mr mrs ms one two aren't it's he's she's they're we're i'm
don't won't can't isn't wasn't there's that's`)

// sentVec is a sparse word vector of one sentence.
type sentVec struct {
	terms []int32   // term ids, sorted
	w     []float64 // weights, same order
	norm  float64
}

// keyPoints ranks the sentences and returns the n best, most important
// first, without near-duplicates. The first three (one in a short brief)
// are the best by score (centrality, position, the parties that matter);
// the rest make sure the brief says what is on the table and what comes
// next, when the article does, before filling up by score.
func (d *doc) keyPoints(n int, b *Brief) []KeyPoint {
	vecs, ok := d.sentenceVectors()
	if !ok {
		return []KeyPoint{}
	}
	ranked := d.rankSentences(vecs, b)
	var chosen []int
	// A point may rest on the sentence before it too (keyPoint): two
	// points never share a sentence.
	first := d.pointStart
	isDup := func(si int) bool {
		for _, o := range chosen {
			if o == si || first(o) <= si && si <= o || first(si) <= o && o <= si || cosine(&vecs[si], &vecs[o]) > 0.55 {
				return true
			}
		}
		return false
	}
	take := func(si int) {
		// A point that rests on a chosen sentence and the one after it
		// takes that sentence's place: it says more.
		if f := first(si); f < si {
			for k, o := range chosen {
				if o == f {
					chosen[k] = si
					return
				}
			}
		}
		if len(chosen) < n && !isDup(si) {
			chosen = append(chosen, si)
		}
	}
	// By score first: three, or in a short brief one, leaving room for
	// what is on the table and what comes next.
	byScore := min(3, n)
	if n < 5 {
		byScore = max(1, n-2)
	}
	for _, c := range ranked {
		if len(chosen) >= byScore {
			break
		}
		take(c.si)
	}
	// Facets: the clearest proposal and the clearest next step, then a
	// position if none of the chosen sentences states one.
	for _, facet := range []sentRole{roleProposal, roleNext} {
		best, bestStrength := -1, 1
		for _, c := range ranked {
			if d.role[c.si]&facet != 0 && d.strength[c.si] > bestStrength {
				best, bestStrength = c.si, d.strength[c.si]
			}
		}
		if best >= 0 {
			take(best)
		}
	}
	covered := false
	for _, si := range chosen {
		covered = covered || d.role[si]&rolePosition != 0
	}
	if !covered {
		for _, c := range ranked {
			if d.role[c.si]&rolePosition != 0 {
				take(c.si)
				break
			}
		}
	}
	for _, c := range ranked {
		if len(chosen) == n {
			break
		}
		take(c.si)
	}
	out := make([]KeyPoint, 0, len(chosen))
	for _, si := range chosen {
		// A point followed by the quotation that backs it, credited to
		// a pronoun ("Zelenskyy remains firm. “We will never…,” he
		// said."), takes the quotation too.
		if nx := si + 1; nx < len(d.sents) && d.pointStart(nx) == si && d.hasQuote(nx) && !slices.Contains(chosen, nx) {
			si = nx
		}
		out = append(out, d.keyPoint(si))
	}
	return out
}

// hasQuote reports whether sentence si holds quoted words.
func (d *doc) hasQuote(si int) bool {
	for ti := d.sentTok[si]; ti < d.sentTok[si+1]; ti++ {
		if d.inQuote[ti] {
			return true
		}
	}
	return false
}

// keyPoint is sentence si as a key point. A sentence whose speaker is only
// a pronoun ("“We will never…,” he said.") takes the sentence before it in
// its paragraph, which names who "he" is.
func (d *doc) keyPoint(si int) KeyPoint {
	if f := d.pointStart(si); f < si {
		return KeyPoint{Text: d.sents[f].Text + " " + d.sents[si].Text, Sentences: []int{f, si}}
	}
	return KeyPoint{Text: d.sents[si].Text, Sentences: []int{si}}
}

// pointStart returns the first sentence the key point of sentence si
// rests on: si, or the sentence before it when si leans on it.
func (d *doc) pointStart(si int) int {
	if si > 0 && d.sents[si-1].Para == d.sents[si].Para && d.isBody(si-1) && d.leansOnPrevious(si) {
		return si - 1
	}
	return si
}

// leansOnPrevious reports whether sentence si names no one outside its
// quotations and has a pronoun as its subject or speaker.
func (d *doc) leansOnPrevious(si int) bool {
	pronoun := false
	for ti := d.sentTok[si]; ti < d.sentTok[si+1]; ti++ {
		if d.inQuote[ti] {
			continue
		}
		if d.tokMent[ti] >= 0 {
			return false
		}
		t := &d.toks[ti]
		if g, ok := subjectPronouns[t.lower]; ok && t.word && g != 0 {
			pronoun = true
		}
	}
	return pronoun
}

type rankedSent struct {
	si    int
	score float64
}

// rankSentences scores every story sentence, best first.
func (d *doc) rankSentences(vecs []sentVec, b *Brief) []rankedSent {
	// Centroid of the article.
	// Term ids run from 0 up, so the centroid is a slice indexed by them.
	nTerms := int32(0)
	for i := range vecs {
		if k := len(vecs[i].terms); k > 0 {
			nTerms = max(nTerms, vecs[i].terms[k-1]+1)
		}
	}
	centroid := make([]float64, nTerms)
	for i := range vecs {
		for j, t := range vecs[i].terms {
			centroid[t] += vecs[i].w[j]
		}
	}
	var cnorm float64
	for _, w := range centroid {
		cnorm += w * w
	}
	cnorm = math.Sqrt(cnorm)
	partyWeight := d.partyWeights(b)
	cands := make([]rankedSent, 0, len(d.sents))
	nStory := 0
	for si := range d.sents {
		if !d.isBody(si) {
			continue // headlines, bylines, captions... are no key points
		}
		nStory++
		v := &vecs[si]
		words := d.wordCount(si)
		if words < 6 || v.norm == 0 || cnorm == 0 {
			continue
		}
		// Centrality: cosine with the centroid of the other sentences.
		var dot float64
		for j, t := range v.terms {
			dot += v.w[j] * (centroid[t] - v.w[j])
		}
		central := dot / (v.norm * cnorm)
		// Position: news puts what matters first.
		pos := 1 / (1 + float64(nStory-1)/4)
		// Negotiation: proposals, positions and next steps weigh more.
		neg := 0.0
		r := d.role[si]
		if r&roleProposal != 0 {
			neg += 0.35
		}
		if r&rolePosition != 0 {
			neg += 0.25
		}
		if r&roleNext != 0 {
			neg += 0.35
		}
		neg = math.Min(neg, 0.6)
		// The parties that matter most.
		pw := 0.0
		for ti := d.sentTok[si]; ti < d.sentTok[si+1]; ti++ {
			if mi := d.tokMent[ti]; mi >= 0 && d.mentions[mi].ent >= 0 {
				pw = math.Max(pw, partyWeight[d.mentions[mi].ent])
			}
		}
		score := central + 0.35*pos + 0.3*neg + 0.1*pw
		// Sentences that do not stand alone read badly as key points.
		if d.startsInsideQuote(si) {
			score *= 0.5
		}
		if strings.HasSuffix(d.sents[si].Text, "?") {
			score *= 0.6
		}
		if words > 55 {
			score *= 0.8
		} else if words < 9 {
			score *= 0.8
		}
		cands = append(cands, rankedSent{si, score})
	}
	slices.SortStableFunc(cands, func(a, b rankedSent) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return a.si - b.si
	})
	return cands
}

// sentenceVectors builds tf-idf vectors of every sentence over stemmed
// content words. ok is false when the article has no content words.
func (d *doc) sentenceVectors() ([]sentVec, bool) {
	// The maps are sized for a news article's vocabulary (about a third
	// of its tokens are distinct words, up to a thousand or so), so that
	// they seldom grow.
	vocab := min(len(d.toks)/3, 1024)
	ids := make(map[string]int32, vocab*3/4)
	// stems maps a lower-cased word to its term id, so that each word is
	// stemmed once, or to -1 for a word left out of the vectors.
	stems := make(map[string]int32, vocab)
	df := make([]int, 0, vocab)
	// seenIn is, per term, 1 + the last sentence that counted it in df.
	seenIn := make([]int, 0, vocab)
	// The sentences' term ids, sentence si's at all[at[si]:at[si+1]].
	all := make([]int32, 0, len(d.toks))
	at := make([]int, len(d.sents)+1)
	for si := range d.sents {
		at[si] = len(all)
		for ti := d.sentTok[si]; ti < d.sentTok[si+1]; ti++ {
			t := &d.toks[ti]
			if !t.word {
				continue
			}
			id, ok := stems[t.lower]
			if !ok {
				if stem.IsStopword(t.lower) || extraStop[t.lower] || len(t.lower) < 2 {
					id = -1
				} else {
					s := stem.Porter(t.lower)
					id, ok = ids[s]
					if !ok {
						id = int32(len(df))
						ids[s] = id
						df = append(df, 0)
						seenIn = append(seenIn, 0)
					}
				}
				stems[t.lower] = id
			}
			if id < 0 {
				continue
			}
			all = append(all, id)
			if seenIn[id] != si+1 {
				seenIn[id] = si + 1
				df[id]++
			}
		}
	}
	at[len(d.sents)] = len(all)
	if len(df) == 0 {
		return nil, false
	}
	n := float64(len(d.sents))
	vecs := make([]sentVec, len(d.sents))
	// The vectors' terms and weights share one backing array each; a
	// vector has at most as many terms as its sentence has words.
	termBuf := make([]int32, 0, len(all))
	wBuf := make([]float64, 0, len(all))
	for si := range vecs {
		terms := all[at[si]:at[si+1]]
		slices.Sort(terms)
		v := &vecs[si]
		start := len(termBuf)
		for i := 0; i < len(terms); {
			j := i
			for j < len(terms) && terms[j] == terms[i] {
				j++
			}
			w := float64(j-i) * math.Log(1+n/float64(df[terms[i]]))
			termBuf = append(termBuf, terms[i])
			wBuf = append(wBuf, w)
			v.norm += w * w
			i = j
		}
		if len(termBuf) > start {
			v.terms = termBuf[start:len(termBuf):len(termBuf)]
			v.w = wBuf[start:len(wBuf):len(wBuf)]
		}
		v.norm = math.Sqrt(v.norm)
	}
	return vecs, true
}

// cosine of two sparse vectors with sorted terms.
func cosine(a, b *sentVec) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch {
		case a.terms[i] == b.terms[j]:
			dot += a.w[i] * b.w[j]
			i++
			j++
		case a.terms[i] < b.terms[j]:
			i++
		default:
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// partyWeights gives each entity a weight in [0,1]: how central it is to
// the story, from the parties ranking.
func (d *doc) partyWeights(b *Brief) map[int]float64 {
	rank := map[string]float64{}
	for i, p := range b.Parties {
		rank[strings.ToLower(p.Name)] = 1 / (1 + float64(i)/2)
	}
	out := make(map[int]float64, len(d.ents))
	for ei := range d.ents {
		if w, ok := lowerHas(rank, d.ents[ei].name); ok {
			out[ei] = w
		} else if name := d.ents[ei].name; !strings.ContainsAny(name, " -") && d.nameFrom(name) != "" {
			// "Citizens", the party "Citizens for Clean Water" (ranked).
			out[ei] = lowerIn(rank, d.nameFrom(name))
		} else if p := d.ents[ei].party; p != "" {
			out[ei] = lowerIn(rank, p)
		}
	}
	return out
}

// wordCount counts the words of sentence si.
func (d *doc) wordCount(si int) int {
	n := 0
	for ti := d.sentTok[si]; ti < d.sentTok[si+1]; ti++ {
		if d.toks[ti].word {
			n++
		}
	}
	return n
}

// startsInsideQuote reports whether sentence si begins inside a quotation
// that opened in an earlier sentence: it does not stand on its own.
func (d *doc) startsInsideQuote(si int) bool {
	t := d.sentTok[si]
	if t >= d.sentTok[si+1] || !d.inQuote[t] {
		return false
	}
	// Inside, unless the sentence itself opens with the quotation mark.
	r := firstRune(d.sents[si].Text)
	return !isOpening(r)
}
