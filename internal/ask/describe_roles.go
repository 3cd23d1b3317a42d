package ask

// The roles the article gives a person, read from the tree around the
// name: a title before it, a phrase set off after it, a relative clause
// ("who leads …"), a copula ("X is the minister") or the agent of a
// role's verb; describe.go matches them against a description asked about.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// titleAbbrevs are the short forms of titles written before names ("Gen
// Babiker Awad", "Sen. Ana Ruiz"), by the word they stand for.
var titleAbbrevs = map[string]string{"gen": "general", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
	"sen": "senator", "rep": "representative", "gov": "governor", "amb": "ambassador", "maj": "major",
	"capt": "captain", "sgt": "sergeant", "supt": "superintendent", "insp": "inspector", "cllr": "councillor",
	"dr": "doctor", "prof": "professor", "pres": "president", "sec": "secretary"}

// roleStems returns the stems of the words sentence si gives person e as
// a role: the title before the name ("NRC country director Amira Osman",
// "Gen Babiker Awad"), the noun phrase set off before it ("The EU's lead
// negotiator, Klaus Brenner") and the appositive after it ("Simon
// Aldridge, the ABPI's chief executive").
//
// Each phrase's stems come apart, so that a word of one ("a former judge")
// is not taken for the other's ("The government's chief negotiator,
// María Cruz, a former judge,": no former negotiator).
func (si *sentInfo) roleStems(e entity) [][]string {
	var phrases [][]string
	// A country's word inside a body's name ("the Chilean Wine
	// Exporters' Association") says nothing of whose the role is.
	var inNames []string
	for _, t := range si.toks {
		if summarize.NationOf(t.Text) != "" && si.nationInNamesOnly(t.Text) {
			inNames = append(inNames, strings.ToLower(t.Text))
		}
	}
	add := func(ws []string) {
		out := make([]string, 0, len(ws))
		for _, w := range ws {
			if long, ok := titleAbbrevs[w]; ok {
				w = long
			}
			if !isStop(w) && !slices.Contains(inNames, w) {
				out = append(out, porter(w))
			}
		}
		if len(out) > 0 {
			phrases = append(phrases, out)
		}
	}
	add(si.wordsBefore(e.first))
	// The noun phrase set off by a comma before the name, or before a
	// title in lower case right before it ("The head of the opposition
	// bloc, legislator Ramiro Ñancucheo"), "of" and all ("the provincial
	// Minister of Economy, Lucía Ibáñez Ortúzar"), or before a title
	// and a nationality ("The chair of the talks, Ecuadorian diplomat
	// Luis Fernando Aragón Mejía", "The current U.S. special envoy,
	// Ambassador Robert Kinsella"), or before a rank of two words ("The
	// head of the government delegation, Colonel-Major Boubacar
	// Sissoko"), or before an abbreviated title ("the Managing Director
	// of Deltacrest, Engr. Chinedu Okafor"). Not over "and" to the role
	// of the person before ("Kwabena Agyei-Frimpong, deputy minister for
	// energy, and Elikem Kportufe-Asare, chief executive of …").
	j := e.first - 1
	for k := 0; k < 4 && j > 0 && (si.toks[j].UPOS == "NOUN" && si.toks[j].Text == strings.ToLower(si.toks[j].Text) || si.toks[j].UPOS == "ADJ" ||
		si.toks[j].Rel == "nmod:desc" || titleish[strings.ToLower(strings.TrimSuffix(si.toks[j].Text, "."))] && si.toks[j].UPOS != "CCONJ" || ranks[strings.ToLower(si.toks[j].Text)] || si.toks[j].XPOS == "HYPH" ||
		abbreviatedTitle(si.toks[j].Text) || si.titleName(j)); k++ {
		j--
	}
	if j >= 1 && si.toks[j].Text == "," {
		add(si.phraseBackFrom(j, 9, true)) // "the head of the opposition bloc"
	}
	add(si.roleAfter(e.last))
	add(si.conjoinedRole(e.last))
	if role, who := si.relativeClause(e.last); role != nil {
		add(role)
		add(si.conjoinedLeading(who))
	}
	add(si.copularRole(e))
	add(si.agentRole(e))
	return phrases
}

// titleName reports whether token j is a capitalised word of a title
// written before a name ("Deputy" of "Deputy Foreign Minister Haryo
// Sasongko Nugroho"): a noun or a proper noun with a capital inside the
// sentence, in no entity.
func (si *sentInfo) titleName(j int) bool {
	t := &si.toks[j]
	if t.UPOS != "PROPN" && t.UPOS != "NOUN" || j == 0 || !capitalised(t.Text) {
		return false
	}
	return !slices.ContainsFunc(si.ents, func(e entity) bool { return e.first <= j && j < e.last })
}

// agentRole returns the office and the words of what is led where person
// e is the agent of a passive verb of leading ("Their committee was
// chaired by Thomas Ashworth-Hale": "chair", "committee"; "a delegation
// led by Gen Ana Ruiz": "leader", "delegation"), or nil.
func (si *sentInfo) agentRole(e entity) []string {
	h := si.entityRoot(e)
	if h < 0 || si.toks[h].Rel != "obl:agent" && si.toks[h].Rel != "obl" {
		return nil
	}
	v := si.toks[h].Head
	if v < 0 || si.toks[v].UPOS != "VERB" || si.toks[v].XPOS != "VBN" {
		return nil
	}
	if c := slices.IndexFunc(si.toks, func(t nlp.Token) bool { return t.Head == h && t.Rel == "case" }); c < 0 || !strings.EqualFold(si.toks[c].Text, "by") {
		return nil
	}
	office, ok := leadingVerbs[strings.ToLower(si.toks[v].Lemma)]
	if !ok {
		return nil
	}
	// What is led: the passive's subject, or the noun the participle
	// describes.
	led := -1
	for k, t := range si.toks {
		if t.Head == v && t.Rel == "nsubj:pass" {
			led = k
		}
	}
	if led < 0 && si.toks[v].Rel == "acl" {
		led = si.toks[v].Head
	}
	if led < 0 || si.toks[led].UPOS != "NOUN" && si.toks[led].UPOS != "PROPN" {
		return nil
	}
	out := slices.Clone(si.phraseBackFrom(led+1, 6, true))
	slices.Reverse(out)
	return append([]string{office}, out...)
}

// entityRoot returns the token of entity e the tree hangs from outside
// it, or -1.
func (si *sentInfo) entityRoot(e entity) int {
	for k := e.first; k < e.last; k++ {
		if p := si.toks[k].Head; p < e.first || p >= e.last {
			return k
		}
	}
	return -1
}

// copularRole returns the words of the office a copula gives person e:
// the subject of a name that is the predicate ("The union's president is
// Dale Kowalchuk") or the predicate of a name that is the subject
// ("Kowalchuk is the president of Local 514"), as the tree has it; nil
// for none.
func (si *sentInfo) copularRole(e entity) []string {
	h := si.entityRoot(e)
	if h < 0 {
		return nil
	}
	hasCop := func(k int) bool {
		return slices.ContainsFunc(si.toks, func(t nlp.Token) bool { return t.Head == k && t.Rel == "cop" })
	}
	office := -1
	switch t := si.toks[h]; {
	case strings.HasPrefix(t.Rel, "nsubj") && t.Head >= 0 && si.toks[t.Head].UPOS == "NOUN" && hasCop(t.Head):
		office = t.Head
	case hasCop(h):
		for k, c := range si.toks {
			if c.Head == h && strings.HasPrefix(c.Rel, "nsubj") && c.UPOS == "NOUN" {
				office = k
			}
		}
	}
	if office < 0 {
		return nil
	}
	out := slices.Clone(si.phraseBackFrom(office+1, 8, true))
	slices.Reverse(out)
	if office+1 < len(si.toks) && strings.EqualFold(si.toks[office+1].Text, "of") {
		out = append(out, si.phraseWords(office+1, office+8)...)
	}
	return out
}

// abbreviatedTitle reports whether w is a title cut short with a period
// that the lists need not know ("Engr.", "Arch.", "Hon.", "Ir."): a
// capital, one to four letters in lower case, a period.
func abbreviatedTitle(w string) bool {
	r := []rune(w)
	if len(r) < 3 || len(r) > 6 || r[len(r)-1] != '.' || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r[1 : len(r)-1] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// conjoinedRole returns the words of a second office joined to the
// appositive set off after token k ("Nurlan Asanov, Kyrgyzstan's deputy
// energy minister and its lead negotiator,": "its lead negotiator"), up to
// the head of that conjunct as the tree has it (so "the mayor of Bodø
// and no relation to the Kystfly chief" gives "no relation", not the
// chief), or nil.
func (si *sentInfo) conjoinedRole(k int) []string {
	if k >= len(si.toks) || si.toks[k].Text != "," {
		return nil
	}
	for j := k + 1; j < len(si.toks) && j <= k+12; j++ {
		t := si.toks[j]
		if t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "PUNCT" && t.Text != "-" && t.Text != "'s" && t.Text != "’s" {
			return nil
		}
		if t.UPOS != "CCONJ" {
			continue
		}
		c := t.Head
		if c <= j || c >= len(si.toks) || si.toks[c].Rel != "conj" || si.toks[c].UPOS != "NOUN" {
			return nil
		}
		if h := si.toks[c].Head; h <= k || h >= j {
			return nil // not a conjunct of the appositive
		}
		return si.phraseWords(j+1, c)
	}
	return nil
}

// leadingVerbs give the office of one who leads what they lead ("Ruben
// Quispe, who leads the Bolivian Workers' Confederation": its leader).
var leadingVerbs = map[string]string{"lead": "leader", "head": "head", "chair": "chair", "direct": "director", "run": "head", "represent": "representative"}

// relativeRole returns the office and the words of what is led in a
// relative clause set off right after token k that says whom the person
// leads ("…, who leads the Bolivian Workers' Confederation,": "leader",
// "bolivian", "workers", "confederation"; "…, who coordinates a network
// of women's groups,": "coordinate", whose stem is a coordinator's), or
// nil. The clause may follow an appositive ("…, a fifth-year student in
// chemistry who chairs the union's bargaining committee") and its verb a
// tense's auxiliary ("who has led the government team since October").
func (si *sentInfo) relativeRole(k int) []string {
	role, _ := si.relativeClause(k)
	return role
}

// relativeClause is relativeRole, with the index of the clause's "who".
func (si *sentInfo) relativeClause(k int) (role []string, who int) {
	if k+2 >= len(si.toks) || si.toks[k].Text != "," {
		return nil, -1
	}
	if k+3 < len(si.toks) && si.toks[k+1].UPOS == "NUM" && si.toks[k+2].Text == "," {
		// "Halima Saleh, 61, who has led the cooperative since 2011":
		// the age, then the clause, as roleAfter reads an appositive.
		k += 2
	}
	w := k + 1
	for w < len(si.toks) && w <= k+12 && !strings.EqualFold(si.toks[w].Text, "who") {
		t := si.toks[w]
		if t.UPOS == "CCONJ" && w > k+1 && w+1 < len(si.toks) && si.toks[w+1].UPOS != "PROPN" && (si.toks[w+1].UPOS != "VERB" || si.participleBeforeNoun(w+1)) {
			// "…, a crofter and retired ferry engineer who chairs the
			// trust": two roles of one person joined in the appositive,
			// not a second person ("and Elikem Kportufe-Asare").
			w++
			continue
		}
		if w > k+1 && si.participleBeforeNoun(w) {
			w++
			continue
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "CCONJ" || t.UPOS == "PRON" || t.UPOS == "PUNCT" && t.Text != "-" && t.Text != "'s" && t.Text != "’s" {
			return nil, -1 // no appositive of one noun phrase before "who"
		}
		w++
	}
	v := w + 1
	for v < len(si.toks) && v <= w+2 && si.toks[v].UPOS == "AUX" && tenseAux[strings.ToLower(si.toks[v].Lemma)] {
		v++
	}
	if w < len(si.toks) && strings.EqualFold(si.toks[w].Text, "who") && w+2 < len(si.toks) && strings.EqualFold(si.toks[w+1].Lemma, "be") {
		// "…, a pitcher for the Taichung Suns who is president of the
		// players' union": the office the copula gives, where its noun
		// is an office's (not "who is not related to the federation
		// spokesperson").
		o := w + 2
		for o < len(si.toks) && o <= w+4 && (si.toks[o].UPOS == "DET" || si.toks[o].UPOS == "ADJ") {
			o++
		}
		if o < len(si.toks) && si.toks[o].UPOS == "NOUN" && officeWords[strings.ToLower(si.toks[o].Text)] {
			return si.phraseWords(w+2, w+12), w
		}
		return nil, -1
	}
	if w >= len(si.toks) || !strings.EqualFold(si.toks[w].Text, "who") || v >= len(si.toks) || si.toks[v].UPOS != "VERB" {
		return nil, -1
	}
	// "who coordinates a network": the verb itself, whose stem is its
	// agent noun's ("coordin" for "coordinator", "manag" for "manager").
	lemma := strings.ToLower(si.toks[v].Lemma)
	office, ok := leadingVerbs[lemma]
	if !ok {
		if w > k+1 {
			return nil, -1 // an appositive's clause says what one does, not always an office
		}
		office = lemma
	}
	return append([]string{office}, si.phraseWords(v+1, v+10)...), w
}

// participleBeforeNoun reports whether token j is a participle that
// describes the noun right after it, after a determiner, an adjective or
// a conjunction ("a retired ferry engineer", "and elected official"),
// whatever the tagger made of it.
func (si *sentInfo) participleBeforeNoun(j int) bool {
	if j < 1 || j+1 >= len(si.toks) {
		return false
	}
	t := si.toks[j]
	if t.UPOS != "VERB" || t.XPOS != "VBN" && t.XPOS != "VBD" || si.toks[j+1].UPOS != "NOUN" {
		return false
	}
	switch si.toks[j-1].UPOS {
	case "CCONJ", "DET", "ADJ":
		return true
	}
	return false
}

// conjoinedLeading returns, for the relative clause whose "who" is token
// who, the office and the words of what is led by a verb of leading
// joined to the clause's own ("…, who runs a family winery in the Uco
// Valley and heads the province's association of wine exporters,":
// "head", "province's", "association", "of", "wine", "exporters"), or nil.
func (si *sentInfo) conjoinedLeading(who int) []string {
	v := si.toks[who].Head
	if v < 0 {
		return nil
	}
	for c := v + 1; c < len(si.toks) && c <= v+25; c++ {
		t := si.toks[c]
		if t.Head != v || t.Rel != "conj" || t.UPOS != "VERB" {
			continue
		}
		if office, ok := leadingVerbs[strings.ToLower(t.Lemma)]; ok {
			return append([]string{office}, si.phraseWords(c+1, c+10)...)
		}
	}
	return nil
}

// tenseAux are the auxiliaries of the perfect and the progressive ("who
// has led", "who is chairing").
var tenseAux = map[string]bool{"have": true, "be": true}

// roleAfter returns the lower-case words of the appositive set off by a
// comma right after token k ("…, a water-policy researcher at the
// Observer Research Foundation in New Delhi, argued"): up to the next
// comma or mark that ends a phrase, a verb, or twelve words; a hyphen
// or a possessive goes on.
func (si *sentInfo) roleAfter(k int) []string {
	if k+1 >= len(si.toks) || si.toks[k].Text != "," {
		return nil
	}
	switch strings.ToLower(si.toks[k+1].Text) {
	case "who", "whose", "which", "where", "when", "whom":
		// A relative clause, not an appositive: "Ingrid Solbakken,
		// whose country co-chairs a group," chairs nothing.
		return nil
	}
	from, last := k+1, k+12
	if k+3 < len(si.toks) && si.toks[k+1].UPOS == "NUM" && si.toks[k+2].Text == "," {
		// "Raymond Tolliver, 44, a second-tier assembler": the age,
		// then the role.
		from, last = k+3, k+14
	}
	// "Hamad al-Kuwari, the government's chief negotiator Gen. Béatrice
	// Mwamba Ilunga and …": a phrase that ends in another person's name,
	// with no preposition before it, is that person's title in a list,
	// not this one's role (but "an adviser to President Ruto" is).
	end := si.phraseEnd(from, last)
	for end < len(si.toks) && end <= last && si.toks[end].UPOS == "VERB" && si.toks[end].Rel == "amod" && si.toks[end].Head > end && si.toks[end].Head <= last {
		// A participle that modifies a noun after it is an adjective
		// of the role ("the elected authority").
		end = si.phraseEnd(end+1, last)
	}
	for _, e := range si.ents {
		if e.typ == nlp.PERSON && e.first > from && e.last == end &&
			!slices.ContainsFunc(si.toks[from:e.first], func(t nlp.Token) bool { return t.UPOS == "ADP" }) {
			return nil
		}
	}
	var out []string
	for j := from; j < end; j++ {
		out = append(out, words(si.toks[j].Text)...)
	}
	return append(out, si.glossAfter(end)...)
}

// glossAfter returns the words of a gloss set off by commas at token k,
// the end of a role's phrase, and of the phrase a preposition goes on
// with after it ("the elected authority, or mallku, of Colcha K": "or
// mallku of colcha k"), or nil.
func (si *sentInfo) glossAfter(k int) []string {
	if k+3 >= len(si.toks) || si.toks[k].Text != "," || !strings.EqualFold(si.toks[k+1].Text, "or") {
		return nil
	}
	g := si.phraseEnd(k+2, k+5)
	if g == k+2 || g >= len(si.toks) || si.toks[g].Text != "," {
		return nil
	}
	out := append([]string{"or"}, si.phraseWords(k+2, g-1)...)
	if g+1 < len(si.toks) && si.toks[g+1].UPOS == "ADP" {
		out = append(out, si.phraseWords(g+1, g+8)...)
	}
	return out
}

// phraseWords returns the lower-case words of tokens from..last that run
// on as one noun phrase: up to a verb, a conjunction or a mark that ends
// a phrase (a hyphen or a possessive goes on).
func (si *sentInfo) phraseWords(from, last int) []string {
	var out []string
	for j, end := from, si.phraseEnd(from, last); j < end; j++ {
		out = append(out, words(si.toks[j].Text)...)
	}
	return out
}

// phraseEnd returns the index after the last token of phraseWords'
// phrase.
func (si *sentInfo) phraseEnd(from, last int) int {
	j := from
	for ; j < len(si.toks) && j <= last; j++ {
		t := si.toks[j]
		if t.UPOS == "VERB" && j > from && si.toks[j-1].Text == "-" {
			// A participle joined by a hyphen is part of an adjective
			// ("Hartwell’s Lisbon-born chief executive").
		} else if t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "CCONJ" || t.UPOS == "PUNCT" && t.Text != "-" && t.Text != "'s" && t.Text != "’s" {
			break
		}
	}
	return j
}
