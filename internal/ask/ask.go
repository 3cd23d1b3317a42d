// Package ask answers follow-up questions about an article from the article
// alone: retrieval over its sentences (BM25 over stems and lemmas, with
// comparatives, negotiation paraphrases and the article's own acronyms)
// together with the brief's structure — every quote and statement of X, in
// order, for "what did X say / demand / offer", positions for "what does X
// want", proposals for "what is on the table", next steps for "when" and
// "where", parties for "who is involved" — and the analysis layer's
// entities, which must hold the kind of answer a question asks for (a
// date, an amount, a place). Ordinals ("the first proposal") follow the
// article's order. The evidence must speak of every name the question
// writes (by name, by a pronoun the analysis layer links to it, or by a
// description the article gives it: "the committee" after "Riverfund, a
// political action committee"), and a name the article never uses makes
// the question unanswerable. Who said what is checked before it is
// repeated: people who share a surname are kept apart, words a speaker
// was dared to say or would not say are not theirs, a few quoted words
// inside someone else's reported speech are that speaker's, and a
// sentence that holds two speakers' words is cut to the asker's. Every
// answer cites the sentences it rests on; a question the article does not
// answer is declined, not guessed. It is pure: no network, no database,
// no LLM.
package ask

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// Turn is an earlier question and its answer in the same conversation.
type Turn struct {
	Question string
	Answer   string
}

// Citation is a sentence an answer rests on.
type Citation struct {
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

// Result is an answer.
type Result struct {
	Answer     string     `json:"answer"`
	Citations  []Citation `json:"citations"`
	Confidence float64    `json:"confidence"`
	// Declined is true when the article does not answer the question.
	Declined bool `json:"declined"`
	// Focus is the person or party the answer is about, for follow-ups.
	Focus string `json:"-"`
}

// Article is an article prepared for questions. Build it once with New and
// ask it many questions; it is safe for concurrent use.
type Article struct {
	brief *summarize.Brief
	sents []string
	ix    *index
	names []name
	info  []sentInfo // what the analysis layer reads in each sentence
	an    *nlp.Analyzer
	acr   acronyms
	// speech is every quote and statement, in article order.
	said []utterance
	// datelined is the story's first sentence when a dateline places it
	// ("OSLO - Negotiators wrapped up talks here on Friday…"), else -1.
	datelined int
}

// name is a person, party or body the article speaks of.
type name struct {
	full   string
	kind   string
	keys   []string // lower-case words that refer to it ("rubio", "zelenskyy")
	people []string // for a party: its people
	// whole, when set, are the words a text must hold all of to name it
	// (names the brief does not list, taken from the question).
	whole []string
}

// New prepares the article whose brief (with its sentences) is b. It reads
// the sentences with the analysis layer (lemmas, entities, trees): pass a
// shared one with WithAnalyzer; without it New loads one, which is cheap
// (the models are read in place), and without a working one it answers
// from words alone.
func New(b *summarize.Brief, opts ...Option) *Article {
	var c config
	for _, o := range opts {
		o(&c)
	}
	if c.analyzer == nil {
		if an, err := nlp.New(); err == nil {
			c.analyzer = an
		}
	}
	a := &Article{brief: b, an: c.analyzer}
	paras := make([]int, 0, len(b.Sentences))
	for _, s := range b.Sentences {
		a.sents = append(a.sents, s.Text)
		paras = append(paras, s.Para)
	}
	a.ix = newIndex(a.sents)
	a.info = analyse(c.analyzer, a.sents, paras)
	for i := range a.info {
		a.ix.addTerms(i, a.info[i].lemmaTerms())
		a.ix.addTerms(i, a.info[i].coref)
		a.ix.addTerms(i, a.info[i].countryTerms())
	}
	// The dateline's place is where the first sentence happens: its
	// words are that sentence's too ("How long was the Oslo round?").
	a.datelined = -1
	if b.Dateline != "" {
		for i, s := range b.Sentences {
			if !s.Furniture {
				a.datelined = i
				a.ix.addTerms(i, terms(b.Dateline))
				break
			}
		}
	}
	a.acr = buildAcronyms(a.sents)
	a.acr.nounPhrases(a.info)
	a.acr.fileExpansions(a.ix, a.sents)
	a.names = collectNames(b)
	a.said = a.utterances()
	return a
}

// titleish words are not keys of a name.
var titleish = set(`mr mrs ms dr sen rep president minister secretary the of and de van von al bin jr sr state prime
general chancellor leader chief`)

// collectNames gathers every name of the brief with the words that refer to it.
func collectNames(b *summarize.Brief) []name {
	var out []name
	seen := map[string]int{}
	add := func(full, kind string) int {
		if full == "" {
			return -1
		}
		k := strings.ToLower(full)
		if i, ok := seen[k]; ok {
			return i
		}
		n := name{full: full, kind: kind}
		for _, w := range words(full) {
			if len(w) >= 2 && !titleish[w] && !isStop(w) {
				n.keys = append(n.keys, w)
			}
		}
		for _, alias := range summarize.Aliases(full) {
			for _, w := range words(alias) {
				if !isStop(w) && !titleish[w] {
					n.keys = append(n.keys, w) // "hague" of "the Hague", not "the"
				}
			}
		}
		out = append(out, n)
		seen[k] = len(out) - 1
		return len(out) - 1
	}
	for _, p := range b.Parties {
		i := add(p.Name, p.Kind)
		for _, person := range p.People {
			add(person, summarize.KindPerson)
			if i >= 0 {
				out[i].people = append(out[i].people, person)
			}
		}
	}
	for _, q := range b.Quotes {
		add(q.Speaker, "")
	}
	for _, st := range b.Statements {
		add(st.Speaker, "")
	}
	for _, p := range b.Positions {
		add(p.Party, "")
	}
	for _, p := range b.Proposals {
		add(p.By, "")
	}
	return out
}

// Answer answers a question about the article, using the conversation so
// far (oldest first) to resolve "he", "they" and "what about …".
func (a *Article) Answer(question string, history []Turn) Result {
	if first, second, ok := splitCompound(question); ok {
		// "What raise is the district offering, and what is the union
		// seeking?": two questions, each answered from its own
		// evidence; where either part finds none, the question as a
		// whole.
		r1 := a.answerOne(first, history)
		if !r1.Declined {
			r2 := a.answerOne(second, append(slices.Clip(history), Turn{Question: first, Answer: r1.Answer}))
			if !r2.Declined {
				return joinAnswers(r1, r2)
			}
		}
	}
	return a.answerOne(question, history)
}

// splitCompound splits a question that asks two things joined by ", and"
// and a question word ("What pay rise is the federation demanding, and
// what have the owners offered?") into its two questions.
func splitCompound(question string) (first, second string, ok bool) {
	lower := strings.ToLower(question)
	for _, wh := range []string{"what", "how", "when", "where", "who", "which", "why"} {
		k := strings.Index(lower, ", and "+wh+" ")
		if k < 0 {
			continue
		}
		first = strings.TrimSpace(question[:k]) + "?"
		rest := strings.TrimSpace(question[k+len(", and "):])
		if len(strings.Fields(first)) < 3 || len(strings.Fields(rest)) < 3 {
			return "", "", false
		}
		r, size := utf8.DecodeRuneInString(rest)
		return first, string(unicode.ToUpper(r)) + rest[size:], true
	}
	return "", "", false
}

// joinAnswers gives two answers as one: both texts (the second only
// where it says more), their citations without repeats.
func joinAnswers(r1, r2 Result) Result {
	out := r1
	if r2.Answer != r1.Answer {
		out.Answer = r1.Answer + "\n" + r2.Answer
	}
	out.Citations = slices.Clone(r1.Citations)
	for _, c := range r2.Citations {
		if !slices.ContainsFunc(out.Citations, func(d Citation) bool { return d.Sentence == c.Sentence }) {
			out.Citations = append(out.Citations, c)
		}
	}
	out.Confidence = min(r1.Confidence, r2.Confidence)
	return out
}

// answerOne answers one question.
func (a *Article) answerOne(question string, history []Turn) Result {
	q := a.parse(question, history)
	if len(q.words) == 0 {
		return decline("Ask a question about the article, for example “who proposed the ceasefire?”", "")
	}
	var r Result
	var ok bool
	switch q.intent {
	case intentSummary:
		r, ok = a.summary()
	case intentParties:
		r, ok = a.parties()
	default:
		if r, ok := a.identity(q); ok {
			return r
		}
		if r, ok := a.officeHolder(q); ok {
			return r
		}
		if r, ok := a.age(q); ok {
			return r
		}
		if q.intent == intentQuote && q.ent == nil && len(q.subjectPhrase) > 0 {
			q.introduced = a.introducedAs(q.desc.head, q.subjectPhrase)
			if q.introduced != nil && a.describedAs(q.desc, q.subjectPhrase) == nil {
				// "the mother of the kidnapped 21-year-old": words the
				// article puts otherwise ("whose son Omer, 21, was seized").
				for _, w := range q.subjectPhrase {
					q.known[w] = true
				}
			}
		}
		if why := a.unanswerable(q); why != "" {
			if r, ok := a.speechOffTopic(q); ok {
				return r
			}
			return decline(why, q.focusName())
		}
		r, ok = a.structured(q)
		deadline := q.intent == intentNext && (slices.Contains(q.words, "deadline") || slices.Contains(q.words, "ultimatum"))
		if !ok && q.intent != intentQuote && (q.intent != intentWhoSaid || a.ix.has(whoSaidVerb(q))) && !deadline {
			// No structured answer: the best sentences, if they cover the
			// question. A question about what someone said is not answered
			// with what someone else said, nor one about a deadline with
			// any date (the next steps hold every date set as a limit).
			r, ok = a.search(q)
		}
		if ok && (!a.givesRate(q, r) || !a.givesTime(q, r) || !a.givesPrice(q, r) || !a.givesHolder(q, r) || !a.givesObject(q, r) || !a.givesOwner(q, r) || !a.givesWhen(q, r) || !a.givesSized(q, r) || !a.givesTopic(q, r) || !a.givesMeasured(q, r) || !a.givesDone(q, r) || !a.givesPast(q, r) || !a.givesFutureWhen(q, r) || !a.givesWhichNamed(q, r)) {
			// "How many passengers does Fjordair fly a year?" is not
			// answered by the passengers one day's strike hit, nor
			// "how much … last year" by another year's figure, nor
			// "who is the arbiter?" by "will appoint an arbiter".
			ok = false
		}
	}
	if !ok {
		return decline(a.notSaid(q), q.focusName())
	}
	if r.Focus == "" {
		r.Focus = q.focusName()
	}
	return r
}

// structured answers from the brief's structure for the intents that have one.
func (a *Article) structured(q *question) (Result, bool) {
	switch q.intent {
	case intentQuote:
		if q.ent != nil && offerVerbs[q.speechVerb] {
			// "What did Turkey offer?": what the brief lists as put on
			// the table by Turkey ("the Turkish side had initially
			// offered 350 cubic metres"), before anything Turkey said.
			if r, ok := a.proposals(q); ok {
				return r, true
			}
		}
		if r, ok := a.speech(q); ok {
			return r, true
		}
		if r, ok := a.speechOffTopic(q); ok {
			return r, true
		}
		if q.ent == nil && len(q.subjectPhrase) > 0 && demandLemmas[q.speechVerb] {
			// "What did the studios offer on pay?" where no one the
			// article quotes is the studios: the sentence that says
			// what was offered, naming them ("The AMPTP, which
			// bargains for the studios, has offered 4.5%").
			if r, ok := a.deedInText(q); ok {
				return r, true
			}
		}
		if q.ent != nil && demandLemmas[q.speechVerb] {
			return a.proposals(q)
		}
		return Result{}, false
	case intentWhoSaid:
		return a.whoSaid(q)
	case intentWhoProposed, intentProposal:
		return a.proposals(q)
	case intentPosition:
		return a.positions(q)
	case intentNext:
		return a.nextSteps(q)
	case intentIssues:
		return a.issues(q)
	case intentStatus:
		return a.status()
	case intentTerms:
		return a.terms()
	}
	return Result{}, false
}

// identity answers "who is X?" for a person or body of the article with
// the sentence that introduces X: the first that writes X's full name,
// where news gives the title or the description ("Retired U.S. Air Force
// Gen. Norman Ham is speaking out…").
func (a *Article) identity(q *question) (Result, bool) {
	ws := q.words
	if q.wh != "who" || q.ent == nil || len(ws) < 3 || ws[0] != "who" || ws[1] != "is" && ws[1] != "was" && ws[1] != "are" && ws[1] != "were" {
		return Result{}, false
	}
	for i, w := range ws[2:] {
		if !slices.Contains(q.ent.keys, w) && !titleish[w] && !isStop(w) {
			return Result{}, false // "who is leading the talks?"
		}
		// "who is the president of Malawi?" asks for a person by the
		// office, not who or what Malawi is: so does an office word a
		// preposition follows, whatever the analysis made of the name
		// after it ("the president of colombia", Colombia of no kind).
		if titleish[w] && (q.ent.kind != summarize.KindPerson && q.ent.kind != "" || !isStop(w) && officeOf(ws[2+i+1:])) {
			return Result{}, false
		}
	}
	full := words(q.ent.full)
	first := -1
	for i, s := range a.sents {
		if !containsRun(words(s), full) {
			continue
		}
		if first < 0 {
			first = i
		}
		if described(s, full) {
			first = i
			break
		}
	}
	if first < 0 {
		return Result{}, false
	}
	return Result{Answer: a.sents[first] + " " + ref(first), Citations: a.cite(first), Confidence: 0.7, Focus: q.ent.full}, true
}

// officeOf reports whether the words after an office word open with the
// preposition that ties it to a body or a place ("of", "for", "at", "in":
// "president of", "minister for").
func officeOf(rest []string) bool {
	return len(rest) > 0 && (rest[0] == "of" || rest[0] == "for" || rest[0] == "at" || rest[0] == "in")
}

// age answers "how old is X?" with the sentence that gives X's age the
// way news does: "Parise, 35, scored" or "X, a 35-year-old"; it declines
// when no sentence that names X gives an age.
func (a *Article) age(q *question) (Result, bool) {
	ws := q.words
	if q.ent == nil || len(ws) < 3 || ws[0] != "how" || ws[1] != "old" {
		return Result{}, false
	}
	for i, s := range a.sents {
		fs := strings.Fields(s)
		for k, f := range fs {
			// A word of the name, or every part of a hyphened one
			// ("Ofori-Darko,").
			w := words(f)
			if len(w) == 0 || slices.ContainsFunc(w, func(x string) bool { return !slices.Contains(q.ent.keys, x) }) {
				continue
			}
			// "Parise, 35," / "Braun, 38 –"
			if strings.HasSuffix(f, ",") && k+1 < len(fs) && isAge(strings.TrimRight(fs[k+1], ",;")) {
				return Result{Answer: s + " " + ref(i), Citations: a.cite(i), Confidence: 0.8, Focus: q.ent.full}, true
			}
			// "Parise, a 35-year-old"; "the 43-year-old man"
			for j := max(0, k-3); j < len(fs) && j <= k+4; j++ {
				if n, ok := strings.CutSuffix(strings.Trim(fs[j], ",."), "-year-old"); ok && isAge(n) {
					return Result{Answer: s + " " + ref(i), Citations: a.cite(i), Confidence: 0.8, Focus: q.ent.full}, true
				}
			}
			// "Kwabena Ofori-Darko … dies at 79", "Parise, aged 35", "at
			// the age of 79"
			for j := k + 1; j+1 < len(fs) && j <= k+12; j++ {
				if ageAt(fs, j) {
					return Result{Answer: s + " " + ref(i), Citations: a.cite(i), Confidence: 0.8, Focus: q.ent.full}, true
				}
			}
		}
	}
	return decline(fmt.Sprintf("The article doesn't give %s's age.", q.ent.full), q.ent.full), true
}

// ageAt reports whether the words fs[j:] open with an age as news gives
// one after a name: "aged 35", "dies at 79" (or "died", "dead"), "at the
// age of 79".
func ageAt(fs []string, j int) bool {
	w := strings.ToLower(fs[j])
	next := strings.TrimRight(fs[j+1], ",.;:")
	switch w {
	case "aged":
		return isAge(next)
	case "dies", "died", "dead":
		return strings.EqualFold(fs[j+1], "at") && j+2 < len(fs) && isAge(strings.TrimRight(fs[j+2], ",.;:"))
	case "age":
		return strings.EqualFold(fs[j+1], "of") && j+2 < len(fs) && isAge(strings.TrimRight(fs[j+2], ",.;:"))
	}
	return false
}

// isAge reports whether s is a number a person's age can be (1 to 119).
func isAge(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n > 0 && n < 120
}

// described reports whether sentence s gives the name (lower-case words)
// a description: a word of role right before it ("talk radio host Rush
// Limbaugh", "Gen. Norman Ham") or an appositive after it ("Lester Holt,
// the moderator").
func described(s string, name []string) bool {
	fs := strings.Fields(s)
	for k := 0; k+len(name) <= len(fs); k++ {
		match := true
		for j, n := range name {
			if ws := words(fs[k+j]); len(ws) != 1 || ws[0] != n {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		last := fs[k+len(name)-1]
		if strings.HasSuffix(last, ",") && k+len(name) < len(fs) {
			return true
		}
		if k > 0 {
			prev := strings.Trim(fs[k-1], ".,")
			if r := []rune(prev); len(r) > 0 && (unicode.IsLower(r[0]) && !isStop(prev) || titleish[strings.ToLower(prev)] || strings.HasSuffix(fs[k-1], ".")) {
				return true
			}
		}
	}
	return false
}

func decline(msg, focus string) Result {
	return Result{Answer: msg, Citations: []Citation{}, Confidence: 0, Declined: true, Focus: focus}
}

// notSaid words a decline for a question the article does not answer.
func (a *Article) notSaid(q *question) string {
	if q.intent == intentQuote && (q.ent != nil || len(q.subjectPhrase) > 0) {
		s := subjectOf(q)
		return fmt.Sprintf("The article doesn't report anything %s said%s.", s.label(), q.aboutPhrase())
	}
	return "The article doesn't say."
}

// doerWritten reports whether the article uses the verb of what one named
// by the noun w, or by a word for the same office, does ("teaches" for
// "professor", a word of the teacher's office), or the field one named by
// it practises ("economics" for "economist"): it may describe them so
// (roleFits reads the doer the same way).
func (a *Article) doerWritten(w string) bool {
	nouns := append([]string{w}, roleSynonyms[termOf(w)]...)
	h := termOf(w)
	for term := range a.ix.df {
		for _, n := range nouns {
			if agentNoun(term, n) {
				return true
			}
		}
		// "the energy economist": "…, who teaches energy economics".
		if strings.HasSuffix(h, "ist") && term != h && sameWordFamily(term, h) {
			return true
		}
	}
	return false
}

// lightVerbs are the terms of verbs whose meaning their object or
// particle carries ("take part", "make a deal", "give up"): a question's
// light verb the article does not write is no act it never reports.
var lightVerbs = set(`take make give get put set go come do have keep`)

// unanswerable returns why the article cannot answer q, or "": a name it
// never mentions, a number it never gives, the thing a "how many"
// question counts, or most of the question's content words. One missing
// word is not enough when the rest is there ("what rate …" where the
// article gives the tariff): the evidence's type and coverage decide.
func (a *Article) unanswerable(q *question) string {
	if q.unknownName != "" {
		return fmt.Sprintf("The article doesn't mention %s.", q.unknownName)
	}
	var missing []string
	hard := false
	for _, w := range q.checked {
		if q.known[w] || a.ix.has(termOf(w)) || a.nationWritten(w) {
			continue
		}
		if d := derived(termOf(w)); d != termOf(w) && a.ix.has(d) {
			continue // "cost recovery": "to recover its costs"
		}
		if _, generic := typeNouns[singular(w)]; generic && q.atype != typeAny {
			continue // "how much money": the amount answers
		}
		if speakWords[w] && q.atype != typeAny {
			continue // "where did she speak": the place answers
		}
		if timeVerbs[w] && (q.atype == typeDate || q.howLong) {
			continue // "when does the strike begin": the day answers
		}
		if durationVerbs[w] && (q.howLong || q.untilWhen() && a.endGiven(q)) {
			continue // "how long must monitoring continue": the length answers; "until when does the list apply": "runs until 2037"
		}
		if endVerbs[w] && q.atype == typeDate && a.endGiven(q) {
			continue // "when does the period end": "runs until 19 May"
		}
		if timeAdjectives[w] {
			continue // "the current rate": the article's present answers
		}
		if q.modalNeed(w) {
			continue // "what needs to happen": "must be approved"
		}
		if q.worksFor(w) {
			continue // "the consultancy Sosa works for": "chief economist at the consultancy Ecolatina"
		}
		if q.countsAnyone(w) || q.measured(w) || w == q.counted && peopleWords[termOf(w)] {
			continue // "how many people", "how deep", "how many workers": a number or a measure answers
		}
		if nameNouns[w] {
			continue // "the title of her memoir": the article gives the title
		}
		if tallyWords[w] && q.asksTally() {
			continue // "what was the vote count": "by 1,904 votes to 611"
		}
		if q.intent == intentQuote && (casualPeople[w] || genericBodies[w] || anyOffice[w] || (unwrittenHeads[w] || officeKinds[w] != nil) && w == q.desc.head) {
			continue // "the tea plucker lady", "the shipowners' group boss", "the nepal official": whoever the article describes so
		}
		if q.intent == intentQuote && w == q.desc.head && a.doerWritten(w) {
			continue // "the rijeka law professor": "…, who teaches the law of the sea at the University of Rijeka"
		}
		if q.intent == intentQuote && w == q.desc.head && !possessive(q.raw) && a.describedByIntroduction(q.desc.head, q.desc.others) != nil {
			// "the market trader from fomboni": "…, who sells clothes
			// at the market in Fomboni" (but "Betty Shelby's lawyer" is
			// one the article must call so).
			continue
		}
		if _, ord := ordinals[w]; ord {
			continue // "the original agreement": the article's order answers
		}
		if (w == "next" || w == "upcoming" || stepNouns[w]) && q.asksNext() {
			continue // "who do they play next", "the next step": a time to come answers
		}
		if numberWords[w] && w != q.counted {
			continue // "the two sides"
		}
		missing = append(missing, w)
		if q.wh == "who" && q.atype == typeAgent && !lightVerbs[termOf(w)] && termOf(w) == termOf(a.questionVerb(q)) {
			// "who owns gulf crest": who does what the article never
			// says anyone does is not who does something else there
			// (but "who took part" says it with its noun).
			hard = true
		}
		if w == q.counted || w[0] >= '0' && w[0] <= '9' || q.askedTerm != "" && termOf(w) == q.askedTerm || q.howMuch && q.countedEvent(w) {
			hard = true
		}
	}
	if len(missing) == 0 {
		return ""
	}
	if !hard && (q.atype == typeQuantity || q.atype == typeMoney) && 2*len(missing) <= len(q.checked) && a.commonWords(missing) {
		return "" // "how much is the company paying": the sum answers, however the article words the paying
	}
	covered := float64(len(q.checked)-len(missing)) / float64(len(q.checked))
	if !hard && covered >= 0.75 && len(q.checked) >= 4 {
		return ""
	}
	return fmt.Sprintf("The article doesn't say: it never mentions %s.", quoteList(missing))
}

// commonWords reports whether every word of ws is common in English (the
// analysis layer's lexicon, counted over a treebank): words any article
// may put otherwise ("paying", "cover", "live"), unlike a rarer one that
// names what the question is about.
func (a *Article) commonWords(ws []string) bool {
	if a.an == nil {
		return false
	}
	for _, w := range ws {
		if !a.an.CommonWord(w) {
			return false
		}
	}
	return true
}

// countedEvent reports whether w is the passive verb of what a "how many"
// question counts ("how many people have been killed", "how many were
// arrested"): a number of people displaced does not answer how many were
// killed.
func (q *question) countedEvent(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	k := slices.Index(q.words, w)
	if k < 1 {
		return false
	}
	switch q.words[k-1] {
	case "were", "was", "been", "be", "are", "is", "get", "got", "getting", "being":
		return true
	}
	return false
}

// endGiven reports whether a sentence holds every word q checks that the
// article uses (its end verbs aside) and a word that gives an end
// ("until", "through").
func (a *Article) endGiven(q *question) bool {
	for i := range a.sents {
		ws := words(a.sents[i])
		ok := slices.ContainsFunc(endWords, func(e string) bool { return slices.Contains(ws, e) })
		for _, w := range q.checked {
			if !ok {
				break
			}
			if endVerbs[w] || isStop(w) || q.whHead(w) || !a.ix.has(termOf(w)) {
				continue
			}
			ok = a.ix.sentenceHas(i, termOf(w))
		}
		if ok {
			return true
		}
	}
	return false
}

func quoteList(ws []string) string {
	qs := make([]string, len(ws))
	for i, w := range ws {
		qs[i] = "“" + w + "”"
	}
	switch len(qs) {
	case 1:
		return qs[0]
	case 2:
		return qs[0] + " or " + qs[1]
	}
	return strings.Join(qs[:len(qs)-1], ", ") + " or " + qs[len(qs)-1]
}

// cite builds the citations of sentences, in article order, without repeats.
func (a *Article) cite(sents ...int) []Citation {
	s := slices.Clone(sents)
	slices.Sort(s)
	s = slices.Compact(s)
	out := make([]Citation, 0, len(s))
	for _, i := range s {
		if i >= 0 && i < len(a.sents) {
			out = append(out, Citation{Sentence: i, Text: a.sents[i]})
		}
	}
	return out
}

// deedInText answers "what did <description> offer / demand (on Y)?"
// with the first sentence whose verb is the one asked (its lemma), with
// the description's head in its subject ("The AMPTP, which bargains for
// the studios, has offered…"; not "rejected the studios' offer"), and
// that, with the sentence before it in its paragraph, holds every word
// of the description and of the topic Y.
func (a *Article) deedInText(q *question) (Result, bool) {
	verb := porter(q.speechVerb)
	need := make([]string, 0, len(q.subjectPhrase)+len(q.topic))
	for _, w := range q.subjectPhrase {
		need = append(need, porter(w))
	}
	need = append(need, q.topic...)
	head := porter(q.subjectPhrase[len(q.subjectPhrase)-1])
	for i := range a.sents {
		si := &a.info[i]
		has := false
		for v, t := range si.toks {
			if t.UPOS == "VERB" && porter(strings.ToLower(t.Lemma)) == verb && (si.subjectHolds(v, head) || si.controllerHolds(v, head)) {
				has = true
			}
		}
		if !has || a.ix.coverage(need, a.withContext(i)) < 1 {
			continue
		}
		return Result{Answer: a.sents[i] + " " + ref(i), Citations: a.cite(i), Confidence: 0.6}, true
	}
	return Result{}, false
}

// controllerHolds reports whether a verb with no subject of its own,
// hung from another verb ("The US fleet had opened the week offering
// $10,800"), has one whose subject holds a word whose stem is stem.
func (si *sentInfo) controllerHolds(v int, stem string) bool {
	t := si.toks[v]
	if h := t.Head; h >= 0 && h < len(si.toks) && (t.Rel == "advcl" || t.Rel == "xcomp") && !slices.ContainsFunc(si.toks, func(c nlp.Token) bool {
		return c.Head == v && strings.HasPrefix(c.Rel, "nsubj")
	}) {
		return si.subjectHolds(h, stem)
	}
	return false
}

// subjectHolds reports whether the subject of token v (its nsubj and
// what hangs from it) holds a word whose stem is stem.
func (si *sentInfo) subjectHolds(v int, stem string) bool {
	for k, t := range si.toks {
		if t.Head != v || !strings.HasPrefix(t.Rel, "nsubj") {
			continue
		}
		for _, j := range si.subtree(k) {
			if porter(strings.ToLower(si.toks[j].Text)) == stem {
				return true
			}
		}
	}
	return false
}

// leadHas reports whether the article's first two sentences (its
// headline and opening) hold every stem of topic.
func (a *Article) leadHas(topic []string) bool {
	lead := make([]int, 0, 2)
	for i := 0; i < 2 && i < len(a.sents); i++ {
		lead = append(lead, i)
	}
	return len(topic) > 0 && a.ix.coverage(topic, lead) >= 1
}

// paragraphOf returns the sentences of sentence i's paragraph.
func (a *Article) paragraphOf(i int) []int {
	ss := a.brief.Sentences
	if i < 0 || i >= len(ss) || len(ss) != len(a.sents) {
		return []int{i}
	}
	lo, hi := i, i+1
	for lo > 0 && ss[lo-1].Para == ss[i].Para {
		lo--
	}
	for hi < len(ss) && ss[hi].Para == ss[i].Para {
		hi++
	}
	out := make([]int, 0, hi-lo)
	for k := lo; k < hi; k++ {
		out = append(out, k)
	}
	return out
}

// topicLabel writes the topic of q as the question words it.
func (a *Article) topicLabel(q *question) string {
	var out []string
	for _, w := range writtenWords(q.raw) {
		if slices.Contains(q.topic, porter(strings.ToLower(w))) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return "it"
	}
	return "the " + strings.Join(out, " ")
}

// ref formats a sentence number as the answer cites it.
func ref(i int) string { return fmt.Sprintf("[%d]", i) }

// speechOffTopic answers "what did X say about Y" where the article never
// words Y as the question does but reports what X said: everything X
// said, after a line that says Y's words are not among it, so that a
// paraphrase of Y is not lost and nothing is claimed to be about Y.
func (a *Article) speechOffTopic(q *question) (Result, bool) {
	if q.intent != intentQuote || len(q.topic) == 0 || q.ent == nil && len(q.subjectPhrase) == 0 || demandLemmas[q.speechVerb] {
		return Result{}, false
	}
	all := *q
	all.topic = nil
	r, ok := a.speech(&all)
	if !ok || r.Declined {
		return Result{}, false
	}
	// The topic's words as the question writes them; a name the article
	// never mentions ("about Gary Johnson") is a topic it cannot hold.
	var missing []string
	for k, w := range writtenWords(q.raw) {
		l := strings.ToLower(w)
		if w == "" || !slices.Contains(q.topic, porter(l)) || a.ix.has(termOf(l)) || slices.Contains(missing, l) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); k > 0 && unicode.IsUpper(r) {
			return Result{}, false
		}
		missing = append(missing, l)
	}
	if len(missing) == 0 {
		// Y is what the whole article is about (its headline and
		// opening say so: "the truce" in a story of a truce) and the
		// paragraph where X speaks is about it too: what X said there
		// is said about it.
		if !a.leadHas(q.topic) || !slices.ContainsFunc(r.Citations, func(c Citation) bool { return a.ix.coverage(q.topic, a.paragraphOf(c.Sentence)) >= 1 }) {
			return Result{}, false
		}
		r.Answer = fmt.Sprintf("Everything the article reports %s said (it is all about %s):\n%s", subjectOf(q).label(), a.topicLabel(q), r.Answer)
		r.Confidence = min(r.Confidence, 0.6)
		return r, true
	}
	r.Answer = fmt.Sprintf("The article never mentions %s; everything it reports %s said:\n%s", quoteList(missing), subjectOf(q).label(), r.Answer)
	r.Confidence = min(r.Confidence, 0.5)
	return r, true
}

// possessive reports whether a question writes a possessive ("Shelby's
// lawyer", "the herders' leader").
func possessive(raw string) bool {
	for _, m := range []string{"'s ", "’s ", "s' ", "s’ "} {
		if strings.Contains(raw, m) {
			return true
		}
	}
	return false
}
