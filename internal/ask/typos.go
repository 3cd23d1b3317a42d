package ask

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// fixTypos returns the question raw with each word that is a slip of one
// of the article's words written as that word ("the kenyan mediater" for
// "mediator", "the captian" for "captain", "rep kwack" for "Kwak"): a
// word of five letters or more that the article does not write and
// English does not know, one edit (two, from eight letters) from exactly
// one word of the article's (a noun, a name, a verb or an adjective) that
// begins with the same letter. Other words stay as typed.
func (a *Article) fixTypos(raw string) string {
	if a.an == nil {
		return raw
	}
	var vocab map[string]bool
	for _, w := range words(raw) {
		n := utf8.RuneCountInString(w)
		if n < 5 || a.ix.has(porter(w)) || a.an.KnownWord(w) || strings.ContainsAny(w, "0123456789") {
			continue
		}
		if vocab == nil {
			vocab = a.contentForms()
		}
		if vocab[w] {
			continue
		}
		limit := 1
		if n >= 8 {
			limit = 2
		}
		fw := nlp.FoldMarks(w)
		found := ""
		for v := range vocab {
			fv := nlp.FoldMarks(v)
			if fv == fw || fv[0] != fw[0] || editDistance(fw, fv, limit) > limit {
				continue
			}
			if found != "" && porter(found) != porter(v) {
				found = "-"
				break
			}
			if found == "" || len(v) < len(found) {
				found = v
			}
		}
		if found == "" || found == "-" {
			continue
		}
		re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(w) + `\b`)
		if err != nil {
			continue
		}
		raw = re.ReplaceAllLiteralString(raw, found)
	}
	return raw
}

// contentForms returns the article's nouns, names, verbs and adjectives of
// four letters or more, in lower case.
func (a *Article) contentForms() map[string]bool {
	m := map[string]bool{}
	for i := range a.info {
		for _, t := range a.info[i].toks {
			switch t.UPOS {
			case "NOUN", "PROPN", "VERB", "ADJ":
				if utf8.RuneCountInString(t.Text) >= 4 {
					m[strings.ToLower(t.Text)] = true
				}
			}
		}
	}
	return m
}

// editDistance returns the number of one-letter edits (insertions,
// deletions, substitutions, and swaps of two letters side by side) that
// make a into b, or limit+1 once it is known to exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], limit+1)
}
