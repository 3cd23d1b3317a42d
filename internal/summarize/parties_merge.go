package summarize

// The parties briefParties accumulated that are one party under several
// names, merged, and a transcript's speaker labels read as people.

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// merge merges the parties that are one under several names, in this
// order: a description into the named party it describes, "unions" into
// the one union, the sides named only in a role into the party of that
// name, then parties of one name, a firm's short name into its full one,
// and an acronym into the name it abbreviates. Each step walks the
// parties in key order (sortedKeys), and the sides named in a role in
// name order, so that what merges into what never depends on map order.
func (pb *partyBuilder) merge() {
	pb.mergeDescriptions()
	pb.mergeUnions()
	pb.addNamed()
	pb.mergeByName()
	pb.mergeMisspelt()
	pb.mergeFirms()
	pb.mergeAcronyms()
	pb.mergeSeats()
}

// mergeDescriptions merges a description into the named party it
// describes.
func (pb *partyBuilder) mergeDescriptions() {
	descs, accs := pb.descs, pb.accs
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
			accs[target].absorb(da)
			delete(accs, k)
		case n > 1 && !descs[q].specific:
			delete(accs, k)
		}
	}
}

// mergeUnions merges "unions" into the one union the story names.
func (pb *partyBuilder) mergeUnions() {
	accs := pb.accs
	// "Union president Shawn Fain" in a story with one named union: the
	// union, not unions at large.
	for _, k := range sortedKeys(accs) {
		a, ok := accs[k]
		if !ok || a.p.Kind != KindGroup || !nlp.EqualFoldLower(a.p.Name, "unions") {
			continue
		}
		target, n := -1, 0
		for k2, b := range accs {
			if k2 != k && b.p.Kind == KindOrganisation && describes(descParty{name: "the union", head: "union"}, b.p.Name) {
				target, n = k2, n+1
			}
		}
		switch q := describedBody(pb.descs, "union"); {
		case n == 1:
			accs[target].absorb(a)
			delete(accs, k)
		case n == 0 && q >= 0:
			// "Union negotiator Ivo Marn" in a story that names its one
			// union only by what it is ("the tram drivers' union").
			pb.descAcc(q).absorb(a)
			delete(accs, k)
		}
	}
}

// addNamed adds the sides named only in a role (named): to the party of
// the entity of that name where there is one, else as parties of their
// own.
func (pb *partyBuilder) addNamed() {
	d, accs, named, into := pb.d, pb.accs, pb.named, pb.into
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
}

// mergeByName merges the parties of one name.
func (pb *partyBuilder) mergeByName() {
	accs := pb.accs
	// One party per name: entities the name linking kept apart, and a
	// side named in a role, merge.
	byName := map[string]*partyAcc{}
	for _, k := range sortedKeys(accs) {
		a := accs[k]
		// "An EU" (from "An EU spokesman") is the European Union the
		// story names elsewhere.
		clean, _ := partyName(a.p.Name, a.p.Kind)
		n, committee := strings.ToLower(clean), ""
		if g, ok := gazetteer[n]; ok && g.kind == a.p.Kind {
			n = strings.ToLower(g.name)
		} else if p := partyCommittee(n); p != "" && a.p.Kind == KindOrganisation {
			// The committee's name, the narrower, names the party.
			n, committee = p, a.p.Name
		}
		b, ok := byName[n]
		if !ok {
			byName[n] = a
			continue
		}
		b.absorb(a)
		if committee != "" {
			b.p.Name = committee
		}
		delete(accs, k)
	}
}

// mergeMisspelt merges a person whose name the story misspells once
// into the person it names right elsewhere, as a party or among a
// party's people: two names of the same words but one, which is one
// letter apart and at least four letters long ("Harriet Osterbey"
// beside "Harriet Osterby"). The party named more often keeps its name.
func (pb *partyBuilder) mergeMisspelt() {
	accs := pb.accs
	keys := sortedKeys(accs)
	for _, k := range keys {
		a, ok := accs[k]
		if !ok || a.p.Kind != KindPerson {
			continue
		}
		for _, k2 := range keys {
			b, ok := accs[k2]
			if !ok || k2 == k {
				continue
			}
			// Named once, misspelt, as one of another party's people
			// ("Harriet Osterbey" beside the union's Harriet Osterby).
			if a.p.Mentions <= 1 && slices.ContainsFunc(b.p.People, func(n string) bool { return misspeltName(a.p.Name, n, pb.t.givenName) }) {
				b.absorb(a)
				delete(accs, k)
				break
			}
			if b.p.Kind != KindPerson || b.p.Mentions < a.p.Mentions || !misspeltName(a.p.Name, b.p.Name, pb.t.givenName) {
				continue
			}
			if b.p.Mentions == a.p.Mentions && k2 > k {
				continue // a tie: the earlier key keeps its name
			}
			b.absorb(a)
			delete(accs, k)
			break
		}
	}
}

// misspeltName reports whether person names a and b have the same words
// but one, one letter apart (nlp.OneEditApart) and at least four letters
// long, and not both given names (given): "Mary Kell" and "Mark Kell"
// are two people.
func misspeltName(a, b string, given func(string) bool) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) < 2 || len(x) != len(y) {
		return false
	}
	diff := 0
	for i := range x {
		if x[i] == y[i] {
			continue
		}
		if diff++; diff > 1 || len(x[i]) < 4 || !nlp.OneEditApart(x[i], y[i]) || given(x[i]) && given(y[i]) {
			return false
		}
	}
	return diff == 1
}

// givenName reports whether w is a given name the name lists or the
// analysis layer's lexicon know.
func (t *tree) givenName(w string) bool {
	return isKnownFirstNameLower(w) || t.nameGender != nil && t.nameGender(w) != 0
}

// partyCommittee returns the lower-case name of the political party
// whose national committee the lower-case name n is ("republican
// national committee": "republicans"), or "": the committee that runs a
// party is the party's side.
func partyCommittee(n string) string {
	adj, ok := strings.CutSuffix(n, " national committee")
	if !ok {
		return ""
	}
	if g, ok := gazetteer[adj]; ok && g.demonym && g.kind == KindOrganisation && politicalParty(g.name) {
		return strings.ToLower(g.name)
	}
	return ""
}

// mergeFirms merges a firm's name without its designation into the
// firm, and a common word the story capitalised into the one body it
// names with that word last.
func (pb *partyBuilder) mergeFirms() {
	d, accs := pb.d, pb.accs
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
			b.absorb(a)
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
			accs[target].absorb(a)
			delete(accs, k)
		}
	}
}

// mergeAcronyms merges an acronym into the party whose name it
// abbreviates.
func (pb *partyBuilder) mergeAcronyms() {
	d, accs := pb.d, pb.accs
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
			b.absorb(a)
			delete(accs, k)
			break
		}
	}
}

// seatCountries are the buildings whose names stand for a country's
// head of government ("the White House said") that the name lists keep a
// body of their own, by the country's name in the lists. The seats the
// lists take for their country always ("Downing Street", "the Kremlin")
// need none.
var seatCountries = map[string]string{"white house": "United States"}

// mergeSeats merges the seat of a country's head of government into
// that country where the country is a party with people of its own (an
// ambassador, a secretary of state) and the story deals with another
// country too: between two countries, "the White
// House" is the United States' voice, not a second party beside it. In a
// story of one country's own affairs the seat is left a body of its own.
func (pb *partyBuilder) mergeSeats() {
	accs := pb.accs
	keys := sortedKeys(accs)
	involved := func(a *partyAcc) bool {
		return a.st.agent+a.st.spoke+a.st.arg > 0 || len(a.p.People) > 0
	}
	for _, k := range keys {
		a := accs[k]
		home, ok := seatCountries[strings.ToLower(a.p.Name)]
		if !ok || a.p.Kind != KindOrganisation {
			continue
		}
		target, abroad := -1, false
		for _, k2 := range keys {
			b, ok := accs[k2]
			if !ok || k2 == k || b.p.Kind != KindCountry || b.town || !involved(b) {
				continue
			}
			if g := lowerIn(gazetteer, b.p.Name); g.kind == KindCountry && g.name == home {
				if len(b.p.People) > 0 {
					target = k2 // a voice of its own besides the seat's
				}
			} else {
				abroad = true
			}
		}
		if target >= 0 && abroad {
			accs[target].absorb(a)
			delete(accs, k)
		}
	}
}

// applyLabels names as people the parties that are a transcript's
// speaker labels.
func (pb *partyBuilder) applyLabels() {
	d, accs := pb.d, pb.accs
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
}
