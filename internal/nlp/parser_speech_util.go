package nlp

import (
	"slices"
	"strings"
)

// Small readings of a sentence's tree the repairs of verbs of saying
// share: where a verb stands (subordinate, marked, relative), quotation
// marks, finite verbs and the phrase around a word.

// subordinate reports whether token v (an index in toks) opens its clause
// with "that", "whether" or "if" marked on it.
func subordinate(toks []Token, v, first int) bool {
	for j := range toks {
		if toks[j].Head == first+v && toks[j].Rel == "mark" && j < v {
			switch strings.ToLower(toks[j].Text) {
			case "that", "whether", "if":
				return true
			}
		}
	}
	return false
}

// inMarked reports whether token v (an index in toks) lies inside a
// clause a subordinator opens ("because the talks are confidential").
func inMarked(toks []Token, v, first int) bool {
	for k := 0; v >= 0 && v < len(toks) && k < 40; k++ {
		h := v
		if toks[v].Rel == "aux" || toks[v].Rel == "cop" || toks[v].Rel == "aux:pass" {
			h = toks[v].Head - first
		}
		if h >= 0 && h < len(toks) && slices.ContainsFunc(toks, func(x Token) bool { return x.Head == first+h && x.Rel == "mark" }) {
			return true
		}
		if toks[v].Head < 0 {
			return false
		}
		v = toks[v].Head - first
	}
	return false
}

// inRelative reports whether token v (an index in toks) is a relative
// clause's verb or lies inside one.
func inRelative(toks []Token, v, first int) bool {
	for k := 0; v >= 0 && v < len(toks) && k < 40; k++ {
		if toks[v].Rel == "acl:relcl" {
			return true
		}
		if toks[v].Head < 0 {
			return false
		}
		v = toks[v].Head - first
	}
	return false
}

// closingMark reports whether tok closes a quotation: tagged so, or a
// closing mark the tagger read otherwise (a British single mark, "’",
// left as a punctuation mark of its own).
func closingMark(tok Token) bool {
	if tok.XPOS == "''" {
		return true
	}
	switch tok.Text {
	case "’", "”", "»":
		return tok.UPOS == "PUNCT"
	}
	return false
}

// openingMark reports whether tok opens a quotation.
func openingMark(tok Token) bool {
	if tok.XPOS == "``" {
		return true
	}
	switch tok.Text {
	case "‘", "“", "«":
		return tok.UPOS == "PUNCT"
	}
	return false
}

// sayingForm reports whether a word is a past or third-person present
// form of a verb of saying ("said", "stressed"; "says", "notes",
// "stresses"): outlets that tell a story in the present credit with
// "says".
func sayingForm(w string) bool {
	if reportingPasts[w] {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	return sayingLemmas[w[:len(w)-1]] || strings.HasSuffix(w, "es") && sayingLemmas[w[:len(w)-2]]
}

// finiteVerb reports whether tok is a verb in the past or in the third
// person present.
func finiteVerb(tok *Token) bool {
	return tok.UPOS == "VERB" && (tok.XPOS == "VBD" || tok.XPOS == "VBZ")
}

// leftmostWord returns the first word (an index in toks) of v's
// subtree, not counting punctuation.
func leftmostWord(toks []Token, v, first int) int {
	lo := v
	for j := v - 1; j >= 0; j-- {
		if toks[j].UPOS != "PUNCT" && dominates(toks, v, j, first) {
			lo = j
		}
	}
	return lo
}

// rootOf returns the index in toks of the sentence's root, or -1.
func rootOf(toks []Token) int {
	for k := range toks {
		if toks[k].Head < 0 {
			return k
		}
	}
	return -1
}

// closeOn hangs the sentence's final punctuation mark from v (an index in
// toks) where it hung from the old root.
func closeOn(toks []Token, first, root, v int) {
	if p := len(toks) - 1; toks[p].UPOS == "PUNCT" && toks[p].Head == first+root {
		toks[p].Head = first + v
	}
}

// hasCase reports whether the phrase of token j opens with a preposition
// of its own ("to around 3,000 strikers", the parser hanging "to" from
// the number); a possessive's mark is its owner's ("Ukraine’s human
// rights commissioner").
func hasCase(toks []Token, j, first int) bool {
	for k := 0; k < j; k++ {
		if toks[k].Rel == "case" && (toks[k].UPOS == "ADP" || toks[k].UPOS == "PART") && toks[k].XPOS != "POS" && dominates(toks, j, k, first) {
			return true
		}
	}
	return false
}

// quotationOfRoot reports whether the quotation that the mark at closing
// closes holds the sentence's root: it opened before the root, or in an
// earlier sentence (no opening mark before closing). "By the time she
// learned…, she was surprised: “It made sense,” she said." credits only
// the quotation, not the sentence's root.
func quotationOfRoot(toks []Token, closing, root int) bool {
	for j := closing - 1; j >= 0; j-- {
		if openingMark(toks[j]) {
			return j < root
		}
	}
	return true
}
