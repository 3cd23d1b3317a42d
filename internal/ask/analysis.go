package ask

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// Option changes how New prepares an article.
type Option func(*config)

type config struct {
	analyzer *nlp.Analyzer
}

// WithAnalyzer makes New read the article with an (shared) analysis layer
// instead of loading one for the call.
func WithAnalyzer(an *nlp.Analyzer) Option { return func(c *config) { c.analyzer = an } }

// sentInfo is what the analysis layer reads in one sentence of the brief.
type sentInfo struct {
	toks []nlp.Token // the sentence's words; Head indexes this slice (-1: root)
	ents []entity
	// coref are the stems of the names that the sentence's pronouns and
	// descriptions refer to ("it" -> "Priorities USA Action"), so that a
	// sentence counts as speaking of what it refers to.
	coref []string
	// descs are the descriptions the sentence gives names ("Future45, a
	// super PAC"; "the program, called EB-5"; "the EB-5 program").
	descs []desc
}

// desc is a name's term and the lemma of a noun that describes it, with
// the stems of the words that modify the noun ("mining company Norrmalm
// Gruv": company, with "mine").
type desc struct {
	name, head string
	mods       []string
}

// entity is a named entity or a value of a sentence.
type entity struct {
	typ   string // nlp.PERSON, nlp.MONEY, ...
	text  string
	first int // token index in sentInfo.toks
	last  int // one past
}

// analyse runs the analysis layer over the brief's sentences (a paragraph
// a block, so names keep their context) and files tokens and entities
// under the brief's sentence they fall in.
func analyse(an *nlp.Analyzer, sents []string, paras []int) []sentInfo {
	info := make([]sentInfo, len(sents))
	if an == nil || len(sents) == 0 {
		return info
	}
	var sb strings.Builder
	starts := make([]int, len(sents))
	for i, s := range sents {
		if i > 0 {
			if paras[i] != paras[i-1] {
				sb.WriteString("\n\n")
			} else {
				sb.WriteByte(' ')
			}
		}
		starts[i] = sb.Len()
		sb.WriteString(s)
	}
	res := an.Analyze(sb.String())
	// owner[t] is the brief sentence of token t; local[t] its index there.
	owner := make([]int, len(res.Tokens))
	local := make([]int, len(res.Tokens))
	si := 0
	for t, tok := range res.Tokens {
		for si+1 < len(starts) && tok.Start >= starts[si+1] {
			si++
		}
		owner[t] = si
		local[t] = len(info[si].toks)
		info[si].toks = append(info[si].toks, tok)
	}
	for s := range info {
		for k := range info[s].toks {
			h := info[s].toks[k].Head
			if h >= 0 && h < len(owner) && owner[h] == s {
				info[s].toks[k].Head = local[h]
			} else {
				info[s].toks[k].Head = -1
			}
		}
	}
	appositives := appositiveNames(res)
	for _, m := range res.Mentions {
		if m.Kind == nlp.NameMention || m.Cluster < 0 || m.Cluster >= len(res.Clusters) || m.First < 0 || m.First >= len(owner) {
			continue
		}
		name := clusterName(res, m.Cluster)
		if name == "" {
			name = appositives[m.Cluster]
		}
		if name != "" {
			s := owner[m.First]
			for _, t := range terms(name) {
				if !slices.Contains(info[s].coref, t) {
					info[s].coref = append(info[s].coref, t)
				}
			}
		}
	}
	for s := range info {
		info[s].descs = info[s].descriptions()
	}
	for _, e := range res.Entities {
		if e.First < 0 || e.First >= len(owner) || e.Last > len(owner) || e.Last <= e.First {
			continue
		}
		s := owner[e.First]
		if owner[e.Last-1] != s {
			continue
		}
		info[s].ents = append(info[s].ents, entity{typ: e.Type, text: e.Text, first: local[e.First], last: local[e.Last-1] + 1})
	}
	return info
}

// descriptions reads the nouns the sentence describes names with: an
// apposition ("Future45, a super PAC"), a name "called" so ("the program,
// called EB-5") or a name that modifies a noun ("the EB-5 program").
func (si *sentInfo) descriptions() []desc {
	var out []desc
	toks := si.toks
	add := func(nameTok, noun int) {
		if nameTok < 0 || noun < 0 || nameTok >= len(toks) || noun >= len(toks) {
			return
		}
		head := strings.ToLower(toks[noun].Lemma)
		if head == "" || isStop(head) {
			return
		}
		var mods []string
		for j := max(noun-4, 0); j < noun; j++ {
			if j != nameTok && toks[j].Head == noun && (toks[j].Rel == "amod" || toks[j].Rel == "compound") {
				for _, w := range words(toks[j].Text) {
					if !isStop(w) {
						mods = append(mods, porter(w))
					}
				}
			}
		}
		for _, w := range words(toks[nameTok].Text) {
			if !isStop(w) {
				out = append(out, desc{name: termOf(w), head: head, mods: mods})
			}
		}
	}
	isNoun := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN")
	}
	isName := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		r := []rune(toks[k].Text)
		return len(r) > 0 && unicode.IsUpper(r[0])
	}
	// A noun in capitals ("a super PAC") describes as well as a common one.
	isDesc := func(k int) bool {
		return isNoun(k) && (!isName(k) || strings.ToUpper(toks[k].Text) == toks[k].Text && len(toks[k].Text) > 1)
	}
	for k, t := range toks {
		switch {
		case t.Rel == "appos" && isDesc(k) && isName(t.Head):
			add(t.Head, k)
		case t.Rel == "appos" && isName(k) && isDesc(t.Head):
			add(k, t.Head)
		case t.Rel == "compound" && isName(k) && isNoun(t.Head) && !isName(t.Head):
			add(k, t.Head)
		case (t.Rel == "xcomp" || t.Rel == "obj") && isName(k) && t.Head >= 0 && strings.EqualFold(toks[t.Head].Lemma, "call") && toks[t.Head].Rel == "acl":
			add(k, toks[t.Head].Head)
		}
		// "Future45, a super PAC that …" however the tree reads it.
		if isName(k) && k+3 < len(toks) && toks[k+1].Text == "," && (strings.EqualFold(toks[k+2].Text, "a") || strings.EqualFold(toks[k+2].Text, "an")) {
			head := -1
			for j := k + 3; j < len(toks) && j <= k+6; j++ {
				u := toks[j].UPOS
				if u != "ADJ" && u != "NOUN" && u != "PROPN" {
					break
				}
				if isDesc(j) {
					head = j
				}
			}
			if head >= 0 {
				add(k, head)
			}
		}
	}
	return out
}

// appositiveNames maps each cluster of descriptions and pronouns that no
// name is part of to the name one of its descriptions is set beside as
// an apposition ("the Frente Comunero del Sur, an armed group that…": the
// group, its fighters, "the group will stop kidnapping" speak of the
// Frente). Nil when there is none.
func appositiveNames(res *nlp.Analysis) map[int]string {
	var out map[int]string
	for _, m := range res.Mentions {
		if m.Kind != nlp.NominalMention || m.Cluster < 0 || m.Cluster >= len(res.Clusters) || m.Head < 0 || m.Head >= len(res.Tokens) {
			continue
		}
		ht := &res.Tokens[m.Head]
		if ht.Rel != "appos" || ht.Head < 0 || ht.Head >= m.First || clusterName(res, m.Cluster) != "" {
			continue
		}
		if _, seen := out[m.Cluster]; seen {
			continue
		}
		for _, e := range res.Entities {
			if e.First <= ht.Head && ht.Head < e.Last && (e.Type == nlp.ORG || e.Type == nlp.PERSON || e.Type == nlp.GPE) {
				if out == nil {
					out = map[int]string{}
				}
				out[m.Cluster] = e.Text
				break
			}
		}
	}
	return out
}

// clusterName is the name of cluster c when one of its mentions is a
// name, or "".
func clusterName(res *nlp.Analysis, c int) string {
	for _, mi := range res.Clusters[c].Mentions {
		if mi >= 0 && mi < len(res.Mentions) && res.Mentions[mi].Kind == nlp.NameMention {
			return res.Clusters[c].Name
		}
	}
	return ""
}

// lemmaTerms returns the stems of the sentence's lemmas that differ from
// the stems of its words ("countries" -> "country", "richer" -> "rich").
// countryTerms are the terms of the countries the sentence's places stand
// for where it does not name them ("Tokyo will pay": Japan), so that a
// question that names the country finds the sentence that speaks of it
// so, as news does. Nationalities are left out: "Chinese steel" does not
// say how much steel China produces.
func (si *sentInfo) countryTerms() []string {
	var out []string
	for _, e := range si.ents {
		if e.typ != nlp.GPE {
			continue
		}
		c := summarize.CountryOf(e.text)
		if c == "" || strings.EqualFold(c, e.text) {
			continue
		}
		for _, t := range terms(c) {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

func (si *sentInfo) lemmaTerms() []string {
	var out []string
	for _, t := range si.toks {
		if t.Lemma == "" || t.UPOS == "PUNCT" {
			continue
		}
		l := strings.ToLower(t.Lemma)
		if isStop(l) {
			continue
		}
		s := porter(l)
		if s != porter(strings.ToLower(t.Text)) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// hasType reports whether the sentence holds an entity of one of types.
func (si *sentInfo) hasType(types ...string) bool {
	for _, e := range si.ents {
		if slices.Contains(types, e.typ) {
			return true
		}
	}
	return false
}

// speechLemmas are verbs that report what someone said, wants or offers.
var speechLemmas = set(`say tell state add warn argue insist claim announce confirm deny decline refuse comment write
tweet post urge call demand propose offer suggest predict acknowledge admit promise vow pledge stress note explain
describe accuse criticize criticise blame praise welcome dismiss reject accept threaten respond reply ask estimate
believe report testify concede contend maintain complain question`)

// thoughtLemmas are verbs of thinking, hoping and wanting: what someone
// is reported to think is theirs to be asked about, unlike what they did.
var thoughtLemmas = set(`think believe hope expect want fear worry doubt feel know wish predict insist vow express`)

// futureWords mark a sentence that speaks of what is to come.
var futureWords = set(`will 'll shall next upcoming later tomorrow coming due expected scheduled slated would`)

// planLemmas are verbs whose infinitive is what is to come: "agreed to
// meet again", "plans to vote", "vowed to return".
var planLemmas = set(`agree plan promise pledge vow intend aim decide undertake arrange schedule offer propose threaten hope want seek expect prepare commit`)

// child returns the index of a child of token k with relation rel, or -1.
func (si *sentInfo) child(k int, rel string) int {
	for j, t := range si.toks {
		if t.Head == k && t.Rel == rel {
			return j
		}
	}
	return -1
}

// future reports whether the sentence speaks of what is to come: a modal
// of the future, "due / expected / scheduled to", "next", "later", or a
// present progressive with a day not past ("is meeting Ms Furse on
// Thursday", not "is pushing … last week"). A sentence the analysis layer
// has not read passes.
func (si *sentInfo) future() bool { return si.futureOf(true) }

// nameWordAt reports whether token k is a word of a name, not the word
// it looks like: "Will" of "Will Moy" in "…,” Will Moy said" (capitalised
// inside the sentence, or read as a name).
func (si *sentInfo) nameWordAt(k int) bool {
	t := si.toks[k]
	if t.UPOS == "PROPN" || strings.Contains(t.NER, "PERSON") {
		return true
	}
	if k == 0 || t.Text == "" || !unicode.IsUpper([]rune(t.Text)[0]) {
		return false
	}
	switch si.toks[k-1].Text {
	case "“", "\"", "(", "‘", ":", "—", "–", "-":
		return false // a sentence within: "“Will they come?” he asked"
	}
	return true
}

// reportsFuture reports whether the sentence tells, with "would", the
// future of what someone said ("the minister said the boats would land
// 3,200 tonnes"): the amount to come of a question about next year,
// which comingNext, leaving "would" out, does not read.
func (si *sentInfo) reportsFuture() bool {
	for k, t := range si.toks {
		if strings.EqualFold(t.Text, "would") && si.reportedFuture(k) {
			return true
		}
	}
	return false
}

// reportedFuture reports whether "would" at k is the future of what
// someone said: its verb is the clause a verb of saying reports, not a
// past told.
func (si *sentInfo) reportedFuture(k int) bool {
	v := si.toks[k].Head
	if v < 0 || v >= len(si.toks) || si.toks[v].Rel != "ccomp" {
		return false
	}
	s := si.toks[v].Head
	return s >= 0 && s < len(si.toks) && speechLemmas[strings.ToLower(si.toks[s].Lemma)]
}

// comingNext reports whether the sentence speaks of what is to come in
// itself, not as the future of a past told ("a lead they wouldn't
// relinquish"): future without "would".
func (si *sentInfo) comingNext() bool { return si.futureOf(false) }

// futureOf is future, with "would" counting or not.
func (si *sentInfo) futureOf(would bool) bool {
	if len(si.toks) == 0 {
		return true
	}
	progressive := false
	for k, t := range si.toks {
		if w := strings.ToLower(t.Text); futureWords[w] && (would || w != "would") && !si.nameWordAt(k) {
			return true
		}
		if t.UPOS == "VERB" && planLemmas[strings.ToLower(t.Lemma)] && si.child(k, "xcomp") >= 0 {
			return true // "agreed to meet again within 90 days"
		}
		if (t.XPOS == "VBZ" || t.XPOS == "VBP") && strings.EqualFold(t.Lemma, "be") && k+1 < len(si.toks) && si.toks[k+1].XPOS == "VBG" {
			progressive = true
		}
	}
	if !progressive {
		return false
	}
	for _, e := range si.ents {
		if e.typ != nlp.DATE && e.typ != nlp.TIME {
			continue
		}
		past := false
		for _, w := range words(e.text) {
			if w == "last" || w == "ago" || w == "earlier" || w == "yesterday" || w == "previous" {
				past = true
			}
		}
		if !past {
			return true
		}
	}
	return false
}

// withheldLemmas are what someone declines to do when an answer is
// withheld ("declined to comment", "refused to say", "would not
// describe").
var withheldLemmas = set(`comment say describe discuss elaborate identify disclose reveal specify confirm name answer speculate`)

// refusal reports whether the sentence withholds an answer: someone
// declines or refuses to comment, say, describe…, would not say, or is
// "not going to go into" it.
func (si *sentInfo) refusal() bool {
	for k, t := range si.toks {
		if k > 0 && strings.EqualFold(t.Text, "but") && si.refusalBefore(k) && si.saysAfter(k) {
			// "He declined to say when a strike might begin, but said
			// the union would give at least 48 hours' notice": what he
			// did say is an answer.
			return false
		}
	}
	return si.refusalBefore(len(si.toks))
}

// subjectSetOff reports whether the subject of the sentence's main verb
// has a phrase set off beside it that says who or what it is
// ("Copperline's largest shareholder, the Norwegian sovereign fund,
// declined to comment": who the shareholder is, the sentence says).
func (si *sentInfo) subjectSetOff() bool {
	for k, t := range si.toks {
		if t.Head >= 0 || t.Rel != "root" {
			continue
		}
		s := si.child(k, "nsubj")
		if s < 0 {
			return false
		}
		if si.child(s, "appos") >= 0 {
			return true
		}
		// The parser may take it for a conjunct, with no "and" or "or".
		c := si.child(s, "conj")
		return c >= 0 && si.child(c, "cc") < 0
	}
	return false
}

// saysAfter reports whether a verb of saying (in withheldLemmas) comes
// after token k, outside any negation right before it.
func (si *sentInfo) saysAfter(k int) bool {
	for j := k + 1; j < len(si.toks); j++ {
		if si.toks[j].UPOS == "VERB" && withheldLemmas[strings.ToLower(si.toks[j].Lemma)] {
			p := strings.ToLower(si.toks[j-1].Text)
			return p != "not" && p != "n't" && p != "to"
		}
	}
	return false
}

// refusalBefore reports whether the sentence's words before token end
// withhold an answer (see refusal).
func (si *sentInfo) refusalBefore(end int) bool {
	for k, t := range si.toks[:end] {
		l := strings.ToLower(t.Lemma)
		if (l == "decline" || l == "refuse") && k+2 < len(si.toks) && strings.EqualFold(si.toks[k+1].Text, "to") && withheldLemmas[strings.ToLower(si.toks[k+2].Lemma)] {
			return true
		}
		if (l == "not" || l == "n't") && k+1 < len(si.toks) && withheldLemmas[strings.ToLower(si.toks[k+1].Lemma)] && k > 0 && (si.toks[k-1].XPOS == "MD" || strings.EqualFold(si.toks[k-1].Lemma, "do")) {
			return true // "would not say", "did not comment"
		}
		if l == "go" && k+1 < len(si.toks) && strings.EqualFold(si.toks[k+1].Text, "into") {
			for j := max(0, k-3); j < k; j++ {
				if strings.EqualFold(si.toks[j].Text, "not") || si.toks[j].Text == "n't" {
					return true // "not going to go into that"
				}
			}
		}
	}
	return false
}

// undisclosed reports whether the sentence says that the thing a question
// asks about (one of the stems content) is kept unknown: "an undisclosed
// injury", "an unspecified sum", "an unnamed buyer".
func (si *sentInfo) undisclosed(content []string) bool {
	for k, t := range si.toks {
		if !undisclosedWords[strings.ToLower(t.Text)] {
			continue
		}
		for j := k + 1; j < len(si.toks) && j <= k+3; j++ {
			if slices.Contains(content, porter(strings.ToLower(si.toks[j].Text))) {
				return true
			}
		}
	}
	return false
}

// undisclosedWords say that the noun they qualify is kept unknown.
var undisclosedWords = set(`undisclosed unspecified unnamed unidentified unknown`)

// conditional reports whether token k's clause is a condition ("if the
// studios accepted", "unless they agree"): what it says is not said.
func (si *sentInfo) conditional(k int) bool {
	for _, t := range si.toks {
		if t.Head == k && t.Rel == "mark" {
			if w := strings.ToLower(t.Text); w == "if" || w == "unless" {
				return true
			}
		}
	}
	return false
}

// hasSpeechVerb reports whether the sentence has a verb of speech or of
// thought.
func (si *sentInfo) hasSpeechVerb() bool {
	for _, t := range si.toks {
		if l := strings.ToLower(t.Lemma); t.UPOS == "VERB" && (speechLemmas[l] || thoughtLemmas[l]) {
			return true
		}
	}
	return len(si.toks) == 0 // no analysis: the words decided
}

// hasLemma reports whether the sentence has a verb whose lemma is l.
func (si *sentInfo) hasLemma(l string) bool {
	for _, t := range si.toks {
		if t.UPOS == "VERB" && strings.EqualFold(t.Lemma, l) {
			return true
		}
	}
	return false
}

// negated reports whether the verb at k is negated ("would not say").
func (si *sentInfo) negated(k int) bool {
	for j, t := range si.toks {
		if t.Head != k && (j < k-3 || j >= k) {
			continue
		}
		switch strings.ToLower(t.Text) {
		case "not", "n't", "n’t", "never":
			return true
		}
	}
	return false
}

// usableCue reports whether the word w of sentence i is a verb of speech
// that reports words said: not an infinitive or a verb another one
// controls ("make Kadzik testify"), not negated.
func (si *sentInfo) usableCue(w string) bool {
	found := false
	for k, t := range si.toks {
		if strings.ToLower(t.Text) != w {
			continue
		}
		found = true
		if t.Rel != "xcomp" && !si.negated(k) && !si.conditional(k) {
			return true
		}
	}
	return !found
}

// subjectOf returns the tokens of the subject of the speech verb at k
// (its nsubj subtree), or nil.
func (si *sentInfo) subjectOf(k int) []int {
	for i, t := range si.toks {
		if t.Head == k && (t.Rel == "nsubj" || t.Rel == "nsubj:pass" && si.toks[k].Lemma == "quote") {
			return si.subtree(i)
		}
	}
	return nil
}

// subtree returns token i and every token below it.
func (si *sentInfo) subtree(i int) []int {
	out := []int{i}
	for j := 0; j < len(out); j++ {
		for k, t := range si.toks {
			if t.Head == out[j] && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// speaksHere reports whether n is the subject of a speech verb of the
// sentence ("Graham told reporters …", "a spokesman refused to comment").
func (si *sentInfo) speaksHere(match func(subject, head []string) bool) bool {
	for k, t := range si.toks {
		if (t.UPOS != "VERB" && t.UPOS != "AUX") || !speechLemmas[strings.ToLower(t.Lemma)] {
			continue
		}
		// "make Kadzik testify", "daring him to say", "wouldn't say":
		// words not said.
		if t.Rel == "xcomp" || si.negated(k) || si.conditional(k) {
			continue
		}
		subj := si.subjectOf(k)
		if len(subj) == 0 {
			continue
		}
		// The subject's head must be the speaker's: "U.S. Trade
		// Representative Robert Lighthizer" is Lighthizer, not the US.
		head := words(si.toks[subj[0]].Text)
		for _, i := range subj {
			if si.toks[i].Head < 0 || !slices.Contains(subj, si.toks[i].Head) {
				head = words(si.toks[i].Text)
			}
		}
		var ws []string
		for _, i := range subj {
			ws = append(ws, words(si.toks[i].Text)...)
		}
		if match(ws, head) {
			return true
		}
	}
	return false
}

// hasCondition reports whether the sentence has a clause of the condition
// or the moment on which something happens: "whenever the level falls",
// "if talks fail", "once the deal is signed", "until the fund is paid".
func (si *sentInfo) hasCondition() bool {
	for _, t := range si.toks {
		if t.Rel == "mark" && conditionMarks[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// conditionMarks are the words that open a clause of a condition or of
// the moment something happens.
var conditionMarks = set(`when whenever if once until unless`)
