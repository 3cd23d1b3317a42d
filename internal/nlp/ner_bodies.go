package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span repairs of bodies' names: names closed by an institution's word or
// a company's designation, names with particles, short forms and acronyms,
// a body set beside its name, national bodies by country code.

// bodyNouns are the common nouns an organisation's name may end in after
// a people's adjective ("European Union", "American Airlines"); a
// company's own name after one ("Russian Gazprom") is not joined.
var bodyNouns = map[string]bool{
	"union": true, "commission": true, "council": true, "parliament": true, "court": true, "bank": true,
	"airlines": true, "airways": true, "party": true, "league": true, "federation": true, "alliance": true,
	"congress": true, "assembly": true, "army": true, "navy": true, "government": true, "ministry": true,
	"agency": true, "institute": true, "foundation": true, "association": true, "railways": true, "academy": true,
}

// particlesBetween reports whether tokens [from, to) are the lower-case
// particles of a name ("von der", "van", "de la", "bin").
func particlesBetween(a *Analysis, from, to int) bool {
	for k := from; k < to; k++ {
		if !nameParticle(a.Tokens[k].Text) {
			return false
		}
	}
	return to > from
}

// roleWordInName reports whether w is a common word in lower case
// (four letters or more, no particle of a name: "chairperson", not
// "van").
func roleWordInName(w string) bool { return lowerLetters(w) && !nameParticle(w) }

// upperStart reports whether w starts with a capital letter.
func upperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// nameParticle reports whether w is a lower-case particle of a name.
func nameParticle(w string) bool {
	switch w {
	case "von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "bin", "binti", "bint", "ibn", "al", "el", "dos", "das", "du", "ter", "ten",
		"dela", "delos", "los", "las":
		return true
	}
	return false
}

// NameParticle reports whether w (lower case) is a particle written
// inside names ("van", "de la", "bin", "binti"), for readers of names
// outside the analysis.
func NameParticle(w string) bool { return nameParticle(w) }

// personalParticle reports whether w is a particle written only inside
// people's names ("van", "ter", "bin"), not in places' ("de", "la").
func personalParticle(w string) bool {
	switch w {
	case "von", "van", "ter", "ten", "bin", "binti", "bint", "ibn":
		return true
	}
	return false
}

// bodiesOfTwoFields carries a body's name the model ended at the first
// of two fields it is for or of, over "and" and the second, capitalised
// and no entity of its own ("The Department for Business | and Trade
// said", "the Ministry of Industry | and Trade"), where the name is not
// followed by another capitalised word.
func bodiesOfTwoFields(a *Analysis, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != ORG || sp.last+1 >= len(a.Tokens) || a.Tokens[sp.last].Text != "and" {
			continue
		}
		sent := a.Tokens[sp.first].Sent
		field := false
		for j := sp.first + 1; j < sp.last-1; j++ {
			if w := a.Tokens[j].Text; w == "for" || w == "of" {
				field = true
			}
		}
		if !field {
			continue
		}
		next := len(a.Tokens)
		if k+1 < len(spans) {
			next = spans[k+1].first
		}
		end := sp.last + 1
		for end < len(a.Tokens) && end < next && end <= sp.last+3 && a.Tokens[end].Sent == sent && capitalised(a.Tokens[end].Text) {
			end++
		}
		if end == sp.last+1 || end > sp.last+3 || end < len(a.Tokens) && end < next && a.Tokens[end].Sent == sent && capitalised(a.Tokens[end].Text) {
			continue
		}
		sp.last = end
	}
	return spans
}

// ofBodyHeads are the capitalised nouns that head a body's name written
// with "of" ("the Syndicate of Vanilla Exporters of SAVA", "the Union of
// Cocoa Growers", "the Chamber of Independent Power Producers").
var ofBodyHeads = map[string]bool{
	"union": true, "syndicate": true, "federation": true, "confederation": true, "association": true, "chamber": true,
	"guild": true, "council": true, "league": true, "alliance": true, "coalition": true, "society": true, "order": true,
}

// bodiesOfNames adds the bodies named by such a noun, "of" and
// capitalised words that the model left without an entity: the noun,
// written with a capital inside a sentence after "the", and every
// capitalised word after it, over "of" between them, none of them in an
// entity. Spans stay in text order.
func bodiesOfNames(a *Analysis, spans []nerSpan) []nerSpan {
	covered := func(j int) bool {
		for _, sp := range spans {
			if sp.first <= j && j < sp.last {
				return true
			}
		}
		return false
	}
	n := len(spans)
	for i := 1; i+2 < len(a.Tokens); i++ {
		t := &a.Tokens[i]
		if !capitalised(t.Text) || a.Tokens[i+1].Text != "of" || !EqualFoldLower(a.Tokens[i-1].Text, "the") || !ofBodyHeads[strings.ToLower(t.Text)] || covered(i) {
			continue
		}
		sent := t.Sent
		end := i + 1
		for j := i + 1; j < len(a.Tokens) && j <= i+8 && a.Tokens[j].Sent == sent; j++ {
			w := a.Tokens[j].Text
			if w == "of" && j+1 < len(a.Tokens) && (capitalised(a.Tokens[j+1].Text) || acronymWord(a.Tokens[j+1].Text)) {
				continue
			}
			if !capitalised(w) && !acronymWord(w) || covered(j) || a.Tokens[j].XPOS != "NNP" && a.Tokens[j].XPOS != "NNPS" {
				break
			}
			end = j + 1
		}
		if end <= i+2 {
			continue
		}
		spans = append(spans, nerSpan{first: i, last: end, typ: ORG})
		i = end - 1
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(p, q nerSpan) int { return p.first - q.first })
	}
	return spans
}

// particleHeads carries a person's name the model began at the surname
// back over the particles before it ("van der", "de la") to the given
// name before them ("Pieter van der Merwe", read as "Merwe"), or to the
// particle itself when it is capitalised and no name comes before it
// ("Van der Merwe said"), where no other entity holds those words.
func particleHeads(a *Analysis, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON {
			continue
		}
		sent := a.Tokens[sp.first].Sent
		first := a.Sentences[sent].First
		j := sp.first - 1
		var buf [32]byte // a word's lower case (lowerKey)
		for j >= first && sp.first-j <= 3 && nameParticle(lowerKey(buf[:], a.Tokens[j].Text)) {
			j--
		}
		if j == sp.first-1 {
			continue // no particle
		}
		prevEnd := -1
		if k > 0 {
			prevEnd = spans[k-1].last
		}
		switch {
		case j >= first && j >= prevEnd && a.Tokens[j].XPOS == "NNP" && capitalised(a.Tokens[j].Text) && !officeTitles[strings.ToLower(a.Tokens[j].Text)]:
			sp.first = j // "Pieter | van der Merwe"
		case j+1 >= prevEnd && capitalised(a.Tokens[j+1].Text) && (j < first || a.Tokens[j].XPOS != "NNP"):
			sp.first = j + 1 // "Van der Merwe"
		}
	}
	return spans
}

// particleNames makes one person's name of a capitalised word, the
// lower-case particles after it and the capitalised word after them
// ("Adriaan van der Merwe", "Pieter van der Berg"), where the model found
// the given name alone, the surname alone, or a one-word name of another
// kind at the surname ("Berg" as a place), or nothing but the given name
// is one the lists know and the surname can be a name's word. A span
// that holds the words already, or one of another kind over the given
// name ("Banco de la Nación"), is left as it is.
func particleNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var added []nerSpan
	drop := false
	k := 0 // the first span that ends after the given name
	for p := 1; p+1 < len(a.Tokens); p++ {
		if !nameParticle(x.words[p]) || nameParticle(x.words[p-1]) {
			continue
		}
		g, sent := p-1, a.Tokens[p].Sent
		j := p
		for j < len(a.Tokens) && j-p < 3 && nameParticle(x.words[j]) {
			j++
		}
		if j >= len(a.Tokens) || a.Tokens[g].Sent != sent || a.Tokens[j].Sent != sent || !capitalised(x.words[g]) || !capitalised(x.words[j]) || officeTitles[x.lower[g]] {
			continue
		}
		for k < len(spans) && spans[k].last <= g {
			k++
		}
		sg, ss := -1, -1
		for q := k; q < len(spans) && spans[q].first <= j; q++ {
			switch {
			case spans[q].first <= g && g < spans[q].last:
				sg = q
			case spans[q].first <= j && j < spans[q].last:
				ss = q
			default:
				sg = -2 // a span over a particle
			}
		}
		if sg == -2 || sg >= 0 && (spans[sg].typ != PERSON || spans[sg].last != g+1) {
			continue
		}
		if ss >= 0 && (spans[ss].first != j && (spans[ss].first < p || spans[ss].typ != PERSON) || spans[ss].typ != PERSON && spans[ss].last-spans[ss].first != 1) {
			continue // a span from a particle on is the surname ("dela Paz-Villanueva")
		}
		// A given name the lists do not know is one where the particle
		// is only ever a name's ("Hendrik ter Horst", "Pieter van der
		// Berg"), unlike "de" or "la" ("Rio de Janeiro").
		person := sg >= 0 || ss >= 0 && spans[ss].typ == PERSON && nameWord(x, g) ||
			(givenNameIn(x, g, g+1) || sg < 0 && ss < 0 && personalParticle(x.words[p]) && nameWord(x, g)) && nameWord(x, j)
		if !person || ss >= 0 && spans[ss].typ != PERSON && !nameWord(x, j) {
			continue
		}
		switch {
		case sg >= 0 && ss >= 0:
			spans[sg].last = spans[ss].last
			spans[ss].typ = ""
			drop = true
		case sg >= 0:
			spans[sg].last = j + 1
		case ss >= 0:
			spans[ss].first, spans[ss].typ = g, PERSON
		default:
			added = append(added, nerSpan{g, j + 1, PERSON})
		}
	}
	if drop {
		spans = slices.DeleteFunc(spans, func(sp nerSpan) bool { return sp.typ == "" })
	}
	return mergeSpans(spans, added)
}

// particleTails carries a person's name the model ended at the given
// name, or at the particle, over a particle joined by a hyphen to the
// capitalised surname after it, where no other entity holds them
// ("Khalid al-Mansouri", read as "Khalid" or "Khalid al").
func particleTails(a *Analysis, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON {
			continue
		}
		// The particle: the span's last word ("Khalid al | -Mansouri")
		// or the word after it.
		i := sp.last
		if i-1 > sp.first && nameParticle(a.Tokens[i-1].Text) {
			i--
		}
		if i+2 >= len(a.Tokens) || k+1 < len(spans) && spans[k+1].first <= i+2 {
			continue
		}
		p, h, s := &a.Tokens[i], &a.Tokens[i+1], &a.Tokens[i+2]
		if p.Sent != a.Tokens[sp.first].Sent || s.Sent != p.Sent || p.End < 0 || !nameParticle(p.Text) {
			continue
		}
		if h.Text != "-" || h.Start != p.End || s.Start != h.End {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s.Text); unicode.IsUpper(r) {
			sp.last = i + 3
		}
	}
	return spans
}

// bodiesByLastWord makes an organisation of a name of two or more words
// the model read as a person's whose last word the document names alone
// as an organisation at least twice and never as a person ("the Twin
// Forks Cutthroats" beside "The Cutthroats have played…"), unless the
// name opens with a given name the lists know.
func bodiesByLastWord(x *nerDoc, spans []nerSpan) {
	var org, per map[string]int
	for _, sp := range spans {
		if sp.last-sp.first != 1 {
			continue
		}
		switch w := x.words[sp.first]; sp.typ {
		case ORG:
			if org == nil {
				org = map[string]int{}
			}
			org[w]++
		case PERSON:
			if per == nil {
				per = map[string]int{}
			}
			per[w]++
		}
	}
	if org == nil {
		return
	}
	for k := range spans {
		sp := &spans[k]
		if w := x.words[sp.last-1]; sp.typ == PERSON && sp.last-sp.first > 1 && org[w] >= 2 && per[w] == 0 && !givenNameIn(x, sp.first, sp.first+1) {
			sp.typ = ORG
		}
	}
}

// nerOrgShortForms adds the short forms of organisation names the model
// missed: a run of capitalised proper nouns outside every entity that is
// the first two words or more of a longer ORG name elsewhere in the
// document ("Big Machine" after "Big Machine Records"), or its first word
// where the rest is only a company's designation ("Acme" after "Acme
// Corp."), is that organisation; unless the run goes on into another
// capitalised word, or is one word also written in lower case elsewhere.
// A span the model read as a person's name that is the first words of a
// company's name ending in its designation elsewhere ("Hsin Tai" after
// "Hsin Tai Precision Industries") is the company. Spans stay in text
// order.
func nerOrgShortForms(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var prefix map[string]bool      // "Big Machine", "Acme"
	var institution map[string]bool // "St. Brigid" of "St. Brigid Medical Center"
	var firm map[string]bool        // "Hsin Tai" of "Hsin Tai Precision Industries"
	covered := make([]bool, len(x.words))
	for k := range spans {
		// A name that ends in an institution's word ("St. Brigid Medical
		// Center", "Carlow University"), read as a place that no list
		// knows, is the institution.
		if sp := &spans[k]; (sp.typ == LOC || sp.typ == GPE || sp.typ == "PLACE") && sp.last-sp.first >= 2 && x.institutionWord(sp.last-1) && !x.listedPlace(sp.first, sp.last) {
			sp.typ = ORG
		}
	}
	for _, sp := range spans {
		for i := sp.first; i < sp.last; i++ {
			covered[i] = true
		}
		n := sp.last - sp.first
		// A designation written before the name, in capitals ("PT
		// Sinar Laut Fisheries", "JSC Volga Cables"), is dropped too:
		// the short forms are the words after it ("Sinar Laut").
		lead := n >= 3 && leadingDesignations[strings.TrimSuffix(x.words[sp.first], ".")] && capitalised(x.words[sp.first+1])
		if sp.typ != ORG || n < 2 || !capitalised(x.words[sp.first]) && !lead {
			continue
		}
		if prefix == nil {
			prefix = map[string]bool{}
		}
		key := x.words[sp.first]
		for k := 2; k < n; k++ {
			key += " " + x.words[sp.first+k-1]
			prefix[key] = true
			if x.institutionWord(sp.last - 1) {
				if institution == nil {
					institution = map[string]bool{}
				}
				institution[key] = true
			}
		}
		if n == 2 && companyDesignations[strings.TrimSuffix(x.words[sp.first+1], ".")] {
			prefix[x.words[sp.first]] = true
		}
		if companyDesignations[strings.TrimSuffix(x.words[sp.last-1], ".")] {
			if firm == nil {
				firm = map[string]bool{}
			}
			key := x.words[sp.first]
			for k := 1; k < n; k++ {
				firm[key] = true
				key += " " + x.words[sp.first+k]
			}
		}
		if lead {
			if firm == nil {
				firm = map[string]bool{}
			}
			key := x.words[sp.first+1]
			for k := 2; k <= n; k++ {
				if k >= 3 {
					prefix[key] = true
				}
				firm[key] = true
				if k < n {
					key += " " + x.words[sp.first+k]
				}
			}
		}
	}
	if prefix == nil {
		return spans
	}
	// A company's name without its designation that the model read as a
	// person's ("Hsin Tai said" after "Hsin Tai Precision Industries") is
	// the company's.
	for k := range spans {
		sp := &spans[k]
		if firm == nil || sp.typ != PERSON {
			continue
		}
		key := x.words[sp.first]
		for i := sp.first + 1; i < sp.last; i++ {
			key += " " + x.words[i]
		}
		if firm[key] {
			sp.typ = ORG
		}
	}
	// A short form the model read as a place ("St. Brigid" after "St.
	// Brigid Medical Center"), that no list knows as one, is the
	// institution's.
	for k := range spans {
		sp := &spans[k]
		if sp.typ != GPE && sp.typ != LOC && sp.typ != "PLACE" || sp.last-sp.first < 2 {
			continue
		}
		key := x.words[sp.first]
		for i := sp.first + 1; i < sp.last; i++ {
			key += " " + x.words[i]
		}
		if institution[key] && !x.listedPlace(sp.first, sp.last) {
			sp.typ = ORG
		}
	}
	n := len(spans)
	name := func(i int) bool {
		return i >= 0 && i < len(x.words) && (a.Tokens[i].UPOS == "PROPN" || strings.HasPrefix(a.Tokens[i].XPOS, "NNP")) && capitalised(x.words[i])
	}
	for i := 0; i < len(x.words); i++ {
		if covered[i] || !name(i) || i > 0 && name(i-1) && a.Tokens[i-1].Sent == a.Tokens[i].Sent {
			continue
		}
		j := i
		for j < len(x.words) && name(j) && !covered[j] && a.Tokens[j].Sent == a.Tokens[i].Sent {
			j++
		}
		if j < len(x.words) && covered[j] && a.Tokens[j].Sent == a.Tokens[i].Sent {
			i = j
			continue // runs on into a name
		}
		key := x.words[i]
		for k := i + 1; k < j; k++ {
			key += " " + x.words[k]
		}
		// One word also written in lower case elsewhere ("Apple" …
		// "apple") is not only the name.
		lower := j-i == 1 && x.docCase != nil && x.docCase[i]&1 != 0
		if prefix[key] && !lower {
			spans = append(spans, nerSpan{first: i, last: j, typ: ORG})
		}
		i = j - 1
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(p, q nerSpan) int { return p.first - q.first })
	}
	return spans
}

// companyKinds are the words of a company's name that say what it does
// ("Records", "Music Group"), which its short form drops.
var companyKinds = map[string]bool{
	"Records": true, "Music": true, "Entertainment": true, "Media": true, "Capital": true, "Partners": true,
	"Energy": true, "Motors": true, "Airlines": true, "Foods": true, "Pharmaceuticals": true, "Labs": true,
	"Systems": true, "Technologies": true, "Industries": true, "Bank": true, "Studios": true, "Pictures": true,
	"Productions": true, "Brands": true, "Resources": true, "Mining": true, "Petroleum": true, "Airways": true,
}

// acronymDefinedNames adds, as an organisation, a name the story defines
// a short form for in brackets whose capitals spell it ("The Australian
// Nursing and Midwifery Federation’s SA branch (ANMF)": "Australian
// Nursing and Midwifery Federation"), with the short form, where the
// model found no person there nor the whole name; what it read inside
// the name ("Australian" as a nationality, "Allied Workers Federation"
// of "Harbour Nursing and Allied Workers Federation") gives way. Spans stay in text
// order.
func acronymDefinedNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var added []nerSpan
	for i := 1; i+2 < len(x.words); i++ {
		acr := x.words[i+1]
		if x.words[i] != "(" || x.words[i+2] != ")" || !acronymWord(acr) {
			continue
		}
		first, last := acronymName(x, i, acr)
		if first < 0 || slices.ContainsFunc(spans, func(sp nerSpan) bool {
			// A person there, or an organisation that is not a part of
			// the name ("Allied Workers Federation" is).
			return sp.first < last && first < sp.last && (sp.typ == PERSON && (sp.first != first || sp.last != last) || sp.typ == ORG && (sp.first < first || sp.last > last || sp.first == first && sp.last == last))
		}) {
			continue
		}
		spans = slices.DeleteFunc(spans, func(sp nerSpan) bool { return sp.first < last && first < sp.last })
		added = append(added, nerSpan{first, last, ORG})
		if !slices.ContainsFunc(spans, func(sp nerSpan) bool { return sp.first <= i+1 && i+1 < sp.last }) {
			added = append(added, nerSpan{i + 1, i + 2, ORG})
		}
	}
	if len(added) == 0 {
		return spans
	}
	spans = slices.DeleteFunc(spans, func(sp nerSpan) bool {
		return slices.ContainsFunc(added, func(ad nerSpan) bool { return sp.first < ad.last && ad.first < sp.last })
	})
	return mergeSpans(spans, added)
}

// acronymName returns the words before the bracket at token open whose
// capitals (or initials, after a first word with its capital) spell
// acr, ending right before the bracket or before a possessive and up to
// three words ("Federation’s SA branch (ANMF)"), with "and", "of", "for",
// "&" or another language's small words (nameJoiners) inside it; -1, -1
// for none.
func acronymName(x *nerDoc, open int, acr string) (int, int) {
	for end := open; end >= open-4 && end > 0; end-- {
		if end < open && x.lower[end] != "'s" && x.lower[end] != "’s" {
			continue
		}
		k := len(acr)
		for j := end - 1; j >= 0 && k > 0; j-- {
			w := x.words[j]
			if lw := x.lower[j]; lw == "and" || lw == "of" || lw == "for" || lw == "&" || nameJoiners[lw] || lowerJoiners[lw] && w == lw {
				if j == end-1 {
					break // a name ends in no function word
				}
				continue
			}
			// "Confédération patronale des entreprises françaises
			// (CPEF)": a name in a language that writes its later
			// words in lower case, opening with a capital.
			c := w[0]
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			if c != acr[k-1] || k == 1 && !capitalised(w) {
				break
			}
			k--
			if k == 0 {
				return j, end
			}
		}
	}
	return -1, -1
}

// nameJoiners are the small words of other languages written inside a
// body's name, which its initials leave out ("des", "de la", "y").
var nameJoiners = map[string]bool{"des": true, "de": true, "du": true, "la": true, "le": true, "les": true, "et": true,
	"del": true, "della": true, "di": true, "da": true, "do": true, "dos": true, "das": true, "y": true, "e": true,
	"für": true, "und": true, "der": true, "van": true, "voor": true, "en": true}

// lowerJoiners are more of them, joiners only as written in lower case
// ("Alliance pour la Renaissance du Kivu (ARK)", "Partido por la
// Democracia (PPD)", "Fronte per il Lavoro (FL)"), not "AU" nor the "Los"
// of "Los Angeles Police Department (LAPD)".
var lowerJoiners = map[string]bool{"pour": true, "au": true, "aux": true, "sur": true, "para": true, "por": true,
	"el": true, "los": true, "las": true, "per": true, "il": true}

// designatedNames adds, as an organisation, a run of proper nouns that
// ends in a company's designation and that the model left out entirely
// ("Corvane Inc. and the agency signed…") or found only parts of: the
// designation says what the name is. Spans stay in text order.
func designatedNames(a *Analysis, spans []nerSpan) []nerSpan {
	var added []nerSpan
	drop := false
	k := 0 // spans[k] is the first span not wholly before the run
	for i := 0; i < len(a.Tokens); {
		j := i
		for j < len(a.Tokens) && a.Tokens[j].Sent == a.Tokens[i].Sent && (a.Tokens[j].XPOS == "NNP" || a.Tokens[j].XPOS == "NNPS") && capitalised(a.Tokens[j].Text) {
			j++
		}
		if j == i {
			i++
			continue
		}
		for k < len(spans) && spans[k].last <= i {
			k++
		}
		if j-i >= 2 && companyDesignations[strings.TrimSuffix(a.Tokens[j-1].Text, ".")] {
			// The spans the model found inside the run ("Tân" of "Tân Phú
			// Thịnh Footwear Co." read as a person's) give way to it; one
			// that reaches out of the run keeps it.
			inside, q := true, k
			for ; q < len(spans) && spans[q].first < j; q++ {
				if spans[q].first < i || spans[q].last > j || spans[q].first == i && spans[q].last == j {
					inside = false
				}
			}
			if inside {
				for r := k; r < q; r++ {
					spans[r].typ = ""
					drop = true
				}
				added = append(added, nerSpan{i, j, ORG})
			}
		}
		i = j
	}
	if drop {
		spans = slices.DeleteFunc(spans, func(sp nerSpan) bool { return sp.typ == "" })
	}
	return mergeSpans(spans, added)
}

// leadingDesignations are the legal forms written before a company's
// name ("PT Sinar Laut", "PJSC Volga Cables"), which its short form drops.
var leadingDesignations = map[string]bool{
	"PT": true, "JSC": true, "PJSC": true, "OJSC": true, "CJSC": true, "OAO": true, "ZAO": true, "OOO": true, "PAO": true,
}

// companyDesignations are the words a company's name may end with that
// its short form drops ("Acme Corp." is "Acme").
var companyDesignations = map[string]bool{
	"Inc": true, "Corp": true, "Corporation": true, "Co": true, "Company": true, "Ltd": true, "LLC": true,
	"PLC": true, "Plc": true, "AG": true, "SA": true, "NV": true, "GmbH": true, "Group": true, "Holdings": true,
	"Industries": true, "Enterprises": true, "Technologies": true, "Limited": true, "Incorporated": true, "LLP": true, "BV": true, "SpA": true,
	// The plural nouns of a trade that close a company's name ("Transnet
	// Port Terminals", "Volta Motors"); not "Mills" or "Banks", which are
	// people's names too.
	"Terminals": true, "Airlines": true, "Airways": true, "Motors": true, "Foods": true,
	"Networks": true, "Partners": true, "Resources": true, "Pharmaceuticals": true, "Laboratories": true,
	"Logistics": true, "Shipyards": true, "Refineries": true, "Breweries": true,
	"Plantations": true, "Fisheries": true, "Mines": true, "Farms": true, "Estates": true,
	// The utilities' and industries' nouns that end their names
	// ("Thames Water", "Georgia Power", "Tata Steel", "British Gas").
	"Water": true, "Power": true, "Energy": true, "Gas": true, "Oil": true, "Steel": true, "Mining": true,
	"Rail": true, "Electric": true, "Telecom": true, "Petroleum": true,
	// And those of the commodities a company mines or makes ("Andes
	// Pacifico Copper"); not "Gold", "Silver" or "Sugar", which are
	// surnames too.
	"Copper": true, "Aluminium": true, "Aluminum": true, "Cement": true, "Chemicals": true, "Metals": true,
	"Minerals": true, "Lithium": true, "Fertilizers": true, "Fertilisers": true, "Textiles": true, "Plastics": true,
	// And the nouns of what a firm does for others that close its name
	// ("Thalassa Bulk Management", "Shannon Aero Capital"), no one's
	// surname.
	"Management": true, "Capital": true, "Shipping": true, "Investments": true, "Insurance": true,
	"Ventures": true, "Properties": true, "Studios": true, "Air": true,
}

// midSentence reports whether token i is a name by its capital alone: it
// stands inside its sentence after a lower-case word or a comma, not at
// the sentence's start, after an opening quotation mark, a bracket, a dash
// or a colon, nor after a determiner, a preposition, a possessive or a
// capitalised word, where it may be part of a longer name ("in Greater
// Noida", "Enron's United Way").
func midSentence(a *Analysis, i int) bool {
	if i <= 0 || i >= len(a.Tokens) || a.Tokens[i-1].Sent != a.Tokens[i].Sent {
		return false
	}
	p := &a.Tokens[i-1]
	switch p.UPOS {
	case "DET", "ADP", "PART":
		return false
	}
	switch p.Text {
	case "“", "\"", "‘", "'", "(", "[", "—", "–", "-", "--", ":":
		return false
	}
	return !capitalised(p.Text)
}

// acronymWord reports whether w is written as an acronym: two to six
// capital letters ("CPA", "NATO").
func acronymWord(w string) bool {
	return len(w) <= 6 && capitalsWord(w)
}

// institutionHeads are the words (in lower case) that close the names of
// institutions, bodies and newspapers and no person's or place's ("St.
// Brigid Medical Center", "Carlow University", "JETP Secretariat",
// "Herald"); not "Court", "Bank" or "Post", which are surnames too.
var institutionHeads = map[string]bool{
	"center": true, "centre": true, "hospital": true, "school": true, "clinic": true,
	"group": true, "company": true, "corporation": true,
	"secretariat": true, "ministry": true, "commission": true, "council": true, "parliament": true,
	"federation": true, "confederation": true, "association": true, "agency": true, "institute": true,
	"foundation": true, "authority": true, "directorate": true, "committee": true, "department": true,
	"university": true, "college": true, "academy": true, "alliance": true, "coalition": true,
	"assembly": true, "tribunal": true, "bureau": true, "syndicate": true, "guild": true,
	"cooperative": true, "consortium": true, "union": true, "party": true, "league": true,
	"herald": true, "gazette": true, "tribune": true, "chronicle": true, "journal": true,
	"network": true, "forum": true, "movement": true, "society": true, "organisation": true, "organization": true,
	"collective": true, "initiative": true, "chamber": true, "trust": true, "fund": true,
}

// institutionWord reports whether word i, written with a capital, is one
// of institutionHeads.
func (x *nerDoc) institutionWord(i int) bool {
	return x.words[i] != x.lower[i] && institutionHeads[x.lower[i]]
}

// besideNouns are what a body is, set beside its name as an apposition
// ("Uisce Eireann, the national water utility,", "the carmaker, Nissan,");
// not words for what a person may also be ("a crane operator", "a mail
// carrier", "a film producer", "a broadcaster").
var besideNouns = map[string]bool{
	"company": true, "firm": true, "corporation": true, "carmaker": true, "airline": true, "bank": true,
	"lender": true, "union": true, "utility": true, "manufacturer": true, "conglomerate": true, "group": true,
	"agency": true, "ministry": true, "regulator": true, "association": true, "federation": true,
	"confederation": true, "council": true, "commission": true, "authority": true, "organisation": true,
	"organization": true, "league": true, "foundation": true, "institute": true, "fund": true,
	"subsidiary": true, "cooperative": true, "syndicate": true, "guild": true,
}

// bodiesBeside types as organisations the names the model read as a
// person's that the tree sets beside what a body is, with a determiner:
// "Uisce Eireann, the national water utility, said…", "the carmaker,
// Nissan, said…". A person's apposition says what they are ("Ana Ruiz,
// the union's president"), never a body's noun; and a name that opens
// with a given name the name lists know ("Luis Carrasquillo") stays a
// person's, as does one an age follows.
func bodiesBeside(a *Analysis, x *nerDoc, spans []nerSpan) {
	toks := a.Tokens
	body := func(n int) bool {
		if n < 0 || n >= len(toks) || toks[n].UPOS != "NOUN" || !besideNouns[strings.ToLower(toks[n].Lemma)] {
			return false
		}
		// The determiner may stand well before the noun ("a Quebec
		// public-sector pension fund").
		for k := n - 1; k >= 0 && k >= n-10 && toks[k].Sent == toks[n].Sent; k-- {
			if toks[k].Head == n && toks[k].Rel == "det" {
				switch strings.ToLower(toks[k].Text) {
				case "the", "a", "an":
					return true
				}
			}
		}
		return false
	}
	for k := range spans {
		sp := &spans[k]
		if sp.typ == ORG && sp.last < len(toks) && oneOfBodies(toks, sp.last) {
			spreadBody(x, spans, k) // the model's reading, said outright
			continue
		}
		if sp.typ != PERSON || sp.last > len(toks) || x.gaz[sp.first]&(gazBit('M', 'U')|gazBit('F', 'U')) != 0 {
			continue
		}
		if sp.last+1 < len(toks) && toks[sp.last].Text == "," && ageAfter(a, sp.last+1) {
			// "Eusebio Mamani Choque, 58, the elected authority of
			// Colcha K": a body has no age (personsByAge).
			continue
		}
		h := -1
		for i := sp.first; i < sp.last; i++ {
			if hd := toks[i].Head; hd < sp.first || hd >= sp.last {
				if h >= 0 {
					h = -2
					break
				}
				h = i
			}
		}
		if h < 0 {
			continue
		}
		if toks[h].Rel == "appos" && body(toks[h].Head) && toks[h].Head < sp.first {
			sp.typ = ORG
			continue
		}
		if oneOfBodies(toks, sp.last) {
			// Said of the name once, it holds wherever the document
			// writes the name, or its first word alone.
			sp.typ = ORG
			spreadBody(x, spans, k)
			continue
		}
		for i := sp.last; i < len(toks) && i <= sp.last+8 && toks[i].Sent == toks[h].Sent; i++ {
			if toks[i].Head == h && toks[i].Rel == "appos" && body(i) {
				sp.typ = ORG
				break
			}
		}
	}
}

// spreadBody types as an organisation, over the document, the names read
// as a person's that are the words of spans[k], a body's name of two
// words or more, or its first word alone ("Avaiki said" after "Avaiki
// Nodules, one of the companies…"), where no other person's name holds
// that word.
func spreadBody(x *nerDoc, spans []nerSpan, k int) {
	b := spans[k]
	if b.last-b.first < 2 {
		return
	}
	same := func(sp nerSpan) bool {
		if sp.last-sp.first != b.last-b.first {
			return false
		}
		for i := range sp.last - sp.first {
			if x.words[sp.first+i] != x.words[b.first+i] {
				return false
			}
		}
		return true
	}
	head := x.words[b.first]
	for _, sp := range spans {
		if sp.typ == PERSON && !same(sp) && sp.last-sp.first > 1 && slices.Contains(x.words[sp.first:sp.last], head) {
			return // "Avaiki" may be that person's
		}
	}
	for j := range spans {
		if sp := &spans[j]; sp.typ == PERSON && (same(*sp) || sp.last-sp.first == 1 && x.words[sp.first] == head) {
			sp.typ = ORG
		}
	}
}

// oneOfBodies reports whether the words from token i set one of a kind of
// body beside the name before them: ", one of the companies holding…",
// ", one of three unions at the port". The tree often hangs "one"
// elsewhere, so the words are read as written: a comma, "one of", at
// most three determiners, numbers or adjectives, and a plural noun of
// besideNouns.
func oneOfBodies(toks []Token, i int) bool {
	if i+3 >= len(toks) || toks[i].Text != "," || !strings.EqualFold(toks[i+1].Text, "one") || toks[i+2].Text != "of" {
		return false
	}
	for k := i + 3; k < len(toks) && k <= i+6 && toks[k].Sent == toks[i].Sent; k++ {
		switch t := toks[k]; {
		case t.UPOS == "NOUN" && t.XPOS == "NNS":
			return besideNouns[strings.ToLower(t.Lemma)]
		case t.UPOS != "DET" && t.UPOS != "NUM" && t.UPOS != "ADJ":
			return false
		}
	}
	return false
}

// countryCodes are the letters of countries that end the names of national
// bodies ("Health NZ", "Amazon UK").
var countryCodes = map[string]bool{"NZ": true, "UK": true, "US": true, "USA": true, "UAE": true, "SA": true}

// countryBodies types as an organisation a "person" of two words or more
// whose last word is a country or its letters and whose first is no given
// name: "Health NZ", "Cricket Australia", "Tennis Canada" are national
// bodies; "Michael Jordan" stays a person.
func countryBodies(x *nerDoc, spans []nerSpan) {
	given := gazBit('M', 'U') | gazBit('F', 'U') | gazBit('M', 'B') | gazBit('F', 'B') | gazBit('T', 'U')
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON || sp.last-sp.first < 2 || x.gaz[sp.first]&given != 0 {
			continue
		}
		if w := x.words[sp.last-1]; countryCodes[w] || x.gaz[sp.last-1]&gazBit('C', 'U') != 0 {
			sp.typ = ORG
		}
	}
}

// pluralBodies makes an organisation of a "person" of several words with
// "of" inside and, right before it, a word the tagger read as a plural
// ("Vanilla Exporters of SAVA"): a person's name holds no plural noun.
// The span grows over the capitalised word and the "of" right before it
// that the model left out ("the Syndicate of Vanilla Exporters of SAVA").
func pluralBodies(a *Analysis, x *nerDoc, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON || sp.last-sp.first < 3 {
			continue
		}
		plural := false
		for i := sp.first; i+1 < sp.last && !plural; i++ {
			plural = a.Tokens[i].XPOS == "NNPS" && a.Tokens[i+1].Text == "of"
		}
		if !plural {
			continue
		}
		sp.typ = ORG
		for f := sp.first; f >= 2 && a.Tokens[f-1].Text == "of" && a.Tokens[f-2].XPOS == "NNP" && a.Tokens[f-2].Sent == a.Tokens[f].Sent && (k == 0 || spans[k-1].last <= f-2); f -= 2 {
			sp.first = f - 2
		}
	}
}

// relationMarkedNames carries a person's name over the relation marker
// of Malaysian and Singaporean names written with a slash, "a/l" or "s/o"
// (son of), "a/p" or "d/o" (daughter of), and the father's name after it
// ("Rajesh Kumar a/l Subramaniam"), where no other entity holds them.
func relationMarkedNames(a *Analysis, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		i := sp.last
		if sp.typ != PERSON || i+3 >= len(a.Tokens) || k+1 < len(spans) && spans[k+1].first <= i+3 {
			continue
		}
		r, sl, m := &a.Tokens[i], &a.Tokens[i+1], &a.Tokens[i+2]
		if sl.Text != "/" || r.SpaceAfter || sl.SpaceAfter || r.Sent != a.Tokens[sp.first].Sent || m.Sent != r.Sent {
			continue
		}
		switch strings.ToLower(r.Text) + "/" + strings.ToLower(m.Text) {
		case "a/l", "a/p", "s/o", "d/o":
		default:
			continue
		}
		end := i + 3
		for end < len(a.Tokens) && end-(i+3) < 3 && a.Tokens[end].Sent == r.Sent && upperStart(a.Tokens[end].Text) && lowerLetters(strings.ToLower(a.Tokens[end].Text)) {
			end++
		}
		if end > i+3 {
			sp.last = end
		}
	}
}

// arabicFamilyNames carries a person's name over a capitalised Arabic
// article written apart and the family name after it ("Qatari Prime
// Minister Mohammed bin Abdulrahman Al Thani", "Ahmed El Sayed"), where
// no other entity holds them.
func arabicFamilyNames(a *Analysis, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		i := sp.last
		if sp.typ != PERSON || i+1 >= len(a.Tokens) || k+1 < len(spans) && spans[k+1].first <= i+1 {
			continue
		}
		p, s := &a.Tokens[i], &a.Tokens[i+1]
		if p.Text != "Al" && p.Text != "El" || p.Sent != a.Tokens[sp.first].Sent || s.Sent != p.Sent || !upperStart(s.Text) || !lowerLetters(strings.ToLower(s.Text)) {
			continue
		}
		sp.last = i + 2
	}
}
