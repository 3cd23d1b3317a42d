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
//
// The work runs in phases over a partyBuilder, each reading what the
// ones before it settled: the evidence of every mention (readMentions),
// each entity's type (typeEntities), each person's side (assignSides),
// the bodies that only give an outside voice its standing (markOutside),
// who speaks (creditSpeakers), the bodies that fold into the party they
// belong to (foldBodies), the parties the evidence adds up to
// (accumulate), the parties that are one under several names (merge),
// a transcript's speaker labels (applyLabels), and the parties that make
// the list, ranked (ranked).
func (d *doc) briefParties(t *tree, quotes []Quote, statements []Statement) []Party {
	// The builder's slices and maps are made here, in the frame that
	// holds the builder, not by a method: Go keeps a small one on the
	// stack only there (one a method made and stored through pb would
	// escape to the heap). first is the room on the stack a local append
	// would have had for the first person mention; readMentions appends
	// to it. This is a hot path: moving them costs allocations.
	n := len(d.ents)
	pb := partyBuilder{
		d:           d,
		t:           t,
		stats:       make([]partyStats, n),
		side:        make([]int, n),
		commentator: make([]bool, n),
		corporate:   make([]int, n),
		townOffice:  make([]int, n),
		kind:        make([]string, n),
		votes:       make([][len(partyKinds)]int, n),
		descSide:    make([]int, n),
		nominal:     make([]int, n),
		modelAgrees: make([]bool, n),
		outside:     make([]bool, n),
		into:        make([]int, n),
		descOf:      map[string]int{},
		accs:        make(map[int]*partyAcc),
		named:       make(map[string]*partyAcc),
	}
	var first [1]personMention
	pb.start()
	pb.people = pb.readMentions(first[:0])
	pb.typeEntities()
	pb.assignSides(quotes)
	pb.markOutside()
	pb.creditSpeakers(quotes, statements)
	pb.foldBodies()
	pb.accumulate()
	pb.merge()
	pb.applyLabels()
	return pb.ranked()
}

// ranked returns the parties that make the brief, most active first, at
// most maxParties: a name that is a common word capitalised, or a party
// that neither acts nor speaks and is barely involved, is left out.
func (pb *partyBuilder) ranked() []Party {
	d, accs := pb.d, pb.accs
	order := make([]*partyAcc, 0, len(accs))
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
		// An acronym the story also writes as a plural ("super PACs",
		// "the CEOs") is a common noun, a kind of thing, not the name of
		// one body: a name takes no plural.
		if isAcronym(name) && d.writesPlural(name) {
			continue
		}
		// A single word only ever written as the start of a longer name
		// ("Citizens for Clean Water", "Global 100") is a piece of that
		// name: the party is the whole name, a body's ("for" and "of"
		// join no person's names).
		if !strings.ContainsAny(name, " -") {
			if long := d.nameFrom(name); long != "" {
				name = long
				if a.p.Kind == KindPerson && strings.Contains(long, " ") {
					a.p.Kind = KindOrganisation
				}
			}
		}
		a.p.Name = name
		// A party acts, speaks, has people who do, or is mentioned as
		// involved more than once.
		// A country no one acts or speaks for is a party only where it
		// is dealt with ("retaliate against Russia", "talks with Iran"),
		// not where it is the setting ("U.S. companies"); a town or a
		// state, only where it acts.
		// A person the headline names is a principal however little
		// the story has them do.
		if !a.headline && a.st.agent+a.st.spoke == 0 && (a.st.other < 2 || a.p.Kind == KindCountry && len(a.p.People) == 0 && (a.st.arg == 0 || a.town)) {
			continue
		}
		if a.p.Mentions == 0 {
			a.p.Mentions = 1
		}
		order = append(order, a)
	}
	slices.SortFunc(order, func(x, y *partyAcc) int {
		sx, sy := x.st.score()+x.p.Mentions, y.st.score()+y.p.Mentions
		if sx != sy {
			return sy - sx
		}
		if x.first != y.first {
			return x.first - y.first
		}
		return strings.Compare(x.p.Name, y.p.Name)
	})
	order = loneHomeCountry(order)
	out := make([]Party, 0, min(len(order), maxParties))
	for _, a := range order {
		// After the first three (the principals, most active first), a
		// party speaks, has people of its own in the story, or is
		// named at least minPartyMentions times; one that does none of
		// these is quiet, and stays only with a position or a proposal
		// (actingParties).
		// The third, named only once, is no principal either ("The
		// World Bank lent Kenya $500 million in 2019").
		if (len(out) >= 3 || len(out) == 2 && a.p.Mentions < 2) && !a.headline && a.st.spoke == 0 && len(a.p.People) == 0 && a.p.Mentions < minPartyMentions {
			if d.quietParties == nil {
				d.quietParties = map[string]bool{}
			}
			d.quietParties[a.p.Name] = true
		}
		out = append(out, a.p)
		if len(out) == maxParties {
			break
		}
	}
	return out
}

// loneHomeCountry returns the parties with the one country of a story
// of no other country, ranked after the principals, replaced by the
// people listed with it: in a story of one country's own affairs
// ("Obama said…" in a story of a US election) the country is the setting,
// and its president a party in his own name. Ranked below the party that
// leads the story, the one country that neither acts nor speaks and has
// no people of its own is left out: the setting; so is the one that acts
// but has no people and is never dealt with, ranked below a person who
// leads the story in their own name ("Canada raised its sales tax" in a
// story of a candidate's promises), and the one whose official acts in
// their own name rather than as its voice (outvoiced, see actsMoreThan):
// it is the setting of their acts. A town or a state (town) is
// a place within the country, not a second country: "Phoenix" acting in
// a story of a US election leaves it a story of one country.
func loneHomeCountry(order []*partyAcc) []*partyAcc {
	lone := -1
	for i, a := range order {
		if a.p.Kind != KindCountry || a.town {
			continue
		}
		if lone >= 0 {
			return order // two countries: an international story
		}
		lone = i
	}
	if lone >= 1 && len(order[lone].p.People) == 0 && (order[lone].st.agent+order[lone].st.spoke == 0 || slices.ContainsFunc(order, politicalPartyAcc) || order[lone].outvoiced || order[0].p.Kind == KindPerson && order[lone].st.arg == 0) {
		// It neither acts nor speaks, no one does for it, and another
		// party leads: the setting ("U.S. companies", "profits kept
		// outside the United States"). Below a person who leads in
		// their own name, a country no one acts for and nothing is
		// done to is the setting of their acts too, and so is one
		// whose official acts in their own name.
		return slices.Delete(slices.Clone(order), lone, lone+1)
	}
	if lone < 3 || len(order[lone].p.People) == 0 {
		return order
	}
	c := order[lone]
	out := slices.Clone(order[:lone])
	for _, person := range c.p.People {
		out = append(out, &partyAcc{p: Party{Name: person, Kind: KindPerson, Mentions: 1}, st: c.st, first: c.first})
	}
	return append(out, order[lone+1:]...)
}

// politicalPartyAcc reports whether a is a political party: a country
// no one speaks for, in a story of its political parties, is where they
// contend, not a side.
func politicalPartyAcc(a *partyAcc) bool {
	return a.p.Kind == KindOrganisation && politicalParty(a.p.Name)
}

// writesPlural reports whether the text writes the word w with a plural
// "s" added ("PACs" for "PAC"), letter for letter.
func (d *doc) writesPlural(w string) bool {
	for i := range d.toks {
		if t := d.toks[i].text; len(t) == len(w)+1 && t[len(w)] == 's' && strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// nameFrom returns the longer name the word w always opens in the text:
// "Citizens for Clean Water" for "Citizens" when the text writes the word
// only there, followed by "for" or "of" and capitalised words (an article
// between them or not: "Friends of the Earth") or by a number ("Global
// 100"). It returns "" when the text writes the word on its own, or opens
// different names with it, or never writes it.
func (d *doc) nameFrom(w string) string {
	long := ""
	for i := range d.toks {
		if d.toks[i].text != w {
			continue
		}
		end := d.nameGoesOn(i)
		if end < 0 {
			return ""
		}
		n := d.text[d.toks[i].start:d.toks[end].end]
		if long != "" && n != long {
			return ""
		}
		long = n
	}
	return long
}

// nameOpener returns the first word of a name whose second word is "for",
// "of" or a number, the names nameFrom makes.
func nameOpener(name string) (string, bool) {
	w, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return "", false
	}
	second, _, _ := strings.Cut(rest, " ")
	if second != "for" && second != "of" && (second[0] < '0' || second[0] > '9') {
		return "", false
	}
	return w, true
}

// nameGoesOn returns the last token of the longer name the word at token
// i opens (see nameFrom), or -1.
func (d *doc) nameGoesOn(i int) int {
	next := func(k int) *token {
		if k+1 >= len(d.toks) || !d.toks[k+1].word || d.toks[k+1].start != d.toks[k].end+1 {
			return nil
		}
		return &d.toks[k+1]
	}
	n := next(i)
	switch {
	case n == nil:
		return -1
	case n.text[0] >= '0' && n.text[0] <= '9':
		return i + 1
	case n.lower != "for" && n.lower != "of":
		return -1
	}
	k := i + 1
	if n = next(k); n != nil && (n.lower == "the" || n.lower == "a" || n.lower == "an") {
		k++
		n = next(k)
	}
	if n == nil || !n.cap {
		return -1
	}
	for n != nil && n.cap {
		k++
		n = next(k)
	}
	return k
}

// minPartyMentions is how often a party after the first three that
// neither speaks nor has people of its own must be named not to be quiet
// (see actingParties).
const minPartyMentions = 3

// actingParties returns the brief's parties less the quiet ones (see
// ranked) that the negotiation gives no position and no proposal: a
// lender, a court or an outlet named once or twice in passing is context,
// not a side; "NATO and the European Union backed Ukraine" is a stance.
// It filters b.Parties in place.
func (d *doc) actingParties(b *Brief) []Party {
	if len(d.quietParties) == 0 {
		return b.Parties
	}
	out := b.Parties[:0]
	for _, p := range b.Parties {
		if d.quietParties[p.Name] && !partyStands(b, p.Name) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// partyStands reports whether the brief gives the party a position or a
// proposal.
func partyStands(b *Brief, name string) bool {
	for i := range b.Positions {
		if b.Positions[i].Party == name {
			return true
		}
	}
	for i := range b.Proposals {
		if b.Proposals[i].By == name {
			return true
		}
	}
	return false
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
