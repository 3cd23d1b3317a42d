package ask

import (
	"fmt"
	"regexp"
	"slices"
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
	// The step that covers the question best (the first among equals);
	// of steps that cover its topic as well, the one that holds more of
	// its words ("when do talks resume": the step that says talks
	// resume, not the picket that starts first).
	best, bestCov, bestWords := -1, 0.5, 0.0
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
		w := a.ix.coverage(q.content, []int{n.Sentence})
		if cov > bestCov || best < 0 && cov >= bestCov || best >= 0 && cov == bestCov && w > bestWords {
			best, bestCov, bestWords = i, cov, w
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
