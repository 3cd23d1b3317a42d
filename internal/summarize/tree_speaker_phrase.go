package summarize

// The source as written, when speakerAt finds no one it stands for: its
// phrase, with what says who it is and without what says when.

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// phraseSpeaker gives the source at src as written (sourceSpan): the
// source as the story brought it in where the phrase is the bare noun, a
// name completed from the person named in full elsewhere, or the phrase
// itself. The answer is always resolved.
func (t *tree) phraseSpeaker(src int) (name string, resolved bool) {
	a := t.a
	tok := &a.Tokens[src]
	first, last := t.sourceSpan(src)
	// "A spokesperson for the port employers said… “…,” the
	// spokesperson said": the source as the story brought it in, when
	// nothing else names it.
	if tok.UPOS == "NOUN" && first == int(t.left[src]) && last == src+1 {
		if p := t.introducedAs(src); p != "" {
			return p, true
		}
	}
	// "Luciana Ferreira da Costa, chief Latin America economist at…",
	// parsed with the role as the head and the name hung from it: the
	// person named before the comma.
	if e := t.entityAt(first); e >= 0 && a.Entities[e].Type == nlp.PERSON && a.Entities[e].First == first && a.Entities[e].Last < last && a.Tokens[a.Entities[e].Last].Text == "," {
		return t.entityFullName(e), true
	}
	// A text speaks by the kind of text it is, not by its length or
	// whose it is: "the joint statement" for "The four-page joint
	// statement" (textLabel).
	if t.textPart(src) {
		// "Clause 4 says…", "Another provision says…": a part of a
		// text, whatever its tag, speaks as the text.
		if l := t.textReferent(src, first, last); l != "" {
			return l, true
		}
	}
	if textToken(tok) && !t.personNoun(src) {
		if l := t.textReferent(src, first, last); l != "" {
			return l, true
		}
		if l := t.ofNameBefore(src, first, last); l != "" {
			return l, true
		}
		if l := t.textLabel(src, first, last); l != "" {
			return l, true
		}
	}
	// "her spokesman", "his lawyer": whose the source is, by name,
	// where the possessive stands for a person the story names.
	if n := t.possessorNamed(src, first, last); n != "" {
		return n, true
	}
	phrase := a.Span(first, last)
	// A bare surname the entity model missed ("Zelenskyy") names the person
	// named in full elsewhere; where two people share it ("Lars Nyberg",
	// "Elin Nyberg"), the one coreference links it to.
	if tok.UPOS == "PROPN" {
		return t.surnameName(src, phrase), true
	}
	return phrase, true
}

// sourceSpan returns the tokens [first, last) of the phrase of the source
// at src: its determiners, modifiers and compounds, what says who it is
// after the head (descriptionEnd), a body's name over "of", an adjective
// the parser made its head; not a leading punctuation mark or
// preposition, the day it ends on or a verb of saying hung inside it.
func (t *tree) sourceSpan(src int) (first, last int) {
	a := t.a
	tok := &a.Tokens[src]
	first, last = src, src+1
	for _, c := range t.children(src) {
		ci := int(c)
		switch a.Tokens[ci].Rel {
		case "det", "amod", "compound", "nmod:poss", "nummod", "flat", "flat:name", "det:poss":
			if ci < src && int(t.left[ci]) < first {
				first = int(t.left[ci])
			}
			if ci > src && (a.Tokens[ci].Rel == "flat" || a.Tokens[ci].Rel == "flat:name" || a.Tokens[ci].Rel == "compound") && ci+1 > last {
				last = ci + 1
			}
		}
	}
	if tok.UPOS == "NOUN" {
		last = t.descriptionEnd(src, first, last)
	}
	if tok.UPOS == "PROPN" && t.clusterType(src) != nlp.PERSON {
		// A body's name goes on over "of" and a name: "the
		// Communications Workers of America", "the Bank of England".
		for _, c := range t.children(src) {
			ci := int(c)
			if a.Tokens[ci].Rel != "nmod" || int(t.left[ci]) != last || a.Tokens[ci].UPOS != "PROPN" || t.quoted[ci] {
				continue
			}
			// A post a state keeps abroad goes on over "in" and the
			// place: "the Brazilian Embassy in Lagos".
			if cs := t.child(ci, "case"); cs == last && (nlp.EqualFoldLower(a.Tokens[cs].Text, "of") || nlp.EqualFoldLower(a.Tokens[cs].Text, "in") && diplomaticPosts[strings.ToLower(tok.Text)]) && int(t.right[ci])-first <= 8 {
				last = int(t.right[ci]) + 1
			}
		}
	}
	if tok.UPOS == "PROPN" && t.clusterType(src) != nlp.PERSON {
		last = t.connectorRunEnd(src, first, last)
	}
	if h := tok.Head; tok.UPOS == "NOUN" && h == last && t.saysWhoAfter(h) && !t.quoted[h] {
		// "one person close to Castell", with the adjective parsed as
		// the noun's head: it says who the person is.
		r := int(t.right[h])
		for k := h; k <= r; k++ {
			if a.Tokens[k].Text == "," || t.quoted[k] {
				r = k - 1
				break
			}
		}
		if r-first <= 10 {
			last = r + 1
		}
	}
	for first < last && (a.Tokens[first].UPOS == "PUNCT" || a.Tokens[first].Rel == "case") {
		first++
	}
	// Not the day it ends on: "federal prosecutors in April", "papers
	// obtained by our correspondent on Monday" are who, the day is when.
	for k := last - 1; k > src && (timeName(a.Tokens[k].NER)); k-- {
		if strings.HasPrefix(a.Tokens[k].NER, "B-") {
			// With the words that say which part of the day ("posted on
			// the KIRA website late Monday").
			for end := last; k-1 > src && a.Tokens[k-1].Head >= k && a.Tokens[k-1].Head < end && (a.Tokens[k-1].UPOS == "ADJ" || a.Tokens[k-1].UPOS == "ADV"); {
				k--
			}
			if k-1 > src && a.Tokens[k-1].UPOS == "ADP" {
				k--
			}
			last = k
			break
		}
	}
	// Not the verb of saying the parser hung inside the phrase ("one
	// veteran of the projects commented:").
	if k := last - 1; k > src && a.Tokens[k].UPOS == "VERB" && cueLemma(a.Tokens[k].Lemma) {
		last = k
	}
	return first, last
}

// saysWhoAfter reports whether token h, right after a noun the parser
// hung from it, is an adjective, or an adverb that goes on with a
// preposition's phrase ("one person close to the family", "close" read as
// an adverb): words that say who the noun's person is.
func (t *tree) saysWhoAfter(h int) bool {
	a := t.a
	switch a.Tokens[h].UPOS {
	case "ADJ":
		return true
	case "ADV":
		o := t.child(h, "obl")
		return o > h && int(t.left[o]) == h+1 && a.Tokens[h+1].UPOS == "ADP"
	}
	return false
}

// descriptionEnd returns where the phrase of the noun src, from first to
// last so far, ends once it keeps the modifiers after its head that say
// who it is: a relative clause not set off by a comma
// (relativeClauseEnd), a participle's phrase, a prepositional phrase of
// where the source works or whom it speaks for.
func (t *tree) descriptionEnd(src, first, last int) int {
	a := t.a
	// A description keeps what says who it is after its head:
	// "people familiar with the matter", "a spokesman for the
	// ministry", "officials from both sides", "a person briefed on
	// the plans".
	for _, c := range t.children(src) {
		ci := int(c)
		// The modifier up to a comma: what is set off after it
		// ("the head of the government delegation, a former
		// ombudswoman who…") is an apposition, not part of it.
		right := int(t.right[ci])
		for k := ci + 1; k <= right; k++ {
			// Not the comma of a list ("the leaders of the United
			// States, Canada and Mexico").
			// A clause's comma is one ("a person involved in the
			// negotiations, who spoke on condition of anonymity", the
			// relative clause hung as the participle's conjunct).
			if h := a.Tokens[k].Head; a.Tokens[k].Text == "," && !(h >= 0 && a.Tokens[h].Rel == "conj" && a.Tokens[h].UPOS != "VERB" && a.Tokens[h].UPOS != "AUX") && !t.listAfter(k) {
				right = k - 1
				break
			}
		}
		if ci < last || t.quoted[ci] || right-first > 10 {
			continue
		}
		if a.Tokens[ci].Rel == "acl:relcl" && ci > src && last < len(a.Tokens) && int(t.left[ci]) == last && t.relativeWord(last) {
			// "a Western diplomat in Yerevan who follows the talks":
			// a relative clause not set off by a comma says which
			// one, up to a clause of its own ("because he was not
			// authorized…").
			last = t.relativeClauseEnd(ci, first, last)
			continue
		}
		switch a.Tokens[ci].Rel {
		case "amod":
		case "acl":
			// "a person briefed on the plans", "officials involved
			// in the talks", "a Western diplomat following the talks"
			// (not "a spokesperson speaking on condition of
			// anonymity").
			// A past tense with no subject of its own hung as the
			// noun's clause is the participle the tagger missed
			// ("a Western diplomat briefed on the negotiations").
			participle := a.Tokens[ci].XPOS == "VBN" || a.Tokens[ci].XPOS == "VBD" && t.child(ci, "nsubj", "nsubj:pass") < 0
			if !participle && (a.Tokens[ci].XPOS != "VBG" || t.anonymityIn(ci, right+1) || t.namesIn(ci, right+1)) || int(t.left[ci]) != ci {
				// Not a clause of its own: "a spokesperson when
				// contacted by Reuters" says when, not who.
				continue
			}
			if l := a.Tokens[src].Lemma; (speechNoun(l) || textNoun(l)) && !t.soleMaker(src) {
				// A text's participle says how it came out, not which
				// text it is: "the joint communique" of "the joint
				// communique issued after the meeting", "a draft of the
				// agreement" of "a draft of the agreement seen by
				// Bloomberg"; unless it names the one who made it ("a
				// statement issued on behalf of the trade minister").
				continue
			}
		case "nmod":
			cs := t.child(ci, "case")
			if cs < 0 {
				continue
			}
			switch strings.ToLower(a.Tokens[cs].Text) {
			case "for", "of", "from", "with", "in", "close":
			case "on", "to":
				// "a senator on the committee", "an adviser to the
				// minister": whose side or body a person is on; not a
				// day ("a spokesman on Tuesday"), nor what a text is
				// on or sent to ("a document on the campaign's
				// website"), nor one that names whom the person serves
				// ("Norway's ambassador to Britain", "a senior adviser
				// to the Ruiz campaign": not Britain's, nor Ruiz's).
				// A text, though, is named by the one it is added to:
				// "the annex to the licence", "an amendment to the
				// treaty".
				if t.textTo(src, ci) {
					break
				}
				if timeName(a.Tokens[ci].NER) || !t.personNoun(src) || t.namesIn(int(t.left[ci]), right+1) {
					continue
				}
			case "at":
				// Where someone works ("a spokesman at the
				// ministry", "analysts at Brockway Securities"),
				// not the event they spoke at ("the minister at a
				// press conference").
				if t.nounClass != nil && a.Tokens[ci].UPOS == "NOUN" && t.nounClass(strings.ToLower(a.Tokens[ci].Lemma)) == nlp.NounAbstract && !t.inBodyName(ci) {
					continue
				}
			default:
				continue
			}
		default:
			continue
		}
		if l := a.Tokens[src].Lemma; a.Tokens[ci].Rel == "nmod" && (speechNoun(l) || textNoun(l)) && !t.soleMaker(src) {
			// "A draft of the agreement seen by Reuters", the participle
			// hung on "agreement": the text's phrase ends before it.
			for _, g := range t.children(ci) {
				if gi := int(g); gi > ci && gi <= right && a.Tokens[gi].Rel == "acl" && a.Tokens[gi].XPOS == "VBN" && int(t.left[gi]) == gi {
					right = gi - 1
					break
				}
			}
		}
		if int(t.left[ci]) == last && a.Tokens[last].UPOS != "PUNCT" {
			// Right after the head, not set off by a comma.
			last = right + 1
		}
	}
	return last
}

// namesIn reports whether a person, a body or a place is named in tokens
// [lo, hi), by the entity model or by a proper noun: "A union
// representing 5,200 flight attendants at US Airways" is the union, not
// the airline's phrase.
func (t *tree) namesIn(lo, hi int) bool {
	a := t.a
	for k := lo; k < hi; k++ {
		if a.Tokens[k].UPOS == "PROPN" {
			return true
		}
	}
	from, to := t.entitiesIn(lo, hi)
	for ei := from; ei < to; ei++ {
		if e := &a.Entities[ei]; e.First >= lo && e.Last <= hi {
			switch e.Type {
			case nlp.PERSON, nlp.ORG, nlp.GPE, nlp.LOC:
				return true
			}
		}
	}
	return false
}

// soleMaker reports whether the text at src names the one who made it
// in its own phrase (ownerWithin), not several ("a joint statement"), nor
// the negotiated text someone signed or published ("A protocol signed by
// the two sides": negotiatedText).
func (t *tree) soleMaker(src int) bool {
	if t.jointText(src) {
		return false
	}
	if o := t.ownerWithin(src); o >= 0 && !(t.negotiatedText(src) && t.publishedBy(src, o)) {
		return true
	}
	// "a statement issued on behalf of the trade minister".
	a := t.a
	for k := src + 2; k <= int(t.right[src]) && k < len(a.Tokens)-1; k++ {
		if nlp.EqualFoldLower(a.Tokens[k].Text, "behalf") && nlp.EqualFoldLower(a.Tokens[k-1].Text, "on") && nlp.EqualFoldLower(a.Tokens[k+1].Text, "of") {
			return true
		}
	}
	return false
}

// relativeClauseEnd returns where the phrase from first ends with the
// relative clause ci right after it, up to a clause of its own; last, as
// it was, when the clause says the source is not named or ends too far
// off.
func (t *tree) relativeClauseEnd(ci, first, last int) int {
	a := t.a
	end := ci
	for _, g := range t.children(ci) {
		switch gi := int(g); a.Tokens[gi].Rel {
		case "advcl", "conj", "parataxis", "punct", "cc":
		default:
			end = max(end, int(t.right[gi]))
		}
	}
	// "a Western diplomat who asked not to be named", "an
	// official who was not authorised to speak publicly": a
	// clause that says the source is not named, not who it
	// is, is left out, and so is one set off after a comma
	// ("One owner who supports the deal, who asked not to be
	// named").
	cut := end
	for k := ci; k <= end; k++ {
		if a.Tokens[k].Text == "," {
			cut = k - 1
			break
		}
	}
	if t.anonymityIn(int(t.left[ci]), cut+1) {
		return last
	}
	if cut < end && t.anonymityIn(cut+1, end+1) {
		end = cut
	}
	if end-first <= 14 && !t.quoted[end] {
		last = end + 1
	}
	return last
}

// possessorNamed returns, for a source named by a role noun (roleHeads)
// whose phrase [first, last) opens with "his", "her" or "their" ("her
// spokesman", "his lawyer"), the phrase with the pronoun given as the
// person it stands for ("Ana Ruiz's spokesman"): the name coreference
// gives the pronoun, or the name of the mention before it that
// coreference joins it to (mentionBeforeNamed); "" when neither is a
// person the story names.
func (t *tree) possessorNamed(src, first, last int) string {
	a := t.a
	if a.Tokens[src].UPOS != "NOUN" || first+1 > src || !lowerIn(roleHeads, a.Tokens[src].Lemma) {
		return ""
	}
	o := t.child(src, "nmod:poss")
	if o != first || t.quoted[o] || !personPossessive(a.Tokens[o].Text) {
		return ""
	}
	owner, ok := t.speakerOf(o)
	if !ok || !properName(owner) {
		owner = t.mentionBeforeNamed(o)
	}
	if !properName(owner) || t.personNamed(owner) < 0 {
		return ""
	}
	return owner + "'s " + a.Span(first+1, last)
}

// mentionBeforeNamed returns the name the nearest earlier mention in the
// coreference cluster of the pronoun at o, outside quotation marks, stands
// for ("Norway's chief delegate, Ingrid Solheim," for "her"), where
// coreference joined the pronoun to the description but not to the name
// set off after it; "" when that mention names no one.
func (t *tree) mentionBeforeNamed(o int) string {
	a := t.a
	cl := t.clusterAt(o)
	if cl < 0 {
		return ""
	}
	best := -1
	for _, mi := range a.Clusters[cl].Mentions {
		m := &a.Mentions[mi]
		if h := m.Head; h >= 0 && h < o && !t.quoted[h] && a.Tokens[h].UPOS != "PRON" && h > best {
			best = h
		}
	}
	if best < 0 {
		return ""
	}
	if n, ok := t.speakerOf(best); ok && properName(n) {
		return n
	}
	return ""
}

// connectorRunEnd returns where the name of the body at src, from first
// to last so far, ends once it goes on over a run of the small words of
// another language right after it and the capitalised proper nouns that
// follow, inside src's own phrase: "the Comité de Defensa | en el
// Pescadores", which the parser hung as an apposition with "a" read as
// an article. Only for a name that already holds such a word inside it
// ("de"), and not over a run of only "a" or "e", words English has too.
func (t *tree) connectorRunEnd(src, first, last int) int {
	a := t.a
	inner := false
	for i := first + 1; i < last-1; i++ {
		inner = inner || nameJoinWords[a.Tokens[i].Text]
	}
	if !inner {
		return last
	}
	right := int(t.right[src])
	j := last
	foreign := false
	for j <= right && j < last+3 && nameJoinWords[a.Tokens[j].Text] && !t.quoted[j] {
		foreign = foreign || a.Tokens[j].Text != "a" && a.Tokens[j].Text != "e"
		j++
	}
	if j == last || !foreign {
		return last
	}
	end := j
	for end <= right && end < j+3 && a.Tokens[end].UPOS == "PROPN" && startsUpper(a.Tokens[end].Text) && !t.quoted[end] {
		end++
	}
	if end == j {
		return last
	}
	return end
}

// nameJoinWords are the lower-case small words of other languages that
// join the words of a body's name ("de", "a los", "pour les", "en el").
var nameJoinWords = map[string]bool{"a": true, "al": true, "los": true, "las": true, "el": true, "en": true, "para": true, "y": true,
	"de": true, "del": true, "la": true, "le": true, "les": true, "du": true, "des": true, "aux": true, "au": true, "pour": true, "et": true,
	"da": true, "do": true, "dos": true, "das": true, "e": true, "di": true, "degli": true, "della": true, "delle": true}
