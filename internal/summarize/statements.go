package summarize

import (
	"strings"
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
		"exclaim", "shout", "recount", "elaborate", "lament", "plead", "scoff", "snap", "muse", "whisper", "cry":
		return true
	}
	return false
}

// wantLike are the cues whose infinitive complement is the content
// ("Moscow wants to end the war").
func wantLike(lemma string) bool {
	switch lemma {
	case "want", "wish", "intend", "plan", "hope", "expect", "promise", "pledge", "vow",
		"threaten", "refuse", "agree", "prefer", "decide", "propose", "demand", "urge":
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
// to the brief's sentence number.
func (t *tree) statements(sentOf func(off int) int) []Statement {
	a := t.a
	out := []Statement{}
	seen := map[[2]int]bool{}
	add := func(first, last, src int, cue string) {
		for first < last && trimEdge(t, first, true) {
			first++
		}
		for last > first && trimEdge(t, last-1, false) {
			last--
		}
		if last-first < 2 {
			return
		}
		q := 0
		for i := first; i < last; i++ {
			if t.quoted[i] {
				q++
			}
		}
		if 2*q > last-first {
			return
		}
		st, en := a.Tokens[first].Start, a.Tokens[last-1].End
		if st < 0 || en <= st || en-st > maxStatementBytes || seen[[2]int{st, en}] || len(out) == maxStatements {
			return
		}
		seen[[2]int{st, en}] = true
		speaker, _ := t.speakerOf(src)
		out = append(out, Statement{Text: a.Text[st:en], Speaker: speaker, Cue: cue, Sentence: sentOf(st), Start: st, End: en})
	}
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		if t.quoted[i] {
			continue
		}
		switch {
		case t.isCue(i):
			src := t.cueSource(i)
			if src < 0 {
				continue
			}
			if tok.Rel == "parataxis" && tok.Head >= 0 {
				// A parenthetical cue stands bare: "…, officials said",
				// not "as the administration signals readiness".
				if t.child(i, "mark") >= 0 || t.child(i, "obj") >= 0 && tok.Lemma != "tell" {
					continue
				}
				// "The talks failed, officials said": the content is the
				// clause the cue hangs from, less the cue's own words.
				h := tok.Head
				if t.left[i] > t.left[h] {
					add(int(t.left[h]), int(t.left[i]), src, cueText(t, i))
				} else if t.right[i] < t.right[h] {
					add(int(t.right[i])+1, int(t.right[h])+1, src, cueText(t, i))
				}
				continue
			}
			for _, c := range t.children(i) {
				ct := &a.Tokens[c]
				if ct.Rel == "ccomp" || ct.Rel == "xcomp" && wantLike(tok.Lemma) && (ct.UPOS == "VERB" || ct.UPOS == "AUX") {
					add(int(t.left[c]), int(t.right[c])+1, src, cueText(t, i))
				}
			}
		case strings.EqualFold(tok.Text, "according") && i+1 < len(a.Tokens) && strings.EqualFold(a.Tokens[i+1].Text, "to"):
			// "According to the union, the offer falls short": the source
			// is the noun "according" marks; the content is the clause it
			// modifies, less the "according to" phrase.
			src := tok.Head
			if src < 0 || a.Tokens[src].Sent != tok.Sent {
				continue
			}
			pred := a.Tokens[src].Head
			if pred < 0 {
				continue
			}
			if t.left[src] <= int32(i) && t.right[src] < t.right[pred] && int32(i) <= t.left[pred]+1 {
				add(int(t.right[src])+1, int(t.right[pred])+1, src, "according to")
			} else if t.left[pred] < int32(i) {
				add(int(t.left[pred]), i, src, "according to")
			}
		}
	}
	return out
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
	if p := t.child(i, "compound:prt"); p > i {
		return a.Text[a.Tokens[i].Start:a.Tokens[p].End]
	}
	return a.Tokens[i].Text
}
