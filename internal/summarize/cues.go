package summarize

import "strings"

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
		"affirm", "specify", "clarify",
		"confide", "confess", "speculate", "underline", "underscore", "highlight", "mutter", "murmur",
		"sigh", "reassure", "interject", "opine",
		// Verbs of thinking and finding out that take a clause in a
		// fifth or more of their uses in the EWT and GUM train splits.
		"wonder", "suspect", "advise", "remind", "discover", "prove", "demonstrate", "figure",
		"imagine", "notice", "remember", "suppose", "bet", "proclaim",
		// Verbs of asking someone to do something: their content is the
		// to-infinitive after the person asked (requestLemma).
		"encourage", "persuade", "instruct", "invite", "implore", "beg",
		"refuse", "yell", "scream", "chant", "characterize", "characterise", "portray",
		// Verbs of the manner of speaking, which credit a quotation
		// that is their complement ("“…,” she laughed").
		"laugh", "smile", "grin", "shrug", "nod", "chuckle", "grumble", "groan", "joke", "sneer",
		"snort", "bark", "growl", "hiss", "gasp", "sob", "stammer", "marvel", "enthuse", "gush",
		"fume", "wail", "roar", "grunt", "beam", "sniff", "rasp", "bellow", "quaver", "sputter":
		return true
	}
	return false
}

// topicLemma lists verbs of talking that take no clause: their content is
// what they are about ("talked about the need for reform", "spoke of a
// breakthrough", "railed against the deal"), never where, when or to whom
// they spoke.
func topicLemma(l string) bool {
	switch l {
	case "talk", "speak", "brag", "rail", "joke", "rant", "chat", "lecture", "preach", "moralize", "moralise", "gripe", "grumble":
		return true
	}
	return false
}

// learningLemma lists the verbs of perceiving and finding out: their
// subject took something in rather than said it.
func learningLemma(l string) bool {
	switch l {
	case "know", "recognize", "recognise", "understand", "hear", "learn", "notice", "remember", "realize", "realise", "discover":
		return true
	}
	return false
}

// contentNoun lists nouns of saying, thinking and wanting whose
// that-clause is what was said, thought or wanted ("the claim that…").
func contentNoun(l string) bool {
	switch l {
	case "claim", "report", "statement", "announcement", "acknowledgment", "acknowledgement", "assertion",
		"warning", "promise", "pledge", "belief", "view", "argument", "suggestion", "allegation", "accusation",
		"insistence", "assurance", "admission", "fear", "hope", "expectation", "demand", "proposal", "request",
		"conclusion", "finding", "prediction", "contention", "threat", "denial", "charge", "message", "signal", "declaration":
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
		"outline", "unveil", "detail", "push", "press", "lobby",
		"bemoan", "decry", "deplore", "lambaste", "assail", "excoriate", "castigate", "rebuke", "mock", "ridicule",
		"deride", "tout", "laud", "commend":
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

// addresseeLemma lists cues whose object is the listener ("told
// reporters", "urged Congress").
func addresseeLemma(l string) bool {
	switch l {
	case "tell", "ask", "inform", "brief", "urge", "warn", "assure", "remind", "call", "answer", "thank":
		return true
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

// knowingLemma lists the verbs of knowing and perceiving: with a clause
// they report a belief ("recognised that the talks had failed"), with a
// noun phrase they do not ("will never recognise Russian sovereignty",
// "knows the city").
func knowingLemma(l string) bool {
	switch l {
	case "know", "recognize", "recognise", "understand", "hear", "learn", "notice", "remember",
		"realize", "realise", "imagine", "suppose", "figure", "wonder", "think", "feel", "believe":
		return true
	}
	return false
}

// inversionLemma lists the verbs of saying that news writing puts before
// their subject ("…, said Jared Bernstein", "wrote the senator",
// "countered the minister"): the verbs of communication, which any
// reporter may use in place of "said".
func inversionLemma(l string) bool {
	switch l {
	case "say", "add", "write", "note", "explain", "ask", "argue", "insist", "warn", "claim", "declare",
		"announce", "reply", "respond", "continue", "recall", "tweet", "state", "observe", "admit", "concede",
		"remark", "counter", "retort", "stress", "maintain", "acknowledge", "comment", "contend",
		"assert", "emphasize", "emphasise", "reiterate", "complain", "protest", "object", "quip", "exclaim",
		"interject", "caution", "boast", "recount", "elaborate", "lament", "plead", "muse", "whisper", "shout",
		"mutter", "murmur", "sigh", "joke":
		return true
	}
	return false
}

// clauseLemma lists the verbs of saying and thinking that take a clause
// without "that" ("say the talks failed").
func clauseLemma(l string) bool {
	switch l {
	case "say", "believe", "think", "argue", "insist", "claim", "contend", "maintain", "assert", "predict",
		"suggest", "acknowledge", "admit", "warn", "note", "add", "fear", "hope", "expect", "estimate",
		"concede", "stress", "emphasize", "emphasise", "reckon", "worry", "charge", "allege", "signal", "indicate":
		return true
	}
	return false
}

// evidenceLemma lists verbs by which a thing, not a speaker, shows
// something ("the deal shows", "the figures prove").
func evidenceLemma(l string) bool {
	switch l {
	case "show", "demonstrate", "prove", "reflect", "illustrate", "underline", "underscore", "highlight", "mark":
		return true
	}
	return false
}

// regardLemma lists the verbs of regarding: with an object and an "as"
// phrase they report a view of it ("many growers see the levy as a
// penalty"), with neither only a sight or a look.
func regardLemma(l string) bool {
	switch l {
	case "see", "view", "regard":
		return true
	}
	return false
}

// lifeStage are the nouns of an "as" phrase that tell when the subject
// did something ("saw the play as a boy"), not what it was taken for.
var lifeStage = makeSet(`child kid boy girl teen teenager youngster youth student adult baby toddler`)

// regardsAs reports whether verb i is one of regardLemma with an object
// after it and an "as" phrase after the object, hung from the verb or
// from the object ("saw the vote as a snub"); an "as" phrase of one of
// lifeStage is the subject's, not a view. A view inside what another cue
// reports is left to that cue.
func (t *tree) regardsAs(i int) bool {
	if !regardLemma(t.a.Tokens[i].Lemma) {
		return false
	}
	if tok := &t.a.Tokens[i]; tok.Rel == "ccomp" && tok.Head >= 0 && t.isCue(int(tok.Head)) {
		// "A spokesman said the board saw the ruling as “a fair
		// outcome”": the view is in what the spokesman said, and
		// the words quoted stay his.
		return false
	}
	o := t.child(i, "obj")
	if o < i {
		return false
	}
	for _, h := range [2]int{i, o} {
		for _, c := range t.children(h) {
			ct := &t.a.Tokens[c]
			if int(c) > o && (ct.Rel == "obl" || ct.Rel == "nmod") && t.caseOf(int(c)) == "as" && !lifeStage[strings.ToLower(ct.Lemma)] {
				return true
			}
		}
	}
	return false
}
