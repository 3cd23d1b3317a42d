package summarize

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// seatOf maps the seats of government that stand for a country when they
// act ("the Kremlin said") to that country.
var seatOf = map[string]string{
	"kremlin": "Russia", "white house": "United States", "pentagon": "United States", "downing street": "United Kingdom",
	"number 10": "United Kingdom", "elysee": "France", "élysée": "France", "elysee palace": "France",
	"blue house": "South Korea", "zhongnanhai": "China",
}

// outletWords mark news organisations: sources, not parties.
var outletWords = makeSet(`reuters afp bloomberg cnn bbc xinhua tass interfax ria yonhap kyodo ap associated press
times post journal news newspaper tribune herald gazette guardian telegraph economist politico axios breitbart
huffington huffpost msnbc fox abc nbc cbs npr pbs al-jazeera aljazeera`)

// isOutlet reports whether an organisation's name is a news outlet's.
func isOutlet(name string) bool {
	l := strings.ToLower(strings.TrimPrefix(name, "The "))
	if l == "associated press" || strings.HasSuffix(l, "news agency") {
		return true
	}
	for _, w := range strings.Fields(l) {
		if outletWords[strings.Trim(w, ".,'’s")] {
			return true
		}
	}
	return false
}

// actor is a party being gathered: a country, body, group or person.
type actor struct {
	p      Party
	key    string
	first  int // first token of its first mention
	weight int // how much it acts: subjects, speakers, possessors
}

// treeParties lists the article's parties from its entities and their
// coreference clusters: one party per real-world actor (a capital, a seat
// of government or a demonym folds into its country where the article uses
// it as an actor; a person who speaks for a side is listed with it), news
// outlets, bylines and places that are only places left out, the most
// active first. speakers holds the names given to quotes and statements.
func (d *doc) treeParties(t *tree, speakers map[string]int) []Party {
	a := t.a
	byKey := map[string]*actor{}
	var order []*actor
	get := func(name, kind string, first int) *actor {
		key := strings.ToLower(name)
		if x, ok := byKey[key]; ok {
			x.first = min(x.first, first)
			return x
		}
		x := &actor{p: Party{Name: name, Kind: kind, People: []string{}}, key: key, first: first}
		byKey[key] = x
		order = append(order, x)
		return x
	}
	boiler := func(tok int) bool {
		si := d.sentOf(a.Tokens[tok].Start)
		return si < len(d.boiler) && d.boiler[si]
	}
	type person struct {
		name  string
		side  string
		kind  string
		first int
		n     int
		w     int
	}
	var people []person
	type seat struct {
		name, country string
		first, n, w   int
	}
	var seats []seat
	for ci := range a.Clusters {
		c := &a.Clusters[ci]
		if !isActorType(c.Type) || c.Name == "" {
			continue
		}
		named := false
		for _, mi := range c.Mentions {
			if a.Mentions[mi].Kind == nlp.NameMention {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		n, w, first, placeOnly := 0, 0, -1, true
		for _, mi := range c.Mentions {
			m := &a.Mentions[mi]
			if boiler(m.Head) {
				continue
			}
			n++
			if first < 0 {
				first = m.First
			}
			role := t.mentionRole(m.Head)
			if role > 0 {
				w += role
			}
			if role >= 0 {
				placeOnly = false
			}
		}
		if n == 0 {
			continue
		}
		w += 3 * speakers[c.Name]
		switch c.Type {
		case nlp.PERSON:
			side, kind := t.sideOf(c)
			people = append(people, person{name: c.Name, side: side, kind: kind, first: first, n: n, w: w})
			continue
		case nlp.ORG:
			if isOutlet(c.Name) {
				continue
			}
		case nlp.GPE, nlp.LOC:
			if placeOnly && w == 0 {
				continue
			}
		}
		name, kind := canonicalActor(c.Name, c.Type)
		if country, ok := seatOf[strings.ToLower(strings.TrimPrefix(c.Name, "the "))]; ok {
			seats = append(seats, seat{name: name, country: country, first: first, n: n, w: w})
			continue
		}
		x := get(name, kind, first)
		x.p.Mentions += n
		x.weight += w
	}
	// A seat of government is its country where the article also names the
	// country as a party ("Russia … the Kremlin said"), else a body of its own.
	for _, st := range seats {
		name, kind := st.name, KindOrganisation
		if _, ok := byKey[strings.ToLower(st.country)]; ok {
			name, kind = st.country, KindCountry
		}
		x := get(name, kind, st.first)
		x.p.Mentions += st.n
		x.weight += st.w
	}
	for _, p := range people {
		if p.side != "" {
			x := get(p.side, p.kind, p.first)
			if !containsStr(x.p.People, p.name) {
				x.p.People = append(x.p.People, p.name)
			}
			if x.p.Mentions == 0 {
				x.p.Mentions = 1
			}
			x.weight += p.w
			continue
		}
		if p.n < 2 && speakers[p.name] == 0 {
			continue
		}
		x := get(p.name, KindPerson, p.first)
		x.p.Mentions += p.n
		x.weight += p.w
	}
	slices.SortStableFunc(order, func(x, y *actor) int {
		if sx, sy := x.weight+x.p.Mentions, y.weight+y.p.Mentions; sx != sy {
			return sy - sx
		}
		return x.first - y.first
	})
	out := make([]Party, 0, min(len(order), maxParties))
	for _, x := range order {
		if x.p.Mentions == 0 {
			continue
		}
		out = append(out, x.p)
		if len(out) == maxParties {
			break
		}
	}
	return out
}

// canonicalActor folds a name to the party it stands for, with the
// gazetteer as evidence: "Moscow", "Russian" and "the Kremlin" to Russia,
// "Brussels" to the European Union. typ is the entity model's type.
func canonicalActor(name, typ string) (string, string) {
	l := strings.ToLower(strings.TrimPrefix(name, "the "))
	l = strings.TrimPrefix(l, "the ")
	if _, ok := seatOf[l]; ok {
		return strings.TrimPrefix(name, "the "), KindOrganisation
	}
	if g, ok := gazetteer[l]; ok {
		return g.name, g.kind
	}
	switch typ {
	case nlp.GPE, nlp.LOC:
		return name, KindCountry
	case nlp.NORP:
		return name, KindGroup
	}
	return name, KindOrganisation
}

// mentionRole says how much a mention acts in its sentence: 2 for a
// subject or an agent, 1 for a possessor, a modifier of a subject
// ("Russian officials") or a conjunct of one, 0 for other uses, and -1 for
// a place (the object of "in", "at", "from" and the like).
func (t *tree) mentionRole(h int) int {
	a := t.a
	tok := &a.Tokens[h]
	rel := tok.Rel
	switch {
	case strings.HasPrefix(rel, "nsubj") || rel == "obl:agent":
		return 2
	case rel == "nmod:poss":
		return 1
	case rel == "amod" || rel == "compound":
		if p := tok.Head; p >= 0 && strings.HasPrefix(a.Tokens[p].Rel, "nsubj") {
			return 1
		}
		return 0
	case rel == "obl" || rel == "nmod" || rel == "obl:tmod":
		if c := t.child(h, "case"); c >= 0 {
			switch strings.ToLower(a.Tokens[c].Text) {
			case "in", "at", "from", "to", "into", "across", "near", "around", "throughout", "inside", "outside", "through", "toward", "towards":
				return -1
			}
		}
	}
	return 0
}

// sideOf finds the country, body or group a person speaks for: a
// modifier of the name ("Russian President Vladimir Putin", "Ukraine's
// President"), an apposition ("John Holland, the union's chief
// negotiator") or an "of" phrase ("Sergei Lavrov of Russia").
func (t *tree) sideOf(c *nlp.Cluster) (string, string) {
	a := t.a
	for _, mi := range c.Mentions {
		m := &a.Mentions[mi]
		if m.Kind != nlp.NameMention {
			continue
		}
		h := m.Head
		cands := []int{}
		for i := int(t.left[h]); i < h; i++ {
			cands = append(cands, i)
		}
		for _, k := range t.children(h) {
			switch a.Tokens[k].Rel {
			case "appos", "nmod":
				for i := int(t.left[k]); i <= int(t.right[k]) && i < int(t.left[k])+12; i++ {
					cands = append(cands, i)
				}
			}
		}
		for _, i := range cands {
			e := t.entityAt(i)
			if e < 0 {
				continue
			}
			en := &a.Entities[e]
			switch en.Type {
			case nlp.GPE, nlp.NORP, nlp.ORG:
				if en.Type == nlp.ORG && isOutlet(en.Text) {
					continue
				}
				name, kind := canonicalActor(en.Text, en.Type)
				return name, kind
			}
		}
	}
	return "", ""
}

// entityAt returns the entity covering token i, or -1.
func (t *tree) entityAt(i int) int {
	ents := t.a.Entities
	j, _ := slices.BinarySearchFunc(ents, i, func(e nlp.Entity, i int) int {
		switch {
		case e.Last <= i:
			return -1
		case e.First > i:
			return 1
		}
		return 0
	})
	if j < len(ents) && ents[j].First <= i && i < ents[j].Last {
		return j
	}
	return -1
}
