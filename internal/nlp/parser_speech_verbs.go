package nlp

import (
	"slices"
	"strings"
)

// Repairs of verbs of saying the tagger or the parser misread: a
// participle or an adjective that is the credit's verb, a past tense of
// saying read as something else, a verb of saying after a relative
// clause, and clauses of believing reported by a conjunct.

// verbsAfterRelatives mends a sentence the parser left with a noun at its
// root and the noun's own verb hung inside the relative clause set off
// after it ("A shipping executive, who asked not to be named because his
// company is negotiating, acknowledged two lines had diverted vessels"):
// a past verb after the comma that closes the relative clause, with no
// subject of its own, is the sentence's verb and the noun its subject.
// first is the index of toks[0] in the analysis.
func verbsAfterRelatives(toks []Token, first int) {
	root := rootOf(toks)
	// An adjective with no copula heading a phrase its sentence opens
	// with a determiner is a noun phrase's head ("A Norwegian fisheries
	// official", the last word read as an adjective).
	nominal := root > 0 && toks[root].UPOS == "ADJ" && toks[0].UPOS == "DET" && dominates(toks, root, 0, first) &&
		!slices.ContainsFunc(toks, func(x Token) bool { return x.Head == first+root && x.Rel == "cop" })
	if root < 0 || toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" && !nominal {
		return
	}
	rel := -1
	for j := root + 1; j < len(toks); j++ {
		if toks[j].Head != first+root || toks[j].Rel != "acl:relcl" {
			continue
		}
		if lo := leftmostWord(toks, j, first); lo > 0 && toks[lo-1].Text == "," {
			rel = j
			break
		}
	}
	if rel < 0 {
		setOffVerbs(toks, first, root)
		return
	}
	for v := rel + 1; v < len(toks); v++ {
		t := &toks[v]
		// A past participle joined with no "and" to the clause's last
		// verb is the sentence's past tense too ("The European Union,
		// which contended that Ireland undertaxed the company, fined
		// Apple").
		participle := t.UPOS == "VERB" && t.XPOS == "VBN" && t.Rel == "conj"
		if !finiteVerb(t) && !participle || toks[v-1].Text != "," || !dominates(toks, rel, v, first) {
			continue
		}
		switch t.Rel {
		case "acl:relcl", "ccomp", "xcomp":
			continue
		case "conj":
			if !participle {
				continue
			}
		}
		for j := range toks {
			if toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "mark" || toks[j].Rel == "cc") {
				return
			}
		}
		if participle {
			t.XPOS = "VBD"
		}
		t.Head, t.Rel = -1, "root"
		toks[root].Head, toks[root].Rel = first+v, "nsubj"
		toks[v-1].Head = first + rel
		closeOn(toks, first, root, v)
		return
	}
}

// participleCues mends a sentence whose verb of saying the parser read as
// a participle describing its subject, with the subject of what was said
// as the participle's object ("One EU diplomat stressed Paris could delay
// the deal", read as "[a diplomat stressed Paris] could delay"): a past
// form of a verb of saying hung from the subject of the sentence's verb,
// whose object runs right up to that verb (and its auxiliaries), is the
// sentence's verb; the subject is its, the object the subject of the
// verb it had, and that verb what was said. first is the index of
// toks[0] in the analysis.
func participleCues(toks []Token, first int) {
	for v := 1; v+2 < len(toks); v++ {
		tv := &toks[v]
		n := tv.Head - first
		if tv.UPOS != "VERB" || tv.Rel != "acl" || n < 0 || n >= v || !reportingPasts[strings.ToLower(tv.Text)] {
			continue
		}
		nt := &toks[n]
		r := nt.Head - first
		if nt.UPOS != "NOUN" && nt.UPOS != "PROPN" || !strings.HasPrefix(nt.Rel, "nsubj") || r <= v || r >= len(toks) || toks[r].UPOS != "VERB" && toks[r].UPOS != "AUX" {
			continue
		}
		o := -1
		for j := v + 1; j < r; j++ {
			if toks[j].Head == first+v && toks[j].Rel == "obj" && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN") {
				o = j
			}
		}
		if o < 0 {
			continue
		}
		// The object's phrase runs up to the verb and its auxiliaries.
		end := o
		for end+1 < r && dominates(toks, o, end+1, first) {
			end++
		}
		k := end + 1
		for k < r && toks[k].Head == first+r && (toks[k].Rel == "aux" || toks[k].Rel == "advmod" || toks[k].Rel == "cop") {
			k++
		}
		if k != r || !hasAuxOrTense(toks, r, first) {
			continue
		}
		tv.Head, tv.Rel, tv.XPOS = toks[r].Head, toks[r].Rel, "VBD"
		nt.Head, nt.Rel = first+v, "nsubj"
		toks[r].Head, toks[r].Rel = first+v, "ccomp"
		toks[o].Head, toks[o].Rel = first+r, "nsubj"
		// What the verb had before the subject, and the full stop, are
		// the verb of saying's now.
		for j := range toks {
			if toks[j].Head == first+r && (j < n || toks[j].UPOS == "PUNCT" && j == len(toks)-1) {
				toks[j].Head = first + v
			}
		}
	}
}

// hasAuxOrTense reports whether verb r is finite: in a past or present
// tense, or with an auxiliary of its own.
func hasAuxOrTense(toks []Token, r, first int) bool {
	switch toks[r].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for j := range toks {
		if toks[j].Head == first+r && (toks[j].Rel == "aux" || toks[j].Rel == "cop") {
			return true
		}
	}
	return false
}

// reportingPasts are past forms of verbs of saying that the tagger can
// read as adjectives or participles before a noun ("said unions",
// "stressed unions", "conceded subsidy changes").
var reportingPasts = map[string]bool{"said": true, "stressed": true, "noted": true, "insisted": true, "warned": true,
	"argued": true, "conceded": true, "acknowledged": true, "maintained": true, "countered": true, "added": true,
	"explained": true, "observed": true, "remarked": true, "claimed": true, "admitted": true, "suggested": true,
	"complained": true, "predicted": true, "cautioned": true, "reiterated": true, "confirmed": true,
	"announced": true, "estimated": true, "signalled": true, "signaled": true, "indicated": true, "replied": true,
	"responded": true, "asserted": true, "contended": true, "emphasised": true, "emphasized": true}

// saidVerbs mends a sentence the parser left with a name or a noun at its
// root and its verb of saying hung as an adjective of the noun after it
// ("Ruben Quispe, who leads the confederation, said unions would block
// highways", read as "the said unions"; "stressed unions would…"): after
// a comma, a past form of a verb of saying the tagger reads as a past
// verb, a participle or an adjective, modifying the subject of a verb, is
// the sentence's verb, the root its subject and that verb's clause what
// was said. first is the index of toks[0] in the analysis.
func saidVerbs(toks []Token, first int) {
	root := rootOf(toks)
	if root < 0 || toks[root].UPOS != "PROPN" && toks[root].UPOS != "NOUN" {
		return
	}
	for i := root + 2; i+1 < len(toks); i++ {
		st := &toks[i]
		n := st.Head - first
		if st.Rel != "amod" || n != i+1 || !sayingForm(st.Text) || toks[i-1].Text != "," {
			continue
		}
		if st.XPOS != "VBD" && st.XPOS != "VBN" && st.XPOS != "JJ" && st.XPOS != "VBZ" && st.XPOS != "NNS" {
			continue
		}
		v := toks[n].Head - first
		if !strings.HasPrefix(toks[n].Rel, "nsubj") || v <= n || v >= len(toks) || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		if st.UPOS != "VERB" {
			st.Lemma = ruleLemma(st.Text, "VERB")
		}
		xp := "VBD"
		if !reportingPasts[st.Text] {
			xp = "VBZ" // "says"
		}
		st.UPOS, st.XPOS, st.Head, st.Rel = "VERB", xp, -1, "root"
		toks[root].Head, toks[root].Rel = first+i, "nsubj"
		toks[v].Head, toks[v].Rel = first+i, "ccomp"
		toks[i-1].Head = first + i
		closeOn(toks, first, root, i)
		return
	}
}

// saidAdjectives mends a sentence whose verb of saying, right after its
// subject's noun phrase, the parser read as an adjective of the noun after
// it, the subject of the reported clause ("A spokesman for the harbour
// board stressed divers had checked the quay", read as "the stressed
// divers"; "… acknowledged members expected …"): a past form of a verb of
// saying hung as a modifier from the noun right after it, that noun the
// subject of a finite verb, and right before it the last word of a noun
// phrase that is a subject too (of that verb, or of the noun), is the
// sentence's verb: that phrase is its subject and the other verb's clause
// what was said. A determiner or an adjective before the verb ("the said
// unions") keeps it a modifier. first is the index of toks[0] in the
// analysis.
func saidAdjectives(toks []Token, first int) {
	for i := 1; i+2 < len(toks); i++ {
		st := &toks[i]
		n := st.Head - first
		if st.Rel != "amod" || n != i+1 || !reportingPasts[st.Text] {
			continue
		}
		if st.XPOS != "VBD" && st.XPOS != "VBN" && st.XPOS != "JJ" {
			continue
		}
		prev := toks[i-1].UPOS
		if prev != "NOUN" && prev != "PROPN" {
			continue
		}
		nt := &toks[n]
		v := nt.Head - first
		if nt.UPOS != "NOUN" && nt.UPOS != "PROPN" || !strings.HasPrefix(nt.Rel, "nsubj") || v <= n || v >= len(toks) {
			continue
		}
		if toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		// A participle at the root with no auxiliary is the tagger's
		// past tense ("… members expected to be paid").
		bare := toks[v].XPOS == "VBN" && toks[v].Head < 0 && nt.Rel == "nsubj" && !hasAuxOrTense(toks, v, first)
		if !bare && !hasAuxOrTense(toks, v, first) {
			continue
		}
		// The subject: a noun before the verb of saying whose phrase
		// ends right before it, the subject of the other verb or of the
		// noun after the verb of saying.
		s := -1
		for k := 0; k < i; k++ {
			h := toks[k].Head - first
			if (h == v || h == n) && strings.HasPrefix(toks[k].Rel, "nsubj") && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") && dominates(toks, k, i-1, first) {
				s = k
			}
		}
		if s < 0 {
			continue
		}
		// No other verb between the subject and the verb of saying.
		verb := false
		for k := s + 1; k < i; k++ {
			if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
				verb = true
			}
		}
		if verb {
			continue
		}
		if st.UPOS != "VERB" {
			st.Lemma = ruleLemma(st.Text, "VERB")
		}
		st.UPOS, st.XPOS = "VERB", "VBD"
		if bare {
			toks[v].XPOS = "VBD"
		}
		st.Head, st.Rel = toks[v].Head, toks[v].Rel
		toks[v].Head, toks[v].Rel = first+i, "ccomp"
		toks[s].Head, toks[s].Rel = first+i, "nsubj"
		for k := range toks {
			// What stood before the subject and hung from the other
			// verb ("On Monday, …"), and the full stop, are the verb of
			// saying's now.
			if toks[k].Head == first+v && (k < s || toks[k].UPOS == "PUNCT" && k == len(toks)-1) {
				toks[k].Head = first + i
			}
		}
		return
	}
}

// finiteParticiple returns the verb a sentence's tree left as a reduced
// relative although the sentence has no other verb to head it: the root
// is a noun and a past participle with no auxiliary hangs from it as a
// clause, with a complement of its own, after a comma ("Schiff, the top
// Democrat on the committee, called on Obama to retaliate", read as "the
// committee called on…") or with a clause of its own for complement
// ("Mexico's foreign ministry stressed in a statement that it would
// host…": a reduced relative reports no clause). The tagger took the past
// tense for the participle. Finite verbs inside the participle's own
// clause do not count. It returns the token's index in toks, or -1.
func finiteParticiple(toks []Token, first int) int {
	root := -1
	var finite []int
	for i := range toks {
		t := &toks[i]
		if t.Head < 0 {
			if root >= 0 {
				return -1
			}
			root = i
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			finite = append(finite, i)
		}
	}
	if root < 0 {
		return -1
	}
	// A root verb opened by "that" is a clause said by something before
	// it, never the sentence's own verb ("The group noted in a
	// communiqué that the agreement preserves…").
	that := toks[root].UPOS == "VERB" && subordinate(toks, root, first)
	if toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" && !that {
		return -1
	}
	for i := range toks {
		t := &toks[i]
		if t.XPOS != "VBN" || t.UPOS != "VERB" || t.Rel != "acl" && t.Rel != "parataxis" && t.Rel != "advcl" || i == 0 {
			continue
		}
		if t.Rel == "advcl" && !inRelative(toks, i, first) {
			// A participle opening an adverbial clause of the
			// sentence's verb ("Asked about the talks, …") is one;
			// only one hung inside a relative clause is not.
			continue
		}
		aux, comp, clause := false, false, that && root > i
		// A that-clause hung from the root noun after the participle,
		// and the clauses joined to it, are the participle's ("Mexico's
		// foreign ministry maintained in a statement that it would host
		// …and that Mexico remained…": a ministry takes no clause).
		var later []int
		if !that {
			for j := i + 1; j < len(toks); j++ {
				if toks[j].Head == first+root && (toks[j].Rel == "ccomp" || toks[j].Rel == "acl" && subordinate(toks, j, first)) {
					later = append(later, j)
					clause = true
				}
			}
			for j := i + 1; j < len(toks) && len(later) > 0; j++ {
				if toks[j].Head == first+root && toks[j].Rel == "conj" && toks[j].UPOS == "VERB" {
					later = append(later, j)
				}
			}
		}
		for j := range toks {
			if toks[j].Head != first+i {
				continue
			}
			switch toks[j].Rel {
			case "aux", "aux:pass", "nsubj:pass", "obl:agent":
				aux = true
			case "ccomp":
				clause = clause || j > i
				comp = comp || j > i
			case "obj", "xcomp", "obl", "advcl":
				comp = comp || j > i
			}
		}
		if aux || !comp && !clause || toks[i-1].Text != "," && !clause {
			continue
		}
		own, relBefore := true, false
		for _, f := range finite {
			relBefore = relBefore || f < i && inRelative(toks, f, first)
			// Finite verbs of the participle's own clause, of a
			// relative clause before it ("The Commission, which
			// negotiates for the EU, stressed…") or of the clause
			// opened by "that" after it do not count.
			if !dominates(toks, i, f, first) && !(f < i && inRelative(toks, f, first)) && !(that && root > i && dominates(toks, root, f, first)) &&
				!slices.ContainsFunc(later, func(l int) bool { return dominates(toks, l, f, first) }) {
				own = false
				break
			}
		}
		// After a relative clause set off before it ("The Commission,
		// which negotiates for the EU, stressed in a statement that…"),
		// a comma and a complement are enough.
		if own && (len(finite) == 0 || clause || relBefore && toks[i-1].Text == ",") {
			return i
		}
	}
	return -1
}

// nounsReadAsAdjectives are nouns of people the tagger also knows as
// adjectives ("an official", "the executive", "a representative").
var nounsReadAsAdjectives = map[string]bool{"official": true, "executive": true, "representative": true, "spokesman": true, "spokeswoman": true}

// creditParticiple finds a verb of saying the tagger read as a participle
// modifying the noun after it, right after a noun of people it read as
// an adjective ("a senior U.S. official told reporters" as "an
// official-told reporters"); it returns the verb's index in toks, or -1.
// The parse it came from is the one to mend: the participle hangs from
// the noun after it as an adjective.
func creditParticiple(toks []Token) int {
	for v := 1; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.XPOS != "VBN" || t.Rel != "amod" || !speechParticiple[strings.ToLower(t.Text)] {
			continue
		}
		if p := &toks[v-1]; p.XPOS == "JJ" && nounsReadAsAdjectives[strings.ToLower(p.Text)] {
			return v
		}
	}
	return -1
}

// quotedCreditParticiple finds a verb of saying the tagger read as a
// participle modifying the noun after it in a credit right after a
// quotation ("“…,” the HR director told reporters" as "the HR director
// | told reporters"), or modifying the noun before it at the sentence's
// end ("“…,” the 67-year-old diplomat noted."): the words from the
// quotation's closing mark to the verb are a noun phrase ending in a
// noun, its subject. It returns the verb's index in toks, or -1.
func quotedCreditParticiple(toks []Token) int {
	for v := 2; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.XPOS != "VBN" || !strings.HasPrefix(toks[v-1].XPOS, "NN") {
			continue
		}
		// Or one hung after the noun that ends the sentence ("“…,” the
		// 67-year-old diplomat noted."), read as "the diplomat [who
		// was] noted".
		closing := t.Rel == "acl" && reportingPasts[strings.ToLower(t.Text)] && onlyPunctAfter(toks, v)
		if t.Rel != "amod" && !closing || t.Rel == "amod" && !speechParticiple[strings.ToLower(t.Text)] {
			continue
		}
		if creditAfterQuotation(toks, v-2, v-8) {
			return v
		}
	}
	return -1
}

// onlyPunctAfter reports whether nothing but punctuation follows token v
// in its sentence.
func onlyPunctAfter(toks []Token, v int) bool {
	for k := v + 1; k < len(toks); k++ {
		if toks[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// creditAfterQuotation reports whether the words from k back to a
// quotation's closing mark, at index floor or later, are a noun phrase's
// by their universal tags (determiners, adjectives, nouns, names): the
// credit's subject right after the quotation ("“…,” the HR director
// told"), for the parser's repairs (the tagger's afterQuotation reads the
// fine tags before the parse).
func creditAfterQuotation(toks []Token, k, floor int) bool {
	for ; k >= 0 && k >= floor; k-- {
		if w := &toks[k]; closingMark(*w) {
			return true
		} else if w.UPOS != "DET" && w.UPOS != "ADJ" && w.UPOS != "NOUN" && w.UPOS != "PROPN" && w.UPOS != "NUM" && w.Text != "-" {
			// (an age, "the 67-year-old diplomat", is of the phrase)
			return false
		}
	}
	return false
}

// frontedNameVerb returns, for a sentence that opens with a participle
// the tagger read as its past-tense verb and a phrase closed by a comma,
// then a name and one plural noun to the sentence's end or a comma
// ("Asked about Prasad's criticism, Vuniwaqa-Reddy nods."), that noun
// (the name's verb in the present tense) and the participle's index; or
// -1, -1.
func frontedNameVerb(toks []Token) (int, int) {
	if len(toks) < 6 || toks[0].XPOS != "VBD" || toks[0].Head >= 0 && toks[0].Rel != "root" {
		return -1, -1
	}
	for i := 1; i < len(toks); i++ {
		switch toks[i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return -1, -1 // a verb of its own elsewhere
		}
	}
	for c := 2; c+2 < len(toks); c++ {
		if toks[c].Text != "," {
			continue
		}
		j := c + 1
		for j < len(toks) && (toks[j].UPOS == "PROPN" || toks[j].XPOS == "HYPH") {
			j++
		}
		if j == c+1 || j+1 >= len(toks) || toks[j].XPOS != "NNS" || !lowerLetters(toks[j].Text) {
			continue
		}
		if n := toks[j+1].Text; n == "." || n == "," || n == ";" {
			return j, 0
		}
	}
	return -1, -1
}

// quotedCreditNoun returns the past tense of a verb of saying the tagger
// took for a noun right after a quotation and the words that credit it
// ("“…,” the executive replied when…": "executive" an adjective,
// "replied" its noun), where no noun follows it; or -1.
func quotedCreditNoun(toks []Token) int {
	for v := 3; v < len(toks); v++ {
		t := &toks[v]
		// Every past tense of speechPast ends in "ed", and only "ed" or
		// "ED" (or "eD", "Ed") lower-cases to an ending "ed": the
		// look-up is left out for the other nouns.
		if t.UPOS != "NOUN" || !endsInEd(t.Text) || speechPast[strings.ToLower(t.Text)] == "" || v+1 < len(toks) && (toks[v+1].UPOS == "NOUN" || toks[v+1].UPOS == "PROPN") {
			continue
		}
		if p := toks[v-1].UPOS; p != "ADJ" && p != "NOUN" {
			continue
		}
		if creditAfterQuotation(toks, v-1, v-6) {
			return v
		}
	}
	return -1
}

// endsInEd reports whether strings.ToLower(w) ends in "ed": whether w
// ends in those two letters in either case (no other character
// lower-cases to them).
func endsInEd(w string) bool {
	n := len(w)
	return n >= 2 && w[n-2]|0x20 == 'e' && w[n-1]|0x20 == 'd'
}

// creditVerb retags what quotedCreditNoun found: the past tense at v,
// with its lemma, and the noun before it that the tagger read as an
// adjective.
func creditVerb(toks []Token, v int) {
	if toks[v-1].UPOS == "ADJ" {
		toks[v-1].UPOS, toks[v-1].XPOS = "NOUN", "NN"
	}
	toks[v].UPOS, toks[v].XPOS, toks[v].Lemma = "VERB", "VBD", speechPast[strings.ToLower(toks[v].Text)]
}

// speechPast are past tenses of verbs of saying that close a credit
// ("the executive replied") and are never nouns, with their lemmas.
var speechPast = map[string]string{"replied": "reply", "added": "add", "insisted": "insist", "responded": "respond", "countered": "counter",
	"explained": "explain", "conceded": "concede", "recalled": "recall", "argued": "argue", "warned": "warn", "noted": "note",
	"acknowledged": "acknowledge", "remarked": "remark", "observed": "observe", "stressed": "stress", "maintained": "maintain",
	"admitted": "admit", "asserted": "assert", "contended": "contend", "emphasised": "emphasise", "emphasized": "emphasize",
	"reiterated": "reiterate", "cautioned": "caution", "complained": "complain", "claimed": "claim", "declared": "declare",
	"predicted": "predict", "quipped": "quip", "joked": "joke"}

// speechParticiple are the past forms of verbs of saying that open a
// credit.
var speechParticiple = map[string]bool{"told": true, "said": true, "added": true, "wrote": true, "warned": true, "noted": true}

// participleOpeners mends a sentence opened by a participle's clause set
// off by a comma ("Speaking at a conference in Brussels, Belgian Economy
// Minister Eva De Bleeker said…") that the parser made the verb's
// clausal subject, hanging the real subject inside the clause: the
// clause is an adverbial of the verb and the phrase between the comma and
// the verb its subject, headed by the first word of the proper nouns it
// ends in (the name; a title before it hangs from it), or by its last
// noun. first is the index of toks[0] in the analysis.
func participleOpeners(toks []Token, first int) {
	if len(toks) < 5 || toks[0].XPOS != "VBG" && toks[0].XPOS != "VBN" {
		return
	}
	v := toks[0].Head - first
	if v <= 0 || v >= len(toks) || toks[0].Rel != "csubj" && !strings.HasPrefix(toks[0].Rel, "nsubj") || toks[v].UPOS != "VERB" ||
		toks[v].XPOS != "VBD" && toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBP" {
		return
	}
	for k := range toks {
		if k != 0 && toks[k].Head == first+v && (strings.HasPrefix(toks[k].Rel, "nsubj") || toks[k].Rel == "csubj" || toks[k].Rel == "expl") {
			return
		}
	}
	// The comma that closes the clause, and only nouns, adjectives and
	// determiners between it and the verb.
	c := firstComma(toks, 1, v)
	if c < 2 || c+1 >= v {
		return
	}
	for k := c + 1; k < v; k++ {
		switch toks[k].UPOS {
		case "PROPN", "NOUN", "ADJ", "DET", "NUM", "PART":
		case "PUNCT":
			if toks[k].Text != "." && toks[k].Text != "'s" {
				return
			}
		default:
			return
		}
	}
	h := -1
	if toks[v-1].UPOS == "PROPN" {
		h = v - 1
		for h-1 > c && toks[h-1].UPOS == "PROPN" && !officeOrTitle(toks[h-1].Text) {
			h--
		}
	} else {
		for k := v - 1; k > c; k-- {
			if toks[k].UPOS == "NOUN" {
				h = k
				break
			}
		}
	}
	if h < 0 {
		return
	}
	for k := c + 1; k < v; k++ {
		if k == h {
			continue
		}
		if hd := toks[k].Head - first; hd <= c || hd >= v {
			toks[k].Head = first + h
			switch {
			case k > h:
				toks[k].Rel = "flat"
			case toks[k].UPOS == "DET":
				toks[k].Rel = "det"
			default:
				toks[k].Rel = "compound"
			}
		}
	}
	toks[h].Head, toks[h].Rel = first+v, "nsubj"
	toks[0].Rel = "advcl"
	toks[c].Head = first + 0
}

// thinkingLemmas are verbs of believing and doubting that report a
// clause as verbs of saying do ("Analysts doubt the round will…").
var thinkingLemmas = map[string]bool{"doubt": true, "believe": true, "think": true, "expect": true, "fear": true,
	"hope": true, "predict": true, "suspect": true, "reckon": true}

// conjunctReports mends what a verb of saying or thinking reports when
// the parser took the reported subject for its object and the reported
// verb, after an aside set off by commas, for a second verb of the
// sentence ("Analysts doubt the new round in Kampala, due to open on June
// 3, will be different", read as "doubt the round … and will be
// different"): a finite conjunct with no subject, no conjunction and no
// marker of its own, right after a comma, has the object for its subject
// and is what is reported. first is the index of toks[0] in the analysis.
func conjunctReports(toks []Token, first int) {
	for v := 1; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] && !thinkingLemmas[t.Lemma] || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
			continue
		}
		obj, c, reports := -1, -1, false
		for j := v + 1; j < len(toks); j++ {
			if toks[j].Head != first+v {
				continue
			}
			switch {
			case toks[j].Rel == "obj" && obj < 0 && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN"):
				obj = j
			case toks[j].Rel == "conj" && obj >= 0 && c < 0:
				c = j
			case toks[j].Rel == "ccomp" || toks[j].Rel == "xcomp":
				reports = true // it reports a clause already
			}
		}
		if reports || obj < 0 || c < 0 {
			continue
		}
		lo, finite := c, toks[c].XPOS == "VBD" || toks[c].XPOS == "VBZ" || toks[c].XPOS == "VBP"
		own := false
		for j := range toks {
			if toks[j].Head != first+c {
				continue
			}
			switch toks[j].Rel {
			case "nsubj", "nsubj:pass", "expl", "csubj", "cc", "mark":
				own = true
			case "aux", "aux:pass", "cop":
				if x := toks[j].XPOS; x == "MD" || x == "VBD" || x == "VBZ" || x == "VBP" {
					finite = true
				}
			}
			if toks[j].Rel != "punct" {
				lo = min(lo, j)
			}
		}
		if own || !finite || lo < 1 || toks[lo-1].Text != "," || lo-1 <= obj {
			continue
		}
		toks[obj].Head, toks[obj].Rel = first+c, "nsubj"
		toks[c].Head, toks[c].Rel = first+v, "ccomp"
	}
}
