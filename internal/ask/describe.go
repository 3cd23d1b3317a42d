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

// namesPlace reports whether a role (stems) names a country, its people
// or a place the article names ("Ruritania's envoy", "the Ruritanian
// envoy").
func (a *Article) namesPlace(role []string) bool {
	return slices.ContainsFunc(role, func(r string) bool { return nationWord(r) != "" || summarize.CountryOf(r) != "" || a.placeStem(r) })
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
			if all := slices.Concat(roles...); slices.ContainsFunc(others, func(w string) bool { return otherCountryBy(w, all, a.countryOfStem) && a.acr.expansion(w) == nil }) {
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
			} else if core := slices.DeleteFunc(slices.Clone(others), func(w string) bool { return nationWord(w) != "" }); len(core) > 0 && len(core) < len(others) &&
				slices.ContainsFunc(roles, func(role []string) bool { return !a.namesPlace(role) && a.roleFits(head, h, core, role, -1) }) {
				// "the Ruritanian deputy trade minister" for "the deputy
				// trade minister, Ivo Marek": a role that holds every word
				// but the country's, which its sentence or the story
				// gives, outranks another minister's in that sentence (not
				// a role that names a country: "Ruritania's trade
				// minister" is no other country's).
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

// kinStems are the stems of words of kinship.
var kinStems = stemSet(`sister brother wife husband son daughter mother father widow widower nephew niece cousin uncle aunt
grandson granddaughter grandfather grandmother sibling spouse partner`)

// negotiatorStem, delegationStem, teamStem and sideStem are the stems of
// "negotiator", "delegation", "team" and "side".
var negotiatorStem, delegationStem, teamStem, sideStem = porter("negotiator"), porter("delegation"), porter("team"), porter("side")

// stemSet returns the stems of the words of s.
func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[porter(w)] = true
	}
	return m
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
