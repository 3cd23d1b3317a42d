package story

import (
	"sort"
	"strings"

	"github.com/parley-bot/parley/internal/summarize"
)

// Kinds of change, as the CLI's JSON names them.
const (
	KindQuote     = "quote"
	KindStatement = "statement"
	KindPosition  = "position"
	KindProposal  = "proposal"
	KindNextStep  = "next_step"
	KindParty     = "party"
)

// Statuses of a change.
const (
	StatusNew       = "new"
	StatusChanged   = "changed"    // a party says something different
	StatusMoved     = "moved"      // a next step has another date
	StatusHappened  = "happened"   // a next step took place
	StatusCalledOff = "called_off" // a next step was cancelled
	StatusWithdrawn = "withdrawn"  // a proposal was withdrawn or rejected
)

// Entry is one brief of a story so far, the earliest first.
type Entry struct {
	ArticleID int64
	Title     string
	URL       string
	Brief     *summarize.Brief
}

// Ref names the earlier brief a change compares with.
type Ref struct {
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
}

// Change is one thing the new brief says that the story's earlier briefs
// did not. Sentence is the new article's sentence it rests on; Earlier is
// the brief it was compared with (the latest one, or the one that held the
// earlier form of a changed position, moved next step or withdrawn
// proposal, whose text is Before).
type Change struct {
	Kind     string `json:"kind"`
	Status   string `json:"status"`
	Text     string `json:"text"`
	Party    string `json:"party"`
	Sentence int    `json:"sentence"`
	Before   string `json:"before,omitempty"`
	Earlier  Ref    `json:"earlier"`
}

// Thresholds of Detect. An item is held by an earlier unit (an item or a
// sentence of an earlier brief) that has heldBy of its content stems, or
// heldBySpeaker when both come from the same speaker; items with fewer than
// minStems content stems say too little to be told apart.
const (
	heldBy        = 0.6
	heldBySpeaker = 0.45
	sameMatter    = 0.4
	minStems      = 2
)

// unit is something an earlier brief said: an item or a sentence.
type unit struct {
	stems   stemSet
	nums    stemSet // figures: "4", "19", "1.3bn" as tokens
	speaker string  // speakerKey, "" when none
	entry   int     // which earlier brief
	text    string
	kind    string // the item's kind; "" for a sentence
	when    string // a next step's date
}

// memory is what a story's earlier briefs said.
type memory struct {
	units   []unit
	steps   []unit         // next steps
	props   []unit         // proposals
	byParty map[string]int // speakerKey -> index in units of its latest position
	names   stemSet        // every word of every earlier sentence, for parties
	entries []Entry
	index   map[string][]int // stem -> the units holding it
}

// remember reads the earlier briefs.
func remember(history []Entry) *memory {
	m := &memory{byParty: map[string]int{}, names: stemSet{}, entries: history, index: map[string][]int{}}
	defer func() {
		for i, u := range m.units {
			for st := range u.stems {
				m.index[st] = append(m.index[st], i)
			}
		}
	}()
	for e, h := range history {
		b := h.Brief
		if b == nil {
			continue
		}
		for _, s := range b.Sentences {
			st, nums := words(s.Text)
			m.units = append(m.units, unit{stems: st, nums: nums, entry: e, text: s.Text})
			for _, t := range tokens(s.Text) {
				m.names[t.lower] = struct{}{}
			}
		}
		for _, p := range b.Parties {
			for _, n := range append([]string{p.Name}, p.People...) {
				for _, t := range tokens(n) {
					m.names[t.lower] = struct{}{}
				}
			}
		}
		for _, it := range items(b) {
			for _, t := range tokens(it.party) {
				m.names[t.lower] = struct{}{}
			}
			u := unit{stems: it.stems, nums: it.nums, speaker: it.speaker, entry: e, text: it.text, kind: it.kind, when: it.when}
			m.units = append(m.units, u)
			switch it.kind {
			case KindNextStep:
				m.steps = append(m.steps, u)
			case KindProposal:
				m.props = append(m.props, u)
			case KindPosition:
				if u.speaker != "" {
					m.byParty[u.speaker] = len(m.units) - 1
				}
			}
		}
	}
	return m
}

// item is one quote, statement, position, proposal or next step of a brief.
type item struct {
	kind     string
	text     string
	party    string // as written
	speaker  string // speakerKey of party
	sentence int
	when     string
	stems    stemSet
	nums     stemSet
}

// items lists a brief's items with their content stems (without the
// speaker's own name).
func items(b *summarize.Brief) []item {
	var out []item
	add := func(kind, text, party string, sentence int, when string) {
		k := speakerKey(party, "")
		st, nums := words(text)
		for _, w := range nameWords(party) {
			delete(st, stemOf(w))
		}
		out = append(out, item{kind: kind, text: text, party: party, speaker: k, sentence: sentence, when: when, stems: st, nums: nums})
	}
	for _, q := range b.Quotes {
		add(KindQuote, q.Text, q.Speaker, q.Sentence, "")
	}
	for _, s := range b.Statements {
		add(KindStatement, s.Text, s.Speaker, s.Sentence, "")
	}
	for _, p := range b.Positions {
		add(KindPosition, p.Text, p.Party, p.Sentence, "")
	}
	for _, p := range b.Proposals {
		add(KindProposal, p.Text, p.By, p.Sentence, "")
	}
	for _, n := range b.NextSteps {
		add(KindNextStep, n.Text, "", n.Sentence, n.When)
	}
	return out
}

// held returns the earlier unit that already says what it says, if any. A
// unit without one of the item's figures does not hold it: "a 4% raise" is
// news after "a 2% raise".
func (m *memory) held(it item) (unit, bool) {
	best, bestCov := unit{}, 0.0
	nums := it.nums
	if nums == nil {
		nums = numbers(it.text)
	}
	if len(it.stems) == 0 {
		return best, false
	}
	shared := map[int]int{}
	for st := range it.stems {
		for _, i := range m.index[st] {
			shared[i]++
		}
	}
	for i, n := range shared {
		u := m.units[i]
		if len(nums) > 0 && coverage(nums, u.nums) < 1 {
			continue
		}
		c := float64(n) / float64(len(it.stems))
		need := heldBy
		if it.speaker != "" && it.speaker == u.speaker {
			need = heldBySpeaker
		}
		if c >= need && c > bestCov {
			best, bestCov = u, c
		}
	}
	return best, bestCov > 0
}

// ref names an earlier brief.
func (m *memory) ref(entry int) Ref {
	if entry < 0 || entry >= len(m.entries) {
		return Ref{}
	}
	e := m.entries[entry]
	return Ref{ArticleID: e.ArticleID, Title: e.Title, URL: e.URL}
}

// Cue words (stems are compared) for what became of earlier next steps and
// proposals.
var (
	happenedCues  = []string{"ended", "met", "held", "took", "concluded", "began", "opened", "broke", "agreed", "struck"}
	calledOffCues = []string{"cancelled", "canceled", "called", "postponed", "suspended", "scrapped", "collapsed", "abandoned", "delayed"}
	withdrawCues  = []string{"withdrew", "withdrawn", "withdraw", "dropped", "rejected", "reject", "refused", "scrapped", "abandoned", "retracted", "pulled"}
)

// Detect returns what the new brief b says that the story's earlier
// briefs (history, the earliest first) did not, in other words included:
// new quotes and statements, positions a party changed, new and withdrawn
// proposals, next steps that are new, moved, happened or were called off,
// and new parties. Each change cites b's sentence. Changes come in the
// order of the article; there is at most one per sentence and kind.
func Detect(history []Entry, b *summarize.Brief) []Change {
	if len(history) == 0 || b == nil {
		return []Change{}
	}
	m := remember(history)
	last := len(history) - 1
	var out []Change
	// What became of earlier next steps and proposals, from any sentence.
	for i, s := range b.Sentences {
		ss := stems(s.Text)
		if len(ss) < minStems {
			continue
		}
		if _, ok := m.held(item{stems: ss, text: s.Text}); ok {
			continue // an earlier brief said it already
		}
		toks := stemSet{}
		for _, t := range tokens(s.Text) {
			toks[t.stem] = struct{}{}
		}
		for _, u := range m.steps {
			matter := without(u.stems, dateStems)
			if coverage(matter, ss) < sameMatter {
				continue
			}
			status := ""
			switch {
			case toks.hasAny(calledOffCues...) && !strings.Contains(strings.ToLower(s.Text), "called for"):
				status = StatusCalledOff
			case toks.hasAny(happenedCues...) && !futureTense(s.Text):
				status = StatusHappened
			}
			if status != "" && coverage(ss, u.stems) < 0.9 {
				out = append(out, Change{Kind: KindNextStep, Status: status, Text: s.Text, Sentence: i, Before: u.text, Earlier: m.ref(u.entry)})
				break
			}
		}
		for _, u := range m.props {
			if coverage(u.stems, ss) >= sameMatter && toks.hasAny(withdrawCues...) && coverage(ss, u.stems) < 0.9 {
				out = append(out, Change{Kind: KindProposal, Status: StatusWithdrawn, Text: s.Text, Sentence: i, Before: u.text, Earlier: m.ref(u.entry)})
				break
			}
		}
	}
	for _, it := range items(b) {
		if len(it.stems)+len(it.nums) < minStems {
			continue
		}
		c := Change{Kind: it.kind, Status: StatusNew, Text: it.text, Party: it.party, Sentence: it.sentence, Earlier: m.ref(last)}
		if it.kind == KindNextStep {
			// The same step on another date has moved, however much of it
			// the earlier brief held.
			for _, u := range m.steps {
				if coverage(without(it.stems, dateStems), without(u.stems, dateStems)) >= heldBy && it.when != "" && u.when != "" &&
					!strings.EqualFold(it.when, u.when) {
					c.Status, c.Before, c.Earlier = StatusMoved, u.text+" ("+u.when+")", m.ref(u.entry)
					break
				}
			}
		}
		if _, ok := m.held(it); ok && c.Status != StatusMoved {
			continue
		}
		switch it.kind {
		case KindPosition:
			if j, ok := m.byParty[it.speaker]; ok && it.speaker != "" {
				u := m.units[j]
				c.Status, c.Before, c.Earlier = StatusChanged, u.text, m.ref(u.entry)
			}
		}
		out = append(out, c)
	}
	out = append(out, newParties(m, b, last)...)
	out = append(out, newEvents(m, b, last)...)
	return dedupe(out)
}

// futureTense reports whether a sentence speaks of what will happen.
func futureTense(s string) bool {
	l := " " + strings.ToLower(s) + " "
	for _, w := range []string{" will ", " would ", " is to ", " are to ", " due to ", " expected to ", " plans to ", " set to "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// newParties are the brief's named parties that no earlier sentence names.
// People are folded to their side: a body whose person the story already
// knows is not new (its spokesman spoke before), and a new body that
// enters with a new person is one change, the person with their side
// ("Michael Howard", of the Conservatives).
func newParties(m *memory, b *summarize.Brief, last int) []Change {
	speakers := map[string]bool{}
	for _, it := range items(b) {
		if it.speaker != "" {
			speakers[it.speaker] = true
		}
	}
	known := func(key string) bool {
		for _, w := range strings.Fields(key) {
			if _, ok := m.names[w]; !ok {
				// "United Kingdom" is known as "UK", "European Union" as "EU".
				if acro := initials(key); acro != "" {
					_, ok := m.names[acro]
					return ok
				}
				return false
			}
		}
		return true
	}
	// takesPart: named often enough, or speaking.
	takesPart := func(name, key string, mentions int) bool {
		return properName(name) && key != "" && (mentions >= 3 || speakers[key])
	}
	var out []Change
	seen := map[string]bool{}
	add := func(name, side string) {
		out = append(out, Change{Kind: KindParty, Status: StatusNew, Text: name, Party: side, Sentence: firstMention(b, name), Earlier: m.ref(last)})
	}
	for _, p := range b.Parties {
		key := speakerKey(p.Name, p.Kind)
		sideKnown := key == "" || known(key)
		var newPeople []string
		for _, person := range p.People {
			pk := speakerKey(person, summarize.KindPerson)
			if pk == "" || seen[pk] {
				continue
			}
			if known(pk) {
				sideKnown = true // its person spoke before: the side is known
				continue
			}
			if takesPart(person, pk, p.Mentions) {
				seen[pk] = true
				newPeople = append(newPeople, person)
			}
		}
		for _, person := range newPeople {
			side := person
			if !sideKnown && properName(p.Name) {
				side = p.Name
			}
			add(person, side)
		}
		if key == "" || seen[key] || sideKnown || len(newPeople) > 0 || !takesPart(p.Name, key, p.Mentions) {
			seen[key] = true
			continue
		}
		seen[key] = true
		add(p.Name, p.Name)
	}
	return out
}

// firstMention is the first sentence naming a party (by its last word).
func firstMention(b *summarize.Brief, name string) int {
	ws := nameWords(name)
	if len(ws) == 0 {
		return 0
	}
	w := ws[len(ws)-1]
	for i, s := range b.Sentences {
		for _, t := range tokens(s.Text) {
			if t.lower == w {
				return i
			}
		}
	}
	return 0
}

// newEvents are key points that report an event (a meeting, a deal, a
// rejection, a deadline) that no item carries and no earlier brief held.
func newEvents(m *memory, b *summarize.Brief, last int) []Change {
	covered := map[int]bool{}
	for _, it := range items(b) {
		covered[it.sentence] = true
	}
	var out []Change
	for _, k := range b.KeyPoints {
		if len(k.Sentences) == 0 || covered[k.Sentences[0]] {
			continue
		}
		kind := eventKind(k.Text, "")
		if kind == "" {
			continue
		}
		it := item{text: k.Text, stems: stems(k.Text)}
		if _, ok := m.held(it); ok || len(it.stems) < minStems {
			continue
		}
		ck := KindNextStep
		switch kind {
		case EventProposal, EventDeal:
			ck = KindProposal
		case EventRejection:
			ck = KindPosition
		}
		out = append(out, Change{Kind: ck, Status: StatusNew, Text: k.Text, Sentence: k.Sentences[0], Earlier: m.ref(last)})
	}
	return out
}

// priority orders kinds for dedupe: the more telling first.
var priority = map[string]int{KindNextStep: 0, KindProposal: 1, KindQuote: 2, KindPosition: 3, KindStatement: 4, KindParty: 5}

// dedupe keeps one change per sentence and matter: of changes citing one
// sentence whose words overlap, the most telling kind stays. Parties are
// kept apart. The result is in sentence order.
func dedupe(cs []Change) []Change {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Sentence != cs[j].Sentence {
			return cs[i].Sentence < cs[j].Sentence
		}
		return priority[cs[i].Kind] < priority[cs[j].Kind]
	})
	out := []Change{}
	for _, c := range cs {
		dup := false
		for _, o := range out {
			if o.Sentence != c.Sentence || (o.Kind == KindParty) != (c.Kind == KindParty) {
				continue
			}
			if c.Kind == KindParty && o.Text == c.Text {
				dup = true
				break
			}
			a, bb := stems(c.Text), stems(o.Text)
			if coverage(a, bb) >= 0.5 || coverage(bb, a) >= 0.5 {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// Label names a change for a reader: "New quote", "Position changed"...
func Label(c Change) string {
	kind := map[string]string{KindQuote: "quote", KindStatement: "statement", KindPosition: "position", KindProposal: "proposal",
		KindNextStep: "next step", KindParty: "party"}[c.Kind]
	if kind == "" {
		kind = c.Kind
	}
	switch c.Status {
	case StatusChanged:
		return "Position changed"
	case StatusMoved:
		return "Next step moved"
	case StatusHappened:
		return "Happened"
	case StatusCalledOff:
		return "Called off"
	case StatusWithdrawn:
		return "Proposal withdrawn or rejected"
	}
	return "New " + kind
}

// numbers returns the figures of a text: its tokens holding a digit, a
// glued-on unit cut off ("1.4m" gives "1" and "4").
func numbers(s string) stemSet {
	out := stemSet{}
	for _, t := range tokens(s) {
		if fig, _, ok := figure(t.lower); ok {
			out[fig] = struct{}{}
		}
	}
	return out
}
