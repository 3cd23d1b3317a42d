package nlp

import "strings"

// participlesInNounPhrases re-tags as a participle or an adjective a past
// tense read between an adjective that opens a noun phrase and the
// phrase's noun ("the 81-year-old retired schoolteacher said", with
// "retired" read as the sentence's verb): after a determiner, a
// possessive, a number or an adjective and then an adjective, a word in
// -ed before a common noun modifies that noun (the treebanks' training
// splits tag it VBN or JJ there, never VBD). It takes whichever of the two
// the tagger scores better, and the sentence is tagged again from it.
func (t *Tagger) participlesInNounPhrases(a *Analysis, sc *tagScratch) {
	vbn, jj := t.classOf("VERB", "VBN"), t.classOf("ADJ", "JJ")
	if vbn < 0 || jj < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 2; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VBD" || a.Tokens[i-1].XPOS != "JJ" || len(tok.Text) < 4 || !strings.HasSuffix(tok.Text, "ed") {
				continue
			}
			if n := a.Tokens[i+1].XPOS; n != "NN" && n != "NNS" {
				continue
			}
			switch a.Tokens[i-2].XPOS {
			case "DT", "PRP$", "POS", "JJ", "CD", "HYPH":
			default:
				continue
			}
			c := vbn
			if scores := t.scoresAt(a, sc, si, i-s.First); scores[jj] > scores[vbn] {
				c = jj
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// nounsBeforeFiniteVerbs re-tags as a common noun a lower-case word read
// as an adjective between a determiner, a number, a possessive or a noun
// and a finite verb ("On the second evening one executive took the
// minister aside", "the Kuusamo chief executive said", with "executive"
// read as an adjective): the subject's noun. The training splits of both
// treebanks tag a lower-case word there NN 2,286 times and JJ 32 times,
// the adjectives being ordinals, words like "other", "same", "latter"
// and "above" that stand for a noun already named, and "old" of an age
// ("a 3 year old wanted"), which are left as read. The sentence is
// tagged again from it.
func (t *Tagger) nounsBeforeFiniteVerbs(a *Analysis, sc *tagScratch) {
	nn := t.classOf("NOUN", "NN")
	if nn < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "JJ" || !lowerLetters(tok.Text) || standsForNoun(tok.Text) {
				continue
			}
			switch a.Tokens[i-1].XPOS {
			case "DT", "CD", "PRP$", "NN", "NNP":
			default:
				continue
			}
			switch a.Tokens[i+1].XPOS {
			case "VBD", "VBZ", "MD":
			default:
				continue
			}
			t.retag(a, sc, si, i-s.First, nn)
		}
	}
}

// standsForNoun reports whether an adjective is one that stands for a
// noun named before it ("the other is", "the first refuses", "the
// latter said"): an ordinal or a word of comparison or of place in a
// text.
func standsForNoun(w string) bool {
	switch strings.ToLower(w) {
	case "other", "same", "latter", "former", "above", "following", "rest", "next", "last", "previous", "first", "second", "third", "fourth", "fifth", "final", "original", "old":
		return true
	}
	return strings.HasSuffix(w, "th") && len(w) > 4
}

// scoresAt returns the tagger's scores of every class at token k of
// sentence si, given the classes before it (in sc's accumulator: valid
// until the next scoring).
func (t *Tagger) scoresAt(a *Analysis, sc *tagScratch, si, k int) []int32 {
	s := a.Sentences[si]
	toks := a.Tokens[s.First:s.Last]
	sc.info = growInfo(sc.info, len(toks))
	info := sc.info[:len(toks)]
	for i := range toks {
		info[i].set(toks[i].Text, t.letters)
	}
	t.score(info, sc.tags[s.First:s.Last], k, sc)
	return sc.acc[:t.w.n]
}

// pluralsBeforeVerbs re-tags as a plural noun a word in -s read as a verb
// between a proper noun and a past tense or a modal ("McConnell aides
// acknowledged…", "Trump advisers will…", with "aides" read as the verb
// of "McConnell"): the training splits tag such a word NNS there (23
// times) and never VBZ; the name says whose they are. The sentence is
// tagged again from it.
func (t *Tagger) pluralsBeforeVerbs(a *Analysis, sc *tagScratch) {
	c := t.classOf("NOUN", "NNS")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VBZ" || a.Tokens[i-1].XPOS != "NNP" || !lowerLetters(tok.Text) || !strings.HasSuffix(tok.Text, "s") {
				continue
			}
			if n := a.Tokens[i+1].XPOS; n != "VBD" && n != "MD" {
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// verbsOfVerblessSentences re-tags as a present-tense verb a word in -s
// read as a plural noun in a sentence left with no finite verb ("The
// memorandum of understanding commits Turkey to …", with "understanding"
// read as a gerund and "commits" as its object): a sentence that ends
// with a full stop has a finite verb, and the one such word that follows
// the subject's noun or gerund and comes before a determiner, a name, a
// pronoun or "to" is it, where it is the sentence's only such word; a
// gerund after "of" right before it is the subject phrase's noun ("of
// understanding"). The sentence is tagged again from the word re-tagged.
func (t *Tagger) verbsOfVerblessSentences(a *Analysis, sc *tagScratch) {
	vbz, nn := t.classOf("VERB", "VBZ"), t.classOf("NOUN", "NN")
	if vbz < 0 {
		return
	}
	for si, s := range a.Sentences {
		if s.Last-s.First < 6 || a.Tokens[s.Last-1].Text != "." && (s.Last-s.First < 2 || a.Tokens[s.Last-2].Text != ".") {
			continue
		}
		cand := -1
		finite := false
		for i := s.First; i < s.Last; i++ {
			switch a.Tokens[i].XPOS {
			case "VBZ", "VBD", "VBP", "MD", "VBN":
				// A participle may be a past tense the tagger misread
				// ("Unions protested at government plans…").
				finite = true
			}
		}
		if finite {
			continue
		}
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "NNS" || !lowerLetters(tok.Text) || !strings.HasSuffix(tok.Text, "s") {
				continue
			}
			if p := a.Tokens[i-1].XPOS; p != "NN" && p != "NNP" && p != "VBG" {
				continue
			}
			switch n := &a.Tokens[i+1]; n.XPOS {
			case "DT", "NNP", "PRP", "PRP$":
			default:
				if n.Text != "to" {
					continue
				}
			}
			if cand >= 0 {
				cand = -2
				break
			}
			cand = i
		}
		if cand < 0 {
			continue
		}
		if g := cand - 1; nn >= 0 && a.Tokens[g].XPOS == "VBG" && a.Tokens[g-1].Text == "of" {
			// "of understanding": a gerund after "of" before the
			// verb is the noun of the subject's phrase.
			t.retag(a, sc, si, g-s.First, nn)
			if a.Tokens[cand].XPOS != "VBZ" {
				// The verb after it, keeping the noun: the words
				// before are tagged.
				k := cand - s.First
				end := t.tagSentence(a.Tokens[s.First:s.Last], sc, s.First, k, k, vbz, k)
				sc.forced[si] = k
				t.setTags(a, sc, cand, s.First+end)
			}
			continue
		}
		t.retag(a, sc, si, cand-s.First, vbz)
	}
}
