package ask

import (
	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
	"slices"
	"strings"
)

// Nations in a description ("the Tanzanian negotiator", "Norway's
// envoy"): the nation's word and possessive, the places a paragraph or
// a dateline gives, and whether the article names another country for the
// role.

// nationPossessives writes a country's possessive typed without its
// apostrophe ("norways chief negotiator", "the kenyas minister") as the
// possessive it is.
func nationPossessives(words []string) []string {
	var out []string // a copy, once one word changes: the caller's stay as they are
	for k, w := range words {
		if len(w) > 3 && strings.HasSuffix(w, "s") && summarize.NationOf(w) == "" && summarize.NationOf(w[:len(w)-1]) != "" {
			if out == nil {
				out = slices.Clone(words)
			}
			out[k] = w[:len(w)-1] + "'s"
		}
	}
	if out == nil {
		return words
	}
	return out
}

// nationWord returns the country a question's word names as its owner,
// written "brazil's", "brazil’s", "brazils" or "brazil", or "".
func nationWord(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if n := summarize.NationOf(w); n != "" {
		return n
	}
	if len(w) > 3 && strings.HasSuffix(w, "s") {
		return summarize.NationOf(w[:len(w)-1])
	}
	return ""
}

// placeStem reports whether the stem t is the stem of a one-word place
// (GPE) the article names.
func (a *Article) placeStem(t string) bool {
	for i := range a.info {
		for _, e := range a.info[i].ents {
			if e.typ == nlp.GPE && !strings.Contains(e.text, " ") && porter(strings.ToLower(e.text)) == t {
				return true
			}
		}
	}
	return false
}

// placeOfParagraph reports whether a sentence before sentence i in its
// paragraph names the place of stem t: where the paragraph is set
// ("Across the water in Rameswaram, the mood is different. … S. Antony
// Raj, president of a boat owners' association in the town, said…" for
// "the rameswaram boat owners' leader").
func (a *Article) placeOfParagraph(i int, t string) bool {
	ss := a.brief.Sentences
	for k := i - 1; k >= 0 && k < len(ss) && i < len(ss) && ss[k].Para == ss[i].Para; k-- {
		if a.ix.sentenceHasForm(k, t) {
			return true
		}
	}
	return false
}

// nationsFit reports whether sentence i (its words' stems) fits the
// countries a description names ("the head of Colombia's government
// delegation"): it names each, or names no country at all, in an article
// that names them ("…,” the head of the government delegation told
// reporters" in a story of Colombia's talks).
func (a *Article) nationsFit(nations []string, i int, stems map[string]bool) bool {
	if len(nations) == 0 {
		return true
	}
	if !slices.ContainsFunc(nations, func(w string) bool { return !nationNamed(w, func(f string) bool { return stems[f] }) }) {
		return true
	}
	for _, w := range words(a.sents[i]) {
		if summarize.NationOf(w) != "" {
			return false
		}
	}
	return true
}

// datelineNation reports whether the nation word w ("lithuanian") is the
// country of the story's dateline ("VILNIUS —"): "the lithuanian
// transport minister" is the story's "Transport Minister Mindaugas
// Grigaliūnas", where the role names no other country and the sentence
// no other (namesOtherCountry).
func (a *Article) datelineNation(w string) bool {
	n := nationWord(w)
	if n == "" || a.brief == nil || a.brief.Dateline == "" {
		return false
	}
	for _, part := range strings.Split(a.brief.Dateline, ",") {
		if summarize.CountryOf(strings.TrimSpace(part)) == n {
			return true
		}
	}
	return false
}

// namesOtherCountry reports whether sentence i names a country other
// than n, or its people, in any word ("Chad's delegation is led by
// Justice Minister …" in a story datelined in Doha): the office may be
// that country's, not the dateline's.
func (a *Article) namesOtherCountry(i int, n string) bool {
	if i < 0 || i >= len(a.sents) {
		return false
	}
	return slices.ContainsFunc(words(a.sents[i]), func(w string) bool {
		c := nationWord(w)
		if c == "" {
			c = summarize.CountryOf(w)
		}
		return c != "" && c != n
	})
}

// nationNarrated reports whether sentence i names the country w (its
// name, its people's word or a place in it) as written, not only as what
// one of its pronouns stands for: “Indian consumers know Chilean wine.
// Now they can find it in Bengaluru,” the association's president added
// — "it" is the Chilean wine, and the president no country's.
func (a *Article) nationNarrated(w string, i int) bool {
	if i < 0 || i >= len(a.sents) || i >= len(a.info) {
		return false
	}
	var written []string
	return nationNamed(w, func(f string) bool {
		if !a.ix.sentenceHas(i, f) {
			return false
		}
		if !slices.Contains(a.info[i].coref, f) {
			return true
		}
		if written == nil {
			written = slices.Concat(terms(a.sents[i]), a.info[i].lemmaTerms(), a.info[i].countryTerms())
		}
		return slices.Contains(written, f)
	})
}

// otherCountry reports whether w names a country and the role (stems)
// names another, by its name, its people or its capital, and not w's.
func otherCountry(w string, role []string) bool {
	return otherCountryBy(w, role, summarize.CountryOf)
}

// otherCountryBy is otherCountry with the country of a role's word told
// by countryOf.
func otherCountryBy(w string, role []string, countryOf func(string) string) bool {
	n := summarize.NationOf(w)
	if n == "" {
		return false
	}
	other := false
	for _, r := range role {
		switch c := countryOf(r); {
		case c == n:
			return false
		case c != "":
			other = true
		}
	}
	return other
}

// countryOfStem returns the country a role's word (a stem) names: the
// gazetteer's for the word, else that of a one-word place the article
// names whose stem it is ("paraguai" of "Paraguay's envoy"); "" for none.
func (a *Article) countryOfStem(r string) string {
	if c := summarize.CountryOf(r); c != "" {
		return c
	}
	for i := range a.info {
		for _, e := range a.info[i].ents {
			if e.typ == nlp.GPE && !strings.Contains(e.text, " ") && porter(strings.ToLower(e.text)) == r {
				if c := summarize.CountryOf(e.text); c != "" {
					return c
				}
			}
		}
	}
	return ""
}

// nationNamed reports whether w, a country or its people's adjective
// ("Qatari", "Chadian"), names the country that words (has, by stem)
// name in another form ("Qatar's minister of state"): by the engine's
// country lists, else by the adjective's ending taken off ("Chadian" ->
// "Chad"). The words are a role's or its sentence's: "Foreign Minister
// Karen Holm said … Denmark's ambassador" is the Danish foreign minister;
// a capital is not its country ("Justice Minister Achta Nour, who arrived
// in Doha" is no Qatari minister).
func nationNamed(w string, hasStem func(string) bool) bool {
	has := func(f string) bool { return hasStem(porter(f)) }
	// "brazil's" of "what did brazils negotiator say": Brazil.
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	n := summarize.NationOf(w)
	known := n != ""
	if known {
		for _, f := range append(summarize.Aliases(n), strings.ToLower(n)) {
			if !strings.Contains(f, " ") && summarize.NationOf(f) != "" && has(f) {
				return true
			}
		}
	}
	// A people's word built on a name the lists do not hold alone
	// ("Congolese" for "Congo's foreign minister", where the lists know
	// only the two Congos' full names); for a known people's word, never
	// on another country's name ("Nigerian" is not of Niger).
	for _, suf := range []string{"ian", "an", "i", "ese", "lese"} {
		if stem, ok := strings.CutSuffix(strings.ToLower(w), suf); ok && len(stem) >= 3 && has(stem) && !(known && summarize.NationOf(stem) != "") {
			return true
		}
	}
	return false
}

// nationWritten reports whether the article names, by its name or its
// people's adjective, the country that w (either, lower case) names:
// "Qatari" is known where the article writes "Qatar". A capital is not
// the country here (see summarize.NationOf).
func (a *Article) nationWritten(w string) bool {
	n := summarize.NationOf(w)
	if n == "" {
		return false
	}
	for _, f := range append(summarize.Aliases(n), strings.ToLower(n)) {
		if summarize.NationOf(f) == "" {
			continue
		}
		if !strings.Contains(f, " ") && a.ix.has(porter(f)) || strings.Contains(f, " ") && a.writesPhrase(f) {
			return true
		}
	}
	return false
}
