package ask

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// The general search: the sentences that best answer a question no
// stronger strategy took, and what a sentence must hold to answer it.

// search answers from the best sentences, if they cover the question.
func (a *Article) search(q *question) (Result, bool) {
	query := q.content
	if len(query) == 0 {
		return Result{}, false
	}
	// The evidence must hold an answer of the question's type, name what
	// a "how many" question counts and speak of the names the question
	// does.
	names := a.questionNames(q)
	qverb := ""
	if q.atype == typeDate {
		qverb = a.questionVerb(q)
	}
	whichNoun := a.whichOne(q)
	keep := func(i int) bool {
		switch {
		case q.howMuch && q.howLong:
			if !hasQuantity(a.sents[i]) && !a.hasDate(i) && !durationRE.MatchString(a.sents[i]) {
				return false
			}
		case q.howLong && (lengthRE.MatchString(a.sents[i]) || durationRE.MatchString(a.sents[i])):
			// "How long is the border?": a length answers too; "how
			// long was the meeting?" a span of time ("the two-hour
			// meeting"), which is no date.
		case !a.fitsType(i, q.atype, q):
			return false
		}
		if q.counted != "" && !a.counts(i, termOf(q.counted)) {
			return false
		}
		// "How big is the raise?": not "a technician, 31, said the
		// allowance mattered more than the raise", whose figure is his age.
		if q.sized != "" && a.ix.sentenceHas(i, q.sized) && !a.sizes(i, q.sized) {
			return false
		}
		// "What is Home Depot's revenue?": the evidence names the revenue.
		if q.askedTerm != "" && !a.ix.sentenceHas(i, q.askedTerm) {
			return false
		}
		// "What is the name of the officer …?": a name the question does
		// not already give.
		if q.asksName() && !a.namesNew(i, q) {
			return false
		}
		// "Which journalists were released?": the evidence names them;
		// "two journalists" tells how many, not which.
		if n := q.whichMany(); n != "" && !a.namesOther(i, q, n) {
			return false
		}
		// "Which judge will rule?": a judge by name, not "a court".
		if whichNoun != "" && !a.namesKind(i, q, whichNoun) {
			return false
		}
		// "Who won the Ohio primary?": the evidence says who did it (a
		// question about the subject; "who did Ham give the interview
		// to?" may be answered in other words).
		if q.wh == "who" && len(q.words) > 1 && q.words[0] == "who" && !auxWords[q.words[1]] && q.verbTerm != "" && !a.ix.sentenceHas(i, q.verbTerm) {
			return false
		}
		// "On what date will the strike begin?": a day, not "as early as
		// next week".
		if q.atype == typeDate && q.asksDay() && !a.info[i].hasDay() {
			return false
		}
		// "Who is the Minister of Health?": not the "Vice Minister of
		// Health".
		if q.wh == "who" && a.lesserOnly(i, q) {
			return false
		}
		// "What time does Monday's debate start?": not Monday again.
		if q.atype == typeDate && !a.newDate(i, q) && !(q.howLong && (durationRE.MatchString(a.sents[i]) || lengthRE.MatchString(a.sents[i]))) {
			return false
		}
		// "When was the expert appointed?": a sentence that uses the
		// verb says when only with a date in the verb's own clause.
		if q.atype == typeDate && !q.howLong && qverb != "" {
			if uses, dated := a.info[i].verbWhen(qverb); uses && !dated {
				return false
			}
		}
		// "When will the Senate vote?": not what happened on a day past.
		if q.future() && (q.atype == typeDate || q.atype == typePlace) && !a.info[i].future() {
			return false
		}
		// "Where were the talks held?": not where they will be.
		if q.past() && q.wh == "where" && a.info[i].placesToCome() {
			return false
		}
		// "Who does Spain play next?": not who they played.
		if q.asksNext() && !a.info[i].comingNext() {
			return false
		}
		// "How much has Trump's super PAC raised": the evidence speaks
		// of Trump, not of some other group's money.
		return len(names) == 0 || a.coversNames(names, i)
	}
	hits := a.ix.search(query, keep)
	if len(hits) == 0 {
		return a.topicSearch(query, &names, keep)
	}
	a.preferStory(hits, query)
	// "The first proposal", "the latest round": by the article's order.
	if q.ordinal != 0 {
		var cands []int
		for i := range a.sents {
			if keep(i) && a.ix.sentenceHas(i, q.ordNoun) {
				cands = append(cands, i)
			}
		}
		if pick := a.ordinalPick(q, cands); pick >= 0 {
			for k := range hits {
				if hits[k].sent == pick {
					hits[0], hits[k] = hits[k], hits[0]
					hits = hits[:1]
					break
				}
			}
		}
	}
	if q.atype == typeDate && slices.Contains(q.words, "deadline") {
		// "What is the deadline for a firm offer?": a sentence that sets
		// a limit ("has until March 9 to make a firm offer"), if one is
		// close to the best.
		for k := range hits {
			if hits[k].score < hits[0].score/2 {
				break
			}
			if l := strings.ToLower(a.sents[hits[k].sent]); (strings.Contains(l, " until ") || strings.Contains(l, "deadline")) && a.hasDate(hits[k].sent) {
				hits[0], hits[k] = hits[k], hits[0]
				break
			}
		}
	}
	if q.howLong && len(q.content) > 0 {
		// "How long is the truce?": a sentence that gives a span of
		// time beside what is asked about ("a 90-day truce", "a
		// six-month license", "a four-day round"), if one is close to
		// the best.
		asked := slices.Clone(q.content)
		for _, w := range q.words {
			if questionWords[w] && !isStop(w) {
				asked = append(asked, porter(w)) // "round", "meeting"
			}
		}
		for k := range hits {
			if hits[k].score < hits[0].score/2 {
				break
			}
			if durationOf(a.sents[hits[k].sent], asked) {
				hits[0], hits[k] = hits[k], hits[0]
				break
			}
		}
	}
	if (q.atype == typeQuantity || q.atype == typeMoney) && q.ordinal == 0 {
		// "How many Indians were deported?": of two sentences that give a
		// number and cover the question as well, the earlier, where news
		// puts the event it reports ("nearly 150 Indians returned home
		// after being deported") before the background ("on October 18,
		// more than 300 were deported").
		best := 0
		topCov := a.ix.exactCoverage(query, []int{hits[0].sent})
		for i := range hits {
			if hits[i].score < hits[0].score/2 {
				break
			}
			if hits[i].sent < hits[best].sent && !a.furniture(hits[i].sent) && a.ix.exactCoverage(query, []int{hits[i].sent}) >= topCov {
				best = i
			}
		}
		hits[0], hits[best] = hits[best], hits[0]
	}
	if q.atype == typeQuantity || q.atype == typeMoney || q.atype == typeDate || q.atype == typePlace {
		// "How much has it pulled in?", "when does it expire?": the value
		// of the verb asked about, when a sentence close to the best has it.
		if verb := a.questionVerb(q); verb != "" {
			for i := range hits {
				if hits[i].score < hits[0].score/2 {
					break
				}
				if a.givesValue(hits[i].sent, verb, q) && a.ix.coverage(query, a.withContext(hits[i].sent)) >= a.ix.coverage(query, a.withContext(hits[0].sent)) {
					hits[0], hits[i] = hits[i], hits[0]
					break
				}
			}
		}
	}
	if q.atype == typeAgent {
		// "Who rejected the request?": the sentence whose verb has a
		// named subject (or agent) the question does not already name.
		if verb := a.questionVerb(q); verb != "" {
			for i := range hits {
				if hits[i].score < hits[0].score/3 {
					break
				}
				if si := hits[i].sent; a.namedAgent(si, verb, q.words) && a.ix.coverage(query, []int{si, max(si-1, 0)}) >= 0.5 {
					// The sentence before says what "that argument" is.
					s := []int{si}
					if si > 0 && a.ix.coverage(query, []int{si}) < 0.5 {
						s = []int{si - 1, si}
					}
					lines := make([]string, len(s))
					for k, j := range s {
						lines[k] = a.sents[j] + " " + ref(j)
					}
					return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(s...), Confidence: 0.7}, true
				}
			}
		}
	}
	if q.atype == typeAgent && len(hits) > 1 {
		// "Who …?" is answered by a sentence that names someone: the best
		// such sentence, unless it scores far below the best of all.
		// People first, then bodies.
		for _, names := range []func(int) bool{func(i int) bool { return a.namesPerson(i) || a.info[i].hasType(nlp.PERSON) }, a.namesAgent} {
			found := false
			for i := range hits {
				if hits[i].score < hits[0].score/2 {
					break
				}
				if names(hits[i].sent) {
					hits[0], hits[i] = hits[i], hits[0]
					found = true
					break
				}
			}
			if found {
				break
			}
		}
	}
	// "Which country did the plane fly through?": the answer is a
	// country, which the evidence need not call so.
	covQuery := query
	if q.atype != typeAny {
		if heads := q.whHeadTerms(); len(heads) > 0 && len(heads) < len(query) {
			covQuery = slices.DeleteFunc(slices.Clone(query), func(t string) bool { return slices.Contains(heads, t) })
		}
	}
	top := hits[0].sent
	cov := a.ix.coverage(covQuery, a.creditContext(top))
	sents := []int{top}
	// A second sentence when it adds coverage and scores close.
	if len(hits) > 1 && hits[1].score > hits[0].score*0.8 {
		if c2 := a.ix.coverage(covQuery, append(a.creditContext(top), hits[1].sent)); c2 > cov {
			sents, cov = append(sents, hits[1].sent), c2
		}
	}
	// "By how many places a year…": a number that counts what the
	// question counts is evidence of the answer's type itself, and
	// stands for a word of the question's many others.
	counted := q.counted != "" && len(sents) == 1 && a.counts(top, termOf(q.counted)) && a.countedWordsIn(q, top)
	if cov < 0.5 || len(covQuery) >= 3 && cov < 0.6 && !counted {
		return a.topicSearch(covQuery, &names, keep)
	}
	// "Asked to describe the device, O'Neill said, “Not going to go into
	// that.”": the article says the answer was withheld.
	if len(sents) == 1 && (a.info[top].refusal() || a.info[top].undisclosed(q.content)) && !(q.wh == "who" && a.info[top].subjectSetOff()) {
		return Result{Answer: "The article doesn't say; it reports only that the answer was withheld: " + a.sents[top] + " " + ref(top), Citations: a.cite(top), Declined: true}, true
	}
	// "The tagline? “We're On It.”": a short question the article asks
	// itself is answered by the sentence after it.
	if len(sents) == 1 && top+1 < len(a.sents) && strings.HasSuffix(strings.TrimRight(a.sents[top], "”\" "), "?") && len(words(a.sents[top])) <= 6 {
		sents = append(sents, top+1)
		// A quotation the sentence splitter cut ("“Meth." / "We're on
		// it.”") runs on to its end, within the paragraph.
		ss := a.brief.Sentences
		text := a.sents[top+1]
		for j := top + 2; j < len(ss) && j <= top+4 && ss[j].Para == ss[top].Para && unbalanced(text); j++ {
			sents = append(sents, j)
			text += " " + a.sents[j]
		}
	}
	r := a.sentencesAnswer(sents, 0.4+cov/2)
	if q.atype == typePlace && sents[0] == a.datelined && !q.future() && !a.info[top].placesAnything() {
		// "OSLO - Negotiators wrapped up talks here on Friday": the
		// sentence says where only by the dateline.
		r.Answer = fmt.Sprintf("In %s (the story's dateline): %s", a.brief.Dateline, r.Answer)
	}
	return r, true
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
func (a *Article) preferStory(hits []hit, query []string) {
	if !a.furniture(hits[0].sent) {
		return
	}
	cov := a.ix.coverage(query, []int{hits[0].sent})
	for k := 1; k < len(hits); k++ {
		if hits[k].score < hits[0].score/3 {
			return
		}
		if !a.furniture(hits[k].sent) && a.ix.coverage(query, a.withContext(hits[k].sent)) >= cov {
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
	for _, t := range an.Tokens {
		if t.Head == -1 && t.UPOS == "VERB" {
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
// its quotation marks, the sentence that ends the paragraph before, which news writes to set the quotation up ("Boudreau
// has told his players not to look at the standings." / "“It's hard not
// to,” Suter said.").
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
		return []int{i, i - 1}
	}
	return a.withContext(i)
}
