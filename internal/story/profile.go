package story

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/summarize"
)

// Limits of a profile: a story is recognised by its strongest parties and
// terms, and a profile stays small whatever the number of its briefs.
const (
	maxProfileParties = 30
	maxProfileTerms   = 60
	// maxKeyTerms is how many of a profile's terms it is indexed by and
	// matched on (its matter): a term's weight counts the stories holding
	// it among theirs.
	maxKeyTerms = 25
)

// Profile is what a story is about: its parties (by speakerKey) and its
// subject terms (stems), each with a weight, and how to show them.
type Profile struct {
	Parties map[string]float64 `json:"parties"`
	Terms   map[string]float64 `json:"terms"`
	// Labels shows a key as written (party names, a term's commonest word).
	Labels map[string]string `json:"labels"`
	// Kinds are the parties' kinds (country, organisation, group, person).
	Kinds map[string]string `json:"kinds"`
	// Briefs counts the briefs merged into the profile.
	Briefs int `json:"briefs"`
	// Dated is the date of the latest brief merged in (2006-01-02), when
	// known: a story idle for months is a weaker match (recency).
	Dated string `json:"dated,omitempty"`
}

// NewProfile returns an empty profile.
func NewProfile() *Profile {
	return &Profile{Parties: map[string]float64{}, Terms: map[string]float64{}, Labels: map[string]string{}, Kinds: map[string]string{}}
}

// ProfileOf reads what a brief is about: its parties weighted by mentions
// (and by speaking), and its matter: the content words of its title, key
// points and sentences weighted by where they stand, without the words of
// its parties' names (the principals are weighed on their own, so "Turkey"
// in a title is a party, not the subject). Dated is the article's date when
// the brief has one.
func ProfileOf(b *summarize.Brief) *Profile {
	p := NewProfile()
	p.Briefs = 1
	p.Dated = dayOf(b.Source.Published)
	names := stemSet{}
	addParty := func(name, kind string, w float64) {
		k := speakerKey(name, kind)
		if k == "" || w <= 0 {
			return
		}
		if kind != summarize.KindGroup {
			// A group ("unions", "Muslims") and a body's common word
			// ("union", "party") are words of the matter too.
			for _, t := range tokens(name) {
				if !orgWord[t.lower] {
					names[t.stem] = struct{}{}
				}
			}
		}
		p.Parties[k] += w
		if len(name) > len(p.Labels["p:"+k]) {
			p.Labels["p:"+k] = name
		}
		if kind != "" && p.Kinds[k] == "" {
			p.Kinds[k] = kind
		}
	}
	for _, x := range b.Parties {
		if !properName(x.Name) {
			continue
		}
		addParty(x.Name, x.Kind, 1+math.Log(float64(max(x.Mentions, 1))))
		for _, person := range x.People {
			addParty(person, summarize.KindPerson, 0.5)
		}
	}
	for _, q := range b.Quotes {
		if properName(q.Speaker) {
			addParty(q.Speaker, "", 0.3)
		}
	}
	for _, s := range b.Statements {
		if properName(s.Speaker) {
			addParty(s.Speaker, "", 0.2)
		}
	}
	tf := map[string]float64{}
	forms := map[string]map[string]int{}
	add := func(text string, w float64) {
		seen := map[string]bool{}
		for _, t := range tokens(text) {
			if !content(t.lower) || isNumber(t.lower) || seen[t.stem] {
				continue
			}
			seen[t.stem] = true
			tf[t.stem] += w
			if forms[t.stem] == nil {
				forms[t.stem] = map[string]int{}
			}
			forms[t.stem][t.lower]++
		}
	}
	add(b.Source.Title, 3)
	for i, k := range b.KeyPoints {
		if i < 3 {
			add(k.Text, 1)
		}
	}
	for i, s := range b.Sentences {
		w := 0.5
		if i < 3 {
			w = 2
		}
		add(s.Text, w)
	}
	for s, f := range tf {
		if _, ok := names[s]; ok {
			continue
		}
		p.Terms[s] = 1 + math.Log(f)
	}
	p.trim()
	for s := range p.Terms {
		p.Labels["t:"+s] = commonest(forms[s])
	}
	return p
}

// properName reports whether a name is a name (capitalised), not a common
// noun phrase such as "unions" or "the government".
func properName(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, "\"'“‘(")
		if w == "" || strings.EqualFold(w, "the") {
			continue
		}
		r := []rune(w)
		return r[0] >= 'A' && r[0] <= 'Z' || r[0] > 127 && strings.ToUpper(string(r[0])) == string(r[0])
	}
	return false
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// commonest returns the form seen most often (the shortest among equals).
func commonest(forms map[string]int) string {
	best, n := "", -1
	for f, c := range forms {
		if c > n || c == n && (len(f) < len(best) || len(f) == len(best) && f < best) {
			best, n = f, c
		}
	}
	return best
}

// trim keeps the strongest parties and terms, and the labels of those.
func (p *Profile) trim() {
	p.Parties = top(p.Parties, maxProfileParties)
	p.Terms = top(p.Terms, maxProfileTerms)
	for k := range p.Labels {
		switch {
		case strings.HasPrefix(k, "p:"):
			if _, ok := p.Parties[k[2:]]; !ok {
				delete(p.Labels, k)
			}
		case strings.HasPrefix(k, "t:"):
			if _, ok := p.Terms[k[2:]]; !ok {
				delete(p.Labels, k)
			}
		}
	}
	for k := range p.Kinds {
		if _, ok := p.Parties[k]; !ok {
			delete(p.Kinds, k)
		}
	}
}

// ranked returns m's keys, the heaviest first (ties by key).
func ranked(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

// top keeps the n heaviest entries of m.
func top(m map[string]float64, n int) map[string]float64 {
	if len(m) <= n {
		return m
	}
	out := make(map[string]float64, n)
	for _, k := range ranked(m)[:n] {
		out[k] = m[k]
	}
	return out
}

// Merge adds another profile (a brief joining, or a story merged in).
func (p *Profile) Merge(o *Profile) {
	for k, w := range o.Parties {
		p.Parties[k] += w
	}
	for k, w := range o.Terms {
		p.Terms[k] += w
	}
	for k, l := range o.Labels {
		if len(l) > len(p.Labels[k]) || p.Labels[k] == "" {
			p.Labels[k] = l
		}
	}
	for k, v := range o.Kinds {
		if p.Kinds[k] == "" {
			p.Kinds[k] = v
		}
	}
	p.Briefs += o.Briefs
	if o.Dated > p.Dated {
		p.Dated = o.Dated
	}
	p.trim()
}

// dayOf returns the date (2006-01-02) a published timestamp starts with,
// or "" when it does not start with one.
func dayOf(published string) string {
	if len(published) < 10 {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, published[:10]); err != nil {
		return ""
	}
	return published[:10]
}

// Keys are what the profile is indexed by: every party ("p:" key, and
// "p:" plus the initials of a body's name, so that "EU" finds "European
// Union") and its strongest terms ("t:" stem).
func (p *Profile) Keys() []string {
	keys := p.PartyKeys()
	for i, k := range ranked(p.Terms) {
		if i == maxKeyTerms {
			break
		}
		keys = append(keys, "t:"+k)
	}
	return keys
}

// Name is a story's name from its profile: its leading parties (bodies and
// countries before people) and its leading subject words.
func (p *Profile) Name() string {
	var names []string
	partyWords := stemSet{}
	for _, pass := range []bool{false, true} {
		for _, k := range ranked(p.Parties) {
			if len(names) == 2 {
				break
			}
			if (p.Kinds[k] == summarize.KindPerson) != pass {
				continue
			}
			names = append(names, p.Labels["p:"+k])
			for s := range stems(p.Labels["p:"+k]) {
				partyWords[s] = struct{}{}
			}
		}
	}
	var subject []string
	for _, k := range ranked(p.Terms) {
		if len(subject) == 2 {
			break
		}
		if _, ok := partyWords[k]; ok || p.Labels["t:"+k] == "" {
			continue
		}
		subject = append(subject, p.Labels["t:"+k])
	}
	name := strings.Join(names, " – ")
	if len(subject) > 0 {
		if name != "" {
			name += ": "
		}
		name += strings.Join(subject, ", ")
	}
	if name == "" {
		name = "Untitled story"
	}
	return name
}

// PartyNames returns the names of the profile's leading parties.
func (p *Profile) PartyNames(n int) []string {
	var out []string
	for _, k := range ranked(p.Parties) {
		if len(out) == n {
			break
		}
		out = append(out, p.Labels["p:"+k])
	}
	return out
}

// Marshal returns the profile as JSON.
func (p *Profile) Marshal() ([]byte, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("write story profile: %w", err)
	}
	return b, nil
}

// UnmarshalProfile reads a profile that Marshal wrote.
func UnmarshalProfile(b []byte) (*Profile, error) {
	p := NewProfile()
	if err := json.Unmarshal(b, p); err != nil {
		return nil, fmt.Errorf("read story profile: %w", err)
	}
	for _, m := range []*map[string]float64{&p.Parties, &p.Terms} {
		if *m == nil {
			*m = map[string]float64{}
		}
	}
	if p.Labels == nil {
		p.Labels = map[string]string{}
	}
	if p.Kinds == nil {
		p.Kinds = map[string]string{}
	}
	return p, nil
}

// PartyKeys are the profile's party keys: a story can only be joined by a
// brief sharing one of them (Score.Joins needs shared parties), so these
// find the candidates.
func (p *Profile) PartyKeys() []string {
	var keys []string
	seen := map[string]bool{}
	for _, k := range ranked(p.Parties) {
		for _, x := range []string{k, p.acronym(k)} {
			if x != "" && !seen[x] {
				seen[x] = true
				keys = append(keys, "p:"+x)
			}
		}
	}
	return keys
}

// Matter returns the profile's strongest terms (at most maxKeyTerms), what
// it is matched on, with their weights.
func (p *Profile) Matter() map[string]float64 {
	return top(p.Terms, maxKeyTerms)
}

// acronym returns the initials of a party key of several words that is not
// a person's ("european union" -> "eu"), or "".
func (p *Profile) acronym(key string) string {
	if p.Kinds[key] == summarize.KindPerson {
		return ""
	}
	return initials(key)
}

// initials returns the first letters of a key of several words, or "".
func initials(key string) string {
	ws := strings.Fields(key)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		r := []rune(w)
		b.WriteRune(r[0])
	}
	return b.String()
}
