package nlp

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tagger assigns UPOS and XPOS (Penn) tags with a greedy left-to-right
// averaged perceptron. Its classes are the (UPOS, XPOS) pairs seen in
// training, so both tags come from one decision; frequent unambiguous words
// take their tag from a dictionary without scoring.
type Tagger struct {
	w       *sparseTable
	classes []string // "UPOS|XPOS"
	upos    []string
	xpos    []string
	dict    *StrMap // word form -> class index (decimal)
	// letters makes the word features read a non-ASCII letter as an
	// ASCII letter of its case ("Ørsted" is capitalised, "Rønning" has
	// the shape of "Ronning"): the treebanks hold too few such words for
	// the model's one class of non-ASCII characters to have learned that
	// they are words. New sets it; training leaves it off, so that the
	// command reproduces the model file.
	letters bool
}

// Model file sections of the tagger.
const (
	taggerWeights = "tagger.weights"
	taggerClasses = "tagger.classes"
	taggerDict    = "tagger.dict"
)

// LoadTagger reads the tagger model.
func LoadTagger(c *Container) (*Tagger, error) {
	w, err := c.sparseTable(taggerWeights)
	if err != nil {
		return nil, err
	}
	classes, err := c.Labels(taggerClasses)
	if err != nil {
		return nil, err
	}
	if len(classes) != w.n {
		return nil, fmt.Errorf("tagger: %d classes, weights for %d", len(classes), w.n)
	}
	dict, err := c.StrMap(taggerDict)
	if err != nil {
		return nil, err
	}
	t := &Tagger{w: w, classes: classes, dict: dict}
	for _, cl := range classes {
		u, x, _ := strings.Cut(cl, "|")
		t.upos = append(t.upos, u)
		t.xpos = append(t.xpos, x)
	}
	return t, nil
}

// tagScratch is the working space of Tag. It keeps every token's class,
// and for every sentence the token a document-level pass last forced, so
// that re-tagging a sentence reuses what did not change (see retag). An
// Analyzer keeps it from one call to the next (see workspace): what it
// holds of a document is written before it is read, and its cached group
// sums are the table's, whatever the document.
type tagScratch struct {
	info   []wordInfo // by token of the sentence being tagged
	tags   []int      // class by token of the analysis
	forced []int      // by sentence: the forced token (index in the sentence), or -1
	feats  []uint64
	rest   []uint64    // the features outside the cached group
	group  *scoreCache // see taggerGroup
	acc    rowAcc
	sink   uint32 // see sparseTable.score
}

// newTagScratch returns an empty working space.
func (t *Tagger) newTagScratch() *tagScratch {
	return &tagScratch{
		feats: make([]uint64, 0, 64),
		rest:  make([]uint64, 0, 64),
		group: newScoreCache(len(taggerGroup), t.w.n),
	}
}

// Tag fills Token.UPOS and Token.XPOS of every token.
func (t *Tagger) Tag(a *Analysis) {
	if t == nil || t.w == nil {
		return
	}
	t.tag(a, t.newTagScratch())
}

// tag is Tag in the working space sc.
func (t *Tagger) tag(a *Analysis, sc *tagScratch) {
	t.tagEach(a, sc)
	t.straightClosingMarks(a, sc)
	t.cardinalsReadAsWords(a, sc)
	t.namesPerDiscourse(a, sc)
	t.surnamesPerDiscourse(a, sc)
	t.nameSyllables(a, sc)
	t.verbsBeforeInfinitives(a, sc)
	t.verbsAfterAsides(a, sc)
	t.adverbsBeforeVerbs(a, sc)
	t.participlesInAsides(a, sc)
	t.namesBeforeVerbs(a, sc, false)
	t.nounsAfterThat(a, sc)
	t.gerundsBeforeNames(a, sc)
	t.managingTitles(a, sc)
	t.givenNamesReadAsGerunds(a, sc)
	t.namesReadAsFunctionWords(a, sc)
	t.openWordsReadAsFunctionWords(a, sc)
	t.pastsBeforeObjects(a, sc)
	t.pastsAfterRelatives(a, sc)
	t.participlesInNounPhrases(a, sc)
	t.pluralsBeforeVerbs(a, sc)
	t.verbsOfVerblessSentences(a, sc)
	t.nounsBeforeFiniteVerbs(a, sc)
	t.nounsBeforeWho(a, sc)
	t.presentsConjoined(a, sc)
	t.pastsBeforeConjoinedVerbs(a, sc)
	t.verbsBeforeThat(a, sc)
	t.verbsInFreeRelatives(a, sc)
	t.verbsAfterAppositives(a, sc)
	t.titlesReadAsVerbs(a, sc)
	t.pluralsBeforeTitles(a, sc)
	t.initialsReadAsMarkers(a, sc)
	t.acronymsReadAsInterjections(a, sc)
	t.participlesCrediting(a, sc)
	t.closingCreditVerbs(a, sc)
	t.marksReadAsWords(a, sc)
	// Once more: a mark made punctuation re-tags the words after it,
	// and with them an adjective read as the subject's noun ("…,” the
	// chief executive said"). The word alone is set: the verb after it
	// keeps what the passes before gave it.
	t.namesBeforeVerbs(a, sc, true)
}

// gerundsBeforeNames re-tags as a noun a gerund read as a verb that opens
// a clause before a singular noun, a name and a finite verb ("Shipping
// group Maersk said…", "Mining giant Rio Tinto will…"): read as a verb
// and its object, the gerund's clause would be a second subject beside
// the name; it is the noun that says what the name is. The sentence is
// tagged again from it.
func (t *Tagger) gerundsBeforeNames(a *Analysis, sc *tagScratch) {
	c, np := t.classOf("NOUN", "NN"), t.classOf("PROPN", "NNP")
	if c < 0 || np < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First; i+3 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VBG" || i > s.First && a.Tokens[i-1].UPOS != "PUNCT" {
				continue
			}
			cls := c
			if n := &a.Tokens[i+1]; n.XPOS == "NNP" && capitalised(n.Text) && officeTitles[strings.ToLower(n.Text)] && capitalised(tok.Text) {
				// "Mining Minister Soledad Kuscevic Peña was quoted…":
				// the gerund is the office's first word, a name's as
				// much as the title it opens.
				cls = np
			} else if n.XPOS != "NN" || capitalised(n.Text) {
				continue
			}
			j := i + 2
			for j < s.Last && j < i+6 && (a.Tokens[j].XPOS == "NNP" || a.Tokens[j].XPOS == "NNPS") && capitalised(a.Tokens[j].Text) {
				j++
			}
			if j == i+2 || j >= s.Last {
				continue
			}
			switch a.Tokens[j].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				t.retag(a, sc, si, i-s.First, cls)
			}
		}
	}
}

// managingTitles re-tags as an adjective "managing" read as a verb
// before the noun of an office it names ("Dafydd Huws, managing director
// of Arfordir Buses", "the managing editor"): the title's first word, not
// a verb whose object is the office. The sentence is tagged again from
// it.
func (t *Tagger) managingTitles(a *Analysis, sc *tagScratch) {
	c := t.classOf("ADJ", "JJ")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First; i+1 < s.Last; i++ {
			if tok := &a.Tokens[i]; tok.XPOS != "VBG" || !EqualFoldLower(tok.Text, "managing") {
				continue
			}
			if managedOffices[strings.ToLower(a.Tokens[i+1].Text)] {
				t.retag(a, sc, si, i-s.First, c)
			}
		}
	}
}

// managedOffices are the offices "managing" names ("managing director").
var managedOffices = map[string]bool{"director": true, "directors": true, "editor": true, "editors": true,
	"partner": true, "partners": true, "trustee": true, "trustees": true, "agent": true, "member": true}

// givenNamesReadAsGerunds re-tags as a proper noun a capitalised word in
// -ing read as a gerund inside a sentence, after a comma, before one or
// two capitalised proper nouns and a finite verb ("In Harare's Mbare
// district, Blessing Moyo runs a welding business"): a verb inside a
// sentence is written in lower case, so the capital makes the word a
// given name, and the name the verb's subject. Not in a headline, whose
// words all take capitals.
func (t *Tagger) givenNamesReadAsGerunds(a *Analysis, sc *tagScratch) {
	c := t.classOf("PROPN", "NNP")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+2 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VBG" || a.Tokens[i-1].Text != "," || !capitalised(tok.Text) || i == firstWord(a.Tokens, s) {
				continue
			}
			j := i + 1
			for j < s.Last && j < i+3 && a.Tokens[j].XPOS == "NNP" && capitalised(a.Tokens[j].Text) {
				j++
			}
			if j == i+1 || j >= s.Last || titleCase(a.Tokens[s.First:s.Last]) {
				continue
			}
			switch a.Tokens[j].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				t.retag(a, sc, si, i-s.First, c)
			}
		}
	}
}

// nounsAfterThat re-tags as a complementiser a "that" read as a relative
// pronoun before a word read as a verb in the present and an auxiliary
// ("said that talks were at a critical stage", "that imports had
// surged"): a finite verb takes no auxiliary right after it, so the word
// is a plural noun, the subject of the clause "that" opens. The sentence
// is tagged again from "that" on.
func (t *Tagger) nounsAfterThat(a *Analysis, sc *tagScratch) {
	c := t.classOf("SCONJ", "IN")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VBZ" || tok.UPOS != "VERB" || !strings.HasSuffix(tok.Text, "s") || !isLowerCase(tok.Text) || !EqualFoldLower(a.Tokens[i-1].Text, "that") {
				continue
			}
			if next := &a.Tokens[i+1]; next.UPOS != "AUX" || next.XPOS == "VBZ" {
				continue // "that says is" would be a verb's own
			}
			t.retag(a, sc, si, i-1-s.First, c)
		}
	}
}

// namesBeforeVerbs re-tags as a proper noun a capitalised word read as an
// adjective between a determiner or a number and a verb in the past
// ("One Republican threatened to…", "A Democrat said…"), and as a noun
// such a word in lower case ("…, an official said", "…, the chief
// executive said"): an adjective
// modifies a noun after it, and none follows; the word names the subject.
// The sentence is tagged again in its light, or with alone the word alone
// is re-tagged.
func (t *Tagger) namesBeforeVerbs(a *Analysis, sc *tagScratch, alone bool) {
	c := t.classOf("PROPN", "NNP")
	noun := t.classOf("NOUN", "NN")
	if c < 0 || noun < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.UPOS != "ADJ" || strings.ContainsRune(tok.Text, '-') {
				continue
			}
			class := c
			if !capitalised(tok.Text) {
				// "…, an official said": a noun in lower case.
				if tok.XPOS != "JJ" {
					continue
				}
				class = noun
			}
			// Back over the adjectives before it ("…,” the chief
			// executive said") to the determiner.
			j := i - 1
			for j > s.First && a.Tokens[j].UPOS == "ADJ" && !capitalised(a.Tokens[j].Text) {
				j--
			}
			if p := &a.Tokens[j]; p.XPOS != "DT" && p.XPOS != "CD" || j > s.First && a.Tokens[j-1].UPOS != "PUNCT" && a.Tokens[j-1].UPOS != "CCONJ" {
				continue
			}
			if v := &a.Tokens[i+1]; v.UPOS != "VERB" || v.XPOS != "VBD" && v.XPOS != "VBN" && v.XPOS != "VBZ" {
				continue
			}
			if alone {
				sc.tags[i] = class
				t.setTags(a, sc, i, i+1)
				continue
			}
			t.retag(a, sc, si, i-s.First, class)
		}
	}
}

// sentenceAdverbs are adverbs that stand between a subject and its verb
// ("The union meanwhile said…", "The company nonetheless said…", "The
// source further claimed…") and are nothing else there.
var sentenceAdverbs = map[string]bool{"meanwhile": true, "nonetheless": true, "nevertheless": true, "however": true,
	"moreover": true, "furthermore": true, "further": true, "therefore": true, "thus": true, "likewise": true,
	"instead": true, "meantime": true, "subsequently": true, "separately": true, "also": true}

// adverbsBeforeVerbs re-tags as an adverb one of sentenceAdverbs read as
// anything else between a noun and a finite verb ("The foreign secretary
// meanwhile said…", which the tagger read as a noun, the subject's head):
// between a subject and its verb the word can only modify the verb. The
// sentence is tagged again from it.
func (t *Tagger) adverbsBeforeVerbs(a *Analysis, sc *tagScratch) {
	c := t.classOf("ADV", "RB")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.UPOS == "ADV" {
				continue
			}
			switch a.Tokens[i-1].XPOS {
			case "NN", "NNS", "NNP", "NNPS", "JJ":
			default:
				continue
			}
			switch a.Tokens[i+1].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
			default:
				continue
			}
			if sentenceAdverbs[tok.Text] {
				t.retag(a, sc, si, i-s.First, c)
			}
		}
	}
}

// participlesInAsides re-tags as a participle a past form read as a
// finite verb that opens an aside set off by commas after a sentence's
// opening noun phrase, when a finite verb follows the aside ("The truce,
// announced after two days of talks, freezes a panel…"): a subject takes
// one verb, and the one after the aside is it. The sentence is tagged
// again from the participle.
func (t *Tagger) participlesInAsides(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBN")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		// The opening noun phrase and its comma.
		i := s.First
		if i >= s.Last || !nounOpening(&a.Tokens[i]) {
			continue
		}
		for i < s.Last && a.Tokens[i].Text != "," {
			switch a.Tokens[i].UPOS {
			case "PROPN", "DET", "NOUN", "ADJ", "NUM", "PART":
			default:
				i = s.Last
			}
			i++
		}
		v := i + 1
		if i >= s.Last || v >= s.Last || i == s.First {
			continue
		}
		tok := &a.Tokens[v]
		if tok.XPOS != "VBD" || !strings.HasSuffix(tok.Text, "ed") || !isLowerCase(tok.Text) {
			continue
		}
		// The aside closes with a comma, and a finite verb follows it,
		// with no verb, conjunction or relative word inside.
		ok := false
		for k := v + 1; k+1 < s.Last; k++ {
			x := &a.Tokens[k]
			if x.UPOS == "VERB" || x.UPOS == "AUX" || x.UPOS == "CCONJ" || x.UPOS == "SCONJ" || x.XPOS == "WDT" || x.XPOS == "WP" {
				break
			}
			if x.Text == "," {
				switch a.Tokens[k+1].XPOS {
				case "VBZ", "VBP", "VBD", "MD":
					ok = true
				}
				break
			}
		}
		if ok {
			t.retag(a, sc, si, v-s.First, c)
		}
	}
}

// clauseOpeners are the words tagged as prepositions that may open a
// clause whose subject follows ("as SoftBank attempts to…").
var clauseOpeners = map[string]bool{"as": true, "while": true, "because": true, "since": true, "after": true, "before": true,
	"until": true, "if": true, "although": true, "though": true, "when": true, "whereas": true, "once": true, "unless": true}

// presentVerbBefore reports whether toks hold a verb in the third person
// present ("requires").
func presentVerbBefore(toks []Token) bool {
	for i := range toks {
		if toks[i].UPOS == "VERB" && toks[i].XPOS == "VBZ" {
			return true
		}
	}
	return false
}

// commaBefore reports whether toks hold a comma.
func commaBefore(toks []Token) bool {
	for i := range toks {
		if toks[i].Text == "," {
			return true
		}
	}
	return false
}

// verbsAfterAsides re-tags as a verb a word read as a plural noun right
// after an aside that closes a sentence's opening noun phrase, in a
// sentence left with no verb outside its quotations ("The proposal,
// according to a Hamas official, calls for a truce…"): a sentence has a
// finite verb (a participle is none: "hostages held in Gaza"), and after
// its subject and an aside the word in the third person is it. So is a
// verb of reporting before "that" or a colon with only its clause's
// verbs after it, in its plain form after a plural subject ("The
// minutes, signed by the federation…, state that the company will
// pay…"). The sentence is tagged again in its light.
func (t *Tagger) verbsAfterAsides(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBZ")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		// Verbs inside a quotation are the quoted words', not the
		// sentence's ("The agreed record, signed by officials, states
		// that each party “shall ensure…”"); a verb after the word may
		// be its clause's ("The minutes, signed by…, state that the
		// company will pay…"), where the word reports and "that" or a
		// colon follows it.
		verbAt := -1
		quoted := false
		for i := s.First; i < s.Last && verbAt < 0; i++ {
			tk := &a.Tokens[i]
			if tk.UPOS == "PUNCT" && (tk.XPOS == "``" || tk.XPOS == "''" || tk.Text == "\"" || tk.Text == "“" || tk.Text == "”") {
				quoted = !quoted
				continue
			}
			if quoted {
				continue
			}
			switch tk.XPOS {
			case "VBZ", "VBP", "VBD", "MD":
				verbAt = i
			}
		}
		for i := s.First + 3; i+1 < s.Last && (verbAt < 0 || i < verbAt); i++ {
			tok := &a.Tokens[i]
			class := c
			reports := reportingForms[tok.Text]
			if tok.XPOS == "NN" && reportingForms[tok.Text+"s"] && pluralOpening(a.Tokens[s.First:i-1]) {
				// "The minutes, signed by…, state that…": after a
				// plural subject, the verb's plain form.
				if class = t.classOf("VERB", "VBP"); class < 0 {
					continue
				}
				reports = true
			} else if tok.XPOS != "NNS" || !strings.HasSuffix(tok.Text, "s") {
				continue
			}
			if capitalised(tok.Text) || a.Tokens[i-1].Text != "," {
				continue
			}
			if next := a.Tokens[i+1].Text; verbAt >= 0 && (!reports || !EqualFoldLower(next, "that") && next != ":") {
				continue
			}
			if !commaBefore(a.Tokens[s.First:i-1]) || !asideAfterSubject(a.Tokens[s.First:i-1]) {
				continue
			}
			t.retag(a, sc, si, i-s.First, class)
			break
		}
	}
}

// pluralOpening reports whether the noun phrase that opens toks, up to
// its first comma, ends in a plural noun ("The minutes, …").
func pluralOpening(toks []Token) bool {
	k := firstComma(toks, 0, len(toks))
	return k > 0 && toks[k-1].XPOS == "NNS"
}

// accordingWord reports whether toks[k] is the "according" of "according
// to", which credits a source and is no verb of the sentence.
func accordingWord(toks []Token, k int) bool {
	return EqualFoldLower(toks[k].Text, "according") && k+1 < len(toks) && EqualFoldLower(toks[k+1].Text, "to")
}

// nounOpening reports whether a sentence's first word can open its
// subject: a name, a determiner or a noun ("Meanwhile, in Brussels,
// plans to…" opens with an adverb).
func nounOpening(t *Token) bool {
	return t.UPOS == "PROPN" || t.UPOS == "DET" || t.UPOS == "NOUN"
}

// asideAfterSubject reports whether the words before a closing comma
// are a sentence's opening noun phrase and an aside set off by commas,
// with no verb among them ("Clinton, for her part", "The union,
// however").
func asideAfterSubject(toks []Token) bool {
	if len(toks) < 3 {
		return false
	}
	if !nounOpening(&toks[0]) {
		return false
	}
	comma := -1
	for k := range toks {
		switch toks[k].UPOS {
		case "VERB", "AUX":
			if comma >= 0 && accordingWord(toks, k) {
				continue // "The proposal, according to an official,"
			}
			if comma >= 0 && k == comma+1 && toks[k].XPOS == "VBN" {
				continue // "The agreed record, signed by officials of both governments,"
			}
			if comma < 0 && k > 0 && k+1 < len(toks) && toks[k].XPOS == "VBN" && toks[k-1].UPOS == "DET" && toks[k+1].UPOS == "NOUN" {
				continue // "The agreed record": a participle before its noun
			}
			return false
		case "PUNCT":
			if toks[k].Text != "," {
				return false
			}
			if comma < 0 {
				comma = k
			}
		case "PROPN", "DET", "NOUN", "ADJ", "NUM":
		default:
			if comma < 0 {
				return false // the opening phrase is a noun phrase
			}
		}
	}
	return comma > 0
}

// infinitiveVerbs are verbs that take a to-infinitive and whose third
// person form is also a plural noun ("plans", "hopes", "needs").
var infinitiveVerbs = map[string]bool{
	"plans": true, "hopes": true, "wants": true, "needs": true, "aims": true, "intends": true, "seeks": true,
	"promises": true, "vows": true, "pledges": true, "threatens": true, "refuses": true, "agrees": true,
	"expects": true, "decides": true, "offers": true, "continues": true, "begins": true, "starts": true,
	"fails": true, "prepares": true, "wishes": true, "votes": true, "tries": true, "attempts": true,
	"struggles": true, "claims": true, "appears": true, "seems": true, "tends": true, "helps": true,
}

// verbsBeforeInfinitives re-tags as a verb a word read as a plural noun
// that takes a to-infinitive right after a noun phrase ends ("The Clinton
// campaign plans to employ…", "Mike Pence plans to release…"): a noun
// then would stand after its determiner or possessor ("the plans to…",
// "Trump's plans to…"), not after a noun that could be its subject (nor
// after one a verb or a preposition takes: "had contingency plans to…",
// "at government plans to…"); nor after an aside that closes the
// sentence's opening noun phrase ("Clinton, for her part, plans to…").
// The sentence is tagged again in its light.
func (t *Tagger) verbsBeforeInfinitives(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBZ")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+2 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "NNS" || !infinitiveVerbs[tok.Text] {
				continue
			}
			// The verb after "to" may itself be read as a noun ("plans
			// to campaign in…"); the sentence tagged again reads both.
			if to, v := &a.Tokens[i+1], &a.Tokens[i+2]; to.Text != "to" || v.XPOS != "VB" && !(v.XPOS == "NN" && !capitalised(v.Text)) {
				continue
			}
			switch p := &a.Tokens[i-1]; p.UPOS {
			case "NOUN", "PROPN":
				if p.XPOS == "NNS" || p.XPOS == "NNPS" {
					continue // a plural subject would take "plan"
				}
				// "the hospital had contingency plans to…": the noun
				// phrase a verb or a preposition takes is no subject.
				// The phrase's words back to its determiner, if any.
				j := i - 1
				for j > s.First {
					u := a.Tokens[j-1].UPOS
					if u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "NUM" {
						j--
						continue
					}
					if u == "DET" {
						j--
					}
					break
				}
				if j > s.First {
					pt := &a.Tokens[j-1]
					if pt.UPOS == "VERB" || pt.UPOS == "AUX" || pt.UPOS == "ADP" && !clauseOpeners[strings.ToLower(pt.Text)] {
						continue
					}
				}
			case "PRON":
				if p.XPOS != "PRP" || !EqualFoldLower(p.Text, "he") && !EqualFoldLower(p.Text, "she") && !EqualFoldLower(p.Text, "it") {
					continue
				}
			case "CCONJ":
				// "…requires insurers to report it, and plans to
				// reduce…": a second verb of a subject that has one.
				if !presentVerbBefore(a.Tokens[s.First:i]) {
					continue
				}
			case "PUNCT":
				// "Trump's running mate, Mike Pence, plans to…": after
				// the name an appositive closes; "Clinton, for her part,
				// plans to…", "The union, however, plans to…": after an
				// aside set off behind the sentence's opening noun
				// phrase, with no verb yet.
				if p.Text != "," || i < s.First+2 || !commaBefore(a.Tokens[s.First:i-1]) {
					continue
				}
				if a.Tokens[i-2].UPOS != "PROPN" && !asideAfterSubject(a.Tokens[s.First:i-1]) || !nounOpening(&a.Tokens[s.First]) {
					continue
				}
			default:
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// surnamesPerDiscourse re-tags a capitalised word inside a sentence that
// the document writes elsewhere as the last word of a name ("Chris Early"
// … "Early says there is a possibility"): one sense per discourse for
// surnames that are also words. A capital inside a sentence marks a name;
// the word must not stand before a noun, an adjective or a number (where
// it would modify it: "Early voting"), and headlines are left alone.
func (t *Tagger) surnamesPerDiscourse(a *Analysis, sc *tagScratch) {
	c := t.classOf("PROPN", "NNP")
	if c < 0 {
		return
	}
	var surnames map[string]bool
	for _, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if !capitalised(tok.Text) {
				continue
			}
			if tok.UPOS == "PROPN" && i > s.First && a.Tokens[i-1].UPOS == "PROPN" && capitalised(a.Tokens[i-1].Text) &&
				(i+1 == s.Last || a.Tokens[i+1].UPOS != "PROPN") {
				if surnames == nil {
					surnames = map[string]bool{}
				}
				surnames[tok.Text] = true
			}
		}
	}
	if surnames == nil {
		return
	}
	for si, s := range a.Sentences {
		if headline(a.Tokens[s.First:s.Last]) {
			continue
		}
		first := firstWord(a.Tokens, s)
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			// surnames holds capitalised words only.
			if i == first || tok.UPOS == "PROPN" || !capitalised(tok.Text) || !surnames[tok.Text] {
				continue
			}
			if i+1 < s.Last {
				if nx := a.Tokens[i+1].UPOS; nx == "NOUN" || nx == "PROPN" || nx == "ADJ" || nx == "NUM" {
					continue
				}
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// nameSyllables re-tags a capitalised "He" or "She" that is part of a
// name: Chinese names carry these syllables ("Vice Premier Liu He", "He
// Lifeng said"), and a pronoun never touches a proper noun with nothing
// between, so one read as a pronoun beside a capitalised proper noun
// takes the proper-noun tag and its sentence is tagged again in its
// light. Headlines, which capitalise every word, are left alone.
func (t *Tagger) nameSyllables(a *Analysis, sc *tagScratch) {
	c := t.classOf("PROPN", "NNP")
	if c < 0 {
		return
	}
	name := func(i int) bool {
		return a.Tokens[i].UPOS == "PROPN" && capitalised(a.Tokens[i].Text)
	}
	for si, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.UPOS != "PRON" || tok.Text != "He" && tok.Text != "She" {
				continue
			}
			if !(i+1 < s.Last && name(i+1) || i > s.First && name(i-1)) || headline(a.Tokens[s.First:s.Last]) {
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// tagRaw fills the tags sentence by sentence, without the document-level
// pass: what the models downstream were trained on (jack-knifed tags for
// the parser, the entity recogniser's tag features), so that retraining
// reproduces them.
func (t *Tagger) tagRaw(a *Analysis) {
	if t == nil || t.w == nil {
		return
	}
	sc := t.newTagScratch()
	t.tagEach(a, sc)
}

// tagEach tags every sentence on its own.
func (t *Tagger) tagEach(a *Analysis, sc *tagScratch) {
	sc.tags = growInts(sc.tags, len(a.Tokens))
	sc.forced = growInts(sc.forced, len(a.Sentences))
	for si, s := range a.Sentences {
		sc.forced[si] = -1
		t.tagSentence(a.Tokens[s.First:s.Last], sc, s.First, 0, -1, 0, -1)
		t.setTags(a, sc, s.First, s.Last)
	}
}

// setTags copies the classes of tokens [from, to) into their UPOS and
// XPOS.
func (t *Tagger) setTags(a *Analysis, sc *tagScratch, from, to int) {
	for i := from; i < to; i++ {
		c := sc.tags[i]
		a.Tokens[i].UPOS, a.Tokens[i].XPOS = t.upos[c], t.xpos[c]
	}
}

// retag tags sentence si again with its token force (an index in the
// sentence) taking class forced, and no other token forced: the result of
// tagging the whole sentence afresh. The greedy tagger's features for a
// token read the words and the classes of the two tokens before it only,
// so the tokens before the first one forced, now or by the previous pass
// over the sentence, keep their classes, and once two consecutive tokens
// after both forced ones take their old classes again, so do all the
// tokens after them: retag tags only the span in between.
func (t *Tagger) retag(a *Analysis, sc *tagScratch, si, force, forced int) {
	s := a.Sentences[si]
	from, settle := force, force
	if prev := sc.forced[si]; prev >= 0 {
		from, settle = min(prev, force), max(prev, force)
	}
	end := t.tagSentence(a.Tokens[s.First:s.Last], sc, s.First, from, force, forced, settle)
	sc.forced[si] = force
	t.setTags(a, sc, s.First+from, s.First+end)
}

// namesPerDiscourse re-tags sentences whose first word is a name the
// document writes elsewhere, inside a sentence, as a proper noun and
// never in lower case: a sentence-initial capital hides whether "Trump",
// "Pence" or "May" is a name, the rest of the document does not (one
// sense per discourse). The first word takes the proper-noun tag it has
// elsewhere and the words after it are tagged again in its light.
func (t *Tagger) namesPerDiscourse(a *Analysis, sc *tagScratch) {
	// names maps a capitalised form seen inside a sentence to its Penn
	// proper-noun tag there, or to "" when it was also tagged otherwise.
	var names map[string]string
	for _, s := range a.Sentences {
		first := firstWord(a.Tokens, s)
		title := titleCase(a.Tokens[s.First:s.Last])
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			// A headline capitalises its words and a longer name its
			// inner ones ("the International Dockworkers' Federation"):
			// neither says the word alone is a name.
			if !capitalised(tok.Text) || i == first || title || innerName(a.Tokens, i, s.Last) {
				continue
			}
			if names == nil {
				names = map[string]string{}
			}
			x, seen := names[tok.Text]
			switch {
			case tok.UPOS != "PROPN":
				names[tok.Text] = ""
			case !seen || x != "":
				names[tok.Text] = tok.XPOS
			}
		}
	}
	if names == nil {
		return
	}
	// The sentences to tag again, unless the document writes their first
	// word in lower case. Re-tagging one sentence changes no other, so
	// they are all found, with the lower-case words, before any is.
	type cand struct {
		si, first, c int
		lower        string
	}
	var cands []cand
	for si, s := range a.Sentences {
		first := firstWord(a.Tokens, s)
		if first < 0 || a.Tokens[first].UPOS == "PROPN" {
			continue
		}
		w := a.Tokens[first].Text
		if x := names[w]; x != "" {
			if c := t.classOf("PROPN", x); c >= 0 {
				cands = append(cands, cand{si, first, c, strings.ToLower(w)})
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	// lowers[w] tells whether a word w of the candidates occurs in lower
	// case (not capitalised, not punctuation).
	lowers := make(map[string]bool, len(cands))
	for _, cd := range cands {
		lowers[cd.lower] = false
	}
	for _, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if capitalised(tok.Text) || tok.UPOS == "PUNCT" {
				continue
			}
			if _, ok := lowers[tok.Text]; ok {
				lowers[tok.Text] = true
			}
		}
	}
	for _, cd := range cands {
		if !lowers[cd.lower] {
			s := a.Sentences[cd.si]
			t.retag(a, sc, cd.si, cd.first-s.First, cd.c)
		}
	}
}

// headline reports whether a sentence capitalises all its longer words,
// as a headline does: no word of four letters or more is in lower case.
func headline(toks []Token) bool {
	for i := range toks {
		if w := toks[i].Text; len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' {
			return false
		}
	}
	return true
}

// titleCase reports whether most of a sentence's words are capitalised,
// as in a headline.
func titleCase(toks []Token) bool {
	words, caps := 0, 0
	for i := range toks {
		if toks[i].UPOS == "PUNCT" {
			continue
		}
		words++
		if capitalised(toks[i].Text) {
			caps++
		}
	}
	return words > 0 && 2*caps > words
}

// innerName reports whether the capitalised token i goes on into another
// capitalised proper noun, directly or through a possessive ("Dockworkers'
// Federation"), before the sentence ends at last.
func innerName(toks []Token, i, last int) bool {
	j := i + 1
	if j < last && toks[j].UPOS == "PART" {
		j++
	}
	return j < last && toks[j].UPOS == "PROPN" && capitalised(toks[j].Text)
}

// firstWord is the index of a sentence's first token that is not
// punctuation ("“Trump…"), or -1.
func firstWord(toks []Token, s Sentence) int {
	for i := s.First; i < s.Last; i++ {
		if toks[i].UPOS != "PUNCT" {
			return i
		}
	}
	return -1
}

// capitalised reports whether a word starts with a capital letter and has
// a lower-case letter after it ("Trump", "Ève", "Łukasz", not "NATO",
// "ÖZIL" or "trump").
func capitalised(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && hasLower(w[n:])
	}
	return 'A' <= w[0] && w[0] <= 'Z' && hasLower(w[1:])
}

// hasLower reports whether w holds a lower-case letter.
func hasLower(w string) bool {
	for _, r := range w {
		if 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// classOf is the class index of a (UPOS, XPOS) pair, or -1.
func (t *Tagger) classOf(upos, xpos string) int {
	for c := range t.upos {
		if t.upos[c] == upos && t.xpos[c] == xpos {
			return c
		}
	}
	return -1
}

// tagSentence tags tokens [from, len(toks)) of the sentence toks, which
// starts at token first of the analysis, leaving their classes in sc.tags
// (the classes of the tokens before from are kept); the token at index
// force (if any) takes class forced. When settle >= 0, sc.tags holds the
// sentence's classes from a tagging that forced no token after settle,
// and tagSentence stops after the first token at or after settle that,
// like the token before it, keeps its class: the ones after it would
// keep theirs too. It returns the index after the last token it tagged.
func (t *Tagger) tagSentence(toks []Token, sc *tagScratch, first, from, force, forced, settle int) int {
	n := len(toks)
	sc.info = growInfo(sc.info, n)
	info := sc.info[:n]
	for i := range toks {
		info[i].set(toks[i].Text, t.letters)
	}
	tags := sc.tags[first : first+n]
	prevSame := true // the token before i kept its class
	for i := from; i < n; i++ {
		old := tags[i]
		c := forced
		if i != force {
			var ok bool
			if c, ok = t.lookup(toks[i].Text); !ok {
				c = t.score(info, tags, i, sc)
			}
		}
		tags[i] = c
		same := c == old
		if settle >= 0 && i >= settle && same && prevSame {
			return i + 1
		}
		prevSame = same
	}
	return n
}

// taggerGroup are the positions, in the features of taggerFeatures, of
// the bias and the shapes and flags of the token and its neighbours: few
// values, which a document repeats, and rows with a weight for most
// classes. Tagger.score starts the scores from their sum, which a
// scoreCache keeps (the other features follow, in taggerRest).
var taggerGroup = [...]int{0, 6, 7, 16, 17, 25}

// taggerRest appends to dst the features of f (from taggerFeatures) that
// are not in taggerGroup.
func taggerRest(dst, f []uint64) []uint64 {
	dst = append(dst, f[1:6]...)
	dst = append(dst, f[8:16]...)
	dst = append(dst, f[18:25]...)
	return append(dst, f[26:]...)
}

// score returns the best class of token i of the sentence whose word
// hashes are info; tags[:i] hold the classes already chosen.
func (t *Tagger) score(info []wordInfo, tags []int, i int, sc *tagScratch) int {
	f := taggerFeatures(sc.feats[:0], info, tags, i)
	sc.feats = f
	sc.rest = taggerRest(sc.rest[:0], f)
	sc.sink += sc.group.scoreSplit(t.w, f, taggerGroup[:], sc.rest, &sc.acc)
	return argmaxInt(sc.acc[:t.w.n])
}

// argmaxInt returns the index of the first largest score, or 0 when there
// are none.
func argmaxInt(scores []int32) int {
	if len(scores) == 0 {
		return 0
	}
	return firstOf(scores, maxInt32(scores))
}

// maxInt32 returns the largest of s (at least one value). It keeps four
// maxima, of every fourth value, so that its compares and conditional
// moves do not wait on each other, and it takes no branch on the values:
// with firstOf, a quicker argmax than one loop that keeps the best class
// and its score.
func maxInt32(s []int32) int32 {
	m0 := s[0]
	m1, m2, m3 := m0, m0, m0
	// Eight values a step, two for each maximum: half the steps.
	for len(s) >= 8 {
		q := (*[8]int32)(s)
		m0, m1, m2, m3 = max(m0, q[0]), max(m1, q[1]), max(m2, q[2]), max(m3, q[3])
		m0, m1, m2, m3 = max(m0, q[4]), max(m1, q[5]), max(m2, q[6]), max(m3, q[7])
		s = s[8:]
	}
	for _, v := range s {
		m0 = max(m0, v)
	}
	return max(m0, m1, m2, m3)
}

// firstOf returns the index of the first value of s equal to m, or -1.
func firstOf(s []int32, m int32) int {
	for c, v := range s {
		if v == m {
			return c
		}
	}
	return -1
}

func (t *Tagger) lookup(word string) (int, bool) {
	v, ok := t.dict.Get(word)
	if !ok {
		return 0, false
	}
	c := 0
	for i := 0; i < len(v); i++ {
		c = c*10 + int(v[i]-'0')
	}
	return c, true
}

func growInfo(s []wordInfo, n int) []wordInfo {
	if cap(s) < n {
		return make([]wordInfo, n, n+n/2)
	}
	return s[:n]
}

func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n, n+n/2)
	}
	return s[:n]
}

const (
	flagCap = 1 << iota
	flagAllCaps
	flagDigit
	flagHyphen
	flagAlpha
	flagPunct
	flagNonASCII
)

var padInfo = [2]wordInfo{
	{raw: 0x1111, lower: 0x1111, shape: 0x1111, flags: 0x100},
	{raw: 0x2222, lower: 0x2222, shape: 0x2222, flags: 0x200},
}

// taggerFeatures appends the features of token i; tags[:i] hold the
// classes already chosen.
func taggerFeatures(f []uint64, info []wordInfo, tags []int, i int) []uint64 {
	n := len(info)
	at := func(j int) *wordInfo {
		if j < 0 {
			return &padInfo[0]
		}
		if j >= n {
			return &padInfo[1]
		}
		return &info[j]
	}
	tag := func(j int) uint64 {
		if j < 0 {
			return uint64(1000 + j)
		}
		return uint64(tags[j])
	}
	w0, wm1, wp1, wm2, wp2 := at(i), at(i-1), at(i+1), at(i-2), at(i+2)
	t1, t2 := tag(i-1), tag(i-2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	// The order of the features up to the suffixes is fixed: Tagger.score
	// reads them by position (taggerGroup, taggerRest).
	f = append(f,
		fk1(1, 0),
		fk1(2, w0.lower),
		fk1(3, wm1.lower),
		fk1(4, wp1.lower),
		fk1(5, wm2.lower),
		fk1(6, wp2.lower),
		fk1(14, w0.shape),
		fk2(15, w0.flags, first),
		fk1(16, t1),
		fk1(17, t2),
		fk2(18, t1, t2),
		fk2(19, t1, w0.lower),
		fk2(20, wm1.lower, w0.lower),
		fk2(21, w0.lower, wp1.lower),
		fk1(22, wm1.suf[2]),
		fk1(23, wp1.suf[2]),
		fk1(24, wm1.shape),
		fk1(25, wp1.shape),
		fk2(26, t1, wp1.lower),
		fk2(27, w0.raw, first),
		fk1(28, wp1.suf[1]),
		fk2(29, wp1.lower, wp2.lower),
		fk2(30, t2, w0.lower),
		fk2(31, t1, w0.shape),
		fk2(32, t1, w0.suf[2]),
		fk1(33, wp1.flags),
		fk2(34, wm2.lower, wm1.lower),
	)
	for k := 0; k < 4; k++ {
		if w0.suf[k] != 0 {
			f = append(f, fk1(uint64(7+k), w0.suf[k]))
		}
	}
	for k := 0; k < 3 && k < w0.n; k++ {
		f = append(f, fk1(uint64(11+k), w0.pre[k]))
	}
	return f
}

// taggerConfig are the training settings of the tagger.
type taggerConfig struct {
	epochs  int
	minSeen int
	dictMin int     // a word needs this many occurrences to enter the dictionary
	dictPur float64 // and this share of its most frequent class
	// minAbs drops weights smaller than this many quantised units (fewer
	// entries per row: less to sum, a smaller table).
	minAbs int16
	// maxBytes is the size budget of the weights: pruning (minSeen) rises
	// until they fit.
	maxBytes int
}

func defaultTaggerConfig() taggerConfig {
	return taggerConfig{epochs: 7, minSeen: 1, dictMin: 20, dictPur: 0.995, maxBytes: 4150000}
}

// taggerTrainingData reads EWT train and GUM train.
func syntaxTrainingData(opt TrainOptions) ([]TreeSentence, error) {
	ewt, err := ReadCorpus(opt.Corpora, "ud-english-ewt/en_ewt-ud-train.conllu.gz")
	if err != nil {
		return nil, err
	}
	gum, err := ReadCorpus(opt.Corpora, "gum/gum-train.conllu.gz")
	if err != nil {
		return nil, err
	}
	return append(ewt, gum...), nil
}

func trainTagger(opt TrainOptions) ([]byte, error) {
	train, err := syntaxTrainingData(opt)
	if err != nil {
		return nil, err
	}
	dev, _ := ReadCorpus(opt.Corpora, "ud-english-ewt/en_ewt-ud-dev.conllu.gz")
	return trainTaggerOn(train, dev, defaultTaggerConfig(), opt)
}

// trainTaggerOn trains a tagger on train, logging accuracy on dev (which
// may be nil) after every epoch, and returns the model file.
func trainTaggerOn(train, dev []TreeSentence, cfg taggerConfig, opt TrainOptions) ([]byte, error) {
	tt, err := trainTaggerWeights(train, dev, cfg, opt)
	if err != nil {
		return nil, err
	}
	return tt.modelFile(cfg, opt), nil
}

// trainedTagger is a tagger's averaged perceptron before it is compiled.
type trainedTagger struct {
	p       *sparsePerceptron
	classes []string
	dict    []byte // StrMap
}

// modelFile compiles the weights, with the smallest pruning that fits the
// size budget, into a model file.
func (tt *trainedTagger) modelFile(cfg taggerConfig, opt TrainOptions) []byte {
	var wb []byte
	for ms := cfg.minSeen; ; ms++ {
		wb = tt.p.compilePruned(ms, cfg.minAbs, true)
		if len(wb) <= cfg.maxBytes || ms >= 50 {
			fmt.Fprintf(opt.Log, "tagger: minSeen %d, minAbs %d: %d bytes of weights\n", ms, cfg.minAbs, len(wb))
			break
		}
	}
	b := NewContainer()
	b.Add(taggerWeights, wb)
	b.AddLabels(taggerClasses, tt.classes)
	b.Add(taggerDict, tt.dict)
	return b.Bytes()
}

// trainTaggerWeights trains and averages a tagger's perceptron.
func trainTaggerWeights(train, dev []TreeSentence, cfg taggerConfig, opt TrainOptions) (*trainedTagger, error) {
	if len(train) == 0 {
		return nil, errors.New("tagger: no training data")
	}
	// Classes: the (UPOS, XPOS) pairs, most frequent first; pairs seen
	// once map to the most frequent pair with their XPOS.
	pairCount := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			pairCount[w.UPOS+"|"+w.XPOS]++
		}
	}
	var classes []string
	for p, n := range pairCount {
		if n >= 2 {
			classes = append(classes, p)
		}
	}
	sort.Slice(classes, func(i, j int) bool {
		a, b := pairCount[classes[i]], pairCount[classes[j]]
		if a != b {
			return a > b
		}
		return classes[i] < classes[j]
	})
	if len(classes) > 255 {
		classes = classes[:255]
	}
	classIdx := map[string]int{}
	byXPOS := map[string]int{}
	for i, c := range classes {
		classIdx[c] = i
		_, x, _ := strings.Cut(c, "|")
		if _, ok := byXPOS[x]; !ok {
			byXPOS[x] = i
		}
	}
	classOf := func(w *Word) int {
		if c, ok := classIdx[w.UPOS+"|"+w.XPOS]; ok {
			return c
		}
		if c, ok := byXPOS[w.XPOS]; ok {
			return c
		}
		return 0
	}
	gold := make([][]int, len(train))
	wordClass := map[string]map[int]int{}
	for si, s := range train {
		g := make([]int, len(s.Words))
		for i := range s.Words {
			g[i] = classOf(&s.Words[i])
			m := wordClass[s.Words[i].Form]
			if m == nil {
				m = map[int]int{}
				wordClass[s.Words[i].Form] = m
			}
			m[g[i]]++
		}
		gold[si] = g
	}
	dict := map[string]string{}
	for w, m := range wordClass {
		total, best, bestN := 0, 0, -1
		for c, n := range m {
			total += n
			if n > bestN || (n == bestN && c < best) {
				best, bestN = c, n
			}
		}
		if total >= cfg.dictMin && float64(bestN) >= cfg.dictPur*float64(total) {
			dict[w] = strconv.Itoa(best)
		}
	}
	dictBytes := BuildStrMap(dict)
	dm, _ := LoadStrMap(dictBytes)
	tg := &Tagger{dict: dm}

	p := newSparsePerceptron(len(classes))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	r := rng(opt.Seed ^ 0x746167676572)
	var info []wordInfo
	var tags []int
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(classes))
	for ep := 0; ep < cfg.epochs; ep++ {
		r.shuffle(order)
		errs, total := 0, 0
		for _, si := range order {
			s := &train[si]
			n := len(s.Words)
			info = growInfo(info, n)
			tags = growInts(tags, n)
			for i := range s.Words {
				info[i].set(s.Words[i].Form, false)
			}
			for i := 0; i < n; i++ {
				if c, ok := tg.lookup(s.Words[i].Form); ok {
					tags[i] = c
					continue
				}
				feats = taggerFeatures(feats[:0], info[:n], tags, i)
				for c := range scores {
					scores[c] = 0
				}
				p.score(feats, scores)
				guess := argmax(scores, nil)
				truth := gold[si][i]
				p.tick()
				if guess != truth {
					p.update(feats, truth, guess)
					errs++
				}
				total++
				// Follow the prediction, as at run time.
				tags[i] = guess
			}
		}
		fmt.Fprintf(opt.Log, "tagger: epoch %d: train errors %.2f%% (%d features)\n",
			ep+1, 100*float64(errs)/float64(max(total, 1)), len(p.rows))
		if dev != nil && (ep+1 == cfg.epochs || ep >= cfg.epochs-3) {
			up, xp := evalTaggerLive(p, tg, classes, dev)
			fmt.Fprintf(opt.Log, "tagger: epoch %d: dev UPOS %.2f XPOS %.2f\n", ep+1, up, xp)
		}
	}
	p.average()
	return &trainedTagger{p: p, classes: classes, dict: dictBytes}, nil
}

// evalTaggerLive scores the averaged weights of p (without changing p) on
// dev.
func evalTaggerLive(p *sparsePerceptron, tg *Tagger, classes []string, dev []TreeSentence) (upos, xpos float64) {
	var info []wordInfo
	var tags []int
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(classes))
	okU, okX, n := 0, 0, 0
	for si := range dev {
		s := &dev[si]
		m := len(s.Words)
		info = growInfo(info, m)
		tags = growInts(tags, m)
		for i := range s.Words {
			info[i].set(s.Words[i].Form, false)
		}
		for i := 0; i < m; i++ {
			c, ok := tg.lookup(s.Words[i].Form)
			if !ok {
				feats = taggerFeatures(feats[:0], info[:m], tags, i)
				for c := range scores {
					scores[c] = 0
				}
				p.scoreAvg(feats, scores)
				c = argmax(scores, nil)
			}
			tags[i] = c
			u, x, _ := strings.Cut(classes[c], "|")
			if u == s.Words[i].UPOS {
				okU++
			}
			if x == s.Words[i].XPOS {
				okX++
			}
			n++
		}
	}
	return 100 * float64(okU) / float64(n), 100 * float64(okX) / float64(n)
}
