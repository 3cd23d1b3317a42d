package summarize

import (
	"slices"
	"strings"
)

// maxParties caps the parties listed in a brief.
const maxParties = 8

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
	// How often each entity is named as a noun, not as a modifier
	// ("Muslim leaders", "a Latino community").
	nominal := make([]int, len(d.ents))
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
		if tk := &t.a.Tokens[h]; tk.UPOS != "ADJ" && tk.Rel != "amod" && tk.Rel != "compound" {
			nominal[ent]++
		}
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
		// A name set beside what it is stands where that word does:
		// "Shipping group Maersk said", "the carrier, Maersk, said".
		if hd := t.a.Tokens[h].Head; (r == "flat" || r == "appos") && hd >= 0 && t.a.Tokens[hd].UPOS == "NOUN" && bodyKinds[t.a.Tokens[hd].Lemma] {
			h, r = hd, t.a.Tokens[hd].Rel
		}
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
		case (r == "compound" || r == "amod" || r == "nmod:poss") && t.actsThroughHead(h) && !t.runsFor(h) && !(m.demonym && t.firmNoun(h)):
			// "Russian officials said", "Moscow's negotiators agreed";
			// not "The Norwegian firm has until…": a firm's nationality
			// says where it is from, not that its country acts.
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
	// adjectival reports whether an entity is a people the entity model
	// found (not a group the name lists know, "unions") that the story
	// only ever names as a modifier.
	adjectival := func(ei int) bool {
		return kind[ei] == KindGroup && d.ents[ei].kind != KindGroup && nominal[ei] == 0
	}
	// The entity model's type over all mentions types what the name lists
	// leave untyped, and confirms what they type.
	modelAgrees := make([]bool, len(d.ents))
	// Only a name that says, wants or agrees something: a plan the story
	// calls "it" does not.
	itsName, saidIt, heShe := t.itsNames(d, entOf)
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
		if e := &d.ents[ei]; kind[ei] == KindPerson && (corporate[ei] > 0 || (itsName[ei] && best != KindPerson || saidIt[ei]) && !d.sharesSurname(ei)) && len(e.roles) == 0 &&
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
		// A name the story takes up as "he" or "she" is a person's,
		// whatever the entity model voted ("Ava DuVernay … she said").
		modelAgrees[ei] = best != "" && best == kind[ei] || kind[ei] == KindPerson && heShe[ei]
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
	// A role named by the last word of a body the story names in full
	// ("Commission President Ursula von der Leyen" where the story names
	// the European Commission): that body's side.
	for _, p := range people {
		if kind[p.ent] == KindPerson && side[p.ent] < 0 && d.ents[p.ent].party == "" {
			side[p.ent] = d.roleBody(p.ent)
		}
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
	// A person who leads a side's delegation is on that side: "Deputy
	// Foreign Minister Majid Takht-Ravanchi led Iran's delegation", "The
	// Ukrainian delegation was led by Defence Minister Rustem Umerov".
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 || d.ents[p.ent].party != "" {
			continue
		}
		if s := d.ledSide(t, p.head, entOf); s >= 0 && s != p.ent && (kind[s] == KindCountry || kind[s] == KindOrganisation) {
			side[p.ent] = s
		}
	}
	// A role owned by a body the story calls by what it is ("the
	// company's chief executive, Leen Ploeg", "a spokeswoman for the
	// company, Lisa Holm") is on the side of the body that description
	// stands for, where it names one that acts.
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 || d.ents[p.ent].party != "" {
			continue
		}
		lo, hi := d.roleSpan(t, &d.mentions[p.mention], p.head)
		if s := t.describedBody(d, lo, hi); s >= 0 && (kind[s] == KindOrganisation || kind[s] == KindCountry) && stats[s].agent+stats[s].spoke > 0 {
			side[p.ent] = s
		}
	}
	// A spokesman the story names with no one's name on the role ("China's
	// commerce ministry welcomed the decision. A spokesman, Gao Feng,
	// said…") speaks for the body or country the sentence before has as
	// its subject, as news goes on with it.
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 || d.ents[p.ent].party != "" {
			continue
		}
		// The role: the noun the name is set beside ("A spokesman, Gao
		// Feng,"), else a spokesman's word in the role phrase.
		role := -1
		if h := t.a.Tokens[p.head].Head; h >= 0 && t.a.Tokens[p.head].Rel == "appos" && t.a.Tokens[h].UPOS == "NOUN" {
			role = h
		} else {
			lo, hi := d.roleSpan(t, &d.mentions[p.mention], p.head)
			for k := max(lo, 0); k <= hi && k < len(t.a.Tokens) && role < 0; k++ {
				if t.a.Tokens[k].UPOS == "NOUN" && spokesRole(strings.ToLower(t.a.Tokens[k].Lemma)) {
					role = k
				}
			}
		}
		if role < 0 || !spokesRole(strings.ToLower(t.a.Tokens[role].Lemma)) || t.ownedRole(role) {
			continue
		}
		if s := d.subjectBodyBefore(t, p.head, entOf, kind); s >= 0 && s != p.ent {
			side[p.ent] = s
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
		// Not where the "person" is a title the lists took for a name
		// ("The State Mediator, Kari Eidsvåg Holm,": she holds it).
		if s := side[ei]; s >= 0 && d.ents[ei].kind == KindPerson && (kind[s] == KindPerson || kind[s] == "") &&
			!(kind[s] == KindPerson && d.ents[s].kind == KindPerson) && !titleOnly(d.ents[ei].name) && !roleHeads[strings.ToLower(d.ents[ei].name)] {
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
		if s := side[p.ent]; s >= 0 && kind[s] == KindOrganisation && !legislatures[strings.ReplaceAll(strings.ToLower(d.ents[s].name), " ", "-")] && !politicalParty(d.ents[s].name) && d.namedInRole(t, p.mention, p.head, s, entOf) {
			// "Rep. G.K. Butterfield (D-N.C.), head of the Congressional
			// Black Caucus": the body the role is of, not the party.
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
		idx := d.mentionLists(entOf)
		for _, p := range people {
			if kind[p.ent] != KindPerson || side[p.ent] >= 0 || descSide[p.ent] >= 0 || commentator[p.ent] ||
				d.ents[p.ent].party != "" && !chamber(d.ents[p.ent].party) || !d.lawmaker(p.ent, idx.ofEnt[p.ent]) {
				continue
			}
			if s := d.partyAround(t, p.ent, entOf, kind, idx); s >= 0 {
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
		if _, known := lowerHas(gazetteer, d.ents[ei].name); known || kind[ei] != KindOrganisation || len(spans[ei]) == 0 || voiced[ei] ||
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
		// "Analysts at Bernstein": commentators speak for no one.
		var fb [16]string
		if f := appendFields(fb[:0], descKey(speaker)); len(f) > 1 && commentatorNouns[singular(f[0])] {
			return
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
		} else if c := d.countryOfBody(ei); c >= 0 {
			into[ei] = c
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
		// "unions" the lists know, where the story calls them "the
		// teachers' unions": the one described group of that kind.
		if q := describedGroup(descs, d.ents[ei].name, kind[ei]); q >= 0 {
			return descAcc(q)
		}
		a, ok := accs[ei]
		if !ok {
			e := &d.ents[ei]
			a = &acc{p: Party{Name: d.writtenName(ei, entOf), Kind: kind[ei], People: []string{}}, first: e.first, town: kind[ei] == KindCountry && e.kind == ""}
			accs[ei] = a
		}
		return a
	}
	// A political party that never acts in the story itself is its
	// people's affiliation, not their side: "Dean, a former Democratic
	// National Committee chairman", "Sen. Ann Cole (D-Ohio)" stand in
	// their own name.
	// So is a group of the party the story names by a member's noun ("Tom
	// Cotton, an Arkansas Republican"), unless the party acts.
	idle := func(s int, name string) bool {
		if s >= 0 && !politicalParty(name) && partyMember(name) {
			if p := d.politicalPartyOf(s); p >= 0 && p != s {
				return stats[p].agent+stats[p].spoke == 0 && stats[s].agent+stats[s].spoke == 0
			}
			return stats[s].agent+stats[s].spoke == 0
		}
		return politicalParty(name) && (s < 0 || stats[s].agent+stats[s].spoke == 0)
	}
	for ei := range d.ents {
		e := &d.ents[ei]
		if isSourceBody(e.name) || kind[ei] == "" || placePair(e.name) || !d.typeConfirmed(ei, kind[ei], modelAgrees[ei]) || chamber(e.name) || outside[ei] {
			continue
		}
		st := stats[ei]
		if adjectival(ei) {
			// A people only ever named by its adjective ("Muslim
			// leaders", "the Latino vote") is what describes someone,
			// not an actor, nor the side of "a Hindu priest".
			continue
		}
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
			case s >= 0 && idle(s, d.ents[s].name) || s < 0 && descSide[ei] < 0 && idle(d.entityNamed(e.party), e.party):
				// its own party, below
			case s >= 0 && s != ei && !isSourceBody(d.ents[s].name) && kind[s] != "" && !adjectival(s):
				// A side of a kind: not a name no list or model types
				// ("Nobel Peace Prize laureate Aung San Suu Kyi").
				a = get(s)
			case s < 0 && descSide[ei] >= 0:
				a = descAcc(descSide[ei])
			case s < 0 && e.party != "" && !chamber(e.party):
				// A side named only in the person's role ("Canadian Prime
				// Minister Justin Trudeau"): the country or body itself.
				g := lowerIn(gazetteer, e.party)
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
		// Two entities of one name ("The Writers Guild of America",
		// "Writers Guild of America"), merged below, are one body; the
		// description's own word capitalised ("Guild negotiators") is
		// none.
		target, n, tname := -1, 0, ""
		for _, k2 := range sortedKeys(accs) {
			b := accs[k2]
			if k2 <= -1_000_000 || b.p.Kind != da.p.Kind || !describes(descs[q], b.p.Name) || strings.EqualFold(b.p.Name, descs[q].head) {
				continue
			}
			clean, _ := partyName(b.p.Name, b.p.Kind)
			if name := strings.ToLower(clean); target < 0 {
				target, tname, n = k2, name, 1
			} else if name != tname {
				n++
			}
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
	lowerFields := make(map[int][]string, len(accs)) // each organisation's name, split once
	for _, k := range keys0 {
		if a := accs[k]; a.p.Kind == KindOrganisation {
			lowerFields[k] = strings.Fields(strings.ToLower(a.p.Name))
		}
	}
	for _, k := range keys0 {
		a := accs[k]
		if a.p.Kind != KindOrganisation {
			continue
		}
		for _, k2 := range keys0 {
			b, ok := accs[k2]
			if !ok || k2 == k || b.p.Kind != KindOrganisation || !designatedWords(lowerFields[k], lowerFields[k2]) {
				continue
			}
			absorb(b, a)
			delete(accs, k)
			break
		}
	}
	// "Hospital chief executive Mark Bell" in a story about City
	// Hospital: a common word the story capitalised, standing alone for a
	// body, is the one body it names with that word last.
	for _, k := range keys0 {
		a, ok := accs[k]
		if !ok || a.p.Kind != KindOrganisation || len(lowerFields[k]) != 1 || !d.writesLower(lowerFields[k][0]) {
			continue
		}
		w, target := lowerFields[k][0], -1
		for _, k2 := range keys0 {
			b, ok := accs[k2]
			if f := lowerFields[k2]; !ok || k2 == k || b.p.Kind != KindOrganisation || len(f) < 2 || f[len(f)-1] != w {
				continue
			}
			if target >= 0 {
				target = -2
				break
			}
			target = k2
		}
		if target >= 0 {
			absorb(accs[target], a)
			delete(accs, k)
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
			// "the National Liberation Army (ELN)": an acronym the story
			// puts in brackets right after a name is that name's, in the
			// language it abbreviates (all but one of its letters are
			// the name's initials, in any order).
			if !ok || k2 == k || !abbreviates(a.p.Name, b.p.Name) &&
				!(bracketAcronym(a.p.Name, b.p.Name) && d.bracketsAfter(a.p.Name, b.p.Name)) {
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
	for _, a := range accs {
		name, ok := partyName(a.p.Name, a.p.Kind)
		if !ok {
			continue
		}
		// A single word the story also writes in lower case is a common
		// word a capital at the start of a sentence or a heading made a
		// name of ("Federal…"), unless the name lists know it or it is
		// an acronym.
		if l := strings.ToLower(name); !strings.ContainsAny(name, " -") && d.writesLower(l) && !isAcronym(name) {
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

// sortedKeys returns a map's keys in order, for merging in a fixed order.
func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// namedInRole reports whether entity s is named in the role phrase after
// person mention mi (whose head is token h): "head of the Congressional
// Black Caucus" after "Rep. G.K. Butterfield (D-N.C.),", not "a hearing
// of the subcommittee that funds NASA" before "Rep. Robert Aderholt".
func (d *doc) namedInRole(t *tree, mi, h, s int, entOf []int) bool {
	_, hi := d.roleSpan(t, &d.mentions[mi], h)
	for i := h + 1; i <= hi && i < len(t.a.Tokens); i++ {
		if mj := d.mentionAt(t.a.Tokens[i].Start); mj >= 0 && mj != mi && entOf[mj] == s {
			return true
		}
	}
	return false
}
