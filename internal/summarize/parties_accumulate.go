package summarize

// The parties briefParties's evidence adds up to: each entity folded
// into the party it belongs to, each person's evidence credited to their
// side, and the sides named only by description.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// partyAcc is a party being accumulated: the party, its evidence, and
// the first token it is named at.
type partyAcc struct {
	p     Party
	st    partyStats
	first int
	// town is set for a place only the entity model knows (a
	// state, a city: "New York", "Cleveland"), not a country of the
	// name lists.
	town bool
	// headline is set for a person the article's headline names: a
	// principal, however little the story has them act.
	headline bool
	// outvoiced is set for a country whose official acts in their own
	// name rather than as its voice (partyBuilder.outvoiced).
	outvoiced bool
}

// foldBodies settles the party each entity's evidence goes to (into):
// its own, or for a body the party or country it belongs to.
func (pb *partyBuilder) foldBodies() {
	d := pb.d
	// A body named after a party it belongs to folds into it: "House
	// Democrats" into "Democrats", "the Chinese Foreign Ministry" into
	// China.
	into := pb.into
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
}

// absorb merges party a into party b.
func (b *partyAcc) absorb(a *partyAcc) {
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
func (pb *partyBuilder) descAcc(q int) *partyAcc {
	d, descs, accs := pb.d, pb.descs, pb.accs
	k := -1_000_000 - q
	a, ok := accs[k]
	if !ok {
		dq := &descs[q]
		a = &partyAcc{p: Party{Name: dq.name, Kind: dq.kind, Mentions: dq.mentions, People: []string{}}, st: dq.st, first: d.tokAt(dq.first)}
		accs[k] = a
	}
	return a
}

// get returns the party entity ei folds into (or the described group
// it is), adding it if new.
func (pb *partyBuilder) get(ei int) *partyAcc {
	d, entOf, kind, descs, into, accs := pb.d, pb.entOf, pb.kind, pb.descs, pb.into, pb.accs
	ei = into[ei]
	// "unions" the lists know, where the story calls them "the
	// teachers' unions": the one described group of that kind.
	if q := describedGroup(descs, d.ents[ei].name, kind[ei]); q >= 0 {
		return pb.descAcc(q)
	}
	a, ok := accs[ei]
	if !ok {
		e := &d.ents[ei]
		name := d.writtenName(ei, entOf)
		if kind[ei] == KindPerson {
			name = pb.t.untitledName(name)
		}
		a = &partyAcc{p: Party{Name: name, Kind: kind[ei], People: []string{}}, first: e.first, town: kind[ei] == KindCountry && e.kind == "", outvoiced: pb.outvoiced[ei]}
		accs[ei] = a
	}
	return a
}

// untitledName returns a person's name without a first word that is no
// given name where the second is one ("Galaxy Maria Kessel" -> "Maria
// Kessel", of "Former Miss Galaxy Maria Kessel"): a title the lists do
// not know, taken into the name. A name
// of two words, or whose first word is a given name, is returned whole.
func (t *tree) untitledName(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !strings.Contains(rest, " ") {
		return name
	}
	second, _, _ := strings.Cut(rest, " ")
	given := func(w string) bool {
		return isKnownFirstNameLower(w) || t.nameGender != nil && t.nameGender(w) != 0
	}
	if given(first) || initial(first) {
		return name
	}
	if !given(second) {
		// A title whose field the lists do not know ("Fisheries
		// Minister Ana Lutui"): the name is what follows the last title
		// word before the name's last.
		f := strings.Fields(name)
		for k := len(f) - 2; k > 0; k-- {
			if titleWords[strings.ToLower(f[k])] {
				return strings.Join(f[k+1:], " ")
			}
		}
		return name
	}
	return rest
}

// initial reports whether w is a name's initial ("J.").
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && unicode.IsUpper(r) && w[n:] == "."
}

// idle reports whether side s, named name (s is -1 where no entity has
// that name), is its people's affiliation rather than their side.
//
// A political party that never acts in the story itself is its
// people's affiliation, not their side: "Dean, a former Democratic
// National Committee chairman", "Sen. Ann Cole (D-Ohio)" stand in
// their own name.
// So is a group of the party the story names by a member's noun ("Tom
// Cotton, an Arkansas Republican"), unless the party acts.
func (pb *partyBuilder) idle(s int, name string) bool {
	d, stats := pb.d, pb.stats
	if s >= 0 && !politicalParty(name) && partyMember(name) {
		if p := d.politicalPartyOf(s); p >= 0 && p != s {
			return stats[p].agent+stats[p].spoke == 0 && stats[s].agent+stats[s].spoke == 0
		}
		return stats[s].agent+stats[s].spoke == 0
	}
	return politicalParty(name) && (s < 0 || stats[s].agent+stats[s].spoke == 0)
}

// outranksParty reports whether person ei, of political party s, is
// named more often than the party itself and acts or speaks, and holds
// none of the party's own offices (its leader, its chair): a candidate
// the story follows ("Republican Marla Quist") is a party in their own
// name, the political party their affiliation; "Liberal leader Dorian
// Vell" speaks for his party.
func (pb *partyBuilder) outranksParty(ei, s int) bool {
	d, st := pb.d, pb.stats[ei]
	e := &d.ents[ei]
	if s == ei || !politicalParty(d.ents[s].name) || e.mentions <= d.ents[s].mentions || st.agent+st.spoke == 0 {
		return false
	}
	for _, r := range e.roles {
		switch r {
		case "leader", "chairman", "chairwoman", "chair":
			return false
		}
	}
	return true
}

// accumulate adds up the evidence of every typed entity into the party
// it folds into (get): a person who speaks or acts for a side into that
// side, or one named only in their role (named); anyone else who acts,
// speaks or is involved into their own party. A described side that
// speaks, or acts more than once, is a party too.
func (pb *partyBuilder) accumulate() {
	d := pb.d
	kind, votes, stats, side, descSide, commentator, modelAgrees, outside, descs := pb.kind, pb.votes, pb.stats, pb.side, pb.descSide, pb.commentator, pb.modelAgrees, pb.outside, pb.descs
	named := pb.named // sides named only in a role
	for ei := range d.ents {
		e := &d.ents[ei]
		if isSourceBody(e.name) || kind[ei] == "" || placePair(e.name) || !d.typeConfirmed(ei, kind[ei], modelAgrees[ei]) || pb.chamber(e.name) || outside[ei] {
			continue
		}
		st := stats[ei]
		if pb.adjectival(ei) {
			// A people only ever named by its adjective ("Muslim
			// leaders", "the Latino vote") is what describes someone,
			// not an actor, nor the side of "a Hindu priest".
			continue
		}
		headline := kind[ei] == KindPerson && (pb.headlined(ei) || pb.introducedAsCounterpart(ei))
		if kind[ei] == KindPerson {
			// A commentator the headline names is the story's subject
			// ("Pundit X: the plan reeks of fear"), not an outside voice
			// on it.
			if !headline && (st.spoke+st.agent == 0 && e.mentions < 3 || commentator[ei]) {
				continue // mentioned in passing, or a commentator
			}
			if bareWord(e, st, votes[ei][0]) {
				continue
			}
			if s := side[ei]; s >= 0 && (outside[s] || isSourceBody(d.ents[s].name)) {
				continue // an outside voice, or an outlet's ("NBC's Lester Holt")
			}
			var a *partyAcc
			switch s := side[ei]; {
			case s >= 0 && (pb.idle(s, d.ents[s].name) || pb.outranksParty(ei, s)) || s < 0 && descSide[ei] < 0 && pb.idle(d.entityNamed(e.party), e.party):
				// its own party, below
			case s >= 0 && s != ei && !isSourceBody(d.ents[s].name) && kind[s] != "" && !pb.adjectival(s):
				// A side of a kind: not a name no list or model types
				// ("Nobel Peace Prize laureate Aung San Suu Kyi").
				a = pb.get(s)
			case s < 0 && descSide[ei] >= 0:
				a = pb.descAcc(descSide[ei])
			case s < 0 && e.party != "" && !pb.chamber(e.party):
				// A side named only in the person's role ("Canadian Prime
				// Minister Justin Trudeau"): the country or body itself.
				g := lowerIn(gazetteer, e.party)
				a = named[e.party]
				if a == nil {
					a = &partyAcc{p: Party{Name: e.party, Kind: g.kind, People: []string{}}, first: e.first}
					named[e.party] = a
				}
			}
			if a != nil {
				if name := pb.t.untitledName(e.name); !containsStr(a.p.People, name) {
					a.p.People = append(a.p.People, name)
				}
				a.st.spoke += st.spoke
				a.st.agent += st.agent
				continue
			}
		}
		if st.agent+st.spoke+st.other == 0 {
			continue // only ever a place
		}
		a := pb.get(ei)
		a.p.Mentions += e.mentions
		a.st.add(st)
		a.headline = a.headline || headline
		if e.first < a.first {
			a.first = e.first
		}
	}
	for q := range descs {
		// A described side speaks, or acts more than once, and is
		// mentioned more than once: workers a story only talks about
		// are not a side in it.
		if dq := &descs[q]; dq.into == q && dq.mentions > 1 && (dq.st.spoke > 0 || dq.st.agent > 1) {
			pb.descAcc(q)
		}
	}
}

// introducedAsCounterpart reports whether the story introduces person
// ei, outside quotation marks, as someone's counterpart, rival or
// opponent, the noun right before the name ("his Uruguayan counterpart
// Tomas Alvez", "the mayor's challenger, Odile Ferrand"): the other side
// of a principal is a principal, however little the story has them do.
func (pb *partyBuilder) introducedAsCounterpart(ei int) bool {
	d := pb.d
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if pb.entOf[mi] != ei || m.inQuote {
			continue
		}
		k := m.n0 - 1
		if k >= 0 && d.toks[k].text == "," {
			k--
		}
		if k >= 0 && counterpartNouns[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// counterpartNouns name the other side of a principal.
var counterpartNouns = makeSet(`counterpart counterparts rival opponent challenger`)

// headlined reports whether the article's headline names person ei: by
// their full name, or by their surname where no other person of the
// story shares it ("Obama Sees 'Personal Insult'…", "Clinton-Supporting
// Super PACs…"). The headline names the story's principals.
func (pb *partyBuilder) headlined(ei int) bool {
	d := pb.d
	e := &d.ents[ei]
	if d.headline == "" || len(e.tokens) == 0 {
		return false
	}
	if len(e.tokens) > 1 && strings.Contains(d.headline, e.name) {
		return true
	}
	last := e.tokens[len(e.tokens)-1]
	if len(e.tokens) < 2 || len(last) < 3 || d.sharesSurname(ei, func(ej int) bool { return pb.kind[ej] == KindPerson }) {
		return false
	}
	// The surname as a whole word of the headline, with its capital.
	h := d.headline
	for i := 0; i+len(last) <= len(h); i++ {
		end := i + len(last)
		if h[i] >= 'A' && h[i] <= 'Z' && strings.EqualFold(h[i:end], last) && (i == 0 || !isLetterByte(h[i-1])) && (end == len(h) || !isLetterByte(h[end])) {
			return true
		}
	}
	return false
}
