package nlp

import "strings"

// Organisations named by their institution's word: the head of a proper
// noun phrase says what it names.

// institutionRuns makes an organisation of a run of capitalised words in
// one sentence that ends in a word closing an institution's name (see
// institutionHeads): the head of a proper noun phrase says what it names
// ("the United States Maritime Alliance", "The Faroese Shipowners’
// Association", "Superior North District School Board"). After a head
// that takes "of" ("the Federation of Independent Cycle Retailers", "the
// Ministry of Trade, Industry and Energy", "the International Committee
// of the Red Cross") or "for" ("the Regional Directorate for the
// Coast") the run goes on over that phrase's capitalised words. The run takes in the places, peoples and names the model read
// inside it ("United States", "Faroese"); none is made of one word,
// where an entity crosses its edges, or where an organisation already
// spans it. Spans stay in text order.
func institutionRuns(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	if x.xpos == nil {
		return spans
	}
	var add []nerSpan
	next := 0 // the first token a new run may take
	for h := 1; h < len(x.words); h++ {
		if h < next || !x.institutionWord(h) && !(capitalised(x.words[h]) && ofBodyHeads[x.lower[h]]) {
			continue
		}
		sent := a.Tokens[h].Sent
		lo := h
		for j := h - 1; j >= next && a.Tokens[j].Sent == sent; j-- {
			if runWord(a, x, j) {
				lo = j
				continue
			}
			// "Shipowners’ Association": a possessive mark inside the name.
			// A place's only before a public body's name, which every
			// country has ("Japan's Ministry of Economy, Trade and
			// Industry"); a firm's name is its own ("Thailand's Siam
			// Harvest Group").
			if (x.xpos[j] == "POS" || x.words[j] == "’" || x.words[j] == "'") && j > 0 && a.Tokens[j-1].Sent == sent && runWord(a, x, j-1) && (publicBodyHeads[x.lower[h]] || !placeAt(spans, j-1)) {
				lo = j
				continue
			}
			if lo == j+1 && (x.lower[j] == "and" || x.words[j] == "&") && j > 0 && a.Tokens[j-1].Sent == sent && runWord(a, x, j-1) && pluralMembers(x, j-1) && pluralMembers(x, j+1) {
				// "United Minibus Owners and Operators Association": two
				// kinds of member, joined, name the one body.
				lo = j
				continue
			}
			break
		}
		if lo < h && x.xpos[lo] == "POS" {
			lo++
		}
		hi := h + 1
		if hi+1 < len(x.words) && (x.lower[hi] == "of" || x.lower[hi] == "for") {
			k := hi + 1
			if x.lower[k] == "the" {
				k++
			}
			hi = max(hi, ofPhraseEnd(a, x, k, sent))
		}
		if hi-lo < 2 {
			continue
		}
		ok := true
		for _, sp := range spans {
			if sp.last <= lo || sp.first >= hi {
				continue
			}
			if sp.first < lo || sp.last > hi || sp.typ == ORG && sp.first == lo && sp.last == hi {
				ok = false
				break
			}
		}
		if ok {
			add = append(add, nerSpan{first: lo, last: hi, typ: ORG})
		}
		next = hi
		h = hi - 1
	}
	return replaceOverlapped(spans, add)
}

// ofPhraseEnd returns where the capitalised words of an institution's
// "of" phrase that start at k end: runs of them joined by "and", "&" or
// "of" ("of Commerce and Industry", "of Foreign Affairs of Japan"), or
// by commas where the list closes with "and" ("of Trade, Industry and
// Energy"; not "of California, Berkeley", a place after the name); k
// when no such word starts there.
func ofPhraseEnd(a *Analysis, x *nerDoc, k, sent int) int {
	in := func(i int) bool { return i < len(x.words) && a.Tokens[i].Sent == sent }
	run := func(i int) int {
		for in(i) && runWord(a, x, i) {
			i++
		}
		return i
	}
	end := run(k)
	if end == k {
		return k
	}
	for in(end + 1) {
		switch w := x.lower[end]; {
		case w == "and" || w == "&" || w == "of":
			next := run(end + 1)
			if next == end+1 {
				return end
			}
			end = next
			continue
		case w == ",":
			// A comma joins only inside a list that "and" closes.
			j := end
			for in(j+1) && x.words[j] == "," {
				next := run(j + 1)
				if next == j+1 {
					return end
				}
				j = next
			}
			if in(j+1) && (x.lower[j] == "and" || x.lower[j] == "&") {
				if next := run(j + 1); next > j+1 {
					end = next
					continue
				}
			}
			return end
		}
		return end
	}
	return end
}

// publicBodyHeads are the institution words that head the names of a
// state's own bodies, names that every state gives its own ("Ministry of
// Commerce", "Department of Labor").
var publicBodyHeads = map[string]bool{"ministry": true, "department": true, "secretariat": true, "directorate": true,
	"agency": true, "commission": true, "council": true, "parliament": true, "assembly": true, "authority": true, "bureau": true}

// placeAt reports whether word i is inside a place's span.
func placeAt(spans []nerSpan, i int) bool {
	for _, sp := range spans {
		if sp.first <= i && i < sp.last {
			return sp.typ == GPE || sp.typ == LOC || sp.typ == "PLACE"
		}
	}
	return false
}

// runWord reports whether word i may stand inside an institution's name
// (institutionRuns): written with a capital or as an acronym, tagged a
// proper noun, a noun or an adjective, and not a sentence's opening
// common word, a day or a month.
// pluralMembers reports whether word i is a capitalised plural noun of
// the kind a body's members are named by ("Owners", "Operators",
// "Workers", "Growers"), not a place or a person's name.
func pluralMembers(x *nerDoc, i int) bool {
	w := x.lower[i]
	return (x.xpos[i] == "NNPS" || x.xpos[i] == "NNS") && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

func runWord(a *Analysis, x *nerDoc, i int) bool {
	w := x.words[i]
	if !capitalised(w) && !acronymWord(w) || x.lower[i] == "the" || weekday(x.lower[i]) {
		return false
	}
	if m, _ := monthName(x.lower[i]); m {
		return false
	}
	switch x.xpos[i] {
	case "NNP", "NNPS":
		return true
	case "NN", "NNS", "JJ":
		return i > 0 && a.Tokens[i-1].Sent == a.Tokens[i].Sent || x.xpos[i] == "JJ"
	}
	return false
}
