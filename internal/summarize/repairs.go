package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// Repairs made to the analysis layer's parse before the tree indexes it,
// where English grammar settles what the parser read the other way. Each
// rehangs a token (its head and relation) and nothing else.

// listenerClauses rehangs as the complement of a verb of telling the
// that-clause the parser read as a relative clause on its listener
// ("Clinton told the debate audience that she believes we must…", read
// as "the audience that she believes", as a relative clause or as a
// clause modifying the noun): after "tell", "assure",
// "inform", "remind" or "warn" and the person told, "that" opening a
// clause with a subject of its own is the complementiser, as English
// writes what was told; so is a clause with no "that" that opens with a
// subject pronoun ("told reporters she had spoken to both"). A "that"
// the clause's subject ("told the reporters that were present") stays a
// relative pronoun.
func listenerClauses(a *nlp.Analysis) {
	for c := range a.Tokens {
		tc := &a.Tokens[c]
		h := tc.Head
		if tc.Rel != "acl:relcl" && tc.Rel != "acl" || h < 0 || h+1 >= c || tc.UPOS != "VERB" && tc.UPOS != "AUX" && tc.UPOS != "ADJ" {
			continue
		}
		ht := &a.Tokens[h]
		g := ht.Head
		if g < 0 || ht.Rel != "obj" && ht.Rel != "iobj" || ht.UPOS != "NOUN" && ht.UPOS != "PROPN" && ht.UPOS != "PRON" {
			continue
		}
		if gt := &a.Tokens[g]; gt.UPOS != "VERB" || g > h || !listenerLemma(gt.Lemma) {
			continue
		}
		that := &a.Tokens[h+1]
		if nominativePronoun(that.Text) && that.Head == c && strings.HasPrefix(that.Rel, "nsubj") {
			// "She told reporters she had spoken to both": no "that",
			// but a pronoun that can only be the clause's subject.
			tc.Head, tc.Rel = g, "ccomp"
			continue
		}
		if that.UPOS == "DET" && tc.Rel == "acl" && modalChild(a, c) && subjectBetween(a, h+1, c) {
			// "He told reporters the bloc could go higher": no "that",
			// but a clause with a subject and a modal of its own, which
			// a clause modifying the listener would not have.
			tc.Head, tc.Rel = g, "ccomp"
			continue
		}
		if !nlp.EqualFoldLower(that.Text, "that") || that.Head != c || that.Rel == "nsubj" || that.Rel == "nsubj:pass" {
			continue
		}
		if !subjectBetween(a, h+2, c) {
			continue
		}
		tc.Head, tc.Rel = g, "ccomp"
		that.Rel, that.UPOS, that.XPOS = "mark", "SCONJ", "IN"
	}
}

// mediumClauses rehangs as the complement of a verb of saying the
// that-clause the parser read as a relative clause on the medium it was
// said in ("Frost said in a tweet that progress had been made", read as
// "a tweet that progress had been made", or "in a bulletin to members
// that jobs must be protected", or "in a statement that Scarvay showed
// “…”" with "that" read as the object): a clause that has a subject of its
// own after "that" cannot have "that" as its subject too, and after a verb
// of saying and the medium it was said in, "that" and a subject open what
// was said, not what the medium did; so "that" is the complementiser, and
// the clause is what was said.
func mediumClauses(a *nlp.Analysis) {
	for c := range a.Tokens {
		tc := &a.Tokens[c]
		h := tc.Head
		if tc.Rel != "acl:relcl" || h < 0 || h+2 >= c || tc.UPOS != "VERB" && tc.UPOS != "AUX" && tc.UPOS != "ADJ" && tc.UPOS != "NOUN" {
			continue
		}
		ht := &a.Tokens[h]
		g := ht.Head
		if g < 0 || g > h || ht.Rel != "obl" || ht.UPOS != "NOUN" || a.Tokens[g].UPOS != "VERB" || !cueLemma(a.Tokens[g].Lemma) {
			continue
		}
		// "that" right after the medium's phrase ("in a bulletin to
		// members that…").
		k := h + 1
		for k < c && !nlp.EqualFoldLower(a.Tokens[k].Text, "that") && a.Tokens[k].Head >= h && a.Tokens[k].Head < c {
			k++
		}
		that := &a.Tokens[k]
		if k >= c || !nlp.EqualFoldLower(that.Text, "that") || that.Head != c || (that.Rel != "nsubj" && that.Rel != "nsubj:pass" && that.Rel != "mark" && that.Rel != "obj") {
			continue
		}
		if !subjectBetween(a, k+1, c) {
			continue
		}
		tc.Head, tc.Rel = g, "ccomp"
		that.Rel, that.UPOS, that.XPOS = "mark", "SCONJ", "IN"
		// "… and that talks would go on": a second that-clause the
		// parser joined to the medium joins the first.
		for k := c + 1; k < len(a.Tokens) && a.Tokens[k].Sent == tc.Sent; k++ {
			if a.Tokens[k].Head == h && a.Tokens[k].Rel == "conj" && hasThatMark(a, k) {
				a.Tokens[k].Head = c
			}
		}
	}
}

// subjectBetween reports whether a token in [from, c) is the subject of
// clause c: then a "that" before them is no subject of c, but its
// complementiser.
func subjectBetween(a *nlp.Analysis, from, c int) bool {
	for k := from; k < c; k++ {
		if a.Tokens[k].Head == c && (a.Tokens[k].Rel == "nsubj" || a.Tokens[k].Rel == "nsubj:pass" || a.Tokens[k].Rel == "expl") {
			return true
		}
	}
	return false
}

// modalChild reports whether token c has a modal auxiliary ("could",
// "will") among its children.
func modalChild(a *nlp.Analysis, c int) bool {
	for k := a.Sentences[a.Tokens[c].Sent].First; k < c; k++ {
		if a.Tokens[k].Head == c && a.Tokens[k].Rel == "aux" && a.Tokens[k].XPOS == "MD" {
			return true
		}
	}
	return false
}

// hasThatMark reports whether token k has "that" as its marker.
func hasThatMark(a *nlp.Analysis, k int) bool {
	for j := k - 1; j >= 0 && a.Tokens[j].Sent == a.Tokens[k].Sent; j-- {
		if a.Tokens[j].Head == k && a.Tokens[j].Rel == "mark" && nlp.EqualFoldLower(a.Tokens[j].Text, "that") {
			return true
		}
	}
	return false
}

// nominativePronoun reports whether w is a personal pronoun in the
// subject's case.
func nominativePronoun(w string) bool {
	switch strings.ToLower(w) {
	case "i", "he", "she", "we", "they":
		return true
	}
	return false
}

// requestInfinitives rehangs as the complement of a verb of asking the
// infinitive the parser read as a modifier of the person asked ("Lauer
// asked the candidates to discuss their own ideas", read as "the
// candidates to discuss"): after "ask", "tell", "urge" and the like, the
// person asked (and any appositive on them) and a to-infinitive are what
// they were asked to do.
func requestInfinitives(a *nlp.Analysis) {
	for c := range a.Tokens {
		tc := &a.Tokens[c]
		h := tc.Head
		if tc.Rel != "acl" || tc.UPOS != "VERB" || h < 0 || h >= c || c == 0 {
			continue
		}
		if m := &a.Tokens[c-1]; m.Head != c || !nlp.EqualFoldLower(m.Text, "to") {
			continue
		}
		ht := &a.Tokens[h]
		if ht.Rel == "appos" && ht.Head >= 0 {
			// "asked the mediator, a retired judge, to review…"
			h = ht.Head
			ht = &a.Tokens[h]
		}
		g := ht.Head
		if g < 0 || g > h || ht.Rel != "obj" && ht.Rel != "iobj" {
			continue
		}
		if gt := &a.Tokens[g]; gt.UPOS == "VERB" && requestLemma(gt.Lemma) {
			tc.Head, tc.Rel = g, "xcomp"
		}
	}
}

// requestLemma lists the verbs of asking whose object is the person asked
// and whose to-infinitive is what they were asked to do.
func requestLemma(l string) bool {
	switch l {
	case "ask", "tell", "urge", "encourage", "invite", "order", "instruct", "advise", "warn", "direct",
		"implore", "beg", "challenge", "remind", "persuade", "convince", "press", "pressure", "push":
		return true
	}
	return false
}

// finiteConjuncts rehangs a verb in the third person present that the
// parser coordinated with a verb of another form ("He proposes doing away
// with the mandate requiring everyone to buy insurance or face a fine,
// and plans to reduce the cost", with "plans" hung from "face"): the
// conjunct agrees with the verb it shares a subject with, the nearest
// such verb above it that has a subject.
func finiteConjuncts(a *nlp.Analysis) {
	for c := range a.Tokens {
		tc := &a.Tokens[c]
		h := tc.Head
		if tc.Rel != "conj" || tc.XPOS != "VBZ" || tc.UPOS != "VERB" || h < 0 || h >= c || a.Tokens[h].XPOS == "VBZ" || a.Tokens[h].XPOS == "VBD" {
			continue
		}
		if hasChild(a, c, "nsubj", "nsubj:pass") || hasChild(a, h, "nsubj", "nsubj:pass") {
			continue
		}
		for g, steps := a.Tokens[h].Head, 0; g >= 0 && steps < 8; g, steps = a.Tokens[g].Head, steps+1 {
			if a.Tokens[g].XPOS == "VBZ" && a.Tokens[g].UPOS == "VERB" && hasChild(a, g, "nsubj", "nsubj:pass") {
				tc.Head = g
				break
			}
		}
	}
}

// thatConjuncts rehangs a second that-clause the parser coordinated with
// the verb of saying rather than with its first that-clause ("said that
// talks were advanced and that staff were working with the authorities",
// with "working" a conjunct of "said"): a conjunct that opens with "that"
// after the verb's complement is a second complement, coordinated with
// the first.
func thatConjuncts(a *nlp.Analysis) {
	for c := range a.Tokens {
		tc := &a.Tokens[c]
		h := tc.Head
		if tc.Rel != "conj" || h < 0 || h >= c || a.Tokens[h].UPOS != "VERB" {
			continue
		}
		mark := false
		for k := h + 1; k < c; k++ {
			if tk := &a.Tokens[k]; tk.Head == c && tk.Rel == "mark" && nlp.EqualFoldLower(tk.Text, "that") {
				mark = true
			}
		}
		if !mark {
			continue
		}
		for k := h + 1; k < c; k++ {
			if tk := &a.Tokens[k]; tk.Head == h && tk.Rel == "ccomp" {
				tc.Head = k
				break
			}
		}
	}
}

// cueConjuncts rehangs a verb of saying the parser coordinated with the
// clause its first verb of saying reports ("told reporters that progress
// had been made but cautioned that gaps remained", with "cautioned" a
// conjunct of "made"): a cue with no subject of its own, conjoined to the
// complement of a cue whose clause has a subject, shares that subject.
func cueConjuncts(a *nlp.Analysis) {
	for c := range a.Tokens {
		tc := &a.Tokens[c]
		h := tc.Head
		if tc.Rel != "conj" || tc.UPOS != "VERB" || !cueLemma(tc.Lemma) || h < 0 || h >= c || a.Tokens[h].Rel != "ccomp" {
			continue
		}
		g := a.Tokens[h].Head
		if g < 0 || a.Tokens[g].UPOS != "VERB" || !cueLemma(a.Tokens[g].Lemma) && !listenerLemma(a.Tokens[g].Lemma) {
			continue
		}
		if hasChild(a, c, "nsubj", "nsubj:pass") || !hasChild(a, h, "nsubj", "nsubj:pass", "expl") || !hasChild(a, g, "nsubj") {
			continue
		}
		tc.Head = g
	}
}

// hasChild reports whether token h has a dependent with one of rels.
func hasChild(a *nlp.Analysis, h int, rels ...string) bool {
	s := a.Sentences[a.Tokens[h].Sent]
	for k := s.First; k < s.Last; k++ {
		if a.Tokens[k].Head == h {
			for _, r := range rels {
				if a.Tokens[k].Rel == r {
					return true
				}
			}
		}
	}
	return false
}

// tellingParticiples rehangs a participle of telling set off by a comma
// that the parser read as an adjective on its listener ("He toured the
// docks, telling workers that their jobs were safe", read as "telling
// workers" with the that-clause on "workers"): the participle reports for
// the sentence's subject, the noun after it is its listener and the
// that-clause what it told them.
func tellingParticiples(a *nlp.Analysis) {
	for v := 1; v+1 < len(a.Tokens); v++ {
		tv := &a.Tokens[v]
		n := v + 1
		if tv.XPOS != "VBG" || tv.Rel != "amod" || tv.Head != n || a.Tokens[v-1].Text != "," || !listenerLemma(tv.Lemma) {
			continue
		}
		s := a.Sentences[tv.Sent]
		root := -1
		for k := s.First; k < s.Last; k++ {
			if a.Tokens[k].Head < 0 {
				root = k
			}
		}
		if root < 0 || root > v || a.Tokens[root].UPOS != "VERB" {
			continue
		}
		clause := -1
		for k := n + 1; k < s.Last; k++ {
			if a.Tokens[k].Head == n && a.Tokens[k].Rel == "acl:relcl" {
				clause = k
			}
		}
		if clause < 0 || !nlp.EqualFoldLower(a.Tokens[n+1].Text, "that") || a.Tokens[n+1].Head != clause {
			continue
		}
		tv.Head, tv.Rel = root, "advcl"
		a.Tokens[n].Head, a.Tokens[n].Rel = v, "iobj"
		a.Tokens[clause].Head, a.Tokens[clause].Rel = v, "ccomp"
		a.Tokens[n+1].Rel, a.Tokens[n+1].UPOS, a.Tokens[n+1].XPOS = "mark", "SCONJ", "IN"
		a.Tokens[v-1].Head = v
	}
}

// quotedParticipleCredits rebuilds "“…,” the nurses chanted outside the
// ministry", which the parser reads with the verb of saying as a
// participle on the noun ("the nurses [who were] chanted") hung from the
// quotation: right after the marks that close a quotation, a noun phrase
// and a verb of saying are the credit, the noun the verb's subject.
func quotedParticipleCredits(a *nlp.Analysis) {
	for v := 2; v < len(a.Tokens); v++ {
		vt := &a.Tokens[v]
		if vt.Rel != "acl" || vt.XPOS != "VBN" || !cueLemma(vt.Lemma) || hasChild(a, v, "obj", "ccomp", "xcomp", "aux", "aux:pass") {
			continue
		}
		n := vt.Head
		if n != v-1 || a.Tokens[n].UPOS != "NOUN" && a.Tokens[n].UPOS != "PROPN" {
			continue
		}
		// The noun's phrase opens right after a closing quotation mark:
		// the noun and the determiner and modifiers before it ("the
		// 61-year-old ferry pilot"), all hung from the noun.
		q := n - 1
		for q >= 0 && a.Tokens[q].Sent == vt.Sent && !closingMark(a.Tokens[q].Text) && under(a, q, n) {
			q--
		}
		if q < 1 || !closingMark(a.Tokens[q].Text) || a.Tokens[q].Sent != vt.Sent {
			continue
		}
		if p := a.Tokens[q-1].Text; p != "," && p != "." && p != "?" && p != "!" {
			continue
		}
		h := a.Tokens[n].Head
		if h == q {
			// Hung from the mark itself: the clause the mark closes.
			h = a.Tokens[q].Head
		}
		if h < 0 || h == v || h == n {
			continue
		}
		a.Tokens[n].Head, a.Tokens[n].Rel = v, "nsubj"
		vt.Head, vt.Rel, vt.XPOS = h, "parataxis", "VBD"
	}
}

// creditClauses mends two misreadings of a sentence that ends with its
// credit ("Nurses will walk out on Dec. 12 unless the company improves
// its offer, the union said on Tuesday, after two days of talks ended"):
// a subordinate clause between the content and the credit that the parser
// hung from the verb of saying by another relation belongs to the content
// clause before it; and a clause after the credit that a comma and
// "after", "when" or "because" open is when or why it was said, not what.
func creditClauses(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		for h := s.First; h < s.Last; h++ {
			if ht := &a.Tokens[h]; ht.UPOS != "VERB" || !clauseLemma(ht.Lemma) {
				continue
			}
			content := -1 // the cue's content clause before it
			for k := s.First; k < h; k++ {
				if a.Tokens[k].Head == h && a.Tokens[k].Rel == "ccomp" {
					content = k
				}
			}
			for k := s.First; k < s.Last; k++ {
				tk := &a.Tokens[k]
				if tk.Head != h || tk.UPOS != "VERB" || k == content {
					continue
				}
				first := subtreeStart(a, k, s.First)
				for first < k && a.Tokens[first].UPOS == "PUNCT" && a.Tokens[first].Text != "," {
					first++
				}
				if first < k && a.Tokens[first].Text == "," {
					first++ // the comma the parse took into the clause
				}
				switch {
				case k < h && content >= 0 && content < k && tk.Rel != "ccomp" && tk.Rel != "advcl" && hasChild(a, k, "mark") && subtreeEnd(a, content, s.Last)+1 >= first:
					// "…on Dec. 12 unless the company improves its offer,
					// the union said".
					tk.Head, tk.Rel = content, "advcl"
				case k > h && tk.Rel == "ccomp" && first > s.First && a.Tokens[first-1].Text == "," && adverbialOpener(a.Tokens[first].Text):
					// "…, the union said on Tuesday, after two days of
					// talks ended without a deal".
					tk.Rel = "advcl"
				}
			}
		}
	}
}

// adverbialOpener reports whether w opens a clause of time or cause.
func adverbialOpener(w string) bool {
	switch strings.ToLower(w) {
	case "after", "before", "when", "while", "as", "since", "because", "until", "once":
		return true
	}
	return false
}

// subtreeStart returns the first token of sentence tokens (from first on)
// whose head chain reaches k: where k's phrase starts.
func subtreeStart(a *nlp.Analysis, k, first int) int {
	for i := first; i < k; i++ {
		for h, steps := a.Tokens[i].Head, 0; h >= 0 && steps < 64; h, steps = a.Tokens[h].Head, steps+1 {
			if h == k {
				return i
			}
		}
	}
	return k
}

// subtreeEnd returns the last token before last whose head chain reaches
// k: where k's phrase ends.
func subtreeEnd(a *nlp.Analysis, k, last int) int {
	for i := last - 1; i > k; i-- {
		for h, steps := a.Tokens[i].Head, 0; h >= 0 && steps < 64; h, steps = a.Tokens[h].Head, steps+1 {
			if h == k {
				return i
			}
		}
	}
	return k
}

// listenerLemma lists the verbs of telling whose object is the listener
// and whose that-clause is what they were told.
func listenerLemma(l string) bool {
	switch l {
	case "tell", "assure", "inform", "remind", "warn", "notify", "advise", "convince", "persuade":
		return true
	}
	return false
}
