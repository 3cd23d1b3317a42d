package summarize

import (
	"strings"

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
			c.cueText != wordsOfCue && !t.unnamedSource(c.src) && !(containsWords(name, at.speaker) && (t.personWord(c.src) || t.bodyRole(c.src))) && !t.writtenSource(c.src, at.speaker) &&
			t.officeOf(c.src) == "" && !(t.documentNoun(c.src, at.speaker) && d.personSpeaker(at.speaker)) &&
			!(t.personWord(c.src) && (d.bodySpeaker(at.speaker) || t.bodyNamed(at.speaker))) &&
			!(at.how == "float" && c.linked && t.a.Tokens[c.src].UPOS == "NOUN" && !t.personWord(c.src) && d.personSpeaker(at.speaker)) &&
			!t.countryBody(c.src, at.speaker) && !t.rankNotGiven(c.src, at.speaker) {
			// A description the tree could not resolve ("the
			// minister") where the speaker found before is a name; but
			// "an insider", "one mother" bring in someone new, whom no
			// name before stands for, and "in the words of the
			// patient" says whose words follow; nor does one who
			// spoke "on condition of anonymity". A name a
			// person's description holds is no one it stands for
			// ("the former New Mexico governor" is not New Mexico,
			// nor "a Bureau of Mines official" the bureau;
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
		// The phrase, or its owner that opens it ("It said the
		// growers' terms were “…”": the growers' said nothing).
		if s != "" && (s == n || strings.HasPrefix(n, s+" ") || ownerOpens(s, n)) {
			return true
		}
	}
	return false
}

// ownerOpens reports whether name n, in lower case, is the possessive
// that opens phrase s ("the growers'" of "the growers' terms").
func ownerOpens(s, n string) bool {
	return (endsPossessive(n) || strings.HasSuffix(n, "'") || strings.HasSuffix(n, "’")) && strings.HasPrefix(s, n+" ")
}
