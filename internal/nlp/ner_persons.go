package nlp

import (
	"slices"
	"strings"
)

// Span repairs of people's names: titles before a name, given names and
// surnames written apart, names joined by hyphens, a surname standing for
// the person named in full, and what is not a person's name at all.

// titleGoesOn reports whether the capitalised words from k on go on with
// a title ("Executive Officer", "Officer") rather than start a name.
func titleGoesOn(x *nerDoc, k int) bool {
	for j := k; j < len(x.words) && j < k+2 && capitalised(x.words[j]); j++ {
		if x.gaz[j]&titleAny != 0 {
			return true
		}
	}
	return false
}

// titleAny is the gazetteer bits of a title word at any place in its
// phrase ("chief", "chief executive", "spokesman").
var titleAny = gazBit('T', 'U') | gazBit('T', 'B') | gazBit('T', 'I') | gazBit('T', 'L')

// employersBeforeTitles makes an organisation of a one-word name the
// model typed as a person where the word, so typed or as an
// organisation, stands before a title and a person's name ("Kystfly chief
// executive Halvard Rønning") or between "the" and a title ("the Kystfly
// chief"): it names whom the person works for, and every span of the
// word alone follows. Not where it is the surname of a person the
// document names in full ("Obama spokesman Josh Earnest" beside "Barack
// Obama"), nor a name the lists know.
func employersBeforeTitles(a *Analysis, x *nerDoc, spans []nerSpan) {
	surnames := map[string]bool{}
	for _, sp := range spans {
		if sp.typ == PERSON && sp.last-sp.first >= 2 {
			surnames[x.words[sp.last-1]] = true
		}
	}
	employer := map[string]bool{}
	for k, sp := range spans {
		w := x.words[sp.first]
		if sp.typ != PERSON && sp.typ != ORG || sp.last-sp.first != 1 || surnames[w] || nerListedType(x, sp) >= 0 {
			continue
		}
		j := sp.last
		// A title's words the lists do not know inside it count
		// ("Chief Executive Officer").
		for j < len(x.words) && j < sp.last+4 && a.Tokens[j].Sent == a.Tokens[sp.first].Sent &&
			(x.gaz[j]&titleAny != 0 || j > sp.last && j+1 < len(x.words) && capitalised(x.words[j]) && x.gaz[j+1]&titleAny != 0) {
			j++
		}
		if j == sp.last {
			continue
		}
		// "Kystfly chief executive Halvard Rønning", or "the Kystfly
		// chief": a person's name takes no article.
		named := k+1 < len(spans) && spans[k+1].first == j && spans[k+1].typ == PERSON
		if !named && !(sp.first > 0 && EqualFoldLower(x.words[sp.first-1], "the")) {
			continue
		}
		employer[w] = true
	}
	if len(employer) == 0 {
		return
	}
	for k := range spans {
		if sp := &spans[k]; sp.typ == PERSON && sp.last-sp.first == 1 && employer[x.words[sp.first]] {
			sp.typ = ORG
		}
	}
}

// titledNames makes a person of a name the model typed as an organisation
// or a place when a title set off by a comma follows it ("Zippy Duvall, the
// president of the American Farm Bureau, said", "He Jianxiong, the former
// executive director for China"), or set off by commas right after one
// ("the union's deputy, Yesenia Paillamanque, walked"): a body or a place
// is not described by a title a person holds. Titles are the entity
// lists' title words, heading the phrase after the comma (not "the
// president's office"), whose words may be joined by hyphens ("the
// Charlotte-Mecklenburg police chief") and, before the name, roles only a
// person holds (personRoles: "Its chief negotiator, Renata Cavalcanti de
// Albuquerque,"). A name right after a person's title abbreviated ("Coun. Gord MacIsaac",
// "Gov. Ana Ruiz") is a person too. It returns the indexes of the spans it
// made persons.
func titledNames(a *Analysis, x *nerDoc, spans []nerSpan) (firm []int) {
	// A title before the name: a word of the lists' titles, or a role
	// only a person holds ("negotiator", "spokeswoman").
	title := func(j int) bool {
		return a.Tokens[j].XPOS == "NN" && (x.gaz[j]&gazBit('T', 'U') != 0 || personRoles[x.lower[j]])
	}
	for k := range spans {
		sp := &spans[k]
		if sp.typ != "ORG" && sp.typ != "PLACE" && sp.typ != PERSON || nerListedType(x, *sp) >= 0 {
			continue
		}
		if titleAbbreviationBefore(a, sp.first) {
			// "Coun. Gord MacIsaac": a person's title, abbreviated; a
			// person whatever the rules after this one read in the
			// name's last word.
			sp.typ = PERSON
			firm = append(firm, k)
			continue
		}
		if sp.typ == PERSON {
			continue
		}
		if sp.last+1 >= len(a.Tokens) || a.Tokens[sp.last].Text != "," {
			continue
		}
		if b := sp.first - 2; b >= 0 && a.Tokens[b+1].Text == "," && title(b) && a.Tokens[b].Sent == a.Tokens[sp.first].Sent {
			// "Cárcamo Ñancupil's deputy, Yesenia Paillamanque, walked":
			// a name set off by commas after a title it holds.
			sp.typ = PERSON
			firm = append(firm, k)
			continue
		}
		sent := a.Tokens[sp.first].Sent
		j := sp.last + 1
		if a.Tokens[j].UPOS == "DET" {
			j++
		}
		for n := 0; n < 6 && j < len(a.Tokens) && a.Tokens[j].Sent == sent; n, j = n+1, j+1 {
			tj := &a.Tokens[j]
			if tj.XPOS == "NN" && x.gaz[j]&gazBit('T', 'U') != 0 {
				if j+1 >= len(a.Tokens) || a.Tokens[j+1].XPOS != "POS" && a.Tokens[j+1].UPOS != "NOUN" {
					sp.typ = PERSON
					firm = append(firm, k)
				}
				break
			}
			if tj.UPOS != "ADJ" && tj.UPOS != "NOUN" && tj.UPOS != "PROPN" && tj.XPOS != "POS" && !innerHyphen(a, j) {
				break
			}
		}
	}
	return firm
}

// personRoles are roles only a person holds that the entity lists' titles
// (a feature of the entity model) leave out: a name set off beside one is
// a person's.
var personRoles = map[string]bool{"negotiator": true, "executive": true, "envoy": true, "adviser": true, "advisor": true,
	"analyst": true, "economist": true, "delegate": true, "mediator": true, "spokesperson": true, "chairwoman": true,
	"chairperson": true, "manager": true, "founder": true, "lawyer": true, "attorney": true,
	"strategist": true, "researcher": true, "professor": true, "organiser": true, "organizer": true, "activist": true}

// titleAbbreviationBefore reports whether the token before k is a
// person's title abbreviated with a period ("Coun.", "Sen.", "Dr."), not
// a place's ("St.", "Mt.", "Ft.").
func titleAbbreviationBefore(a *Analysis, k int) bool {
	if k == 0 {
		return false
	}
	w := a.Tokens[k-1].Text
	if len(w) < 3 || w[len(w)-1] != '.' || a.Tokens[k-1].Sent != a.Tokens[k].Sent {
		return false
	}
	switch l := strings.ToLower(w[:len(w)-1]); l {
	case "st", "mt", "ft":
		return false
	default:
		return abbrevKind(l) == abbrTitle
	}
}

// innerHyphen reports whether token j is a hyphen written inside a word
// ("Charlotte-Mecklenburg"), with no space on either side.
func innerHyphen(a *Analysis, j int) bool {
	return j > 0 && a.Tokens[j].Text == "-" && !a.Tokens[j-1].SpaceAfter && !a.Tokens[j].SpaceAfter
}

// placeBeforeName splits a listed place off the front of a person's name
// that a preposition governs ("China's ambassador to Britain Liu Xiaoming",
// read as one name "Britain Liu Xiaoming", or as one place after a title):
// the place ends the role, the name follows it. Spans stay in text order.
func placeBeforeName(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var out []nerSpan
	for k, sp := range spans {
		place := x.gaz[sp.first]&(gazBit('C', 'U')|gazBit('S', 'U')|gazBit('Y', 'U')) != 0
		// A person's span, or any span after a title and a preposition
		// ("ambassador to Britain Liu Xiaoming" read as one place).
		titled := sp.first >= 2 && x.gaz[sp.first-2]&gazBit('T', 'U') != 0
		if sp.typ != PERSON && !(titled && sp.typ == "PLACE") || sp.last-sp.first < 3 || !place || sp.first == 0 || a.Tokens[sp.first-1].UPOS != "ADP" {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]nerSpan, 0, len(spans)+1), spans[:k]...)
		}
		out = append(out, nerSpan{first: sp.first, last: sp.first + 1, typ: "PLACE"}, nerSpan{first: sp.first + 1, last: sp.last, typ: PERSON})
	}
	if out == nil {
		return spans
	}
	return out
}

// spreadPersons gives the type PERSON to every other mention of a name the
// rules above made a person from the words around it (spans[k] for k in
// firm), unless the name lists know it as something else: the one
// sentence that says who the name is speaks for the document.
func spreadPersons(x *nerDoc, spans []nerSpan, firm []int) {
	for _, k := range firm {
		f := spans[k]
		f.typ = PERSON
		for m := range spans {
			sp := &spans[m]
			if sp.typ == PERSON || sp.last-sp.first != f.last-f.first || nerListedType(x, *sp) >= 0 {
				continue
			}
			same := true
			for i := 0; i < f.last-f.first; i++ {
				if x.words[sp.first+i] != x.words[f.first+i] {
					same = false
					break
				}
			}
			if same {
				sp.typ = PERSON
			}
		}
		spans[k].typ = PERSON
	}
}

// dropLowerNames drops a name of common nouns in lower case after a
// determiner, which the model read from a noun phrase ("the union’s
// strike" as an organisation): a name has a capital. (Web text writes
// names in lower case too, "went to google", so only after "the", "a",
// "this"….)
func dropLowerNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		common := sp.first > 0 && a.Tokens[sp.first-1].UPOS == "DET"
		for k := sp.first; k < sp.last && common; k++ {
			common = x.words[k] == x.lower[k] && x.lexLower[k] != "" && a.Tokens[k].UPOS == "NOUN"
		}
		if common {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// dropPluralPersons drops a "person" of one word the tagger read as a
// plural proper noun that the lexicon or the document itself writes in
// lower case ("Members’ voices", a subhead, where the story writes "its
// members"): a person's name is no plural. (A people's name, "the
// Tagbanuas", stays.)
func dropPluralPersons(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	if len(a.Tokens) == 0 || a.Tokens[0].XPOS == "" {
		return spans
	}
	var lower map[string]bool // the document's words in lower case, built once needed
	out := spans[:0]
	for _, sp := range spans {
		if sp.typ == PERSON && sp.last-sp.first == 1 && a.Tokens[sp.first].XPOS == "NNPS" {
			if lower == nil {
				lower = map[string]bool{}
				for k := range x.words {
					if w := x.words[k]; w == x.lower[k] {
						lower[w] = true
					}
				}
			}
			if x.lexLower[sp.first] != "" || lower[x.lower[sp.first]] {
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// dropTitlePhrases drops a "person" that is a title phrase right before a
// person's name, which the model read as two persons ("Labour's Shadow
// Home Secretary | Yvette Cooper"): its last word is a title the lists
// know and none of its words a given name.
func dropTitlePhrases(x *nerDoc, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for k, sp := range spans {
		if sp.typ == PERSON && k+1 < len(spans) && spans[k+1].typ == PERSON && spans[k+1].first == sp.last &&
			x.gaz[sp.last-1]&(gazBit('T', 'U')|gazBit('T', 'L')) != 0 && !givenNameIn(x, sp.first, sp.last) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// givenNameIn reports whether a word of first..last is a given name the
// lists know.
func givenNameIn(x *nerDoc, first, last int) bool {
	given := gazBit('M', 'U') | gazBit('F', 'U') | gazBit('M', 'B') | gazBit('F', 'B')
	for i := first; i < last; i++ {
		if x.gaz[i]&given != 0 {
			return true
		}
	}
	return false
}

// peoplesNames makes one organisation of a name written with "People's"
// ("the People's Bank of China", "the Korean People's Army", "People's
// Daily"), which the possessive splits for the model: the capitalised
// words before it (no possessive among them) and the capitalised words
// after it, with "of" and a name, replace the spans they overlap.
func peoplesNames(a *Analysis, spans []nerSpan) []nerSpan {
	toks := a.Tokens
	cap := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		t := toks[i].Text
		return t != "" && t[0] >= 'A' && t[0] <= 'Z' && toks[i].UPOS != "DET" && toks[i].UPOS != "PRON"
	}
	var add []nerSpan
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Text != "People" || (toks[i+1].Text != "'s" && toks[i+1].Text != "’s") || !cap(i+2) ||
			toks[i+2].Sent != toks[i].Sent || i > 0 && toks[i-1].Sent == toks[i].Sent && (toks[i-1].Text == "'s" || toks[i-1].Text == "’s") && !cap(i-2) {
			continue
		}
		first := i
		for first > 0 && toks[first-1].Sent == toks[i].Sent && cap(first-1) && !strings.HasSuffix(toks[first-1].Text, "s'") {
			first--
		}
		if first > 0 && (toks[first-1].Text == "'s" || toks[first-1].Text == "’s") {
			first = i // "China's People's Daily": the owner is not in the name
		}
		last := i + 3
		for last < len(toks) && toks[last].Sent == toks[i].Sent {
			if cap(last) {
				last++
				continue
			}
			if toks[last].Text == "of" && cap(last+1) && toks[last+1].Sent == toks[i].Sent {
				last += 2
				continue
			}
			break
		}
		add = append(add, nerSpan{first, last, ORG})
		i = last - 1
	}
	return replaceOverlapped(spans, add)
}

// splitKnownPersons splits off the end of a place's or a body's name a
// person's full name the document gives on its own elsewhere ("Ambassador
// to the United States Hamdullah Mohib" read as one place, after
// "Ambassador Hamdullah Mohib says"): the person is a PERSON, and what
// comes before keeps its type unless it ends in a title.
func splitKnownPersons(x *nerDoc, spans []nerSpan) []nerSpan {
	var persons [][2]int
	for _, sp := range spans {
		if sp.typ == PERSON && sp.last-sp.first >= 2 {
			persons = append(persons, [2]int{sp.first, sp.last})
		}
	}
	if len(persons) == 0 {
		return spans
	}
	out := make([]nerSpan, 0, len(spans)+len(persons))
	changed := false
	for _, sp := range spans {
		cut := -1
		for _, p := range persons {
			if sp.typ == PERSON {
				break // a title before a name is trimSpan's
			}
			n := p[1] - p[0]
			if sp.last-sp.first <= n || p[0] == sp.last-n && p[1] == sp.last {
				continue
			}
			same := true
			for i := 0; i < n; i++ {
				if x.words[sp.last-n+i] != x.words[p[0]+i] {
					same = false
					break
				}
			}
			if same && (cut < 0 || sp.last-n < cut) {
				cut = sp.last - n
			}
		}
		if cut < 0 {
			out = append(out, sp)
			continue
		}
		changed = true
		if head := (nerSpan{sp.first, cut, sp.typ}); x.gaz[cut-1]&(gazBit('T', 'U')|gazBit('T', 'L')) == 0 {
			out = append(out, head)
		}
		out = append(out, nerSpan{cut, sp.last, PERSON})
	}
	if !changed {
		return spans
	}
	return out
}

// joinHyphens joins two names of the same type written around a hyphen
// with no space ("Jean-Claude Juncker", "Al-Qaeda"): the tokenizer splits
// the hyphen off, and the model often leaves it out.
func joinHyphens(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			h := prev.last
			// Two acronyms joined, after a body's ("SAG-AFTRA"), are one
			// body's, unless the second is a place the lists know
			// ("EU-UK talks").
			acronyms := prev.typ == ORG && sp.last-sp.first == 1 && acronymWord(a.Tokens[sp.first].Text) && !x.listedPlace(sp.first, sp.last)
			if sp.first == h+1 && (sp.typ == prev.typ || sp.typ == ORG || acronyms) && a.Tokens[h].Text == "-" &&
				!a.Tokens[h-1].SpaceAfter && !a.Tokens[h].SpaceAfter &&
				a.Tokens[prev.first].Sent == a.Tokens[sp.first].Sent {
				// One word written with a hyphen is one name; ending in
				// an organisation's word it is that organisation
				// ("Coca-Cola", "Al-Qaeda").
				prev.last = sp.last
				if !acronyms {
					prev.typ = sp.typ
				}
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// joinSplitNames joins the two halves of one name the model split: a
// person's name around its particles ("Ursula | von der | Leyen", "Ludwig
// | van | Beethoven"), and a people's adjective before the body's noun
// that ends the organisation's name ("European | Union", "American |
// Airlines").
func joinSplitNames(a *Analysis, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			same := a.Tokens[prev.first].Sent == a.Tokens[sp.first].Sent
			switch {
			case same && prev.typ == PERSON && sp.typ == PERSON && sp.first > prev.last && sp.first-prev.last <= 2 && particlesBetween(a, prev.last, sp.first):
				prev.last = sp.last
				continue
			case same && prev.typ == NORP && sp.typ == ORG && sp.first == prev.last && sp.last-sp.first == 1 && bodyNouns[strings.ToLower(a.Tokens[sp.first].Text)]:
				prev.last, prev.typ = sp.last, ORG
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// hyphenatedNames carries a person's name over the other half of a
// double-barrelled name written with a hyphen and no space, a proper noun
// that no other entity holds or that the model alone read as a
// one-word name of another kind ("Helen Carrow-Dunne", read as "Helen
// Carrow"; "Linda Ferreira-Mendes", read as a person and a place): one
// word written with a hyphen is one name. A half the lists know as a
// place stays apart ("Ferreira-Lima"). A name of one word alone
// ("Carrow | -Dunne replied") is carried only where the document writes
// the whole word after a given name too: a word alone may be something
// else the model took for a name ("the Mars-Moon architecture").
func hyphenatedNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	// open reports whether word j, next to span k on the side of span
	// n, is a proper noun in no span or alone in span n, which is no
	// person's and no listed place's.
	open := func(n, j int) bool {
		if t := &a.Tokens[j]; t.XPOS != "NNP" && t.XPOS != "NNPS" || !capitalised(t.Text) {
			return false
		}
		if n < 0 || n >= len(spans) || spans[n].last <= j || spans[n].first > j {
			return true
		}
		sp := spans[n]
		return sp.first == j && sp.last == j+1 && sp.typ != PERSON && !x.listedPlace(j, j+1)
	}
	// carry gives span k's bounds carried over a hyphen after its end
	// ("Carrow | -Dunne") or before its start ("Rhys- | Lloyd"), the
	// span it takes in (or -1), and the word so written.
	carry := func(k int) (first, last, took int, word string, ok bool) {
		sp := spans[k]
		sent := a.Sentences[a.Tokens[sp.first].Sent]
		if i := sp.last; i+1 < sent.Last && innerHyphen(a, i) && open(k+1, i+1) {
			took = -1
			if k+1 < len(spans) && spans[k+1].first == i+1 {
				took = k + 1
			}
			return sp.first, i + 2, took, a.Tokens[i-1].Text + "-" + a.Tokens[i+1].Text, true
		}
		if i := sp.first; i-2 >= sent.First && innerHyphen(a, i-1) && open(k-1, i-2) {
			took = -1
			if k > 0 && spans[k-1].first == i-2 {
				took = k - 1
			}
			return i - 2, sp.last, took, a.Tokens[i-2].Text + "-" + a.Tokens[i].Text, true
		}
		return 0, 0, -1, "", false
	}
	var whole map[string]bool
	gone := map[int]bool{}
	for _, pass := range []int{2, 1} {
		for k := range spans {
			if n := spans[k].last - spans[k].first; spans[k].typ != PERSON || gone[k] || pass == 2 && n < 2 || pass == 1 && n != 1 {
				continue
			}
			// A name may hold two such words ("Marie-Ève
			// Tremblay-Gagnon"): carry on while there is one more.
			for range 3 {
				first, last, took, w, ok := carry(k)
				if !ok || gone[took] || pass == 1 && !whole[w] {
					break
				}
				if pass == 2 {
					if whole == nil {
						whole = map[string]bool{}
					}
					whole[w] = true
				}
				spans[k].first, spans[k].last = first, last
				if took >= 0 {
					gone[took] = true
				}
			}
		}
	}
	return dropSpans(spans, gone)
}

// doubleBarrelledNames carries a person's span that opens right after a
// hyphen back over the rest of a double-barrelled surname and the given
// name before it ("Anne-Élise Fournier | -Roy", the model finding "Roy"
// alone): a capitalised proper noun joined by the hyphen, and before it,
// set off by a space, a given name the lists know, alone or as the second
// half of a hyphened one ("Anne-Élise", "Jean-Luc"), with no other span
// on any of these words. The given name is what makes the words a name
// rather than two things joined ("the Mars-Moon architecture").
func doubleBarrelledNames(a *Analysis, x *nerDoc, spans []nerSpan) {
	nnp := func(j, sent int) bool {
		if j < 0 {
			return false
		}
		t := &a.Tokens[j]
		return t.Sent == sent && (t.XPOS == "NNP" || t.XPOS == "NNPS") && capitalised(t.Text)
	}
	for k := range spans {
		sp := &spans[k]
		i := sp.first
		if sp.typ != PERSON || i < 4 || !innerHyphen(a, i-1) {
			continue
		}
		sent := a.Tokens[i].Sent
		f, g := i-2, i-3
		if !nnp(f, sent) || !nnp(g, sent) || !a.Tokens[g].SpaceAfter {
			continue
		}
		if k > 0 && spans[k-1].last > g {
			continue
		}
		switch {
		case g >= 2 && innerHyphen(a, g-1) && nnp(g-2, sent) && (givenNameIn(x, g-2, g-1) || givenNameIn(x, g, g+1)) && !(k > 0 && spans[k-1].last > g-2):
			sp.first = g - 2
		case givenNameIn(x, g, g+1) && !(g >= 1 && innerHyphen(a, g-1)):
			sp.first = g
		}
	}
}

// personsByAge types as a person's the name the model read as another
// kind that an age follows, set off by commas as news writes it
// ("Marieke van Dijk, 44, has driven…", "Okafor, 61, said", "Mirta
// Acosta, a 44-year-old who has worked…"): a body or a place has no age. The name is of capitalised words and particles only,
// and the number a whole one from 1 to 119.
func personsByAge(a *Analysis, x *nerDoc, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		i := sp.last
		if sp.typ == PERSON || sp.last-sp.first > 4 || i+2 >= len(a.Tokens) || a.Tokens[i].Text != "," || a.Tokens[i+2].Sent != a.Tokens[sp.first].Sent {
			continue
		}
		if !ageAfter(a, i+1) {
			continue
		}
		name := true
		for j := sp.first; j < sp.last && name; j++ {
			name = capitalised(x.words[j]) || nameParticle(x.words[j])
		}
		if name && !x.listedPlace(sp.first, sp.last) {
			sp.typ = PERSON
		}
	}
}

// agedNames adds as a person's the name the model found nothing in that
// an age follows, set off by commas as news writes it ("Lahcen Id
// Brahim, 74, who keeps the closure…"), as personsByAge retypes one it
// read as another kind: two to four words, each a capitalised proper
// noun or a particle inside the name, opening where no capitalised word
// goes before, no listed place. The spans stay in text order.
func agedNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	for c := 2; c+2 < len(a.Tokens); c++ {
		if a.Tokens[c].Text != "," || !ageAfter(a, c+1) || a.Tokens[c+2].Sent != a.Tokens[c].Sent {
			continue
		}
		first := c
		for first > 0 && c-first < 4 && a.Tokens[first-1].Sent == a.Tokens[c].Sent && (a.Tokens[first-1].UPOS == "PROPN" && capitalised(x.words[first-1]) || nameParticle(x.words[first-1]) && first < c) {
			first--
		}
		// A capitalised word before the run (not the sentence's first,
		// capitalised as any first word is) makes it the end of a longer
		// name.
		inLonger := first > 0 && a.Tokens[first-1].Sent == a.Tokens[c].Sent && capitalised(x.words[first-1]) && first-1 != a.Sentences[a.Tokens[c].Sent].First
		if c-first < 2 || !capitalised(x.words[first]) || inLonger || x.listedPlace(first, c) {
			continue
		}
		k := 0
		for k < len(spans) && spans[k].last <= first {
			k++
		}
		if k < len(spans) && spans[k].first < c {
			continue // the model read some of it: personsByAge's
		}
		spans = append(spans, nerSpan{})
		copy(spans[k+1:], spans[k:])
		spans[k] = nerSpan{first: first, last: c, typ: PERSON}
	}
	return spans
}

// personsByNameGiven types as a person's the name the model read as
// another kind (or as none) that a description gives as the only name
// someone goes by ("a former bus conductor known only as Tijo", "a
// fisherman identified only as Abu Ali", "a nurse who gave her name as
// Mereana"): news writes this of people who give no full name, not of
// places or bodies, which are "known as" without "only". The name is of
// one to three capitalised words and particles, not a listed place, and
// what is known by it no noun the coreference lexicon (nounClass) knows
// as a place's, a body's or a thing's ("a town known only as…"). The
// spans stay in text order.
func personsByNameGiven(a *Analysis, x *nerDoc, spans []nerSpan, nounClass func(string) byte) []nerSpan {
	for i := 2; i+1 < len(x.words); i++ {
		if !EqualFoldLower(x.words[i], "as") || a.Tokens[i+1].Sent != a.Tokens[i].Sent || !capitalised(x.words[i+1]) {
			continue
		}
		given := false
		switch w := strings.ToLower(x.words[i-1]); w {
		case "only":
			switch strings.ToLower(x.words[i-2]) {
			case "known", "identified", "name":
				given = true
			}
		case "name":
			// "gave her name as", "gave his name as".
			given = i >= 3 && EqualFoldLower(x.words[i-3], "gave") || i >= 4 && EqualFoldLower(x.words[i-4], "gave")
		}
		if !given {
			continue
		}
		if j := i - 3; j >= 0 && EqualFoldLower(x.words[i-1], "only") && nounClass != nil && a.Tokens[j].UPOS == "NOUN" {
			switch nounClass(a.Tokens[j].Lemma) {
			case NounPlace, NounOrganisation, NounThing:
				continue
			}
		}
		end := i + 1
		for end < len(x.words) && end-(i+1) < 3 && a.Tokens[end].Sent == a.Tokens[i].Sent && (capitalised(x.words[end]) || end > i+1 && nameParticle(x.words[end])) {
			end++
		}
		for end > i+2 && !capitalised(x.words[end-1]) {
			end-- // a particle ends no name
		}
		if x.listedPlace(i+1, end) {
			continue
		}
		k := 0
		for k < len(spans) && spans[k].last <= i+1 {
			k++
		}
		switch {
		case k < len(spans) && spans[k].first == i+1:
			spans[k].typ = PERSON
		case k < len(spans) && spans[k].first < end:
			// Another span begins inside the words: leave them be.
		default:
			spans = append(spans, nerSpan{})
			copy(spans[k+1:], spans[k:])
			spans[k] = nerSpan{first: i + 1, last: end, typ: PERSON}
		}
	}
	return spans
}

// nerSurnames adds the surnames the model missed: a capitalised proper
// noun outside every entity that ends a longer PERSON name elsewhere in the
// document ("Netanyahu said" after "Benjamin Netanyahu"), or begins one
// ("Wiroj said" after "Wiroj Kanchanapong"), is that person,
// unless it runs on into another capitalised word (a longer name of
// something else), is written in lower case elsewhere or belongs to a name
// of another type; a surname of two words joined by a hyphen ("al-Suwaidi"
// after "Saif bin Hamad al-Suwaidi") likewise, whatever the case of its
// first word. An acronym that is a name of one type alone somewhere is
// that name everywhere. Spans stay in text order.
func nerSurnames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var surname, hyphened map[string]bool
	covered := make([]bool, len(x.words))
	other := map[string]bool{}     // words of names of other types
	acronym := map[string]string{} // an acronym's type as a name of its own ("" when it has two)
	for _, sp := range spans {
		for i := sp.first; i < sp.last; i++ {
			covered[i] = true
			if sp.typ != PERSON {
				other[x.words[i]] = true
			}
		}
		if w := x.words[sp.first]; sp.last-sp.first == 1 && acronymWord(w) {
			if t, ok := acronym[w]; !ok {
				acronym[w] = sp.typ
			} else if t != sp.typ {
				acronym[w] = ""
			}
		}
		if sp.typ == PERSON && sp.last-sp.first > 3 && x.words[sp.last-2] == "-" && innerHyphen(a, sp.last-2) {
			// A surname of two words joined by a hyphen ("Saif bin
			// Hamad al-Suwaidi"), taken up whole ("Al-Suwaidi told").
			if hyphened == nil {
				hyphened = map[string]bool{}
			}
			hyphened[strings.ToLower(x.words[sp.last-3])+"-"+x.words[sp.last-1]] = true
		}
		if j := sp.last; sp.typ == PERSON && sp.last-sp.first > 1 && j+1 < len(x.words) && x.words[j] == "-" && innerHyphen(a, j) &&
			capitalised(x.words[j+1]) && a.Tokens[j+1].Sent == a.Tokens[j].Sent {
			// The same, where the model stopped at the hyphen ("Gilles
			// d’Espinay | -Rochecouste", carried over it later): the
			// surname alone is the two words and the hyphen.
			if hyphened == nil {
				hyphened = map[string]bool{}
			}
			hyphened[strings.ToLower(x.words[j-1])+"-"+x.words[j+1]] = true
		}
		if sp.typ == PERSON && sp.last-sp.first > 1 {
			// The last word, and the first where it is a name of its
			// own: news takes some people up by their given name
			// ("Maj Gen Wiroj Kanchanapong … Wiroj said").
			for _, k := range []int{sp.last - 1, sp.first} {
				if w := x.words[k]; capitalised(w) && (k == sp.last-1 || a.Tokens[k].UPOS == "PROPN") {
					if surname == nil {
						surname = map[string]bool{}
					}
					surname[w] = true
				}
			}
		}
	}
	if surname == nil && len(acronym) == 0 && hyphened == nil {
		return spans
	}
	familyFirstSurnames(a, x, spans)
	n := len(spans)
	for i, w := range x.words {
		if hyphened != nil && i+2 < len(x.words) && !covered[i] && !covered[i+2] && x.words[i+1] == "-" && innerHyphen(a, i+1) &&
			a.Tokens[i+2].Sent == a.Tokens[i].Sent && hyphened[strings.ToLower(w)+"-"+x.words[i+2]] {
			spans = append(spans, nerSpan{first: i, last: i + 3, typ: PERSON})
			covered[i+1], covered[i+2] = true, true
			continue
		}
		// acronym holds acronyms only: the test spares the other words
		// the look-up.
		if t := acronymIn(acronym, w); t != "" && !covered[i] {
			// An acronym named once is named wherever it stands
			// ("the CPA").
			spans = append(spans, nerSpan{first: i, last: i + 1, typ: t})
			continue
		}
		// A word also written in lower case ("library") or inside a name
		// of another type ("Coron waters", "in Coron") is not only a
		// surname, unless it is written with a capital inside a sentence,
		// where the capital is the writer's ("early" … "…, Early says").
		if covered[i] || a.Tokens[i].UPOS != "PROPN" || !surname[w] || other[w] ||
			x.docCase != nil && x.docCase[i]&1 != 0 && !midSentence(a, i) {
			continue
		}
		if i > 0 && x.words[i-1] == "-" || i+1 < len(x.words) && x.words[i+1] == "-" {
			continue // part of a hyphenated name ("al-Sadr")
		}
		if i+1 < len(x.words) && capitalised(x.words[i+1]) && a.Tokens[i+1].Sent == a.Tokens[i].Sent ||
			i > 0 && capitalised(x.words[i-1]) && a.Tokens[i-1].Sent == a.Tokens[i].Sent && a.Tokens[i-1].UPOS == "PROPN" {
			continue
		}
		spans = append(spans, nerSpan{first: i, last: i + 1, typ: PERSON})
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(p, q nerSpan) int { return p.first - q.first })
	}
	return spans
}

// acronymIn returns m[w] for a map m whose keys are all acronyms
// (acronymWord), looking up only a w that is one.
func acronymIn(m map[string]string, w string) string {
	if !acronymWord(w) {
		return ""
	}
	return m[w]
}

// officeTitleIn reports whether officeTitles holds w in lower case, which
// it writes on the stack when w is ASCII and short.
func officeTitleIn(w string) bool {
	var buf [24]byte
	lw, ok := lowerASCII(buf[:], w)
	if !ok {
		lw = strings.ToLower(w)
	}
	return officeTitles[lw]
}

// shortestTitle is the length of the shortest word of officeTitles and
// lowerTitles: namesAfterTitles looks a shorter word up in neither.
const shortestTitle = 5

// officeTitles are the titles of offices whose holders a story names
// right after them ("Education Minister Slavica Djukic Dejanovic").
var officeTitles = map[string]bool{"minister": true, "president": true, "secretary": true, "senator": true, "governor": true,
	"mayor": true, "ambassador": true, "chancellor": true, "premier": true, "spokesman": true, "spokeswoman": true,
	"commissioner": true, "chairman": true, "chairwoman": true, "envoy": true,
	// Ranks ("Colonel-Major Boubacar Sissoko", "Lieutenant General Ana
	// Ruiz").
	"colonel": true, "general": true, "major": true, "captain": true, "lieutenant": true, "admiral": true,
	"commander": true, "brigadier": true, "marshal": true, "sergeant": true, "commodore": true}

// namesAfterTitles adds, as a person, a run of two to four capitalised
// proper nouns right after the title of an office or a rank (or two
// joined by a hyphen, "Colonel-Major") that the model left
// out entirely and that no list knows as a place or a body ("Education
// Minister Slavica Djukic Dejanovic says…"): the title says whose name
// follows. Spans stay in text order.
func namesAfterTitles(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	notPerson := ^(gazBit('M', 'B') | gazBit('M', 'I') | gazBit('M', 'L') | gazBit('M', 'U') |
		gazBit('F', 'B') | gazBit('F', 'I') | gazBit('F', 'L') | gazBit('F', 'U'))
	var added []nerSpan
	k := 0
	var buf [24]byte // a word lower-cased for the lookups below, not kept
	for i := 0; i+2 < len(a.Tokens); i++ {
		lw, ok := lowerASCII(buf[:], a.Tokens[i].Text)
		if !ok {
			lw = strings.ToLower(a.Tokens[i].Text)
		}
		if len(lw) < shortestTitle {
			continue // in neither list
		}
		office, capital := officeTitles[lw], capitalised(a.Tokens[i].Text)
		if !office || !capital {
			if !capital && (office || lowerTitles[lw]) {
				added = lowerTitledName(a, x, spans, added, i, notPerson)
			}
			continue
		}
		j := i + 1
		for j+1 < len(a.Tokens) {
			if innerHyphen(a, j) && officeTitles[strings.ToLower(a.Tokens[j+1].Text)] {
				j += 2 // a title of two joined by a hyphen ("Colonel-Major")
			} else if officeTitles[strings.ToLower(a.Tokens[j].Text)] && capitalised(a.Tokens[j].Text) {
				j++ // or written apart ("Lieutenant General")
			} else {
				break
			}
		}
		end := j
		for end < len(a.Tokens) && end < j+4 && a.Tokens[end].Sent == a.Tokens[i].Sent && a.Tokens[end].XPOS == "NNP" &&
			capitalised(a.Tokens[end].Text) && x.gaz[end]&notPerson == 0 && !strings.HasSuffix(a.Tokens[end].Text, "'s") {
			end++
		}
		for k < len(spans) && spans[k].last <= j {
			k++
		}
		if end-j < 2 || end < len(a.Tokens) && a.Tokens[end].XPOS == "NNP" && capitalised(a.Tokens[end].Text) {
			// Too short, or part of a longer name; but a name the model
			// found right after the title, whose words the lists also
			// give a place ("Ambassador Luiza Helena Fontes de Carvalho",
			// Helena a town), is the holder's as below.
			if k < len(spans) && spans[k].first == j && end-j >= 1 && givenNameIn(x, spans[k].first, spans[k].last) {
				titledSpan(x, &spans[k], end+4)
			}
			continue
		}
		if k < len(spans) && spans[k].first < end {
			// The model found a name there but took it for a body's or a
			// place's ("Finance Minister Meseret Haile-Mariam" as an
			// organisation): right after an office's title, the name is
			// its holder's, unless it ends as a body's name does.
			if sp := &spans[k]; sp.first == j {
				titledSpan(x, sp, end+2)
			}
			continue
		}
		if n := len(added); n > 0 && added[n-1].last > j {
			continue // found after the title before ("Colonel-Major")
		}
		added = append(added, nerSpan{j, end, PERSON})
	}
	return mergeSpans(spans, added)
}

// titledSpan makes a person of the span the model found right after an
// office's title and took for a body's or a place's ("Finance Minister
// Meseret Haile-Mariam" as an organisation), of two words or more ending
// by token limit (before an "of" inside it), unless it ends as a body's
// name does.
func titledSpan(x *nerDoc, sp *nerSpan, limit int) {
	// "Ambassador Luiza Helena Fontes de Carvalho of Brazil" read as one
	// body: the name ends before "of".
	last := sp.last
	for o := sp.first + 2; o < last; o++ {
		if x.lower[o] == "of" {
			last = o
			break
		}
	}
	if sp.typ != PERSON && last-sp.first >= 2 && last <= limit && !x.institutionWord(last-1) &&
		!companyDesignations[strings.TrimSuffix(x.words[last-1], ".")] && (sp.typ == ORG || sp.typ == GPE || sp.typ == LOC || sp.typ == NORP) {
		sp.typ, sp.last = PERSON, last
	}
}

// lowerTitles are the words that end a title written in lower case
// before a name besides officeTitles ("chief executive Adriaan van der
// Merwe", "union negotiator Ana Ruiz").
var lowerTitles = map[string]bool{"executive": true, "officer": true, "director": true, "negotiator": true,
	"spokesperson": true, "chairperson": true, "founder": true, "economist": true, "analyst": true,
	// Members of a legislature ("opposition lawmaker Md. Rafiqul Islam
	// Talukder", "councillor Ana Ruiz").
	"lawmaker": true, "legislator": true, "parliamentarian": true, "congressman": true, "congresswoman": true,
	"councillor": true, "councilor": true, "councilman": true, "councilwoman": true}

// lowerTitledName appends to added, as a person, the run of capitalised
// proper nouns, lower-case particles inside it ("van der"), right after
// the lower-case title at token i ("Sedgwick chief executive Adriaan van
// der Merwe, who…"), where the run has two capitalised words or more,
// ends the name, and holds nothing the model found nor a word the lists
// know as no person's: a title before a name says whose name follows, in
// whatever case it is written.
func lowerTitledName(a *Analysis, x *nerDoc, spans, added []nerSpan, i int, notPerson uint64) []nerSpan {
	j := i + 1
	for j < len(a.Tokens) && (officeTitles[x.lower[j]] || lowerTitles[x.lower[j]]) {
		j++ // "chief executive Officer", a title's words written with capitals
	}
	end, caps := j, 0
	for end < len(a.Tokens) && end < j+6 && a.Tokens[end].Sent == a.Tokens[i].Sent {
		w := a.Tokens[end].Text
		if capitalised(w) && a.Tokens[end].XPOS == "NNP" && x.gaz[end]&notPerson == 0 && !strings.HasSuffix(w, "'s") {
			caps++
			end++
			continue
		}
		if caps > 0 && nameParticle(x.words[end]) && end+1 < len(a.Tokens) && (capitalised(a.Tokens[end+1].Text) || nameParticle(x.words[end+1])) {
			end++
			continue
		}
		break
	}
	if caps < 2 || !capitalised(a.Tokens[end-1].Text) || end < len(a.Tokens) && capitalised(a.Tokens[end].Text) && a.Tokens[end].XPOS == "NNP" {
		return added
	}
	for _, sp := range spans {
		if sp.first < end && sp.last > j {
			return added // the model found something there
		}
	}
	if n := len(added); n > 0 && added[n-1].last > j {
		return added
	}
	return append(added, nerSpan{j, end, PERSON})
}

// familyNames makes a person of a two-word name the model typed otherwise
// whose second word is the surname of a person the document names in full,
// by a given name the name lists know ("Ivanka Trump", read as a place,
// beside "Donald Trump"), unless its
// first word is a title ("President Trump": the person is "Trump") or
// the name lists know it as the start of a place, a body or a company, or
// it opens places' names ("New York" beside "Eric York", "Fort Smith"),
// or its second word is one that ends bodies' or places' names ("Black
// Caucus").
func familyNames(x *nerDoc, spans []nerSpan) {
	var surname map[string]bool
	given := gazBit('M', 'U') | gazBit('F', 'U') | gazBit('M', 'B') | gazBit('F', 'B')
	for _, sp := range spans {
		if sp.typ == PERSON && sp.last-sp.first > 1 && x.gaz[sp.first]&given != 0 {
			if surname == nil {
				surname = map[string]bool{}
			}
			surname[x.words[sp.last-1]] = true
		}
	}
	if surname == nil {
		return
	}
	var listed uint64
	var heads uint64 // words that end bodies' and places' names ("Caucus")
	for _, c := range []byte("CSYRDIGPKLEHT") {
		listed |= gazBit(c, 'B') | gazBit(c, 'U')
	}
	for _, c := range []byte("HXLE") {
		heads |= gazBit(c, 'B') | gazBit(c, 'I') | gazBit(c, 'L') | gazBit(c, 'U')
	}
	for k := range spans {
		sp := &spans[k]
		if sp.typ == PERSON || sp.last-sp.first != 2 || !surname[x.words[sp.last-1]] || !capitalised(x.words[sp.first]) ||
			x.gaz[sp.first]&listed != 0 || placeOpeners[x.lower[sp.first]] || x.gaz[sp.last-1]&heads != 0 {
			continue
		}
		sp.typ = PERSON
	}
}

// countriesAsGivenNames makes a person of a place of two words whose first
// is a country's name and whose second is on no list and no common
// word ("Israel Katz", "Jordan Bardella", "Chad Smith"): no country's name
// runs on into a word that names no place, whereas given names are taken
// from countries' ("Mexico City" and "Guinea Bissau" end in a place's
// word the lists know).
func countriesAsGivenNames(x *nerDoc, spans []nerSpan) {
	country := gazBit('C', 'U') | gazBit('C', 'B')
	for k := range spans {
		sp := &spans[k]
		if sp.typ != "PLACE" || sp.last-sp.first != 2 || x.gaz[sp.first]&country == 0 {
			continue
		}
		w := sp.first + 1
		if !capitalised(x.words[w]) || x.gaz[w] != 0 || bodyNouns[x.lower[w]] || !nameWord(x, w) {
			continue
		}
		sp.typ = PERSON
	}
}

// surnamesBeforeSyllables joins to a person's span that is only a given
// name of two syllables joined by a hyphen, the second in lower case
// ("Ji-hoon", "Eun-young", as Korean names are romanised; or its first
// syllable alone, before syllableNames joins the second), the short
// capitalised word right before it that no span holds and that is no
// title: the surname, written first ("Park Ji-hoon"), which the model
// leaves out where the word is also a common noun or a place's.
func surnamesBeforeSyllables(a *Analysis, x *nerDoc, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		f, j := sp.first, sp.first-1
		if n := sp.last - f; sp.typ != PERSON || n != 1 && n != 3 || j < 0 || f+2 >= len(x.words) || !innerHyphen(a, f+1) || a.Tokens[j].Sent != a.Tokens[f].Sent || !a.Tokens[j].SpaceAfter {
			continue
		}
		if w := x.words[f+2]; len(w) > 5 || !isLowerASCII(w) || strings.ContainsAny(w, "-'") {
			continue
		}
		if k > 0 && spans[k-1].last > j {
			continue
		}
		if w := x.words[j]; len(w) < 2 || len(w) > 5 || !capitalised(w) || !isLowerASCII(w[1:]) || x.gaz[j]&titleAny != 0 || a.Tokens[j].XPOS != "NNP" {
			continue
		}
		sp.first = j
	}
}

// familyFirstSurnames types as a person's a one-word name of another
// type that is the surname written first of a person named in full with
// a given name of two syllables joined by a hyphen ("Park said KOMCA
// would publish…" after "Park Ji-hoon", with "Park" read as a place), as
// Korean names are romanised: the document takes the person up by it.
// Not a place the lists know.
func familyFirstSurnames(a *Analysis, x *nerDoc, spans []nerSpan) {
	var family map[string]bool
	for _, sp := range spans {
		w := x.words[sp.first]
		if len(w) < 2 || len(w) > 6 || !capitalised(w) || !isLowerASCII(w[1:]) {
			continue // a surname is a short word ("Park", "Kim"), not "U.N."
		}
		// "Park Ji-hoon", or "Park Ji" before the syllables are joined.
		if sp.typ == PERSON && (sp.last-sp.first == 4 && innerHyphen(a, sp.first+2) || sp.last-sp.first == 2 && sp.last+1 < len(a.Tokens) && innerHyphen(a, sp.last) && isLowerASCII(x.words[sp.last+1])) {
			if family == nil {
				family = map[string]bool{}
			}
			family[w] = true
		}
	}
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON && sp.last-sp.first == 1 && family[x.words[sp.first]] && !x.listedPlace(sp.first, sp.last) {
			sp.typ = PERSON
		}
	}
}

// syllableNamesAlone makes a person of a surname and a given name of two
// syllables joined by a hyphen, the second in lower case, where the model
// found no person in them ("According to Park Min-ho, a transport
// economist", with "Park" read as a place): a short capitalised word, then
// a capitalised syllable, a hyphen with no space and a lower-case syllable
// of at most five letters that the tagger reads as no verb or adjective,
// which no span holds but a one-word span of another kind over the
// surname (dropped). Not a title, nor a syllable that modifies a noun
// after it ("a Kim-era policy"). Spans stay in text order.
func syllableNamesAlone(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	short := func(w string) bool { return len(w) >= 2 && len(w) <= 6 && capitalised(w) && isLowerASCII(w[1:]) }
	covered := func(j int) int {
		for k, sp := range spans {
			if sp.first <= j && j < sp.last {
				return k
			}
		}
		return -1
	}
	gone := map[int]bool{}
	var added []nerSpan
	for g := 1; g+2 < len(x.words); g++ {
		f, s := g-1, g+2
		if !innerHyphen(a, g+1) || !short(x.words[g]) || !short(x.words[f]) || a.Tokens[f].Sent != a.Tokens[s].Sent || !a.Tokens[f].SpaceAfter {
			continue
		}
		if w := x.words[s]; len(w) > 5 || !isLowerASCII(w) || strings.ContainsAny(w, "-'") || a.Tokens[s].UPOS == "VERB" || a.Tokens[s].UPOS == "ADJ" {
			continue
		}
		if s+1 < len(a.Tokens) && a.Tokens[s+1].Sent == a.Tokens[s].Sent && a.Tokens[s+1].UPOS == "NOUN" {
			continue
		}
		if x.gaz[f]&titleAny != 0 || a.Tokens[f].XPOS != "NNP" || a.Tokens[g].XPOS != "NNP" {
			continue
		}
		if covered(g) >= 0 || covered(s) >= 0 {
			continue
		}
		if k := covered(f); k >= 0 {
			if sp := spans[k]; sp.typ == PERSON || sp.last-sp.first != 1 {
				continue
			}
			gone[k] = true
		}
		added = append(added, nerSpan{first: f, last: s + 1, typ: PERSON})
	}
	if len(added) == 0 {
		return spans
	}
	return mergeSpans(dropSpans(spans, gone), added)
}

// namesBesideTitles makes a person of a name of two or three capitalised
// words set off by commas right after the title of an office and its
// field ("Tonga's Minister of Fisheries, Meleane Tu'ipulotu, said…"),
// which the model typed otherwise or left out: the title set beside it
// says whose name it is. Not a name the lists know as a place, nor one
// that ends in an institution's word. Spans stay in text order.
func namesBesideTitles(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var added []nerSpan
	k := 0
	for c := 1; c+3 < len(a.Tokens); c++ {
		if a.Tokens[c].Text != "," || !titleBefore(a, x, c) {
			continue
		}
		end := c + 1
		for end < len(a.Tokens) && end <= c+3 && a.Tokens[end].Sent == a.Tokens[c].Sent && a.Tokens[end].XPOS == "NNP" && capitalised(x.words[end]) {
			end++
		}
		if n := end - c - 1; n < 2 || n > 3 || end >= len(a.Tokens) || a.Tokens[end].Text != "," ||
			x.listedPlace(c+1, end) || x.institutionWord(end-1) {
			continue
		}
		for k < len(spans) && spans[k].last <= c+1 {
			k++
		}
		switch {
		case k < len(spans) && spans[k].first == c+1 && spans[k].last == end:
			spans[k].typ = PERSON
		case k < len(spans) && spans[k].first < end:
			// the model found something else there
		default:
			added = append(added, nerSpan{c + 1, end, PERSON})
		}
	}
	return mergeSpans(spans, added)
}

// titleBefore reports whether the title of an office, with its field
// after it ("Minister of Fisheries", "Secretary for Trade and
// Industry"), ends right before token c.
func titleBefore(a *Analysis, x *nerDoc, c int) bool {
	for i := c - 1; i >= 0 && i >= c-5 && a.Tokens[i].Sent == a.Tokens[c].Sent; i-- {
		if officeTitles[x.lower[i]] && capitalised(x.words[i]) {
			return true
		}
		if !capitalised(x.words[i]) && x.lower[i] != "of" && x.lower[i] != "for" && x.lower[i] != "and" {
			return false
		}
	}
	return false
}

// ageAfter reports whether an age set off after a name starts at token j:
// a whole number from 1 to 119 and a comma ("44,"), or "a 44-year-old"
// (the number, "year" and "old" joined by hyphens).
func ageAfter(a *Analysis, j int) bool {
	age := func(w string) bool {
		// Digits only, read without strconv's error values.
		if w == "" || len(w) > 3 {
			return false
		}
		n := 0
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
			n = n*10 + int(w[i]-'0')
		}
		return n >= 1 && n <= 119
	}
	if j+1 < len(a.Tokens) && age(a.Tokens[j].Text) && a.Tokens[j+1].Text == "," {
		return true
	}
	if j+5 >= len(a.Tokens) || !EqualFoldLower(a.Tokens[j].Text, "a") && !EqualFoldLower(a.Tokens[j].Text, "an") {
		return false
	}
	return age(a.Tokens[j+1].Text) && a.Tokens[j+2].Text == "-" && EqualFoldLower(a.Tokens[j+3].Text, "year") && a.Tokens[j+4].Text == "-" && EqualFoldLower(a.Tokens[j+5].Text, "old")
}

// dropPostNominals ends a person's span before the post-nominal letters
// that close it ("Tomas Crellin MHK", "Jane Ross MSP"), which are not
// part of the name; a generation ("Jr.") is.
func dropPostNominals(a *Analysis, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		for sp.typ == PERSON && sp.last-sp.first > 2 {
			w := a.Tokens[sp.last-1].Text
			if !postNominalLetters[w] || nameSuffix(w) {
				break
			}
			sp.last--
		}
	}
}
