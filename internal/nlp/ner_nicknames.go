package nlp

import "slices"

// nicknamedNames makes one person's name of a given name, a nickname in
// quotation marks and a surname written together ("Valdemar “Tatu” dos
// Reis", "Joaquim “Quim” Barreto"), which the marks split for the model:
// the given name, one to three capitalised words in marks, and
// capitalised words after them (with the particles of a name, "dos",
// "van"…), up to three, replace the spans they overlap. The given name
// must be one the lists know, or the model must have read a word of the
// run as a person's; a run that goes on into more capitalised words is
// a title or a body ("the “Big Four” Accounting Firms"), not a name.
func nicknamedNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	toks := a.Tokens
	for k := 0; k+4 < len(toks); k++ {
		if !capitalised(toks[k].Text) || toks[k].UPOS != "PROPN" || !openingMark(toks[k+1]) || toks[k+1].End >= 0 && toks[k+1].End != toks[k+2].Start {
			continue
		}
		sent := toks[k].Sent
		// The nickname: capitalised words up to the closing mark.
		m := k + 2
		for m < len(toks) && m < k+5 && toks[m].Sent == sent && capitalised(toks[m].Text) {
			m++
		}
		if m == k+2 || m >= len(toks) || !closingMark(toks[m]) {
			continue
		}
		// The surname: particles, then capitalised words.
		j := m + 1
		for j < len(toks) && toks[j].Sent == sent && nameParticle(toks[j].Text) {
			j++
		}
		end := j
		for end < len(toks) && end < j+3 && toks[end].Sent == sent && capitalised(toks[end].Text) && toks[end].UPOS == "PROPN" {
			end++
		}
		if end == j || end < len(toks) && toks[end].Sent == sent && capitalised(toks[end].Text) {
			continue
		}
		person := givenNameIn(x, k, k+1)
		for _, sp := range spans {
			if sp.typ == PERSON && sp.first < end && sp.last > k {
				person = true
			}
		}
		if !person {
			continue
		}
		spans = slices.DeleteFunc(spans, func(sp nerSpan) bool { return sp.first < end && sp.last > k })
		at, _ := slices.BinarySearchFunc(spans, k, func(sp nerSpan, k int) int { return sp.first - k })
		spans = slices.Insert(spans, at, nerSpan{first: k, last: end, typ: PERSON})
		k = end - 1
	}
	return spans
}
