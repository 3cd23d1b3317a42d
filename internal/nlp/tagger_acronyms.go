package nlp

import "strings"

// acronymsReadAsInterjections re-tags as a proper noun a word of two to
// ten capital letters the model read as an interjection ("FIOM, the
// metalworkers' federation, said…", "OFRANEH, the federation of
// Garífuna organisations, welcomed…", read as "OK," would be): a body's
// short form, not a cry, unless its lower case is an interjection
// English writes in capitals ("OK", "NO"). The sentence is tagged again
// from it.
func (t *Tagger) acronymsReadAsInterjections(a *Analysis, sc *tagScratch) {
	c := t.classOf("PROPN", "NNP")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.UPOS != "INTJ" || !capitalsWord(tok.Text) || shoutedInterjections[strings.ToLower(tok.Text)] {
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// shoutedInterjections are interjections written in capitals as often as
// not.
var shoutedInterjections = map[string]bool{"ok": true, "no": true, "yes": true, "oh": true, "wow": true, "hey": true, "ah": true, "uh": true, "um": true, "hi": true, "ha": true, "aha": true, "yeah": true, "oops": true, "omg": true, "lol": true}

// capitalsWord reports whether w is two to ten capital letters (A–Z), a
// short form longer than acronymWord's ("OFRANEH", "CONARROZ").
func capitalsWord(w string) bool {
	if len(w) < 2 || len(w) > 10 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
