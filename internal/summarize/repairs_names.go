package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// Repairs of how a person's name hangs where the parser took a word of
// the title before it for the head.

// titledNameHeads rehangs as the head of its phrase a person's name hung
// from the last word of a title of several capitalised words before it
// ("Minister for Health, Housing and Transport Elin Rhys said…",
// read as "Transport Elin Rhys"): the name takes the title's
// place in the sentence and the title becomes the name's compound, as
// "Minister Rhys" is.
func titledNameHeads(a *nlp.Analysis) {
	for _, e := range a.Entities {
		f := e.First
		if e.Type != nlp.PERSON || f < 2 || a.Tokens[f].Rel != "flat" {
			continue
		}
		h := a.Tokens[f].Head
		// The word the name hangs from is inside the title's
		// complement ("for Health, Housing and Transport", "of
		// State for Health"), not the title noun itself.
		if h >= f || h < 0 || a.Tokens[h].UPOS != "PROPN" || a.Tokens[h].NER != "O" || a.Tokens[h].Rel != "conj" && a.Tokens[h].Rel != "nmod" {
			continue
		}
		// Up the title's words to the title noun.
		r := h
		for n := 0; n < 8 && r >= 0; n++ {
			rel := a.Tokens[r].Rel
			if rel != "conj" && rel != "nmod" && rel != "flat" && rel != "compound" || a.Tokens[r].Head < 0 || a.Tokens[r].Head > r {
				break
			}
			r = a.Tokens[r].Head
		}
		if r < 0 || r == h && a.Tokens[r].Rel == "flat" || !titleWords[strings.ToLower(a.Tokens[r].Text)] || a.Tokens[r].Head == f {
			continue
		}
		a.Tokens[f].Head, a.Tokens[f].Rel = a.Tokens[r].Head, a.Tokens[r].Rel
		a.Tokens[r].Head, a.Tokens[r].Rel = f, "compound"
		for i := f + 1; i < e.Last; i++ {
			if a.Tokens[i].Head == h {
				a.Tokens[i].Head = f
			}
		}
	}
}
