package summarize

import (
	"slices"
	"strings"
)

// maxParties caps the parties listed in a brief.
const maxParties = 12

// sourceBodies are news agencies and outlets: sources, not parties.
var sourceBodies = makeSet(`associated press reuters afp bloomberg cnn bbc`)

// briefParties lists the countries, bodies and groups of the article with
// the people who belong to them, and the people who stand on their own,
// most mentioned first.
func (d *doc) briefParties() []Party {
	type acc struct {
		p     Party
		first int
		spoke bool
	}
	byName := map[string]*acc{}
	var order []*acc
	get := func(name, kind string, first int) *acc {
		key := strings.ToLower(name)
		if a, ok := byName[key]; ok {
			if first < a.first {
				a.first = first
			}
			return a
		}
		a := &acc{p: Party{Name: name, Kind: kind, People: []string{}}, first: first}
		byName[key] = a
		order = append(order, a)
		return a
	}
	speakers := map[int]bool{}
	for qi := range d.attrs {
		if d.attrs[qi].ent >= 0 && !d.attrs[qi].drop {
			speakers[d.attrs[qi].ent] = true
		}
	}
	for ei := range d.ents {
		e := &d.ents[ei]
		switch e.kind {
		case KindCountry, KindOrganisation, KindGroup:
			if sourceBodies[strings.ToLower(e.name)] {
				continue
			}
			a := get(e.name, e.kind, e.first)
			a.p.Mentions += e.mentions
		case KindPerson:
			if e.mentions < 2 && !speakers[ei] {
				continue
			}
			if e.party != "" {
				g := gazetteer[strings.ToLower(e.party)]
				a := get(e.party, g.kind, e.first)
				if !containsStr(a.p.People, e.name) {
					a.p.People = append(a.p.People, e.name)
				}
				continue
			}
			a := get(e.name, KindPerson, e.first)
			a.p.Mentions += e.mentions
			a.spoke = speakers[ei]
		}
	}
	slices.SortStableFunc(order, func(x, y *acc) int {
		// People who are quoted rank with the parties they speak for.
		sx, sy := x.p.Mentions, y.p.Mentions
		if x.spoke {
			sx++
		}
		if y.spoke {
			sy++
		}
		if sx != sy {
			return sy - sx
		}
		return x.first - y.first
	})
	out := make([]Party, 0, min(len(order), maxParties))
	for _, a := range order {
		if a.p.Mentions == 0 && len(a.p.People) == 0 {
			continue
		}
		out = append(out, a.p)
		if len(out) == maxParties {
			break
		}
	}
	return out
}
