package summarize

import (
	"strings"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// quoteCue is where the tree says a quotation comes from.
type quoteCue struct {
	cue     int // the cue token, or -1
	src     int // the source token, or -1
	cueText string
	linked  bool // the tree links the cue to the quotation
}

// treeSpeakers gives each quotation the speaker the dependency tree
// names where the tree links a cue verb to it: the subject of the cue
// whose clause holds the quotation (or that hangs from it: "…,” he said),
// or the object of "according to", resolved through coreference to the
// fullest name. Quotations the tree does not link keep the speaker found
// before, and one standing alone takes the previous quotation's.
func (d *doc) treeSpeakers(t *tree) {
	for qi := range d.quotes {
		q := &d.quotes[qi]
		at := &d.attrs[qi]
		if at.drop && !at.unnamed || len(q.segs) == 0 || at.how == "label" || at.how == "read" {
			continue
		}
		c := t.quoteCue(q)
		if c.src < 0 {
			if at.drop && at.unnamed || at.how == "subject" {
				// "The final text “invites developing country Parties
				// to contribute…”": a text that is the subject of the
				// clause holding the quoted words speaks them; and "The
				// protocol commits the Frente to “suspend…”" is the
				// protocol's, not the Frente's the words before found.
				d.creditText(t, q, at)
			}
			continue
		}
		if o := t.reportingCue(c.cue); c.linked && o >= 0 && !t.personSource(c.src) && !t.roleTold(c) && !t.heardOpening(o) {
			// "He added that Washington would respond “with all tools
			// available”": words quoted inside what someone reports
			// are the reporter's, not a country's or a body's the
			// clause is about; but "He said a senior executive had
			// told him that the clause was “…”" are the executive's.
			// So are a body's that "it" takes up in what the body
			// reports ("The Brazilian delegation said that it backed
			// “…”").
			if s := t.cueSource(o); s >= 0 && (t.personSource(s) && !firstOrSecondPerson(t.a.Tokens[s].Text) || t.itTakesUp(c.src, s)) {
				c.src, c.cue, c.cueText = s, o, cueText(t, o)
			}
		}
		name, ok := t.speakerOf(c.src)
		// "a summary sent to members on Monday," with the comma that
		// closes the phrase: the words alone.
		name = strings.TrimRight(name, ",;: ")
		if e := t.selfNamed(c.src, t.tokenAt(q.segs[0].start), t.tokenAt(q.segs[len(q.segs)-1].end)); e >= 0 && c.linked {
			name, ok = t.entityFullName(e), true
		}
		if (!ok || name == "") && c.linked && nlp.EqualFoldLower(t.a.Tokens[c.src].Text, "it") {
			// "“…,” it said." with "it" left open: a text or a body
			// the sentence before made its subject ("The statement
			// from the operators was blunt."), or no one; never the
			// person who spoke before, whom a quotation standing alone
			// would go on with. A body found before stays; words that
			// name no one ("the floor was") are no body.
			body := false
			if at.speaker != "" && t.speakable(at.speaker) && !t.toldOf(c.cue, t.tokenAt(q.segs[0].start), at.speaker) {
				e := d.entityOfSpeaker(at.speaker)
				body = e < 0 || d.ents[e].kind != KindPerson
			}
			name := t.itSource(c.src)
			if body && (at.how != "float" || name == "") {
				continue
			}
			if at.drop {
				// A fragment no one was found for, inside what "it"
				// reports ("It also describes the combination as
				// “…”"): the text's or the body's words, when the
				// sentence before names it; else a scare quote.
				if name == "" || c.cue < 0 || !t.governs(c.cue, t.tokenAt(q.segs[0].start)) {
					continue
				}
				at.drop = false
			}
			at.speaker, at.cue, at.how = name, c.cueText, "tree"
			at.ent = d.entityOfSpeaker(at.speaker)
			continue
		}
		if !ok || name == "" {
			// "“…,” he said" left open by the tree: a speaker found
			// before who cannot be a "he" ("Ida Sørensen", a place)
			// is none; better no name than a wrong one.
			if g := wordGender(t.a.Tokens[c.src].Text); g != 0 && c.linked && at.speaker != "" && d.genderClash(t, at.speaker, g) {
				at.speaker, at.ent = "", -1
			}
			// Nor is it one its own clause names ("“…,” she said when
			// told of Villaruel's remarks"), but the person of the
			// pronoun's sex named last before it other than those.
			if c.linked && at.speaker != "" && wordGender(t.a.Tokens[c.src].Text) != 0 && t.namedBelow(c.src, at.speaker) {
				at.speaker, at.ent = "", -1
				if e := t.nearestUnbound(c.src); e >= 0 {
					at.speaker, at.cue, at.how = t.entityFullName(e), c.cueText, "tree"
					at.ent = d.entityOfSpeaker(at.speaker)
				}
			}
			continue
		}
		if at.drop {
			// A fragment the surface credited to no one is a quotation
			// only where the tree puts it inside what a cue reports
			// ("warned that the government “will not sit on its
			// hands”"); otherwise it stays a scare quote.
			first := t.tokenAt(q.segs[0].start)
			if !t.accordingClause(c, first) && (c.cue < 0 || !t.governs(c.cue, first) || !c.linked && !t.reportedIn(c.cue, first)) {
				// Nor is it the cue's, but a text's when one is the
				// subject of its clause ("The officials endorsed a draft
				// that commits the sides to “…”": the draft's words).
				d.creditText(t, q, at)
				continue
			}
			at.drop = false
		}
		if !properName(name) && properName(at.speaker) && t.actorNamed(at.speaker) && !t.indefinite(c.src) && t.clusterNewcomer(c.src) < 0 && !t.namedBefore(c.src) &&
			!(t.a.Tokens[c.src].XPOS == "NNS" && !startsUpper(t.a.Tokens[c.src].Text) && d.personSpeaker(at.speaker)) &&
			c.cueText != wordsOfCue && !t.unnamedSource(c.src) && !(containsWords(name, at.speaker) && t.personWord(c.src)) && !t.writtenSource(c.src, at.speaker) &&
			t.officeOf(c.src) == "" && !(t.documentNoun(c.src, at.speaker) && d.personSpeaker(at.speaker)) &&
			!(t.personWord(c.src) && (d.bodySpeaker(at.speaker) || t.bodyNamed(at.speaker))) &&
			!(at.how == "float" && c.linked && t.a.Tokens[c.src].UPOS == "NOUN" && !t.personWord(c.src) && d.personSpeaker(at.speaker)) &&
			!t.countryBody(c.src, at.speaker) {
			// A description the tree could not resolve ("the
			// minister") where the speaker found before is a name; but
			// "an insider", "one mother" bring in someone new, whom no
			// name before stands for, and "in the words of the
			// patient" says whose words follow; nor does one who
			// spoke "on condition of anonymity". A name a
			// person's description holds is no one it stands for
			// ("the former New Mexico governor" is not New Mexico;
			// "the Ashbury board" does speak for Ashbury), and a
			// text speaks for itself ("a letter from his doctor
			// that says…"), and a report or a letter no owner was
			// found for is no person who spoke before it ("“…,” the
			// report said." after a chief executive's words), nor
			// does an office ("the mayor's office
			// said Haskell had…" is the office's), nor are many ("the
			// nurses chanted") one person named before, nor is a person
			// ("the union boss said") a body found before, nor a body
			// that says the words ("“…,” the alliance said") a person
			// only standing near them, nor is a country the body of its
			// own that its name says whose it is ("the US embassy in
			// Quito said", "The United States delegation said").
			continue
		}
		at.speaker, at.cue, at.how = name, c.cueText, "tree"
		at.ent = d.entityOfSpeaker(name)
	}
	for qi := range d.attrs {
		// A speaker put together from words around the quotation that
		// name no one ("her right foot was", "the proposed overhaul")
		// is none: better no name than a wrong one.
		at := &d.attrs[qi]
		if at.speaker != "" && !t.speakable(at.speaker) {
			at.speaker, at.ent = "", -1
			continue
		}
		// "Joaquim “Tatu” dos Reis": the person by name, without the
		// nickname in marks.
		at.speaker = withoutNickname(nlp.PERSON, at.speaker)
		// A short form the text defines, however it was found ("The
		// CFST"), or the initials of the one body it names in full
		// ("the MSC"): the name it stands for.
		short := strings.TrimPrefix(strings.TrimPrefix(at.speaker, "the "), "The ")
		n := t.definedName(short)
		if n == "" {
			n = t.spelledOutBody(short)
		}
		if n != "" {
			at.speaker, at.ent = n, d.entityOfSpeaker(n)
		}
	}
	d.turnSpeakersQuoting(t)
	d.carryFloats()
	for qi := range d.quotes {
		at := &d.attrs[qi]
		if at.how != "float" && at.how != "none" && at.how != "float-focus" || at.drop || len(d.quotes[qi].segs) == 0 {
			continue
		}
		if name := t.revealedAfter(&d.quotes[qi]); name != "" {
			if name != at.speaker {
				at.speaker, at.how = name, "tree-revealed"
				at.ent = d.entityOfSpeaker(name)
			}
		} else if at.how == "float-focus" {
			continue
		} else if name := t.reportBefore(&d.quotes[qi]); name != "" && name != at.speaker {
			at.speaker, at.how = name, "tree-report"
			at.ent = d.entityOfSpeaker(name)
		} else if name := t.personOpening(&d.quotes[qi]); name != "" && name != at.speaker {
			at.speaker, at.how = name, "tree-intro"
			at.ent = d.entityOfSpeaker(name)
		}
	}
	// The quotations standing alone after those go on with their
	// speakers.
	d.carryFloats()
}

// turnSpeakersQuoting credits a quotation inside a transcript's turn that
// the tree gives to "I" ("A farmer asked me, “…?” I told him, “…”") and
// no one else to the turn's speaker: in a turn, "I" is whoever speaks
// it, not the writer.
func (d *doc) turnSpeakersQuoting(t *tree) {
	for qi := range d.quotes {
		at := &d.attrs[qi]
		q := &d.quotes[qi]
		if at.drop || at.speaker != "" || d.quoteLabel[qi] != "" || len(q.segs) == 0 {
			continue
		}
		label := ""
		for _, tu := range d.turns {
			if tu.words.start <= q.open && q.close <= tu.words.end {
				label = tu.label
				break
			}
		}
		if label == "" {
			continue
		}
		c := t.quoteCue(q)
		if c.src < 0 || !c.linked || !nlp.EqualFoldLower(t.a.Tokens[c.src].Text, "i") {
			continue
		}
		if name, ei := d.labelSpeaker(label); name != "" {
			at.speaker, at.ent, at.cue, at.how = name, ei, c.cueText, "tree"
		}
	}
}

// personOpening returns, for a quotation standing alone that opens a
// paragraph, the person the sentence right before it is about: a name the
// entity model reads as a person's, the subject of that sentence's main
// verb, which quotes nothing ("Inger Marie Gaup, who herds with her two
// sons on the western edge of the plateau, voted against the agreement. ¶
// “The turbines will stop for six weeks.…”"), or whom that subject's
// "he" or "she" stands for where the chains say. News brings a voice in so
// and quotes it next; another person opening a sentence in between takes
// over from the speaker before (previousQuote), which the tree's entities
// tell where the name lists cannot.
func (t *tree) personOpening(q *quoteSpan) string {
	a := t.a
	s0 := t.openingSentence(q)
	if s0 < 0 || !a.Sentences[s0].NewPar {
		return ""
	}
	pv := a.Sentences[s0-1]
	root := -1
	for k := pv.First; k < pv.Last; k++ {
		if t.quoted[k] {
			return ""
		}
		if a.Tokens[k].Head < 0 {
			root = k
		}
	}
	if root < 0 {
		return ""
	}
	src := t.subjectOf(root)
	if src >= 0 && a.Tokens[src].UPOS == "PRON" && wordGender(a.Tokens[src].Text) != 0 {
		// "He stood, rather than sit in the chair …": whom the
		// pronoun stands for, where the chains say.
		if name, ok := t.speakerOf(src); ok && name != "" {
			return name
		}
		return ""
	}
	if src < 0 || a.Tokens[src].UPOS != "PROPN" {
		return ""
	}
	// The name: the subject and the words of the name that hang on it
	// ("Inger" and its "Marie Gaup"), one of them read as a person's
	// (the model may miss a given name opening a sentence).
	if r := a.Tokens[src].Rel; (r == "flat" || r == "compound") && a.Tokens[src].Head >= 0 && a.Tokens[a.Tokens[src].Head].UPOS == "PROPN" {
		src = a.Tokens[src].Head // the name's head: "Inger" of "Inger Marie Gaup"
	}
	lo, hi, person := src, src, false
	for k := pv.First; k < pv.Last; k++ {
		if k == src || a.Tokens[k].Head == src && (a.Tokens[k].Rel == "flat" || a.Tokens[k].Rel == "compound") && a.Tokens[k].UPOS == "PROPN" {
			lo, hi = min(lo, k), max(hi, k)
			person = person || strings.HasSuffix(a.Tokens[k].NER, "PERSON")
		}
	}
	if !person {
		return ""
	}
	var b strings.Builder
	for k := lo; k <= hi; k++ {
		if a.Tokens[k].UPOS != "PROPN" {
			return "" // not one name
		}
		if k > lo {
			b.WriteByte(' ')
		}
		b.WriteString(a.Tokens[k].Text)
	}
	return b.String()
}

// revealedAfter returns, for a quotation standing alone, the person the
// sentence right after it says spoke it: by its words (revealedWords:
// "The words came from …"), or with "that" or "those" and the verb "to
// be" ("“This is a $38 million bet…” ¶ That was Councilmember
// Rhonda Jeffries, one of the three no votes, speaking before the
// vote."): a name the entity model reads as a person's, the clause's
// head; "" otherwise.
func (t *tree) revealedAfter(q *quoteSpan) string {
	a := t.a
	last := t.tokenAt(q.segs[len(q.segs)-1].end - 1)
	if last < 0 || last >= len(a.Tokens) {
		return ""
	}
	s := a.Tokens[last].Sent + 1
	if s >= len(a.Sentences) {
		return ""
	}
	if n := t.revealedWords(s); n != "" {
		return n
	}
	nx := a.Sentences[s]
	r := t.sentenceRoot(s)
	if r < 0 || a.Tokens[r].UPOS != "PROPN" || t.quoted[r] {
		return ""
	}
	subj, cop := t.child(r, "nsubj"), t.child(r, "cop")
	if subj != nx.First || cop < 0 || !nlp.EqualFoldLower(a.Tokens[cop].Lemma, "be") {
		return ""
	}
	switch strings.ToLower(a.Tokens[subj].Text) {
	case "that", "those", "this":
	default:
		return ""
	}
	e := t.entityAt(r)
	if e < 0 && r+1 < nx.Last {
		// "That was Councilmember Rhonda Jeffries", with the title
		// (which no list may hold) read as the clause's head: the name
		// right after it.
		if n := t.entityAt(r + 1); n >= 0 && a.Entities[n].First == r+1 {
			e = n
		}
	}
	if e < 0 || a.Entities[e].Type != nlp.PERSON {
		return ""
	}
	return t.entityFullName(e)
}

// openingSentence returns the sentence quotation q opens (its mark and
// words the sentence's first), when a sentence comes before it; -1
// otherwise.
func (t *tree) openingSentence(q *quoteSpan) int {
	a := t.a
	first := t.tokenAt(q.segs[0].start)
	if first <= 0 || first >= len(a.Tokens) {
		return -1
	}
	s0 := a.Tokens[first].Sent
	if s0 == 0 || first-a.Sentences[s0].First > 1 {
		return -1
	}
	return s0
}

// reportBefore returns, for a quotation standing alone, who speaks in the
// sentence right before it when that sentence reports what someone said
// ("Swift's rep told Fox News that this was not the whole truth. “Big
// Machine is trying to deflect…”"): the quotation goes on with that
// speaker rather than with an earlier quotation's. The sentence must be
// in the quotation's paragraph or close the one before, quote nothing,
// and have a verb of saying with a clause as its main verb.
func (t *tree) reportBefore(q *quoteSpan) string {
	a := t.a
	s0 := t.openingSentence(q)
	if s0 < 0 {
		return ""
	}
	pv := a.Sentences[s0-1]
	for k := pv.First; k < pv.Last; k++ {
		if t.quoted[k] {
			return ""
		}
	}
	root := -1
	for k := pv.First; k < pv.Last; k++ {
		if a.Tokens[k].Head < 0 {
			root = k
			break
		}
	}
	if root < 0 || !t.isCue(root) || !cueLemma(a.Tokens[root].Lemma) || t.child(root, "ccomp") < 0 {
		return ""
	}
	src := t.subjectOf(root)
	if src < 0 || a.Tokens[src].UPOS == "PRON" && t.clusterAt(src) < 0 {
		return ""
	}
	name, ok := t.speakerOf(src)
	st := &a.Tokens[src]
	resolvedText := st.UPOS == "NOUN" && speechNoun(st.Lemma) && !strings.Contains(strings.ToLower(name), strings.ToLower(st.Text))
	if !ok || name == "" || st.UPOS != "PROPN" && st.UPOS != "PRON" && !t.speakingNoun(src) && !resolvedText {
		// "The agreement maintained that…" reports what a text holds,
		// not someone who goes on speaking.
		return ""
	}
	return name
}

// carryFloats gives each quotation standing alone the previous speaker
// again (see attribute), now that the tree has named them.
func (d *doc) carryFloats() {
	for qi := range d.quotes {
		if at := &d.attrs[qi]; at.how == "float" {
			if prev := d.previousSpeaker(qi); prev >= 0 {
				at.speaker, at.ent = d.attrs[prev].speaker, d.attrs[prev].ent
			}
		}
	}
}

// quoteCue finds the cue of a quotation: among the unquoted tokens of the
// sentences the quotation touches (and a short sentence right after it,
// "…” he said.", or a sentence before it that ends in a colon), the cue
// verb linked to the quotation in the tree, else the nearest cue.
func (t *tree) quoteCue(q *quoteSpan) quoteCue {
	a := t.a
	best := quoteCue{cue: -1, src: -1}
	if len(a.Tokens) == 0 {
		return best
	}
	qs, qe := q.segs[0].start, q.segs[len(q.segs)-1].end
	first := t.tokenAt(qs)
	last := t.tokenAt(qe) // first token after the quoted words
	if first >= len(a.Tokens) {
		return best
	}
	s0 := a.Tokens[first].Sent
	s1 := s0
	if last > 0 {
		s1 = a.Tokens[min(last, len(a.Tokens))-1].Sent
	}
	lo, hi := a.Sentences[s0].First, a.Sentences[s1].Last
	// "…,” he said. split off as a sentence of its own (in the same
	// paragraph: a short sentence opening the next one, "Not all
	// Republicans agree.", is the story going on).
	if s1+1 < len(a.Sentences) && hi-last <= 2 {
		nx := a.Sentences[s1+1]
		if (nx.Last-nx.First <= 8 || t.bareAttribution(s1+1) || t.demonstrativeCredit(s1+1) >= 0) && !t.quoted[nx.First] && !nx.NewPar {
			hi = nx.Last
		}
	}
	// "X said:" in the sentence before.
	if s0 > 0 && first-lo <= 1 {
		pv := a.Sentences[s0-1]
		if pv.Last > pv.First && a.Tokens[pv.Last-1].Text == ":" {
			lo = pv.First
		}
	}
	// "“Every name on that list is a mother waiting at a door.” / —
	// Huda Nasser al-Sabri, Abductees’ Mothers Association": a pull
	// quote or an epigraph standing alone in its paragraph, credited on
	// the line after it by a dash and a name.
	if s0 > 0 && a.Sentences[s0].NewPar && t.onlyPunct(lo, first) && t.onlyPunct(min(last, len(a.Tokens)), a.Sentences[s1].Last) {
		if src := t.dashCredit(s1 + 1); src >= 0 {
			return quoteCue{cue: a.Sentences[s1+1].First, src: src, cueText: a.Tokens[a.Sentences[s1+1].First].Text, linked: true}
		}
	}
	// "That was the warning from…" after the quotation: its noun.
	named := t.demonstrativeCredit(s1 + 1)
	bestScore := 1 << 30
	for i := lo; i < hi; i++ {
		if t.quoted[i] {
			continue
		}
		var src int
		var cue string
		switch {
		case t.isCue(i):
			if (learningLemma(a.Tokens[i].Lemma) || evidenceLemma(a.Tokens[i].Lemma)) && !t.inClauseOf(i, first) && !t.rememberedAloud(i, last) {
				// One who heard, learned or knew something reports
				// nothing of his own: such a verb gives the speaker
				// only of words inside its that-clause, not of words
				// it merely governs ("his extradition hearing because
				// of his “history of absconding”"); nor does one who
				// showed or proved a thing ("both delegations had
				// shown “courage and patience”", said the host).
				continue
			}
			src, cue = t.quotedAs(i), cueText(t, i)
			if src < 0 {
				src = t.subjectOf(i)
			}
			if src < 0 {
				// "…, said Derek Scissors, a China scholar", with the
				// name parsed as the object of the inverted verb.
				src = t.invertedSource(i)
			}
			if src < 0 && last < i {
				// "…,” the chair of the committee, Chilean ambassador
				// Inés Carrasco, told the plenary", with the role hung
				// off the quotation.
				src = t.strandedSubject(last, i)
			}
			if src < 0 && a.Tokens[i].Lemma == "read" {
				// "“…,” reads the first article of the protocol".
				if o := t.child(i, "obj"); o > i {
					src = o
				}
			}
		case i > last && i == named:
			// "“We will shut the network down.” That was the warning
			// from the union's leader, Mick Dalton.": the sentence
			// after says whose words they were.
			src, cue = t.creditFrom(i), a.Tokens[i].Text
			if n := t.child(i, "nsubj"); a.Tokens[i].UPOS == "VERB" && n >= 0 {
				cue = a.Tokens[n].Text // "The words belong to…": the words
			}
		case nlp.EqualFoldLower(a.Tokens[i].Text, "according") && i+1 < hi && nlp.EqualFoldLower(a.Tokens[i+1].Text, "to"):
			src, cue = a.Tokens[i].Head, "according to"
		case t.inWordsOf(i) >= 0:
			// "in the words of the patient: “…”", "in Smith's words".
			src, cue = t.inWordsOf(i), wordsOfCue
		case t.participleBefore(i, first) >= 0:
			// "As one veteran of the projects commented: “…”" with
			// "commented" taken for a participle of "projects".
			src, cue = t.participleBefore(i, first), cueText(t, i)
		case t.parentheticalGoOn(i, first, last):
			// "“…,” the statement continued.": a verb of going on set off
			// by the quotation says who is still speaking.
			src, cue = t.subjectOf(i), cueText(t, i)
		case t.textReads(i, first, last) >= 0:
			// "“…,” the statement read.", with "read" taken for a noun.
			src, cue = t.textReads(i, first, last), "read"
		default:
			continue
		}
		// Distance to the quotation, in tokens, with no other quotation in
		// between; a cue linked to the quotation in the tree comes first.
		dist := 0
		switch {
		case i < first:
			dist = first - i
			for j := i + 1; j < first; j++ {
				if t.quoted[j] {
					dist += 50
					break
				}
			}
		default:
			dist = i - last + 1
			for j := last; j < i; j++ {
				if t.quoted[j] {
					dist += 50
					break
				}
			}
		}
		if i < first && t.finiteConjBelow(i, first) {
			continue // "invited … to meet Thursday and was “prepared…”"
		}
		if t.thatConjunctOf(i, first) {
			// "He said Sahm had supported studios…, and that Mroczny
			// Las would have “more resources…”": a second clause of
			// what was said, opened with "that", is coordinated with
			// the first, not governed by its verb.
			continue
		}
		linked := t.linked(i, first, last)
		// A cue with only punctuation between it and the quotation
		// ("adding, “…”", "“…,” he said"), or "that" ("He warned that
		// “…”"), introduces it whatever the parse.
		adjacent := t.onlyPunct(i+1, first) || t.onlyPunct(last, i) || i+1 < first && nlp.EqualFoldLower(a.Tokens[i+1].Text, "that") && t.onlyPunct(i+2, first)
		if linked || adjacent {
			dist -= 1000
			linked = true
			// A cue whose clause holds the quotation ("criticized him
			// for “adopting Russian strategy”") or that stands right by
			// it before one further away.
			switch {
			case t.governs(i, first):
				dist -= 300
			case adjacent:
				dist -= 150
			}
		}
		if !linked && (t.governs(i, first) || t.reportedIn(i, first)) {
			// Neither linked nor adjacent, a cue whose content holds the
			// quoted words ("said in a statement that it considered the
			// offer “fair and reasonable” and would urge shareholders…")
			// before a nearer one whose content does not.
			dist -= 100
		}
		if src < 0 {
			dist += 500
		}
		if dist < bestScore {
			bestScore = dist
			best = quoteCue{cue: i, src: src, cueText: cue, linked: linked}
		}
	}
	if o := t.outerReporter(best.cue); o >= 0 {
		if src := t.subjectOf(o); src >= 0 {
			best = quoteCue{cue: o, src: src, cueText: cueText(t, o), linked: best.linked}
		}
	}
	if best.cue < 0 || best.src < 0 || !best.linked {
		best = t.colonCue(first, best)
	}
	if best.cue >= 0 && best.cueText != "according to" {
		// "According to Huseynova, Baku also wants the EU mission
		// “withdrawn…”": words quoted in what a source says a party
		// wants or believes are the source's, not the party's.
		if l := strings.ToLower(a.Tokens[best.cue].Lemma); wantLike(l) || knowingLemma(l) {
			for i := lo; i+1 < hi; i++ {
				if nlp.EqualFoldLower(a.Tokens[i].Text, "according") && nlp.EqualFoldLower(a.Tokens[i+1].Text, "to") && !t.quoted[i] && a.Tokens[i].Head >= 0 {
					best = quoteCue{cue: i, src: a.Tokens[i].Head, cueText: "according to", linked: true}
					break
				}
			}
		}
	}
	if best.cue < 0 && first-lo <= 1 && hi-last <= 1 {
		// "“…” This assurance was given by Minister Kamran Niazi…",
		// "“…” That was the assessment of a Western diplomat…".
		if n, src := t.creditAfter(s1); src >= 0 {
			best = quoteCue{cue: n, src: src, cueText: a.Tokens[n].Text, linked: true}
		}
	}
	return best
}

// assessmentNouns name what someone said, judged or promised, which a
// sentence after a quotation gives its source ("This assurance was given
// by…", "That was the assessment of…").
var assessmentNouns = makeSet(`assurance assessment warning message promise pledge view verdict remark remarks comment
comments words statement reaction response answer prediction forecast appeal plea judgment judgement`)

// creditAfter returns, for a quotation that makes up sentence si alone,
// the noun and the source the next sentence of its paragraph credits it
// to, by a demonstrative and a noun of what was said: the agent of
// "This assurance was given by X", the "of" of "That was the assessment
// of X" or "Those were the words of X"; else -1, -1.
func (t *tree) creditAfter(si int) (noun, src int) {
	a := t.a
	if si+1 >= len(a.Sentences) {
		return -1, -1
	}
	nx := a.Sentences[si+1]
	if nx.NewPar || nx.Last-nx.First < 4 || t.quoted[nx.First] {
		return -1, -1
	}
	k := nx.First
	switch strings.ToLower(a.Tokens[k].Text) {
	case "this", "that", "these", "those":
	default:
		return -1, -1
	}
	// "This assurance was given by X": the noun the demonstrative
	// determines, and the agent of its verb.
	if h := a.Tokens[k].Head; a.Tokens[k].Rel == "det" && h > k && h < nx.Last && lowerIn(assessmentNouns, a.Tokens[h].Lemma) {
		if v := a.Tokens[h].Head; v >= 0 && strings.HasPrefix(a.Tokens[h].Rel, "nsubj") {
			for _, c := range t.children(v) {
				ci := int(c)
				if ci > v && (a.Tokens[ci].Rel == "obl:agent" || a.Tokens[ci].Rel == "obl" && t.caseOf(ci) == "by") {
					return h, ci
				}
			}
		}
		return -1, -1
	}
	// "That was the assessment of X": the pronoun's predicate noun and
	// its "of".
	if v := a.Tokens[k].Head; strings.HasPrefix(a.Tokens[k].Rel, "nsubj") && v > k && v < nx.Last && lowerIn(assessmentNouns, a.Tokens[v].Lemma) {
		for _, c := range t.children(v) {
			if ci := int(c); ci > v && a.Tokens[ci].Rel == "nmod" && t.caseOf(ci) == "of" {
				return v, ci
			}
		}
	}
	return -1, -1
}

// personPossessive reports whether w is "his", "her" or "their", which
// may stand for the person whose words a speech noun names.
func personPossessive(w string) bool {
	switch strings.ToLower(w) {
	case "his", "her", "their":
		return true
	}
	return false
}

// colonCue gives a quotation that a colon introduces after a copula and an
// adjective of how one spoke, with no verb of saying, the subject of the
// clause before the colon as its source when that is someone the story
// names ("The council leader was blunt: “…”"
// after "Councillor Morag Fairlie, who leads the council…", "Ms Reyes was
// more direct: “…”"); it returns best unchanged otherwise.
func (t *tree) colonCue(first int, best quoteCue) quoteCue {
	a := t.a
	k := first - 1
	for k >= 0 && k >= first-2 && a.Tokens[k].UPOS == "PUNCT" && a.Tokens[k].Text != ":" {
		k-- // the opening mark
	}
	if k < 1 || a.Tokens[k].Text != ":" || t.quoted[k] {
		return best
	}
	// The head of the clause before the colon: up from the word before
	// it, as far as the words before the colon go.
	r := k - 1
	for steps := 0; steps < 20; steps++ {
		h := a.Tokens[r].Head
		if h < 0 || h >= k || t.quoted[h] || a.Tokens[h].Sent != a.Tokens[k].Sent {
			break
		}
		r = h
	}
	// A speech noun heading the words before the colon, however the
	// parser read the rest ("Villanueva-Sison's summary for reporters
	// after the closing session was brief:"), or the subject of their
	// verb ("The union's reply to the minister's appeal came in a
	// statement late on Thursday:"): whose words they are.
	// So is the subject of a copula ("Her closing statement was the only
	// moment of the night that drew applause:"), whose owner a pronoun
	// may name.
	sn := r
	if a.Tokens[r].UPOS == "VERB" || t.child(r, "cop") >= 0 {
		sn = t.child(r, "nsubj")
	}
	if sn >= 0 && !t.quoted[sn] && a.Tokens[sn].UPOS == "NOUN" && saidNoun(a.Tokens[sn].Lemma) {
		if o := t.child(sn, "nmod:poss"); o >= 0 && !t.quoted[o] && (a.Tokens[o].UPOS == "PROPN" || a.Tokens[o].UPOS == "NOUN" || a.Tokens[o].UPOS == "PRON" && personPossessive(a.Tokens[o].Text)) {
			if n, ok := t.speakerOf(o); ok && properName(n) && !strings.HasPrefix(strings.ToLower(n), "the ") {
				return quoteCue{cue: sn, src: o, cueText: cueText(t, sn), linked: true}
			}
		}
		if sn == r {
			return best
		}
	}
	// "…was blunt:", "…was more direct:": a copula and an adjective of
	// how one spoke, nothing else.
	if !t.mannerClause(r) {
		// The clause of a copula and its subject that ends at the
		// colon, whatever the parser hung it from ("Asked whether…,
		// she was firm:"); or the nearest verb up from the colon with a
		// subject of its own before it, of whatever meaning ("Asked
		// about those remarks, the union's chief negotiator did not
		// hesitate:", "…, the state minister answered without
		// hesitation:"): a colon after a person's clause opens what
		// they say.
		if r = k - 1; !t.mannerClause(r) || t.child(r, "nsubj") < 0 {
			if r = t.clauseBeforeColon(k); r < 0 {
				return best
			}
		}
	}
	s := t.child(r, "nsubj")
	if s < 0 || t.quoted[s] {
		return best
	}
	if tk := &a.Tokens[s]; tk.UPOS == "NOUN" && saidNoun(tk.Lemma) {
		// "Villanueva-Sison's summary for reporters was brief:", "His
		// answer was short:": whose words they are.
		if o := t.child(s, "nmod:poss"); o >= 0 && !t.quoted[o] {
			s = o
		}
	}
	switch tk := &a.Tokens[s]; {
	case tk.UPOS == "PRON" && wordGender(tk.Text) != 0:
	case tk.UPOS == "PROPN" && t.entityAt(s) >= 0 && (a.Entities[t.entityAt(s)].Type == nlp.PERSON || isActorType(a.Entities[t.entityAt(s)].Type)):
	case tk.UPOS == "NOUN" && (roleNoun(strings.ToLower(tk.Text)) || bodyKinds[tk.Lemma] || lowerIn(kinReciprocals, tk.Lemma) != nil):
	default:
		return best
	}
	// Only where the subject resolves to a name: a description left as
	// written is no better than the speaker the quotation had, or the
	// one it carries over from the quotation before ("The commander
	// went further: “…”"). But a description that brings someone in
	// (newcomer: "The mayor of Umag sent the minister a message: “…”",
	// "A fisherman in Piran told me: “…”") is the source where the
	// quotation has none of its own.
	if n, ok := t.speakerOf(s); !ok || !properName(n) || strings.HasPrefix(strings.ToLower(n), "the ") || strings.HasPrefix(strings.ToLower(n), "a ") {
		if !ok || n == "" || best.src >= 0 || a.Tokens[s].UPOS != "NOUN" || !t.newcomer(s) {
			return best
		}
	}
	return quoteCue{cue: r, src: s, cueText: cueText(t, r), linked: true}
}

// newcomer reports whether the noun at s brings someone in, rather than
// naming again one the story has: an indefinite description ("a
// fisherman", "one farmer": indefinite), or one a preposition completes
// ("the mayor of Umag", "the head teacher at the school").
func (t *tree) newcomer(s int) bool {
	a := t.a
	if t.indefinite(s) {
		return true
	}
	for _, c := range t.children(s) {
		if ci := int(c); ci > s && a.Tokens[ci].Rel == "nmod" {
			switch t.caseOf(ci) {
			case "of", "for", "from", "in", "at":
				return true
			}
		}
	}
	return false
}

// clauseBeforeColon returns the nearest verb up the tree from the word
// before the colon at k whose subject comes before it, and whose words
// run up to the colon, or -1.
func (t *tree) clauseBeforeColon(k int) int {
	a := t.a
	v := k - 1
	for steps := 0; steps < 4 && v >= 0; steps++ {
		if tk := &a.Tokens[v]; tk.UPOS == "VERB" && !t.quoted[v] && tk.Sent == a.Tokens[k].Sent {
			if s := t.child(v, "nsubj"); s >= 0 && s < v && int(t.right[v]) >= k-1 {
				return v
			}
			return -1
		}
		v = a.Tokens[v].Head
	}
	return -1
}

// mannerClause reports whether token r heads a copula and an adjective
// of how one spoke ("was blunt"), or a bare singular noun there, an
// adjective the tagger misread ("she was firm"): English puts a
// determiner before a noun so used ("she was a diplomat").
func (t *tree) mannerClause(r int) bool {
	a := t.a
	bare := a.Tokens[r].UPOS == "NOUN" && a.Tokens[r].XPOS == "NN" && t.child(r, "det", "nmod:poss", "nummod") < 0
	return !t.quoted[r] && (a.Tokens[r].UPOS == "ADJ" || bare) && t.child(r, "cop") >= 0
}

// answerNouns are nouns of what one says in reply, sums up, warns, asks or
// promises, beside the speech nouns: "her answer was short:", "his
// summary was brief:", "his warning was simple:".
var answerNouns = makeSet(`answer reply response summary verdict assessment explanation retort warning appeal plea promise pledge
demand reaction advice view argument position conclusion prediction`)

// saidNoun reports whether a noun's lemma names something said: a speech
// noun or one of answerNouns.
func saidNoun(lemma string) bool {
	l := strings.ToLower(lemma)
	return speechNoun(l) || answerNouns[l]
}

// outerReporter returns, for a cue of wanting or thinking ("wanted",
// "expected", "hoped") in a clause a verb of saying reports, that verb:
// words quoted inside what the speaker reports of someone's wishes are
// the speaker's ("Kellogg said Washington wanted the war to end “this
// year”": Kellogg's words, not Washington's). A verb of saying inside
// ("said Jones had called the plan “a disaster”") keeps the quoted words;
// -1 when i is not such a cue. A verb of evidence inside is the same
// ("the ministry said the agreement showed “the value of dialogue”": the
// ministry's words, not the agreement's), and so is one of knowing or
// finding ("warned that foreign investors would remember “how contracts
// are honoured”", "that smaller producers might find the fees “a serious
// burden”": the warning's words, not the investors' or the producers').
func (t *tree) outerReporter(i int) int {
	a := t.a
	if i < 0 || !wantLike(a.Tokens[i].Lemma) && !clauseLemma(a.Tokens[i].Lemma) && !evidenceLemma(a.Tokens[i].Lemma) && !perceivingLemma(a.Tokens[i].Lemma) || inversionLemma(a.Tokens[i].Lemma) {
		return -1
	}
	o := a.Tokens[i].Head
	if a.Tokens[i].Rel != "ccomp" {
		// "said the second round would open on July 8, and that both
		// delegations had agreed to bring “technical experts”": a
		// second clause of what was said, opened with "that" and hung
		// from the verb of saying or from the first clause, is
		// reported as much as the first.
		if m := t.child(i, "mark"); a.Tokens[i].Rel != "conj" || m < 0 || !nlp.EqualFoldLower(a.Tokens[m].Text, "that") || o < 0 {
			return -1
		}
		if a.Tokens[o].Rel == "ccomp" {
			o = a.Tokens[o].Head
		}
	}
	// A verb of saying, telling or posting ("posted on Facebook that his
	// men wanted “…”": the post's words).
	if o < 0 || t.quoted[o] || !t.isCue(o) || !inversionLemma(a.Tokens[o].Lemma) && a.Tokens[o].Lemma != "tell" && a.Tokens[o].Lemma != "post" {
		return -1
	}
	return o
}

// toldOf reports whether name is the noun phrase that cue v, coming
// before the quotation that opens at first, says something of: the
// cue's object, or the subject of the clause it governs, standing
// between the cue and the quotation ("It says the firm “shall…”", the
// firm read as the verb's object or as its clause's subject). A verb of
// saying with its own subject before it is no inversion, so the phrase
// after it is what is said, not who says it.
func (t *tree) toldOf(v, first int, name string) bool {
	a := t.a
	if v < 0 || v >= first || name == "" || t.subjectChild(v) < 0 || t.subjectChild(v) > v {
		return false
	}
	for k := v + 1; k < first; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] || tk.Sent != a.Tokens[v].Sent {
			continue
		}
		h := tk.Head
		of := tk.Rel == "obj" && h == v ||
			strings.HasPrefix(tk.Rel, "nsubj") && h > v && a.Tokens[h].Head == v && a.Tokens[h].Rel == "ccomp"
		if !of {
			continue
		}
		f, l := t.sourceSpan(k)
		if l > first {
			continue
		}
		s := strings.ToLower(a.Span(f, l))
		n := strings.ToLower(name)
		if s != "" && (s == n || strings.HasPrefix(n, s+" ")) {
			return true
		}
	}
	return false
}

// perceivingLemma reports whether a cue's lemma is a verb of knowing,
// perceiving or finding (knowingLemma, learningLemma, "find"), whose
// subject took something in rather than said it.
func perceivingLemma(l string) bool {
	return knowingLemma(l) || learningLemma(l) || l == "find"
}

// linked reports whether cue i governs a quoted token of [first, last) or
// hangs from one (the parenthetical "…,” he said).
func (t *tree) linked(i, first, last int) bool {
	a := t.a
	if h := a.Tokens[i].Head; h >= first && h < last {
		return true
	}
	// Some quoted token has i as an ancestor within a few steps.
	for j := first; j < last && j < first+40; j++ {
		h := a.Tokens[j].Head
		for steps := 0; h >= 0 && steps < 6; steps++ {
			if h == i {
				return true
			}
			if h < first || h >= last {
				// Left the quotation: one more step is allowed (a clause
				// head outside the marks).
				if a.Tokens[h].Head == i {
					return true
				}
				break
			}
			h = a.Tokens[h].Head
		}
	}
	return false
}

// thatConjunctOf reports whether the quoted token j reaches cue i only
// through a clause coordinated with i's and opened with "that": a
// content clause of the verb above i, as i's own clause is.
func (t *tree) thatConjunctOf(i, j int) bool {
	a := t.a
	for steps := 0; j >= 0 && steps < 40; steps++ {
		hd := a.Tokens[j].Head
		if hd == i {
			if a.Tokens[j].Rel != "conj" || a.Tokens[i].Rel != "ccomp" {
				return false
			}
			m := t.child(j, "mark")
			return m >= 0 && nlp.EqualFoldLower(a.Tokens[m].Text, "that")
		}
		j = hd
	}
	return false
}

// governs reports whether token h governs token j (within a sentence)
// through a complement or an adverbial, not a loose parataxis.
func (t *tree) governs(h, j int) bool {
	a := t.a
	for steps := 0; j >= 0 && steps < 40; steps++ {
		hd := a.Tokens[j].Head
		if hd == h {
			return a.Tokens[j].Rel != "parataxis"
		}
		j = hd
	}
	return false
}

// participleBefore returns, for a verb of saying at i that the tagger
// read as a participle modifying the noun before it, right before the
// quotation that starts at token first with only punctuation between
// ("As one veteran of the projects commented: “…”"), the head of the
// noun phrase it ends: its speaker. Else -1.
func (t *tree) participleBefore(i, first int) int {
	a := t.a
	tok := &a.Tokens[i]
	if tok.XPOS != "VBN" || tok.Rel != "acl" || i >= first || !cueLemma(tok.Lemma) || !t.onlyPunct(i+1, first) || i+1 >= first {
		return -1
	}
	if p := a.Tokens[i+1].Text; p != ":" && p != "," {
		return -1
	}
	for _, c := range t.children(i) {
		switch a.Tokens[c].Rel {
		case "obj", "ccomp", "xcomp", "aux:pass", "obl:agent":
			return -1
		}
	}
	h := tok.Head
	for steps := 0; h >= 0 && steps < 4; steps++ {
		ht := &a.Tokens[h]
		if ht.UPOS != "NOUN" && ht.UPOS != "PROPN" {
			return -1
		}
		if ht.Rel != "nmod" && ht.Rel != "compound" && ht.Rel != "flat" || ht.Head < 0 {
			return h
		}
		h = ht.Head
	}
	return -1
}

// parentheticalGoOn reports whether token i is "continued" set off right
// after the quotation that ends before token last ("“…,” the statement
// continued." or "“…,” continued Smith.") or right before the one that
// starts at token first ("She continued, “…”"): a subject, no object or
// complement, and nothing but its subject between it and the quotation.
func (t *tree) parentheticalGoOn(i, first, last int) bool {
	a := t.a
	tok := &a.Tokens[i]
	if tok.Lemma != "continue" || tok.UPOS != "VERB" || first >= last {
		return false
	}
	if i < first {
		s := t.subjectChild(i)
		if s < 0 || s > i || !t.onlyPunct(i+1, first) || !t.onlyPunct(int(t.right[s])+1, i) {
			return false
		}
		for _, c := range t.children(i) {
			if ci := int(c); ci < first && (a.Tokens[ci].Rel == "obj" || a.Tokens[ci].Rel == "xcomp") {
				return false
			}
		}
		return true
	}
	if i < last {
		return false
	}
	s := t.subjectChild(i)
	if s < 0 {
		return false
	}
	for _, c := range t.children(i) {
		switch a.Tokens[c].Rel {
		case "obj", "xcomp", "ccomp", "advcl":
			return false
		}
	}
	lo := min(int(t.left[s]), i)
	return t.onlyPunct(last, lo) && (s < i && int(t.right[s]) == i-1 || s > i && i == lo)
}

// textReads returns, for a token "read" the tagger took for a noun after
// a text's name set off right after a quotation ("“…,” the statement
// read.") or before the colon that opens it ("The statement read: “…”"),
// that text's noun; else -1.
func (t *tree) textReads(i, first, last int) int {
	a := t.a
	tok := &a.Tokens[i]
	var lb [lowerBufLen]byte // the lower case, on the stack
	if w := string(lowerBytes(lb[:0], tok.Text)); w != "read" && w != "reads" || tok.UPOS != "NOUN" || first >= last || i < 1 {
		return -1
	}
	n := i - 1
	if a.Tokens[n].UPOS != "NOUN" || !textNoun(a.Tokens[n].Lemma) || a.Tokens[n].Sent != tok.Sent {
		return -1
	}
	if i < first {
		// "The union's letter read: “…”": the text before a colon that
		// opens the quotation.
		if i+1 < first && a.Tokens[i+1].Text == ":" && t.onlyPunct(i+1, first) {
			return n
		}
		return -1
	}
	if i < last+2 {
		return -1
	}
	if i+1 < len(a.Tokens) && a.Tokens[i+1].Sent == tok.Sent && a.Tokens[i+1].UPOS != "PUNCT" {
		return -1
	}
	k := n - 1
	for k >= last {
		switch a.Tokens[k].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "PART":
			k--
			continue
		}
		break
	}
	if !t.onlyPunct(last, k+1) {
		return -1
	}
	return n
}

// rememberedAloud reports whether the verb at i is "remember" set right
// after the quotation that ends at last, with its subject between the
// closing mark and it ("“…,” the skipper remembered."): one who
// remembers so says the words, as one who recalls them.
func (t *tree) rememberedAloud(i, last int) bool {
	a := t.a
	if i <= last || a.Tokens[i].Lemma != "remember" {
		return false
	}
	s := t.subjectChild(i)
	if s < last || s > i || !t.onlyPunct(last, int(t.left[s])) {
		return false
	}
	for k := last - 1; k < int(t.left[s]); k++ {
		if a.Tokens[k].Text == "," {
			return true
		}
	}
	return false
}

// onlyPunct reports whether tokens [from, to) are all punctuation (true
// when the range is empty but not inverted).
func (t *tree) onlyPunct(from, to int) bool {
	if from > to {
		return false
	}
	for k := from; k < to; k++ {
		if t.a.Tokens[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// indefinite reports whether the source token heads an indefinite noun
// phrase of a common noun ("an insider", "one mother", "another official",
// "a source familiar with the talks"): someone the story brings in, not
// someone it named before.
func (t *tree) indefinite(src int) bool {
	a := t.a
	if src < 0 || a.Tokens[src].UPOS != "NOUN" || speechNoun(a.Tokens[src].Lemma) || contentNoun(a.Tokens[src].Lemma) {
		// "a statement issued on behalf of the minister said": what
		// was said stands for whoever said it.
		return false
	}
	for _, c := range t.children(src) {
		ct := &a.Tokens[c]
		if int(c) > src {
			break
		}
		switch {
		case ct.Rel == "det" && (nlp.EqualFoldLower(ct.Text, "a") || nlp.EqualFoldLower(ct.Text, "an") || nlp.EqualFoldLower(ct.Text, "another")),
			ct.Rel == "nummod" && nlp.EqualFoldLower(ct.Text, "one"):
			return true
		}
	}
	return false
}

// bareAttribution reports whether sentence si only attributes what came
// before it: it quotes nothing, and its main verb is a cue with a subject
// before it and nothing said after it ("He Jianxiong, the former executive
// director for China at the IMF, said at a conference.", split from the
// quotation by the question mark that ended it).
func (t *tree) bareAttribution(si int) bool {
	a := t.a
	s := a.Sentences[si]
	root := -1
	for i := s.First; i < s.Last; i++ {
		if t.quoted[i] {
			return false
		}
		if a.Tokens[i].Head < 0 {
			root = i
		}
	}
	if root < 0 || !t.isCue(root) || t.contentComp(root) >= 0 || t.child(root, "xcomp") >= 0 || t.realObject(root) && a.Tokens[root].Lemma != "tell" {
		return false
	}
	src := t.subjectOf(root)
	return src >= s.First && src < root
}

// namedBefore reports whether "the X" at token src takes up someone the
// story brought in as "a X" or "one X" before ("an insider told the
// outlet… the insider added"): the same person, whom no name stands for.
func (t *tree) namedBefore(src int) bool {
	a := t.a
	if src < 0 || a.Tokens[src].UPOS != "NOUN" {
		return false
	}
	if d := t.child(src, "det"); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return false
	}
	for k := src - 1; k >= 0; k-- {
		if a.Tokens[k].Lemma == a.Tokens[src].Lemma && a.Tokens[k].UPOS == "NOUN" && !t.quoted[k] && t.indefinite(k) {
			return true
		}
	}
	return false
}

// inClauseOf reports whether token j lies in a clausal complement of verb
// i (its ccomp).
func (t *tree) inClauseOf(i, j int) bool {
	for _, c := range t.children(i) {
		if ci := int(c); t.a.Tokens[ci].Rel == "ccomp" && int(t.left[ci]) <= j && j <= int(t.right[ci]) {
			return true
		}
	}
	return false
}

// wordsOfCue is the cue of "in the words of X" and "in X's words".
const wordsOfCue = "in the words of"

// inWordsOf returns, for the noun "words" at token i heading "in the
// words of X" or "in X's words", the token of X; else -1.
func (t *tree) inWordsOf(i int) int {
	a := t.a
	if !nlp.EqualFoldLower(a.Tokens[i].Text, "words") || t.quoted[i] {
		return -1
	}
	if cs := t.child(i, "case"); cs < 0 || !nlp.EqualFoldLower(a.Tokens[cs].Text, "in") {
		return -1
	}
	if p := t.child(i, "nmod:poss"); p >= 0 && p < i {
		return p
	}
	for _, c := range t.children(i) {
		if ci := int(c); ci > i && a.Tokens[ci].Rel == "nmod" && nlp.EqualFoldLower(t.caseOf(ci), "of") {
			return ci
		}
	}
	return -1
}

// itSource returns what an "it" the coreference left open stands for as a
// quotation's source, or "": a body, a country or a text that is the
// subject of the sentence's main clause before it ("The Security Council
// condemned… what it called “…”"), or the source of a credit in the
// sentence before, or its subject ("…, the prosecution authority said.
// “…,” it added."; "The statement from the operators was blunt. “…,” it
// said."). Never a person: "it" is no one's pronoun.
func (t *tree) itSource(src int) string {
	a := t.a
	sent := a.Tokens[src].Sent
	if r := t.sentenceRoot(sent); r >= 0 {
		if s := t.subjectChild(r); s >= 0 && s < src && t.itCanBe(s) {
			return t.itName(s)
		}
	}
	best := t.sourceBefore(sent, t.itCanBe)
	if best < 0 {
		// "The protocol… has been published. It commits the state to
		// “…”. It also says that …": an "it" that goes on from the
		// subject "it" of the sentence before stands for what that one
		// does.
		if c := t.itSubjectBefore(sent); c >= 0 {
			return t.itSource(c)
		}
		return ""
	}
	return t.itName(best)
}

// fragmentHead returns the noun of a text that heads a sentence without a
// verb whose root is r ("A short statement from the authority."), past
// the time a live blog's entry opens with ("4:40 a.m. — A short
// statement…", which the parser roots at the time), or -1.
func (t *tree) fragmentHead(r int) int {
	a := t.a
	if w := strings.ToLower(a.Tokens[r].Text); w == "a.m." || w == "p.m." || timeName(a.Tokens[r].NER) {
		if ap := t.child(r, "appos"); ap > r {
			r = ap
		}
	}
	if rt := &a.Tokens[r]; rt.UPOS != "NOUN" || t.quoted[r] || !textNoun(strings.ToLower(rt.Lemma)) {
		return -1
	}
	return r
}

// itSubjectBefore returns the "it" that is the subject of the main clause
// of the sentence before sent, outside quotation marks, or -1.
func (t *tree) itSubjectBefore(sent int) int {
	if sent < 1 {
		return -1
	}
	r := t.sentenceRoot(sent - 1)
	if r < 0 {
		return -1
	}
	if c := t.subjectChild(r); c >= 0 && !t.quoted[c] && nlp.EqualFoldLower(t.a.Tokens[c].Text, "it") {
		return c
	}
	return -1
}

// sourceBefore returns what the story was last about before sentence
// sent, among the tokens can accepts: in the sentence before (past up to
// one more that opens with a quotation, someone's words), the last source
// of a verb of saying, else the subject of its main clause; -1 when none
// can be.
func (t *tree) sourceBefore(sent int, can func(k int) bool) int {
	a := t.a
	s := sent - 1
	for ; s >= 0 && s >= sent-2; s-- {
		if !t.opensWithQuote(s) {
			break
		}
	}
	if s < 0 {
		return -1
	}
	best := -1
	for k := a.Sentences[s].First; k < a.Sentences[s].Last; k++ {
		if t.quoted[k] || !t.isCue(k) || a.Tokens[k].Rel == "acl" {
			// A participle that only describes a noun ("the penalties
			// claimed by the agency") says what the noun is, not what
			// the sentence is about: its agent is no "it" after it.
			continue
		}
		if c := t.cueSource(k); c >= 0 && can(c) {
			best = c
		}
	}
	if best < 0 {
		if r := t.sentenceRoot(s); r >= 0 {
			if c := t.subjectChild(r); c >= 0 && can(c) {
				best = c
			} else if c := t.child(r, "nsubj:pass"); c >= 0 && !t.quoted[c] && can(c) {
				// "The joint statement … has now been published. It
				// says…": what a passive was about is what the story
				// goes on about, though it is no one's source there.
				best = c
			} else if c := t.child(r, "obj"); c >= 0 && !t.quoted[c] && t.a.Tokens[c].UPOS == "NOUN" && textNoun(strings.ToLower(t.a.Tokens[c].Lemma)) && can(c) {
				// "The administrators have posted an update for
				// creditors on their website. It says…": a text
				// published, where its publishers cannot be "it".
				best = c
			} else if f := t.fragmentHead(r); f >= 0 && can(f) {
				// "A short statement from the civil aviation authority.
				// It says…": a sentence without a verb that names a
				// text.
				best = f
			}
		}
	}
	return best
}

// itName is the name of what token s stands for: the entity's full name
// for a name ("the United Nations Security Council on Friday" is the
// Security Council), else the phrase as written.
func (t *tree) itName(s int) string {
	if e := t.entityAt(s); e >= 0 && t.a.Tokens[s].UPOS == "PROPN" {
		return t.entityFullName(e)
	}
	name, _ := t.speakerOf(s)
	return t.linkedBodyName(name, s)
}

// linkedBodyName returns, for name read at a name (PROPN) at token s
// that is no person's, the whole name of the body the name linking found
// there when name is its opening words ("Moravel Bread" for "Moravel
// Bread Holdings", named in full before); else name.
func (t *tree) linkedBodyName(name string, s int) string {
	if t.bodyAt == nil || t.a.Tokens[s].UPOS != "PROPN" {
		return name
	}
	if e := t.entityAt(s); e >= 0 && t.a.Entities[e].Type == nlp.PERSON {
		return name
	}
	if n := t.bodyAt(t.a.Tokens[s].Start); len(n) > len(name)+1 && strings.HasPrefix(n, name) && n[len(name)] == ' ' {
		return n
	}
	return name
}

// itCanBe reports whether token s can be what "it" stands for as a
// speaker: a noun of a text, a medium or a body, or a name the entity
// model does not take for a person's.
func (t *tree) itCanBe(s int) bool {
	st := &t.a.Tokens[s]
	switch st.UPOS {
	case "NOUN":
		// "it" is one thing: not "campaigns".
		l := strings.ToLower(st.Lemma)
		if st.XPOS == "NNS" {
			return false
		}
		if textNoun(l) || mediaNouns[l] || speakingBodies[l] || bodyKinds[l] || corporateNouns[l] {
			return true
		}
		// "The city sent a letter. It says…": the one place named with
		// "the" speaks through those who run it.
		if t.nounClass != nil && t.nounClass(l) == nlp.NounPlace {
			d := t.child(s, "det")
			return d >= 0 && nlp.EqualFoldLower(t.a.Tokens[d].Text, "the")
		}
		return false
	case "PROPN":
		if e := t.entityAt(s); e >= 0 {
			return t.a.Entities[e].Type != nlp.PERSON && isActorType(t.a.Entities[e].Type)
		}
		// A body's name the entity model missed ("The Conservative
		// Party").
		return lowerIn(orgWords, st.Text)
	}
	return false
}

// reportingCue returns the cue whose reported clause holds cue i (i is in
// its complement, through chains of infinitives and conjuncts), or -1.
func (t *tree) reportingCue(i int) int {
	a := t.a
	for v, steps := i, 0; v >= 0 && steps < 4; steps++ {
		h := a.Tokens[v].Head
		if h < 0 {
			return -1
		}
		switch a.Tokens[v].Rel {
		case "ccomp":
			if t.isCue(h) {
				return h
			}
			return -1
		case "xcomp", "conj":
			v = h
		default:
			return -1
		}
	}
	return -1
}

// personSource reports whether source token s stands for a person or
// people: a personal pronoun, a person's name, or a noun the analysis
// layer knows as a person's.
func (t *tree) personSource(s int) bool {
	st := &t.a.Tokens[s]
	switch st.UPOS {
	case "PRON":
		switch strings.ToLower(st.Text) {
		case "he", "she", "i", "we", "they", "you", "who":
			return true
		}
	case "PROPN":
		if _, listed := lowerHas(gazetteer, st.Text); listed {
			return false // "Washington", "Moscow": a country by the name lists
		}
		e := t.entityAt(s)
		return e >= 0 && t.a.Entities[e].Type == nlp.PERSON
	case "NOUN":
		return t.nounClass != nil && t.nounClass(strings.ToLower(st.Lemma)) == nlp.NounPerson || t.clusterType(s) == nlp.PERSON
	}
	return false
}

// documentNoun reports whether the source at src is a document or a
// message by its noun ("the report", "the letter", "the memo") whose
// phrase does not hold the name ("a statement issued on behalf of Robert
// Zoellick" is his).
func (t *tree) documentNoun(src int, name string) bool {
	return t.textWithout(src, name, documentLemma)
}

// documentLemma reports whether a noun's lemma names a document or a
// message: a text's noun, something said, or a report, a ruling, a
// filing, a study or a survey.
func documentLemma(lemma string) bool {
	switch lemma {
	case "report", "ruling", "filing", "study", "survey":
		return true
	}
	return textNoun(lemma) || speechNoun(lemma)
}

// bodySpeaker reports whether a speaker found is a body the story names
// (an organisation, a country or a place), not a person.
func (d *doc) bodySpeaker(name string) bool {
	e := d.entityOfSpeaker(name)
	return e >= 0 && d.ents[e].kind != KindPerson && d.ents[e].kind != ""
}

// bodyNamed reports whether the entity model reads every mention of a
// name as an organisation's or a place's, never a person's.
func (t *tree) bodyNamed(name string) bool {
	seen := false
	for _, e := range t.a.Entities {
		if e.Text != name {
			continue
		}
		if e.Type == nlp.PERSON {
			return false
		}
		seen = seen || isActorType(e.Type) || e.Type == nlp.LOC
	}
	return seen
}

// personSpeaker reports whether a speaker found is a person the story
// names.
func (d *doc) personSpeaker(name string) bool {
	e := d.entityOfSpeaker(name)
	return e >= 0 && d.ents[e].kind == KindPerson
}

// writtenSource reports whether the source at src is something said or
// written ("the statement", "a letter … that says"), directly or through
// the relative pronoun that stands for it, whose phrase does not hold
// the name ("a statement issued on behalf of Robert Zoellick" is his).
func (t *tree) writtenSource(src int, name string) bool {
	a := t.a
	if v := a.Tokens[src].Head; a.Tokens[src].UPOS == "PRON" && v >= 0 && strings.HasSuffix(a.Tokens[v].Rel, "relcl") {
		src = a.Tokens[v].Head
	}
	return src >= 0 && t.textWithout(src, name, textNoun)
}

// textWithout reports whether the source at src is a noun of a kind of
// text (by its lemma) whose phrase does not hold the name.
func (t *tree) textWithout(src int, name string, kind func(lemma string) bool) bool {
	tok := &t.a.Tokens[src]
	return tok.UPOS == "NOUN" && kind(tok.Lemma) && !containsWords(t.a.Span(int(t.left[src]), int(t.right[src])+1), name)
}

// personWord reports whether the source at src is a person by its word: a
// pronoun or name of one, a noun for people or a role ("the governor"),
// or one made with "-man", "-woman", "-person" ("the businessman").
func (t *tree) personWord(src int) bool {
	if t.personSource(src) {
		return true
	}
	tok := &t.a.Tokens[src]
	if tok.UPOS != "NOUN" {
		return false
	}
	return t.personNoun(src) || personCompound(strings.ToLower(tok.Lemma))
}

// genderClash reports whether a quotation's speaker cannot be the "he"
// (g 'm') or "she" (g 'f') its credit gives: a body or a place, or a
// person the story's pronouns or the name lists give the other sex.
func (d *doc) genderClash(t *tree, speaker string, g byte) bool {
	if e := d.entityOfSpeaker(speaker); e >= 0 && d.ents[e].kind != KindPerson && d.ents[e].kind != "" {
		return true
	}
	for ei := range t.a.Entities {
		if e := &t.a.Entities[ei]; e.Type == nlp.PERSON && (e.Text == speaker || t.entityFullName(ei) == speaker) {
			if eg := t.entityGender(ei); (eg == 'm' || eg == 'f') && eg != g {
				return true
			}
		}
	}
	return false
}

// reportedIn reports whether token j lies inside what cue reports: below
// its clausal complement ("said that the compact would allow the plant to
// “operate…”"), or below the content clause of the statement, letter or
// remark the cue was made in ("said in a statement that…"), or below a
// second clause of what was said joined to the cue ("said … and that
// …"), with no adverbial or relative clause on the way.
func (t *tree) reportedIn(cue, j int) bool {
	a := t.a
	prev := -1
	for steps := 0; j >= 0 && steps < 40; steps++ {
		tk := &a.Tokens[j]
		if tk.Head == cue {
			switch tk.Rel {
			case "ccomp", "xcomp":
				return true
			case "conj":
				// "said it was following the situation and that any
				// buyer would have to give “…”": a second clause of
				// what was said, opened with "that", hung from the cue.
				m := t.child(j, "mark")
				return m >= 0 && nlp.EqualFoldLower(a.Tokens[m].Text, "that")
			case "obl", "obj":
				return tk.UPOS == "NOUN" && speechNoun(tk.Lemma) && prev >= 0 && (a.Tokens[prev].Rel == "acl" || a.Tokens[prev].Rel == "ccomp")
			}
			return false
		}
		switch tk.Rel {
		case "advcl", "acl:relcl", "parataxis":
			return false
		}
		prev, j = j, tk.Head
	}
	return false
}

// creditText credits a quotation the surface left to no one to the text
// that is the subject of the clause holding its words (textSubject), if
// any, and keeps it.
func (d *doc) creditText(t *tree, q *quoteSpan, at *attribution) {
	s, v := t.textSubject(t.tokenAt(q.segs[0].start))
	if s < 0 {
		// "Any change “shall be subject to the prior agreement of the
		// staff representatives…”": words in the modal of drafting, or
		// what a party undertakes to do, are a text's, the one their
		// paragraph names (draftedText).
		if s = t.draftedText(t.tokenAt(q.segs[0].start)); s < 0 {
			return
		}
		if name, ok := t.speakerOf(s); ok && name != "" {
			at.drop = false
			at.speaker, at.cue, at.how = strings.TrimRight(name, ",;: "), "", "tree"
			at.ent = d.entityOfSpeaker(at.speaker)
		}
		return
	}
	if name, ok := t.speakerOf(s); ok && name != "" {
		at.drop = false
		at.speaker, at.cue, at.how = strings.TrimRight(name, ",;: "), cueText(t, v), "tree"
		at.ent = d.entityOfSpeaker(at.speaker)
	}
}

// draftedText returns, for quoted words opening at token k with "shall",
// the modal a text is drafted in, or right after a verb of binding
// oneself (undertaken), the noun of the text (textToken) the
// story names before them in their paragraph, outside quotation marks,
// in k's sentence or the two before: the subject of its clause first
// ("The agreement also contains a clause on temporary workers… The
// estate “shall require…”": the agreement), else the last named; -1
// when the words open otherwise or the paragraph names no text.
func (t *tree) draftedText(k int) int {
	a := t.a
	if k < 0 || k >= len(a.Tokens) || !nlp.EqualFoldLower(a.Tokens[k].Text, "shall") && !t.undertaken(k) {
		return -1
	}
	sent := a.Tokens[k].Sent
	last := -1
	reach := sent - 2
	for s := sent; s >= 0 && s >= reach; s-- {
		sn := a.Sentences[s]
		end := sn.Last
		if s == sent {
			end = k
		}
		for j := end - 1; j >= sn.First; j-- {
			if t.quoted[j] || !textToken(&a.Tokens[j]) || t.storyAt != nil && !t.storyAt(a.Tokens[j].Start) {
				continue
			}
			if strings.HasPrefix(a.Tokens[j].Rel, "nsubj") {
				return j
			}
			if last < 0 {
				last = j
			}
		}
		if sn.NewPar {
			// A list's items go on with the paragraph that brings
			// them in ("From the summary distributed to the press: ¶
			// - … ¶ - Any change “shall be subject to…”").
			if !bulletToken(a.Tokens[sn.First].Text) || last >= 0 || sent-s >= maxListItems {
				break
			}
			reach = min(reach, s-3) // three sentences more, into the paragraph before
		}
	}
	return last
}

// undertaken reports whether the quoted words opening at token k are
// what a party undertakes or is bound to do, in the text's own words:
// right after "to" and a verb of binding oneself ("the buyer undertakes
// to “purchase not less than…”", "commits to", "is obliged to"), or one
// that binds a party named between them ("commits the mill to").
func (t *tree) undertaken(k int) bool {
	a := t.a
	j := k - 1
	for j >= 0 && a.Tokens[j].UPOS == "PUNCT" && j >= k-2 {
		j-- // the opening mark
	}
	if j < 1 || !nlp.EqualFoldLower(a.Tokens[j].Text, "to") {
		return false
	}
	// The verb right before "to", or before the party it binds ("commits
	// the mill to “…”", "obliges both buyers to"): a short noun phrase,
	// with no verb, comma or quotation mark in it.
	for v := j - 1; v >= 0 && v >= j-6; v-- {
		switch strings.ToLower(a.Tokens[v].Lemma) {
		case "undertake", "commit", "oblige", "obligate", "bind":
			return v == j-1 || a.Tokens[v].UPOS == "VERB"
		}
		switch a.Tokens[v].UPOS {
		case "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "PART":
		default:
			return false
		}
		if t.quoted[v] {
			return false
		}
	}
	return false
}

// bulletToken reports whether token text w is one mark of a list's
// item (bulletMark).
func bulletToken(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && bulletMark(r)
}

// maxListItems is how many items of a list draftedText looks back over
// for the paragraph that brings the list in.
const maxListItems = 8

// dashCredit returns, for a sentence s that is a paragraph of its own
// made of a dash and a name, and perhaps what the name is ("— Huda Nasser
// al-Sabri, Abductees’ Mothers Association"), the name's first token: a
// credit line. Else -1.
func (t *tree) dashCredit(s int) int {
	a := t.a
	if s <= 0 || s >= len(a.Sentences) || !a.Sentences[s].NewPar || s+1 < len(a.Sentences) && !a.Sentences[s+1].NewPar {
		return -1
	}
	sn := a.Sentences[s]
	if sn.Last-sn.First < 2 || sn.Last-sn.First > 16 {
		return -1
	}
	switch a.Tokens[sn.First].Text {
	case "—", "–", "―", "-", "--":
	default:
		return -1
	}
	e := t.entityAt(sn.First + 1)
	if e < 0 || a.Entities[e].First != sn.First+1 || a.Entities[e].Type != nlp.PERSON && a.Entities[e].Type != nlp.ORG {
		return -1
	}
	for k := sn.First + 1; k < sn.Last; k++ {
		if tk := &a.Tokens[k]; tk.UPOS == "VERB" || t.quoted[k] {
			return -1 // a sentence of its own after a dash, not a credit
		}
	}
	return sn.First + 1
}

// demonstrativeCredit returns, for a sentence that says whose words the
// quotation before it were ("That was the warning from the union's
// leader", "Those were the words of Sarah Pike"), the token of its noun of
// speech; -1 otherwise. The sentence's root is the noun, with "that",
// "this", "those" or "these" for its subject, a copula, and the speaker
// after "from" or "of"; or the verb "belong" or "come", with a noun of
// speech for its subject ("The words belong to Marthe Zanga"), and the
// verb's token is returned.
func (t *tree) demonstrativeCredit(s int) int {
	a := t.a
	if s < 0 || s >= len(a.Sentences) {
		return -1
	}
	r := t.sentenceRoot(s)
	if r >= 0 && a.Tokens[r].UPOS == "VERB" && (a.Tokens[r].Lemma == "belong" || a.Tokens[r].Lemma == "come") {
		// "The words belong to Marthe Zanga", "Those words came from
		// the union's leader".
		subj := t.child(r, "nsubj")
		if subj < 0 || subj > r || !speechNouns[strings.ToLower(a.Tokens[subj].Lemma)] || t.child(subj, "det") < 0 || t.creditFrom(r) < 0 {
			return -1
		}
		return r
	}
	if r < 0 || a.Tokens[r].UPOS != "NOUN" || t.child(r, "cop") < 0 {
		return -1
	}
	l := strings.ToLower(a.Tokens[r].Lemma)
	if !contentNoun(l) && !speechNouns[l] {
		return -1
	}
	subj := t.child(r, "nsubj")
	if subj < 0 || subj > r {
		return -1
	}
	if w := a.Tokens[subj].Text; !nlp.EqualFoldLower(w, "that") && !nlp.EqualFoldLower(w, "this") && !nlp.EqualFoldLower(w, "those") && !nlp.EqualFoldLower(w, "these") && !nlp.EqualFoldLower(w, "such") {
		return -1
	}
	if t.creditFrom(r) < 0 {
		return -1
	}
	return r
}

// creditFrom returns the speaker a noun of speech names after "from" or
// "of" ("the warning from the union's leader"), or the verb "belong to"
// or "come from" does ("the words belong to Marthe Zanga"), or -1.
func (t *tree) creditFrom(n int) int {
	a := t.a
	for j := n + 1; j < len(a.Tokens) && a.Tokens[j].Sent == a.Tokens[n].Sent; j++ {
		if a.Tokens[j].Head != n || a.Tokens[j].Rel != "nmod" && a.Tokens[j].Rel != "obl" {
			continue
		}
		c := t.child(j, "case")
		if c < 0 {
			continue
		}
		switch w := strings.ToLower(a.Tokens[c].Text); {
		case a.Tokens[j].Rel == "nmod" && (w == "from" || w == "of"):
			return j
		case a.Tokens[j].Rel == "obl" && (w == "from" && a.Tokens[n].Lemma == "come" || w == "to" && a.Tokens[n].Lemma == "belong"):
			return j // "came from the union's leader", "belong to Marthe Zanga"
		}
	}
	return -1
}

// speechNouns are nouns for what someone said that contentNoun does not
// list: "those were the words of…", "that was the verdict from…".
var speechNouns = map[string]bool{"word": true, "verdict": true, "response": true, "reaction": true,
	"answer": true, "assessment": true, "reply": true, "comment": true, "remark": true, "plea": true,
	"advice": true, "line": true, "refrain": true, "cry": true}

// roleTold reports whether the cue c found for a quotation is a verb of
// saying whose subject is a person by their role's noun ("a senior
// executive had told him"): the words are that person's, whoever reports
// them.
func (t *tree) roleTold(c quoteCue) bool {
	if c.cue < 0 || c.src < 0 || !speechTo(t.a.Tokens[c.cue].Lemma) {
		return false
	}
	st := &t.a.Tokens[c.src]
	return st.UPOS == "NOUN" && strings.HasPrefix(st.Rel, "nsubj") && st.Head == c.cue && lowerIn(roleHeads, st.Lemma)
}

// countryBody reports whether the noun at src names a body (an embassy,
// a delegation, a ministry: bodyWord, speakingBodies) that a modifier
// before it says is the country speaker names ("the US embassy in
// Quito", "The United States delegation", "the UAE foreign ministry"
// for "United States" or "United Arab Emirates"): the body speaks, not
// the country.
func (t *tree) countryBody(src int, speaker string) bool {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || tok.XPOS != "NN" || !t.bodyWord(src) && !lowerIn(speakingBodies, tok.Lemma) {
		return false
	}
	country := CountryOf(speaker)
	if country == "" {
		return false
	}
	for k := int(t.left[src]); k < src; k++ {
		if t.quoted[k] || a.Tokens[k].UPOS != "PROPN" && a.Tokens[k].UPOS != "ADJ" {
			continue
		}
		// The modifier's whole name ("United States"), or the word.
		w := a.Tokens[k].Text
		if e := t.entityAt(k); e >= 0 && a.Entities[e].First == k {
			w = a.Span(k, min(a.Entities[e].Last, src))
		}
		if CountryOf(w) == country || NationOf(w) == country {
			return true
		}
	}
	return false
}

// itTakesUp reports whether the source at src is "it" that coreference
// links to the source s of the verb that reports its clause ("The
// Chilean delegation told reporters that it backed “…”"): the body
// speaks of itself.
func (t *tree) itTakesUp(src, s int) bool {
	if !nlp.EqualFoldLower(t.a.Tokens[src].Text, "it") {
		return false
	}
	c := t.clusterAt(src)
	return c >= 0 && t.clusterAt(s) == c
}
