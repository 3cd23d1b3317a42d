package ask

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// clauseOf returns the head of the clause token k stands in: k itself
// when it heads one (the root, a clausal complement, an adverbial or
// relative clause, a verb in coordination), else the nearest ancestor
// that does. A participle modifying a noun ("a World Bank-appointed
// expert") stands in the clause of that noun.
func (si *sentInfo) clauseOf(k int) int {
	for n := 0; k >= 0 && k < len(si.toks) && n < len(si.toks); n++ {
		t := &si.toks[k]
		if t.Head < 0 {
			return k
		}
		switch t.Rel {
		case "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass":
			return k
		case "conj":
			if t.UPOS == "VERB" || t.UPOS == "AUX" {
				return k
			}
		}
		k = t.Head
	}
	return -1
}

// reaches reports whether climbing from token k to its heads meets token
// to before it leaves a clause coordinated with another ("…, and a ruling
// is expected next year" is a clause of its own).
func (si *sentInfo) reaches(k, to int) bool {
	for n := 0; k >= 0 && k < len(si.toks) && n < len(si.toks); n++ {
		if k == to {
			return true
		}
		t := &si.toks[k]
		if t.Rel == "parataxis" || t.Rel == "conj" && (t.UPOS == "VERB" || t.UPOS == "AUX") {
			return false
		}
		k = t.Head
	}
	return false
}

// verbWhen reports, for the verb lemma l of a "when" question, whether
// the sentence uses it (as a verb or a participle) and, if so, whether a
// date or a time that says when belongs with one of its uses: in the
// verb's own clause, in a clause under it, or as what the verb's clause
// hangs from ("on Feb. 9, when the court put the rule on hold"). "A
// World Bank-appointed neutral expert is hearing the dispute, and a
// ruling is expected next year" says when the ruling is expected, not
// when the expert was appointed.
func (si *sentInfo) verbWhen(l string) (uses, dated bool) {
	date := func(e entity) bool {
		return (e.typ == nlp.DATE || e.typ == nlp.TIME) && !si.isDuration(e)
	}
	uses, dated = si.verbWith(l, date)
	if uses && !dated {
		dated = si.whenAfterDate(l, date)
	}
	return uses, dated
}

// whenAfterDate reports whether a use of the verb lemma l heads a clause
// that "when" opens right after a date ("salary arrears dating back to
// 2017, when the last agreement was signed"), which says when, wherever
// the parser hung the clause.
func (si *sentInfo) whenAfterDate(l string, date func(entity) bool) bool {
	for k, t := range si.toks {
		if !strings.EqualFold(t.Text, "when") || t.Head < 0 || !strings.EqualFold(si.toks[t.Head].Lemma, l) || k < 2 {
			continue
		}
		j := k - 1
		if si.toks[j].Text == "," {
			j--
		}
		for _, e := range si.ents {
			if e.last-1 == j && date(e) {
				return true
			}
		}
	}
	return false
}

// verbWhere is verbWhen for a "where" question: whether the sentence
// uses the verb l and, if so, whether a place that says where ("in
// London", "at the Diplomatic Academy") belongs with one of its uses.
// "The two sides agreed to hold another round before the end of the
// year" uses "hold" but says no place.
func (si *sentInfo) verbWhere(l string) (uses, placed bool) {
	return si.verbWith(l, si.saysWhere)
}

// verbWith reports whether the sentence uses the verb lemma l (as a
// verb or a participle) and, if so, whether an entity that value accepts
// belongs with one of its uses: in the verb's own clause, in a clause
// under it, or as what the verb's clause hangs from.
func (si *sentInfo) verbWith(l string, value func(entity) bool) (uses, has bool) {
	var verbs []int
	for k, t := range si.toks {
		if (t.UPOS == "VERB" || t.UPOS == "ADJ") && strings.EqualFold(t.Lemma, l) {
			verbs = append(verbs, k)
		}
	}
	if len(verbs) == 0 {
		return false, false
	}
	for _, e := range si.ents {
		if !value(e) {
			continue
		}
		for d := e.first; d < e.last; d++ {
			for _, v := range verbs {
				if si.reaches(d, si.clauseOf(v)) || si.reaches(v, si.clauseOf(d)) || si.reaches(v, d) {
					return true, true
				}
			}
		}
	}
	return true, false
}

// placePreps are the prepositions that put a name in a place ("in
// Geneva", "at the UN headquarters", "outside Brussels").
var placePreps = set(`in at near outside inside within across throughout`)

// saysWhere reports whether entity e says where something is or happens:
// a place, a facility or a venue brought in by a preposition of place
// ("talks in London", "a meeting at Lancaster House"), not a country
// that acts ("China resumed shipments") or owns ("China's ministry").
func (si *sentInfo) saysWhere(e entity) bool {
	switch e.typ {
	case nlp.GPE, nlp.LOC, nlp.ORG:
	default:
		return false
	}
	if e.typ == nlp.ORG && !si.venueIn(e) {
		return false
	}
	k := e.first - 1
	for k >= 0 && (si.toks[k].UPOS == "DET" || si.toks[k].UPOS == "ADJ" || si.toks[k].UPOS == "PROPN") {
		k--
	}
	return k >= 0 && placePreps[strings.ToLower(si.toks[k].Text)]
}

// placesAnything reports whether the sentence says where anything is or
// happens by a place a preposition of place brings in ("talks in
// Geneva").
func (si *sentInfo) placesAnything() bool {
	for _, e := range si.ents {
		if si.saysWhere(e) {
			return true
		}
	}
	return false
}
