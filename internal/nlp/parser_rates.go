package nlp

import "strings"

// ratesAsSubjects mends a rate's unit read as the subject of the verb
// after it ("At a stall where fuel is sold for 1,400 gourdes a gallon,
// taxi driver Jonas Belot said…", with "a gallon" made the subject and
// the driver hung from it in apposition): "a" or "an" and a singular
// noun right after a number or a counted noun say how much per what (the
// treebanks hang it from the quantity as nmod:unmarked), and the phrase
// set off by a comma after it (hung from the unit in apposition, or made a
// second subject) is the verb's real subject. Only where that
// phrase is there: a rate with no subject after it is left as parsed.
// first is the index of toks[0] in the analysis.
func ratesAsSubjects(toks []Token, first int) {
	for g := 2; g < len(toks); g++ {
		unit := &toks[g]
		if unit.XPOS != "NN" || !strings.HasPrefix(unit.Rel, "nsubj") || unit.Head < 0 {
			continue
		}
		det := &toks[g-1]
		if det.Head != first+g || det.Rel != "det" || !EqualFoldLower(det.Text, "a") && !EqualFoldLower(det.Text, "an") {
			continue
		}
		if !quantity(toks, g-2, first) || dominates(toks, g, g-2, first) {
			continue // not where the quantity hangs below the unit: no cycle
		}
		// The phrase set off after it, before the verb: an apposition of
		// the unit, or a second subject of the verb.
		v := unit.Head - first
		subj := -1
		for k := g + 1; k < len(toks) && k < v; k++ {
			if toks[k].UPOS != "NOUN" && toks[k].UPOS != "PROPN" {
				continue
			}
			if toks[k].Head == first+g && toks[k].Rel == "appos" || toks[k].Head == unit.Head && toks[k].Rel == unit.Rel {
				subj = k
				break
			}
		}
		if subj < 0 || toks[g+1].Text != "," {
			continue
		}
		toks[subj].Head, toks[subj].Rel = unit.Head, unit.Rel
		unit.Head, unit.Rel = first+g-2, "nmod:unmarked"
	}
}

// quantity reports whether token q counts something: a number, or a
// plural noun with a number before it ("1,400 gourdes", "$80").
func quantity(toks []Token, q, first int) bool {
	if q < 0 {
		return false
	}
	t := &toks[q]
	if t.XPOS == "CD" || t.XPOS == "$" {
		return true
	}
	if t.XPOS != "NNS" {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		if toks[k].Head == first+q && toks[k].Rel == "nummod" {
			return true
		}
	}
	return false
}
