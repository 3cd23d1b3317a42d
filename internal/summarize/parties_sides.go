package summarize

// How a party's mention reads in the dependency tree (its head, whether it
// acts, is dealt with or is only a place), and for a person the role
// phrase around the name: the side it names (sideOf, describedSide), and
// the roles that make someone an outside voice or a company's officer
// rather than a side's.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// dealtWith reports whether the noun modifier at h is marked as a side
// dealt with ("talks with Iran", "sanctions against Russia").
func (t *tree) dealtWith(h int) bool {
	c := t.child(h, "case")
	if c < 0 {
		return false
	}
	switch strings.ToLower(t.a.Tokens[c].Text) {
	case "with", "against", "between", "by", "toward", "towards":
		return true
	}
	return false
}

// placePrepositions mark a mention that only says where something is or
// happens.
var placePrepositions = makeSet(`in at from across throughout within near into inside outside around via over`)

// mentionHead returns the tree token that heads a mention's name: the
// token of the name whose head lies outside it, or -1.
func (t *tree) mentionHead(d *doc, m *mention) int {
	if m.n0 >= len(d.toks) || m.t1 == 0 || m.t1 > len(d.toks) {
		return -1
	}
	first := t.tokenAt(d.toks[m.n0].start)
	last := t.tokenAt(d.toks[m.t1-1].start)
	if first >= len(t.a.Tokens) || last >= len(t.a.Tokens) || last < first {
		return -1
	}
	for i := last; i >= first; i-- {
		if h := t.a.Tokens[i].Head; h < first || h > last {
			return i
		}
	}
	return last
}

// firmNoun reports whether the head of the modifier at i is a noun of a
// business ("firm", "company", "bank"), not of a government body.
func (t *tree) firmNoun(i int) bool {
	h := t.a.Tokens[i].Head
	if h < 0 || t.a.Tokens[h].UPOS != "NOUN" {
		return false
	}
	l := strings.ToLower(t.a.Tokens[h].Lemma)
	return (bodyKinds[l] || corporateNouns[l]) && !governmentBodies[l] && l != "party" && l != "union"
}

// actsThroughHead reports whether the noun a modifier hangs from is a
// subject ("Russian officials said", "Moscow's envoy warned"). A poll's
// or a survey's name is who ran it: what it found is what the people it
// asked said, not its maker's act ("a Harbury College poll found").
func (t *tree) actsThroughHead(i int) bool {
	h := t.a.Tokens[i].Head
	if h < 0 {
		return false
	}
	if t.a.Tokens[i].Rel == "compound" && pollNouns[strings.ToLower(t.a.Tokens[h].Lemma)] {
		return false
	}
	r := t.a.Tokens[h].Rel
	return strings.HasPrefix(r, "nsubj") || r == "obl:agent"
}

// pollNouns name the counts of opinion a pollster makes.
var pollNouns = makeSet(`poll polls survey surveys`)

// coordinatedBetween reports whether a coordinating conjunction stands
// between tokens i and j.
func (t *tree) coordinatedBetween(i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if t.a.Tokens[k].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

// runsFor reports whether the modifier at i names the office a candidate
// runs for: "White House" in "White House hopeful Hillary Clinton".
func (t *tree) runsFor(i int) bool {
	h := t.a.Tokens[i].Head
	for j := i + 1; j <= h && j < len(t.a.Tokens); j++ {
		if lowerIn(candidateNouns, t.a.Tokens[j].Text) {
			return true
		}
	}
	return false
}

// placeMarked reports whether an oblique or a nominal modifier is marked as
// a place ("in Geneva", "from Moscow").
func (t *tree) placeMarked(i int) bool {
	c := t.child(i, "case")
	return c >= 0 && lowerIn(placePrepositions, t.a.Tokens[c].Text)
}

// sideOf returns the country or body a person's mention names them for,
// or -1: a country, body or nationality in the words before the name in
// its noun phrase ("Chinese Foreign Ministry spokesman Lu Kang", "Russia's
// foreign minister Sergei Lavrov"), or in an apposition after it ("Nancy
// Pelosi, the Democratic leader"). kind gives each entity's party kind.
func (d *doc) sideOf(t *tree, m *mention, h int, entOf []int, kind []string) int {
	a := t.a
	lo, hi := d.roleSpan(t, m, h)
	// A candidate runs in their own name: "White House hopeful Hillary
	// Clinton" is not the White House's.
	// Nor does a former holder speak for the body: "Vance, a former
	// Democratic National Committee chairwoman".
	var buf [lowerBufLen]byte // a word's lower case, on the stack when short
	for i := lo; i <= hi && i < len(a.Tokens); i++ {
		if w := string(lowerBytes(buf[:0], a.Tokens[i].Text)); candidateNouns[w] || formerWord(w) {
			return -1
		}
	}
	nameLo, nameHi := h, h // the tokens of the name itself
	if m.n0 < m.t1 && m.t1 <= len(d.toks) {
		nameLo, nameHi = t.tokenAt(d.toks[m.n0].start), t.tokenAt(d.toks[m.t1-1].start)
	}
	best, bestDist := -1, 1<<30
	for i := lo; i <= hi && i < len(a.Tokens); i++ {
		if t.quoted[i] || a.Tokens[i].Start < 0 {
			continue
		}
		switch a.Tokens[i].Rel {
		case "acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj":
			// Another clause: its names are not the person's side. A
			// clause the name is set beside is its own ("Among the
			// backers is Ann Cole, a founder of Verdan").
			if i != h && !(a.Tokens[h].Head == i && a.Tokens[h].Rel == "appos") {
				i = int(t.right[i])
				continue
			}
		}
		ti := d.tokAt(a.Tokens[i].Start)
		if ti >= len(d.toks) || ti >= len(d.tokMent) || d.toks[ti].start != a.Tokens[i].Start {
			continue
		}
		mi := d.tokMent[ti]
		o := -1
		if mi >= 0 && &d.mentions[mi] == m {
			// "Lisdale Mayor Ann Ford": a town's name the mention holds
			// in the person's title, set before one of its offices, is
			// the town the story names elsewhere (the parser may hang
			// the title's words in any order: a flat name).
			if ti >= m.n0 || a.Tokens[i].UPOS != "PROPN" || i+1 >= len(a.Tokens) || !lowerIn(townOffices, a.Tokens[i+1].Lemma) {
				continue
			}
			if o = d.entityNamed(a.Tokens[i].Text); o < 0 || o == m.ent || kind[o] != KindOrganisation && kind[o] != KindCountry {
				continue
			}
		} else if mi >= 0 {
			o = entOf[mi]
		}
		// "Robert Zoellick, US Trade Representative": a title with no
		// name of its own still names its country.
		if o < 0 && (mi < 0 || d.mentions[mi].titleOnl) {
			if g, ok := lowerHas(gazetteer, a.Tokens[i].Text); ok && (g.kind == KindCountry || g.kind == KindOrganisation) {
				o = d.entityNamed(g.name)
			}
		}
		// "Her spokesman, Drew Hammill": the person the pronoun stands
		// for owns the role.
		if o < 0 && a.Tokens[i].UPOS == "PRON" && t.ownsRole(i) {
			if c := t.clusterAt(i); c >= 0 && a.Clusters[c].Type == nlp.PERSON && a.Clusters[c].Name != "" {
				o = d.entityNamed(a.Clusters[c].Name)
			}
		}
		if o < 0 || o == m.ent || len(d.ents[o].tokens) > 0 && honourWords[d.ents[o].tokens[len(d.ents[o].tokens)-1]] {
			// An honour is no side: "Nobel Peace Prize laureate Aung
			// San Suu Kyi".
			continue
		}
		// "At the Port of Savannah, longshoreman Marcus Reed": a place
		// set off before the name says where the person is, whatever
		// the parser hung the name on.
		if i < nameLo && t.commaBetween(i, nameLo) {
			ph := i
			if a.Tokens[i].Rel == "nmod" && a.Tokens[i].Head >= 0 && t.caseOf(i) == "of" {
				ph = a.Tokens[i].Head
			}
			if t.placeMarked(ph) {
				continue
			}
		}
		// A capital names where something happens ("a Brussels
		// summit"), not whose side someone is on; "Moscow's envoy" does.
		if w := strings.ToLower(a.Tokens[i].Text); capitals[w] && !(i+1 < len(a.Tokens) && a.Tokens[i+1].Rel == "case") {
			continue
		}
		// A town the name lists do not know is a side only through its
		// offices and roles: "Hale, a Port Arlow businessman" is from
		// it.
		if kind[o] == KindCountry && d.ents[o].kind == "" && t.townOrigin(i) {
			continue
		}
		// A country the role is in or about says where or what, not
		// whose: "a leading advocate for human rights in Burma", "now a
		// consultant on Burma".
		if hd := t.nameHead(i); kind[o] == KindCountry && lowerIn(topicPlaces, t.caseOf(hd)) {
			continue
		}
		// A customer or a critic of a body deals with it; they are not
		// on its side ("Peter Morency, a Verizon customer").
		if hd := a.Tokens[i].Head; hd >= 0 && lowerIn(outsiderNouns, a.Tokens[hd].Lemma) {
			continue
		}
		// A place after a name says where the person is from or is
		// ("Sen. Ann Cole of Ohio", "met Governor Luis Ortega in
		// Sacramento"), not whose side they are on.
		if hd := a.Tokens[i].Head; hd >= nameLo && hd <= nameHi && kind[o] != KindOrganisation && d.ents[o].kind == "" {
			if c := t.child(i, "case"); c >= 0 && (nlp.EqualFoldLower(a.Tokens[c].Text, "of") || nlp.EqualFoldLower(a.Tokens[c].Text, "from") || nlp.EqualFoldLower(a.Tokens[c].Text, "in")) {
				continue
			}
		}
		// An envoy is sent by one side to another: "the European Union's
		// ambassador to the WTO" is on the EU's side, not the WTO's.
		// So is "Afghan Ambassador to the United States Hamdullah
		// Mohib", with the place hung from the name.
		if hd := a.Tokens[i].Head; hd >= 0 && (lowerIn(envoyNouns, a.Tokens[hd].Lemma) || hd >= nameLo && hd <= nameHi && t.envoyBefore(lo, i)) {
			if c := t.child(i, "case"); c >= 0 && nlp.EqualFoldLower(a.Tokens[c].Text, "to") {
				continue
			}
		}
		// A side is a country, a body or a group: by the entity model's
		// type, or by the name lists' where the model took a name they
		// leave untyped for a person ("Deutsche Boerse chief…").
		// A person is a side only as the owner of the role: "Jennifer
		// Palmieri, Mrs. Clinton's communications director".
		if !sideKind(kind[o]) && !sideKind(d.ents[o].kind) && !(kind[o] == KindPerson && t.ownsRole(i)) {
			continue
		}
		// "The Fire Brigades Union and Unison": a name coordinated with
		// the person's is not their side, whatever the parser made of it.
		if t.coordinatedBetween(i, h) {
			continue
		}
		dist := abs(i - h)
		if t.bodyOfRole(i) {
			// The body the role is of or for ("country director for
			// the Norwegian Refugee Council") outranks a name nearer
			// the person ("Speaking from Port Sudan, Amira Osman, …").
			dist -= 1 << 20
		}
		if dist < bestDist {
			best, bestDist = o, dist
		}
	}
	if best < 0 {
		best = d.officeBefore(t, m, entOf, kind)
	}
	return best
}

// officeBefore returns the town or body whose office stands just before
// a person's title, outside the span the parser gave the role ("Lisdale
// police | Chief Carl Bremner said"): the name before the office noun,
// where it is an organisation's or a place's; or -1.
func (d *doc) officeBefore(t *tree, m *mention, entOf []int, kind []string) int {
	if m.t0 < 2 || m.t0 >= len(d.toks) {
		return -1
	}
	i := t.tokenAt(d.toks[m.t0].start)
	if i < 2 || !lowerIn(townOffices, t.a.Tokens[i-1].Lemma) || t.a.Tokens[i-2].UPOS != "PROPN" || t.quoted[i-2] {
		return -1
	}
	ti := d.tokAt(t.a.Tokens[i-2].Start)
	if ti >= len(d.toks) || ti >= len(d.tokMent) || d.toks[ti].start != t.a.Tokens[i-2].Start {
		return -1
	}
	mi := d.tokMent[ti]
	if mi < 0 || &d.mentions[mi] == m {
		return -1
	}
	if o := entOf[mi]; o >= 0 && o != m.ent && (kind[o] == KindOrganisation || kind[o] == KindCountry) {
		return o
	}
	return -1
}

// bodyOfRole reports whether the name at token i is what a role word is
// of or for: "for" or "of" before it (or its possessive), with the role
// word as its head, or the head of the phrase it heads ("director for
// the Norwegian Refugee Council", "the union's negotiator").
func (t *tree) bodyOfRole(i int) bool {
	a := t.a
	// The name's head word: "Council" of "the Norwegian Refugee Council".
	n := i
	for k := 0; k < 4 && a.Tokens[n].Head >= 0 && (a.Tokens[n].Rel == "compound" || a.Tokens[n].Rel == "flat" || a.Tokens[n].Rel == "amod"); k++ {
		n = a.Tokens[n].Head
	}
	hd := a.Tokens[n].Head
	if hd < 0 || a.Tokens[n].UPOS != "PROPN" || !roleWord(a.Tokens[hd].Text) {
		return false // "chairman of ALPA's Meridian unit" is of a unit
	}
	switch a.Tokens[n].Rel {
	case "nmod:poss":
		return true
	case "nmod":
		c := t.caseOf(n)
		return c == "for" || c == "of"
	}
	return false
}

// describedSide returns the country or body a role description in the
// coreference cluster of the name at token h names as its modifier ("The
// Chinese finance minister", "Britain's foreign secretary"), or -1. Only
// descriptions outside quotation marks, headed by a role's noun, count.
func (d *doc) describedSide(t *tree, h, self int, entOf []int, kind []string) int {
	a := t.a
	c := t.clusterAt(h)
	if c < 0 {
		return -1
	}
	for _, mi := range a.Clusters[c].Mentions {
		mm := &a.Mentions[mi]
		if mm.Kind != nlp.NominalMention || mm.Head < 0 || mm.Head >= len(a.Tokens) || t.quoted[mm.Head] {
			continue
		}
		if hd := &a.Tokens[mm.Head]; hd.UPOS != "NOUN" || !lowerIn(roleHeads, hd.Lemma) {
			continue
		}
		for i := mm.First; i < mm.Last && i < mm.Head; i++ {
			// The head's own modifiers, or a compound's ("Chinese |
			// finance minister").
			hi := a.Tokens[i].Head
			if hi != mm.Head && !(hi >= 0 && hi < mm.Head && a.Tokens[hi].Rel == "compound" && a.Tokens[hi].Head == mm.Head) {
				continue
			}
			if r := a.Tokens[i].Rel; r != "amod" && r != "compound" && r != "nmod:poss" {
				continue
			}
			if mj := d.mentionAt(a.Tokens[i].Start); mj >= 0 {
				if o := entOf[mj]; o >= 0 && o != self && (kind[o] == KindCountry || kind[o] == KindOrganisation) {
					return o
				}
			}
		}
	}
	return -1
}

// describedRole returns the tokens [lo, hi] of the first role description
// outside quotation marks in the coreference cluster of the name at token
// h ("The foreign secretary told MPs…"), or -1, -1.
func (t *tree) describedRole(h int) (int, int) {
	a := t.a
	c := t.clusterAt(h)
	if c < 0 {
		return -1, -1
	}
	for _, mi := range a.Clusters[c].Mentions {
		mm := &a.Mentions[mi]
		if mm.Kind != nlp.NominalMention || mm.Head < 0 || mm.Head >= len(a.Tokens) || t.quoted[mm.Head] {
			continue
		}
		if hd := &a.Tokens[mm.Head]; hd.UPOS == "NOUN" && lowerIn(roleHeads, hd.Lemma) {
			return mm.First, mm.Head
		}
	}
	return -1, -1
}

// outsiderNouns name people who deal with a body without being on its
// side: its customers, its critics, its rivals.
var outsiderNouns = makeSet(`customer client critic rival competitor opponent analyst observer resident voter fan user
subscriber passenger patient consumer shopper tenant visitor neighbor neighbour commuter viewer reader student`)

// ownsRole reports whether token i is the possessor of a role noun
// ("Clinton's" in "Clinton's communications director") or the person an
// aide serves ("an adviser to President Ilham Aliyev").
func (t *tree) ownsRole(i int) bool {
	a := t.a
	if r := a.Tokens[i].Rel; r == "nmod" && a.Tokens[i].UPOS == "PROPN" && a.Tokens[i].Head >= 0 {
		// "a foreign policy adviser to President Ilham Aliyev", "a
		// spokeswoman for Clinton": an aide serves the person named.
		if c := t.caseOf(i); c == "to" || c == "for" {
			return lowerIn(aideNouns, a.Tokens[a.Tokens[i].Head].Lemma)
		}
	}
	if r := a.Tokens[i].Rel; r != "nmod:poss" && !(r == "compound" && a.Tokens[i].UPOS == "PROPN") || a.Tokens[i].Head < 0 {
		return false
	}
	h := a.Tokens[i].Head
	// The parser may hang the owner from the role's first noun
	// ("Clinton's | communications director").
	for a.Tokens[h].Rel == "compound" && a.Tokens[h].Head > h {
		h = a.Tokens[h].Head
	}
	hd := &a.Tokens[h]
	// A person's campaign or team the role is in: "a senior adviser to
	// the Lind campaign", "the Lind campaign's press secretary".
	if hd.UPOS == "NOUN" && lowerIn(teamNouns, hd.Lemma) && hd.Head >= 0 && (hd.Rel == "nmod" || hd.Rel == "nmod:poss") {
		r := &a.Tokens[hd.Head]
		return r.UPOS == "NOUN" && (lowerIn(aideNouns, r.Lemma) || lowerIn(roleHeads, r.Lemma)) && !lowerIn(commentatorNouns, r.Lemma)
	}
	return hd.UPOS == "NOUN" && lowerIn(roleHeads, hd.Lemma) && !lowerIn(commentatorNouns, hd.Lemma)
}

// teamNouns name the people who work for a person as one body ("the
// Lind campaign", "Lind's team").
var teamNouns = makeSet(`campaign team staff`)

// aideNouns name people who serve another person ("an adviser to the
// president").
var aideNouns = makeSet(`adviser advisor aide spokesman spokeswoman spokesperson assistant counsellor counselor`)

// honourWords end the names of honours, which name what a person won,
// not whose side they are on.
var honourWords = makeSet(`prize prizes award awards medal trophy cup laureate`)

// candidateNouns name people who run for an office in their own name.
var candidateNouns = makeSet(`candidate candidates hopeful hopefuls nominee contender challenger frontrunner front-runner`)

// envoyNouns name people one side sends to another.
var envoyNouns = makeSet(`ambassador envoy delegate representative emissary commissioner attache consul
minister observer`)

// sideKind reports whether an entity of party kind k can be a person's
// side.
func sideKind(k string) bool {
	switch k {
	case KindCountry, KindOrganisation, KindGroup, "":
		return true
	}
	return false
}

// expertRole reports whether the role phrase [lo, hi] makes its person
// an outside voice: a researcher, a commentator or a reporter ("executive
// director of the Arms Institute", "a fellow at…", "BBC correspondent"),
// or, where the body is a place of study, no role at all ("Dana Reyes of
// Harbury University").
func (t *tree) expertRole(lo, hi int, study bool) bool {
	a := t.a
	role := false
	for i := max(lo, 0); i <= hi && i < len(a.Tokens); i++ {
		if a.Tokens[i].UPOS != "NOUN" || t.quoted[i] {
			continue
		}
		l := strings.ToLower(a.Tokens[i].Lemma)
		if commentatorNouns[l] || expertNouns[l] {
			return true
		}
		role = role || roleHeads[l] || titleWords[l]
	}
	return study && !role
}

// expertNouns are roles of outside voices besides commentators'.
var expertNouns = makeSet(`director co-director correspondent reporter editor columnist`)

// academic reports whether a body's name is a place of study or research
// ("Harbury University", "the Institute for Trade Studies").
func academic(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if studyWords[w] {
			return true
		}
	}
	return false
}

// studyWords name places of study and research.
var studyWords = makeSet(`university college institute institution school centre center endowment academy
think-tank`)

// firmRoles are the roles of people who run or own a firm.
var firmRoles = makeSet(`boss ceo chairman chairwoman director manager owner proprietor`)

// commentatorNouns are the roles of people a story quotes for comment on
// the talks, not for a side in them.
var commentatorNouns = makeSet(`analyst economist professor expert scholar researcher fellow strategist historian
lecturer academic pollster commentator observer specialist scientist moderator host anchor journalist
correspondent reporter columnist editor pundit blogger`)

// isCommentator reports whether the role phrase of a person's mention (see
// roleSpan) is headed by a commentator's noun: "Jared Bernstein, an
// economist at the Center on Budget", "Harvard professor Dani Rodrik";
// or names a debate's moderator ("moderated by Lester Holt").
func (d *doc) isCommentator(t *tree, m *mention, h int) bool {
	a := t.a
	if hd := a.Tokens[h].Head; hd >= 0 && a.Tokens[hd].Lemma == "moderate" {
		// "moderated by Lester Holt", "Lester Holt moderated": a
		// debate's moderator asks, takes no side.
		if r := a.Tokens[h].Rel; r == "obl:agent" || r == "obl" || r == "nsubj" {
			return true
		}
	}
	lo, hi := d.roleSpan(t, m, h)
	for i := lo; i <= hi && i < len(a.Tokens); i++ {
		switch a.Tokens[i].Rel {
		case "acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj":
			if i != h && !t.coordinatedRole(i) {
				i = int(t.right[i])
				continue
			}
		}
		// "a former economist at the central bank" comments no more.
		if (a.Tokens[i].UPOS == "NOUN" || a.Tokens[i].UPOS == "ADJ") && !t.quoted[i] && commentatorNouns[a.Tokens[i].Lemma] && !t.formerRole(i) {
			return true
		}
		// "a former aide to the governor" serves no one now: they
		// comment on the side they left.
		if a.Tokens[i].UPOS == "NOUN" && !t.quoted[i] && aideNouns[a.Tokens[i].Lemma] && t.formerRole(i) {
			return true
		}
	}
	return false
}

// coordinatedRole reports whether token i is a common noun joined to
// another common noun as its conjunct: a second role of the same person
// ("a tax lawyer and senior fellow at…"), not another clause or another
// person's name.
func (t *tree) coordinatedRole(i int) bool {
	a := t.a
	tk := &a.Tokens[i]
	return tk.Rel == "conj" && tk.UPOS == "NOUN" && tk.Head >= 0 && a.Tokens[tk.Head].UPOS == "NOUN"
}

// roleSpan returns the tokens [lo, hi] of the phrase that gives a person's
// role: the mention's own subtree from its role words ("Foreign Minister"),
// names right before it the parser split off, and the phrase the name is
// in apposition to or flat under.
func (d *doc) roleSpan(t *tree, m *mention, h int) (int, int) {
	a := t.a
	lo, hi := int(t.left[h]), int(t.right[h])
	// The role words the mention carries itself ("Foreign Minister").
	if m.t0 < m.n0 {
		lo = min(lo, t.tokenAt(d.toks[m.t0].start))
	}
	// Pre-modifiers the parser split off as a second subject ("Verizon |
	// chief executive Lowell McAdam"): the names and role words right
	// before the phrase.
	// A phrase that opens with a function word ("…, for his wife Laura
	// Reyes") has nothing before it of its own but the role word it
	// completes ("ambassador | to the Compact"): the name before the
	// comma ("in Dayton, Ohio, for his wife…") is another phrase's.
	extend := func() {
		for lo > 0 && a.Tokens[lo-1].Sent == a.Tokens[h].Sent && !t.quoted[lo-1] && !(t.closedOpening(lo, hi) && !roleWord(a.Tokens[lo-1].Text)) {
			p := &a.Tokens[lo-1]
			// A noun compounded into a role word already taken
			// ("Clinton | communications | director Jennifer Palmieri").
			inner := p.UPOS == "NOUN" && p.Rel == "compound" && p.Head >= lo && p.Head <= hi && roleWord(a.Tokens[p.Head].Text)
			if p.UPOS != "PROPN" && !roleWord(p.Text) && !inner {
				break
			}
			lo--
		}
	}
	extend()
	// A role phrase the name is in apposition to, or flat under, and the
	// role words right before that phrase ("European Union ambassador |
	// to the WTO, Carlo Trojan").
	// Not a label the parser hung the name from across a colon:
	// "QUESTION (AFP): Mr. Kambale, your commanders…" asks him, and AFP is
	// no side of his.
	if r := a.Tokens[h].Rel; (r == "appos" || r == "flat" || r == "compound") && a.Tokens[h].Head >= 0 && !t.markBetween(min(a.Tokens[h].Head, h), max(a.Tokens[h].Head, h), ":") {
		p := a.Tokens[h].Head
		lo, hi = min(lo, int(t.left[p])), max(hi, int(t.right[p]))
		extend()
	}
	return lo, hi
}

// closedOpening reports whether the phrase of tokens [lo, hi] opens,
// after any punctuation, with a function word (a preposition, a
// determiner, a pronoun or a conjunction: "…, for his wife Laura
// Reyes"): such a phrase is closed on its left, and no name before it
// modifies it but the role word it completes ("ambassador | to the
// Compact").
func (t *tree) closedOpening(lo, hi int) bool {
	for i := lo; i <= hi && i < len(t.a.Tokens); i++ {
		switch t.a.Tokens[i].UPOS {
		case "PUNCT":
			continue
		case "ADP", "DET", "PRON", "CCONJ", "SCONJ":
			return true
		}
		return false
	}
	return false
}

// executiveRole reports whether tokens [lo, hi] name a company's officer:
// a chief executive, a chief operating or financial officer, a CEO, a
// chairman or chairwoman; not one held before ("a former chairman").
func (t *tree) executiveRole(lo, hi int) bool {
	a := t.a
	chief := false
	for i := max(lo, 0); i <= hi && i < len(a.Tokens); i++ {
		switch w := strings.ToLower(a.Tokens[i].Text); w {
		case "ceo", "chairman", "chairwoman":
			return !t.formerRole(i)
		case "chief":
			chief = true
		case "executive", "officer":
			if chief {
				return !t.formerRole(i)
			}
		}
	}
	return false
}

// roleWord reports whether a word names a role ("chief", "executive",
// "spokesman"), in any case.
func roleWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return titleWords[w] || roleHeads[w]
}

// envoyBefore reports whether an envoy's noun ("ambassador", "envoy")
// comes among tokens lo..i-1.
func (t *tree) envoyBefore(lo, i int) bool {
	for j := max(lo, 0); j < i; j++ {
		if lowerIn(envoyNouns, t.a.Tokens[j].Lemma) {
			return true
		}
	}
	return false
}

// describedBody returns the entity of the body a definite description in
// the role phrase [lo, hi] stands for: a body's noun that owns the role
// ("the company's chief executive", "its chief executive") or that "for"
// or "of" joins to it ("a spokeswoman for the company"), resolved as a
// speaker would be
// ("ECT … the company" -> ECT); -1 when there is none or it names no
// entity.
func (t *tree) describedBody(d *doc, lo, hi int) int {
	a := t.a
	for k := max(lo, 0); k <= hi && k < len(a.Tokens); k++ {
		tk := &a.Tokens[k]
		if tk.UPOS == "PRON" && tk.Rel == "nmod:poss" && nlp.EqualFoldLower(tk.Text, "its") && !t.quoted[k] && tk.Head >= 0 && a.Tokens[tk.Head].UPOS == "NOUN" {
			// "Its chief executive, Amara Nwosu": the body "its"
			// stands for; opening its sentence, the subject of the
			// sentence before, a name or a body's noun the story names
			// ("Quorra… said it was disappointed. Its chief
			// executive…", "The employers' association, Deltalinqs
			// Terminals, said… Its chairwoman…"), as news goes on with
			// it.
			if s := tk.Sent; s > 0 && k == a.Sentences[s].First {
				if r := t.sentenceRoot(s - 1); r >= 0 {
					subj := t.subjectChild(r)
					if subj >= 0 && a.Tokens[subj].UPOS == "NOUN" && !lowerIn(bodyKinds, a.Tokens[subj].Lemma) {
						// "Sudan's position may matter most. Its
						// irrigation minister…": a thing has no
						// minister; its owner does.
						if o := t.child(subj, "nmod:poss"); o >= 0 && a.Tokens[o].UPOS == "PROPN" && !t.quoted[o] {
							if n, ok := t.speakerOf(o); ok && properName(n) {
								if e := d.entityOfSpeaker(n); e >= 0 {
									return e
								}
							}
						}
					}
					if subj >= 0 && (a.Tokens[subj].UPOS == "PROPN" || a.Tokens[subj].XPOS == "WDT" || a.Tokens[subj].UPOS == "NOUN" && lowerIn(bodyKinds, a.Tokens[subj].Lemma)) {
						if n, ok := t.speakerOf(subj); ok && properName(n) {
							if e := d.firmNamed(n); e >= 0 {
								return e
							}
						}
					}
				}
			}
			if n, ok := t.speakerOf(k); ok && properName(n) {
				return d.entityOfSpeaker(n)
			}
			continue
		}
		if tk.UPOS != "NOUN" || !bodyKinds[tk.Lemma] || t.quoted[k] || tk.Head < 0 || a.Tokens[tk.Head].UPOS != "NOUN" {
			continue
		}
		switch tk.Rel {
		case "nmod:poss":
		case "nmod":
			if c := t.caseOf(k); c != "for" && c != "of" {
				continue
			}
		default:
			continue
		}
		if det := t.child(k, "det"); det < 0 || !nlp.EqualFoldLower(a.Tokens[det].Text, "the") {
			continue
		}
		// The phrase that named it ("Shipping group Maersk") stands for
		// the name it ends in.
		if n, ok := t.speakerOf(k); ok && properName(n) {
			return d.entityOfSpeaker(n)
		}
	}
	return -1
}

// ledSide returns the side whose delegation or team the person at token h
// leads or heads ("X led Iran's delegation", "the Ukrainian delegation was
// led by X"): the entity that owns or qualifies the group's noun; -1 when
// there is none.
func (d *doc) ledSide(t *tree, h int, entOf []int) int {
	a := t.a
	if h < 0 || t.quoted[h] {
		return -1
	}
	// A name set beside its role stands where the role does: "led by
	// Deputy Trade Minister Ilse Varga".
	if r := a.Tokens[h].Rel; (r == "appos" || r == "flat") && a.Tokens[h].Head >= 0 && (a.Tokens[a.Tokens[h].Head].UPOS == "NOUN" || a.Tokens[a.Tokens[h].Head].UPOS == "PROPN") {
		h = a.Tokens[h].Head
	}
	v := a.Tokens[h].Head
	if v < 0 || a.Tokens[v].UPOS != "VERB" || (a.Tokens[v].Lemma != "lead" && a.Tokens[v].Lemma != "head") {
		return -1
	}
	group := -1
	switch r := a.Tokens[h].Rel; {
	case a.Tokens[v].Rel == "acl" && r == "obl:agent":
		// The participle after the group: "Peru's delegation, led by
		// X, arrived".
		group = a.Tokens[v].Head
	case t.child(v, "aux:pass") >= 0:
		// The passive's agent, however the parser hung it ("led by
		// Defence Minister Rustem Umerov").
		if r == "obl:agent" || r == "obl" || r == "obj" {
			group = t.child(v, "nsubj:pass")
		}
	case r == "nsubj":
		group = t.child(v, "obj")
	}
	if group < 0 || !delegationNouns[a.Tokens[group].Lemma] {
		return -1
	}
	for _, c := range t.children(group) {
		switch a.Tokens[c].Rel {
		case "nmod:poss", "amod", "compound":
		default:
			continue
		}
		if mi := d.mentionAt(a.Tokens[c].Start); mi >= 0 {
			return entOf[mi]
		}
	}
	return -1
}

// delegationNouns name the group a side sends to talks.
var delegationNouns = makeSet(`delegation team negotiators side mission`)

// sentenceRoot returns the root token of sentence s, or -1.
func (t *tree) sentenceRoot(s int) int {
	sent := t.a.Sentences[s]
	for k := sent.First; k < sent.Last; k++ {
		if t.a.Tokens[k].Head < 0 {
			return k
		}
	}
	return -1
}

// formerRole reports whether the role noun at token i is one its holder
// held before: "a former economist", "an ex-analyst".
func (t *tree) formerRole(i int) bool {
	if strings.HasPrefix(strings.ToLower(t.a.Tokens[i].Text), "ex-") {
		return true
	}
	for _, c := range t.children(i) {
		if ci := int(c); ci < i && t.a.Tokens[ci].Rel == "amod" && nlp.EqualFoldLower(t.a.Tokens[ci].Text, "former") {
			return true
		}
	}
	return false
}

// listedByLastWord maps the last word of every phrase of several words
// the name lists know ("commission" of "european commission") to the
// phrases.
var listedByLastWord = func() map[string][]string {
	m := map[string][]string{}
	for k := range gazetteer {
		if i := strings.LastIndexByte(k, ' '); i > 0 {
			m[k[i+1:]] = append(m[k[i+1:]], k)
		}
	}
	for _, ks := range m {
		slices.Sort(ks)
	}
	return m
}()

// roleBody returns the entity of the one body or country a capitalised
// word of a person's role names by its last word, where the story names
// it in full ("Commission President" after "the European Commission"),
// or the department or ministry a secretary's or minister's title names
// ("Labor Secretary" where the story names the Labor Department), or -1.
func (d *doc) roleBody(ei int) int {
	found := -1
	for w := range strings.FieldsSeq(d.ents[ei].roleText) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		l := strings.ToLower(strings.Trim(w, ".,"))
		// "Labor Secretary" where the story names the Labor Department:
		// a secretary or minister heads the department or ministry of
		// the word their title holds, a title word or not.
		if o := d.departmentOf(l, d.ents[ei].roleText); o >= 0 && o != ei {
			if found >= 0 && found != o {
				return -1
			}
			found = o
		}
		if titleWords[l] {
			continue
		}
		for _, k := range listedByLastWord[l] {
			o := d.entityNamed(gazetteer[k].name)
			if o < 0 || o == ei || !d.writesPhrase(strings.Fields(k)) {
				continue
			}
			if found >= 0 && found != o {
				return -1
			}
			found = o
		}
	}
	return found
}

// departmentOf returns the organisation the story names as the
// department or ministry of word w ("Labor Department", "Department of
// Labor", "Ministry of Labour"), where role holds a secretary's or a
// minister's title; or -1.
func (d *doc) departmentOf(w, role string) int {
	head := false
	for _, r := range strings.Fields(strings.ToLower(role)) {
		if r = strings.Trim(r, ".,"); r == "secretary" || r == "minister" {
			head = true
		}
	}
	if !head {
		return -1
	}
	for _, n := range [...]string{w + " department", "department of " + w, w + " ministry", "ministry of " + w} {
		if o := d.entityNamed(n); o >= 0 && d.ents[o].kind != KindPerson {
			return o
		}
	}
	return -1
}

// writesPhrase reports whether the text writes the words ws (lower case)
// one after another.
func (d *doc) writesPhrase(ws []string) bool {
	for i := 0; i+len(ws) <= len(d.toks); i++ {
		j := 0
		for j < len(ws) && d.toks[i+j].lower == ws[j] {
			j++
		}
		if j == len(ws) {
			return true
		}
	}
	return false
}

// topicPlaces mark a place or a topic a role is in or about.
var topicPlaces = makeSet(`in inside within across throughout around near on about regarding`)

// nameHead returns the last word of the name token i is in: the word a
// compound or flat name's words hang from ("United | States").
func (t *tree) nameHead(i int) int {
	for steps := 0; steps < 6; steps++ {
		h := t.a.Tokens[i].Head
		if r := t.a.Tokens[i].Rel; h < 0 || r != "compound" && r != "flat" || t.a.Tokens[h].UPOS != "PROPN" {
			break
		}
		i = h
	}
	return i
}
