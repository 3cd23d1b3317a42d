package summarize

// The sides of briefParties's people: the country, body or group each
// person speaks or acts for, read in passes once every entity is typed.

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// assignSides finds the side of each person the story names (side, or
// descSide for a side named only by description). Most passes only give
// a side to a person no earlier pass gave one, so their order is their
// precedence; a party tag after a name overrides the side before it,
// a person on a person's side takes that person's side, and in a story
// of political parties a side that is the chamber is cleared. typeSides
// also retypes as a body a side that people hold roles for.
func (pb *partyBuilder) assignSides(quotes []Quote) {
	pb.namedSides(quotes)
	pb.companySide()
	pb.roleSides()
	pb.describedSides()
	pb.typeSides()
	pb.governmentSides()
	pb.partyTagSides()
	pb.legislatureSides()
}

// namedSides gives each person the side a name gives them: their own
// title or appositive ("Democratic leader Nancy Pelosi"), the names
// around one of their mentions (sideOf), a body whose last word their
// role is (roleBody), a description of them that coreference ties to
// their name (describedSide), or the country they call their own in
// their words (ownCountries).
func (pb *partyBuilder) namedSides(quotes []Quote) {
	d, t, entOf := pb.d, pb.t, pb.entOf
	kind, side, people := pb.kind, pb.side, pb.people
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
	// The role a person acts in may name their side where nothing around
	// their name does: "Vasquez flew to Oslo as Chile's chief negotiator".
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 || d.ents[p.ent].party != "" {
			continue
		}
		side[p.ent] = d.actsAsSide(t, p.head, p.ent, entOf, kind)
	}
	// A speaker who names their own country in their words ("the future
	// of my country, Britain") is on its side.
	for _, own := range d.ownCountries(t, quotes, entOf, kind) {
		if p, c := own[0], own[1]; kind[p] == KindPerson && side[p] < 0 && d.ents[p].party == "" {
			side[p] = c
		}
	}
}

// companySide puts an executive whose role names no company on the side
// of the story's one company.
func (pb *partyBuilder) companySide() {
	d, t := pb.d, pb.t
	kind, stats, corporate, side, people := pb.kind, pb.stats, pb.corporate, pb.side, pb.people
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
}

// roleSides gives a person the side their role ties them to: the
// delegation they lead (ledSide), the body a description in their role
// stands for (describedBody), or, for a spokesman of no one named, the
// body the sentence before has as its subject (subjectBodyBefore).
func (pb *partyBuilder) roleSides() {
	d, t, entOf := pb.d, pb.t, pb.entOf
	kind, stats, side, people := pb.kind, pb.stats, pb.side, pb.people
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
	// A person a relative clause says runs a body is on its side:
	// "Ines Marlow, who chairs the pilots' association", "Oren Tal, who
	// heads Kestrel Freight".
	for _, p := range people {
		if kind[p.ent] != KindPerson || side[p.ent] >= 0 || d.ents[p.ent].party != "" {
			continue
		}
		// A name someone heads is a body, whatever typed it a person
		// (retyped here), unless the name lists know a person's name.
		if s := t.runsBody(d, p.head, entOf); s >= 0 && s != p.ent && (kind[s] == KindOrganisation || kind[s] == KindCountry || kind[s] == KindPerson && d.ents[s].kind != KindPerson) && stats[s].agent+stats[s].spoke > 0 {
			side[p.ent] = s
			if kind[s] == KindPerson {
				kind[s], pb.modelAgrees[s] = KindOrganisation, true
			}
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
	// A spokesman or another officer the story names with no one's name
	// on the role ("China's commerce ministry welcomed the decision. A
	// spokesman, Gao Feng, said…"; "The union agreed. … said chief
	// negotiator Ana Silva") speaks for the body or country the sentence
	// before has as its subject, as news goes on with it.
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
				// An officer's role before the name ("said chief
				// negotiator …"), not one after it ("backed Ana Silva
				// for president").
				if l := strings.ToLower(t.a.Tokens[k].Lemma); t.a.Tokens[k].UPOS == "NOUN" && (spokesRole(l) || officerNouns[l] && k < p.head) {
					role = k
				}
			}
		}
		if role < 0 || !officerRole(strings.ToLower(t.a.Tokens[role].Lemma)) || t.ownedRole(role) || t.formerRole(role) {
			continue
		}
		// An officer's role is written in lower case ("said chief
		// negotiator …"); a capitalised title before a name is an
		// office of state ("Secretary Kerry", "President Obama").
		if r := &t.a.Tokens[role]; !spokesRole(strings.ToLower(r.Lemma)) && r.Text != strings.ToLower(r.Text) {
			continue
		}
		if s := d.subjectBodyBefore(t, p.head, entOf, kind); s >= 0 && s != p.ent {
			side[p.ent] = s
		}
	}
}

// officerRole reports whether role noun r is one a body's own officer
// holds, and so speaks or acts for the body: a spokesman, a negotiator, a
// director, a chairwoman ("… said chief negotiator Ana Silva" after "The
// union said…"); not an outside voice's ("analyst", "lawyer").
func officerRole(r string) bool {
	return spokesRole(r) || officerNouns[r]
}

// officerNouns are the roles of a body's own officers (see officerRole).
var officerNouns = makeSet(`negotiator organiser organizer director chairman chairwoman chair chairperson president
secretary ceo officer manager`)

// describedSides gives a person no named side claims the side a
// description in their role stands for: a side named only by
// description (descSide: "the union's chief negotiator"), or the one
// named body a body's word before the role stands for ("Union president
// Maria Delgado").
func (pb *partyBuilder) describedSides() {
	d, t := pb.d, pb.t
	kind, stats, side, descSide, descs, tokParty, people := pb.kind, pb.stats, pb.side, pb.descSide, pb.descs, pb.tokParty, pb.people
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
			// No named body of that kind: the one side the story names
			// only by a description with that head ("Guild secretary Ola
			// Brenn" after "the ferry pilots' guild").
			if body == -1 {
				if q := describedBody(descs, tk.Lemma); q >= 0 {
					descSide[p.ent] = q
					break
				}
			}
		}
	}
}

// describedBody returns the one description party standing on its own
// that is an organisation with head noun head ("the ferry pilots' guild"
// for "guild"), or -1.
func describedBody(descs []descParty, head string) int {
	found := -1
	for q := range descs {
		if dq := &descs[q]; dq.into == q && dq.head == head && dq.kind == KindOrganisation {
			if found >= 0 {
				return -1
			}
			found = q
		}
	}
	return found
}

// typeSides gives a person still on no side the side their entity's
// party names, and retypes as a body a side that people hold roles for
// (a "person" whose role someone holds, a place whose people run a
// firm).
func (pb *partyBuilder) typeSides() {
	d, t := pb.d, pb.t
	kind, modelAgrees, side, people := pb.kind, pb.modelAgrees, pb.side, pb.people
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
			!(kind[s] == KindPerson && d.ents[s].kind == KindPerson) && !titleOnly(d.ents[ei].name) && !roleHeads[d.ents[ei].lower] {
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
}

// governmentSides puts a minister, a chancellor or a president whose
// role names no country on the side of the story's government.
func (pb *partyBuilder) governmentSides() {
	d, t, entOf := pb.d, pb.t, pb.entOf
	kind, stats, side, descSide, commentator, people := pb.kind, pb.stats, pb.side, pb.descSide, pb.commentator, pb.people
	// A minister, a chancellor or a president whose role names no
	// country ("Deputy Prime Minister John Prescott", "the finance
	// minister, Lou Jiwei") serves the story's government: the White
	// House for a president where it acts in the story, else the one
	// country the story names, unless they act more than it does
	// (actsMoreThan): then they act in their own name.
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
		case gov >= 0 && pb.actsMoreThan(p.ent, gov):
			if pb.outvoiced == nil {
				pb.outvoiced = map[int]bool{}
			}
			pb.outvoiced[gov] = true
		case gov >= 0:
			side[p.ent] = gov
		case gov == -2 && office != "":
			side[p.ent] = d.homeCountry(p.ent, office, held, moved[p.ent], kind, stats)
		}
	}
}

// partyTagSides puts a person whose name a party tag follows ("Rep. Jim
// McGovern, D-Mass.") on that party's side, or, where the story names no
// such party and the person has no side, records the tag as their party
// (d.ents[].party). Then a person on the side of another person who has
// a side of their own takes that side.
func (pb *partyBuilder) partyTagSides() {
	d, t, entOf := pb.d, pb.t, pb.entOf
	kind, side, descSide, people := pb.kind, pb.side, pb.descSide, pb.people
	// A party tag after a name ("Rep. Jim McGovern, D-Mass.", "Speaker
	// Paul Ryan (R-Wis.)") names the person's party: it is their side,
	// rather than the chamber their role names.
	for _, p := range people {
		if kind[p.ent] != KindPerson {
			continue
		}
		if s := side[p.ent]; s >= 0 && kind[s] == KindOrganisation && !hyphenLowerIn(legislatures, d.ents[s].name) && !politicalParty(d.ents[s].name) && d.namedInRole(t, p.mention, p.head, s, entOf) {
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
}

// legislatureSides reads the sides of a story where political parties
// act: a chamber or a committee is no one's side, and a lawmaker sits
// with the party the sentences about them name. It sets parliament.
func (pb *partyBuilder) legislatureSides() {
	d, t, entOf := pb.d, pb.t, pb.entOf
	kind, stats, side, descSide, commentator, people := pb.kind, pb.stats, pb.side, pb.descSide, pb.commentator, pb.people
	// A legislature is where the political parties of a story meet: where
	// a party acts in it ("Democrats said…"), the chamber is no side of its
	// own, and its leaders are not on its side ("Senate Minority Leader
	// Chuck Schumer").
	for ei := range d.ents {
		if kind[ei] == KindOrganisation && stats[ei].agent+stats[ei].spoke > 0 && politicalParty(d.ents[ei].name) {
			pb.parliament = true
			break
		}
	}
	parliament := pb.parliament
	for ei := range d.ents {
		// A committee is the chamber's too ("the chairman of the Finance
		// Committee").
		if s := side[ei]; s >= 0 && (pb.chamber(d.ents[s].name) || parliament && kind[ei] == KindPerson && committee(d.ents[s].name)) {
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
				d.ents[p.ent].party != "" && !pb.chamber(d.ents[p.ent].party) || !d.lawmaker(p.ent, idx.ofEnt[p.ent]) {
				continue
			}
			if s := d.partyAround(t, p.ent, entOf, kind, idx); s >= 0 {
				side[p.ent] = s
			}
		}
	}
}

// chamber reports whether name is a legislature's in a story where a
// political party acts (parliament); in any other story no name is.
func (pb *partyBuilder) chamber(name string) bool {
	return pb.parliament && hyphenLowerIn(legislatures, name)
}

// markOutside marks the bodies that only give an outside voice its
// standing (outside): they are no side, and neither are their people.
func (pb *partyBuilder) markOutside() {
	d, t, entOf := pb.d, pb.t, pb.entOf
	kind, side, descs, people := pb.kind, pb.side, pb.descs, pb.people
	// A body named only in the role of one of its people ("Dana Reyes,
	// director of the Harbor Policy Institute, said") gives an outside
	// voice its standing: it is no side, and neither is a person the story
	// names once for it. A body the story also describes ("the union") is
	// one.
	// The bodies' people's role phrases, in one slice (body, lo, hi),
	// and how many each body has.
	spans := make([][3]int, 0, len(people))
	roles := make([]int, len(d.ents))
	// A body has a person named more than once, or one who speaks for it
	// (its leader, not its researcher).
	voiced := make([]bool, len(d.ents))
	for _, p := range people {
		if s := side[p.ent]; kind[p.ent] == KindPerson && s >= 0 {
			lo, hi := d.roleSpan(t, &d.mentions[p.mention], p.head)
			spans = append(spans, [3]int{s, lo, hi})
			roles[s]++
			voiced[s] = voiced[s] || d.ents[p.ent].mentions > 1 || !t.expertRole(lo, hi, academic(d.ents[s].name))
		}
	}
	outside := pb.outside
	for ei := range d.ents {
		// The name lists' bodies are actors of the world's news ("the
		// European Union's ambassador").
		if _, known := lowerHas(gazetteer, d.ents[ei].name); known || kind[ei] != KindOrganisation || roles[ei] == 0 || voiced[ei] ||
			slices.ContainsFunc(descs, func(dp descParty) bool { return describes(dp, d.ents[ei].name) }) {
			continue
		}
		outside[ei] = true
		for mi := range d.mentions {
			if entOf[mi] != ei {
				continue
			}
			h := t.mentionHead(d, &d.mentions[mi])
			if !slices.ContainsFunc(spans, func(sp [3]int) bool { return sp[0] == ei && h >= sp[1] && h <= sp[2] }) {
				outside[ei] = false
				break
			}
		}
	}
	// A name the story only ever writes as the whole of a quotation is a
	// work's title (the singer's “Harbour Lights”), not a body: no side,
	// and no one speaks for it.
	for ei := range d.ents {
		if kind[ei] != KindPerson && d.onlyTitled(ei, entOf) {
			outside[ei] = true
		}
	}
}

// onlyTitled reports whether every mention of entity ei stands right
// after an opening quotation mark and right before a closing one (or the
// bracket of a subtitle): “Harbour Lights”, “Harbour Lights (Live)”.
func (d *doc) onlyTitled(ei int, entOf []int) bool {
	n := 0
	for mi := range d.mentions {
		if entOf[mi] != ei {
			continue
		}
		m := &d.mentions[mi]
		if m.t0 < 1 || m.t1 >= len(d.toks) {
			return false
		}
		switch d.toks[m.t0-1].text {
		case "“", "\"", "‘":
		default:
			return false
		}
		switch d.toks[m.t1].text {
		case "”", "\"", "’", "(":
		default:
			return false
		}
		n++
	}
	return n > 0
}

// actsAsSide returns the country or body named as the owner of the role
// the person at token h acts in ("… flew to Oslo as Chile's chief
// negotiator", "… visited as the Peruvian trade minister"): the person is
// the subject of a verb that has an "as" phrase headed by a role that
// acts for a side (agentRoles), and a name owns or qualifies that noun.
// It returns -1 when there is none, or the name is the person's own.
func (d *doc) actsAsSide(t *tree, h, self int, entOf []int, kind []string) int {
	a := t.a
	if h < 0 || t.quoted[h] || a.Tokens[h].Rel != "nsubj" {
		return -1
	}
	v := a.Tokens[h].Head
	if v < 0 || a.Tokens[v].UPOS != "VERB" {
		return -1
	}
	// The "as" phrase hangs from the verb, or (the parser's slip) from
	// the verb's object: "visited the capital on Monday as Chile's
	// envoy".
	var cands []int
	for _, c := range t.children(v) {
		cands = append(cands, int(c))
		if r := a.Tokens[c].Rel; r == "obj" || r == "obl" {
			for _, g := range t.children(int(c)) {
				cands = append(cands, int(g))
			}
		}
	}
	for _, c := range cands {
		r := &a.Tokens[c]
		if r.Rel != "obl" && r.Rel != "nmod" || r.UPOS != "NOUN" || !lowerIn(agentRoles, r.Lemma) || t.caseOf(c) != "as" || t.formerRole(c) {
			continue
		}
		for _, o := range t.children(c) {
			switch a.Tokens[o].Rel {
			case "nmod:poss", "amod", "compound":
			default:
				continue
			}
			mi := d.mentionAt(a.Tokens[o].Start)
			if mi < 0 || entOf[mi] < 0 || entOf[mi] == self || !sideKind(kind[entOf[mi]]) || kind[entOf[mi]] == "" {
				continue
			}
			return entOf[mi]
		}
	}
	return -1
}

// agentRoles are roles that act or speak for a side in its dealings with
// others: "as Chile's negotiator" is Chile's voice; "as the club's
// captain" or "as its coach" is one of its members, who may bargain with
// it over a contract.
var agentRoles = makeSet(`negotiator envoy ambassador minister president premier chancellor secretary spokesman
spokeswoman spokesperson representative delegate leader head chief diplomat commissioner governor mayor official`)

// actsMoreThan reports whether person ei acts in the story (is the
// subject of a clause: the speakers are credited later) more often than
// country c does in its own name: such a person ("the vice president
// pressed senators… she met growers…" in a story of a domestic quarrel
// that names the country only in passing) is a party in their own right,
// not the country's voice.
func (pb *partyBuilder) actsMoreThan(ei, c int) bool {
	own := pb.stats[ei].agent + pb.stats[ei].spoke
	return own > pb.stats[c].agent+pb.stats[c].spoke
}

// runVerbs are the verbs by which a person runs a body ("who chairs the
// board", "who heads Kestrel Freight"). Lemmas.
var runVerbs = makeSet(`chair head lead run direct`)

// runsBody returns the body a relative clause on the name at token h says
// the person runs ("Ines Marlow, who chairs the pilots' association"): a
// name, or "the" and a body's noun that coreference ties to a name; -1
// when there is none.
func (t *tree) runsBody(d *doc, h int, entOf []int) int {
	a := t.a
	if h < 0 || t.quoted[h] {
		return -1
	}
	for _, c := range t.children(h) {
		v := int(c)
		vt := &a.Tokens[v]
		if vt.Rel != "acl:relcl" || vt.UPOS != "VERB" || !runVerbs[vt.Lemma] || t.quoted[v] {
			continue
		}
		if subj := t.child(v, "nsubj"); subj < 0 || a.Tokens[subj].UPOS != "PRON" {
			continue
		}
		o := t.child(v, "obj")
		if o < 0 {
			continue
		}
		ot := &a.Tokens[o]
		if ot.UPOS == "PROPN" {
			if mi := d.mentionAt(ot.Start); mi >= 0 && entOf[mi] >= 0 {
				return entOf[mi]
			}
			if n, ok := t.speakerOf(o); ok && properName(n) {
				return d.entityOfSpeaker(n)
			}
			continue
		}
		if ot.UPOS != "NOUN" || !bodyKinds[ot.Lemma] {
			continue
		}
		if det := t.child(o, "det"); det < 0 || !nlp.EqualFoldLower(a.Tokens[det].Text, "the") {
			continue
		}
		if n, ok := t.speakerOf(o); ok && properName(n) {
			return d.entityOfSpeaker(n)
		}
	}
	return -1
}
