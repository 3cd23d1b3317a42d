package summarize

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// maxParties caps the parties listed in a brief.
const maxParties = 8

// sourceBodies are news agencies and outlets: they report the story, they
// are not parties to it. A list, because nothing in a sentence tells a
// newspaper that reports from one that negotiates.
var sourceBodies = makeSet(`associated-press ap reuters afp bloomberg cnn bbc new-york-times washington-post
wall-street-journal guardian financial-times politico fox-news nbc nbc-news abc abc-news cbs cbs-news msnbc npr
axios the-hill breitbart huffington-post huffpost usa-today alliance-news dow-jones xinhua tass ria-novosti interfax
al-jazeera sky-news times telegraph independent economist daily-mail new-york-post los-angeles-times caliber.az
upi cnbc yonhap kyodo nikkei south-china-morning-post globe-and-mail cbc ctv ft wsj nyt scmp`)

// isSourceBody reports whether a name is a news outlet or agency.
func isSourceBody(name string) bool {
	k := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the "))
	if strings.HasSuffix(k, " news agency") || strings.HasSuffix(k, " news service") || strings.HasSuffix(k, " press agency") {
		return true // "Xinhua News Agency", "Yonhap News Agency"
	}
	return sourceBodies[strings.ReplaceAll(k, " ", "-")]
}

// governmentBodies are the words of a national body that acts for its
// country ("the Chinese Foreign Ministry", "the US Treasury").
var governmentBodies = makeSet(`government ministry foreign-ministry department embassy cabinet treasury military
army navy administration kremlin presidency state-department foreign-office commerce-ministry trade-ministry office`)

// partyStats is the evidence that an entity takes part in the story: how
// often it is the subject of a clause (it acts, says, wants), how often it
// speaks in a quotation or a statement, how often it is otherwise involved
// (an object, a possessor, "talks with X"), and how often it is only where
// something happens ("in Geneva").
type partyStats struct {
	agent, spoke, other, place int
	// arg counts the "other" mentions that are a verb's argument or a
	// noun's owner or counterpart: acted on or dealt with ("retaliate
	// against Russia", "sanctioned Iran", "Iran's programme", "talks
	// with Iran"), not a modifier ("U.S. companies", "the economy of the
	// United States").
	arg int
}

// add adds the evidence of o to s.
func (s *partyStats) add(o partyStats) {
	s.agent += o.agent
	s.spoke += o.spoke
	s.other += o.other
	s.place += o.place
	s.arg += o.arg
}

// score ranks the parties: speaking and acting count most.
func (s partyStats) score() int { return 3*s.spoke + 2*s.agent + s.other }

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

// briefParties lists the actors of the story: the countries, bodies and
// groups that act, speak or are dealt with in it, with the people who
// speak or act for them, and the people who act in their own name. The
// evidence comes from the dependency tree: an entity only ever mentioned
// as a place ("talks in Geneva"), in passing, or as the outlet that
// reports the story is not a party. A person is listed with the side the
// article gives them ("Chinese Foreign Ministry spokesman Lu Kang", "Nancy
// Pelosi, the Democratic leader") and only stands alone when no side is
// named. Most active first.
func (d *doc) briefParties(t *tree, quotes []Quote, statements []Statement) []Party {
	stats := make([]partyStats, len(d.ents))
	side := make([]int, len(d.ents)) // a person's party entity, or -1
	// People the article introduces as commentators ("Jared Bernstein, an
	// economist at…"): they comment on the talks, they are not a side in
	// them, and neither is the body they are introduced by.
	commentator := make([]bool, len(d.ents))
	// How often an entity owns what only a company has ("Deutsche
	// Boerse's shareholders", "the Naftohaz company").
	corporate := make([]int, len(d.ents))
	for i := range side {
		side[i] = -1
	}
	// An entity the name lists do not type takes the entity model's type.
	kind := make([]string, len(d.ents))
	votes := make([][len(partyKinds)]int, len(d.ents)) // per entity, per partyKinds
	for ei := range d.ents {
		kind[ei] = d.ents[ei].kind
	}
	entOf := d.mentionEntities()
	// Sides named only by description ("the union", "port workers").
	descs, tokParty := t.descriptionParties()
	descSide := make([]int, len(d.ents)) // a person's description party, or -1
	for i := range descSide {
		descSide[i] = -1
	}
	type personMention struct{ ent, mention, head int }
	var people []personMention
	for mi := range d.mentions {
		m := &d.mentions[mi]
		ent := entOf[mi]
		if ent < 0 {
			continue
		}
		e := &d.ents[ent]
		h := t.mentionHead(d, m)
		if h >= 0 {
			if x := t.entityAt(h); x >= 0 {
				if k := slices.Index(partyKinds[:], partyKind(t.a.Entities[x].Type)); k >= 0 {
					votes[ent][k]++
				}
			}
		}
		if h < 0 {
			stats[ent].other++
			continue
		}
		own := h // the mention's own head, for its side
		if r := t.a.Tokens[h].Rel; (r == "compound" || r == "nmod:poss") && t.a.Tokens[h].Head >= 0 {
			if hd := &t.a.Tokens[t.a.Tokens[h].Head]; hd.UPOS == "NOUN" && (corporateNouns[hd.Lemma] || bodyKinds[hd.Lemma]) {
				corporate[ent]++
			}
		}
		// "Mitsubishi, the only major Japanese car firm".
		if c := t.child(h, "appos"); c > h && t.a.Tokens[c].UPOS == "NOUN" && bodyKinds[t.a.Tokens[c].Lemma] {
			corporate[ent]++
		}
		// "State-owned energy giant Rosneft": a body's noun the name
		// stands under, or that modifies it.
		if t.namedBody(h) {
			corporate[ent]++
		}
		r := t.a.Tokens[h].Rel
		// A conjunct stands where its first conjunct does: "France,
		// Germany and Austria opposed the plan".
		for steps := 0; r == "conj" && steps < 8; steps++ {
			p := t.a.Tokens[h].Head
			if p < 0 {
				break
			}
			h, r = p, t.a.Tokens[p].Rel
		}
		switch {
		case m.inQuote:
			stats[ent].other++
		case strings.HasPrefix(r, "nsubj") && r != "nsubj:pass" || r == "obl:agent" || r == "csubj":
			// The one who acts: a passive's subject is acted on ("Crimea
			// was annexed by Russia"), its "by" phrase acts.
			stats[ent].agent++
		case (r == "compound" || r == "amod" || r == "nmod:poss") && t.actsThroughHead(h) && !t.runsFor(h):
			// "Russian officials said", "Moscow's negotiators agreed".
			stats[ent].agent++
		case (r == "obl" || r == "nmod" || r == "obl:tmod") && (e.kind == KindCountry) && t.placeMarked(h):
			stats[ent].place++
		default:
			stats[ent].other++
			if hd := t.a.Tokens[h].Head; hd >= 0 && t.a.Tokens[hd].UPOS == "VERB" {
				switch r {
				case "obj", "iobj", "obl", "obl:arg", "nsubj:pass":
					stats[ent].arg++
				}
			} else if r == "nmod:poss" || r == "nmod" && t.dealtWith(h) {
				// "Iran's nuclear programme", "talks with Iran".
				stats[ent].arg++
			}
		}
		if e.kind == KindPerson || e.kind == "" {
			// Sides are read once every entity is typed (below): the
			// name lists take "Apex Foods" for a person until the entity
			// model says otherwise, and leave "Jean-Marc Ayrault" untyped
			// until it says he is one.
			people = append(people, personMention{ent, mi, own})
		}
		if (e.kind == KindPerson || e.kind == "") && !commentator[ent] {
			commentator[ent] = d.isCommentator(t, m, own)
		}
	}
	// The entity model's type over all mentions types what the name lists
	// leave untyped, and confirms what they type.
	modelAgrees := make([]bool, len(d.ents))
	// Only a name that says, wants or agrees something: a plan the story
	// calls "it" does not.
	itsName := t.itsNames(d, entOf)
	for ei := range itsName {
		itsName[ei] = itsName[ei] && t.saysSomething(d, ei, entOf)
	}
	for ei := range d.ents {
		best, n := "", 0
		for k, kn := range partyKinds {
			if votes[ei][k] > n {
				best, n = kn, votes[ei][k]
			}
		}
		if kind[ei] == "" {
			kind[ei] = best
		}
		if kind[ei] == "" && itsName[ei] && !d.opensOtherName(ei) {
			// A name neither the lists nor the model type that the story
			// takes up as "it" and never as "he" or "she": a body.
			kind[ei] = KindOrganisation
		}
		if e := &d.ents[ei]; kind[ei] == KindPerson && (corporate[ei] > 0 || itsName[ei] && best != KindPerson && !d.sharesSurname(ei)) && len(e.roles) == 0 &&
			!(len(e.tokens) > 1 && isKnownFirstName(e.tokens[0])) {
			// A "person" with shareholders and a board, no title and no
			// given name is a company the entity model did not know; so
			// is one the story takes up as "it" and never as "he" or
			// "she" ("Patriot Coal said it would pay").
			kind[ei] = KindOrganisation
			modelAgrees[ei] = true
			continue
		}
		if kind[ei] == KindCountry && d.ents[ei].kind == "" && corporate[ei] > 0 {
			// A place only the entity model knows, with a board or named
			// as a firm ("energy giant Rosneft"), is a company.
			kind[ei] = KindOrganisation
			modelAgrees[ei] = true
			continue
		}
		modelAgrees[ei] = best != "" && best == kind[ei]
	}
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 {
			continue
		}
		// The side the person's own title or appositive names
		// ("Democratic leader Nancy Pelosi") comes before the names
		// around one of their mentions ("House Speaker…").
		if pty := d.ents[p.ent].party; pty != "" {
			if s := d.entityNamed(pty); s >= 0 && s != p.ent {
				side[p.ent] = s
				continue
			}
		}
		side[p.ent] = d.sideOf(t, &d.mentions[p.mention], p.head, entOf, kind)
	}
	// A description coreference ties to the person may name their side
	// where their name does not: "The Chinese finance minister jabbed
	// back… The finance minister, Lou Jiwei, said…".
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 || d.ents[p.ent].party != "" {
			continue
		}
		side[p.ent] = d.describedSide(t, p.head, p.ent, entOf, kind)
	}
	// A speaker who names their own country in their words ("the future
	// of my country, Britain") is on its side.
	for _, own := range d.ownCountries(t, quotes, entOf, kind) {
		if p, c := own[0], own[1]; kind[p] == KindPerson && side[p] < 0 && d.ents[p].party == "" {
			side[p] = c
		}
	}
	// An executive whose role names no company ("chief executive Lowell
	// McAdam said") works for the story's one company: the one body that
	// acts or speaks in it (or owns shares, a board or profits) and is no
	// union, outlet or government body.
	company := -1
	for ei := range d.ents {
		e := &d.ents[ei]
		if kind[ei] != KindOrganisation || stats[ei].agent+stats[ei].spoke == 0 && corporate[ei] == 0 || isSourceBody(e.name) ||
			describes(descParty{name: "the union", head: "union"}, e.name) || len(e.tokens) > 0 && governmentBodies[e.tokens[len(e.tokens)-1]] {
			continue
		}
		if company >= 0 && company != ei {
			company = -2
			break
		}
		company = ei
	}
	if company >= 0 {
		for _, p := range people {
			if kind[p.ent] == KindPerson && side[p.ent] < 0 && d.ents[p.ent].party == "" && t.executiveRole(d.roleSpan(t, &d.mentions[p.mention], p.head)) {
				side[p.ent] = company
			}
		}
	}
	// A person no named side claims may speak for a described one: "Henk
	// de Vries, the union's chief negotiator".
	for _, p := range people {
		if kind[p.ent] == KindPerson && side[p.ent] < 0 && descSide[p.ent] < 0 && d.ents[p.ent].party == "" {
			lo, hi := d.roleSpan(t, &d.mentions[p.mention], p.head)
			if q := descSideOf(tokParty, lo, hi); q >= 0 {
				descSide[p.ent] = descs[q].into
			}
		}
	}
	// "Union president Maria Delgado": a body's word before the role
	// stands for the one body of that kind the story names and has act
	// ("the Colorado Nurses Association", which it calls "the union").
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 || descSide[p.ent] >= 0 || d.ents[p.ent].party != "" {
			continue
		}
		lo, hi := d.roleSpan(t, &d.mentions[p.mention], p.head)
		for k := lo; k <= hi && k < len(t.a.Tokens); k++ {
			tk := &t.a.Tokens[k]
			if tk.Rel != "compound" || tk.UPOS != "NOUN" || !descBodies[tk.Lemma] || t.quoted[k] {
				continue
			}
			dp := descParty{name: "the " + tk.Lemma, head: tk.Lemma}
			body := -1
			for ei := range d.ents {
				if kind[ei] != KindOrganisation || stats[ei].agent+stats[ei].spoke == 0 || !describes(dp, d.ents[ei].name) {
					continue
				}
				if body >= 0 {
					body = -2
					break
				}
				body = ei
			}
			if body >= 0 {
				side[p.ent] = body
				break
			}
		}
	}
	for ei := range d.ents {
		if d.ents[ei].kind == KindPerson && side[ei] < 0 && d.ents[ei].party != "" {
			side[ei] = d.entityNamed(d.ents[ei].party)
		}
		// A name a person's role is given for ("Verizon chief executive
		// Lowell McAdam") is a body, whatever else typed it, unless both
		// the name lists and the entity model say it is a person (the
		// owner of the role: "Clinton's communications director").
		if s := side[ei]; s >= 0 && d.ents[ei].kind == KindPerson && (kind[s] == KindPerson || kind[s] == "") &&
			!(kind[s] == KindPerson && d.ents[s].kind == KindPerson) {
			kind[s], modelAgrees[s] = KindOrganisation, true
		}
	}
	// A place only the entity model knows whose people run a firm
	// ("Ian Ayre, Harbury's chief executive", "Harbury boss Tom Lane") is
	// that firm.
	for _, p := range people {
		s := side[p.ent]
		if kind[p.ent] != KindPerson || s < 0 || kind[s] != KindCountry || d.ents[s].kind != "" {
			continue
		}
		if t.executiveRole(d.roleSpan(t, &d.mentions[p.mention], p.head)) || slices.ContainsFunc(d.ents[p.ent].roles, func(r string) bool { return firmRoles[r] }) {
			kind[s], modelAgrees[s] = KindOrganisation, true
		}
	}
	// A minister, a chancellor or a president whose role names no
	// country ("Deputy Prime Minister John Prescott", "the finance
	// minister, Lou Jiwei") serves the story's government: the White
	// House for a president where it acts in the story, else the one
	// country the story names.
	gov, white := -1, -1
	for ei := range d.ents {
		switch {
		case kind[ei] == KindCountry && d.ents[ei].kind == KindCountry && !placePair(d.ents[ei].name):
			// A country the name lists know: the entity model's places
			// are mostly towns ("talks in Gateshead").
			if gov == -1 {
				gov = ei
			} else {
				gov = -2
			}
		case kind[ei] == KindOrganisation && strings.EqualFold(d.ents[ei].name, "White House") && stats[ei].agent+stats[ei].spoke > 0:
			white = ei
		}
	}
	// In a story of several countries, the offices their holders already
	// fill ("Mexican President Enrique Peña Nieto") and the countries an
	// official travels to or from ("Obama departs the UK for Germany")
	// are not the official's; of the countries left, the one the story
	// names far more than any other is.
	var held map[[2]string]bool // country name, office
	var moved map[int][]int     // person -> countries they travel to or from
	if gov == -2 {
		held, moved = map[[2]string]bool{}, map[int][]int{}
		for _, p := range people {
			if s := side[p.ent]; kind[p.ent] == KindPerson && s >= 0 && kind[s] == KindCountry {
				lo, hi := d.roleSpan(t, &d.mentions[p.mention], p.head)
				if o := t.govOffice(lo, hi, p.head); o != "" {
					held[[2]string{d.ents[s].name, o}] = true
				}
			}
			if kind[p.ent] == KindPerson {
				for _, c := range d.travelledCountries(t, p.head, entOf, kind) {
					if !slices.Contains(moved[p.ent], c) {
						moved[p.ent] = append(moved[p.ent], c)
					}
				}
			}
		}
	}
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 || descSide[p.ent] >= 0 || d.ents[p.ent].party != "" || commentator[p.ent] {
			continue
		}
		lo, hi := d.roleSpan(t, &d.mentions[p.mention], p.head)
		president, ok := t.governmentRole(lo, hi, p.head)
		office := t.govOffice(lo, hi, p.head)
		if !ok {
			// The office a description of the person gives ("Jack Straw
			// said… The foreign secretary told MPs…"), in the coreference
			// cluster of the name or linked to it by name.
			if dl, dh := t.describedRole(p.head); dl >= 0 {
				president, ok = t.governmentRole(dl, dh, dh)
				office = t.govOffice(dl, dh, dh)
			} else if o := officeOf(strings.Fields(d.ents[p.ent].roleText)); o != "" {
				president, ok, office = o == "head" && slices.Contains(d.ents[p.ent].roles, "president"), true, o
			}
		}
		switch {
		case !ok:
		case president && white >= 0:
			side[p.ent] = white
		case gov >= 0:
			side[p.ent] = gov
		case gov == -2 && office != "":
			side[p.ent] = d.homeCountry(p.ent, office, held, moved[p.ent], kind, stats)
		}
	}
	// A party tag after a name ("Rep. Jim McGovern, D-Mass.", "Speaker
	// Paul Ryan (R-Wis.)") names the person's party: it is their side,
	// rather than the chamber their role names.
	for _, p := range people {
		if kind[p.ent] != KindPerson {
			continue
		}
		if name := d.partyTagAfter(&d.mentions[p.mention]); name != "" {
			if s := d.entityNamed(name); s >= 0 {
				side[p.ent], descSide[p.ent] = s, -1
			} else if side[p.ent] < 0 && descSide[p.ent] < 0 {
				d.ents[p.ent].party = name
			}
		}
	}
	// A person on the side of a person who is on a side of their own is
	// on that side ("Putin's spokesman" with Putin under Russia).
	for ei := range d.ents {
		if s := side[ei]; s >= 0 && kind[s] == KindPerson && side[s] >= 0 && side[s] != ei {
			side[ei] = side[s]
		}
	}
	// A legislature is where the political parties of a story meet: where
	// a party acts in it ("Democrats said…"), the chamber is no side of its
	// own, and its leaders are not on its side ("Senate Minority Leader
	// Chuck Schumer").
	chamber := func(name string) bool { return false }
	parliament := false
	for ei := range d.ents {
		if kind[ei] == KindOrganisation && stats[ei].agent+stats[ei].spoke > 0 && politicalParty(d.ents[ei].name) {
			chamber = func(name string) bool { return legislatures[strings.ReplaceAll(strings.ToLower(name), " ", "-")] }
			parliament = true
			break
		}
	}
	for ei := range d.ents {
		// A committee is the chamber's too ("the chairman of the Finance
		// Committee").
		if s := side[ei]; s >= 0 && (chamber(d.ents[s].name) || parliament && kind[ei] == KindPerson && committee(d.ents[s].name)) {
			side[ei] = -1
		}
	}
	// A lawmaker no tag or title gives a party, in a story where the
	// parties act, sits with the party the sentences about them name:
	// "Senate Minority Leader Ann Cole has held Democrats together".
	if parliament {
		for _, p := range people {
			if kind[p.ent] != KindPerson || side[p.ent] >= 0 || descSide[p.ent] >= 0 || commentator[p.ent] ||
				d.ents[p.ent].party != "" && !chamber(d.ents[p.ent].party) || !d.lawmaker(p.ent, entOf) {
				continue
			}
			if s := d.partyAround(p.ent, entOf, kind); s >= 0 {
				side[p.ent] = s
			}
		}
	}
	// A body named only in the role of one of its people ("Dana Reyes,
	// director of the Harbor Policy Institute, said") gives an outside
	// voice its standing: it is no side, and neither is a person the story
	// names once for it. A body the story also describes ("the union") is
	// one.
	spans := make([][][2]int, len(d.ents)) // per body, its people's role phrases
	// A body has a person named more than once, or one who speaks for it
	// (its leader, not its researcher).
	voiced := make([]bool, len(d.ents))
	for _, p := range people {
		if s := side[p.ent]; kind[p.ent] == KindPerson && s >= 0 {
			lo, hi := d.roleSpan(t, &d.mentions[p.mention], p.head)
			spans[s] = append(spans[s], [2]int{lo, hi})
			voiced[s] = voiced[s] || d.ents[p.ent].mentions > 1 || !t.expertRole(lo, hi, academic(d.ents[s].name))
		}
	}
	outside := make([]bool, len(d.ents))
	for ei := range d.ents {
		// The name lists' bodies are actors of the world's news ("the
		// European Union's ambassador").
		if _, known := gazetteer[strings.ToLower(d.ents[ei].name)]; known || kind[ei] != KindOrganisation || len(spans[ei]) == 0 || voiced[ei] ||
			slices.ContainsFunc(descs, func(dp descParty) bool { return describes(dp, d.ents[ei].name) }) {
			continue
		}
		outside[ei] = true
		for mi := range d.mentions {
			if entOf[mi] != ei {
				continue
			}
			h := t.mentionHead(d, &d.mentions[mi])
			if !slices.ContainsFunc(spans[ei], func(sp [2]int) bool { return h >= sp[0] && h <= sp[1] }) {
				outside[ei] = false
				break
			}
		}
	}
	// Who speaks: every quotation and statement credited to the entity or
	// to one of its people.
	descOf := map[string]int{}
	for q := range descs {
		descOf[descKey(descs[q].name)] = descs[q].into
	}
	credit := func(speaker string, parts bool) {
		if parts {
			// People credited together ("Charles E. Grassley and
			// Patrick J. Leahy", coordinatedSpeaker): each of them.
			if ps := d.coordinatedEntities(speaker); ps != nil {
				for _, ei := range ps {
					stats[ei].spoke++
				}
				return
			}
		}
		if ei := d.entityOfSpeaker(speaker); ei >= 0 {
			stats[ei].spoke++
		} else if q, ok := descOf[descKey(speaker)]; ok {
			descs[q].st.spoke++
		}
	}
	for _, q := range quotes {
		credit(q.Speaker, false)
	}
	for _, s := range statements {
		if s.carried {
			continue // a group a plural "they" stands for (theyGroup)
		}
		credit(s.Speaker, true)
	}

	// A body named after a party it belongs to folds into it: "House
	// Democrats" into "Democrats", "the Chinese Foreign Ministry" into
	// China.
	into := make([]int, len(d.ents))
	for ei := range d.ents {
		into[ei] = ei
		if d.ents[ei].kind == KindPerson {
			continue
		}
		if p := d.foldTarget(ei); p >= 0 {
			into[ei] = p
		}
	}
	type acc struct {
		p     Party
		st    partyStats
		first int
		// town is set for a place only the entity model knows (a
		// state, a city: "New York", "Cleveland"), not a country of the
		// name lists.
		town bool
	}
	accs := make(map[int]*acc)
	named := make(map[string]*acc) // sides named only in a role
	// absorb merges party a into party b.
	absorb := func(b, a *acc) {
		for _, person := range a.p.People {
			if !containsStr(b.p.People, person) {
				b.p.People = append(b.p.People, person)
			}
		}
		b.p.Mentions += a.p.Mentions
		b.st.add(a.st)
		b.first = min(b.first, a.first)
	}
	// descAcc returns the party of description q (keys below every other).
	descAcc := func(q int) *acc {
		k := -1_000_000 - q
		a, ok := accs[k]
		if !ok {
			dq := &descs[q]
			a = &acc{p: Party{Name: dq.name, Kind: dq.kind, Mentions: dq.mentions, People: []string{}}, st: dq.st, first: d.tokAt(dq.first)}
			accs[k] = a
		}
		return a
	}
	get := func(ei int) *acc {
		ei = into[ei]
		a, ok := accs[ei]
		if !ok {
			e := &d.ents[ei]
			a = &acc{p: Party{Name: d.writtenName(ei, entOf), Kind: kind[ei], People: []string{}}, first: e.first, town: kind[ei] == KindCountry && e.kind == ""}
			accs[ei] = a
		}
		return a
	}
	for ei := range d.ents {
		e := &d.ents[ei]
		if isSourceBody(e.name) || kind[ei] == "" || placePair(e.name) || !d.typeConfirmed(ei, kind[ei], modelAgrees[ei]) || chamber(e.name) || outside[ei] {
			continue
		}
		st := stats[ei]
		if kind[ei] == KindPerson {
			if st.spoke+st.agent == 0 && e.mentions < 3 || commentator[ei] {
				continue // mentioned in passing, or a commentator
			}
			if bareWord(e, st, votes[ei][0]) {
				continue
			}
			if s := side[ei]; s >= 0 && (outside[s] || isSourceBody(d.ents[s].name)) {
				continue // an outside voice, or an outlet's ("NBC's Lester Holt")
			}
			var a *acc
			switch s := side[ei]; {
			case s >= 0 && s != ei && !isSourceBody(d.ents[s].name) && kind[s] != "":
				// A side of a kind: not a name no list or model types
				// ("Nobel Peace Prize laureate Aung San Suu Kyi").
				a = get(s)
			case s < 0 && descSide[ei] >= 0:
				a = descAcc(descSide[ei])
			case s < 0 && e.party != "" && !chamber(e.party):
				// A side named only in the person's role ("Canadian Prime
				// Minister Justin Trudeau"): the country or body itself.
				g := gazetteer[strings.ToLower(e.party)]
				a = named[e.party]
				if a == nil {
					a = &acc{p: Party{Name: e.party, Kind: g.kind, People: []string{}}, first: e.first}
					named[e.party] = a
				}
			}
			if a != nil {
				if !containsStr(a.p.People, e.name) {
					a.p.People = append(a.p.People, e.name)
				}
				a.st.spoke += st.spoke
				a.st.agent += st.agent
				continue
			}
		}
		if st.agent+st.spoke+st.other == 0 {
			continue // only ever a place
		}
		a := get(ei)
		a.p.Mentions += e.mentions
		a.st.add(st)
		if e.first < a.first {
			a.first = e.first
		}
	}
	for q := range descs {
		// A described side speaks, or acts more than once, and is
		// mentioned more than once: workers a story only talks about
		// are not a side in it.
		if dq := &descs[q]; dq.into == q && dq.mentions > 1 && (dq.st.spoke > 0 || dq.st.agent > 1) {
			descAcc(q)
		}
	}
	// A description is the named party it describes where the article has
	// one: "the union" in a story about the Fire Brigades Union. A bare
	// description that could be either of two named bodies is left out.
	for q := range descs {
		k := -1_000_000 - q
		da, ok := accs[k]
		if !ok {
			continue
		}
		target, n := -1, 0
		for k2, b := range accs {
			if k2 <= -1_000_000 || b.p.Kind != da.p.Kind || !describes(descs[q], b.p.Name) {
				continue
			}
			target, n = k2, n+1
		}
		switch {
		case n == 1:
			absorb(accs[target], da)
			delete(accs, k)
		case n > 1 && !descs[q].specific:
			delete(accs, k)
		}
	}
	// "Union president Shawn Fain" in a story with one named union: the
	// union, not unions at large.
	for _, k := range sortedKeys(accs) {
		a, ok := accs[k]
		if !ok || a.p.Kind != KindGroup || !strings.EqualFold(a.p.Name, "unions") {
			continue
		}
		target, n := -1, 0
		for k2, b := range accs {
			if k2 != k && b.p.Kind == KindOrganisation && describes(descParty{name: "the union", head: "union"}, b.p.Name) {
				target, n = k2, n+1
			}
		}
		if n == 1 {
			absorb(accs[target], a)
			delete(accs, k)
		}
	}
	names := make([]string, 0, len(named))
	for name := range named {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		a := named[name]
		if ei := d.entityNamed(name); ei >= 0 {
			if b, ok := accs[into[ei]]; ok {
				b.p.People = append(b.p.People, a.p.People...)
				b.st.spoke += a.st.spoke
				b.st.agent += a.st.agent
				continue
			}
		}
		accs[-1-len(accs)] = a
	}
	// One party per name: entities the name linking kept apart, and a
	// side named in a role, merge.
	byName := map[string]*acc{}
	for _, k := range sortedKeys(accs) {
		a := accs[k]
		// "An EU" (from "An EU spokesman") is the European Union the
		// story names elsewhere.
		clean, _ := partyName(a.p.Name, a.p.Kind)
		n := strings.ToLower(clean)
		if g, ok := gazetteer[n]; ok && g.kind == a.p.Kind {
			n = strings.ToLower(g.name)
		}
		b, ok := byName[n]
		if !ok {
			byName[n] = a
			continue
		}
		absorb(b, a)
		delete(accs, k)
	}
	// A firm's name without its designation is the firm: "Big Machine"
	// is "Big Machine Records", "Verizon" "Verizon Communications".
	keys0 := sortedKeys(accs)
	for _, k := range keys0 {
		a := accs[k]
		if a.p.Kind != KindOrganisation {
			continue
		}
		for _, k2 := range keys0 {
			b, ok := accs[k2]
			if !ok || k2 == k || b.p.Kind != KindOrganisation || !designatedForm(a.p.Name, b.p.Name) {
				continue
			}
			absorb(b, a)
			delete(accs, k)
			break
		}
	}
	// An acronym is the party whose name it abbreviates: "LSE" is the
	// "London Stock Exchange", "PCSU" the "Public and Commercial Services
	// Union".
	keys := sortedKeys(accs)
	for _, k := range keys {
		a := accs[k]
		if !isAcronym(a.p.Name) {
			continue
		}
		for _, k2 := range keys {
			b, ok := accs[k2]
			if !ok || k2 == k || !abbreviates(a.p.Name, b.p.Name) {
				continue
			}
			absorb(b, a)
			delete(accs, k)
			break
		}
	}
	// A transcript's speaker labels ("TRUMP:") are people, named as the
	// quotes name them.
	labels := map[string]string{} // a label in capitals -> the speaker it names
	for _, l := range d.quoteLabel {
		if l != "" && l == strings.ToUpper(l) {
			if _, ok := labels[l]; !ok {
				labels[l], _ = d.labelSpeaker(l)
			}
		}
	}
	for _, a := range accs {
		if name, ok := labels[a.p.Name]; ok {
			a.p.Name, a.p.Kind = name, KindPerson
		}
	}
	order := make([]*acc, 0, len(accs))
	lower := d.lowerWords()
	for _, a := range accs {
		name, ok := partyName(a.p.Name, a.p.Kind)
		if !ok {
			continue
		}
		// A single word the story also writes in lower case is a common
		// word a capital at the start of a sentence or a heading made a
		// name of ("Federal…"), unless the name lists know it or it is
		// an acronym.
		if l := strings.ToLower(name); !strings.ContainsAny(name, " -") && lower[l] && !isAcronym(name) {
			if _, known := gazetteer[l]; !known {
				continue
			}
		}
		a.p.Name = name
		// A party acts, speaks, has people who do, or is mentioned as
		// involved more than once.
		// A country no one acts or speaks for is a party only where it
		// is dealt with ("retaliate against Russia", "talks with Iran"),
		// not where it is the setting ("U.S. companies"); a town or a
		// state, only where it acts.
		if a.st.agent+a.st.spoke == 0 && (a.st.other < 2 || a.p.Kind == KindCountry && len(a.p.People) == 0 && (a.st.arg == 0 || a.town)) {
			continue
		}
		if a.p.Mentions == 0 {
			a.p.Mentions = 1
		}
		order = append(order, a)
	}
	slices.SortFunc(order, func(x, y *acc) int {
		sx, sy := x.st.score()+x.p.Mentions, y.st.score()+y.p.Mentions
		if sx != sy {
			return sy - sx
		}
		if x.first != y.first {
			return x.first - y.first
		}
		return strings.Compare(x.p.Name, y.p.Name)
	})
	out := make([]Party, 0, min(len(order), maxParties))
	for _, a := range order {
		out = append(out, a.p)
		if len(out) == maxParties {
			break
		}
	}
	return out
}

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

// actsThroughHead reports whether the noun a modifier hangs from is a
// subject ("Russian officials said", "Moscow's envoy warned").
func (t *tree) actsThroughHead(i int) bool {
	h := t.a.Tokens[i].Head
	if h < 0 {
		return false
	}
	r := t.a.Tokens[h].Rel
	return strings.HasPrefix(r, "nsubj") || r == "obl:agent"
}

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
		if candidateNouns[strings.ToLower(t.a.Tokens[j].Text)] {
			return true
		}
	}
	return false
}

// placeMarked reports whether an oblique or a nominal modifier is marked as
// a place ("in Geneva", "from Moscow").
func (t *tree) placeMarked(i int) bool {
	c := t.child(i, "case")
	return c >= 0 && placePrepositions[strings.ToLower(t.a.Tokens[c].Text)]
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
	for i := lo; i <= hi && i < len(a.Tokens); i++ {
		if candidateNouns[strings.ToLower(a.Tokens[i].Text)] {
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
			// Another clause: its names are not the person's side.
			if i != h {
				i = int(t.right[i])
				continue
			}
		}
		ti := d.tokAt(a.Tokens[i].Start)
		if ti >= len(d.toks) || ti >= len(d.tokMent) || d.toks[ti].start != a.Tokens[i].Start {
			continue
		}
		mi := d.tokMent[ti]
		if mi >= 0 && &d.mentions[mi] == m {
			continue
		}
		o := -1
		if mi >= 0 {
			o = entOf[mi]
		}
		// "Robert Zoellick, US Trade Representative": a title with no
		// name of its own still names its country.
		if o < 0 && (mi < 0 || d.mentions[mi].titleOnl) {
			if g, ok := gazetteer[strings.ToLower(a.Tokens[i].Text)]; ok && (g.kind == KindCountry || g.kind == KindOrganisation) {
				o = d.entityNamed(g.name)
			}
		}
		if o < 0 || o == m.ent || len(d.ents[o].tokens) > 0 && honourWords[d.ents[o].tokens[len(d.ents[o].tokens)-1]] {
			// An honour is no side: "Nobel Peace Prize laureate Aung
			// San Suu Kyi".
			continue
		}
		// A capital names where something happens ("a Brussels
		// summit"), not whose side someone is on; "Moscow's envoy" does.
		if w := strings.ToLower(a.Tokens[i].Text); capitals[w] && !(i+1 < len(a.Tokens) && a.Tokens[i+1].Rel == "case") {
			continue
		}
		// A customer or a critic of a body deals with it; they are not
		// on its side ("Peter Morency, a Verizon customer").
		if hd := a.Tokens[i].Head; hd >= 0 && outsiderNouns[strings.ToLower(a.Tokens[hd].Lemma)] {
			continue
		}
		// A place after a name says where the person is from ("Sen.
		// Ann Cole of Ohio"), not whose side they are on.
		if hd := a.Tokens[i].Head; hd >= nameLo && hd <= nameHi && kind[o] != KindOrganisation && d.ents[o].kind == "" {
			if c := t.child(i, "case"); c >= 0 && (strings.EqualFold(a.Tokens[c].Text, "of") || strings.EqualFold(a.Tokens[c].Text, "from")) {
				continue
			}
		}
		// An envoy is sent by one side to another: "the European Union's
		// ambassador to the WTO" is on the EU's side, not the WTO's.
		if hd := a.Tokens[i].Head; hd >= 0 && envoyNouns[strings.ToLower(a.Tokens[hd].Lemma)] {
			if c := t.child(i, "case"); c >= 0 && strings.EqualFold(a.Tokens[c].Text, "to") {
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
		if dist < bestDist {
			best, bestDist = o, dist
		}
	}
	return best
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
		if hd := &a.Tokens[mm.Head]; hd.UPOS != "NOUN" || !roleHeads[strings.ToLower(hd.Lemma)] {
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
			ti := d.tokAt(a.Tokens[i].Start)
			if a.Tokens[i].Start < 0 || ti >= len(d.toks) || ti >= len(d.tokMent) || d.toks[ti].start != a.Tokens[i].Start {
				continue
			}
			if mj := d.tokMent[ti]; mj >= 0 {
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
		if hd := &a.Tokens[mm.Head]; hd.UPOS == "NOUN" && roleHeads[strings.ToLower(hd.Lemma)] {
			return mm.First, mm.Head
		}
	}
	return -1, -1
}

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
	var words []string
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
	prev := ""
	for _, raw := range words {
		w := strings.ToLower(strings.Trim(raw, ".,"))
		p := prev
		prev = w
		switch {
		case p == "vice" || p == "deputy" || strings.HasPrefix(w, "vice-"):
			continue
		case p == "former" || p == "ex" || strings.HasPrefix(w, "ex-"):
			return "" // no longer in office
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
	if !travelVerbs[strings.ToLower(a.Tokens[v].Lemma)] {
		return nil
	}
	var out []int
	for _, c := range t.children(v) {
		ct := &a.Tokens[c]
		if ct.Rel != "obj" && ct.Rel != "obl" || ct.Start < 0 {
			continue
		}
		ti := d.tokAt(ct.Start)
		if ti >= len(d.toks) || ti >= len(d.tokMent) || d.toks[ti].start != ct.Start {
			continue
		}
		if mi := d.tokMent[ti]; mi >= 0 {
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

// ownCountries returns pairs of a quote's speaker and the country the
// quote calls theirs: "my country" or "our country" followed by the
// country's name ("my country, Britain").
func (d *doc) ownCountries(t *tree, quotes []Quote, entOf []int, kind []string) [][2]int {
	a := t.a
	var out [][2]int
	for i := range a.Tokens {
		if l := a.Tokens[i].Lemma; !t.quoted[i] || !strings.EqualFold(l, "country") && !strings.EqualFold(l, "nation") {
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
		ti := d.tokAt(a.Tokens[c].Start)
		if ti >= len(d.toks) || ti >= len(d.tokMent) || d.toks[ti].start != a.Tokens[c].Start || d.tokMent[ti] < 0 {
			continue
		}
		o := entOf[d.tokMent[ti]]
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

// outsiderNouns name people who deal with a body without being on its
// side: its customers, its critics, its rivals.
var outsiderNouns = makeSet(`customer client critic rival competitor opponent analyst observer resident voter fan user
subscriber passenger patient consumer shopper tenant visitor neighbor neighbour commuter viewer reader student`)

// ownsRole reports whether token i is the possessor of a role noun:
// "Clinton's" in "Clinton's communications director".
func (t *tree) ownsRole(i int) bool {
	a := t.a
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
	return hd.UPOS == "NOUN" && roleHeads[strings.ToLower(hd.Lemma)] && !commentatorNouns[strings.ToLower(hd.Lemma)]
}

// honourWords end the names of honours, which name what a person won,
// not whose side they are on.
var honourWords = makeSet(`prize prizes award awards medal trophy cup laureate`)

// eventWords end the names of events, laws, plans and illnesses, which
// happen or apply rather than act: "Vietnam War", "Clean Power Plan",
// "Affordable Care Act", "Feather Duvet Lung" is none of them, but a
// "… Disease" or "… Syndrome" is.
var eventWords = makeSet(`war wars crisis act bill plan treaty accord accords agreement law summit election elections
revolution pandemic epidemic syndrome disease protocol doctrine amendment olympics`)

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

// namedBody reports whether the name headed at h is written as a body's:
// in apposition to or flat under a body's noun ("energy giant | Rosneft"),
// or with one as its own modifier.
func (t *tree) namedBody(h int) bool {
	a := t.a
	if r := a.Tokens[h].Rel; (r == "appos" || r == "flat") && a.Tokens[h].Head >= 0 && a.Tokens[h].Head < h {
		if hd := &a.Tokens[a.Tokens[h].Head]; hd.UPOS == "NOUN" && bodyKinds[strings.ToLower(hd.Lemma)] {
			return true
		}
	}
	for i := int(t.left[h]); i < h; i++ {
		if a.Tokens[i].Head == h && a.Tokens[i].Rel == "compound" && a.Tokens[i].UPOS == "NOUN" && bodyKinds[strings.ToLower(a.Tokens[i].Lemma)] {
			return true
		}
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

// corporateNouns are what a company has and a person does not: a name
// that owns them, or is a compound of them, is a body.
var corporateNouns = makeSet(`company firm corporation subsidiary share shares shareholder stock board chairman ceo management
headquarters profit revenue earning earnings unit division`)

// bodyKinds name what a company, a union or another body is: a name in
// apposition to one ("Mitsubishi, the Japanese car firm") or a compound of
// one ("the Naftohaz company") is a body.
var bodyKinds = makeSet(`firm company corporation carmaker carrier airline bank union maker manufacturer giant
retailer lender insurer operator producer supplier conglomerate group exchange agency ministry department party
organisation organization association federation`)

// placePair reports whether a name joins two places with a hyphen ("US-German",
// "US-China"): it qualifies what lies between them (a firm, talks), and is
// no actor of its own.
func placePair(name string) bool {
	l, r, ok := strings.Cut(strings.ToLower(name), "-")
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
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// initials returns the capitals that start a name's words ("London Stock
// Exchange" gives "LSE"; "of", "and" and "the" give none), or "" for a
// one-word name.
func initials(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// abbreviates reports whether acronym ac abbreviates name: its initials,
// with or without the body's word at its end ("PCS" and "PCSU" for the
// "Public and Commercial Services Union"), or of what a department is of
// ("VA" for the "Department of Veterans Affairs").
func abbreviates(ac, name string) bool {
	if initials(name) == ac {
		return true
	}
	words := strings.Fields(name)
	if len(words) > 2 && orgWords[strings.ToLower(words[len(words)-1])] {
		return initials(strings.Join(words[:len(words)-1], " ")) == ac
	}
	// "VA" for the "Department of Veterans Affairs": the initials of
	// what a department, a ministry or an office is of.
	if len(words) > 3 && governmentBodies[strings.ToLower(words[0])] && strings.EqualFold(words[1], "of") {
		return initials(strings.Join(words[2:], " ")) == ac
	}
	return false
}

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
			if i != h {
				i = int(t.right[i])
				continue
			}
		}
		if a.Tokens[i].UPOS == "NOUN" && !t.quoted[i] && commentatorNouns[a.Tokens[i].Lemma] {
			return true
		}
	}
	return false
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
	extend := func() {
		for lo > 0 && a.Tokens[lo-1].Sent == a.Tokens[h].Sent && !t.quoted[lo-1] {
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
	if r := a.Tokens[h].Rel; (r == "appos" || r == "flat" || r == "compound") && a.Tokens[h].Head >= 0 {
		p := a.Tokens[h].Head
		lo, hi = min(lo, int(t.left[p])), max(hi, int(t.right[p]))
		extend()
	}
	return lo, hi
}

// sortedKeys returns a map's keys in order, for merging in a fixed order.
func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
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
	f := strings.Fields(l)
	// An honour ("Nobel Peace Prize") is won, it takes no side.
	return name, !titleWords[l] && !stopCaps[l] && !(len(f) > 1 && (honourWords[f[len(f)-1]] || eventWords[f[len(f)-1]]))
}

// executiveRole reports whether tokens [lo, hi] name a company's officer:
// a chief executive, a chief operating or financial officer, a CEO, a
// chairman or chairwoman.
func (t *tree) executiveRole(lo, hi int) bool {
	a := t.a
	chief := false
	for i := max(lo, 0); i <= hi && i < len(a.Tokens); i++ {
		switch w := strings.ToLower(a.Tokens[i].Text); w {
		case "ceo", "chairman", "chairwoman":
			return true
		case "chief":
			chief = true
		case "executive", "officer":
			if chief {
				return true
			}
		}
	}
	return false
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
// one of their mentions ("Sen. Tim Kaine", "Majority Leader…").
func (d *doc) lawmaker(ei int, entOf []int) bool {
	for _, r := range d.ents[ei].roles {
		if lawmakerWords[r] {
			return true
		}
	}
	for mi := range d.mentions {
		if entOf[mi] != ei {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(d.mentions[mi].role)) {
			if lawmakerWords[strings.Trim(w, ".,")] {
				return true
			}
		}
	}
	return false
}

// partyAround returns the political party the sentences mentioning a
// person name most often outside quotation marks, or -1 when none or a
// tie.
func (d *doc) partyAround(ei int, entOf []int, kind []string) int {
	sents := map[int]bool{}
	first := -1
	for mi := range d.mentions {
		if entOf[mi] == ei {
			sents[d.mentions[mi].sent] = true
			if first < 0 {
				first = d.mentions[mi].sent
			}
		}
	}
	count := func(in map[int]bool) int {
		votes := map[int]int{}
		for mi := range d.mentions {
			m := &d.mentions[mi]
			o := entOf[mi]
			if o < 0 || o == ei || m.inQuote || !in[m.sent] || kind[o] != KindOrganisation || !politicalParty(d.ents[o].name) {
				continue
			}
			votes[o]++
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
	// Ann Cole said…").
	if s := count(map[int]bool{first: true}); s >= 0 {
		return s
	}
	if s := count(sents); s >= 0 || first <= 0 {
		return s
	}
	return count(map[int]bool{first - 1: true})
}

// legislatures are the chambers where political parties sit (lower case,
// spaces as hyphens).
var legislatures = makeSet(`congress senate house house-of-representatives parliament commons house-of-commons
house-of-lords lords capitol`)

// politicalParty reports whether a name is a political party's: its name
// or one the name lists give it ends in "Party" ("Democrats", the
// "Democratic Party").
func politicalParty(name string) bool {
	l := strings.ToLower(name)
	if strings.HasSuffix(l, " party") {
		return true
	}
	g, ok := gazetteer[l]
	if !ok {
		return false
	}
	for _, a := range aliases[strings.ToLower(g.name)] {
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
// president", "general secretary") is that body's.
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
		case w == "minister" || w == "premier" || w == "chancellor" || w == "ambassador" || w == "envoy":
			ok = true
		case w == "secretary" && prev != "general":
			ok = true
		case w == "president" || w == "president-elect":
			ok, president = true, true
		}
	}
	return president, ok
}

// governmentWords are the body words that a national office's title may
// hold ("Secretary of State", "Foreign Office minister").
var governmentWords = makeSet(`state office government cabinet treasury foreign national federal`)

// roleWord reports whether a word names a role ("chief", "executive",
// "spokesman"), in any case.
func roleWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return titleWords[w] || roleHeads[w]
}

// writtenName returns an entity's name as the article writes it: the name
// lists give one spelling ("World Trade Organization"), the article may use
// another ("World Trade Organisation"), and the brief quotes the article.
func (d *doc) writtenName(ei int, entOf []int) string {
	name := d.ents[ei].name
	if strings.Contains(d.text, name) {
		return name
	}
	words := len(strings.Fields(name))
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if entOf[mi] != ei || m.demonym || m.n0 >= m.t1 || m.t1 > len(d.toks) {
			continue
		}
		w := d.text[d.toks[m.n0].start:d.toks[m.t1-1].end]
		if len(strings.Fields(w)) == words && strings.EqualFold(spellingKey(w), spellingKey(name)) {
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
// found elsewhere; -1 when none.
func (d *doc) mentionEntities() []int {
	byName := make(map[string]int, len(d.ents))
	for ei := range d.ents {
		byName[strings.ToLower(d.ents[ei].name)] = ei
	}
	out := make([]int, len(d.mentions))
	for mi := range d.mentions {
		out[mi] = d.mentions[mi].ent
		if out[mi] < 0 {
			if ei, ok := byName[strings.ToLower(d.mentions[mi].name)]; ok {
				out[mi] = ei
			} else {
				out[mi] = -1
			}
		}
	}
	return out
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
	if f := strings.Fields(speaker); len(f) > 1 && staffNouns[strings.ToLower(f[len(f)-1])] {
		if owner := strings.Join(f[:len(f)-1], " "); endsPossessive(owner) {
			return d.entityOfSpeaker(stripPossessive(owner))
		}
	}
	f := strings.Fields(strings.ToLower(speaker))
	if len(f) == 0 {
		return -1
	}
	last := strings.Trim(f[len(f)-1], ".,")
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
		if tailMatch(e.tokens, o.tokens) {
			return oi
		}
	}
	// "The House Democratic majority", "the California Democrat": a
	// political party's adjective or member's noun ends the name.
	if g, ok := gazetteer[e.tokens[len(e.tokens)-1]]; ok && g.kind == KindOrganisation && politicalParty(g.name) {
		if p := d.entityNamed(g.name); p >= 0 && p != ei {
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
	if g, ok := gazetteer[strings.ToLower(e.name)]; ok && g.kind == kind {
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

// lowerWords returns the words the document writes in lower case.
func (d *doc) lowerWords() map[string]bool {
	m := map[string]bool{}
	for _, tk := range d.toks {
		if tk.word && !tk.cap && tk.text == tk.lower {
			m[tk.text] = true
		}
	}
	return m
}

// itsNames reports, per entity, whether coreference joins a mention of
// it to "it", "its" or "itself" outside quotation marks and never to
// "he", "she" or their forms.
func (t *tree) itsNames(d *doc, entOf []int) []bool {
	out := make([]bool, len(d.ents))
	a := t.a
	seen := map[int]bool{}
	for mi := range d.mentions {
		ei := entOf[mi]
		if ei < 0 {
			continue
		}
		h := t.mentionHead(d, &d.mentions[mi])
		if h < 0 {
			continue
		}
		c := t.clusterAt(h)
		if c < 0 || seen[c] {
			continue
		}
		seen[c] = true
		it, person := false, false
		for _, m := range a.Clusters[c].Mentions {
			mn := &a.Mentions[m]
			if mn.Kind != nlp.PronounMention || t.quoted[mn.Head] {
				continue
			}
			switch strings.ToLower(a.Tokens[mn.Head].Text) {
			case "it", "its", "itself":
				it = true
			default:
				if wordGender(a.Tokens[mn.Head].Text) != 0 {
					person = true
				}
			}
		}
		if it && !person {
			out[ei] = true
		}
	}
	return out
}

// sharesSurname reports whether another entity typed as a person ends in
// the last word of entity ei's name: "Ivanka Trump" beside "Donald
// Trump" is one of a family, not a company.
func (d *doc) sharesSurname(ei int) bool {
	e := &d.ents[ei]
	if len(e.tokens) < 2 {
		return false
	}
	last := e.tokens[len(e.tokens)-1]
	for ej := range d.ents {
		o := &d.ents[ej]
		if ej != ei && o.kind == KindPerson && len(o.tokens) > 1 && strings.EqualFold(o.tokens[len(o.tokens)-1], last) {
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
communications entertainment industries`)

// designatedForm reports whether short is what long calls its firm
// without its designations, or the first or last words of that: "Big
// Machine" of "Big Machine Records", "Disney" of "Walt Disney Co".
func designatedForm(short, long string) bool {
	s, l := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(long))
	core := l
	for len(core) > 0 && firmDesignations[strings.Trim(core[len(core)-1], ".,")] {
		core = core[:len(core)-1]
	}
	if len(core) == len(l) || len(core) == 0 || len(s) == 0 || len(s) > len(core) {
		return false
	}
	return slices.Equal(core[:len(s)], s) || slices.Equal(core[len(core)-len(s):], s)
}
