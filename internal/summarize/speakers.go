package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// quoteCue is where the tree says a quotation comes from.
type quoteCue struct {
	cue     int // the cue token, or -1
	src     int // the source token, or -1
	cueText string
}

// attributeQuotes gives every quotation its speaker from the dependency
// tree: the subject of the cue verb whose clause holds the quotation (or
// that hangs from it: "…,” he said), the object of "according to", or, for
// a quotation with no cue, the speaker carried over from the quotation
// before it in the same or the previous paragraph, as reporters write.
// Pronouns and descriptions resolve through coreference to the fullest
// name of their cluster.
func (d *doc) attributeQuotes(t *tree) {
	d.attrs = make([]attribution, len(d.quotes))
	lastSpeaker, lastPara := "", -10
	for qi := range d.quotes {
		q := &d.quotes[qi]
		at := attribution{ent: -1, partial: q.partial, drop: q.drop}
		if at.drop || len(q.segs) == 0 {
			d.attrs[qi] = at
			continue
		}
		para := d.sents[d.sentOf(q.open)].Para
		c := t.quoteCue(q)
		name, ok := "", false
		if c.src >= 0 {
			name, ok = t.speakerOf(c.src)
			at.cue, at.how = c.cueText, "tree"
			if !ok && lastSpeaker != "" && lastPara >= para-1 {
				// An unresolved "he said": the running speaker.
				name, ok = lastSpeaker, true
			}
		}
		switch {
		case ok && name != "":
			at.speaker = name
		case c.cue >= 0:
			// A cue without a source we can name: leave the speaker blank.
		case at.partial:
			// A fragment with no cue: the words of the clause's subject
			// when it is a named actor, else scare quotes.
			if s := t.fragmentSubject(q); s != "" {
				at.speaker, at.how = s, "subject"
			} else {
				at.drop = true
			}
		case lastSpeaker != "" && lastPara >= para-1:
			at.speaker, at.how = lastSpeaker, "float"
		default:
			at.how = "none"
		}
		if at.partial && at.speaker == "" {
			at.drop = true
		}
		if at.speaker != "" && !at.partial {
			lastSpeaker, lastPara = at.speaker, para
		}
		d.attrs[qi] = at
	}
}

// quoteCue finds the cue of a quotation: among the unquoted tokens of the
// sentences the quotation touches (and a short sentence right after it,
// "…” he said.", or a sentence before it that ends in a colon), the cue
// verb linked to the quotation in the tree, else the nearest cue.
func (t *tree) quoteCue(q *quoteSpan) quoteCue {
	a := t.a
	best := quoteCue{cue: -1, src: -1}
	if len(a.Tokens) == 0 {
		return best
	}
	qs, qe := q.segs[0].start, q.segs[len(q.segs)-1].end
	first := t.tokenAt(qs)
	last := t.tokenAt(qe) // first token after the quoted words
	if first >= len(a.Tokens) {
		return best
	}
	s0 := a.Tokens[first].Sent
	s1 := s0
	if last > 0 {
		s1 = a.Tokens[min(last, len(a.Tokens))-1].Sent
	}
	lo, hi := a.Sentences[s0].First, a.Sentences[s1].Last
	// "…,” he said. split off as a sentence of its own.
	if s1+1 < len(a.Sentences) && hi-last <= 2 {
		nx := a.Sentences[s1+1]
		if nx.Last-nx.First <= 8 && !t.quoted[nx.First] {
			hi = nx.Last
		}
	}
	// "X said:" in the sentence before.
	if s0 > 0 && first-lo <= 1 {
		pv := a.Sentences[s0-1]
		if pv.Last > pv.First && a.Tokens[pv.Last-1].Text == ":" {
			lo = pv.First
		}
	}
	bestScore := 1 << 30
	for i := lo; i < hi; i++ {
		if t.quoted[i] {
			continue
		}
		var src int
		var cue string
		switch {
		case t.isCue(i):
			src, cue = t.subjectOf(i), cueText(t, i)
		case strings.EqualFold(a.Tokens[i].Text, "according") && i+1 < hi && strings.EqualFold(a.Tokens[i+1].Text, "to"):
			src, cue = a.Tokens[i].Head, "according to"
		default:
			continue
		}
		// Distance to the quotation, in tokens, with no other quotation in
		// between; a cue linked to the quotation in the tree comes first.
		dist := 0
		switch {
		case i < first:
			dist = first - i
			for j := i + 1; j < first; j++ {
				if t.quoted[j] {
					dist += 50
					break
				}
			}
		default:
			dist = i - last + 1
			for j := last; j < i; j++ {
				if t.quoted[j] {
					dist += 50
					break
				}
			}
		}
		if t.linked(i, first, last) {
			dist -= 1000
		}
		if src < 0 {
			dist += 500
		}
		if dist < bestScore {
			bestScore = dist
			best = quoteCue{cue: i, src: src, cueText: cue}
		}
	}
	return best
}

// linked reports whether cue i governs a quoted token of [first, last) or
// hangs from one (the parenthetical "…,” he said).
func (t *tree) linked(i, first, last int) bool {
	a := t.a
	if h := a.Tokens[i].Head; h >= first && h < last {
		return true
	}
	// Some quoted token has i as an ancestor within a few steps.
	for j := first; j < last && j < first+40; j++ {
		h := a.Tokens[j].Head
		for steps := 0; h >= 0 && steps < 6; steps++ {
			if h == i {
				return true
			}
			if h < first || h >= last {
				// Left the quotation: one more step is allowed (a clause
				// head outside the marks).
				if a.Tokens[h].Head == i {
					return true
				}
				break
			}
			h = a.Tokens[h].Head
		}
	}
	return false
}

// fragmentSubject names the subject of the clause that holds a quoted
// fragment, when it is a named actor ("she made it clear she has
// “serious concerns”"); "" otherwise.
func (t *tree) fragmentSubject(q *quoteSpan) string {
	a := t.a
	i := t.tokenAt(q.segs[0].start)
	if i >= len(a.Tokens) {
		return ""
	}
	for h, steps := a.Tokens[i].Head, 0; h >= 0 && steps < 8; steps++ {
		if !t.quoted[h] && (a.Tokens[h].UPOS == "VERB" || a.Tokens[h].UPOS == "ADJ" || a.Tokens[h].UPOS == "AUX") {
			if s := t.child(h, "nsubj"); s >= 0 {
				m := a.Tokens[s].Mention
				named := a.Tokens[s].NER != "O" && a.Tokens[s].NER != ""
				if m >= 0 && m < len(a.Mentions) {
					if c := a.Mentions[m].Cluster; c >= 0 && a.Clusters[c].Type == nlp.PERSON {
						named = true
					}
				}
				if named {
					name, _ := t.speakerOf(s)
					return name
				}
				return ""
			}
		}
		h = a.Tokens[h].Head
	}
	return ""
}
