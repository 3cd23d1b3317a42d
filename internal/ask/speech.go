package ask

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// deedCues are the cues of intention and decision, not of speech, by
// stem: "attempt to", "decided against", "sought to", "aims to".
var deedCues = set(`attempt decid seek sought aim tri intend`)

// deedCue reports whether a statement's cue is an intention or a decision.
func deedCue(cue string) bool {
	if i := strings.LastIndexByte(cue, ' '); i >= 0 {
		cue = cue[i+1:]
	}
	return deedCues[porter(strings.ToLower(cue))]
}

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
	// named is the person a described speaker ("the mayor") is, when the
	// article gives one person that title ("Mayor Bill de Blasio").
	named string
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
			case inside && u.partial && st.Speaker != "":
				// A few quoted words inside what someone else is reported
				// to have said ("Christie described Clinton as a
				// “disgrace”") are that speaker's.
				u.text, u.cue, u.speaker, u.quote, u.partial = st.Text, st.Cue, st.Speaker, false, false
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
	out = slices.DeleteFunc(out, a.unsaid)
	out = slices.DeleteFunc(out, a.creditsAnother)
	titled := map[string]string{}
	for i := range out {
		u := &out[i]
		a.checkSpeaker(u)
		named, ok := titled[u.speaker]
		if !ok {
			named = a.titledPerson(u.speaker)
			titled[u.speaker] = named
		}
		u.named = named
		u.pos = strings.Index(normSpace(a.sents[u.sentence]), normSpace(strings.TrimRight(u.text, ".,!?")))
		u.doubtful = u.speaker != "" && !a.namedNear(u.speaker, u.sentence) && !a.titleIn(u.speaker, u.sentence) &&
			!(u.pos < 0 && a.creditedAfter(*u)) && // a quotation that runs on into its credit
			!(u.quote && u.sentence > 0 && a.cueToken(*u) < 0 && a.titleIn(u.speaker, u.sentence-1)) && // the second half of a split quotation
			!(u.quote && a.revealedNext(u.speaker, u.sentence)) // "That was Councilmember Rhonda Jeffries, …"
	}
	slices.SortStableFunc(out, func(x, y utterance) int {
		if c := cmp.Compare(x.sentence, y.sentence); c != 0 {
			return c
		}
		return cmp.Compare(x.pos, y.pos)
	})
	// "“…,” he added. “What we will not sign is…”": words that go on in
	// the paragraph from words the article credits plainly to the same
	// speaker are as plainly theirs.
	ss := a.brief.Sentences
	for k := 1; k < len(out); k++ {
		u, p := &out[k], &out[k-1]
		if u.doubtful && !p.doubtful && p.speaker == u.speaker && u.sentence-p.sentence <= 1 &&
			u.sentence < len(ss) && p.sentence < len(ss) && ss[u.sentence].Para == ss[p.sentence].Para {
			u.doubtful = false
		}
		// "…told delegates there was no consensus. Her closing statement
		// was …:" then the quotation in a paragraph of its own: the colon
		// ending the paragraph that credits the speaker introduces it.
		if c := u.sentence - 1; u.doubtful && u.quote && !p.doubtful && p.speaker == u.speaker && c >= 0 && c < len(ss) && p.sentence < len(ss) &&
			u.sentence < len(ss) && ss[c].Para == ss[p.sentence].Para && ss[c].Para != ss[u.sentence].Para &&
			strings.HasSuffix(strings.TrimSpace(a.sents[c]), ":") {
			u.doubtful = false
		}
	}
	return out
}

// cueToken returns the index of u's cue among its sentence's tokens, or -1.
// A cue of several words ("did not say", "declined to say") is found by
// its last word, the verb of saying.
func (a *Article) cueToken(u utterance) int {
	cue := u.cue
	if i := strings.LastIndexByte(cue, ' '); i >= 0 {
		cue = cue[i+1:]
	}
	if cue == "" {
		return -1
	}
	// Outside the quoted words: "“It was my voice saying words I had
	// never said…,” she said." is credited by the last "said", not the
	// quotation's (none, where the sentence splitter left the credit in
	// the next sentence).
	toks := a.info[u.sentence].toks
	double, single := false, false // inside double, single quotation marks
	for k, t := range toks {
		switch t.Text {
		case "“":
			double = true
		case "”":
			double, single = false, false
		case "\"":
			double = !double
		case "‘":
			single = true
		case "’":
			single = false
		}
		if strings.EqualFold(t.Text, cue) && !double && !single {
			return k
		}
	}
	return -1
}

// unsaid reports whether the brief's utterance u is no speech of its
// speaker: its cue is an infinitive ("daring him to say that …"), negated
// ("he could not explain why …") or a participle opening the sentence
// ("Asked about …, she said"); or it is a quotation of a few words with
// no cue in a sentence without a verb of speech (scare quotes).
func (a *Article) unsaid(u utterance) bool {
	toks := a.info[u.sentence].toks
	if len(toks) == 0 {
		return false
	}
	if u.quote && u.partial && u.cue == "" {
		for _, t := range toks {
			if t.UPOS == "VERB" && speechLemmas[strings.ToLower(t.Lemma)] {
				return false
			}
		}
		return true
	}
	k := a.cueToken(u)
	if k < 0 {
		return false
	}
	if k == 0 && strings.EqualFold(toks[k].Text, "asked") {
		return true
	}
	if !u.quote {
		// "Following initial reports …, Republican nominee Donald Trump
		// said at an event that …": the words are after the cue, not
		// before the speaker.
		sent := a.sents[u.sentence]
		if at := strings.Index(sent, strings.TrimRight(u.text, ".")); at >= 0 && len(toks) > 0 {
			cueAt := toks[k].Start - toks[0].Start
			if at+len(strings.TrimRight(u.text, ".")) <= cueAt {
				for _, t := range toks[k+1:] {
					if t.Head == k && t.Rel == "ccomp" || strings.EqualFold(t.Text, "that") {
						return true
					}
				}
			}
		}
	}
	if k > 0 && strings.EqualFold(toks[k-1].Text, "to") {
		// "declined to comment" is what they said; "daring him to say" is not;
		// "stopped on the steps to say this: “…”", a purpose the quotation
		// shows carried out, is.
		if u.quote && toks[k].Rel == "advcl" {
			return false
		}
		return k < 2 || !refuseLemmas[strings.ToLower(toks[k-2].Lemma)]
	}
	for j := max(0, k-3); j < k; j++ {
		switch strings.ToLower(toks[j].Text) {
		case "not", "n't", "n’t", "never":
			return true
		}
	}
	return false
}

var refuseLemmas = set(`decline refuse`)

// checkSpeaker gives a statement the speaker its cue's subject names when
// the brief credits it to a name outside that subject ("Trump campaign
// spokesman Jason Miller told The Washington Post that …" is Miller's, not
// the Post's).
func (a *Article) checkSpeaker(u *utterance) {
	k := a.cueToken(*u)
	if u.quote || k < 0 || u.speaker == "" {
		return
	}
	si := &a.info[u.sentence]
	if si.toks[k].UPOS != "VERB" {
		return
	}
	subj := -1
	for j, t := range si.toks {
		if t.Head == k && t.Rel == "nsubj" {
			subj = j
		}
	}
	if subj < 0 || si.toks[subj].UPOS != "PROPN" {
		return
	}
	keys := nameKeys(u.speaker)
	holds := func(root int) bool {
		for _, j := range si.subtree(root) {
			for _, w := range words(si.toks[j].Text) {
				if slices.Contains(keys, w) {
					return true
				}
			}
		}
		return false
	}
	if holds(subj) {
		return // the subject is the speaker
	}
	// Only when the brief's speaker is the one spoken to.
	object := false
	for j, t := range si.toks {
		if t.Head == k && (t.Rel == "obj" || t.Rel == "iobj" || strings.HasPrefix(t.Rel, "obl")) && holds(j) {
			object = true
		}
	}
	if !object {
		return
	}
	lo, hi := subj, subj
	for lo > 0 && si.toks[lo-1].UPOS == "PROPN" {
		lo--
	}
	for hi+1 < len(si.toks) && si.toks[hi+1].UPOS == "PROPN" {
		hi++
	}
	var name []string
	for j := lo; j <= hi; j++ {
		name = append(name, si.toks[j].Text)
	}
	u.speaker = strings.Join(name, " ")
}

func normSpace(s string) string {
	return strings.Join(strings.Fields(straight.Replace(strings.ToLower(s))), " ")
}

var straight = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// creditedAfter reports whether the words of u run on over the sentences
// after the one they open in, up to one that names their speaker or gives
// the speaker's title ("“I understand diesel costs more. Everything costs
// more. But I can't ask seniors…,” Mayor Denise Lavallée-Boucher said").
func (a *Article) creditedAfter(u utterance) bool {
	ss := a.brief.Sentences
	text := " " + strings.Join(words(u.text), " ") + " "
	for j := u.sentence + 1; j < len(a.sents) && j <= u.sentence+6; j++ {
		if j < len(ss) && u.sentence < len(ss) && ss[j].Para != ss[u.sentence].Para {
			return false
		}
		ws := words(a.sents[j])
		if len(ws) == 0 || !strings.Contains(text, " "+strings.Join(ws[:min(3, len(ws))], " ")+" ") {
			return j == u.sentence+1 && (a.namedNear(u.speaker, j) || a.titleIn(u.speaker, j))
		}
		if a.namedNear(u.speaker, j) || a.titleIn(u.speaker, j) {
			return true
		}
	}
	return false
}

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

// revealedNext reports whether the sentence after sentence i says who
// spoke the words before it with "that" and the verb "to be" and names
// the speaker ("That was Councilmember Rhonda Jeffries, one of the three
// no votes, speaking before the roll call.").
func (a *Article) revealedNext(speaker string, i int) bool {
	if i+1 >= len(a.sents) {
		return false
	}
	ws := words(a.sents[i+1])
	if len(ws) < 3 || ws[0] != "that" && ws[0] != "those" && ws[0] != "this" || ws[1] != "was" && ws[1] != "were" && ws[1] != "is" {
		return false
	}
	keys := nameKeys(speaker)
	for _, w := range ws[2:min(len(ws), 8)] {
		if slices.Contains(keys, w) {
			return true
		}
	}
	return false
}

// titleIn reports whether sentence i refers to the speaker by a title the
// article gives them before their name ("The mayor said…" after "Mayor
// Ana Ruiz said…"), or names them for just after ("…,” said the chairman
// of the association. The chairman, Hendrik Lumingkewas, …").
func (a *Article) titleIn(speaker string, i int) bool {
	keys := nameKeys(speaker)
	if len(keys) == 0 || i < 0 || i >= len(a.sents) {
		return false
	}
	for _, w := range words(a.sents[i]) {
		if isStop(w) || slices.Contains(keys, w) {
			continue
		}
		ps := []string{porter(w)}
		for j := 0; j < len(a.sents) && j <= i+3; j++ {
			if j != i && titledIn(words(a.sents[j]), ps, keys) {
				return true
			}
		}
	}
	return false
}

// creditsAnother reports whether the brief credits u to a speaker that
// only a pronoun of its sentence can stand for ("…,” she said.") while
// the sentence before names another person and not the speaker: the
// pronoun is that person's, and the words are not the speaker's; not
// where the pronoun is the subject of the sentence before too (see
// subjectPronounGoesOn).
func (a *Article) creditsAnother(u utterance) bool {
	i := u.sentence
	keys := nameKeys(u.speaker)
	if len(keys) == 0 || i == 0 || i >= len(a.sents) {
		return false
	}
	ws := words(a.sents[i])
	if !slices.ContainsFunc(ws, func(w string) bool { return w == "he" || w == "she" }) {
		return false
	}
	prev := words(a.sents[i-1])
	if slices.ContainsFunc(keys, func(k string) bool { return slices.Contains(ws, k) || slices.Contains(prev, k) }) {
		return false
	}
	if a.subjectPronounGoesOn(i) {
		return false
	}
	for n := range a.names {
		p := &a.names[n]
		if slices.ContainsFunc(p.keys, func(k string) bool { return slices.Contains(keys, k) }) {
			continue
		}
		switch p.kind {
		case summarize.KindPerson:
			if a.sentenceNames(i-1, p) {
				return true
			}
		case "":
			// A speaker the brief gives no kind: a person where the
			// analysis layer tags the name so.
			for _, e := range a.info[i-1].ents {
				if e.typ == nlp.PERSON && slices.ContainsFunc(words(e.text), func(w string) bool { return slices.Contains(p.keys, w) }) {
					return true
				}
			}
		}
	}
	return false
}

// subjectPronounGoesOn reports whether sentence i's "he" or "she" is
// also the subject of the sentence before ("Asked about the audit, he
// pointed at Ruiz's car. “…,” he said."): the pronoun goes on naming
// that sentence's subject, not another person it mentions.
func (a *Article) subjectPronounGoesOn(i int) bool {
	if i <= 0 || i >= len(a.info) {
		return false
	}
	for _, t := range a.info[i].toks {
		p := strings.ToLower(t.Text)
		if p != "he" && p != "she" {
			continue
		}
		return slices.ContainsFunc(a.info[i-1].toks, func(x nlp.Token) bool {
			return strings.EqualFold(x.Text, p) && strings.HasPrefix(x.Rel, "nsubj")
		})
	}
	return false
}

// goesOn reports whether u goes on with what the same speaker said in
// prev, on the same matter: in the same paragraph or the next, with no
// one else's words between ("…would not create the association…,” Hoxha
// said. / “We are ready to implement everything we signed,” she said.").
func (a *Article) goesOn(prev, u utterance) bool {
	ss := a.brief.Sentences
	if prev.speaker != u.speaker || u.sentence < prev.sentence || u.sentence >= len(ss) || ss[u.sentence].Para-ss[prev.sentence].Para > 1 {
		return false
	}
	for _, o := range a.said {
		if o.sentence > prev.sentence && o.sentence < u.sentence && o.speaker != u.speaker {
			return false
		}
	}
	return true
}

// joined returns the sentences' text, one after another.
func (a *Article) joined(sents []int) string {
	var b strings.Builder
	for _, i := range sents {
		if i >= 0 && i < len(a.sents) {
			b.WriteString(a.sents[i])
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// demandLemmas are what a question about demands, offers or proposals asks.
var demandLemmas = set(`demand demanded demands want wants wanted offer offered offers propose proposed proposes urge urged
urges call called calls insist insisted seek sought ask asked demanding wanting offering proposing urging calling
insisting seeking asking`)

// respondVerbs ask how someone answered something ("respond to the
// union", "react to the ruling").
var respondVerbs = set(`respond responded responds react reacted reacts reply replied replies answer answered answers`)

// matterWords are the stems of the words for what a negotiation story is
// about as a whole: the deal, the offer, the talks, the strike, the truce.
var matterWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`deal offer bid talks negotiations agreement accord proposal dispute strike striking walkout lockout ceasefire truce`) {
		m[porter(w)] = true
	}
	return m
}()

// storyMatter reports whether a topic (stems) is only the matter of a
// negotiation story ("the deal", "the raised offer", "the bid").
func storyMatter(topic []string) bool {
	return len(topic) > 0 && len(topic) <= 2 && slices.ContainsFunc(topic, func(t string) bool { return matterWords[t] })
}

// speech answers "what did X say / tell / demand / offer (about Y)": every
// quote and statement of X, in article order, each with its sentence.
func (a *Article) speech(q *question) (Result, bool) {
	s := subjectOf(q)
	if s.ent == nil && len(s.phrase) == 0 {
		return Result{}, false
	}
	if s.ent != nil && s.ent.kind == "" && s.also == nil && strings.HasPrefix(strings.ToLower(s.ent.full), "the ") {
		// "the chair", a description the brief credits words to: the
		// one person the article gives that role by name, if any.
		if n := a.describedPerson(s.ent.keys); n != nil {
			s = subject{ent: n, raw: q.raw}
		}
	}
	if s.ent != nil && s.ent.kind != summarize.KindPerson && s.also == nil {
		// "the head of the ABPI", "the union's spokesman": the person
		// who holds that office in the body, when the article names one;
		// "the LumenPlay guy", "the union rep": the one person who holds
		// an office there, of whatever title.
		for _, w := range q.words {
			// A casual word for a person is read so by describedHead.
			office := w
			if w == "rep" || w == "representative" {
				office = "official"
			}
			if !officeWords[office] && !anyOffice[office] && !casualPeople[w] || slices.Contains(s.ent.keys, w) {
				continue
			}
			if n := a.describedPerson(append(slices.Clone(s.ent.keys), office)); n != nil {
				s = subject{ent: n, raw: q.raw}
			}
			break
		}
	}
	var picked []utterance
	// A description fits a speaker where the sentence says so ("the
	// source inside the camp"): the speaker's other words, credited the
	// same way, are theirs too.
	var fits map[string]bool
	if s.ent == nil {
		fits = map[string]bool{}
		// The one person the article gives that role ("the EU
		// negotiator" for "The EU's lead negotiator, Klaus Brenner";
		// "the chair" for "The chair of the talks, Ecuadorian diplomat
		// Luis Fernando Aragón Mejía"), by name, before any speaker
		// credited with words that merely share the role's sentence.
		if n := a.describedAs(s.desc, s.phrase); n != nil {
			for _, u := range a.said {
				if a.isName(n, u.speaker) {
					fits[bareDescription(u.speaker)] = true
				}
			}
		}
		if len(fits) == 0 {
			if n := q.introduced; n != nil {
				for _, u := range a.said {
					if a.isName(n, u.speaker) {
						fits[bareDescription(u.speaker)] = true
					}
				}
			}
		}
		if len(fits) == 0 {
			for _, u := range a.said {
				if u.speaker != "" && a.speaks(s, u) {
					fits[bareDescription(u.speaker)] = true
				}
			}
		}
		if len(fits) == 0 {
			// "the packhouse owner near Edineț": the one speaker the
			// sentence that brings them in places so.
			if n := a.describedByIntroduction(s.desc.head, s.desc.others); n != nil {
				for _, u := range a.said {
					if a.isName(n, u.speaker) {
						fits[bareDescription(u.speaker)] = true
					}
				}
			}
		}
	}
	for _, u := range a.said {
		if fits != nil && !fits[bareDescription(u.speaker)] || fits == nil && !a.speaks(s, u) {
			continue
		}
		if !u.quote && deedCue(u.cue) && !demandLemmas[q.speechVerb] {
			continue // what someone tried or decided is not what they said
		}
		picked = append(picked, u)
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
	// "What did Raman tell the BBC?": what was told the BBC, when the
	// article says which words were.
	if told := toldWhom(q.raw); told != "" && len(q.topic) == 0 {
		var toldThere []utterance
		for k, u := range picked {
			// With the words that go on from them ("“We are in no
			// hurry,” Raman told the BBC. “We have been patient…”").
			if strings.Contains(a.sents[u.sentence], told) || len(toldThere) > 0 && k > 0 && toldThere[len(toldThere)-1] == picked[k-1] && a.goesOn(picked[k-1], u) {
				toldThere = append(toldThere, u)
			}
		}
		if len(toldThere) > 0 {
			picked = toldThere
		}
	}
	if len(q.topic) > 0 {
		var onTopic []utterance
		told := toldWhom(q.raw)
		prevOn := -1 // the last utterance found on the topic
		for k, u := range picked {
			// "What did the union president tell CNBC about the
			// employers?": what was told CNBC is the answer, however it
			// names the employers.
			if told != "" && strings.Contains(a.sents[u.sentence], told) {
				onTopic = append(onTopic, u)
				continue
			}
			if ctx := append(a.quoteContext(u.sentence), a.runsInto(u)...); a.ix.coverage(q.topic, ctx) > 0 || a.acr.topicCovered(q.topic, u.text) || a.acr.topicCovered(q.topic, a.joined(ctx)) ||
				prevOn >= 0 && a.goesOn(picked[prevOn], u) {
				onTopic = append(onTopic, u)
				prevOn = k
			}
		}
		// "How did the CEO respond to the union?": what one responding
		// to someone says need not name them; all the speaker's words
		// answer when none does.
		// "What did Ellison say about the bid?" in a story of the bid:
		// the matter the whole story is about is what all its words are
		// about.
		if len(onTopic) > 0 || !respondVerbs[q.speechVerb] && !storyMatter(q.topic) && q.wh != "why" {
			picked = onTopic
		}
	}
	// A party's own words first; its people's when it has none (on the
	// question's topic: "what is the union saying about fatigue?" is
	// answered by its president where the union's own words are on
	// other things).
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
	// "The company declined to comment": nothing said.
	var withheld []utterance
	picked = slices.DeleteFunc(picked, func(u utterance) bool {
		if a.info[u.sentence].refusal() && (deedCue(u.cue) || strings.EqualFold(u.cue, "declined") || strings.EqualFold(u.cue, "refused")) {
			withheld = append(withheld, u)
			return true
		}
		return false
	})
	if len(picked) == 0 && len(withheld) > 0 {
		u := withheld[0]
		label := s.label()
		if strings.HasPrefix(label, "The ") {
			label = "the " + label[len("The "):]
		}
		return Result{Answer: fmt.Sprintf("The article doesn't report anything %s said%s; it reports only that the answer was withheld: %s %s", label, q.aboutPhrase(), a.sents[u.sentence], ref(u.sentence)),
			Citations: a.cite(u.sentence), Declined: true, Focus: u.speaker}, true
	}
	if len(picked) == 0 {
		return a.speechInText(q, s)
	}
	// Say less rather than something wrong: words the article does not
	// credit near them are left out when the speaker has others.
	if slices.ContainsFunc(picked, func(u utterance) bool { return !u.doubtful }) {
		picked = slices.DeleteFunc(picked, func(u utterance) bool { return u.doubtful })
	}
	var lines []string
	var sents []int
	shown := map[int]bool{} // sentences shown whole
	for i, u := range picked {
		if shown[u.sentence] {
			continue // the sentence already shown holds these words
		}
		if slices.ContainsFunc(picked, func(v utterance) bool {
			return v.sentence == u.sentence && v.speaker == u.speaker && len(v.text) > len(u.text) && strings.Contains(v.text, u.text)
		}) {
			continue // "said she had asked staff to cost…": inside what else they said there
		}
		if len(lines) == maxSpeech {
			lines = append(lines, fmt.Sprintf("(and up to %d more)", len(picked)-i))
			break
		}
		line, whole := a.renderUtterance(u)
		if slices.Contains(lines, line) {
			continue
		}
		if whole {
			shown[u.sentence] = true
		}
		lines = append(lines, line)
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

// runsInto returns the sentences after u's own that a quotation runs
// into, the last of which credits it: "“We will pay what we can pay. We
// will not pay what we cannot,” Quiñones Vaca told a press conference."
// is two sentences, the quotation's own the first.
func (a *Article) runsInto(u utterance) []int {
	if !u.quote || u.sentence < 0 || u.sentence >= len(a.sents) || strings.Contains(a.sents[u.sentence], u.text) {
		return nil
	}
	var out []int
	for i := u.sentence + 1; i < len(a.sents) && i <= u.sentence+4; i++ {
		head := strings.TrimLeft(a.sents[i], "“\" ")
		if len(head) > 24 {
			head = head[:24]
			for len(head) > 0 && !utf8.ValidString(head) {
				head = head[:len(head)-1]
			}
		}
		if head == "" || !strings.Contains(u.text, head) {
			break
		}
		out = append(out, i)
	}
	return out
}

// demandWords mark words that ask for something; offerWords words that
// offer something.
var (
	demandWords = set(`should must need needs demand demands want wants call calls insist urge require requires unless`)
	offerWords  = set(`offer offers offered propose proposes proposed ready willing prepared would could`)
	offerVerbs  = set(`offer offered offers propose proposed proposes offering proposing`)
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
		// "urged", "demanded", "insisted": the verbs' past too.
		if b, ok := strings.CutSuffix(w, "ed"); ok && (marks[b] || marks[b+"e"]) {
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
			if porter(h) == porter(s.phrase[len(s.phrase)-1]) {
				return a.describes(s.headLast(), ws, -1)
			}
		}
		return false
	}
	var sents []int
	for i := range a.sents {
		if !a.info[i].speaksHere(match) && !a.nameBeforeCue(i, s) {
			continue
		}
		if !a.info[i].hasSpeechVerb() {
			continue // "the board decided against …" is no speech
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
		return porter(w) == porter(s.phrase[len(s.phrase)-1])
	}
	fits := func(span []string) bool {
		if s.ent != nil {
			return a.isName(s.ent, strings.Join(span, " "))
		}
		return a.describes(s.headLast(), span, i)
	}
	for k := range ws {
		if !isCueForm(ws[k]) || !a.info[i].usableCue(ws[k]) {
			continue
		}
		if k > 0 && isHead(ws[k-1]) && fits(ws[max(0, k-4):k]) && !a.objectBefore(i, ws[k-1], ws[k]) {
			return true
		}
		// "A spokesman for Unison, Britain's biggest union, said": the
		// description's words close together, just before the cue.
		if s.ent == nil && k > 0 && a.describes(s.headLast(), ws[max(0, k-7):k], -1) && containsStem(ws[max(0, k-7):k], s.phrase[len(s.phrase)-1]) &&
			!a.personBetween(ws[max(0, k-7):k], s.phrase) {
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

// objectBefore reports whether, in sentence i, the word name right
// before the cue word ends a noun phrase that a verb or a preposition
// governs ("one of the states suing the EPA, said", "the case against
// the union, said"): then it is not who spoke. It reads the words, not
// the tree, which is often wrong here ("as President Bush said").
func (a *Article) objectBefore(i int, name, cue string) bool {
	toks := a.info[i].toks
	for k := 1; k < len(toks); k++ {
		if !strings.EqualFold(toks[k].Text, cue) {
			continue
		}
		j := k - 1
		for j > 0 && toks[j].UPOS == "PUNCT" {
			j--
		}
		if ws := words(toks[j].Text); len(ws) != 1 || ws[0] != name {
			continue
		}
		for j > 0 && (toks[j-1].UPOS == "PROPN" || toks[j-1].UPOS == "DET" || toks[j-1].UPOS == "ADJ" || toks[j-1].UPOS == "PART") {
			j--
		}
		if j == 0 {
			continue
		}
		prev := toks[j-1]
		if prev.UPOS == "VERB" || prev.UPOS == "ADP" && !strings.EqualFold(prev.Text, "as") {
			return true
		}
	}
	return false
}

// personBetween reports whether a person's name comes after the
// description's head in ws, the words before a cue: "On The Steve Harvey
// Morning Show, Clinton criticized" is Clinton's.
func (a *Article) personBetween(ws, phrase []string) bool {
	head := porter(phrase[len(phrase)-1])
	last := -1
	for k, w := range ws {
		if porter(w) == head {
			last = k
		}
	}
	for _, w := range ws[last+1:] {
		if slices.Contains(phrase, w) {
			continue
		}
		for i := range a.names {
			if n := &a.names[i]; n.kind == summarize.KindPerson && slices.Contains(n.keys, w) {
				return true
			}
		}
	}
	return false
}

// containsStem reports whether ws holds a word with w's stem.
func containsStem(ws []string, w string) bool {
	t := porter(w)
	for _, x := range ws {
		if porter(x) == t {
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
	if base := nlp.IrregularVerb(w); base != "" {
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
