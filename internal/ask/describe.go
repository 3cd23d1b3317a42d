package ask

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// describedPerson returns the one person the article gives a role that
// fits a description asked about ("the NRC country director", "the EU
// negotiator", "the head of the ABPI"), or nil: the description's head is
// the role's (or, for "head", "chief" or "leader", any office that leads)
// and each of its other words is the role's, the sentence's, or an
// acronym the role writes out.
func (a *Article) describedPerson(phrase []string) *name {
	if len(phrase) == 0 {
		return nil
	}
	return a.describedHead(describe(phrase))
}

// description is a description's head and its other content words,
// and of those the words of a relative clause ("who opposed the deal"),
// which the article may put in other words ("who campaigned against the
// deal").
type description struct {
	head     string
	others   []string
	relative []string
}

// describe reads a description's words (a question's, with their
// prepositions and relative words, or content words alone): its head,
// the word before its first preposition or relative word, and its other
// content words, offices' initials written out.
func describe(words []string) description {
	words = coPrefixed(nationPossessives(expandOffices(words)))
	h, others := phraseHead(words)
	var rel []string
	if k := slices.IndexFunc(words, func(w string) bool { return relativeWords[w] }); k > 0 && words[k-1] == h {
		rel = slices.DeleteFunc(slices.Clone(words[k+1:]), isStop)
	}
	others = slices.DeleteFunc(others, func(w string) bool { return isStop(w) || relativeWords[w] })
	if len(others) > 1 {
		// "the shipowners' group boss": a word for any body says no
		// more than the words beside it.
		others = slices.DeleteFunc(others, func(w string) bool { return genericBodies[w] })
	}
	return description{h, others, rel}
}

// coPrefixed joins "co" to the office after it that one may share, as
// the article writes the word ("co chair" of a question's "co-chair" is
// "co-chair"); not a company's "Co" ("the acme co chief executive").
func coPrefixed(words []string) []string {
	k := slices.Index(words, "co")
	if k < 0 || k+1 >= len(words) || !sharedOffices[words[k+1]] {
		return words
	}
	out := slices.Concat(words[:k], []string{"co-" + words[k+1]}, words[k+2:])
	return coPrefixed(out)
}

// sharedOffices are the offices "co-" shares ("co-chair", "co-founder").
var sharedOffices = set(`chair chairs chairman chairwoman chairperson founder founders president leader author host
sponsor director owner negotiator`)

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

// namesJoined returns a description's words without a preposition
// inside a name, where the question writes the words on both sides with
// capitals ("the Council of Governors chairperson": the chairperson, not
// the council).
func namesJoined(words []string, raw string) []string {
	capital := map[string]bool{}
	for _, w := range writtenWords(raw) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital[strings.ToLower(w)] = true
		}
	}
	out := make([]string, 0, len(words))
	for k, w := range words {
		if headPrepositions[w] && k > 0 && k+1 < len(words) && capital[words[k-1]] && capital[strings.TrimSuffix(words[k+1], "'s")] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// describedAs is describedHead for a question's description when it has
// one, else describedPerson of its content words.
func (a *Article) describedAs(d description, phrase []string) *name {
	if d.head == "" {
		return a.describedPerson(phrase)
	}
	return a.describedHead(d)
}

// describedHead is describedPerson for a description read whole; where
// no one fits it all, the one person who fits it without its relative
// clause, if the rest says more than the head.
func (a *Article) describedHead(d description) *name {
	if len(d.others) == 0 && !summarize.IsRoleWord(d.head) && a.onlyCapitalised(d.head) {
		// "what did unesco say": a name the article writes only with
		// a capital is no one's description ("Hallstatt, a UNESCO
		// World Heritage site" is no UNESCO person).
		return nil
	}
	if t := a.titleInitials(d.head); t != nil {
		// "the kenyan CS": the Cabinet Secretary.
		d = description{head: t[len(t)-1], others: append(slices.Clone(t[:len(t)-1]), d.others...), relative: d.relative}
	}
	if casualPeople[d.head] && len(d.others) > 0 {
		// "the labour federation guy", "the woman in the camp": whoever
		// the other words describe, of whatever office or none (not
		// "Swift's rep", who is no office of Swift's); but not one the
		// article gives the other sex ("the woman in the ger district" is
		// not the installer in the ger districts whom "He said…" goes on
		// with).
		sex := casualSex[d.head]
		d.head = "official"
		if n := a.describedHead(d); n == nil || sex == 0 || a.sexOf(n.full) != otherSex(sex) {
			return n
		}
		return nil
	}
	if n := a.describedWords(d.head, d.others); n != nil || len(d.relative) == 0 {
		if n == nil {
			if x, ok := writtenOut[d.head]; ok {
				// "the mp from dhi qar" for "an independent member of
				// parliament from Dhi Qar": the office written out.
				return a.describedWords(x[len(x)-1], slices.Concat(x[:len(x)-1], d.others))
			}
		}
		return n
	}
	rest := slices.DeleteFunc(slices.Clone(d.others), func(w string) bool { return slices.Contains(d.relative, w) })
	if len(rest) == 0 {
		return nil
	}
	return a.describedWords(d.head, rest)
}

// casualSex is the sex a casual word for a person gives ('m', 'f'), or
// none.
var casualSex = map[string]byte{"guy": 'm', "man": 'm', "fella": 'm', "chap": 'm', "bloke": 'm', "dude": 'm',
	"lady": 'f', "woman": 'f', "gal": 'f'}

// otherSex returns the sex other than g ('m', 'f').
func otherSex(g byte) byte {
	if g == 'm' {
		return 'f'
	}
	return 'm'
}

// sexOf returns the sex the article gives the person named full by the
// pronouns of the sentence that first names them and of the sentence
// after it in the same paragraph when that one opens with a pronoun
// ("Oyunchimeg Batsaikhan, 41, lives with her husband…", "That was
// Tserendorj Ganbold, who runs… He said…"), or where they say neither,
// by the pronoun that credits the person's words (creditedSex): 'm', 'f',
// or 0 when none says or both do.
func (a *Article) sexOf(full string) byte {
	ss := a.brief.Sentences
	for i := range a.sents {
		if !a.namedIn(full, i) {
			continue
		}
		ctx := []string{a.sents[i]}
		if i+1 < len(a.sents) && i+1 < len(ss) && ss[i+1].Para == ss[i].Para {
			if f := strings.Fields(a.sents[i+1]); len(f) > 0 && (f[0] == "He" || f[0] == "She") {
				ctx = append(ctx, f[0])
			}
		}
		var m, f bool
		for _, c := range ctx {
			for _, w := range words(c) {
				switch w {
				case "he", "him", "his":
					m = true
				case "she", "her", "hers":
					f = true
				}
			}
		}
		if m || f {
			return pronounSex(m, f)
		}
		return a.creditedSex(full)
	}
	return 0
}

// pronounSex returns the sex pronouns of one person say: 'm' for only "he",
// 'f' for only "she", 0 for neither or both.
func pronounSex(m, f bool) byte {
	switch {
	case m && !f:
		return 'm'
	case f && !m:
		return 'f'
	}
	return 0
}

// creditedSex returns the sex of the pronoun that credits the words the
// brief gives the person named full ("“I used to wait four hours,” he
// said"): 'm', 'f', or 0 when no pronoun does, or both do.
func (a *Article) creditedSex(full string) byte {
	var m, f bool
	for _, u := range a.said {
		if u.cue == "" || u.sentence < 0 || u.sentence >= len(a.sents) || !strings.EqualFold(u.speaker, full) {
			continue
		}
		ws := words(a.sents[u.sentence])
		for k, w := range ws {
			if w != u.cue {
				continue
			}
			// The pronoun on either side of the verb: "he said", "said she".
			for _, p := range [2]int{k - 1, k + 1} {
				if p >= 0 && p < len(ws) {
					m = m || ws[p] == "he"
					f = f || ws[p] == "she"
				}
			}
		}
	}
	return pronounSex(m, f)
}

// onlyCapitalised reports whether the article has the word w, alone or
// as a part of a hyphenated word ("FIFA-licensed"), and writes it with a
// capital every time, mid-sentence as at its start: a name, not a common
// word.
func (a *Article) onlyCapitalised(w string) bool {
	seen := false
	for _, s := range a.sents {
		for _, x := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '/' }) {
			x = strings.Trim(x, ".,;:!?\"“”‘’'()")
			x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
			if !strings.EqualFold(x, w) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// describedWords returns the one person a description of head h and
// other words fits, or nil.
func (a *Article) describedWords(h string, others []string) *name {
	if n := a.describedBy(h, others); n != nil {
		return n
	}
	// "the railway's CEO" for "Laurentian Pacific chief executive
	// Gurpreet Sandhu": a body asked about by what it is, where the
	// article names it; the one person whose role fits the rest.
	var named []string
	for _, w := range others {
		// A place is no body's word for being in a body's name ("the
		// arizona negotiator" where the article names the University
		// of Arizona).
		if !bodyNouns[w] && (!a.orgWord(w) || a.placeStem(porter(w))) {
			named = append(named, w)
		}
	}
	if len(named) < len(others) {
		var body []string
		for _, w := range others {
			if !slices.Contains(named, w) && !bodyNouns[w] && summarize.NationOf(w) == "" {
				body = append(body, porter(w)) // "kuusamo", not "union" or "kenyan"
			}
		}
		if n := a.describedOf(h, named, body); n != nil {
			return n
		}
	}
	if n := a.describedSpeaker(h, others); n != nil {
		return n
	}
	if n := a.describedByContext(h, others); n != nil {
		return n
	}
	return a.describedByCredit(h, others)
}

// orgWord reports whether w is a word of the name of a body the article
// names ("transit" of "Greater Toledo Regional Transit"): "the transit
// CEO" asks about that body's CEO.
func (a *Article) orgWord(w string) bool {
	return a.orgToken(func(x string) bool { return strings.EqualFold(x, w) })
}

// orgToken reports whether a word of a body's name the article gives
// satisfies f.
func (a *Article) orgToken(f func(word string) bool) bool {
	return a.nameToken(func(typ, w string) bool { return typ == nlp.ORG && f(w) })
}

// describedByContext returns the one person the brief credits with words
// in a sentence whose paragraph brought in, in the sentence before, a
// group of people of the description's head as its subject ("Analysts
// were not surprised by the outcome. “…,” said Ivana Marković of the
// Belgrade Centre for Security Policy" for "the analyst at the Belgrade
// Centre"), where the two sentences hold every other content word of
// the description, the person's own name aside. Nil when none or two.
func (a *Article) describedByContext(h string, others []string) *name {
	head := porter(h)
	var want []string
	for _, w := range others {
		if !isStop(w) && !vagueQualifiers[w] {
			want = append(want, porter(w))
		}
	}
	ss := a.brief.Sentences
	var found *name
	for _, u := range a.said {
		i := u.sentence
		if i <= 0 || i >= len(a.info) || i >= len(ss) || u.cue == "" || ss[i-1].Para != ss[i].Para {
			continue
		}
		group := false
		for _, t := range a.info[i-1].toks {
			// "the civil society lady" (any office, of the words' group)
			// for "Civil society groups … warned…. Sylvie Mutombo
			// Kalenga, coordinator of …, noted…".
			if l := porter(strings.ToLower(t.Lemma)); strings.HasPrefix(t.Rel, "nsubj") && t.XPOS == "NNS" && (l == head || anyOffice[h] && slices.Contains(want, l)) {
				group = true
			}
		}
		if !group {
			continue
		}
		// The sentence before, and the speaker's own in the paragraph
		// (a quotation split into sentences before its credit).
		stems := map[string]bool{}
		for j := i - 1; j < len(a.sents) && j < len(ss) && j <= i+2 && ss[j].Para == ss[i].Para; j++ {
			for _, w := range words(a.sents[j]) {
				stems[porter(w)] = true
			}
		}
		if !allIn(want, stems) {
			continue
		}
		// A speaker the name linking could not type is a person here.
		n := a.findNameWhere(words(u.speaker), func(n *name) bool { return n.kind == "person" || n.kind == "" })
		if n == nil || slices.ContainsFunc(n.keys, func(k string) bool { return slices.Contains(want, porter(k)) || porter(k) == head }) {
			continue
		}
		if found != nil && found != n {
			return nil
		}
		found = n
	}
	return found
}

// describedSpeaker returns the one person the brief credits with words in
// a sentence whose verb of saying has a role of head h for its subject and
// that holds every other word ("“…,” said the head of the government
// delegation, a former ombudswoman…, Lucía Arbeláez Quintero." for "the
// head of the government delegation"), or nil (none, or two).
func (a *Article) describedSpeaker(h string, others []string) *name {
	// The role among the words ("the head of the government
	// delegation" comes without its "of").
	role := ""
	want := []string{porter(h)}
	var nations []string // "Colombia's", "Egyptian": the sentence may leave it out
	for _, w := range append([]string{h}, others...) {
		if role == "" && summarize.IsRoleWord(w) {
			role = w
		}
		switch {
		case w == h:
		case summarize.NationOf(w) != "" && a.nationWritten(w):
			nations = append(nations, w)
		default:
			want = append(want, porter(w))
		}
	}
	if role == "" {
		return nil
	}
	head := porter(role)
	var found *name
	ss := a.brief.Sentences
	for _, u := range a.said {
		if u.sentence < 0 || u.sentence >= len(a.sents) || u.sentence >= len(a.info) || u.cue == "" {
			continue
		}
		// The credit may follow a quotation of two sentences in its
		// paragraph: "“We did not come to sign a photograph. We came to
		// sign something …,” the head of the government delegation told
		// reporters."
		credit := -1
		for j := u.sentence; j < len(a.info) && j < len(ss) && j <= u.sentence+2 && ss[j].Para == ss[u.sentence].Para; j++ {
			if a.info[j].speaksAs(head) {
				credit = j
				break
			}
			if !u.quote {
				break
			}
		}
		if credit < 0 {
			continue
		}
		stems := map[string]bool{}
		for _, w := range words(a.sents[credit]) {
			stems[porter(w)] = true
		}
		if !allIn(want, stems) || !a.nationsFit(nations, credit, stems) {
			continue
		}
		if len(want) == 1 && len(nations) > 0 && a.info[credit].speakerOwned(head) && slices.ContainsFunc(nations, func(w string) bool { return !nationNamed(w, func(f string) bool { return stems[f] }) }) {
			// "the forum's president added" is no country's president
			// for "what did Angola's president say" (but "the head of
			// the government delegation" may be Colombia's, asked
			// about by the words the credit writes).
			continue
		}
		n := a.findNameWhere(words(u.speaker), func(n *name) bool { return n.kind == "person" })
		if n == nil || slices.ContainsFunc(n.keys, func(k string) bool { return slices.Contains(want, porter(k)) }) {
			continue // "Prescott's spokesman" is not Prescott
		}
		if found != nil && found != n {
			return nil
		}
		found = n
	}
	return found
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

// speakerOwned reports whether the subject of stem head of a verb of
// saying in the sentence has an owner other than a country: a possessor,
// a noun before it or an "of" phrase ("the forum's president", "the
// association president", "the president of the forum").
func (si *sentInfo) speakerOwned(head string) bool {
	for s, t := range si.toks {
		if !strings.HasPrefix(t.Rel, "nsubj") || t.Head < 0 || t.Head >= len(si.toks) || !speechLemmas[strings.ToLower(si.toks[t.Head].Lemma)] || porter(strings.ToLower(t.Text)) != head {
			continue
		}
		if si.ownedAt(s) {
			return true
		}
	}
	return false
}

// nationInNamesOnly reports whether every word of the sentence that
// names the country w names (its name or its people's adjective) is a
// word of the capitalised name of a body: "Chilean" in "the Chilean Wine
// Exporters' Association", whose words lead up the tree to a word for a
// body before any title or person ("Iranian Foreign Minister Mohsen
// Jalali" is the country's minister). False where the sentence does not
// name the country.
func (si *sentInfo) nationInNamesOnly(w string) bool {
	n := nationWord(w)
	if n == "" {
		return false
	}
	seen := false
	for k, t := range si.toks {
		if summarize.NationOf(t.Text) != n {
			continue
		}
		seen = true
		if !si.inBodyName(k) {
			return false
		}
	}
	return seen
}

// inBodyName reports whether token k is a word of a body's capitalised
// name: its heads, up a chain of proper nouns (or capitalised words of an
// organisation's name) joined as compounds,
// modifiers or owners, reach a word for a body (summarize.IsOrgWord)
// before a title or a person's name.
func (si *sentInfo) inBodyName(k int) bool {
	for steps := 0; steps < 5; steps++ {
		t := si.toks[k]
		switch t.Rel {
		case "compound", "amod", "nmod:poss", "flat":
		default:
			return false
		}
		k = t.Head
		if k < 0 || k >= len(si.toks) {
			return false
		}
		h := si.toks[k]
		if h.UPOS != "PROPN" && !capitalOrg(h) || summarize.IsRoleWord(h.Text) || strings.HasSuffix(h.NER, "PERSON") || summarize.NationOf(h.Text) != "" {
			return false
		}
		if summarize.IsOrgWord(strings.ToLower(h.Text)) {
			return true
		}
	}
	return false
}

// capitalOrg reports whether a token the tagger did not make a proper
// noun is a capitalised word of an organisation's name ("Association" of
// "the Brazilian Association of People Living with Obesity").
func capitalOrg(t nlp.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && strings.HasSuffix(t.NER, "ORG")
}

// ownedAt reports whether token k, an office's noun, has an owner other
// than a country: a possessor, a noun before it or an "of" phrase
// ("Nordvik's president", "the association president", "the president
// of the forum").
func (si *sentInfo) ownedAt(k int) bool {
	for _, d := range si.toks {
		if d.Head != k || d.UPOS != "NOUN" && d.UPOS != "PROPN" {
			continue
		}
		switch d.Rel {
		case "nmod:poss", "compound", "nmod":
			if l := strings.ToLower(d.Text); summarize.CountryOf(l) == "" && summarize.NationOf(l) == "" {
				return true
			}
		}
	}
	return false
}

// speaksAs reports whether the sentence has a word of stem head for the
// subject of a verb of saying ("said the head of the government
// delegation").
func (si *sentInfo) speaksAs(head string) bool {
	for _, t := range si.toks {
		if strings.HasPrefix(t.Rel, "nsubj") && t.Head >= 0 && t.Head < len(si.toks) && speechLemmas[strings.ToLower(si.toks[t.Head].Lemma)] && porter(strings.ToLower(t.Text)) == head {
			return true
		}
	}
	return false
}

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

// bodyNouns say what kind of body one is, not which ("the railway's
// chief executive", "the port operator's CEO").
var bodyNouns = set(`company firm corporation railway railroad operator airline carrier bank lender insurer
union league club group association federation utility port retailer maker manufacturer producer
miner developer landlord owner buyer bidder seller target fund foundation`)

// writtenOut are offices a question may give by their initials where the
// article writes them out in lower case: the head (the office's own
// noun) last, its other words before ("member of parliament").
var writtenOut = map[string][]string{
	"mp":  {"parliament", "member"},
	"mep": {"european", "parliament", "member"},
}

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

// describedBy returns the one person the article gives a role of head h
// with the other words, or nil (none, or two). Among several that fit, a
// role that holds every other word itself ("Tomi Paraka, the Poreki
// leader") outranks one whose sentence merely names them ("Kaiye Lapan,
// a leader of the Yanda, said … the Poreki …"), and a role of the head
// itself outranks another office that leads ("the council leader" is its
// leader, not the chair of one of its committees). Where none fits, the
// one person who holds the office at all takes the words of the
// article's unnamed mentions of it ("said the chairman of the Bitung
// Tuna Boat Owners Association" … "The chairman, Hendrik Lumingkewas").
func (a *Article) describedBy(h string, others []string) *name {
	return a.describedOf(h, others, nil)
}

// namesOtherBody reports whether the role's words (stems) name a body the
// article names and none of them is one of the body's asked about; the
// office's own word (head, "commission" of "commissioner") and a body's
// common noun ("union") name none.
func (a *Article) namesOtherBody(role, body []string, head string) bool {
	other := false
	for _, w := range role {
		if slices.Contains(body, w) {
			return false
		}
		other = other || w != head && !bodyNouns[w] && a.orgStem(w)
	}
	return other
}

// roleOfBody reports whether a role (stems) names a body the article
// names (or a name the entity model took for a person's: a company's
// name often is), other than by the office's own word (head) or a body's
// common noun: "presid nordvik" of "Nordvik's president for Latin
// America".
func (a *Article) roleOfBody(role []string, head string) bool {
	return slices.ContainsFunc(role, func(w string) bool {
		return w != head && !bodyNouns[w] && !a.placeStem(w) && a.nameToken(func(typ, x string) bool {
			return (typ == nlp.ORG || typ == nlp.PERSON) && porter(strings.ToLower(x)) == w
		})
	})
}

// nameToken reports whether a word of a named entity of the article
// satisfies f (given the entity's type and the word).
func (a *Article) nameToken(f func(typ, word string) bool) bool {
	for i := range a.info {
		si := &a.info[i]
		for _, e := range si.ents {
			for _, t := range si.toks[e.first:e.last] {
				if f(e.typ, t.Text) {
					return true
				}
			}
		}
	}
	return false
}

// orgStem reports whether stem w is the stem of a word of a body's name
// the article gives ("lakesid" of "Lakeside Residents Forum").
func (a *Article) orgStem(w string) bool {
	return a.orgToken(func(x string) bool { return porter(strings.ToLower(x)) == w })
}

// acronymHolds reports whether a word of the role is a body's initials
// the article spells out with a word of stem t ("the riders union
// president" for "President of the UPR", the Union of Professional
// Riders).
func (a *Article) acronymHolds(role []string, t string) bool {
	for _, r := range role {
		if x := a.acr.expansion(r); len(x) >= 2 && slices.ContainsFunc(x, func(w string) bool { return porter(w) == t }) {
			return true
		}
	}
	return false
}

// describedOf is describedBy for a description that names a body the
// article names (body, the body's words' stems: "kuusamo" of "kuusamo's
// ceo"), which the caller left out of others: a person whose role names
// another body ("Johan af Klinteberg, Sundvik's chief executive") is not
// the one asked about.
func (a *Article) describedOf(h string, others, body []string) *name {
	head := porter(h)
	var best, holder *name
	bestScore, ties := -1, false
	holders := 0
	var holderRoles [][]string
	for i := range a.info {
		si := &a.info[i]
		for _, e := range si.ents {
			if e.typ != nlp.PERSON && !a.listedPerson(e.text) {
				continue
			}
			roles := si.roleStems(e)
			if !kinStems[head] && !slices.ContainsFunc(others, func(w string) bool { return kinStems[porter(w)] }) {
				// "the mayor" is not "the mayor's younger sister": a
				// role of kin is the kin's, whoever else it names.
				roles = slices.DeleteFunc(slices.Clone(roles), func(role []string) bool {
					return slices.Contains(role, head) && slices.ContainsFunc(role, func(r string) bool { return kinStems[r] })
				})
			}
			if len(body) > 0 && a.namesOtherBody(slices.Concat(roles...), body, head) {
				continue
			}
			if all := slices.Concat(roles...); slices.ContainsFunc(others, func(w string) bool { return otherCountry(w, all) && a.acr.expansion(w) == nil }) {
				// "the head of Armenia's delegation" is not "foreign
				// policy adviser to Azerbaijan's president and head
				// of Baku's delegation" (but "DRC" the article spells
				// out as the Danish Relief Council is no country).
				continue
			}
			exact := slices.ContainsFunc(roles, func(role []string) bool {
				return holdsHead(head, role) && sameRank(role, append(others[:len(others):len(others)], h))
			})
			fits := slices.ContainsFunc(roles, func(role []string) bool { return a.roleFits(head, h, others, role, i) })
			for j := i - 1; !fits && j >= 0 && j >= i-2 && si.possessedOffice(head, genericOffice[h]); j-- {
				// "…,” said its spokeswoman, Élise Marchal-Dethier." after
				// "The supporters' association …": the body "its" stands
				// for is one of the two sentences before's.
				fits = slices.ContainsFunc(roles, func(role []string) bool { return a.roleFits(head, h, others, role, j) })
			}
			if !exact && !fits {
				continue
			}
			n := a.findNameWhere(words(e.text), func(n *name) bool { return n.kind == "person" || n.kind == "" })
			if n == nil {
				continue
			}
			if exact {
				if holder != n {
					holders++
				}
				holder = n
				holderRoles = append(holderRoles, roles...)
			}
			if !fits {
				continue
			}
			score := 0
			if slices.ContainsFunc(roles, func(role []string) bool { return a.roleFits(head, h, others, role, -1) }) {
				score += 2
			}
			if exact {
				score++
			}
			switch {
			case best == n:
				bestScore = max(bestScore, score)
			case score > bestScore:
				best, bestScore, ties = n, score, false
			case score == bestScore:
				ties = true // two people fit as well: the question does not say which
			}
		}
	}
	if best != nil {
		if ties {
			return nil
		}
		return best
	}
	if holders != 1 || !summarize.IsRoleWord(h) {
		return nil // a body ("the dockworkers' union") is no office
	}
	if a.plainQualifiers(others, head, slices.Concat(holderRoles...)) {
		// "the resort gm" for the one general manager the article
		// names, of a resort it speaks of but not in her role.
		return holder
	}
	all := slices.Concat(holderRoles...)
	for i := range a.info {
		if !a.unnamedOffice(i, head) || a.othersOffice(i, head, all) {
			continue
		}
		if slices.ContainsFunc(holderRoles, func(role []string) bool { return holdsHead(head, role) && a.roleFits(head, h, others, role, i) }) {
			return holder
		}
	}
	return nil
}

// listedPerson reports whether the brief lists a person (or a speaker of
// no party) by exactly this name of two words or more, which the entity
// model may have given another type ("Anriette de Villiers" read as a
// place).
func (a *Article) listedPerson(text string) bool {
	return strings.Contains(text, " ") && slices.ContainsFunc(a.names, func(n name) bool {
		return (n.kind == "person" || n.kind == "") && strings.EqualFold(n.full, text)
	})
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

// kinStems are the stems of words of kinship.
var kinStems = stemSet(`sister brother wife husband son daughter mother father widow widower nephew niece cousin uncle aunt
grandson granddaughter grandfather grandmother sibling spouse partner`)

// negotiatorStem, delegationStem, teamStem and sideStem are the stems of
// "negotiator", "delegation", "team" and "side".
var negotiatorStem, delegationStem, teamStem, sideStem = porter("negotiator"), porter("delegation"), porter("team"), porter("side")

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

// stemSet returns the stems of the words of s.
func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[porter(w)] = true
	}
	return m
}

// bodyNamedWith reports whether the article names a body whose name holds
// stem t and a word for a body (bodyNouns, or the engine's words of
// organisations' names) that the role (stems) holds too: "the exporters'
// guy" for "Jean-Aimé Ratsimbazafy, who speaks for the syndicate", the
// article having named the Syndicate of Vanilla Exporters of SAVA.
func (a *Article) bodyNamedWith(t string, role []string) bool {
	for s := range a.info {
		si := &a.info[s]
		for _, e := range si.ents {
			if e.typ != nlp.ORG {
				continue
			}
			holds, body := false, false
			for _, tk := range si.toks[e.first:e.last] {
				for _, ew := range words(tk.Text) {
					if isStop(ew) {
						continue
					}
					st := porter(ew)
					holds = holds || st == t
					body = body || st != t && (bodyNouns[ew] || summarize.IsOrgWord(ew)) && slices.Contains(role, st)
				}
			}
			if holds && body {
				return true
			}
		}
	}
	return false
}

// bodyDescribedWith reports whether the role (stems) names a body the
// article describes with a noun that stem t modifies: "the mine ceo" for
// "Henrik Ståhlberg, chief executive of Norrmalm Gruv", the article having
// written "mining company Norrmalm Gruv".
func (a *Article) bodyDescribedWith(t string, role []string) bool {
	for s := range a.info {
		for _, d := range a.info[s].descs {
			if slices.Contains(d.mods, t) && slices.Contains(role, d.name) {
				return true
			}
		}
	}
	return false
}

// bodyCalled reports whether the role (stems) names a body the article
// describes with the noun w: "the union president" for "Dariusz
// Kowalczyk, president of Local 1802", where the article wrote "The
// union, International Association of Firefighters Local 1802".
func (a *Article) bodyCalled(w string, role []string) bool {
	if !bodyNouns[w] {
		return false
	}
	for s := range a.info {
		si := &a.info[s]
		for _, d := range si.descs {
			if d.head != w {
				continue
			}
			if slices.Contains(role, d.name) {
				return true
			}
			// The description holds the name's head word; the role may
			// use another of its words ("Local 1802" of "International
			// Association of Firefighters Local 1802").
			for _, e := range si.ents {
				var terms []string
				for _, t := range si.toks[e.first:e.last] {
					for _, ew := range words(t.Text) {
						if !isStop(ew) {
							terms = append(terms, termOf(ew))
						}
					}
				}
				if e.typ == nlp.ORG && slices.Contains(terms, d.name) && slices.ContainsFunc(terms, func(t string) bool { return slices.Contains(role, t) }) {
					return true
				}
			}
		}
	}
	return false
}

// otherCountry reports whether w names a country and the role (stems)
// names another, by its name, its people or its capital, and not w's.
func otherCountry(w string, role []string) bool {
	n := summarize.NationOf(w)
	if n == "" {
		return false
	}
	other := false
	for _, r := range role {
		switch c := summarize.CountryOf(r); {
		case c == n:
			return false
		case c != "":
			other = true
		}
	}
	return other
}

// shortenedFrom reports whether the noun next (a word of the role, or of
// sentence i) stands in sentence i for "w next", the fuller name the
// article gave it at or before i: "the city's school board" then "the
// board's vice president" is the school board's vice president.
func (a *Article) shortenedFrom(w, next string, role []string, i int) bool {
	t, nt := porter(w), porter(next)
	if !slices.Contains(role, nt) && !a.ix.sentenceHas(i, nt) {
		return false
	}
	for j := 0; j <= i && j < len(a.sents); j++ {
		if !a.ix.sentenceHas(j, t) || !a.ix.sentenceHas(j, nt) {
			continue
		}
		ws := words(a.sents[j])
		for x := 0; x+1 < len(ws); x++ {
			if porter(ws[x]) == t && porter(ws[x+1]) == nt {
				return true
			}
		}
	}
	return false
}

// subheadHas reports whether the subhead over sentence i (the nearest
// piece of page furniture before it, within eight sentences, with story
// before it: not the headline) holds the stem t: "At the Port of
// Baltimore, truckers wait" says where the longshoreman of the section
// below it works.
func (a *Article) subheadHas(i int, t string) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if a.furniture(j) {
			return a.ix.sentenceHas(j, t) && slices.ContainsFunc(a.brief.Sentences[:j], func(s summarize.Sentence) bool { return !s.Furniture })
		}
	}
	return false
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

// writesPhrase reports whether a sentence of the article holds the words
// of phrase (lower case), one after another, apostrophes as either
// ("Côte d’Ivoire" for "côte d'ivoire").
func (a *Article) writesPhrase(phrase string) bool {
	if !a.ix.has(porter(phrase[strings.LastIndexByte(phrase, ' ')+1:])) && !strings.Contains(phrase, "'") {
		return false // its last word is nowhere
	}
	curly := strings.ReplaceAll(phrase, "'", "’")
	for _, s := range a.sents {
		l := strings.ToLower(s)
		if strings.Contains(l, phrase) || strings.Contains(l, curly) {
			return true
		}
	}
	return false
}

// spellsOut reports whether a role (stems) writes out every word of the
// acronym w as the article expands it ("the CEO" for "President and Chief
// Executive Officer David Kessler").
func (a *Article) spellsOut(w string, role []string) bool {
	x := a.acr.expansion(w)
	if len(x) == 0 {
		return false
	}
	for _, xw := range x {
		if !isStop(xw) && !slices.Contains(role, porter(xw)) {
			return false
		}
	}
	return true
}

// titleInitials returns the words of the title the article writes with
// capitals whose initials a description's head is ("cs" for "Cabinet
// Secretary for Blue Economy", "pm" for "Prime Minister"): two to four
// letters the article does not write as a word, matched by consecutive
// capitalised words ending in an office's word, one title wherever it
// is written; nil otherwise.
func (a *Article) titleInitials(w string) []string {
	n := len(w)
	if n < 2 || n > 4 || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 || summarize.IsRoleWord(w) || casualPeople[w] || genericOffice[w] || anyOffice[w] {
		return nil
	}
	var found []string
	for i := range a.info {
		toks := a.info[i].toks
		for j := range toks {
			if strings.EqualFold(toks[j].Text, w) {
				return nil // a word of its own ("pm" of "5 pm")
			}
			if j+n > len(toks) {
				continue
			}
			run := make([]string, 0, n)
			for k := 0; k < n; k++ {
				t := toks[j+k].Text
				if t == "" || t[0] < 'A' || t[0] > 'Z' || t[0]+'a'-'A' != w[k] {
					break
				}
				run = append(run, strings.ToLower(t))
			}
			if len(run) < n || !summarize.IsRoleWord(run[n-1]) {
				continue
			}
			if found != nil && !slices.Equal(found, run) {
				return nil // two titles with those initials
			}
			found = run
		}
	}
	return found
}

// introducedAs returns the one person credited with words whose
// introduction fits a description the article does not write as such
// ("the mother of the kidnapped 21-year-old" for "Ronit Shaked, whose son
// Omer, 21, was seized"; "the former head of the central bank's research
// department" for "Gabriela Montaño Iturri, who headed the research
// department of the central bank"): one sentence that names the person
// holds the description's head (head, one word, by stem or synonym, or a
// word of kin from the other side) tied to the name in its tree, and its
// other words (phrase; one of three or more may be missing; see
// introductionFits). A head that names one who does something, which the
// noun classes do not know, fits the verb ("the farmer from Namangan" for
// "Rustam Yusupov, who farms … outside Namangan"). Not a group ("human rights groups"), nor a speaker
// written as more than the name ("sources in the Rukban camp"), nor one
// whose own name the description holds ("Prescott's spokesman"), nor a
// lesser office ("Deputy Prime Minister John Prescott" for "the prime
// minister"); nil where none or two fit as well.
func (a *Article) introducedAs(head string, phrase []string) *name {
	if head == "" || singular(head) != head || pronounsThey[head] {
		return nil
	}
	if summarize.KinReciprocals(head) == nil && !summarize.IsRoleWord(head) && (a.an == nil || a.an.NounClass(head) != nlp.NounPerson) &&
		(a.an == nil || a.an.NounClass(head) != 0 || !agentSuffix(head)) {
		return nil // "the Venezuelan government" is no one person
	}
	var ws []string
	counted := false
	for _, w := range expandOffices(phrase) {
		if isStop(w) || vagueQualifiers[w] || w == head {
			continue
		}
		if w[0] >= '0' && w[0] <= '9' {
			counted = true
		}
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		return nil
	}
	var best *name
	bestScore, tie := 0, false
	seen := map[*name]bool{}
	for _, u := range a.said {
		sw := words(u.speaker)
		n := a.findNameWhere(sw, func(n *name) bool { return n.kind == summarize.KindPerson })
		if n == nil || seen[n] || !slices.ContainsFunc(n.keys, func(k string) bool { return slices.Contains(sw, k) }) || len(sw) > len(words(n.full))+1 {
			// "sources in the Rukban camp" is no person named Rukban;
			// the name's words counted as the speaker's are, so that a
			// hyphen's parts count alike ("Haidar Abdul-Jabbar al-Obeidi").
			continue
		}
		seen[n] = true
		if slices.ContainsFunc(phrase, func(w string) bool { return slices.Contains(n.keys, w) }) {
			continue // "Prescott's spokesman" is not Prescott
		}
		score := 0
		for i := range a.sents {
			if a.sentenceNames(i, n) {
				score = max(score, a.introductionFits(i, n, head, ws, phrase, counted))
			}
		}
		switch {
		case score == 0:
		case score > bestScore:
			best, bestScore, tie = n, score, false
		case score == bestScore:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// introductionFits returns 1 and the number of a description's other
// words (ws) that sentence i holds, when the sentence ties a word of the
// head to person n's name in its tree (at most three steps apart, not
// through a verb of saying: "Ronit Shaked, whose son Omer…" for
// "mother"; not "A Unison spokesman said Mr Prescott…"), with no lesser
// office before it that the description (phrase) lacks, and holds all
// the other words but one; 0 otherwise. A number is matched as written
// (and "year", "old" after it are its age), a word of kin by the other
// side's, others by stem, synonym or a nation's other form.
func (a *Article) introductionFits(i int, n *name, head string, ws, phrase []string, counted bool) int {
	if i >= len(a.info) {
		return 0
	}
	toks := a.info[i].toks
	hs := porter(head)
	kin := summarize.KinReciprocals(head)
	var names, heads []int
	for k, tok := range toks {
		if slices.ContainsFunc(words(tok.Text), func(x string) bool { return slices.Contains(n.keys, x) }) {
			names = append(names, k)
			continue
		}
		lemma := strings.ToLower(tok.Lemma)
		if t := porter(lemma); t != hs && !slices.Contains(synonyms[hs], t) && !slices.Contains(kin, lemma) && !(tok.UPOS == "VERB" && agentNoun(lemma, head)) &&
			!((tok.UPOS == "NOUN" || tok.UPOS == "ADJ") && strings.HasSuffix(lemma, "ing") && agentNoun(strings.TrimSuffix(lemma, "ing"), head)) {
			continue
		}
		// The words written before the office, up to another office's
		// noun: a lesser one ("Deputy Prime Minister John Prescott") is
		// not the office asked about; one of the office between is not
		// this one's ("the deputy foreign minister leading Armenia’s
		// delegation" leads it).
		var before []string
		for j := k - 1; j >= 0 && j >= k-3 && toks[j].UPOS != "PUNCT"; j-- {
			before = append(before, porter(strings.ToLower(toks[j].Text)))
			if toks[j].UPOS == "NOUN" {
				break
			}
		}
		if !sameRank(before, phrase) {
			return 0
		}
		heads = append(heads, k)
	}
	tied := false
	for _, h := range heads {
		for _, m := range names {
			if treeSteps(toks, h, m) <= 3 {
				tied = true
			}
		}
	}
	if !tied {
		return 0
	}
	sw := words(a.sents[i])
	got := 0
	for _, w := range ws {
		ok := false
		switch {
		case w[0] >= '0' && w[0] <= '9':
			ok = slices.Contains(sw, w)
		case counted && (w == "year" || w == "old"):
			ok = true // "21-year-old": the age is the number
		case len(ws) == 1 && a.info[i].nationInNamesOnly(w):
			// "Chile's" is not the Chilean of a body's name.
		case len(ws) == 1 && leadWords[head] && nationWord(w) != "" && !slices.ContainsFunc(heads, func(h int) bool { return !a.info[i].ownedAt(h) }):
			// "Brazil's president" is not "Nordvik’s president for
			// Latin America, Mikkel Ravn-Høeg", whose sentence names
			// Brazil: the office is the company's (a country's
			// analyst or importer is of that country, not its own).
		default:
			// A place the sentence before in the paragraph gives ("In
			// Pattani, … Abdulloh Samae, who owns three trawlers, …"
			// for "the trawler owner in pattani"), as roleFits takes it.
			ok = a.ix.sentenceHasForm(i, porter(w)) || nationWord(w) == "" && a.introducedBefore(i, porter(w)) || nationNamed(w, func(f string) bool { return a.ix.sentenceHas(i, f) })
		}
		if ok {
			got++
		} else if w != "former" && slices.Contains(lesserOffice, porter(w)) {
			return 0 // "the deputy foreign minister" is not the minister
		}
	}
	if got < len(ws) && (len(ws) < 3 || got < len(ws)-1) {
		return 0 // one word may be missing of three or more
	}
	return 1 + got
}

// agentNoun reports whether noun names one who does what verb (a lemma)
// says: "farmer" for "farms", "negotiator" for "negotiates", "trader" for
// "trades", "trainee" for "training" (a noun of the verb, ending "-ing"),
// "welder" for "welding" (in "a welding business", read as an adjective),
// "fisherman" for "fished", "owner" for "runs" or "operates" (see
// ownerVerbs).
func agentNoun(verb, noun string) bool {
	if len(verb) < 3 {
		return false
	}
	if noun == "owner" && ownerVerbs[verb] {
		return true
	}
	stem := strings.TrimSuffix(verb, "e")
	return noun == verb+"er" || noun == verb+"r" || noun == stem+"or" || noun == stem+"er" || noun == verb+"ee" || noun == stem+"ee" ||
		noun == verb+"erman" || noun == verb+"erwoman" // "fisherman" for "fishes"
}

// ownerVerbs are the verbs (lemmas, and stems as the index keeps them)
// of one who keeps a business: whoever runs or operates a guesthouse, a
// packing shed or a ferry is the one a reader calls its owner.
var ownerVerbs = set(`run operate oper`)

// treeSteps returns the number of steps between tokens x (a word of an
// office) and y (a word of a name) of one sentence's tree, or a large
// number where there is no path, where it passes through a verb of
// saying (the speaker and what they speak of are not one description),
// or where the name is the office's owner ("a spokesman for Mr
// Prescott").
func treeSteps(toks []nlp.Token, x, y int) int {
	const far = 1 << 20
	up := map[int]int{} // x's ancestors (and x) by distance
	for k, d := x, 0; k >= 0 && k < len(toks) && d < 8; k, d = toks[k].Head, d+1 {
		up[k] = d
	}
	if toks[y].Head == x && (strings.HasPrefix(toks[y].Rel, "nmod") || strings.HasPrefix(toks[y].Rel, "obl")) {
		return far // "Nisan Ahmado's source", "a spokesman for Mr Prescott"
	}
	for k, d := y, 0; k >= 0 && k < len(toks) && d < 8; k, d = toks[k].Head, d+1 {
		dx, ok := up[k]
		if !ok {
			continue
		}
		if k != x && k != y && speechLemmas[strings.ToLower(toks[k].Lemma)] {
			return far
		}
		return dx + d
	}
	return far
}

// plainQualifiers reports whether every word of others not in the
// holder's role (stems) is a common word the article uses but never
// writes with a capital (no place, body or people of its own: "the mine
// ceo", "the resort gm"), so that the one holder of the office (head, a
// stem) is who the question means; a word the article
// never uses ("the prime minister" where it has a chief minister) may
// name another office, and one it writes before the office's word
// ("Norway's chief negotiator told reporters") someone else's.
func (a *Article) plainQualifiers(others []string, head string, role []string) bool {
	for _, w := range others {
		if isStop(w) || vagueQualifiers[w] || slices.Contains(role, porter(w)) {
			continue
		}
		if summarize.NationOf(w) != "" || summarize.CountryOf(w) != "" || !a.ix.has(porter(w)) {
			return false
		}
		for _, s := range a.sents {
			ws := strings.Fields(s)
			for k, x := range ws {
				x = strings.Trim(x, ".,;:!?\"“”‘’'()")
				if !strings.EqualFold(x, w) {
					continue
				}
				if x[0] >= 'A' && x[0] <= 'Z' {
					return false
				}
				// "Norway's chief negotiator told reporters": the
				// article gives the office with the word to someone
				// else, unnamed.
				for j := k + 1; j < len(ws) && j <= k+2; j++ {
					if porter(strings.ToLower(strings.Trim(ws[j], ".,;:!?\"“”‘’'()"))) == head {
						return false
					}
				}
			}
		}
	}
	return true
}
