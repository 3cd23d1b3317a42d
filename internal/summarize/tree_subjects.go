package summarize

// The source of a verb of saying in the tree: its subject (through verb
// chains, relative clauses and misparses), the source an inverted
// quotation puts after the verb, and which verbs count as cues.

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// subjectOf returns the subject of a verb: its nsubj, the agent of a
// passive ("was quoted by X"), or for a verb in a chain ("is expected to
// say", "went on to say") the subject of the governing verb; -1 when none.
func (t *tree) subjectOf(v int) int {
	if s := t.relativeSubject(v); s >= 0 {
		return s
	}
	if s := t.compoundSubject(v); s >= 0 {
		return s
	}
	participle := t.a.Tokens[v].XPOS == "VBG" || t.a.Tokens[v].XPOS == "VBN"
	if o := t.outerOfParticiple(v); o >= 0 {
		v = o
	}
	// A participle hung from a person is what they do ("footage of
	// Hillary Clinton asking, “…”", "the mayor said, adding that…"
	// misparsed). A name takes it; a role ("the mayor") only when the
	// verbs above it name no one.
	role := -1
	// The same for a finite cue the parser hung from its subject, which it
	// made the root ("The union's negotiator, Ian Croft, said…").
	if tok := &t.a.Tokens[v]; tok.Rel == "acl" && tok.Head >= 0 && tok.Head < v &&
		(tok.XPOS == "VBG" || t.a.Tokens[tok.Head].Rel == "root" && (tok.XPOS == "VBD" || tok.XPOS == "VBZ" || tok.XPOS == "VBP") || t.onlyVerbOfNounRoot(v)) {
		switch ht := &t.a.Tokens[tok.Head]; {
		case ht.UPOS == "PROPN":
			return tok.Head
		case ht.UPOS == "NOUN" && lowerIn(roleHeads, ht.Text):
			role = tok.Head
		}
	}
	for steps := 0; v >= 0 && steps < 4; steps++ {
		if s := t.subjectChild(v); s >= 0 {
			if role >= 0 {
				if n, _ := t.speakerOf(s); !properName(n) {
					return role
				}
			}
			return s
		}
		tok := t.a.Tokens[v]
		// A verb in a chain ("is expected to say", "said and added") and a
		// participle ("…, adding", "saying") take the subject of the verb
		// they hang from.
		if tok.Rel != "xcomp" && tok.Rel != "conj" && !strings.HasPrefix(tok.Rel, "advcl") && !participle {
			break
		}
		if steps == 0 && participle && tok.Head >= 0 && t.quotedAsSaying(v) {
			// "IRNA quoted a senior official as saying that…": the one
			// quoted says it, not the outlet quoting them.
			if o := t.child(tok.Head, "obj"); o >= 0 && o < v && !t.quoted[o] {
				return o
			}
		}
		// "allowed Mosseri to claim…", "forced her to admit…": the named
		// object of the verb an infinitive completes is who does it
		// ("promised voters to…" aside).
		// "The White House is expected to argue…", "is set to announce":
		// the subject of a raising verb in the passive does what the
		// infinitive says.
		if steps == 0 && tok.Rel == "xcomp" && tok.Head >= 0 && lowerIn(raisingLemmas, t.a.Tokens[tok.Head].Lemma) {
			if o := t.child(tok.Head, "nsubj:pass", "nsubj"); o >= 0 && o < v && !t.quoted[o] {
				return o
			}
		}
		if steps == 0 && tok.Rel == "xcomp" && tok.Head >= 0 && t.a.Tokens[tok.Head].Lemma != "promise" {
			// Also a name the parser hung from that verb as if it were a
			// complement of its own ("allowed | Mosseri" as xcomp).
			if o := t.child(tok.Head, "obj", "iobj", "xcomp"); o >= 0 && o < v && (t.a.Tokens[o].UPOS == "PROPN" || t.a.Tokens[o].UPOS == "PRON") {
				return o
			}
		}
		v = t.conjoinedTo(v)
	}
	return role
}

// conjoinedTo returns the verb that verb v hangs from: its head, but for
// a conjunct the parser joined to a verb further back that itself hangs
// from a verb between the two ("When the plan put a strip across them,
// Ada Obi, who leads the kafo, stood up and said" with "said" joined to
// "put", a clause of "stood"), that verb in between, whose subject goes
// on: a conjunct is joined to the verb it follows, not across the verb
// that governs its head.
func (t *tree) conjoinedTo(v int) int {
	a := t.a
	h := a.Tokens[v].Head
	if a.Tokens[v].Rel != "conj" || h < 0 || h > v {
		return h
	}
	if hh := a.Tokens[h].Head; hh > h && hh < v && a.Tokens[hh].UPOS == "VERB" && !t.quoted[hh] {
		return hh
	}
	return h
}

// quotedAsSaying reports whether participle v is the "as saying" of
// "quoted X as saying" or "cited X as saying".
func (t *tree) quotedAsSaying(v int) bool {
	a := t.a
	h := a.Tokens[v].Head
	if h < 0 || a.Tokens[h].Lemma != "quote" && a.Tokens[h].Lemma != "cite" {
		return false
	}
	m := t.child(v, "mark", "case")
	return m >= 0 && m < v && nlp.EqualFoldLower(a.Tokens[m].Text, "as")
}

// raisingLemmas are the verbs and adjectives whose subject is the subject
// of the infinitive after them ("is expected to argue", "is set to
// announce", "is likely to say").
var raisingLemmas = map[string]bool{"expect": true, "set": true, "schedule": true, "suppose": true, "slate": true, "due": true, "likely": true, "poise": true}

// outerOfParticiple returns, for a participle of saying set off by a
// comma that the parser hung inside the clause another verb of saying
// reports ("Quiñónez denied that the group was holding any soldiers,
// saying only that…"), that outer verb, whose subject says it; -1
// otherwise.
func (t *tree) outerOfParticiple(v int) int {
	a := t.a
	tok := &a.Tokens[v]
	if tok.XPOS != "VBG" || !strings.HasPrefix(tok.Rel, "advcl") || v == 0 || a.Tokens[v-1].Text != "," || !t.isCue(v) {
		return -1
	}
	h := tok.Head
	if h < 0 || a.Tokens[h].Rel != "ccomp" {
		return -1
	}
	o := a.Tokens[h].Head
	if o < 0 || o > v || !t.isCue(o) {
		return -1
	}
	return o
}

// relativeSubject returns, for a verb that follows a relative clause set
// off by commas ("Sarah Mills, who runs a clinic for Médecins Sans
// Frontières, said…", "Amat Hajjaj, whose son is held, said…", "the
// government of Quebec, where Borealis owns dams, has said…"), the head
// of the noun phrase the clause describes, which is the verb's subject
// whatever the parser made of the clause; -1 when the verb does not follow
// such a clause.
func (t *tree) relativeSubject(v int) int {
	a := t.a
	first := a.Sentences[a.Tokens[v].Sent].First
	// The verb's auxiliaries, adverbs and negation come between ("…, has
	// said", "…, has repeatedly said", "…, have not signalled").
	c := v - 1
	for c > first && v-c <= 3 && !t.quoted[c] && (a.Tokens[c].UPOS == "AUX" || a.Tokens[c].UPOS == "ADV" || a.Tokens[c].UPOS == "PART" && negation(&a.Tokens[c])) {
		c--
	}
	if c < 2 || a.Tokens[c].Text != "," || t.quoted[c] {
		return -1
	}
	k := c - 1
	for k > first && !t.quoted[k] && a.Tokens[k].UPOS != "PUNCT" {
		k--
	}
	if k <= first || a.Tokens[k].Text != "," {
		return -1
	}
	switch a.Tokens[k+1].XPOS {
	case "WP", "WP$", "WDT":
	case "WRB":
		// "The government of Quebec, where Borealis owns three
		// dams, has said…": a place or a body "where" describes.
		if !nlp.EqualFoldLower(a.Tokens[k+1].Text, "where") {
			return -1
		}
	default:
		return -1
	}
	if k+2 >= c {
		return -1 // "…, who," is no clause
	}
	h := k - 1
	if u := a.Tokens[h].UPOS; u != "PROPN" && u != "NOUN" || t.quoted[h] {
		return -1
	}
	if hd := a.Tokens[h].Head; nlp.PostNominal(a.Tokens[h].Text) && hd >= first && hd < h {
		// "Hanna Lindqvist, RN, who…": the name the letters follow.
		h = hd
	}
	if e := t.entityAt(h); e >= 0 && a.Entities[e].Type == nlp.PERSON && a.Tokens[h].Rel != "nmod" && t.child(h, "case") < 0 {
		// "Kenya's Cabinet Secretary for Environment and Climate
		// Change, Wanjiru Kamau, who…": the person the clause
		// describes, however the parser hung the name (not one a
		// preposition governs: "Bishop Anselm Pokiya of the Diocese
		// of Wabag, who…").
		return h
	}
	// Up from the phrase's last word to its head: "Hajjaj" of "Amat
	// al-Salam Hajjaj", "union" of "the head of the union".
	for steps := 0; steps < 8; steps++ {
		hd := a.Tokens[h].Head
		if hd < first || hd >= k {
			break
		}
		switch a.Tokens[h].Rel {
		case "flat", "flat:name", "compound", "nmod", "nmod:poss":
			h = hd
			continue
		case "conj":
			// "the school boards of Los Angeles and San Diego":
			// the last of a list inside the phrase.
			if r := a.Tokens[hd].Rel; r == "nmod" || r == "nmod:poss" || r == "compound" {
				h = hd
				continue
			}
		}
		break
	}
	if t.child(h, "case") >= 0 {
		return -1 // "In Ohio, where…": a preposition's, no subject
	}
	// "One owner who supports the deal, who asked not to be named, said":
	// the clause set off describes whom the verb's own subject names,
	// where that subject's phrase holds the noun before it and that noun
	// is no name nor a person's ("Kenya's Cabinet Secretary…, Wanjiru
	// Kamau, who is presiding…, said" stays Kamau).
	if s := t.subjectChild(v); s >= 0 && s < h && a.Tokens[h].UPOS == "NOUN" && !t.personNoun(h) && t.dominates(s, h, first, v) {
		return s
	}
	// "Nathalie Closset, mayor of Aubange, where half the working
	// population crosses the border, calls…": the clause describes the
	// place of the role set off after the name; the name the parser made
	// the verb's subject is who speaks.
	if s := t.subjectChild(v); s >= 0 && s < h && a.Tokens[h].UPOS == "NOUN" && t.nameSetOffBefore(s, h) {
		return s
	}
	return h
}

// nameSetOffBefore reports whether the phrase of noun h is set off by a comma
// right after a person's name that ends there, the name holding token s
// ("Nathalie Closset, mayor of Aubange").
func (t *tree) nameSetOffBefore(s, h int) bool {
	c := t.nameComma(h)
	e := t.entityAt(s)
	return c >= 0 && e >= 0 && t.a.Entities[e].Type == nlp.PERSON && t.a.Entities[e].Last == c
}

// subjectChild returns the subject among the dependents of v: outside
// quotation marks, not a date or a time ("said Monday" misparsed as a
// subject), the nearest before the verb, else the nearest after it
// ("said Jared Bernstein"); -1 when none.
func (t *tree) subjectChild(v int) int {
	a := t.a
	before, after, prev, disl := -1, -1, -1, -1
	for _, c := range t.children(v) {
		ci := int(c)
		tc := &a.Tokens[ci]
		if t.quoted[ci] || timeName(tc.NER) || tc.UPOS == "SCONJ" || tc.UPOS == "PUNCT" {
			// Nor a subordinating conjunction or a mark the parser made
			// the subject ("but warned that “…”", with "that" read as
			// the subject of "warned"): no one; the verb goes on with
			// the subject of the one it is joined to.
			continue
		}
		switch tc.Rel {
		case "dislocated":
			// "The 72-hour lockout notice, delivered to the local…,
			// said…" with the participle read as a relative clause:
			// the noun set before the verb, where it has no subject.
			if ci < v && (tc.UPOS == "NOUN" || tc.UPOS == "PROPN") {
				disl = ci
			}
			continue
		case "nsubj", "nsubj:outer", "obl:agent":
		case "nsubj:pass":
			// "Republicans … have not signalled": a perfect's subject
			// the parser labelled passive; "X was quoted by the agency
			// as saying": the one quoted speaks, not who quoted them.
			if u := tc.UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
				continue
			}
			if quoted := nlp.EqualFoldLower(a.Tokens[v].Lemma, "quote") && t.child(v, "aux:pass") >= 0; quoted {
				return ci
			}
			if !t.afterHave(v) || t.child(v, "aux:pass") >= 0 {
				continue
			}
		default:
			continue
		}
		if ci < v {
			prev, before = before, ci // children are in text order: the last is nearest
		} else if after < 0 {
			after = ci
		}
	}
	if before >= 0 && after >= 0 && t.setOffInversion(v, before, after) {
		// "The agreement, said Deputy Labour Minister Kofi
		// Asante-Mensah, “marks a new start…”": the verb of saying set
		// off inside a clause whose subject comes before it; the one
		// named after it is who says so.
		return after
	}
	if before >= 0 && prev >= 0 && t.placeAfterAffiliation(before, prev) {
		// "… of the University of California, Berkeley suggest": the
		// place is the affiliation's, the subject the people before it.
		return prev
	}
	if before >= 0 && prev >= 0 && t.bodyNameAfterAffiliation(before, prev) {
		// "Mira Kovačić of the wildlife group Blue Coast said": the
		// name after the body's kind is the body's, the subject the
		// person it hangs from.
		return prev
	}
	if before >= 0 {
		return before
	}
	if after < 0 {
		return disl
	}
	return after
}

// placeApposSubject returns, for verb v with no subject in the parse, a
// person or body named right after a place the sentence opens with that
// the parser set beside the place ("In Tromsø, the Arctic Pilots Guild,
// which…, issued a statement", the body read as the place's
// apposition): English puts the subject there. It returns -1 when the
// place has no such name beside it.
func (t *tree) placeApposSubject(v int) int {
	a := t.a
	for _, c := range t.children(v) {
		h := int(c)
		if h > v || a.Tokens[h].Rel != "obl" || t.quoted[h] || !t.placeAdjunct(h) {
			continue
		}
		// Set off from the place by a comma: "In Tromsø, the …".
		if pe := t.entityAt(h); pe < 0 || a.Entities[pe].Last >= v || a.Tokens[a.Entities[pe].Last].Text != "," {
			continue
		}
		for _, d := range t.children(h) {
			ap := int(d)
			if ap <= h || ap >= v || a.Tokens[ap].Rel != "appos" || t.quoted[ap] {
				continue
			}
			if e := t.entityAt(ap); e >= 0 && (a.Entities[e].Type == nlp.ORG || a.Entities[e].Type == nlp.PERSON) {
				return ap
			}
		}
	}
	return -1
}

// setOffInversion reports whether verb v, with a subject before it and
// one after it, is a credit set off by commas inside another clause: a
// comma right before the verb, closing the phrase before it, and the
// phrase after it closed by a comma or a quotation mark.
func (t *tree) setOffInversion(v, before, after int) bool {
	a := t.a
	if v == 0 || a.Tokens[v-1].Text != "," || int(t.right[before]) > v-1 || after != v+1 && !(a.Tokens[v+1].UPOS == "PROPN" && int(t.left[after]) == v+1) {
		return false
	}
	r := int(t.right[after]) + 1
	if r >= len(a.Tokens) || a.Tokens[r].Sent != a.Tokens[v].Sent {
		return false
	}
	switch a.Tokens[r].Text {
	case ",", "“", "\"", "''", "``":
		return true
	}
	return false
}

// cueSource returns the source of cue verb i: its subject, or, in the
// inverted order of quotations ("…,” said Jared Bernstein), the noun
// phrase right after the cue whatever relation the parser gave it.
func (t *tree) cueSource(i int) int {
	a := t.a
	if s := t.quotedAs(i); s >= 0 {
		return s
	}
	if s := t.subjectOf(i); s >= 0 {
		return s
	}
	if a.Tokens[i].Rel == "root" && t.child(i, "ccomp") >= 0 {
		// A reporting verb heading its sentence with no subject in the
		// parse ("In a statement, one of the family's attorneys, Justin
		// Bamberg, said the videos show…"): English puts the subject
		// before the verb, so the nearest noun before it that no
		// preposition governs is the source.
		if s := t.subjectBefore(i); s >= 0 {
			return s
		}
	}
	if s := t.invertedSource(i); s >= 0 {
		return s
	}
	if addresseeLemma(a.Tokens[i].Lemma) {
		// "Spokesman Jason Miller told the Post that…" with the subject
		// misparsed: the name before the verb.
		if s := t.subjectBefore(i); s >= 0 && a.Tokens[s].UPOS == "PROPN" {
			return s
		}
	}
	if x := a.Tokens[i].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" || x == "VBN" && t.afterHave(i) {
		// A finite cue the parse left with no subject: English puts the
		// subject before the verb, so the nearest name or noun before it
		// that no preposition governs ("Democrats accused the GOP of…");
		// before its first conjunct for a second one, not the first
		// one's object ("would respect the truce but expected…").
		v := i
		if h := a.Tokens[i].Head; a.Tokens[i].Rel == "conj" && h >= 0 && h < i {
			v = h
		}
		if s := t.subjectBefore(v); s >= 0 && a.Tokens[s].UPOS != "PRON" {
			return s
		}
	}
	return -1
}

// quotedAs returns, for the cue "saying" of "X was quoted (by an
// outlet) as saying…", the one quoted: the passive's subject, not the
// outlet; -1 for any other cue.
func (t *tree) quotedAs(i int) int {
	a := t.a
	h := a.Tokens[i].Head
	if h >= 0 && a.Tokens[h].UPOS == "NOUN" && strings.HasPrefix(a.Tokens[h].Rel, "obl") && a.Tokens[h].Head >= 0 {
		// "quoted by the television channel as saying", the clause
		// hung from the outlet.
		h = a.Tokens[h].Head
	}
	if h >= 0 && a.Tokens[h].Lemma == "quote" && a.Tokens[i].XPOS == "VBG" {
		if m := t.child(i, "mark"); m >= 0 && nlp.EqualFoldLower(a.Tokens[m].Text, "as") {
			if s := t.child(h, "nsubj:pass"); s >= 0 && s < h {
				return s
			}
			if s := t.child(h, "nsubj"); s >= 0 && s < h && t.child(h, "aux:pass") >= 0 && a.Tokens[s].UPOS == "PRON" && nlp.EqualFoldLower(a.Tokens[s].Text, "who") {
				// "the minister, Jean-Baptiste Eyenga, who was quoted by
				// the state newspaper as saying", the passive's "who"
				// labelled an active subject: the one it stands for.
				return s
			}
			if t.child(h, "aux:pass") >= 0 {
				// "Kyrsten Sinema, an independent who has joined the
				// talks, was quoted by Politico as saying", with the
				// subject hung on the relative clause's verb: the
				// sentence's first subject, not the outlet.
				// Or a noun phrase opening the sentence that no
				// preposition governs, however the parser labelled it
				// ("The Samoa coach, Malakai Leiataua-Hunt, was quoted
				// by…", the coach read as an oblique).
				for k := a.Sentences[a.Tokens[h].Sent].First; k < h; k++ {
					tk := &a.Tokens[k]
					if t.quoted[k] || tk.UPOS != "PROPN" && tk.UPOS != "NOUN" {
						continue
					}
					if strings.HasPrefix(tk.Rel, "nsubj") {
						return k
					}
					if tk.Rel == "obl" && tk.Head == h && t.child(k, "case") < 0 && !timeName(tk.NER) && int(t.left[k]) == a.Sentences[tk.Sent].First {
						return k
					}
				}
			}
		}
	}
	return -1
}

// strandedSubject returns, for a verb of saying at v with no subject,
// the role that stands between the quotation's end (from) and the verb
// as its subject would ("“…,” the chair of the negotiating committee,
// Chilean ambassador Inés Carrasco Villalobos, told the plenary", "“…,”
// Guyana's foreign minister, Vishnu Ramkissoon, told reporters", "“…,”
// the 61-year-old former driver told the crowd", which the parser hung off
// the quotation): a role noun, or a noun of a person in the singular,
// with its determiner or its owner after the quotation, only modifiers
// between, and no verb before v (the name set off after it, when there
// is one: "Iran's deputy foreign minister, Kazem Gharibabadi, told"); -1
// otherwise.
func (t *tree) strandedSubject(from, v int) int {
	a := t.a
	owned := false
	for k := from; k < v; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] || tk.Sent != a.Tokens[v].Sent {
			continue
		}
		if tk.UPOS == "NOUN" && (roleNoun(strings.ToLower(tk.Text)) || t.personNoun(k) && tk.XPOS == "NN") {
			if d := t.child(k, "det"); (d < from || d >= k) && !owned {
				return -1
			}
			for j := k + 1; j < v; j++ {
				if u := a.Tokens[j].UPOS; u == "VERB" || u == "AUX" {
					return -1
				}
			}
			// The holder's name set off after the role ("Iran's deputy
			// foreign minister, Kazem Gharibabadi, told"): the person,
			// wherever the parser hung the name.
			for j := k + 1; j < v; j++ {
				if ei := t.entityAt(j); ei >= 0 && a.Entities[ei].Type == nlp.PERSON && a.Tokens[j-1].Text == "," && a.Entities[ei].Last < v {
					return a.Entities[ei].Last - 1
				}
			}
			return k
		}
		if lowerIn(rankWords, tk.Text) {
			continue // "deputy", "acting": part of the role, wherever hung
		}
		switch {
		case tk.UPOS == "PUNCT" || tk.UPOS == "DET" || tk.UPOS == "ADJ":
		case tk.UPOS == "PART" && tk.XPOS == "POS":
		case tk.UPOS == "PROPN":
			// "Guyana's", "the European Commission's": the owner of the
			// role, with the words of its name.
			h := k
			if r := tk.Rel; (r == "compound" || r == "flat") && tk.Head > k {
				h = tk.Head
			}
			if a.Tokens[h].Rel != "nmod:poss" {
				return -1
			}
			owned = true
		case tk.UPOS == "NOUN" && owned && tk.Head > k && tk.Head < v:
			// "Norway's fisheries minister": a noun of the role's field.
		case (tk.UPOS == "NUM" || tk.UPOS == "NOUN" && tk.Rel == "compound") && tk.Head > k && tk.Head < v:
			// "the 61-year-old former driver": an age or a measure
			// inside the phrase.
		default:
			return -1
		}
	}
	return -1
}

// invertedSource returns the source a cue puts after itself, which the
// parser took for another relation ("…, said Jared Bernstein"), or -1.
func (t *tree) invertedSource(i int) int {
	a := t.a
	switch a.Tokens[i].XPOS {
	case "VBG", "VB":
		// Only a finite verb of saying puts its subject after it (or
		// one the tagger took for a participle, "…,” said Jared
		// Bernstein"): the object of "after saying her foot was
		// swollen" is what was said.
		return -1
	}
	for _, c := range t.children(i) {
		ci := int(c)
		// Further on only a phrase that opens right after the verb ("said
		// a Board of Trade and Industry spokesman").
		if ci <= i || ci > i+4 && (ci > i+9 || int(t.left[ci]) != i+1) {
			continue
		}
		ct := &a.Tokens[ci]
		if t.quoted[ci] {
			continue
		}
		switch ct.Rel {
		case "obj", "iobj":
			// The listener of "told the Post" is not who spoke, and only
			// a verb of saying puts its subject after it ("said Jared
			// Bernstein"): the object of "recognise" is what is
			// recognised.
			if addresseeLemma(a.Tokens[i].Lemma) || !inversionLemma(a.Tokens[i].Lemma) {
				continue
			}
			fallthrough
		case "dep", "nsubj:pass", "obl:npmod", "appos", "compound", "flat":
			if ct.UPOS == "PROPN" || ct.UPOS == "NOUN" || ct.UPOS == "PRON" {
				return ci
			}
		case "ccomp":
			// "“…,” said one father, who declined…" with the noun read
			// as a clause: a noun with no subject or copula of its own
			// is no clause but the one who spoke.
			// Nor is a name right before the noun its subject: "said a
			// Board of Mines and Quarries spokesman" is one phrase.
			ns := t.child(ci, "nsubj")
			if ns >= 0 && int(t.left[ns]) == i+1 && int(t.right[ns]) == ci-1 && a.Tokens[ns].UPOS == "PROPN" {
				ns = -1
			}
			if (ct.UPOS == "NOUN" || ct.UPOS == "PROPN") && inversionLemma(a.Tokens[i].Lemma) && t.child(ci, "cop") < 0 && ns < 0 {
				return ci
			}
		}
	}
	// "…,” said one person close to Castell.", with the noun hung on
	// what follows it ("close"): right after a finite verb of saying
	// that a closing quotation mark and comma stand before, the first
	// common noun past its determiners, possessives and numbers is who
	// spoke (a name is found otherwise, past its titles).
	if x := a.Tokens[i].XPOS; (x == "VBD" || x == "VBZ" || x == "VBP") && inversionLemma(a.Tokens[i].Lemma) && i >= 2 && closingMark(a.Tokens[i-1].Text) {
		for k := i + 1; k < len(a.Tokens) && k <= i+3 && a.Tokens[k].Sent == a.Tokens[i].Sent && !t.quoted[k]; k++ {
			if a.Tokens[k].XPOS == "PRP$" {
				continue // "said its leader, Jan ter Horst,"
			}
			switch a.Tokens[k].UPOS {
			case "DET", "NUM":
				continue
			case "NOUN":
				// A title with the name set off after it ("said its
				// leader, Jan ter Horst,") is that person's.
				if !isTitleWord(a.Tokens[k].Text) || t.setOffName(k) >= 0 {
					return k
				}
			}
			break
		}
	}
	return -1
}

// subjectBefore returns the nearest noun, name or pronoun before token i in
// its sentence that is not governed by a preposition, not quoted and not a
// time expression, or -1.
func (t *tree) subjectBefore(i int) int {
	a := t.a
	first := a.Sentences[a.Tokens[i].Sent].First
	for j := i - 1; j >= first; j-- {
		tj := &a.Tokens[j]
		if t.quoted[j] || tj.UPOS == "PUNCT" {
			continue
		}
		switch tj.UPOS {
		case "PROPN", "NOUN", "PRON":
		default:
			continue
		}
		if timeName(tj.NER) {
			continue
		}
		// Inside a relative clause that ends before the verb ("Trident,
		// which owns 7.4% of Corvane's shares, described…"): the clause
		// says something of the subject; go on before it.
		if r := t.relativeAround(j, i); r >= 0 {
			j = int(t.left[r])
			continue
		}
		// Governed by a preposition: itself, or the phrase it is a name
		// inside ("in a statement", "of the family's attorneys").
		h := j
		for steps := 0; steps < 8; steps++ {
			tj := &a.Tokens[h]
			if tj.Head < 0 || tj.Rel != "flat" && tj.Rel != "flat:name" && tj.Rel != "compound" {
				break
			}
			if hd := tj.Head; hd < h && t.commaBetween(hd, h) {
				// "before the start of Ramadan, al-Marri said": a name
				// after a comma, hung as the end of the one before it,
				// is a phrase of its own.
				break
			}
			h = tj.Head
		}
		if t.child(h, "case") >= 0 {
			continue
		}
		return j
	}
	return -1
}

// relativeAround returns the relative clause (its head) that holds token
// j, ends before token i and is set off by a comma and "which" or "who"
// (", which owns 7.4% of the shares,"), or -1.
func (t *tree) relativeAround(j, i int) int {
	a := t.a
	for k, steps := j, 0; k >= 0 && steps < 12; k, steps = a.Tokens[k].Head, steps+1 {
		if int(t.right[k]) >= i {
			return -1
		}
		if l := int(t.left[k]); a.Tokens[k].Rel == "acl:relcl" && l <= j && l > 0 && a.Tokens[l-1].Text == "," {
			switch strings.ToLower(a.Tokens[l].Text) {
			case "which", "who", "whose", "whom":
				return k
			}
		}
	}
	return -1
}

// isCue reports whether token i is a verb of saying, thinking or
// announcing, used as a verb.
func (t *tree) isCue(i int) bool {
	tok := &t.a.Tokens[i]
	if tok.UPOS == "VERB" && tok.Lemma == "read" {
		// "…,” the statement read.": a text reads what it says; and
		// "“…,” reads the first article of the protocol", the text
		// after the verb it inverts.
		s := t.child(i, "nsubj")
		if s < 0 {
			if o := t.child(i, "obj"); o > i {
				s = o
			}
		}
		return s >= 0 && textToken(&t.a.Tokens[s])
	}
	if tok.UPOS == "VERB" && tok.Lemma == "put" {
		// "One diplomat put it bluntly: “…”", "as the minister put
		// it": the idiom says, with "it" for what is said.
		o := t.child(i, "obj")
		return o > i && nlp.EqualFoldLower(t.a.Tokens[o].Text, "it") && t.child(i, "nsubj") >= 0
	}
	if !(tok.UPOS == "VERB" || tok.UPOS == "AUX" && tok.Lemma == "say") || !(cueLemma(tok.Lemma) || evaluativeLemma(tok.Lemma) || topicLemma(tok.Lemma) || t.regardsAs(i)) {
		return false
	}
	// A passive ("when asked", "was told that") reports what the subject
	// heard, not what it said, unless it names the speaker ("was quoted
	// by"). A participle right after "have" is a perfect, whatever label
	// the parser gave its subject ("Reyes has long maintained that…").
	// "Ms. Vale called on the board to resign" with "called" tagged as
	// a participle: a passive names no one after "on" (calledOn), and
	// with no passive auxiliary it is the past tense.
	if tok.XPOS == "VBN" && t.child(i, "obl:agent") < 0 && !(t.calledOn(i) >= 0 && t.child(i, "aux:pass") < 0) &&
		(t.child(i, "aux:pass") >= 0 || t.child(i, "nsubj:pass") >= 0 && !t.afterHave(i) || t.child(i, "aux") < 0 && t.child(i, "nsubj") < 0 && !t.perfectConj(i) && !t.afterHave(i) && !t.onlyVerbOfNounRoot(i)) {
		return false
	}
	return true
}

// openingParticiple reports whether cue i opens its sentence with no
// subject ("Asked whether layoffs were coming, Reyes replied…"): a finite
// verb would have its subject before it, so the form is the participle of
// a passive, and who asked is not said.
func (t *tree) openingParticiple(i int) bool {
	tok := &t.a.Tokens[i]
	x := tok.XPOS
	return (x == "VBD" || x == "VBN") && i == t.a.Sentences[tok.Sent].First && t.child(i, "nsubj", "nsubj:pass", "obl:agent") < 0
}

// heardOpening reports whether cue i is a participle opening its
// sentence as an adverbial clause ("Told that the ministry had said it
// “…”, the union leader scoffed"): the sentence's subject heard what it
// reports, so words quoted in it are not theirs.
func (t *tree) heardOpening(i int) bool {
	return t.openingParticiple(i) && t.a.Tokens[i].Rel == "advcl"
}

// afterHave reports whether participle i follows a form of "have", adverbs
// aside ("have said", "has repeatedly said"): a perfect, whatever the
// parser hung it from.
func (t *tree) afterHave(i int) bool {
	a := t.a
	for k := i - 1; k >= 0 && k >= i-3 && a.Tokens[k].Sent == a.Tokens[i].Sent; k-- {
		switch {
		case a.Tokens[k].Lemma == "have" && a.Tokens[k].UPOS == "AUX":
			return true
		case a.Tokens[k].UPOS != "ADV" && a.Tokens[k].UPOS != "PART":
			return false
		}
	}
	return false
}

// perfectConj reports whether participle i is the second verb of a
// perfect ("has criticized the offer and called for talks"): a conjunct
// of a verb with a perfect auxiliary and no passive one shares them.
func (t *tree) perfectConj(i int) bool {
	a := t.a
	h := a.Tokens[i].Head
	if a.Tokens[i].Rel != "conj" || h < 0 || a.Tokens[h].XPOS != "VBN" || t.child(h, "aux:pass") >= 0 || t.child(h, "nsubj:pass") >= 0 {
		return false
	}
	for _, c := range t.children(h) {
		if ct := &a.Tokens[c]; ct.Rel == "aux" && ct.Lemma == "have" {
			return true
		}
	}
	return false
}

// rankWords are the words of rank that open a role ("deputy foreign
// minister", "acting chair").
var rankWords = map[string]bool{"deputy": true, "vice": true, "acting": true, "assistant": true, "interim": true}

// onlyVerbOfNounRoot reports whether verb v, a participle set off by a
// comma that the parser hung from a name or noun, is the only predicate
// of a sentence it rooted in a noun ("The rebels' commander, Ali Omar,
// posted on Facebook that…", "posted" read as a participle on the name
// set off beside the role): no other verb and no passive of its own, so
// it is what the sentence's subject did.
func (t *tree) onlyVerbOfNounRoot(v int) bool {
	a := t.a
	tok := &a.Tokens[v]
	if tok.XPOS != "VBN" || v == 0 || a.Tokens[v-1].Text != "," || t.child(v, "aux:pass") >= 0 || t.child(v, "aux") >= 0 {
		return false
	}
	r := t.sentenceRoot(tok.Sent)
	if r < 0 || a.Tokens[r].UPOS != "NOUN" && a.Tokens[r].UPOS != "PROPN" {
		return false
	}
	for h, steps := tok.Head, 0; h != r; steps++ {
		if h < 0 || steps > 4 || a.Tokens[h].Rel != "appos" && a.Tokens[h].Rel != "flat" {
			return false
		}
		h = a.Tokens[h].Head
	}
	s := a.Sentences[tok.Sent]
	for k := s.First; k < v; k++ {
		if (a.Tokens[k].UPOS == "VERB" || a.Tokens[k].UPOS == "AUX") && !t.quoted[k] {
			return false
		}
	}
	return true
}

// compoundSubject returns, for a finite verb of saying with no subject
// that the parser gave a name right before it as a compound, as if the
// verb were a noun the name modified ("“…,” the younger Haddad says",
// read as "the younger Haddad-says"), that name: the verb's subject. It
// returns -1 otherwise.
func (t *tree) compoundSubject(v int) int {
	a := t.a
	tok := &a.Tokens[v]
	if v == 0 || tok.UPOS != "VERB" || tok.XPOS != "VBZ" && tok.XPOS != "VBD" || t.quoted[v] || t.child(v, "nsubj", "nsubj:pass") >= 0 {
		return -1
	}
	c := v - 1
	if ct := &a.Tokens[c]; ct.Head != v || ct.Rel != "compound" || ct.UPOS != "PROPN" || t.quoted[c] {
		return -1
	}
	return c
}

// bodyNameAfterAffiliation reports whether p, a name the parser made a
// second subject of a verb, right after the phrase of the first subject
// s, is the name of a body that phrase ends on by its kind: s a person's
// name, its phrase ending on a noun of a body's kind (bodyKinds) hung
// from it by "of", "at" or "from", and p right after that noun ("Mira
// Kovačić of the wildlife group Blue Coast said").
func (t *tree) bodyNameAfterAffiliation(p, s int) bool {
	a := t.a
	if s >= p || a.Tokens[p].UPOS != "PROPN" || t.clusterType(s) != nlp.PERSON && !strings.HasSuffix(a.Tokens[s].NER, "PERSON") {
		return false
	}
	k := int(t.right[s])
	if int(t.left[p]) != k+1 || a.Tokens[k].UPOS != "NOUN" || !lowerIn(bodyKinds, a.Tokens[k].Lemma) {
		return false
	}
	// The kind noun hangs from the person's name by "of", "at" or "from".
	if h := a.Tokens[k].Head; h < s || h > k || a.Tokens[k].Rel != "nmod" {
		return false
	}
	c := t.child(k, "case")
	if c < 0 {
		return false
	}
	switch strings.ToLower(a.Tokens[c].Text) {
	case "of", "at", "from":
		return true
	}
	return false
}
