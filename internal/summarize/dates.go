package summarize

import (
	"strconv"
	"strings"
)

var (
	months = makeSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)
	dayNamesSet = makeSet(`monday tuesday wednesday thursday friday saturday sunday`)
	relUnits    = makeSet(`week month year weekend spring summer autumn fall winter round session quarter monday tuesday
wednesday thursday friday saturday sunday`)
	spanUnits   = makeSet(`day days week weeks month months hour hours year years`)
	numberWords = makeSet(`a an one two three four five six seven eight nine ten twelve fourteen thirty sixty ninety several few`)
	yearPreps   = makeSet(`in since by until from before after`)
)

// dateStart reports whether l is one of the lower-case words a date
// expression can start with (besides capitalised words and numbers): a
// switch, which dateAt runs for every word, is cheaper than a map.
func dateStart(l string) bool {
	switch l {
	case "next", "this", "last", "coming", "following", "earlier", "later", "by", "in", "since", "until", "from",
		"before", "after", "within", "the", "today", "tomorrow", "tonight", "yesterday", "over", "during", "at":
		return true
	}
	return false
}

// dateSpans appends to out the byte spans of the date and time expressions
// of tokens [from, to), as written: "April 17", "next week", "Feb. 8", "in
// 2014", "within 30 days", "later in the week", "over the weekend".
func (d *doc) dateSpans(from, to int, out []span) []span {
	for i := from; i < to; i++ {
		if !d.toks[i].word {
			continue
		}
		if n := d.dateAt(i, to); n > 0 {
			end := i + n - 1
			out = append(out, span{d.toks[i].start, d.toks[end].end})
			i = end
		}
	}
	return out
}

// nextWord returns the index of the next word token after i (skipping
// punctuation only when skip allows it), or -1.
func (d *doc) nextWord(i, to int, skip string) int {
	for j := i + 1; j < to; j++ {
		if d.toks[j].word {
			return j
		}
		if !strings.Contains(skip, d.toks[j].text) {
			return -1
		}
	}
	return -1
}

func isDayNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	w = strings.TrimRight(w, "stndrh")
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31
}

// isYear reports whether w is a year written in figures, 1900 to 2100
// ("2009").
func isYear(w string) bool {
	if len(w) != 4 || w[0] < '0' || w[0] > '9' {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && n >= 1900 && n <= 2100
}

// dateAt returns how many tokens a date expression starting at i spans, or 0.
func (d *doc) dateAt(i, to int) int {
	t := &d.toks[i]
	l := t.lower
	if !t.cap && !dateStart(l) && (l == "" || l[0] < '0' || l[0] > '9') {
		// Most words start no date: one look-up rules them out.
		return 0
	}
	span := func(last int) int { return last - i + 1 }
	switch {
	case t.cap && dayNamesSet[l]:
		// "Monday", "Tuesday, Jan. 8"
		if j := d.nextWord(i, to, ","); j >= 0 && d.toks[j].cap && months[d.toks[j].lower] {
			if k := d.nextWord(j, to, "."); k >= 0 && isDayNumber(d.toks[k].lower) {
				return span(k)
			}
		}
		return 1
	case t.cap && months[l]:
		// "April 17", "Feb. 8, 2019", "April 2014"; "May" only before a number.
		j := d.nextWord(i, to, ".")
		if j >= 0 && isDayNumber(d.toks[j].lower) {
			if k := d.nextWord(j, to, ","); k >= 0 && isYear(d.toks[k].lower) {
				return span(k)
			}
			return span(j)
		}
		if j >= 0 && isYear(d.toks[j].lower) {
			return span(j)
		}
		// A month alone after "in", "by", "until"…: "in December".
		if i > 0 && (yearPreps[d.toks[i-1].lower] || d.toks[i-1].lower == "early" || d.toks[i-1].lower == "late" || d.toks[i-1].lower == "mid") && l != "may" && len(l) > 3 {
			return 1
		}
	case isDayNumber(l) && !isYear(l):
		// "17 April 2025"
		if j := d.nextWord(i, to, ""); j >= 0 && d.toks[j].cap && months[d.toks[j].lower] {
			if k := d.nextWord(j, to, ","); k >= 0 && isYear(d.toks[k].lower) {
				return span(k)
			}
			return span(j)
		}
	case l == "next" || l == "this" || l == "last" || l == "coming" || l == "following":
		if j := d.nextWord(i, to, ""); j >= 0 && relUnits[d.toks[j].lower] {
			return span(j)
		}
	case l == "earlier" || l == "later":
		if j := d.nextWord(i, to, ""); j >= 0 && (d.toks[j].lower == "this" || d.toks[j].lower == "next" || d.toks[j].lower == "last") {
			if k := d.nextWord(j, to, ""); k >= 0 && relUnits[d.toks[k].lower] {
				return span(k)
			}
		}
		// "later in the week", "later in January".
		if j := d.nextWord(i, to, ""); j >= 0 && d.toks[j].lower == "in" {
			if k := d.nextWord(j, to, ""); k >= 0 && d.toks[k].lower == "the" {
				if m := d.nextWord(k, to, ""); m >= 0 && relUnits[d.toks[m].lower] {
					return span(m)
				}
			} else if k >= 0 && d.toks[k].cap && months[d.toks[k].lower] {
				return span(k)
			}
		}
	case l == "at" && d.wordsAre(i, to, "at", "the", "end", "of"):
		// "at the end of the month"
		if k := d.endOfUnit(i, to); k >= 0 {
			return span(k)
		}
	case (l == "before" || l == "until") && d.wordsAre(i, to, l, "the", "end", "of"):
		// "before the end of the month"
		if k := d.endOfUnit(i, to); k >= 0 {
			return span(k)
		}
	case l == "by":
		// "by the end of the month"
		if d.wordsAre(i, to, "by", "the", "end", "of") {
			if k := d.endOfUnit(i, to); k >= 0 {
				return span(k)
			}
		}
		fallthrough
	case yearPreps[l]:
		// "in 2014", "since early 2020"
		j := d.nextWord(i, to, "")
		if j >= 0 && (d.toks[j].lower == "early" || d.toks[j].lower == "late") {
			j = d.nextWord(j, to, "")
		}
		if j >= 0 && isYear(d.toks[j].lower) {
			return span(j)
		}
		// A month alone after "in", "by", "until"…: "in December".
		if i > 0 && (yearPreps[d.toks[i-1].lower] || d.toks[i-1].lower == "early" || d.toks[i-1].lower == "late" || d.toks[i-1].lower == "mid") && l != "may" && len(l) > 3 {
			return 1
		}
		if l == "in" {
			return d.spanAt(i, to)
		}
	case l == "within":
		return d.spanAt(i, to)
	case l == "the":
		// "the coming weeks"
		if j := d.nextWord(i, to, ""); j >= 0 && d.toks[j].lower == "coming" {
			if k := d.nextWord(j, to, ""); k >= 0 && spanUnits[d.toks[k].lower] {
				return span(k)
			}
		}
		// "the second week of March", "the end of April 2026".
		if k := d.partOfMonth(i, to); k >= 0 {
			return span(k)
		}
	case l == "today" || l == "tomorrow" || l == "tonight" || l == "yesterday":
		return 1
	case l == "over" || l == "during" || l == "at":
		// "over the weekend", "at the weekend"
		if j := d.nextWord(i, to, ""); j >= 0 && d.toks[j].lower == "the" {
			if k := d.nextWord(j, to, ""); k >= 0 && d.toks[k].lower == "weekend" {
				return span(k)
			}
		}
	case l == "day" && t.cap:
		if j := d.nextWord(i, to, ""); j >= 0 && d.toks[j].text == "One" {
			return span(j)
		}
	}
	return 0
}

// monthParts are the parts of a month a date may name: "the second week
// of March", "the end of April".
var monthParts = makeSet(`week weekend fortnight half end start beginning middle`)

// monthOrdinals say which part of a month: "the first week of".
var monthOrdinals = makeSet(`first second third fourth last final`)

// partOfMonth returns the index of the last token of "the [ordinal] part
// of Month [year]" starting at i ("the second week of March"), or -1.
func (d *doc) partOfMonth(i, to int) int {
	j := d.nextWord(i, to, "")
	if j >= 0 && monthOrdinals[d.toks[j].lower] {
		j = d.nextWord(j, to, "")
	}
	if j < 0 || !monthParts[d.toks[j].lower] {
		return -1
	}
	k := d.nextWord(j, to, "")
	if k < 0 || d.toks[k].lower != "of" {
		return -1
	}
	m := d.nextWord(k, to, "")
	if m < 0 || !d.toks[m].cap || !months[d.toks[m].lower] {
		return -1 // "the end of May": after "of" even May is the month
	}
	if y := d.nextWord(m, to, ""); y >= 0 && isYear(d.toks[y].lower) {
		return y
	}
	return m
}

// spanAt reads "within 30 days", "in the next two weeks" starting at i.
func (d *doc) spanAt(i, to int) int {
	j := d.nextWord(i, to, "")
	if j >= 0 && d.toks[j].lower == "the" {
		if k := d.nextWord(j, to, ""); k >= 0 && d.toks[k].lower == "next" {
			j = d.nextWord(k, to, "")
		}
	}
	if j < 0 {
		return 0
	}
	w := d.toks[j].lower
	if !atoiOK(w) && !numberWords[w] {
		return 0
	}
	if k := d.nextWord(j, to, ""); k >= 0 && spanUnits[d.toks[k].lower] {
		return k - i + 1
	}
	return 0
}

// atoiOK reports whether strconv.Atoi reads w, without the error value
// (an allocation) for a word that cannot be a number: one that opens with
// neither a digit nor a sign.
func atoiOK(w string) bool {
	if w == "" || !('0' <= w[0] && w[0] <= '9' || w[0] == '+' || w[0] == '-') {
		return false
	}
	_, err := strconv.Atoi(w)
	return err == nil
}

// ageOf reads w as a person's age, as news sets it off after a name
// ("Reyes, 52,"): a whole number from 1 to 119; ok is false for anything
// else.
func ageOf(w string) (age int, ok bool) {
	if !atoiOK(w) {
		return 0, false
	}
	n, _ := strconv.Atoi(w)
	return n, n > 0 && n < 120
}

// wordsAre reports whether the words from token i are ws.
func (d *doc) wordsAre(i, to int, ws ...string) bool {
	j := i
	for n, w := range ws {
		if n > 0 {
			j = d.nextWord(j, to, "")
		}
		if j < 0 || d.toks[j].lower != w {
			return false
		}
	}
	return true
}

// skipWords returns the word token n words after i, or -1.
func (d *doc) skipWords(i, to, n int) int {
	j := i
	for ; n > 0 && j >= 0; n-- {
		j = d.nextWord(j, to, "")
	}
	return j
}

// endOfUnit returns, for "by/at the end of the month" starting at token
// i, the token of the unit ("month", "year", "day") when "the", "this" or
// "next" comes before it, or of the month named ("by the end of May",
// its year too); else -1.
func (d *doc) endOfUnit(i, to int) int {
	j := d.skipWords(i, to, 4)
	if j >= 0 && d.toks[j].cap && months[d.toks[j].lower] {
		// "by the end of May", "by the end of March 2027".
		if y := d.nextWord(j, to, ""); y >= 0 && isYear(d.toks[y].lower) {
			return y
		}
		return j
	}
	if j < 0 || d.toks[j].lower != "the" && d.toks[j].lower != "this" && d.toks[j].lower != "next" {
		return -1
	}
	if k := d.nextWord(j, to, ""); k >= 0 && (relUnits[d.toks[k].lower] || d.toks[k].lower == "day") {
		return k
	}
	return -1
}
