package summarize

// A quotation that opens a story or a passage on its own, with the next
// sentence saying whose words they were: "The words, shouted through a
// loudhailer, came from Henrike Vollmer", "The woman saying this is Ilse
// Brandauer".

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// revealedWords returns, for sentence s that follows a quotation
// standing alone, the person it says spoke the quotation: a sentence
// that opens with "the", "those" or "these" and a noun for what was said
// ("The words…", "Those remarks…") and goes on to say where they came
// from ("came from", "belonged to", "were those of") right before a
// person's name; or that opens with a noun for a person and a word of
// saying ("The woman saying this…", "The man behind the words…") and goes
// on with "is" or "was" right before a person's name. It reads the words
// in order, whatever the parser made of such sentences, and returns ""
// for any other sentence.
func (t *tree) revealedWords(s int) string {
	a := t.a
	sn := a.Sentences[s]
	f := sn.First
	if f+3 >= sn.Last || t.quoted[f] {
		return ""
	}
	switch strings.ToLower(a.Tokens[f].Text) {
	case "the", "those", "these":
	default:
		return ""
	}
	head := &a.Tokens[f+1]
	lemma := strings.ToLower(head.Lemma)
	spoken := head.UPOS == "NOUN" && (speechNoun(lemma) || lemma == "voice")
	person := head.UPOS == "NOUN" && !spoken && t.personNoun(f+1)
	if !spoken && !person {
		return ""
	}
	said := false // a word of saying after a person's noun
	for k := f + 2; k < sn.Last && k <= f+30; k++ {
		tok := &a.Tokens[k]
		if t.quoted[k] {
			return ""
		}
		w := strings.ToLower(tok.Text)
		if person && !said && (tok.UPOS == "VERB" && cueLemma(strings.ToLower(tok.Lemma)) || w == "behind") {
			said = true
			continue
		}
		var link bool
		switch {
		case spoken:
			// "came from", "belonged to", "were those of", "was that of".
			link = (w == "from" || w == "to") && k > 0 && revealVerb(strings.ToLower(a.Tokens[k-1].Lemma)) ||
				w == "of" && k > 1 && (nlp.EqualFoldLower(a.Tokens[k-1].Text, "those") || nlp.EqualFoldLower(a.Tokens[k-1].Text, "that")) && nlp.EqualFoldLower(a.Tokens[k-2].Lemma, "be")
		case said:
			link = tok.Lemma == "be" && (tok.UPOS == "AUX" || tok.UPOS == "VERB")
		}
		if !link {
			continue
		}
		e := t.entityAt(k + 1)
		if e < 0 || a.Entities[e].First != k+1 || a.Entities[e].Type != nlp.PERSON {
			return ""
		}
		if l := a.Entities[e].Last; l < sn.Last && (a.Tokens[l].Text == "'s" || a.Tokens[l].Text == "’s") {
			return "" // "those of Ilse Brandauer's colleague": someone else
		}
		return t.entityFullName(e)
	}
	return ""
}

// revealVerb reports whether a verb, before "from" or "to", says whose
// words they were: "came from", "belonged to".
func revealVerb(lemma string) bool {
	switch lemma {
	case "come", "belong":
		return true
	}
	return false
}
