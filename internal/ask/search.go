package ask

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// The general search: the sentences that best answer a question no
// stronger strategy took, and what a sentence must hold to answer it.

// search answers from the best sentences, if they cover the question.
//
// It goes in phases: the sentences the index ranks best that are
// evidence of an answer (evidenceFor, isEvidence), or topicSearch's
// when there are none; which of them comes first, for a headline
// (preferStory), an ordinal ("the first proposal": ordinalFirst), a
// deadline (deadlineFirst), a span of time (durationFirst), a count
// (earlierCountFirst), the value of the question's verb
// (verbValueFirst) and who did something (agentAnswer, which answers
// itself, and namingFirst); and the answer the first gives, with the
// sentences that complete it (answerFromBest).
func (a *Article) search(q *question) (Result, bool) {
	query := q.content
	if len(query) == 0 {
		return Result{}, false
	}
	// The evidence must hold an answer of the question's type, name what
	// a "how many" question counts and speak of the names the question
	// does.
	//
	// keep is passed down, never kept, so that it and ev stay on the
	// stack, as when search was one function. This is a hot path.
	ev := a.evidenceFor(q)
	unit := askedRate(q)
	// A question that asks a rate ("how much gas … each year") is
	// answered by a sentence that writes one, not by the best match
	// that writes none ("raising annual deliveries by a third").
	keep := func(i int) bool { return a.isEvidence(q, &ev, i) && (unit == "" || a.writesRate(i, unit, q)) }
	hits := a.ix.search(query, keep)
	if len(hits) == 0 {
		return a.topicSearch(query, &ev.names, keep)
	}
	a.preferStory(hits, query, q.atype == typeQuantity || q.atype == typeMoney || q.atype == typeDate)
	hits = a.ordinalFirst(q, hits, keep)
	a.deadlineFirst(q, hits)
	a.durationFirst(q, hits)
	a.earlierCountFirst(q, hits)
	a.nowFirst(q, hits)
	a.verbValueFirst(q, hits)
	a.sizedFirst(q, hits)
	a.stanceFirst(q, hits)
	if r, ok := a.agentAnswer(q, hits); ok {
		return r, true
	}
	a.namingFirst(q, hits)
	return a.answerFromBest(q, hits, &ev.names, keep)
}

// topicSearch answers a question no sentence covers when the question's
// words that the headline holds are set aside ("Who hosted the Nile dam
// talks?" under the headline "… end Nile dam talks …": the headline names
// what the whole story is about, which a sentence further down need not
// repeat: "The two-day meeting, hosted by the African Union,"). The best
// story sentence kept must hold every other word of the question; names
// points at the names keep requires, from which the headline's are
// dropped.
func (a *Article) topicSearch(query []string, names *[]nameTerm, keep func(int) bool) (Result, bool) {
	topic := a.headlineTerms()
	if len(topic) < 4 {
		topic = a.leadNames(*names)
	}
	if len(topic) == 0 {
		return Result{}, false // a kicker ("COUNTIES"), not a headline
	}
	rest := slices.DeleteFunc(slices.Clone(query), func(t string) bool { return topic[t] })
	if len(rest) == 0 || len(rest) == len(query) {
		return Result{}, false
	}
	*names = slices.DeleteFunc(*names, func(n nameTerm) bool { return topic[n.term] })
	for _, h := range a.ix.search(rest, keep) {
		if a.furniture(h.sent) {
			continue
		}
		if a.ix.coverage(rest, a.withContext(h.sent)) < 1 {
			return Result{}, false
		}
		return Result{Answer: a.sents[h.sent] + " " + ref(h.sent), Citations: a.cite(h.sent), Confidence: 0.4}, true
	}
	return Result{}, false
}

// headlineTerms are the terms of the article's headline, when it has one.
func (a *Article) headlineTerms() map[string]bool {
	out := map[string]bool{}
	if len(a.sents) == 0 || len(a.ix.tf) == 0 || !a.furniture(0) {
		return out
	}
	for t := range a.ix.tf[0] {
		out[t] = true
	}
	return out
}

// leadNames are the terms of the question's names that the story's lead,
// its first two sentences, holds: what a story without a headline is
// about, which a sentence further down need not repeat ("Who moderated
// the Commander-in-Chief Forum?": "NBC News moderator Matt Lauer asked the
// candidates …", the forum named in the lead). Only names: a common word
// of the lead ("offer") is no topic the question may drop.
func (a *Article) leadNames(names []nameTerm) map[string]bool {
	out := map[string]bool{}
	n := 0
	for i := 0; i < len(a.sents) && i < len(a.ix.tf) && n < 2; i++ {
		if a.furniture(i) {
			continue
		}
		n++
		for _, nt := range names {
			if a.ix.tf[i][nt.term] > 0 && a.mentions(nt.term) >= 3 {
				out[nt.term] = true
			}
		}
	}
	return out
}

// mentions counts the sentences that hold term.
func (a *Article) mentions(term string) int {
	n := 0
	for _, tf := range a.ix.tf {
		if tf[term] > 0 {
			n++
		}
	}
	return n
}

// countedWordsIn reports whether sentence i holds every word the question
// puts between "how many" and what it counts ("how many military
// doctors": "military"), so that a count of something else of that kind
// ("13,000 trainee doctors") does not answer it.
func (a *Article) countedWordsIn(q *question, i int) bool {
	m := slices.Index(q.words, "many")
	if m < 0 {
		m = slices.Index(q.words, "much")
	}
	if m < 0 {
		return false
	}
	for _, w := range q.words[m+1:] {
		if porter(w) == porter(q.counted) || w == q.counted {
			return true
		}
		if !isStop(w) && !a.ix.sentenceHas(i, termOf(w)) {
			return false
		}
	}
	return false
}

// preferStory puts first, when the best hit is a headline, standfirst,
// subhead or caption, the best story sentence that covers the query as
// well: a headline says in brief ("queue tops 100 ships") what the story
// says in full ("a queue of vessels that has grown to 118 ships"), and
// a headline's few words weigh more in the ranking than a sentence's many.
// For a question of a figure or a date (typed), a story sentence may
// cover one word of the query less.
func (a *Article) preferStory(hits []hit, query []string, typed bool) {
	if !a.furniture(hits[0].sent) {
		return
	}
	cov := a.ix.coverage(query, []int{hits[0].sent})
	// A question of a figure or a date (how much, when) asks a detail the
	// headline sums up ("puts 6% raise on the table") and the story gives
	// ("has offered a 6% raise plus a one-off bonus of 450,000 pesos"): a
	// story sentence may cover one word of the question less.
	need := cov
	if typed && len(query) > 1 {
		need -= 1/float64(len(query)) + 1e-9
	}
	for k := 1; k < len(hits); k++ {
		if hits[k].score < hits[0].score/3 {
			return
		}
		if !a.furniture(hits[k].sent) && a.ix.coverage(query, a.withContext(hits[k].sent)) >= need {
			hits[0], hits[k] = hits[k], hits[0]
			return
		}
	}
}

// furniture reports whether sentence i is around the story rather than
// of it (a headline, standfirst, byline, subhead, caption …).
func (a *Article) furniture(i int) bool {
	ss := a.brief.Sentences
	return i >= 0 && i < len(ss) && ss[i].Furniture
}

// unbalanced reports whether s opens a quotation it does not close.
func unbalanced(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, `"`)%2 == 1
}

// nameTerm is a name the question writes with a capital and the ways a
// sentence may speak of it.
type nameTerm struct {
	term string
	// expansion are the stems of the words an acronym stands for ("united
	// states" for "US"), all of which a sentence must hold instead.
	expansion []string
	// alts are the terms of the name's other one-word names, any of which
	// a sentence may hold instead ("islamabad" for "Pakistan").
	alts []string
}

// questionNames are the names the question writes with a capital (but its
// first word) that the article uses: the evidence must speak of them, by
// name, by the words of an acronym, or by a description the article gives
// the name ("the program" after "The program, called EB-5").
func (a *Article) questionNames(q *question) []nameTerm {
	var out []nameTerm
	for i, f := range strings.Fields(q.raw) {
		w := strings.Trim(f, "?!.,;:'’\"“”()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		r := []rune(w)
		if i == 0 || len(r) < 2 || !unicode.IsUpper(r[0]) {
			continue
		}
		for _, lw := range words(w) {
			t := termOf(lw)
			// "Monday's meeting": a weekday is when, not a name the
			// evidence must hold (which day the story means, it may
			// say once).
			if isStop(lw) || weekdays[lw] || !a.ix.has(t) || slices.ContainsFunc(out, func(n nameTerm) bool { return n.term == t }) {
				continue
			}
			nt := nameTerm{term: t}
			for _, e := range a.acr.expansion(lw) {
				if !acronymLinker[e] {
					nt.expansion = append(nt.expansion, porter(e))
				}
			}
			if n := a.listedName(w); n != nil && n.kind != summarize.KindPerson {
				for _, k := range n.keys {
					if k != lw && !strings.Contains(k, " ") {
						nt.alts = append(nt.alts, termOf(k))
					}
				}
			}
			out = append(out, nt)
		}
	}
	return out
}

// coversAny reports whether sentence i, with the sentence before it in
// its paragraph, speaks of one of the names (coversNames for each).
func (a *Article) coversAny(names []nameTerm, i int) bool {
	for k := range names {
		if a.coversNames(names[k:k+1], i) {
			return true
		}
	}
	return false
}

// coversNames reports whether sentence i, with the sentence before it in
// its paragraph, speaks of every name.
func (a *Article) coversNames(names []nameTerm, i int) bool {
	ctx := a.creditContext(i)
	for _, n := range names {
		ok := false
		for _, s := range ctx {
			if a.ix.sentenceHas(s, n.term) || len(n.expansion) > 0 && a.ix.sentenceHasAll(s, n.expansion) || a.describedIn(n.term, s) ||
				slices.ContainsFunc(n.alts, func(t string) bool { return a.ix.sentenceHas(s, t) }) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// describedIn reports whether sentence i speaks of the name whose term is
// t by a definite description the article gave it earlier: "the super
// PAC" after "Future45, a super PAC".
func (a *Article) describedIn(t string, i int) bool {
	first := -1
	var heads []string
	for s := 0; s < i; s++ {
		for _, d := range a.info[s].descs {
			if d.name == t {
				if first < 0 {
					first = s
				}
				if !slices.Contains(heads, d.head) {
					heads = append(heads, d.head)
				}
			}
		}
	}
	if first < 0 {
		return false
	}
	toks := a.info[i].toks
	for k, tok := range toks {
		if !slices.Contains(heads, strings.ToLower(tok.Lemma)) {
			continue
		}
		for _, c := range toks {
			if c.Head == k && c.Rel == "det" && (strings.EqualFold(c.Text, "the") || strings.EqualFold(c.Text, "this")) {
				return true
			}
		}
	}
	return false
}

// questionVerb is the lemma of the question's main verb ("reject" in
// "who rejected the request?"), or "" when it has none but be, have or do.
func (a *Article) questionVerb(q *question) string {
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	for k, t := range an.Tokens {
		if t.Head != -1 {
			continue
		}
		if t.UPOS == "PRON" && (strings.EqualFold(t.Text, "who") || strings.EqualFold(t.Text, "what")) {
			// "who owns gulf crest contracting company", parsed with
			// "who" at the root and the verb a clause on it: the verb
			// is the question's.
			for _, d := range an.Tokens {
				if d.Head == k && d.UPOS == "VERB" {
					t = d
					break
				}
			}
		}
		if t.UPOS == "VERB" {
			l := strings.ToLower(t.Lemma)
			if l != "be" && l != "have" && l != "do" {
				return l
			}
		}
	}
	return ""
}

// givesValue reports whether sentence i gives the value the question asks
// of its verb: it uses the verb, with the value in its clause for a
// "where" question. "Where are the talks taking place?" asks where an
// event happens, which a sentence may say with another verb of meeting
// ("met in Jeddah") or of the event itself ("talks in Doha"; "where were
// the talks held?" too, though one may be held in prison); a place that
// is only where something comes from ("convoys from Port Sudan") or where
// someone spoke of it ("said at an event in Colorado Springs") does not.
func (a *Article) givesValue(i int, verb string, q *question) bool {
	if q.atype == typeMoney {
		return a.info[i].moneyOf(verb, verb == "pay" && paysFor(q.words))
	}
	if a.info[i].hasLemma(verb) && a.valueOfVerb(i, verb, q) {
		return true
	}
	occur := occurVerbs[verb] || verb == "take" && slices.Contains(q.words, "place")
	if q.wh != "where" || !occur && verb != "hold" {
		return false
	}
	si := &a.info[i]
	for _, e := range si.ents {
		if !si.saysWhere(e) {
			continue
		}
		g := si.toks[si.entityHead(e)].Head
		if g < 0 {
			continue
		}
		gt := &si.toks[g]
		if occur && gt.UPOS == "VERB" && occurVerbs[strings.ToLower(gt.Lemma)] || gt.UPOS == "NOUN" && slices.Contains(q.content, porter(strings.ToLower(gt.Text))) {
			return true
		}
	}
	return false
}

// moneyOf reports whether a sum of money is what a use of verb in the
// sentence pays, costs or takes: its object or a bare phrase of it ("pay
// $5 million", "would cost €15 billion a year"), or a phrase of "for",
// "at" or "to" ("agreed to buy Farmavita for 2.1 billion zlotys", "priced
// at €40", "raised to £10 billion"); not a sum further off ("pay for the
// acquisition with a loan of 1.4 billion zlotys" pays no 1.4 billion).
// A price asked with "pay" may be given with a verb of buying.
//
// Where the question asks what is paid for something (bought), a sum
// paid with no "for" ("pay US$1.5 million a year into a fund") is no
// price of it.
func (si *sentInfo) moneyOf(verb string, bought bool) bool {
	toks := si.toks
	for k := range toks {
		if !strings.HasPrefix(toks[k].NER, "B-MONEY") {
			continue
		}
		// The sum's head: up while the head is a word of the same sum.
		h := k
		for steps := 0; steps < 8; steps++ {
			g := toks[h].Head
			if g < 0 || g >= len(toks) || !strings.HasSuffix(toks[g].NER, "MONEY") || g < k {
				break
			}
			h = g
		}
		if v := toks[h].Head; v >= 0 && v < len(toks) && paysWith(toks[v], verb) && (toks[h].Rel == "obj" || strings.HasPrefix(toks[h].Rel, "obl") && !si.hasCase(h)) {
			if !bought || buyVerbs[strings.ToLower(toks[v].Lemma)] || si.hasObl(v, "for") {
				return true // "would cost €15 billion a year"
			}
		}
		// "for" or "at" before the sum, with the verb the last before it
		// (the phrase's head as written: the parser may hang a long
		// object's phrase further on).
		p := k - 1
		for p > 0 && (toks[p].Rel == "advmod" || roundingWords[strings.ToLower(toks[p].Text)]) {
			p-- // "for about $5 million"
		}
		if p < 1 || !priceCases[strings.ToLower(toks[p].Text)] {
			continue
		}
		for j := p - 1; j >= 0; j-- {
			// Not a participle inside the object ("family-owned").
			if toks[j].UPOS == "VERB" && toks[j].Rel != "amod" {
				if paysWith(toks[j], verb) {
					return true
				}
				break
			}
		}
	}
	return false
}

// paysFor reports whether question words ask what is paid for something:
// "pay", "paying", "paid" or "pays", then "for".
func paysFor(ws []string) bool {
	for k := 0; k+1 < len(ws); k++ {
		switch ws[k] {
		case "pay", "paying", "paid", "pays":
			if ws[k+1] == "for" {
				return true
			}
		}
	}
	return false
}

// hasObl reports whether verb v has a phrase opened by preposition p.
func (si *sentInfo) hasObl(v int, p string) bool {
	for j, t := range si.toks {
		if t.Head == v && strings.HasPrefix(t.Rel, "obl") && si.caseOf(j) == p {
			return true
		}
	}
	return false
}

// hasCase reports whether token h has a preposition of its own, not one
// that only rounds the sum ("around €15 billion").
func (si *sentInfo) hasCase(h int) bool {
	c := si.caseOf(h)
	return c != "" && !roundingWords[c]
}

// paysWith reports whether token t is verb, or a verb of buying where
// the verb is "pay".
func paysWith(t nlp.Token, verb string) bool {
	l := strings.ToLower(t.Lemma)
	return t.UPOS == "VERB" && (l == verb || verb == "pay" && buyVerbs[l])
}

// priceCases open a phrase that gives the sum a verb pays, costs or
// takes: "for $5 million", "at €40 a share", "raised to £10 billion".
var priceCases = set(`for at to`)

// roundingWords round a sum: "around €15 billion", "about $5 million".
var roundingWords = set(`around about nearly roughly almost approximately some`)

// buyVerbs say that someone buys something: the price one pays for it.
var buyVerbs = set(`buy acquire purchase`)

// occurVerbs say that an event happens, or that people meet, somewhere.
var occurVerbs = set(`happen occur meet convene gather`)

// valueOfVerb reports whether sentence i, which uses verb, gives the
// value a "where" question asks for in the verb's own clause; other
// types accept any use.
func (a *Article) valueOfVerb(i int, verb string, q *question) bool {
	if q.wh != "where" {
		return true
	}
	_, placed := a.info[i].verbWhere(verb)
	return placed
}

// namedAgent reports whether sentence i has verb with a named subject, or
// a named agent ("signed by Kenny Dalglish"), that is none of the
// question's words.
func (a *Article) namedAgent(i int, verb string, qwords []string) bool {
	toks := a.info[i].toks
	named := func(k int) bool {
		if k < 0 || k >= len(toks) || toks[k].UPOS != "PROPN" {
			return false
		}
		for _, w := range words(toks[k].Text) {
			if slices.Contains(qwords, w) {
				return false
			}
		}
		return true
	}
	for v, t := range toks {
		if t.UPOS != "VERB" || !strings.EqualFold(t.Lemma, verb) {
			continue
		}
		for k, c := range toks {
			if c.Head != v {
				continue
			}
			switch {
			case c.Rel == "nsubj" && named(k):
				return true
			case c.Rel == "nsubj" && c.UPOS == "PRON" && t.Rel == "acl:relcl" && named(t.Head):
				return true // "Bryan Pagliano, who set up the server"
			case strings.HasPrefix(c.Rel, "obl") && named(k):
				for _, b := range toks {
					if b.Head == k && strings.EqualFold(b.Text, "by") {
						return true
					}
				}
			}
		}
	}
	return false
}

// lesserOnly reports whether every office of the question that sentence
// i writes comes with a word of a lesser office the question lacks
// ("First Vice Minister of Health and Welfare" for "who is the Minister
// of Health and Welfare?").
func (a *Article) lesserOnly(i int, q *question) bool {
	toks := a.info[i].toks
	found := false
	for _, w := range q.words {
		if !officeWords[w] {
			continue
		}
		for k, t := range toks {
			if !strings.EqualFold(t.Text, w) {
				continue
			}
			lesser := false
			for j := max(0, k-2); j < k; j++ {
				if m := porter(strings.ToLower(strings.TrimSuffix(toks[j].Text, "-"))); slices.Contains(lesserOffice, m) && !slices.ContainsFunc(q.words, func(x string) bool { return porter(x) == m }) {
					lesser = true
				}
			}
			if !lesser {
				return false
			}
			found = true
		}
	}
	return found
}

// rankQualifiers are the words before an office that say its rank, not
// which office it is: a "lead negotiator" may be the "chief negotiator".
var rankQualifiers = set(`chief head lead top senior main principal general`)

// otherOfficeOnly reports whether every office the question asks for with
// a qualifier ("who is the music director?") comes in sentence i only with
// another qualifier ("Thomas Ferrante, the executive director"): that is
// another office. An office written bare, or with the question's own
// words ("the symphony's director"), may still answer.
func (a *Article) otherOfficeOnly(i int, q *question) bool {
	toks := a.info[i].toks
	found := false
	for x, w := range q.words {
		if !officeWords[w] || x == 0 {
			continue
		}
		qual := q.words[x-1]
		if isStop(qual) || questionWords[qual] || officeWords[qual] || rankQualifiers[qual] || strings.ContainsAny(qual, "'’") {
			continue
		}
		for k, t := range toks {
			if !strings.EqualFold(t.Text, w) {
				continue
			}
			other := false
			for j := max(0, k-2); j < k; j++ {
				if toks[j].Head != k || (toks[j].Rel != "amod" && toks[j].Rel != "compound") {
					continue
				}
				m := strings.ToLower(toks[j].Text)
				if m == qual || porter(m) == porter(qual) {
					other = false
					break
				}
				if !rankQualifiers[m] && !slices.ContainsFunc(q.words, func(v string) bool { return porter(v) == porter(m) }) {
					other = true
				}
			}
			if !other {
				return false
			}
			found = true
		}
	}
	return found
}

// withContext is sentence i with the sentence before it in its paragraph,
// which says who "it" or "he" is: coverage counts both.
func (a *Article) withContext(i int) []int {
	ss := a.brief.Sentences
	if i > 0 && i < len(ss) && ss[i-1].Para == ss[i].Para {
		return []int{i, i - 1}
	}
	return []int{i}
}

// creditContext is withContext, and for a quotation that goes on from
// one its paragraph credited ("CN’s executive vice-president, Helen
// Szabo, said … “…,” Szabo told reporters. “Our offer includes …”") the
// paragraph's sentences before: they say whom it speaks for.
func (a *Article) creditContext(i int) []int {
	ctx := a.withContext(i)
	if ss := a.brief.Sentences; i < len(ss) && (strings.HasPrefix(a.sents[i], "“") || strings.HasPrefix(a.sents[i], "\"")) {
		for k := i - 2; k >= 0 && ss[k].Para == ss[i].Para; k-- {
			ctx = append(ctx, k)
		}
	}
	return ctx
}

// quoteContext is what a quotation in sentence i is about: the sentence,
// the one before it in its paragraph, the question of the paragraph
// before when the sentence opens its paragraph right after one (an
// interview's answer), or, when the quotation opens its paragraph with
// its quotation marks, the sentence that ends the paragraph before, which
// news writes to set the quotation up ("Boudreau has told his players
// not to look at the standings." / "“It's hard not to,” Suter said."), or
// that whole paragraph when it ends with a colon.
func (a *Article) quoteContext(i int) []int {
	ss := a.brief.Sentences
	if i > 0 && i < len(ss) && ss[i-1].Para != ss[i].Para && strings.HasSuffix(strings.TrimSpace(a.sents[i-1]), "?") {
		// An interview's answer: the question asked in the paragraph
		// before ("The AMPTP says your demands would cost $2.1
		// billion. Is that accurate?" / "Their math, not ours.").
		ctx := []int{i}
		for k := i - 1; k >= 0 && ss[k].Para == ss[i-1].Para; k-- {
			ctx = append(ctx, k)
		}
		return ctx
	}
	if i > 0 && i < len(ss) && ss[i-1].Para != ss[i].Para && strings.HasPrefix(a.sents[i], "“") || i > 0 && i < len(ss) && ss[i-1].Para != ss[i].Para && strings.HasPrefix(a.sents[i], "\"") {
		if strings.HasSuffix(strings.TrimSpace(a.sents[i-1]), ":") {
			// A paragraph that ends by opening the quotation ("The ship's
			// master has recorded a short video message from the bridge.
			// … Here is what he said:") sets it up whole.
			ctx := []int{i}
			for k := i - 1; k >= 0 && ss[k].Para == ss[i-1].Para; k-- {
				ctx = append(ctx, k)
			}
			return ctx
		}
		return []int{i, i - 1}
	}
	return a.withContext(i)
}
