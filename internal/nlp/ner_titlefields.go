package nlp

import (
	"slices"
	"strings"
)

// namesAfterTitleFields finds the person named at the end of a title
// that carries its field or its body in capitalised words ("Minister of
// Water and Energy Habtamu Itefa", "Deputy Director of the Nile Basin
// Initiative Sylvester Matemu", "Head of the Technical Committee Gedion
// Asfaw"), which the model cuts at the wrong place or reads as a body:
// after a title the lists know, "of" or "for" and a run of capitalised
// words (with "of", "and", "the", "for", "at" between them), the words at
// the run's end that can be a name (a given name the lists know, or a
// word on no list of places, bodies or titles that the lexicon does not
// know as mostly written in lower case) are the person, when there are
// two to four of them and a word of the field stands before them. A
// person read inside the title before the name is dropped, and so is any
// span the name overlaps; the bodies and places inside the field stay
// ("Professor of Hydrology at Cairo University Abbas Sharaky"). Spans
// stay in text order.
func namesAfterTitleFields(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var found []nerSpan
	var titles []int // the title's word, for each name found
	for i := 0; i+4 < len(x.words); i++ {
		if !capitalised(x.words[i]) || x.gaz[i]&titleAny == 0 && !officeTitles[x.lower[i]] && !fieldTitles[x.lower[i]] {
			continue
		}
		if w := x.lower[i+1]; w != "of" && w != "for" {
			continue
		}
		sent := a.Tokens[i].Sent
		end := i + 2
		for end < len(x.words) && a.Tokens[end].Sent == sent {
			if capitalised(x.words[end]) && !strings.HasSuffix(x.words[end], "'s") {
				end++
				continue
			}
			if fieldJoiners[x.words[end]] && end+1 < len(x.words) && capitalised(x.words[end+1]) {
				end++
				continue
			}
			break
		}
		if end < len(x.words) && (x.words[end] == "'s" || x.words[end] == "’s" || x.words[end] == "-") {
			continue // the run goes on as an owner or a compound
		}
		start := end
		for start > i+2 && end-start < 4 && nameWord(x, start-1) {
			start--
		}
		if end-start < 2 || !capitalised(x.words[start-1]) {
			continue // no name, or no word of the field before it
		}
		found = append(found, nerSpan{start, end, PERSON})
		titles = append(titles, i)
		i = end - 1
	}
	if len(found) == 0 {
		return spans
	}
	// A person read in a title ("Minister of | Water", "Deputy |
	// Director") is none; the names found replace what they overlap.
	spans = slices.DeleteFunc(spans, func(sp nerSpan) bool {
		for k := range found {
			if sp.typ == PERSON && titles[k] < sp.last && sp.last <= found[k].first {
				return true
			}
		}
		return false
	})
	return replaceOverlapped(spans, found)
}

// fieldTitles are titles of a post that, written with a capital, run on
// into the field or the body the post is in ("Head of the Technical
// Committee", "Professor of Hydrology"), beside those the lists know.
var fieldTitles = map[string]bool{"head": true, "leader": true, "professor": true, "dean": true, "rector": true,
	"chair": true, "coordinator": true, "negotiator": true, "envoy": true, "adviser": true, "advisor": true}

// fieldJoiners are the small words a title's field or body may hold
// between its capitalised words.
var fieldJoiners = map[string]bool{"of": true, "and": true, "the": true, "for": true, "at": true, "&": true}

// nameWord reports whether word i can be a word of a person's name
// after a title's field: a given name the lists know, or a word on no
// list of places, bodies, titles or companies that the lexicon does not
// know as a word mostly written in lower case ("Water", "Committee") nor,
// never written with a capital there, the word clusters know ("Basin").
func nameWord(x *nerDoc, i int) bool {
	if !capitalised(x.words[i]) {
		return false
	}
	given := gazBit('M', 'B') | gazBit('M', 'I') | gazBit('M', 'L') | gazBit('M', 'U') |
		gazBit('F', 'B') | gazBit('F', 'I') | gazBit('F', 'L') | gazBit('F', 'U')
	if x.gaz[i]&given != 0 {
		return true
	}
	if x.gaz[i] != 0 || bodyNouns[x.lower[i]] {
		return false
	}
	if l := x.lexLower[i]; l != "" {
		return l[1] >= '3'
	}
	return x.clus[i] == ""
}
