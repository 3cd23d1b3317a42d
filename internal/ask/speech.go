package ask

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/summarize/stem"
)

// utterance is a quote or a statement (reported speech) of the brief.
type utterance struct {
	text     string
	speaker  string
	cue      string
	sentence int
	pos      int // where the text starts in its sentence (-1: not found)
	quote    bool
	partial  bool
	// doubtful is set when the article does not name the speaker near the
	// words: the brief's attribution rests on a guess.
	doubtful bool
}

// maxSpeech is how many quotes and statements one answer lists.
const maxSpeech = 8

// utterances merges the brief's quotes and statements in article order.
// A partial quote inside a statement of the same speaker is the
// statement's; a statement made of a whole quote is the quote.
func (a *Article) utterances() []utterance {
	var out []utterance
	for _, q := range a.brief.Quotes {
		if q.Sentence < 0 || q.Sentence >= len(a.sents) {
			continue
		}
		out = append(out, utterance{text: q.Text, speaker: q.Speaker, cue: q.Cue, sentence: q.Sentence, quote: true, partial: q.Partial})
	}
	for _, st := range a.brief.Statements {
		if st.Sentence < 0 || st.Sentence >= len(a.sents) {
			continue
		}
		dup := false
		for i := range out {
			u := &out[i]
			if !u.quote || u.sentence != st.Sentence {
				continue
			}
			inside := strings.Contains(normSpace(st.Text), normSpace(u.text))
			switch {
			case inside && u.partial && strings.EqualFold(u.speaker, st.Speaker):
				u.text, u.cue, u.quote, u.partial = st.Text, st.Cue, false, false
				dup = true
			case inside || strings.Contains(normSpace(u.text), normSpace(st.Text)):
				// The quotation's own attribution wins.
				dup = true
			}
		}
		if !dup {
			out = append(out, utterance{text: st.Text, speaker: st.Speaker, cue: st.Cue, sentence: st.Sentence})
		}
	}
	for i := range out {
		u := &out[i]
		u.pos = strings.Index(normSpace(a.sents[u.sentence]), normSpace(strings.TrimRight(u.text, ".,!?")))
		u.doubtful = u.speaker != "" && !a.namedNear(u.speaker, u.sentence)
	}
	slices.SortStableFunc(out, func(x, y utterance) int {
		if c := cmp.Compare(x.sentence, y.sentence); c != 0 {
			return c
		}
		return cmp.Compare(x.pos, y.pos)
	})
	return out
}

func normSpace(s string) string {
	return strings.Join(strings.Fields(straight.Replace(strings.ToLower(s))), " ")
}

var straight = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// namedNear reports whether a word of the speaker's name occurs in the
// sentence or in the three before it.
func (a *Article) namedNear(speaker string, i int) bool {
	keys := nameKeys(speaker)
	if len(keys) == 0 {
		return true
	}
	for j := max(0, i-3); j <= i; j++ {
		for _, w := range words(a.sents[j]) {
			if slices.Contains(keys, w) {
				return true
			}
		}
	}
	return false
}

// nameKeys are the words of a name that refer to it.
func nameKeys(full string) []string {
	var keys []string
	for _, w := range words(full) {
		if len(w) >= 2 && !titleish[w] && !isStop(w) {
			keys = append(keys, w)
		}
	}
	return keys
}

// subject is who a "what did X say" question asks about: a name of the
// article, or a description ("the Mitsubishi spokesman", "analysts").
type subject struct {
	ent    *name
	phrase []string // lower-case content words of a description; the last is its head
}

func (s subject) label() string {
	if s.ent != nil {
		return s.ent.full
	}
	return "the " + strings.Join(s.phrase, " ")
}

// speaks reports whether an utterance is the subject's.
func (a *Article) speaks(s subject, u utterance) bool {
	if u.speaker == "" {
		return false
	}
	if s.ent != nil {
		return a.isName(s.ent, u.speaker) || a.belongsTo(u.speaker, s.ent)
	}
	return a.describes(s.phrase, words(u.speaker), u.sentence)
}

// describes reports whether a speaker's words fit a description: the
// description's head is the speaker's ("a spokesman" for "the Mitsubishi
// spokesman") and its other words are the speaker's or the sentence's.
func (a *Article) describes(phrase, speaker []string, sent int) bool {
	if len(phrase) == 0 {
		return false
	}
	head := stem.Porter(phrase[len(phrase)-1])
	found := false
	for _, w := range speaker {
		if stem.Porter(w) == head {
			found = true
		}
	}
	if !found {
		// A title before the name: "Canadian Foreign Minister Chrystia
		// Freeland", "Mexico's economy minister, Ildefonso Guajardo".
		return sent >= 0 && a.titled(phrase, speaker, sent)
	}
	for _, w := range phrase[:len(phrase)-1] {
		t := stem.Porter(w)
		ok := false
		for _, sw := range speaker {
			if stem.Porter(sw) == t {
				ok = true
			}
		}
		if !ok && (sent < 0 || !a.ix.sentenceHas(sent, t)) {
			return false
		}
	}
	return true
}

// titled reports whether sentence i gives the speaker the description
// phrase as a title, right before the name.
func (a *Article) titled(phrase, speaker []string, i int) bool {
	keys := nameKeys(strings.Join(speaker, " "))
	if len(keys) == 0 {
		return false
	}
	ws := words(a.sents[i])
	ps := make([]string, len(phrase))
	for k, w := range phrase {
		ps[k] = stem.Porter(w)
	}
	for k := 0; k+len(ps) <= len(ws); k++ {
		match := true
		for j, p := range ps {
			if stem.Porter(ws[k+j]) != p {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		for j := k + len(ps); j < len(ws) && j <= k+len(ps)+1; j++ {
			if slices.Contains(keys, ws[j]) {
				return true
			}
		}
	}
	return false
}

// demandLemmas are what a question about demands, offers or proposals asks.
var demandLemmas = set(`demand demanded demands want wants wanted offer offered offers propose proposed proposes urge urged
urges call called calls insist insisted seek sought ask asked`)

// speech answers "what did X say / tell / demand / offer (about Y)": every
// quote and statement of X, in article order, each with its sentence.
func (a *Article) speech(q *question) (Result, bool) {
	s := subject{ent: q.ent, phrase: q.subjectPhrase}
	if s.ent == nil && len(s.phrase) == 0 {
		return Result{}, false
	}
	var picked []utterance
	for _, u := range a.said {
		if a.speaks(s, u) {
			picked = append(picked, u)
		}
	}
	// A party's own words first; its people's when it has none.
	if s.ent != nil && len(s.ent.people) > 0 {
		var own []utterance
		for _, u := range picked {
			if a.isName(s.ent, u.speaker) {
				own = append(own, u)
			}
		}
		if len(own) > 0 {
			picked = own
		}
	}
	// "What did X demand / offer": the words that do, if any.
	if demandLemmas[q.speechVerb] {
		var asks []utterance
		for _, u := range picked {
			if demandLemmas[strings.ToLower(u.cue)] || demandLemmas[pastOf(u.cue)] || asksFor(q.speechVerb, u.text) {
				asks = append(asks, u)
			}
		}
		picked = asks // none: the positions and proposals answer
	}
	if len(q.topic) > 0 {
		var onTopic []utterance
		for _, u := range picked {
			if a.ix.coverage(q.topic, []int{u.sentence}) > 0 || coverText(q.topic, u.text) {
				onTopic = append(onTopic, u)
			}
		}
		picked = onTopic
	}
	if len(picked) == 0 {
		return a.speechInText(q, s)
	}
	var lines []string
	var sents []int
	for i, u := range picked {
		if i == maxSpeech {
			lines = append(lines, fmt.Sprintf("(and %d more)", len(picked)-maxSpeech))
			break
		}
		lines = append(lines, a.renderUtterance(u))
		sents = append(sents, u.sentence)
	}
	conf := 0.9
	for _, u := range picked {
		if u.doubtful {
			conf = 0.6
		}
	}
	return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(sents...), Confidence: conf, Focus: picked[0].speaker}, true
}

// demandWords mark words that ask for something; offerWords words that
// offer something.
var (
	demandWords = set(`should must need needs demand demands want wants call calls insist urge require requires unless`)
	offerWords  = set(`offer offers offered propose proposes proposed ready willing prepared would could`)
	offerVerbs  = set(`offer offered offers propose proposed proposes`)
)

// asksFor reports whether words do what verb asks about: ask for
// something ("demand") or offer it ("offer").
func asksFor(verb, text string) bool {
	marks := demandWords
	if offerVerbs[verb] {
		marks = offerWords
	}
	for _, w := range words(text) {
		if marks[w] {
			return true
		}
	}
	return false
}

// speechInText answers from sentences in which the subject is the subject
// of a verb of speech ("a spokesman refused to comment on …") when the
// brief lists no words of theirs.
func (a *Article) speechInText(q *question, s subject) (Result, bool) {
	match := func(ws, head []string) bool {
		if s.ent != nil {
			if !a.isName(s.ent, strings.Join(ws, " ")) {
				return false
			}
			for _, h := range head {
				if slices.Contains(s.ent.keys, h) || a.isName(s.ent, h) {
					return true
				}
			}
			return false
		}
		for _, h := range head {
			if stem.Porter(h) == stem.Porter(s.phrase[len(s.phrase)-1]) {
				return a.describes(s.phrase, ws, -1)
			}
		}
		return false
	}
	var sents []int
	for i := range a.sents {
		if !a.info[i].speaksHere(match) && !a.nameBeforeCue(i, s) {
			continue
		}
		if len(q.topic) > 0 && a.ix.coverage(q.topic, []int{i}) == 0 {
			continue
		}
		if demandLemmas[q.speechVerb] && !asksFor(q.speechVerb, a.sents[i]) {
			continue
		}
		sents = append(sents, i)
		if len(sents) == maxEvidence {
			break
		}
	}
	if len(sents) == 0 {
		return Result{}, false
	}
	var lines []string
	for _, i := range sents {
		lines = append(lines, a.sents[i]+" "+ref(i))
	}
	return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(sents...), Confidence: 0.6, Focus: s.label()}, true
}

// nameBeforeCue reports whether sentence i has the subject right before
// a verb of speech ("… as President George W Bush said the US …", "…,
// the union estimated") or right after it ("…, said the union"), for when
// the tree is wrong.
func (a *Article) nameBeforeCue(i int, s subject) bool {
	ws := words(a.sents[i])
	isHead := func(w string) bool {
		if s.ent != nil {
			return len(w) >= 3 && slices.Contains(s.ent.keys, w)
		}
		return stem.Porter(w) == stem.Porter(s.phrase[len(s.phrase)-1])
	}
	fits := func(span []string) bool {
		if s.ent != nil {
			return a.isName(s.ent, strings.Join(span, " "))
		}
		return a.describes(s.phrase, span, i)
	}
	for k := range ws {
		if !isCueForm(ws[k]) {
			continue
		}
		if k > 0 && isHead(ws[k-1]) && fits(ws[max(0, k-4):k]) {
			return true
		}
		// "A spokesman for Unison, Britain's biggest union, said": the
		// description's words close together, just before the cue.
		if s.ent == nil && k > 0 && a.describes(s.phrase, ws[max(0, k-7):k], -1) && containsStem(ws[max(0, k-7):k], s.phrase[len(s.phrase)-1]) {
			return true
		}
		// "said the union": only at the end of the sentence
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			if isHead(ws[j]) && j == len(ws)-1 && fits(ws[k+1:j+1]) {
				return true
			}
		}
	}
	return false
}

// containsStem reports whether ws holds a word with w's stem.
func containsStem(ws []string, w string) bool {
	t := stem.Porter(w)
	for _, x := range ws {
		if stem.Porter(x) == t {
			return true
		}
	}
	return false
}

// isCueForm reports whether w is a form of a verb of speech ("estimated").
func isCueForm(w string) bool {
	if cueWords[w] || speechLemmas[w] {
		return true
	}
	if base, ok := irregular[w]; ok {
		return speechLemmas[base]
	}
	for _, suf := range []string{"ed", "d", "s", "es"} {
		if b, ok := strings.CutSuffix(w, suf); ok && speechLemmas[b] {
			return true
		}
	}
	if b, ok := strings.CutSuffix(w, "ied"); ok && speechLemmas[b+"y"] {
		return true
	}
	return false
}

// renderUtterance writes a quote or statement as a sentence a person would
// write: "Chrystia Freeland said: “…” [2]", "Russia said it was ready to
// resume talks [3]", "According to the union, the offer falls short [5]".
func (a *Article) renderUtterance(u utterance) string {
	var line string
	switch {
	case u.quote && u.partial:
		line = a.sents[u.sentence]
		if !a.namedIn(u.speaker, u.sentence) {
			line = u.speaker + " (" + quoteVerb(u.cue) + " “" + u.text + "”): " + line
		}
	case u.quote:
		line = u.speaker + " " + quoteVerb(u.cue) + ": “" + strings.TrimSpace(u.text) + "”"
	case strings.EqualFold(u.cue, "according to"):
		line = "According to " + u.speaker + ", " + strings.TrimRight(u.text, ".") + "."
	case thatVerbs[reportVerb(u.cue)]:
		line = u.speaker + " " + reportVerb(u.cue) + " " + balanceQuotes(strings.TrimRight(u.text, ".")) + "."
	default:
		// "urged both sides to return": the sentence says it best.
		line = a.sents[u.sentence]
		if !a.namedIn(u.speaker, u.sentence) {
			line = u.speaker + ": " + line
		}
	}
	if u.doubtful {
		line += " (the article does not name the speaker near these words: the attribution is uncertain)"
	}
	return line + " " + ref(u.sentence)
}

// balanceQuotes closes a quotation the reported words open but do not close.
func balanceQuotes(s string) string {
	if strings.Count(s, "“") > strings.Count(s, "”") {
		return s + "”"
	}
	if strings.Count(s, `"`)%2 == 1 {
		return s + `"`
	}
	return s
}

// namedIn reports whether sentence i names the speaker.
func (a *Article) namedIn(speaker string, i int) bool {
	keys := nameKeys(speaker)
	for _, w := range words(a.sents[i]) {
		if slices.Contains(keys, w) {
			return true
		}
	}
	return false
}

// quoteVerb is the verb that introduces a quotation after a colon.
func quoteVerb(cue string) string {
	switch v := pastOf(cue); v {
	case "wrote", "tweeted", "added", "warned", "asked", "declared", "insisted", "replied", "responded", "posted":
		return v
	}
	return "said"
}

// reportVerb is the verb that introduces reported speech ("said",
// "warned"): a verb that takes a that-clause, in the past tense.
func reportVerb(cue string) string {
	switch v := pastOf(cue); v {
	case "told", "according to", "":
		return "said"
	default:
		return v
	}
}

// thatVerbs are the past tenses of verbs that report a clause ("said
// the talks had failed"); others ("urged both sides to …") need the
// whole sentence.
var thatVerbs = set(`said warned argued claimed added insisted believed noted announced confirmed denied estimated
predicted reported suggested stressed acknowledged admitted explained wrote tweeted thought expected hoped feared
agreed complained contended maintained conceded replied responded stated testified signalled signaled indicated
cautioned declared revealed recalled conceded vowed promised pledged`)

// pastForms maps forms of speech verbs to their past tense.
var pastForms = map[string]string{
	"say": "said", "says": "said", "saying": "said", "said": "said",
	"tell": "told", "tells": "told", "telling": "told", "told": "told",
	"write": "wrote", "writes": "wrote", "writing": "wrote", "wrote": "wrote",
	"think": "thought", "thinks": "thought", "thought": "thought",
}

// pastOf puts a cue verb in the past tense ("adding" -> "added").
func pastOf(cue string) string {
	c := strings.ToLower(strings.TrimSpace(cue))
	if c == "" || strings.Contains(c, " ") {
		return c
	}
	if p, ok := pastForms[c]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(c, "ed"):
		return c
	case strings.HasSuffix(c, "ies"):
		return c[:len(c)-3] + "ied"
	case strings.HasSuffix(c, "ing"):
		// "admitting" -> "admitted", "urging" -> "urged", "adding" -> "added"
		return regularPast(c[:len(c)-3])
	case strings.HasSuffix(c, "s") && !strings.HasSuffix(c, "ss"):
		return regularPast(strings.TrimSuffix(strings.TrimSuffix(c, "s"), "e") + ifE(c))
	}
	return regularPast(c)
}

func ifE(c string) string {
	if strings.HasSuffix(c, "es") && !strings.HasSuffix(c, "shes") && !strings.HasSuffix(c, "ches") && !strings.HasSuffix(c, "sses") {
		return "e"
	}
	return ""
}

// regularPast adds -ed to a base form.
func regularPast(base string) string {
	switch {
	case base == "":
		return "said"
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && len(base) > 2 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ied"
	}
	return base + "ed"
}
