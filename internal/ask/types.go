package ask

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// answerType is the kind of thing a question asks for, matched against the
// entities and values of the evidence.
type answerType int

const (
	typeAny      answerType = iota
	typeDate                // when, what date, until when
	typeQuantity            // how many, how much, what rate, how old
	typePlace               // where
	typeAgent               // who, which person or body
	typeMoney               // how much does X cost / pay / raise: a sum of money
)

// moneyWords make a "how much" question ask for a sum of money: "how
// much will it cost", "how much investment", "how much bonus". A count or a percentage
// does not answer them.
var moneyWords = set(`cost costs costing pay pays paid paying spend spends spent spending earn earns earned worth
invest invests invested investment investments fund funding funds money cash donate donated donation donations
charge charged owe owed price salary wages fee fees budget bonus bonuses payout payouts payment payments
compensation bid bids bidding ransom lend lends lent lending loan loans borrow borrows borrowed borrowing`)

// sumWords are what a sum of money is: "how big was the bonus?" asks for
// one.
var sumWords = set(`bonus budget payout payment compensation fine fee salary price cheque check`)

// typeModifier are nouns after which a sum's word only qualifies another
// ("the bonus pool", "the budget deficit", "the price rise").
var typeModifier = set(`rise increase cut cuts hike deficit gap pool share`)

// typeNouns are nouns that name the kind of answer rather than its topic:
// "how much money", "what rate", "what date". The article need not use them.
var typeNouns = map[string]answerType{
	"money": typeQuantity, "cash": typeQuantity, "funding": typeQuantity, "funds": typeQuantity, "sum": typeQuantity,
	"amount": typeQuantity, "figure": typeQuantity, "rate": typeQuantity, "percentage": typeQuantity,
	"percent": typeQuantity, "proportion": typeQuantity, "share": typeQuantity, "number": typeQuantity,
	"price": typeQuantity, "cost": typeQuantity, "age": typeQuantity, "size": typeQuantity, "total": typeQuantity,
	"ratio": typeQuantity, "quota": typeQuantity, "margin": typeQuantity, "threshold": typeQuantity, "valuation": typeQuantity,
	// "What tariff would British cars pay?", "what is the minimum
	// salary?": a rate or a sum, which the evidence must give.
	"tariff": typeQuantity, "levy": typeQuantity, "salary": typeQuantity, "wage": typeQuantity, "fee": typeQuantity,
	"premium": typeQuantity, "fare": typeQuantity,
	// "What is the new target for adaptation funding?", "what is the
	// new extraction cap?": a measure, which the evidence must give.
	"cap": typeQuantity, "ceiling": typeQuantity, "target": typeQuantity,
	// "What wage increase has the board offered?": by how much.
	"increase": typeQuantity, "rise": typeQuantity, "raise": typeQuantity, "hike": typeQuantity, "cut": typeQuantity,
	"date": typeDate, "day": typeDate, "year": typeDate, "month": typeDate, "time": typeDate,
	// "What is the deadline for a firm offer?": a day, which "has until
	// March 9 to make a firm offer" gives.
	"deadline": typeDate,
	"place":    typePlace, "city": typePlace, "country": typePlace, "venue": typePlace, "location": typePlace,
	// "Which newspaper reported it?", "which candidate does he back?": the
	// answer is a named person or body, which the article need not call so.
	"newspaper": typeAgent, "paper": typeAgent, "network": typeAgent, "channel": typeAgent, "station": typeAgent,
	"outlet": typeAgent, "magazine": typeAgent, "publication": typeAgent, "broadcaster": typeAgent,
	"candidate": typeAgent, "company": typeAgent, "firm": typeAgent, "organisation": typeAgent,
	"organization": typeAgent, "group": typeAgent, "person": typeAgent, "official": typeAgent, "agency": typeAgent,
	"politician": typeAgent, "lawmaker": typeAgent, "senator": typeAgent, "nation": typeAgent,
	"investor": typeAgent, "shareholder": typeAgent, "bidder": typeAgent, "buyer": typeAgent, "lender": typeAgent,
	"creditor": typeAgent, "mediator": typeAgent, "union": typeAgent, "body": typeAgent,
}

// stepNouns name what comes next in a question about it ("what is the
// next step", "the next stage"): the article says what comes, not the
// word.
var stepNouns = set(`step steps stage stages phase move moves`)

// sumNouns name an amount that, asked about with a word of money ("what
// total spending figure"), is a sum of money; a percentage or a rate
// stays one ("what percentage would lift pay").
var sumNouns = set(`figure amount total sum`)

// measureWords ask "how …" for a measure: "how deep", "how fast". The
// measure answers, in whatever words ("growing at 5%").
var measureWords = set(`high low far fast often deep tall wide heavy hot cold small short`)

// countNouns are what "how many" counts when it asks for a number of
// anyone: "how many people were in attendance" is answered by "12,000 in
// attendance", which need not say "people".
var countNouns = set(`people persons individuals`)

// nameNouns ask for what something is called ("what is the name of his
// show", "the title of her memoir"): the article gives the name, not the
// word.
var nameNouns = set(`name names title titles called`)

// prepositions end the noun phrase a "what is the … X" question asks
// about.
var prepositions = set(`of on for in at to from with by under over about between per`)

// singular returns a plural noun's singular by its regular ending.
func singular(w string) string {
	switch {
	case len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y" // "companies"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2] // "taxes"
	}
	return w[:len(w)-1]
}

// ownershipVerbs make "how much of X" ask for a share of X that someone
// owns or holds ("how much of the company does the fund own").
var ownershipVerbs = set(`own owns owned hold holds held control controls controlled`)

// modalWords are the modal verbs auxWords leaves out, which end the noun
// phrase after "how much" as the auxiliaries do ("how much rice must a
// producer deliver").
var modalWords = set(`must should shall may might`)

// measuresThing reports whether the words after "how much" up to the
// verb name a thing that is no sum of money ("copper" of "how much copper
// did the strike cost"), whose amount is asked whatever verb follows.
func measuresThing(ws []string) bool {
	thing := false
	for _, w := range ws {
		switch {
		case auxWords[w] || modalWords[w]:
			return thing
		case moneyWords[w]:
			return false
		case !isStop(w) && w != "more" && w != "less" && w != "extra":
			thing = true
		}
	}
	return false
}

// questionType reads the answer type of a question and, for "how many X",
// the counted noun X, which the evidence must name.
func questionType(q *question) (answerType, string) {
	ws := q.words
	if q.wh == "" && len(ws) > 1 {
		return typeAny, ""
	}
	i := slices.Index(ws, q.wh)
	next := func(k int) string {
		if i+k < len(ws) {
			return ws[i+k]
		}
		return ""
	}
	switch q.wh {
	case "when":
		return typeDate, ""
	case "where":
		return typePlace, ""
	case "who", "whom", "whose":
		return typeAgent, ""
	case "how":
		switch next(1) {
		case "many", "much":
			if next(2) == "of" && slices.ContainsFunc(ws[i+2:], func(w string) bool { return ownershipVerbs[w] }) {
				// "how much of Laurentide does the pension fund own": a
				// share of the whole, whatever money words name the
				// owner, not a count of the whole.
				return typeQuantity, ""
			}
			if next(2) == "of" && (moneyWords[next(3)] || next(3) == "the" && moneyWords[next(4)]) {
				// "how much of the money goes to second-division clubs":
				// a share of a sum, a part of it or its percentage.
				return typeQuantity, ""
			}
			// "How much copper did the strike cost them?": an amount of
			// what the question names, whatever verb of money follows
			// (but "how much U.S. investment": money).
			if next(1) == "much" && !measuresThing(ws[i+2:]) {
				for _, w := range ws[i+2:] {
					if moneyWords[w] {
						return typeMoney, ""
					}
				}
			}
			n := next(2)
			if n == "of" && next(1) == "much" && (next(3) == "the" || next(3) == "its" || next(3) == "their") && strings.IndexFunc(next(4), unicode.IsDigit) < 0 {
				// "how much of the cold room will the ministry pay for":
				// a share of a whole ("half the cost"), not a count of
				// what the whole is (but "how much of the $120 billion"
				// asks a sum of a sum).
				return typeQuantity, ""
			}
			if n == "of" && next(3) != "" {
				// "how much of a raise", "how many of the workers": the
				// noun after "of" is what is measured.
				n = next(3)
				if (n == "a" || n == "an" || n == "the") && next(4) != "" {
					n = next(4)
				}
				if !isStop(n) && !auxWords[n] {
					return typeQuantity, n
				}
			}
			if n == "" || auxWords[n] || isStop(n) {
				return typeQuantity, ""
			}
			if _, generic := typeNouns[n]; generic || n == "times" || n == "more" || n == "less" || next(1) == "much" {
				return typeQuantity, "" // "how much gas": the article may say "LPG"
			}
			return typeQuantity, n
		case "long":
			// "How long is the draft, in pages?": a length in the unit
			// the question names (not a place: "how long will Hsin Tai
			// keep assembly in Zwolle?" asks for a time).
			if n := len(ws); n >= 2 && ws[n-2] == "in" && lengthUnits[singular(ws[n-1])] {
				return typeQuantity, ws[n-1]
			}
			return typeDate, ""
		case "big", "large":
			// "how big was the bonus the company offered?": a sum, where
			// what is measured is one; "how big is the pay rise" is a
			// share.
			if k := i + 3; k+1 < len(ws) && auxWords[ws[i+2]] && (ws[k] == "the" || ws[k] == "a" || ws[k] == "an") && sumWords[ws[k+1]] && (k+2 >= len(ws) || !typeModifier[ws[k+2]]) {
				return typeMoney, ""
			}
			return typeQuantity, ""
		case "old":
			return typeQuantity, ""
		case "far":
			// "How far ahead are the berths booked?": a length of time,
			// as "how long" asks.
			if next(2) == "ahead" || next(2) == "in" && next(3) == "advance" {
				return typeDate, ""
			}
			return typeQuantity, ""
		default:
			if measureWords[next(1)] {
				return typeQuantity, ""
			}
		}
	case "what", "which":
		n := next(1)
		// "What total spending figure…": a sum of money.
		money := slices.ContainsFunc(ws[i+1:], func(w string) bool { return moneyWords[w] })
		if t, ok := typeNouns[n]; ok {
			if t == typeQuantity && money && sumNouns[n] {
				return typeMoney, ""
			}
			return t, ""
		}
		// "which Democratic candidate": an adjective between.
		if t, ok := typeNouns[next(2)]; ok && t == typeAgent && !auxWords[n] {
			return t, ""
		}
		// "what tariff rate", "what nurse-to-patient ratio": a later noun
		// of the phrase names the type.
		for k := 2; k <= 5 && next(k) != "" && !auxWords[next(k)]; k++ {
			if t, ok := typeNouns[next(k)]; ok && t == typeQuantity {
				// "What is the target date?", "what is the target
				// company?": the noun after is the phrase's head.
				if t2, ok := typeNouns[next(k+1)]; ok && t2 != typeQuantity {
					return t2, ""
				}
				// "What is the new starting salary?": a sum of money,
				// not the share it rose by.
				if money && sumNouns[next(k)] || sumWords[next(k)] && (next(k+1) == "" || !typeModifier[next(k+1)]) {
					return typeMoney, ""
				}
				return t, ""
			}
		}
		// "What did Brinkman Holding pay for its stake?": a price.
		if auxWords[n] && n != "is" && n != "are" && n != "was" && n != "were" {
			for k := 2; next(k+1) != ""; k++ {
				if (next(k) == "pay" || next(k) == "paid") && next(k+1) == "for" {
					return typeMoney, ""
				}
			}
			// "What does a crate of figs cost at the market?": the verb
			// "cost" after its subject asks a price (not "what does the
			// cost cover", where it is a noun).
			for k := 3; next(k) != ""; k++ {
				if next(k) == "cost" && !isStop(next(k-1)) {
					return typeMoney, ""
				}
			}
		}
		// "What are the US tariff rates on steel?", "what is the
		// minimum price": the head of the noun phrase after the verb,
		// the word before its first preposition.
		if auxWords[n] {
			k := 2
			for next(k+1) != "" && !prepositions[next(k+1)] {
				k++
			}
			if t, ok := typeNouns[singular(next(k))]; ok && (t == typeQuantity || t == typeDate && next(k) == "deadline") && k > 2 {
				return t, "" // "what is the deadline for …": a day
			}
		}
	}
	return typeAny, ""
}

// hasDay reports whether the sentence names a day: a date or a time with
// a figure, a month or a weekday ("June 16", "on Friday", "2 p.m."), or
// "today", "tomorrow", "tonight".
func (si *sentInfo) hasDay() bool {
	for _, e := range si.ents {
		if e.typ != nlp.DATE && e.typ != nlp.TIME {
			continue
		}
		if strings.ContainsAny(e.text, "0123456789") {
			return true
		}
		for _, w := range words(e.text) {
			if calendarWords[w] || w == "today" || w == "tomorrow" || w == "tonight" {
				return true
			}
		}
	}
	return false
}

// calendarWords name a day of the calendar: a date with one of them
// ("31 March", "Friday, Oct. 3") is when, not how much.
var calendarWords = set(`january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec ` + weekdayNames)

// weekdayNames are the days of the week; weekdays holds them.
const weekdayNames = `monday tuesday wednesday thursday friday saturday sunday`

var weekdays = set(weekdayNames)

// withoutDays returns the sentence s without the calendar dates and the
// clock times ("18:30", "10:30 a.m.") the analysis found in it, whose
// numbers count no amount.
func (si *sentInfo) withoutDays(s string) string {
	for _, e := range si.ents {
		clock := e.typ == nlp.TIME && (strings.Contains(e.text, ":") || strings.Contains(e.text, ".m."))
		if !clock && (e.typ != nlp.DATE && e.typ != nlp.TIME || !slices.ContainsFunc(words(e.text), func(w string) bool { return calendarWords[w] })) {
			continue
		}
		s = strings.Replace(s, e.text, " ", 1)
	}
	return s
}

// withoutDurations returns the sentence s without the spans of time the
// analysis found in it as dates ("the next five years", "three months"):
// they say how long, not how much or how many of something else.
func (si *sentInfo) withoutDurations(s string) string {
	for _, e := range si.ents {
		if e.typ == nlp.DATE && slices.ContainsFunc(words(e.text), func(w string) bool { return durationUnits[w] }) {
			s = strings.Replace(s, e.text, " ", 1)
		}
	}
	return s
}

// namesAgent reports whether sentence i names a person or a body.
func (a *Article) namesAgent(i int) bool {
	return a.info[i].hasType(nlp.PERSON, nlp.ORG, nlp.GPE, nlp.NORP) || a.namesPerson(i)
}

// copulas are the forms of "be" that open an identity question ("who are
// the buyers?").
var copulas = set(`is are was were`)

// namesOtherAgent reports whether sentence i names a person, a body or a
// people the question's words do not, or a country or city that acts
// rather than where something is ("registered in Dubai" names a place).
func (a *Article) namesOtherAgent(i int, q *question) bool {
	si := &a.info[i]
	for _, e := range si.ents {
		switch e.typ {
		case nlp.PERSON, nlp.ORG, nlp.NORP:
		case nlp.GPE:
			h := si.entityHead(e)
			if c := si.caseOf(h); c == "in" || c == "at" || c == "from" || c == "near" {
				continue
			}
		default:
			continue
		}
		if !allWordsIn(words(e.text), q.words) {
			return true
		}
	}
	for n := range a.names {
		if nm := &a.names[n]; nm.kind == summarize.KindPerson && a.sentenceNames(i, nm) && !allWordsIn(nm.keys, q.words) {
			return true
		}
	}
	return false
}

// caseOf returns the lower-case preposition of token h, or "".
func (si *sentInfo) caseOf(h int) string {
	if c := si.child(h, "case"); c >= 0 {
		return strings.ToLower(si.toks[c].Text)
	}
	return ""
}

// allWordsIn reports whether every word of ws is among qs.
func allWordsIn(ws, qs []string) bool {
	for _, w := range ws {
		if !slices.Contains(qs, strings.ToLower(w)) {
			return false
		}
	}
	return len(ws) > 0
}

// namesOnlyRole reports whether sentence i speaks of the one who does
// what question q asks about only by the noun of its verb, naming nobody:
// "the chair adjourned the session" for "who chaired the session?", "the
// plant's owners" for "who owns the plant?" say there is one, not who.
func (a *Article) namesOnlyRole(i int, q *question) bool {
	if q.verbTerm == "" || a.namesAgent(i) {
		return false
	}
	for _, t := range a.info[i].toks {
		if t.UPOS != "NOUN" {
			continue
		}
		// The verb's own noun ("chair") or its doer's ("owner",
		// "leader", "chairman"), not any noun that starts alike.
		if rest, ok := strings.CutPrefix(porter(strings.ToLower(t.Text)), q.verbTerm); ok && doerSuffixes[rest] {
			return true
		}
	}
	return false
}

// doerSuffixes are the endings that make a verb's stem the noun of the one
// who does it ("own" → "owner", "chair" → "chairman"), or none.
var doerSuffixes = map[string]bool{"": true, "er": true, "or": true, "man": true, "woman": true, "person": true}

// fitsType reports whether sentence i holds an answer of type t to
// question q (nil: any question of that type).
func (a *Article) fitsType(i int, t answerType, q *question) bool {
	info := &a.info[i]
	switch t {
	case typeDate:
		return a.hasDate(i) || info.hasWhen()
	case typeMoney:
		return strings.ContainsAny(a.sents[i], "$£€¥₹₦") || info.hasType(nlp.MONEY)
	case typeQuantity:
		if q != nil && q.asksPercent() {
			// "What interest rate…", "by what percentage…": a
			// percentage answers, not a sum or a count.
			return info.hasType(nlp.PERCENT) || hasPercent(a.sents[i]) || hasFraction(a.sents[i], q.content)
		}
		if q != nil && q.howOften {
			// "How often will they meet?": a frequency ("every three
			// months", "twice a year", "monthly"), not any number.
			return frequencyRE.MatchString(a.sents[i])
		}
		if q != nil && q.asksAmount() {
			// "How much is Tlalli+ offering?": a sum or a share, not
			// a count ("more than 20 ships", "three plants").
			return strings.ContainsAny(a.sents[i], "$£€¥₹₦%") || info.hasType(nlp.MONEY, nlp.PERCENT) || hasPercent(a.sents[i])
		}
		s := info.withoutDays(a.sents[i])
		if q != nil && !q.howLong && !durationUnits[q.counted] {
			// "How much mackerel can they catch?": not "for the next
			// five years", a span of time, which answers how long.
			s = info.withoutDurations(s)
		}
		return hasQuantity(s) || info.hasType(nlp.MONEY, nlp.PERCENT, nlp.CARDINAL)
	case typePlace:
		if i == a.datelined && (q == nil || !q.future()) {
			return true // the dateline says where, of what has happened
		}
		if q != nil && q.asksVenue() {
			// "Where were the talks held?", "which city were the talks
			// in": a place, not a country that acts ("if China resumed
			// shipments") or owns ("China's Ministry of Commerce",
			// "Beijing's special envoy").
			return info.hasPlace() || hasCapitalAfter(a.sents[i], "in", "at") || info.hasVenue() || info.basedIn()
		}
		return info.hasType(nlp.GPE, nlp.LOC) || hasCapitalAfter(a.sents[i], "in", "at") || info.hasVenue()
	case typeAgent:
		// "Who …?" may be answered by "a union representing mechanics":
		// named agents are preferred (see search), not required; "which
		// newspaper …?" asks for a name.
		if q != nil && q.wh == "who" && len(q.words) > 1 && q.words[0] == "who" && !auxWords[q.words[1]] && a.namesOnlyRole(i, q) {
			return false
		}
		if q != nil && q.wh == "who" && len(q.words) > 2 && q.words[0] == "who" && copulas[q.words[1]] && !a.namesOtherAgent(i, q) {
			// "Who are the backers of Meridian?": the sentence must name
			// someone the question does not, not only say there are
			// some ("with backers in three continents").
			return false
		}
		return q == nil || q.wh == "who" || q.wh == "whom" || q.wh == "whose" || a.namesAgent(i)
	}
	return true
}

// hasPlace reports whether the sentence names a place that is neither
// the subject of a clause nor the owner of something.
func (si *sentInfo) hasPlace() bool {
	for _, e := range si.ents {
		if e.typ != nlp.GPE && e.typ != nlp.LOC {
			continue
		}
		h := si.entityHead(e)
		for n := 0; si.toks[h].Rel == "conj" && si.toks[h].Head >= 0 && n < len(si.toks); n++ {
			h = si.toks[h].Head // "US, China end talks": China acts too
		}
		switch si.toks[h].Rel {
		case "nsubj", "nsubj:pass", "nmod:poss":
			continue
		case "appos":
			// "Daniel Whitfield, a US under secretary": a person's side.
			if p := si.toks[h].Head; p >= 0 && strings.Contains(si.toks[p].NER, "PERSON") {
				continue
			}
		case "compound", "amod":
			// "the Doha talks" says where; "the US delegation" whose.
			if p := si.toks[h].Head; p < 0 || !eventNouns[strings.ToLower(si.toks[p].Lemma)] {
				continue
			}
		}
		return true
	}
	return false
}

// eventNouns are the nouns of the meetings a place name can say where
// of ("the Doha talks", "the Vienna summit").
var eventNouns = set(`talks talk summit meeting meetings round conference negotiation negotiations ceremony forum session`)

// basedIn reports whether the sentence says where something is based in
// a word of its own ("Monterrey-based Aceros del Norte").
func (si *sentInfo) basedIn() bool {
	for k, t := range si.toks {
		if p, ok := strings.CutSuffix(t.Text, "-based"); ok && p != "" && unicode.IsUpper([]rune(p)[0]) {
			return true
		}
		if k >= 2 && strings.EqualFold(t.Text, "based") && si.toks[k-1].Text == "-" {
			if p := si.toks[k-2].Text; p != "" && unicode.IsUpper([]rune(p)[0]) {
				return true
			}
		}
	}
	return false
}

// placesToCome reports whether every place the sentence names is where
// something is to happen ("he expected to meet Liang again, possibly in
// Geneva", "the parties will meet again in London"), and there is one.
func (si *sentInfo) placesToCome() bool {
	n := 0
	for _, e := range si.ents {
		if e.typ != nlp.GPE && e.typ != nlp.LOC {
			continue
		}
		if !si.toCome(si.entityHead(e)) {
			return false
		}
		n++
	}
	return n > 0
}

// toCome reports whether token k stands in a clause of what is to come:
// on its way up to its clause's head a verb has an auxiliary of the
// future ("will meet") or is the infinitive of a plan ("expected to
// meet").
func (si *sentInfo) toCome(k int) bool {
	top := si.clauseOf(k)
	for n := 0; k >= 0 && n < len(si.toks); n++ {
		t := si.toks[k]
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			for _, c := range si.toks {
				if c.Head == k && c.Rel == "aux" && futureAux[strings.ToLower(c.Text)] {
					return true
				}
			}
			if t.Rel == "xcomp" && t.Head >= 0 && planLemmas[strings.ToLower(si.toks[t.Head].Lemma)] {
				return true
			}
		}
		if k == top {
			break
		}
		k = t.Head
	}
	return false
}

// futureAux are the auxiliaries of the future.
var futureAux = set(`will 'll shall would`)

// entityHead returns the token of entity e whose head lies outside it.
func (si *sentInfo) entityHead(e entity) int {
	for k := e.first; k < e.last; k++ {
		if h := si.toks[k].Head; h < e.first || h >= e.last {
			return k
		}
	}
	return e.last - 1
}

// venueWords are the heads of the names of places where things happen,
// which the entity model reads as bodies ("the Diplomatic Academy of
// Vietnam", "Madison Square Garden Arena").
var venueWords = set(`academy university college school institute hall centre center hotel stadium arena museum
palace house hospital church cathedral mosque temple airport station square park theatre theater gardens garden
embassy consulate parliament capitol court courthouse prison base camp`)

// hasVenue reports whether the sentence names a venue: a name the
// entity model reads as a body (or a person) that holds a capitalised
// word of venue ("the Diplomatic Academy of Vietnam", "Wembley Stadium").
func (si *sentInfo) hasVenue() bool {
	for _, e := range si.ents {
		if (e.typ == nlp.ORG || e.typ == nlp.PERSON) && si.venueIn(e) {
			return true
		}
	}
	return false
}

// venueIn reports whether entity e holds a capitalised word of venue
// ("Wembley Stadium", "the Diplomatic Academy of Vietnam").
func (si *sentInfo) venueIn(e entity) bool {
	for k := e.first; k < e.last; k++ {
		t := si.toks[k].Text
		if r := []rune(t); len(r) > 0 && unicode.IsUpper(r[0]) && venueWords[strings.ToLower(t)] {
			return true
		}
	}
	return false
}

// durationUnits are the words of a length of time ("six weeks").
var durationUnits = set(`second seconds minute minutes hour hours day days week weeks month months year years decade decades`)

// hasWhen reports whether the sentence holds a date or a time that says
// when: a bare length of time ("six weeks of paid leave") does not, one
// placed in time does ("in 10 days", "two years ago").
func (si *sentInfo) hasWhen() bool {
	for _, e := range si.ents {
		if e.typ != nlp.DATE && e.typ != nlp.TIME {
			continue
		}
		if !si.isDuration(e) {
			return true
		}
	}
	return false
}

// isDuration reports whether entity e is a bare length of time.
func (si *sentInfo) isDuration(e entity) bool {
	last := strings.ToLower(si.toks[e.last-1].Text)
	if !durationUnits[last] {
		return false
	}
	for k := e.first; k < e.last-1; k++ {
		t := si.toks[k]
		if t.UPOS != "NUM" && t.UPOS != "DET" && t.UPOS != "ADJ" && !strings.EqualFold(t.Text, "about") && !strings.EqualFold(t.Text, "nearly") {
			return false // "the past three decades" has a determiner, but "last week" an ADJ: both placed
		}
		if strings.EqualFold(t.Text, "last") || strings.EqualFold(t.Text, "next") || strings.EqualFold(t.Text, "this") || strings.EqualFold(t.Text, "past") {
			return false
		}
	}
	if e.first > 0 {
		switch strings.ToLower(si.toks[e.first-1].Text) {
		case "in", "within", "after", "by", "until", "since", "before":
			return false
		}
	}
	if e.last < len(si.toks) {
		switch strings.ToLower(si.toks[e.last].Text) {
		case "ago", "later", "earlier", "from", "before", "after":
			return false
		}
	}
	return true
}

// hasCapitalAfter reports whether a capitalised word follows one of preps
// ("in Ottawa").
func hasCapitalAfter(s string, preps ...string) bool {
	fs := strings.Fields(s)
	for k := 0; k+1 < len(fs); k++ {
		if slices.Contains(preps, strings.ToLower(fs[k])) {
			r := []rune(strings.Trim(fs[k+1], "\"“(‘'"))
			if len(r) > 0 && unicode.IsUpper(r[0]) {
				return true
			}
		}
	}
	return false
}

// ordinalPick returns the sentence among cands (article order) that the
// question's ordinal points at: one that says "the second round" itself
// (in the question's own noun before another word for it: "the first
// session" before "the first direct talks"), else the nth (or the last)
// of those naming the noun; -1 when none.
func (a *Article) ordinalPick(q *question, cands []int) int {
	if q.ordinal == 0 || q.ordNoun == "" || len(cands) == 0 {
		return -1
	}
	word := ""
	for w, o := range ordinals {
		if o == q.ordinal && slices.Contains(q.words, w) {
			word = w
		}
	}
	var plain []int
	variant := -1
	for _, i := range cands {
		said, saidVariant, other := a.ordinalSays(i, q, word)
		if said {
			return i
		}
		if saidVariant && variant < 0 {
			variant = i
		}
		if !other && !saidVariant {
			plain = append(plain, i)
		}
	}
	switch {
	case variant >= 0:
		return variant
	case q.ordinal > 0 && q.ordinal <= len(plain):
		return plain[q.ordinal-1]
	case q.ordinal < 0 && len(plain) > 0:
		return plain[len(plain)-1]
	}
	return -1
}

// ordinalSays reports whether sentence i puts the question's ordinal (its
// word, or one of the same rank) before the question's noun (said) or
// another word for it (saidVariant), and whether it puts another ordinal
// there (other): within two words, or four after "of" ("the first of
// three presidential debates").
func (a *Article) ordinalSays(i int, q *question, word string) (said, saidVariant, other bool) {
	ws := words(a.sents[i])
	vs := variants(q.ordNoun)
	for k := 0; k+1 < len(ws); k++ {
		o, isOrd := ordinals[ws[k]]
		stateWord := false
		if !isOrd {
			// "The old lease", "a new lease": a word of the state before
			// or after stands for the first or the latest of the noun,
			// never the same word as the question's.
			if o, isOrd = stateOrdinals[ws[k]]; !isOrd {
				continue
			}
			stateWord = true
		}
		reach := 3
		if ws[k+1] == "of" {
			reach = 5
		}
		for j := k + 1; j < len(ws) && j <= k+reach; j++ {
			st := porter(ws[j])
			exact := st == q.ordNoun
			if !exact && !slices.Contains(vs, st) {
				continue
			}
			switch {
			case ws[k] != word && o != q.ordinal:
				other = true
			case exact && !stateWord:
				said = true
			default:
				saidVariant = true
			}
			break
		}
	}
	return said, saidVariant, other
}

// stateOrdinals are words of a state before or after that order what
// they stand before as an ordinal does: "the old lease" is the first,
// "the new lease" the latest.
var stateOrdinals = map[string]int{"old": 1, "previous": 1, "former": 1, "new": -1}

// percentNouns ask for a percentage: "what interest rate", "by what
// percentage", "what share of the vote".
var percentNouns = set(`rate rates percentage percent proportion share`)

// percentRates are the words before "rate" that make it a percentage,
// whatever money the question speaks of ("interest rate", "royalty
// rate", "tax rate").
var percentRates = set(`interest tax tariff royalty inflation unemployment jobless growth mortgage vat vacancy poverty turnout
participation savings lending borrowing coupon discount`)

// asksAmount reports whether the question asks "how much" with an
// auxiliary after it and a word of what is offered or granted
// (amountWords) later on.
func (q *question) asksAmount() bool {
	i := slices.Index(q.words, "how")
	if i < 0 || i+2 >= len(q.words) || q.words[i+1] != "much" || !auxWords[q.words[i+2]] {
		return false
	}
	return slices.ContainsFunc(q.words[i+3:], func(w string) bool { return amountWords[w] })
}

// priceNouns are the heads of a "what" question that asks what something
// costs: "what price does the mill get for its flour", "what is the new
// ferry fare", "what is the toll on the bridge". A sum of money answers
// (see givesPrice), not a count, a distance or a sentence that names the
// price without it.
var priceNouns = set(`price prices fare fares toll tolls tariff tariffs levy levies`)

// shareTaxes are the price nouns a percentage may give ("a tariff of
// 12%").
var shareTaxes = set(`tariff tariffs levy levies`)

// priceHead returns the price noun a question asks for, "" if it asks
// none: "what price …", or "what is/are the … price (of/for …)", the
// head of the noun phrase after the copula, the word before its first
// preposition.
func (q *question) priceHead() string {
	if q.wh != "what" && q.wh != "which" {
		return ""
	}
	i := slices.Index(q.words, q.wh)
	if i+1 < len(q.words) && priceNouns[q.words[i+1]] && !shareTaxes[q.words[i+1]] {
		// Not "what tariffs did Ottland impose?", which asks which.
		return q.words[i+1]
	}
	if i+2 >= len(q.words) || !copulas[q.words[i+1]] {
		return ""
	}
	k := i + 2
	for k+1 < len(q.words) && !prepositions[q.words[k+1]] && !auxWords[q.words[k+1]] {
		k++
	}
	if k > i+2 && priceNouns[q.words[k]] {
		return q.words[k]
	}
	return ""
}

// amountWords make "how much is/are/did … W" ask for what is offered or
// granted, a sum of money or a share: "how much is the union offering",
// "how much is the hazard allowance".
var amountWords = set(`offer offers offering offered bid bids bidding allowance allowances grant grants loan loans
subsidy subsidies aid award awarded settlement package`)

// asksTally reports whether the question asks for the count of a vote:
// "what was the ratification vote", "what was the council vote", "what
// was the vote count".
func (q *question) asksTally() bool {
	if q.wh != "what" || len(q.words) < 4 || !copulas[q.words[1]] {
		return false
	}
	w := q.words[len(q.words)-1]
	if tallyWords[w] && len(q.words) > 4 && q.words[len(q.words)-2] == "vote" {
		return true // "what was the vote count"
	}
	return w == "vote" || w == "ballot" || w == "tally"
}

// livingWords are the verbs a question asks how many live somewhere by.
var livingWords = set(`live lives living reside resides`)

// asksPopulation reports whether the question asks how many people live
// somewhere ("how many people live in Tessavoa?", "how many people
// actually live on the island?"): a count of people (not of families or
// households, which a sentence may count where they are without a word
// of living) and, within a word or two after it, a verb of living.
func (q *question) asksPopulation() bool {
	if q.atype != typeQuantity || !q.howMuch || termOf(q.counted) != "peopl" && termOf(q.counted) != "person" {
		return false
	}
	c := slices.Index(q.words, q.counted)
	if c < 0 {
		return false
	}
	for _, w := range q.words[c+1 : min(c+4, len(q.words))] {
		if livingWords[w] {
			return true
		}
	}
	return false
}

// residenceLemmas are the words a sentence gives how many people live
// somewhere with.
var residenceLemmas = set(`live reside resident inhabitant population populate dweller villager islander townspeople townsfolk`)

// placeNouns are the common nouns for places people live in.
var placeNouns = set(`village town city island country nation region district province state valley commune municipality community settlement county parish`)

// givesPopulation reports whether sentence i says how many live
// somewhere: with a word of living ("the 640 people who live on the
// island", "about 900 residents", "a population of 4,000", "home to 2
// million"), or as the size of a place, a number of what the question
// counts after "of" ("a nation of 41 million people"). "The firm funds
// two of our young people to train" is no population, nor "the mayors
// of two districts".
func (a *Article) givesPopulation(i int, counted string) bool {
	toks := a.info[i].toks
	ct := termOf(counted)
	vs := variants(ct)
	if len(toks) == 0 {
		return true // no analysis: the count will do
	}
	for k, t := range toks {
		if residenceLemmas[strings.ToLower(t.Lemma)] || residenceLemmas[strings.ToLower(t.Text)] {
			return true
		}
		// "home to 2 million people", "some 900 people call it home",
		// not "driven from their homes" or "returned home".
		if strings.EqualFold(t.Text, "home") && (k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "to") || slices.ContainsFunc(toks[:k], func(c nlp.Token) bool { return strings.EqualFold(c.Lemma, "call") })) {
			return true
		}
		// "a nation of 41 million people": a number of what the
		// question counts after "of" that hangs from a noun.
		if t.UPOS != "NUM" {
			continue
		}
		h, top := k, k
		for h >= 0 && h < len(toks) && toks[h].UPOS == "NUM" {
			top, h = h, toks[h].Head
		}
		// "a town of 4,000": the number itself after "of".
		if toks[top].Rel == "nmod" && h >= 0 && h < top && (toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN") && !strings.Contains(t.NER, "MONEY") && !strings.Contains(t.NER, "PERCENT") && !strings.Contains(t.NER, "DATE") &&
			slices.ContainsFunc(toks[h+1:top], func(c nlp.Token) bool { return strings.EqualFold(c.Text, "of") }) {
			return true
		}
		if h <= k || h >= len(toks) || !termAt(toks, h, ct, vs) && !a.countsPeople(i, k) {
			continue
		}
		// "the island's 212 people", "Dorran's 3,000 people": people a
		// place owns.
		owner := func(c nlp.Token) bool { return c.UPOS == "PROPN" || placeNouns[strings.ToLower(c.Lemma)] }
		if slices.ContainsFunc(toks, func(c nlp.Token) bool { return c.Head == h && c.Rel == "nmod:poss" && owner(c) }) {
			return true
		}
		// The same read with the owner hung elsewhere: "'s" just before
		// the number or a word or two that qualify it ("the island's
		// nearly 212 people").
		j := k - 1
		for j > 0 && k-j <= 2 && (toks[j].UPOS == "ADV" || toks[j].UPOS == "ADJ") {
			j--
		}
		if j > 0 && toks[j].XPOS == "POS" && owner(toks[j-1]) {
			return true
		}
		if toks[h].Rel != "nmod" {
			continue
		}
		if p := toks[h].Head; p >= 0 && p < k && (toks[p].UPOS == "NOUN" || toks[p].UPOS == "PROPN") && slices.ContainsFunc(toks[p+1:h], func(c nlp.Token) bool { return strings.EqualFold(c.Text, "of") }) {
			return true
		}
	}
	return false
}

// howVoted reports whether the question asks how someone voted ("how did
// the members vote on the deal"): by how many, or which way.
func (q *question) howVoted() bool {
	ws := q.words
	return len(ws) >= 4 && ws[0] == "how" && (ws[1] == "did" || ws[1] == "do" || ws[1] == "does" || ws[1] == "will") && slices.Contains(ws[3:], "vote")
}

// voteWayRE matches the way a vote went: "in favour", "against",
// "unanimously", "overwhelmingly".
var voteWayRE = regexp.MustCompile(`(?i)(?:in favou?r|against|unanimous(?:ly)?|overwhelming(?:ly)?)`)

// tallyWords name what a vote's count is: "the vote count", "the vote
// tally", "the vote result".
var tallyWords = set(`count tally result margin`)

// tallyRE matches a vote's count: "1,904 votes to 611", "6-3", "412–37",
// "49 to 9".
var tallyRE = regexp.MustCompile(`\b\d[\d,]*\s*(?:votes?\s+)?(?:-|–|to)\s*\d[\d,]*\b`)

// voteRE matches the words of a vote around its count.
var voteRE = regexp.MustCompile(`(?i)\b(?:vot(?:e|es|ed|ing)|ballot|approv(?:e|ed|es)|ratif(?:y|ied|ies)|in favou?r|against)\b`)

// asksPercent reports whether the question asks for a percentage: a
// noun of percentage after its question word, and no word of money or
// time that would make it a sum ("what hourly rate", "the rate of pay").
func (q *question) asksPercent() bool {
	if q.wh != "what" && q.wh != "which" {
		return false
	}
	i := slices.Index(q.words, q.wh)
	found := false
	for k, w := range q.words[i+1:] {
		if (w == "rate" || w == "rates") && k > 0 && percentRates[q.words[i+k]] {
			return true // "what interest rate is Tonga paying on the loans"
		}
		switch {
		case moneyWords[w] || w == "hour" || w == "hourly" || w == "exchange" || w == "day" || w == "week":
			return false
		case percentNouns[w] && i+k+2 < len(q.words) && q.words[i+k+2] == "per":
			// "what is the new rate per tonne": a price by the unit
			// after "per", not a percentage.
			return false
		case percentNouns[w] && q.words[i+k] != "per":
			// Not a noun after "per", the unit of a rate ("what is
			// the offer per share").
			found = true
		}
	}
	return found
}

// frequencyRE matches how often something happens or comes: "every
// three months", "each year", "twice a week", "four times a year",
// "monthly", "every 300 metres".
var frequencyRE = regexp.MustCompile(`(?i)\b(?:(?:every|each)\s+(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|other|second|third)\s+)?(?:day|week|fortnight|month|quarter|year|season|hour|minute|morning|evening|night|metre|meter|kilometre|kilometer|mile|yard)s?|every\s+\d[\d,.]*\s+(?:feet|foot|km|m)|(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|quarter|year|season|hour)|daily|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually)\b`)

// hasPercent reports whether s gives a percentage in words or signs.
func hasPercent(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "%") || strings.Contains(l, "per cent") || strings.Contains(l, "percent") || strings.Contains(l, "percentage point")
}

// fractionWords are the parts of a whole English writes in words ("a
// quarter of the jobs", "two-thirds of the land").
var fractionWords = map[string]bool{"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true,
	"fifth": true, "fifths": true, "tenth": true, "tenths": true}

// hasFraction reports whether s gives a share as a fraction of
// something the question asks a share of (terms, its content's terms):
// a fraction word followed by "of" and, within a few words, one of the
// terms ("a quarter of the hotel's jobs" for the share of the jobs, not
// "a quarter of the seats" for the share of the vote); not a place in
// an order ("the third quarter", "a third day").
func hasFraction(s string, terms []string) bool {
	ws := words(s)
	for k, w := range ws {
		if k+1 >= len(ws) || ws[k+1] != "of" {
			continue
		}
		if _, part, ok := strings.Cut(w, "-"); ok {
			w = part // "two-thirds", "three-quarters"
		}
		if !fractionWords[w] {
			continue
		}
		for _, o := range ws[k+2 : min(k+6, len(ws))] {
			if slices.Contains(terms, termOf(o)) {
				return true
			}
		}
	}
	return false
}

// venueNouns are the nouns of a "which" or "what" question that asks
// where something happens ("which city were the talks in"), not which
// country acts ("which country pledged the most").
var venueNouns = map[string]bool{"city": true, "town": true, "venue": true, "place": true, "location": true, "hotel": true}

// asksVenue reports whether the question asks where something happens:
// "where", or "which" or "what" before a noun of a venue.
func (q *question) asksVenue() bool {
	if q.wh == "where" {
		return true
	}
	if q.wh != "which" && q.wh != "what" {
		return false
	}
	i := slices.Index(q.words, q.wh)
	return i >= 0 && i+1 < len(q.words) && venueNouns[q.words[i+1]]
}

// lengthUnits are the units a "how long … in X?" question may ask a
// length in.
var lengthUnits = map[string]bool{"page": true, "word": true, "line": true, "paragraph": true, "chapter": true,
	"article": true, "clause": true, "kilometre": true, "kilometer": true, "km": true, "mile": true, "metre": true,
	"meter": true, "foot": true, "feet": true, "yard": true, "inch": true, "character": true}
