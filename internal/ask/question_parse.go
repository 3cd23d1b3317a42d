package ask

// How a question is read: parse and its phases.

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// parse reads a question, with the conversation so far for follow-ups.
//
// After the question is put in plain words (and asked again whole where
// it is a bare question word after another), it is read in phases, each
// reading what the ones before it set in q: the question word
// (readQuestionWord), the focus a subject pronoun stands for
// (subjectFocus), what was said and by whom (readSpeech, readSubject),
// the name asked about (readName), the intent, an ordinal
// (readOrdinal), the content words (readContent), the answer's type and
// the terms the evidence must hold (readAnswerType), the content words
// the answer need not hold (pruneContent), the counted or sized noun and
// the article's own words for the question's (readTerms), and the topic
// of a question about someone's words (quoteTopic).
func (a *Article) parse(raw string, history []Turn) *question {
	raw = a.fixTypos(a.spelledNumbers(plainWords(raw)))
	if moved, ok := frontedPhrase(raw); ok {
		return a.parse(moved, history)
	}
	q := &question{raw: raw, words: words(raw)}
	if len(q.words) == 0 {
		return q
	}
	// "And where?": the previous question, asked with the new word.
	if again, ok := askedAgain(q.words, history); ok {
		return a.parse(again, history[:len(history)-1])
	}
	lower := strings.ToLower(raw)
	q.readQuestionWord(lower)
	a.subjectFocus(q, history)
	a.readSpeech(q)
	a.readName(q, history)
	q.intent = classify(q, lower)
	if q.speechVerb != "" && (q.ent != nil || len(q.subjectPhrase) > 0) && q.intent != intentParties {
		q.intent = intentQuote
	}
	earliest := q.readOrdinal()
	// "What about NATO?": the previous question's intent, new subject.
	if q.followUp && q.intent == intentSearch && len(history) > 0 {
		prev := a.parse(history[len(history)-1].Question, nil)
		if prev.intent != intentSearch && prev.intent != intentSummary && prev.intent != intentParties {
			q.intent = prev.intent
			if q.ent == nil {
				q.ent = prev.ent
			}
		}
	}
	// Content words: what the answer must be about.
	//
	// nameWords is made here, not by a phase, and the phases that take
	// it only read it: so Go keeps the small map on the stack, as it did
	// when parse was one function. This is a hot path.
	nameWords := map[string]bool{}
	if q.ent != nil {
		for _, k := range q.ent.keys {
			nameWords[k] = true
		}
	}
	q.readContent(nameWords, earliest)
	a.readAnswerType(q)
	a.pruneContent(q)
	a.readTerms(q)
	a.quoteTopic(q, nameWords, earliest)
	return q
}

// askedAgain returns, for a question that is only a question word ("And
// where?") in a conversation, the previous question asked with that word
// instead of its own ("where" + "do talks resume"), and true; "" and false
// otherwise.
func askedAgain(ws []string, history []Turn) (string, bool) {
	if len(history) > 0 && len(ws) <= 3 {
		rest := ws
		if rest[0] == "and" || rest[0] == "so" || rest[0] == "but" {
			rest = rest[1:]
		}
		if len(rest) == 1 && whWords[rest[0]] {
			prev := words(history[len(history)-1].Question)
			if len(prev) > 0 && whWords[prev[0]] {
				prev = prev[1:]
			}
			if len(prev) > 0 {
				return rest[0] + " " + strings.Join(prev, " ") + "?", true
			}
		}
	}
	return "", false
}

// readQuestionWord sets the question's wh word ("who", "how", … after a
// preposition or a follow-up's "and" too), whether it is a follow-up
// ("and …", "what about …"), and whether it asks how much or how long;
// lower is the question in lower case.
func (q *question) readQuestionWord(lower string) {
	// "In what year …?", "at which hotel …?": the question word after a
	// preposition.
	if len(q.words) > 2 && questionPreps[q.words[0]] && whWords[q.words[1]] {
		q.wh = q.words[1]
	}
	switch q.words[0] {
	case "who", "whom", "whose", "what", "when", "where", "why", "how", "which":
		q.wh = q.words[0]
	case "about", "roughly", "approximately", "around", "nearly", "almost":
		// "About how many workers does the deal cover?"
		if len(q.words) > 1 && q.words[1] == "how" {
			q.wh = "how"
		}
	case "and", "so", "but":
		q.followUp = true
		if len(q.words) > 1 {
			switch q.words[1] {
			case "who", "what", "when", "where", "why", "how", "which":
				q.wh = q.words[1]
			}
		}
	}
	if strings.HasPrefix(lower, "what about") || strings.HasPrefix(lower, "how about") || strings.HasPrefix(lower, "and ") {
		q.followUp = true
	}
	// "How far ahead are the slots handed out?", "how far in advance
	// must a trip be booked?": a length of time, like "how long".
	q.howLong = strings.Contains(lower, "how long") || howFarAhead(lower)
	q.howOften = strings.Contains(lower, "how often")
	q.howMuch = strings.Contains(lower, "how many") || strings.Contains(lower, "how much") || strings.Contains(lower, "how big") || strings.Contains(lower, "how long") ||
		strings.Contains(lower, "how large") || strings.Contains(lower, "what percentage")
}

// subjectFocus sets q.ent to the focus of the conversation so far where
// the question has "he", "she" or "they".
func (a *Article) subjectFocus(q *question, history []Turn) {
	// "he", "she", "they" as a subject: the focus of the conversation;
	// a name elsewhere in the question is then its topic.
	if len(history) > 0 {
		for _, w := range q.words {
			if w == "he" || w == "she" {
				q.ent = a.focusPerson(history)
				break
			}
			if w == "they" {
				q.ent = a.focusParty(history)
				break
			}
		}
	}
}

// readSpeech reads a question about what someone said, demanded or
// offered ("what did X say / demand / offer …", "what does X want,
// according to Y"): its speech verb (q.speechVerb, q.according), the two
// names of a subject that has two, and who the subject is (readSubject).
func (a *Article) readSpeech(q *question) {
	raw := q.raw
	subj, verb := speechSubject(q.words, a.nounInQuestion(raw, q.words))
	// "what did Turkey initially offer", "what is the activist actually
	// asking for": the adverb before the verb is no word of the subject.
	for len(subj) > 1 && subjectAdverbs[subj[len(subj)-1]] {
		subj = subj[:len(subj)-1]
	}
	if verb < 0 {
		// "What does Sudan want, according to its negotiator?": the
		// words of the one it is according to.
		if k := accordingTo(q.words); k > 0 {
			subj, q.according = q.words[k+2:], k
		}
	}
	if q.according > 0 || verb > 0 && !(q.words[0] == "how" && !howSpeech[q.words[verb]]) {
		q.speechVerb, q.speechAt = "say", max(verb, 0)
		if verb > 0 && !messageVerbs[q.words[verb]] {
			q.speechVerb = q.words[verb]
		}
		// "What did Pollard call the deal?": "call" with an object and
		// no "for" or "on" names what it is, as "describe" does; it
		// asks for no demand.
		if callVerbs[q.speechVerb] && verb+1 < len(q.words) && q.words[verb+1] != "for" && q.words[verb+1] != "on" && q.words[verb+1] != "upon" && q.words[verb+1] != "off" {
			q.speechVerb = "describe"
		}
		// "EADS and BAE Systems": two names, each its own speaker.
		if k := slices.Index(subj, "and"); k > 0 && k < len(subj)-1 {
			if x, y := a.subjectNamed(raw, subj[:k]), a.subjectNamed(raw, subj[k+1:]); x != nil && y != nil && x.full != y.full {
				q.ent, q.also = x, y
			}
		}
		a.readSubject(q, subj)
	}
}

// readSubject reads the subject of a question about what someone said:
// the name it is (q.ent), or the description it gives (q.desc,
// q.subjectPhrase), decided by its head.
func (a *Article) readSubject(q *question, subj []string) {
	raw := q.raw
	subj = plainDescription(subj, raw)
	// The subject's head decides: "Mr Thorpe's colleagues" are
	// colleagues, not Thorpe; "the diplomat who chaired it" is the
	// diplomat, not "it".
	head := subj[len(subj)-1]
	for k := 1; k < len(subj); k++ {
		if subj[k] == "who" || subj[k] == "that" || subj[k] == "whose" {
			head = subj[k-1]
			break
		}
	}
	switch {
	case q.also != nil:
	case describedWithName(raw, subj):
		// "the farmer from Namangan", "the women's network leader in
		// Tumaco": a person described, a name only after the head.
		q.desc = describe(namesJoined(subj, raw))
		for _, w := range subj {
			if !isStop(w) && w != "mr" && w != "mrs" && w != "ms" {
				q.subjectPhrase = append(q.subjectPhrase, w)
			}
		}
	case a.isSubjectName(raw, subj):
		q.ent = a.findName(subj)
	default:
		if n := a.subjectName(raw, subj); n != nil {
			// Someone the brief does not list, or who shares a surname
			// with someone it does ("Chelsea Clinton" beside "Hillary
			// Clinton"): the name as the article writes it.
			q.ent = n
		} else if n := a.bodyDescribed(subj); n != nil {
			// "the retail federation", "the NRF": the one body the
			// brief lists whose name holds the words.
			q.ent = n
		} else if !pronounsHe[head] && !pronounsThey[head] {
			q.desc = describe(namesJoined(subj, raw))
			for _, w := range subj {
				if !isStop(w) && w != "mr" && w != "mrs" && w != "ms" {
					q.subjectPhrase = append(q.subjectPhrase, w)
				}
			}
		}
	}
}

// readName finds the name the question is about where the subject did
// not settle it: a name in the question the article writes, one it does
// not (q.unknownName), or the focus a possessive pronoun stands for.
func (a *Article) readName(q *question, history []Turn) {
	raw := q.raw
	if q.ent == nil && len(q.subjectPhrase) == 0 {
		// "The states" is not the United States.
		q.ent = a.findNameWhere(q.words, func(n *name) bool { return writtenAsName(n, raw) })
		// A name in the question with words the found one lacks ("the New
		// York Stock Exchange" is not "the London Stock Exchange") is
		// another name: the one the article writes out.
		if q.ent != nil && !a.coversCapitals(q.ent, raw) {
			if n := a.nameInText(raw); n != nil {
				q.ent = n
			}
		}
	}
	// A name the article never uses ("Trump's super PAC" in an article
	// without Trump) makes the question about something it does not
	// report, whatever else it names.
	q.unknownName = a.unknownName(raw)
	if q.ent == nil && q.unknownName == "" && len(q.subjectPhrase) == 0 {
		q.ent = a.nameInText(raw)
	}
	// "his", "her", "their" with no name: the focus too.
	if q.ent == nil && q.unknownName == "" && len(history) > 0 {
		for _, w := range q.words {
			if pronounsHe[w] {
				q.ent = a.focusPerson(history)
				break
			}
			if pronounsThey[w] {
				q.ent = a.focusParty(history)
				break
			}
		}
	}
}

// readOrdinal sets the ordinal the question asks for ("the second
// round", q.ordinal and q.ordNoun), and returns the words of an earliest
// offer it asks for ("at first", "initially"), which make it the first.
func (q *question) readOrdinal() []string {
	for i, w := range q.words {
		if o, ok := ordinals[w]; ok && i+1 < len(q.words) {
			q.ordinal = o
			for _, n := range q.words[i+1:] {
				if !isStop(n) {
					q.ordNoun = porter(n)
					break
				}
			}
		}
	}
	// "What did Turkey offer at first / initially / originally?": the
	// first of what it offered.
	var earliest []string
	if q.ordinal == 0 && offerVerbs[q.speechVerb] {
		earliest = earliestPhrase(q.words)
		if earliest != nil {
			q.ordinal = 1
		}
	}
	return earliest
}

// timeFrames are words that place what a question asks in time ("how
// much did KOMCA originally want"): a sentence that uses one answers
// better, but an article need not use it to answer ("KOMCA had sought
// 4.5%").
var timeFrames = set(`originally initially`)

// readContent sets the question's content words (what the answer must be
// about), the words the article must use (checked) and the topic: the
// content words that are neither the intent's own, nor earliest's, nor
// (for the topic) nameWords, the words of the name asked about.
func (q *question) readContent(nameWords map[string]bool, earliest []string) {
	src := sourceAt(q.words)
	for i, w := range q.words {
		if isStop(w) || questionWords[w] || pronounsHe[w] || pronounsThey[w] || w == "about" {
			continue
		}
		if i > 0 && adverbialPhrases[[2]string{q.words[i-1], w}] {
			continue // "so far", "at least": no topic of the question
		}
		if i >= 2 && w == "point" && q.words[i-2] == "at" && (q.words[i-1] == "what" || q.words[i-1] == "which") {
			q.atPoint = true
			continue // "at what point must pumping stop": the condition answers, not the word
		}
		if src > 0 && i >= src && q.intent != intentQuote {
			// "How many children are in some rooms, according to the
			// union president in her interview?": who says so is no
			// word the answer need hold.
			continue
		}
		s := w
		if base := nlp.IrregularVerb(w); base != "" {
			s = base
		}
		s = porter(s)
		if w == "new" && !strings.Contains(q.raw, "New ") {
			// "the new agreement": the one the story is about, which it
			// need not call new (but "New Zealand" is a name).
			continue
		}
		q.content = append(q.content, s)
		q.contentWords = append(q.contentWords, w)
		intentWord := sayWords[w] || w == q.speechVerb && q.intent == intentQuote || q.intent == intentPosition && positionWords[w] ||
			(q.intent == intentProposal || q.intent == intentWhoProposed) && proposalWords[w] ||
			q.intent == intentNext && (nextWords[w] || w == "talks" || w == "negotiations") ||
			q.intent == intentIssues && issueWords[w] ||
			q.intent == intentStatus && statusWords[w] ||
			q.intent == intentTerms && termsWords[w]
		inEarliest := slices.Contains(earliest, w)
		if !intentWord && !inEarliest && !timeFrames[w] {
			q.checked = append(q.checked, w)
		}
		if nameWords[w] || intentWord || inEarliest {
			continue
		}
		if q.intent == intentNext && numberWords[w] && i+1 < len(q.words) && partiesWords[q.words[i+1]] {
			continue // "where do the two sides meet next": the parties, however the article names them
		}
		q.topic = append(q.topic, s)
	}
}

// readAnswerType sets the kind of answer asked for and what it counts,
// the noun the question asks about and its main verb's term, which the
// evidence must hold.
func (a *Article) readAnswerType(q *question) {
	q.atype, q.counted = questionType(q)
	if q.counted == "people" && (slices.Contains(q.words, "work") || slices.Contains(q.words, "works")) {
		// "How many people work at Amberport?" counts its workers,
		// whom the article may call employees or staff.
		q.counted = "workers"
	}
	if q.intent == intentProposal && q.atype == typeDate {
		// "What is the deadline for a firm offer?" asks for a day, not
		// for what is on the table.
		q.intent = intentSearch
	}
	q.askedTerm = a.askedNoun(q)
	if v := a.questionVerb(q); v != "" && !speechLemmas[v] {
		if a.ix.has(termOf(v)) {
			q.verbTerm = termOf(v)
		} else if k := strings.LastIndex(v, "-"); k < 0 || !a.ix.has(termOf(v[k+1:])) {
			// "co-moderate" is used where "moderate" is.
			q.unusedVerb = termOf(v)
		}
	}
}

// pruneContent leaves out of the content words those the article need
// not write: an order ("the original agreement"), the act of speaking
// where the type is the answer, a word that names the type, and the verb
// of a length of time.
func (a *Article) pruneContent(q *question) {
	// "The original agreement": order is read from the article, which need
	// not use the word.
	keep := q.content[:0]
	keepWords := q.contentWords[:0]
	for k, s := range q.content {
		if _, ord := ordinals[q.contentWords[k]]; (ord || q.asksNext() && (q.contentWords[k] == "next" || q.contentWords[k] == "upcoming")) && !a.ix.has(s) {
			continue
		}
		keep, keepWords = append(keep, s), append(keepWords, q.contentWords[k])
	}
	q.content, q.contentWords = keep, keepWords
	if q.atype != typeAny {
		// "Where did she speak on Wednesday": the act of speaking is
		// not the topic; the place is the answer.
		keep := q.content[:0]
		for k, s := range q.content {
			if k < len(q.contentWords) && speakWords[q.contentWords[k]] {
				continue
			}
			// "In what year …", "which newspaper …": the word names the
			// type, which the answer gives without it.
			// "Until what year …": the end of the span answers, and a
			// sentence that only counts years ("after twelve years")
			// is no better for holding the word.
			if k < len(q.contentWords) && (q.whHead(q.contentWords[k]) || q.countsAnyone(q.contentWords[k]) || q.measured(q.contentWords[k])) && (!a.ix.has(s) || q.untilWhen() && q.whHead(q.contentWords[k])) {
				continue
			}
			// "How far ahead …": the words of the measure ask the type,
			// which the article may write as "in advance" or not at all.
			if k < len(q.contentWords) && howFarAhead(strings.Join(q.words, " ")) && aheadWords[q.contentWords[k]] {
				continue
			}
			// "How long did the go-slow last?": the verb of a length of
			// time asks the type, whatever else the article means by
			// "last".
			if k < len(q.contentWords) && q.howLong && (q.contentWords[k] == "last" || q.contentWords[k] == "lasted") && q.words[len(q.words)-1] == q.contentWords[k] {
				continue
			}
			keep = append(keep, s)
		}
		q.content = keep
	}
}

// readTerms sets the noun whose number or size is asked, the question's
// acronyms and names as the article writes them, and the terms of its
// phrasal verbs ("turned down") the article writes in one word.
func (a *Article) readTerms(q *question) {
	if q.counted != "" {
		q.counted = a.countedHead(q, q.counted)
	} else if q.atype == typeQuantity || q.atype == typeMoney {
		if n := a.sizedNoun(q); n != "" {
			q.sized = termOf(n)
		} else if n := a.costedNoun(q); n != "" && q.atype == typeMoney {
			q.sized, q.priced = termOf(n), true
		}
		if q.sized == "" {
			if n := a.measuredNoun(q); n != "" {
				q.massed = termOf(n)
			}
		}
	}
	a.expandAcronyms(q)
	// "Turned down": the article may write "rejected".
	for k, w := range q.words {
		if t := phrasalTerm(q.words, k); t != "" && !a.ix.has(termOf(w)) && a.ix.has(t) {
			// In place of the verb, which the article does not write
			// ("kick in": "takes effect").
			q.content = append(slices.DeleteFunc(q.content, func(s string) bool { return s == termOf(w) }), t)
			q.known[w] = true
			if q.unusedVerb == termOf(w) {
				q.unusedVerb = ""
			}
		}
		// "Who took part in the debate?": "part" of "take part" is the
		// verb's, which the article need not write (the debate between
		// the two names them).
		if w == "part" && k > 0 && termOf(q.words[k-1]) == "take" && !a.ix.has(termOf(w)) {
			q.known[w] = true
			q.content = slices.DeleteFunc(q.content, func(s string) bool { return s == "part" || s == "take" })
			if q.verbTerm == "take" || q.unusedVerb == "take" {
				q.verbTerm, q.unusedVerb = "", ""
			}
		}
	}
}

// quoteTopic sets the topic of a question about someone's words: what
// comes before "according to", or what follows the speech verb, without
// nameWords, earliest's words or a time.
func (a *Article) quoteTopic(q *question, nameWords map[string]bool, earliest []string) {
	// "What does X want, according to Y": the topic is what comes before.
	if q.intent == intentQuote && q.according > 0 {
		q.topic = nil
		for _, w := range q.words[:q.according] {
			if isStop(w) || questionWords[w] || pronounsHe[w] || pronounsThey[w] || nameWords[w] {
				continue
			}
			if base := nlp.IrregularVerb(w); base != "" {
				w = base
			}
			q.topic = append(q.topic, porter(w))
		}
	}
	// "What did X say about Y": the topic is what follows the verb, from
	// "about" or "on" when the question has one ("tell Reuters about his
	// draft").
	if q.intent == intentQuote && q.speechVerb != "" {
		if i := slices.Index(q.words, q.speechVerb); i > 0 {
			q.topic = nil
			rest := q.words[i+1:]
			if k := slices.IndexFunc(rest, func(w string) bool { return w == "about" || w == "on" || w == "regarding" }); k >= 0 {
				rest = rest[k+1:]
			} else if len(rest) > 0 && frameWords[rest[0]] || framePhrase(rest) {
				// "What did the HR vice president say after the vote?",
				// "during the strike", "at the very end": when they
				// spoke, not what about.
				rest = nil
			} else if tellVerbs[q.speechVerb] {
				// "What did Theodoropoulou tell the two sides?": whom
				// one tells is no topic; what follows them is ("tell
				// Reuters was still lacking at the table").
				k := slices.IndexFunc(rest, func(w string) bool { return auxWords[w] || w == "that" })
				if k < 0 {
					k = len(rest)
				}
				rest = rest[k:]
			}
			for k, w := range rest {
				// "About the ballot result": the result or outcome of a
				// thing the topic names is a topic too, not the
				// question's form ("what was the result?"); "about the
				// outcome" alone keeps none.
				if isStop(w) || questionWords[w] && !(topicForms[w] && len(q.topic) > 0) || pronounsHe[w] || pronounsThey[w] || w == "about" || nameWords[w] || slices.Contains(earliest, w) {
					continue
				}
				if whenWords[w] || k > 0 && timeAdjunct[rest[k-1]] && (whenWords[w] || calendarWords[w]) || calendarWords[w] && !a.ix.has(porter(w)) {
					// "What did the mediator say before midnight", "after
					// Monday": when, not what about (a day the article
					// never writes is never its topic either).
					continue
				}
				if base := nlp.IrregularVerb(w); base != "" {
					w = base
				}
				q.topic = append(q.topic, porter(w))
			}
		}
	}
}

// topicForms are words of a question's form (questionWords) that are
// part of what something was said about when they follow a word of the
// topic ("about the ballot result").
var topicForms = set(`result outcome`)

// framePhrase reports whether words open with a phrase of when in a
// sequence something was said: "at the (very) end", "at the start", "in
// the end", "at first", "at last", "in closing".
func framePhrase(ws []string) bool {
	if len(ws) < 2 || ws[0] != "at" && ws[0] != "in" {
		return false
	}
	k := 1
	for k < len(ws) && k < 3 && (ws[k] == "the" || ws[k] == "very") {
		k++
	}
	if k >= len(ws) {
		return false
	}
	switch ws[k] {
	case "end", "start", "beginning", "close", "outset", "first", "last", "closing":
		return k+1 == len(ws) || isStop(ws[k+1])
	}
	return false
}

// aheadWords are the words of "how far ahead" and "how far in advance".
var aheadWords = set(`far ahead advance`)

// howFarAhead reports whether a lower-case question asks how far ahead or
// in advance something happens: a length of time before it ("how far
// ahead are the berths booked?"), not a distance.
func howFarAhead(lower string) bool {
	return strings.Contains(lower, "how far ahead") || strings.Contains(lower, "how far in advance")
}
