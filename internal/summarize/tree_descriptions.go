package summarize

// Descriptions that stand for someone named elsewhere: "the company",
// "the statement", "one mother", "an RSF adviser", and the person a role
// phrase names ("Union leader Maria Lopez", "the UN's envoy, Ramtane
// Lamamra").

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
)

// recentBody names the body "the company" or "the union" at token src
// stands for when coreference left it open: the one organisation named in
// its sentence or the two before (a union for "the union", a company for
// the others), else, for "the union", the one union named anywhere
// before; "" when there is none or more than one.
func (t *tree) recentBody(src int) string {
	a := t.a
	union := a.Tokens[src].Lemma == "union"
	if !union && !corporateNouns[a.Tokens[src].Lemma] && !bodyKinds[a.Tokens[src].Lemma] {
		return ""
	}
	found, one := t.oneBodyNamed(src, 2, union)
	if !one {
		return "" // two bodies: no guess
	}
	if lemma := a.Tokens[src].Lemma; found != "" && !union && !kindOfName(found, lemma) {
		// "a portfolio manager at Thameside Asset Management and
		// co-chair of the bondholder committee… the committee wrote": a
		// firm is no committee; the body must be of the kind the noun
		// says, by its name.
		return ""
	}
	if found == "" && !union {
		found = t.untypedNameBefore(src)
	}
	if found != "" {
		return found
	}
	// Past the sentence and the two before it, a body the story brought
	// in by a description that says whose it is ("talks between the bus
	// drivers' union and the companies broke up… The union said") is the
	// one "the union" takes up, not a union named paragraphs before.
	if d := t.describedBodyBefore(src); d != "" {
		return d
	}
	if !union && corporateNouns[a.Tokens[src].Lemma] {
		// "Workers at Tân Phú Thịnh Footwear Co. … the company said":
		// the one company the story has named anywhere before by its
		// designation.
		found = t.designatedCompanyBefore(src)
	}
	if union {
		// "The Australian Nursing and Midwifery Federation’s SA branch
		// (ANMF) confirmed…" twenty sentences before "the union said":
		// the one union the story has named anywhere before.
		found, _ = t.oneBodyNamed(src, -1, true)
	}
	return found
}

// kindOfName reports whether the body named name can be what the noun
// lemma says it is: any body for a noun any body may go by ("the
// company", "the organisation", "the department" for "SA Health"), but
// for a noun of a body that is constituted as one (namedKinds) only one
// whose name holds the noun ("the committee" for "the National
// Tripartite Committee", not for a firm named just before) or is written
// in initials.
func kindOfName(name, lemma string) bool {
	return !namedKinds[lemma] || isAcronym(name) || containsWords(strings.ToLower(name), lemma)
}

// namedKinds are the nouns of bodies constituted as such, whose names
// hold the noun ("the Public Interest Commission", "the Federation of
// Kenya Employers").
var namedKinds = makeSet(`committee council commission tribunal federation association confederation institute guild
syndicate cooperative`)

// describedBodyBefore returns, for "the N" at src, the nearest earlier
// mention of the same noun outside quotation marks, past those with
// "the" alone before them, when it says whose body it is by a common
// noun ("the bus drivers' union", "the nurses' union": a possessor that
// names no one) and neither names the body nor is part of a name: that
// phrase, from its first word to the noun; else "".
func (t *tree) describedBodyBefore(src int) string {
	a := t.a
	if !strings.EqualFold(a.Tokens[src].Text, a.Tokens[src].Lemma) || t.quoted[src] {
		return ""
	}
	t.nounChains()
	for k := int(t.prevNoun[src]); k >= 0; k = int(t.prevNoun[k]) {
		kt := &a.Tokens[k]
		if kt.Rel == "compound" || kt.XPOS != "NN" || t.entityAt(k) >= 0 {
			continue
		}
		poss, other := -1, false
		for _, c := range t.children(k) {
			ci := int(c)
			switch ct := &a.Tokens[ci]; {
			case ci > k && ct.Rel == "appos" && ct.UPOS == "PROPN":
				return "" // "the drivers' union, Unite,": named
			case ci > k:
			case ct.Rel == "nmod:poss":
				poss = ci
			case ct.Rel != "det" && ct.UPOS != "PUNCT":
				other = true
			}
		}
		if poss < 0 {
			if other {
				return "" // "a new union": the nearest mention decides
			}
			continue // "the union", "the union, which…": past it
		}
		for j := int(t.left[poss]); j <= poss; j++ {
			if a.Tokens[j].UPOS == "PROPN" || t.entityAt(j) >= 0 || t.quoted[j] || a.Tokens[j].UPOS == "PRON" {
				return "" // "Ford's union", "its union": owned, not described
			}
		}
		return a.Span(int(t.left[poss]), k+1)
	}
	return ""
}

// designatedCompanyBefore returns the complete name of the one
// organisation named before token src, outside quotations, whose name ends
// in a company's designation ("Co.", "Inc", "Ltd"), or "" when there is
// none or more than one.
func (t *tree) designatedCompanyBefore(src int) string {
	a := t.a
	return t.oneBodyWithin(src, -1, false, func(e *nlp.Entity) bool {
		return e.Type == nlp.ORG && e.Last-e.First >= 2 && lowerIn(companyEndings, strings.TrimSuffix(a.Tokens[e.Last-1].Text, "."))
	})
}

// companyEndings are the designations that end a company's name.
var companyEndings = makeSet(`inc corp corporation co company ltd limited plc llc gmbh ag sa nv bv spa`)

// oneBodyNamed returns the complete name of the one organisation named
// before token src, outside quotations and not as a common noun's
// modifier, in src's sentence or the within before it (anywhere before
// it for a negative within), that is a union (union) or not one: "" when
// there is none; "" and false when there are two.
func (t *tree) oneBodyNamed(src, within int, union bool) (string, bool) {
	a := t.a
	sent := a.Tokens[src].Sent
	from := 0
	if within >= 0 {
		from = t.entitiesFromSent(sent - within)
	}
	found := ""
	for ei := from; ei < len(a.Entities); ei++ {
		e := &a.Entities[ei]
		if e.First >= src {
			break // entities are in text order
		}
		if e.Type != nlp.ORG || within >= 0 && sent-a.Tokens[e.First].Sent > within || t.quoted[e.First] || t.nameModifier(e.Last-1) {
			continue
		}
		name := t.completeName(t.entityName(ei))
		if !properName(name) || describes(descParty{name: "the union", head: "union"}, name) != union {
			continue
		}
		if found != "" && found != name {
			return "", false
		}
		found = name
	}
	return found, true
}

// untypedNameBefore returns the one name of src's sentence before it that
// the engine's name linking knows as a body or as nothing known ("a wage
// offer from Sibanye-Stillwater, the company said", which the entity
// model left untyped or took for a place), as the linking writes it, or
// "". A company a story names but neither the model nor the lists know is
// such a name; no person is, nor a month or a day.
func (t *tree) untypedNameBefore(src int) string {
	a := t.a
	s := a.Sentences[a.Tokens[src].Sent]
	found := ""
	for k := s.First; k < src; k++ {
		if a.Tokens[k].UPOS != "PROPN" || t.quoted[k] || strings.HasSuffix(a.Tokens[k].NER, "PERSON") || k > s.First && a.Tokens[k-1].UPOS == "PROPN" {
			continue
		}
		if lw := strings.ToLower(a.Tokens[k].Text); months[lw] || dayNamesSet[lw] || timeName(a.Tokens[k].NER) {
			continue // "in a letter to the minister in March, the committee wrote"
		}
		if t.bodyAt == nil {
			return ""
		}
		n := t.bodyAt(a.Tokens[k].Start)
		if n == "" {
			continue // the rest of a name the linking knows by its start
		}
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// nameModifier reports whether the name ending at token i only
// modifies a common noun ("a Netflix documentary", "the Apple store"): it
// says which thing, and is not itself someone the story goes on about.
func (t *tree) nameModifier(i int) bool {
	a := t.a
	h := a.Tokens[i].Head
	return a.Tokens[i].Rel == "compound" && h > i && a.Tokens[h].UPOS == "NOUN"
}

// namedOnlyAsModifier reports whether every name in the coreference
// cluster of the description at src, before it, only modifies a common
// noun ("accused Big Machine of blocking a Netflix documentary. The
// company denied…": not Netflix).
func (t *tree) namedOnlyAsModifier(src int) bool {
	a := t.a
	c := t.clusterAt(src)
	if c < 0 {
		return false
	}
	seen := false
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Kind != nlp.NameMention || m.Head >= src {
			continue
		}
		if !t.nameModifier(m.Head) {
			return false
		}
		seen = true
	}
	return seen
}

// bodyByModifier returns the one organisation named in the sentence of a
// description of a body or the two before it, outside quotations, whose
// name holds a word that begins like the description's lower-case
// compound ("the production company" -> "Dick Clark Productions", "the
// mining company" -> "Alpha Mining"), or "".
func (t *tree) bodyByModifier(src int) string {
	a := t.a
	c := t.child(src, "compound")
	if c < 0 || c > src || a.Tokens[c].UPOS != "NOUN" || unicode.IsUpper(firstRune(a.Tokens[c].Text)) {
		return ""
	}
	stem := strings.ToLower(a.Tokens[c].Lemma)
	if len(stem) > 6 {
		stem = stem[:6]
	}
	if len(stem) < 4 {
		return ""
	}
	// The entity model may take a firm named for a person ("Dick Clark
	// Productions") for the person.
	return t.oneBodyBefore(src, true, func(e *nlp.Entity) bool {
		for k := e.First; k < e.Last; k++ {
			if strings.HasPrefix(strings.ToLower(a.Tokens[k].Text), stem) {
				return true
			}
		}
		return false
	})
}

// bodyByHead returns the one organisation named in the sentence of a
// description with a definite article or the two before it, outside
// quotations, whose name ends in the description's head ("the federal
// labour board" -> "Canada Industrial Relations Board"), where the
// description's own modifiers are words in lower case (not "the Indian
// ministry" for a Pakistani one); or "".
func (t *tree) bodyByHead(src int) string {
	a := t.a
	if d := t.child(src, "det"); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return ""
	}
	for _, c := range t.children(src) {
		if ci := int(c); ci < src && (a.Tokens[ci].UPOS == "PROPN" || unicode.IsUpper(firstRune(a.Tokens[ci].Text))) && !nlp.EqualFoldLower(a.Tokens[ci].Text, "the") {
			return ""
		}
	}
	head := strings.ToLower(a.Tokens[src].Text)
	return t.oneBodyBefore(src, false, func(e *nlp.Entity) bool {
		return e.Type == nlp.ORG && e.Last-e.First >= 2 && strings.EqualFold(a.Tokens[e.Last-1].Text, head)
	})
}

// oneBodyBefore returns the complete name of the one organisation (or,
// with persons, person) named before token src in its sentence or the two
// before it, outside quotations, that fits; or "" (none, or two).
func (t *tree) oneBodyBefore(src int, persons bool, fits func(e *nlp.Entity) bool) string {
	return t.oneBodyWithin(src, 2, persons, fits)
}

// oneBodyWithin is oneBodyBefore within the given number of sentences
// before src's (anywhere before it for a negative within).
func (t *tree) oneBodyWithin(src, within int, persons bool, fits func(e *nlp.Entity) bool) string {
	a := t.a
	sent := a.Tokens[src].Sent
	from := 0
	if within >= 0 {
		from = t.entitiesFromSent(sent - within)
	}
	found := ""
	for ei := from; ei < len(a.Entities); ei++ {
		e := &a.Entities[ei]
		if e.First >= src {
			break
		}
		if e.Type != nlp.ORG && !(persons && e.Type == nlp.PERSON) || within >= 0 && sent-a.Tokens[e.First].Sent > within || t.quoted[e.First] || !fits(e) {
			continue
		}
		name := t.completeName(t.entityName(ei))
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}

// receivingVerbs are verbs whose subject takes in a text someone else
// made: its reader, its recipient, its critic.
var receivingVerbs = makeSet(`read receive see get obtain review reject welcome dismiss study examine quote cite forward`)

// ownerWithin returns who made the text or the words named at token k,
// as its own phrase says: its possessor ("the Fund's staff report"), a
// body's or a person's name before it ("the IMF report"),
// what "from" or "by" names ("a letter from the FRN to the mediators"),
// or the agent of a participle of making that says who made it ("a
// notice posted by the company", "a letter sent to her department by the
// producers' organisation"; not "a draft seen by the Standard", "a
// statement carried by its television station"); -1 when the phrase
// names no one. A text several made ("minutes signed by the federation,
// the company and the workers") is no one's but its own.
func (t *tree) ownerWithin(k int) int {
	a := t.a
	if p := t.child(k, "nmod:poss"); p >= 0 {
		return p
	}
	for _, c := range t.children(k) {
		ci := int(c)
		ct := &a.Tokens[ci]
		if ci < k && ct.Rel == "compound" && ct.UPOS == "PROPN" {
			// "the IMF report", "a Defra memo": a body's or a
			// person's name before it, not a place's ("the Bender
			// protocol" is the text's own name).
			if e := t.entityAt(ci); e >= 0 && (a.Entities[e].Type == nlp.ORG || a.Entities[e].Type == nlp.PERSON) && a.Entities[e].Last <= k {
				return ci
			}
		}
		if ci > k && (ct.Rel == "nmod" || ct.Rel == "obl") {
			if cs := t.caseOf(ci); cs == "from" || cs == "by" {
				return t.soleOwner(ci)
			}
		}
		if ci > k && ct.Rel == "acl" && ct.XPOS == "VBN" && makingVerbs[ct.Lemma] {
			for _, g := range t.children(ci) {
				if gi := int(g); gi > ci && (a.Tokens[gi].Rel == "obl:agent" || a.Tokens[gi].Rel == "obl" && t.caseOf(gi) == "by") {
					return t.soleOwner(gi)
				}
			}
		}
	}
	return -1
}

// publishedBy reports whether owner o of the text at token k (as
// ownerWithin found it) is the agent of a participle of making hung from
// the text ("the final text, published by the UN"), not its possessor
// or what "from" or "by" names right after it.
func (t *tree) publishedBy(k, o int) bool {
	h := t.a.Tokens[o].Head
	return h > k && t.a.Tokens[h].Rel == "acl" && t.a.Tokens[h].Head == k
}

// jointText reports whether the text at token k says several made it
// ("a joint statement issued by the EU"): it speaks for itself, not for
// whoever issued it.
func (t *tree) jointText(k int) bool {
	for _, c := range t.children(k) {
		if t.a.Tokens[c].Rel == "amod" && nlp.EqualFoldLower(t.a.Tokens[c].Text, "joint") {
			return true
		}
	}
	return false
}

// signedText reports whether the text at token k is said to be signed
// ("a joint statement signed in Vienna by…").
func (t *tree) signedText(k int) bool {
	for _, c := range t.children(k) {
		if ct := &t.a.Tokens[c]; int(c) > k && ct.Rel == "acl" && nlp.EqualFoldLower(ct.Lemma, "sign") {
			return true
		}
	}
	return false
}

// negotiatedText reports whether the text at token k is what the sides of
// a negotiation agreed or drafted together ("the final text, published by
// the UN", "the accord, released by the mediators"; not a communiqué one
// body issued): whoever made it public did not write it alone, and it
// speaks for itself.
func (t *tree) negotiatedText(k int) bool {
	switch strings.ToLower(t.a.Tokens[k].Lemma) {
	case "agreement", "accord", "treaty", "protocol", "memorandum":
		return true
	case "text", "draft":
		for _, c := range t.children(k) {
			if ct := &t.a.Tokens[c]; ct.Rel == "amod" || ct.Rel == "compound" {
				switch strings.ToLower(ct.Text) {
				case "final", "agreed", "joint", "draft", "agreement", "negotiating", "consolidated":
					return true
				}
			}
		}
	}
	return false
}

// makingVerbs are the verbs whose agent made a text ("issued by",
// "posted by", "sent by"), not one who only saw, read, carried or
// received it.
var makingVerbs = makeSet(`issue post publish release send write sign draft prepare submit circulate present table
put file deliver distribute pen author produce compile adopt approve commission lodge email mail tweet`)

// soleOwner returns o, or -1 when o is the first of several joined by
// a conjunction or names all the sides together ("signed by both
// delegations": bothSides).
func (t *tree) soleOwner(o int) int {
	if t.child(o, "conj") >= 0 || t.bothSides(o) {
		return -1
	}
	return o
}

// sideNouns name the sides of a negotiation as a group.
var sideNouns = makeSet(`party side delegation government country negotiator team`)

// bothSides reports whether token o names all the sides of a negotiation
// together ("both parties", "the two sides", "all three delegations"): a
// text they signed is no one side's, and speaks for itself ("The one-page
// document, signed by both parties, says…").
func (t *tree) bothSides(o int) bool {
	a := t.a
	if a.Tokens[o].XPOS != "NNS" || !sideNouns[strings.ToLower(a.Tokens[o].Lemma)] {
		return false
	}
	for _, c := range t.children(o) {
		switch ct := &a.Tokens[c]; strings.ToLower(ct.Text) {
		case "both", "all":
			return ct.Rel == "det" || ct.Rel == "det:predet" || ct.Rel == "amod"
		case "two", "three", "four":
			return ct.Rel == "nummod" && t.child(o, "det") >= 0 // "the two sides"
		}
	}
	return false
}

// statementOwner returns, for "the statement" (any noun of what was said
// with a definite article) at token src, who made the one the story
// brought in before with the same noun: the subject of the verb that took
// it ("Big Machine Records issued a statement", "the union said in a
// statement"), its possessor, or what "from" or "by" names ("a statement
// from the ministry"), through any "the statement" in between that only
// says what it said. It returns -1 when there is none.
func (t *tree) statementOwner(src int) int {
	a := t.a
	if d := t.nounDet(src); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") && !nlp.EqualFoldLower(a.Tokens[d].Text, "that") {
		return -1
	}
	lemma := a.Tokens[src].Lemma
	mods := t.modifierLemmas(src)
	for k := src - 1; k >= 0; k-- {
		kt := &a.Tokens[k]
		if kt.Lemma != lemma || kt.UPOS != "NOUN" || t.quoted[k] {
			continue
		}
		if len(mods) > 0 {
			// "The joint statement" is not the ministry's "statement"
			// before it: a word that says which one is the earlier
			// one's too.
			km := t.modifierLemmas(k)
			if slices.ContainsFunc(mods, func(m string) bool { return !slices.Contains(km, m) }) {
				continue
			}
		}
		if p := t.child(k, "nmod:poss"); p >= 0 {
			return p
		}
		// "Under a joint statement signed by Iran's deputy foreign
		// minister and the agency's head of safeguards, …. The
		// statement says…": a joint text its sides signed is no one
		// side's (one a facilitator issued is the facilitator's).
		if t.jointText(k) && t.signedText(k) {
			return -1
		}
		// "In a statement signed by its director, Mrs. Adeyemi-Bello, the
		// Federal Ministry of Labour urged…": the one who speaks in it
		// owns it, before whoever signed it.
		if v := kt.Head; v >= 0 && kt.Rel == "obl" && t.caseOf(k) == "in" && a.Tokens[v].UPOS == "VERB" && !receivingVerbs[a.Tokens[v].Lemma] {
			if s := t.subjectChild(v); s >= 0 && a.Tokens[s].UPOS != "PRON" && t.entityAt(s) >= 0 {
				return s
			}
		}
		if o := t.ownerWithin(k); o >= 0 {
			return o
		}
		// Whoever read, received or saw it did not make it ("whether the
		// minister had read a letter").
		if v := kt.Head; v >= 0 && (kt.Rel == "obj" || kt.Rel == "obl") && a.Tokens[v].UPOS == "VERB" && !receivingVerbs[a.Tokens[v].Lemma] {
			s := t.subjectChild(v)
			if s < 0 {
				// "In Tromsø, the Arctic Pilots Guild, which…, issued a
				// statement": the body the parser set beside the place.
				s = t.placeApposSubject(v)
			}
			if s >= 0 && a.Tokens[s].UPOS != "PRON" {
				if textToken(&a.Tokens[s]) {
					// "The deal, set out in a two-page joint
					// statement": a text is set out in it, nobody
					// made it; it speaks for itself.
					return -1
				}
				if t.child(s, "conj") >= 0 {
					// "CLP and NC released a joint statement": made
					// by several, it speaks for itself, not for the
					// first of them.
					return -1
				}
				return s
			}
			// "In a letter to the board, Trident, which owns…, described
			// its proposal…" with the subject lost in the parse: the
			// cue's source as the tree reads it without one.
			if s := t.cueSource(v); s >= 0 && t.subjectChild(v) < 0 && t.isCue(v) && a.Tokens[s].UPOS != "PRON" {
				return s
			}
		}
		if t.caseOf(k) == "in" && kt.Rel == "nmod" {
			// "denied the claim in a statement", the statement hung
			// from the object: the subject of the verb above.
			v := kt.Head
			for steps := 0; v >= 0 && steps < 3 && a.Tokens[v].UPOS != "VERB"; steps++ {
				v = a.Tokens[v].Head
			}
			if v >= 0 && a.Tokens[v].UPOS == "VERB" {
				if s := t.subjectChild(v); s >= 0 && a.Tokens[s].UPOS != "PRON" {
					return s
				}
			}
		}
		if d := t.nounDet(k); d >= 0 && nlp.EqualFoldLower(a.Tokens[d].Text, "the") && (kt.Rel == "nsubj" || kt.Rel == "compound") {
			// "the statement continued" taking up the statement
			// again: the one it takes up says who made it.
			continue
		}
		return -1
	}
	return -1
}

// nounDet returns the determiner of noun i, or of the noun the parser
// made it a compound of ("the statement read" with "read" taken for a
// noun), or -1.
func (t *tree) nounDet(i int) int {
	if d := t.child(i, "det"); d >= 0 {
		return d
	}
	if h := t.a.Tokens[i].Head; t.a.Tokens[i].Rel == "compound" && h == i+1 {
		if d := t.child(h, "det"); d >= 0 && d < i {
			return d
		}
	}
	return -1
}

// clusterNewcomer returns the head of the indefinite description that
// opens the coreference cluster of "he" or "she" at token i, before it
// and unquoted ("one mother", "an insider"), not of the other sex
// than the pronoun ("a spokeswoman" for a "he"), or -1.
func (t *tree) clusterNewcomer(i int) int {
	a := t.a
	c := t.clusterAt(i)
	if w := strings.ToLower(a.Tokens[i].Text); c < 0 || w != "he" && w != "she" || len(a.Clusters[c].Mentions) == 0 {
		return -1
	}
	first := &a.Mentions[a.Clusters[c].Mentions[0]]
	if h := first.Head; first.Kind == nlp.NominalMention && h < i && !t.quoted[h] && t.indefinite(h) && !t.otherSex(h, i) {
		return h
	}
	return -1
}

// clusterDescription returns the head of the first mention of token i's
// coreference cluster that describes a person by role ("An RSF adviser"),
// outside quotation marks and before i, in the story's text (a live
// blog's subhead "Chief of staff rules out troops" describes no one), and
// not of the other sex than i ("a spokeswoman" is no "he"), or -1.
func (t *tree) clusterDescription(i int) int {
	a := t.a
	c := t.clusterAt(i)
	if c < 0 {
		return -1
	}
	for _, mi := range a.Clusters[c].Mentions {
		mm := &a.Mentions[mi]
		h := mm.Head
		if mm.Kind != nlp.NominalMention || h >= i || t.quoted[h] || t.storyAt != nil && !t.storyAt(a.Tokens[h].Start) {
			continue
		}
		if ht := &a.Tokens[h]; ht.UPOS == "NOUN" && ht.XPOS == "NN" && lowerIn(roleHeads, ht.Text) && !t.otherSex(h, i) {
			return h
		}
	}
	return -1
}

// opensBodyName reports whether a name of one word the entity model read
// as a person's is the first word of an organisation's name the story
// gives ("Nordbank" of "the Nordbank analyst" beside "Nordbank Markets").
func (t *tree) opensBodyName(e *nlp.Entity) bool {
	a := t.a
	if e.Last-e.First != 1 {
		return false
	}
	w := a.Tokens[e.First].Text
	for oi := range a.Entities {
		if o := &a.Entities[oi]; o.Type == nlp.ORG && o.Last-o.First > 1 && a.Tokens[o.First].Text == w {
			return true
		}
	}
	return false
}

// personIn returns the PERSON entity inside the phrase headed by src (its
// subtree, without clauses), nearest to src, or -1; a lone nationality
// ("Qatari") is no person, and one ending in a title ("Acme Chief") comes
// after every other.
func (t *tree) personIn(src int) int {
	a := t.a
	best, bestDist := -1, 1<<30
	lo, hi := int(t.left[src]), int(t.right[src])
	from, to := t.entitiesIn(lo, hi)
	for ei := from; ei < to; ei++ {
		e := &a.Entities[ei]
		if e.Type != nlp.PERSON || e.First < lo || e.Last-1 > hi {
			continue
		}
		if e.Last-e.First == 1 && lowerIn(gazetteer, a.Tokens[e.First].Text).demonym {
			// A nationality the entity model took for a name
			// ("Qatari officials") is no person.
			continue
		}
		if !t.inPhrase(e.First, src) || t.ownerOf(e, src) || t.employerBefore(ei, lo, hi) || t.opensBodyName(e) || t.namesBodyHead(e, src) {
			continue
		}
		if r := t.entityRootTok(e); r >= 0 && r != src && t.caseOf(r) == "in" {
			// "A Western diplomat in Juba": where the source is, a
			// place the entity model took for a name; no one is in a
			// person.
			continue
		}
		if r := t.entityRootTok(e); r >= 0 && r != src && t.caseOf(r) == "from" && a.Tokens[src].UPOS == "NOUN" && t.personNoun(src) {
			// "A ferryman from Ostrava": where the person comes
			// from, a place or a body the entity model took for a
			// name; no one is from a person.
			continue
		}
		if e.Last <= src && a.Tokens[src].UPOS == "NOUN" && t.servedName(src) == ei {
			continue // "the Trump adviser": whom the role serves
		}
		if r := t.entityRootTok(e); r >= 0 && a.Tokens[r].Rel == "compound" && a.Tokens[r].Head != src && a.Tokens[r].Head >= 0 && a.Tokens[a.Tokens[r].Head].UPOS == "NOUN" {
			// "A person close to the Stępień family": a name that
			// says whose another noun of the phrase is.
			continue
		}
		d := e.First - src
		if d < 0 {
			d = -d
		}
		if isTitleWord(a.Tokens[e.Last-1].Text) {
			// A body and a title the entity model read as a name
			// ("Acme Chief | Executive Tom Reyes"): a name that
			// ends in no title goes first.
			d += 1 << 20
		}
		if t.nameModifier(e.Last-1) && t.nameAfterRole(src) >= 0 {
			// A name that only modifies a common noun ("the Wayne
			// plant, Raymond Tolliver, …"): the person set off after
			// the noun goes first.
			d += 1 << 19
		}
		if d < bestDist {
			best, bestDist = ei, d
		}
	}
	return best
}

// employerBefore reports whether entity ei, in the phrase [lo, hi], is
// followed by a role's words and then another person ("Glenmore chief
// executive Priya Raman", the firm's name taken for a person's): the
// employer of the one the phrase names, not them.
func (t *tree) employerBefore(ei, lo, hi int) bool {
	a := t.a
	k := a.Entities[ei].Last
	if k > hi || !roleWord(a.Tokens[k].Text) && !(a.Tokens[k].XPOS == "JJ" && k+1 <= hi && roleWord(a.Tokens[k+1].Text)) {
		return false
	}
	for ej := ei + 1; ej < len(a.Entities) && a.Entities[ej].First <= hi; ej++ {
		if e := &a.Entities[ej]; e.Type == nlp.PERSON && e.First > k && e.Last-1 <= hi {
			return true
		}
	}
	return false
}

// ownerOf reports whether entity e is the possessor of the noun at src
// ("Gary Johnson's doctor", "Scott's family"), or names a group by whom
// it belongs to ("Trump supporters"): the owner is someone else
// than the one the phrase names.
func (t *tree) ownerOf(e *nlp.Entity, src int) bool {
	a := t.a
	if a.Tokens[src].UPOS != "NOUN" {
		return false
	}
	// Any name inside the possessor's phrase, whichever of its words
	// the parser made the head ("Health NZ's director", head "Health").
	if p := t.child(src, "nmod:poss"); p >= 0 && e.First >= int(t.left[p]) && e.Last-1 <= int(t.right[p]) {
		return true
	}
	// "The wife of Ahmed Khan", "a lawyer for Maria Lopez", "the mayor
	// of Kano" (a place the entity model took for a name): whom the
	// role is of or for, the name right after its preposition.
	if roleOfName(a.Tokens, e.First) && t.below(e.First, src) {
		return true
	}
	// "Some Veltrix investors", "Trump supporters": a group named by
	// whom it belongs to, not that one.
	if a.Tokens[src].XPOS == "NNS" && t.personNoun(src) {
		for _, c := range t.children(src) {
			if ci := int(c); ci >= e.First && ci < e.Last && a.Tokens[ci].Rel == "compound" {
				return true
			}
		}
	}
	return false
}

// namesBodyHead reports whether entity e hangs right from src, a
// capitalised name-word no entity holds and no title, as whose it is
// ("the Tarnby Ombudsman's Office") or as what its "of" names ("the
// Friends of the Old Mill"): a word of the body's name the entity model
// read as a person's, not the one the phrase names.
func (t *tree) namesBodyHead(e *nlp.Entity, src int) bool {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "PROPN" || !properName(tok.Text) || isTitleWord(tok.Text) || t.entityAt(src) >= 0 || t.quoted[src] {
		return false
	}
	// The sentence's first word is capitalised whatever it is.
	if src == 0 || a.Tokens[src-1].Sent != tok.Sent {
		return false
	}
	// Every word of the name that hangs outside it hangs from src, one
	// as whose src is or what its "of" names ("Tarnby" a compound of
	// "Office" beside "Ombudsman's").
	owned := false
	for k := e.First; k < e.Last; k++ {
		h := a.Tokens[k].Head
		if h >= e.First && h < e.Last {
			continue
		}
		if h != src {
			return false
		}
		switch a.Tokens[k].Rel {
		case "nmod:poss":
			owned = owned || k < src
		case "nmod":
			c := t.child(k, "case")
			owned = owned || k > src && c > src && nlp.EqualFoldLower(a.Tokens[c].Text, "of")
		}
	}
	return owned
}

// roleOfName reports whether the name starting at token first follows
// "of" or "for" right away, as whom a role is of or for ("the wife of
// Ahmed Khan", "a lawyer for Maria Lopez"), and is no title itself ("the
// Secretary of State Marco Rubio" read as one name is the secretary).
func roleOfName(toks []nlp.Token, first int) bool {
	if first < 1 || isTitleWord(toks[first].Text) {
		return false
	}
	p := toks[first-1]
	return p.Rel == "case" && (nlp.EqualFoldLower(p.Text, "of") || nlp.EqualFoldLower(p.Text, "for"))
}

// nameAfterRole returns the PERSON entity set off by commas right after
// the phrase of role src ("the UN's envoy for Sudan, Ramtane Lamamra,
// said"), with or without a title of its own, whatever the parser hung it
// from, or -1. Only the role's own words (no verb, no quotation) come
// between.
func (t *tree) nameAfterRole(src int) int {
	a := t.a
	sent := a.Sentences[a.Tokens[src].Sent]
	for k := src + 1; k < sent.Last && k <= src+8; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] || tk.UPOS == "VERB" || tk.UPOS == "AUX" {
			return -1
		}
		if tk.Text != "," {
			continue
		}
		// The name may carry its own title ("His Uzbek counterpart,
		// Deputy Water Resources Minister Dilnoza Rakhimova,"):
		// capitalised words before it, up to five.
		n := k + 1
		for n < sent.Last && n <= k+5 && (t.entityAt(n) < 0 || a.Entities[t.entityAt(n)].Type != nlp.PERSON) && !t.quoted[n] && startsUpper(a.Tokens[n].Text) &&
			(a.Tokens[n].UPOS == "PROPN" || a.Tokens[n].UPOS == "NOUN" || a.Tokens[n].UPOS == "ADJ") {
			n++
		}
		ei := t.entityAt(n)
		if ei < 0 || a.Entities[ei].Type != nlp.PERSON || a.Entities[ei].First != n {
			return -1
		}
		// Set off up to a comma, or up to the full stop that ends the
		// sentence ("…signed by the regional minister for lands,
		// Jonah Keviri.").
		if end := a.Entities[ei].Last; end < sent.Last && a.Tokens[end].Text != "," && !(end == sent.Last-1 && a.Tokens[end].Text == ".") {
			return -1
		}
		return ei
	}
	return -1
}

// titleField reports whether the conjunct at j is the second field of a
// title written in capitals ("Minister of Health and Welfare Lee
// Jung-ho", with the name hung from "Welfare"): one capitalised word,
// no name itself and with no modifier of its own, right after "and" and
// a capitalised word.
func (t *tree) titleField(j int) bool {
	a := t.a
	if j < 2 || a.Tokens[j].UPOS != "PROPN" || t.entityAt(j) >= 0 || !nlp.EqualFoldLower(a.Tokens[j-1].Text, "and") || !startsUpper(a.Tokens[j-2].Text) {
		return false
	}
	for _, c := range t.children(j) {
		if int(c) < j && a.Tokens[c].Rel != "cc" {
			return false
		}
	}
	return true
}

// namingClause reports whether the verb v of a relative clause gives the
// one the clause describes a name: "who gave (only) her first name",
// "who gave his name", "who uses the name" — a verb of giving or using
// with "name" for its object.
func (t *tree) namingClause(v int) bool {
	a := t.a
	switch a.Tokens[v].Lemma {
	case "give", "use", "provide", "offer":
	default:
		return false
	}
	o := t.child(v, "obj")
	return o >= 0 && a.Tokens[o].Lemma == "name"
}

// namingConjunct reports whether the relative clause of verb v has a
// conjunct that gives the one it describes a name (namingClause).
func (t *tree) namingConjunct(v int) bool {
	for _, c := range t.children(v) {
		if ci := int(c); t.a.Tokens[ci].Rel == "conj" && t.namingClause(ci) {
			return true
		}
	}
	return false
}

// inPhrase reports whether token j hangs from the phrase head h without
// crossing a clause or a quotation.
func (t *tree) inPhrase(j, h int) bool {
	a := t.a
	modifier := false // the name only modifies a common noun on the way
	for steps := 0; j >= 0 && steps < 12; steps++ {
		if j == h {
			return true
		}
		if t.quoted[j] {
			return false
		}
		switch r := a.Tokens[j].Rel; r {
		case "conj":
			if hd := a.Tokens[j].Head; hd >= 0 && a.Tokens[hd].Rel == "acl:relcl" && t.namingClause(j) {
				// "a woman who grows thyme and who gave her name only
				// as Miss Pearline": the second of two relative
				// clauses names the holder as the first would.
				j = hd
				break
			}
			if !t.titleField(j) {
				return false
			}
		case "acl:relcl":
			// "a woman …, who gave only her first name, Norhaya,": a
			// relative clause that gives the one it describes a name
			// names the holder.
			if !t.namingClause(j) && !t.namingConjunct(j) {
				return false
			}
		case "acl", "ccomp", "advcl", "parataxis":
			return false
		case "compound", "nmod:poss":
			if hd := a.Tokens[j].Head; hd >= 0 && a.Tokens[hd].UPOS == "NOUN" {
				modifier = true
			}
		case "nmod":
			// "an adviser to the Clinton campaign": a name that only
			// modifies the noun of a phrase a preposition opens names
			// whom the holder serves, not the holder.
			cs := t.child(j, "case")
			if modifier && cs >= 0 && !nlp.EqualFoldLower(a.Tokens[cs].Text, "of") {
				return false
			}
			// "Proponents, including the Conference of Mayors,": an
			// example of whom the phrase names is not its holder.
			if cs >= 0 && exampleCase(a.Tokens[cs].Lemma) {
				return false
			}
			// "Analysts at Bernstein": where they work, not who they
			// are (whatever the entity model took the firm for).
			if cs >= 0 && nlp.EqualFoldLower(a.Tokens[cs].Text, "at") {
				return false
			}
		}
		j = a.Tokens[j].Head
	}
	return false
}

// exampleCase reports whether a preposition introduces examples or
// exceptions of a group ("including", "like", "such as", "among",
// "except").
func exampleCase(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "include", "including", "like", "such", "among", "except", "excluding", "exclude":
		return true
	}
	return false
}

// modifierLemmas returns the lemmas of the adjectives and nouns that
// modify noun i before it ("joint" of "the joint statement").
func (t *tree) modifierLemmas(i int) []string {
	var out []string
	for _, c := range t.children(i) {
		if ct := &t.a.Tokens[c]; int(c) < i && (ct.Rel == "amod" || ct.Rel == "compound") {
			out = append(out, strings.ToLower(ct.Lemma))
		}
	}
	return out
}

// describesAsWell reports whether the description headed at d says all that
// the one headed at src does, as an earlier mention of the same person
// would: each word that qualifies src's noun ("Ukraine's", "delegation",
// "Swiss") is in d's phrase, and d holds no rank src lacks ("deputy",
// "vice", "former").
func (t *tree) describesAsWell(src, d int) bool {
	a := t.a
	lo, hi := int(t.left[d]), int(t.right[d])
	in := func(l string, lo, hi int) bool {
		for k := lo; k <= hi; k++ {
			if strings.EqualFold(a.Tokens[k].Lemma, l) {
				return true
			}
		}
		return false
	}
	for k := int(t.left[src]); k <= int(t.right[src]); k++ {
		tk := &a.Tokens[k]
		if k == src || t.quoted[k] {
			continue
		}
		switch tk.UPOS {
		case "NOUN", "PROPN", "ADJ":
			if !in(tk.Lemma, lo, hi) {
				return false
			}
		}
	}
	for k := lo; k <= hi; k++ {
		if w := strings.ToLower(a.Tokens[k].Text); (w == "deputy" || w == "vice" || w == "former" || w == "acting") && !in(w, int(t.left[src]), int(t.right[src])) {
			return false
		}
	}
	return true
}

// namedPossessedBefore returns, for "the N" at src whose only other word
// is a possessor that is a common noun ("the growers' cooperative", "the
// tenants' association"), the nearest earlier mention of the same noun
// outside quotation marks written right after a possessor of the same
// lemma and its possessive mark, however the parser hung them, from the
// names right before that possessor to the noun ("the Lunsford growers'
// cooperative" -> "Lunsford growers' cooperative"); "" when that mention
// has no name before its possessor, or goes on with a preposition ("the
// growers' cooperative of Lunsford", left to ofNamedBefore), or there is
// none. A person's noun is left to the person rules.
func (t *tree) namedPossessedBefore(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || t.quoted[src] || t.personNoun(src) {
		return ""
	}
	poss := -1
	for _, c := range t.children(src) {
		ci := int(c)
		ct := &a.Tokens[ci]
		switch {
		case ct.Rel == "det" && ci == int(t.left[src]) && nlp.EqualFoldLower(ct.Text, "the"):
		case ct.Rel == "nmod:poss" && ci < src && ct.UPOS == "NOUN" && !unicode.IsUpper(firstRune(ct.Text)):
			poss = ci
		case ci > src:
		default:
			return ""
		}
	}
	// "The tenants' association": the parser may hang "the" from the
	// possessor; the possessor holds no other word before it.
	if poss < 0 || int(t.left[poss]) != poss && (int(t.left[poss]) != poss-1 || !nlp.EqualFoldLower(a.Tokens[poss-1].Text, "the")) {
		return ""
	}
	t.nounChains()
	for k := int(t.prevNoun[src]); k >= 2; k = int(t.prevNoun[k]) {
		p := k - 2
		if a.Tokens[k-1].XPOS != "POS" || !strings.EqualFold(a.Tokens[p].Lemma, a.Tokens[poss].Lemma) || t.quoted[p] {
			continue
		}
		first := p
		for first > 0 && a.Tokens[first-1].UPOS == "PROPN" && a.Tokens[first-1].Sent == a.Tokens[p].Sent && !t.quoted[first-1] {
			first--
		}
		if first == p || k+1 < len(a.Tokens) && a.Tokens[k+1].UPOS == "ADP" {
			return "" // the nearest such mention names no one here
		}
		return a.Span(first, k+1)
	}
	return ""
}

// untypedBodyBefore returns, for "the group" or "the company" at src as
// the subject of its clause, the body named as the main subject of the
// sentence right before, in the same paragraph, by a name the entity
// model left untyped ("Fair Harvest Watch criticised the quota. The group
// said…", whatever body named earlier coreference linked "the group"
// to): the name as the name linking writes it, or "". The name is no
// person's, runs to two words or more (a lone untyped word may be a
// surname) or is read as a body's, fits the kind the noun says, and the
// sentence before names no other body the entity model typed.
func (t *tree) untypedBodyBefore(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	sent := tok.Sent
	if t.quoted[src] || !strings.HasPrefix(tok.Rel, "nsubj") || sent == 0 || a.Sentences[sent].NewPar || t.bodyAt == nil || t.personAt == nil {
		return ""
	}
	for k := a.Sentences[sent].First; k < src; k++ {
		if !t.quoted[k] && (t.entityAt(k) >= 0 && !timeName(a.Tokens[k].NER) || a.Tokens[k].UPOS == "PROPN") {
			return "" // "Pellworth Foods bought the mill, and the company said…": its own sentence names one
		}
	}
	prev := &a.Sentences[sent-1]
	root := t.sentenceRoot(sent - 1)
	if root < 0 || t.opensWithQuote(sent-1) {
		return ""
	}
	subj := t.subjectChild(root)
	if subj < 0 || t.quoted[subj] || a.Tokens[subj].UPOS != "PROPN" || t.entityAt(subj) >= 0 {
		return ""
	}
	if c := t.clusterAt(src); c >= 0 && t.clusterAt(subj) == c {
		return "" // coreference agrees: the cluster's own reading
	}
	for k := int(t.left[subj]); k <= int(t.right[subj]); k++ {
		if e := t.entityAt(k); e >= 0 && a.Entities[e].Type == nlp.PERSON {
			return ""
		}
	}
	for ei := t.entitiesFromSent(sent - 1); ei < len(a.Entities); ei++ {
		e := &a.Entities[ei]
		if e.First >= prev.Last {
			break
		}
		if e.Type == nlp.ORG && !t.quoted[e.First] {
			return "" // two bodies: no guess
		}
	}
	// The name from its first word ("Clean Wells Now", with "Clean"
	// read as an adjective), else from the subject's own.
	off := a.Tokens[subj].Start
	if l := int(t.left[subj]); l < subj && startsUpper(a.Tokens[l].Text) && a.Tokens[l].UPOS != "DET" {
		off = a.Tokens[l].Start
	}
	if t.personAt(off) != "" {
		return ""
	}
	n := t.bodyAt(off)
	if n == "" && off != a.Tokens[subj].Start {
		off = a.Tokens[subj].Start
		if t.personAt(off) != "" {
			return ""
		}
		n = t.bodyAt(off)
	}
	if !properName(n) || len(strings.Fields(n)) < 2 && (t.organisationAt == nil || !t.organisationAt(off)) {
		return ""
	}
	if !kindOfName(n, tok.Lemma) {
		return ""
	}
	return n
}
