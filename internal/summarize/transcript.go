package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// Transcripts: a debate, an interview or a press conference pasted as
// "NAME: what they said" paragraphs. Each labelled paragraph is the
// speaker's words, a quotation without quotation marks.

// minTranscriptTurns is the fewest labelled paragraphs, and
// minTranscriptSpeakers the fewest distinct labels, that make a text a
// transcript: one "LONDON:" or "Update:" line is not one.
const (
	minTranscriptTurns    = 2
	minTranscriptSpeakers = 2
	// maxLabelWords is the most words a speaker label holds ("SEN.
	// ELIZABETH WARREN").
	maxLabelWords = 4
	// minInterviewQuestions is the fewest "Q:" paragraphs that make a
	// text an interview, whose answers may be labelled by the one
	// person's surname in title case ("Wanjiru: …").
	minInterviewQuestions = 2
)

// pageLabels are the words of the labels a news page puts before its own
// lines ("UPDATE:", "WATCH:", "EDITOR'S NOTE:"), besides stopCaps ("READ
// MORE:", "PHOTO:", "SOURCE:"); and the marks of a reporter's question
// and its answer written in capitals ("QUESTION (Kazakh news agency):"),
// which name no speaker.
var pageLabels = makeSet(`update updated watch listen note editor's editors correction clarification breaking
exclusive analysis opinion related disclaimer graphic chart map follow contact credit credits warning live latest
explainer factbox timeline background context sponsored promoted transcript dear question questions answer`)

// labelTurn is one labelled paragraph: the label as written and the span
// of the words after it.
type labelTurn struct {
	label string
	words span
}

// transcriptTurns returns the labelled paragraphs of a transcript, or nil
// when the text is none: at least minTranscriptTurns paragraphs opening
// with a speaker label, from at least minTranscriptSpeakers speakers. A
// label is a name in capitals ("TRUMP:", "LESTER HOLT:") or, where every
// label of the text is so written, in title case ("Lester Holt:"); "Q"
// and "A" are an interview's turns, not names, and are left out.
//
// A single capitalised word is a label too ("Holt:") where the text names
// someone in full with it ("Lester Holt"), and in an interview (at least
// minInterviewQuestions "Q:" paragraphs), where the one person answering
// is speaker enough ("Wanjiru:").
func transcriptTurns(text string, paras []span) []labelTurn {
	var turns []labelTurn
	upper, answers, speakers := 0, 0, map[string]bool{}
	interview := interviewQuestions(text, paras) >= minInterviewQuestions
	minSpeakers := minTranscriptSpeakers
	if interview {
		minSpeakers = 1
	}
	for _, p := range paras {
		if interview {
			// "A: …", "A. …", "Answer: …": the one person answering.
			if n, m := qaMarker(text[p.start:p.end]); m == 'A' {
				if words, ok := turnWords(text, p, n-1); ok {
					turns = append(turns, labelTurn{label: answerLabel, words: words})
					answers++
				}
				continue
			}
		}
		label, words, ok := speakerLabel(text, p)
		if !ok {
			// "Holt: …", "Trump: …": a surname in title case labels a
			// turn in an interview, or where the text names its
			// speaker in full ("Lester Holt", "Donald Trump").
			if l, w, ok2 := surnameLabel(text, p); ok2 && (interview || fullNameEnding(text, l)) {
				label, words, ok = l, w, true
			}
		}
		if !ok {
			continue
		}
		turns = append(turns, labelTurn{label: label, words: words})
		speakers[strings.ToUpper(label)] = true
		if label == strings.ToUpper(label) {
			upper++
		}
	}
	named := namedSpeakers(text, speakers)
	if answers >= minTranscriptTurns {
		// An interview's answers need no name in their labels: the
		// introduction names who answers.
		named = max(named, minSpeakers)
		minSpeakers = 0
	}
	if len(turns) < minTranscriptTurns || len(speakers) < minSpeakers || named < minSpeakers {
		return nil
	}
	// Turns are speech: most of them talk to someone or of oneself, or
	// ask. A list of names and charges ("Ryan S. Hollman: Dealing in
	// methamphetamine…") is no transcript.
	spoken := 0
	for _, tu := range turns {
		if spokenWords(text[tu.words.start:tu.words.end]) {
			spoken++
		}
	}
	if 2*spoken < len(turns) {
		return nil
	}
	if upper > 0 && upper < len(turns) {
		// Mixed: the capitals are the transcript's labels, the title-case
		// ones ordinary text ("Update: …").
		kept := turns[:0]
		for _, tu := range turns {
			if tu.label == strings.ToUpper(tu.label) {
				kept = append(kept, tu)
			}
		}
		turns = kept
	}
	return turns
}

// answerLabel is the label of an interview's answer turns ("A: …"):
// said by the one person the interview questions.
const answerLabel = "A"

// interviewQuestions counts the paragraphs that open with an
// interviewer's question marker ("Q:", "Q.", "Question:").
func interviewQuestions(text string, paras []span) int {
	n := 0
	for _, p := range paras {
		if _, m := qaMarker(text[p.start:p.end]); m == 'Q' {
			n++
		}
	}
	return n
}

// qaMarker reads the marker of an interview's question or answer opening
// paragraph s ("Q:", "Q.", "Question:", "A:", "A.", "Answer:", each
// followed by a space and the words): its length in bytes and 'Q' or 'A',
// or 0 and 0. Only a text with several questions is an interview, so an
// initial opening a paragraph ("A. Smith said") is read as one there.
func qaMarker(s string) (int, byte) {
	t := strings.TrimLeft(s, " \t")
	for _, m := range [...]string{"Question:", "Answer:", "Q:", "A:", "Q.", "A."} {
		if strings.HasPrefix(t, m) && len(t) >= len(m)+2 && (t[len(m)] == ' ' || t[len(m)] == '\t') {
			return len(s) - len(t) + len(m), m[0]
		}
	}
	return 0, 0
}

// surnameLabel reads a label of one capitalised word ("Wanjiru:") opening
// paragraph p, as an interview writes its answers; speakerLabel takes
// longer ones. A page's furniture ("Update:", "Note:") is no label.
func surnameLabel(text string, p span) (label string, words span, ok bool) {
	s := text[p.start:p.end]
	colon := strings.IndexByte(s, ':')
	if colon <= 1 || colon > 30 {
		return "", span{}, false
	}
	label = s[:colon]
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsUpper(r) || label == "Q" || label == "A" {
		return "", span{}, false
	}
	for _, c := range label {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
			return "", span{}, false
		}
	}
	if w := strings.ToLower(label); stopCaps[w] || pageLabels[w] {
		return "", span{}, false
	}
	words, ok = turnWords(text, p, colon)
	if !ok {
		return "", span{}, false
	}
	return label, words, true
}

// fullNameEnding reports whether text names someone in full with the
// surname label ("Lester Holt" for "Holt"): a capitalised word, a space
// and the label as a word of its own.
func fullNameEnding(text, label string) bool {
	for i := strings.Index(text, " "+label); i >= 0; {
		end := i + 1 + len(label)
		if end == len(text) || !unicode.IsLetter(rune(text[end])) {
			j := i
			for j > 0 && text[j-1] >= 'a' && text[j-1] <= 'z' {
				j--
			}
			if j > 0 && j < i && text[j-1] >= 'A' && text[j-1] <= 'Z' {
				return true
			}
		}
		k := strings.Index(text[i+1:], " "+label)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// turnWords returns the words of a turn after its label's colon at byte
// colon of paragraph p, trimmed; ok is false for fewer than two bytes.
func turnWords(text string, p span, colon int) (span, bool) {
	start := p.start + colon + 1
	for start < p.end && (text[start] == ' ' || text[start] == '\t') {
		start++
	}
	end := p.end
	for end > start && (text[end-1] == ' ' || text[end-1] == '\n' || text[end-1] == '\r') {
		end--
	}
	return span{start, end}, end-start >= 2
}

// spokenWords reports whether a turn reads as speech: it asks something or
// holds a first- or second-person pronoun.
func spokenWords(s string) bool {
	if strings.Contains(s, "?") {
		return true
	}
	for _, f := range strings.Fields(s) {
		w := strings.ToLower(strings.Trim(f, ".,;:!?\"“”'’()"))
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "we're", "I’m"
		}
		if firstOrSecondPerson(w) || w == "my" || w == "our" || w == "your" {
			return true
		}
	}
	return false
}

// namedSpeakers counts the labels (upper-cased) that are people of the
// text: a label in capitals whose last word the text also writes as a
// name ("TRUMP:" where the introduction names "Donald Trump"), or a full
// name in title case ("Lester Holt:"). "VIP:" and "S:" on a forum page
// name no one.
func namedSpeakers(text string, speakers map[string]bool) int {
	n := 0
	for label := range speakers {
		f := strings.Fields(label)
		last := strings.Trim(f[len(f)-1], ".'’")
		if len(last) < 2 {
			continue
		}
		// The last word as a name, in title case ("Trump"), anywhere.
		title := last[:1] + strings.ToLower(last[1:])
		if strings.Contains(text, title+" ") || strings.Contains(text, title+",") || strings.Contains(text, title+".") ||
			strings.Contains(text, title+"’") || strings.Contains(text, title+"'") {
			n++
		}
	}
	return n
}

// maxAffiliationBytes bounds the bracketed affiliation a transcript label
// may carry after the name ("ROHAN DE SILVA (Colombo Ledger):").
const maxAffiliationBytes = 120

// speakerLabel reads the label opening paragraph p: one to maxLabelWords
// words in capitals, or two or more capitalised ones (letters, periods,
// hyphens, apostrophes), a colon, and words after it; or such a name with
// an affiliation in brackets, a colon, and words in quotation marks.
func speakerLabel(text string, p span) (label string, words span, ok bool) {
	s := text[p.start:p.end]
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon > 40+maxAffiliationBytes {
		return "", span{}, false
	}
	label = strings.TrimSpace(s[:colon])
	// "FARHANA CHOWDHURY (The Daily Meghna):": the name, then whom the
	// speaker is there for, in brackets.
	affiliated := false
	if k := strings.Index(label, " ("); k > 0 && strings.HasSuffix(label, ")") && !strings.Contains(label[k+2:len(label)-1], "(") {
		label, affiliated = strings.TrimSpace(label[:k]), true
	}
	if len(label) > 40 {
		return "", span{}, false
	}
	fields := strings.Fields(label)
	if len(fields) == 0 || len(fields) > maxLabelWords || label == "Q" || label == "A" {
		return "", span{}, false
	}
	if label != strings.ToUpper(label) && len(fields) < 2 {
		// In title case only a full name is a label ("Lester Holt:"),
		// not "Update:" or "Note:".
		return "", span{}, false
	}
	for i, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			return "", span{}, false
		}
		if w := strings.ToLower(strings.Trim(f, ".'’")); (stopCaps[w] || pageLabels[w]) && !labelParticle(text, fields, i) {
			// "READ MORE:", "UPDATE:", "PHOTO:", "EDITOR'S NOTE:": a
			// page's furniture, not a speaker.
			return "", span{}, false
		}
		for _, c := range f {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return "", span{}, false
			}
		}
	}
	words, ok = turnWords(text, p, colon)
	if !ok || affiliated && !opensQuotation(text, words) {
		// With an affiliation, only words in quotation marks are a turn:
		// "JOHN COLE (Labour): backs the bill" lists a position.
		return "", span{}, false
	}
	return label, words, true
}

// labelParticle reports whether label word fields[i], a word that
// also labels a page's furniture or is a function word ("A", "DE"),
// is a particle inside a name the text writes in full: neither the
// label's first word nor its last, and the label's words in title case
// follow a capitalised word ("TJON A LOI:" where the text names "Rosalie
// Tjon A Loi"). Furniture ("READ MORE:", "EDITOR'S NOTE:") opens with
// its own word.
func labelParticle(text string, fields []string, i int) bool {
	if i == 0 || i == len(fields)-1 {
		return false
	}
	title := make([]string, len(fields))
	for k, f := range fields {
		_, n := utf8.DecodeRuneInString(f)
		title[k] = f[:n] + strings.ToLower(f[n:]) // "ÉLODIE" -> "Élodie"
	}
	return fullNameEnding(text, strings.Join(title, " "))
}

// addTranscriptQuotes makes each turn of a transcript a quotation, said by
// its label, and drops the quotations found inside the turns (words the
// speaker quotes), except one whose own sentence credits it to someone
// else (cued returns that sentence's span: "One of the Chinese experts,
// Professor Zhou Wenbin, said to me: “…”"): that sentence is cut out of
// the turn and its quotation kept, to be credited as any other. It
// returns the quotations in text order and, for each, the label of its
// turn ("" for ordinary quotations).
func addTranscriptQuotes(text string, quotes []quoteSpan, turns []labelTurn, cued func(quoteSpan) (span, bool)) ([]quoteSpan, []string) {
	if len(turns) == 0 {
		return quotes, make([]string, len(quotes))
	}
	out := make([]quoteSpan, 0, len(quotes)+len(turns))
	labels := make([]string, 0, len(quotes)+len(turns))
	turn := func(from, to int, label string) {
		for from < to && (text[from] == ' ' || text[from] == '\n') {
			from++
		}
		for to > from && (text[to-1] == ' ' || text[to-1] == '\n') {
			to--
		}
		// A turn written inside quotation marks: the words are what is
		// between them.
		if o, c := quotationMarks(text, span{from, to}); o > 0 {
			from, to = from+o, to-c
		}
		if to-from < 2 || to-from > maxQuoteBytes {
			return // nothing left, or too long to be one quotation
		}
		out = append(out, quoteSpan{open: from, close: to, segs: []span{{from, to}}, closed: true})
		labels = append(labels, label)
	}
	qi := 0
	for _, tu := range turns {
		for qi < len(quotes) && quotes[qi].open < tu.words.start {
			out, labels = append(out, quotes[qi]), append(labels, "")
			qi++
		}
		from := tu.words.start
		var cut span // the last sentence cut out of the turn
		for ; qi < len(quotes) && quotes[qi].open < tu.words.end; qi++ {
			// Inside the turn: kept only where its sentence credits it
			// (or where it shares a sentence already cut out).
			if q := quotes[qi]; cut.end > cut.start && q.open >= cut.start && q.close <= cut.end {
				out, labels = append(out, q), append(labels, "")
				continue
			}
			s, ok := cued(quotes[qi])
			if !ok || s.start < from || s.end > tu.words.end {
				// A document the speaker reads out ("I will read it.
				// “…”"): the words are the document's, cut out of the
				// turn.
				if name, ok := readAloud(text, from, quotes[qi]); ok {
					turn(from, quotes[qi].open, tu.label)
					out, labels = append(out, quotes[qi]), append(labels, readLabel+name)
					from = quotes[qi].close
				}
				continue
			}
			turn(from, s.start, tu.label)
			out, labels = append(out, quotes[qi]), append(labels, "")
			from, cut = s.end, s
		}
		turn(from, tu.words.end, tu.label)
	}
	for ; qi < len(quotes); qi++ {
		out, labels = append(out, quotes[qi]), append(labels, "")
	}
	return out, labels
}

// labelSpeaker names the speaker of a transcript label: the one person of
// the text whose full name ends with it ("TRUMP" -> "Donald Trump"), else
// the label with its words capitalised ("RADDATZ" -> "Raddatz"); and that
// person's entity, or -1.
func (d *doc) labelSpeaker(label string) (string, int) {
	if label == answerLabel {
		return d.interviewee()
	}
	f := strings.Fields(strings.ToLower(label))
	last := strings.Trim(f[len(f)-1], ".,")
	found := -1
	for ei := range d.ents {
		e := &d.ents[ei]
		if e.kind != KindPerson && e.kind != "" || len(e.tokens) < 2 || e.tokens[len(e.tokens)-1] != last || e.name == strings.ToUpper(e.name) {
			continue
		}
		if len(e.tokens) == 2 && isTitleWord(e.tokens[0]) {
			continue // "Madam Kportufe-Asare": a title, not a second person of the name
		}
		if found >= 0 && found != ei {
			// Two entities share the surname: one name written in full
			// and a shorter form of it ("Rosalie Tjon A Loi", "Tjon A
			// Loi") are one person; else two people, and no guess.
			switch {
			case tailMatch(d.ents[found].tokens, e.tokens):
				continue
			case tailMatch(e.tokens, d.ents[found].tokens):
				found = ei
				continue
			}
			found = -2
			break
		}
		found = ei
	}
	if found >= 0 {
		return d.ents[found].name, found
	}
	if found == -1 && len(f) == 1 {
		// "PRESENTER:" after "Presenter Efua Asantewaa Boateng was
		// joined by…": the one person the text gives that title.
		if ei := d.titledOnce(last); ei >= 0 {
			return d.ents[ei].name, ei
		}
	}
	fields := strings.Fields(strings.ToLower(label))
	for i, f := range fields {
		r, n := utf8.DecodeRuneInString(f)
		fields[i] = string(unicode.ToUpper(r)) + f[n:]
	}
	return strings.Join(fields, " "), -1
}

// titledOnce returns the one person of the text named in full right after
// the title w (lower case: "presenter", "moderator"), the title in the
// mention or before it, or given it as a role; -1 for none or two.
func (d *doc) titledOnce(w string) int {
	found := -1
	for ei := range d.ents {
		e := &d.ents[ei]
		if e.kind != KindPerson && e.kind != "" || len(e.tokens) < 2 || e.first >= len(d.toks) {
			continue
		}
		if !slices.Contains(e.roles, w) && d.toks[e.first].lower != w && (e.first == 0 || d.toks[e.first-1].lower != w) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ei
	}
	return found
}

// interviewee names the person an interview's answers are credited to:
// the one person the paragraph right before the first question names
// ("Reyes, 52, a former driver, spoke with us on Sunday."); else, of the
// people its introduction names in full (before the first question), the
// one the text names most often, the first of them on a tie; "" and -1
// when the introduction names no one.
func (d *doc) interviewee() (string, int) {
	if ei := d.introducedBeforeQuestions(); ei >= 0 {
		return d.ents[ei].name, ei
	}
	best := -1
	for ei := range d.ents {
		e := &d.ents[ei]
		if e.kind != KindPerson && e.kind != "" || len(e.tokens) < 2 || e.first >= len(d.toks) || d.toks[e.first].start >= d.firstQuestion {
			continue
		}
		if e.kind == "" && !d.modelReadsPerson(ei) {
			// "Kambeng Koto", the village the interview is about, which
			// no list types: a name the entity model never reads as a
			// person's gives no answers.
			continue
		}
		if best < 0 || e.mentions > d.ents[best].mentions || e.mentions == d.ents[best].mentions && e.first < d.ents[best].first {
			best = ei
		}
	}
	if best < 0 {
		return "", -1
	}
	return d.ents[best].name, best
}

// modelReadsPerson reports whether the entity model reads some mention
// of entity ei as a person's name.
func (d *doc) modelReadsPerson(ei int) bool {
	if d.modelSaysPerson == nil {
		return false
	}
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.ent == ei && d.modelSaysPerson(m) {
			return true
		}
	}
	return false
}

// introducedBeforeQuestions returns the one person named outside
// quotation marks in the paragraph right before an interview's first
// question, or, of several, the one the writer spoke to; or -1.
func (d *doc) introducedBeforeQuestions() int {
	pi := -1
	for i := range d.paras {
		if d.paras[i].end <= d.firstQuestion {
			pi = i
		}
	}
	if pi < 0 || d.firstQuestion >= len(d.text) {
		return -1
	}
	found, spokenTo, many := -1, -1, false
	// described is the one person the paragraph introduces with a role
	// set off after the name ("Chen Li, 58, head of the growers'
	// union"); -2 for two or more.
	described := -1
	for _, m := range d.mentions {
		if m.ent < 0 || m.inQuote || m.t0 >= len(d.toks) || d.toks[m.t0].start < d.paras[pi].start || d.toks[m.t0].start >= d.paras[pi].end {
			continue
		}
		toWriter := d.spokeToWriter(m.t0, m.t1)
		// A name the lists do not type is a person's where the writer
		// spoke to them ("Ximena Quispe Arancibia, a chemical engineer
		// who heads negotiations…, spoke to us") or the text gives them
		// a role, before the name or after it ("Chhim Sothea, 49, a
		// legal adviser at the culture ministry"), or the entity model
		// reads this mention as a person's ("Aurelia Güity Lacayo, 61,
		// a retired nurse who…").
		if e := &d.ents[m.ent]; e.kind != KindPerson && !(e.kind == "" && (toWriter || len(e.roles) > 0 || d.describedAfter(&m) || d.modelSaysPerson != nil && d.modelSaysPerson(&m))) {
			continue
		}
		// Of several, the first, the subject of "spoke to us", not a
		// name in what is said of them ("Dr. Akosua Mensah-Bonsu, who
		// leads Ghana's team in the … Cocoa Initiative, spoke to us"),
		// unless only the later one is known for a person.
		if (d.spokenTo(m.t0) || toWriter) && (spokenTo < 0 || d.ents[m.ent].kind == KindPerson && d.ents[spokenTo].kind != KindPerson) {
			spokenTo = m.ent
		}
		if d.describedAfter(&m) {
			if described >= 0 && described != m.ent {
				described = -2
			} else if described == -1 {
				described = m.ent
			}
		}
		if found >= 0 && found != m.ent {
			many = true
		}
		found = m.ent
	}
	if many {
		// "We spoke to Mohan-Sewnarain at her office on Mr. Dr. J.C.
		// de Mirandastraat": the one the writer spoke to; else the one
		// the paragraph introduces with a role ("Chen Li, 58, head of
		// the growers' union… She spoke to us").
		if spokenTo < 0 && described >= 0 {
			return described
		}
		return spokenTo
	}
	return found
}

// describedAfter reports whether name mention m is followed by an age set
// off by commas (", 47, chairs…", ", 49, a legal adviser at…") or by a
// role so set off, with an article or not (", director of…"), the role's
// head (roleHeads) among its first three words past the article.
func (d *doc) describedAfter(m *mention) bool {
	end := d.sentTok[m.sent+1]
	j := m.t1
	if j >= end || d.toks[j].text != "," {
		return false
	}
	j++
	if j >= end {
		return false
	}
	if _, age := ageOf(d.toks[j].text); age && j+1 < end && d.toks[j+1].text == "," {
		// An age set off after a name introduces a person whatever
		// follows it, a role or what they do ("Karma Yudon, 47, chairs
		// the growers' council").
		return true
	}
	// With an article or without one (", 51, director of the debt
	// management division").
	if determiners[d.toks[j].lower] {
		j++
	}
	for t := j; t < end && t < j+3; t++ {
		if prepositions[d.toks[t].lower] || d.toks[t].text == "," {
			return false
		}
		if roleHeads[d.toks[t].lower] {
			return true
		}
	}
	return false
}

// spokenTo reports whether the name at token t is who an interviewer
// spoke with: after "spoke to", "talked with", "sat down with",
// "caught up with" or "interviewed".
func (d *doc) spokenTo(t int) bool {
	if t < 1 {
		return false
	}
	prev := d.toks[t-1].lower
	if prev == "interviewed" {
		return true
	}
	if t < 2 || prev != "to" && prev != "with" {
		return false
	}
	if talkWords[d.toks[t-2].lower] {
		return true
	}
	switch d.toks[t-2].lower {
	case "down", "up":
		return t >= 3 && (d.toks[t-3].lower == "sat" || d.toks[t-3].lower == "caught")
	}
	return false
}

// talkWords are the forms of "speak" and "talk" that say an interviewer
// and the one interviewed spoke ("spoke to", "talked with").
var talkWords = map[string]bool{"spoke": true, "speak": true, "talked": true, "talk": true, "spoken": true, "talking": true, "speaking": true}

// spokeToWriter reports whether the sentence goes on from token t, the
// end of a name that starts at token t0, to say that its bearer spoke to
// the writer: "spoke to us", "talked with me", "sat down with us", the
// name the subject.
func (d *doc) spokeToWriter(t0, t int) bool {
	if t >= len(d.toks) {
		return false
	}
	end := d.sentEnd(t)
	if d.talkToWriter(t, end) {
		return true
	}
	// "Baek Seung-hee, the ambassador for nuclear energy cooperation.
	// She spoke to us in Seoul on Monday": the next sentence's "he" or
	// "she" goes on with the name that opens the sentence before, its
	// subject; not with a name further in ("She and Lee are not
	// related; most people in Busan share the name. She spoke to us").
	if end < len(d.toks) && (d.toks[end].lower == "she" || d.toks[end].lower == "he") && d.opensSentence(t0) {
		return d.talkToWriter(end+1, d.sentEnd(end))
	}
	return false
}

// opensSentence reports whether token t opens its sentence, after
// capitalised words only ("Dr.", "Ambassador").
func (d *doc) opensSentence(t int) bool {
	for k := t - 1; k >= 0 && k < len(d.toks); k-- {
		if k < d.sentEnd(k) && d.sentEnd(k) != d.sentEnd(t) {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(d.toks[k].text); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// sentEnd returns the token after the last of token t's sentence.
func (d *doc) sentEnd(t int) int {
	for si := range d.sents {
		if d.sentTok[si+1] > t {
			return d.sentTok[si+1]
		}
	}
	return len(d.toks)
}

// talkToWriter reports whether tokens [t, end) say "spoke to us",
// "talked with me", "sat down with us" before any other verb of saying.
func (d *doc) talkToWriter(t, end int) bool {
	for k := t; k+2 < end; k++ {
		switch w := d.toks[k].lower; {
		case talkWords[w] || w == "down":
			if (d.toks[k+1].lower == "to" || d.toks[k+1].lower == "with") && (d.toks[k+2].lower == "us" || d.toks[k+2].lower == "me") {
				return true
			}
		case w == "said" || w == "says" || w == "told":
			return false // a clause of its own before it
		}
	}
	return false
}

// cuedSentence returns the span of the sentences holding quotation q when
// they credit q to someone other than the one speaking: a verb of saying
// within a few words before it ("…, Professor Zhou Wenbin, said to me
// very early: “…”") or right after it ("“…,” he said"), whose subject is
// not "I" or "we" (the turn's speaker quoting themselves).
func (d *doc) cuedSentence(q quoteSpan) (span, bool) {
	si, se := d.sentOf(q.open), d.sentOf(max(q.close-1, q.open))
	if si >= len(d.sents) || se >= len(d.sents) || se-si > 3 || q.close > d.sents[se].End {
		return span{}, false
	}
	s := span{d.sents[si].Start, d.sents[se].End}
	lo, hi := d.sentTok[si], d.sentTok[se+1]
	open, close := d.tokAt(q.open), d.tokAt(q.close)
	firstPerson := func(ti int) bool {
		return ti >= lo && ti < hi && (d.toks[ti].lower == "i" || d.toks[ti].lower == "we")
	}
	// Before: the nearest verb of saying, with no "I" or "we" as the
	// word before it (or the one before that: "I also said", "we then
	// told them") or after it ("said I").
	for j := open - 1; j >= lo && j >= open-14; j-- {
		if d.cueForm(j) {
			if firstPerson(j-1) || firstPerson(j-2) && !d.pastForm(j-1) || firstPerson(j+1) {
				return span{}, false
			}
			return s, true
		}
	}
	// After: punctuation, then a verb of saying within three words.
	j := close
	for j < hi && !d.toks[j].word {
		j++
	}
	for k := j; k < hi && k < j+4; k++ {
		if firstPerson(k) {
			return span{}, false
		}
		if d.cueForm(k) {
			if firstPerson(k + 1) {
				return span{}, false
			}
			return s, true
		}
	}
	return span{}, false
}

// pastForm reports whether token k is a past form of a verb other than
// "have" or "be" ("ordered", "wrote"): "the survey we ordered said" is a
// document the speaker had made, which speaks; "we" is its clause's
// subject, not the verb of saying's ("we then told them").
func (d *doc) pastForm(k int) bool {
	if k < 0 || k >= len(d.toks) || !d.toks[k].word {
		return false
	}
	w := d.toks[k].lower
	if w == "indeed" || w == "did" {
		return false // "I indeed said", "we did tell them"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || nlp.IrregularVerb(w) != "" && !strings.HasSuffix(w, "n")
}

// quotedAnswers finds an interview printed without "Q:" and "A:": its
// questions are paragraphs of their own with no quotation marks, each
// followed by a paragraph that opens with a quotation, the answer ("What
// was the hardest moment?" / "“The night in Geneva…”"). At least
// minInterviewQuestions paragraphs ending in "?" make a text one; after
// the first of them, a short prompt that is no question ("Critics say
// Kenya sold too cheaply.") asks too. It returns the quotations (indexes
// in quotes) that make up the answers, and the offset of the first
// question; nil when the text is no such interview. A quotation its
// sentence credits to someone (cued) is no answer, nor what follows it.
func quotedAnswers(text string, paras []span, quotes []quoteSpan, cued func(quoteSpan) (span, bool)) (map[int]bool, int) {
	asks := func(p span) bool {
		s := strings.TrimSpace(text[p.start:p.end])
		return s != "" && !strings.ContainsAny(s, "\"“”«»") && fieldCount(s) <= 30
	}
	var answers []span
	first, questions := -1, 0
	for i := 0; i+1 < len(paras); i++ {
		p, next := paras[i], paras[i+1]
		if !startsWithOpening(text, next) || !asks(p) {
			continue
		}
		question := strings.HasSuffix(strings.TrimSpace(text[p.start:p.end]), "?")
		if !question && (first < 0 || fieldCount(text[p.start:p.end]) > 15) {
			continue
		}
		if question {
			questions++
		}
		if first < 0 {
			first = p.start
		}
		answers = append(answers, next)
	}
	if questions < minInterviewQuestions {
		return nil, 0
	}
	out := map[int]bool{}
	for _, p := range answers {
		// The quotations that open the paragraph and go on from it,
		// one after another: the answer's words.
		at := p.start
		for at < p.end && (text[at] == ' ' || text[at] == '\t') {
			at++
		}
		for qi := range quotes {
			q := &quotes[qi]
			if q.open < at || q.open >= p.end {
				continue
			}
			if strings.TrimSpace(text[at:q.open]) != "" {
				break // words outside the quotation: a credit, not the answer's
			}
			if _, ok := cued(*q); ok {
				break // "“…,” said Smith": someone's words, not an answer
			}
			out[qi] = true
			at = q.close
		}
	}
	return out, first
}

// opensQuotation reports whether the words w open with a double
// quotation mark (doubleMark).
func opensQuotation(text string, w span) bool {
	k, _ := doubleMark(text, w.start, w)
	return k == markOpen
}

// quotationMarks returns the lengths of the double quotation marks that
// open and close the words w and hold no other double mark between them
// ("“It is a beginning.”"), or 0, 0.
func quotationMarks(text string, w span) (opening, closing int) {
	k, o := doubleMark(text, w.start, w)
	if k != markOpen {
		return 0, 0
	}
	_, n := utf8.DecodeLastRuneInString(text[w.start:w.end])
	if k, c := doubleMark(text, w.end-n, w); k != markClose || c != n || w.start+o >= w.end-c {
		return 0, 0
	}
	if strings.ContainsAny(text[w.start+o:w.end-n], "\"“”„«»") {
		return 0, 0
	}
	return o, n
}

// readLabel marks the label of a document read out in a transcript's turn:
// the document's name follows it.
const readLabel = "\x00read:"

// readBack is how far back, in bytes, readAloud splits the text into
// words to find the document read out: room for the 400 words it looks
// through (20 bytes a word).
const readBack = 8000

// readWholes are the nouns for a whole document a speaker may read out.
var readWholes = map[string]bool{"agreement": true, "arrangement": true, "accord": true, "treaty": true, "pact": true, "convention": true, "contract": true, "memorandum": true, "charter": true, "protocol": true, "declaration": true, "communiqué": true, "communique": true, "constitution": true, "law": true, "bill": true, "decree": true, "resolution": true, "lease": true, "statement": true, "letter": true, "deal": true}

// readAloud reports whether quotation q, inside a turn whose words start
// at from, is a document the speaker reads out: a sentence of the turn
// saying that the speaker reads ("Let me read it", "I will read the
// clause", "Read Article 5 with me") ends right before it, and the
// quotation stands alone (no "she said" after it). The document is the
// nearest one named before the quotation by a common noun ("the
// agreement"), not a part of one ("the clause"); its name is returned.
func readAloud(text string, from int, q quoteSpan) (string, bool) {
	if q.open <= from || q.single || !q.closed {
		return "", false
	}
	before := strings.TrimRight(text[from:q.open], " ")
	if before == "" || !strings.ContainsAny(before[len(before)-1:], ".:") {
		return "", false
	}
	cue := before[:len(before)-1]
	if i := strings.LastIndexAny(cue, ".?!\n"); i >= 0 {
		cue = cue[i+1:]
	}
	words := strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	reads, first := false, false
	for i, w := range words {
		switch w {
		case "read":
			reads = true
		case "i", "me", "we", "us", "let":
			first = true
		case "not", "never", "didn't", "haven't", "won't", "cannot":
			return "", false
		}
		if i == 0 && w == "read" {
			first = true // "Read Article 5 with me."
		}
	}
	if !reads || !first {
		return "", false
	}
	// Standing alone: what follows the closing mark is no lower-case word.
	after := strings.TrimLeft(text[q.close:], " ,")
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsLower(r) {
		return "", false
	}
	// The document: the nearest whole one named in the 400 words before
	// the quotation (a part of one, "the clause", is passed over), read
	// from the bytes those words can take, not the whole text split
	// again for each reading.
	prev := text[max(0, q.open-readBack):q.open]
	ws := strings.FieldsFunc(prev, func(r rune) bool { return !unicode.IsLetter(r) })
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-400; i-- {
		if readWholes[ws[i]] {
			return "the " + ws[i], true
		}
	}
	return "", false
}
