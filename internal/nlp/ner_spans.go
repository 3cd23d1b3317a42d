package nlp

import (
	"slices"
	"strings"
	"unicode"
)

// Span repairs the model's person spans need where a name is written in
// ways English names are not: a title of two fields before it, a given
// name of two syllables joined by a hyphen.

// titleFieldTails mends the person spans that run on from a title naming
// two fields ("First Vice Minister of Health and Welfare Lee Jung-ho"),
// which the model may cut as "of Health" and "Welfare Lee Jung": a span
// of two words that starts with "of" or "for" is dropped ("Minister | of
// Health", "State Minister | for Fisheries"; a longer one may end in the
// name: "of State for Transport Mihai-Cristian Dobrescu"); a span of
// three words or more right after "and" (or "of"), in capitalised words
// that go back to a title, loses its first word, the title's last; and
// one in capitalised words that go back to a body's noun ("the Ministry
// of Health and Welfare") is the body's name and is dropped.
func titleFieldTails(x *nerDoc, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		if sp.typ == PERSON && (x.words[sp.first] == "of" || x.words[sp.first] == "for") && sp.last-sp.first <= 2 {
			continue // no name starts with "of" or "for"
		}
		if sp.typ == PERSON && sp.first > 0 && (x.words[sp.first-1] == "and" || x.words[sp.first-1] == "of") {
			switch title, body := fieldsBefore(x, sp.first-1); {
			case title && sp.last-sp.first >= 3:
				sp.first++
			case body && !title:
				continue // "the Ministry of Health and | Welfare"
			}
		}
		out = append(out, sp)
	}
	return out
}

// fieldsBefore reports whether the words before word k are capitalised
// words (with "of" and "and" between them) that go back, within six
// words, to a title the lists know ("Minister of Health") or to a body's
// noun ("Ministry of Health").
func fieldsBefore(x *nerDoc, k int) (title, body bool) {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := x.words[j]
		if w == "of" || w == "and" {
			continue
		}
		if !capitalised(w) {
			return false, false
		}
		if x.gaz[j]&titleAny != 0 {
			return true, false
		}
		if bodyNouns[x.lower[j]] {
			return false, true
		}
	}
	return false, false
}

// syllableNames joins to a person's span the second syllable of a given
// name written with a hyphen and in lower case ("Lee Jung | - | ho",
// "Park Geun-hye"), as Korean names are romanised, or the second part of
// a surname written with its capital that another person's span of the
// text holds whole ("Jalali | - | Far" after "Saeed Jalali-Far"): a word
// right after the hyphen, with no space on either side, that the tagger
// reads as no verb or adjective ("Biden-led"), of one to five lower-case
// letters or with its capital, and that modifies no noun after it ("an
// Obama-era rule"); a syllable may be one letter ("Nuraini Sa-i").
func syllableNames(a *Analysis, x *nerDoc, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		i := sp.last
		if sp.typ != PERSON || i+1 >= len(x.words) || !innerHyphen(a, i) || a.Tokens[i+1].Sent != a.Tokens[i].Sent {
			continue
		}
		if k+1 < len(spans) && spans[k+1].first <= i+1 {
			continue
		}
		w := x.words[i+1]
		// A surname's second part written with its capital
		// ("Jalali-Far dismissed…", read as "Jalali" alone).
		capital := len(w) >= 2 && unicode.IsUpper([]rune(a.Tokens[i+1].Text)[0]) && writtenWhole(a, x, spans, k, i-1, w)
		if !capital && (len(w) > 5 || !isLowerASCII(w) || strings.ContainsAny(w, "-'") || strings.HasPrefix(a.Tokens[i+1].XPOS, "VB") || strings.HasPrefix(a.Tokens[i+1].XPOS, "JJ")) {
			continue
		}
		if n := i + 2; n < len(a.Tokens) && a.Tokens[n].Sent == a.Tokens[i].Sent && (a.Tokens[n].UPOS == "NOUN" || a.Tokens[n].UPOS == "ADJ") {
			continue // "an Obama-era rule", "a Biden-led coalition": a modifier
		}
		sp.last = i + 2
	}
}

// writtenWhole reports whether a person's span other than spans[k] holds
// word j, a hyphen and w in a row ("Saeed Jalali-Far" for "Jalali", "Far").
func writtenWhole(a *Analysis, x *nerDoc, spans []nerSpan, k, j int, w string) bool {
	for o, sp := range spans {
		if o == k || sp.typ != PERSON {
			continue
		}
		for m := sp.first; m+2 < sp.last; m++ {
			if x.words[m] == x.words[j] && a.Tokens[m+1].Text == "-" && x.words[m+2] == w {
				return true
			}
		}
	}
	return false
}

// possessiveBodies joins to a body's span the head noun its name takes
// after a possessive ("the International Longshoremen's Association",
// "the Panhellenic Seamen's Federation"), where the model stopped before
// the "'s": a capitalised body noun right after it, in the same sentence,
// that no other span holds.
func possessiveBodies(a *Analysis, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		i := sp.last
		if sp.typ != ORG || i+1 >= len(a.Tokens) || a.Tokens[i+1].Sent != a.Tokens[sp.first].Sent {
			continue
		}
		if p := a.Tokens[i].Text; p != "'s" && p != "’s" {
			continue
		}
		if k+1 < len(spans) && spans[k+1].first <= i+1 {
			continue
		}
		w := a.Tokens[i+1].Text
		if r := []rune(w); len(r) == 0 || !unicode.IsUpper(r[0]) || !possessiveBodyNouns[strings.ToLower(w)] {
			continue
		}
		sp.last = i + 2
	}
}

// possessiveBodyNouns head the names of bodies written after a
// possessive ("Longshoremen's Association").
var possessiveBodyNouns = map[string]bool{"association": true, "union": true, "federation": true, "league": true,
	"party": true, "council": true, "alliance": true, "front": true, "congress": true, "movement": true,
	"organisation": true, "organization": true, "institute": true, "society": true, "guild": true,
	"confederation": true, "fund": true, "coalition": true}

// doubleGivenNames adds, as a person, a hyphened given name whose second
// part the name lists know as a given name, with one or two capitalised
// proper nouns after it that no span holds ("Per-Olav Strømsnes",
// "Hans-Jürgen Weber"), after the particles of the surname if any
// ("Pieter-Jan de Vries"), where the model found nothing; a person's span
// inside it is taken in.
func doubleGivenNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	n := len(a.Tokens)
	added := false
	for i := 0; i+3 < n; i++ {
		if !innerHyphen(a, i+1) || !capitalised(a.Tokens[i].Text) || !capitalised(a.Tokens[i+2].Text) || !givenNameIn(x, i+2, i+3) && worldNames[a.Tokens[i+2].Text] == 0 && (!givenNameIn(x, i, i+1) && worldNames[a.Tokens[i].Text] == 0 || a.Tokens[i+3].Text == "-") {
			continue
		}
		sent := a.Tokens[i].Sent
		// "Pieter-Jan de Vries", "Jean-Pierre de la Fontaine": the
		// particles of the surname first.
		start := i + 3
		for start < n && start < i+6 && a.Tokens[start].Sent == sent && nameParticle(a.Tokens[start].Text) {
			start++
		}
		end := start
		for end < n && end <= start+1 && a.Tokens[end].Sent == sent && (a.Tokens[end].XPOS == "NNP" || a.Tokens[end].XPOS == "NNPS") && capitalised(a.Tokens[end].Text) {
			end++
		}
		if end == start || a.Tokens[i+2].Sent != sent {
			continue // no surname after it
		}
		free := true
		gone := map[int]bool{}
		for k, sp := range spans {
			if sp.last <= i || sp.first >= end {
				continue
			}
			if sp.typ != PERSON || sp.first < i || sp.last > end {
				free = false
				break
			}
			gone[k] = true
		}
		if !free {
			continue
		}
		spans = append(dropSpans(spans, gone), nerSpan{first: i, last: end, typ: PERSON})
		added = true
		i = end - 1
	}
	if added {
		slices.SortFunc(spans, func(p, q nerSpan) int { return p.first - q.first })
	}
	return spans
}

// camelCaseFirms adds, as an organisation, a proper noun the model found
// nothing in that is written as two capitalised words run together, the
// first of five letters or more ("ExxonMobil", "BlackRock", "PepsiCo"), as
// firms write their names and people do not ("McKinsey", "DeSantis",
// "LeBron", "FitzGerald" open with a shorter part).
func camelCaseFirms(a *Analysis, spans []nerSpan) []nerSpan {
	added := false
	k := 0
	for i := range a.Tokens {
		for k < len(spans) && spans[k].last <= i {
			k++
		}
		if k < len(spans) && spans[k].first <= i || a.Tokens[i].UPOS != "PROPN" || !camelCase(a.Tokens[i].Text) {
			continue
		}
		spans = append(spans, nerSpan{i, i + 1, ORG})
		added = true
	}
	if added {
		slices.SortFunc(spans, func(p, q nerSpan) int { return p.first - q.first })
	}
	return spans
}

// camelCase reports whether w is two or more capitalised ASCII words run
// together, the first of five letters or more, all letters.
func camelCase(w string) bool {
	if len(w) < 7 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	first := 0 // length of the first part
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			if w[i-1] < 'a' || w[i-1] > 'z' {
				return false // "NATO", "USMCA": an acronym
			}
			if first == 0 {
				first = i
			}
		default:
			return false
		}
	}
	return first >= 5 && first < len(w)-1
}

// personsOfBodies splits a person's span that runs on over "of" into a
// body's or a place's name ("Tobias Engström of Nordbank Markets",
// "Maria Lopez of Chicago"): the person is the name before "of", of two
// words or more and opening with no title ("Catherine of Aragon", "Duke
// of Edinburgh" stay whole); what follows is a place where the lists know
// it as one, a body's name otherwise. A name before "of" that ends in a
// company's designation is a firm's.
func personsOfBodies(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var out []nerSpan
	for k, sp := range spans {
		j := -1
		if sp.typ == PERSON && sp.last-sp.first >= 4 && x.gaz[sp.first]&titleAny == 0 {
			for m := sp.first + 2; m < sp.last-1; m++ {
				if a.Tokens[m].Text == "of" {
					j = m
					break
				}
			}
		}
		if j < 0 || !capitalised(a.Tokens[j+1].Text) || !capitalised(a.Tokens[j-1].Text) {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]nerSpan, 0, len(spans)+1), spans[:k]...)
		}
		typ := ORG
		if sp.last-j == 2 && x.gaz[j+1]&(gazBit('C', 'U')|gazBit('S', 'U')|gazBit('Y', 'U')) != 0 {
			typ = GPE
		}
		// The name before "of" may be a firm's by its designation
		// ("Thalassa Bulk Management of Piraeus").
		who := PERSON
		if companyDesignations[strings.TrimSuffix(x.words[j-1], ".")] {
			who = ORG
		}
		out = append(out, nerSpan{sp.first, j, who}, nerSpan{j + 1, sp.last, typ})
	}
	if out == nil {
		return spans
	}
	return out
}

// hyphenGivenNames carries a person's span of one given name over the
// rest of a hyphened given name and the surname after it ("Marc | -André
// Thibodeau", "Jean | -Baptiste Morel"), where the model stopped at the
// hyphen: a capitalised word joined by a hyphen with no space, then one
// or two capitalised proper nouns of the sentence that no other span
// holds (or that a span of one word holds as a person's).
func hyphenGivenNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	gone := map[int]bool{}
	for k := range spans {
		sp := &spans[k]
		i := sp.last
		if gone[k] || sp.typ != PERSON || sp.last-sp.first != 1 || !givenNameIn(x, sp.first, sp.last) || i+2 >= len(a.Tokens) || !innerHyphen(a, i) {
			continue
		}
		sent := a.Tokens[sp.first].Sent
		if a.Tokens[i+1].Sent != sent || !capitalised(a.Tokens[i+1].Text) {
			continue
		}
		end := i + 2
		for end < len(a.Tokens) && end <= i+3 && a.Tokens[end].Sent == sent && (a.Tokens[end].XPOS == "NNP" || a.Tokens[end].XPOS == "NNPS") && capitalised(a.Tokens[end].Text) {
			end++
		}
		if end == i+2 {
			continue // no surname after it
		}
		// A surname written with a hyphen too ("Marie | -Ève
		// Tremblay-Gagnon").
		for end+1 < len(a.Tokens) && a.Tokens[end+1].Sent == sent && innerHyphen(a, end) && a.Tokens[end+1].XPOS == "NNP" && capitalised(a.Tokens[end+1].Text) {
			end += 2
		}
		var absorbed []int
		clash := false
		for n := k + 1; n < len(spans) && spans[n].first < end; n++ {
			if spans[n].typ != PERSON || spans[n].last > end {
				clash = true
				break
			}
			absorbed = append(absorbed, n)
		}
		if clash {
			continue
		}
		for _, n := range absorbed {
			gone[n] = true
		}
		sp.last = end
	}
	return dropSpans(spans, gone)
}

// flatNameTails extends a person's span over the capitalised proper
// nouns right after it that the parser made words of the same name
// (flat), where no span holds them: "Rui Sá-Carneiro | Pimentel", a
// second surname the model left out.
func flatNameTails(a *Analysis, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON {
			continue
		}
		sent := a.Tokens[sp.first].Sent
		for sp.last < len(a.Tokens) && (k+1 == len(spans) || spans[k+1].first > sp.last) {
			tk := &a.Tokens[sp.last]
			if tk.Sent != sent || tk.XPOS != "NNP" || !capitalised(tk.Text) || tk.Head < sp.first || tk.Head >= sp.last || tk.Rel != "flat" && tk.Rel != "flat:name" {
				break
			}
			sp.last++
		}
	}
}

// headNameTails extends a person's span over the name word right after
// it that the parser made the head the span's words hang from, where no
// span holds it and the word is a name's, not a common noun or a title:
// "Amat al-Razzaq | Hamoud", a surname the model left out because the
// particle before it cut its reading short.
func headNameTails(a *Analysis, x *nerDoc, spans []nerSpan, nounClass func(string) byte) {
	for k := range spans {
		sp := &spans[k]
		j := sp.last
		if sp.typ != PERSON || j >= len(a.Tokens) || a.Tokens[j].Sent != a.Tokens[sp.first].Sent || k+1 < len(spans) && spans[k+1].first <= j {
			continue
		}
		// Every word of the span hangs inside it or from the word after.
		hangs := false
		for i := sp.first; i < j; i++ {
			if h := a.Tokens[i].Head; h == j && (a.Tokens[i].Rel == "compound" || a.Tokens[i].Rel == "flat") {
				hangs = true
			} else if h < sp.first || h >= j {
				hangs = false
				break
			}
		}
		tk := &a.Tokens[j]
		if !hangs || tk.XPOS != "NNP" || tk.Rel == "compound" || tk.Rel == "flat" ||
			officeTitles[x.lower[j]] || !nameWord(x, j) || nounClass != nil && nounClass(x.lower[j]) != 0 {
			continue
		}
		sp.last = j + 1
	}
}

// orgNameTails extends a body's span over the proper nouns right after it
// that the parser made the head its last word hangs from, a lower-case
// connector of another language among them, where no span holds them and
// the last is capitalised: "Frente Comunero | del Sur", whose small word
// cut the model's reading short.
func orgNameTails(a *Analysis, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != ORG {
			continue
		}
		sent := a.Tokens[sp.first].Sent
		j := sp.last
		for j < len(a.Tokens) && j < sp.last+4 && (k+1 == len(spans) || spans[k+1].first > j) {
			tk := &a.Tokens[j]
			prev := &a.Tokens[j-1]
			if tk.Sent != sent || tk.UPOS != "PROPN" || prev.Head != j || prev.Rel != "compound" && prev.Rel != "flat" {
				break
			}
			j++
		}
		// End on a capitalised word, not on the connector, and take
		// the words in only with a connector among them: a title after
		// a body ("NATO | Secretary General") is no part of its name.
		for j > sp.last && !capitalised(a.Tokens[j-1].Text) {
			j--
		}
		connector := false
		for i := sp.last; i < j; i++ {
			connector = connector || nameConnectors[a.Tokens[i].Text]
		}
		if connector {
			sp.last = j
		}
		connectorRunTail(a, spans, k)
	}
}

// connectorRunTail extends the body's span k, whose name already holds a
// lower-case connector of another language inside it ("Red de Ayuda"),
// over a run of such small words right after it and the capitalised
// proper nouns that follow ("… a los Pescadores", "… pour les Enfants"),
// whatever the parser made of them (it reads "a" as an article and the
// run as an apposition): a name in another language goes on over its
// small words. Not over a run of only "a" or "e", words English has too,
// nor into a span of its own or another sentence.
func connectorRunTail(a *Analysis, spans []nerSpan, k int) {
	sp := &spans[k]
	inner := false
	for i := sp.first + 1; i < sp.last-1; i++ {
		inner = inner || nameConnectors[a.Tokens[i].Text]
	}
	if !inner {
		return
	}
	sent := a.Tokens[sp.first].Sent
	j := sp.last
	foreign := false
	for j < len(a.Tokens) && j < sp.last+3 && runConnectors[a.Tokens[j].Text] && a.Tokens[j].Sent == sent {
		foreign = foreign || a.Tokens[j].Text != "a" && a.Tokens[j].Text != "e"
		j++
	}
	if j == sp.last || !foreign {
		return
	}
	end := j
	for end < len(a.Tokens) && end < j+3 && a.Tokens[end].Sent == sent && a.Tokens[end].UPOS == "PROPN" && capitalised(a.Tokens[end].Text) {
		end++
	}
	if end == j || k+1 < len(spans) && spans[k+1].first < end {
		return
	}
	sp.last = end
}

// runConnectors are the small words of other languages that can join the
// words of a body's name, articles and prepositions among them ("a los",
// "pour les", "en el").
var runConnectors = map[string]bool{"a": true, "al": true, "los": true, "las": true, "el": true, "en": true, "para": true, "y": true,
	"de": true, "del": true, "la": true, "le": true, "les": true, "du": true, "des": true, "aux": true, "au": true, "pour": true, "et": true,
	"da": true, "do": true, "dos": true, "das": true, "e": true, "di": true, "degli": true, "della": true, "delle": true}

// nameConnectors are the small words of other languages inside a body's
// name ("Frente Comunero del Sur", "Union pour la Liberté du Sankuru").
var nameConnectors = map[string]bool{"del": true, "de": true, "la": true, "le": true, "du": true, "des": true, "di": true,
	"da": true, "do": true, "dos": true, "das": true, "y": true, "et": true, "pour": true, "van": true, "von": true, "der": true}

// hyphenParticles extends a person's span back over a particle joined to
// it by a hyphen with no space ("al-Harbi", "el-Sayed", "Al-Obeidi said"
// opening a sentence), where the model began the name after the hyphen
// and no span holds the particle, and on over a particle, a hyphen and a
// capitalised word no span holds after it ("Haidar Abdul-Jabbar
// al-Obeidi", read as "Haidar Abdul-Jabbar"): a name written with its
// particle is one name.
func hyphenParticles(a *Analysis, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON {
			continue
		}
		if p := sp.first - 2; p >= 0 && innerHyphen(a, sp.first-1) && a.Tokens[p].Sent == a.Tokens[sp.first].Sent && (k == 0 || spans[k-1].last <= p) && hyphenParticle(a.Tokens[p].Text) {
			sp.first = p
		}
		n := sp.last
		if n+2 < len(a.Tokens) && a.Tokens[n+2].Sent == a.Tokens[sp.first].Sent && (k+1 == len(spans) || spans[k+1].first > n+2) &&
			hyphenParticle(a.Tokens[n].Text) && innerHyphen(a, n+1) && upperStart(a.Tokens[n+2].Text) && a.Tokens[n+2].UPOS == "PROPN" {
			sp.last = n + 3
		}
	}
}

// hyphenParticle reports whether w is a particle an Arabic name joins to
// the name after it by a hyphen, in either case ("al", "Al", "el").
func hyphenParticle(w string) bool {
	switch strings.ToLower(w) {
	case "al", "el", "bin", "ibn", "abu", "abd":
		return true
	}
	return false
}

// givenNamesOpening extends a person's span back over the capitalised
// word that opens the sentence right before it, where the tagger read
// that word as a common noun hung from the name ("Siv | Rønning, the
// mayor of Bodø, said…") and it can be a word of a name: one the lists
// know as a given name, or a word of a name (nameWord) that neither the
// lexicon, the word clusters nor the noun classes know; never a title.
func givenNamesOpening(a *Analysis, x *nerDoc, spans []nerSpan, nounClass func(string) byte) {
	for k := range spans {
		sp := &spans[k]
		j := sp.first - 1
		if sp.typ != PERSON || j < 0 || a.Sentences[a.Tokens[j].Sent].First != j || a.Tokens[j].Sent != a.Tokens[sp.first].Sent || k > 0 && spans[k-1].last > j {
			continue
		}
		tk := &a.Tokens[j]
		if tk.Head < sp.first || tk.Head >= sp.last || tk.Rel != "compound" && tk.Rel != "flat" || officeTitles[x.lower[j]] || !nameWord(x, j) ||
			!givenNameIn(x, j, j+1) && (x.lexLower[j] != "" || x.clus[j] != "" || nounClass != nil && nounClass(x.lower[j]) != 0) {
			// Not a word the lexicon, the word clusters or the noun
			// classes know ("Analyst Marc Morel").
			continue
		}
		sp.first = j
	}
}

// gaelicSurnames makes one person's name of a Gaelic surname written
// with its lower-case article ("Mac an t-…", "Nic na …"):
// the patronymic word, the article, an optional t- or h- joined by a
// hyphen with no space, and the capitalised name, together with the
// given names a span the model found holds before the patronymic word.
// The model reads such a name in pieces of any type ("Morag Mac" a
// place, the last word alone a surname).
func gaelicSurnames(a *Analysis, spans []nerSpan) []nerSpan {
	n := len(a.Tokens)
	var out []nerSpan
	changed := false
	for i := 0; i+2 < n; i++ {
		switch a.Tokens[i].Text {
		case "Mac", "Mhic", "Nic":
		default:
			continue
		}
		j := i + 1
		switch a.Tokens[j].Text {
		case "an", "na":
		default:
			continue
		}
		if !a.Tokens[i].SpaceAfter || !a.Tokens[j].SpaceAfter {
			continue
		}
		j++
		if j+2 < n && (a.Tokens[j].Text == "t" || a.Tokens[j].Text == "h") && a.Tokens[j+1].Text == "-" &&
			!a.Tokens[j].SpaceAfter && !a.Tokens[j+1].SpaceAfter {
			j += 2
		}
		if j >= n || !upperStart(a.Tokens[j].Text) || a.Tokens[j].Sent != a.Tokens[i].Sent {
			continue
		}
		start, end := i, j+1
		for _, sp := range spans {
			if sp.first < i && sp.last > i {
				start = sp.first
			}
		}
		if !changed {
			out = append(out, spans...)
			changed = true
		}
		kept := out[:0]
		for _, sp := range out {
			if sp.last <= start || sp.first >= end {
				kept = append(kept, sp)
			}
		}
		out = append(kept, nerSpan{start, end, PERSON})
		slices.SortFunc(out, func(x, y nerSpan) int { return x.first - y.first })
		i = j
	}
	if !changed {
		return spans
	}
	return out
}
