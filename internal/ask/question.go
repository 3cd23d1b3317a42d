package ask

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// intent is what a question asks for.
type intent int

const (
	intentSearch      intent = iota // anything else: the best sentences
	intentSummary                   // what is this about
	intentParties                   // who is involved
	intentQuote                     // what did X say (about Y)
	intentWhoSaid                   // who said / called / warned ...
	intentWhoProposed               // who proposed X
	intentProposal                  // what is on the table
	intentPosition                  // what does X want / refuse
	intentNext                      // when / where do talks resume, what happens next
	intentIssues                    // what are the sticking points, what divides them
	intentStatus                    // is there a deal, did they reach an agreement
	intentTerms                     // what was agreed, what is in the deal
)

// question is a parsed question.
type question struct {
	raw          string
	words        []string // lower-case words
	wh           string   // who, what, when, where, why, how, which, or ""
	intent       intent
	ent          *name    // the person or party asked about
	unknownName  string   // a capitalised name the article never mentions
	content      []string // stems of the content words
	contentWords []string // the same words as written (lower case)
	topic        []string // content stems that are neither the name nor the intent's own words
	checked      []string // content words the article must use for the question to be answerable
	howMuch      bool     // how many / how much / how long / what percentage
	howLong      bool     // how long: a duration, which dates answer too
	howOften     bool     // how often: a frequency ("every three months")
	atPoint      bool     // "at what point": a condition ("whenever the level falls…") or a measure
	followUp     bool
	// speechVerb is the verb of "what did X say / demand / offer …" and
	// subjectPhrase, when X is no name of the article, its description
	// ("mitsubishi spokesman", "au delegates"), head last.
	speechVerb    string
	subjectPhrase []string
	// speechAt is the index in words of the question's verb of speech
	// ("say" of "what did the oldest man on the island say"), 0 when none.
	speechAt int
	// desc is the description subjectPhrase holds, read whole: its head
	// ("mother" of "the mother of the kidnapped 21-year-old") and other
	// words (see subject); introduced is the one person whose
	// introduction fits it where the article does not write it
	// (introducedAs), set before answering.
	desc       description
	introduced *name
	// according is the index of "according" in "what …, according to
	// X?", which asks for X's words on what comes before it; 0 for none.
	according int
	// also is the second of two names the question asks about together
	// ("what did EADS and BAE Systems say"), nil for one.
	also *name
	// ordinal is 1, 2, 3 … for "the first / second …", -1 for "the latest
	// / last", 0 for none; ordNoun is the stem of the noun it qualifies.
	ordinal int
	ordNoun string
	// atype is the kind of answer asked for; counted, for "how many X",
	// is X, which the evidence must name.
	atype   answerType
	counted string
	// sized, for "how big is the raise?" or "how much was the bonus?",
	// is the stem of the noun whose size is asked: a sentence that names
	// it answers only with a figure that belongs to it.
	sized string
	// priced: sized is what a "how much will X cost?" question prices,
	// whose figure must be a sum of money.
	priced bool
	// massed is the stem of the noun right after "how much" ("salt" of
	// "how much salt does the mine yield?"), a thing measured: evidence
	// that does not name it must at least measure something.
	massed string
	// known are question words the article writes differently: an acronym
	// it spells out, or a name it abbreviates.
	known map[string]bool
	// askedTerm is the index term of the noun a question of the form
	// "what is X's N?", "who is the N of X?" or "when is the N?" asks
	// about ("revenu" of
	// "what is Home Depot's revenue for the quarter?"), which the evidence
	// must name; "" for other questions.
	askedTerm string
	// verbTerm is the index term of the question's main verb, when it is
	// one the article uses and no verb of being, having, doing, saying or
	// taking a stand (which the article may put in other words).
	verbTerm string
	// unusedVerb is the term of the main verb when the article uses
	// neither it nor a word for it ("who will supply the monitors?" of an
	// article that never supplies anything); verbTerm is then "".
	unusedVerb string
	// analysis is what the analysis layer reads in the question, once.
	analysis *nlp.Analysis
}

// analyse returns the analysis layer's reading of the question, or nil
// without one.
func (a *Article) analyse(q *question) *nlp.Analysis {
	if q.analysis == nil && a.an != nil {
		q.analysis = a.an.Analyze(q.raw)
	}
	return q.analysis
}

// speechVerbs are the verbs of questions about what someone said, wants
// or offers.
var speechVerbs = set(`say said says tell told tweet tweeted write wrote warn warned argue argued claim claimed announce
announced demand demanded demands offer offered offers propose proposed proposes urge urged urges call called
insist insisted comment commented respond responded react reacted promise promised threaten threatened suggest
suggested reply replied accuse accused predict predicted add added saying telling warning arguing claiming
demanding offering proposing urging calling insisting promising threatening suggesting predicting
describe described describes describing characterize characterized characterise characterised portray portrayed
depict depicted summarize summarized summarise summarised sum concede conceded acknowledge acknowledged
explain explained stress stressed note noted maintain maintained counter countered remark remarked
observe observed caution cautioned recall recalled judge judged assess assessed evaluate evaluated view viewed
justify justified defend defended answer answered gauge gauged size sized weigh weighed appraise appraised
expect expects expected`)

// speakWords name the act of speaking; in a question that asks for a
// place, a date or an amount they need no match in the article.
var speakWords = set(`speak speaks spoke spoken speaking talk talked talking remarks appear appeared appearance`)

// timeVerbs say that an event begins; in a question that asks when they
// need no match in the article: "when does the strike begin?" is
// answered by the strike's day, however the article words its start
// ("will walk off the job at 7 a.m. Tuesday"). Its end is another
// matter: "when will the contract expire?" asks what an article that
// never speaks of it cannot say.
var timeVerbs = set(`begin begins began begun start starts started last lasts lasted lasting kick kicks kicked commence commences commenced`)

// durationVerbs say that something goes on (or is in force: "apply"); in
// a question that asks how long, the length answers them ("how long must the monitoring continue
// after the campaign": "monitoring for five years after it ends").
var durationVerbs = set(`continue continues continued run runs ran remain remains remained stay stays stayed go goes went apply applies applied`)

// untilWhen reports whether the question asks the end of a span of time:
// "until when …", "until what year …".
func (q *question) untilWhen() bool {
	return q.atype == typeDate && len(q.words) > 1 && (q.words[0] == "until" || q.words[0] == "till")
}

// endVerbs say that something ends. A "when" question with one needs no
// match where a sentence holds the question's other words and a word that
// gives an end ("The acceptance period runs until 19 May" for "when does
// the acceptance period end?"); elsewhere it asks what the article does
// not say.
var endVerbs = set(`end ends ended expire expires expired finish finishes finished conclude concludes concluded`)

// endWords give the end of a span of time.
var endWords = []string{"until", "till", "through", "expires", "expire", "ends"}

// timeAdjectives place what they modify at the time of writing ("the
// current rate"): the article's present answers them.
var timeAdjectives = set(`current present now`)

// numberWords are small numbers written out; "the two sides" needs no
// "two" in the article.
var numberWords = set(`two three four five six seven eight nine ten both`)

// phrasalVerbs are verbs of two words a question may use where the
// article writes one ("turned down" the request it "rejected"): the
// verb's one-word equivalent, by the verb and its particle.
var phrasalVerbs = map[[2]string]string{
	{"turn", "down"}: "reject", {"turned", "down"}: "reject", {"turns", "down"}: "reject",
	{"call", "off"}: "cancel", {"called", "off"}: "cancel",
	{"pull", "out"}: "withdraw", {"pulled", "out"}: "withdraw",
	{"walk", "out"}: "strike", {"walked", "out"}: "strike",
	{"step", "down"}: "resign", {"stepped", "down"}: "resign",
	{"go", "off"}: "explode", {"went", "off"}: "explode",
	{"take", "over"}: "acquire", {"took", "over"}: "acquire",
	{"set", "up"}:  "establish",
	{"run", "out"}: "expire", {"runs", "out"}: "expire", {"ran", "out"}: "expire",
	{"let", "go"}: "release", {"letting", "go"}: "release", {"lets", "go"}: "release",
	{"set", "free"}: "release", {"setting", "free"}: "release",
	{"kick", "in"}: "effect", {"kicks", "in"}: "effect", {"kicked", "in"}: "effect",
	{"pick", "up"}: "resume", {"picks", "up"}: "resume", {"picked", "up"}: "resume",
	{"hand", "out"}: "distribute", {"handed", "out"}: "distribute", {"hands", "out"}: "distribute",
	{"give", "out"}: "distribute", {"given", "out"}: "distribute", {"gave", "out"}: "distribute",
	{"share", "out"}: "distribute", {"shared", "out"}: "distribute",
}

// phrasalTerm returns the index term of the one-word verb that word k of
// ws with the word after it stands for ("turned down": reject), or of the
// noun English makes of the two ("locked out": lockout, "laid off":
// layoff, "walked out": walkout), or "".
func phrasalTerm(ws []string, k int) string {
	if k+1 >= len(ws) {
		return ""
	}
	if v, ok := phrasalVerbs[[2]string{ws[k], ws[k+1]}]; ok {
		return termOf(v)
	}
	if compoundParticles[ws[k+1]] && len(ws[k]) >= 3 && !isStop(ws[k]) {
		return porter(termOf(ws[k]) + ws[k+1])
	}
	return ""
}

// compoundParticles are the particles of phrasal verbs English also
// writes as one noun ("lockout", "layoff", "shutdown", "takeover").
var compoundParticles = set(`out off over down up`)

// adverbialPhrases are phrases of two words that only qualify a
// question's verb ("concluded so far"); their second word is no content.
var adverbialPhrases = map[[2]string]bool{{"so", "far"}: true, {"as", "yet"}: true, {"at", "least"}: true,
	{"at", "most"}: true, {"at", "all"}: true, {"by", "now"}: true,
	{"are", "left"}: true, {"is", "left"}: true, {"were", "left"}: true, {"was", "left"}: true, {"be", "left"}: true}

// questionPreps may open a question before its question word.
var questionPreps = set(`in on at for from to by since until during under with`)

// frontedPhrase returns the question with a phrase set off before its
// question word moved to its end ("Under the compromise idea, how long
// would a review last?" -> "how long would a review last, under the
// compromise idea?"), so that the question word leads as the parse
// expects, or dropped where it sets something aside ("Besides the
// stipend, what…"); ok is false when there is none.
func frontedPhrase(raw string) (string, bool) {
	before, after, ok := strings.Cut(raw, ", ")
	if !ok {
		return raw, false
	}
	wa, wb := words(after), words(before)
	if len(wa) < 2 || !whWords[wa[0]] || len(wb) == 0 || len(wb) > 8 || slices.ContainsFunc(wb, func(w string) bool { return whWords[w] }) {
		return raw, false
	}
	switch wb[0] {
	case "and", "so", "but", "ok", "okay", "well", "yes", "no", "now", "also":
		return raw, false // a follow-up's opening, not a phrase of the question
	}
	if n := len(wb); n >= 3 && wb[0] == "in" && wb[n-2] == "own" && (wb[n-1] == "words" || wb[n-1] == "word") {
		// "In his own words, why is the assembler striking?": what the
		// one the question is about said about it.
		if q, ok := ownWords(after); ok {
			return q, true
		}
	}
	switch wb[0] {
	case "besides", "beside", "apart", "aside", "excluding", "except":
		// "Besides the stipend, what support…": what is set aside is no
		// topic of the answer.
		return after, true
	}
	first, rest, _ := strings.Cut(before, " ")
	if lw := strings.ToLower(first); isStop(lw) || questionPreps[lw] || frontingWords[lw] {
		first = lw
	}
	before = strings.TrimSpace(first + " " + rest)
	return strings.TrimRight(strings.TrimSpace(after), "?") + ", " + before + "?", true
}

// ownWords rewrites a question asked "in his own words" ("why is the
// second-tier assembler striking?") as one for what its subject said
// about it ("What did the second-tier assembler say about striking?"): the
// subject runs from after the auxiliary to the first verb form in -ing
// or -ed. It reports false for a question of another shape.
func ownWords(q string) (string, bool) {
	fs := strings.Fields(strings.TrimRight(strings.TrimSpace(q), "?"))
	if len(fs) < 4 || !whWords[strings.ToLower(fs[0])] || !auxWords[strings.ToLower(fs[1])] {
		return q, false
	}
	for j := 3; j < len(fs); j++ {
		w := strings.ToLower(fs[j])
		if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			return "What did " + strings.Join(fs[2:j], " ") + " say about " + strings.Join(fs[j:], " ") + "?", true
		}
	}
	return q, false
}

// frontingWords open a phrase set off before a question's question word
// ("Besides the stipend, what…", "According to the union, how many…").
var frontingWords = set(`according given after before beyond despite unlike like including under over during following`)

// tellVerbs are the forms of "tell", whose object is whom one tells.
var tellVerbs = set(`tell tells told telling`)

var auxWords = set(`did does do has have had is was were are will would could can`)

// doWords are the forms of "do" that, after "who", leave it the object
// ("who did Ham give the interview to?").
var doWords = set(`did does do`)

// ordinals are the words of order a question may use.
var ordinals = map[string]int{"first": 1, "initial": 1, "original": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"latest": -1, "last": -1, "final": -1, "newest": -1, "most recent": -1}

// speechSubject reads "what did X say (about Y)" (or "how did X respond",
// "why did X say the fee rose"): the words of X and the index of the
// verb, or -1.
func speechSubject(ws []string, noun func(i int) bool) ([]string, int) {
	if len(ws) >= 5 && ws[0] == "what" && messageNouns[ws[1]] && auxWords[ws[2]] {
		// "What message did the head of the alliance have for the
		// negotiators?": the words of the one who had it.
		for i := 4; i < len(ws); i++ {
			if messageVerbs[ws[i]] {
				return ws[3:i], i
			}
		}
	}
	if len(ws) >= 4 && (ws[0] == "did" || ws[0] == "does" || ws[0] == "has" || ws[0] == "have") {
		// "Did Russia say anything about the swap?": what Russia said,
		// if anything.
		for i := 2; i+1 < len(ws); i++ {
			if speechVerbs[ws[i]] && (noun == nil || !noun(i) || verbOnly[ws[i]]) && (ws[i+1] == "anything" || ws[i+1] == "something") {
				return ws[1:i], i
			}
		}
		return nil, -1
	}
	if len(ws) < 4 || ws[0] != "what" && ws[0] != "how" && ws[0] != "why" || !auxWords[ws[1]] {
		return nil, -1
	}
	copula := ws[1] == "is" || ws[1] == "was" || ws[1] == "are" || ws[1] == "were"
	for i := 3; i < len(ws); i++ {
		// "What did the analyst think of the remedies?" asks for the
		// analyst's words on them; "why does she think it matters?" for
		// a reason, which any sentence may give.
		opinion := thinkVerbs[ws[i]] && i+1 < len(ws) && (ws[i+1] == "of" || ws[i+1] == "about")
		if !speechVerbs[ws[i]] && !opinion || noun != nil && noun(i) && !verbOnly[ws[i]] {
			continue
		}
		// "what is the latest offer" asks for a thing; "what is X saying"
		// for words.
		if copula && !strings.HasSuffix(ws[i], "ing") {
			return nil, -1
		}
		// "What will the merged hospital be called?", "what was the
		// union told?": a verb of speech in the passive asks what the
		// subject is named or was told, not for its words.
		if ws[i-1] == "be" || ws[i-1] == "been" || ws[i-1] == "being" {
			return nil, -1
		}
		content := false
		for _, w := range ws[2:i] {
			if _, ord := ordinals[w]; !ord && !isStop(w) {
				content = true
			}
		}
		if !content {
			return nil, -1
		}
		return ws[2:i], i
	}
	return nil, -1
}

// thinkVerbs ask for an opinion with "of" or "about" ("what does X think
// of the offer?").
var thinkVerbs = set(`think thinks thought`)

// messageNouns are nouns of what someone says to others that a question
// asks for with "what … did X have / send / give" ("What message did the
// head of the alliance have for the negotiators?"); messageVerbs are
// those verbs.
var (
	messageNouns = set(`message messages warning warnings advice answer reply response appeal plea`)
	messageVerbs = set(`have has had send sends sent give gives gave deliver delivers delivered`)
)

// callVerbs are the forms of "call".
var callVerbs = set(`call calls called calling`)

// verbOnly are verbs of speech with no reading as a noun, whatever the
// tagger makes of them in a question ("How did Kestrel's chief executive
// characterise the offer?").
var verbOnly = set(`respond responded react reacted describe described characterize characterized characterise
characterised portray portrayed depict depicted summarize summarized summarise summarised explain explained justify
justified defend defended assess assessed evaluate evaluated appraise appraised`)

// accordingTo returns the index of "according" in a question that asks
// "what / why / how is …, according to X" (X of at most eight words), or
// -1; not in one that asks for a number or a kind of thing ("how many
// farmers are there, according to Tapsell?", "what percentage …").
func accordingTo(ws []string) int {
	if len(ws) < 5 || ws[0] != "what" && ws[0] != "why" && ws[0] != "how" || !auxWords[ws[1]] {
		return -1
	}
	for k := 2; k+2 < len(ws); k++ {
		if ws[k] == "according" && ws[k+1] == "to" && len(ws)-(k+2) <= 8 {
			return k
		}
	}
	return -1
}

// sourceAt returns the index of "according" in a question that ends
// "…, according to X" (X of at most eight words), whatever it asks, or
// -1.
func sourceAt(ws []string) int {
	for k := 1; k+2 < len(ws); k++ {
		if ws[k] == "according" && ws[k+1] == "to" && len(ws)-(k+2) <= 8 {
			return k
		}
	}
	return -1
}

// howSpeech are the verbs a "how" question asks for someone's words
// with: "How did the union respond?", "How did the minister describe
// the treaty?", "How did a diplomat sum up the dispute?".
var howSpeech = set(`respond responded react reacted describe described characterize characterized characterise
characterised portray portrayed depict depicted summarize summarized summarise summarised sum judge judged assess
assessed evaluate evaluated view viewed explain explained justify justified defend defended answer answered
gauge gauged size sized weigh weighed appraise appraised expect expects expected`)

var (
	whWords  = set(`who whom whose what when where why how which`)
	sayWords = set(`say said says saying quote quoted quotes comment comments commented react reacted respond responded
tell told stated state statement statements think thinks reaction words claim claimed argue argued warn warned
write wrote writes tweet tweeted post posted`)
	whoSaidWords = set(`said say says called call calls accused accuse accuses warned warn warns described describe
criticized criticised criticize threatened threaten vowed vow promised promise argued argue claimed claim`)
	positionWords = set(`want wants wanted demand demands demanded refuse refuses refused reject rejects rejected insist
insists insisted accept accepts accepted oppose opposes opposed position positions stance stand stands agree agrees
support supports object objects objected seek seeks seeking ask asks asking think thinks`)
	proposalWords = set(`propose proposes proposed proposal proposals offer offers offered plan plans terms table
conditions package`)
	nextWords     = set(`next resume resumes continue continues meet meets reconvene deadline deadlines ultimatum vote ballot return`)
	pronounsHe    = set(`he him his she her hers`)
	pronounsThey  = set(`they them their theirs it its`)
	partiesWords  = set(`involved parties party sides side countries players participants`)
	summaryPhrase = []string{"summar", "tldr", "tl;dr", "gist", "main points", "key points", "what is this about",
		"what's this about", "what is the article about", "what's the article about", "what happened",
		"latest news", "any news", "where do things stand", "what's going on", "what is going on"}
)

// whenWords are the words of a time of day or a day seen from today
// ("before midnight", "this morning", "yesterday"), and timeAdjunct the
// prepositions that put a time after what was said: in a question about
// what someone said they say when, not what about.
var (
	whenWords   = set(`midnight noon morning afternoon evening night tonight today yesterday tomorrow weekend`)
	timeAdjunct = set(`before after during until till since at on by last this`)
	// frameWords open a phrase of when something was said, right after
	// the verb of saying ("say after the vote", "say during the strike").
	frameWords = set(`before after during following since when while once`)
)

// asksName reports whether the question asks what someone or something
// is called: "what is the name of …", "who is the officer named …".
func (q *question) asksName() bool {
	if q.wh != "what" && q.wh != "which" {
		return false
	}
	if slices.Contains(q.words, "name") || slices.Contains(q.words, "names") {
		return true
	}
	// "What will the merged hospital be called?", "what is the new
	// company named?": "called" or "named" in the passive.
	be := func(w string) bool { return copulas[w] || w == "be" || w == "been" || w == "being" }
	for k := 2; k < len(q.words); k++ {
		if (q.words[k] == "called" || q.words[k] == "named") && (be(q.words[k-1]) || be(q.words[1])) {
			return true
		}
	}
	return false
}

// whichMany returns the plural noun of a question that asks which ones
// of a kind ("Which journalists were released?", "which other candidates
// are barred?"), whose answer names them; "" for any other question.
func (q *question) whichMany() string {
	k := slices.Index(q.words, "which")
	if k < 0 {
		return ""
	}
	// The plural noun among the first words, past its modifiers ("which
	// chip-equipment stocks", "which World Bank officials").
	seen := false
	for n, w := range q.words[k+1:] {
		if w == "of" && seen {
			return "" // "which round of talks": a round
		}
		if w == "other" || w == "of" || w == "the" {
			continue
		}
		if n >= 4 || auxWords[w] {
			return ""
		}
		seen = true
		if t, ok := typeNouns[singular(w)]; ok && t != typeAgent {
			return "" // "which years", "which countries": the type answers
		}
		if singular(w) == w || len(w) <= 3 {
			continue
		}
		return singular(w)
	}
	return ""
}

// future reports whether the question asks about what is to come:
// "when will …", "where will … be held", "where are they going to be?".
func (q *question) future() bool {
	if k := slices.Index(q.words, "going"); k > 0 && k+2 < len(q.words) && q.words[k+1] == "to" && q.words[k-1] != "was" && q.words[k-1] != "were" {
		return true // "where are they going to be?"
	}
	return slices.Contains(q.words, "will") || slices.Contains(q.words, "shall") || q.asksNext()
}

// asksDay reports whether the question asks for a day: "on what date",
// "which day", "what day".
func (q *question) asksDay() bool {
	for k := 1; k < len(q.words); k++ {
		if (q.words[k] == "date" || q.words[k] == "day") && (q.words[k-1] == "what" || q.words[k-1] == "which") {
			return true
		}
	}
	return false
}

// past reports whether the question asks about what happened: its verb
// group after the question word is "was", "were" or "did" ("where were
// the talks held?", "when did the strike begin?").
func (q *question) past() bool {
	if q.wh == "" || q.future() {
		return false
	}
	i := slices.Index(q.words, q.wh)
	if i < 0 || i+1 >= len(q.words) {
		return false
	}
	switch q.words[i+1] {
	case "was", "were", "did":
		return true
	}
	return false
}

// asksNext reports whether the question asks what comes next: "who does
// Spain play next?", "when is their next game?", "what is the upcoming
// vote?". What happened already does not answer it.
func (q *question) asksNext() bool {
	return q.wh != "" && (slices.Contains(q.words, "next") || slices.Contains(q.words, "upcoming"))
}

// measured reports whether w is the adjective of "how deep …", "how
// fast …": the measure the question asks for, which the article may give
// without the word.
func (q *question) measured(w string) bool {
	return measureWords[w] && len(q.words) > 1 && q.words[0] == "how" && q.words[1] == w
}

// countsAnyone reports whether w is the noun of "how many people", which
// asks for a number of anyone.
func (q *question) countsAnyone(w string) bool {
	i := slices.Index(q.words, "many")
	return countNouns[w] && q.atype == typeQuantity && i > 0 && q.words[i-1] == "how" && i+1 < len(q.words) && q.words[i+1] == w
}

// copularTypeHead is the index term of the measure noun that heads what
// a "what is …" question asks for ("rate" of "what is the new levy
// rate on the quarry", "figure" of "what was the final figure for the
// fund"), or "": the answer's figure stands for that word, which the
// evidence need not write ("the levy rises from 3% to 4.5%"), as "how
// much money" needs no "money".
func (q *question) copularTypeHead() string {
	k := q.copularHeadAt(2)
	if k < 0 || !measureHeads[singular(q.words[k])] {
		return ""
	}
	return termOf(q.words[k])
}

// copularHeadAt returns the index of the word that heads the noun phrase
// a "what is the …" question asks about, its last word before a
// preposition or an auxiliary ("fee" of "what's the new harbour fee at
// the quay"), where at least after words follow "the"; else -1.
func (q *question) copularHeadAt(after int) int {
	i := slices.Index(q.words, q.wh)
	if q.wh != "what" || i < 0 {
		return -1
	}
	j := i + 1 // "what's" leaves no copula among the words
	if j < len(q.words) && copulas[q.words[j]] {
		j++
	}
	if j+after >= len(q.words) || q.words[j] != "the" {
		return -1
	}
	k := j + 1
	for k+1 < len(q.words) && !prepositions[q.words[k+1]] && !auxWords[q.words[k+1]] {
		k++
	}
	return k
}

// copularNoun is the index term of the noun that heads what a "what is
// the …" question asks the figure of ("fee" of "what's the new harbour
// fee at the quay"), or "", also for a word that names only the kind of
// figure ("rate" of "what is the new levy rate").
func (q *question) copularNoun() string {
	k := q.copularHeadAt(1)
	// "What is the new levy rate?": a word that names only the kind of
	// figure is not what the figure belongs to.
	if k < 0 || measureHeads[singular(q.words[k])] {
		return ""
	}
	return termOf(q.words[k])
}

// measureHeads are the nouns that name only the kind of figure asked for,
// not what it measures.
var measureHeads = set(`rate amount figure number percentage proportion total sum size ratio level`)

// whHeadTerms are the index terms of the question's type nouns that its
// question word governs ("countri" of "which country …").
func (q *question) whHeadTerms() []string {
	var out []string
	for _, w := range q.contentWords {
		if q.whHead(w) {
			out = append(out, termOf(w))
		}
	}
	return out
}

// whHead reports whether w is the type noun the question word governs:
// "year" in "in what year …", "newspaper" in "which newspaper …" (an
// adjective may stand between).
func (q *question) whHead(w string) bool {
	if _, typed := typeNouns[w]; !typed || q.wh == "" {
		return false
	}
	i := slices.Index(q.words, q.wh)
	return i >= 0 && (i+1 < len(q.words) && q.words[i+1] == w || i+2 < len(q.words) && q.words[i+2] == w)
}

// containsPhrase reports whether lower-case text holds phrase p as whole
// words ("the gist of it", not "the Vell Logistics yard"), or, with
// prefix, as the start of a word ("summary", "summarise").
func containsPhrase(text, p string, prefix bool) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], p)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(p)
		if (k == 0 || !wordByte(text[k-1])) && (prefix || end == len(text) || !wordByte(text[end])) {
			return true
		}
		from = k + 1
	}
}

// wordByte reports whether byte b may be part of a word: a letter or a
// digit, or a byte of a character outside ASCII.
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// classify decides a question's intent from its words.
func classify(q *question, lower string) intent {
	has := func(set map[string]bool) bool {
		for _, w := range q.words {
			if set[w] {
				return true
			}
		}
		return false
	}
	for _, p := range summaryPhrase {
		// "What figure appears in the draft summary?" asks about a
		// summary the article reports: a long question asks for the
		// article's own only when it opens with the word.
		if p == "summar" && len(q.words) > 6 && !strings.HasPrefix(q.words[0], p) {
			continue
		}
		if containsPhrase(lower, p, p == "summar") {
			return intentSummary
		}
	}
	if (q.wh == "who" || q.wh == "which" || q.wh == "what") && has(partiesWords) && q.ent == nil && len(q.words) <= 6 {
		return intentParties
	}
	if latestRE.MatchString(lower) {
		return intentSummary
	}
	if termsQuestionRE.MatchString(lower) {
		return intentTerms
	}
	if q.wh == "" && statusRE.MatchString(lower) {
		return intentStatus
	}
	if (q.ent == nil || strings.Contains(lower, "side")) && (q.wh == "what" || q.wh == "where" || q.wh == "") && issueQuestion(lower) {
		return intentIssues
	}
	switch {
	case q.wh == "who" && has(proposalWords):
		return intentWhoProposed
	case q.wh == "who" && has(whoSaidWords) && q.ent == nil:
		return intentWhoSaid
	case has(sayWords) && q.ent != nil && !q.howMuch && q.wh != "when" && q.wh != "where":
		// "How many people does Sanders say would lose…" asks for a number.
		return intentQuote
	case has(positionWords) && !q.howMuch && q.wh != "when" && q.wh != "where":
		return intentPosition
	case has(proposalWords) && !q.howMuch && q.wh != "when" && q.wh != "where" && q.wh != "who":
		return intentProposal
	case (q.wh == "when" || q.wh == "where") && (has(nextWords) || strings.Contains(lower, " will ") || strings.Contains(lower, " do ") || strings.Contains(lower, " does ")):
		return intentNext
	case strings.Contains(lower, "what happens next") || strings.Contains(lower, "what's next") || strings.Contains(lower, "next step") || strings.Contains(lower, "deadline") || strings.Contains(lower, "ultimatum"):
		return intentNext
	}
	return intentSearch
}

// issuePhrases ask what the sides disagree on ("What are the sticking
// points?", "What is holding up a deal?", "Where do the two sides
// stand?").
var issuePhrases = []string{"sticking point", "main issue", "key issue", "outstanding issue", "issues", "dispute about", "dispute over",
	"disagree", "divided", "fighting over", "fighting about", "arguing over", "arguing about", "holding up", "in the way",
	"divides", "differences", "at odds", "sides stand", "they stand", "each side", "both sides want", "gap between"}

// issueWords are the words of issuePhrases, which the article need not
// write.
var issueWords = set(`sticking point points main key outstanding issue issues dispute disagree disagreement divided divides
fighting arguing holding up way differences odds stand sides side gap position positions two both each`)

// latestRE matches a question that asks for the news itself ("What's the
// latest?", "what is new on the talks?"), not the latest of something
// ("what is the latest offer?").
var latestRE = regexp.MustCompile(`^(what's|what is|whats) (the latest|new)( (news|update))?( on [^?]*| with [^?]*)?\s*\??$`)

// termsQuestionRE matches a question about what a deal holds ("What did
// they agree?", "What was agreed?", "What's in the deal?", "What are the
// terms?", "What does the agreement include?").
var termsQuestionRE = regexp.MustCompile(`^what(\s+did|\s+have|\s+has)\s+(they|the two sides|both sides|the sides|the parties|the two|both)\s+agreed?(\s+(to|on|upon))?\s*\??$|^what\s+(was|has been|have they|has been|were)\s+agreed\b|^what(\s+is|'s|s)\s+in\s+the\s+(new\s+|tentative\s+|draft\s+)?(deal|agreement|accord|contract|settlement|pact)\b|^what\s+are\s+the\s+(main\s+|key\s+)?terms\b|^what\s+(does|would|will)\s+the\s+(new\s+|tentative\s+|draft\s+)?(deal|agreement|accord|contract|settlement|pact)\s+(include|say|do|involve|cover|contain|provide|mean)\b`)

// termsWords are the words of a question termsQuestionRE matches, which
// the article need not write.
var termsWords = set(`agree agreed agreement terms deal accord contract settlement pact include say do involve cover contain provide mean new tentative draft main key they sides both two parties`)

// statusRE matches a yes-or-no question about whether the talks have
// ended in a deal ("Is there a deal?", "Did they reach an agreement?",
// "Have the two sides agreed yet?", "Any breakthrough?").
var statusRE = regexp.MustCompile(`^(is|are|was|were|has|have|had|did|do|does|any)\b(\s+\S+){0,4}?\s*\b(deal|agreement|accord|settlement|agreed|agree|breakthrough)\b(\s+(yet|now|so far|already))?\s*\??$`)

// statusWords are the words of a question statusRE matches, which the
// article need not write.
var statusWords = set(`deal agreement accord settlement agreed agree breakthrough reach reached reaching yet now far already there they sides both two`)

// issueQuestion reports whether a question (lower case) asks what the
// sides disagree on.
func issueQuestion(lower string) bool {
	for _, p := range issuePhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

func (q *question) focusName() string {
	if q.ent != nil {
		return q.ent.full
	}
	return ""
}

// aboutPhrase is " about X" when the question names a topic.
func (q *question) aboutPhrase() string {
	i := -1
	for j, w := range q.words {
		// Only after the verb of speech: "on the island" of "what did
		// the oldest man on the island say" is the speaker's.
		if (w == "about" || w == "on") && j > q.speechAt {
			i = j
		}
	}
	if i < 0 || i == len(q.words)-1 {
		return ""
	}
	// as the question writes it ("about Canada")
	fs := strings.Fields(q.raw)
	for j := len(fs) - 1; j >= 0; j-- {
		if w := strings.ToLower(strings.Trim(fs[j], "?!.,;:")); w == "about" || w == "on" {
			if rest := strings.TrimRight(strings.Join(fs[j+1:], " "), "?!. "); rest != "" {
				return " about " + rest
			}
			break
		}
	}
	return " about " + strings.Join(q.words[i+1:], " ")
}

// expandAcronyms lets an acronym of the question find the words the
// article spells it with ("NAFTA" -> "North American Free Trade
// Agreement"), and a name the question spells out find the article's
// acronym for it: the words are added to the query and marked known.
func (a *Article) expandAcronyms(q *question) {
	q.known = map[string]bool{}
	for _, w := range q.contentWords {
		if a.ix.has(termOf(w)) {
			continue
		}
		exp := a.acr.expansion(w)
		if exp == nil {
			continue
		}
		q.known[w] = true
		for _, e := range exp {
			if !acronymLinker[e] {
				q.content = append(q.content, porter(e))
			}
		}
	}
	// Runs of capitalised words of the question (not its first word).
	fs := strings.Fields(q.raw)
	var run []string
	flush := func() {
		if len(run) >= 2 {
			if acr := initialsOf(run); a.ix.has(acr) {
				q.content = append(q.content, acr)
				for _, w := range run {
					q.known[strings.ToLower(w)] = true
				}
			}
		}
		run = nil
	}
	for i, f := range fs {
		w := strings.Trim(f, "?!.,;:'’\"“”()")
		r := []rune(w)
		switch {
		case i == 0 || len(r) == 0:
			flush()
		case unicode.IsUpper(r[0]):
			run = append(run, w)
		case len(run) > 0 && acronymLinker[strings.ToLower(w)]:
			run = append(run, w)
		default:
			flush()
		}
	}
	flush()
}

// termOf is the index term of a question word.
func termOf(w string) string {
	if base := nlp.IrregularVerb(w); base != "" {
		w = base
	}
	return porter(w)
}

// countedHead is the head noun of the phrase a "how many" question counts
// ("how many steel mills" counts mills), read with the analysis layer;
// first is the phrase's first word.
func (a *Article) countedHead(q *question, first string) string {
	an := a.analyse(q)
	if an == nil {
		return first
	}
	// "How many of the people killed were women?": what is counted is
	// what the copula says they were, not the whole they are part of.
	for k := 0; k+2 < len(an.Tokens); k++ {
		if !strings.EqualFold(an.Tokens[k].Text, "many") || !strings.EqualFold(an.Tokens[k+1].Text, "of") {
			continue
		}
		for j := k + 2; j+1 < len(an.Tokens); j++ {
			if an.Tokens[j].Rel == "cop" || an.Tokens[j].Lemma == "be" && an.Tokens[j].UPOS == "AUX" {
				for m := j + 1; m < len(an.Tokens) && (an.Tokens[m].UPOS == "ADJ" || an.Tokens[m].UPOS == "NOUN" || an.Tokens[m].UPOS == "DET"); m++ {
					if an.Tokens[m].UPOS == "NOUN" {
						return strings.ToLower(an.Tokens[m].Text)
					}
				}
				break
			}
		}
		break
	}
	for k, t := range an.Tokens {
		// A hyphened modifier may be one token to the analysis layer
		// but is two words to the question ("how many cross-border
		// workers").
		if low := strings.ToLower(t.Text); low != first && !(strings.HasPrefix(low, first+"-") && t.UPOS == "ADJ") {
			continue
		}
		head := first
		// A participle may qualify the noun counted ("how many
		// negotiating chapters", "remaining hostages").
		modifier := func(j int) bool {
			x := an.Tokens[j].XPOS
			return j == k && (x == "VBG" || x == "VBN") && j+1 < len(an.Tokens) && an.Tokens[j+1].UPOS == "NOUN"
		}
		// "How much of Egypt's fresh water": past the owner's "'s" to
		// what it owns.
		// "How many ferry berths a day does the port offer?": with
		// "does" to come, the main verb follows its subject, so a word
		// in "-s" the analysis took for a verb before it is the plural
		// noun counted.
		plural := func(j int) bool {
			t := an.Tokens[j]
			return j > k && t.XPOS == "VBZ" && strings.HasSuffix(strings.ToLower(t.Text), "s") && an.Tokens[j-1].UPOS == "NOUN" &&
				slices.ContainsFunc(an.Tokens[j+1:], func(c nlp.Token) bool { return c.Lemma == "do" && c.UPOS == "AUX" })
		}
		for j := k; j < len(an.Tokens) && (an.Tokens[j].UPOS == "NOUN" || an.Tokens[j].UPOS == "PROPN" || an.Tokens[j].UPOS == "ADJ" || modifier(j) || plural(j) || j > k && an.Tokens[j].XPOS == "POS"); j++ {
			if an.Tokens[j].UPOS == "NOUN" || plural(j) {
				head = strings.ToLower(an.Tokens[j].Text)
			}
		}
		return head
	}
	return first
}

// sizedNoun returns the head noun of what a question asks the size of
// ("how big is the pay rise?", "how big a stake would Shiraishi buy?",
// "how much was the bonus?"), read with the analysis layer; "" for
// none ("how much is Huayuan paying?" sizes no noun).
func (a *Article) sizedNoun(q *question) string {
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	ts := an.Tokens
	for k := 1; k+1 < len(ts); k++ {
		w := strings.ToLower(ts[k].Text)
		if w != "big" && w != "large" && w != "much" || !strings.EqualFold(ts[k-1].Text, "how") {
			continue
		}
		j := k + 1
		switch next := strings.ToLower(ts[j].Text); {
		case (next == "a" || next == "an") && w != "much":
			// "how big a stake would Shiraishi buy?"
			j++
		case ts[j].UPOS == "AUX" && ts[j].Lemma == "be":
			// "how big is the raise?", "how much was the bonus?"; not
			// "how much is Hanbit paying?", which asks what a verb takes.
			if slices.ContainsFunc(ts[j+1:], func(t nlp.Token) bool { return t.UPOS == "VERB" }) {
				return ""
			}
			j++
			if j < len(ts) && ts[j].UPOS == "DET" {
				j++
			}
		default:
			return ""
		}
		return nounPhraseHead(ts[j:])
	}
	return ""
}

// measuredNoun returns the head noun, lower case, of the thing a "how
// much N …" question measures ("salt" of "how much rock salt does the
// mine yield?"), read with the analysis layer; "" for none, for a sum of
// money or a span of time ("how much money", "how much time"), which
// an article gives without the word, and for "how much of the …".
func (a *Article) measuredNoun(q *question) string {
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	ts := an.Tokens
	if len(ts) < 4 || !strings.EqualFold(ts[0].Text, "how") || !strings.EqualFold(ts[1].Text, "much") {
		return ""
	}
	if t := ts[2]; t.UPOS != "NOUN" && t.UPOS != "ADJ" || strings.EqualFold(t.Text, "more") || strings.EqualFold(t.Text, "less") {
		return ""
	}
	n := nounPhraseHead(ts[2:])
	if n == "" || unmeasuredNouns[n] || moneyWords[n] || sumWords[n] || q.atype == typeMoney {
		return ""
	}
	return n
}

// unmeasuredNouns are the things "how much" asks of that articles give
// without naming them or measure in other ways: sums of money ("how much
// debt": "$40 million in loans") and spans of time ("how much overtime":
// "capped at ten hours a week").
var unmeasuredNouns = set(`money cash time overtime debt debts extra aid`)

// costedNoun returns the head noun, lower case, of what a question of
// the form "how much (more) will/does/would … X … cost" prices, read by
// its words and tags, for the parser often takes a question's last
// "cost" for a noun ("how much will the new cistern cost"): the last
// word of the noun phrase after the auxiliary ("cistern"; "station"
// in "how much will the power station north of Kelby cost"); "" for
// none.
func (a *Article) costedNoun(q *question) string {
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	ts := an.Tokens
	if len(ts) < 5 || !strings.EqualFold(ts[0].Text, "how") || !strings.EqualFold(ts[1].Text, "much") {
		return ""
	}
	j := 2
	if strings.EqualFold(ts[j].Text, "more") || strings.EqualFold(ts[j].Text, "less") {
		j++
	}
	if j >= len(ts) || ts[j].UPOS != "AUX" || ts[j].Lemma == "be" {
		return ""
	}
	c := slices.IndexFunc(ts[j+1:], func(t nlp.Token) bool { return strings.EqualFold(t.Lemma, "cost") })
	if c < 0 {
		return ""
	}
	c += j + 1
	head := ""
	for k := j + 1; k < c; k++ {
		t := ts[k]
		switch {
		case k == j+1 && t.UPOS == "DET":
		case t.UPOS == "NOUN" || k == c-1 && (t.UPOS == "VERB" || t.UPOS == "ADJ"):
			// The word before "cost" ends the phrase, whatever the
			// parser made of it ("the existing permit cost", "the new
			// cistern cost").
			head = strings.ToLower(t.Text)
		case t.UPOS == "ADJ" || t.UPOS == "NUM" || t.UPOS == "PROPN" || t.Text == "-" || t.XPOS == "VBG" || t.XPOS == "VBN":
		default:
			return head
		}
	}
	return head
}

// nounPhraseHead returns the last noun, lower case, of the noun phrase
// ts opens ("the one-off payment", "Keystone's latest estimate for the
// plant" -> "estimate"); "" when it opens none.
func nounPhraseHead(ts []nlp.Token) string {
	head := ""
	for k, t := range ts {
		switch {
		case t.UPOS == "NOUN" && !hasQuantity(strings.ToLower(t.Text)):
			head = strings.ToLower(t.Text)
		case t.UPOS == "ADJ" || t.UPOS == "NUM" || t.UPOS == "ADV" || t.XPOS == "POS" || t.Text == "-" || t.UPOS == "PROPN" && k == 0:
		default:
			return head
		}
	}
	return head
}

// writes reports whether some sentence of the article writes the name as
// it is given, capitals and all, between word boundaries.
func (a *Article) writes(name string) bool {
	for _, s := range a.sents {
		for off := 0; ; {
			k := strings.Index(s[off:], name)
			if k < 0 {
				break
			}
			k += off
			end := k + len(name)
			before := k == 0 || !isWordByte(s[k-1])
			after := end == len(s) || !isWordByte(s[end])
			if before && after {
				return true
			}
			off = k + 1
		}
	}
	return false
}

// pricedNoun returns the index term of the subject of "cost" in a "how
// much" question ("ticket" in "how much will a ticket between Bodø and
// Tromsø cost?"), or "".
func (a *Article) pricedNoun(q *question) string {
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	for k, t := range an.Tokens {
		if t.Rel != "nsubj" || t.UPOS != "NOUN" || t.Head < 0 || !strings.EqualFold(an.Tokens[t.Head].Lemma, "cost") {
			continue
		}
		w := strings.ToLower(an.Tokens[k].Text)
		if _, typed := typeNouns[singular(w)]; typed || questionWords[w] || isStop(w) {
			return ""
		}
		return termOf(w)
	}
	return ""
}

// whoHolds reports whether q asks who holds an office or a role the
// article names by its noun: "who is the president of senegal", "who
// was the mediator" — a copular "who" question that asks about a role
// word, no word of the name the question matched ("who is the Popular
// Liberation Front" asks who that body is).
func (q *question) whoHolds() bool {
	if q.wh != "who" || len(q.words) < 3 || q.words[0] != "who" || q.words[1] != "is" && q.words[1] != "was" || q.askedTerm == "" {
		return false
	}
	return slices.ContainsFunc(q.words, func(w string) bool { return termOf(w) == q.askedTerm && summarize.IsRoleWord(w) }) &&
		(q.ent == nil || !slices.ContainsFunc(q.ent.keys, func(k string) bool { return termOf(k) == q.askedTerm }))
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// askedNoun returns the index term of the noun a copular question asks
// about, read from the question's tree: "revenue" in "what is Home
// Depot's revenue for the quarter?", "captain" in "who is Russia's
// captain?", "chief" in "who is the chief of the agency?", "election" in
// "when is the general election?" (the event whose day or place is asked
// must be the one the evidence dates). A noun that
// names the kind of answer ("what is the date"), a name ("what is it
// called") or a word of the question's form is none; nor is a noun
// followed by a verb ("what is the simulation called?"). In "how much
// will a ticket cost?" it is what is priced, the subject of "cost": an
// amount the article gives for something else answers nothing.
func (a *Article) askedNoun(q *question) string {
	if q.wh == "how" && len(q.words) > 3 && q.words[1] == "much" {
		return a.pricedNoun(q)
	}
	if q.wh != "what" && q.wh != "who" && q.wh != "when" && q.wh != "where" || len(q.words) < 3 || q.words[0] != q.wh {
		return ""
	}
	an := a.analyse(q)
	if an == nil || len(an.Tokens) < 3 {
		return ""
	}
	toks := an.Tokens
	// "who is / what was / what's": the verb of being after the
	// question word.
	if !strings.EqualFold(toks[1].Lemma, "be") || toks[1].UPOS != "AUX" {
		return ""
	}
	noun := -1
	for k, t := range toks {
		if t.UPOS != "NOUN" {
			continue
		}
		switch {
		case t.Head == -1:
			noun = k
		case t.Rel == "nsubj" && t.Head == 0 && toks[0].Head == -1:
			noun = k
		}
	}
	if noun < 0 {
		return ""
	}
	for _, t := range toks[noun+1:] {
		if t.UPOS == "VERB" {
			return ""
		}
	}
	w := strings.ToLower(toks[noun].Text)
	if _, typed := typeNouns[singular(w)]; typed || nameNouns[w] || questionWords[w] || countNouns[w] || isStop(w) {
		return ""
	}
	return termOf(w)
}

// nounInQuestion returns a test of whether word k of the question's words
// is a noun in its noun phrase, as the analysis layer tags the question:
// tagged a noun right after a determiner, an adjective, a possessive or a
// number, and before a noun or a verb ("offer" in "What does the new
// offer value Ashbury at?", not in "What did the union offer?"). Nil
// without an analyzer.
func (a *Article) nounInQuestion(raw string, ws []string) func(k int) bool {
	if a.an == nil {
		return nil
	}
	var toks []nlp.Token
	return func(k int) bool {
		if toks == nil {
			toks = a.an.Analyze(raw).Tokens
		}
		nth := 0
		for _, w := range ws[:k] {
			if w == ws[k] {
				nth++
			}
		}
		for i, tok := range toks {
			if strings.ToLower(tok.Text) != ws[k] {
				continue
			}
			if nth > 0 {
				nth--
				continue
			}
			if tok.UPOS != "NOUN" || i == 0 || i+1 >= len(toks) {
				return false
			}
			// A verb of saying ends its question or goes on with
			// what it is about ("…chief executive say?", "…say would
			// happen", "…say about the deal"); a noun goes on with
			// the question's own verb ("…offer value Ashbury at?").
			if u := toks[i+1].UPOS; u != "NOUN" && u != "VERB" && u != "PROPN" {
				return false
			}
			switch toks[i-1].XPOS {
			case "DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD":
				return true
			}
			return false
		}
		return false
	}
}

// worksFor reports whether w is the verb of "works for" or "works at" in
// the question: where someone works, which an article says with a role at
// a body ("chief economist at the consultancy Ecolatina") more often than
// with the verb.
func (q *question) worksFor(w string) bool {
	switch w {
	case "work", "works", "worked", "working":
		return q.followedBy(w, "for", "at")
	}
	return false
}

// followedBy reports whether the question's first w comes right before
// one of next.
func (q *question) followedBy(w string, next ...string) bool {
	k := slices.Index(q.words, w)
	return k >= 0 && k+1 < len(q.words) && slices.Contains(next, q.words[k+1])
}

// modalNeed reports whether w is "need" or "needs" used as a modal before
// "to" ("what needs to happen before …?"), which an article says with
// "must" or "has to" as often as with the verb, or "try" before "to"
// ("what are the mediators trying to secure?"), which it need not say.
func (q *question) modalNeed(w string) bool {
	switch w {
	case "need", "needs", "try", "tries", "trying", "tried":
		return q.followedBy(w, "to")
	}
	return false
}

// casualWords are the words a question may use for what an article
// writes otherwise: "till" for "until", "dad" for "father", "govt" for
// "government", "acc to" for "according to".
var casualWords = map[string]string{
	"till": "until", "til": "until", "dad": "father", "daddy": "father", "mum": "mother", "mom": "mother",
	"mummy": "mother", "mommy": "mother", "hubby": "husband", "bro": "brother", "sis": "sister",
	"govt": "government", "govts": "government's", "dept": "department", "mgmt": "management", "intl": "international",
	"acc": "according", "approx": "approximately", "pres": "president",
	// Chat spellings of the question words and of common words.
	"wat": "what", "wot": "what", "wut": "what", "whats": "what is", "wats": "what is", "wots": "what is", "wuts": "what is", "whatd": "what did", "howd": "how did",
	"whyd": "why did", "whered": "where did", "theyd": "they would", "abt": "about", "bc": "because",
	"cuz": "because", "ppl": "people", "tho": "though", "thru": "through", "yr": "year", "yrs": "years",
	"mins": "minutes", "hrs": "hours", "wht": "what", "tmrw": "tomorrow", "tmr": "tomorrow", "yday": "yesterday",
	"r": "are", "u": "you", "ur": "your", "n": "and", "wen": "when", "whn": "when", "b4": "before", "gonna": "going to",
	"wanna": "want to", "shd": "should", "wud": "would", "cud": "could", "pls": "please", "plz": "please",
	"gm": "general manager", "ceo's": "chief executive's", "msg": "message", "msgs": "messages",
	"thats": "that is", "med": "medical", "temp": "temperature", "temps": "temperatures", "info": "information",
	"admin": "administration", "mgr": "manager",
	// Titles cut short ("the prof at the institute", "the sen from Ohio").
	"prof": "professor", "profs": "professors", "sen": "senator", "gov": "governor", "amb": "ambassador",
	"asst": "assistant",
	// Contractions typed without their apostrophe.
	"wouldve": "would have", "couldve": "could have", "shouldve": "should have", "mightve": "might have",
	"mustve": "must have", "dont": "do not", "doesnt": "does not", "didnt": "did not", "isnt": "is not",
	"arent": "are not", "wasnt": "was not", "werent": "were not", "hasnt": "has not", "havent": "have not",
	"hadnt": "had not", "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
	"theyre": "they are", "theyve": "they have", "whos": "who is", "wheres": "where is", "whens": "when is",
	"hows": "how is", "whyre": "why are",
	// Short forms of offices.
	"exec": "executive", "execs": "executives", "vp": "vice president", "vps": "vice presidents",
}

// didContractions writes out "what'd" and its like as "what did".
var didContractions = func() *strings.Replacer {
	var pairs []string
	for _, w := range []string{"what", "What", "how", "How", "why", "Why", "where", "Where"} {
		pairs = append(pairs, w+"'d", w+" did", w+"’d", w+" did")
	}
	return strings.NewReplacer(pairs...)
}()

// howSoon asks "how soon" as "how long": the time within which something
// must happen ("payment within fifteen days").
var howSoon = strings.NewReplacer("how soon ", "how long ", "How soon ", "How long ")

// officePairs matches the two-word short forms of offices ("sec gen" for
// "secretary general", "gen sec" for "general secretary"), whose words
// alone are ambiguous ("a sec", "gen z"), as whole words.
var officePairs = regexp.MustCompile(`(?i)\b(?:sec[- ]?gen|gen sec)\b`)

// writeOffices writes out the short forms of offices officePairs finds.
func writeOffices(raw string) string {
	if !strings.Contains(strings.ToLower(raw), "sec") {
		return raw
	}
	return officePairs.ReplaceAllStringFunc(raw, func(m string) string {
		if strings.HasPrefix(strings.ToLower(m), "gen") {
			return "general secretary"
		}
		return "secretary general"
	})
}

// plainWords returns the question raw with each casual word (in lower
// case, as a whole word) written as an article would write it.
func plainWords(raw string) string {
	raw = writeOffices(howSoon.Replace(didContractions.Replace(raw)))
	var b strings.Builder
	changed := false
	start := -1
	flush := func(end int) {
		w := raw[start:end]
		if p, ok := casualWords[w]; ok {
			b.WriteString(p)
			changed = true
		} else {
			b.WriteString(w)
		}
		start = -1
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		// A digit inside a word goes with its letters ("b4").
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || start >= 0 && c >= '0' && c <= '9'
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			flush(i)
			b.WriteByte(c)
		case !letter:
			b.WriteByte(c)
		}
	}
	if start >= 0 {
		flush(len(raw))
	}
	if !changed {
		return raw
	}
	return b.String()
}

// figureWords are the words for the numbers a question may write in
// figures where an article spells them ("the 14 demands" for "a list of
// fourteen demands"): one to twenty and the tens to a hundred, as
// cardinal and ordinal.
var figureWords = map[string][2]string{"1": {"one", "first"}, "2": {"two", "second"}, "3": {"three", "third"}, "4": {"four", "fourth"},
	"5": {"five", "fifth"}, "6": {"six", "sixth"}, "7": {"seven", "seventh"}, "8": {"eight", "eighth"}, "9": {"nine", "ninth"}, "10": {"ten", "tenth"},
	"11": {"eleven", "eleventh"}, "12": {"twelve", "twelfth"}, "13": {"thirteen", "thirteenth"}, "14": {"fourteen", "fourteenth"},
	"15": {"fifteen", "fifteenth"}, "16": {"sixteen", "sixteenth"}, "17": {"seventeen", "seventeenth"}, "18": {"eighteen", "eighteenth"},
	"19": {"nineteen", "nineteenth"}, "20": {"twenty", "twentieth"}, "30": {"thirty", "thirtieth"}, "40": {"forty", "fortieth"},
	"50": {"fifty", "fiftieth"}, "60": {"sixty", "sixtieth"}, "70": {"seventy", "seventieth"}, "80": {"eighty", "eightieth"},
	"90": {"ninety", "ninetieth"}, "100": {"hundred", "hundredth"}}

// spelledNumbers returns the question with a small number written in
// figures ("the 3 parties", "round 2") written as the article spells it
// ("the three parties", "round second": after its noun, a figure counts
// in order), where the article never writes the figure alone but writes
// the word.
func (a *Article) spelledNumbers(raw string) string {
	ws := strings.Fields(raw)
	changed := false
	for i, w := range ws {
		core := strings.TrimRight(w, "?.,!")
		forms, ok := figureWords[core]
		if !ok || a.ix.has(termOf(core)) {
			continue
		}
		// "round 2" after its noun counts in order: the second round.
		if i > 0 && !isStop(ws[i-1]) && strings.IndexFunc(ws[i-1], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			forms[0], forms[1] = forms[1], forms[0]
		}
		for _, f := range forms {
			if a.ix.has(termOf(f)) {
				ws[i] = f + w[len(core):]
				changed = true
				break
			}
		}
	}
	if !changed {
		return raw
	}
	return strings.Join(ws, " ")
}

// earliestPhrase returns the words of a question that ask for the first
// of what was offered ("at first", "initially", "at the start"), or nil.
func earliestPhrase(ws []string) []string {
	for i, w := range ws {
		switch {
		case w == "initially" || w == "originally":
			return ws[i : i+1]
		case w == "at" && i+1 < len(ws) && ws[i+1] == "first" && i+2 == len(ws):
			return ws[i : i+2]
		case w == "at" && i+2 < len(ws) && ws[i+1] == "the" && (ws[i+2] == "start" || ws[i+2] == "beginning" || ws[i+2] == "outset"):
			return ws[i : i+3]
		}
	}
	return nil
}

// subjectAdverbs are adverbs a question may put between its subject and
// its verb ("what did Turkey initially offer").
var subjectAdverbs = set(`actually initially originally really finally eventually ultimately apparently basically reportedly
previously currently recently officially publicly privately now still also just even`)

// casualPeople are the words a question may put after a description to
// say it means a person ("the tea plucker lady", "the UN observer guy").
var casualPeople = set(`guy lady man woman fella chap bloke dude gal`)

// genericBodies are the words a question may use for any body, whatever
// the article calls it ("the shipowners' group": their council).
var genericBodies = set(`group body outfit organisation organization`)

// plainDescription returns a question's subject as an article would
// write it: without a casual word for a person after a common noun that
// describes one ("the tea plucker lady": the tea plucker; but "the Hamas
// man" stays a man of Hamas).
func plainDescription(subj []string, raw string) []string {
	if n := len(subj); n >= 3 && casualPeople[subj[n-1]] {
		p := subj[n-2]
		if !isStop(p) && !bodyNouns[p] && !writtenCapitalised(raw, p) {
			subj = subj[:n-1]
		}
	}
	return subj
}

// writtenCapitalised reports whether the question writes word w (lower
// case) with a capital: a name's word, not a description's.
func writtenCapitalised(raw, w string) bool {
	for _, f := range strings.Fields(raw) {
		for _, x := range words(f) {
			if x == w && f != strings.ToLower(f) {
				return true
			}
		}
	}
	return false
}
