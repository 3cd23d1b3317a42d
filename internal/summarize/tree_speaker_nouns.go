package summarize

// The nouns speakerAt reads as standing for someone: what speaks for
// someone (an office, a statement, a text), a role and the name set off
// beside it, a relative, a description of a person, a body by its kind,
// and the names inside a source's phrase.

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// speaksForSpeaker answers for a noun that speaks for someone: an office
// named by whose it is, what someone said or wrote (by its maker, or by
// who the story first told made the statement), a body named by its kind
// alone right after a body named in full said something, and a text named
// by its kind alone after the document just named. ok is false when none
// of these finds one.
func (t *tree) speaksForSpeaker(src int) (name string, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	// "Netanyahu's office said", "the governor's office said": the office
	// speaks, named by whose it is, not the person it serves.
	if n := t.officeOf(src); n != "" {
		return n, true
	}
	// What someone said standing for them ("His comments suggest…",
	// "Russia's statement said…"): the one it belongs to.
	if tok.UPOS == "NOUN" && (speechNoun(tok.Lemma) || textNoun(tok.Lemma)) {
		// Its maker, as its own phrase names them ("the Secretariat's
		// progress report", "a letter from the FRN to the mediators",
		// "a notice posted by the company"): a text speaks for whoever
		// made it.
		// Not the negotiated text someone only published ("the final
		// text, published by the UN": negotiatedText), nor one a side
		// to it owns ("the shareholders' agreement says", "Iran's
		// agreement with the agency says"): a side did not write it
		// alone.
		if o := t.ownerWithin(src); o >= 0 && !t.jointText(src) && !(t.negotiatedText(src) && (t.publishedBy(src, o) || a.Tokens[o].Rel == "nmod:poss")) && (t.entityAt(o) >= 0 || a.Tokens[o].UPOS == "PROPN" || a.Tokens[o].UPOS == "PRON" || bodyKinds[a.Tokens[o].Lemma] || corporateNouns[a.Tokens[o].Lemma]) {
			if n, ok := t.speakerOf(o); ok && n != "" {
				return n, true
			}
		}
	}
	if tok.UPOS == "NOUN" && speechNoun(tok.Lemma) {
		// "Big Machine Records issued a statement… The statement
		// claimed…": whoever made it, as the story first told.
		// Not a joint one ("the joint statement said", "They issued a
		// joint statement. The statement expressed…"): both sides'
		// words, not the one side the story saw issue it.
		// A joint one "issued by" a body named is still that body's.
		o := t.statementOwner(src)
		joint := t.jointText(src) || len(t.modifierLemmas(src)) == 0 && t.jointTextBefore(src) >= 0 && !(o >= 0 && t.byOrFrom(o))
		if o >= 0 && !writtenDocument(tok.Lemma) && !joint {
			if n, ok := t.speakerOf(o); ok && n != "" {
				return n, true
			}
		}
	}
	// "SAG-AFTRA said in a statement that… “…,” the union said": a body
	// named by its kind alone, right after a body named in full said
	// something, is that body.
	if tok.UPOS == "NOUN" && lowerIn(bodyKinds, tok.Lemma) {
		if n := t.bodyBefore(src); n != "" {
			return n, true
		}
	}
	// "Under a joint statement signed in Vienna… The statement says…":
	// a text named again by its kind alone after a joint one is that
	// joint text, both sides' words.
	if tok.UPOS == "NOUN" && (textNoun(tok.Lemma) || speechNoun(tok.Lemma)) && len(t.modifierLemmas(src)) == 0 {
		if d := t.nounDet(src); d >= 0 && nlp.EqualFoldLower(a.Tokens[d].Text, "the") && t.jointTextBefore(src) >= 0 {
			return a.Tokens[d].Text + " joint " + tok.Text, true
		}
	}
	// "The delegations issued a joint communiqué. “…,” the text says":
	// a text named by its kind alone is the document just named.
	if tok.UPOS == "NOUN" && (tok.Lemma == "text" || tok.Lemma == "document") {
		if k := t.namedTextBefore(src); k >= 0 {
			// Without the preposition that ties it to its clause ("Under
			// the term sheet, …. The document also says …": "the term
			// sheet"), nor a comma the parser hung from the noun
			// ("promised, in the convention, to…").
			l := int(t.left[k])
			for l < k && (a.Tokens[l].Rel == "case" || a.Tokens[l].Rel == "punct") {
				l++
			}
			return a.Span(l, k+1), true
		}
	}
	return "", false
}

// appositionSpeaker answers for a role with its holder's name set off
// beside it, in apposition or however the parser hung it: that person.
// ok is false when no such name is found.
func (t *tree) appositionSpeaker(src int) (name string, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	// A role with the name in apposition: "the incoming chairman, Jim
	// McGovern," and "Jim McGovern, the incoming chairman,"; not a place
	// the sentence opens with that the parser set the noun beside ("In
	// Sefwi, a woman who had walked two hours… stood up and said").
	// Nor a date the parser set it beside ("At a meeting in Colcha K in
	// February, a woman who had walked since dawn stood up and asked").
	if h := tok.Head; tok.UPOS == "NOUN" && tok.Rel == "appos" && h >= 0 && h < src && a.Tokens[h].UPOS == "PROPN" && !t.placeAdjunct(h) && !timeName(a.Tokens[h].NER) {
		if n, ok := t.speakerOf(h); ok && properName(n) {
			return n, true
		}
	}
	if tok.UPOS == "NOUN" && tok.XPOS == "NN" {
		for _, c := range t.children(src) {
			if ci := int(c); ci > src && a.Tokens[ci].Rel == "appos" && a.Tokens[ci].UPOS == "PROPN" && !t.quoted[ci] {
				if n, ok := t.speakerOf(ci); ok && properName(n) {
					return n, true
				}
			}
		}
	}
	// "the chair of the negotiating committee, Chilean ambassador Inés
	// Carrasco Villalobos, told…", the name set off after the role's
	// phrase however the parser hung it.
	if e := t.setOffName(src); e >= 0 {
		return t.entityFullName(e), true
	}
	if e := t.finalName(src); e >= 0 {
		return t.entityFullName(e), true
	}
	return "", false
}

// lastHolder returns, for a bare "the" and a role noun at src ("the
// president said"), the person named beside the last use of that noun
// before it in its paragraph or the sentence before ("The commission's
// president, Sharmila Ramtohul,", or the other way round: "Andrin
// Kessler, the foundation's chairman,"), where that use is set off
// beside a person's name; -1 otherwise, and where the last use names no
// one.
func (t *tree) lastHolder(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	if tok.XPOS != "NN" || t.quoted[src] {
		return -1
	}
	for _, c := range t.children(src) {
		if ci := int(c); ci < src && a.Tokens[ci].Rel != "det" || a.Tokens[ci].Rel == "det" && !nlp.EqualFoldLower(a.Tokens[ci].Text, "the") {
			return -1 // "the union's president", "a president"
		}
	}
	if t.child(src, "det") < 0 {
		return -1
	}
	// The paragraph's first sentence, or the one before the source's.
	s := tok.Sent
	for s > 0 && !a.Sentences[s].NewPar && tok.Sent-s < 3 {
		s--
	}
	if s == tok.Sent && s > 0 {
		s--
	}
	for k := src - 1; k >= a.Sentences[s].First; k-- {
		kt := &a.Tokens[k]
		if kt.UPOS != "NOUN" || t.quoted[k] || !strings.EqualFold(kt.Lemma, tok.Lemma) {
			continue
		}
		ap := t.child(k, "appos")
		if ap < 0 && kt.Rel == "appos" && kt.Head >= 0 && kt.Head < k && t.plainRole(k) && t.bareSource(src) {
			// "Andrin Kessler, the foundation's chairman and a grandson
			// of the founder, said…": the name the role is set off
			// after, for "the chairman" alone; not a deputy's role
			// ("deputy head of …") for "the head of …".
			ap = kt.Head
		}
		if ap < 0 || t.quoted[ap] {
			return -1
		}
		if e := t.entityAt(ap); e >= 0 && a.Entities[e].Type == nlp.PERSON {
			return e
		}
		return -1
	}
	return -1
}

// ownedHolder returns, for a role noun at src that a common noun with
// "the" owns ("the company's chief executive said", "the union's
// president"), the one person the story set beside that office, with the
// same modifiers, anywhere before it ("Tereza Holub, Korvana's chief
// executive,", "Korvana's chief executive, Tereza Holub,"); -1 where it
// set none or two people beside it.
func (t *tree) ownedHolder(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	if tok.XPOS != "NN" || t.quoted[src] {
		return -1
	}
	owner := -1
	var mods [4]string
	n := 0
	for _, c := range t.children(src) {
		ci := int(c)
		if ci > src {
			continue
		}
		switch ct := &a.Tokens[ci]; {
		case ct.Rel == "nmod:poss" && ct.UPOS == "NOUN" && owner < 0:
			owner = ci
		case (ct.Rel == "amod" || ct.Rel == "compound") && ct.Text == ct.Lemma && n < len(mods):
			mods[n] = ct.Lemma
			n++
		default:
			return -1
		}
	}
	if owner < 0 {
		return -1
	}
	if d := t.child(owner, "det"); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return -1
	}
	// The same modifiers, in the same order, before the earlier use.
	sameMods := func(k int) bool {
		m := 0
		for _, c := range t.children(k) {
			ci := int(c)
			if ci > k || a.Tokens[ci].Rel != "amod" && a.Tokens[ci].Rel != "compound" {
				continue
			}
			if m >= n || a.Tokens[ci].Lemma != mods[m] {
				return false
			}
			m++
		}
		return m == n
	}
	found := -1
	for k := src - 1; k >= 0; k-- {
		kt := &a.Tokens[k]
		if kt.UPOS != "NOUN" || t.quoted[k] || kt.Lemma != tok.Lemma || !sameMods(k) {
			continue
		}
		// The office set beside the name, either way round.
		e := -1
		if ap := t.child(k, "appos"); ap >= 0 && !t.quoted[ap] {
			e = t.entityAt(ap)
		} else if kt.Rel == "appos" && kt.Head >= 0 {
			e = t.entityAt(int(kt.Head))
		}
		if e < 0 || a.Entities[e].Type != nlp.PERSON {
			continue
		}
		if found >= 0 && t.entityFullName(found) != t.entityFullName(e) {
			return -1 // two holders: which one is not said
		}
		found = e
	}
	return found
}

// roleSpeaker answers for a role noun (roleHeads) of a source not said to
// be anonymous: the person coreference or the phrase names, the name set
// off after it, or the person the name linking found there; not whom the
// role serves or its owner. ok is false when none of these finds one.
func (t *tree) roleSpeaker(src int, anonymous bool) (name string, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	// A role standing for the person who holds it ("the president",
	// "the minister"): the person coreference links it to.
	if tok.UPOS == "NOUN" && lowerIn(roleHeads, tok.Text) && !anonymous {
		// "The commission's president, Sharmila Ramtohul, … said…
		// “…,” the president said", after another president named
		// before: the holder the story named last with that word.
		if e := t.lastHolder(src); e >= 0 {
			return t.entityFullName(e), true
		}
		// "Tereza Holub, Korvana's chief executive, … The company's
		// chief executive told…": the one person the story set beside
		// that office before.
		if e := t.ownedHolder(src); e >= 0 {
			return t.entityFullName(e), true
		}
		// Many holders of a role named by whom they serve ("McConnell
		// aides acknowledged…", "Trump advisers said") are none of them
		// the name before the noun.
		plural := tok.XPOS == "NNS"
		// So is one: "the Trump adviser", "the Haldemann Rossi chief"
		// hold a role the name before the noun is served by.
		served := t.servedName(src)
		if n := t.clusterProperName(src); n != "" && t.personCluster(src) && !plural && (served < 0 || t.entityFullName(served) != n) {
			return n, true
		}
		// "Union leader Maria Lopez": the person the phrase names, not
		// the body its first word belongs to; not one it names as the
		// owner of the role ("Barclay's spokesman" is a spokesman).
		if e := t.personIn(src); e >= 0 && !t.namedAsOwner(e) && !(plural && a.Entities[e].Last <= src) {
			return t.entityFullName(e), true
		}
		// "The UN's envoy for Sudan, Ramtane Lamamra," with the name
		// read as joined to the place: the name set off after the role.
		if e := t.nameAfterRole(src); e >= 0 {
			return t.entityFullName(e), true
		}
		if t.personAt != nil {
			for _, i := range []int{int(t.left[src]), src} {
				if (plural || served >= 0) && i < src {
					continue
				}
				// Not a name the entity model reads as a body's
				// ("Deutsche Bahn's HR director").
				if e := t.entityAt(i); e >= 0 && (a.Entities[e].Type != nlp.PERSON || t.namedAsOwner(e)) || a.Tokens[i].Rel == "nmod:poss" {
					continue // nor the role's owner ("Barclay's spokesman")
				}
				if n := t.personAt(a.Tokens[i].Start); properName(n) {
					return n, true
				}
			}
			// "CEO of the Harbour Council Amal Okafor", the name read
			// as the end of the body's: the person the name linking
			// found there.
			for _, c := range t.children(src) {
				if ci := int(c); ci > src && a.Tokens[ci].Rel == "nmod" && a.Tokens[ci].UPOS == "PROPN" && !t.quoted[ci] && t.caseOf(ci) == "of" && !roleOfName(a.Tokens, int(t.left[ci])) {
					if n := t.personAt(a.Tokens[ci].Start); properName(n) {
						return n, true
					}
				}
			}
		}
	}
	return "", false
}

// kinSpeaker answers for a noun of kinship ("her brother"): the one the
// story names as that relative of the owner, or of whoever it goes with
// when no one owns it. ok is false when the story names no one.
func (t *tree) kinSpeaker(src int) (name string, ok bool) {
	tok := &t.a.Tokens[src]
	// "Her brother", "her husband": the one the story names as that
	// relative of hers.
	if tok.UPOS == "NOUN" && lowerIn(kinReciprocals, tok.Lemma) != nil {
		if o, owner := t.kinOwner(src); o >= 0 {
			if n := t.sameKin(src, o, owner); n != "" {
				return n, true
			}
			if n := t.relativeOf(src, owner); n != "" {
				return n, true
			}
		} else if n := t.sameKinUnowned(src); n != "" {
			return n, true
		}
	}
	return "", false
}

// describedPersonSpeaker answers for a description of a person, of a
// source not said to be anonymous: the person whose title it is, the name
// set off after it, the one person the story named with that title, named
// just after or just before it, or whom an earlier description of the
// same role stands for. ok is false when none of these finds one.
func (t *tree) describedPersonSpeaker(src int, anonymous bool) (name string, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	// "The secretariat said…": a body's word describes a body, never the
	// person just named (bodySpeaker's); nor does a side or a team that
	// speaks as one ("the growers' side said").
	if tok.UPOS == "NOUN" && tok.XPOS == "NN" && (orgWords[strings.ToLower(tok.Lemma)] || lowerIn(speakingBodies, tok.Lemma) && !t.personWord(src)) {
		return "", false
	}
	// "says the younger of the two brothers": the one of the pair the
	// ages the story gives make so.
	if n := t.seniorOfGroup(src); n != "" {
		return n, true
	}
	// "the count said", the story having named "Count Friedrich von
	// Auersperg-Lindt": the person whose title before the name the noun
	// is, where coreference joined them.
	if tok.UPOS == "NOUN" && tok.XPOS == "NN" && !anonymous && t.personCluster(src) {
		if n := t.clusterProperName(src); len(n) > len(tok.Text) && strings.EqualFold(n[:len(tok.Text)], tok.Text) && n[len(tok.Text)] == ' ' {
			return n, true
		}
	}
	// Any description of a person, or of someone the noun lexicon does
	// not know, with a person's name set off after it ("His Uzbek
	// counterpart, Deputy Water Resources Minister Dilnoza Rakhimova,
	// describes…"): the apposition names who it is.
	if tok.UPOS == "NOUN" && !anonymous && !lowerIn(roleHeads, tok.Text) && (t.personNoun(src) || t.nounClass == nil || t.nounClass(strings.ToLower(tok.Lemma)) == 0) {
		if e := t.nameAfterRole(src); e >= 0 {
			return t.entityFullName(e), true
		}
	}
	// "The Indiana governor" after "Indiana Gov. Mike Pence", "the
	// Republican presidential nominee" after "Republican presidential
	// nominee Donald Trump": the one person the story named with that
	// title.
	if e := t.roleHolder(src); e >= 0 && !anonymous {
		// A surname named with the title stays as written: "President
		// Obama" is not completed from "Michelle Obama".
		if n := a.Entities[e].Text; !strings.Contains(n, " ") {
			return n, true
		}
		return t.entityFullName(e), true
	}
	// "…,” said the chairman of the association. The chairman, Hendrik
	// Lumingkewas, 58, …": a role the story names its holder for just
	// after.
	if n := t.namedNext(src); n != "" && !anonymous {
		return n, true
	}
	// "…,” said the head of Sudan's technical team. / Eng. Nazik Osman
	// Hamid said Sudan had asked …": the person news names right after
	// describing them.
	if e := t.newcomerNamed(src); e >= 0 && !anonymous {
		return t.entityFullName(e), true
	}
	// "Senator Chris Murphy … disagreed. “…,” the Connecticut senator told
	// reporters": the person just named, in other words.
	if e := t.subjectGoesOn(src); e >= 0 && !anonymous {
		return t.entityFullName(e), true
	}
	// "The Swiss envoy cautioned… “…,” the envoy said": a role
	// coreference links to an earlier description of someone stands for
	// whom that description does, where the earlier one says at least as
	// much (not "the head of Ukraine's delegation" for "deputy head of
	// Ukraine's Coordination Headquarters").
	if tok.UPOS == "NOUN" && !anonymous && lowerIn(roleHeads, tok.Text) {
		if d := t.clusterDescription(src); d >= 0 && d != src && t.describesAsWell(src, d) {
			if n, ok := t.speakerOf(d); ok && properName(n) && !lowerIn(determiners, strings.Fields(n)[0]) {
				return n, true
			}
		}
	}
	return "", false
}

// bodySpeaker answers for a body named by what it is ("the company",
// "the union", "the federal labour board"): the one body nearby whose name
// says which, or the one coreference links it to, by name or by a fuller
// description that says whose it is, or the body just named. ok is false
// when none of these finds one.
func (t *tree) bodySpeaker(src int) (name string, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	// A body by what it is ("the company", "the union") stands for the
	// one coreference links it to ("Ford … The company said").
	// "the production company" after "Dick Clark Productions": the
	// one body nearby whose name holds the word that says which.
	// Not the head of a body's own name, written with its capital ("the Commission on
	// Presidential Debates"): that name is the body's.
	// A plural ("the companies said") stands for more than one body: no
	// one body nearby is it.
	plural := tok.XPOS == "NNS" || tok.XPOS == "NNPS"
	if tok.UPOS == "NOUN" && !plural && (bodyKinds[tok.Lemma] || corporateNouns[tok.Lemma]) && t.child(src, "det") >= 0 && (t.entityAt(src) < 0 || !startsUpper(tok.Text)) {
		if n := t.bodyByModifier(src); n != "" {
			return n, true
		}
	}
	// "the federal labour board" after "The Canada Industrial Relations
	// Board": the one body nearby whose name ends in the description's
	// head.
	if tok.UPOS == "NOUN" && !plural && !startsUpper(tok.Text) && t.entityAt(src) < 0 {
		if n := t.bodyByHead(src); n != "" {
			return n, true
		}
	}
	// "the alliance" for the "Interactive Studios Bargaining Alliance",
	// "the ministry" for the "Ministry of Labour": a body the story names
	// with the word that says what it is.
	if !plural {
		if n := t.bodyByKindWord(src); n != "" {
			return n, true
		}
		// "the growers' cooperative" after "the Lunsford growers'
		// cooperative": the earlier mention with the same possessor
		// and a name that says which.
		if n := t.namedPossessedBefore(src); n != "" {
			return n, true
		}
	}
	if tok.UPOS == "NOUN" && (bodyKinds[tok.Lemma] || descBodies[tok.Lemma]) && t.child(src, "det") >= 0 && t.child(src, "nmod:poss", "compound", "amod") < 0 && (t.entityAt(src) < 0 || !startsUpper(tok.Text)) {
		// "Fair Harvest Watch criticised the quota. The group said…":
		// the body the sentence before made its subject by a name the
		// entity model left untyped goes on, whatever body named
		// earlier coreference linked the noun to.
		if n := t.untypedBodyBefore(src); n != "" && !plural {
			return n, true
		}
		if ct := t.clusterType(src); (ct == nlp.ORG || ct == nlp.GPE) && !t.namedOnlyAsModifier(src) {
			if n := t.clusterProperName(src); n != "" {
				return n, true
			}
		}
		// "Colombia's defence ministry said… “…,” the ministry said":
		// the fuller description coreference linked it to, when it
		// says whose body it is, before any body merely named nearby.
		if n := t.ownedDescription(src); n != "" {
			return n, true
		}
		if n := t.recentBody(src); n != "" && !plural {
			return n, true
		}
	}
	return "", false
}

// bodyByKindWord returns the name of the body a bare description ("the
// alliance", "The guild", "the city") stands for, where the name holds
// the description's head as a word of its own: the proper name of the
// description's coreference cluster when it is a body's and holds the
// word, else the one organisation named before it outside quotations
// whose name holds the word as its last word or before "of" ("City of
// Port Carrick"); "" when there is none or more than one. The head has
// "the" and nothing else before it, and no capital but the sentence's.
func (t *tree) bodyByKindWord(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || t.entityAt(src) >= 0 && !startsUpper(tok.Text) || tok.Lemma == "union" {
		// "the union" is a trade union's (recentBody), not the
		// European Union's.
		return ""
	}
	if d := t.child(src, "det"); d < 0 || d != src-1 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return ""
	}
	if startsUpper(tok.Text) && (src < 2 || a.Tokens[src-1].Sent == a.Tokens[src-2].Sent) {
		return "" // "the Commission": a name's own head
	}
	w := tok.Text
	holds := func(name string, ofHead bool) bool {
		fs := strings.Fields(name)
		for k, f := range fs {
			if strings.EqualFold(f, w) && (k == len(fs)-1 || ofHead && nlp.EqualFoldLower(fs[k+1], "of")) {
				return k > 0 || len(fs) > 1
			}
		}
		return false
	}
	if ct := t.clusterType(src); ct == nlp.ORG {
		if n := t.clusterProperName(src); n != "" && holds(n, true) {
			return n
		}
	}
	return t.oneBodyWithin(src, -1, false, func(e *nlp.Entity) bool {
		return e.Type == nlp.ORG && holds(a.Span(e.First, e.Last), true)
	})
}

// innerNameSpeaker answers for a source whose phrase holds a name: a
// title the parser made the head, with the name after it; a role with
// the name inside its phrase; an acronym that coreference links to the
// name it spells; the head inside an actor's or a listed name. ok is
// false when none of these finds one.
func (t *tree) innerNameSpeaker(src int) (name string, ok bool) {
	a := t.a
	tok := &a.Tokens[src]
	// A title the parser made the head ("Rep. | Elijah Cummings"): the
	// name after it.
	if isTitleWord(tok.Text) {
		// "Economy Minister Sanne Jansen" with the first word as head:
		// the person the phrase names, else the first name after the
		// title words.
		if e := t.personIn(src); e >= 0 {
			return t.entityFullName(e), true
		}
		for _, c := range t.children(src) {
			// Not a name a preposition governs: "ambassador to
			// Britain" names where the ambassador serves.
			// Nor a body's word: "Commerce Ministry" is a body's name.
			if ci := int(c); ci > src && ci <= src+3 && a.Tokens[ci].UPOS == "PROPN" && !t.quoted[ci] && t.child(ci, "case") < 0 &&
				!isTitleWord(a.Tokens[ci].Text) && !lowerIn(orgWords, a.Tokens[ci].Text) {
				if n, ok := t.speakerOf(ci); ok && n != "" {
					return n, true
				}
			}
		}
	}
	// A role with the name inside its phrase ("Secretary of State Marco
	// Rubio" parsed with the title as head, "the union's negotiator, John
	// Holland"): the person named nearest to the head.
	if e := t.personIn(src); e >= 0 {
		return t.entityFullName(e), true
	}
	// An acronym that coreference links to the name it spells ("GTRT
	// said" after "Greater Toledo Regional Transit", "the CFST" after
	// "the Confédération française des syndicats du travail (CFST)"):
	// that name, as the user would want it.
	if tok.UPOS == "PROPN" && isAcronym(tok.Text) {
		if n := t.spelledName(src); n != "" {
			return n, true
		}
	}
	// The head inside a name ("the International Monetary Fund"; "Downing
	// Street", which the entity model calls a place and the name lists
	// a seat of government).
	from, to := t.entitiesAround(src)
	for ei := from; ei < to; ei++ {
		e := &a.Entities[ei]
		if e.First <= src && src < e.Last && properName(e.Text) {
			if e.Type == nlp.PERSON && titleOnly(e.Text) {
				// "the UPR President said", the title alone read as a
				// person's name: a description, not a name.
				break
			}
			if isActorType(e.Type) {
				return t.entityFullName(ei), true
			}
			if _, listed := lowerHas(gazetteer, e.Text); listed {
				return e.Text, true
			}
		}
	}
	return "", false
}

// coreferentSpeaker answers for a noun coreference joins to where the
// story brought the source in: the name it gave there, of a source not
// said to be anonymous, or the fuller description of the same head noun.
// ok is false when neither is found.
func (t *tree) coreferentSpeaker(src int, anonymous bool) (name string, ok bool) {
	tok := &t.a.Tokens[src]
	// "A crane operator who gave his name only as Abu Yazan said…",
	// "the operator said": the name coreference joined to the person
	// where the story brought them in.
	if tok.UPOS == "NOUN" && !anonymous && t.namedAtIntro(src) {
		if n := t.clusterProperName(src); n != "" {
			return n, true
		}
	}
	// "the mission said" after "the United Nations mission": the fuller
	// description coreference links it to, of the same head noun.
	if n := t.fullerDescription(src); n != "" {
		return n, true
	}
	// "the city council said" after "the city council of Dunmore": the
	// name after "of" says which council.
	if n := t.ofNamedBefore(src); n != "" {
		return n, true
	}
	return "", false
}

// placeAdjunct reports whether the name at h is a place where something
// happens: a place's name after "in", "at", "on"… ("In Sefwi, …"), not
// a body the parser hung there ("On Tuesday Mitsubishi, the only major
// Japanese car firm in the red, confirmed…").
func (t *tree) placeAdjunct(h int) bool {
	if !locativeCase[t.caseOf(h)] {
		return false
	}
	e := t.entityAt(h)
	return e >= 0 && (t.a.Entities[e].Type == nlp.GPE || t.a.Entities[e].Type == nlp.LOC)
}

// locativeCase are the prepositions that make a name where something
// happens ("in Sefwi", "at Geneva"), not who.
var locativeCase = map[string]bool{"in": true, "at": true, "on": true, "near": true, "outside": true, "inside": true, "across": true, "around": true}

// jointTextBefore returns the last mention before src, outside quotation
// marks, of a noun of src's lemma, when that mention is a joint text ("a
// joint statement signed by both delegations"): the noun's token; -1 when
// that mention is not joint or there is none. Other words that say which
// text it is ("the merger agreement", "the annual report") the news is
// as likely to drop as to repeat.
func (t *tree) jointTextBefore(src int) int {
	a := t.a
	lemma := a.Tokens[src].Lemma
	for k := src - 1; k >= 0; k-- {
		kt := &a.Tokens[k]
		if kt.Lemma != lemma || kt.UPOS != "NOUN" || t.quoted[k] {
			continue
		}
		if t.jointText(k) {
			return k
		}
		return -1
	}
	return -1
}

// byOrFrom reports whether the token at o is introduced by "by" or
// "from" ("a statement issued by the ministry").
func (t *tree) byOrFrom(o int) bool {
	for _, c := range t.children(o) {
		if ct := &t.a.Tokens[c]; ct.Rel == "case" && (nlp.EqualFoldLower(ct.Text, "by") || nlp.EqualFoldLower(ct.Text, "from")) {
			return true
		}
	}
	return false
}

// plainRole reports whether the role noun at k has nothing before it but
// an article or whose it is ("the foundation's chairman"): no word that
// makes it another role ("deputy head", "vice chairman", "former
// chairman").
func (t *tree) plainRole(k int) bool {
	for _, c := range t.children(k) {
		ci := int(c)
		if ci > k {
			break
		}
		switch t.a.Tokens[ci].Rel {
		case "det", "nmod:poss", "punct":
		default:
			return false
		}
	}
	return true
}

// bareSource reports whether the noun at src has nothing hung from it
// but its article: "the chairman", not "the head of Ukraine's
// delegation".
func (t *tree) bareSource(src int) bool {
	for _, c := range t.children(src) {
		if r := t.a.Tokens[int(c)].Rel; r != "det" && r != "punct" {
			return false
		}
	}
	return true
}
