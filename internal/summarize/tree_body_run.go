package summarize

// A body's name the entity model cut short or split: "the Hostages and
// Missing Families Forum" read as a place and three words more, "the
// Parents and Citizens Council of Queensland" as "the Parents" and an
// organisation. The tree and the capitals say where the name runs.

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// bodyRunSpeaker returns the name of the body the source at src is the
// head of (bodyRun), where that name is longer than the entity the
// model found at src (or there is none): false where src heads no such
// run.
func (t *tree) bodyRunSpeaker(src int) (string, bool) {
	first, last, ok := t.bodyRun(src)
	if !ok {
		return "", false
	}
	a := t.a
	if e := t.entityAt(src); e >= 0 && a.Entities[e].First <= first && a.Entities[e].Last >= last {
		return "", false
	}
	// "Colorado's Division of Water Resources": the name of the place
	// whose body it is stays with it.
	for _, c := range t.children(src) {
		if ci := int(c); ci < first && a.Tokens[ci].Rel == "nmod:poss" && a.Tokens[ci].UPOS == "PROPN" {
			first = int(t.left[ci])
		}
	}
	return a.Span(first, last), true
}

// entityBodyRun returns, for an organisation the entity model found as
// part of a longer body's name (bodyRun), the longer name: "the
// Eswatini Water and Agricultural Development Enterprise" for "Eswatini
// Water", when a pronoun ("it said") or a later mention stands for it.
// It returns "" for any other entity.
func (t *tree) entityBodyRun(ei int) string {
	a := t.a
	e := &a.Entities[ei]
	if e.Type != nlp.ORG {
		return ""
	}
	for k := e.First; k < e.Last; k++ {
		if h := a.Tokens[k].Head; h < e.First || h >= e.Last {
			if first, last, ok := t.bodyRun(k); ok && (first < e.First || last > e.Last) {
				return a.Span(first, last)
			}
			return ""
		}
	}
	return ""
}

// bodyRunWord reports whether token k may stand inside a body's name:
// written with a capital and read as a name, or as a capitalised noun
// or adjective that does not open its sentence ("Missing Families").
func (t *tree) bodyRunWord(k int) bool {
	tok := &t.a.Tokens[k]
	if !properName(tok.Text) || t.quoted[k] {
		return false
	}
	// Not a date after it ("the Security Council on Friday").
	if e := t.entityAt(k); e >= 0 && (t.a.Entities[e].Type == nlp.DATE || t.a.Entities[e].Type == nlp.TIME) {
		return false
	}
	switch tok.UPOS {
	case "PROPN":
		return true
	case "NOUN", "ADJ":
		return k > 0 && t.a.Tokens[k-1].Sent == tok.Sent
	}
	return false
}

// bodyRunJoin reports whether a word joins two parts of one name:
// "Hostages and Missing Families Forum", "Council of Queensland",
// "Mission to Moldova", "Committee on Foreign Relations", "Workers'
// Union".
func bodyRunJoin(w string) bool {
	switch strings.ToLower(w) {
	case "and", "&", "of", "for", "on", "to", "'", "’":
		return true
	}
	return false
}

// bodyRun returns the tokens [first, last) of the name of a body that
// src stands in: the run of capitalised words around src, parts joined
// by "and", "of", "for", "on", "to" or a plural's apostrophe, with a word
// naming a kind of body ("Forum", "Council", "Mission") followed by
// nothing but a joined name ("of Queensland") or the body's number ("No.
// 1"). The run is one phrase of the tree whose head is src, or a word
// after the body word that names no place or person ("Competition" of
// "the Commission for Protection of Competition"); no person's name
// opens it; and it holds at least one joining word or number, since a
// bare run of capitals is the entity model's to read. ok is false for
// any other source.
func (t *tree) bodyRun(src int) (first, last int, ok bool) {
	a := t.a
	// "Minister of Government": an office, not a body.
	if !t.bodyRunWord(src) || isTitleWord(a.Tokens[src].Text) {
		return 0, 0, false
	}
	sent := a.Tokens[src].Sent
	first, last = src, src+1
	for {
		switch k := first - 1; {
		case k >= 0 && a.Tokens[k].Sent == sent && t.bodyRunWord(k):
			first = k
			continue
		case k-1 >= 0 && a.Tokens[k-1].Sent == sent && bodyRunJoin(a.Tokens[k].Text) && t.bodyRunWord(k-1):
			first = k - 1
			continue
		}
		break
	}
	for {
		switch k := last; {
		case k < len(a.Tokens) && a.Tokens[k].Sent == sent && t.bodyRunWord(k):
			last = k + 1
			continue
		case k+1 < len(a.Tokens) && a.Tokens[k+1].Sent == sent && bodyRunJoin(a.Tokens[k].Text) && t.bodyRunWord(k+1):
			last = k + 2
			continue
		case k+1 < len(a.Tokens) && a.Tokens[k].Sent == sent && lowerIn(orgWords, a.Tokens[k-1].Text) &&
			(a.Tokens[k].Text == "No." || a.Tokens[k].Text == "No") && allDigits(a.Tokens[k+1].Text):
			// "Workers' Union No. 1": the number of one body among
			// several.
			last = k + 2
		case k < len(a.Tokens) && a.Tokens[k].Sent == sent && allDigits(a.Tokens[k].Text) && (a.Tokens[k].Head == k-1 || a.Tokens[k-1].Text == "No.") &&
			(lowerIn(orgWords, a.Tokens[k-1].Text) || a.Tokens[k-1].Text == "No." && k >= 2 && lowerIn(orgWords, a.Tokens[k-2].Text)):
			last = k + 1 // "Local Union 760"
		}
		break
	}
	// A body word, with only joined names after it.
	body, joins := -1, 0
	var buf [lowerBufLen]byte // a word's lower case, on the stack when short
	for k := first; k < last; k++ {
		w := string(lowerBytes(buf[:0], a.Tokens[k].Text))
		if bodyRunJoin(w) || allDigits(w) {
			joins++
			continue
		}
		if a.Tokens[k].UPOS != "ADJ" && bodyKind(w) {
			body = k
		}
	}
	if body < 0 || joins == 0 {
		return 0, 0, false
	}
	// After the body word, a name it joins ("of Queensland") or its
	// number ("No. 1", "760"); not more words of another name ("Mines
	// and Energy Minister Petrus Haufiku"), nor a second party joined
	// by "and" ("the Union and Ireland").
	if k := body + 1; k < last {
		if w := string(lowerBytes(buf[:0], a.Tokens[k].Text)); w != "of" && w != "to" && w != "for" && w != "on" && w != "no." && w != "no" && !allDigits(w) {
			return 0, 0, false
		}
	}
	for k := body + 1; k < last; k++ {
		if w := string(lowerBytes(buf[:0], a.Tokens[k].Text)); w == "and" || w == "&" {
			return 0, 0, false
		}
	}
	// One phrase, naming no person: its head is src, or src is a word
	// of what follows the body word, not a place's or a person's name
	// ("the Commission for Protection of Competition, which said": the
	// commission).
	head := -1
	for k := first; k < last; k++ {
		if h := a.Tokens[k].Head; h < first || h >= last {
			if head >= 0 {
				return 0, 0, false
			}
			head = k
		}
		// A person's name inside the body's ("the Saint Lucia
		// Hospitality and Tourism Association" read with a person in
		// it), or an office the entity model took for one ("the
		// Ombudsman's Office"); not one that opens the run ("Ruto and
		// Kenya Airways").
		if e := t.entityAt(k); e >= 0 && a.Entities[e].Type == nlp.PERSON && !isTitleWord(a.Tokens[k].Text) && a.Entities[e].First <= first {
			return 0, 0, false
		}
	}
	if head != src && (src < body || t.placeAt(src) || t.entityAt(src) >= 0 && a.Entities[t.entityAt(src)].Type == nlp.PERSON) {
		return 0, 0, false
	}
	return first, last, true
}

// bodyKind reports whether a word names a kind of body ("Council",
// "Mission", "Enterprise"), not whose or where it is (nationalWord).
func bodyKind(w string) bool {
	w = strings.Trim(strings.ToLower(w), ".")
	return orgWords[w] && !nationalWord(w) || w == "enterprise"
}

// placeAt reports whether the entity model reads token k as a place.
func (t *tree) placeAt(k int) bool {
	e := t.entityAt(k)
	return e >= 0 && (t.a.Entities[e].Type == nlp.GPE || t.a.Entities[e].Type == nlp.LOC)
}

// nationalWord reports whether a word of orgWords says whose or where a
// body is rather than what kind it is ("National", "European").
func nationalWord(w string) bool {
	switch w {
	case "federal", "national", "international", "global", "european", "american", "british", "commission's", "workers":
		return true
	}
	return false
}

// allDigits reports whether w is written in digits only ("760").
func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// bodyRoleSpan returns, for a source in "a Ministry of Roads and Ports
// spokeswoman" (the body's name or the person's noun), the phrase
// [first, last) from the indefinite article to that noun: a person's
// noun right after an organisation the entity model found, linked to it
// by the tree however the parser hung the two ("Ministry" with the noun
// as its "nmod", or both subjects of one verb), with the article before
// the name. The phrase is someone the story brings in by the body they
// speak for, not the body. ok is false for any other source, and where
// a name follows the noun ("a Ministry spokeswoman, Ana Ortiz,").
func (t *tree) bodyRoleSpan(src int) (first, last int, ok bool) {
	a := t.a
	e := t.entityAt(src)
	if e < 0 && src > 0 {
		e = t.entityAt(src - 1)
	}
	if e < 0 || a.Entities[e].Type != nlp.ORG {
		return 0, 0, false
	}
	ent := &a.Entities[e]
	role := ent.Last
	if src < ent.First || src > role || role >= len(a.Tokens) || ent.First < 1 {
		return 0, 0, false
	}
	rt := &a.Tokens[role]
	if !(rt.UPOS == "NOUN" && rt.XPOS == "NN" || t.roleReadAsAdjective(role, ent)) || rt.Sent != a.Tokens[ent.First].Sent || t.quoted[role] || !t.personNoun(role) {
		return 0, 0, false
	}
	d := ent.First - 1
	// "a", "an", or "one" as one ("said one Harbour Board official").
	if dt := &a.Tokens[d]; !(dt.Rel == "det" && (nlp.EqualFoldLower(dt.Text, "a") || nlp.EqualFoldLower(dt.Text, "an")) || dt.Rel == "nummod" && nlp.EqualFoldLower(dt.Text, "one")) {
		return 0, 0, false
	}
	// A name after the noun says who it is.
	for _, c := range t.children(role) {
		if ct := &a.Tokens[c]; ct.Rel == "appos" || ct.Rel == "flat" || ct.Rel == "flat:name" {
			return 0, 0, false
		}
	}
	if role+2 < len(a.Tokens) && a.Tokens[role+1].Text == "," && a.Tokens[role+2].UPOS == "PROPN" {
		return 0, 0, false
	}
	// The head of the name, the word it hangs from outside it.
	head := -1
	for k := ent.First; k < ent.Last; k++ {
		if h := a.Tokens[k].Head; h < ent.First || h >= ent.Last {
			head = k
			break
		}
	}
	if head < 0 {
		return 0, 0, false
	}
	switch h := rt.Head; {
	case h >= ent.First && h < ent.Last, a.Tokens[head].Head == role:
	case h >= 0 && h == a.Tokens[head].Head && strings.HasPrefix(rt.Rel, "nsubj") && strings.HasPrefix(a.Tokens[head].Rel, "nsubj"):
	default:
		return 0, 0, false
	}
	// With what says who the person is after the noun ("a Ministry
	// of Roads official who sat in the talks").
	return d, t.descriptionEnd(role, d, role+1), true
}

// roleReadAsAdjective reports whether the word at role, right after the
// organisation ent, is a person's noun the tagger took for an adjective
// of the name ("a Bureau of Mines official", "official" read as
// modifying "Bureau"): hung from a word of the name, with no noun after
// it that it could modify.
func (t *tree) roleReadAsAdjective(role int, ent *nlp.Entity) bool {
	a := t.a
	rt := &a.Tokens[role]
	if rt.UPOS != "ADJ" || rt.Rel != "amod" || rt.Head < ent.First || rt.Head >= ent.Last {
		return false
	}
	if n := role + 1; n < len(a.Tokens) && a.Tokens[n].Sent == rt.Sent {
		switch a.Tokens[n].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM":
			return false
		}
	}
	return true
}

// bodyRole reports whether the source at src is in a person's phrase
// that names the body they speak for (bodyRoleSpan).
func (t *tree) bodyRole(src int) bool {
	_, _, ok := t.bodyRoleSpan(src)
	return ok
}
