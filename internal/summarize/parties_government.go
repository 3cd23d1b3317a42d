package summarize

// Governments, countries and legislatures for briefParties: the office a
// government role names, an official's home country, the countries a
// person travels to or calls their own, and lawmakers' political parties.

import (
	"bytes"
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// governmentBodies are the words of a national body that acts for its
// country ("the Chinese Foreign Ministry", "the US Treasury").
var governmentBodies = makeSet(`government ministry foreign-ministry department embassy cabinet treasury military
army navy administration kremlin presidency state-department foreign-office commerce-ministry trade-ministry office`)

// govOffice returns the office a government role phrase [lo, hi] names,
// as a key two holders of one office share: "head" for a head of state or
// government (a president, a prime minister, a premier, a chancellor, a
// leader, a monarch), or a minister's or secretary's portfolio ("foreign",
// "finance"); "" for any other role, a deputy's or a former holder's.
func (t *tree) govOffice(lo, hi, h int) string {
	a := t.a
	// A role is a short phrase around its head: words further than
	// maxRoleWords from it belong to something else (and a run-on
	// sentence must not cost a scan per word).
	lo, hi = max(lo, 0, h-maxRoleWords), min(hi, len(a.Tokens)-1, h+maxRoleWords)
	// Conjunctions between the head and each word, counted once.
	var cc [2*maxRoleWords + 2]int16
	for k := lo; k <= hi; k++ {
		cc[k-lo+1] = cc[k-lo]
		if a.Tokens[k].UPOS == "CCONJ" {
			cc[k-lo+1]++
		}
	}
	between := func(i int) bool { // a conjunction strictly between i and h
		from, to := max(min(i, h)+1, lo), min(max(i, h), hi+1) // tokens [from, to)
		return to > from && cc[to-lo]-cc[from-lo] > 0
	}
	var wb [16]string // the words, on the stack when few
	words := wb[:0]
	for i := lo; i <= hi; i++ {
		switch a.Tokens[i].Rel {
		case "acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj":
			if i != h {
				i = int(t.right[i])
				continue
			}
		}
		if between(i) {
			continue
		}
		words = append(words, a.Tokens[i].Text)
	}
	return officeOf(words)
}

// maxRoleWords bounds how far from its head a role phrase reaches.
const maxRoleWords = 40

// officeOf returns the office (see govOffice) the words of a role name.
func officeOf(words []string) string {
	var buf [lowerBufLen]byte // a word's lower case, on the stack when short
	// The word before in lower case, kept (a string of its own) only
	// where a test below reads it: "vice", "deputy", "former", "ex",
	// "prime" or a portfolio.
	prev := ""
	deputy := false // "deputy foreign minister": the deputy's, not the office
	for _, raw := range words {
		w := string(lowerBytes(buf[:0], strings.Trim(raw, ".,")))
		p := prev
		prev = ""
		if w == "vice" || w == "deputy" || w == "former" || w == "ex" || w == "prime" || portfolios[w] {
			prev = strings.Clone(w)
		}
		switch {
		case p == "vice" || p == "deputy" || strings.HasPrefix(w, "vice-") || strings.HasPrefix(w, "deputy-"):
			deputy = true
		case p == "former" || p == "ex" || strings.HasPrefix(w, "ex-"):
			return "" // no longer in office
		}
		if deputy {
			continue
		}
		switch w {
		case "president", "premier", "chancellor", "leader", "king", "queen", "monarch", "emir":
			return "head"
		case "minister", "secretary":
			if p == "prime" {
				return "head"
			}
			if portfolios[p] {
				return p
			}
		}
	}
	return ""
}

// formerWord reports whether w (lower case) says an office is held no
// longer: "former", "ex", "ex-".
func formerWord(w string) bool {
	return w == "former" || w == "ex" || strings.HasPrefix(w, "ex-")
}

// portfolios are the ministries a minister's or secretary's title names.
var portfolios = makeSet(`foreign finance trade defence defense interior home economy energy commerce treasury
justice health education agriculture environment transport labour labor`)

// travelVerbs move their subject to or from a place.
var travelVerbs = makeSet(`visit depart leave arrive travel fly head tour land`)

// travelledCountries returns the countries a person's mention at token h
// travels to, from or around as the subject of a verb of travel ("Obama
// departs the UK for Germany", "she visits China").
func (d *doc) travelledCountries(t *tree, h int, entOf []int, kind []string) []int {
	a := t.a
	if !strings.HasPrefix(a.Tokens[h].Rel, "nsubj") || a.Tokens[h].Head < 0 {
		return nil
	}
	v := a.Tokens[h].Head
	if !lowerIn(travelVerbs, a.Tokens[v].Lemma) {
		return nil
	}
	var out []int
	for _, c := range t.children(v) {
		ct := &a.Tokens[c]
		if ct.Rel != "obj" && ct.Rel != "obl" || ct.Start < 0 {
			continue
		}
		if mi := d.mentionAt(ct.Start); mi >= 0 {
			if o := entOf[mi]; o >= 0 && kind[o] == KindCountry {
				out = append(out, o)
			}
		}
	}
	return out
}

// homeCountry returns the country an official of a story with several
// countries serves, or -1: of the countries the name lists know that the
// story names more than once and that act or speak in it, those whose office (see govOffice) another
// official already holds and those the official travels to or from are
// left out, and the one left, if one is, is theirs.
func (d *doc) homeCountry(ei int, office string, held map[[2]string]bool, moved []int, kind []string, stats []partyStats) int {
	home := -1
	for ci := range d.ents {
		c := &d.ents[ci]
		if ci == ei || kind[ci] != KindCountry || c.kind != KindCountry || placePair(c.name) || c.mentions < 2 || stats[ci].agent+stats[ci].spoke == 0 ||
			held[[2]string{c.name, office}] || slices.Contains(moved, ci) {
			continue
		}
		if home >= 0 {
			return -1
		}
		home = ci
	}
	return home
}

// spokesRole reports whether role r is a spokesperson's.
func spokesRole(r string) bool {
	return r == "spokesman" || r == "spokeswoman" || r == "spokesperson"
}

// ownedRole reports whether role noun r says whose it is: a possessor,
// a name or a noun before it ("ministry spokesman", "Kremlin
// spokesman"), or a "for", "of" or "at" phrase after it.
func (t *tree) ownedRole(r int) bool {
	a := t.a
	for _, c := range t.children(r) {
		switch ct := &a.Tokens[c]; ct.Rel {
		case "nmod:poss", "compound":
			if int(c) < r {
				return true
			}
		case "nmod":
			if cs := t.caseOf(int(c)); cs == "for" || cs == "of" || cs == "at" {
				return true
			}
		}
	}
	return false
}

// subjectBodyBefore returns the country or body that is the subject of
// the sentence before token h's, or -1.
func (d *doc) subjectBodyBefore(t *tree, h int, entOf []int, kind []string) int {
	a := t.a
	s := a.Tokens[h].Sent - 1
	if s < 0 {
		return -1
	}
	r := t.sentenceRoot(s)
	if r < 0 {
		return -1
	}
	subj := t.subjectChild(r)
	if subj < 0 {
		return -1
	}
	// "China's commerce ministry": the ministry's owner when the
	// ministry itself is no entity.
	for _, k := range []int{subj, t.child(subj, "nmod:poss"), t.child(subj, "compound")} {
		if k < 0 || a.Tokens[k].Start < 0 {
			continue
		}
		if mi := d.mentionAt(a.Tokens[k].Start); mi >= 0 && entOf[mi] >= 0 {
			if e := entOf[mi]; kind[e] == KindCountry || kind[e] == KindOrganisation {
				return e
			}
		}
	}
	return -1
}

// ownCountries returns pairs of a quote's speaker and the country the
// quote calls theirs: "my country" or "our country" followed by the
// country's name ("my country, Britain").
func (d *doc) ownCountries(t *tree, quotes []Quote, entOf []int, kind []string) [][2]int {
	a := t.a
	var out [][2]int
	for i := range a.Tokens {
		if l := a.Tokens[i].Lemma; !t.quoted[i] || !nlp.EqualFoldLower(l, "country") && !nlp.EqualFoldLower(l, "nation") {
			continue
		}
		poss := t.child(i, "nmod:poss")
		if w := ""; poss >= 0 {
			w = strings.ToLower(a.Tokens[poss].Text)
			if w != "my" && w != "our" {
				continue
			}
		} else {
			continue
		}
		// The name set off by a comma after it, whatever the parser
		// hung it from (an apposition, a conjunct).
		c := i + 2
		if c >= len(a.Tokens) || a.Tokens[i+1].Text != "," || a.Tokens[c].Start < 0 || a.Tokens[c].Sent != a.Tokens[i].Sent {
			continue
		}
		mi := d.mentionAt(a.Tokens[c].Start)
		if mi < 0 {
			continue
		}
		o := entOf[mi]
		if o < 0 || kind[o] != KindCountry {
			continue
		}
		at := a.Tokens[i].Start
		for _, q := range quotes {
			if !slices.ContainsFunc(q.Spans, func(sp [2]int) bool { return at >= sp[0] && at < sp[1] }) {
				continue
			}
			if p := d.entityOfSpeaker(q.Speaker); p >= 0 {
				out = append(out, [2]int{p, o})
			}
			break
		}
	}
	return out
}

// partyTagAfter returns the party a US party-and-state tag right after a
// person's mention names ("Jim McGovern, D-Mass." gives "Democrats",
// "Paul Ryan (R-Wis.)" "Republicans"), or "".
func (d *doc) partyTagAfter(m *mention) string {
	j := m.t1
	if j < len(d.toks) && (d.toks[j].text == "," || d.toks[j].text == "(") {
		j++
	}
	if j >= len(d.toks) || j >= d.sentTok[m.sent+1] || !isPartyTag(d.toks[j].text) {
		return ""
	}
	switch d.toks[j].text[0] {
	case 'D':
		return gazetteer["democrats"].name
	case 'R':
		return gazetteer["republicans"].name
	}
	return ""
}

// committee reports whether a body's name is a committee's ("Rules
// Committee").
func committee(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), " committee")
}

// lawmakerWords are the titles and roles of members of a legislature.
var lawmakerWords = makeSet(`senator sen representative rep congressman congresswoman lawmaker legislator speaker leader
whip mp chairman chairwoman`)

// lawmaker reports whether a person carries a lawmaker's title or role in
// one of their mentions ("Sen. Tim Kaine", "Majority Leader…"); mentions
// are the indexes of its mentions.
func (d *doc) lawmaker(ei int, mentions []int) bool {
	for _, r := range d.ents[ei].roles {
		if lawmakerWords[r] {
			return true
		}
	}
	for _, mi := range mentions {
		for _, w := range strings.Fields(strings.ToLower(d.mentions[mi].role)) {
			if lawmakerWords[strings.Trim(w, ".,")] {
				return true
			}
		}
	}
	return false
}

// inReported reports whether token h stands in a clause a verb reports
// (a clausal complement): "Ocampo said Republicans had walked away" names
// the party he speaks of, not his own.
func (t *tree) inReported(h int) bool {
	a := t.a
	for k := 0; h >= 0 && k < 12; k++ {
		if a.Tokens[h].Rel == "ccomp" {
			return true
		}
		h = a.Tokens[h].Head
	}
	return false
}

// partyAround returns the political party the sentences mentioning a
// person name most often outside quotation marks, or -1 when none or a
// tie. A party named only as the owner of a thing ("called the
// Democratic plan a wish list", "the Republicans' bill") counts for
// neither side: lawmakers speak of their rivals' plans as often as of
// their own. idx lists the mentions of each entity and each sentence.
func (d *doc) partyAround(t *tree, ei int, entOf []int, kind []string, idx mentionIndex) int {
	var sents []int
	first := -1
	for _, mi := range idx.ofEnt[ei] {
		sents = append(sents, d.mentions[mi].sent)
		if first < 0 {
			first = d.mentions[mi].sent
		}
	}
	slices.Sort(sents)
	sents = slices.Compact(sents)
	// count reads the mentions of the sentences in (sorted, without
	// repeats); the votes do not depend on the order they are read in.
	count := func(in []int, subjects bool) int {
		votes := map[int]int{}
		for _, si := range in {
			if si < 0 || si >= len(idx.inSent) {
				continue
			}
			for _, mi := range idx.inSent[si] {
				m := &d.mentions[mi]
				o := entOf[mi]
				if o < 0 || m.inQuote || kind[o] != KindOrganisation {
					continue
				}
				if h := t.mentionHead(d, m); t.ownerOfThing(h) || subjects && (h < 0 || !strings.HasPrefix(t.a.Tokens[h].Rel, "nsubj")) || t.inReported(h) {
					continue
				}
				if o = d.politicalPartyOf(o); o < 0 || o == ei {
					continue
				}
				votes[o]++
			}
		}
		best, n, tie := -1, 0, false
		for o, v := range votes {
			switch {
			case v > n:
				best, n, tie = o, v, false
			case v == n:
				tie = true
			}
		}
		if tie {
			return -1
		}
		return best
	}
	// The sentence that introduces them first, then all of theirs, then
	// the one before the introduction ("Other Republicans are wary. Sen.
	// Ann Cole said…"), where its subject decides between two parties
	// ("Democrats accused Republicans of… Sen. Ann Cole told reporters").
	if s := count([]int{first}, false); s >= 0 {
		return s
	}
	if s := count(sents, false); s >= 0 || first <= 0 {
		return s
	}
	if s := count([]int{first - 1}, false); s >= 0 {
		return s
	}
	return count([]int{first - 1}, true)
}

// mentionIndex lists the indexes of the mentions of each entity (ofEnt)
// and of each sentence (inSent), each list in the order of d.mentions.
type mentionIndex struct {
	ofEnt, inSent [][]int
}

// mentionLists builds the mentionIndex of the document; entOf gives each
// mention's entity (or -1).
func (d *doc) mentionLists(entOf []int) mentionIndex {
	idx := mentionIndex{ofEnt: make([][]int, len(d.ents)), inSent: make([][]int, len(d.sents))}
	for mi := range d.mentions {
		if e := entOf[mi]; e >= 0 && e < len(idx.ofEnt) {
			idx.ofEnt[e] = append(idx.ofEnt[e], mi)
		}
		if s := d.mentions[mi].sent; s >= 0 && s < len(idx.inSent) {
			idx.inSent[s] = append(idx.inSent[s], mi)
		}
	}
	return idx
}

// politicalPartyOf returns the political party entity o is or is a
// group of ("Senate Republicans" where the story also names the
// Republicans), or -1.
func (d *doc) politicalPartyOf(o int) int {
	e := &d.ents[o]
	if politicalParty(e.name) {
		return o
	}
	if len(e.tokens) < 2 {
		return -1
	}
	if party, ok := memberParty(e.tokens[len(e.tokens)-1]); ok {
		return d.entityNamed(party)
	}
	return -1
}

// memberParty returns the political party a word (lower case) names as
// its adjective or its member's noun ("democratic", "republican"), as the
// name lists give it.
func memberParty(w string) (string, bool) {
	g, ok := gazetteer[w]
	if !ok || g.kind != KindOrganisation || !politicalParty(g.name) {
		return "", false
	}
	return g.name, true
}

// partyMember reports whether a name ends in a political party's member
// noun ("an Arkansas Republican", "the California Democrat").
func partyMember(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	_, ok := memberParty(f[len(f)-1])
	return ok
}

// ownerOfThing reports whether token h qualifies or owns a noun that
// names no person ("the Democratic plan", "Republicans' bill"; not
// "Democratic senators").
func (t *tree) ownerOfThing(h int) bool {
	if h < 0 {
		return false
	}
	a := t.a
	switch a.Tokens[h].Rel {
	case "amod", "nmod:poss", "compound":
	default:
		return false
	}
	n := a.Tokens[h].Head
	if n < 0 || a.Tokens[n].UPOS != "NOUN" {
		return false
	}
	return !lowerIn(partyNouns, a.Tokens[n].Lemma) && !t.personNoun(n)
}

// legislatures are the chambers where political parties sit (lower case,
// spaces as hyphens).
var legislatures = makeSet(`congress senate house house-of-representatives parliament commons house-of-commons
house-of-lords lords capitol`)

// politicalParty reports whether a name is a political party's: its name
// or one the name lists give it ends in "Party" ("Democrats", the
// "Democratic Party").
func politicalParty(name string) bool {
	var buf [lowerBufLen]byte
	l := lowerBytes(buf[:0], name)
	if bytes.HasSuffix(l, []byte(" party")) {
		return true
	}
	g, ok := gazetteer[string(l)]
	if !ok {
		return false
	}
	for _, a := range lowerIn(aliases, g.name) {
		if strings.HasSuffix(a, " party") {
			return true
		}
	}
	return false
}

// governmentRole reports whether tokens [lo, hi], the role phrase of a
// name headed at h, name an office of a national government (a minister,
// a chancellor, a secretary, an ambassador or envoy, a president), and
// whether it is a president's. A role with a body's word ("union
// president", "general secretary") is that body's; a former holder's
// ("former President Bill Clinton") is none.
func (t *tree) governmentRole(lo, hi, h int) (president, ok bool) {
	a := t.a
	for i := max(lo, 0); i <= hi && i < len(a.Tokens); i++ {
		switch a.Tokens[i].Rel {
		case "acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj":
			if i != h {
				i = int(t.right[i])
				continue
			}
		}
		w := strings.ToLower(strings.TrimSuffix(a.Tokens[i].Text, "."))
		prev := ""
		if i > 0 {
			prev = strings.ToLower(a.Tokens[i-1].Text)
		}
		switch {
		case bodyKinds[w] || orgWords[w] && !governmentWords[w]:
			return false, false
		case formerWord(w):
			// "Former President Bill Clinton": no longer in office, so
			// on no government's side by his title.
			return false, false
		case w == "minister" || w == "premier" || w == "chancellor" || w == "ambassador" || w == "envoy":
			ok = true
		case w == "secretary" && prev != "general":
			ok = true
		case w == "president" || w == "president-elect":
			ok, president = true, true
		case w == "government" && i != h && (a.Tokens[i].Rel == "nmod:poss" || a.Tokens[i].Rel == "compound"):
			// "The government's chief negotiator", "a government
			// spokesman": whoever speaks for the government.
			ok = true
		}
	}
	return president, ok
}

// governmentWords are the body words that a national office's title may
// hold ("Secretary of State", "Foreign Office minister").
var governmentWords = makeSet(`state office government cabinet treasury foreign national federal`)
