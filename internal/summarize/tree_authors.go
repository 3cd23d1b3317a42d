package summarize

// The story's writers, as a line at its top names them: people who
// report what others say, not sources of their own.

import (
	"slices"

	"github.com/parley-bot/parley/internal/nlp"
)

// author reports whether full name n is one of the story's writers: a
// person named after "by" near the start of one of the story's first
// sentences that holds no quotation ("By Ana Ruiz", "Live updates by
// Geneviève Tremblay-Rao and Marcus Oyelaran in Montreal", "Live updates
// by Tharini Selvanayagam in Colombo and Karthik Ramanathan in
// Rameswaram", "Reporting by Ana Ruiz; editing by Tom Lee").
func (t *tree) author(n string) bool {
	if !t.authorsRead {
		t.authorsRead = true
		t.authors = t.readAuthors()
	}
	return n != "" && slices.Contains(t.authors, n)
}

// readAuthors returns the full names of the people author reads as the
// story's writers.
func (t *tree) readAuthors() []string {
	a := t.a
	var out []string
	for s := 0; s < len(a.Sentences) && s < 8; s++ {
		sent := a.Sentences[s]
		by := -1
		for k := sent.First; k < sent.Last && k < sent.First+4; k++ {
			if nlp.EqualFoldLower(a.Tokens[k].Text, "by") {
				by = k
				break
			}
		}
		if by < 0 || slices.ContainsFunc(t.quoted[sent.First:sent.Last], func(q bool) bool { return q }) {
			continue
		}
		// The people named one after another from there, joined by
		// "and", "&" or a comma; and after them no more than a few words
		// and no verb ("in Montreal"): "Led by Foreign Minister Ana
		// Ruiz, the delegation arrived…" names a leader, not a writer.
		var names []string
		k := by + 1
		for k < sent.Last {
			e := t.entityAt(k)
			if e < 0 || a.Entities[e].Type != nlp.PERSON || a.Entities[e].First != k {
				break
			}
			names = append(names, t.entityFullName(e))
			k = a.Entities[e].Last
			if k+1 < sent.Last && (nlp.EqualFoldLower(a.Tokens[k].Text, "in") || nlp.EqualFoldLower(a.Tokens[k].Text, "from")) {
				// "Tharini Selvanayagam in Colombo and Karthik
				// Ramanathan in Rameswaram": where each writes from.
				if p := t.entityAt(k + 1); p >= 0 && a.Entities[p].First == k+1 && (a.Entities[p].Type == nlp.GPE || a.Entities[p].Type == nlp.LOC) {
					k = a.Entities[p].Last
				}
			}
			if k+1 < sent.Last && nlp.EqualFoldLower(a.Tokens[k].Text, "at") {
				// "Sara Conti at the factory gate in Terni": the spot
				// each writes from, up to the next writer or the end.
				k = t.placeAfterWriter(k, sent.Last)
			}
			if k < sent.Last && (a.Tokens[k].Text == "and" || a.Tokens[k].Text == "&" || a.Tokens[k].Text == ",") {
				k++
				continue
			}
			break
		}
		if len(names) == 0 || sent.Last-k > 5 || slices.ContainsFunc(a.Tokens[k:sent.Last], func(tok nlp.Token) bool { return tok.UPOS == "VERB" || tok.UPOS == "AUX" }) {
			continue
		}
		out = append(out, names...)
	}
	return out
}

// placeAfterWriter returns, for "at" at token k after a writer's name in
// a byline ending at token end, the token after the place it opens ("at
// the factory gate in Terni"): the next "and", "&" or comma, or the
// sentence's closing mark, when the words up to it hold no verb and are
// no more than six; else k, the byline read no further.
func (t *tree) placeAfterWriter(k, end int) int {
	a := t.a
	for j := k + 1; j < end && j <= k+7; j++ {
		switch tok := &a.Tokens[j]; {
		case tok.Text == "and" || tok.Text == "&" || tok.Text == ",":
			return j
		case tok.UPOS == "VERB" || tok.UPOS == "AUX":
			return k
		case j == end-1 && tok.UPOS == "PUNCT":
			return j
		}
	}
	return k
}
