package ask

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
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
	also   *name    // a second name asked about with ent ("EADS and BAE Systems")
	phrase []string // lower-case content words of a description; the last is its head
	raw    string   // the question, for how it writes the description
	// desc is the description's head and other words, read from the
	// question with its prepositions and relative clause ("head" of
	// "the head of the UN verification mission").
	desc description
}

// subjectOf is who question q asks about.
func subjectOf(q *question) subject {
	return subject{ent: q.ent, also: q.also, phrase: q.subjectPhrase, raw: q.raw, desc: q.desc}
}

// headLast returns the description's words with its head last, as
// describes reads them: "executive rival carmaker" of "the executive at
// a rival carmaker" is an executive's description, not a carmaker's.
func (s subject) headLast() []string {
	h := s.desc.head
	if h == "" || len(s.phrase) == 0 || s.phrase[len(s.phrase)-1] == h || !slices.Contains(s.phrase, h) {
		return s.phrase
	}
	out := slices.DeleteFunc(slices.Clone(s.phrase), func(w string) bool { return w == h })
	return append(out, h)
}

// label names the subject as the question writes it: "Lu Kang", "the
// SEC", "the union's spokesman".
func (s subject) label() string {
	if s.also != nil {
		one, two := s, s
		one.also, two.ent, two.also = nil, s.also, nil
		return one.label() + " and " + two.label()
	}
	if s.ent != nil {
		if strings.Contains(strings.ToLower(s.raw), "the "+strings.ToLower(s.ent.full)) {
			return "the " + s.ent.full // as the question writes it
		}
		return s.ent.full
	}
	if len(s.phrase) == 0 {
		return "someone"
	}
	forms := map[string]string{}
	for _, f := range strings.Fields(s.raw) {
		// As written, a possessive's "'s" kept ("the bosun's wife").
		w := strings.TrimRight(strings.Trim(f, "?!.,;:\"“”()"), "'’")
		if ws := words(w); len(ws) == 1 {
			if _, ok := forms[ws[0]]; !ok {
				forms[ws[0]] = w
			}
		}
	}
	raw := strings.ToLower(s.raw)
	out := make([]string, len(s.phrase))
	for i, w := range s.phrase {
		out[i] = w
		if f, ok := forms[w]; ok {
			out[i] = f
		}
		if n := nationWord(w); n != "" && i+1 < len(s.phrase) && (summarize.NationOf(w) == "" || strings.Contains(raw, w+"'s") || strings.Contains(raw, w+"’s")) {
			// "brazils president", "chile's president": Brazil's, Chile's.
			out[i] = n + "'s"
		}
	}
	out = withPrepositions(out, s.phrase, writtenWords(s.raw))
	label := strings.Join(out, " ")
	if n := summarize.NationOf(label); n != "" && strings.EqualFold(n, label) {
		// "russia", typed in lower case: the country, by its name.
		return n
	}
	// A name needs no article: "Lu Kang said", "the SEC said" (an
	// acronym keeps it).
	if r := []rune(out[0]); len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		return label
	}
	return "the " + label
}

// phraseLinks are the words a description links its words with that its
// content words leave out ("on the" of "the oldest man on the island").
var phraseLinks = set(`of on in at for from to with the a an`)

// withPrepositions puts back into a description's words out (one for
// each content word of phrase) the linking words the question writes
// between them (written: the question's words as written), where the
// phrase runs in the question with nothing else between its words:
// "oldest man on the island", not "oldest man island".
func withPrepositions(out, phrase, written []string) []string {
	if len(phrase) < 2 {
		return out
	}
	for start := range written {
		if !strings.EqualFold(written[start], phrase[0]) {
			continue
		}
		var res []string
		k, added := 0, false
	run:
		for j := start; j < len(written) && k < len(phrase); j++ {
			switch w := strings.ToLower(written[j]); {
			case w == phrase[k]:
				res = append(res, out[k])
				k++
			case k > 0 && phraseLinks[w]:
				res, added = append(res, written[j]), true
			default:
				break run // another word: the phrase does not run here
			}
		}
		if k == len(phrase) {
			if added {
				return res
			}
			return out
		}
	}
	return out
}

// speaks reports whether an utterance is the subject's.
func (a *Article) speaks(s subject, u utterance) bool {
	if u.speaker == "" {
		return false
	}
	if s.also != nil {
		two := subject{ent: s.also, raw: s.raw}
		s.also = nil
		return a.speaks(s, u) || a.speaks(two, u)
	}
	if s.ent != nil {
		return a.isName(s.ent, u.speaker) || a.belongsTo(u.speaker, s.ent) || u.named != "" && a.isName(s.ent, u.named)
	}
	sw := words(u.speaker)
	if h, _ := phraseHead(sw); len(sw) > 2 && h != sw[len(sw)-1] {
		// "A European diplomat familiar with the talks", "an official
		// who asked not to be named": the words up to its head, which
		// are what a question names it by (not "Ministry of Trade",
		// whose "of" says which ministry).
		if k := slices.Index(sw, h) + 1; postAdjectives[sw[k]] || relativeWords[sw[k]] || strings.HasSuffix(sw[k], "ing") {
			sw = sw[:k]
		}
	}
	if modifierOnly(s.headLast(), sw) {
		return false // "the company" is not "company executives"
	}
	if a.describes(s.headLast(), sw, u.sentence) {
		return true
	}
	// "the mayor" asked about, the engine naming the one the article
	// titles so ("Mayor Bill de Blasio").
	if len(s.phrase) == 1 {
		if p := a.titledPerson(s.phrase[0]); p != "" {
			keys := nameKeys(p)
			return slices.ContainsFunc(nameKeys(u.speaker), func(k string) bool { return slices.Contains(keys, k) })
		}
	}
	return false
}

// modifierOnly reports whether the description's head is in the speaker's
// words only as a modifier, not as the speaker's own head.
func modifierOnly(phrase, speaker []string) bool {
	if len(phrase) == 0 || len(speaker) < 2 {
		return false
	}
	h, _ := phraseHead(phrase)
	head := porter(h)
	// The speaker's own head: its last word, or the word before its
	// first preposition ("a senior executive at a rival carmaker").
	if sh, _ := phraseHead(speaker); porter(speaker[len(speaker)-1]) == head || porter(sh) == head {
		return false
	}
	for _, w := range speaker[:len(speaker)-1] {
		if porter(w) == head {
			return true
		}
	}
	return false
}

// titledPerson returns the person a described speaker is ("the mayor" is
// Bill de Blasio when the article writes "Mayor Bill de Blasio" and gives
// no one else that title), or "".
func (a *Article) titledPerson(speaker string) string {
	ws := strings.Fields(speaker)
	if len(ws) > 0 && (strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "a")) {
		ws = ws[1:]
	}
	if len(ws) != 1 || ws[0] == "" || unicode.IsUpper([]rune(ws[0])[0]) || isStop(strings.ToLower(ws[0])) {
		return ""
	}
	title := capitalise(strings.ToLower(ws[0]))
	found := ""
	for i := range a.names {
		n := &a.names[i]
		if n.kind != summarize.KindPerson && n.kind != "" {
			continue
		}
		for _, sent := range a.sents {
			if strings.Contains(sent, title+" "+n.full) {
				if found != "" && found != n.full {
					return "" // two people with that title
				}
				found = n.full
				break
			}
		}
	}
	return found
}

// describes reports whether a speaker's words fit a description: the
// description's head is the speaker's ("a spokesman" for "the Mitsubishi
// spokesman") and its other words are the speaker's or the sentence's.
func (a *Article) describes(phrase, speaker []string, sent int) bool {
	if len(phrase) == 0 {
		return false
	}
	h, others := phraseHead(phrase)
	head := porter(h)
	found := false
	for _, w := range speaker {
		if porter(w) == head {
			found = true
		}
	}
	if !found {
		// A title before the name: "Canadian Foreign Minister Chrystia
		// Freeland", "Mexico's economy minister, Ildefonso Guajardo".
		return sent >= 0 && a.titled(phrase, speaker, sent)
	}
	for _, w := range others {
		if unnamedWords[w] {
			continue // "the unnamed executive": the article need not say so
		}
		t := porter(w)
		ok := false
		for _, sw := range speaker {
			if porter(sw) == t {
				ok = true
			}
		}
		if !ok && (sent < 0 || !a.ix.sentenceHas(sent, t) && !a.introducedBefore(sent, t)) {
			return false
		}
		if !ok && nationWord(w) != "" && ownedSpeaker(speaker, head) {
			// "the association's president" is no country's president,
			// whatever country the association's name holds.
			return false
		}
	}
	return true
}

// ownedSpeaker reports whether a described speaker's words give its head
// (a stem) an owner or a modifier other than a country ("the
// association's president", "the forum president").
func ownedSpeaker(speaker []string, head string) bool {
	for _, w := range speaker {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if porter(w) == head {
			return false
		}
		if !isStop(w) && !vagueQualifiers[w] && summarize.NationOf(w) == "" && summarize.CountryOf(w) == "" {
			return true
		}
	}
	return false
}

// unnamedWords say that a source goes unnamed.
var unnamedWords = set(`unnamed anonymous unidentified`)

// introducedBefore reports whether the sentence before sentence i, in the
// same paragraph, has the term t: news brings a source in with the words
// that describe it and quotes it in the next sentence ("A guild
// negotiator, who also requested anonymity, disputed that. “…,” the
// negotiator said").
func (a *Article) introducedBefore(i int, t string) bool {
	ss := a.brief.Sentences
	return i > 0 && i < len(ss) && ss[i-1].Para == ss[i].Para && a.ix.sentenceHas(i-1, t)
}

// titled reports whether sentence i gives the speaker the description
// phrase as a title, right before the name.
func (a *Article) titled(phrase, speaker []string, i int) bool {
	keys := nameKeys(strings.Join(speaker, " "))
	if len(keys) == 0 {
		return false
	}
	ps := make([]string, len(phrase))
	for k, w := range phrase {
		ps[k] = porter(w)
	}
	// An acronym of the question may be written out before the name:
	// "the UN spokesman" for "United Nations spokesman Farhan Haq".
	var long []string
	for _, w := range phrase {
		x := a.acr.expansion(strings.ReplaceAll(w, ".", ""))
		if x == nil {
			long = append(long, porter(w))
			continue
		}
		for _, xw := range x {
			long = append(long, porter(xw))
		}
	}
	// A title and its name stand between the same quotation marks: "…
	// helps workers and the company,” Perez said" gives Perez no title.
	for _, part := range strings.FieldsFunc(a.sents[i], func(r rune) bool { return r == '“' || r == '”' || r == '"' }) {
		if ws := words(part); titledIn(ws, ps, keys) || len(long) > len(ps) && titledIn(ws, long, keys) {
			return true
		}
	}
	return false
}

// titledIn reports whether the words ws hold the stems ps of a title
// right before (at most one word before) a word of keys.
func titledIn(ws, ps, keys []string) bool {
	for k := 0; k+len(ps) <= len(ws); k++ {
		match := true
		for j, p := range ps {
			if porter(ws[k+j]) != p {
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

// renderUtterance writes a quote or statement as a sentence a person would
// write: "Chrystia Freeland said: “…” [2]", "Russia said it was ready to
// resume talks [3]", "According to the union, the offer falls short [5]".
//
// The whole sentence stands for words that need it ("urged both sides to
// return") unless the sentence also holds someone else's words: then the
// speaker's own words alone. whole reports whether the sentence was shown.
func (a *Article) renderUtterance(u utterance) (line string, whole bool) {
	others := a.othersIn(u)
	if u.named != "" {
		u.speaker = u.named + " (" + strings.ToLower(u.speaker) + ")"
	}
	switch {
	case u.quote && u.partial && others:
		line = u.speaker + " used the words “" + strings.Trim(u.text, " .,") + "”"
	case u.quote && u.partial:
		line, whole = a.sents[u.sentence], true
		if !a.namedIn(u.speaker, u.sentence) {
			line = u.speaker + " (" + quoteVerb(u.cue) + " “" + u.text + "”): " + line
		}
	case u.quote:
		line = u.speaker + " " + quoteVerb(u.cue) + ": “" + strings.TrimSpace(u.text) + "”"
	case strings.EqualFold(u.cue, "according to"):
		line = closeSentence("According to " + u.speaker + ", " + strings.TrimRight(u.text, "."))
	case (thatVerbs[reportVerb(u.cue)] || others) && holdsCredit(u.text, u.cue):
		// "Though the transition was seamless, he said, replacing her
		// would be harder": words that carry their own credit read
		// best as written.
		line, whole = a.sents[u.sentence], true
		if !a.namedIn(u.speaker, u.sentence) {
			line = u.speaker + ": " + line
		}
	case thatVerbs[reportVerb(u.cue)]:
		line = closeSentence(u.speaker + " " + reportVerb(u.cue) + " " + balanceQuotes(strings.TrimRight(lowerOpening(u.text), ".")))
	case others:
		line = closeSentence(u.speaker + " " + reportVerb(u.cue) + " " + balanceQuotes(strings.TrimRight(lowerOpening(u.text), ".")))
	default:
		// "urged both sides to return": the sentence says it best.
		line, whole = cutOthersClause(a.sents[u.sentence], u.cue), true
		if !a.namedIn(u.speaker, u.sentence) {
			line = u.speaker + ": " + line
		}
	}
	if u.doubtful {
		line += " (the article does not name the speaker near these words: the attribution is uncertain)"
	}
	// A line opens with a capital: "The source said…" (not "EBay").
	if r, n := utf8.DecodeRuneInString(line); unicode.IsLower(r) {
		if r2, _ := utf8.DecodeRuneInString(line[n:]); !unicode.IsUpper(r2) {
			line = string(unicode.ToUpper(r)) + line[n:]
		}
	}
	return line + " " + ref(u.sentence), whole
}

// openingWords are the words that open a sentence and are written in
// lower case inside one ("Grassley said the program…", not "said The
// program…").
var openingWords = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "Its": true, "This": true, "That": true, "These": true,
	"Those": true, "There": true, "We": true, "Our": true, "They": true, "Their": true, "He": true, "His": true,
	"She": true, "Her": true, "In": true, "If": true, "When": true, "While": true, "Some": true, "Many": true,
	"Most": true, "All": true, "No": true, "Any": true, "Such": true, "Both": true, "Each": true, "Every": true,
}

// lowerOpening writes the first word of reported words in lower case
// where it only opened their sentence ("The program…" -> "the
// program…"); a name or "I" keeps its capital.
func lowerOpening(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if !openingWords[first] {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// holdsCredit reports whether reported words hold their own credit set
// off by commas (", he said,"): the content of a report the sentence
// interrupts with its speaker.
func holdsCredit(text, cue string) bool {
	cw := words(cue)
	if len(cw) == 0 {
		return false
	}
	v := cw[len(cw)-1]
	return strings.Contains(text, " "+v+", ") && strings.Contains(text, ", ")
}

// othersClause is a clause of time or cause whose subject is a pronoun
// ("… after she attacked …"): another person's act, told by the
// article, not the speaker's report.
var othersClause = regexp.MustCompile(`,?\s+\b(?:after|when|while|because|since|before)\s+(?:she|he|they)\s`)

// cutOthersClause cuts a sentence of reported speech before a clause
// of time or cause with its own subject when that clause holds quoted
// words and the verb of the report, cue, stands before it: "Christie described Clinton as a “disgrace” after she blamed
// shootings on “implicit bias”" reports Christie's words up to "after";
// the words quoted after it are another person's.
func cutOthersClause(s, cue string) string {
	loc := othersClause.FindStringIndex(s)
	if loc == nil || !strings.ContainsAny(s[loc[1]:], "“\"") {
		return s
	}
	// The report comes first: its verb stands before the clause ("…,
	// who has campaigned since he suspended his campaign, blasted
	// Clinton as a “disgrace”" keeps it all).
	if cw := words(cue); len(cw) == 0 || !slices.Contains(words(s[:loc[0]]), cw[len(cw)-1]) {
		return s
	}
	return strings.TrimRight(s[:loc[0]], " ,") + " …"
}

// othersIn reports whether u's sentence also holds words of another speaker.
func (a *Article) othersIn(u utterance) bool {
	for _, v := range a.said {
		if v.sentence == u.sentence && v.speaker != "" && !strings.EqualFold(v.speaker, u.speaker) {
			return true
		}
	}
	return false
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
predicted reported suggested stressed emphasized emphasised acknowledged admitted explained wrote tweeted thought expected hoped feared
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

// closeSentence ends a written line with a period, unless it already ends
// a sentence inside closing quotation marks ("…in Homs.”").
func closeSentence(s string) string {
	t := strings.TrimRight(s, "”’\"'")
	if len(t) < len(s) && strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return s
	}
	return s + "."
}

// headPrepositions open a phrase after a description's head: "the source
// inside the camp" is a source.
var headPrepositions = set(`inside outside in at of for from with within near on behind to`)

// relativeWords open a relative clause that says more of a description's
// head ("the package handler who opposed the deal").
var relativeWords = set(`who whose whom which that`)

// phraseHead returns a description's head, the word before its first
// preposition or else its last word, and its other words but the
// prepositions.
func phraseHead(phrase []string) (string, []string) {
	at := len(phrase) - 1
	for k := 1; k < len(phrase)-1; k++ {
		// "the bishop accompanying the talks": a participle after a
		// noun opens what is said of it, as a preposition does.
		if headPrepositions[phrase[k]] || relativeWords[phrase[k]] || strings.HasSuffix(phrase[k], "ing") && !isStop(phrase[k-1]) && !officeParticiples[phrase[k]] {
			at = k - 1
			// "a source close to the mediation", "a diplomat familiar
			// with the talks": an adjective that takes the preposition
			// opens what is said of the noun before it.
			if k >= 2 && headPrepositions[phrase[k]] && postAdjectives[phrase[k-1]] {
				at = k - 2
			}
			break
		}
	}
	var others []string
	for k, w := range phrase {
		if k != at && !headPrepositions[w] {
			others = append(others, w)
		}
	}
	return phrase[at], others
}

// officeParticiples are the words in -ing that belong to an office's
// name ("the mine's managing director", "the acting president", "the
// presiding judge"), not a participle that says what someone does.
var officeParticiples = set(`managing presiding acting ruling governing`)

// postAdjectives are adjectives that take a preposition after a noun
// ("close to the talks", "familiar with the matter").
var postAdjectives = map[string]bool{"close": true, "familiar": true, "involved": true, "briefed": true, "opposed": true, "loyal": true}

// bareDescription returns a speaker's words in lower case without their
// article: "A source" and "the source" are one.
func bareDescription(speaker string) string {
	l := strings.ToLower(strings.TrimSpace(speaker))
	for _, art := range []string{"a ", "an ", "the "} {
		if rest, ok := strings.CutPrefix(l, art); ok {
			return rest
		}
	}
	return l
}

// writtenWords returns the words of a question as it writes them, without
// the punctuation around them or a possessive ending ("Lopez's" ->
// "Lopez").
func writtenWords(raw string) []string {
	fs := strings.Fields(raw)
	out := fs[:0:0]
	for _, f := range fs {
		w := strings.Trim(f, "?!.,;:'’\"“”()")
		out = append(out, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	}
	return out
}

// toldWhom returns the name a question says something was told to ("What
// did the president tell CNBC about…": "CNBC"): the capitalised words
// right after "tell" or "told", or "".
func toldWhom(raw string) string {
	fs := strings.Fields(raw)
	for i, f := range fs {
		if lf := strings.ToLower(f); lf != "tell" && lf != "told" {
			continue
		}
		var name []string
		for k, g := range fs[i+1:] {
			w := strings.Trim(g, "?!.,;:'’\"“”()")
			if k == 0 && strings.EqualFold(w, "the") {
				continue // "tell the BBC"
			}
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			name = append(name, w)
			if w != g {
				break // the name ends with its punctuation
			}
		}
		return strings.Join(name, " ")
	}
	return ""
}
