package summarize

// Which entities are parties and under what name: news outlets and
// bodies, acronyms and short forms, the party kind of an entity and the
// evidence for it, the entity a mention or a speaker names, the party a
// body folds into, and the name as the article writes it.

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// sourceBodies are news agencies and outlets: they report the story, they
// are not parties to it. A list, because nothing in a sentence tells a
// newspaper that reports from one that negotiates.
var sourceBodies = makeSet(`associated-press ap reuters afp bloomberg cnn bbc new-york-times washington-post
wall-street-journal guardian financial-times politico fox-news nbc nbc-news abc abc-news cbs cbs-news msnbc npr
axios the-hill breitbart huffington-post huffpost usa-today alliance-news dow-jones xinhua tass ria-novosti interfax
al-jazeera sky-news times telegraph independent economist daily-mail new-york-post los-angeles-times caliber.az
upi cnbc yonhap kyodo nikkei south-china-morning-post globe-and-mail cbc ctv ft wsj nyt scmp
kcna irna isna mehr fars tasnim sana wam spa kuna mena anadolu bernama antara pti ani efe ansa dpa pap ukrinform
unian belta jiji rte france-24 euronews dw deutsche-welle voa radio-free-europe new-yorker atlantic newsweek forbes
business-insider marketwatch barron's techcrunch hollywood-reporter der-spiegel spiegel le-monde le-figaro el-pais
asahi mainichi yomiuri haaretz times-of-israel jerusalem-post al-arabiya hindustan-times times-of-india the-hindu
straits-times sydney-morning-herald abc-news-australia rnz stuff canadian-press press-association pa-media aap
australian-associated-press agence-france-presse press-trust-of-india associated-press-of-pakistan`)

// withoutBase returns a source's description without where they are
// based ("One captain based in Denver" is "One captain"): where someone
// works or lives is not whose side they are on.
func withoutBase(s string) string {
	if i := strings.Index(s, " based "); i > 0 {
		return s[:i]
	}
	return s
}

// isSourceBody reports whether a name is a news outlet or agency.
func isSourceBody(name string) bool {
	var buf [lowerBufLen]byte
	k := lowerBytes(buf[:0], strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the "))
	if bytes.HasSuffix(k, []byte(" news agency")) || bytes.HasSuffix(k, []byte(" news service")) || bytes.HasSuffix(k, []byte(" press agency")) {
		return true // "Xinhua News Agency", "Yonhap News Agency"
	}
	if bytes.HasSuffix(k, []byte(" news")) || bytes.HasSuffix(k, []byte(" news network")) {
		return true // "Al-Qahera News", "Bloomberg News": a newsroom reports, it does not negotiate
	}
	if bytes.HasSuffix(k, []byte(" radio")) || bytes.HasSuffix(k, []byte(" television")) {
		return true // "Harbury Radio", "Cedar Television": a broadcaster reports too
	}
	for i, c := range k {
		if c == ' ' {
			k[i] = '-'
		}
	}
	return sourceBodies[string(k)]
}

// eventWords end the names of events, laws, plans, illnesses and surveys
// ("… Community Survey", "… Census"), which happen, apply or hold data
// rather than act: "Vietnam War", "Clean Power Plan",
// "Affordable Care Act", "Feather Duvet Lung" is none of them, but a
// "… Disease" or "… Syndrome" is.
var eventWords = makeSet(`war wars crisis act bill plan treaty accord accords agreement law summit election elections
revolution pandemic epidemic syndrome disease protocol doctrine amendment olympics survey census`)

// namedBody reports whether the name headed at h is written as a body's:
// in apposition to or flat under a body's noun ("energy giant | Rosneft"),
// or with one as its own modifier.
func (t *tree) namedBody(h int) bool {
	a := t.a
	if r := a.Tokens[h].Rel; (r == "appos" || r == "flat") && a.Tokens[h].Head >= 0 && a.Tokens[h].Head < h {
		if hd := &a.Tokens[a.Tokens[h].Head]; hd.UPOS == "NOUN" && lowerIn(bodyKinds, hd.Lemma) {
			return true
		}
	}
	for i := int(t.left[h]); i < h; i++ {
		if a.Tokens[i].Head == h && a.Tokens[i].Rel == "compound" && a.Tokens[i].UPOS == "NOUN" && lowerIn(bodyKinds, a.Tokens[i].Lemma) {
			return true
		}
	}
	return false
}

// corporateNouns are what a company has and a person does not: a name
// that owns them, or is a compound of them, is a body.
var corporateNouns = makeSet(`company firm corporation subsidiary share shares shareholder stock board chairman ceo management
headquarters profit revenue earning earnings unit division`)

// bodyKinds name what a company, a union or another body is: a name in
// apposition to one ("Mitsubishi, the Japanese car firm") or a compound of
// one ("the Naftohaz company") is a body.
var bodyKinds = makeSet(`firm company corporation carmaker carrier airline bank union maker manufacturer giant
retailer lender insurer operator producer supplier conglomerate group exchange agency ministry department party
organisation organization association federation league council commission committee confederation authority
regulator institute foundation fund tribunal syndicate guild utility subsidiary cooperative platform app startup chain
automaker`)

// placePair reports whether a name joins two places with a hyphen ("US-German",
// "US-China"): it qualifies what lies between them (a firm, talks), and is
// no actor of its own.
func placePair(name string) bool {
	var buf [lowerBufLen]byte // the name's lower case, on the stack when short
	l, r, ok := strings.Cut(string(lowerBytes(buf[:0], name)), "-")
	if !ok {
		return false
	}
	gl, okl := gazetteer[l]
	gr, okr := gazetteer[r]
	return okl && okr && gl.kind == KindCountry && gr.kind == KindCountry
}

// isAcronym reports whether a name is written as an acronym: two to six
// capital letters.
func isAcronym(s string) bool {
	if a, b, ok := strings.Cut(s, "-"); ok {
		// Two joined by a hyphen: "SAG-AFTRA", "PMA-ACU".
		return isAcronym(a) && isAcronym(b)
	}
	return capitalLetters(s, 2, 6)
}

// capitalLetters reports whether w is written in lo to hi capital letters
// (A to Z) and nothing else.
func capitalLetters(w string, lo, hi int) bool {
	if len(w) < lo || len(w) > hi {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// initials returns the capitals that start a name's words and the parts
// of its hyphened words ("London Stock Exchange" gives "LSE"; "of", "and"
// and "the" give none), or "" for a one-word name.
func initials(name string) string {
	var wb [8]string
	words := appendFields(wb[:0], name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		// "Guild-American": each part of a hyphened word its own
		// ("SAG-AFTRA").
		for part := range strings.SplitSeq(w, "-") {
			if part != "" && part[0] >= 'A' && part[0] <= 'Z' {
				b.WriteByte(part[0])
			}
		}
	}
	return b.String()
}

// abbreviates reports whether acronym ac abbreviates name: its initials,
// with or without the body's word at its end ("PCS" and "PCSU" for the
// "Public and Commercial Services Union"), or of what a department is of
// ("VA" for the "Department of Veterans Affairs").
func abbreviates(ac, name string) bool {
	if initials(name) == ac || strings.Contains(ac, "-") && initials(name) == strings.ReplaceAll(ac, "-", "") {
		return true // "SAG-AFTRA" for "Screen Actors Guild-American Federation of …"
	}
	var wb [8]string
	words := appendFields(wb[:0], name)
	if len(words) > 2 && lowerIn(orgWords, words[len(words)-1]) {
		return initials(strings.Join(words[:len(words)-1], " ")) == ac
	}
	// "VA" for the "Department of Veterans Affairs": the initials of
	// what a department, a ministry or an office is of.
	if len(words) > 3 && lowerIn(governmentBodies, words[0]) && nlp.EqualFoldLower(words[1], "of") {
		return initials(strings.Join(words[2:], " ")) == ac
	}
	return false
}

// acronymMarks drops the marks an acronym may be written with ("U.N.",
// "SAG-AFTRA"); read only.
var acronymMarks = strings.NewReplacer(".", "", "-", "")

// bracketAcronym reports whether acronym ac may stand for name in another
// language's word order ("ELN" for "National Liberation Army", from
// "Ejército de Liberación Nacional"): all but one of its letters are
// initials of the name's capitalised words.
func bracketAcronym(ac, name string) bool {
	var initials []rune
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	letters := []rune(acronymMarks.Replace(ac))
	if len(letters) < 2 || len(initials) < len(letters)-1 {
		return false
	}
	shared := 0
	for _, r := range letters {
		if i := slices.Index(initials, r); i >= 0 {
			initials = slices.Delete(initials, i, i+1)
			shared++
		}
	}
	return shared >= len(letters)-1
}

// bracketsAfter reports whether the story writes acronym ac in brackets
// right after name ("National Liberation Army (ELN)"). The pairs are
// collected once per document.
func (d *doc) bracketsAfter(ac, name string) bool {
	if d.brackets == nil {
		d.brackets = map[string][]int{}
		for i := 2; i+1 < len(d.toks); i++ {
			if d.toks[i-1].text == "(" && d.toks[i+1].text == ")" && d.toks[i].word {
				d.brackets[d.toks[i].lower] = append(d.brackets[d.toks[i].lower], i-1)
			}
		}
	}
	ws := strings.Fields(strings.ToLower(name))
	for _, open := range lowerIn(d.brackets, ac) {
		if open < len(ws) {
			continue
		}
		match := true
		for j, w := range ws {
			if d.toks[open-len(ws)+j].lower != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// partyName cleans a party's name: "An EU" (from "An EU spokesman") is
// the EU; a title alone ("President") or a day ("Friday") names no one
// (false), nor does an honour ("Nobel Peace Prize"). A group keeps its
// article ("the workers").
func partyName(name, kind string) (string, bool) {
	if kind != KindGroup {
		for _, art := range []string{"A ", "An ", "The "} {
			if rest, ok := strings.CutPrefix(name, art); ok && rest != "" {
				name = rest
			}
		}
	}
	l := strings.ToLower(strings.TrimSuffix(name, "."))
	var fb [8]string
	f := appendFields(fb[:0], l)
	// An honour ("Nobel Peace Prize") is won, it takes no side; a US
	// state written as news abbreviates it after a town ("Flint, Mich.")
	// is a place.
	return name, !titleWords[l] && !stopCaps[l] && !stateAbbreviations[l] && !(len(f) > 1 && (honourWords[f[len(f)-1]] || eventWords[f[len(f)-1]]))
}

// stateAbbreviations are the abbreviations of US states news style writes
// after a town ("Flint, Mich.", "Fresno, Calif."), lower case, without
// their period; those of two capitals ("N.Y.") read as acronyms.
var stateAbbreviations = makeSet(`ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
nev okla ore pa tenn tex va vt wash wis wyo`)

// writtenName returns an entity's name as the article writes it: the name
// lists give one spelling ("World Trade Organization"), the article may use
// another ("World Trade Organisation"), and the brief quotes the article.
func (d *doc) writtenName(ei int, entOf []int) string {
	name := d.ents[ei].name
	if strings.Contains(d.text, name) {
		return name
	}
	words := fieldCount(name)
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if entOf[mi] != ei || m.demonym || m.n0 >= m.t1 || m.t1 > len(d.toks) {
			continue
		}
		w := d.text[d.toks[m.n0].start:d.toks[m.t1-1].end]
		if fieldCount(w) == words && strings.EqualFold(spellingKey(w), spellingKey(name)) {
			return w
		}
	}
	return name
}

// spellingKey folds British and American spellings together
// ("Organisation", "Organization"; "Defence", "Defense").
func spellingKey(s string) string {
	return spellings.Replace(strings.ToLower(s))
}

// spellings maps the letters in which British and American spellings
// differ to one form (a Replacer is safe for concurrent use).
var spellings = strings.NewReplacer("z", "s", "ce", "se")

// partyKinds are the kinds a party can take, in the order votes count
// them (ties go to the earlier).
var partyKinds = [...]string{KindPerson, KindOrganisation, KindCountry, KindGroup}

// mentionEntities returns the entity of every mention: the one name
// linking gave it, or for a mention it left unlinked (a name opening a
// sentence, where a capital says nothing) the entity of the same name
// found elsewhere, or the one firm it names without its designation;
// -1 when none.
func (d *doc) mentionEntities() []int {
	byName := make(map[string]int, len(d.ents))
	for ei := range d.ents {
		byName[d.ents[ei].lower] = ei
	}
	out := make([]int, len(d.mentions))
	for mi := range d.mentions {
		out[mi] = d.mentions[mi].ent
		if out[mi] < 0 {
			if ei, ok := lowerHas(byName, d.mentions[mi].name); ok {
				out[mi] = ei
				continue
			}
			// "Ostrova, which…" opening a sentence: the one firm whose
			// name it is without its designation.
			out[mi] = d.firmForm(d.mentions[mi].name)
		}
	}
	return out
}

// firmForm returns the one firm whose name without its designations
// begins or ends with name ("Ostrova" of "Ostrova Pharma"), or -1.
func (d *doc) firmForm(name string) int {
	if d.firms == nil {
		d.firms = d.firmForms()
	}
	if ei, ok := d.firms[strings.Join(strings.Fields(strings.ToLower(name)), " ")]; ok && ei >= 0 {
		return ei
	}
	return -1
}

// firmForms maps every short form designatedForm allows of the story's
// firms (the leading or trailing words of the name without its
// designations, lower case) to its firm, or to -2 where two firms share
// it.
func (d *doc) firmForms() map[string]int {
	m := map[string]int{}
	for ei := range d.ents {
		// The words in lower case, on the stack when the name is short:
		// most names have no designation and go no further.
		var lb [lowerBufLen]byte
		var fb [16]string
		l := appendFields(fb[:0], string(lowerBytes(lb[:0], d.ents[ei].name)))
		core := undesignated(l)
		if len(core) == len(l) || len(core) == 0 {
			continue
		}
		seen := map[string]bool{}
		for n := 1; n <= len(core); n++ {
			for _, k := range []string{strings.Join(core[:n], " "), strings.Join(core[len(core)-n:], " ")} {
				if seen[k] {
					continue
				}
				seen[k] = true
				if prev, ok := m[k]; ok && prev != ei {
					m[k] = -2
				} else {
					m[k] = ei
				}
			}
		}
	}
	return m
}

// firmNamed returns the entity of this name, or the one firm it names
// without its designation ("Ostrova" of "Ostrova Pharma"); -1 when none
// or more than one.
func (d *doc) firmNamed(name string) int {
	if ei := d.entityNamed(name); ei >= 0 {
		return ei
	}
	return d.firmForm(name)
}

// entityNamed returns the entity with this name, or -1.
func (d *doc) entityNamed(name string) int {
	for ei := range d.ents {
		if strings.EqualFold(d.ents[ei].name, name) {
			return ei
		}
	}
	return -1
}

// entityOfSpeaker returns the entity a speaker string names: the entity of
// that name, or the person whose surname it ends with; -1 when none.
func (d *doc) entityOfSpeaker(speaker string) int {
	if speaker == "" {
		return -1
	}
	if ei := d.entityNamed(speaker); ei >= 0 {
		return ei
	}
	// "Benjamin Netanyahu's office" speaks for Netanyahu's side.
	if fieldCount(speaker) > 1 && lowerIn(staffNouns, lastField(speaker)) {
		f := strings.Fields(speaker)
		if owner := strings.Join(f[:len(f)-1], " "); endsPossessive(owner) {
			return d.entityOfSpeaker(stripPossessive(owner))
		}
	}
	speaker = withoutBase(speaker)
	var fb [16]string
	f := appendFields(fb[:0], speaker)
	if len(f) == 0 {
		return -1
	}
	if k := slices.Index(f, "in"); k > 0 && k+1 < len(f) && !startsUpper(f[k-1]) {
		// "A teacher in Tamale" speaks from a town, not for it (but
		// "officials in Moscow" for the country the lists know).
		if _, known := lowerHas(gazetteer, strings.Join(f[k+1:], " ")); !known {
			return -1
		}
	}
	// Only a name's last word names its entity: "the FNV union" is not
	// the European Union.
	last := strings.Trim(f[len(f)-1], ".,")
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) {
		return -1
	}
	last = strings.ToLower(last)
	found := -1
	for ei := range d.ents {
		e := &d.ents[ei]
		if len(e.tokens) == 0 || e.tokens[len(e.tokens)-1] != last {
			continue
		}
		if found >= 0 && found != ei {
			return -1 // two entities share the surname: no guess
		}
		found = ei
	}
	return found
}

// foldTarget returns the party a body folds into, or -1: another entity
// whose whole name ends this one's ("House Democrats" -> "Democrats"), or
// the country a national body is named after ("Chinese Foreign Ministry"
// -> China).
func (d *doc) foldTarget(ei int) int {
	e := &d.ents[ei]
	if len(e.tokens) < 2 {
		return -1
	}
	for oi := range d.ents {
		o := &d.ents[oi]
		if oi == ei || o.kind == KindPerson || len(o.tokens) == 0 || len(o.tokens) >= len(e.tokens) {
			continue
		}
		if w := o.tokens[0]; len(o.tokens) == 1 && d.writesLower(w) {
			// "Hospital" (of "Hospital chief executive Mark Bell") is
			// a common word, not a party "City Hospital" belongs to.
			if _, known := gazetteer[w]; !known {
				continue
			}
		}
		if tailMatch(e.tokens, o.tokens) {
			return oi
		}
	}
	// "The House Democratic majority", "the California Democrat": a
	// political party's adjective or member's noun ends the name.
	if party, ok := memberParty(e.tokens[len(e.tokens)-1]); ok {
		if p := d.entityNamed(party); p >= 0 && p != ei {
			return p
		}
	}
	if e.kind != KindOrganisation {
		return -1
	}
	g, ok := gazetteer[e.tokens[0]]
	if !ok || g.kind != KindCountry {
		return -1
	}
	rest := strings.Join(e.tokens[1:], "-")
	if !governmentBodies[rest] && !governmentBodies[e.tokens[len(e.tokens)-1]] {
		return -1
	}
	return d.entityNamed(g.name)
}

// countryOfBody returns the country a government body with no country in
// its name is placed in by the story ("the Commerce Ministry in Beijing"
// -> China) or named as its owner ("China's Commerce Ministry"), where the
// story names that country as a party, or -1.
func (d *doc) countryOfBody(ei int) int {
	e := &d.ents[ei]
	if e.kind != KindOrganisation || len(e.tokens) == 0 || !governmentBodies[e.tokens[len(e.tokens)-1]] || e.tokens[len(e.tokens)-1] == "embassy" {
		return -1 // an embassy stands in another country's capital
	}
	// A name that says whose it is ("United States Embassy", "Ecuadorean
	// ministry") is that country's, wherever it stands.
	for k := range e.tokens {
		g, ok := gazetteer[e.tokens[k]]
		if _, gr, okr := listedRun(e.tokens[k:]); okr {
			g, ok = gr, true
		}
		if ok && g.kind == KindCountry {
			return -1
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent != ei {
			continue
		}
		// "China's Commerce Ministry": the country whose it is.
		if m.t0 > 0 && !m.inQuote {
			w := d.toks[m.t0-1].lower
			if c, ok := strings.CutSuffix(w, "'s"); ok {
				w = c
			} else if c, ok := strings.CutSuffix(w, "’s"); ok {
				w = c
			} else {
				w = ""
			}
			if g, ok := gazetteer[w]; ok && w != "" && g.kind == KindCountry && !g.demonym {
				if c := d.entityNamed(g.name); c >= 0 && c != ei {
					return c
				}
			}
		}
		if m.t1+1 >= len(d.toks) || d.toks[m.t1].lower != "in" {
			continue
		}
		if g, ok := gazetteer[d.toks[m.t1+1].lower]; ok && g.kind == KindCountry {
			if c := d.entityNamed(g.name); c >= 0 && c != ei {
				return c
			}
		}
	}
	return -1
}

// partyKind maps an entity type of the analysis layer to a party kind, or
// "" for a type that is not an actor.
func partyKind(typ string) string {
	switch typ {
	case nlp.PERSON:
		return KindPerson
	case nlp.ORG:
		return KindOrganisation
	case nlp.GPE:
		return KindCountry
	case nlp.NORP:
		return KindGroup
	}
	return ""
}

// typeConfirmed reports whether an entity's kind has evidence beyond the
// capitalised words it was found as: the entity model gives the same type
// for one of its mentions, a name list knows it, or (for a person) it
// carries a given name or a role. "In Wales" or "Somehow I" as a person,
// "Trans Mountain" as a country, have none.
func (d *doc) typeConfirmed(ei int, kind string, modelAgrees bool) bool {
	if modelAgrees {
		return true
	}
	e := &d.ents[ei]
	if g, ok := lowerHas(gazetteer, e.name); ok && g.kind == kind {
		return true
	}
	switch kind {
	case KindPerson:
		return len(e.roles) > 0 || len(e.tokens) > 1 && isKnownFirstName(e.tokens[0])
	case KindOrganisation, KindGroup:
		return true
	}
	return false
}

// writesLower reports whether the document writes the word w in lower
// case, letter for letter (findMentions marks the words).
func (d *doc) writesLower(w string) bool {
	return d.lowerSeen[w]&seenAsIs != 0
}

// itsNames reports, per entity, whether coreference joins a mention of
// it to "it", "its" or "itself" outside quotation marks and never to
// "he", "she" or their forms (its), and whether the entity says
// something of "it" as the subject of a verb of saying ("Velmar said it
// would…"), with no "he" or "she" joined to it either (saidIt), and
// whether coreference joins it to "he" or "she" (heShe).
func (t *tree) itsNames(d *doc, entOf []int) (its, saidIt, heShe []bool) {
	a := t.a
	it := make([]bool, len(d.ents))
	saidIt = make([]bool, len(d.ents))
	person := make([]bool, len(d.ents))
	seen := map[[2]int]bool{}
	for mi := range d.mentions {
		ei := entOf[mi]
		if ei < 0 {
			continue
		}
		h := t.mentionHead(d, &d.mentions[mi])
		if h < 0 {
			continue
		}
		// "Velmar Logistics said it would not raise its offer": the
		// subject of a clause a verb of saying takes is its own subject
		// taken up, whatever coreference made of it.
		if !d.mentions[mi].inQuote && strings.HasPrefix(a.Tokens[h].Rel, "nsubj") && a.Tokens[h].Rel != "nsubj:pass" {
			if v := a.Tokens[h].Head; v >= 0 && a.Tokens[v].UPOS == "VERB" && cueLemma(a.Tokens[v].Lemma) {
				if c := t.child(v, "ccomp"); c > v {
					if sj := t.child(c, "nsubj"); sj > v && nlp.EqualFoldLower(a.Tokens[sj].Text, "it") && !t.quoted[sj] {
						saidIt[ei] = true
					}
				}
			}
		}
		c := t.clusterAt(h)
		if c < 0 || seen[[2]int{ei, c}] {
			continue
		}
		seen[[2]int{ei, c}] = true
		for _, m := range a.Clusters[c].Mentions {
			mn := &a.Mentions[m]
			if mn.Kind != nlp.PronounMention || t.quoted[mn.Head] {
				continue
			}
			switch strings.ToLower(a.Tokens[mn.Head].Text) {
			case "it", "its", "itself":
				it[ei] = true
			default:
				if wordGender(a.Tokens[mn.Head].Text) != 0 {
					person[ei] = true
				}
			}
		}
	}
	for ei := range it {
		it[ei] = it[ei] && !person[ei]
		saidIt[ei] = saidIt[ei] && !person[ei]
	}
	return it, saidIt, person
}

// sharesSurname reports whether another entity typed as a person (by
// person) ends in the last word of entity ei's name: "Ivanka Trump"
// beside "Donald Trump" is one of a family, not a company.
func (d *doc) sharesSurname(ei int, person func(ej int) bool) bool {
	e := &d.ents[ei]
	if len(e.tokens) < 2 {
		return false
	}
	last := e.tokens[len(e.tokens)-1]
	for ej := range d.ents {
		o := &d.ents[ej]
		if ej != ei && len(o.tokens) > 1 && strings.EqualFold(o.tokens[len(o.tokens)-1], last) && person(ej) {
			return true
		}
	}
	return false
}

// saysSomething reports whether a mention of entity ei outside quotation
// marks is the subject of a verb of saying, thinking or wanting.
func (t *tree) saysSomething(d *doc, ei int, entOf []int) bool {
	a := t.a
	for mi := range d.mentions {
		if entOf[mi] != ei || d.mentions[mi].inQuote {
			continue
		}
		h := t.mentionHead(d, &d.mentions[mi])
		if h < 0 || !strings.HasPrefix(a.Tokens[h].Rel, "nsubj") || a.Tokens[h].Rel == "nsubj:pass" {
			continue
		}
		if v := a.Tokens[h].Head; v >= 0 && a.Tokens[v].UPOS == "VERB" && cueLemma(a.Tokens[v].Lemma) {
			return true
		}
	}
	return false
}

// opensOtherName reports whether entity ei's name is the first words of
// another entity's name: a short form ("Verizon" of "Verizon
// Communications"), not a body of its own.
func (d *doc) opensOtherName(ei int) bool {
	e := &d.ents[ei]
	for ej := range d.ents {
		o := &d.ents[ej]
		if ej != ei && len(o.tokens) > len(e.tokens) && slices.Equal(o.tokens[:len(e.tokens)], e.tokens) {
			return true
		}
	}
	return false
}

// bareWord reports whether a "person" is one word that no title, no full
// name and no words of its own make a person, and that the entity model
// types as one at most once (personVotes): "Weeks", "Sherlock",
// "Artemis", "Statista".
func bareWord(e *entity, st partyStats, personVotes int) bool {
	return len(e.tokens) == 1 && len(e.roles) == 0 && st.spoke == 0 && personVotes < 2
}

// firmDesignations end a firm's name after what it is called: "Records",
// "Communications", "Corp".
var firmDesignations = makeSet(`inc corp corporation co company ltd plc llc ag sa nv gmbh group holdings records
communications entertainment industries capital partners resources metals mining energy motors airlines foods brands
logistics shipping technologies systems pharma pharmaceuticals biotech therapeutics semiconductor semiconductors
electronics aerospace chemicals`)

// undesignated returns a firm's name words (lower case) without the
// designations that end them ("big machine records" -> "big machine").
func undesignated(words []string) []string {
	for len(words) > 0 && firmDesignations[strings.Trim(words[len(words)-1], ".,")] {
		words = words[:len(words)-1]
	}
	return words
}

// firmCore returns a firm's name in lower case without its designations
// and a hyphenated modifier before it ("Trouble-hit Mitsubishi Motors" ->
// "mitsubishi"), or "" when it has no designation.
func firmCore(name string) string {
	// The words in lower case, on the stack when the name is short.
	var lb [lowerBufLen]byte
	var fb [16]string
	l := appendFields(fb[:0], string(lowerBytes(lb[:0], name)))
	core := undesignated(l)
	if len(core) == len(l) {
		return ""
	}
	for len(core) > 1 && hyphenModifier(core[0]) {
		core = core[1:]
	}
	return strings.Join(core, " ")
}

// designatedForm reports whether short is what long calls its firm
// without its designations, or the first or last words of that: "Big
// Machine" of "Big Machine Records", "Disney" of "Walt Disney Co".
func designatedForm(short, long string) bool {
	return designatedWords(strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(long)))
}

// designatedWords is designatedForm on lower-case words.
func designatedWords(s, l []string) bool {
	core := undesignated(l)
	if len(core) == len(l) || len(core) == 0 || len(s) == 0 || len(s) > len(core) {
		return false
	}
	return slices.Equal(core[:len(s)], s) || slices.Equal(core[len(core)-len(s):], s)
}
