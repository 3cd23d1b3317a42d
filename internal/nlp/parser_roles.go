package nlp

import "strings"

// namesAfterRoles mends a name set off by commas after the description it
// names, which the parser made a second subject of the verb after it ("An
// RSF adviser, | Mustafa Tambal, | rejected the charge", read with
// "adviser" and "Mustafa" both subjects of "rejected"): a verb has one
// subject, and a proper name between commas right after a noun phrase is
// that phrase's apposition. The description stays the subject, as
// Universal Dependencies writes it. first is the index of toks[0] in the
// analysis.
func namesAfterRoles(toks []Token, first int) {
	for b := 2; b < len(toks); b++ {
		name := &toks[b]
		if name.UPOS != "PROPN" || !strings.HasPrefix(name.Rel, "nsubj") || toks[b-1].Text != "," {
			continue
		}
		v := name.Head - first
		if v <= b || v >= len(toks) || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		// The name's words run to a comma right before the verb.
		end := b
		for end+1 < v && toks[end+1].Head-first == b && toks[end+1].Rel == "flat" {
			end++
		}
		if end+2 != v || toks[end+1].Text != "," {
			continue
		}
		// The description: the other subject of the verb, ending right
		// before the comma.
		a := b - 2
		if a < 0 || toks[a].UPOS != "NOUN" || toks[a].Head-first != v || toks[a].Rel != name.Rel {
			continue
		}
		name.Head, name.Rel = first+a, "appos"
		toks[b-1].Head = first + b
		toks[end+1].Head = first + b
	}
	conjoinedNames(toks, first)
}

// conjoinedNames mends the same name set off after a description that
// ends in a body's name, which the parser made a conjunct of the body
// with no "and" ("A spokeswoman for Andean Air, | Daniela Ruiz, | said",
// read with "Daniela Ruiz" a second body): the name, between commas
// right before the verb the description is the subject of, is in
// apposition to the description's head.
func conjoinedNames(toks []Token, first int) {
	for b := 2; b < len(toks); b++ {
		name := &toks[b]
		if name.UPOS != "PROPN" || name.Rel != "conj" || toks[b-1].Text != "," {
			continue
		}
		h := name.Head - first
		if h < 0 || h >= b || toks[h].UPOS != "PROPN" {
			continue
		}
		end := b
		for end+1 < len(toks) && toks[end+1].Head-first == name.Head-first && toks[end+1].Rel == "conj" && toks[end+1].UPOS == "PROPN" {
			end++ // "Daniela | Ruiz", both made conjuncts
		}
		for end+1 < len(toks) && toks[end+1].Head-first == b && toks[end+1].Rel == "flat" {
			end++
		}
		if end+2 >= len(toks) || toks[end+1].Text != "," {
			continue
		}
		v := end + 2
		// The description: the subject of the verb right after, whose
		// phrase holds the body.
		a := -1
		for k := h; k >= 0 && k < len(toks); k = toks[k].Head - first {
			if toks[k].Head-first == v && strings.HasPrefix(toks[k].Rel, "nsubj") && toks[k].UPOS == "NOUN" {
				a = k
				break
			}
			if toks[k].Head < first {
				break
			}
		}
		if a < 0 || toks[v].UPOS != "VERB" {
			continue
		}
		cc := false
		for k := h + 1; k < b; k++ {
			if toks[k].Rel == "cc" {
				cc = true
			}
		}
		if cc {
			continue
		}
		name.Head, name.Rel = first+a, "appos"
		for k := b + 1; k <= end; k++ {
			toks[k].Head, toks[k].Rel = first+b, "flat"
		}
		toks[b-1].Head = first + b
		toks[end+1].Head = first + b
	}
}

// agentsAfterPassives mends the agent of a passive that the parser made a
// second passive subject, with "by" hung inside its phrase ("The U.S.
// delegation was led | by Deputy Trade Representative Sarah Bianchi",
// read with "Bianchi" a subject of "led" and "by Deputy" a modifier of
// it): a passive verb that has its subject before it takes the phrase
// after it that "by" opens as its agent, "by" as that phrase's case and
// the title words as modifiers of the name. first is the index of
// toks[0] in the analysis.
func agentsAfterPassives(toks []Token, first int) {
	for c := 2; c < len(toks); c++ {
		if toks[c].Rel != "nsubj:pass" {
			continue
		}
		v := toks[c].Head - first
		if v < 0 || v >= c || toks[v].UPOS != "VERB" {
			continue
		}
		earlier := false
		for k := 0; k < v; k++ {
			if toks[k].Head-first == v && strings.HasPrefix(toks[k].Rel, "nsubj") {
				earlier = true
				break
			}
		}
		if !earlier || !EqualFoldLower(toks[v+1].Text, "by") || !spanUnder(toks, c, v+2, c, first) {
			continue
		}
		toks[c].Rel = "obl:agent"
		toks[v+1].Head, toks[v+1].Rel = first+c, "case"
		for k := v + 2; k < c; k++ {
			if toks[k].Head-first == c && toks[k].Rel == "nmod" {
				toks[k].Rel = "compound"
			}
		}
	}
}

// onlySubjectBetween reports whether the words from the subject at s to
// the verb at f are the subject's phrase and the verb's adverbs and
// auxiliaries alone.
func onlySubjectBetween(toks []Token, s, f, first int) bool {
	for k := s + 1; k < f; k++ {
		h := toks[k].Head - first
		if h >= s && h <= f && (h != f || toks[k].UPOS == "ADV" || toks[k].UPOS == "AUX" || toks[k].UPOS == "PART") {
			continue
		}
		return false
	}
	return true
}

// agreeingConjuncts mends a verb in the third person singular, with no
// subject of its own, hung as a conjunct of a plural or base verb inside
// the complement of another verb in the third person singular ("Her
// report recommends that the three parties begin negotiations … and
// warns that…", read with "warns" joined to "begin"): a verb agrees with
// its subject, so it joins the verb whose subject it shares. first is the
// index of toks[0] in the analysis.
func agreeingConjuncts(toks []Token, first int) {
	for i := range toks {
		v := &toks[i]
		if v.Rel != "conj" || v.XPOS != "VBZ" || v.UPOS != "VERB" || hasSubject(toks, i, first) {
			continue
		}
		h := v.Head - first
		if h < 0 || h >= i || toks[h].XPOS != "VBP" && toks[h].XPOS != "VB" || toks[h].Rel != "ccomp" {
			continue
		}
		if g := toks[h].Head - first; g >= 0 && g < h && toks[g].XPOS == "VBZ" {
			v.Head = first + g
		}
	}
}

// leftOfSubject returns the first token of the subject at s, with the
// words before it that hang from it ("Ström - Castellanos", a name
// written with a hyphen), stopping at a comma; never before token 2.
func leftOfSubject(toks []Token, s, first int) int {
	l := s
	for k := s - 1; k >= 2 && toks[k].Text != "," && dominates(toks, s, k, first); k-- {
		l = k
	}
	return l
}

// participleRoots mends a sentence opened by a participle's clause that
// the parser made the root, with the clause after the comma hung below it
// ("Pressed by Tom on whether…, he paused", read with "Pressed" the root
// and "paused" its adverbial clause; "Asked whether she would settle…,
// dela Paz-Villanueva only smiled", with "smiled" hung inside the
// question): the first finite verb whose subject follows a comma, with
// only the subject's words between them, becomes the root, and the
// participle its adverbial clause, so that the subject is the
// sentence's, not the agent. first is the index of toks[0] in the
// analysis.
func participleRoots(toks []Token, first int) {
	// A past form opening the sentence with no subject of its own
	// ("Asked whether…") is a participle, however tagged.
	if len(toks) < 5 || toks[0].XPOS != "VBN" && toks[0].XPOS != "VBG" && (toks[0].XPOS != "VBD" || hasSubject(toks, 0, first)) || toks[0].Head != -1 {
		return
	}
	for f := 3; f < len(toks); f++ {
		tf := &toks[f]
		if tf.UPOS != "VERB" || tf.XPOS != "VBD" && tf.XPOS != "VBZ" && tf.XPOS != "VBP" {
			continue
		}
		subj := -1
		for k := 2; k < f; k++ {
			if toks[k].Head-first == f && toks[k].Rel == "nsubj" {
				subj = k
			}
		}
		if subj < 2 || toks[leftOfSubject(toks, subj, first)-1].Text != "," {
			if tf.Head == first && !subordinate(toks, f, first) {
				return // the verb the participle heads: no sentence after it
			}
			continue
		}
		if !onlySubjectBetween(toks, subj, f, first) {
			return
		}
		tf.Head, tf.Rel = -1, "root"
		toks[0].Head, toks[0].Rel = first+f, "advcl"
		for k := f + 1; k < len(toks); k++ {
			if toks[k].Head == first {
				toks[k].Head = first + f
			}
		}
		return
	}
}
