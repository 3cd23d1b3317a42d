package ask

import (
	"github.com/parley-bot/parley/internal/nlp"
	"slices"
	"strings"
)

// Offices in a description: which office a role holds, its synonyms and
// rank ("deputy", "vice"), the kind of office a head word asks for, and
// whether a role fits the head and the other words asked.

// sharedOffices are the offices "co-" shares ("co-chair", "co-founder").
var sharedOffices = set(`chair chairs chairman chairwoman chairperson founder founders president leader author host
sponsor director owner negotiator`)

// allIn reports whether every word of ws is in set.
func allIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return true
}

// ranks are the military ranks a name may carry, alone or two joined by
// a hyphen ("Colonel-Major").
var ranks = set(`colonel major captain lieutenant general admiral commander brigadier marshal sergeant commodore`)

// expandOffices writes out the initials and short forms of offices a
// question may use ("CEO", "CFO", "gen sec"), as articles spell them.
func expandOffices(phrase []string) []string {
	var out []string
	for i := 0; i < len(phrase); i++ {
		switch w := phrase[i]; w {
		case "gen":
			// "the union gen sec": the general secretary.
			if i+1 < len(phrase) && phrase[i+1] == "sec" {
				out = append(out, "general", "secretary")
				i++
			} else {
				out = append(out, w)
			}
		case "gensec":
			out = append(out, "general", "secretary")
		case "ceo":
			out = append(out, "chief", "executive")
		case "cfo":
			out = append(out, "chief", "financial", "officer")
		case "coo":
			out = append(out, "chief", "operating", "officer")
		case "md":
			out = append(out, "managing", "director")
		default:
			out = append(out, w)
		}
	}
	return out
}

// possessedOffice reports whether the sentence writes an office of head
// (a stem) after "its" or "their" ("its spokeswoman", "their chief
// negotiator"), or, where generic, any office that leads.
func (si *sentInfo) possessedOffice(head string, generic bool) bool {
	for k, t := range si.toks {
		if w := strings.ToLower(t.Text); w != "its" && w != "their" {
			continue
		}
		for j := k + 1; j < len(si.toks) && j <= k+3; j++ {
			// "the head of the association" for "Its president,
			// Markus Reinholt": whichever office leads it.
			if st := porter(strings.ToLower(si.toks[j].Text)); st == head || generic && leadStems[st] {
				return true
			}
		}
	}
	return false
}

// holdsHead reports whether role (stems) holds head (a stem) or a
// synonym of it.
func holdsHead(head string, role []string) bool {
	return slices.ContainsFunc(role, func(r string) bool { return r == head || slices.Contains(roleSynonyms[head], r) })
}

// unnamedOffice reports whether sentence i mentions the office of head
// (a stem) without naming anyone: "said the chairman of the Bitung Tuna
// Boat Owners Association", "The Ukrainian delegation was led by a
// deputy minister".
func (a *Article) unnamedOffice(i int, head string) bool {
	si := &a.info[i]
	if slices.ContainsFunc(si.ents, func(e entity) bool { return e.typ == nlp.PERSON }) {
		return false
	}
	return slices.ContainsFunc(si.toks, func(t nlp.Token) bool {
		return t.UPOS == "NOUN" && porter(strings.ToLower(t.Text)) == head
	})
}

// othersOffice reports whether sentence i writes the office of head (a
// stem) as another country's than the one the role (stems) names:
// "Norway's chief negotiator", unnamed, is not "Iceland's lead
// negotiator, Katrin Jonsdottir".
func (a *Article) othersOffice(i int, head string, role []string) bool {
	si := &a.info[i]
	for k, t := range si.toks {
		if t.UPOS != "NOUN" || porter(strings.ToLower(t.Text)) != head {
			continue
		}
		for j, c := range si.toks {
			if c.Head != k || c.Rel != "nmod:poss" && c.Rel != "amod" && c.Rel != "compound" {
				continue
			}
			if w := strings.ToLower(si.toks[j].Text); otherCountry(w, role) {
				return true
			}
		}
	}
	return false
}

// sameWordFamily reports whether two stems are one word's: equal, role
// synonyms ("lawyer", "counsel"), or one a derivation of the other that
// adds at most two letters to a stem of five or more ("financ" for
// "finance", "financi" for "financial").
func sameWordFamily(a, b string) bool {
	if a == b || slices.Contains(roleSynonyms[a], b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	// "economist" for one who teaches "economics", "geologist" for
	// "geology": the one who practises a field, by its name.
	return len(a) >= 5 && (len(b)-len(a) <= 2 || strings.HasSuffix(b, "ist")) && strings.HasPrefix(b, a)
}

// officeSynonymGroups are words for one office, one group a line: a
// description asked about in one ("the union's lawyer") fits a role
// written in another ("the union's outside counsel"). They are synonyms
// of the index too.
const officeSynonymGroups = `lawyer counsel attorney
spokesman spokeswoman spokesperson
envoy emissary representative ambassador
chair chairman chairwoman chairperson
teacher lecturer professor instructor tutor
analyst expert specialist researcher scholar
lawmaker legislator parliamentarian mp congressman congresswoman
rep representative`

// roleSynonyms map the stem of a word of an office to the stems of the
// other words for that office.
var roleSynonyms = stemGroups(officeSynonymGroups)

// lesserOffice are the stems of the words that make a role another than
// its head's: a deputy, a vice-, an assistant, a former holder.
var lesserOffice = []string{porter("deputy"), porter("vice"), porter("assistant"), porter("former"), porter("acting"), porter("shadow")}

// anyOffice are the words for whoever holds an office of a body, of any
// rank or title.
var anyOffice = set(`official officials`)

// vagueQualifiers say no more of an office than that it is one: "the
// local coordinator", "a senior negotiator", "the main negotiator" need
// not be written so.
var vagueQualifiers = set(`local senior top main leading based`)

// sameRank reports whether a role (stems) is the office a description's
// other words ask about, not a lesser one: "Deputy Prime Minister John
// Prescott" is not "the prime minister"; "the former president" is not
// "the president".
func sameRank(role, others []string) bool {
	for _, m := range lesserOffice {
		if slices.Contains(role, m) && !slices.ContainsFunc(others, func(w string) bool { return porter(w) == m }) {
			return false
		}
	}
	return true
}

// roleFits reports whether a role (stems, in sentence i) fits a
// description's head (stem, and as written) and other words; with i
// negative, only by the role's own words.
func (a *Article) roleFits(head, h string, others, role []string, i int) bool {
	// "the northstar executive" for "a senior vice-president of
	// Northstar": a word for a kind of office holds any office of that
	// kind, of whatever rank.
	kind := slices.ContainsFunc(role, func(r string) bool { return officeKinds[h][r] }) && !otherOffice(role, officeKinds[h])
	// The head may be the lesser office itself ("the union deputy").
	if !anyOffice[h] && !kind && !sameRank(role, append(others[:len(others):len(others)], h)) {
		return false
	}
	// "China's head negotiator" for "Zhou Yiming, who heads China's
	// delegation", "Nepal's negotiator" for "Nepal's team was led by
	// Sarita Pandey Rijal", "the employers' negotiator" for "…, who has
	// led the employers' side since 2020": who leads a delegation, a team
	// or a side to talks negotiates for it.
	delegationHead := head == negotiatorStem && (slices.Contains(role, delegationStem) || slices.Contains(role, teamStem) || slices.Contains(role, sideStem)) && slices.ContainsFunc(role, func(r string) bool { return leadStems[r] || r == "lead" })
	// "the herder" for "…, who herds with her two sons": one who does
	// what the role's verb says.
	doer := slices.ContainsFunc(role, func(r string) bool {
		// Or a synonym's: "the lecturer" for "…, who teaches peace
		// studies at Mindanao State University".
		return agentNoun(r, h) || slices.ContainsFunc(roleSynonyms[head], func(s string) bool { return agentNoun(r, s) })
	})
	// "the energy economist" for "…, who teaches energy economics":
	// one who practises the field the role names.
	practitioner := strings.HasSuffix(head, "ist") && slices.ContainsFunc(role, func(r string) bool { return r != head && sameWordFamily(r, head) })
	if !kind && !delegationHead && !doer && !practitioner && !slices.ContainsFunc(role, func(r string) bool { return r == head || slices.Contains(roleSynonyms[head], r) }) && !a.spellsOut(h, role) {
		// "An Egyptian intelligence official" holds any office of
		// Egypt's intelligence service, of whatever rank.
		if !anyOffice[h] && (!genericOffice[h] || !slices.ContainsFunc(role, func(r string) bool { return leadStems[r] })) {
			return false
		}
	}
	for k, w := range others {
		if isStop(w) || vagueQualifiers[w] || delegationHead && (leadWords[w] || w == "lead") {
			continue
		}
		if len(others) == 1 && i >= 0 && i < len(a.info) && a.info[i].nationInNamesOnly(w) {
			// "Chile's president" is not "president of the Chilean
			// Wine Exporters' Association": the country is a word of
			// the body's name there, not the office's owner (but "the
			// Scottish pelagic boss" names the body by its words).
			return false
		}
		t := porter(w)
		if len(others) == 1 && leadWords[h] && nationWord(w) != "" && !nationNamed(w, func(f string) bool { return slices.Contains(role, f) }) && a.roleOfBody(role, head) {
			// "Brazil's president" is not "Nordvik's president for
			// Latin America" in a sentence that also names Brazil: the
			// office is the body's.
			return false
		}
		if slices.ContainsFunc(role, func(r string) bool { return sameWordFamily(r, t) }) || i >= 0 && a.ix.sentenceHasForm(i, t) ||
			i >= 0 && nationWord(w) == "" && a.introducedBefore(i, t) ||
			i >= 0 && nationWord(w) == "" && a.placeStem(t) && a.placeOfParagraph(i, t) ||
			i >= 0 && a.subheadHas(i, t) ||
			i >= 0 && k+1 < len(others) && a.shortenedFrom(w, others[k+1], role, i) ||
			nationNamed(w, func(f string) bool { return slices.Contains(role, f) }) ||
			i >= 0 && a.nationNarrated(w, i) ||
			i >= 0 && a.datelineNation(w) && !otherCountry(w, role) && !a.namesOtherCountry(i, nationWord(w)) ||
			a.bodyCalled(w, role) || a.bodyNamedWith(t, role) || a.bodyDescribedWith(t, role) || a.acronymHolds(role, t) {
			continue
		}
		x := a.acr.expansion(w)
		if x == nil || !slices.ContainsFunc(x, func(xw string) bool {
			return slices.Contains(role, porter(xw)) || i >= 0 && a.ix.sentenceHas(i, porter(xw))
		}) {
			return false
		}
	}
	return true
}

// officeKinds map a word for a kind of office to the stems of the
// offices of that kind: an executive is a company's head, director,
// president, chair, manager or founder of any rank ("officer" alone is a
// police officer's word too), a diplomat an ambassador, an envoy or a consul.
var officeKinds = map[string]map[string]bool{
	"executive": stemSet(`ceo chief head director president chairman chairwoman chair manager founder executive`),
	"diplomat":  stemSet(`ambassador envoy consul attache diplomat`),
}

// ownOffices are the stems of offices that are never another's rank or
// modifier, as "chief" and "general" are ("chief executive", "general
// manager").
var ownOffices = stemSet(`negotiator spokesman spokeswoman spokesperson minister secretary governor commissioner
ambassador envoy consul counterpart economist analyst mediator`)

// otherOffice reports whether a role (stems) holds an office's word that
// is not of the kind (stems): "chief negotiator" is no executive, its
// "chief" the negotiator's rank.
func otherOffice(role []string, kind map[string]bool) bool {
	return slices.ContainsFunc(role, func(r string) bool { return ownOffices[r] && !kind[r] })
}
