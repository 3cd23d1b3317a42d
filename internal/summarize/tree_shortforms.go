package summarize

// Short forms a speaker is named by: an acronym the text defines in
// brackets after a name (in the name's initials, or another language's),
// one written in sentence case, and an undefined one whose letters spell
// the one body the story names in full.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
)

// spelledName returns the longest name in the cluster of the acronym at
// src that the acronym spells, or "".
func (t *tree) spelledName(src int) string {
	c := t.clusterAt(src)
	if c < 0 {
		return ""
	}
	best := ""
	for _, mi := range t.a.Clusters[c].Mentions {
		m := &t.a.Mentions[mi]
		if m.Kind != nlp.NameMention || m.Type == nlp.PERSON {
			continue
		}
		n := t.a.Span(m.First, m.Last)
		n = strings.TrimPrefix(strings.TrimPrefix(n, "the "), "The ")
		if len(n) > len(best) && nlp.Abbreviates(t.a.Tokens[src].Text, n) {
			best = n
		}
	}
	return best
}

// definedName returns the name the text defines short as w in brackets
// right after it ("… Mediation and Arbitration (CCMA)"), or "": an
// acronym of the name's initials, or a short form that opens as one of
// its words does ("Metropolitano Paulista (Metropaulista)").
func (t *tree) definedName(w string) string {
	if t.defined == nil {
		t.defined = map[string]string{}
		toks := t.a.Tokens
		var used map[string]bool // acronyms written outside brackets
		for i := 2; i+1 < len(toks); i++ {
			if toks[i-1].Text != "(" || toks[i+1].Text != ")" || toks[i].UPOS != "PROPN" {
				continue
			}
			n := t.nameBefore(i - 1)
			if n == "" || !shortFormOf(toks[i].Text, n) {
				n = t.lowerNameBefore(i-1, toks[i].Text)
			}
			if n == "" || !shortFormOf(toks[i].Text, n) {
				if used == nil {
					used = map[string]bool{}
					for k := range toks {
						if capitalsOnly(toks[k].Text) && (k == 0 || toks[k-1].Text != "(") {
							used[toks[k].Text] = true
						}
					}
				}
				n = ""
				if used[toks[i].Text] {
					n = t.foreignShortForm(i)
				}
			}
			if n != "" {
				if p := t.holderAfterDefinition(i, n); p != "" {
					// "Chief administrative officer (CAO) Derek
					// Olafson": the office's short form stands for
					// the one holding it.
					n = p
				}
				if _, seen := t.defined[toks[i].Text]; !seen {
					t.defined[toks[i].Text] = n
				}
			}
		}
	}
	if n, ok := t.defined[w]; ok {
		return n
	}
	// An acronym the story never defines in brackets but whose name it
	// writes out ("the paramilitary Rapid Support Forces … RSF
	// fighters"): the one run of capitalised words with its initials.
	n := t.spelledInStory(w)
	t.defined[w] = n
	return n
}

// holderAfterDefinition returns the full name of the person named right
// after the bracket that closes the short form at token i, when the name
// it defines is an office ("Chief administrative officer (CAO) Derek
// Olafson told council…"); "" otherwise.
func (t *tree) holderAfterDefinition(i int, name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 || !roleNoun(strings.ToLower(ws[len(ws)-1])) || i+2 >= len(t.a.Tokens) {
		return ""
	}
	if e := t.entityAt(i + 2); e >= 0 && t.a.Entities[e].First == i+2 && t.a.Entities[e].Type == nlp.PERSON {
		return t.entityFullName(e)
	}
	return ""
}

// spelledInStory returns the one run of capitalised words of the story
// (joined, perhaps, by "of", "and", "for" or "the") whose initials are
// the acronym w, or "" when there is none or more than one.
func (t *tree) spelledInStory(w string) string {
	if !isAcronym(w) || len(w) < 2 || len(w) > 6 {
		return ""
	}
	toks := t.a.Tokens
	found := ""
	for i := range toks {
		if !startsUpper(toks[i].Text) || isAcronym(toks[i].Text) || i > 0 && startsUpper(toks[i-1].Text) && toks[i-1].Sent == toks[i].Sent && nameWordPOS(toks[i-1].UPOS) {
			continue // a run starts here, not inside one
		}
		initials, end := "", i
		for k := i; k < len(toks) && toks[k].Sent == toks[i].Sent && len(initials) <= len(w); k++ {
			tx := toks[k].Text
			switch {
			case startsUpper(tx) && nameWordPOS(toks[k].UPOS) && !isAcronym(tx):
				initials += strings.ToUpper(tx[:1])
				end = k + 1
				if initials == w {
					k = len(toks) // stop here
				}
				continue
			case k > i && (tx == "of" || tx == "and" || tx == "for" || tx == "the"):
				continue
			}
			break
		}
		if initials != w {
			continue
		}
		name := t.a.Span(i, end)
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}

// nameWordPOS reports whether a capitalised word of a part of speech a
// body's name is made of: a noun, a proper noun, or an adjective
// ("National" of "the National Environment and Planning Agency").
func nameWordPOS(upos string) bool {
	return upos == "PROPN" || upos == "NOUN" || upos == "ADJ"
}

// foreignShortForm returns the name an acronym in brackets at token i
// stands for when its letters are another language's initials ("The
// Panhellenic Seamen's Federation (PNO)", "the National Liberation Army
// (ELN)"): the body's name of two capitalised words or more right before
// the brackets, no person's (definedName checks that the story uses
// the acronym again); else "".
func (t *tree) foreignShortForm(i int) string {
	toks := t.a.Tokens
	ac := toks[i].Text
	if !isAcronym(ac) && !capitalsOnly(ac) || len(ac) < 2 {
		return ""
	}
	if e := t.entityAt(i - 2); e >= 0 && t.a.Entities[e].Type == nlp.PERSON {
		return ""
	}
	lo, words := i-1, 0
	for k := i - 2; k >= 0 && toks[k].Sent == toks[i].Sent; k-- {
		tx := toks[k].Text
		switch {
		case tx != "" && unicode.IsUpper([]rune(tx)[0]) && toks[k].UPOS != "PUNCT":
			lo, words = k, words+1
			continue
		case lowerIn(nameJoiners, tx) || tx == "'s" || tx == "’s" || tx == "'" || tx == "’":
			continue // "Seamen's", "Seafarers'"
		}
		break
	}
	if nlp.EqualFoldLower(toks[lo].Text, "the") {
		lo, words = lo+1, words-1
	}
	if words < 2 {
		return ""
	}
	return t.a.Span(lo, i-1)
}

// spelledOutBody returns, for an acronym of three letters or more the
// story never defines ("MSC"), the one body the story names in full with
// those initials ("The Marine Stewardship Council"), or "".
func (t *tree) spelledOutBody(ac string) string {
	if len(ac) < 3 || !isAcronym(ac) || strings.Contains(ac, "-") {
		return ""
	}
	full := ""
	for _, e := range t.a.Entities {
		if e.Type != nlp.ORG || e.Last-e.First < 2 {
			continue
		}
		n := strings.TrimPrefix(strings.TrimPrefix(e.Text, "the "), "The ")
		if n == full || !nlp.Abbreviates(ac, n) {
			continue
		}
		if full != "" {
			return "" // two bodies with those initials
		}
		full = n
	}
	return full
}

// lowerNameBefore returns the name written in sentence case that ends
// right before token open and whose words' initials, words of grammar
// aside, are acronym ac ("The Confédération française des syndicats du
// travail (CFST)"), whole (not the end of a longer name), or "".
func (t *tree) lowerNameBefore(open int, ac string) string {
	toks := t.a.Tokens
	var ws []string
	letters := 0
	k := open - 1
	for ; k >= 0 && toks[k].Sent == toks[open].Sent && letters < len(ac) && len(ws) < 2*len(ac); k-- {
		w := toks[k].Text
		if toks[k].UPOS == "PUNCT" || !hasAlnum(w) {
			return ""
		}
		ws = append(ws, w)
		if !lowerIn(nameJoiners, w) {
			letters++
		}
	}
	if letters != len(ac) || len(ws) < 2 || !startsUpper(ws[len(ws)-1]) {
		return ""
	}
	if k >= 0 && toks[k].Sent == toks[open].Sent && startsUpper(toks[k].Text) && !nlp.EqualFoldLower(toks[k].Text, "the") {
		return "" // the end of a longer name
	}
	slices.Reverse(ws)
	if n := strings.Join(ws, " "); nlp.Abbreviates(ac, n) {
		return n
	}
	return ""
}

// nameBefore returns the capitalised name that ends right before token
// open, in its sentence, with the small words a name may hold between
// its capitalised ones ("Commission for Conciliation, Mediation and
// Arbitration", "Companhia do Metropolitano Paulista"), or "".
func (t *tree) nameBefore(open int) string {
	toks := t.a.Tokens
	lo, words := open, 0
	for k := open - 1; k >= 0 && toks[k].Sent == toks[open].Sent; k-- {
		tx := toks[k].Text
		switch {
		case tx != "" && unicode.IsUpper([]rune(tx)[0]) && toks[k].UPOS != "PUNCT":
			lo, words = k, words+1
			continue
		case lowerIn(nameJoiners, tx) || tx == ",":
			continue
		}
		break
	}
	if nlp.EqualFoldLower(toks[lo].Text, "the") {
		lo, words = lo+1, words-1
	}
	if words < 2 {
		return ""
	}
	return t.a.Span(lo, open)
}

// nameJoiners are the small words between the capitalised words of a
// body's name, in the languages news quotes names in.
var nameJoiners = makeSet(`of for and on the do da de des du del della di la le los las y e et und für pour sur para por per`)

// shortFormOf reports whether w, written in brackets after name, is a
// short form of it: its initials (nlp.Abbreviates, or bracketAcronym), or
// a word that opens with the first five letters of one of the name's
// words.
func shortFormOf(w, name string) bool {
	if isAcronym(w) {
		// All its letters the name's initials, or all but one in any
		// order, as a name in brackets may be written in its own
		// language ("PT Samudra Bitung Terminal (SBT)").
		return nlp.Abbreviates(w, name) || bracketAcronym(w, name)
	}
	lw := strings.ToLower(w)
	if len(lw) < 6 {
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if len(f) >= 5 && strings.HasPrefix(lw, f[:5]) {
			return true
		}
	}
	return false
}

// capitalsOnly reports whether w is written in two to nine capital letters
// and nothing else: a short form a name in brackets defines may be longer
// than an acronym of initials ("SYNEVAS", "FRELIMO").
func capitalsOnly(w string) bool { return capitalLetters(w, 2, 9) }
