package ask

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// What a candidate sentence holds that a question's type asks for:
// counts, dates, durations, quantities, and names of the kind asked for.

// counts reports whether sentence i gives a number of the thing whose
// term is t: "3,000 workers" counts workers, not the jobs they may lose.
func (a *Article) counts(i int, t string) bool {
	toks := a.info[i].toks
	// "The more than 12,000 in attendance": a number with no noun after
	// it counts people, in a sentence that does not name them (where the
	// number must count them: "the number of people … from an estimate of
	// 660,000" does not).
	if (t == "peopl" || t == "person" || t == "individu") && !a.ix.sentenceHas(i, t) {
		for k := range toks {
			if (toks[k].UPOS == "NUM" || strings.HasPrefix(toks[k].NER, "B-CARDINAL")) && a.bareCount(i, k) {
				return true
			}
		}
	}
	// "How many workers does the deal cover?": a number of people of
	// some kind ("about 240 developers, artists, designers and testers",
	// "64,000 drivers and package handlers") counts workers, staff or
	// members, which the sentence need not say.
	if peopleWords[t] {
		for k := range toks {
			if (toks[k].UPOS == "NUM" || strings.HasPrefix(toks[k].NER, "B-CARDINAL")) && a.countsPeople(i, k) {
				return true
			}
		}
	}
	// "How many jobs must it keep?": "employment of no fewer than 900
	// persons" counts jobs by the people who hold them, in a sentence
	// that speaks of jobs or employment (not one that only counts
	// workers: "employs 10 workers" creates no jobs, "2,500 strikers"
	// keep none).
	if t == "job" && a.speaksOfJobs(i) {
		for k := range toks {
			if (toks[k].UPOS == "NUM" || strings.HasPrefix(toks[k].NER, "B-CARDINAL")) && a.countsPeople(i, k) {
				return true
			}
		}
	}
	// "How many countries took part?": "Representatives of 128 states
	// took part" counts them, as "nations" would.
	if t == "countri" && !a.ix.sentenceHas(i, t) {
		return a.counts(i, "state") || a.counts(i, "nation")
	}
	if !a.ix.sentenceHas(i, t) {
		return false
	}
	if len(toks) == 0 {
		return true // no analysis: the word will do
	}
	vs := variants(t)
	is := func(k int) bool { return termAt(toks, k, t, vs) }
	for k, tok := range toks {
		// "the 17th consecutive year", "for a third straight year":
		// an ordinal of a run counts the years it has run.
		if ordinalWord(tok.Text) && is(tok.Head) && slices.ContainsFunc(toks, func(c nlp.Token) bool {
			return c.Head == tok.Head && runWords[strings.ToLower(c.Text)]
		}) {
			return true
		}
		if tok.UPOS != "NUM" && !strings.HasPrefix(tok.NER, "B-CARDINAL") && !strings.HasPrefix(tok.NER, "I-CARDINAL") {
			continue
		}

		// the number's head, or a noun just after it ("40,000 workers",
		// "1.4 million public sector workers")
		if is(tok.Head) {
			return true
		}
		// "about 97 percent of its fresh water": a share counts what it
		// is a share of; so does a noun English counts things by ("50
		// head of cattle", "200 pairs of boots") or measures them in
		// ("300 million cubic metres of drinking water").
		if h := tok.Head; h >= 0 && h < len(toks) && (shareUnits[strings.ToLower(toks[h].Text)] || countUnits[strings.ToLower(toks[h].Text)] || measureUnits[strings.ToLower(toks[h].Text)]) {
			for j := h + 1; j < len(toks); j++ {
				if toks[j].Head == h && toks[j].Rel == "nmod" && is(j) {
					return true
				}
			}
			// "cubic metres of drinking water", with "drinking" read as
			// a verb: the noun a word or two after the unit's "of".
			if measureUnits[strings.ToLower(toks[h].Text)] && h+2 < len(toks) && strings.EqualFold(toks[h+1].Text, "of") {
				for j := h + 2; j < len(toks) && j <= h+4 && toks[j].UPOS != "PUNCT" && toks[j].UPOS != "ADP"; j++ {
					if is(j) {
						return true
					}
				}
			}
		}
		// "15 per cent of their catch", read with the noun hung from
		// the verb: a share written before "of" counts what follows
		// it, in the order of the words.
		if a.shareOfBy(toks, k, is) {
			return true
		}
		// "three of the chamber's members": a number that heads a
		// partitive counts what it takes its part of; not a round
		// figure in the plural ("thousands of workers" counts none).
		for j := k + 1; j < len(toks) && j <= k+6 && !vagueNumbers[strings.ToLower(tok.Text)]; j++ {
			if toks[j].Head == k && toks[j].Rel == "nmod" && is(j) && !countedAsOne(toks, j) && slices.ContainsFunc(toks[k+1:j], func(c nlp.Token) bool { return strings.EqualFold(c.Text, "of") }) {
				return true
			}
		}
		// "cap the number of coaches arriving each day at 45", "cut the
		// number of troops to 5,000": a figure the verb sets the number
		// of something to counts that thing.
		if a.setsNumberOf(toks, k, is) {
			return true
		}
		// "about 6,200 artists, writers and technical workers": the
		// number counts the conjuncts of the noun it counts too.
		if h := tok.Head; h >= 0 && h < len(toks) && toks[h].UPOS == "NOUN" {
			for j := h + 1; j < len(toks); j++ {
				if toks[j].Rel == "conj" && toks[j].Head == h && is(j) {
					return true
				}
			}
		}
		for j, n, joined := k+1, 0, false; j < len(toks) && n < 5; j++ {
			if is(j) && !(j+1 < len(toks) && toks[j+1].Text == "-" && !toks[j].SpaceAfter) && !countedAsOne(toks, j) {
				// Not the first half of a unit written with a hyphen
				// ("2,400 acre-feet" counts no acres), nor a noun the
				// sentence takes one of ("90 florins a ticket", "half
				// of a ticket"): a rate or a part, no count of it.
				return true
			}
			joined = joined || toks[j].UPOS == "CCONJ"
			if toks[j].Text == "-" && joined {
				// Two modifiers joined before the noun, the second
				// written with a hyphen: "104 low- and middle-income
				// countries" (not "a 71-year-old consultant", an age).
				continue
			}
			if toks[j].UPOS == "VERB" || toks[j].UPOS == "PUNCT" || toks[j].UPOS == "ADP" {
				break
			}
			n++
		}
	}
	return false
}

// countedAsOne reports whether token j, a noun, is taken one at a time:
// its determiner is "a", "an", "each" or "every" ("the fare is 12 marks
// a ticket", "two-thirds of a ticket", "3 marks for each ticket"). A
// number before it is a rate per one of it or a part of one, no count.
func countedAsOne(toks []nlp.Token, j int) bool {
	for _, c := range toks {
		if c.Head == j && c.Rel == "det" {
			switch strings.ToLower(c.Text) {
			case "a", "an", "each", "every":
				return true
			}
		}
	}
	return false
}

// countsCounted reports whether sentence i gives a number of what the
// "how many" question q counts (counts). A closed compound for a kind of
// worker ("dockworkers", "steelworkers", "farmworkers") is counted as
// workers are: "the pact gives about 7,300 workers a raise" and "2,100
// crane drivers and lashers stopped work" count dockworkers in a story
// about them.
func (a *Article) countsCounted(i int, q *question) bool {
	t := termOf(q.counted)
	if a.counts(i, t) {
		return true
	}
	return kindOfWorker(q.counted) && a.counts(i, "worker")
}

// kindOfWorker reports whether w is a closed compound ending in "worker"
// or "workers" ("dockworkers", "autoworker").
func kindOfWorker(w string) bool {
	w = strings.ToLower(w)
	for _, s := range []string{"workers", "worker"} {
		if r, ok := strings.CutSuffix(w, s); ok {
			return len(r) >= 2 && !strings.ContainsAny(r, " -")
		}
	}
	return false
}

// shareOfBy reports whether number k is a share ("15 per cent", "15
// percent", "15%") followed by "of" and, after at most two determiners,
// possessives or adjectives, a word is accepts.
func (a *Article) shareOfBy(toks []nlp.Token, k int, is func(int) bool) bool {
	j := k + 1
	if j < len(toks) && strings.EqualFold(toks[j].Text, "per") {
		j++
	}
	if j >= len(toks) || !shareUnits[strings.ToLower(toks[j].Text)] {
		return false
	}
	j++
	if j >= len(toks) || !strings.EqualFold(toks[j].Text, "of") {
		return false
	}
	for j++; j < len(toks) && j <= k+7; j++ {
		if is(j) {
			return true
		}
		switch toks[j].UPOS {
		case "DET", "PRON", "ADJ":
		default:
			return false
		}
	}
	return false
}

// setsNumberOf reports whether figure k is the number (or total) of a
// thing that is accepts, as a verb sets it or says how it moved: "cap the
// number of coaches … at 45", "cut the number of troops to 5,000", "the
// number of active growers has fallen from 22,000 to under 12,000", or as
// a copula gives it ("the number of members is now 4,100"). The figure,
// marked "at", "to" or "from", hangs from the verb or, where the parser
// put it lower, from within the number's own phrase ("arriving each day
// at 45").
func (a *Article) setsNumberOf(toks []nlp.Token, k int, is func(int) bool) bool {
	numberOf := func(n int) bool {
		if toks[n].Lemma != "number" && toks[n].Lemma != "total" {
			return false
		}
		switch toks[n].Rel {
		case "obj", "nsubj", "nsubj:pass":
		default:
			return false
		}
		for j := n + 1; j < k; j++ {
			if toks[j].Head == n && toks[j].Rel == "nmod" && is(j) {
				return true
			}
		}
		return false
	}
	// "The number of members is now 4,100": the figure the copula
	// gives the number.
	if slices.ContainsFunc(toks, func(c nlp.Token) bool { return c.Head == k && c.Rel == "cop" }) {
		for n := 0; n < k; n++ {
			if toks[n].Head == k && toks[n].Rel == "nsubj" && numberOf(n) {
				return true
			}
		}
	}
	if toks[k].Rel != "obl" || !slices.ContainsFunc(toks[:k], func(c nlp.Token) bool {
		return c.Head == k && c.Rel == "case" && (strings.EqualFold(c.Text, "at") || strings.EqualFold(c.Text, "to") || strings.EqualFold(c.Text, "from"))
	}) {
		return false
	}
	for h, step := toks[k].Head, 0; h >= 0 && h < len(toks) && step < 4; h, step = toks[h].Head, step+1 {
		if numberOf(h) {
			return true
		}
		if toks[h].UPOS != "VERB" {
			continue
		}
		for n := 0; n < k; n++ {
			if toks[n].Head == h && numberOf(n) {
				return true
			}
		}
	}
	return false
}

// sizes reports whether sentence i gives a figure to the thing whose
// term is t: one that counts it (counts), or a number, sum or share that
// stands within four words of it or up to three steps under it in the
// tree ("a raise of 18%", "wages will rise by 10%"), or beside it under
// the same head ("the bonus amounts to $2,000"). With money, only a sum
// of money will do, never a count.
func (a *Article) sizes(i int, t string, money bool) bool {
	if !money && a.counts(i, t) {
		return true
	}
	toks := a.info[i].toks
	if len(toks) == 0 {
		return true // no analysis: the word will do
	}
	vs := variants(t)
	// With money, a sum the sentence gives as a cost answers
	// too, in a sentence that names the thing ("argued that the cost,
	// about $1.6 billion, would sink the refinery"; "every day of the
	// strike costs the port $2 million").
	is := func(k int) bool {
		return termAt(toks, k, t, vs) || money && strings.EqualFold(toks[k].Lemma, "cost")
	}
	for k, tok := range toks {
		// A figure, not a day or a year ("before Trident disclosed its
		// stake on May 23").
		figure := tok.UPOS == "NUM" && !strings.Contains(tok.NER, "DATE") && !strings.Contains(tok.NER, "TIME") || tok.Text == "%" || strings.Contains(tok.NER, "MONEY") || strings.Contains(tok.NER, "PERCENT")
		if !figure && !byPart(toks, k) || money && !moneyAt(toks, k) {
			continue
		}
		// "Ran a surplus in only four of the ten years": a figure a
		// preposition of time or place brings tells when or where,
		// not the size of a noun beside it or of the verb's object.
		if slices.ContainsFunc(toks, func(c nlp.Token) bool {
			return c.Head == k && c.Rel == "case" && whenWherePreps[strings.ToLower(c.Text)]
		}) {
			continue
		}
		// Beside it, whatever the parser made of the hyphens between ("a
		// one-off $1,500 cost-of-living payment").
		for _, dir := range []int{-1, 1} {
			for j, words := k+dir, 0; j >= 0 && j < len(toks) && words <= 4; j += dir {
				if is(j) {
					return true
				}
				if toks[j].UPOS != "PUNCT" {
					words++
				}
			}
		}
		h := k
		for step := 0; step < 3; step++ {
			h = toks[h].Head
			if h < 0 || h >= len(toks) {
				break
			}
			if is(h) || a.namedAs(i, h, is) {
				return true
			}
			for j := range toks {
				if step < 2 && toks[j].Head == h && j != k && is(j) {
					return true
				}
			}
		}
	}
	return false
}

// figures reports whether sentence i gives the noun whose term is t a
// figure of its own: a number, sum or share hung on the noun within two
// steps of the tree ("a fee of 15 euros", "the fee from 12 to 15
// euros") or on a verb or noun the noun is the subject, object or a
// compound of ("the fee rises to 15 euros", "raised the fee to 15
// euros", "a fee rate of 4%"), never through a
// list that joins the figure to another noun ("a 3% rise, 40 new berths
// and a higher fee"), or the copula's figure of which the noun is the
// subject ("the fee is now 15 euros").
func (a *Article) figures(i int, t string) bool {
	toks := a.info[i].toks
	vs := variants(t)
	for k, tok := range toks {
		if !(tok.UPOS == "NUM" && !strings.Contains(tok.NER, "DATE") && !strings.Contains(tok.NER, "TIME") || strings.Contains(tok.NER, "MONEY") || strings.Contains(tok.NER, "PERCENT")) {
			continue
		}
		for n := range toks {
			if toks[n].Head == k && toks[n].Rel == "nsubj" && termAt(toks, n, t, vs) {
				return true
			}
		}
		h := k
		for step := 0; step < 2; step++ {
			if toks[h].Rel == "conj" {
				break
			}
			h = toks[h].Head
			if h < 0 || h >= len(toks) {
				break
			}
			if termAt(toks, h, t, vs) {
				return true
			}
			// "The premium rises to 24%", "a premium rate of 24%":
			// the subject of the figure's verb, or a compound of the
			// noun that holds it.
			for n := range toks {
				if toks[n].Head == h && (toks[n].Rel == "nsubj" || toks[n].Rel == "nsubj:pass" || toks[n].Rel == "obj" || toks[n].Rel == "compound") && termAt(toks, n, t, vs) {
					return true
				}
			}
		}
	}
	return false
}

// whenWherePreps are the prepositions that bring a time or a place.
var whenWherePreps = set(`in during since before after within until`)

// currencySigns are the signs of a sum of money.
const currencySigns = "$£€¥₹₦"

// moneyAt reports whether token k is a sum of money: tagged one, or a
// number with a currency sign in it or just before it.
func moneyAt(toks []nlp.Token, k int) bool {
	return strings.Contains(toks[k].NER, "MONEY") || strings.ContainsAny(toks[k].Text, currencySigns) ||
		toks[k].UPOS == "NUM" && k > 0 && strings.ContainsAny(toks[k-1].Text, currencySigns)
}

// namingLemmas are the verbs of a participle that gives a thing its
// name ("a payment, known as the closing bonus").
var namingLemmas = set(`know call name dub term`)

// namedAs reports whether the noun at token h of sentence i is given
// another name that is accepts, by a participle of naming ("a payment
// of 15 million pesos, known among miners as the closing bonus") or, for
// a noun, by an appositive ("a one-off payment of $900, the signing
// bonus"): the figure it holds is that thing's size.
func (a *Article) namedAs(i, h int, is func(int) bool) bool {
	si := a.info[i]
	for j, t := range si.toks {
		if t.Head != h || !(t.Rel == "acl" && t.UPOS == "VERB" && namingLemmas[strings.ToLower(t.Lemma)] || t.Rel == "appos" && si.toks[h].UPOS == "NOUN") {
			continue
		}
		if slices.ContainsFunc(si.subtree(j), is) {
			return true
		}
	}
	return false
}

// byPart reports whether token k is a part a change is by ("cut by a
// fifth", "raised by one third"): a fraction word after "by a" or "by
// one".
func byPart(toks []nlp.Token, k int) bool {
	if k < 2 || !fractionWords[strings.ToLower(toks[k].Text)] {
		return false
	}
	d := strings.ToLower(toks[k-1].Text)
	return (d == "a" || d == "one") && strings.EqualFold(toks[k-2].Text, "by")
}

// termAt reports whether token k of toks is written or lemmatised as term
// t or one of its variants vs (variants(t), computed once by the caller).
func termAt(toks []nlp.Token, k int, t string, vs []string) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	for _, w := range []string{toks[k].Text, toks[k].Lemma} {
		if s := termOf(strings.ToLower(w)); s == t || slices.Contains(vs, s) {
			return true
		}
	}
	return false
}

// vagueNumbers are the round figures in the plural that give no count
// ("thousands of workers", "dozens of"), lower case.
var vagueNumbers = set(`tens dozens scores hundreds thousands millions billions`)

// ordinalWordRE matches an ordinal written in figures ("17th", "3rd").
var ordinalWordRE = regexp.MustCompile(`^\d+(st|nd|rd|th)$`)

// ordinalWord reports whether w is an ordinal, in figures or in words.
func ordinalWord(w string) bool {
	_, ok := ordinals[strings.ToLower(w)]
	return ok || ordinalWordRE.MatchString(strings.ToLower(w))
}

// runWords make an ordinal count a run ("the 17th consecutive year").
var runWords = set(`consecutive straight successive running`)

// peopleWords are the stems of the nouns for people of any kind that a
// question counts ("how many workers", "how many employees").
var peopleWords = map[string]bool{"worker": true, "employe": true, "staff": true, "personnel": true, "member": true}

// countsPeople reports whether the number at token k of sentence i counts
// a noun for people of some kind, as the analysis layer's lexicon classes
// it ("240 developers", "64,000 drivers").
func (a *Article) countsPeople(i, k int) bool {
	toks := a.info[i].toks
	if a.an == nil || strings.ContainsAny(toks[k].Text, "$£€¥%") || strings.Contains(toks[k].NER, "MONEY") || strings.Contains(toks[k].NER, "PERCENT") || strings.Contains(toks[k].NER, "DATE") {
		return false
	}
	h := toks[k].Head
	if h < 0 || h >= len(toks) || toks[h].UPOS != "NOUN" || h < k {
		return false
	}
	person := func(j int) bool {
		l := strings.ToLower(toks[j].Lemma)
		c := a.an.NounClass(l)
		return c == nlp.NounPerson || c == 0 && agentSuffix(l)
	}
	if person(h) {
		return true
	}
	// "240 developers, artists, designers and testers": its conjuncts.
	for j := h + 1; j < len(toks); j++ {
		if toks[j].Rel == "conj" && toks[j].Head == h && person(j) {
			return true
		}
	}
	return false
}

// jobNouns are the nouns that speak of jobs as such.
var jobNouns = set(`job employment`)

// speaksOfJobs reports whether sentence i has a noun for jobs as such
// ("jobs", "employment"), not only a verb of employing.
func (a *Article) speaksOfJobs(i int) bool {
	for _, tok := range a.info[i].toks {
		if tok.UPOS == "NOUN" && jobNouns[strings.ToLower(tok.Lemma)] {
			return true
		}
	}
	return false
}

// shareUnits are the words after a number that make it a share of
// something ("97 percent of its water", "40 per cent of the fleet").
var shareUnits = map[string]bool{"percent": true, "cent": true, "%": true, "percentage": true}

// countUnits are the nouns English counts things by, the thing counted
// after "of": "50 head of cattle", "200 pairs of boots".
var countUnits = map[string]bool{"head": true, "pair": true, "pairs": true}

// measureUnits are the units English measures a mass in, what is
// measured after "of": "300 million cubic metres of water", "2 million
// tonnes of grain".
var measureUnits = map[string]bool{"metres": true, "meters": true, "tonnes": true, "tons": true, "litres": true, "liters": true, "barrels": true, "gallons": true, "kilograms": true, "kilos": true, "bushels": true, "bales": true}

// bareCount reports whether token k of sentence i is a number that stands
// for people by itself: no noun, sign or unit with it, followed by a
// preposition, a verb or the end of the clause ("12,000 in attendance",
// "more than 300 were deported").
func (a *Article) bareCount(i, k int) bool {
	toks := a.info[i].toks
	if strings.ContainsAny(toks[k].Text, "$£€¥%") || strings.Contains(toks[k].NER, "MONEY") || strings.Contains(toks[k].NER, "PERCENT") || strings.Contains(toks[k].NER, "DATE") {
		return false
	}
	if k > 0 && strings.ContainsAny(toks[k-1].Text, "$£€¥") {
		return false
	}
	j := k + 1
	for j < len(toks) && (toks[j].UPOS == "NUM" || strings.HasPrefix(toks[j].NER, "I-CARDINAL")) {
		j++ // "1.4 million"
	}
	// "there will be one": "one" alone stands for a thing named
	// before it.
	if strings.EqualFold(toks[k].Text, "one") {
		return false
	}
	if j == len(toks) {
		return true
	}
	// "five of the six clubs", "one of Asia's oldest insurgencies": a
	// part of things that are not people.
	if strings.EqualFold(toks[j].Text, "of") && a.an != nil {
		for n := j + 1; n < len(toks) && n <= j+6; n++ {
			if toks[n].UPOS == "NOUN" && toks[n].Head == k {
				if a.an.NounClass(strings.ToLower(toks[n].Lemma)) != nlp.NounPerson {
					return false
				}
				break
			}
		}
	}
	// "Carmen Mizzi, 71, said": a number set off after a name is an age.
	if k >= 2 && toks[k-1].Text == "," && toks[k-2].UPOS == "PROPN" && toks[j].Text == "," {
		return false
	}
	// "the 4.2-hectare site": a number joined to its unit by a hyphen
	// measures the unit; "a 12-member commission", "a 3,000-strong
	// force" count people.
	if (toks[j].Text == "-" || toks[j].Text == "–") && !toks[j-1].SpaceAfter {
		if j+1 == len(toks) || a.an == nil {
			return false
		}
		u := strings.ToLower(toks[j+1].Lemma)
		return u == "strong" || a.an.NounClass(u) == nlp.NounPerson
	}
	switch toks[j].UPOS {
	case "ADP", "AUX", "VERB", "PUNCT":
		return toks[j].Text != "%"
	}
	return false
}

// namesPerson reports whether sentence i names a person of the brief.
func (a *Article) namesPerson(i int) bool {
	for n := range a.names {
		if a.names[n].kind == summarize.KindPerson && a.sentenceNames(i, &a.names[n]) {
			return true
		}
	}
	return false
}

// dateIn returns the first of the brief's dates in sentence i, or "".
func (a *Article) dateIn(i int) string {
	for _, d := range a.brief.Dates {
		if d.Sentence == i {
			return d.Text
		}
	}
	return ""
}

// hasDate reports whether sentence i holds one of the brief's dates.
func (a *Article) hasDate(i int) bool {
	for _, d := range a.brief.Dates {
		if d.Sentence == i {
			return true
		}
	}
	for _, d := range a.brief.Dates {
		if strings.Contains(a.sents[i], d.Text) {
			return true
		}
	}
	return false
}

// namesNew reports whether sentence i names a person or a body the
// question does not name ("Daniel Lopez" answers "what is the name of
// Maria Lopez's brother?"; "Scott" does not answer "… who shot Keith
// Lamont Scott?").
func (a *Article) namesNew(i int, q *question) bool {
	si := &a.info[i]
	if len(si.toks) == 0 {
		return true
	}
	for _, e := range si.ents {
		if e.typ != nlp.PERSON && e.typ != nlp.ORG {
			continue
		}
		known := true
		for _, w := range words(e.text) {
			if !isStop(w) && !slices.Contains(q.words, w) {
				known = false
			}
		}
		if !known && a.namedThing(si, e, q) {
			return true
		}
	}
	// "The merged group will be called Rivierland Zorg": a name a verb
	// of naming gives, whatever kind the entity model made of it.
	for _, tok := range si.toks {
		if tok.UPOS == "PROPN" && (tok.Rel == "xcomp" || tok.Rel == "obj") && tok.Head >= 0 && tok.Head < len(si.toks) &&
			(si.toks[tok.Head].Lemma == "call" || si.toks[tok.Head].Lemma == "name") && !slices.Contains(q.words, strings.ToLower(tok.Text)) {
			return true
		}
	}
	return false
}

// namesOther reports whether sentence i names one of the kind of thing
// noun is (a person for "journalists", a body for "companies", as the
// analysis layer's lexicon classes the noun) that the question does not
// name.
func (a *Article) namesOther(i int, q *question, noun string) bool {
	var class byte
	if a.an != nil {
		class = a.an.NounClass(noun)
	}
	if _, typed := typeNouns[noun]; class == 0 && !typed && agentSuffix(noun) {
		class = nlp.NounPerson // "journalist", "prisoner", "negotiator"
	}
	for _, e := range a.info[i].ents {
		switch {
		case e.typ == nlp.PERSON && (class == 0 || class == nlp.NounPerson):
		case e.typ == nlp.ORG && (class == 0 || class == nlp.NounOrganisation):
		case (e.typ == nlp.GPE || e.typ == nlp.LOC) && (class == 0 || class == nlp.NounPlace):
		default:
			continue
		}
		if q.ent != nil && a.isName(q.ent, e.text) || q.also != nil && a.isName(q.also, e.text) {
			continue // "besides Castillo": not Elena Castillo
		}
		for _, w := range words(e.text) {
			if !isStop(w) && !slices.Contains(q.words, w) {
				return true
			}
		}
	}
	return false
}

// whichOne returns the noun a "which" question asks to be named, the
// noun "which" determines ("which judge", "which Ukrainian region",
// "which streaming platforms", as "platform"), when the answer types do
// not cover it; or "".
func (a *Article) whichOne(q *question) string {
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	toks := an.Tokens
	h := -1
	for _, t := range toks {
		if strings.EqualFold(t.Text, "which") && t.Rel == "det" && t.Head >= 0 && t.Head < len(toks) {
			h = t.Head
			break
		}
	}
	if h < 0 && len(toks) > 1 && strings.EqualFold(toks[0].Text, "which") {
		// "Which saudi fund is behind Sahm?", "which streaming platforms
		// pushed …": the parser may take "which" for a pronoun before a
		// noun with modifiers; the noun is the last of the words that
		// qualify one another after it.
		for k := 1; k < len(toks); k++ {
			t := toks[k]
			if t.UPOS == "NOUN" {
				h = k
				continue
			}
			if t.UPOS == "ADJ" || t.UPOS == "VERB" && t.Rel == "amod" {
				if h >= 0 {
					break
				}
				continue
			}
			break
		}
	}
	if h < 0 {
		return ""
	}
	head := toks[h]
	w := strings.ToLower(head.Text)
	if head.XPOS == "NNS" {
		w = strings.ToLower(head.Lemma) // one or many of the kind
	}
	if _, typed := typeNouns[w]; typed || head.UPOS != "NOUN" || head.XPOS != "NN" && head.XPOS != "NNS" {
		return ""
	}
	return w
}

// whichSubject reports whether q opens with "which" and a noun that is
// the subject of its main verb ("which construction company will build
// the tunnel?", not "which company did the union sue?").
func (a *Article) whichSubject(q *question) bool {
	an := a.analyse(q)
	if an == nil || len(an.Tokens) == 0 || !strings.EqualFold(an.Tokens[0].Text, "which") {
		return false
	}
	h := an.Tokens[0].Head
	if an.Tokens[0].Rel != "det" || h < 0 {
		return false
	}
	if h+1 < len(an.Tokens) && strings.EqualFold(an.Tokens[h+1].Lemma, "do") {
		return false // "which company did the union sue", whatever the parse
	}
	r := an.Tokens[h].Rel
	return (r == "nsubj" || r == "nsubj:pass") && an.Tokens[h].Head >= 0 && an.Tokens[an.Tokens[h].Head].UPOS == "VERB"
}

// namesKind reports whether sentence i can answer "which N" for a noun
// of a person, body or place: a person's name for a person (a judge, a
// mediator), a body's or a place's for the others (the entity model
// confuses those two: "near Nevers" read as a body's name), that the
// question does not already give. A noun of no such kind asks for
// nothing named.
func (a *Article) namesKind(i int, q *question, noun string) bool {
	if a.an == nil {
		return true
	}
	person, body := false, false
	switch a.an.NounClass(noun) {
	case nlp.NounPerson:
		person = true
	case nlp.NounOrganisation, nlp.NounPlace:
		// "which construction company": a body's name, not a place's
		// ("signed in Mendoza").
		body = bodyNouns[noun]
	default:
		if bodyNouns[noun] {
			// "which bank", "which fund": a body's name, whatever the
			// noun lexicon knows of the word (not a country's).
			body = true
			break
		}
		if _, typed := typeNouns[noun]; typed || !agentSuffix(noun) {
			return true
		}
		person = true
	}
	for _, e := range a.info[i].ents {
		switch {
		case person && e.typ == nlp.PERSON:
		case body && e.typ == nlp.ORG:
		case !person && !body && (e.typ == nlp.ORG || e.typ == nlp.GPE || e.typ == nlp.LOC):
		default:
			continue
		}
		if q.ent != nil && a.isName(q.ent, e.text) || q.also != nil && a.isName(q.also, e.text) {
			continue
		}
		if !a.info[i].namesNoun(e, noun) {
			continue
		}
		for _, w := range words(e.text) {
			if !isStop(w) && !slices.Contains(q.words, w) {
				return true
			}
		}
	}
	return false
}

// namesNoun reports whether entity e of the sentence is a name of the
// noun a "which" question asks about: where the sentence writes the noun,
// the name must hold it ("Samsung Hospital") or stand with it in the tree
// ("the Roseires dam", "the country, Qatar", "the city of Arica"), not
// merely near it ("major hospitals in Seoul" names no hospital); where it
// does not, any name may answer ("Qatar will mediate" for "which
// country").
func (si *sentInfo) namesNoun(e entity, noun string) bool {
	var nouns []int
	for k, t := range si.toks {
		if (t.UPOS == "NOUN" || t.UPOS == "PROPN") && strings.EqualFold(t.Lemma, noun) {
			if k >= e.first && k < e.last {
				return true // "Samsung Medical Hospital"
			}
			nouns = append(nouns, k)
		}
	}
	if len(nouns) == 0 {
		return true
	}
	h := si.entityHead(e)
	for _, n := range nouns {
		if si.setOffAfter(e, n) {
			return true
		}
		switch {
		case si.toks[h].Head == n && (si.toks[h].Rel == "compound" || si.toks[h].Rel == "appos" || si.toks[h].Rel == "flat" || si.toks[h].Rel == "nmod" && si.child(h, "case") >= 0 && strings.EqualFold(si.toks[si.child(h, "case")].Text, "of")):
			return true
		case si.toks[n].Head == h && (si.toks[n].Rel == "appos" || si.toks[n].Rel == "compound"):
			return true
		}
	}
	return false
}

// setOffAfter reports whether noun n stands set off by a comma right
// after entity e, with only a number or a determiner between ("freed Ana
// Sousa and Rui Lima, two reporters, on Thursday"): an appositive by
// the words, which the parser may hang on the verb.
func (si *sentInfo) setOffAfter(e entity, n int) bool {
	if e.last >= n || e.last >= len(si.toks) || si.toks[e.last].Text != "," {
		return false
	}
	for j := e.last + 1; j < n; j++ {
		if u := si.toks[j].UPOS; u != "NUM" && u != "DET" {
			return false
		}
	}
	return true
}

// durationRE finds a span of time: "90 days", "a seven-day ceasefire",
// "a six-month license", "week-long", "a fortnight", "entered its third
// day".
var durationRE = regexp.MustCompile(`(?i)\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)[- ](hour|day|week|month|year)s?\b|\b(day|week|month|year)-long\b|\bfortnight\b|\b(enter|enters|entered|entering|into) (its|the|a) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th)) (day|week|month|year)\b`)

// lengthRE matches a length: a number and a unit of distance ("about
// 1,000 km", "a 12-mile stretch").
var lengthRE = regexp.MustCompile(`(?i)\b\d[\d,.]*[- ]?(km|kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters|metre|meter|feet|foot)\b`)

// durationOf reports how closely sentence s gives a span of time to one
// of the terms: 2 right before it ("a 90-day truce", "a seven-day
// humanitarian ceasefire"), 1 after "for" in a sentence that names it
// ("the truce will hold for 90 days"), 0 not at all. The "for" form is
// looser: the span may be of another act the sentence tells ("who has
// fished the bay for 30 years").
//
// A span within which something must happen of what follows ("within
// nine weeks of the accord taking effect") is no span of it;
// "for" may come before a few words that qualify the span ("for an
// initial 90 days", "for at least three years").
func durationOf(s string, terms []string) int {
	level := 0
	for _, m := range durationRE.FindAllStringIndex(s, -1) {
		before := words(strings.ToLower(s[:m[0]]))
		if len(before) > 0 && before[len(before)-1] == "within" {
			continue
		}
		after := words(s[m[1]:])
		for k := 0; k < len(after) && k < 3; k++ {
			if slices.Contains(terms, porter(after[k])) {
				return 2
			}
		}
		if spanAfterFor(before) && textCoverage(terms, s) > 0 {
			level = 1
		}
	}
	return level
}

// spanQualifiers are the words that may stand between "for" and the span
// it gives ("for an initial 90 days", "for at least three years", "for
// up to five years", "for a further two years", "for the next 20 years").
var spanQualifiers = set(`a an the initial first next further another additional at least up to more than over some nearly almost about around period of minimum maximum`)

// spanAfterFor reports whether the words before a span (lower case)
// end with "for" and at most three qualifying words after it.
func spanAfterFor(before []string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		if before[k] == "for" {
			return true
		}
		if !spanQualifiers[before[k]] {
			return false
		}
	}
	return false
}

// agentSuffix reports whether a noun ends as English nouns of people do
// ("journalist", "politician", "employee", "prisoner", "negotiator").
func agentSuffix(noun string) bool {
	for _, suf := range [...]string{"ist", "ian", "ee", "er", "or"} {
		if len(noun) > len(suf)+3 && strings.HasSuffix(noun, suf) {
			return true
		}
	}
	return false
}

// namedThing reports whether entity e of a sentence is the name of what
// question q asks the name of: e stands right after the thing's noun
// ("her brother Daniel Lopez", "the agency, Lawrence & Schiller") or is set
// beside it by a comma ("Daniel Lopez, her brother"). A name elsewhere in
// the sentence is someone else's ("Officers arrested Webb and carried the
// girl" does not name the girl). A question that gives no noun ("what is
// it called?") takes any new name.
func (a *Article) namedThing(si *sentInfo, e entity, q *question) bool {
	var nouns []string
	for _, w := range q.words {
		if isStop(w) || questionWords[w] || nameNouns[w] || w == "name" || w == "names" || w == "called" || w == "s" {
			continue
		}
		nouns = append(nouns, porter(w))
	}
	if len(nouns) == 0 {
		return true
	}
	for k, t := range si.toks {
		if !slices.Contains(nouns, porter(strings.ToLower(t.Text))) {
			continue
		}
		if k < e.first && e.first-k <= 3 {
			return true // "the agent, Raj Kumar"
		}
		if k >= e.last && k-e.last <= 3 && e.last < len(si.toks) && si.toks[e.last].Text == "," {
			return true // "Raj Kumar, the agent"
		}
	}
	return false
}

// newDate reports whether sentence i holds a date or a time the question
// does not itself name ("Monday night" for "what time does Monday's debate
// start?" is the question's Monday).
func (a *Article) newDate(i int, q *question) bool {
	named := func(text string) bool {
		for _, w := range words(text) {
			if !isStop(w) && !durationUnits[w] && w != "night" && w != "morning" && w != "evening" && w != "afternoon" && slices.Contains(q.words, w) {
				return true
			}
		}
		return false
	}
	si := &a.info[i]
	if len(si.toks) == 0 {
		return true
	}
	for _, e := range si.ents {
		if (e.typ == nlp.DATE || e.typ == nlp.TIME) && !named(e.text) {
			return true
		}
	}
	for _, d := range a.brief.Dates {
		if (d.Sentence == i || strings.Contains(a.sents[i], d.Text)) && !named(d.Text) {
			return true
		}
	}
	return false
}

// hasQuantity reports whether s holds an amount: a number that is not a
// year, a sum of money, a percentage, or a number word.
func hasQuantity(s string) bool {
	if strings.ContainsAny(s, "%$£€¥") {
		return true
	}
	for _, w := range words(s) {
		if w[0] >= '0' && w[0] <= '9' {
			if n, err := strconv.Atoi(w); err == nil && n >= 1900 && n <= 2100 && len(w) == 4 {
				continue // a year
			}
			return true
		}
	}
	ws := words(s)
	for k, w := range ws {
		switch {
		case w == "half" || w != "zero" && nlp.NumberWord(w):
			return true
		case w == "third" || w == "quarter":
			// A part ("a third of the workers"), not a place in order
			// ("a third day", "the third quarter").
			if k+1 < len(ws) && ws[k+1] == "of" {
				return true
			}
		}
		// A change by a part ("cut the dues by a fifth", "raised by a
		// third").
		if fractionWords[w] && k >= 2 && (ws[k-1] == "a" || ws[k-1] == "one") && ws[k-2] == "by" {
			return true
		}
	}
	return false
}
