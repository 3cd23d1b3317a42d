package nlp

import (
	"strings"
	"unicode/utf8"
)

// Run-time repairs of the tagger's tags that English grammar settles: the
// closed classes and the heads of relative clauses.

// closedWords are English's function words: the prepositions,
// subordinators, determiners, conjunctions, pronouns, modals and
// wh-words, a closed class that no new word joins. A capitalised word the
// tagger gives one of their tags that is none of them is a name it did
// not know ("Arvind Sundaram" with "Arvind" read as a preposition).
var closedWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a aboard about above absent across after against ahead albeit all along alongside amid amidst among amongst an
		and another any anybody anyone anything apart around as astride at atop because before behind below beneath
		beside besides between beyond both but by can cannot circa concerning considering could despite down during
		each either enough every everybody everyone everything except excluding few following for from given he her
		hers herself him himself his how however i if in including inside instead into it its itself lest less like
		many may me might mine minus more most much must my myself near nearer nearest neither next no nobody none
		noone nor not nothing notwithstanding of off on once one onto opposite or other others ought our ours
		ourselves out outside over own past pending per plus regarding round save several shall she should since
		so some somebody someone something such than that the thee their theirs them themselves then there these
		they thine this those though thou through throughout thru thy till to toward towards under underneath unless
		unlike until unto up upon us versus via vs we what whatever when whenever where whereas whereby wherever
		whether which whichever while whilst who whoever whom whomever whose why will with within without worth
		would ye yet you your yours yourself yourselves
		although now half quite rather wherein whereupon thereof therein ago nearby post pre re vs. v. ere cos
		'd 'll 's n't na ta o' ca wo sha cause tho altho`) {
		m[w] = true
	}
	return m
}()

// closedTag reports whether a Penn tag is one of a closed class.
func closedTag(xpos string) bool {
	switch xpos {
	case "IN", "DT", "CC", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "TO", "MD", "EX", "PDT":
		return true
	}
	return false
}

// namesReadAsFunctionWords re-tags as a proper noun a capitalised word
// (not in capitals throughout: see capitalised) that the tagger gave a function word's tag
// though it is no function word of English, when a capitalised word
// follows it: the given name of a name the tagger did not know ("Arvind
// Sundaram, the company's founder, told…"). The sentence is tagged again
// from it.
func (t *Tagger) namesReadAsFunctionWords(a *Analysis, sc *tagScratch) {
	c := t.classOf("PROPN", "NNP")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if !closedTag(tok.XPOS) || !capitalised(tok.Text) || !capitalised(a.Tokens[i+1].Text) {
				continue
			}
			if closedWords[strings.ToLower(tok.Text)] {
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// nounsBeforeWho re-tags as a noun a lower-case word read as an adjective
// (or a role's word read as an adverb: "A Ministry of Public Works
// official who asked…") right before a relative "who", "whom" or "whose" (set off by a comma or
// not; for a word that names a role, with a prepositional phrase between)
// after a determiner, an adjective or a noun ("A shipping industry
// executive, who asked not to be named, said…"): a relative clause on a
// person hangs from a noun, which an adjective before it cannot stand for.
// The sentence is tagged again from the word.
func (t *Tagger) nounsBeforeWho(a *Analysis, sc *tagScratch) {
	c := t.classOf("NOUN", "NN")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "JJ" && (tok.XPOS != "RB" || !crRoleNouns[tok.Text]) || !isLowerCase(tok.Text) {
				continue
			}
			k := i + 1
			if a.Tokens[k].XPOS == "IN" && k+1 < s.Last && crRoleNouns[tok.Text] {
				// With the phrase that says where or for whom between,
				// for a word that names a role ("A Western mining
				// executive in Lubumbashi, who…", "one official from a
				// downstream country who…"); not an adjective with its
				// own complement ("A person close to the authority,
				// who…").
				k = nounPhraseEnd(a.Tokens[:s.Last], k+1)
			}
			if k < s.Last && a.Tokens[k].Text == "," && k+1 < s.Last {
				k++
			}
			if k >= s.Last {
				continue
			}
			var lb [8]byte // the lower case, on the stack
			lw, ok := lowerASCII(lb[:], a.Tokens[k].Text)
			if !ok {
				lw = strings.ToLower(a.Tokens[k].Text)
			}
			switch lw {
			case "who", "whom", "whose":
			default:
				continue
			}
			switch a.Tokens[i-1].UPOS {
			case "DET", "ADJ", "NOUN", "PROPN", "NUM":
			default:
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// nounPhraseEnd returns the index after the noun phrase that opens at
// toks[k] (determiners, adjectives, nouns, names and numbers, six at
// most), or k when none does.
func nounPhraseEnd(toks []Token, k int) int {
	j := k
	for j < len(toks) && j-k < 6 {
		switch toks[j].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM":
			j++
			continue
		}
		break
	}
	return j
}

// openWordsReadAsFunctionWords re-tags a lower-case word of four letters
// or more that the tagger gave a function word's tag though it is none of
// English's function words ("The talks overran their deadline", with
// "overran", a verb it did not know, read as a preposition): it takes the
// open class the tagger scores best for it in its place, and the sentence
// is tagged again from it. A sentence's first word counts in lower case.
func (t *Tagger) openWordsReadAsFunctionWords(a *Analysis, sc *tagScratch) {
	for si, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if !closedTag(tok.XPOS) {
				continue
			}
			w := tok.Text
			var buf [32]byte
			if i == s.First && len(w) <= len(buf) && w[0] >= 'A' && w[0] <= 'Z' {
				// The sentence's capital: "Afterwards one of the elders
				// said…", with "Afterwards" read as a preposition (in a
				// buffer of its own: no allocation per sentence).
				n := copy(buf[:], w)
				buf[0] += 'a' - 'A'
				if !lowerLetters(string(buf[:n])) || closedWords[string(buf[:n])] {
					continue
				}
			} else if !lowerLetters(w) || closedWords[w] {
				continue
			}
			if c := t.bestOpenClass(a, sc, si, i-s.First); c >= 0 {
				t.retag(a, sc, si, i-s.First, c)
			}
		}
	}
}

// bestOpenClass returns the class of no closed word's tag that the tagger
// scores best for token k of sentence si, given the classes before it, or
// -1.
func (t *Tagger) bestOpenClass(a *Analysis, sc *tagScratch, si, k int) int {
	best, bestScore := -1, int32(0)
	for c, v := range t.scoresAt(a, sc, si, k) {
		if c == 0 || closedTag(t.xpos[c]) {
			continue
		}
		if best < 0 || v > bestScore {
			best, bestScore = c, v
		}
	}
	return best
}

// lowerLetters reports whether w is four or more lower-case letters.
func lowerLetters(w string) bool {
	n := 0
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
		n++
	}
	return n >= 4
}

// objectPronouns are the personal pronouns only an object takes.
var objectPronouns = map[string]bool{"me": true, "him": true, "us": true, "them": true}

// pastsBeforeObjects re-tags as a past tense a past participle with no
// auxiliary before it that takes an object pronoun right after it ("A
// senior league executive who asked not to be named because the talks are
// confidential told me the window was…", with "told" read as a
// participle), or a verb of telling someone that takes a noun phrase,
// the hearer, and then what was told: a comma, a colon, "that" or a
// quotation mark ("A fisherman told reporters, “…”"): a participle
// without "have" or "be" modifies a noun, and takes no object of its
// own. The sentence is tagged again from it.
func (t *Tagger) pastsBeforeObjects(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBD")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VBN" || !objectPronouns[strings.ToLower(a.Tokens[i+1].Text)] && !(tellingPasts[tok.Text] && hearerThenTold(a, i+1, s.Last)) {
				continue
			}
			k := i - 1
			for k > s.First && a.Tokens[k].UPOS == "ADV" {
				k-- // "had already told him"
			}
			if u := a.Tokens[k].UPOS; u == "AUX" || u == "VERB" || u == "PART" {
				continue // "had told him", "was given them", "got told"
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// tellingPasts are the past forms of verbs of telling, whose object
// is the one told ("told reporters", "assured lenders").
var tellingPasts = map[string]bool{"told": true, "assured": true, "informed": true, "reminded": true, "warned": true}

// hearerThenTold reports whether tokens from j (before last) are a noun
// phrase of a few words ending in a noun, then a comma, a colon, "that"
// or an opening quotation mark: the hearer of a verb of telling, and
// what they were told.
func hearerThenTold(a *Analysis, j, last int) bool {
	noun := false
	for k := j; k < last && k < j+5; k++ {
		switch x := a.Tokens[k].XPOS; x {
		case "NN", "NNS", "NNP", "NNPS":
			noun = true
		case "DT", "PRP$", "JJ", "CD", "POS":
			noun = false
		case ",", ":", "``":
			return noun
		default:
			return noun && EqualFoldLower(a.Tokens[k].Text, "that")
		}
	}
	return false
}

// marksReadAsWords re-tags as punctuation a double quotation mark or a
// guillemet the tagger gave a word's tag (the closing guillemet of «…,»
// said its spokeswoman read as a name, and so as the subject of "said"):
// such a mark is no word, whatever stands around it. (A single mark may
// be a possessive's, and a straight one is left to the tagger.) The
// sentence is tagged again from it.
func (t *Tagger) marksReadAsWords(a *Analysis, sc *tagScratch) {
	open, closing := t.classOf("PUNCT", "``"), t.classOf("PUNCT", "''")
	if open < 0 || closing < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.UPOS == "PUNCT" || !doubleMarks(tok.Text) {
				continue
			}
			c := closing
			if r := []rune(tok.Text)[0]; r == '«' || r == '“' || r == '‹' || r == '„' {
				c = open
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// straightClosingMarks tags as a closing quotation mark (”) a straight
// double mark the model read as an opening one (“) where its spacing
// says it closes: glued to the word before it, and followed by a space,
// the end of the text or punctuation ("…down first," Minister…). The
// model reads a straight mark's direction from its neighbours' words,
// which a quotation's end and an attribution's start do not settle; the
// words after it are tagged again in its light.
func (t *Tagger) straightClosingMarks(a *Analysis, sc *tagScratch) {
	closing := t.classOf("PUNCT", "''")
	if closing < 0 {
		return
	}
	toks := a.Tokens
	for si, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			tok := &toks[i]
			if tok.Text != "\"" || tok.XPOS != "``" || i == 0 || toks[i-1].End != tok.Start || isOpener(toks[i-1].Text) {
				continue
			}
			if i+1 < len(toks) && toks[i+1].Start == tok.End && startsWord(toks[i+1].Text) {
				continue // glued to a word on both sides
			}
			t.retag(a, sc, si, i-s.First, closing)
		}
	}
}

// startsWord reports whether w starts with a letter or a digit.
func startsWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return wordRune(r)
}

// doubleMarks reports whether w is made of curly double quotation marks
// and guillemets only.
func doubleMarks(w string) bool {
	for _, r := range w {
		switch r {
		case '“', '”', '«', '»', '„', '‹', '›':
		default:
			return false
		}
	}
	return w != ""
}

// presentsConjoined re-tags as a present tense a word in -s read as a
// plural noun right after "and" or "or" and right before a determiner,
// where the clause before the conjunction has a present tense as its
// verb ("…, who skippers one of the boats and chairs the fishers'
// association,"): the second verb of two a subject shares, which takes
// its own object; a plural noun does not run into a determiner. The
// sentence is tagged again from it.
func (t *Tagger) presentsConjoined(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBZ")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 2; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "NNS" || !isLowerCase(tok.Text) {
				continue
			}
			if cc := a.Tokens[i-1].Text; !strings.EqualFold(cc, "and") && !strings.EqualFold(cc, "or") {
				continue
			}
			if n := a.Tokens[i+1].XPOS; n != "DT" && n != "PRP$" {
				continue
			}
			for k := i - 2; k > s.First && k >= i-12; k-- {
				p := &a.Tokens[k]
				if p.UPOS == "PUNCT" || p.UPOS == "AUX" {
					break
				}
				if p.UPOS == "VERB" && (p.XPOS == "VBN" || p.XPOS == "VBG") {
					continue // a participle in the object ("the elected members")
				}
				if p.UPOS == "VERB" {
					if p.XPOS == "VBZ" {
						t.retag(a, sc, si, i-s.First, c)
					}
					break
				}
			}
		}
	}
}

// spelledCardinal reports whether lower-case w is a number English
// spells in one word that has no other use (eleven to nineteen, the
// tens; see numberWord): "fourteen boats" is a count, whatever the tagger
// made of a word it rarely saw.
func spelledCardinal(w string) bool {
	return numberWord(w) && (strings.HasSuffix(w, "teen") || strings.HasSuffix(w, "ty") || w == "eleven" || w == "twelve")
}

// cardinalsReadAsWords re-tags as a cardinal number a spelled number of
// spelledCardinal (or one joined by a hyphen: "twenty-five") that the
// tagger gave another tag ("one of the fourteen boats" with "fourteen"
// read as a participle). The sentence is tagged again from it.
func (t *Tagger) cardinalsReadAsWords(a *Analysis, sc *tagScratch) {
	c := t.classOf("NUM", "CD")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS == "CD" {
				continue
			}
			w := tok.Text
			if k := strings.IndexByte(w, '-'); k >= 0 {
				w = w[:k]
			}
			if len(w) < 5 || len(w) > 9 {
				continue // "fifty" to "seventeen"
			}
			var lb [9]byte // the lower case, on the stack: a hot path
			if lw, ok := lowerASCII(lb[:], w); ok && spelledCardinal(lw) {
				t.retag(a, sc, si, i-s.First, c)
			}
		}
	}
}

// pastsBeforeConjoinedVerbs re-tags as a past tense an irregular past
// form read as a singular noun right after a noun and right before "and"
// (or "up and") and a past tense ("A retired ferryman sat and listened",
// "The young clerk stood up and wrote…", with "sat" or "stood" read as
// the last noun of the subject): the past forms of irregularVerbs are
// verbs that share the subject of the verb they are conjoined with; a
// noun does not stand between a subject's head and a coordinated past.
// The sentence is tagged again from it.
func (t *Tagger) pastsBeforeConjoinedVerbs(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBD")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+2 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "NN" || !isLowerCase(tok.Text) || !irregularPast(tok.Text) {
				continue
			}
			if p := a.Tokens[i-1].XPOS; p != "NN" && p != "NNS" && p != "NNP" && p != "NNPS" {
				continue
			}
			j := i + 1
			if strings.EqualFold(a.Tokens[j].Text, "up") || strings.EqualFold(a.Tokens[j].Text, "down") {
				j++
			}
			if j+1 >= s.Last || !strings.EqualFold(a.Tokens[j].Text, "and") || a.Tokens[j+1].XPOS != "VBD" {
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// irregularPast reports whether lower-case w is the simple past of an
// irregular verb ("rose", "stood", "sat"): a form irregularVerbs holds
// whose base differs from it and that is no participle in -n or -en
// ("risen", "given", "known"), which serve after "have" and "be".
func irregularPast(w string) bool {
	b := irregularVerbs[w]
	if b == "" || b == w {
		return false
	}
	return !strings.HasSuffix(w, "n") || w == "ran" || w == "won" || w == "began" || w == "withdrew"
}

// pastsAfterRelatives re-tags as a past tense a reporting past read as a
// participle right after a relative clause that ends in an infinitive
// ("A union negotiator who was not authorised to speak publicly said
// talks had…", with "said" read as modifying "talks"): "to speak" is no
// auxiliary of "said", and the subject the relative clause describes
// has no other verb. The sentence is tagged again from it.
func (t *Tagger) pastsAfterRelatives(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBD")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		rel := -1
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS == "WP" && rel < 0 {
				rel = i
			}
			if rel < 0 || tok.XPOS != "VBN" || !reportingPasts[tok.Text] {
				continue
			}
			k := i - 1
			for k > rel && a.Tokens[k].UPOS == "ADV" {
				k--
			}
			// The relative clause's infinitive, with its "to" before it.
			if v := &a.Tokens[k]; v.UPOS != "VERB" || v.XPOS != "VB" || k-1 <= rel || a.Tokens[k-1].XPOS != "TO" {
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
			break
		}
	}
}
