package nlp

// firmParts are the things only a firm has, which a possessive after a
// name gives it ("Roucart's board", "Acme's shareholders").
var firmParts = map[string]bool{"board": true, "shares": true, "shareholders": true, "stock": true, "headquarters": true,
	"subsidiary": true, "subsidiaries": true, "revenue": true, "revenues": true, "profit": true, "profits": true,
	"earnings": true, "factories": true, "plants": true, "breweries": true, "brands": true, "stockholders": true}

// firmsByTheirParts makes an organisation of every person the model read
// in a name that the document gives a firm's board, shares, shareholders,
// headquarters or profits by a possessive ("Roucart's board said…" beside
// "Belgian rival Maison Roucart"): no person has them. Neither the name
// that owns them nor the one made an organisation may open with a given
// name the lists know ("John Smith's board seat").
func firmsByTheirParts(a *Analysis, x *nerDoc, spans []nerSpan) {
	var firm map[string]bool
	for _, sp := range spans {
		j := sp.last
		if sp.typ != PERSON && sp.typ != ORG || j+1 >= len(x.words) || a.Tokens[j+1].Sent != a.Tokens[sp.first].Sent || givenNameIn(x, sp.first, sp.first+1) {
			continue
		}
		if w := x.words[j]; (w == "'s" || w == "’s") && firmParts[x.words[j+1]] {
			if firm == nil {
				firm = map[string]bool{}
			}
			firm[x.words[sp.last-1]] = true
		}
	}
	if firm == nil {
		return
	}
	for k := range spans {
		if sp := &spans[k]; sp.typ == PERSON && firm[x.words[sp.last-1]] && !givenNameIn(x, sp.first, sp.first+1) {
			sp.typ = ORG
		}
	}
}
