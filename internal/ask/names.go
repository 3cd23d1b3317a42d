package ask

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/summarize"
)

// Whether a text in a sentence is a name the question asks about: a full
// name, a surname, a hyphened part, a name shared with someone else.

// isName reports whether text names n: a person by a word of the name
// (the surname, usually), anything else by its whole name or one of its
// other names ("US" for the United States), so that "the German exchange"
// does not name "the New York Stock Exchange".
func (a *Article) isName(n *name, text string) bool {
	if n == nil || text == "" {
		return false
	}
	if strings.EqualFold(n.full, text) {
		return true
	}
	tw := words(text)
	if n.kind == summarize.KindGroup {
		// A group named by common nouns ("workers") is a name whose words
		// it ends with ("union workers"), not one that uses them ("the
		// Communications Workers of America").
		gw := words(n.full)
		return len(gw) > 0 && len(tw) >= len(gw) && slices.Equal(tw[len(tw)-len(gw):], gw)
	}
	whole := n.whole
	if len(whole) == 0 && n.kind != summarize.KindPerson && n.kind != "" {
		whole = words(n.full)
	}
	if len(whole) > 1 {
		if containsRun(tw, whole) {
			return true
		}
		for _, al := range summarize.Aliases(n.full) {
			if aw := words(al); len(aw) > 0 && containsRun(tw, aw) {
				return true
			}
		}
		return false
	}
	for _, k := range n.keys {
		for j, w := range tw {
			if w == k && (len(k) >= 3 || shortSurname(n, k)) && !a.otherPersonAt(n, tw, j) && !(len(tw) == 1 && a.sharedName(n, k)) && !givenOfAnother(n, k, tw) && !hyphenedOnly(text, k, n.full) {
				return true
			}
		}
	}
	return false
}

// hyphenedOnly reports whether text writes the name word k only joined
// by a hyphen to another word that the name full does not join to it:
// "Jalali-Far" is not Mohsen Jalali.
func hyphenedOnly(text, k, full string) bool {
	lt, lf := strings.ToLower(text), strings.ToLower(full)
	found := false
	for from := 0; ; {
		i := strings.Index(lt[from:], k)
		if i < 0 {
			return found
		}
		i += from
		from = i + len(k)
		end := i + len(k)
		joined := i > 0 && lt[i-1] == '-' || end < len(lt) && lt[end] == '-'
		if !joined {
			return false
		}
		// The hyphenated word around the match.
		lo, hi := i, end
		for lo > 0 && lt[lo-1] != ' ' {
			lo--
		}
		for hi < len(lt) && lt[hi] != ' ' {
			hi++
		}
		if strings.Contains(lf, strings.Trim(lt[lo:hi], ".,;:!?'’\"“”()")) {
			return false
		}
		found = true
	}
}

// givenOfAnother reports whether the key k of person n that a text's
// words tw hold is n's given name in another person's name ("David" of
// David Cameron in "David B. Cohen"): not the surname, with a word of the
// text n's name lacks.
func givenOfAnother(n *name, k string, tw []string) bool {
	if n.kind != summarize.KindPerson || len(n.keys) < 2 || len(tw) < 2 {
		return false
	}
	fw := words(n.full)
	if len(fw) < 2 || fw[len(fw)-1] == k || !slices.Contains(fw[:len(fw)-1], k) {
		return false
	}
	return slices.ContainsFunc(tw, func(w string) bool { return !isStop(w) && !slices.Contains(n.keys, w) })
}

// sharedName reports whether word k of n's name is also a word of another
// person's name in the article that is not a form of n's: "Lee" alone,
// where the article names Lee Soo-min and Lee Jung-ho, is neither.
func (a *Article) sharedName(n *name, k string) bool {
	if n.kind != summarize.KindPerson {
		return false
	}
	full := a.onlyFullForm(n)
	for i := range a.names {
		m := &a.names[i]
		if m == n || m == full || m.full == n.full || m.kind != summarize.KindPerson || len(m.keys) < 2 || !slices.Contains(m.keys, k) {
			continue
		}
		if full == nil && len(n.keys) > 1 && !slices.ContainsFunc(m.keys, func(w string) bool { return !slices.Contains(n.keys, w) }) {
			continue // m's words are all n's: a shorter form of n
		}
		return true
	}
	return false
}

// sideNouns are the words for a party to talks as a whole ("the Turkish
// side").
var sideNouns = set(`side government delegation team negotiators`)

// otherPersonAt reports whether word j of ws, a word of n's name, is there
// part of another person's name: "Trump" in "Donald Trump" is not Ivanka
// Trump. A country's people's word before a word for a side is the
// country's ("the Turkish side").
func (a *Article) otherPersonAt(n *name, ws []string, j int) bool {
	if n.kind == summarize.KindCountry && j+1 < len(ws) && sideNouns[ws[j+1]] && strings.EqualFold(summarize.NationOf(ws[j]), n.full) {
		return false // "the Turkish side", "the Turkish delegation": Turkey's
	}
	full := a.onlyFullForm(n)
	for i := range a.names {
		m := &a.names[i]
		if m == n || m.full == n.full || m == full || m.kind != summarize.KindPerson && m.kind != "" || !slices.Contains(m.keys, ws[j]) {
			continue
		}
		for _, k := range []int{j - 1, j + 1} {
			if k >= 0 && k < len(ws) && slices.Contains(m.keys, ws[k]) && !slices.Contains(n.keys, ws[k]) {
				return true
			}
		}
	}
	return false
}

// onlyFullForm returns the one person of the article whose name holds
// every word of n's ("Norman Ham" for "Ham"), or nil when there is none
// or more than one ("Hillary Clinton" and "Chelsea Clinton" for "Clinton").
func (a *Article) onlyFullForm(n *name) *name {
	if len(n.keys) == 0 {
		return nil
	}
	var found *name
	for i := range a.names {
		m := &a.names[i]
		if m == n || m.full == n.full || m.kind != summarize.KindPerson && m.kind != "" || len(m.keys) <= len(n.keys) {
			continue
		}
		all := true
		for _, k := range n.keys {
			if !slices.Contains(m.keys, k) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		if found != nil {
			return nil
		}
		found = m
	}
	return found
}

// containsRun reports whether ws holds run as consecutive words.
func containsRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// belongsTo reports whether the person named party belongs to n.
func (a *Article) belongsTo(party string, n *name) bool {
	for _, p := range n.people {
		if strings.EqualFold(p, party) {
			return true
		}
	}
	return false
}

// sentenceNames reports whether sentence i names n.
func (a *Article) sentenceNames(i int, n *name) bool {
	if n == nil || i < 0 || i >= len(a.sents) {
		return false
	}
	return a.isName(n, a.sents[i])
}

// stems are the stems of a name's words.
func (n *name) stems() []string { return terms(strings.Join(n.keys, " ")) }

// shortSurname reports whether k, a key of two letters, is the surname of
// person n ("Su" of "Julie Su", "Wu" of "Wu Qian"): a name's last word,
// or its first in a name written family name first, that is no word of
// the language ("he" of "Liu He" is).
func shortSurname(n *name, k string) bool {
	if n.kind != summarize.KindPerson || len(k) != 2 || isStop(k) || pronounsHe[k] || pronounsThey[k] {
		return false
	}
	ws := words(n.full)
	return len(ws) >= 2 && (ws[len(ws)-1] == k || ws[0] == k)
}
