package summarize

// How statements records a piece of reported content: its edges, whether
// it is reported speech at all, and who said it.

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// add records the content [first, last) of cue, said by the source
// token src (or, when who is not empty, by who as written).
//
// The content's edges are settled first (contentSpan), content that is a
// quotation's or too little of the writer's own is left out
// (notReported), a quotation it opens is closed (closeQuotation); a span
// is taken once, in the story's body, and its speaker found (creditFor).
func (sf *statementFinder) add(first, last, src int, cue, who string) {
	first, last, ok := sf.contentSpan(first, last)
	if !ok {
		return
	}
	if sf.notReported(first, last, src) {
		return
	}
	first, last = sf.closeQuotation(first, last)
	a := sf.a
	st, en := a.Tokens[first].Start, a.Tokens[last-1].End
	if st < 0 || en <= st || en-st > maxStatementBytes || sf.seen[[2]int{st, en}] || len(*sf.out) == maxStatements {
		return
	}
	if !sf.body(sf.sentOf(st)) {
		return
	}
	sf.seen[[2]int{st, en}] = true
	si := sf.sentOf(st)
	speaker, carried, ok := sf.creditFor(src, si, cue, who)
	if !ok {
		return
	}
	*sf.out = append(*sf.out, Statement{Text: a.Text[st:en], Speaker: speaker, Cue: cue, Sentence: si, Start: st, End: en, carried: carried})
}

// addCredited is add for content that runs on past a credit set off
// inside it ("The deal, Ruiz said, is dead"): the sentence as written,
// whose credit words are not a reason to drop or cut it (credited).
func (sf *statementFinder) addCredited(first, last, src int, cue, who string) {
	sf.credited = true
	sf.add(first, last, src, cue, who)
	sf.credited = false
}

// contentSpan returns the content [first, last) trimmed to what was
// reported: without its edge punctuation and conjunctions, with a
// negation before its infinitive, and ending before a credit or the
// close of a dashed aside the parser took into it. It reports false for
// content that is no one's report (a wish to stay anonymous) or is under
// two tokens.
func (sf *statementFinder) contentSpan(first, last int) (int, int, bool) {
	t, a := sf.t, sf.a
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
		return first, last, false
	}
	// "…wants the board to engage, according to people familiar
	// with the matter": the credit after the comma is not content.
	for k := first + 1; k+2 < last && !sf.credited; k++ {
		if a.Tokens[k].Text == "," && nlp.EqualFoldLower(a.Tokens[k+1].Text, "according") && nlp.EqualFoldLower(a.Tokens[k+2].Text, "to") {
			last = k
			break
		}
	}
	// "…agreed to extend the ceasefire for six months, negotiators
	// for both sides said in a joint statement": a closing credit
	// the parser hung inside the content ends it.
	if !sf.credited {
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
		return first, last, false
	}
	return first, last, true
}

// notReported reports whether the content [first, last) of source src is
// no statement: it holds its own speaker, it is a quotation with the
// words that credit it, or it has too few words of the writer's own.
func (sf *statementFinder) notReported(first, last, src int) bool {
	t, a := sf.t, sf.a
	// Content that holds its own speaker ("“…,” a company
	// spokeswoman, Dana Price, said" read as one clause) is the
	// quotation and its credit, not something reported — unless
	// the credit is set off inside it (credited, below).
	if src >= first && src < last && !t.quoted[src] && !sf.credited {
		return true
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
				return true
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
		return true
	}
	return false
}

// closeQuotation returns the content [first, last) widened to take in
// the rest of a quotation it opens or the opening mark of one it closes,
// so that no quotation is cut open.
func (sf *statementFinder) closeQuotation(first, last int) (int, int) {
	t, a := sf.t, sf.a
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
	return first, last
}

// creditFor returns the speaker of content in sentence si that the source
// token src said with cue (who, when it is not empty, as written): the
// group the story just described, the source's name, the speaker of the
// cue that reports the source's clause, the text or body an "it" stands
// for, or the group of people a "they" goes on for (carried). It notes a
// group described, not named, for a "they" after it. It reports false for
// the writer's or a reader's voice ("we know…"), which is left out.
func (sf *statementFinder) creditFor(src, si int, cue, who string) (string, bool, bool) {
	t, a := sf.t, sf.a
	speaker := who
	if speaker == "" && *sf.group != "" && si-sf.groupSent <= 1 && src >= 0 && nlp.EqualFoldLower(a.Tokens[src].Text, "they") {
		// "…, the people said. No decision has been made, they
		// said.": the sources the story just described, not a body
		// coreference may offer.
		speaker = *sf.group
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
		sf.groupSent, *sf.group = si, speaker
	}
	if speaker == "" {
		// "Mexico's economy minister said he hoped…": a pronoun
		// coreference left open, in the clause another cue
		// reports, is that cue's speaker.
		speaker = t.matrixSpeaker(src)
	}
	if speaker == "" && src >= 0 && nlp.EqualFoldLower(a.Tokens[src].Text, "it") && !t.quoted[src] && (strongCue(cue) || t.judgingVerb(src)) {
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
		return "", false, false
	}
	if speaker != "" && (sf.noSpeaker || !t.speakable(speaker)) {
		// "The demand | pledges": a subject that names no one
		// cannot be credited; the content stays, with no speaker
		// (not shown in a brief).
		speaker = ""
	}
	return speaker, carried, true
}
