package ask

// What a quantity question's focus asks of its evidence: a rate ("how
// many passengers a year") or a time ("how much … last year") that the
// sentences an answer shows must write, else the question is declined.

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

// askedTimes returns the times a quantity question asks an amount of
// ("last year", "in 1987"), as the article would write them; nil where
// it asks none.
func askedTimes(q *question) []string {
	if q.atype != typeQuantity && q.atype != typeMoney {
		return nil
	}
	var out []string
	for k, w := range q.words {
		switch {
		case (w == "last" || w == "this" || w == "next") && k+1 < len(q.words) && (q.words[k+1] == "year" || q.words[k+1] == "month" || q.words[k+1] == "season"):
			out = append(out, w+" "+q.words[k+1])
		case yearWord(w):
			out = append(out, w)
		}
	}
	return out
}

// givesTime reports whether an answer to a quantity question that asks
// an amount of a given time ("how much steel did the EU export last
// year") cites a sentence that writes that time: another year's figure
// answers another question.
func (a *Article) givesTime(q *question, r Result) bool {
	times := askedTimes(q)
	if len(times) == 0 {
		return true
	}
	found, _ := a.shownHolds(r, func(i int) bool {
		l := strings.ToLower(a.sents[i])
		if !slices.ContainsFunc(times, func(t string) bool { return !strings.Contains(l, t) }) {
			return true
		}
		// "How much cod … next year?": what is to come, told without
		// the year ("the trawlers would keep 2,600 tonnes", "will
		// rise to 21 million"), and no other time named.
		return !slices.ContainsFunc(times, func(t string) bool { return !strings.HasPrefix(t, "next ") }) && (a.info[i].comingNext() || a.info[i].reportsFuture()) && !namesOtherTime(l)
	})
	return found
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

// namesOtherTime reports whether the lower-case sentence l names a time
// other than what comes next: last or this year, month or season, or a
// year in figures.
func namesOtherTime(l string) bool {
	for _, w := range words(l) {
		if yearWord(w) {
			return true
		}
	}
	for _, p := range []string{"last year", "this year", "last month", "this month", "last season", "this season"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// yearWord reports whether w is a year in figures, 1900 to 2099.
func yearWord(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// holderPrepositions end the noun phrase of a "who is the N" question
// ("who is the treasurer of the guild?").
var holderPrepositions = set(`of in at for on with to from about behind`)

// holderRelatives begin a relative clause that ends the noun phrase of a
// "who is the N" question ("who is the clerk who kept the minutes?").
var holderRelatives = set(`who whom whose that which`)

// isWas are the forms of "be" a "who is the N" question asks with.
var isWas = set(`is are was were`)

// heldRole returns the index term of the role noun a question of the
// form "who is/are the N (of X)?" asks the holder of ("who is the
// arbiter?": "arbit"; "who are the new owners of the inn?": "owner"), or
// "" for other questions.
func heldRole(q *question) string {
	ws := q.words
	if len(ws) >= 6 && ws[0] == "what" && isWas[ws[1]] && ws[2] == "the" && (ws[3] == "name" || ws[3] == "names") && ws[4] == "of" {
		ws = ws[5:] // "what is the name of the treasurer?" asks who the treasurer is
	} else if q.atype == typeAgent && len(ws) >= 3 && ws[0] == "who" && isWas[ws[1]] {
		ws = ws[2:]
	} else {
		return ""
	}
	if len(ws) == 0 || ws[0] != "the" {
		return ""
	}
	head := ""
	for _, w := range ws[1:] {
		if holderPrepositions[w] || holderRelatives[w] {
			break
		}
		head = w
	}
	if head == "" || hasQuantity(head) {
		return ""
	}
	return termOf(head)
}

// indefiniteDets make a noun an unnamed one of its kind ("a referee",
// "another bidder", "two bidders").
var indefiniteDets = set(`a an another any some no`)

// givesHolder reports whether an answer to "who is the N?" cites a
// sentence that may name the N: one that writes N only as an unnamed
// one of its kind ("the guild will appoint an arbiter", "talks with two
// bidders"), with no name beside it ("an arbiter, Ilse Varga,"), says
// that there is one, not who. Answers citing a sentence without N, or
// with N named or definite, are kept, but for "the N of X" with X a name
// (see heldOfName), which a sentence writing N must answer.
func (a *Article) givesHolder(q *question, r Result) bool {
	role := heldRole(q)
	if role == "" || r.Declined {
		return true
	}
	named := q.ent != nil && heldOfName(q)
	found, shown := a.shownHolds(r, func(i int) bool {
		return !a.unnamedRole(i, role) && (!named || a.ix.sentenceHas(i, role))
	})
	return found || shown == 0
}

// givesTopic reports whether an answer to a "who" or "which" question
// about a named party ("which banks are lenders to Vell Line?") cites a
// sentence that writes one of the question's own topic words or another
// word for one: a sentence found by the name alone ("Vell Line signed a
// lease") answers another question.
func (a *Article) givesTopic(q *question, r Result) bool {
	if r.Declined || q.intent != intentSearch || q.ent == nil || q.wh != "who" && q.wh != "which" || len(q.words) < 3 {
		return true
	}
	// Only "who are / which N are … of X?": the words after the copula
	// ask a place at X ("members", "lenders"); "which company did Vell
	// work for?" is answered by any company's name.
	if !copulas[q.words[1]] && !(q.wh == "which" && len(q.words) > 3 && (copulas[q.words[2]] || copulas[q.words[3]])) {
		return true
	}
	topic := slices.DeleteFunc(slices.Clone(q.topic), func(t string) bool {
		return slices.ContainsFunc(q.words, func(w string) bool { return q.whHead(w) && termOf(w) == t })
	})
	if len(topic) == 0 {
		return true
	}
	found, shown := a.shownHolds(r, func(i int) bool { return a.ix.coverage(topic, []int{i}) > 0 })
	return found || shown == 0
}

// heldOfName reports whether a "who is/are the N of X?" question asks
// the N of a named party ("who are the partners of Vell Mining?"): the
// party's name finds sentences about it, and only one that writes N or
// a synonym of it ("its partners") says who holds that place.
func heldOfName(q *question) bool {
	for k, w := range q.words {
		if holderPrepositions[w] {
			return k > 3 && q.ent != nil && slices.ContainsFunc(q.words[k+1:], func(x string) bool {
				return x != "the" && (slices.Contains(q.ent.keys, x) || slices.Contains(strings.Fields(strings.ToLower(q.ent.full)), x))
			})
		}
	}
	return false
}

// unnamedRole reports whether sentence i writes the role noun with term
// role, and every time as an unnamed one of its kind: with an indefinite
// article, a number or only whose it is ("the inn's owner"), no name
// hung from it or it from a name, and no person or body named right
// beside it.
func (a *Article) unnamedRole(i int, role string) bool {
	si := &a.info[i]
	toks := si.toks
	found := false
	for k, t := range toks {
		if t.UPOS != "NOUN" || termOf(strings.ToLower(t.Text)) != role {
			continue
		}
		found = true
		indefinite := false
		for _, d := range toks {
			if d.Head != k {
				continue
			}
			switch {
			case d.Rel == "det" && indefiniteDets[strings.ToLower(d.Text)], d.Rel == "nummod":
				indefinite = true
			case d.Rel == "nmod:poss":
				// "the inn's owner", "its owner": whose, not who.
				indefinite = true
			case d.Rel == "appos" || d.UPOS == "PROPN" && (d.Rel == "nsubj" || d.Rel == "flat" || d.Rel == "compound"):
				return false // "Ilse Varga is an arbiter", "an arbiter, Ilse Varga", "its owner, the Varga family"
			case d.Rel == "cop" || d.Rel == "case" && strings.EqualFold(d.Text, "as"):
				return false // "…, who is an arbiter", "will serve as an arbiter": the clause's subject holds it
			}
		}
		if !indefinite {
			return false
		}
		if t.Rel == "xcomp" || t.Head >= 0 && t.Head < len(toks) && toks[t.Head].UPOS == "PROPN" && (t.Rel == "appos" || t.Rel == "conj") {
			return false // "Ilse Varga, an arbiter"; "the guild named her an arbiter"
		}
		if k+1 < len(toks) && toks[k+1].Text == "," {
			// "an arbiter, retired judge Ilse Varga, …": a name set
			// after the noun, however the parser hung it.
			for j := k + 2; j < len(toks) && j <= k+6 && toks[j].UPOS != "PUNCT"; j++ {
				if toks[j].UPOS == "PROPN" {
					return false
				}
			}
		}
		for _, e := range si.ents {
			if (e.typ == nlp.PERSON || e.typ == nlp.ORG) && e.last >= k-4 && e.first <= k+3 && !possessorOf(toks, e.first, e.last, k) {
				return false
			}
		}
	}
	return found
}

// possessorOf reports whether tokens first up to last hold the possessor
// of token k ("the guild's clerk"): a name that says whose the role is,
// not who holds it.
func possessorOf(toks []nlp.Token, first, last, k int) bool {
	for j := max(first, 0); j < last && j < len(toks); j++ {
		if toks[j].Head == k && toks[j].Rel == "nmod:poss" {
			return true
		}
	}
	return false
}

// givesObject reports whether an answer to a "who" question whose named
// party follows its main verb ("who founded the Tollmere Rowing Club?",
// "who owns Vasker Freight?") cites a sentence that names that party: the
// one who founds, owns or runs something is written with it, and a
// sentence that never names it ("the club's coach said…", "the
// contractor must pay") answers another question. Questions whose name
// comes before the verb ("who did Ilse Varga meet?") or that only
// qualify the object ("who hosted the Tollmere talks?", "who filed a
// complaint with the Vasker board?") are answered by any. A name that is
// what the whole story is about need not be repeated by a sentence that
// writes the question's verb or its noun ("the moderator kept both sides
// to time"), unless it names a body whose role it may be ("the Kestrels'
// coach").
func (a *Article) givesObject(q *question, r Result) bool {
	if r.Declined || q.wh != "who" || q.ent == nil || q.verbTerm == "" || len(q.ent.keys) == 0 {
		return true
	}
	verb := -1
	for k, w := range q.words {
		if termOf(w) == q.verbTerm {
			verb = k
			break
		}
	}
	if verb < 0 || !namesWhole(q.words[verb+1:], q.ent) {
		return true
	}
	topic := a.storyTopic(q.ent)
	found, shown := a.shownHolds(r, func(i int) bool {
		return a.sentenceNames(i, q.ent) || topic && a.writesVerb(i, q.verbTerm) && !a.info[i].hasType(nlp.ORG)
	})
	return found || shown == 0
}

// givesOwner reports whether an answer to a question that asks who owns
// something ("who owns the Brannock mill?", "which group owns Veltra
// Foods?") cites a sentence that writes a word of owning ("owner",
// "family-owned", "a subsidiary of", "holds a stake"): one who runs,
// manages or speaks for a company is written with its name ("the mill's
// managing director, Ida Rensk") without owning it. Other questions are
// answered by any.
func (a *Article) givesOwner(q *question, r Result) bool {
	if r.Declined || q.wh != "who" && q.wh != "which" || q.verbTerm != "own" {
		return true
	}
	found, shown := a.shownHolds(r, a.writesOwning)
	return found || shown == 0
}

// owningWords are the words besides the verb "own" that tell who owns a
// thing: a parent, a stake, shares, a purchase.
var owningWords = map[string]bool{"subsidiary": true, "subsidiaries": true, "parent": true, "stake": true, "stakes": true, "shareholder": true, "shareholders": true, "shareholding": true, "proprietor": true, "proprietors": true, "belongs": true, "belonged": true, "belong": true, "bought": true, "acquired": true, "controls": true, "controlled": true, "controlling": true}

// writesOwning reports whether sentence i writes the verb "own" or a
// word of it ("owner", "state-owned", not the adjective of "its own
// fleet") or another word that tells who owns a thing (owningWords).
func (a *Article) writesOwning(i int) bool {
	return slices.ContainsFunc(a.info[i].toks, func(t nlp.Token) bool {
		w := strings.ToLower(t.Text)
		if owningWords[w] {
			return true
		}
		return verbWord(t, "own") && !(w == "own" && t.UPOS != "VERB")
	})
}

// writesVerb reports whether sentence i writes the verb of stem v itself
// (verbWord: "founded", "founder", "family-owned"), not a synonym that may
// be of another sense ("the talks begin" for "found", "the papers it
// holds" for "own").
func (a *Article) writesVerb(i int, v string) bool {
	return slices.ContainsFunc(a.info[i].toks, func(t nlp.Token) bool { return verbWord(t, v) })
}

// namesWhole reports whether the words after a question's verb, but for
// an article before them, are all name n ("the Tollmere Rowing Club"),
// not a noun it qualifies or a phrase it ends ("the Tollmere talks", "a
// complaint with the Vasker board").
func namesWhole(ws []string, n *name) bool {
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an") {
		ws = ws[1:]
	}
	rest := strings.Join(ws, " ")
	if rest == "" {
		return false
	}
	full := strings.ToLower(n.full)
	full = strings.TrimPrefix(full, "the ")
	if rest == full || slices.Contains(n.keys, rest) {
		return true
	}
	return false
}

// storyTopic reports whether name n is what the story is about: its
// lead, the first two sentences, holds every word of the name and the
// story names it again further down (see leadNames).
func (a *Article) storyTopic(n *name) bool {
	stems := n.stems()
	if len(stems) == 0 {
		return false
	}
	nts := make([]nameTerm, len(stems))
	for k, st := range stems {
		nts[k] = nameTerm{term: st}
	}
	return len(a.leadNames(nts)) == len(stems)
}

// givesWhen reports whether an answer to a "when was X done?" question
// ("when was the Tarvik ferry company founded?") cites a sentence that
// uses the verb or another word for it: a date that goes with something
// else the subject did ("it applied for a permit last spring") answers
// another question.
func (a *Article) givesWhen(q *question, r Result) bool {
	if q.atype != typeDate || q.howLong || q.wh != "when" || r.Declined {
		return true
	}
	v := a.eventVerb(q)
	if v == "" {
		return true
	}
	if !q.passiveAsk(v) {
		return true // "when did the strike start?" may be told with "began"
	}
	found, _ := a.shownHolds(r, func(i int) bool { return a.ix.sentenceHas(i, v) || a.writesVerb(i, v) })
	return found
}

// eventVerb is the term of the verb a question asks about: its main
// verb, or, where the parse of a lower-case question hangs the verb on
// its subject ("when was the company founded"), the one content verb it
// writes.
func (a *Article) eventVerb(q *question) string {
	if q.verbTerm != "" || q.unusedVerb != "" {
		return q.verbTerm + q.unusedVerb
	}
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	v := ""
	for _, t := range an.Tokens {
		l := strings.ToLower(t.Lemma)
		if t.UPOS != "VERB" || l == "be" || l == "have" || l == "do" || speechLemmas[l] {
			continue
		}
		if v != "" {
			return ""
		}
		v = termOf(l)
	}
	return v
}

// passiveAsk reports whether the question asks when something was done
// to its subject, with verb term v written last as a participle after
// "was" or "were" ("when was the bridge opened"): a deed of one day,
// which the article tells with the verb or a word for it.
func (q *question) passiveAsk(v string) bool {
	if len(q.words) < 3 || q.words[1] != "was" && q.words[1] != "were" {
		return false
	}
	w := q.words[len(q.words)-1]
	if p, ok := irregularParticiples[w]; ok {
		return termOf(p) == v // "when was the pier built"
	}
	return termOf(w) == v && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn"))
}

// irregularParticiples are past participles that end in no "-ed", "-en"
// or "-wn", each with its verb, for passiveAsk: "when was the tower
// built?" asks of one deed as "when was it opened?" does.
var irregularParticiples = map[string]string{"built": "build", "made": "make", "sold": "sell", "bought": "buy", "sent": "send", "paid": "pay", "laid": "lay", "held": "hold", "won": "win", "lost": "lose", "kept": "keep"}

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

// givesPast reports whether an answer to a question that asks the
// outcome of an event in the past tense ("what was the outcome of the
// Belvan vote?", "what were the results of the trial?") cites a sentence
// that reports something done: one that only tells what will be ("the
// council will vote on Friday") answers a question asked before the
// event, not after it. Other questions are answered by any.
func (a *Article) givesPast(q *question, r Result) bool {
	if r.Declined || len(q.words) < 3 || q.words[1] != "was" && q.words[1] != "were" ||
		!slices.ContainsFunc(q.words[2:], func(w string) bool { return outcomeWords[w] }) {
		return true
	}
	found, shown := a.shownHolds(r, func(i int) bool { return !a.onlyFuture(i) })
	return found || shown == 0
}

// outcomeWords are the nouns of what an event came to.
var outcomeWords = set(`result results outcome outcomes verdict`)

// onlyFuture reports whether sentence i tells only what will be: a verb
// with the auxiliary "will" or "shall" and no verb in the past tense or
// the perfect ("has agreed").
func (a *Article) onlyFuture(i int) bool {
	toks := a.info[i].toks
	future := false
	for _, t := range toks {
		l := strings.ToLower(t.Text)
		if t.XPOS == "VBD" {
			return false
		}
		if t.Rel == "aux" && (l == "has" || l == "have" || l == "had" || l == "'ve" || l == "'s" && t.Head >= 0 && t.Head < len(toks) && toks[t.Head].XPOS == "VBN") {
			return false
		}
		if t.Rel == "aux" && (l == "will" || l == "shall" || l == "'ll") {
			future = true
		}
	}
	return future
}

// givesFutureWhen reports whether an answer to a question that asks when
// something will be done ("when will the Korvel bridge open?", "when
// would work on the pier begin?") cites a sentence that writes a time not
// of a deed already done: a sentence whose every date goes with a verb
// in the past ("the plan, drawn up last spring, would add a pier";
// "asked on Monday, the mayor said…") dates something else. A sentence
// that writes no time is not judged here.
func (a *Article) givesFutureWhen(q *question, r Result) bool {
	if r.Declined || q.wh != "when" || len(q.words) < 3 || q.words[1] != "will" && q.words[1] != "would" {
		return true
	}
	found, shown := a.shownHolds(r, func(i int) bool { return !a.onlyPastTimes(i) })
	return found || shown == 0
}

// onlyPastTimes reports whether sentence i writes a date or a time and
// every one goes, by the tree, with a verb in the past tense or a past
// participle, and the sentence tells nothing that will be ("was set for
// June 3, when the talks will resume" dates the talks).
func (a *Article) onlyPastTimes(i int) bool {
	toks := a.info[i].toks
	if slices.ContainsFunc(toks, func(t nlp.Token) bool {
		l := strings.ToLower(t.Text)
		return t.Rel == "aux" && (l == "will" || l == "shall" || l == "'ll")
	}) {
		return false // "was set for June 3, when the talks will resume"
	}
	times := 0
	for k, t := range toks {
		if !strings.HasSuffix(t.NER, "DATE") && !strings.HasSuffix(t.NER, "TIME") {
			continue
		}
		times++
		h := k
		for n := 0; n < len(toks) && h >= 0 && h < len(toks) && toks[h].UPOS != "VERB"; n++ {
			h = toks[h].Head
		}
		if h < 0 || h >= len(toks) || !pastVerb(toks, h) {
			return false
		}
	}
	return times > 0
}

// pastVerb reports whether verb toks[h] is in the past: in the past
// tense, or a past participle whose auxiliaries, if any, are of the past
// ("was signed", "had agreed"), not of a time to come ("will be
// signed", "is to be signed").
func pastVerb(toks []nlp.Token, h int) bool {
	switch toks[h].XPOS {
	case "VBD":
		return true
	case "VBN":
		for _, t := range toks {
			if t.Head != h || t.Rel != "aux" && t.Rel != "aux:pass" {
				continue
			}
			switch strings.ToLower(t.Text) {
			case "was", "were", "had", "has", "have":
			default:
				return false
			}
		}
		return true
	}
	return false
}

// givesWhichNamed reports whether an answer to "which N …?" ("which
// bakeries supply the Orvell school?") cites a sentence that may name
// the N: one that writes N only as unnamed ones of its kind ("several
// Dutch bakeries", "bakeries supplying Orvell", "bakeries that deliver
// daily") says that there are some, not which. A sentence
// without N, or with N named ("bakeries such as Tamsin Loaves", "Tamsin
// Loaves and two other bakeries") or definite ("the bakeries"), is kept.
// The noun is found by words, not by the question's parse, which may
// read a lower-case "which dutch bakery supplies" with "bakery" as its
// verb: it is one of the words after "which", before any auxiliary.
func (a *Article) givesWhichNamed(q *question, r Result) bool {
	if r.Declined || len(q.words) < 3 || q.words[0] != "which" {
		return true
	}
	var heads []string
	for k, w := range q.words[1:min(len(q.words), 5)] {
		if auxWords[w] || k > 0 && clauseEnds[w] {
			// A preposition or pronoun ends the noun phrase, but
			// not as its first word ("which us carmaker": the US).
			break
		}
		heads = append(heads, termOf(w))
	}
	if len(heads) == 0 {
		return true
	}
	asked := map[string]bool{}
	for _, w := range q.words {
		asked[termOf(w)] = true
	}
	found, shown := a.shownHolds(r, func(i int) bool { return !a.unnamedKind(i, heads, asked) })
	return found || shown == 0
}

// unnamedKind reports whether sentence i writes a noun with one of the
// terms heads, and every time as unnamed ones of their kind: no definite
// determiner or possessor ("the bakeries", "its bakeries"), no name hung
// from it ("bakeries such as Tamsin Loaves", "Tamsin bakeries") but for a
// place or a people ("Dutch bakeries", "Orvell bakeries"), not set beside
// a name ("Tamsin Loaves and other bakeries", "Tamsin Loaves, a
// bakery,"), not sorted by a word the question does not write
// ("wood-fired bakeries" for "which bakeries …?"), not said of a
// subject ("Orvell and Tamsin are / act as bakeries"), nor followed by a
// name after a comma.
func (a *Article) unnamedKind(i int, heads []string, asked map[string]bool) bool {
	si := &a.info[i]
	toks := si.toks
	kindName := func(j int) bool {
		for _, e := range si.ents {
			if e.first <= j && j < e.last {
				return e.typ == nlp.GPE || e.typ == nlp.NORP || e.typ == nlp.LOC
			}
		}
		return false
	}
	found := false
	for k, t := range toks {
		if t.UPOS != "NOUN" || !slices.Contains(heads, termOf(strings.ToLower(t.Text))) {
			continue
		}
		if t.XPOS != "NNS" {
			// "a five-day round", "its seventh round": one of its
			// kind, which its modifiers may tell apart.
			return false
		}
		found = true
		for j, d := range toks {
			if d.Head != k {
				continue
			}
			switch {
			case d.Rel == "det" && definiteDets[strings.ToLower(d.Text)], d.Rel == "nmod:poss", d.Rel == "appos":
				return false
			case d.Rel == "cop" || d.Rel == "case" && strings.EqualFold(d.Text, "as"):
				return false // "Orvell and Tamsin are bakeries", "serve as bakeries": the clause's subject names them
			case (d.Rel == "amod" || d.Rel == "compound") && d.UPOS != "PROPN" && !kindName(j) && !quantityAdjs[strings.ToLower(d.Text)] && !asked[termOf(strings.ToLower(d.Text))]:
				return false // "which pills did she take?" — "blood-thinning pills": the kind is the answer
			case d.UPOS == "PROPN" && !(kindName(j) && j >= k-2 && j < k):
				// A place or people right before the noun sorts it
				// ("Dutch bakeries"); one hung from it elsewhere may be
				// the name ("Orvell and Tamsin, the bakeries").
				return false
			}
		}
		if t.Head >= 0 && t.Head < len(toks) && toks[t.Head].UPOS == "PROPN" && (t.Rel == "appos" || t.Rel == "conj") {
			return false
		}
		if k+1 < len(toks) && toks[k+1].Text == "," {
			for j := k + 2; j < len(toks) && j <= k+6 && toks[j].UPOS != "PUNCT"; j++ {
				if toks[j].UPOS == "PROPN" && !kindName(j) {
					return false
				}
			}
		}
	}
	return found
}

// quantityAdjs say how many, not which.
var quantityAdjs = set(`several many other few various numerous some`)

// definiteDets point back to ones named before ("the bakeries", "these
// bakeries").
var definiteDets = set(`the this that these those`)
