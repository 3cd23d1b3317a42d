package nlp

import (
	"slices"
	"strings"
)

// Repairs of subjects followed by a relative clause or a participle
// phrase that the parser took for the sentence's verb.

// whoseRelatives mends a sentence whose subject is followed by a
// relative clause opened with "whose" and set off by commas ("Ronit
// Shaked, whose son Omer, 21, was seized from a kibbutz, said families
// were exhausted…"), which the parser read with the name as the subject
// of the relative clause's verb and that verb as the sentence's: a
// finite verb of saying right after the comma that closes the clause,
// with no subject of its own, is the sentence's verb and the name its
// subject; the relative clause is the name's, and its verb has for
// subject the noun "whose" goes with. first is the index of toks[0] in
// the analysis.
func whoseRelatives(toks []Token, first int) {
	p, setOff := -1, false
	for k := 1; k < len(toks); k++ {
		if EqualFoldLower(toks[k].Text, "whose") {
			if toks[k-1].Text == "," && k >= 2 {
				p, setOff = k, true
			} else if toks[k-1].UPOS == "NOUN" {
				// "A woman whose husband’s boat had been held for
				// seven months told me, “…”": a clause that restricts
				// the noun, with no commas.
				p = k
			}
			break
		}
	}
	if p < 0 {
		return
	}
	// The subject the clause describes: the phrase the sentence opens
	// with, a name (its first word heads it) or a noun after a
	// determiner and adjectives.
	h := p - 1
	if setOff {
		h = p - 2
	}
	switch toks[h].UPOS {
	case "PROPN":
		for h > 0 && toks[h-1].UPOS == "PROPN" {
			h--
		}
		if h > 0 {
			return
		}
	case "NOUN":
		for j := range h {
			if u := toks[j].UPOS; u != "DET" && u != "ADJ" || u == "DET" && j > 0 {
				return
			}
		}
	default:
		return
	}
	r := rootOf(toks)
	if r <= p {
		return
	}
	v := -1
	for k := r + 1; k < len(toks); k++ {
		if (toks[k-1].Text == "," || !setOff) && (sayingForm(strings.ToLower(toks[k].Text)) || sayingLemmas[toks[k].Lemma]) && finiteVerb(&toks[k]) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	for j := range toks {
		if toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") {
			return
		}
	}
	// The noun "whose" goes with: the relative clause's subject, unless
	// the verb has one of its own inside the clause.
	s := toks[p].Head - first
	if s <= p || s >= v || !underName(toks, s, h, r, first) {
		s = -1
	}
	passive := false
	for j := range toks {
		if toks[j].Head == first+r {
			if strings.HasPrefix(toks[j].Rel, "nsubj") && j > p && j < v {
				s = -1
			}
			passive = passive || toks[j].Rel == "aux:pass"
		}
	}
	for j := v + 1; j < len(toks); j++ {
		if toks[j].Head == first+r {
			toks[j].Head = first + v
		}
	}
	if s >= 0 {
		for j := p + 1; j < v-1; j++ {
			if j != s && toks[j].Head == first+h && toks[j].Rel != "punct" {
				toks[j].Head = first + s // "whose son Omer, 21": the son's name
			}
		}
		toks[s].Head, toks[s].Rel = first+r, "nsubj"
		if passive {
			toks[s].Rel = "nsubj:pass"
		}
	}
	toks[v].Head, toks[v].Rel = -1, "root"
	toks[h].Head, toks[h].Rel = first+v, "nsubj"
	toks[r].Head, toks[r].Rel = first+h, "acl:relcl"
}

// underName reports whether the head chain of token s reaches the name's
// head h before the verb r: the parser hung it from the name.
func underName(toks []Token, s, h, r, first int) bool {
	for k := 0; s >= 0 && s < len(toks) && k < 40; k++ {
		switch s {
		case h:
			return true
		case r:
			return false
		}
		s = toks[s].Head - first
	}
	return false
}

// reducedRelatives mends a sentence the parser left with a noun at its
// root and the noun's own verb of saying hung inside a participle phrase
// that describes the noun, with no commas ("A union source involved in
// the talks said that…", read as "involved in the talks [having] said"):
// a finite verb of saying with no subject, inside the participle's
// phrase, is the sentence's verb and the noun its subject; what hung from
// the verb before it goes back to the participle. first is the index of
// toks[0] in the analysis.
func reducedRelatives(toks []Token, first int) {
	root := rootOf(toks)
	if root < 0 || toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" {
		return
	}
	p := -1
	for j := root + 1; j < len(toks); j++ {
		if toks[j].Head == first+root && toks[j].Rel == "acl" && toks[j].XPOS == "VBN" {
			p = j
			break
		}
	}
	if p < 0 {
		return
	}
	v := -1
	for k := p + 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			return // an aside: setOffVerbs's
		}
		if sayingForm(strings.ToLower(toks[k].Text)) && finiteVerb(&toks[k]) && dominates(toks, p, k, first) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	for j := range toks {
		if toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "mark") {
			return
		}
	}
	for j := p + 1; j < v; j++ {
		if toks[j].Head == first+v {
			toks[j].Head = first + p
		}
	}
	toks[v].Head, toks[v].Rel = -1, "root"
	toks[root].Head, toks[root].Rel = first+v, "nsubj"
	closeOn(toks, first, root, v)
}

// subjectsBeforeRelatives mends a sentence whose verb of saying the
// parser left with no subject, the subject taken into the relative clause
// set off before it ("A member of the government delegation, who asked
// not to be identified because he was not authorized to speak, said…",
// with "member" read as the subject of "authorized"): the phrase the
// sentence opens with (and the letters after a name, "Deb Kowalczyk, RN,
// who…"), before the comma and the relative pronoun, is the
// verb's subject, and the relative clause is its. first is the index of
// toks[0] in the analysis.
func subjectsBeforeRelatives(toks []Token, first int) {
	v := rootOf(toks)
	if v < 3 || toks[v-1].Text != "," || !sayingForm(strings.ToLower(toks[v].Text)) || !finiteVerb(&toks[v]) {
		return
	}
	if hasSubject(toks, v, first) {
		return
	}
	c := firstComma(toks, 1, v)
	if c > 0 && c+3 < v && postNominalLetters[toks[c+1].Text] && toks[c+2].Text == "," {
		c += 2 // "Deb Kowalczyk, RN, who…": the letters are the name's
	}
	if c < 0 || c+1 >= v {
		return
	}
	switch strings.ToLower(toks[c+1].Text) {
	case "who", "which":
	default:
		return
	}
	// The head of the opening phrase: its one word whose head lies
	// outside it.
	h := -1
	for k := 0; k < c; k++ {
		if hd := toks[k].Head - first; hd < 0 || hd >= c {
			if h >= 0 {
				return
			}
			h = k
		}
	}
	if h < 0 || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" || toks[h].Head == first+v {
		return
	}
	r := toks[c+1].Head - first
	if r <= c+1 || r >= v {
		return
	}
	toks[h].Head, toks[h].Rel = first+v, "nsubj"
	if !dominates(toks, h, r, first) {
		toks[r].Head, toks[r].Rel = first+h, "acl:relcl"
	}
}

// contactRelatives mends a relative clause written with no relative word
// that the parser read as the sentence's main clause with two subjects
// ("A position paper | his council circulated to delegations | argues
// that…", read with "paper" and "council" both subjects of "circulated"
// and "argues" its object): where a noun subject is followed right away
// by a second subject of the same finite verb, and a finite verb after
// that verb's words has no subject of its own, the second subject's verb
// is a relative clause of the noun, and the later verb is the noun's.
// first is the index of toks[0] in the analysis.
func contactRelatives(toks []Token, first int) {
	for v := 2; v < len(toks); v++ {
		if !finiteVerb(&toks[v]) {
			continue
		}
		n, s := -1, -1
		for k := 0; k < v; k++ {
			if toks[k].Head == first+v && toks[k].Rel == "nsubj" {
				if n < 0 {
					n = k
				} else if s < 0 {
					s = k
				}
			}
		}
		if n < 0 || s < 0 || toks[n].UPOS != "NOUN" || toks[s].UPOS != "NOUN" && toks[s].UPOS != "PROPN" && toks[s].UPOS != "PRON" {
			continue
		}
		// The second subject's words start right after the noun.
		lo := s
		for k := n + 1; k < s; k++ {
			if dominates(toks, s, k, first) {
				lo = k
				break
			}
		}
		if lo != n+1 || toks[lo].UPOS == "PUNCT" || toks[lo].UPOS == "ADP" || toks[lo].UPOS == "CCONJ" {
			continue
		}
		// The later verb: a finite one the first hangs over, with no
		// subject and no subordinator of its own.
		w := -1
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head != first+v || !finiteVerb(&toks[k]) {
				continue
			}
			switch toks[k].Rel {
			case "obj", "ccomp", "parataxis", "xcomp", "advcl":
				w = k
			}
			break
		}
		if w < 0 {
			continue
		}
		own := false
		for k := range toks {
			if toks[k].Head == first+w && (strings.HasPrefix(toks[k].Rel, "nsubj") || toks[k].Rel == "mark" || toks[k].Rel == "expl") {
				own = true
				break
			}
		}
		if own {
			continue
		}
		toks[w].Head, toks[w].Rel = toks[v].Head, toks[v].Rel
		toks[v].Head, toks[v].Rel = first+n, "acl:relcl"
		toks[n].Head = first + w
		// What closes the sentence goes with its verb.
		for k := w + 1; k < len(toks); k++ {
			if toks[k].Head == first+v && toks[k].UPOS == "PUNCT" {
				toks[k].Head = first + w
			}
		}
	}
}

// relativeObjects mends a sentence whose verb the parser gave two
// subjects, the second the object of the relative clause on the first
// ("One owner who supports the deal said…", read as "One owner … | the
// deal said"): a verb has one subject, and a noun phrase that opens
// right after the verb of a relative clause with no object of its own
// is that verb's object. first is the index of toks[0] in the analysis.
func relativeObjects(toks []Token, first int) {
	for b := range toks {
		h := toks[b].Head
		if toks[b].Rel != "nsubj" || h <= first+b {
			continue // a subject after its verb, or none
		}
		a := slices.IndexFunc(toks[:b], func(x Token) bool { return x.Head == h && x.Rel == "nsubj" })
		if a < 0 {
			continue
		}
		v := leftmostWord(toks, b, first) - 1
		if v <= a || toks[v].UPOS != "VERB" || toks[v].Rel != "acl:relcl" || !dominates(toks, a, v, first) {
			continue
		}
		if !slices.ContainsFunc(toks, func(x Token) bool {
			return x.Head == first+v && (x.Rel == "obj" || x.Rel == "ccomp" || x.Rel == "xcomp")
		}) {
			toks[b].Head, toks[b].Rel = first+v, "obj"
		}
	}
}

// relativesBeforeVerbs mends a sentence whose subject is set off from
// its verb (of saying, most often) by a relative clause ("Mirela
// Vasquez, whose brother was injured in March, said…", "The Dane, who also advises two other
// lines, said…", also after an opening phrase: "At a shelter in Tarrow,
// Mirela Vasquez, whose…, said…"), however the parser hung its words: a
// finite verb right after the comma that closes the clause,
// with no subject after it, is the sentence's root; the noun phrase
// before the relative word is its subject, and the clause is that
// phrase's. It runs after the repairs of single shapes (whoseRelatives,
// subjectsBeforeRelatives) and leaves a sentence they mended as it is.
// first is the index of toks[0] in the analysis.
func relativesBeforeVerbs(toks []Token, first int) {
	p := -1
	for k := 2; k < len(toks); k++ {
		if (EqualFoldLower(toks[k].Text, "who") || EqualFoldLower(toks[k].Text, "whose")) && toks[k-1].Text == "," {
			p = k
			break
		}
	}
	if p < 0 {
		return
	}
	// The phrase before the comma: a name (its first word heads it), a
	// noun, or a nationality standing for a person ("The Dane", "The
	// Italian"), after "the" or none.
	h := p - 2
	switch {
	case toks[h].UPOS == "PROPN":
		for h > 0 && toks[h-1].UPOS == "PROPN" {
			h--
		}
	case nominalHead(toks, h):
	default:
		return
	}
	s0 := h
	if s0 > 0 && (toks[s0-1].UPOS == "DET" || toks[s0-1].XPOS == "PRP$") {
		s0-- // "The Dane", "His neighbour"
	}
	if s0 > 0 && !(s0 > 1 && toks[s0-1].Text == "," && openingPhrase(toks[0].UPOS)) {
		return
	}
	// The verb after the clause, with no subject after it: one of
	// saying, or any finite verb, which the phrase needs as much ("His
	// neighbour, who asked me not to use her name…, put it more
	// bluntly").
	v := -1
	singular := toks[h].XPOS == "NN" || toks[h].XPOS == "NNP"
	for k := p + 2; k < len(toks); k++ {
		// After a singular subject a verb in its plain form is a past
		// the tagger misread ("put", "cut", "set").
		if toks[k-1].Text == "," && (finiteVerb(&toks[k]) || singular && toks[k].UPOS == "VERB" && (toks[k].XPOS == "VB" || toks[k].XPOS == "VBP")) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	for j := v + 1; j < len(toks); j++ {
		if toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") {
			return // "…, said Ana Ruiz": a credit of its own
		}
	}
	// The clause's verb: the head of "who", or of the noun "whose" goes
	// with.
	r := toks[p].Head - first
	if EqualFoldLower(toks[p].Text, "whose") && r > p && r < v {
		r = toks[r].Head - first
	}
	if r <= p || r >= v-1 || toks[r].UPOS != "VERB" && toks[r].UPOS != "AUX" && toks[r].UPOS != "ADJ" && toks[r].UPOS != "NOUN" {
		return
	}
	if toks[v].Head < 0 && toks[h].Head == first+v && toks[r].Head == first+h {
		return // read right already
	}
	inClause := func(k int) bool { return k >= p-1 && k < v }
	inPhrase := func(k int) bool { return k >= s0 && k < p-1 }
	for j := range toks {
		hd := toks[j].Head - first
		switch {
		case j == v || j == h || j == r:
		case inClause(j):
			if toks[j].Head < 0 || !inClause(hd) {
				toks[j].Head = first + r
			}
		case inPhrase(j):
			if toks[j].Head < 0 || !inPhrase(hd) {
				toks[j].Head = first + h
			}
		default:
			// The opening phrase and the words after the verb: what
			// hung from the clause, the phrase or the old root is the
			// sentence's.
			if toks[j].Head < 0 || inClause(hd) || inPhrase(hd) {
				toks[j].Head = first + v
			}
		}
	}
	toks[v].Head, toks[v].Rel = -1, "root"
	toks[h].Head, toks[h].Rel = first+v, "nsubj"
	toks[r].Head, toks[r].Rel = first+h, "acl:relcl"
}

// nominalHead reports whether token h heads a noun phrase: a noun, a
// name, or an adjective with a capital after a determiner, a nationality
// standing for a person ("The Italian").
func nominalHead(toks []Token, h int) bool {
	switch toks[h].UPOS {
	case "NOUN", "PROPN":
		return true
	case "ADJ":
		return h > 0 && toks[h-1].UPOS == "DET" && capitalised(toks[h].Text)
	}
	return false
}

// openingPhrase reports whether a sentence whose first word has the part
// of speech upos opens with a phrase of place, time or manner set off
// from its subject ("At the camp,", "On Monday,", "Later,", "When the
// talks ended,").
func openingPhrase(upos string) bool {
	return upos == "ADP" || upos == "ADV" || upos == "SCONJ"
}

// hyphenatedNameHeads mends a name written with a hyphen ("Dakum-Pwajok",
// three tokens) whose part after the hyphen the parser hung as a word of
// a name ("flat", "compound") from a word outside the name, leaving the
// name two heads: that part hangs from the head of the part before it.
// A part after the hyphen with a relation of its own to the sentence
// ("Villanueva-Sison's summary", the possessor) is left as it is. first is
// the index of toks[0] in the analysis.
func hyphenatedNameHeads(toks []Token, first int) {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text != "-" || toks[k-1].SpaceAfter || toks[k].SpaceAfter || toks[k-1].UPOS != "PROPN" || toks[k+1].UPOS != "PROPN" {
			continue
		}
		if r := toks[k+1].Rel; r != "flat" && r != "compound" {
			continue
		}
		// The run of the name's words around the hyphen.
		s, e := k-1, k+1
		for s > 0 && toks[s-1].UPOS == "PROPN" {
			s--
		}
		for e+1 < len(toks) && toks[e+1].UPOS == "PROPN" {
			e++
		}
		inRun := func(j int) bool { return j >= s && j <= e }
		if inRun(toks[k+1].Head - first) {
			continue
		}
		// The head of the part before: the word of the run that hangs
		// outside it, reached from the word before the hyphen.
		h := k - 1
		for steps := 0; steps <= e-s && inRun(toks[h].Head-first); steps++ {
			h = toks[h].Head - first
		}
		if h == k+1 || inRun(toks[h].Head-first) {
			continue
		}
		toks[k+1].Head, toks[k+1].Rel = first+h, "flat"
	}
}
