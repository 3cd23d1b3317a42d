package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span repairs of places: where one travels to, a place that opens a
// name, peoples' adjectives.

// motionLemmas are verbs of going somewhere: where one travels, flees or
// flies "to" or "from" is a place. (Not "go" or "come", which one may do
// to a person: "went to Kowalczyk for advice".)
var motionLemmas = map[string]bool{"travel": true, "flee": true, "fly": true, "move": true,
	"return": true, "head": true, "drive": true, "sail": true, "walk": true, "march": true, "relocate": true,
	"migrate": true, "escape": true, "evacuate": true, "retreat": true, "commute": true, "journey": true}

// destinations types as a place a name of one or two words that the
// model read as a person or a body, but which a verb of motion goes to or
// comes from with no object of its own ("families who fled to Cúcuta",
// "diplomats would travel to Cúcuta next week"): one goes to a place, not
// to a person ("returned the letter to Smith" has an object, and a given
// name the lists know stays a person's).
func destinations(a *Analysis, x *nerDoc, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON && sp.typ != ORG || sp.last-sp.first > 2 || sp.first == 0 || givenNameIn(x, sp.first, sp.last) {
			continue
		}
		switch strings.ToLower(a.Tokens[sp.first-1].Text) {
		case "to", "from", "into":
		default:
			continue
		}
		h := sp.last - 1
		for j := sp.first; j < sp.last; j++ {
			if hh := a.Tokens[j].Head; hh < sp.first || hh >= sp.last {
				h = j
				break
			}
		}
		v := a.Tokens[h].Head
		if p := v; a.Tokens[h].Rel == "nmod" && p >= 0 && a.Tokens[p].Rel == "obl" && p < sp.first && prepositionOf(a, p) == "from" {
			// "travelling from Bologna to Naxos", the parser hanging
			// the second place from the first: the verb both go with.
			v = a.Tokens[p].Head
		} else if a.Tokens[h].Rel != "obl" {
			continue
		}
		if v < 0 || a.Tokens[v].UPOS != "VERB" || !motionLemmas[strings.ToLower(a.Tokens[v].Lemma)] || a.Tokens[sp.first-1].Head != h {
			continue
		}
		transitive := false
		sent := a.Sentences[a.Tokens[v].Sent]
		for j := sent.First; j < sent.Last; j++ {
			if a.Tokens[j].Head == v && a.Tokens[j].Rel == "obj" {
				transitive = true
				break
			}
		}
		if !transitive {
			sp.typ = "PLACE"
		}
	}
}

// prepositionOf returns the lower-case preposition that token p takes
// ("from" of "from Bologna"), or "".
func prepositionOf(a *Analysis, p int) string {
	if p > 0 && a.Tokens[p-1].Head == p && a.Tokens[p-1].Rel == "case" {
		return strings.ToLower(a.Tokens[p-1].Text)
	}
	return ""
}

// frontedPlaces types as a place a name of one or two words that the
// model read as a person's, where it opens its sentence after "In", "On"
// or "At" and a comma closes it ("In Sukhumi, the foreign minister…", "On
// Kadavu, the island south of…"): a sentence opens by saying where, and
// no one is "in" a person. Not a given name the lists know, nor a
// possessor ("In Smith's view,"), nor a body ("At Ford, workers…"). So is
// such a name a direction is taken from ("the island south of Viti
// Levu").
func frontedPlaces(a *Analysis, x *nerDoc, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON || sp.last-sp.first > 2 || sp.first == 0 || sp.last >= len(a.Tokens) || givenNameIn(x, sp.first, sp.last) {
			continue
		}
		prep := &a.Tokens[sp.first-1]
		if sp.first >= 2 && EqualFoldLower(prep.Text, "of") && compassWords[strings.ToLower(a.Tokens[sp.first-2].Text)] {
			// "the island south of Viti Levu": a direction from a
			// place.
			sp.typ = "PLACE"
			continue
		}
		switch prep.Text {
		case "In", "On", "At":
		default:
			continue
		}
		if s := a.Sentences[prep.Sent]; s.First != sp.first-1 || a.Tokens[sp.last].Text != "," {
			continue
		}
		sp.typ = "PLACE"
	}
}

// compassWords say in which direction from a place ("south of Viti
// Levu").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true}

// listedPlace reports whether a word of [first, last) is in the name
// lists of places.
func (x *nerDoc) listedPlace(first, last int) bool {
	for i := first; i < last; i++ {
		if x.gaz[i]&placeBits != 0 {
			return true
		}
	}
	return false
}

// placeBits are the name lists' bits of countries, states, cities and
// regions, at every position of a phrase.
var placeBits = func() uint64 {
	var b uint64
	for _, c := range []byte("CSYR") {
		for _, p := range []byte("BILU") {
			b |= gazBit(c, p)
		}
	}
	return b
}()

// placeOpeners are words that open the names of places.
var placeOpeners = map[string]bool{"fort": true, "port": true, "mount": true, "mt": true, "mt.": true, "lake": true, "saint": true,
	"st": true, "st.": true, "san": true, "santa": true, "new": true, "north": true, "south": true, "east": true, "west": true,
	"upper": true, "lower": true, "cape": true, "point": true, "glen": true, "isle": true}

// adjectivesOfPeoples makes a people's adjective (NORP) of a one-word
// span the model typed as a person where the tagger read the word as an
// adjective modifying a noun after it ("The Faroese fisheries minister,
// Heðin Poulsen, said"), or where the word is a listed people's adjective
// right before a lower-case noun or adjective ("Qatari foreign ministry
// spokesman …", "Egyptian and Qatari mediators"): a person's name does
// not modify a noun as an adjective does.
//
// So too a span of two or three words, every one of them an adjective
// modifying the noun after the span ("A Sri Lankan official", both words
// read as adjectives of "official"): a name is no adjective, word for word.
func adjectivesOfPeoples(a *Analysis, x *nerDoc, gaz *StrMap, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ == PERSON && sp.last-sp.first > 1 && sp.last-sp.first <= 3 && adjectivesOfNoun(a, sp.first, sp.last) {
			sp.typ = NORP
			continue
		}
		if sp.typ != PERSON || sp.last-sp.first != 1 {
			continue
		}
		t := &a.Tokens[sp.first]
		if t.UPOS == "ADJ" && t.Rel == "amod" && t.Head > sp.first && a.Tokens[t.Head].UPOS == "NOUN" {
			sp.typ = NORP
			continue
		}
		if n := sp.first + 1; n < len(a.Tokens) && peoplesAdjective(x, gaz, sp.first) && a.Tokens[n].Sent == t.Sent {
			next := &a.Tokens[n]
			if r, _ := utf8.DecodeRuneInString(next.Text); unicode.IsLower(r) && (next.UPOS == "NOUN" || next.UPOS == "ADJ") {
				sp.typ = NORP
			}
		}
	}
}

// worksAfterNames are the common nouns of built works and waters a name
// written before them names ("the Kali Gandaki A power station", "the
// Tarbela dam"): a person's name does not go before them.
var worksAfterNames = map[string]bool{"dam": true, "reservoir": true, "river": true, "canal": true, "barrage": true,
	"mine": true, "refinery": true, "pipeline": true, "hydropower": true, "hydroelectric": true, "oilfield": true}

// worksWithPower are the nouns "power" goes before in the name of a plant
// ("power station", "power plant").
var worksWithPower = map[string]bool{"station": true, "plant": true, "house": true, "project": true}

// namesOfWorks makes a place of a span the model typed as a person that
// stands right before the common noun of a built work or a water, a
// letter or a number of the work's name between ("Kali Gandaki A power
// station", "Upper Tamakoshi dam"): the name is the work's.
func namesOfWorks(a *Analysis, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON || sp.last >= len(a.Tokens) {
			continue
		}
		j := sp.last
		if t := a.Tokens[j].Text; j+1 < len(a.Tokens) && (len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' || a.Tokens[j].UPOS == "NUM") {
			j++ // "A" of "Kali Gandaki A", "3" of "Tarbela 3"
		}
		if j >= len(a.Tokens) || a.Tokens[j].Sent != a.Tokens[sp.first].Sent {
			continue
		}
		w := a.Tokens[j].Text
		if worksAfterNames[w] || w == "power" && j+1 < len(a.Tokens) && worksWithPower[a.Tokens[j+1].Text] {
			sp.typ = LOC
		}
	}
}

// adjectivesOfNoun reports whether tokens [first, last) are all
// adjectives modifying one noun after them.
func adjectivesOfNoun(a *Analysis, first, last int) bool {
	h := a.Tokens[first].Head
	if h < last || a.Tokens[h].UPOS != "NOUN" || a.Tokens[h].Sent != a.Tokens[first].Sent {
		return false
	}
	for i := first; i < last; i++ {
		if t := &a.Tokens[i]; t.UPOS != "ADJ" || t.Rel != "amod" || t.Head != h {
			return false
		}
	}
	return true
}

// peoplesAdjective reports whether word i is a people's adjective: listed
// as one, or a listed country with the adjective's ending ("Qatari",
// "Nigerian", "Jordanian", "Canadian", "Sudanese").
func peoplesAdjective(x *nerDoc, gaz *StrMap, i int) bool {
	if x.gaz[i]&gazBit('D', 'U') != 0 {
		return true
	}
	if gaz == nil {
		return false
	}
	w := x.lower[i]
	country := func(stem string) bool {
		v, ok := gaz.Get(stem)
		return ok && len(stem) >= 3 && strings.IndexByte(v, 'C') >= 0
	}
	for _, suf := range []string{"i", "n", "ian", "ese"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && (country(stem) || suf == "ian" && country(stem+"a")) {
			return true
		}
	}
	return false
}

// placeKinds are the words for a kind of place that open its name
// ("Lake Balkhash", "Mount Kenya"); not "San", "New" or "North", whose
// last words may be given names ("San Francisco", "New Albany").
var placeKinds = map[string]bool{"lake": true, "mount": true, "mt": true, "mt.": true, "fort": true, "port": true, "cape": true, "isle": true}

// placesByLastWord types as a place a one-word name that ends a place's
// name opened by a word for a kind of place elsewhere in the document
// ("Balkhash" after "Lake Balkhash", "Kenya" after "Mount Kenya" only
// where the model read it otherwise): the story names the place short,
// as it names a person by the surname.
func placesByLastWord(x *nerDoc, spans []nerSpan) {
	tails := map[string]bool{}
	for _, sp := range spans {
		if sp.typ == "PLACE" && sp.last-sp.first == 2 && placeKinds[x.lower[sp.first]] {
			tails[x.lower[sp.last-1]] = true
		}
	}
	if len(tails) == 0 {
		return
	}
	for k := range spans {
		if sp := &spans[k]; sp.last-sp.first == 1 && (sp.typ == PERSON || sp.typ == ORG) && tails[x.lower[sp.first]] {
			sp.typ = "PLACE"
		}
	}
}

// placeTails are the words that end a place's name and say what kind of
// place it is ("the Kalven Islands", "the Orsa Valley").
var placeTails = map[string]bool{"islands": true, "island": true, "isles": true, "valley": true, "bay": true,
	"coast": true, "peninsula": true, "mountains": true, "hills": true, "delta": true, "archipelago": true, "plateau": true}

// placesByFirstWord types as a place a one-word name that opens a place's
// name closed by a word for a kind of place elsewhere in the document
// ("Kalven" in "Kalven's fisheries directorate" after "the Kalven
// Islands"), where the model read it as a person's or a body's: the
// story names the place short.
func placesByFirstWord(x *nerDoc, spans []nerSpan) {
	var heads map[string]bool
	for _, sp := range spans {
		if (sp.typ == "PLACE" || sp.typ == GPE || sp.typ == LOC) && sp.last-sp.first == 2 && placeTails[x.lower[sp.last-1]] {
			if heads == nil {
				heads = map[string]bool{}
			}
			heads[x.lower[sp.first]] = true
		}
	}
	if heads == nil {
		return
	}
	for k := range spans {
		if sp := &spans[k]; sp.last-sp.first == 1 && (sp.typ == PERSON || sp.typ == ORG) && heads[x.lower[sp.first]] {
			sp.typ = "PLACE"
		}
	}
}

// settlementNouns are the words a story uses to say that a name is a
// place's: "the coastal village of Kambeng Koto", "the town of Tibú".
var settlementNouns = map[string]bool{
	"village": true, "villages": true, "town": true, "city": true, "district": true, "region": true,
	"province": true, "county": true, "municipality": true, "commune": true, "island": true,
	"hamlet": true, "settlement": true, "valley": true, "port": true, "township": true,
}

// placesNamedSo types as a place every "person" whose name the story
// also writes right after a word for a settlement and "of" ("the coastal
// village of Kambeng Koto"), which the model, knowing no such name,
// read as a person's: a name the story calls a village is a place
// wherever it stands.
func placesNamedSo(a *Analysis, x *nerDoc, spans []nerSpan) {
	var places map[string]bool
	for _, sp := range spans {
		if sp.typ != PERSON || sp.first < 2 || a.Tokens[sp.first-1].Text != "of" || !settlementNouns[x.lower[sp.first-2]] || a.Tokens[sp.first-2].Sent != a.Tokens[sp.first].Sent {
			continue
		}
		if places == nil {
			places = map[string]bool{}
		}
		places[a.Span(sp.first, sp.last)] = true
	}
	if places == nil {
		return
	}
	for k := range spans {
		if sp := &spans[k]; sp.typ == PERSON && places[a.Span(sp.first, sp.last)] {
			sp.typ = GPE
		}
	}
}
