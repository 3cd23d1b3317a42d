package ask

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// maxEvidence is how many sentences an answer quotes at most.
const maxEvidence = 3

// summary answers "what is this about" with the key points.
func (a *Article) summary() (Result, bool) {
	kp := a.brief.KeyPoints
	if len(kp) == 0 {
		return Result{}, false
	}
	var lines []string
	var sents []int
	for i, k := range kp {
		if i == 3 {
			break
		}
		lines = append(lines, k.Text+" "+refs(k.Sentences))
		sents = append(sents, k.Sentences...)
	}
	return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(sents...), Confidence: 0.9}, true
}

// parties answers "who is involved".
func (a *Article) parties() (Result, bool) {
	ps := a.brief.Parties
	if len(ps) == 0 {
		return Result{}, false
	}
	var parts []string
	var sents []int
	for i, p := range ps {
		if i == 8 {
			break
		}
		s := p.Name
		if len(p.People) > 0 {
			s += " (" + strings.Join(p.People, ", ") + ")"
		}
		if si := a.firstMention(p.Name); si >= 0 {
			s += " " + ref(si)
			sents = append(sents, si)
		}
		parts = append(parts, s)
	}
	return Result{Answer: "The parties in the article: " + strings.Join(parts, "; ") + ".", Citations: a.cite(sents...), Confidence: 0.8}, true
}

// firstMention returns the first sentence naming n (by any of its words), or -1.
func (a *Article) firstMention(full string) int {
	keys := words(full)
	keys = append(keys, summarize.Aliases(full)...)
	for i, s := range a.sents {
		ws := words(s)
		for _, k := range keys {
			for _, w := range ws {
				if w == k && len(k) >= 2 && !titleish[k] {
					return i
				}
			}
		}
	}
	return -1
}

// quotes answers "what did X say (about Y)".
func (a *Article) quotes(q *question) (Result, bool) {
	var picked []summarize.Quote
	for _, qt := range a.brief.Quotes {
		if !a.isName(q.ent, qt.Speaker) && !(qt.Speaker == "" && a.sentenceNames(qt.Sentence, q.ent)) {
			continue
		}
		picked = append(picked, qt)
	}
	if len(picked) > 0 {
		// With a topic, the quotes about it; else the whole quotations first.
		if len(q.topic) > 0 {
			var onTopic []summarize.Quote
			for _, qt := range picked {
				if a.ix.coverage(q.topic, []int{qt.Sentence}) > 0 || coverText(q.topic, qt.Text) {
					onTopic = append(onTopic, qt)
				}
			}
			if len(onTopic) == 0 {
				return Result{}, false
			}
			picked = onTopic
		}
		var lines []string
		var sents []int
		for i, qt := range picked {
			if i == maxEvidence {
				break
			}
			speaker := qt.Speaker
			if speaker == "" {
				speaker = q.ent.full
			}
			lines = append(lines, fmt.Sprintf("%s %s: “%s” %s", speaker, orSaid(qt.Cue), qt.Text, ref(qt.Sentence)))
			sents = append(sents, qt.Sentence)
		}
		return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(sents...), Confidence: 0.9, Focus: q.ent.full}, true
	}
	// No quotation: what the article reports the name said (declined to
	// comment, told reporters that …).
	hits := a.ix.search(append(q.topic, q.ent.stems()...), func(i int) bool {
		return a.sentenceNames(i, q.ent) && hasCue(a.sents[i])
	})
	if len(hits) == 0 {
		return Result{}, false
	}
	si := hits[0].sent
	return Result{Answer: a.sents[si] + " " + ref(si), Citations: a.cite(si), Confidence: 0.6, Focus: q.ent.full}, true
}

func orSaid(cue string) string {
	if cue == "" || cue == "according to" {
		return "said"
	}
	return cue
}

// whoSaid answers "who said / called / warned …": the quotation or
// sentence that matches, and its speaker.
func (a *Article) whoSaid(q *question) (Result, bool) {
	// "Who criticised the deal?": words said with that verb come before
	// words that merely speak of the deal ("Fishing groups criticised the
	// compromise" before "“This is a fair deal,” said Braun").
	verb := whoSaidVerb(q)
	best, bestCov, bestScore := -1, 0.0, 0.0
	for i, u := range a.said {
		if u.speaker == "" {
			continue
		}
		cov := textCoverage(q.topic, u.text)
		if !u.quote {
			// Reported speech: its sentence holds the cue ("Airbus and
			// Boeing accuse each other of …").
			cov = max(cov, a.ix.coverage(q.topic, []int{u.sentence}))
		}
		score := cov
		if verb != "" && porter(strings.ToLower(u.cue)) == verb {
			score++
		}
		if score > bestScore {
			best, bestCov, bestScore = i, cov, score
		}
	}
	if best < 0 || bestScore < 0.5 {
		return Result{}, false
	}
	if verb != "" && bestScore < 1 && a.ix.has(verb) {
		// The article uses the verb, but in no one's credited words
		// ("Fishing groups criticised the compromise" is a deed, not
		// speech): the sentence that does, not words merely on the topic.
		return Result{}, false
	}
	u := a.said[best]
	answer := fmt.Sprintf("%s: “%s” %s", u.speaker, u.text, ref(u.sentence))
	if !u.quote {
		answer = a.sents[u.sentence] + " " + ref(u.sentence)
	}
	return Result{Answer: answer, Citations: a.cite(u.sentence), Confidence: 0.5 + bestCov/2, Focus: u.speaker}, true
}

// whoSaidVerb returns the stem of the verb other than "say" a "who …?"
// question asks about ("criticised", "warned", "accused"), or "".
func whoSaidVerb(q *question) string {
	for _, w := range q.words {
		if whoSaidWords[w] && w != "said" && w != "say" && w != "says" {
			return porter(w)
		}
	}
	return ""
}

// proposals answers "what is on the table" and "who proposed X".
func (a *Article) proposals(q *question) (Result, bool) {
	var lines []string
	var sents []int
	focus := ""
	props := a.brief.Proposals
	if q.ordinal != 0 {
		// "The first proposal": the one the article puts first (or says is).
		var cands []int
		for _, p := range props {
			cands = append(cands, p.Sentence)
		}
		if q.ordNoun == "" {
			q.ordNoun = "propos"
		}
		pick := a.ordinalPick(q, cands)
		props = slices.DeleteFunc(slices.Clone(props), func(p summarize.Proposal) bool { return p.Sentence != pick })
	}
	// "What wage increase has the board offered?": how much, in the
	// board's own offer where the article words it otherwise ("has
	// offered 9.5 per cent").
	typed := q.atype == typeQuantity || q.atype == typeMoney
	for _, p := range props {
		if typed && !hasQuantity(a.sents[p.Sentence]) {
			continue
		}
		if len(q.topic) > 0 && a.ix.coverage(q.topic, []int{p.Sentence}) < 0.5 && !(typed && q.ent != nil && a.isName(q.ent, p.By)) {
			continue
		}
		if q.ent != nil && !a.isName(q.ent, p.By) && !a.sentenceNames(p.Sentence, q.ent) {
			continue
		}
		line := a.sents[p.Sentence] + " " + ref(p.Sentence)
		if q.intent == intentWhoProposed && p.By != "" {
			line = p.By + ": " + line
			if focus == "" {
				focus = p.By
			}
		}
		lines = append(lines, line)
		sents = append(sents, p.Sentence)
		if len(lines) == maxEvidence {
			break
		}
	}
	if len(lines) == 0 {
		return Result{}, false
	}
	return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(sents...), Confidence: 0.75, Focus: focus}, true
}

// positions answers "what does X want / refuse": the positions of X or of
// its people, and their quotations when they state one.
func (a *Article) positions(q *question) (Result, bool) {
	if q.ent == nil {
		return Result{}, false
	}
	var sents []int
	var lines []string
	focus := ""
	for _, p := range a.brief.Positions {
		if !a.isName(q.ent, p.Party) && !a.belongsTo(p.Party, q.ent) {
			continue
		}
		if len(q.topic) > 0 && a.ix.coverage(q.topic, []int{p.Sentence}) == 0 {
			continue
		}
		lines = append(lines, p.Party+": "+a.sents[p.Sentence]+" "+ref(p.Sentence))
		sents = append(sents, p.Sentence)
		if focus == "" {
			focus = p.Party
		}
		if len(lines) == maxEvidence {
			break
		}
	}
	if len(lines) == 0 {
		return Result{}, false
	}
	return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(sents...), Confidence: 0.75, Focus: focus}, true
}

// status answers "is there a deal?", "did they reach an agreement?": news
// says how talks stand in its lead, so the first story sentence among the
// first seven that speaks of a deal, an agreement or the talks.
func (a *Article) status() (Result, bool) {
	first := -1
	for i := range a.sents {
		if a.furniture(i) {
			continue
		}
		if statusSentRE.MatchString(strings.ToLower(a.sents[i])) {
			first = i
			break
		}
		if i > 6 {
			break
		}
	}
	if first < 0 {
		return Result{}, false
	}
	return Result{Answer: a.sents[first] + " " + ref(first), Citations: a.cite(first), Confidence: 0.6}, true
}

// terms answers "what was agreed?", "what's in the deal?": the sentences
// that say what a deal holds ("Under the agreement, EU boats will keep
// access…", "The deal gives…") or what the sides agreed to ("agreed on
// Tuesday to resume contract talks"), at most three in the article's
// order; else how the talks stand.
func (a *Article) terms() (Result, bool) {
	sents := a.storyMatches(termsSentRE, 3)
	if len(sents) == 0 {
		return a.status()
	}
	return a.sentencesAnswer(sents, 0.6), true
}

// storyMatches returns the first n story sentences (not the headline or
// other furniture) whose lower-case text re matches, in order.
func (a *Article) storyMatches(re *regexp.Regexp, n int) []int {
	var sents []int
	for i := range a.sents {
		if len(sents) == n {
			break
		}
		if !a.furniture(i) && re.MatchString(strings.ToLower(a.sents[i])) {
			sents = append(sents, i)
		}
	}
	return sents
}

// sentencesAnswer is an answer that quotes sentences, each with its
// reference, one a line.
func (a *Article) sentencesAnswer(sents []int, confidence float64) Result {
	lines := make([]string, len(sents))
	for k, s := range sents {
		lines[k] = a.sents[s] + " " + ref(s) + a.pronounSpeaker(s)
	}
	return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(sents...), Confidence: confidence}
}

// pronounSpeaker returns, for sentence s holding a quotation the brief
// credits to someone the sentence itself names only by a pronoun ("“…,”
// he said."), the speaker in brackets after the citation (" (Rajeev
// Malhotra)"), so that an answer quoting the article verbatim still says
// who; else "".
func (a *Article) pronounSpeaker(s int) string {
	for _, u := range a.said {
		if u.sentence != s || !u.quote || u.speaker == "" || u.doubtful {
			continue
		}
		l := strings.ToLower(a.sents[s])
		for _, k := range nameKeys(u.speaker) {
			if strings.Contains(l, k) {
				return ""
			}
		}
		for _, w := range words(a.sents[s]) {
			if wordIsPronoun(w) {
				return " (" + u.speaker + ")"
			}
		}
		return ""
	}
	return ""
}

// wordIsPronoun reports whether w is a personal pronoun a credit uses.
func wordIsPronoun(w string) bool {
	switch w {
	case "he", "she", "they":
		return true
	}
	return false
}

// termsSentRE finds a sentence that says what a deal holds or what the
// sides agreed to.
var termsSentRE = regexp.MustCompile(`\bunder the (new |tentative |proposed |draft |provisional )?(deal|agreement|accord|contract|plan|proposal|framework|pact|settlement|compromise)\b|\b(the|this) (new |tentative |proposed |draft |provisional )?(deal|agreement|accord|contract|pact|settlement|compromise|framework) (would |will |also )?(includes?|included|gives?|gave|provides?|requires?|allows?|cuts?|raises?|keeps?|sets?|extends?|guarantees?|commits?|calls for)\b|\bagreed (on |to |that )|\bterms of\b`)

// statusSentRE finds a sentence that says how talks stand.
var statusSentRE = regexp.MustCompile(`\b(deal|agree\w*|accord|settlement|talks|negotiat\w*|truce|ceasefire|contract)\b`)

// issues answers "what are the sticking points?", "what is holding up a
// deal?": the sentences that say what the talks broke down, stalled or
// are divided over ("collapsed over wages and automation"), then each
// party's demand, refusal or offer as the brief reads its positions and
// proposals, one a party.
func (a *Article) issues(q *question) (Result, bool) {
	sents := a.storyMatches(issueRE, 2)
	// Each party's stand once: its position, or what it put on the
	// table.
	type stand struct {
		party    string
		sentence int
	}
	var stands []stand
	for _, p := range a.brief.Positions {
		stands = append(stands, stand{p.Party, p.Sentence})
	}
	for _, p := range a.brief.Proposals {
		stands = append(stands, stand{p.By, p.Sentence})
	}
	seen := map[string]bool{}
	for _, p := range stands {
		if len(sents) >= maxEvidence {
			break
		}
		if p.party == "" || seen[strings.ToLower(p.party)] || slices.Contains(sents, p.sentence) || !stanceRE.MatchString(strings.ToLower(a.sents[p.sentence])) {
			continue
		}
		seen[strings.ToLower(p.party)] = true
		sents = append(sents, p.sentence)
	}
	if len(sents) == 0 {
		return Result{}, false
	}
	slices.Sort(sents)
	return a.sentencesAnswer(slices.Compact(sents), 0.6), true
}

// issueRE finds a sentence that says what talks are stuck on: a verb or
// phrase of breaking down or disagreeing with "over", "on" or "about"
// after it, or "sticking point" and its kin.
var issueRE = regexp.MustCompile(`\b(collaps\w*|stall\w*|broke down|break down|deadlock\w*|stuck|divided|split|at odds|disagree\w*|dispute\w*|differences|remain(ed|s)? apart|gaps?|snag\w*|impasse|faltered|foundered)\b[^.;]{0,40}?\b(over|on|about)\b|\b(sticking points?|main issues?|key issues?|outstanding issues?|main obstacles?|biggest obstacles?)\b`)

// stanceRE finds a position that says what a party wants or will not do:
// a demand, an offer, a refusal.
var stanceRE = regexp.MustCompile(`\b(demand\w*|insist\w*|refus\w*|reject\w*|cannot|can't|won't|will not|offer\w*|oppos\w*|wants?|seek\w*|calls? for|push\w* for)\b`)

// nextSteps answers "when / where do talks resume", "what happens next",
// "what is the deadline" (a date after "by", "before" or "until").
func (a *Article) nextSteps(q *question) (Result, bool) {
	steps := a.brief.NextSteps
	deadlineQ := slices.Contains(q.words, "deadline") || slices.Contains(q.words, "ultimatum")
	if deadlineQ {
		var byDate []summarize.NextStep
		for _, n := range steps {
			if n.When == "" {
				n.When = a.dateIn(n.Sentence)
			}
			l := strings.ToLower(a.sents[n.Sentence])
			if n.When != "" && (strings.Contains(l, "deadline") || strings.Contains(l, "by "+strings.ToLower(n.When)) ||
				strings.Contains(l, "before "+strings.ToLower(n.When)) || strings.Contains(l, "until "+strings.ToLower(n.When))) {
				byDate = append(byDate, n)
			}
		}
		steps = byDate
	}
	// The step that covers the question best (the first among equals).
	best, bestCov := -1, 0.5
	names := a.questionNames(q)
	for i, n := range steps {
		if q.wh == "when" && n.When == "" || q.wh == "where" && n.Where == "" {
			continue
		}
		if q.future() && !a.info[n.Sentence].future() {
			continue // "when will …" is not answered by what happened
		}
		if len(names) > 0 && !a.coversNames(names, n.Sentence) {
			continue
		}
		cov := 1.0
		if len(q.topic) > 0 {
			cov = a.ix.coverage(q.topic, []int{n.Sentence})
		}
		if cov > bestCov || best < 0 && cov >= bestCov {
			best, bestCov = i, cov
		}
	}
	// A sentence the next steps missed may fit better ("the summit begins
	// on 16 December"): then the search answers.
	if best >= 0 && len(q.topic) > 0 && (q.wh == "when" || q.wh == "where") {
		t := typeDate
		if q.wh == "where" {
			t = typePlace
		}
		stepCov := a.ix.exactCoverage(q.topic, []int{steps[best].Sentence})
		for _, h := range a.ix.search(q.topic, func(i int) bool { return a.fitsType(i, t, q) }) {
			if a.ix.exactCoverage(q.topic, []int{h.sent}) > stepCov {
				return Result{}, false
			}
		}
	}
	if best >= 0 {
		n := steps[best]
		lead := ""
		switch {
		case n.When != "" && n.Where != "":
			lead = capitalise(n.When) + ", in " + n.Where + ": "
		case n.When != "":
			lead = capitalise(n.When) + ": "
		case n.Where != "":
			lead = "In " + n.Where + ": "
		}
		return Result{Answer: lead + a.sents[n.Sentence] + " " + ref(n.Sentence), Citations: a.cite(n.Sentence), Confidence: 0.85}, true
	}
	if deadlineQ {
		return a.deadlineInText(q)
	}
	return Result{}, false
}

// deadlineInText answers "what is the deadline (for X)?" from a sentence
// the next steps do not hold: one that names a deadline, or sets a
// limit with a date ("If no agreement is reached by 31 March, …",
// "missing Friday's 18:00 deadline"), about X; the first among those
// that cover X best.
func (a *Article) deadlineInText(q *question) (Result, bool) {
	best, bestCov := -1, 0.0
	for i := range a.sents {
		l := strings.ToLower(a.sents[i])
		limit := strings.Contains(l, "deadline") || strings.Contains(l, "ultimatum")
		for _, d := range a.brief.Dates {
			if limit || d.Sentence != i {
				continue
			}
			w := strings.ToLower(d.Text)
			for _, p := range [...]string{"by ", "before ", "until ", "no later than "} {
				if strings.Contains(l, p+w) {
					limit = true
				}
			}
		}
		if !limit || !a.hasDate(i) && !a.info[i].hasType(nlp.DATE, nlp.TIME) || q.future() && !a.info[i].future() {
			continue
		}
		cov := 1.0
		if len(q.topic) > 0 {
			cov = a.ix.coverage(q.topic, []int{i})
		}
		if cov > bestCov {
			best, bestCov = i, cov
		}
	}
	if best < 0 {
		return Result{}, false
	}
	return Result{Answer: a.sents[best] + " " + ref(best), Citations: a.cite(best), Confidence: 0.6}, true
}

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
	if !a.ix.sentenceHas(i, t) {
		return false
	}
	if len(toks) == 0 {
		return true // no analysis: the word will do
	}
	is := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		for _, w := range []string{strings.ToLower(toks[k].Text), strings.ToLower(toks[k].Lemma)} {
			s := termOf(w)
			if s == t || slices.Contains(variants(t), s) {
				return true
			}
		}
		return false
	}
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
		// is a share of.
		if h := tok.Head; h >= 0 && h < len(toks) && shareUnits[strings.ToLower(toks[h].Text)] {
			for j := h + 1; j < len(toks); j++ {
				if toks[j].Head == h && toks[j].Rel == "nmod" && is(j) {
					return true
				}
			}
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
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if is(j) && !(j+1 < len(toks) && toks[j+1].Text == "-" && !toks[j].SpaceAfter) {
				// Not the first half of a unit written with a hyphen
				// ("2,400 acre-feet" counts no acres).
				return true
			}
			if toks[j].UPOS == "VERB" || toks[j].UPOS == "PUNCT" || toks[j].UPOS == "ADP" {
				break
			}
		}
	}
	return false
}

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

// shareUnits are the words after a number that make it a share of
// something ("97 percent of its water", "40 per cent of the fleet").
var shareUnits = map[string]bool{"percent": true, "cent": true, "%": true, "percentage": true}

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
	if j == len(toks) {
		return true
	}
	switch toks[j].UPOS {
	case "ADP", "AUX", "VERB", "PUNCT":
		return toks[j].Text != "%"
	}
	return false
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

// whichOne returns the singular noun a "which" question asks to be
// named, the noun "which" determines ("which judge", "which Ukrainian
// region"), when the answer types do not cover it; or "".
func (a *Article) whichOne(q *question) string {
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	for _, t := range an.Tokens {
		if !strings.EqualFold(t.Text, "which") || t.Rel != "det" || t.Head < 0 {
			continue
		}
		h := an.Tokens[t.Head]
		w := strings.ToLower(h.Text)
		if _, typed := typeNouns[w]; typed || h.UPOS != "NOUN" || h.XPOS != "NN" {
			return ""
		}
		return w
	}
	return ""
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
	person := false
	switch a.an.NounClass(noun) {
	case nlp.NounPerson:
		person = true
	case nlp.NounOrganisation, nlp.NounPlace:
	default:
		if _, typed := typeNouns[noun]; typed || !agentSuffix(noun) {
			return true
		}
		person = true
	}
	for _, e := range a.info[i].ents {
		switch {
		case person && e.typ == nlp.PERSON:
		case !person && (e.typ == nlp.ORG || e.typ == nlp.GPE || e.typ == nlp.LOC):
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
		switch {
		case si.toks[h].Head == n && (si.toks[h].Rel == "compound" || si.toks[h].Rel == "appos" || si.toks[h].Rel == "flat" || si.toks[h].Rel == "nmod" && si.child(h, "case") >= 0 && strings.EqualFold(si.toks[si.child(h, "case")].Text, "of")):
			return true
		case si.toks[n].Head == h && (si.toks[n].Rel == "appos" || si.toks[n].Rel == "compound"):
			return true
		}
	}
	return false
}

// durationRE finds a span of time: "90 days", "a seven-day ceasefire",
// "a six-month license", "week-long", "a fortnight", "entered its third
// day".
var durationRE = regexp.MustCompile(`(?i)\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)[- ](hour|day|week|month|year)s?\b|\b(day|week|month|year)-long\b|\bfortnight\b|\b(enter|enters|entered|entering|into) (its|the|a) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th)) (day|week|month|year)\b`)

// lengthRE matches a length: a number and a unit of distance ("about
// 1,000 km", "a 12-mile stretch").
var lengthRE = regexp.MustCompile(`(?i)\b\d[\d,.]*[- ]?(km|kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters|metre|meter|feet|foot)\b`)

// durationOf reports whether sentence s gives a span of time to one of
// the terms: right before it ("a 90-day truce", "a seven-day
// humanitarian ceasefire") or after "for" in a sentence that names it
// ("the truce will hold for 90 days").
func durationOf(s string, terms []string) bool {
	for _, m := range durationRE.FindAllStringIndex(s, -1) {
		after := words(s[m[1]:])
		for k := 0; k < len(after) && k < 3; k++ {
			if slices.Contains(terms, porter(after[k])) {
				return true
			}
		}
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(s[:m[0]])), " for") && textCoverage(terms, s) > 0 {
			return true
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
		switch w {
		case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "million", "billion", "half":
			return true
		case "third", "quarter":
			// A part ("a third of the workers"), not a place in order
			// ("a third day", "the third quarter").
			if k+1 < len(ws) && ws[k+1] == "of" {
				return true
			}
		}
	}
	return false
}

// isName reports whether text names n: a person by a word of the name
// (the surname, usually), anything else by its whole name or one of its
// other names ("US" for the United States), so that "the German exchange"
// does not name "the New York Stock Exchange".
func (a *Article) isName(n *name, text string) bool {
	if n == nil || text == "" {
		return false
	}
	if strings.EqualFold(n.full, text) {
		return true
	}
	tw := words(text)
	if n.kind == summarize.KindGroup {
		// A group named by common nouns ("workers") is a name whose words
		// it ends with ("union workers"), not one that uses them ("the
		// Communications Workers of America").
		gw := words(n.full)
		return len(gw) > 0 && len(tw) >= len(gw) && slices.Equal(tw[len(tw)-len(gw):], gw)
	}
	whole := n.whole
	if len(whole) == 0 && n.kind != summarize.KindPerson && n.kind != "" {
		whole = words(n.full)
	}
	if len(whole) > 1 {
		if containsRun(tw, whole) {
			return true
		}
		for _, al := range summarize.Aliases(n.full) {
			if aw := words(al); len(aw) > 0 && containsRun(tw, aw) {
				return true
			}
		}
		return false
	}
	for _, k := range n.keys {
		for j, w := range tw {
			if w == k && (len(k) >= 3 || shortSurname(n, k)) && !a.otherPersonAt(n, tw, j) && !(len(tw) == 1 && a.sharedName(n, k)) && !givenOfAnother(n, k, tw) && !hyphenedOnly(text, k, n.full) {
				return true
			}
		}
	}
	return false
}

// hyphenedOnly reports whether text writes the name word k only joined
// by a hyphen to another word that the name full does not join to it:
// "Jalali-Far" is not Mohsen Jalali.
func hyphenedOnly(text, k, full string) bool {
	lt, lf := strings.ToLower(text), strings.ToLower(full)
	found := false
	for from := 0; ; {
		i := strings.Index(lt[from:], k)
		if i < 0 {
			return found
		}
		i += from
		from = i + len(k)
		end := i + len(k)
		joined := i > 0 && lt[i-1] == '-' || end < len(lt) && lt[end] == '-'
		if !joined {
			return false
		}
		// The hyphenated word around the match.
		lo, hi := i, end
		for lo > 0 && lt[lo-1] != ' ' {
			lo--
		}
		for hi < len(lt) && lt[hi] != ' ' {
			hi++
		}
		if strings.Contains(lf, strings.Trim(lt[lo:hi], ".,;:!?'’\"“”()")) {
			return false
		}
		found = true
	}
}

// givenOfAnother reports whether the key k of person n that a text's
// words tw hold is n's given name in another person's name ("David" of
// David Cameron in "David B. Cohen"): not the surname, with a word of the
// text n's name lacks.
func givenOfAnother(n *name, k string, tw []string) bool {
	if n.kind != summarize.KindPerson || len(n.keys) < 2 || len(tw) < 2 {
		return false
	}
	fw := words(n.full)
	if len(fw) < 2 || fw[len(fw)-1] == k || !slices.Contains(fw[:len(fw)-1], k) {
		return false
	}
	return slices.ContainsFunc(tw, func(w string) bool { return !isStop(w) && !slices.Contains(n.keys, w) })
}

// sharedName reports whether word k of n's name is also a word of another
// person's name in the article that is not a form of n's: "Lee" alone,
// where the article names Lee Soo-min and Lee Jung-ho, is neither.
func (a *Article) sharedName(n *name, k string) bool {
	if n.kind != summarize.KindPerson {
		return false
	}
	full := a.onlyFullForm(n)
	for i := range a.names {
		m := &a.names[i]
		if m == n || m == full || m.full == n.full || m.kind != summarize.KindPerson || len(m.keys) < 2 || !slices.Contains(m.keys, k) {
			continue
		}
		if full == nil && len(n.keys) > 1 && !slices.ContainsFunc(m.keys, func(w string) bool { return !slices.Contains(n.keys, w) }) {
			continue // m's words are all n's: a shorter form of n
		}
		return true
	}
	return false
}

// otherPersonAt reports whether word j of ws, a word of n's name, is there
// part of another person's name: "Trump" in "Donald Trump" is not Ivanka
// Trump.
func (a *Article) otherPersonAt(n *name, ws []string, j int) bool {
	full := a.onlyFullForm(n)
	for i := range a.names {
		m := &a.names[i]
		if m == n || m.full == n.full || m == full || m.kind != summarize.KindPerson && m.kind != "" || !slices.Contains(m.keys, ws[j]) {
			continue
		}
		for _, k := range []int{j - 1, j + 1} {
			if k >= 0 && k < len(ws) && slices.Contains(m.keys, ws[k]) && !slices.Contains(n.keys, ws[k]) {
				return true
			}
		}
	}
	return false
}

// onlyFullForm returns the one person of the article whose name holds
// every word of n's ("Norman Ham" for "Ham"), or nil when there is none
// or more than one ("Hillary Clinton" and "Chelsea Clinton" for "Clinton").
func (a *Article) onlyFullForm(n *name) *name {
	if len(n.keys) == 0 {
		return nil
	}
	var found *name
	for i := range a.names {
		m := &a.names[i]
		if m == n || m.full == n.full || m.kind != summarize.KindPerson && m.kind != "" || len(m.keys) <= len(n.keys) {
			continue
		}
		all := true
		for _, k := range n.keys {
			if !slices.Contains(m.keys, k) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		if found != nil {
			return nil
		}
		found = m
	}
	return found
}

// containsRun reports whether ws holds run as consecutive words.
func containsRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// belongsTo reports whether the person named party belongs to n.
func (a *Article) belongsTo(party string, n *name) bool {
	for _, p := range n.people {
		if strings.EqualFold(p, party) {
			return true
		}
	}
	return false
}

// sentenceNames reports whether sentence i names n.
func (a *Article) sentenceNames(i int, n *name) bool {
	if n == nil || i < 0 || i >= len(a.sents) {
		return false
	}
	return a.isName(n, a.sents[i])
}

// stems are the stems of a name's words.
func (n *name) stems() []string { return terms(strings.Join(n.keys, " ")) }

var cueWords = set(`said says say told tells stated declined comment commented added warned argued insisted wrote
announced confirmed responded replied noted urged called`)

func hasCue(s string) bool {
	for _, w := range words(s) {
		if cueWords[w] {
			return true
		}
	}
	return false
}

// textCoverage is the share of the stems found in text.
func textCoverage(stems []string, text string) float64 {
	if len(stems) == 0 {
		return 0
	}
	have := map[string]bool{}
	for _, t := range terms(text) {
		have[t] = true
	}
	n := 0
	for _, s := range stems {
		if have[s] {
			n++
		}
	}
	return float64(n) / float64(len(stems))
}

func coverText(stems []string, text string) bool { return textCoverage(stems, text) > 0 }

func refs(sents []int) string {
	var parts []string
	for _, s := range sents {
		parts = append(parts, ref(s))
	}
	return strings.Join(parts, "")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// shortSurname reports whether k, a key of two letters, is the surname of
// person n ("Su" of "Julie Su", "Wu" of "Wu Qian"): a name's last word,
// or its first in a name written family name first, that is no word of
// the language ("he" of "Liu He" is).
func shortSurname(n *name, k string) bool {
	if n.kind != summarize.KindPerson || len(k) != 2 || isStop(k) || pronounsHe[k] || pronounsThey[k] {
		return false
	}
	ws := words(n.full)
	return len(ws) >= 2 && (ws[len(ws)-1] == k || ws[0] == k)
}
