package summarize

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// A title taken up with "the" ("the governor", "the Republican
// presidential nominee") stands for the one person the story named with
// it, where coreference did not link the two.

// roleNoun reports whether w is a title roleHolder matches: a role head
// or a word of candidacy ("the nominee", "the candidate").
func roleNoun(w string) bool {
	// "designate" heads "prime minister-designate", "the
	// ambassador-designate": an office's holder to be.
	return roleHeads[w] || w == "nominee" || w == "candidate" || w == "challenger" || w == "incumbent" || w == "designate"
}

// titleAbbreviations are the short forms of titles written before names.
var titleAbbreviations = map[string]string{
	"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
	"pres": "president", "sec": "secretary", "amb": "ambassador", "atty": "attorney", "adm": "admiral",
	"col": "colonel", "supt": "superintendent", "cmdr": "commander", "capt": "captain",
	"ald": "alderman", "usec": "undersecretary", "asec": "assistant secretary", "cong": "congressman",
	"coun": "councillor", "cllr": "councillor", "cr": "councillor", "commr": "commissioner",
}

// zoneCountry reports whether m is a people's adjective ("cambodian") of
// a country a word of the zone names ("cambodia", "phnom").
func zoneCountry(zone []string, m string) bool {
	g, ok := gazetteer[m]
	if !ok || !g.demonym {
		return false
	}
	for _, z := range zone {
		if c, ok := gazetteer[z]; ok && c.kind == KindCountry && c.name == g.name {
			return true
		}
	}
	return false
}

// roleHolder returns, for a definite description headed by a title at
// src ("the Indiana governor", "The Republican presidential nominee")
// that coreference did not resolve, the one person the story named before
// src with that title and every word that qualifies it, written right
// before the name ("Indiana Gov. Mike Pence") or set off after it ("Mike
// Pence, the Indiana governor,"); -1 when none or more than one.
func (t *tree) roleHolder(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	var hb [lowerBufLen]byte // the word's lower case, on the stack when short
	head := string(lowerBytes(hb[:0], tok.Text))
	// A title written with its capital after "the" ("the Premier
	// conceded…") is the same role, tagged as a name.
	// The entity model may type it as a person of that one word.
	capitalTitle := tok.XPOS == "NNP" && t.child(src, "det") >= 0 && (t.entityAt(src) < 0 || t.a.Entities[t.entityAt(src)].Last-t.a.Entities[t.entityAt(src)].First == 1)
	if (tok.UPOS != "NOUN" || tok.XPOS != "NN") && !capitalTitle || !roleNoun(head) && !t.learnedPerson(tok.Lemma) && roleKinds[head] == nil && !convenorNouns[head] && !t.unknownRoleBefore(src, tok.Lemma) || t.quoted[src] {
		return -1
	}
	if t.child(src, "nmod:poss") >= 0 {
		return t.titledAs(src)
	}
	d := t.child(src, "det")
	if d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return -1
	}
	var mods []string
	for _, c := range t.children(src) {
		ci := int(c)
		if ci > src && a.Tokens[ci].Rel == "nmod" && t.caseOf(ci) == "of" && !t.quoted[ci] && (a.Tokens[ci].UPOS == "NOUN" || a.Tokens[ci].UPOS == "PROPN") {
			// "the head of Ukraine's delegation": whose or what the
			// role is of, which the holder's role must name too (not
			// "deputy head of Ukraine's Coordination Headquarters").
			mods = append(mods, strings.ToLower(a.Tokens[ci].Text))
			continue
		}
		if ci > src || t.quoted[ci] {
			continue
		}
		switch a.Tokens[ci].Rel {
		case "amod", "compound":
			if ci == int(t.left[ci]) && int(t.right[ci]) == ci {
				// As the zone holds it: "u.k" of "the U.K. secretary".
				mods = append(mods, strings.ToLower(strings.TrimSuffix(a.Tokens[ci].Text, ".")))
			}
		case "det", "case", "punct":
			// "Unlike the vice minister, she…": the preposition and the
			// comma the parser hung from the role say nothing of whose.
		default:
			return -1 // "the union's negotiator", "the EU's envoy": others' roles
		}
	}
	zoneHas := func(zone []string, w string) bool {
		for _, z := range zone {
			if z == w {
				return true
			}
		}
		return false
	}
	// A noun the lexicon learned as a person's ("agent") that is no
	// title counts only as written in the role, not through what
	// coreference joined to the name ("the man" is not every man).
	title := roleNoun(head)
	// fullRank leaves out one who holds the office no longer or below
	// it (lesserRank).
	match := func(kinds, byBody, fullRank bool) int {
		found := -1
		seen := ""
		for ei := range a.Entities {
			e := &a.Entities[ei]
			if e.First >= src {
				break
			}
			if e.Type != nlp.PERSON || t.quoted[e.First] || titleOnly(e.Text) {
				continue // not "President", a title the entity model read as a name
			}
			zone := t.roleZone(e)
			// A secretary of a government is its minister ("Business and
			// Trade Secretary Helen Carrington" … "the U.K. minister").
			// "the CEO" for "Chief Executive Officer Rodrigo Garza
			// Villarreal": a title written with its initials.
			ok := zoneHas(zone, head) || initialsIn(zone, head) && isUpperForm(tok.Text) || head == "minister" && zoneHas(zone, "secretary") && !zoneHas(zone, "permanent") && !zoneHas(zone, "press") && !zoneHas(zone, "general") && !ownedByBody(zone) ||
				// "the union boss" for "GDL chairman Holger Brandstätter":
				// whoever leads, whatever the title.
				genericLeader[head] && slices.ContainsFunc(zone, func(z string) bool { return leadingTitles[z] }) ||
				// "the diplomat" for an ambassador, "the executive" for a
				// head of purchasing: a word for the kind of role.
				// "the Cambodian official" for a secretary of state at
				// Cambodia's ministry; a bare "the official" may be
				// anyone's, named or not.
				// "the executive" is a company's, not the union
				// president's.
				kinds && (head != "official" || len(mods) > 0) && (head != "executive" || !zoneHas(zone, "union")) && slices.ContainsFunc(zone, func(z string) bool { return roleKinds[head][z] }) ||
				// "the Nordbank analyst": whoever the story tied to the
				// body it names, where no one holds the title.
				byBody
			for _, m := range mods {
				if m == "former" && (zoneHas(zone, "then") || zoneHas(zone, "ex")) {
					continue // "then head of purchasing": the former executive
				}
				// "union" of "the union boss": the kind of body the title
				// names by its own name ("GDL").
				// "the Cambodian official" for "a secretary of state at
				// Cambodia's Ministry of Water Resources": a people's
				// adjective is the country the role names.
				ok = ok && (zoneHas(zone, m) || bodyKinds[m] && t.zoneNamesBody(e, zone, m) || initialsIn(zone, m) || zoneCountry(zone, m))
			}
			if !ok && (!title || !t.describedAs(e, src)) {
				continue
			}
			if fullRank && ok && t.lowerThanAsked(e, head, src, mods) {
				// "the minister" is not "the former foreign minister
				// Wanjiru Kimathi-Odhiambo", who holds the office no
				// longer, nor "Deputy Foreign Minister Ayşe Nur
				// Karabulut", who holds one below it, where someone
				// holds the office itself.
				continue
			}
			name := e.Text
			if found >= 0 && !strings.HasSuffix(name, lastWord(seen)) && !strings.HasSuffix(seen, lastWord(name)) {
				// Two people with that title: the one the sentence
				// before made its subject, if either ("She argued…
				// “…,” the analyst said"), else no one.
				if p := t.previousSubjectPerson(src); p >= 0 && kinds {
					switch pn := t.entityFullName(p); pn {
					case t.entityFullName(ei):
						return ei
					case t.entityFullName(found):
						return found
					}
				}
				return -2
			}
			if found < 0 || len(name) > len(seen) {
				found, seen = ei, name
			}
		}
		return found
	}
	found := match(false, false, true)
	if found == -1 {
		// No one holds the office itself: "the minister" may be the
		// deputy minister a story names ("Deputy Climate Minister
		// Wojciech Zając … the minister said").
		found = match(false, false, false)
	}
	if found == -1 && roleKinds[head] != nil && !t.nounBefore(src, head) {
		// A word for the kind of role, where the story has not used the
		// word itself before for someone it may take up ("A studio
		// executive… said. “…,” the executive said.").
		found = match(true, false, true)
	}
	if found == -1 && title && slices.ContainsFunc(mods, func(m string) bool { return t.orgWordBefore(src, m) }) {
		found = match(false, true, true)
		if found == -1 {
			found = t.untiedHolder(src, head, mods)
		}
	}
	if found == -1 && convenorNouns[head] && len(mods) == 0 {
		// "The talks were chaired by Ana Ruiz… “…,” the mediator said":
		// no one holds the title, and the one person the story has
		// chair or broker the talks is whom the talks' title stands for.
		found = t.convenor(src, convenorVerbs, false)
	}
	if found == -1 && delegationHeads[head] {
		// "The rebels' delegation was headed by Ana Ruiz… “…,” the
		// delegation chief said": the one person the story has lead or
		// head a delegation or a team.
		found = t.convenor(src, leadingDelegation, true)
	}
	return max(found, -1)
}

// convenorNouns are the titles of one who runs talks between others,
// which the story may give only by what the person did ("who chaired the
// talks", "brokered by").
var convenorNouns = makeSet(`envoy mediator coordinator facilitator moderator chair chairman chairwoman chairperson convener convenor`)

// convenorVerbs are what the holder of a convenorNouns title does.
var convenorVerbs = makeSet(`chair mediate facilitate coordinate moderate broker convene preside`)

// delegationHeads are the titles of one who leads a side's delegation
// ("the delegation chief", "the chief negotiator").
var delegationHeads = makeSet(`chief head leader negotiator`)

// leadingDelegation are what the holder of a delegationHeads title does
// to a delegation.
var leadingDelegation = makeSet(`lead head`)

// convenor returns the one person named before src whom the story makes
// the doer of one of verbs outside quotation marks: its subject, the noun
// a "who" clause with it hangs from, or the agent of its passive
// ("chaired by Ana Ruiz, the council's deputy head"), with an apposition
// taken to the name it sets off; with ofDelegation, only where what the
// verb acts on is a delegation or a team (delegationNouns); -1 when none
// or several.
func (t *tree) convenor(src int, verbs map[string]bool, ofDelegation bool) int {
	a := t.a
	found := -1
	for k := 0; k < src; k++ {
		tk := &a.Tokens[k]
		if tk.UPOS != "VERB" || t.quoted[k] || !verbs[tk.Lemma] {
			continue
		}
		if ofDelegation {
			led := t.child(k, "obj")
			if tk.XPOS == "VBN" {
				led = t.child(k, "nsubj:pass")
			}
			if led < 0 || !delegationNouns[strings.ToLower(a.Tokens[led].Lemma)] {
				continue
			}
		}
		doer := t.child(k, "obl:agent")
		if doer < 0 && tk.XPOS == "VBN" {
			doer = t.byObject(k)
		}
		if doer < 0 && tk.XPOS != "VBN" {
			doer = t.child(k, "nsubj")
			if doer >= 0 && a.Tokens[doer].UPOS == "PRON" {
				doer = -1
				if strings.HasPrefix(tk.Rel, "acl") {
					doer = tk.Head
				}
			}
		}
		ei := -1
		for step := 0; doer >= 0 && step < 3; step++ {
			if e := t.entityAt(doer); e >= 0 && a.Entities[e].Type == nlp.PERSON {
				ei = e
				break
			}
			if r := a.Tokens[doer].Rel; r != "appos" && r != "flat" && r != "nmod" {
				break
			}
			doer = a.Tokens[doer].Head
		}
		if ei < 0 {
			continue
		}
		if found >= 0 && t.entityFullName(found) != t.entityFullName(ei) {
			return -1
		}
		found = ei
	}
	return found
}

// byObject returns, for a passive participle at v, the noun the parser
// hung below a "by" it made the participle's own dependent ("was headed
// by Ana Ruiz" with "by" an adverb and the name its object); -1 when
// none.
func (t *tree) byObject(v int) int {
	for _, c := range t.children(v) {
		if ci := int(c); ci > v && nlp.EqualFoldLower(t.a.Tokens[ci].Text, "by") {
			for _, cc := range t.children(ci) {
				if u := t.a.Tokens[cc].UPOS; u == "PROPN" || u == "NOUN" {
					return int(cc)
				}
			}
		}
	}
	return -1
}

// untiedHolder returns, for a title with the name of a body among its
// words (mods) that no holder's role names ("the Kalvola chief
// executive"), the one person the story named before src with the title
// and its other words whose role names no body ("Chief executive Outi
// Lahtinen"), where every other such person's role names a body of its
// own ("Erik Vesterby, Nordpack's chief executive"): the body's holder,
// the others being another's; -1 otherwise.
func (t *tree) untiedHolder(src int, head string, mods []string) int {
	a := t.a
	var body, rest []string
	for _, m := range mods {
		if t.orgWordBefore(src, m) {
			body = append(body, m)
		} else {
			rest = append(rest, m)
		}
	}
	if len(body) == 0 {
		return -1
	}
	found, others := -1, 0
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First >= src {
			break
		}
		if e.Type != nlp.PERSON || t.quoted[e.First] || titleOnly(e.Text) {
			continue
		}
		zone := t.roleZone(e)
		if !slices.Contains(zone, head) || slices.ContainsFunc(rest, func(m string) bool { return !slices.Contains(zone, m) }) {
			continue
		}
		if slices.ContainsFunc(zone, func(z string) bool { return t.orgNameWordBefore(src, z) }) {
			others++
			continue
		}
		if found >= 0 && t.entityFullName(found) != t.entityFullName(ei) {
			return -1
		}
		found = ei
	}
	if others == 0 {
		return -1
	}
	return found
}

// lesserRank returns the word that makes person e's role, as written
// beside the name, less than the title head itself: one held no longer
// ("the former foreign minister Wanjiru Kimathi-Odhiambo", "an
// ex-minister") or one below it ("Deputy Foreign Minister Ayşe Nur
// Karabulut", "the vice-president", "an assistant secretary"): the
// title's noun in e's sentence, next to the name, with the word in its
// own phrase ("former" for "ex-"); "" for none.
func (t *tree) lesserRank(e *nlp.Entity, head string) string {
	a := t.a
	sent := a.Tokens[e.First].Sent
	eh := t.entityRootTok(e)
	for k := max(e.First-6, 0); k < len(a.Tokens) && k <= e.Last+appositionWords; k++ {
		if a.Tokens[k].Sent != sent || k >= e.First && k < e.Last || !strings.EqualFold(a.Tokens[k].Text, head) {
			continue
		}
		// The title belongs to e: the name's appositive or its head, or
		// the name the title's noun compounds with.
		h := int(a.Tokens[k].Head)
		if !(h == eh || eh >= 0 && int(a.Tokens[eh].Head) == k || k < e.First && h >= e.First && h < e.Last) {
			continue
		}
		for j := int(t.left[k]); j < k; j++ {
			switch w := strings.ToLower(a.Tokens[j].Text); {
			case formerWord(w):
				return "former"
			case w == "deputy" || w == "vice" || w == "assistant" || strings.HasPrefix(w, "vice-") || strings.HasPrefix(w, "deputy-"):
				return strings.SplitN(w, "-", 2)[0]
			}
		}
	}
	return ""
}

// lowerThanAsked reports whether person e holds the title head only
// no longer or below it (lesserRank) where the description at src, with
// its modifiers mods, does not say so itself.
func (t *tree) lowerThanAsked(e *nlp.Entity, head string, src int, mods []string) bool {
	r := t.lesserRank(e, head)
	return r != "" && !slices.Contains(mods, r) && !t.describesRank(src, r)
}

// describesRank reports whether the description at src says the rank r
// itself ("the Chinese vice-minister" for "vice").
func (t *tree) describesRank(src int, r string) bool {
	for k := int(t.left[src]); k <= int(t.right[src]); k++ {
		for _, w := range strings.FieldsFunc(strings.ToLower(t.a.Tokens[k].Text), func(c rune) bool { return c == '-' }) {
			if w == r || r == "former" && formerWord(w) {
				return true
			}
		}
	}
	return false
}

// apposToRole reports whether person e's name is set off in apposition
// to the role noun at k, written before it in the same sentence, or to a
// noun the parser hung from the role as its modifier ("consul | in Lagos
// , Femi Adewale" with the name hung from "Lagos").
func (t *tree) apposToRole(e *nlp.Entity, k int) bool {
	a := t.a
	r := t.entityRootTok(e)
	if r < 0 || a.Tokens[r].Rel != "appos" || e.First == 0 || a.Tokens[e.First-1].Text != "," {
		return false
	}
	hd := int(a.Tokens[r].Head)
	if hd == k {
		return true
	}
	return hd > k && hd < e.First && int(a.Tokens[hd].Head) == k && strings.HasPrefix(a.Tokens[hd].Rel, "nmod")
}

// objectOfNoun reports whether the preposition at p opens a phrase, ended
// before end, whose object the tree hangs from the noun at n as its
// modifier ("consul | in Lagos").
func (t *tree) objectOfNoun(p, n, end int) bool {
	a := t.a
	o := int(a.Tokens[p].Head)
	return o > p && o < end && a.Tokens[p].Rel == "case" && int(a.Tokens[o].Head) == n && strings.HasPrefix(a.Tokens[o].Rel, "nmod")
}

// entityRootTok returns the token of entity e whose head lies outside
// it, or -1.
func (t *tree) entityRootTok(e *nlp.Entity) int {
	for k := e.First; k < e.Last; k++ {
		if h := int(t.a.Tokens[k].Head); h < e.First || h >= e.Last {
			return k
		}
	}
	return -1
}

// unknownRoleBefore reports whether the noun lemma, one the lexicon does
// not class ("lecturer"), is the role the story gave a person it named
// before src: the noun set off beside the name or written as its title
// ("Dr Ana Ruiz, a senior lecturer in economics", "senior lecturer Ana
// Ruiz"), not a word of the role's field ("president of the union"), so
// that "the lecturer" may take her up.
func (t *tree) unknownRoleBefore(src int, lemma string) bool {
	a := t.a
	w := strings.ToLower(lemma)
	if t.nounClass == nil || t.nounClass(w) != 0 {
		return false
	}
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First >= src {
			break
		}
		if e.Type != nlp.PERSON || t.quoted[e.First] {
			continue
		}
		sent := a.Tokens[e.First].Sent
		s := a.Sentences[sent]
		h := a.Tokens[e.Last-1].Head
		for k := max(s.First, e.First-6); k < min(s.Last, e.Last+20, src); k++ {
			tk := &a.Tokens[k]
			if tk.UPOS != "NOUN" || !strings.EqualFold(tk.Lemma, w) || t.quoted[k] {
				continue
			}
			if k >= e.Last+8 {
				// Further on, only a description the parser hung from
				// the name itself, or joined to one that is: "Kenta
				// Morishita, the union's president and a 33-year-old
				// pitcher with the Chiba Lotte Marines".
				hd := tk.Head
				if tk.Rel == "conj" && hd >= 0 && a.Tokens[hd].Rel == "appos" {
					hd = a.Tokens[hd].Head
				}
				if hd >= e.First && hd < e.Last && (tk.Rel == "appos" || tk.Rel == "conj") {
					return true
				}
				continue
			}
			// Hung from the name, or from a title the parser made
			// the name's head ("Dr | Onkemetse Phiri, a senior
			// lecturer").
			// Or written right before the name, however parsed
			// ("informateur Anneke van der Plas-Hoekstra said").
			if tk.Head >= e.First && tk.Head < e.Last || tk.Head >= e.First-2 && tk.Head >= 0 && tk.Head < e.First && a.Tokens[tk.Head].UPOS == "PROPN" || h == k || k == e.First-1 {
				return true
			}
			// The name set off after the role, in apposition to it or to
			// the place or body the role's phrase goes on with ("the
			// union's press consul in Lagos, Femi Adewale," with the name
			// hung from "Lagos").
			if t.apposToRole(e, k) {
				return true
			}
			// Explained by a gloss the name is set beside ("his
			// indvuna, or headman, Mandla Masilela").
			if k+1 < len(a.Tokens) && a.Tokens[k+1].Text == "," && t.orGloss(k+1) {
				if r := t.entityRootTok(e); r >= 0 && a.Tokens[r].Rel == "appos" && a.Tokens[r].Head > k+1 && a.Tokens[r].Head < e.First && a.Tokens[a.Tokens[r].Head].Head == k {
					return true
				}
			}
		}
	}
	return false
}

// orGloss reports whether the comma at j opens a gloss of the noun right
// before it: ", or" and a noun the parser joined to that one ("his
// indvuna, or headman, Mandla Masilela"), set off by a comma after it.
func (t *tree) orGloss(j int) bool {
	a := t.a
	if j < 1 || j+3 >= len(a.Tokens) || !nlp.EqualFoldLower(a.Tokens[j+1].Text, "or") || a.Tokens[j-1].UPOS != "NOUN" {
		return false
	}
	g := j + 2
	for g < len(a.Tokens) && g < j+5 && a.Tokens[g].Head == g+1 {
		g++ // "or chief headman": the gloss's own modifiers
	}
	return g+1 < len(a.Tokens) && a.Tokens[g].UPOS == "NOUN" && a.Tokens[g].Rel == "conj" && a.Tokens[g].Head == j-1 && a.Tokens[g+1].Text == ","
}

// previousSubjectPerson returns the PERSON entity the subject of the
// sentence before src's, in its paragraph, names or stands for (a name,
// or "he" or "she" resolved), or -1.
func (t *tree) previousSubjectPerson(src int) int {
	a := t.a
	sent := a.Tokens[src].Sent
	if sent == 0 || a.Sentences[sent].NewPar {
		return -1
	}
	subs := t.previousRootSubjects(sent)
	if len(subs) == 0 || a.Tokens[subs[0]].Sent != sent-1 {
		return -1
	}
	s := subs[0]
	switch a.Tokens[s].UPOS {
	case "PRON":
		if wordGender(a.Tokens[s].Text) != 0 {
			return t.pronounSpeaker(s)
		}
	case "PROPN":
		if e := t.entityAt(s); e >= 0 && a.Entities[e].Type == nlp.PERSON {
			return e
		}
	}
	return -1
}

// orgWordBefore reports whether w (in lower case) is a word of the name of
// an organisation the story names before src ("nordbank" of "Nordbank
// Markets").
func (t *tree) orgWordBefore(src int, w string) bool {
	return t.orgWordIn(src, w, false)
}

// orgNameWordBefore is orgWordBefore for the capitalised words of the
// name only ("nordpack" of "Nordpack Group"), not a grammar word inside
// one ("of" of "Ministry of Finance").
func (t *tree) orgNameWordBefore(src int, w string) bool {
	return t.orgWordIn(src, w, true)
}

// orgWordIn reports whether w is a word of the name of an organisation
// named before src; with capital, only a word written with a capital.
func (t *tree) orgWordIn(src int, w string, capital bool) bool {
	a := t.a
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First >= src {
			break
		}
		if e.Type != nlp.ORG {
			continue
		}
		for j := e.First; j < e.Last; j++ {
			if (!capital || startsUpper(a.Tokens[j].Text)) && strings.EqualFold(a.Tokens[j].Text, w) {
				return true
			}
		}
	}
	return false
}

// nounBefore reports whether the word w is written before src outside
// quotation marks, in the singular (as a noun or as the tagger read it:
// "A studio executive" may be tagged an adjective).
func (t *tree) nounBefore(src int, w string) bool {
	a := t.a
	for k := 0; k < src; k++ {
		// A plural ("analysts say") brings in no one person.
		if !t.quoted[k] && a.Tokens[k].XPOS != "NNS" && (strings.EqualFold(a.Tokens[k].Lemma, w) || strings.EqualFold(a.Tokens[k].Text, w)) {
			return true
		}
	}
	return false
}

// credential reports whether a word is a short credential written after a
// name in capitals ("RN", "MD", "PhD", "QC"): two to four letters, the
// first and the last capitals.
func credential(w string) bool {
	n := len(w)
	if n < 2 || n > 4 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' && (r < 'a' || r > 'z') {
			return false
		}
	}
	return w[0] >= 'A' && w[0] <= 'Z' && w[n-1] >= 'A' && w[n-1] <= 'Z'
}

// roleZone returns the words of person e's role (in lower case): the
// title words right before the name, a role set off before it by a comma,
// and those set off after it, up to the next comma.
func (t *tree) roleZone(e *nlp.Entity) []string {
	a := t.a
	var zone []string
	start := e.First // where the name and the title words before it begin
	for k := e.First - 1; k >= 0 && k >= e.First-6 && a.Tokens[k].Sent == a.Tokens[e.First].Sent; k-- {
		w := strings.ToLower(strings.TrimSuffix(a.Tokens[k].Text, "."))
		if w == "-" && k > 0 && !a.Tokens[k-1].SpaceAfter && !a.Tokens[k].SpaceAfter && (startsUpper(a.Tokens[k+1].Text) && startsUpper(a.Tokens[k-1].Text) || roleNoun(strings.ToLower(a.Tokens[k+1].Text))) {
			// The hyphen of a title written as one word ("Vice-Minister
			// of Water Resources Liu Jianhong", "Prime
			// minister-designate Dace Kalniņa-Ozola").
			continue
		}
		switch a.Tokens[k].UPOS {
		case "ADP", "CCONJ":
			// Inside a capitalised title: "Minister of Industry and
			// Trade Nguyễn Hoàng Long" (not past another name).
			if (w == "of" || w == "and" || w == "for") && k > 0 && startsUpper(a.Tokens[k-1].Text) && (t.entityAt(k-1) < 0 || a.Entities[t.entityAt(k-1)].Type != nlp.PERSON) {
				continue
			}
			k = -1
		case "VERB":
			// "minister-designate" with its last word read as a verb:
			// a title's word after its hyphen.
			if !roleNoun(w) || k == 0 || a.Tokens[k-1].Text != "-" {
				k = -1
			}
		case "PUNCT", "AUX", "PRON":
			k = -1
		}
		if k < 0 || w == "the" || w == "a" {
			break // not past "and" ("President Barack Obama and first lady Michelle Obama")
		}
		if full, ok := titleAbbreviations[w]; ok {
			w = full
		}
		zone = append(zone, w)
		start = k
	}
	if k := start - 1; k > 0 && a.Tokens[k].Text == "," && a.Tokens[k-1].Sent == a.Tokens[e.First].Sent && (a.Tokens[k-1].UPOS == "NOUN" || a.Tokens[k-1].UPOS == "PROPN") {
		// A role set off before the name, or before its title ("the
		// Fisheries Minister, Helen Carrow-Dunne,", "The head of the
		// Chinese delegation, Vice-Minister Liu Jianhong,"): the
		// role's words back to its determiner, over "of the".
		var role []string
		held := t.roleOfPlace(k - 1)
		for j := k - 1; j >= 0 && j >= k-10 && a.Tokens[j].Sent == a.Tokens[e.First].Sent; j-- {
			w := strings.ToLower(a.Tokens[j].Text)
			if w == "the" && j > 0 && nlp.EqualFoldLower(a.Tokens[j-1].Text, "of") {
				continue
			}
			// "for" inside a capitalised title ("State Minister for
			// Reconciliation, Tamar Abashidze,").
			inTitle := w == "for" && j > 0 && startsUpper(a.Tokens[j-1].Text) && startsUpper(a.Tokens[j+1].Text)
			// The comma of a list the role is of ("the minister of
			// petroleum, mines and energy, Mohamed Salem Ould
			// Boukhreiss"): a word of the list follows it.
			if w == "," && j > 0 && a.Tokens[j+1].Rel == "conj" && a.Tokens[j+1].Head < j {
				continue
			}
			// The title a gloss explains ("his indvuna, or headman,
			// Mandla Masilela"): the role before ", or" is the one
			// the name holds.
			if w == "," && j > 0 && t.orGloss(j) {
				held = true
				continue
			}
			// A place or body the role's noun goes on with ("the union's
			// press consul in Lagos, Femi Adewale,"): the preposition's
			// object hung from the noun right before it.
			onRole := a.Tokens[j].UPOS == "ADP" && j > 0 && a.Tokens[j-1].UPOS == "NOUN" && t.objectOfNoun(j, j-1, k)
			if w == "the" || a.Tokens[j].UPOS == "PUNCT" || a.Tokens[j].UPOS == "VERB" || a.Tokens[j].UPOS == "ADP" && w != "of" && !inTitle && !onRole {
				break
			}
			role = append(role, w)
			// A title the lexicon does not know ("the prefect of the
			// department, Hamidou Diallo,") is held as a known one is.
			held = held || (roleNoun(w) || a.Tokens[j].UPOS == "NOUN" && t.unknownNoun(a.Tokens[j].Lemma)) && (a.Tokens[j].UPOS == "NOUN" || a.Tokens[j].UPOS == "PROPN")
		}
		if held {
			zone = append(zone, role...)
		}
	}
	if e.Last+1 < len(a.Tokens) && a.Tokens[e.Last].Text == "," {
		// An apposition closed by a comma ("Mike Pence, the Indiana
		// governor, said"), not the subject of the next clause
		// ("…on the Steve Harvey Morning Show, the former secretary
		// of state said").
		var after []string
		closed := false
		last := a.Sentences[a.Tokens[e.First].Sent].Last - 1
		from := e.Last + 1
		// "Levan Gelashvili, 47, a walnut farmer from Khurvaleti,",
		// "Marisol Vega-Torres, RN, who chairs the nurses' bargaining
		// team": the role after the age or the credential set off
		// before it, which is the zone's too ("Ana Ruiz, CEO, said").
		pre := ""
		if from+2 < len(a.Tokens) && a.Tokens[from+1].Text == "," && (a.Tokens[from].UPOS == "NUM" && strings.Trim(a.Tokens[from].Text, "0123456789") == "" || credential(a.Tokens[from].Text)) {
			pre = strings.ToLower(a.Tokens[from].Text)
			from += 2
		}
		for k := from; k < len(a.Tokens) && k <= from-1+appositionWords && a.Tokens[k].Sent == a.Tokens[e.First].Sent; k++ {
			// Closed by a comma, or by the sentence's end ("overseen
			// by Gloria Estrada, a mediator with the Federal
			// Mediation and Conciliation Service.").
			if a.Tokens[k].Text == "," || k == last && a.Tokens[k].UPOS == "PUNCT" {
				closed = true
				break
			}
			if a.Tokens[k].UPOS == "CCONJ" && len(after) > 0 && k+1 < len(a.Tokens) && a.Tokens[k+1].UPOS == "DET" {
				// "Anouk de Wilde-Jansen, President of the UPR and a
				// former world team time trial champion", "Kenta
				// Morishita, the union's president and a 33-year-old
				// pitcher": a second description of the same person,
				// joined to the role; its words are the role's too.
				k++
				continue
			}
			if nlp.EqualFoldLower(a.Tokens[k].Text, "who") && len(after) > 0 && k+2 < len(a.Tokens) && a.Tokens[k+2].Sent == a.Tokens[k].Sent &&
				(servingVerbs[a.Tokens[k+1].Lemma] && nlp.EqualFoldLower(a.Tokens[k+2].Text, "as") || a.Tokens[k+1].Lemma == "be" && a.Tokens[k+2].UPOS == "DET") {
				// "Mariko Ōtsuka, the lawyer who serves as the union's
				// secretary-general,": the office the clause gives her.
				k++
				continue
			}
			if nlp.EqualFoldLower(a.Tokens[k].Text, "who") && len(after) > 0 {
				// "Håkon Berg, a Bergen-based football agent who
				// represents four players,": the apposition ends
				// where the clause that says more of him begins.
				closed = true
				break
			}
			if a.Tokens[k].UPOS == "VERB" && (a.Tokens[k-1].Text == "-" || a.Tokens[k].XPOS == "VBG" && (a.Tokens[k-1].UPOS == "ADP" || nlp.EqualFoldLower(a.Tokens[k-1].Text, "of") || a.Tokens[k].Rel == "amod")) {
				// "Bergen-based": a word of a compound adjective;
				// "head of purchasing": a gerund a preposition takes;
				// "the nurses' bargaining team": one that modifies a
				// noun.
				after = append(after, strings.ToLower(a.Tokens[k].Text))
				continue
			}
			if a.Tokens[k].UPOS == "VERB" || a.Tokens[k].UPOS == "AUX" {
				// "Morag Fairlie, who leads the council's minority
				// administration,": the one who leads is its leader.
				if k == from+1 && nlp.EqualFoldLower(a.Tokens[k-1].Text, "who") && a.Tokens[k].UPOS == "VERB" {
					after = append(after, agentNouns(strings.ToLower(a.Tokens[k].Lemma))...)
					if leadingVerbs[a.Tokens[k].Lemma] {
						// "Piet Haldemann, who runs the trading house
						// Haldemann Rossi,": its head, whatever the title.
						after = append(after, "head")
					}
					continue
				}
				break
			}
			after = append(after, strings.ToLower(a.Tokens[k].Text))
		}
		if pre != "" {
			zone = append(zone, pre)
		}
		if closed {
			zone = append(zone, after...)
		}
	}
	// "Tobias Engström of Nordbank Markets asked…": the body a person is
	// of, from or at, right after the name.
	if k := e.Last; k+1 < len(a.Tokens) && a.Tokens[k].Sent == a.Tokens[e.First].Sent {
		switch strings.ToLower(a.Tokens[k].Text) {
		case "of", "from", "at":
			if o := t.entityAt(k + 1); o >= 0 && a.Entities[o].Type == nlp.ORG && a.Entities[o].First == k+1 {
				for j := a.Entities[o].First; j < a.Entities[o].Last; j++ {
					zone = append(zone, strings.ToLower(a.Tokens[j].Text))
				}
			}
		}
	}
	return zone
}

// appositionWords is how many words after a name a role set off after it
// may run to ("Kenta Morishita, the union's president and a 33-year-old
// pitcher with the Chiba Lotte Marines,").
const appositionWords = 24

// servingVerbs are the verbs of holding an office "as" something ("who
// serves as the union's secretary-general").
var servingVerbs = makeSet(`serve act work sit double`)

// ownedByBody reports whether a role's words give it an owner other than
// a country or a government ("the movement's secretary for external
// affairs" is no minister; "Congo's foreign secretary" may be).
// The zone runs back from the name before it and on after it, so the
// owner is the word on either side of the possessive.
func ownedByBody(zone []string) bool {
	state := func(k int) bool {
		return k >= 0 && k < len(zone) && (CountryOf(zone[k]) != "" || zone[k] == "government")
	}
	for k, z := range zone {
		if (z == "’s" || z == "'s") && !state(k-1) && !state(k+1) {
			return true
		}
	}
	return false
}

// genericLeader are the words for whoever leads a body, whatever the
// title ("the union boss", "the company chief"); leadingTitles are the
// titles of those who lead one.
var (
	genericLeader = makeSet(`boss chief leader head`)
	leadingTitles = makeSet(`chairman chairwoman chair chairperson president leader head chief director ceo`)
	// leadingVerbs are the verbs of leading a body ("who runs the trading
	// house"): their subject is its head.
	leadingVerbs = makeSet(`run lead head chair direct manage`)
)

// roleOfPlace reports whether the proper name ending at token j closes a
// role named with whose it is after "of" ("The Ambassador of Norway,
// Ingrid Solberg-Dahl,"), back to the role.
func (t *tree) roleOfPlace(j int) bool {
	a := t.a
	sent := a.Tokens[j].Sent
	for k := j; k >= 0 && k > j-5 && a.Tokens[k].Sent == sent; k-- {
		switch tk := &a.Tokens[k]; {
		case tk.UPOS == "PROPN":
		case nlp.EqualFoldLower(tk.Text, "of") && k < j:
			return k > 0 && a.Tokens[k-1].Sent == sent && roleNoun(strings.ToLower(a.Tokens[k-1].Text))
		default:
			return false
		}
	}
	return false
}

// roleKinds are words for a kind of role and the titles of that kind:
// "the diplomat" takes up an ambassador, "the executive" a head of
// purchasing or a chief executive, "the academic" a professor.
var roleKinds = map[string]map[string]bool{
	"diplomat":   makeSet(`ambassador envoy consul attaché attache chargé charge diplomat`),
	"executive":  makeSet(`ceo chief head director president chairman chairwoman chair manager founder executive`),
	"academic":   makeSet(`professor lecturer scientist researcher scholar academic historian economist`),
	"lawmaker":   makeSet(`senator representative congressman congresswoman mp legislator lawmaker deputy`),
	"legislator": makeSet(`senator representative congressman congresswoman mp legislator lawmaker deputy`),
	"analyst":    makeSet(`analyst specialist expert researcher scholar economist fellow strategist`),
	"expert":     makeSet(`analyst specialist expert researcher scholar economist fellow strategist`),
	"priest":     makeSet(`priest father fr reverend rev monsignor`),
	"cleric":     makeSet(`cleric priest father fr reverend rev monsignor imam sheikh rabbi bishop archbishop ayatollah`),
	"official":   makeSet(`minister secretary undersecretary under-secretary deputy director commissioner spokesman spokeswoman spokesperson ambassador envoy negotiator adviser advisor`),
}

// unknownNoun reports whether the coreference lexicon learned no class
// for a noun's lemma (a rare title: "prefect", "informateur").
func (t *tree) unknownNoun(lemma string) bool {
	return t.nounClass != nil && t.nounClass(strings.ToLower(lemma)) == 0
}

// learnedPerson reports whether the coreference lexicon learned a noun's
// lemma as a person's ("agent", "nurse", "farmer").
func (t *tree) learnedPerson(lemma string) bool {
	return t.nounClass != nil && t.nounClass(strings.ToLower(lemma)) == nlp.NounPerson
}

// zoneNamesBody reports whether the role zone of person e names a body
// (an organisation's name or an acronym: "GDL chairman Holger
// Brandstätter"), or is a role of "its" where the sentence before, or
// the person's own, names a body whose name holds the kind word m ("The
// National Nurses' Union called off the strike. Its president, Filipa
// Amaral Teixeira, said…" for "the union leader").
func (t *tree) zoneNamesBody(e *nlp.Entity, zone []string, m string) bool {
	a := t.a
	for k := e.First - 1; k >= 0 && k >= e.First-len(zone); k-- {
		w := a.Tokens[k].Text
		if oe := t.entityAt(k); oe >= 0 && a.Entities[oe].Type == nlp.ORG || len(w) >= 2 && isAcronym(w) {
			return true
		}
	}
	if !slices.Contains(zone, "its") {
		return false
	}
	sent := a.Tokens[e.First].Sent
	from := a.Sentences[max(sent-1, 0)].First
	for oe := range a.Entities {
		o := &a.Entities[oe]
		if o.First >= e.First {
			break
		}
		if o.First >= from && o.Type == nlp.ORG && slices.ContainsFunc(strings.Fields(strings.ToLower(o.Text)), func(w string) bool { return w == m }) {
			return true
		}
	}
	return false
}

// describedAs reports whether coreference joined to the person named e a
// description, before src, that holds every word of the description at
// src ("Pieter van der Merwe did not raise his voice. The chief
// executive of Bokamoso Platinum sat…" for "the chief executive"; not
// "the head of the Egyptian delegation" for "the head of Sudan's
// technical team").
func (t *tree) describedAs(e *nlp.Entity, src int) bool {
	a := t.a
	c := t.spanCluster(e.First, e.Last)
	if c < 0 {
		return false
	}
	lo, hi := int(t.left[src]), int(t.right[src])
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Kind != nlp.NominalMention || m.Last > src || t.quoted[m.Head] {
			continue
		}
		all := true
		for k := lo; k <= hi && all; k++ {
			w := a.Tokens[k].Text
			all = slices.ContainsFunc(a.Tokens[m.First:m.Last], func(x nlp.Token) bool { return strings.EqualFold(x.Text, w) })
		}
		if all {
			return true
		}
	}
	return false
}

// titledAs returns, for a description of whose role it is ("China's
// ambassador to Britain accused…") that coreference did not resolve, the
// one person the story names with that very title written right before
// the name, before or after the description ("China's ambassador to
// Britain Liu Xiaming"); -1 when none or more than one.
func (t *tree) titledAs(src int) int {
	a := t.a
	lo, hi := int(t.left[src]), int(t.right[src])
	var words []string
	for k := lo; k <= hi; k++ {
		if a.Tokens[k].UPOS != "PUNCT" || a.Tokens[k].Text == "'s" || a.Tokens[k].Text == "’s" {
			words = append(words, strings.ToLower(a.Tokens[k].Text))
		}
	}
	if len(words) < 2 || len(words) > 8 {
		return -1
	}
	if found := t.onePerson(func(e *nlp.Entity) bool {
		if e.Type != nlp.PERSON || t.quoted[e.First] || e.First < len(words) || e.First > lo && e.First <= hi {
			return false
		}
		for j, w := range words {
			k := e.First - len(words) + j
			if a.Tokens[k].Sent != a.Tokens[e.First].Sent || strings.ToLower(a.Tokens[k].Text) != w {
				return false
			}
		}
		return true
	}); found >= 0 {
		return found
	}
	if found := t.titledBefore(src, words); found >= 0 {
		return found
	}
	return t.titledAfter(src, words)
}

// titledBefore returns, for a description of whose role it is (its words
// in order, "japan 's chief negotiator"), the one person the story named
// right after the same role set off before the name by a comma, its owner
// written out or taken up by a pronoun that coreference resolved to it
// ("Its chief negotiator, Takeda Haruki, said…" after a sentence about
// Japan); -1 when none or more than one.
func (t *tree) titledBefore(src int, words []string) int {
	a := t.a
	poss := slices.IndexFunc(words, func(w string) bool { return w == "'s" || w == "’s" })
	if poss < 1 || poss == len(words)-1 {
		return -1
	}
	owner, role := strings.Join(words[:poss], " "), words[poss+1:]
	return t.onePerson(func(e *nlp.Entity) bool {
		k := e.First - 1 // the comma
		if e.Type != nlp.PERSON || t.quoted[e.First] || k-len(role) < 1 || a.Tokens[k].Text != "," || int(t.left[src]) <= e.First && e.First <= int(t.right[src]) {
			return false
		}
		sent := a.Tokens[e.First].Sent
		for j, w := range role {
			tk := &a.Tokens[k-len(role)+j]
			if tk.Sent != sent || strings.ToLower(tk.Text) != w {
				return false
			}
		}
		o := k - len(role) - 1 // the owner's last token
		if a.Tokens[o].Sent != sent {
			return false
		}
		if tk := &a.Tokens[o]; tk.UPOS == "PRON" && tk.Rel == "nmod:poss" {
			return strings.EqualFold(t.clusterProperName(o), owner)
		}
		if w := a.Tokens[o].Text; w != "'s" && w != "’s" {
			return false
		}
		lo := int(t.left[a.Tokens[o].Head])
		return lo < o && strings.EqualFold(strings.Join(strings.Fields(strings.ToLower(a.Span(lo, o))), " "), owner)
	})
}

// onePerson returns the one entity that fits (the same name written
// in several places counts once), or -1 when none or two do.
func (t *tree) onePerson(fits func(e *nlp.Entity) bool) int {
	found := -1
	for ei := range t.a.Entities {
		e := &t.a.Entities[ei]
		if !fits(e) {
			continue
		}
		if found >= 0 && t.a.Entities[found].Text != e.Text {
			return -1
		}
		found = ei
	}
	return found
}

// foremost are the words that make an office the first of its kind: "the
// union's lead negotiator" is its chief negotiator.
var foremost = makeSet(`lead chief head principal top`)

// titledAfter returns, for a description of whose role it is (its words
// in order, "the union's lead negotiator") that no name is written right
// after, the one person the story set the same role off after their name
// before src ("Nomvula Dlamini-Khumalo, the union's chief negotiator at
// Bokamoso,"): every word of the description in that appositive, a word
// of "lead", "chief", "top" answering for another; -1 when none or more
// than one.
func (t *tree) titledAfter(src int, words []string) int {
	a := t.a
	fits := func(apos []string, w string) bool {
		return slices.Contains(apos, w) || foremost[w] && slices.ContainsFunc(apos, func(x string) bool { return foremost[x] })
	}
	return t.onePerson(func(e *nlp.Entity) bool {
		if e.First >= src || e.Type != nlp.PERSON || t.quoted[e.First] || e.Last >= len(a.Tokens) || a.Tokens[e.Last].Text != "," {
			return false
		}
		var apos []string
		for k := e.Last + 1; k < len(a.Tokens) && k <= e.Last+appositionWords && a.Tokens[k].Sent == a.Tokens[e.First].Sent; k++ {
			tk := &a.Tokens[k]
			if tk.UPOS == "VERB" || tk.UPOS == "AUX" || tk.UPOS == "PUNCT" && tk.Text != "'s" && tk.Text != "’s" {
				break
			}
			apos = append(apos, strings.ToLower(tk.Text))
		}
		if len(apos) == 0 {
			return false
		}
		for _, w := range words {
			if w != "the" && w != "'s" && w != "’s" && !fits(apos, w) {
				return false
			}
		}
		return true
	})
}

// spanCluster returns the coreference cluster of the first mention head
// in tokens [first, last), or -1.
func (t *tree) spanCluster(first, last int) int {
	for k := first; k < last; k++ {
		if c := t.clusterAt(k); c >= 0 {
			return c
		}
	}
	return -1
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// agentNouns returns the nouns for one who does what verb (a lemma) says
// ("lead": "leader"; "chair": "chair"; "negotiate": "negotiator";
// "govern": "governor").
func agentNouns(verb string) []string {
	switch {
	case verb == "":
		return nil
	case strings.HasSuffix(verb, "ate"):
		return []string{verb[:len(verb)-1] + "or"}
	case strings.HasSuffix(verb, "e"):
		return []string{verb + "r"}
	}
	return []string{verb, verb + "er", verb + "or"}
}

// initialsIn reports whether w, two to four letters, is the initials of
// consecutive words of zone, which roleZone gathers backwards from the
// name as well as forwards ("hr" of "human resources" in "the company's
// human resources director").
func initialsIn(zone []string, w string) bool {
	n := len(w)
	if n < 2 || n > 4 || len(zone) < n {
		return false
	}
	for i := 0; i+n <= len(zone); i++ {
		fwd, back := true, true
		for k := 0; k < n && (fwd || back); k++ {
			fwd = fwd && zone[i+k] != "" && zone[i+k][0] == w[k]
			back = back && zone[i+k] != "" && zone[i+k][0] == w[n-1-k]
		}
		if fwd || back {
			return true
		}
	}
	return false
}
