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
	// carried is true when the speaker is a group of people a plural
	// "they" goes on reporting for (theyGroup): it speaks, but is no
	// party for that alone.
	carried bool
}

// Caps on reported speech: a reported clause longer than a long paragraph
// is a parse run wild (a text with no sentence breaks), not a statement,
// and a brief lists at most a few hundred.
const (
	maxStatementBytes = 1200
	maxStatements     = 300
)

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
	// The last statement credited to a group described, not named ("the
	// people", "officials"): its sentence and speaker, for a "they" that
	// goes on reporting for the group.
	groupSent, group := -1, ""
	// credited is set while add records content that runs on past its
	// own credit, set off by commas mid-sentence ("…, he said, …").
	credited := false
	// noSpeaker is set while add records content whose source is a thing.
	noSpeaker := false
	// add records the content [first, last) of cue, said by the source
	// token src (or, when who is not empty, by who as written).
	add := func(first, last, src int, cue, who string) {
		for first < last && trimEdge(t, first, true) {
			first++
		}
		for last > first && trimEdge(t, last-1, false) {
			last--
		}
		// "asked not to be named", "agreed never to…": the negation
		// before an infinitive is part of what is reported, wherever the
		// parser hung it.
		if first > 0 && infinitiveMark(&a.Tokens[first]) && negation(&a.Tokens[first-1]) {
			first--
		}
		// "who asked not to be named", "declined to be identified": a
		// source's wish to stay anonymous is how the story sources its
		// news, not something the source reports.
		if t.anonymityRequest(first, last) {
			return
		}
		// "…wants the board to engage, according to people familiar
		// with the matter": the credit after the comma is not content.
		for k := first + 1; k+2 < last && !credited; k++ {
			if a.Tokens[k].Text == "," && strings.EqualFold(a.Tokens[k+1].Text, "according") && strings.EqualFold(a.Tokens[k+2].Text, "to") {
				last = k
				break
			}
		}
		// "…agreed to extend the ceasefire for six months, negotiators
		// for both sides said in a joint statement": a closing credit
		// the parser hung inside the content ends it.
		if !credited {
			for k := first + 2; k < last; k++ {
				if !t.isCue(k) || t.quoted[k] {
					continue
				}
				if c := t.closingAttribution(k); c > first && c < k {
					last = c
					break
				}
			}
		}
		// "Mayor Dan Whitley — who had urged both sides to settle — at a
		// press conference": content inside an aside set off by dashes
		// ends at the dash that closes it.
		if dashes := t.dashesBetween(a.Sentences[a.Tokens[first].Sent].First, first); dashes%2 == 1 {
			for k := first + 1; k < last; k++ {
				if isDash(a.Tokens[k].Text) && !t.quoted[k] {
					last = k
					break
				}
			}
		}
		if last-first < 2 {
			return
		}
		// Content that holds its own speaker ("“…,” a company
		// spokeswoman, Dana Price, said" read as one clause) is the
		// quotation and its credit, not something reported — unless
		// the credit is set off inside it (credited, below).
		if src >= first && src < last && !t.quoted[src] && !credited {
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
			np := 0 // words of a description before the name
			end := a.Sentences[a.Tokens[first].Sent].Last
			for k := first + 1; k < end && (k < last || np > 0); k++ {
				if t.quoted[k] || a.Tokens[k].UPOS == "PUNCT" && np == 0 {
					continue
				}
				if a.Tokens[k].UPOS == "PROPN" || t.isCue(k) {
					// The credit, or another cue's report ("…,” adding
					// that…"), follows the quotation, maybe after the
					// speaker's description ("commerce ministry
					// spokeswoman Shu Jueting said").
					return
				}
				if u := a.Tokens[k].UPOS; (u == "NOUN" || u == "ADJ" || u == "DET") && np < 6 {
					np++
					continue
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
		switch b := quoteBalance(t, first, last); {
		case b > 0:
			closed := false
			for k := last; k < len(a.Tokens) && k < last+3 && a.Tokens[k].UPOS == "PUNCT"; k++ {
				if closingMark(a.Tokens[k].Text) {
					last, closed = k+1, true
					break
				}
			}
			// Where the quotation runs on in the sentence (`the deal was
			// "exceptional, with meaningful gains…."`, which the parser
			// cut after its first word), up to its closing mark.
			for k, end := last, a.Sentences[a.Tokens[last-1].Sent].Last; !closed && k < end && k < last+80; k++ {
				if !t.quoted[k] && a.Tokens[k].UPOS != "PUNCT" {
					break
				}
				if closingMark(a.Tokens[k].Text) {
					last = k + 1
					break
				}
			}
		case b < 0 && first > 0 && (a.Tokens[first-1].Text == "“" || a.Tokens[first-1].Text == "\""):
			// `“significant progress” had been made`: one closed inside
			// it opens with it.
			first--
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
		si := sentOf(st)
		if speaker == "" && group != "" && si-groupSent <= 1 && src >= 0 && strings.EqualFold(a.Tokens[src].Text, "they") {
			// "…, the people said. No decision has been made, they
			// said.": the sources the story just described, not a body
			// coreference may offer.
			speaker = group
		}
		if speaker == "" {
			speaker, _ = t.speakerOf(src)
			speaker = t.coordinatedSpeaker(src, speaker)
		}
		if cue == "according to" {
			// "to" the parser hung on the source ("according | to prison
			// records").
			speaker = strings.TrimPrefix(speaker, "to ")
		}
		if src >= 0 && a.Tokens[src].XPOS == "NNS" && speaker != "" && !properName(speaker) {
			groupSent, group = si, speaker
		}
		if speaker == "" {
			// "Mexico's economy minister said he hoped…": a pronoun
			// coreference left open, in the clause another cue
			// reports, is that cue's speaker.
			speaker = t.matrixSpeaker(src)
		}
		if speaker == "" && src >= 0 && strings.EqualFold(a.Tokens[src].Text, "it") && !t.quoted[src] && (strongCue(cue) || t.judgingVerb(src)) {
			// "The governor's office released a statement. It said…":
			// the text or body named just before (itSource), for a verb
			// of saying or of judging aloud ("It's denouncing what it
			// calls…" after "Donald Trump's campaign is defending…";
			// "It wants…" after a newspaper's credit is the story's
			// subject, not the paper).
			speaker = t.itSource(src)
		}
		carried := false
		if speaker == "" {
			// "Workers objected to… They also said…": the group of
			// people the sentence before made its subject, as written;
			// not a party for this alone (briefParties).
			speaker = t.theyGroup(src)
			carried = speaker != ""
		}
		if speaker == "" && src >= 0 && firstOrSecondPerson(a.Tokens[src].Text) {
			// "We know…", "you feel…": the writer's or a reader's voice,
			// not anyone the story reports.
			return
		}
		if speaker != "" && (noSpeaker || !t.speakable(speaker)) {
			// "The demand | pledges": a subject that names no one
			// cannot be credited; the content stays, with no speaker
			// (not shown in a brief).
			speaker = ""
		}
		out = append(out, Statement{Text: a.Text[st:en], Speaker: speaker, Cue: cue, Sentence: si, Start: st, End: en, carried: carried})
	}
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		if t.quoted[i] {
			continue
		}
		cue := t.isCue(i)
		noSpeaker = false
		// A cue's that-clause the parser hung elsewhere, found once.
		dFirst, dLast := -1, -1
		if cue {
			dFirst, dLast = t.displacedContent(i)
		}
		comma := -1
		if cc := t.contentComp(i); cue && (cc < 0 || cc < i && !t.hasVerb(cc)) {
			// "…, the union said in a statement that it would strike":
			// a that-clause after the cue is what it said, not the clause
			// before the comma.
			if dFirst < 0 {
				comma = t.closingAttribution(i)
			}
		}
		sFirst, sLast, sSrc, sCue := -1, -1, -1, ""
		if !cue {
			sFirst, sLast, sSrc, sCue = t.stance(i)
		}
		switch {
		case sFirst >= 0:
			// "Lopez is confident that…", "voiced concern that…", "In
			// Lopez's view, …": a stance said without a verb of saying.
			add(sFirst, sLast, sSrc, sCue, "")
		case comma >= 0:
			// "…, sources familiar with the talks said." closing its
			// sentence: the clause before the comma is what they said,
			// whatever the parser made of the phrase between.
			first := a.Sentences[tok.Sent].First
			src := t.nounAfter(comma, i)
			who := ""
			if e := t.lastPersonIn(comma+1, i); e >= 0 {
				// "…, the Russian foreign minister Sergei Lavrov said."
				who = t.entityFullName(e)
			} else if n, ok := t.speakerOf(src); (!ok || !properName(n)) && !(src >= 0 && a.Tokens[src].UPOS == "PRON") {
				// No name to resolve: the source as written ("sources
				// familiar with the talks"); a pronoun is resolved or
				// left blank, never given as "they".
				// Not an adverb of the verb: "the source further
				// claimed" is the source.
				end := i
				for end-1 > comma+1 && a.Tokens[end-1].Head == i && a.Tokens[end-1].UPOS == "ADV" {
					end--
				}
				who = a.Span(comma+1, end)
			}
			if r := t.resumesAfter(i); r >= 0 {
				// "Though that transition was seamless, he said,
				// replacing Clinton would be more acrimonious": what
				// was said runs on past the credit set off in it; the
				// sentence, as written, is the content.
				credited = true
				add(first, a.Sentences[tok.Sent].Last, src, cueText(t, i), who)
				credited = false
				continue
			}
			add(first, comma, src, cueText(t, i), who)
		case cue:
			src := t.cueSource(i)
			if src < 0 {
				continue
			}
			// "A yellow bulldozer pushed the mound", "a dispute that had
			// threatened strikes": no one's stance; what the parse made
			// the subject may also hide the real source, so the content
			// stays, with no speaker; so does what someone unnamed asked
			// ("Asked whether layoffs were coming, Reyes replied…").
			noSpeaker = t.thingAgent(i, src) || t.openingParticiple(i)
			if t.conditional(i) {
				// "…if he agrees to end the war": a condition, not
				// something anyone has said or done.
				continue
			}
			if t.openDecision(i) {
				// "will meet to decide whether workers should return":
				// a question still open, not a finding.
				continue
			}
			if r := tok.Rel; (r == "advcl" || r == "parataxis") && (src < i && t.setOffBefore(src) || src > i && i > 0 && a.Tokens[i-1].Text == ",") && t.resumesAfter(i) >= 0 {
				// "Even if the venture fails, Mr. Morgan said, he has
				// done the work", with the credit hung from the main
				// clause, or written verb first ("The talks, said one
				// diplomat, were close to collapse"): the sentence, as
				// written, is what was said.
				credited = true
				add(a.Sentences[tok.Sent].First, a.Sentences[tok.Sent].Last, src, cueText(t, i), "")
				credited = false
				continue
			}
			if tok.Rel == "parataxis" && tok.Head >= 0 && t.contentComp(i) < 0 {
				// A parenthetical cue stands bare: "…, officials said",
				// not "as the administration signals readiness"; and it
				// is finite: "The statement, read at a ceremony, said…"
				// has a participle the tagger took for a base form.
				if t.child(i, "mark") >= 0 || t.realObject(i) && tok.Lemma != "tell" || tok.XPOS == "VB" && t.child(i, "aux") < 0 {
					continue
				}
				// "The talks failed, officials said": the content is the
				// clause the cue hangs from, less the cue's own words.
				if first, last := dFirst, dLast; first >= 0 {
					// "…, the union said in a statement that it would
					// strike": the that-clause, not the clause before.
					add(first, last, src, cueText(t, i), "")
					continue
				}
				if x := a.Tokens[src].XPOS; x == "WP" || x == "WDT" {
					// "…, who said after the meeting…": a relative
					// clause the parser hung from the main verb says
					// nothing of the clause around it.
					continue
				}
				if first, last := t.bareClause(i, src); first >= 0 {
					// "Frustration with police: Civil rights activists
					// say Charlotte officers have been too aggressive":
					// a cue that goes straight on into a clause is no
					// parenthetical, whatever it hangs from.
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
			joined := -1 // a clause already taken into the one before it
			for _, c := range t.children(i) {
				ct := &a.Tokens[c]
				if int(c) == joined {
					continue
				}
				if ct.Rel == "xcomp" && t.isCue(int(c)) && t.child(int(c), "ccomp") >= 0 {
					// "declined to say whether…": the inner cue reports it.
					clausal = true
					continue
				}
				if ct.Rel == "ccomp" && t.fragmentComp(i, int(c)) {
					// "…agreed to buy Lemaire for about $9 billion, the
					// companies said" with "$9 billion" hung from the
					// cue: the credit reports its whole clause (below).
					continue
				}
				if ct.Rel == "ccomp" && t.participleAside(i, int(c)) {
					// "…, the people said, asking not to be identified":
					// the participle is an aside, not what they said.
					continue
				}
				if ct.Rel == "ccomp" && t.nounsClause(i, int(c)) >= 0 {
					// "rejected the company's claim that…": the clause is
					// the claim's, misattached (see the noun case below).
					continue
				}
				if ct.Rel == "ccomp" && int(c) < i && (t.relativeClause(int(c)) || t.relativeSubject(i) >= 0) {
					// "Zelensky, who did not travel, said…" with the
					// relative clause hung from the cue, or with the
					// name taken into it ("Amat Hajjaj, whose son is
					// held, said…").
					continue
				}
				if ct.Rel == "ccomp" && int(c) > i && t.relativeClause(int(c)) && t.describesNoun(int(c)) {
					// "…,” said Senator James Lankford, an Oklahoma
					// Republican who has led the talks": the clause
					// describes the speaker; "who" opens no reported
					// content.
					continue
				}
				if ct.Rel == "ccomp" && int(c) > i && t.isCue(int(c)) && t.closingAttribution(int(c)) >= 0 {
					// "…believe a deal is within reach, a diplomat in
					// Cairo said.": the sentence's credit, not content.
					continue
				}
				if x := ct.XPOS; ct.Rel == "ccomp" && int(c) < i && int(t.left[c]) == int(c) && !t.quoted[c] && (x == "VBN" || x == "VBG" || x == "VBD") &&
					t.child(int(c), "nsubj", "nsubj:pass", "expl", "csubj") < 0 {
					// "Asked about the timing, al-Ansari said…": a
					// clause before the cue that opens with its verb
					// and has no subject is no reported clause.
					continue
				}
				if ct.Rel == "ccomp" && t.summingPhrase(int(c)) {
					// "asked the candidates to…, a request not always
					// honored": the writer's comment on what was said.
					continue
				}
				if ct.Rel == "ccomp" && (!t.hasVerb(int(c)) || t.nounInDisguise(int(c))) {
					// A "clause" with no verb is a misparse: "Harvest's
					// chief executive, Laura Chen, said…" with the
					// subject hung as the cue's complement; so is one
					// whose only verb is a noun the tagger misread
					// ("warns Pakistan of flood flows").
					continue
				}
				asks := requestLemma(tok.Lemma) || t.callsOn(i)
				// "called on people to protest", "urged members to
				// reject it" with the infinitive read as an adverbial
				// clause: what is asked, as an xcomp would be.
				asked := ct.Rel == "advcl" && asks && t.infinitive(int(c)) && t.child(i, "obj", "iobj") >= 0 && t.child(i, "obj", "iobj") < int(c)
				if ct.Rel == "ccomp" || (ct.Rel == "xcomp" || asked) && (wantLike(tok.Lemma) || asks && t.child(i, "obj", "iobj") >= 0) && (ct.UPOS == "VERB" || ct.UPOS == "AUX") &&
					!t.bareParticiple(int(c)) {
					// (Not a participle: "agreed the text of a treaty
					// meant to end the conflict" wants no "meant".)
					last := int(t.right[c]) + 1
					// "said Israel would not end the war until Hamas was
					// defeated" split by the parser into two clauses that
					// touch: one content.
					if n := t.touchingClause(i, int(c)); n >= 0 {
						last, joined = int(t.right[n])+1, n
					}
					start := t.clauseStart(i, int(c))
					if o := t.child(i, "obj", "iobj"); (ct.Rel == "xcomp" || asked) && o >= 0 && o < int(c) && asks && !t.quoted[o] {
						// "urged London to show more flexibility": what is
						// asked, of whom.
						start = int(t.left[o])
					}
					add(start, last, src, cueText(t, i), "")
					clausal = true
				} else if o := t.misreadObject(i, int(c)); o >= 0 {
					add(int(t.left[o]), int(t.right[c])+1, src, cueText(t, i), "")
					clausal = true
				}
			}
			if !clausal {
				// "announced in a statement this month that he had
				// reached a deal": a that-clause the parser hung from a
				// word of the cue's own adverbial is still its content.
				if first, last := dFirst, dLast; first >= 0 {
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
				if first, last := t.bareClause(i, src); first >= 0 {
					// "Civil rights activists say Charlotte officers
					// have been too aggressive" with the clause hung
					// elsewhere.
					add(first, last, src, cueText(t, i), "")
				} else if first, last := t.nounContent(i); last-first >= minNounContent && !(knowingLemma(tok.Lemma) && t.plainObject(i, first)) && !(tok.Lemma == "add" && !t.speechObject(first, last)) {
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
			if v := tok.Head; clause < 0 && v > i && strings.HasPrefix(tok.Rel, "nsubj") {
				// "Italy's demand that the fund be doubled was
				// rejected": the that-clause right after the subject,
				// whatever the parser hung it from.
				for _, c := range t.children(v) {
					if ci := int(c); ci > i && ci < v && int(t.left[ci]) == int(t.right[i])+1 {
						if m := t.child(ci, "mark"); m == int(t.left[ci]) && strings.EqualFold(a.Tokens[m].Text, "that") && t.child(ci, "nsubj", "nsubj:pass") >= 0 {
							clause = ci
						}
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
				if end-1 > i+2 && a.Tokens[end-1].Text == "," {
					end-- // the phrase's own closing comma
				}
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
			} else if i-1 > sent.First && a.Tokens[i-1].Text == "," && (int(t.right[src]) >= sent.Last-2 || t.creditToEnd(i+2, sent.Last)) {
				if h := t.phraseHead(i+2, sent.Last); h >= 0 {
					src = h
				}
				add(sent.First, i-1, src, "according to", "")
				continue
			}
			if i-1 > sent.First && a.Tokens[i-1].Text == "," && t.subjectSetOff(sent.First, i) {
				// "The plan, according to two officials, would begin
				// with a truce": the phrase splits a subject from its
				// verb; the sentence, as written, is what they said.
				if end := t.phraseEnd(i+2, sent.Last); end > i+2 && end+1 < sent.Last && a.Tokens[end].Text == "," {
					if x := a.Tokens[end+1].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
						if h := t.phraseHead(i+2, end); h >= 0 {
							src = h
						}
						credited = true
						add(sent.First, sent.Last, src, "according to", "")
						credited = false
						continue
					}
				}
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

// plainObject reports whether the content of cue i starting at token
// first is a plain noun phrase object ("Russian sovereignty over Crimea"),
// not a question ("what those questions are"), a clause or a prepositional
// phrase ("about his ability").
func (t *tree) plainObject(i, first int) bool {
	a := t.a
	for _, c := range t.children(i) {
		ci := int(c)
		if int(t.left[ci]) != first {
			continue
		}
		switch a.Tokens[first].XPOS {
		case "WP", "WDT", "WRB", "IN", "TO":
			return false
		}
		u := a.Tokens[ci].UPOS
		return a.Tokens[ci].Rel == "obj" && (u == "NOUN" || u == "PROPN" || u == "PRON")
	}
	return false
}

// matrixSpeaker returns the speaker of the cue whose reported clause holds
// the clause that pronoun src is the subject of ("X said he hoped…": X),
// or "": English makes the subject of a reported clause the reporter far
// more often than anyone else.
func (t *tree) matrixSpeaker(src int) string {
	a := t.a
	if src < 0 || a.Tokens[src].UPOS != "PRON" {
		return ""
	}
	switch strings.ToLower(a.Tokens[src].Text) {
	case "he", "she", "they", "it":
	default:
		return ""
	}
	v := a.Tokens[src].Head
	for steps := 0; v >= 0 && steps < 3; steps++ {
		h := a.Tokens[v].Head
		if h < 0 {
			return ""
		}
		switch a.Tokens[v].Rel {
		case "ccomp", "xcomp":
			if t.isCue(h) {
				if s := t.cueSource(h); s >= 0 && s != src {
					n, _ := t.speakerOf(s)
					return n
				}
				return ""
			}
		case "conj":
		default:
			return ""
		}
		v = h
	}
	return ""
}

// bareClause returns the clause a verb of saying or thinking reports
// without "that" where the parse hung it elsewhere ("Civil rights
// activists say Charlotte officers have been too aggressive", "supporters
// say the program, run by the department, has brought billions"): the
// rest of the sentence after the cue, when the cue has a subject before
// it, takes nothing after it but an object and subjectless clauses the
// parse hung there, and the words after it open a noun phrase and hold a
// finite verb. It returns -1, -1 otherwise.
func (t *tree) bareClause(i, src int) (int, int) {
	a := t.a
	if !clauseLemma(a.Tokens[i].Lemma) || src < 0 || src > i {
		return -1, -1
	}
	for _, c := range t.children(i) {
		ci := int(c)
		if ci < i {
			continue
		}
		switch a.Tokens[ci].Rel {
		case "obj", "punct":
		case "acl", "parataxis", "conj", "dep":
			// The clause's own words hung from the cue: its verb
			// ("has brought") or a participle on its subject ("run by
			// the department"), with no subject of their own — a
			// clause that has one is the cue's next clause ("said
			// the words, and then he left").
			if t.child(ci, "nsubj", "nsubj:pass", "expl") >= 0 || t.child(ci, "cc") >= 0 {
				return -1, -1
			}
		default:
			return -1, -1
		}
	}
	sent := a.Sentences[a.Tokens[i].Sent]
	first, last := i+1, sent.Last
	for last > first && a.Tokens[last-1].UPOS == "PUNCT" {
		last--
	}
	if first >= last || t.quoted[first] || strings.HasSuffix(a.Tokens[first].NER, "DATE") {
		return -1, -1
	}
	switch a.Tokens[first].UPOS {
	case "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ":
	default:
		return -1, -1
	}
	for k := first; k < last; k++ {
		if t.quoted[k] {
			return -1, -1
		}
		switch a.Tokens[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return first, last
		}
	}
	return -1, -1
}

// bareParticiple reports whether verb v is a participle or past form
// with neither "to" nor an auxiliary ("a treaty meant to end the
// conflict"): a description, not an infinitive a cue takes ("agreed to
// meet", "declined to be drawn").
func (t *tree) bareParticiple(v int) bool {
	if x := t.a.Tokens[v].XPOS; x != "VBN" && x != "VBD" {
		return false
	}
	return t.child(v, "mark", "aux", "aux:pass") < 0
}

// relativeClause reports whether clause c opens with a relative pronoun as
// its subject ("who did not travel").
func (t *tree) relativeClause(c int) bool {
	s := t.child(c, "nsubj", "nsubj:pass")
	first := int(t.left[c])
	for first < s && t.a.Tokens[first].UPOS == "PUNCT" {
		first++
	}
	if s < 0 || first != s {
		return false
	}
	x := t.a.Tokens[s].XPOS
	return x == "WP" || x == "WDT"
}

// describesNoun reports whether clause c opens right after a noun or a
// name, which a relative clause describes ("an Oklahoma Republican who
// has led the talks"), not after a verb whose question it is ("asked
// who else had received protection").
func (t *tree) describesNoun(c int) bool {
	first := int(t.left[c])
	k := first - 1
	if k < 0 {
		return false
	}
	switch strings.ToLower(t.a.Tokens[first].Text) {
	case "who", "which", "whom", "whose":
	default:
		return false // "that" may open what was said ("told MSNBC on Friday that …")
	}
	u := t.a.Tokens[k].UPOS
	return u == "NOUN" || u == "PROPN"
}

// hasVerb reports whether the subtree of token c holds a verb or an
// auxiliary (a copula included), as any clause does.
func (t *tree) hasVerb(c int) bool {
	for k := t.left[c]; k <= t.right[c]; k++ {
		if u := t.a.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// nounInDisguise reports whether clause c's head, tagged a verb, takes a
// dependent only a noun takes (a determiner or a compound: "Pakistan of
// flood flows" with "flows" read as a verb) and no object, and its subtree
// holds no other verb or auxiliary: the tagger's noun, not a clause. (A
// possessive hung from a verb is the parser's slip on its subject's:
// "Mrs. Clinton's statistical advantage obscures concerns".)
func (t *tree) nounInDisguise(c int) bool {
	a := t.a
	if u := a.Tokens[c].UPOS; u != "VERB" && u != "AUX" {
		return false
	}
	nominal := false
	for _, k := range t.children(c) {
		switch a.Tokens[k].Rel {
		case "det", "compound":
			nominal = true
		case "obj", "iobj", "ccomp", "xcomp":
			return false
		}
	}
	if !nominal {
		return false
	}
	for k := int(t.left[c]); k <= int(t.right[c]); k++ {
		if u := a.Tokens[k].UPOS; k != c && (u == "VERB" || u == "AUX") {
			return false
		}
	}
	return true
}

// callsOn reports whether cue i is "call on" or "call upon", a request
// of whom it names ("called on people to protest peacefully").
func (t *tree) callsOn(i int) bool {
	if t.a.Tokens[i].Lemma != "call" {
		return false
	}
	p := t.child(i, "compound:prt")
	return p >= 0 && (strings.EqualFold(t.a.Tokens[p].Text, "on") || strings.EqualFold(t.a.Tokens[p].Text, "upon"))
}

// infinitive reports whether clause c is opened by "to".
func (t *tree) infinitive(c int) bool {
	m := t.child(c, "mark")
	return m >= 0 && infinitiveMark(&t.a.Tokens[m])
}

// touchingClause returns the clause hung from cue i that starts right where
// clause c ends, with no punctuation between, or -1: one clause the parser
// cut in two ("…until Hamas | was defeated"), since a second complement or
// a parenthetical clause would be set off by a comma or a conjunction.
func (t *tree) touchingClause(i, c int) int {
	for _, k := range t.children(i) {
		r := t.a.Tokens[k].Rel
		if ki := int(k); ki > c && (r == "ccomp" || r == "parataxis" || r == "dep") && int(t.left[ki]) == int(t.right[c])+1 &&
			t.a.Tokens[ki].UPOS != "PUNCT" && t.a.Tokens[int(t.left[ki])].UPOS != "PUNCT" {
			return ki
		}
	}
	return -1
}

// minOwnWords is the fewest unquoted words a reported clause holds beside
// any quotation in it.
const minOwnWords = 3

// quoteBalance returns how many more quotations tokens [first, last) open
// than they close (below zero: they close one opened before them).
func quoteBalance(t *tree, first, last int) int {
	n := 0
	for k := first; k < last; k++ {
		switch w := t.a.Tokens[k].Text; {
		case w == "“" || w == "‘":
			n++
		case w == "\"":
			if k == first || t.a.Tokens[k].Start > t.a.Tokens[k-1].End {
				n++ // a straight mark after a space opens
			} else {
				n--
			}
		case closingMark(w):
			n--
		}
	}
	return n
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

// contentComp returns cue i's clausal complement ("ccomp") other than a
// participle aside after it (participleAside), or -1.
func (t *tree) contentComp(i int) int {
	for _, c := range t.children(i) {
		if ci := int(c); t.a.Tokens[ci].Rel == "ccomp" && !t.participleAside(i, ci) && !t.fragmentComp(i, ci) {
			return ci
		}
	}
	return -1
}

// fragmentComp reports whether clause c of cue i is a piece of the clause
// the cue credits, which the parser hung from the cue: "…agreed to buy
// Brasserie Lemaire for about $9 billion, ending months of talks, the
// companies said" read with "$9 billion…" as what was said. A closing
// credit hung from the main clause reports all of it.
func (t *tree) fragmentComp(i, c int) bool {
	a := t.a
	h := a.Tokens[i].Head
	return a.Tokens[i].Rel == "parataxis" && h >= 0 && h < c && c < i && int(t.left[c]) > int(t.left[h]) && t.closingAttribution(i) >= 0
}

// participleAside reports whether clause c of cue i opens after the cue
// with a comma and a present participle ("…, the people said, asking not
// to be identified", "…, he said, speaking from Geneva"): a remark on the
// saying, which the parser may take for what was said; or with a past
// participle right after "when", "once", "after"… and no subject of its
// own ("…, the chief executive said when asked about the fund's
// comments"): when the saying was done (not a condition: "he said unless
// it was put up for discussion the EU would…" reports all of it).
func (t *tree) participleAside(i, c int) bool {
	a := t.a
	if x := a.Tokens[c].XPOS; c > i+1 && (x == "VBN" || x == "VBD") && int(t.left[c]) == c-1 && t.subjectChild(c) < 0 {
		switch strings.ToLower(a.Tokens[c-1].Text) {
		case "when", "while", "once", "after", "before", "whenever":
			return true
		}
	}
	l := int(t.left[c])
	if a.Tokens[l].Text == "," {
		l++ // the comma hung inside the clause
	}
	if l <= i+1 || l >= len(a.Tokens) || a.Tokens[l].XPOS != "VBG" || a.Tokens[l-1].Text != "," {
		return false
	}
	// Only the cue's own words between it and the comma.
	for k := i + 1; k < l-1; k++ {
		if a.Tokens[k].UPOS == "VERB" || a.Tokens[k].UPOS == "AUX" || t.quoted[k] {
			return false
		}
	}
	return true
}

// realObject reports whether cue i takes an object other than the day it
// was said on ("said Thursday" read as an object).
func (t *tree) realObject(i int) bool {
	for _, c := range t.children(i) {
		if ct := &t.a.Tokens[c]; ct.Rel == "obj" && !isDayWord(strings.ToLower(ct.Text)) {
			return true
		}
	}
	return false
}

// infinitiveMark reports whether a token is the "to" of an infinitive.
func infinitiveMark(tok *nlp.Token) bool {
	return strings.EqualFold(tok.Text, "to") && (tok.UPOS == "PART" || tok.Rel == "mark")
}

// negation reports whether a token negates what follows it ("not",
// "never").
func negation(tok *nlp.Token) bool {
	switch strings.ToLower(tok.Text) {
	case "not", "never", "n't":
		return true
	}
	return false
}

// anonymityRequest reports whether the content [first, last) is a
// source's request not to be named ("not to be named", "to be identified
// because…", "not to be quoted by name"): an infinitive, negated or not,
// whose verb is a passive of naming.
func (t *tree) anonymityRequest(first, last int) bool {
	a := t.a
	i := first
	if i < last && negation(&a.Tokens[i]) {
		i++
	}
	if i+1 >= last || !infinitiveMark(&a.Tokens[i]) || !strings.EqualFold(a.Tokens[i+1].Lemma, "be") {
		return false
	}
	v := i + 2
	if v >= last || a.Tokens[v].XPOS != "VBN" {
		return false
	}
	switch a.Tokens[v].Lemma {
	case "name", "identify", "quote", "cite":
		return true
	}
	return false
}

// speechObject reports whether the noun phrase [first, last) a cue takes
// is something said ("added a note of caution", "added a warning"): it
// holds a noun of saying. What else
// one adds is no speech ("would add $8.8 billion to its costs", "add up
// to the number").
func (t *tree) speechObject(first, last int) bool {
	a := t.a
	for i := first; i < last; i++ {
		if tk := &a.Tokens[i]; tk.UPOS == "NOUN" && (speechNoun(tk.Lemma) || contentNoun(tk.Lemma)) {
			return true
		}
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

// dashesBetween counts the dashes outside quotation marks in tokens
// [from, to).
func (t *tree) dashesBetween(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if isDash(t.a.Tokens[k].Text) && !t.quoted[k] {
			n++
		}
	}
	return n
}

// conditional reports whether verb i heads a clause opened by "if" or
// "unless": a condition, not something anyone has said, done or holds.
func (t *tree) conditional(i int) bool {
	m := t.child(i, "mark")
	return m >= 0 && m < i && (strings.EqualFold(t.a.Tokens[m].Text, "if") || strings.EqualFold(t.a.Tokens[m].Text, "unless"))
}

// openDecision reports whether cue i is a verb of deciding whose
// complement is a question ("decide whether", "determine if"): nothing
// has been found or said yet.
func (t *tree) openDecision(i int) bool {
	switch t.a.Tokens[i].Lemma {
	case "decide", "determine", "rule":
	default:
		return false
	}
	c := t.contentComp(i)
	if c < 0 {
		return false
	}
	m := t.child(c, "mark")
	return m >= 0 && m < c && (strings.EqualFold(t.a.Tokens[m].Text, "whether") || strings.EqualFold(t.a.Tokens[m].Text, "if"))
}

// isDash reports whether w is a dash that sets off an aside.
func isDash(w string) bool { return w == "—" || w == "–" || w == "--" }

// strongCue reports whether a cue's surface form is a verb of saying that
// is no weak cue.
func strongCue(cue string) bool {
	l, ok := lowerHas(cueVerbs, cue)
	return ok && !weakCues[l]
}

// judgingVerb reports whether the verb that token src is the subject of
// judges aloud ("denounce", "criticize", "defend").
func (t *tree) judgingVerb(src int) bool {
	v := t.a.Tokens[src].Head
	return v >= 0 && t.a.Tokens[v].UPOS == "VERB" && evaluativeLemma(t.a.Tokens[v].Lemma)
}
