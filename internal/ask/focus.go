package ask

// What a quantity question's focus asks of its evidence: a rate ("how
// many passengers a year"), a sum of money, a size, the stuff a unit
// measures, a verb the article writes, that the sentences an answer shows
// must give, else the question is declined. Questions about time are in
// focus_time.go, about who holds or owns what in focus_holders.go.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// rateUnits are the units of time a "how much / how many" question may
// ask a rate in ("a year", "per month", "every week", "daily"), each with
// the words that write a rate in it.
var rateUnits = map[string][]string{
	"year":   {"a year", "per year", "each year", "every year", "annual", "annually", "yearly", "per annum", "a-year", "/year"},
	"month":  {"a month", "per month", "each month", "every month", "monthly", "a-month", "/month"},
	"week":   {"a week", "per week", "each week", "every week", "weekly", "a-week", "/week"},
	"day":    {"a day", "per day", "each day", "every day", "daily", "a-day", "/day"},
	"hour":   {"an hour", "per hour", "each hour", "every hour", "hourly", "an-hour", "/hour"},
	"season": {"a season", "per season", "each season", "every season", "a-season", "/season"},
}

// qualifiedRateUnits are further words that write a rate in a unit of
// time narrowed to the days or weeks of work ("each working day", "every
// business day"). A sentence that writes one answers a question of the
// plain unit ("how many ferries sail each day?"); they do not make a
// question ask a rate.
var qualifiedRateUnits = map[string][]string{
	"week": {"a working week", "per working week", "each working week", "every working week"},
	"day":  {"a working day", "per working day", "each working day", "every working day", "each business day", "every business day", "per business day", "each school day", "every school day"},
}

// askedRate returns the unit of time a quantity question asks a rate
// in ("how many passengers does it fly a year": "year"), or "".
func askedRate(q *question) string {
	if q.atype != typeQuantity && q.atype != typeMoney {
		return ""
	}
	l := " " + strings.Join(q.words, " ") + " "
	for unit, forms := range rateUnits {
		for _, f := range forms {
			if !strings.HasPrefix(f, "/") && strings.Contains(l, " "+f+" ") {
				return unit
			}
		}
	}
	return ""
}

// givesRate reports whether an answer to a quantity question that asks
// a rate ("a year", "per month") writes one in that unit in a sentence it
// cites: a count without it answers another question. Questions that ask
// no rate are answered by any.
func (a *Article) givesRate(q *question, r Result) bool {
	unit := askedRate(q)
	if unit == "" {
		return true
	}
	found, _ := a.shownHolds(r, func(i int) bool { return a.writesRate(i, unit, q) })
	return found
}

// shownHolds reports whether one of the sentences answer r cites and
// shows holds ok, and how many it shows: the check the gives… rules run
// after search.
func (a *Article) shownHolds(r Result, ok func(i int) bool) (found bool, shown int) {
	for _, c := range r.Citations {
		if !a.shown(r, c) {
			continue
		}
		shown++
		if ok(c.Sentence) {
			return true, shown
		}
	}
	return false, shown
}

// givesPrice reports whether an answer to a question that asks a price
// ("what price does the mill get for its flour?", "what is the toll on
// the bridge?") writes a sum of money in a sentence it cites (a tariff or
// a levy may be a percentage): "the price of a sack fell" or "the mill,
// 40 kilometres away" answers another question. Other questions are
// answered by any.
func (a *Article) givesPrice(q *question, r Result) bool {
	head := q.priceHead()
	if head == "" || r.Declined {
		return true // a decline ("the answer was withheld") needs no sum
	}
	found, _ := a.shownHolds(r, func(i int) bool {
		s := a.sents[i]
		return strings.ContainsAny(s, "$£€¥₹₦") || a.info[i].hasType(nlp.MONEY) ||
			shareTaxes[head] && (a.info[i].hasType(nlp.PERCENT) || hasPercent(s))
	})
	return found
}

// writesRate reports whether sentence i writes an amount in a unit of
// time: "$40 million a year", "2 million containers annually", "every
// day of a strike would delay $4.5 billion" (not "a year in which…"), or
// an amount in words of what question q asks about ("four shifts a
// week"; see countedInWords).
func (a *Article) writesRate(i int, unit string, q *question) bool {
	l := strings.ToLower(a.sents[i])
	for _, f := range slices.Concat(rateUnits[unit], qualifiedRateUnits[unit]) {
		for from := 0; ; {
			k := strings.Index(l[from:], f)
			if k < 0 {
				break
			}
			k += from
			near := l[max(0, k-40):min(len(l), k+len(f)+80)] // "every day of this lockout costs … $340 million"
			if strings.ContainsAny(near, "0123456789") || !strings.Contains(f, " ") && strings.ContainsAny(l, "0123456789") || countedInWords(l[:k], q) {
				return true
			}
			from = k + len(f)
		}
	}
	return false
}

// countedInWords reports whether the clause that ends where a rate's
// words begin (before, lower case) writes a number in words and, after
// it, what question q counts or measures ("four shifts" of "how many
// shifts a week"; "eight litres of drinking water" of "how much
// drinking water … a day"; "overtime is limited to ten hours" of "how
// much overtime … in a week"): the amount is of what the question asks,
// not any number near ("the two companies said", "three times a day").
func countedInWords(before string, q *question) bool {
	if q == nil {
		return false
	}
	thing := q.measuredMass()
	if q.counted != "" {
		thing = termOf(q.counted)
	}
	if thing == "" {
		// "How much is the yearly rent?": the noun whose size is asked
		// ("the rent goes to four million francs a year").
		thing = q.sized
	}
	if thing == "" {
		return false
	}
	if k := strings.LastIndexAny(before, ",;:()“”\""); k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		before = before[k+n:] // after the mark, whole (“ is three bytes)
	}
	ws := words(before)
	if len(ws) > 8 {
		ws = ws[len(ws)-8:]
	}
	// What is measured may follow the amount or be the clause's subject
	// before it ("overtime is limited to ten hours a week").
	return slices.ContainsFunc(ws, func(w string) bool { return w != "one" && hasQuantity(w) }) &&
		slices.ContainsFunc(ws, func(x string) bool { return termOf(x) == thing })
}

// shown reports whether citation c is of a sentence the answer shows
// (its reference written in the answer), not one it only rests on.
func (a *Article) shown(r Result, c Citation) bool {
	return c.Sentence >= 0 && c.Sentence < len(a.sents) && strings.Contains(r.Answer, ref(c.Sentence))
}

// givesMeasured reports whether an answer to a question that counts a
// unit of some stuff ("how many tonnes of rye does Talvik mill?") cites
// a sentence that writes the stuff, or follows one that does in its
// paragraph: tonnes of another crop answer another question. Other
// questions are answered by any.
func (a *Article) givesMeasured(q *question, r Result) bool {
	stuff := q.measuredStuff()
	if stuff == "" || r.Declined {
		return true
	}
	found, shown := a.shownHolds(r, func(i int) bool {
		ss := a.brief.Sentences
		for j := i; j >= 0 && j < len(ss) && ss[j].Para == ss[i].Para; j-- {
			if a.ix.sentenceHas(j, stuff) {
				return true
			}
		}
		return false
	})
	return found || shown == 0
}

// measuredStuff returns the term of what a quantity question counts a
// measure unit of ("rye" in "how many tonnes of rye"), or "".
func (q *question) measuredStuff() string {
	if q.atype != typeQuantity || !measureUnits[q.counted] {
		return ""
	}
	k := slices.Index(q.words, q.counted)
	if k < 0 || k+2 >= len(q.words) || q.words[k+1] != "of" {
		return ""
	}
	head := ""
	for _, w := range q.words[k+2:] {
		if stuffEnds[w] {
			break
		}
		if w != "the" && w != "its" && w != "their" {
			head = w // the last word before the verb: "oil" in "of raw palm oil"
		}
	}
	return termOf(head)
}

// stuffEnds are the words that end what a measure unit is of in a
// question: an auxiliary, a time word or a preposition.
var stuffEnds = map[string]bool{"do": true, "does": true, "did": true, "will": true, "would": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "can": true, "could": true, "a": true, "an": true, "each": true, "per": true, "every": true, "this": true, "last": true, "next": true, "in": true, "on": true, "at": true, "from": true, "to": true, "for": true, "by": true, "under": true, "?": true}

// givesSized reports whether an answer to a "how big / how large is N?"
// question ("how big is the harbour toll?") cites a sentence that names
// N, or follows one that does, or gives a size in other words: a share,
// a sum of money or an amount in a unit of measure ("the pier will take
// 40 hectares"). A length of time or a count beside the question's other
// words ("the island's three-year harbour deal", "the pact covers 80
// growers") measures something else. Other questions are answered by
// any.
func (a *Article) givesSized(q *question, r Result) bool {
	if q.sized == "" || q.priced || r.Declined {
		return true
	}
	k := slices.Index(q.words, "how")
	if k < 0 || k+1 >= len(q.words) || q.words[k+1] != "big" && q.words[k+1] != "large" {
		return true
	}
	found, _ := a.shownHolds(r, func(i int) bool {
		return a.ix.sentenceHas(i, q.sized) || a.termIntroducedBefore(i, q.sized) ||
			hasPercent(a.sents[i]) || a.info[i].hasType(nlp.PERCENT) ||
			strings.ContainsAny(a.sents[i], currencySigns) || a.info[i].hasType(nlp.MONEY) || a.measuresAmount(i)
	})
	return found
}

// givesDone reports whether the article may answer a "how much / how
// many … does X verb?" question at all: one whose verb ("how many crates
// does the Tarnby depot pack each week?") the article never writes, in
// any form or derivation ("packs", "packing", "packer"), asks about
// something it does not report, however near a figure of the subject is.
// Light verbs and verbs of money, whose meaning the article may write
// with its figure alone ("a €4 million bridge"), are not judged.
func (a *Article) givesDone(q *question, r Result) bool {
	if r.Declined || q.atype != typeQuantity && q.atype != typeMoney {
		return true
	}
	v := doSupportVerb(q.words)
	if v == "" || lightVerbs[v] || moneyVerbs[v] || scopeVerbs[v] || a.ix.has(v) {
		return true
	}
	stem := v
	if len(stem) > 4 {
		stem = stem[:len(stem)-1]
	}
	for t := range a.ix.df {
		if strings.HasPrefix(t, stem) {
			return true
		}
	}
	// An irregular form ("won" for "win") by its lemma.
	for i := range a.info {
		for _, t := range a.info[i].toks {
			if porter(strings.ToLower(t.Lemma)) == v {
				return true
			}
		}
	}
	return false
}

// scopeVerbs are the terms of verbs of what something takes in, which an
// article may write with a preposition alone ("a lease on 40 hectares").
var scopeVerbs = set(`cover includ involv affect appli span contain hold serv repres reach total number count compris employ`)

// moneyVerbs are the terms of verbs a sum of money may answer without
// the article writing them.
var moneyVerbs = set(`cost pay spend earn charg receiv rais bring`)

// doSupportVerb returns the term of the verb of a "how much / how many
// N … do(es) SUBJECT VERB …" question, one about what the subject does as
// a rule (a past event, "how much did the index jump", is often told in
// other words, "rose"): the last word of the clause after the auxiliary,
// before a preposition, an object or a time ("how many bales
// does the Oskar farm press in a year" → "press"), with at least one
// word of subject before it; or "".
func doSupportVerb(ws []string) string {
	if len(ws) < 4 || ws[0] != "how" || ws[1] != "much" && ws[1] != "many" {
		return ""
	}
	k := slices.IndexFunc(ws[2:], func(w string) bool { return doWords[w] })
	if k < 0 || ws[k+2] == "did" {
		return ""
	}
	k += 2
	end := len(ws)
	for j := k + 1; j < len(ws); j++ {
		if complementVerbs[ws[j]] {
			// "how many does the union say will walk out": the verb
			// asked is another clause's.
			return ""
		}
		if clauseEnds[ws[j]] || j >= k+3 && objectStarts[ws[j]] || strings.HasSuffix(ws[j], "ly") {
			end = j
			break
		}
	}
	if end-k < 3 {
		return ""
	}
	return termOf(ws[end-1])
}

// objectStarts begin an object after the verb ("does the mill sell the
// husks to").
var objectStarts = set(`the its their his her our your`)

// clauseEnds are the words that end a question's verb phrase: its
// prepositions, the determiners of a time, adverbs and pronouns.
var clauseEnds = set(`in from at on to for by with each every per a an this last next over during since until after before into out up between about under across against through among within without than as if when while because now so far yet already still then there here them it him us me you`)

// complementVerbs are verbs whose clause holds another verb: the asked
// one is then not the last word before a preposition.
var complementVerbs = set(`say says said expect expects expected want wants wanted plan plans planned hope hopes hoped think thinks thought believe believes believed estimate estimates estimated need needs needed claim claims claimed predict predicts predicted fear fears feared`)
