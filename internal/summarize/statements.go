package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// Statement is reported speech: what a party said, thinks, wants or found,
// as written in the article ("Russia said it was ready to resume talks"
// gives the text "it was ready to resume talks", the speaker "Russia" and
// the cue "said"). Words inside quotation marks belong to Quotes.
type Statement struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Cue      string `json:"cue"`
	Sentence int    `json:"sentence"`

	// Start and End are the byte offsets of Text in the article text. Not
	// part of the JSON contract.
	Start int `json:"-"`
	End   int `json:"-"`
}

// Caps on reported speech: a reported clause longer than a long paragraph
// is a parse run wild (a text with no sentence breaks), not a statement,
// and a brief lists at most a few hundred.
const (
	maxStatementBytes = 1200
	maxStatements     = 300
)

// cueLemma lists the verbs that report speech, thought, intention or
// evidence, by lemma. A verb is a cue only when the tree gives it a clause
// as complement (or makes it a parenthetical "…, he said").
func cueLemma(l string) bool {
	switch l {
	case "say", "tell", "add", "announce", "state", "declare", "claim", "argue", "insist",
		"warn", "note", "explain", "write", "report", "reply", "respond", "answer", "assert",
		"maintain", "contend", "acknowledge", "admit", "concede", "confirm", "deny", "reveal",
		"disclose", "suggest", "indicate", "predict", "estimate", "signal", "stress", "emphasize",
		"emphasise", "reiterate", "repeat", "recall", "complain", "charge", "allege", "accuse",
		"promise", "pledge", "vow", "threaten", "urge", "demand", "propose", "agree", "concur",
		"believe", "think", "feel", "fear", "worry", "hope", "expect", "doubt", "know", "assume",
		"want", "wish", "intend", "plan", "prefer", "show", "find", "conclude", "determine",
		"tweet", "post", "testify", "observe", "remark", "comment", "mention", "point",
		"caution", "boast", "guess", "reckon", "imply", "hint", "ask", "question",
		"decide", "rule", "forecast", "project", "calculate", "learn", "hear", "understand",
		"realize", "realise", "recognize", "recognise", "assure", "counter",
		"retort", "protest", "object", "describe", "call", "brief", "inform", "echo", "quip",
		"exclaim", "shout", "recount", "elaborate", "lament", "plead", "scoff", "snap", "muse", "whisper", "cry",
		"seek", "aim", "decline", "offer", "attempt",
		// Verbs of thinking and finding out that take a clause in a
		// fifth or more of their uses in the EWT and GUM train splits.
		"wonder", "suspect", "advise", "remind", "discover", "prove", "demonstrate", "figure",
		"imagine", "notice", "remember", "suppose", "bet":
		return true
	}
	return false
}

// contentClauseOf reports whether clause c, hung from a noun, says what
// the noun holds ("the claim that talks failed") rather than which one it
// is ("the claim that he made"): it opens with "that" or "whether" as a
// conjunction, or with a "that" the parser read as a relative pronoun
// although the clause already has the argument "that" would stand for
// ("a report that Trump had a loss": "had" has its object).
func (t *tree) contentClauseOf(c int) bool {
	a := t.a
	switch a.Tokens[c].Rel {
	case "acl", "ccomp":
		m := t.child(c, "mark")
		return m >= 0 && m < c && (strings.EqualFold(a.Tokens[m].Text, "that") || strings.EqualFold(a.Tokens[m].Text, "whether"))
	case "acl:relcl":
		first := int(t.left[c])
		if !strings.EqualFold(a.Tokens[first].Text, "that") || a.Tokens[first].Head != c {
			return false
		}
		rel := a.Tokens[first].Rel
		if rel != "obj" && rel != "nsubj" {
			return false
		}
		for _, k := range t.children(c) {
			if int(k) != first && a.Tokens[k].Rel == rel {
				return true
			}
		}
	}
	return false
}

// nounsClause returns the object of verb v that clause c, parsed as v's
// complement, belongs to: a noun of saying right before a that-clause
// ("rejected the company's claim that it had made its best offer"), or -1.
func (t *tree) nounsClause(v, c int) int {
	a := t.a
	o := t.child(v, "obj")
	if o < 0 || o > c || !contentNoun(a.Tokens[o].Lemma) || a.Tokens[o].UPOS != "NOUN" {
		return -1
	}
	m := t.child(c, "mark")
	if m < 0 || !strings.EqualFold(a.Tokens[m].Text, "that") || int(t.left[c]) != m {
		return -1
	}
	for k := int(t.right[o]) + 1; k < m; k++ {
		if a.Tokens[k].UPOS != "PUNCT" {
			return -1
		}
	}
	return o
}

// contentNoun lists nouns of saying, thinking and wanting whose
// that-clause is what was said, thought or wanted ("the claim that…").
func contentNoun(l string) bool {
	switch l {
	case "claim", "report", "statement", "announcement", "acknowledgment", "acknowledgement", "assertion",
		"warning", "promise", "pledge", "belief", "view", "argument", "suggestion", "allegation", "accusation",
		"insistence", "assurance", "admission", "fear", "hope", "expectation", "demand", "proposal", "request",
		"conclusion", "finding", "prediction", "contention", "threat", "denial", "charge", "message", "signal":
		return true
	}
	return false
}

// evaluativeLemma lists verbs that report a judgement or a reference
// whose content is a noun phrase ("criticized the offer", "cited the
// report", "praised the deal"): cues only with such content.
func evaluativeLemma(l string) bool {
	switch l {
	case "cite", "criticize", "criticise", "attack", "praise", "blame", "condemn", "welcome",
		"dismiss", "defend", "highlight", "slam", "blast", "denounce", "applaud", "hail",
		"reject", "oppose", "support", "endorse", "back", "challenge", "dispute",
		"outline", "unveil", "detail":
		return true
	}
	return false
}

// nounCueLemma lists verbs of saying whose noun-phrase object is what was
// said ("announced a deal", "denied the report", "called for talks"): not
// verbs whose object is something else ("echoed the sentiment", "knows
// the city").
func nounCueLemma(l string) bool {
	switch l {
	case "announce", "propose", "demand", "deny", "confirm", "acknowledge", "reveal", "describe",
		"mention", "note", "warn", "call", "urge", "promise", "pledge", "vow", "threaten", "offer",
		"suggest", "predict", "forecast", "estimate", "claim", "question", "admit", "concede",
		"report", "tweet", "accuse", "allege", "charge", "complain", "insist", "point", "stress",
		"emphasize", "emphasise", "signal", "disclose", "argue", "recommend", "request":
		return true
	}
	return false
}

// wantLike are the cues whose infinitive complement is the content
// ("Moscow wants to end the war").
func wantLike(lemma string) bool {
	switch lemma {
	case "want", "wish", "intend", "plan", "hope", "expect", "promise", "pledge", "vow",
		"threaten", "refuse", "agree", "prefer", "decide", "propose", "demand", "urge",
		"seek", "aim", "decline", "offer", "attempt":
		return true
	}
	return false
}

// statements extracts reported speech: for every cue verb heading a
// clausal complement (said that…, wants to…), every parenthetical cue
// (…, officials said) and every "according to", the reported clause as
// written, its speaker (the cue's subject resolved through coreference to
// the fullest name) and the cue. A clause that lies mostly inside
// quotation marks is a quote, not a statement. sentOf maps a byte offset
// to the brief's sentence number; body reports whether a sentence is the
// story's (not a headline, caption or byline).
func (t *tree) statements(sentOf func(off int) int, body func(si int) bool) []Statement {
	a := t.a
	out := []Statement{}
	seen := map[[2]int]bool{}
	// add records the content [first, last) of cue, said by the source
	// token src (or, when who is not empty, by who as written).
	add := func(first, last, src int, cue, who string) {
		for first < last && trimEdge(t, first, true) {
			first++
		}
		for last > first && trimEdge(t, last-1, false) {
			last--
		}
		if last-first < 2 {
			return
		}
		// A clause that is the quotation itself, or the quotation and a
		// word or two around it, is the quote's: a mixed clause, with
		// words of the writer's own beside the quoted ones, is reported
		// speech.
		if t.quoted[first] {
			// Content that opens inside a quotation and goes on to a name
			// after it closes ("“…,” Rep. Gwen Moore said") is the quote
			// and the words that credit it, which the parser hung inside
			// the clause: the quote's, not a statement. A quotation the
			// writer's words carry on ("“…” against what the campaign
			// sees as…") is mixed speech.
			for k := first + 1; k < last; k++ {
				if t.quoted[k] || a.Tokens[k].UPOS == "PUNCT" {
					continue
				}
				if a.Tokens[k].UPOS == "PROPN" || t.isCue(k) {
					// The credit, or another cue's report ("…,” adding
					// that…"), follows the quotation.
					return
				}
				break
			}
		}
		own := 0
		for i := first; i < last; i++ {
			if !t.quoted[i] && a.Tokens[i].UPOS != "PUNCT" {
				own++
			}
		}
		if own < minOwnWords {
			return
		}
		// A quotation opened inside the content closes inside it: keep
		// its closing mark (and the comma before it) rather than cut it
		// open.
		if opened(t, first, last) {
			for k := last; k < len(a.Tokens) && k < last+3 && a.Tokens[k].UPOS == "PUNCT"; k++ {
				if closingMark(a.Tokens[k].Text) {
					last = k + 1
					break
				}
			}
		}
		st, en := a.Tokens[first].Start, a.Tokens[last-1].End
		if st < 0 || en <= st || en-st > maxStatementBytes || seen[[2]int{st, en}] || len(out) == maxStatements {
			return
		}
		if !body(sentOf(st)) {
			return
		}
		seen[[2]int{st, en}] = true
		speaker := who
		if speaker == "" {
			speaker, _ = t.speakerOf(src)
		}
		if speaker == "" && src >= 0 && firstOrSecondPerson(a.Tokens[src].Text) {
			// "We know…", "you feel…": the writer's or a reader's voice,
			// not anyone the story reports.
			return
		}
		out = append(out, Statement{Text: a.Text[st:en], Speaker: speaker, Cue: cue, Sentence: sentOf(st), Start: st, End: en})
	}
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		if t.quoted[i] {
			continue
		}
		comma := -1
		if tok.Rel != "parataxis" && t.isCue(i) && t.child(i, "ccomp") < 0 {
			// "…, the union said in a statement that it would strike":
			// a that-clause after the cue is what it said, not the clause
			// before the comma.
			if first, _ := t.displacedContent(i); first < 0 {
				comma = t.closingAttribution(i)
			}
		}
		switch {
		case comma >= 0:
			// "…, sources familiar with the talks said." closing its
			// sentence: the clause before the comma is what they said,
			// whatever the parser made of the phrase between.
			first := a.Sentences[tok.Sent].First
			src := t.nounAfter(comma, i)
			who := ""
			if e := t.lastPersonIn(comma+1, i); e >= 0 {
				// "…, the Russian foreign minister Sergei Lavrov said."
				who = t.completeName(t.entityName(e))
			} else if n, ok := t.speakerOf(src); !ok || !properName(n) {
				// No name to resolve: the source as written ("sources
				// familiar with the talks").
				who = a.Span(comma+1, i)
			}
			add(first, comma, src, cueText(t, i), who)
		case t.isCue(i):
			src := t.cueSource(i)
			if src < 0 {
				continue
			}
			if tok.Rel == "parataxis" && tok.Head >= 0 && t.child(i, "ccomp") < 0 {
				// A parenthetical cue stands bare: "…, officials said",
				// not "as the administration signals readiness".
				if t.child(i, "mark") >= 0 || t.child(i, "obj") >= 0 && tok.Lemma != "tell" {
					continue
				}
				// "The talks failed, officials said": the content is the
				// clause the cue hangs from, less the cue's own words.
				if first, last := t.displacedContent(i); first >= 0 {
					// "…, the union said in a statement that it would
					// strike": the that-clause, not the clause before.
					add(first, last, src, cueText(t, i), "")
					continue
				}
				h := tok.Head
				if t.left[i] > t.left[h] {
					add(int(t.left[h]), int(t.left[i]), src, cueText(t, i), "")
				} else if t.right[i] < t.right[h] {
					add(int(t.right[i])+1, int(t.right[h])+1, src, cueText(t, i), "")
				}
				continue
			}
			clausal := false
			for _, c := range t.children(i) {
				ct := &a.Tokens[c]
				if ct.Rel == "xcomp" && t.isCue(int(c)) && t.child(int(c), "ccomp") >= 0 {
					// "declined to say whether…": the inner cue reports it.
					clausal = true
					continue
				}
				if ct.Rel == "ccomp" && t.nounsClause(i, int(c)) >= 0 {
					// "rejected the company's claim that…": the clause is
					// the claim's, misattached (see the noun case below).
					continue
				}
				if ct.Rel == "ccomp" || ct.Rel == "xcomp" && wantLike(tok.Lemma) && (ct.UPOS == "VERB" || ct.UPOS == "AUX") {
					add(t.clauseStart(i, int(c)), int(t.right[c])+1, src, cueText(t, i), "")
					clausal = true
				}
			}
			if !clausal {
				// "announced in a statement this month that he had
				// reached a deal": a that-clause the parser hung from a
				// word of the cue's own adverbial is still its content.
				if first, last := t.displacedContent(i); first >= 0 {
					add(first, last, src, cueText(t, i), "")
					clausal = true
				}
			}
			// A cue in a clause a preposition or a complementiser opens
			// ("open to recognizing the claim") reports nothing itself.
			if !clausal && tok.Rel != "amod" && tok.Rel != "acl" && t.child(i, "mark", "case") < 0 && !t.reducedClause(i) {
				// "The union criticized the offer as too low", "Clinton
				// cited the report": the content is what the cue takes
				// after it, its object and the phrases that complete it.
				if first, last := t.nounContent(i); last-first >= minNounContent {
					add(first, last, src, cueText(t, i), "")
				}
			}
		case tok.UPOS == "NOUN" && contentNoun(tok.Lemma):
			// "his claim that people would learn nothing", "a New York
			// Times report that Trump had a loss": a noun of saying with
			// a that-clause, said by its owner.
			src := t.child(i, "nmod:poss")
			if src < 0 {
				if c := t.child(i, "compound"); c >= 0 && a.Tokens[c].UPOS == "PROPN" {
					src = c
				}
			}
			if src < 0 {
				continue
			}
			clause := -1
			for _, c := range t.children(i) {
				if ci := int(c); ci > i && t.contentClauseOf(ci) {
					clause = ci
					break
				}
			}
			if v := tok.Head; clause < 0 && v >= 0 && tok.Rel == "obj" {
				for _, c := range t.children(v) {
					if ci := int(c); a.Tokens[ci].Rel == "ccomp" && t.nounsClause(v, ci) == i {
						clause = ci
					}
				}
			}
			if clause >= 0 {
				add(int(t.left[clause]), int(t.right[clause])+1, src, tok.Text, "")
			}
		case strings.EqualFold(tok.Text, "according") && i+1 < len(a.Tokens) && strings.EqualFold(a.Tokens[i+1].Text, "to"):
			// "According to the union, the offer falls short": the source
			// is the noun "according" marks; the content is the clause it
			// modifies, less the "according to" phrase.
			src := tok.Head
			if src < 0 || a.Tokens[src].Sent != tok.Sent {
				continue
			}
			// At either end of its sentence the phrase speaks for the
			// whole sentence, wherever the parser hung it: "The talks
			// failed, according to the union." and "According to the
			// union, the talks failed."
			sent := a.Sentences[tok.Sent]
			if i == sent.First {
				end := int(t.right[src]) + 1
				if !(end < sent.Last && a.Tokens[end].Text == ",") {
					// The parser took the clause into the phrase: the
					// phrase ends at the first comma with no finite verb
					// before it.
					end = t.phraseEnd(i+2, sent.Last)
				}
				if end > i+2 && end < sent.Last && a.Tokens[end].Text == "," {
					if h := t.phraseHead(i+2, end); h >= 0 {
						src = h
					}
					add(end+1, sent.Last, src, "according to", "")
					continue
				}
			} else if i-1 > sent.First && a.Tokens[i-1].Text == "," && (int(t.right[src]) >= sent.Last-2 || t.phraseEnd(i+2, sent.Last) == sent.Last) {
				if h := t.phraseHead(i+2, sent.Last); h >= 0 {
					src = h
				}
				add(sent.First, i-1, src, "according to", "")
				continue
			}
			pred := a.Tokens[src].Head
			if pred < 0 {
				continue
			}
			if t.left[src] <= int32(i) && t.right[src] < t.right[pred] && int32(i) <= t.left[pred]+1 {
				add(int(t.right[src])+1, int(t.right[pred])+1, src, "according to", "")
			} else if t.left[pred] < int32(i) {
				add(int(t.left[pred]), i, src, "according to", "")
			}
		}
	}
	return out
}

// phraseEnd returns the first comma in [from, to) with no finite verb
// before it, or to when there is neither a comma nor a finite verb, or -1
// when a finite verb comes first: where a phrase such as "according to a
// poll released last week" ends.
func (t *tree) phraseEnd(from, to int) int {
	a := t.a
	for k := from; k < to; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] {
			return -1
		}
		switch {
		case tk.Text == ",":
			return k
		case (tk.UPOS == "VERB" || tk.UPOS == "AUX") && (tk.XPOS == "VBD" || tk.XPOS == "VBZ" || tk.XPOS == "VBP" || tk.XPOS == "MD"):
			return -1
		case tk.UPOS == "PUNCT" && k == to-1:
			return to
		}
	}
	return to
}

// phraseHead returns the noun heading tokens [from, to): the first noun,
// name or pronoun whose head lies outside them, or -1.
func (t *tree) phraseHead(from, to int) int {
	a := t.a
	for k := from; k < to; k++ {
		switch a.Tokens[k].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		if h := a.Tokens[k].Head; h < from || h >= to {
			return k
		}
	}
	return -1
}

// unsaid reports whether cue i reports what was not said: negated ("did
// not say whether…", "never claimed"), or the complement of a refusal or a
// dare ("declined to say", "daring him to say").
func (t *tree) unsaid(i int) bool {
	a := t.a
	for _, c := range t.children(i) {
		if a.Tokens[c].Rel == "advmod" {
			switch strings.ToLower(a.Tokens[c].Text) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	if h := a.Tokens[i].Head; h >= 0 && a.Tokens[i].Rel == "xcomp" {
		switch a.Tokens[h].Lemma {
		case "refuse", "decline", "dare", "fail":
			return true
		}
	}
	return false
}

// clauseStart returns where the content clause c of cue i starts. A verb
// of saying takes no object beside its clause, so an object between the
// cue and a clause that has no subject is the clause's subject, misread
// ("says Trump's tweets were “unhinged”"); the listener of "told
// reporters the talks failed" stays outside.
func (t *tree) clauseStart(i, c int) int {
	a := t.a
	first := int(t.left[c])
	if a.Tokens[c].Rel != "ccomp" || addresseeLemma(a.Tokens[i].Lemma) || t.child(c, "nsubj", "nsubj:pass", "expl", "csubj") >= 0 {
		return first
	}
	if o := t.child(i, "obj"); o > i && o < c && int(t.right[o]) < first && !t.quoted[o] {
		return int(t.left[o])
	}
	return first
}

// displacedContent finds the content clause of cue i that the parser
// attached below one of the cue's own dependents rather than to the cue:
// the first "that" or "whether" after the cue marking a clause, where every
// word between belongs to the cue's phrase and none is a main verb
// ("insisted in June that…", "told a veterans group that…", "cautioned,
// as did the campaign itself, that…"). It returns the clause's
// tokens [first, last), or -1, -1.
func (t *tree) displacedContent(i int) (int, int) {
	a := t.a
	sent := a.Sentences[a.Tokens[i].Sent]
	for m := i + 1; m < sent.Last && int32(m) <= t.right[i]; m++ {
		tok := &a.Tokens[m]
		if tok.UPOS == "VERB" || t.quoted[m] {
			return -1, -1
		}
		if tok.Rel != "mark" || !(strings.EqualFold(tok.Text, "that") || strings.EqualFold(tok.Text, "whether")) {
			continue
		}
		h := tok.Head
		if h <= m || a.Tokens[h].UPOS != "VERB" && a.Tokens[h].UPOS != "AUX" && t.child(h, "cop") < 0 {
			return -1, -1
		}
		if prev := &a.Tokens[m-1]; strings.EqualFold(prev.Text, "so") || strings.EqualFold(prev.Text, "such") || strings.EqualFold(prev.Text, "now") {
			return -1, -1
		}
		// The clause of a noun the cue takes as its object is the noun's
		// ("rejected the company's claim that…", "repeated the report
		// that he wrote"), except the listener of "told a group that…".
		if t.nounsClause(i, h) >= 0 {
			return -1, -1
		}
		if p := a.Tokens[h].Head; p != i && p >= 0 {
			pt := &a.Tokens[p]
			if (pt.Rel == "obj" || pt.Rel == "iobj") && (contentNoun(pt.Lemma) || !addresseeLemma(a.Tokens[i].Lemma)) {
				return -1, -1
			}
		}
		return m, int(t.right[h]) + 1
	}
	return -1, -1
}

// minNounContent is the fewest words a noun-phrase content holds: "the
// sentiment" or "it" alone points back to what was said, and says nothing
// of its own.
const minNounContent = 3

// minOwnWords is the fewest unquoted words a reported clause holds beside
// any quotation in it.
const minOwnWords = 3

// reducedClause reports whether cue i opens a clause with no subject of
// its own introduced by "when", "if", "while"… ("when asked about the
// deal"): it reports nothing its sentence's subject said.
func (t *tree) reducedClause(i int) bool {
	if t.subjectChild(i) >= 0 {
		return false
	}
	for _, c := range t.children(i) {
		ct := &t.a.Tokens[c]
		if int(c) < i && (ct.Rel == "advmod" || ct.Rel == "mark") {
			switch strings.ToLower(ct.Text) {
			case "when", "if", "while", "once", "after", "before", "unless", "until", "whenever":
				return true
			}
		}
	}
	return false
}

// closingAttribution returns the comma that opens a reporting clause
// closing its sentence ("…, two diplomats said.", "…, sources familiar
// with the talks stated."): cue i is followed only by punctuation, and the
// words between the comma and the cue are a noun phrase (no verb, no
// quotation). It returns -1 otherwise.
func (t *tree) closingAttribution(i int) int {
	a := t.a
	sent := a.Sentences[a.Tokens[i].Sent]
	for k := i + 1; k < sent.Last; k++ {
		if a.Tokens[k].UPOS != "PUNCT" || closingMark(a.Tokens[k].Text) {
			return -1
		}
	}
	noun := false
	for k := i - 1; k > sent.First && k >= i-10; k-- {
		tk := &a.Tokens[k]
		if t.quoted[k] {
			return -1
		}
		switch tk.UPOS {
		case "PUNCT":
			if tk.Text == "," && noun && k-1 > sent.First {
				return k
			}
			return -1
		case "VERB", "AUX":
			return -1
		case "NOUN", "PROPN", "PRON":
			noun = true
		}
	}
	return -1
}

// lastPersonIn returns the last PERSON entity inside tokens [from, to), or
// -1.
func (t *tree) lastPersonIn(from, to int) int {
	best := -1
	for ei := range t.a.Entities {
		e := &t.a.Entities[ei]
		if e.First >= to {
			break
		}
		if e.Type == nlp.PERSON && e.First >= from && e.Last <= to {
			best = ei
		}
	}
	return best
}

// nounAfter returns the first noun, name or pronoun in (from, to), or -1.
func (t *tree) nounAfter(from, to int) int {
	for k := from + 1; k < to; k++ {
		switch t.a.Tokens[k].UPOS {
		case "NOUN", "PROPN", "PRON":
			return k
		}
	}
	return -1
}

// nounContent returns the token range of a cue's noun-phrase content: from
// its first object, oblique or predicative complement after it to the end
// of its last one, or an empty range when it has none. Clauses that only
// hang from the cue (a conjoined verb, an adverbial clause) are not
// content.
func (t *tree) nounContent(i int) (int, int) {
	a := t.a
	first, last := -1, -1
	for _, c := range t.children(i) {
		ci := int(c)
		if ci < i {
			continue
		}
		switch a.Tokens[ci].Rel {
		case "obj", "iobj":
			// The object of "told reporters", "asked the court" is the
			// listener, not what was said.
			if addresseeLemma(a.Tokens[i].Lemma) {
				continue
			}
		case "xcomp", "obl":
		case "advcl":
			// "called for reducing the rate", "urged them to stop": a
			// verb phrase the cue's preposition or "to" opens.
			if !contentClause(t, ci) {
				continue
			}
		default:
			continue
		}
		if a.Tokens[ci].Rel == "obl" && !contentObl(t, ci, a.Tokens[i].Lemma) {
			continue
		}
		if first < 0 {
			first = int(t.left[ci])
		}
		last = int(t.right[ci]) + 1
	}
	if first < 0 || a.Tokens[first].NER != "O" && strings.HasSuffix(a.Tokens[first].NER, "DATE") {
		return 0, 0
	}
	// Another cue inside the span starts what it reports, not this one's
	// content ("criticized the envoy for …, adding, “…”").
	for k := first + 1; k < last; k++ {
		switch a.Tokens[k].Rel {
		case "conj", "parataxis", "advcl":
			if k != i && t.isCue(k) {
				return first, int(t.left[k])
			}
		}
	}
	return first, last
}

// addresseeLemma lists cues whose object is the listener ("told
// reporters", "urged Congress").
func addresseeLemma(l string) bool {
	switch l {
	case "tell", "ask", "inform", "brief", "urge", "warn", "assure", "remind", "call", "answer", "thank":
		return true
	}
	return false
}

// contentObl reports whether an oblique of a cue carries content: "called
// for a ceasefire", "pointed to the vote", "warned of a strike" — not a
// time or a place ("on Friday", "in Geneva").
func contentObl(t *tree, o int, lemma string) bool {
	a := t.a
	if strings.HasSuffix(a.Tokens[o].NER, "DATE") || strings.HasSuffix(a.Tokens[o].NER, "TIME") || strings.HasSuffix(a.Tokens[o].NER, "GPE") {
		return false
	}
	cs := t.child(o, "case")
	if cs < 0 {
		return false
	}
	switch p := strings.ToLower(a.Tokens[cs].Text); p {
	case "to", "for":
		// "pointed to the vote", "called for a ceasefire"; but what one
		// says, writes or answers "to" someone, or writes "for" a paper,
		// names the listener or the outlet.
		return !speechTo(lemma)
	case "of", "about", "against", "as":
		return true
	case "on":
		// "called on Congress to act": the listener, not the content.
		return !addresseeLemma(lemma)
	}
	return false
}

// speechTo lists verbs of saying whose "to" names the listener ("responded
// to a mother", "wrote to the board") and whose "for" names the outlet
// ("writing for the Times").
func speechTo(lemma string) bool {
	switch lemma {
	case "respond", "reply", "answer", "write", "explain", "announce", "report", "describe", "complain",
		"say", "mention", "admit", "express", "speak", "talk", "tweet", "post", "testify", "send", "tell",
		"declare", "confirm", "deny", "reveal", "disclose", "comment", "remark", "brief":
		return true
	}
	return false
}

// contentClause reports whether an adverbial clause of a cue is its
// content: a verb phrase opened by "to" or by a preposition of content
// ("for reducing the rate", "about leaving").
func contentClause(t *tree, c int) bool {
	m := t.child(c, "mark")
	if m < 0 || m > c {
		return false
	}
	switch strings.ToLower(t.a.Tokens[m].Text) {
	case "to", "for", "of", "about", "against":
		return true
	}
	return false
}

// opened reports whether tokens [first, last) open more quotations than
// they close.
func opened(t *tree, first, last int) bool {
	n := 0
	for k := first; k < last; k++ {
		switch w := t.a.Tokens[k].Text; {
		case w == "“" || w == "‘":
			n++
		case closingMark(w):
			n--
		case w == "\"":
			if k == first || t.a.Tokens[k].Start > t.a.Tokens[k-1].End {
				n++ // a straight mark after a space opens
			} else {
				n--
			}
		}
	}
	return n > 0
}

// closingMark reports whether a token is a closing quotation mark.
func closingMark(w string) bool { return w == "”" || w == "’" || w == "\"" }

// firstOrSecondPerson reports whether a word is "I", "we" or "you".
func firstOrSecondPerson(w string) bool {
	switch strings.ToLower(w) {
	case "i", "we", "you", "me", "us":
		return true
	}
	return false
}

// trimEdge reports whether the token at the edge of a content span is left
// out: punctuation, a complementiser, a conjunction at the start.
func trimEdge(t *tree, i int, start bool) bool {
	tok := &t.a.Tokens[i]
	if tok.UPOS == "PUNCT" {
		return true
	}
	return start && (tok.Rel == "mark" && strings.EqualFold(tok.Text, "that") || tok.UPOS == "CCONJ")
}

// cueText is the cue as written, with its particle ("pointed out").
func cueText(t *tree, i int) string {
	a := t.a
	start, end := a.Tokens[i].Start, a.Tokens[i].End
	if p := t.child(i, "compound:prt"); p > i {
		end = a.Tokens[p].End
	}
	// What was not said keeps its negation ("did not say", "declined to
	// say"): the statement reports a silence, not a claim.
	if t.unsaid(i) {
		if h := a.Tokens[i].Head; a.Tokens[i].Rel == "xcomp" && h >= 0 && h < i {
			start = a.Tokens[h].Start
		}
		for _, c := range t.children(i) {
			if ct := &a.Tokens[c]; int(c) < i && (ct.Rel == "aux" || ct.Rel == "advmod") && ct.Start < start && ct.Sent == a.Tokens[i].Sent {
				start = ct.Start
			}
		}
	}
	return collapseSpace(a.Text[start:end])
}
