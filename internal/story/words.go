package story

import (
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/summarize/stem"
)

// generic are words that news uses whatever the story: they say nothing of
// what a story is about or of what is new in it.
var generic = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`said say says saying told tell tells added add adds according also would could
		mr mrs ms dr sir year years week weeks month months day days today yesterday tomorrow new one two three four five
		first last next people time times percent cent per bbc reporter reporters correspondent newspaper news report
		reports reported spokesman spokeswoman spokesperson official officials statement monday tuesday wednesday
		thursday friday saturday sunday january february march april may june july august september october november
		december get got go going make made take taken well however whether still even many much like us
		yet already since way ve ll re d m isn`) {
		m[w] = true
	}
	return m
}()

// token is a word of a text: its lower-case form and its stem.
type token struct {
	lower string
	stem  string
}

// tokens splits s into lower-case words of letters and digits, keeping
// apostrophes inside words out ("Russia's" gives "russia" and "s").
func tokens(s string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.ToLower(s[start:end])
		out = append(out, token{lower: w, stem: stem.Porter(w)})
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

// content reports whether a lower-case word carries content.
func content(w string) bool {
	if len(w) < 2 || stem.IsStopword(w) || generic[w] {
		return false
	}
	return true
}

// stems returns the distinct content stems of s.
func stems(s string) stemSet {
	set := stemSet{}
	for _, t := range tokens(s) {
		if content(t.lower) {
			set[t.stem] = struct{}{}
		}
	}
	return set
}

// words returns the distinct content stems and the figures of s in one
// pass. A figure with a unit glued on ("1.4m", "3bn") is read as the figure
// and the unit's word, as "1.4 million" and "3 billion" are.
func words(s string) (stemSet, stemSet) {
	st, nums := stemSet{}, stemSet{}
	for _, t := range tokens(s) {
		if content(t.lower) {
			st[t.stem] = struct{}{}
		}
		if fig, unit, ok := figure(t.lower); ok {
			nums[fig] = struct{}{}
			if unit != "" {
				st[unit] = struct{}{}
			}
		}
	}
	return st, nums
}

// units are the words a figure's glued-on unit stands for.
var units = map[string]string{"m": "million", "mn": "million", "bn": "billion", "b": "billion", "k": "thousand", "tn": "trillion", "tr": "trillion"}

// figure reads a token holding a digit: the figure, and the stem of its
// unit's word when one is glued on ("4m" -> "4", "million"); ok is false
// for a token without a digit.
func figure(w string) (fig, unit string, ok bool) {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i > 0 && i < len(w) {
		if u, found := units[w[i:]]; found {
			return w[:i], stemOf(u), true
		}
	}
	for _, r := range w {
		if r >= '0' && r <= '9' {
			return w, "", true
		}
	}
	return "", "", false
}

// stemSet is a set of stems.
type stemSet map[string]struct{}

// coverage is the share of a's stems that b holds (0 when a is empty).
func coverage(a, b stemSet) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for s := range a {
		if _, ok := b[s]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// without returns a's stems that are not in b.
func without(a, b stemSet) stemSet {
	out := stemSet{}
	for s := range a {
		if _, ok := b[s]; !ok {
			out[s] = struct{}{}
		}
	}
	return out
}

// has reports whether the set holds any of the stems of words.
func (s stemSet) hasAny(words ...string) bool {
	for _, w := range words {
		if _, ok := s[stem.Porter(w)]; ok {
			return true
		}
	}
	return false
}

// nameWords are the lower-case words of a name that identify it: titles,
// articles and initials out.
func nameWords(name string) []string {
	var out []string
	for _, t := range tokens(name) {
		if len(t.lower) < 2 || stem.IsStopword(t.lower) || honorific[t.lower] {
			continue
		}
		out = append(out, t.lower)
	}
	return out
}

// honorific are titles before names.
var honorific = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "lord": true, "lady": true,
	"president": true, "prime": true, "minister": true, "chancellor": true, "secretary": true, "general": true, "leader": true}

// speakerKey is how a speaker or party is recognised across briefs: a
// person by the last word of the name ("Tony Blair", "Mr Blair" -> "blair"),
// anything else by all its words ("the European Union" -> "european union").
func speakerKey(name, kind string) string {
	ws := nameWords(name)
	if len(ws) == 0 {
		return ""
	}
	if kind == "person" || (kind == "" && looksLikePerson(name)) {
		return ws[len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// looksLikePerson reports whether a name without a kind looks like a
// person's: two to four capitalised words, none of them an organisation
// word.
func looksLikePerson(name string) bool {
	fs := strings.Fields(name)
	if len(fs) < 2 || len(fs) > 4 {
		return false
	}
	for _, f := range fs {
		r := []rune(f)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		if orgWord[strings.ToLower(strings.Trim(f, ".,'’"))] {
			return false
		}
	}
	return true
}

// orgWord are words that make a name an organisation's or a group's.
var orgWord = map[string]bool{"union": true, "unions": true, "party": true, "council": true, "commission": true, "government": true,
	"ministry": true, "department": true, "office": true, "bank": true, "exchange": true, "association": true, "congress": true,
	"house": true, "senate": true, "committee": true, "group": true, "company": true, "corporation": true, "workers": true,
	"services": true, "federation": true, "league": true, "organisation": true, "organization": true, "nations": true, "states": true}
