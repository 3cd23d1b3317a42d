package summarize

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// descBodies are the bodies a story often names only by what they are:
// "the union", "the operators' association". A description headed by one
// is an organisation.
var descBodies = makeSet(`union association federation confederation guild syndicate management`)

// descGroups are the groups of people that take a side in a dispute
// ("the dockworkers", "port workers", "Apex shareholders", "eleven
// states" that sue together): a plural description headed by one is a
// group. Lemmas.
var descGroups = makeSet(`worker employee member nurse doctor teacher driver pilot dockworker docker miner
farmer operator employer shareholder investor creditor bondholder resident protester rebel union staff
attendant mechanic machinist state`)

// quantifiers are the words before a description that say how many or
// which, not who.
var quantifiers = makeSet(`other others many several some most more fewer few all both each every any
remaining former current additional extra further`)

// descParty is a side the story names only by a description.
type descParty struct {
	name, kind string
	// head is the lemma of the description's head noun; specific is true
	// when the description says more than its head ("the dockworkers'
	// union", not "the union").
	head     string
	specific bool
	mentions int
	st       partyStats
	first    int // byte offset of the first mention
	// into is the party this one joined (itself when it stands alone).
	into int
}

// descriptionParties finds the sides the story names only by description
// (a union, an association, a group of workers or shareholders): nominal
// mentions of the analysis whose head is such a body or group and whose
// coreference cluster holds no name. A bare description ("the union")
// joins the one specific description with its head ("the dockworkers'
// union") when there is exactly one (its into; a party that joined another
// has no mentions of its own). It returns the parties and, for every
// token of their mentions (and of pronouns coreference links to them), the
// index of its party (-1 elsewhere).
func (t *tree) descriptionParties() ([]descParty, []int) {
	a := t.a
	tokParty := make([]int, len(a.Tokens))
	for i := range tokParty {
		tokParty[i] = -1
	}
	var parties []descParty
	byKey := map[string]int{}
	mentionParty := make([]int, len(a.Mentions))
	for mi := range a.Mentions {
		mentionParty[mi] = -1
		m := &a.Mentions[mi]
		if m.Head < 0 || m.Head >= len(a.Tokens) || t.quoted[m.Head] {
			continue
		}
		// A description, or a word in lower case the entity model took
		// for a name ("the union").
		if m.Kind != nlp.NominalMention && !(m.Kind == nlp.NameMention && !properName(a.Tokens[m.Head].Text)) {
			continue
		}
		h := &a.Tokens[m.Head]
		plural := h.XPOS == "NNS"
		kind := ""
		switch {
		case h.UPOS != "NOUN":
		case plural && descGroups[h.Lemma]:
			kind = KindGroup
		case !plural && descBodies[h.Lemma]:
			kind = KindOrganisation
		}
		if kind == "" || t.clusterHasName(m.Cluster) {
			continue
		}
		// A possessor describes whose body it is ("the dockworkers'
		// union"), not a side of its own; a body's possessor ("the
		// union's negotiator") is the body all the same.
		if h.Rel == "nmod:poss" && kind == KindGroup {
			continue
		}
		// The description as written, from its first word after any
		// determiner to its head: "dockworkers' union", "port workers".
		first := m.First
		for first < m.Head {
			switch ft := &a.Tokens[first]; {
			case ft.UPOS == "DET", ft.UPOS == "PUNCT", ft.UPOS == "ADP", ft.UPOS == "CCONJ", ft.Rel == "case":
				first++
				continue
			}
			break
		}
		if first < m.Head && a.Tokens[first].UPOS == "PRON" {
			continue // "its members", "their union": someone else's
		}
		// A preposition before the head opens a phrase the parser hung
		// the description in ("Pay talks between the ferry pilots'
		// guild…"): the description starts after it.
		for k := m.Head - 1; k > first; k-- {
			if tk := &a.Tokens[k]; tk.UPOS == "ADP" && tk.Rel == "case" {
				first = k + 1
				for first < m.Head && a.Tokens[first].UPOS == "DET" {
					first++
				}
				break
			}
		}
		// Numbers and quantifiers say how many, not who: "about 4,000
		// workers", "other public sector unions".
		for k := first; k < m.Head; k++ {
			if u := a.Tokens[k].UPOS; u == "NUM" || u == "ADV" || lowerIn(quantifiers, a.Tokens[k].Text) {
				first = k + 1
			}
		}
		name := a.Span(first, m.Head+1)
		if ft := &a.Tokens[first]; first == a.Sentences[ft.Sent].First && ft.UPOS != "PROPN" && len(name) > 1 && name[1] >= 'a' && name[1] <= 'z' {
			// "Nurses at three hospitals will walk out": the capital
			// only opens the sentence.
			name = strings.ToLower(name[:1]) + name[1:]
		}
		key := strings.ToLower(name)
		p, ok := byKey[key]
		if !ok {
			p = len(parties)
			byKey[key] = p
			pname := name
			if first == m.Head {
				pname = "the " + name
			}
			parties = append(parties, descParty{name: pname, kind: kind, head: h.Lemma, specific: first < m.Head, first: a.Tokens[m.First].Start})
		}
		mentionParty[mi] = p
	}
	if len(parties) == 0 {
		return nil, tokParty
	}
	// A bare description joins the one specific description with its head.
	into := make([]int, len(parties))
	for p := range parties {
		into[p] = p
		if parties[p].specific {
			continue
		}
		only := -1
		for q := range parties {
			if parties[q].specific && parties[q].head == parties[p].head && parties[q].kind == parties[p].kind {
				if only >= 0 {
					only = -2
					break
				}
				only = q
			}
		}
		if only >= 0 {
			into[p] = only
		}
	}
	for p := range parties {
		parties[p].into = into[p]
	}
	for mi, p := range mentionParty {
		if p < 0 {
			continue
		}
		p = into[p]
		m := &a.Mentions[mi]
		dp := &parties[p]
		dp.mentions++
		dp.first = min(dp.first, a.Tokens[m.First].Start)
		if r := a.Tokens[m.Head].Rel; strings.HasPrefix(r, "nsubj") || r == "obl:agent" {
			dp.st.agent++
		} else {
			dp.st.other++
		}
		for k := m.First; k < m.Last; k++ {
			tokParty[k] = p
		}
	}
	// The pronouns and possessives coreference links to a description
	// ("its chairman"), where the nearest body named before the pronoun
	// is that description: with another body between them, "its" could be
	// either's.
	body := make([]int, len(a.Tokens)) // per token: party+1 of a description head, -1 a named body, 0 none
	for mi, p := range mentionParty {
		if p >= 0 {
			body[a.Mentions[mi].Head] = into[p] + 1
		}
	}
	for _, e := range a.Entities {
		if e.Type == nlp.ORG || e.Type == nlp.GPE || e.Type == nlp.NORP {
			for k := e.First; k < e.Last; k++ {
				if body[k] == 0 {
					body[k] = -1
				}
			}
		}
	}
	for mi, p := range mentionParty {
		if p < 0 {
			continue
		}
		c := a.Mentions[mi].Cluster
		if c < 0 || c >= len(a.Clusters) {
			continue
		}
		for _, oi := range a.Clusters[c].Mentions {
			o := &a.Mentions[oi]
			if o.Kind != nlp.PronounMention || tokParty[o.Head] >= 0 {
				continue
			}
			for k := o.Head - 1; k >= 0; k-- {
				if body[k] != 0 {
					if body[k] == into[p]+1 {
						tokParty[o.Head] = into[p]
					}
					break
				}
			}
		}
	}
	// "Its chairman" after "The operators' association said…": "its"
	// is the nearest body named before it, whatever coreference made of
	// it.
	for i := range a.Tokens {
		if tokParty[i] >= 0 || !nlp.EqualFoldLower(a.Tokens[i].Text, "its") {
			continue
		}
		for k := i - 1; k >= 0 && a.Tokens[i].Sent-a.Tokens[k].Sent <= 1; k-- {
			if body[k] != 0 {
				if body[k] > 0 {
					tokParty[i] = body[k] - 1
				}
				break
			}
		}
	}
	return parties, tokParty
}

// clusterHasName reports whether coreference cluster c holds a name (then
// the description is that named party's, not a party of its own).
func (t *tree) clusterHasName(c int) bool {
	a := t.a
	if c < 0 || c >= len(a.Clusters) {
		return false
	}
	for _, mi := range a.Clusters[c].Mentions {
		if m := &a.Mentions[mi]; m.Kind == nlp.NameMention && properName(a.Tokens[m.Head].Text) {
			return true
		}
	}
	return false
}

// descSideOf returns the description party a person's role phrase names
// ("Henk de Vries, the union's chief negotiator"; "Its chairman, Pieter
// Bakker"), or -1. lo and hi bound the role phrase (tree tokens).
func descSideOf(tokParty []int, lo, hi int) int {
	for i := max(lo, 0); i <= hi && i < len(tokParty); i++ {
		if p := tokParty[i]; p >= 0 {
			return p
		}
	}
	return -1
}

// descKey folds a speaker or a party name for matching descriptions:
// lower case, without a leading article.
func descKey(s string) string {
	return trimArticles(strings.ToLower(strings.TrimSpace(s)))
}

// trimArticles returns s without an opening "the ", then "a ", then
// "an " (descKey).
func trimArticles(s string) string {
	for _, art := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, art)
	}
	return s
}

// statesUnions are the words before "Union" in the names of unions of
// states ("European Union", "African Union", "Eurasian Economic Union").
var statesUnions = makeSet(`european african soviet eurasian economic customs monetary arab`)

// statesUnion reports whether a name's words (lower case) name a union of
// states: "the union" of workers is never one.
func statesUnion(words []string) bool {
	n := len(words)
	return n >= 2 && singular(words[n-1]) == "union" && statesUnions[words[n-2]]
}

// trades are the workers an association of them is a union of ("the
// Colorado Nurses Association", "the Air Line Pilots Association").
var trades = makeSet(`nurse teacher pilot worker employee attendant firefighter machinist physician doctor educator
engineer writer actor player officer driver dockworker longshoreman miner journalist professor resident intern
technician mechanic steelworker autoworker carpenter electrician plumber`)

// describes reports whether description dp can be a description of the
// named party name: the name holds the description's head ("the union" and
// the "Fire Brigades Union"), or, for a union, a word unions are named by
// ("Communications Workers of America"), and every other word of a
// specific description.
func describes(dp descParty, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	dw := strings.Fields(descKey(dp.name))
	// "the FNV union" is FNV: the name and the body's word.
	if dp.specific && len(dw) == len(words)+1 && singular(dw[len(dw)-1]) == dp.head && slices.Equal(dw[:len(words)], words) {
		return true
	}
	has := func(w string) bool {
		for _, x := range words {
			if x == w || singular(x) == w {
				return true
			}
		}
		return false
	}
	// A union by another word: "the Teamsters", "the Writers Guild",
	// "the Colorado Nurses Association".
	union := has("worker") || has("brotherhood") || has("teamster") || has("federation") || has("guild")
	if (has("association") || has("council")) && !union {
		for _, w := range words {
			if trades[singular(w)] {
				union = true
			}
		}
	}
	if !has(dp.head) && !(dp.head == "union" && union) {
		return false
	}
	// "The union would seek guarantees on jobs" in a story that also
	// names the European Union: a union of states is "the bloc", not
	// "the union" of workers.
	if dp.head == "union" && statesUnion(words) {
		return false
	}
	if !dp.specific {
		return true
	}
	for _, w := range dw {
		w = strings.Trim(w, "'’")
		if w != dp.head && !has(singular(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))) && !has(w) {
			return false
		}
	}
	return true
}

// describedGroup returns the one specific description party standing on
// its own whose head is the word of a group the name lists know ("the
// teachers' unions" for "unions"), or -1.
func describedGroup(descs []descParty, name, kind string) int {
	if kind != KindGroup {
		return -1
	}
	head := singular(strings.ToLower(name))
	found := -1
	for q := range descs {
		if dq := &descs[q]; dq.into == q && dq.specific && dq.head == head && dq.kind == KindGroup {
			if found >= 0 {
				return -1
			}
			found = q
		}
	}
	return found
}
