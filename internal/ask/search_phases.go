package ask

// The phases of the general search (search): what a sentence must hold to
// be evidence, which of the hits comes first, and the answer the best of
// them gives.

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// evidence is what a question asks of the sentences that may answer it,
// beyond the question itself: the names they must speak of, the verb
// whose clause must date a "when" answer and the kind a "which" answer
// must name. It lives on search's stack; isEvidence reads it.
type evidence struct {
	// names are the names the question writes with a capital
	// (questionNames); topicSearch drops the headline's from them.
	names []nameTerm
	// qverb is the main verb of a date question ("appoint" in "when was
	// the expert appointed?"), "" for other questions.
	qverb string
	// whichNoun is the kind a "which" question asks for ("judge" in
	// "which judge will rule?"), if any.
	whichNoun string
	// whichSubject is set when the "which" question asks for the
	// subject of its verb, which the evidence must then use.
	whichSubject bool
	// holder is set when the question asks who holds an office
	// (whoHolds): the evidence must name someone.
	holder bool
	// actedOn are the terms of the body or person a lower-case "who"
	// question with a verb is about (actedOn), one of which the
	// evidence must speak of.
	actedOn []nameTerm
	// subjectWho is set for a "who" question that asks for the
	// subject of its verb ("who owns Anchor Line?"): the evidence's
	// word of the verb must not be of something other than the names
	// (relationOfOther).
	subjectWho bool
}

// evidenceFor is what q asks of its evidence beyond the question itself:
// "which judge will rule?" asks for a sentence that names a judge.
func (a *Article) evidenceFor(q *question) evidence {
	names := a.questionNames(q)
	qverb := ""
	if q.atype == typeDate {
		qverb = a.questionVerb(q)
	}
	ev := evidence{names: names, qverb: qverb, whichNoun: a.whichOne(q), whichSubject: a.whichSubject(q), holder: q.whoHolds(), actedOn: a.actedOn(q)}
	ev.subjectWho = q.wh == "who" && len(q.words) > 1 && q.words[0] == "who" && !doWords[q.words[1]] && q.verbTerm != ""
	return ev
}

// actedOn returns the terms of the body or person a "who" question with a
// verb, typed in lower case, matched ("who founded nordhavn line"): the
// evidence speaks of it, as it must of a name written with a capital
// (questionNames). A place is left out: it may be only where something
// happens ("the luanda talks"). A name the brief does not list ("who
// owns arenaplay", of an article that writes "ArenaPlay") is the words
// after the verb that the article writes only as a name, when the
// question ends with one.
func (a *Article) actedOn(q *question) []nameTerm {
	if q.wh != "who" || q.verbTerm == "" || q.raw != strings.ToLower(q.raw) {
		return nil
	}
	var out []nameTerm
	if q.ent == nil {
		after, lastNamed := false, false
		for _, w := range q.words {
			switch {
			case !after:
				after = termOf(w) == q.verbTerm
			case len(w) >= 3 && !isStop(w):
				lastNamed = a.onlyAsName(w)
				if lastNamed {
					out = append(out, nameTerm{term: termOf(w)})
				}
			}
		}
		// "who chaired the killer robot talks": the talks, which the
		// name ("Stop Killer Robots") only describes.
		if !lastNamed {
			return nil
		}
		return out
	}
	if q.ent.kind != summarize.KindOrganisation && q.ent.kind != summarize.KindPerson {
		return nil
	}
	for _, k := range q.ent.keys {
		if !strings.Contains(k, " ") {
			out = append(out, nameTerm{term: termOf(k)})
		}
	}
	return out
}

// onlyAsName reports whether the article writes word w (in lower case)
// and always with a capital, somewhere not at a sentence's start: a
// word of a name ("ArenaPlay", "Crest"), not a common word ("company").
func (a *Article) onlyAsName(w string) bool {
	named := false
	for _, s := range a.sents {
		for j, f := range strings.Fields(s) {
			t := strings.Trim(f, ",.;:!?\"“”()‘’'")
			t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
			if t == "" || strings.ToLower(t) != w {
				continue
			}
			if !(t[0] >= 'A' && t[0] <= 'Z') {
				return false
			}
			if j > 0 {
				named = true
			}
		}
	}
	return named
}

// distinctOffices are the stems of offices another leading office does
// not answer for: a chairman is no chief executive, a president no
// chairman (but "the LSE's chief" or "head" may be either).
var distinctOffices = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`chair chairman chairwoman chairperson president`) {
		m[porter(w)] = true
	}
	return m
}()

// isEvidence reports whether sentence i may answer q, whose evidence must
// hold what ev says: the sentence holds an answer of the question's type
// ("how long is the border?": a length), of the time the question asks
// about ("when will the Senate vote?": not a day past), and speaks of
// what the question speaks of ("how much has Trump's super PAC raised":
// Trump, not some other group's money).
func (a *Article) isEvidence(q *question, ev *evidence, i int) bool {
	switch {
	case q.asksTally():
		// "What was the ratification vote?": the tally ("by 1,904
		// votes to 611", "voted 6-3", "approved the agreement 412-37")
		// or its share ("approved by 92%").
		if !tallyRE.MatchString(a.sents[i]) && !hasPercent(a.sents[i]) || !voteRE.MatchString(a.sents[i]) {
			return false
		}
	case q.howMuch && q.howLong:
		if !hasQuantity(a.sents[i]) && !a.hasDate(i) && !durationRE.MatchString(a.sents[i]) {
			return false
		}
	case q.howLong && (lengthRE.MatchString(a.sents[i]) || durationRE.MatchString(a.sents[i])):
		// "How long is the border?": a length answers too; "how
		// long was the meeting?" a span of time ("the two-hour
		// meeting"), which is no date.
	case q.atPoint && !a.info[i].hasCondition() && !hasQuantity(a.sents[i]):
		// "At what point must pumping stop?": when, or how far —
		// not "the pump stops".
		return false
	case !a.fitsType(i, q.atype, q):
		return false
	}
	if q.counted != "" && !a.countsCounted(i, q) {
		return false
	}
	// "How many people live in Tessavoa?": how many live there, not
	// "the firm funds two of our young people to train".
	if q.asksPopulation() && !a.givesPopulation(i, q.counted) {
		return false
	}
	// "How big is the raise?": not "a technician, 31, said the
	// allowance mattered more than the raise", whose figure is his age.
	// "How much will the cistern cost?": a sum for the cistern, not
	// "a new 250 cubic metre cistern".
	if q.sized != "" && a.ix.sentenceHas(i, q.sized) && !a.sizes(i, q.sized, q.priced) {
		return false
	}
	// "How much salt does the mine yield?": a sentence that measures
	// something ("up to 9,000 tonnes a year"), or names the salt with a
	// figure of it, not "the mine's owner borrowed $4 million"; a share
	// answers where the sentence speaks of the question's other words
	// ("how much grain stays in the silo": "15% is kept in the silo").
	if q.massed != "" && !a.measuresAmount(i) && !a.measuredBefore(i) {
		named := a.ix.sentenceHas(i, q.massed)
		if named && !a.sizes(i, q.massed, false) {
			return false
		}
		share := hasPercent(a.sents[i]) && slices.ContainsFunc(q.topic, func(t string) bool { return t != q.massed && a.ix.sentenceHas(i, t) })
		if !named && !a.termIntroducedBefore(i, q.massed) && !share {
			return false
		}
	}
	// "What is Home Depot's revenue?": the evidence names the revenue.
	if q.askedTerm != "" && !a.ix.sentenceHas(i, q.askedTerm) && !(q.asksTally() && tallyWords[q.askedTerm]) && !a.termIntroducedBefore(i, q.askedTerm) {
		return false
	}
	// "Who is Meridian's chairman?": its chairman, not its chief
	// executive, whom the words for whoever leads make a synonym.
	if distinctOffices[q.askedTerm] && !a.ix.sentenceHasForm(i, q.askedTerm) &&
		!slices.ContainsFunc(roleSynonyms[q.askedTerm], func(t string) bool { return a.ix.sentenceHasForm(i, t) }) {
		return false
	}
	// "What is the name of the officer …?": a name the question does
	// not already give; so does "who is the president of Senegal?",
	// which "settled by the two presidents by telephone" does not
	// answer.
	if q.asksName() && !a.namesNew(i, q) || ev.holder && !a.namesSomeone(i, q) {
		return false
	}
	// "Which journalists were released?": the evidence names them;
	// "two journalists" tells how many, not which.
	if n := q.whichMany(); n != "" && !a.namesOther(i, q, n) {
		return false
	}
	// "Which judge will rule?": a judge by name, not "a court".
	if ev.whichNoun != "" && !a.namesKind(i, q, ev.whichNoun) {
		return false
	}
	// "Who won the Ohio primary?": the evidence says who did it (a
	// question about the subject; "who did Ham give the interview
	// to?" may be answered in other words).
	// So does "who is advising Sundaram?" or "who would run the
	// merged airline?", whose auxiliary leaves "who" the subject (not
	// "who did …", which asks for the object).
	if q.wh == "who" && len(q.words) > 1 && q.words[0] == "who" && !doWords[q.words[1]] && q.verbTerm != "" && !a.ix.sentenceHas(i, q.verbTerm) {
		return false
	}
	// "Who founded Nordhavn Line?", typed in lower case: not who
	// founded another company (actedOn).
	if len(ev.actedOn) > 0 && !a.coversAny(ev.actedOn, i) {
		return false
	}
	// "Who owns Anchor Line?": not who owns another company ("the
	// state-owned Korvan Holding") or leads owners of something else,
	// nor "its founder", who goes unnamed.
	if ev.subjectWho {
		if x := append(slices.Clone(ev.actedOn), ev.names...); len(x) > 0 && a.relationOfOther(i, q.verbTerm, x) {
			return false
		}
	}
	// "Which construction company will build the tunnel?": the same
	// for what a "which" question asks as the verb's subject.
	if ev.whichSubject && q.verbTerm != "" && !a.ix.sentenceHas(i, q.verbTerm) {
		return false
	}
	// "Which country will supply the monitors?", of an article that
	// uses neither "supply" nor a word for it: no sentence says who
	// did it.
	if (ev.whichSubject || q.wh == "who" && len(q.words) > 1 && q.words[0] == "who" && !doWords[q.words[1]]) && q.unusedVerb != "" {
		return false
	}
	// "On what date will the strike begin?": a day, not "as early as
	// next week".
	if q.atype == typeDate && q.asksDay() && !a.info[i].hasDay() {
		return false
	}
	// "Who is the Minister of Health?": not the "Vice Minister of
	// Health".
	if q.wh == "who" && (a.lesserOnly(i, q) || a.otherOfficeOnly(i, q)) {
		return false
	}
	// "What time does Monday's debate start?": not Monday again.
	if q.atype == typeDate && !a.newDate(i, q) && !(q.howLong && (durationRE.MatchString(a.sents[i]) || lengthRE.MatchString(a.sents[i]))) {
		return false
	}
	// "When was the expert appointed?": a sentence that uses the
	// verb says when only with a date in the verb's own clause.
	if q.atype == typeDate && !q.howLong && ev.qverb != "" {
		if uses, dated := a.info[i].verbWhen(ev.qverb); uses && !dated {
			return false
		}
	}
	// "When will the Senate vote?": not what happened on a day past.
	if q.future() && (q.atype == typeDate || q.atype == typePlace) && !a.info[i].future() {
		return false
	}
	// "Where were the talks held?": not where they will be.
	if q.past() && q.wh == "where" && a.info[i].placesToCome() {
		return false
	}
	// "Who does Spain play next?": not who they played; but "how much
	// … next year" is answered by what someone said would come.
	if q.asksNext() && !a.info[i].comingNext() && !((q.atype == typeQuantity || q.atype == typeMoney) && a.info[i].reportsFuture()) {
		return false
	}
	// "How much has Trump's super PAC raised": the evidence speaks
	// of Trump, not of some other group's money.
	return len(ev.names) == 0 || a.coversNames(ev.names, i)
}

// namesSomeone reports whether sentence i names a person or a body by a
// name the question does not write: who holds an office, as an answer
// must give it.
func (a *Article) namesSomeone(i int, q *question) bool {
	for _, e := range a.info[i].ents {
		if e.typ != nlp.PERSON && e.typ != nlp.ORG {
			continue
		}
		if slices.ContainsFunc(words(e.text), func(w string) bool { return !isStop(w) && !slices.Contains(q.words, w) }) {
			return true
		}
	}
	return false
}

// ordinalFirst leaves, for a question with an ordinal ("the first
// proposal"), only the hit ordinalPick takes of the sentences keep allows
// that name the ordinal's noun, when that sentence is a hit. Other
// questions' hits are returned as they are.
func (a *Article) ordinalFirst(q *question, hits []hit, keep func(int) bool) []hit {
	if q.ordinal == 0 {
		return hits
	}
	// "The first proposal", "the latest round": by the article's order.
	var cands []int
	for i := range a.sents {
		if keep(i) && a.ix.sentenceHas(i, q.ordNoun) {
			cands = append(cands, i)
		}
	}
	if pick := a.ordinalPick(q, cands); pick >= 0 {
		for k := range hits {
			if hits[k].sent == pick {
				hits[0], hits[k] = hits[k], hits[0]
				hits = hits[:1]
				break
			}
		}
	}
	return hits
}

// deadlineFirst puts first, for a date question that asks for a
// deadline or for the end of a span ("until what year does the list
// apply?"), a hit close to the best that sets a limit with a date ("has
// until March 9", "runs until 2037").
func (a *Article) deadlineFirst(q *question, hits []hit) {
	if q.atype != typeDate || !slices.Contains(q.words, "deadline") && !q.untilWhen() {
		return
	}
	// "What is the deadline for a firm offer?": a sentence that sets
	// a limit ("has until March 9 to make a firm offer"), if one is
	// close to the best.
	for k := range hits {
		if hits[k].score < hits[0].score/2 {
			break
		}
		if l := strings.ToLower(a.sents[hits[k].sent]); (strings.Contains(l, " until ") || strings.Contains(l, "deadline")) && a.hasDate(hits[k].sent) {
			hits[0], hits[k] = hits[k], hits[0]
			break
		}
	}
}

// durationFirst puts first, for a "how long" question, a hit close to
// the best that gives a span of time beside what is asked about
// (durationOf: "a 90-day truce").
func (a *Article) durationFirst(q *question, hits []hit) {
	if !q.howLong || len(q.content) == 0 {
		return
	}
	// "How long is the truce?": a sentence that gives a span of
	// time beside what is asked about ("a 90-day truce", "a
	// six-month license", "a four-day round"), if one is close to
	// the best.
	asked := slices.Clone(q.content)
	for _, w := range q.words {
		if questionWords[w] && !isStop(w) {
			asked = append(asked, porter(w)) // "round", "meeting"
		}
	}
	// A span right before what is asked ("ending a nine-day walkout")
	// beats one after "for" in a sentence of another act ("has fished
	// the bay for 30 years"), though that one ranks higher.
	// A best hit that gives no span at all (only a date: "on
	// Monday") yields to one further down, though not far, that gives
	// a span ("halts operations around the town for an initial 90
	// days").
	spanless := !durationRE.MatchString(a.sents[hits[0].sent]) && !lengthRE.MatchString(a.sents[hits[0].sent])
	best, level := 0, 0
	for k := range hits {
		l := durationOf(a.sents[hits[k].sent], asked)
		if hits[k].score < hits[0].score/2 && !(spanless && l > 0 && hits[k].score >= hits[0].score/4) {
			continue
		}
		if l > level {
			best, level = k, l
		}
	}
	if level > 0 {
		hits[0], hits[best] = hits[best], hits[0]
	}
}

// earlierCountFirst puts first, for a quantity or money question without
// an ordinal ("how many Indians were deported?"), the earliest hit close
// to the best that is no furniture and covers the question's words as
// well as the best does.
func (a *Article) earlierCountFirst(q *question, hits []hit) {
	if !(q.atype == typeQuantity || q.atype == typeMoney) || q.ordinal != 0 {
		return
	}
	// "How many Indians were deported?": of two sentences that give a
	// number and cover the question as well, the earlier, where news
	// puts the event it reports ("nearly 150 Indians returned home
	// after being deported") before the background ("on October 18,
	// more than 300 were deported").
	// "How many acres does the permit cover now?": not an earlier
	// figure over the best hit that says it tells the figure now ("now
	// it is 31 acres"); the story's first figure is the one it
	// changed.
	if (slices.Contains(q.words, "now") || slices.Contains(q.words, "currently")) && currentMarkRE.MatchString(a.sents[hits[0].sent]) && !oldMarkRE.MatchString(a.sents[hits[0].sent]) {
		return
	}
	query := q.content
	best := 0
	topCov := a.ix.exactCoverage(query, []int{hits[0].sent})
	// "How much water will the plant produce?": not an earlier figure of
	// something else ("pump the water 450 kilometres") over one that
	// measures the water ("300 million cubic metres of drinking water").
	mass := q.measuredMass()
	massFirst := mass != "" && a.counts(hits[0].sent, mass)
	// "What's the new harbour fee?": not an earlier sentence whose
	// figures belong to other things listed beside the fee ("a 3% rise,
	// 40 new berths and a higher harbour fee") over one that gives the
	// fee its figure ("harbour fee from 12 to 15 euros").
	noun := q.copularNoun()
	nounFirst := noun != "" && a.figures(hits[0].sent, noun)
	for i := range hits {
		if hits[i].score < hits[0].score/2 {
			break
		}
		if massFirst && !a.counts(hits[i].sent, mass) || nounFirst && !a.figures(hits[i].sent, noun) {
			continue
		}
		if hits[i].sent < hits[best].sent && !a.furniture(hits[i].sent) && a.ix.exactCoverage(query, []int{hits[i].sent}) >= topCov {
			best = i
		}
	}
	hits[0], hits[best] = hits[best], hits[0]
}

// nowFirst puts first, for a quantity or money question that asks what a
// figure is now ("how big is the access fee now"), a hit close to the
// best that covers the question as well and writes the figure something
// changes to ("the access fee rises to 21 million kroner") over one that
// gives a figure as it was ("the Faroese also paid an access fee of 18
// million").
func (a *Article) nowFirst(q *question, hits []hit) {
	if !(q.atype == typeQuantity || q.atype == typeMoney) || !slices.Contains(q.words, "now") || len(hits) < 2 || changeToRE.MatchString(a.sents[hits[0].sent]) {
		return
	}
	topCov := a.ix.exactCoverage(q.content, []int{hits[0].sent})
	for i := 1; i < len(hits) && hits[i].score >= hits[0].score/2; i++ {
		if changeToRE.MatchString(a.sents[hits[i].sent]) && a.ix.exactCoverage(q.content, []int{hits[i].sent}) >= topCov {
			hits[0], hits[i] = hits[i], hits[0]
			return
		}
	}
}

// stanceFirst puts first, for a question of a figure or a date that asks
// of the state now or new ("how big is the access fee now", "how much is
// the new rent") or of the state before ("what was the old rate"), a
// hit close to the best that speaks of that state over one that speaks
// of the other: the figure something changes to ("the access fee rises
// to 14 million crowns", "now it is 31 acres") over one marked as
// past ("the old lease … for a rent of 0.8 million", "an earlier draft
// had proposed 60 days"), and the reverse for a question of the state
// before. A story that contrasts two figures marks each; the question
// names the one it wants.
func (a *Article) stanceFirst(q *question, hits []hit) {
	if !(q.atype == typeQuantity || q.atype == typeMoney || q.atype == typeDate) || len(hits) < 2 {
		return
	}
	want := questionStance(q.words)
	if want == 0 {
		return
	}
	top := 0.0
	for _, h := range hits {
		top = max(top, h.score)
	}
	best, bestStance := 0, want*sentenceStance(a.sents[hits[0].sent])
	if bestStance >= 0 {
		return // the best hit tells the state asked, or neither
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].score < top/2 || a.furniture(hits[i].sent) {
			continue
		}
		if want*sentenceStance(a.sents[hits[i].sent]) > bestStance {
			best = i // the best ranked that is not of the other state
			break
		}
	}
	hits[0], hits[best] = hits[best], hits[0]
}

// questionStance is 1 for a question that asks of the state now or new
// ("… now", "the new rent", "currently"), -1 for one that asks of the
// state before ("the old rate", "previously"), and 0 for one that asks
// neither.
func questionStance(ws []string) int {
	for _, w := range ws {
		switch w {
		case "now", "new", "current", "currently", "latest", "revised":
			return 1
		case "old", "original", "originally", "previous", "previously", "former", "formerly", "initially":
			return -1
		}
	}
	return 0
}

// sentenceStance is 1 for a sentence that tells a state now ("now it is
// 31 acres", "the fee rises to 14 million", "40 days, down from
// 52"), -1 for one that tells a state before ("the old lease", "an
// earlier draft had proposed 60 days", "was originally"), and 0 for one
// that tells neither or both. "New" marks nothing: a new thing's figure
// may be of another measure ("the new price is 14% above the first").
func sentenceStance(s string) int {
	cur := changeToRE.MatchString(s) || changeFromRE.MatchString(s) || currentMarkRE.MatchString(s)
	old := oldMarkRE.MatchString(s)
	switch {
	case cur && !old:
		return 1
	case old && !cur:
		return -1
	}
	return 0
}

// currentMarkRE matches a word that marks a state as now.
var currentMarkRE = regexp.MustCompile(`(?i)\b(?:now|currently)\b`)

// oldMarkRE matches a word that marks a state as before: "the old
// lease", "an earlier draft" (an adjective after a determiner, not
// "earlier this year", a time), "originally", "the previous rate", "used
// to".
var oldMarkRE = regexp.MustCompile(`(?i)\b(?:old|original|originally|previous|previously|former|formerly|initially|used to|(?:an|the|its|their|his|her|our)\s+earlier)\b`)

// changeFromRE matches a figure given with the one it changes from: "40
// days a season, down from 52", "up from 12%", "raises the levy from 3%
// in the first terms to 3.5%".
var changeFromRE = regexp.MustCompile(`(?i)\b(?:(?:down|up)\s+from\s+[$£€¥]?\d|from\s+(?:the\s+)?[$£€¥]?\d[^;]{0,60}?\bto\s+[$£€¥]?\d)`)

// changeToRE matches a figure something changes to: "rises to 21
// million", "was cut to 5%", "grew to 300 jobs" (not "up to", a cap).
var changeToRE = regexp.MustCompile(`(?i)\b(?:rise|rises|rose|risen|rising|go|goes|went|gone|fall|falls|fell|fallen|increase|increases|increased|raise|raises|raised|cut|cuts|lower|lowers|lowered|reduce|reduces|reduced|climb|climbs|climbed|drop|drops|dropped|grow|grows|grew)\s+(?:\w+\s+){0,2}?to\s+[$£€¥]?\d`)

// measuredMass returns the term of the noun a "how much X" question
// measures ("how much water"), or "": not money, a share or a verb.
func (q *question) measuredMass() string {
	if len(q.words) < 4 || q.words[0] != "how" || q.words[1] != "much" {
		return ""
	}
	w := q.words[2]
	if auxWords[w] || moneyWords[w] || w == "more" || w == "of" || w == "money" {
		return ""
	}
	return termOf(w)
}

// verbValueFirst puts first, for a quantity, money, date or place
// question ("when does it expire?"), a hit close to the best that gives
// the value of the question's verb (givesValue) and covers the question
// as well with its context.
func (a *Article) verbValueFirst(q *question, hits []hit) {
	if q.atype != typeQuantity && q.atype != typeMoney && q.atype != typeDate && q.atype != typePlace {
		return
	}
	// "How much has it pulled in?", "when does it expire?": the value
	// of the verb asked about, when a sentence close to the best has it.
	verb := a.questionVerb(q)
	if verb == "" {
		return
	}
	query := q.content
	// A sum that is not the price ("pay for the acquisition with a
	// loan of 1.4 billion zlotys") leaves room to look further down.
	floor := hits[0].score / 2
	if q.atype == typeMoney && !a.givesValue(hits[0].sent, verb, q) {
		floor = hits[0].score / 3
	}
	for i := range hits {
		if hits[i].score < floor {
			break
		}
		if i > 0 && a.furniture(hits[i].sent) && !a.furniture(hits[0].sent) {
			// A headline says in brief ("for CHF 312m") what the story
			// sentence preferStory put first says in full.
			continue
		}
		cov := a.ix.coverage(query, a.withContext(hits[i].sent))
		if q.atype == typeMoney && len(query) > 0 && !a.info[hits[i].sent].hasLemma(verb) {
			// The price given with a verb of buying ("buy Farmavita for
			// 2.1 billion zlotys" for "how much is it paying") covers
			// the question's verb.
			cov += 1 / float64(len(query))
		}
		if a.givesValue(hits[i].sent, verb, q) && cov >= a.ix.coverage(query, a.withContext(hits[0].sent)) {
			hits[0], hits[i] = hits[i], hits[0]
			break
		}
	}
}

// agentAnswer answers a question of an agent ("who rejected the
// request?") from a hit close to the best whose use of the question's verb names who did it
// (namedAgent), with the sentence before it when the hit alone covers
// less than half the question. It returns false for other questions, and
// when no hit names the agent.
func (a *Article) agentAnswer(q *question, hits []hit) (Result, bool) {
	if q.atype != typeAgent {
		return Result{}, false
	}
	// "Who rejected the request?": the sentence whose verb has a
	// named subject (or agent) the question does not already name.
	verb := a.questionVerb(q)
	if verb == "" {
		return Result{}, false
	}
	query := q.content
	for i := range hits {
		if hits[i].score < hits[0].score/3 {
			break
		}
		if si := hits[i].sent; a.namedAgent(si, verb, q.words) && a.ix.coverage(query, []int{si, max(si-1, 0)}) >= 0.5 {
			// The sentence before says what "that argument" is.
			s := []int{si}
			if si > 0 && a.ix.coverage(query, []int{si}) < 0.5 {
				s = []int{si - 1, si}
			}
			lines := make([]string, len(s))
			for k, j := range s {
				lines[k] = a.sents[j] + " " + ref(j)
			}
			return Result{Answer: strings.Join(lines, "\n"), Citations: a.cite(s...), Confidence: 0.7}, true
		}
	}
	return Result{}, false
}

// namingFirst puts first, for a question of an agent ("who …?") with
// more than one hit, a hit close to the best that names a person, else
// one that names a body (namesAgent).
func (a *Article) namingFirst(q *question, hits []hit) {
	if q.atype != typeAgent || len(hits) <= 1 {
		return
	}
	// "Who …?" is answered by a sentence that names someone: the best
	// such sentence, unless it scores far below the best of all.
	// People first, then bodies.
	for _, names := range []func(int) bool{func(i int) bool { return a.namesPerson(i) || a.info[i].hasType(nlp.PERSON) }, a.namesAgent} {
		for i := range hits {
			if hits[i].score < hits[0].score/2 {
				break
			}
			if names(hits[i].sent) {
				hits[0], hits[i] = hits[i], hits[0]
				return
			}
		}
	}
}

// answerFromBest answers from the first hit, with the second when it adds
// coverage and scores close, if they cover the question; else it tries
// topicSearch with search's names and keep. The answer is a decline when the sentence says the answer
// was withheld ("Asked to describe the device, O'Neill said, “Not going
// to go into that.”"), and takes in the sentence after a short question
// the article asks itself ("The tagline? “We're On It.”").
func (a *Article) answerFromBest(q *question, hits []hit, names *[]nameTerm, keep func(int) bool) (Result, bool) {
	query := q.content
	// "Which country did the plane fly through?": the answer is a
	// country, which the evidence need not call so.
	covQuery := query
	if q.atype != typeAny {
		if heads := q.whHeadTerms(); len(heads) > 0 && len(heads) < len(query) {
			covQuery = slices.DeleteFunc(slices.Clone(query), func(t string) bool { return slices.Contains(heads, t) })
		}
	}
	top := hits[0].sent
	if h := q.copularTypeHead(); h != "" && len(covQuery) > 1 && slices.Contains(covQuery, h) && (q.atype == typeQuantity || q.atype == typeMoney) && !a.ix.sentenceHas(top, h) {
		// "What is the new levy rate?": "the levy rises from 3% to
		// 4.5%" gives the rate without the word.
		covQuery = slices.DeleteFunc(slices.Clone(covQuery), func(t string) bool { return t == h })
	}
	cov := a.ix.coverage(covQuery, a.creditContext(top))
	if st := strings.TrimSpace(a.sents[top]); strings.HasSuffix(st, "?") && a.selfAsked(top) {
		// "What happens to a rider who skips the fare?" as a
		// subheading: the paragraph after answers it, and covers the
		// question with it ("a fine of 40 crowns").
		cov = max(cov, a.ix.coverage(covQuery, append(a.creditContext(top), top+1)))
	}
	sents := []int{top}
	// A second sentence when it adds coverage and scores close.
	if len(hits) > 1 && hits[1].score > hits[0].score*0.8 {
		if c2 := a.ix.coverage(covQuery, append(a.creditContext(top), hits[1].sent)); c2 > cov {
			sents, cov = append(sents, hits[1].sent), c2
		}
	}
	// "By how many places a year…": a number that counts what the
	// question counts is evidence of the answer's type itself, and
	// stands for a word of the question's many others.
	counted := q.counted != "" && len(sents) == 1 && a.countsCounted(top, q) && a.countedWordsIn(q, top)
	// "How did the members vote on the deal?": a vote by how many or
	// which way ("voted 71 to 9 in favour") stands for the deal, which
	// the paragraph before named.
	counted = counted || q.howVoted() && cov >= 0.5 && len(sents) == 1 && voteRE.MatchString(a.sents[top]) && (tallyRE.MatchString(a.sents[top]) || voteWayRE.MatchString(a.sents[top]))

	if cov < 0.5 || len(covQuery) >= 3 && cov < 0.6 && !counted {
		return a.topicSearch(covQuery, names, keep)
	}
	// "Asked to describe the device, O'Neill said, “Not going to go into
	// that.”": the article says the answer was withheld.
	if len(sents) == 1 && (a.info[top].refusal() || a.info[top].undisclosed(q.content)) && !(q.wh == "who" && a.info[top].subjectSetOff()) {
		return Result{Answer: "The article doesn't say; it reports only that the answer was withheld: " + a.sents[top] + " " + ref(top), Citations: a.cite(top), Declined: true}, true
	}
	// "The tagline? “We're On It.”": a short question the article asks
	// itself is answered by the sentence after it.
	// So is an interviewer's question that ends its paragraph, by the
	// answer that opens the next ("Q: Some of your colleagues voted no.
	// Why?" / "A: Nine people voted no, and I understand them.").
	ss := a.brief.Sentences
	asked := top+1 < len(ss) && ss[top+1].Para != ss[top].Para && strings.HasSuffix(strings.TrimSpace(a.sents[top]), "?")
	if len(sents) == 1 && top+1 < len(a.sents) && strings.HasSuffix(strings.TrimRight(a.sents[top], "”\" "), "?") && (len(words(a.sents[top])) <= 6 || asked) {
		sents = append(sents, top+1)
		// A quotation the sentence splitter cut ("“Meth." / "We're on
		// it.”") runs on to its end, within the paragraph.
		text := a.sents[top+1]
		for j := top + 2; j < len(ss) && j <= top+4 && ss[j].Para == ss[top].Para && unbalanced(text); j++ {
			sents = append(sents, j)
			text += " " + a.sents[j]
		}
	}
	r := a.sentencesAnswer(sents, 0.4+cov/2)
	if q.atype == typePlace && sents[0] == a.datelined && !q.future() && !a.info[top].placesAnything() {
		// "OSLO - Negotiators wrapped up talks here on Friday": the
		// sentence says where only by the dateline.
		r.Answer = fmt.Sprintf("In %s (the story's dateline): %s", a.brief.Dateline, r.Answer)
	}
	return r, true
}

// sizeWords are the adjectives a "how … is it" question asks a size by.
var sizeWords = set(`big large wide deep tall high`)

// sizedFirst puts first, for "how big will the new reservoir be", a hit
// close to the best whose sentence gives the size of a thing the
// question names, a number with its unit before the noun ("a new 300
// cubic metre reservoir", "a 450-metre quay"), over one that measures
// something else near it ("9 cubic metres an hour from the spring").
func (a *Article) sizedFirst(q *question, hits []hit) {
	if q.atype != typeQuantity || len(hits) < 2 {
		return
	}
	k := slices.Index(q.words, "how")
	if k < 0 || k+1 >= len(q.words) || !sizeWords[q.words[k+1]] {
		return
	}
	for i := range hits {
		if hits[i].score < hits[0].score/2 {
			return
		}
		if a.givesSize(hits[i].sent, q.content) {
			hits[0], hits[i] = hits[i], hits[0]
			return
		}
	}
}

// givesSize reports whether sentence s gives a noun of the terms a size: a
// number with a unit between it and the noun ("300 cubic metre
// reservoir", the unit a compound of the noun) or hung on the unit that
// the noun's compound is ("450-metre quay"); not a count of the noun
// itself ("two reservoirs").
func (a *Article) givesSize(s int, terms []string) bool {
	toks := a.info[s].toks
	asked := func(j int) bool {
		return j >= 0 && j < len(toks) && toks[j].UPOS == "NOUN" && slices.Contains(terms, termOf(strings.ToLower(toks[j].Text)))
	}
	for k := range toks {
		if toks[k].UPOS != "NUM" || strings.Contains(toks[k].NER, "MONEY") || strings.Contains(toks[k].NER, "PERCENT") || strings.Contains(toks[k].NER, "DATE") {
			continue
		}
		h := toks[k].Head
		if h <= k || h >= len(toks) {
			continue
		}
		if asked(h) {
			for j := k + 1; j < h; j++ {
				if toks[j].Head == h && toks[j].Rel == "compound" && toks[j].UPOS == "NOUN" {
					return true
				}
			}
			continue
		}
		if toks[h].UPOS == "NOUN" && toks[h].Rel == "compound" && asked(toks[h].Head) {
			return true
		}
	}
	return false
}

// termIntroducedBefore reports whether the sentence before sentence i, in its
// paragraph, has term t and no number of its own, so that i goes on with
// what it brought in: "The agreement sets out escalating penalties. A
// first breach … costs $50,000" gives the penalty.
func (a *Article) termIntroducedBefore(i int, t string) bool {
	return a.introducedBefore(i, t) && !hasQuantity(a.sents[i-1])
}

// verbWord reports whether token t writes the verb of stem v: a form of
// it, the noun of whoever does it ("founder", "owner") or the last part
// of a compound ("state-owned"); not a synonym, which may be of another
// sense ("a new agreement to begin" for "found").
func verbWord(t nlp.Token, v string) bool {
	w := strings.ToLower(t.Text)
	if k := strings.LastIndex(w, "-"); k >= 0 {
		w = w[k+1:]
	}
	for _, s := range []string{termOf(w), porter(strings.ToLower(t.Lemma))} {
		if s == v || s == v+"er" || s == v+"or" {
			return true
		}
	}
	return false
}

// relationOfOther reports whether sentence i uses the verb of stem v
// (verbWord) only of something other than what the question names
// (terms): of another name ("pays the state-owned Korvan Holding" for
// "who owns Anchor Line?"), of nothing that may stand for it in a
// sentence that does not name it ("led the custom owners of the
// foreshore"), or of a doer it leaves unnamed ("granddaughter of its
// founder"). What the word is of is its object or passive subject, the
// noun it qualifies ("the state-owned holding", "the player, who was
// signed by", "the firm, which Ruiz owns"; not "Ruiz, who owns the
// firm") or what follows "of" after it ("owner of"), which, a common
// noun, stands for no name. A sentence that uses no such word is not
// judged here.
func (a *Article) relationOfOther(i int, v string, terms []nameTerm) bool {
	si := &a.info[i]
	named := func(j int) bool {
		s := termOf(strings.ToLower(si.toks[j].Text))
		return slices.ContainsFunc(terms, func(n nameTerm) bool { return n.term == s })
	}
	mentions := slices.ContainsFunc(terms, func(n nameTerm) bool { return slices.Contains(si.coref, n.term) })
	for j := range si.toks {
		mentions = mentions || named(j)
	}
	used := false
	for k, t := range si.toks {
		if !verbWord(t, v) {
			continue
		}
		used = true
		var things, ofs []int
		subject := -1
		hasName, unnamed := false, false
		for j, u := range si.toks {
			if u.Head != k {
				continue
			}
			switch {
			case u.Rel == "obj" || u.Rel == "nsubj:pass":
				things = append(things, j)
			case u.Rel == "nmod" && si.child(j, "case") >= 0 && strings.EqualFold(si.toks[si.child(j, "case")].Text, "of"):
				things = append(things, j)
				ofs = append(ofs, j)
			case u.Rel == "nsubj":
				subject = j
			case u.Rel == "nmod:poss" && u.UPOS == "PRON":
				unnamed = t.UPOS == "NOUN"
			}
			if u.UPOS == "PROPN" && (u.Rel == "appos" || u.Rel == "flat" || u.Rel == "compound" || u.Rel == "nsubj") {
				hasName = true
			}
		}
		switch {
		case t.Head < 0:
		case t.Rel == "amod" || t.Rel == "acl" || t.Rel == "compound":
			things = append(things, t.Head)
		case t.Rel == "acl:relcl" && subject >= 0 && si.toks[subject].UPOS != "PRON":
			things = append(things, t.Head)
		}
		if t.Rel == "appos" || t.Rel == "nsubj" || si.child(k, "cop") >= 0 {
			hasName = true // "Ana Ruiz, its founder", "she is its owner"
		}
		other, standIn := false, false
		for _, j := range things {
			switch u := si.toks[j].UPOS; {
			case u == "PROPN" && !named(j):
				other = true
			case u == "PRON" || u == "NOUN" && !slices.Contains(ofs, j):
				// "the company, which Ruiz owns", not "the
				// owners of the foreshore".
				standIn = true
			}
		}
		if !other && !(unnamed && !hasName) && (mentions || standIn) {
			return false
		}
	}
	return used
}

// measuresAmount reports whether sentence i measures an amount of some
// thing: a number before a unit of measure ("9,000 tonnes", "40
// hectares", "120 litres a second"), not a sum of money, a share, a date
// or a count of people or things.
func (a *Article) measuresAmount(i int) bool {
	toks := a.info[i].toks
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.UPOS != "NUM" || strings.Contains(t.NER, "MONEY") || strings.Contains(t.NER, "PERCENT") || strings.Contains(t.NER, "DATE") || strings.Contains(t.NER, "TIME") || moneyAt(toks, k) {
			continue
		}
		// "310 cubic metres", "1.5 billion kilowatt-hours".
		j := k + 1
		for j < len(toks) && (toks[j].UPOS == "NUM" || toks[j].UPOS == "ADJ" || toks[j].Text == "-") {
			j++
		}
		if j < len(toks) && measureUnitRE.MatchString(strings.ToLower(toks[j].Text)) {
			return true
		}
	}
	return false
}

// measuredBefore reports whether the sentence before sentence i, in its
// paragraph, measures an amount that i goes on with ("The permit allows
// 300 tonnes a day. The mine had asked for 450.").
func (a *Article) measuredBefore(i int) bool {
	ss := a.brief.Sentences
	return i > 0 && i < len(ss) && ss[i-1].Para == ss[i].Para && a.measuresAmount(i-1)
}

// measureUnitRE matches the units English measures amounts by: of
// length, area, volume, weight and energy, and the sacks and loads
// goods are counted in.
var measureUnitRE = regexp.MustCompile(`^(?:\w*met(?:re|er)s?|tonnes?|tons?|\w*lit(?:re|er)s?|barrels?|gallons?|\w*grams?|kilos?|pounds?|ounces?|bushels?|bales?|hectares?|acres?|acre-f(?:ee|oo)t|f(?:ee|oo)t|miles?|\w*watts?|\w*watt-hours?|sacks?|bags?|loads?|truckloads?|containers?|boxes|crates?)$`)

// selfAsked reports whether sentence i is a question the article asks
// itself as a paragraph of its own (a subheading), which the next
// paragraph answers.
func (a *Article) selfAsked(i int) bool {
	ss := a.brief.Sentences
	return i+1 < len(ss) && i+1 < len(a.sents) && ss[i+1].Para != ss[i].Para && (i == 0 || ss[i-1].Para != ss[i].Para) && !strings.ContainsAny(a.sents[i], "\"“”")
}
