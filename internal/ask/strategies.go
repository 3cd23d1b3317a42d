package ask

import (
	"fmt"
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
	best, bestCov := -1, 0.0
	for i, qt := range a.brief.Quotes {
		cov := textCoverage(q.topic, qt.Text)
		if cov > bestCov {
			best, bestCov = i, cov
		}
	}
	if best >= 0 && bestCov >= 0.5 && a.brief.Quotes[best].Speaker != "" {
		qt := a.brief.Quotes[best]
		return Result{
			Answer:     fmt.Sprintf("%s: “%s” %s", qt.Speaker, qt.Text, ref(qt.Sentence)),
			Citations:  a.cite(qt.Sentence),
			Confidence: 0.5 + bestCov/2,
			Focus:      qt.Speaker,
		}, true
	}
	return Result{}, false
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
	for _, p := range props {
		if len(q.topic) > 0 && a.ix.coverage(q.topic, []int{p.Sentence}) < 0.5 {
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

// nextSteps answers "when / where do talks resume", "what happens next",
// "what is the deadline" (a date after "by", "before" or "until").
func (a *Article) nextSteps(q *question) (Result, bool) {
	steps := a.brief.NextSteps
	if slices.Contains(q.words, "deadline") || slices.Contains(q.words, "ultimatum") {
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
	for i, n := range steps {
		if q.wh == "when" && n.When == "" || q.wh == "where" && n.Where == "" {
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
		for _, h := range a.ix.search(q.topic, func(i int) bool { return a.fitsType(i, t) }) {
			if a.ix.coverage(q.topic, []int{h.sent}) > bestCov {
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
	return Result{}, false
}

// search answers from the best sentences, if they cover the question.
func (a *Article) search(q *question) (Result, bool) {
	query := q.content
	if len(query) == 0 {
		return Result{}, false
	}
	// The evidence must hold an answer of the question's type, and name
	// what a "how many" question counts.
	keep := func(i int) bool {
		switch {
		case q.howMuch && q.howLong:
			if !hasQuantity(a.sents[i]) && !a.hasDate(i) {
				return false
			}
		case !a.fitsType(i, q.atype):
			return false
		}
		return q.counted == "" || a.counts(i, termOf(q.counted))
	}
	hits := a.ix.search(query, keep)
	if len(hits) == 0 {
		return Result{}, false
	}
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
	if q.wh == "who" {
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
	top := hits[0].sent
	cov := a.ix.coverage(query, a.withContext(top))
	sents := []int{top}
	// A second sentence when it adds coverage and scores close.
	if len(hits) > 1 && hits[1].score > hits[0].score*0.8 {
		if c2 := a.ix.coverage(query, append(a.withContext(top), hits[1].sent)); c2 > cov {
			sents, cov = append(sents, hits[1].sent), c2
		}
	}
	if cov < 0.5 || len(query) >= 3 && cov < 0.6 {
		return Result{}, false
	}
	var lines []string
	for _, s := range sents {
		lines = append(lines, a.sents[s]+" "+ref(s))
	}
	return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(sents...), Confidence: 0.4 + cov/2}, true
}

// counts reports whether sentence i gives a number of the thing whose
// term is t: "3,000 workers" counts workers, not the jobs they may lose.
func (a *Article) counts(i int, t string) bool {
	if !a.ix.sentenceHas(i, t) {
		return false
	}
	toks := a.info[i].toks
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
		if tok.UPOS != "NUM" && !strings.HasPrefix(tok.NER, "B-CARDINAL") && !strings.HasPrefix(tok.NER, "I-CARDINAL") {
			continue
		}
		// the number's head, or a noun just after it ("40,000 workers",
		// "1.4 million public sector workers")
		if is(tok.Head) {
			return true
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if is(j) {
				return true
			}
			if toks[j].UPOS == "VERB" || toks[j].UPOS == "PUNCT" || toks[j].UPOS == "ADP" {
				break
			}
		}
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
	for _, w := range words(s) {
		switch w {
		case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "million", "billion", "half", "third", "quarter":
			return true
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
		for _, w := range tw {
			if w == k && len(k) >= 3 {
				return true
			}
		}
	}
	return false
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
