package summarize

// The sources speakerAt reads by the kind of word they are: relative
// pronouns, the part of a name or a group, pronouns, the words that are no
// noun, and names.

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// relativeSpeaker answers for a relative pronoun ("who", "which",
// "that"): the one named right before it after a comma or a dash, the
// noun a conjunct relative clause describes, or the noun its clause
// modifies. ok is false for any other token, and for one whose noun none
// of these finds.
func (t *tree) relativeSpeaker(src int) (name string, resolved, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS == "PRON" && (nlp.EqualFoldLower(tok.Text, "who") || nlp.EqualFoldLower(tok.Text, "which") || nlp.EqualFoldLower(tok.Text, "whose")) && src >= 2 && (a.Tokens[src-1].Text == "," || isDash(a.Tokens[src-1].Text)) {
		// "who" (or "which", or "whose" of "Rowena Dimaculangan, whose
		// husband, …") after a comma is the one named right
		// before it, wherever the parser hung the clause ("a win for
		// Prime Minister Ana Ruiz, who has long sought…", "levied by
		// the European Union, which contended…", or after a dash:
		// "Mayor Dan Whitley — who had urged…"); "who" stands for a
		// person or people, so the noun before it too ("his coalition
		// partners, who have threatened…").
		if p := &a.Tokens[src-2]; p.Sent == tok.Sent && p.UPOS == "PROPN" {
			if e := t.describedBefore(src); e >= 0 {
				return t.entityFullName(e), true, true
			}
			if n := t.backerList(src); n >= 0 {
				name, resolved = t.speakerOf(n)
				return name, resolved, true
			}
			name, resolved = t.speakerOf(src - 2)
			return name, resolved, true
		}
		if p := &a.Tokens[src-2]; p.Sent == tok.Sent && p.UPOS == "NOUN" && nlp.EqualFoldLower(tok.Text, "who") {
			name, resolved = t.whoAfterNoun(src)
			return name, resolved, true
		}
	}
	if v := tok.Head; tok.UPOS == "PRON" && v >= 0 && a.Tokens[v].Rel == "conj" && a.Tokens[v].Head >= 0 && strings.HasSuffix(a.Tokens[a.Tokens[v].Head].Rel, "relcl") && (nlp.EqualFoldLower(tok.Text, "who") || nlp.EqualFoldLower(tok.Text, "which")) {
		// "a deputy minister who has handled Danube logistics… and who
		// described the result as…": the second relative clause, a
		// conjunct of the first, describes the same noun.
		if h := a.Tokens[a.Tokens[v].Head].Head; h >= 0 && (a.Tokens[h].UPOS == "NOUN" || a.Tokens[h].UPOS == "PROPN") {
			name, resolved = t.speakerOf(h)
			return name, resolved, true
		}
	}
	if v := tok.Head; tok.UPOS == "PRON" && v >= 0 && strings.HasSuffix(a.Tokens[v].Rel, "relcl") && a.Tokens[v].Head >= 0 {
		switch strings.ToLower(tok.Text) {
		case "who", "that", "which":
			// A relative pronoun stands for the noun its clause
			// modifies: "Putin, who has long sought…"; for a date or a
			// time the parser hung the clause from, the noun that one
			// goes with ("a letter from his doctor Friday afternoon that
			// says…": the letter), or nothing.
			h := a.Tokens[v].Head
			for k := 0; k < 3 && h >= 0 && timeName(a.Tokens[h].NER); k++ {
				h = a.Tokens[h].Head
			}
			if h < 0 || timeName(a.Tokens[h].NER) || a.Tokens[h].UPOS != "NOUN" && a.Tokens[h].UPOS != "PROPN" {
				return "", false, true
			}
			name, resolved = t.speakerOf(h)
			return name, resolved, true
		}
	}
	return "", false, false
}

// whoAfterNoun names "who" at src, set off by a comma or a dash after a
// noun (src-2): the noun of people that noun modifies, the person the
// tree or the apposition sets that noun beside, or the noun itself.
func (t *tree) whoAfterNoun(src int) (name string, resolved bool) {
	a := t.a
	tok := &a.Tokens[src]
	// A noun naming no people that modifies one who are, in the
	// same phrase, stands for that one ("the union's national
	// officer for light rail, who…": the officer, not the rail;
	// "pressure from his coalition partners, who…": the
	// partners).
	q := src - 2
	for k := 0; k < 4 && !t.personNoun(q); k++ {
		h := a.Tokens[q].Head
		if r := a.Tokens[q].Rel; r != "nmod" && r != "compound" || h < 0 || h >= q || a.Tokens[h].UPOS != "NOUN" || t.commaBetween(h, q) {
			break
		}
		if t.personNoun(h) {
			q = h
			break
		}
		if a.Tokens[h].Rel != "nmod" && a.Tokens[h].Rel != "compound" {
			break
		}
		q = h
	}
	if !t.personNoun(q) {
		q = src - 2
	}
	// "Thomas Ashworth-Hale, a partner at a London asset
	// manager, who…": the tree hangs the clause from the noun
	// whose phrase holds the one before the comma; a person
	// that one is, the clause describes them, not their firm.
	if v := tok.Head; v >= 0 && strings.HasSuffix(a.Tokens[v].Rel, "relcl") {
		if h := a.Tokens[v].Head; h >= 0 && h < q && t.nmodBelow(q, h) && (t.personNoun(h) || t.afterNameComma(h)) {
			q = h
		}
	}
	p := &a.Tokens[q]
	if h := p.Head; p.Rel == "appos" && h >= 0 && h < q && a.Tokens[h].UPOS == "PROPN" {
		// "McConnell, now the Senate majority leader, who…".
		return t.speakerOf(h)
	}
	lp := int(t.left[q])
	if a.Tokens[lp].Text == "," {
		lp++ // the comma hung inside the phrase
	}
	if lp >= 2 && a.Tokens[lp-1].Text == "," && a.Tokens[lp-2].UPOS == "PROPN" && a.Tokens[lp-2].Sent == tok.Sent {
		// The same, whatever the parser made of the apposition.
		return t.speakerOf(lp - 2)
	}
	return t.speakerOf(q)
}

// partSpeaker answers for a token that is only part of its source: the
// end of a name written with a hyphen, which is the name, or a number or
// a quantifier that takes a part of a group ("One of the diplomats"),
// which is that part, or the name the next sentence gives it, or a part
// of a text with its owner ("Its most contested article"), which is the
// text. ok is false for any other token.
func (t *tree) partSpeaker(src int) (name string, resolved, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	if src >= 2 && a.Tokens[src-1].Text == "-" && a.Tokens[src-1].Start == a.Tokens[src-2].End && tok.Start == a.Tokens[src-1].End &&
		t.entityAt(src) < 0 && t.entityAt(src-2) >= 0 {
		// The end of a name written with a hyphen, which the parser
		// made a word of its own ("Park Geun-hye said"): the name.
		name, resolved = t.speakerOf(src - 2)
		return name, resolved, true
	}
	if p := t.partitive(src); p != "" {
		// "One of the wardens, Ida Brenholt, said…": the part of the
		// group the apposition names is that person.
		if e := t.appositePerson(src); e >= 0 {
			return t.entityFullName(e), true, true
		}
		if n := t.namedRightAfter(src); n != "" {
			return n, true, true
		}
		return p, true, true
	}
	// "Its most contested article says…", "the deal's third clause
	// says…": a part of a text speaks as the text that owns it.
	if tok.UPOS == "NOUN" && documentParts[strings.ToLower(tok.Lemma)] {
		if o := t.child(src, "nmod:poss"); o >= 0 && o < src {
			if name, resolved := t.textOwner(o); name != "" {
				return name, resolved, true
			}
		}
	}
	return "", false, false
}

// textOwner returns the text that the possessor o of a text's part
// stands for: whoever coreference or the speaker-finding makes it, or for
// "its" left open, the text itSource finds, or the text the sentence
// before is about ("The agreement, which runs for three years, raises
// wages… Its most contested article says…").
func (t *tree) textOwner(o int) (name string, resolved bool) {
	a := t.a
	if name, resolved = t.speakerOf(o); name != "" || !nlp.EqualFoldLower(a.Tokens[o].Text, "its") {
		return name, resolved
	}
	if name = t.itSource(o); name != "" {
		return name, true
	}
	sn := a.Tokens[o].Sent
	if sn == 0 {
		return "", false
	}
	r := t.sentenceRoot(sn - 1)
	if r < 0 {
		return "", false
	}
	s := t.subjectOf(r)
	if s < 0 {
		s = r // a sentence the parser left with a noun at its root
	}
	if a.Tokens[s].UPOS != "NOUN" || !documentLemma(a.Tokens[s].Lemma) {
		return "", false
	}
	return t.speakerOf(s)
}

// documentParts are the nouns of a part of a text: what one says, its
// text says.
var documentParts = makeSet(`article clause section paragraph chapter provision annex appendix preamble`)

// antecedentSpeaker answers for a pronoun (by its tag or its mention): the
// speaker pronounSource finds for it, unless that is a name the
// pronoun's own clause holds, when it is the person named last before it
// other than that one, or no one. ok is false for any other token.
func (t *tree) antecedentSpeaker(src int) (name string, resolved, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	pronoun := tok.UPOS == "PRON"
	if m := tok.Mention; m >= 0 && m < len(a.Mentions) && a.Mentions[m].Kind == nlp.PronounMention {
		pronoun = true
	}
	if pronoun {
		n, found := t.pronounSource(src)
		if found && properName(n) && t.namedBelow(src, n) {
			// "“…,” she said when told of Villaruel's remarks": not
			// Villaruel, whom her own clause names; the person of her
			// sex named last before her, other than Villaruel, or no one.
			if e := t.nearestUnbound(src); e >= 0 {
				return t.entityFullName(e), true, true
			}
			return "", false, true
		}
		// "Marcus spoke to TCRC president Raymond Tessier… He said…",
		// Marcus writing the story: whoever a pronoun stands for, it is
		// not one of the story's writers, who report what others say;
		// the person named last before it who is not.
		if found && t.author(n) {
			if g := wordGender(tok.Text); g != 0 {
				if e := t.nearestPersonIf(src, g, func(ei int) bool { return !t.author(t.entityFullName(ei)) }); e >= 0 {
					return t.entityFullName(e), true, true
				}
			}
		}
		return n, found, true
	}
	return "", false, false
}

// wordClassSpeaker answers for a token that is no noun, name, number or
// symbol: an adjective of nationality standing for the person just named
// ("The Italian, who…, said"), else no source at all ("", false). ok is
// false for a noun, a name (PROPN), a number, X or a symbol, which the
// cases after it read.
func (t *tree) wordClassSpeaker(src int) (name string, resolved, ok bool) {
	tok := &t.a.Tokens[src]
	switch tok.UPOS {
	case "NOUN", "PROPN", "NUM", "X", "SYM":
	case "ADJ":
		// "The Italian, who…, said": a nationality standing for a
		// person, the one the story just named.
		if strings.HasSuffix(tok.NER, "NORP") {
			if e := t.subjectGoesOn(src); e >= 0 {
				return t.entityFullName(e), true, true
			}
		}
		return "", false, true
	default:
		// A verb, an adjective or a function word is a misparse, not a
		// source.
		return "", false, true
	}
	return "", false, false
}

// nameSpeaker answers for a name (PROPN): a description of the person
// just named, however capitalised; a title with the person's name set off
// after it; the younger or the elder of two people who share a surname; a
// short form the text defines after a name. And for a title of two
// offices joined by "and", whatever its tag: the person it names. ok is
// false when none of these finds one.
func (t *tree) nameSpeaker(src int) (name string, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	// "the Connecticut Democrat told reporters": a description, however
	// capitalised, of the person just named.
	if tok.UPOS == "PROPN" {
		// "the younger Fifita said": the one of the two the story
		// says is.
		if n := t.seniorOfGroup(src); n != "" {
			return n, true
		}
		if e := t.subjectGoesOn(src); e >= 0 {
			return t.entityFullName(e), true
		}
	}
	// "said Bolivia's Vice Minister of Foreign Affairs, Rubén Quispe
	// Mamani,": a title the entity model may read as a name, with the
	// person's name set off after it, is that person.
	if tok.UPOS == "PROPN" && isTitleWord(tok.Text) {
		// "According to Qatari Prime Minister Mohammed bin Abdulrahman
		// Al Thani" with "according" hung on the title, which the
		// parser made a modifier of the name: the name.
		if h := tok.Head; h > src && (tok.Rel == "nmod:desc" || tok.Rel == "compound") && !t.quoted[h] {
			if e := t.entityAt(h); e >= 0 && a.Entities[e].Type == nlp.PERSON && e != t.entityAt(src) {
				return t.entityFullName(e), true
			}
		}
		for _, c := range t.children(src) {
			if ci := int(c); ci > src && a.Tokens[ci].Rel == "appos" && a.Tokens[ci].UPOS == "PROPN" && !t.quoted[ci] {
				if e := t.entityAt(ci); e >= 0 && a.Entities[e].Type == nlp.PERSON && e != t.entityAt(src) {
					return t.entityFullName(e), true
				}
			}
		}
	}
	// "the younger Whitehorse": of two people the story names with
	// that surname, the one it says is the younger (or the elder).
	if tok.UPOS == "PROPN" {
		if n := t.seniority(src); n != "" {
			return n, true
		}
	}
	// A short form the text defines in brackets after a name ("the
	// Commission for Conciliation, Mediation and Arbitration (CCMA)",
	// "Companhia do Metropolitano Paulista (Metropaulista)"): that name.
	// Not where the short form heads a person's title ("said CVLPA
	// President Jordan Whitehorse", the parser taking the body's
	// initials for the head).
	if tok.UPOS == "PROPN" {
		if n := t.definedName(tok.Text); n != "" && t.personIn(src) < 0 {
			return n, true
		}
	}
	// A title of two offices joined by "and" ("Economy and Public
	// Finance Minister Andrés Quiñones Vaca"), parsed with the first
	// office as head and the name as its conjunct: the person.
	if e := t.coordinatedTitle(src); e >= 0 {
		return t.entityFullName(e), true
	}
	return "", false
}

// appositePerson returns the person's name the parser set in apposition
// after src, outside quotation marks, or -1.
func (t *tree) appositePerson(src int) int {
	a := t.a
	for _, c := range t.children(src) {
		ci := int(c)
		if ci <= src || a.Tokens[ci].Rel != "appos" || t.quoted[ci] {
			continue
		}
		if e := t.entityAt(ci); e >= 0 && a.Entities[e].Type == nlp.PERSON {
			return e
		}
	}
	return -1
}
