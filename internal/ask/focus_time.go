package ask

// What a question about time asks of its evidence: "when was X built?" a
// sentence writing the event, "when will X …?" a time not tied to a past
// deed, "what was the result of …?" something already done, "… last year"
// that year and no other.

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// askedTimes returns the times a quantity question asks an amount of
// ("last year", "in 1987"), as the article would write them; nil where
// it asks none.
func askedTimes(q *question) []string {
	if q.atype != typeQuantity && q.atype != typeMoney {
		return nil
	}
	var out []string
	for k, w := range q.words {
		switch {
		case (w == "last" || w == "this" || w == "next") && k+1 < len(q.words) && (q.words[k+1] == "year" || q.words[k+1] == "month" || q.words[k+1] == "season"):
			out = append(out, w+" "+q.words[k+1])
		case yearWord(w):
			out = append(out, w)
		}
	}
	return out
}

// givesTime reports whether an answer to a quantity question that asks
// an amount of a given time ("how much steel did the EU export last
// year") cites a sentence that writes that time: another year's figure
// answers another question.
func (a *Article) givesTime(q *question, r Result) bool {
	times := askedTimes(q)
	if len(times) == 0 {
		return true
	}
	found, _ := a.shownHolds(r, func(i int) bool {
		l := strings.ToLower(a.sents[i])
		if !slices.ContainsFunc(times, func(t string) bool { return !strings.Contains(l, t) }) {
			return true
		}
		// "How much cod … next year?": what is to come, told without
		// the year ("the trawlers would keep 2,600 tonnes", "will
		// rise to 21 million"), and no other time named.
		return !slices.ContainsFunc(times, func(t string) bool { return !strings.HasPrefix(t, "next ") }) && (a.info[i].comingNext() || a.info[i].reportsFuture()) && !namesOtherTime(l)
	})
	return found
}

// namesOtherTime reports whether the lower-case sentence l names a time
// other than what comes next: last or this year, month or season, or a
// year in figures.
func namesOtherTime(l string) bool {
	for _, w := range words(l) {
		if yearWord(w) {
			return true
		}
	}
	for _, p := range []string{"last year", "this year", "last month", "this month", "last season", "this season"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// yearWord reports whether w is a year in figures, 1900 to 2099.
func yearWord(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// givesWhen reports whether an answer to a "when was X done?" question
// ("when was the Tarvik ferry company founded?") cites a sentence that
// uses the verb or another word for it: a date that goes with something
// else the subject did ("it applied for a permit last spring") answers
// another question.
func (a *Article) givesWhen(q *question, r Result) bool {
	if q.atype != typeDate || q.howLong || q.wh != "when" || r.Declined {
		return true
	}
	v := a.eventVerb(q)
	if v == "" {
		return true
	}
	if !q.passiveAsk(v) {
		return true // "when did the strike start?" may be told with "began"
	}
	found, _ := a.shownHolds(r, func(i int) bool { return a.ix.sentenceHas(i, v) || a.writesVerb(i, v) })
	return found
}

// eventVerb is the term of the verb a question asks about: its main
// verb, or, where the parse of a lower-case question hangs the verb on
// its subject ("when was the company founded"), the one content verb it
// writes.
func (a *Article) eventVerb(q *question) string {
	if q.verbTerm != "" || q.unusedVerb != "" {
		return q.verbTerm + q.unusedVerb
	}
	an := a.analyse(q)
	if an == nil {
		return ""
	}
	v := ""
	for _, t := range an.Tokens {
		l := strings.ToLower(t.Lemma)
		if t.UPOS != "VERB" || l == "be" || l == "have" || l == "do" || speechLemmas[l] {
			continue
		}
		if v != "" {
			return ""
		}
		v = termOf(l)
	}
	return v
}

// passiveAsk reports whether the question asks when something was done
// to its subject, with verb term v written last as a participle after
// "was" or "were" ("when was the bridge opened"): a deed of one day,
// which the article tells with the verb or a word for it.
func (q *question) passiveAsk(v string) bool {
	if len(q.words) < 3 || q.words[1] != "was" && q.words[1] != "were" {
		return false
	}
	w := q.words[len(q.words)-1]
	if p, ok := irregularParticiples[w]; ok {
		return termOf(p) == v // "when was the pier built"
	}
	return termOf(w) == v && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn"))
}

// irregularParticiples are past participles that end in no "-ed", "-en"
// or "-wn", each with its verb, for passiveAsk: "when was the tower
// built?" asks of one deed as "when was it opened?" does.
var irregularParticiples = map[string]string{"built": "build", "made": "make", "sold": "sell", "bought": "buy", "sent": "send", "paid": "pay", "laid": "lay", "held": "hold", "won": "win", "lost": "lose", "kept": "keep"}

// givesPast reports whether an answer to a question that asks the
// outcome of an event in the past tense ("what was the outcome of the
// Belvan vote?", "what were the results of the trial?") cites a sentence
// that reports something done: one that only tells what will be ("the
// council will vote on Friday") answers a question asked before the
// event, not after it. Other questions are answered by any.
func (a *Article) givesPast(q *question, r Result) bool {
	if r.Declined || len(q.words) < 3 || q.words[1] != "was" && q.words[1] != "were" ||
		!slices.ContainsFunc(q.words[2:], func(w string) bool { return outcomeWords[w] }) {
		return true
	}
	found, shown := a.shownHolds(r, func(i int) bool { return !a.onlyFuture(i) })
	return found || shown == 0
}

// outcomeWords are the nouns of what an event came to.
var outcomeWords = set(`result results outcome outcomes verdict`)

// onlyFuture reports whether sentence i tells only what will be: a verb
// with the auxiliary "will" or "shall" and no verb in the past tense or
// the perfect ("has agreed").
func (a *Article) onlyFuture(i int) bool {
	toks := a.info[i].toks
	future := false
	for _, t := range toks {
		l := strings.ToLower(t.Text)
		if t.XPOS == "VBD" {
			return false
		}
		if t.Rel == "aux" && (l == "has" || l == "have" || l == "had" || l == "'ve" || l == "'s" && t.Head >= 0 && t.Head < len(toks) && toks[t.Head].XPOS == "VBN") {
			return false
		}
		if t.Rel == "aux" && (l == "will" || l == "shall" || l == "'ll") {
			future = true
		}
	}
	return future
}

// givesFutureWhen reports whether an answer to a question that asks when
// something will be done ("when will the Korvel bridge open?", "when
// would work on the pier begin?") cites a sentence that writes a time not
// of a deed already done: a sentence whose every date goes with a verb
// in the past ("the plan, drawn up last spring, would add a pier";
// "asked on Monday, the mayor said…") dates something else. A sentence
// that writes no time is not judged here.
func (a *Article) givesFutureWhen(q *question, r Result) bool {
	if r.Declined || q.wh != "when" || len(q.words) < 3 || q.words[1] != "will" && q.words[1] != "would" {
		return true
	}
	found, shown := a.shownHolds(r, func(i int) bool { return !a.onlyPastTimes(i) })
	return found || shown == 0
}

// onlyPastTimes reports whether sentence i writes a date or a time and
// every one goes, by the tree, with a verb in the past tense or a past
// participle, and the sentence tells nothing that will be ("was set for
// June 3, when the talks will resume" dates the talks).
func (a *Article) onlyPastTimes(i int) bool {
	toks := a.info[i].toks
	if slices.ContainsFunc(toks, func(t nlp.Token) bool {
		l := strings.ToLower(t.Text)
		return t.Rel == "aux" && (l == "will" || l == "shall" || l == "'ll")
	}) {
		return false // "was set for June 3, when the talks will resume"
	}
	times := 0
	for k, t := range toks {
		if !strings.HasSuffix(t.NER, "DATE") && !strings.HasSuffix(t.NER, "TIME") {
			continue
		}
		times++
		h := k
		for n := 0; n < len(toks) && h >= 0 && h < len(toks) && toks[h].UPOS != "VERB"; n++ {
			h = toks[h].Head
		}
		if h < 0 || h >= len(toks) || !pastVerb(toks, h) {
			return false
		}
	}
	return times > 0
}

// pastVerb reports whether verb toks[h] is in the past: in the past
// tense, or a past participle whose auxiliaries, if any, are of the past
// ("was signed", "had agreed"), not of a time to come ("will be
// signed", "is to be signed").
func pastVerb(toks []nlp.Token, h int) bool {
	switch toks[h].XPOS {
	case "VBD":
		return true
	case "VBN":
		for _, t := range toks {
			if t.Head != h || t.Rel != "aux" && t.Rel != "aux:pass" {
				continue
			}
			switch strings.ToLower(t.Text) {
			case "was", "were", "had", "has", "have":
			default:
				return false
			}
		}
		return true
	}
	return false
}
