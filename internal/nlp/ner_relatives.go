package nlp

import "strings"

// relativePersons makes a person of a name of two or three words that the
// model typed as a body or a place but that a relative clause opened by
// "who" or "whom" describes ("Helga Berg, who chairs the vessel owners'
// federation, warned…", however the parser hung the clause after the
// comma), when its first word is a given name the lists
// know, or when none of its words is a body's word or a word the lists
// know as part of a place's or a body's name and "he" or "she" (or "him",
// "his", "her") follows within two sentences with no person named
// between: places take "which" and "where", and bodies that take "who"
// ("the union, who…") are not "he" or "she". It returns the indices of
// the spans it retyped, for spreadPersons.
func relativePersons(a *Analysis, x *nerDoc, spans []nerSpan) []int {
	var out []int
	for i := range a.Tokens {
		w := a.Tokens[i].Text
		if !EqualFoldLower(w, "who") && !EqualFoldLower(w, "whom") {
			continue
		}
		h := -1
		if v := a.Tokens[i].Head; v >= 0 && strings.HasSuffix(a.Tokens[v].Rel, "relcl") && a.Tokens[v].Head >= 0 {
			h = a.Tokens[v].Head
		}
		// "The words belong to Marthe Zanga, who runs a network…", with
		// the clause hung elsewhere by the parser: "who" right after the
		// comma that closes the name describes it.
		after := -1
		if i >= 2 && a.Tokens[i-1].Text == "," && a.Tokens[i-2].Sent == a.Tokens[i].Sent {
			after = i - 2
		}
		if h < 0 && after < 0 {
			continue
		}
		for k := range spans {
			sp := &spans[k]
			if (h < sp.first || h >= sp.last) && (after < 0 || sp.last != after+1) {
				continue
			}
			if (sp.typ == ORG || sp.typ == "PLACE") && sp.last-sp.first >= 2 && sp.last-sp.first <= 3 && sp.last <= i &&
				(givenNameIn(x, sp.first, sp.first+1) || (plainName(x, *sp) || h >= sp.first && h < sp.last && plainSurname(x, *sp)) && gendered(a, spans, k)) {
				sp.typ = PERSON
				out = append(out, k)
			}
			break
		}
	}
	return out
}

// subjectPersons makes a person of a name of two or three words that the
// model typed as a place but that is the subject of a verb ("On Kadavu,
// Mere Tawake has fished the same lagoon for forty years") when none of
// its words is a body's word or one the lists know in a place's or a
// body's name and "he" or "she" is the subject of a verb within two
// sentences after it, with no person named between: a place the lists do not know seldom acts, and
// is no "she". It returns the indices of the spans it retyped, for
// spreadPersons.
func subjectPersons(a *Analysis, x *nerDoc, spans []nerSpan) []int {
	var out []int
	for k := range spans {
		sp := &spans[k]
		if sp.typ != "PLACE" || sp.last-sp.first < 2 || sp.last-sp.first > 3 {
			continue
		}
		head := -1 // the token of the span the others hang from
		for i := sp.first; i < sp.last; i++ {
			if h := a.Tokens[i].Head; h < sp.first || h >= sp.last {
				if head >= 0 {
					head = -2
					break
				}
				head = i
			}
		}
		if head < 0 || a.Tokens[head].Rel != "nsubj" {
			continue
		}
		if v := a.Tokens[head].Head; v < 0 || a.Tokens[v].UPOS != "VERB" {
			continue
		}
		if plainName(x, *sp) && subjectPronounAfter(a, spans, k) {
			sp.typ = PERSON
			out = append(out, k)
		}
	}
	return out
}

// subjectPronounAfter reports whether "he" or "she" is the subject of a
// verb after spans[k], in its sentence or the two after it, before any
// person the model named ("her" may be whoever the name acts on: "Blue
// Harbor had blocked her tour").
func subjectPronounAfter(a *Analysis, spans []nerSpan, k int) bool {
	return pronounAfter(a, spans, k, func(i int) bool {
		w := strings.ToLower(a.Tokens[i].Text)
		return (w == "he" || w == "she") && strings.HasPrefix(a.Tokens[i].Rel, "nsubj")
	})
}

// placeOrBodyListed is every list bit of the names of places and bodies,
// in any position of the name.
var placeOrBodyListed = func() uint64 {
	var m uint64
	for _, c := range "CSYRIGPK" {
		for _, p := range "BILU" {
			m |= gazBit(byte(c), byte(p))
		}
	}
	return m
}()

// plainName reports whether a span's words are all capitalised, none a
// body's word, a company's designation or a word the lists know in the
// name of a place or a body.
func plainName(x *nerDoc, sp nerSpan) bool {
	for i := sp.first; i < sp.last; i++ {
		if !capitalised(x.words[i]) || bodyNouns[x.lower[i]] || companyDesignations[strings.TrimSuffix(x.words[i], ".")] || x.gaz[i]&placeOrBodyListed != 0 {
			return false
		}
	}
	return true
}

// plainSurname reports whether the words of a span after its first are
// plain capitalised words (see plainName) and its first is a capitalised
// word that is no body's: a given name the lists know only as a place
// ("Milan Radović"), which a relative clause on the name and a "he" after
// it show to be a person's.
func plainSurname(x *nerDoc, sp nerSpan) bool {
	f := sp.first
	return capitalised(x.words[f]) && !bodyNouns[x.lower[f]] && !companyDesignations[strings.TrimSuffix(x.words[f], ".")] &&
		plainName(x, nerSpan{first: f + 1, last: sp.last, typ: sp.typ})
}

// gendered reports whether "he", "she", "him", "his" or "her" stands
// after spans[k], in its sentence or the two after it, before any person
// the model named.
func gendered(a *Analysis, spans []nerSpan, k int) bool {
	return pronounAfter(a, spans, k, func(i int) bool {
		switch strings.ToLower(a.Tokens[i].Text) {
		case "he", "she", "him", "his", "her":
			return true
		}
		return false
	})
}

// pronounAfter reports whether a token that fits stands after spans[k],
// in its sentence or the two after it, before any person the model
// named (a name modifying a common noun is no one: modifierName).
func pronounAfter(a *Analysis, spans []nerSpan, k int, fits func(i int) bool) bool {
	sp := spans[k]
	sent := a.Tokens[sp.first].Sent
	next := len(a.Tokens)
	for m := k + 1; m < len(spans); m++ {
		if spans[m].typ == PERSON && !modifierName(a, spans[m]) {
			next = spans[m].first
			break
		}
	}
	for i := sp.last; i < next && a.Tokens[i].Sent <= sent+2; i++ {
		if fits(i) {
			return true
		}
	}
	return false
}

// modifierName reports whether a span is a name written as a modifier of a
// common noun ("the Ylinen tenants' club"): whatever type the model gave
// it, it names no one a "he" or "she" after it can stand for.
func modifierName(a *Analysis, sp nerSpan) bool {
	h := a.Tokens[sp.last-1].Head
	return a.Tokens[sp.last-1].Rel == "compound" && h >= sp.last && a.Tokens[h].UPOS == "NOUN"
}
