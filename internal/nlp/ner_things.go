package nlp

import (
	"slices"
	"strings"
)

// thingsNamed retypes as an organisation a "person" the story goes on to
// describe with "which", the relative pronoun for things ("the Brazilian
// pulp producer Celulose Vale Verde, which is based in Três Lagoas"): a
// relative clause set off by a comma right after the name and hung from
// it says what kind of thing the name is, which no person's name takes.
// A name with a given name the lists know stays a person's (the parser
// may hang "which" from the name that ends a longer phrase: "a turnaround
// under its chief executive, Fiona Lacey-Mensah, which has involved…"),
// as does one the lists know as a place. So is a name defined with a
// short form of its initials in brackets. Every span of the document with
// the same words is retyped with it.
func thingsNamed(a *Analysis, x *nerDoc, spans []nerSpan) {
	if len(a.Tokens) == 0 || a.Tokens[0].XPOS == "" {
		return
	}
	var things []string
	for _, sp := range spans {
		if sp.typ != PERSON && sp.typ != ORG {
			continue
		}
		if sp.last+2 < len(x.words) && x.words[sp.last] == "(" && x.words[sp.last+2] == ")" && acronymWord(x.words[sp.last+1]) {
			// "state-owned operator Deutsche Bahn (DB)": a name defined
			// with a short form of its initials is a body's, wherever
			// else the model read it as a person's.
			if first, last := acronymName(x, sp.last, x.words[sp.last+1]); first == sp.first && last == sp.last {
				things = append(things, spanWords(x, sp))
				continue
			}
		}
		if sp.typ != PERSON || sp.last+1 >= len(a.Tokens) || a.Tokens[sp.last].Text != "," || !EqualFoldLower(a.Tokens[sp.last+1].Text, "which") {
			continue
		}
		if givenNameIn(x, sp.first, sp.last) || x.listedPlace(sp.first, sp.last) {
			continue
		}
		v := a.Tokens[sp.last+1].Head
		if v < 0 || a.Tokens[v].Rel != "acl:relcl" {
			continue
		}
		if h := a.Tokens[v].Head; h < sp.first || h >= sp.last {
			continue
		}
		things = append(things, spanWords(x, sp))
	}
	if len(things) == 0 {
		return
	}
	for k := range spans {
		if sp := &spans[k]; sp.typ == PERSON && slices.Contains(things, spanWords(x, *sp)) {
			sp.typ = ORG
		}
	}
}

// spanWords returns the words of a span joined by spaces.
func spanWords(x *nerDoc, sp nerSpan) string {
	return strings.Join(x.words[sp.first:sp.last], " ")
}
