package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// modified reports whether noun i has a modifier that narrows it ("the
// German exchange", "the union's leaders"), beyond determiners and numbers.
func (t *tree) modified(i int) bool {
	for _, c := range t.children(i) {
		switch t.a.Tokens[c].Rel {
		case "amod", "compound", "nmod:poss", "nmod", "acl", "acl:relcl", "flat", "appos":
			return true
		}
	}
	return false
}

// hasChildWord reports whether token i has a dependent written w (any case).
func (t *tree) hasChildWord(i int, w string) bool {
	for _, c := range t.children(i) {
		if strings.EqualFold(t.a.Tokens[c].Text, w) {
			return true
		}
	}
	return false
}

// hasOblLemma reports whether verb i has an oblique whose lemma is l
// ("on the table").
func (t *tree) hasOblLemma(i int, l string) bool {
	for _, c := range t.children(i) {
		if strings.HasPrefix(t.a.Tokens[c].Rel, "obl") && t.a.Tokens[c].Lemma == l {
			return true
		}
	}
	return false
}

// isPassive reports whether verb i is passive ("was offered").
func (t *tree) isPassive(i int) bool {
	return t.child(i, "aux:pass", "nsubj:pass") >= 0
}

// negated reports whether predicate i is negated ("did not offer", "will
// never meet").
func (t *tree) negated(i int) bool {
	var buf [lowerBufLen]byte // a word's lower case, on the stack when short
	for _, c := range t.children(i) {
		switch string(lowerBytes(buf[:0], t.a.Tokens[c].Text)) {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}

// possessor returns who owns noun i: its possessive ("Deutsche Boerse's
// offer", "its bid") or its "by"/"from" phrase ("an offer from Deutsche
// Boerse"), or -1.
func (t *tree) possessor(i int) int {
	if p := t.child(i, "nmod:poss"); p >= 0 {
		return p
	}
	for _, c := range t.children(i) {
		if r := t.a.Tokens[c].Rel; r == "nmod" || r == "nmod:agent" {
			cs := t.child(int(c), "case")
			if l := int(t.left[c]); cs < 0 && t.a.Tokens[l].UPOS == "ADP" {
				// "from rival Kestrel Resources" with "from" hung on
				// the word before the name: the phrase's first word.
				cs = l
			}
			if cs >= 0 {
				switch strings.ToLower(t.a.Tokens[cs].Text) {
				case "by", "from":
					return int(c)
				}
			}
		}
	}
	return -1
}

// quotedIn reports whether any token of [lo, hi] is quoted.
func (t *tree) quotedIn(lo, hi int) bool {
	for j := lo; j <= hi; j++ {
		if t.quoted[j] {
			return true
		}
	}
	return false
}

// inClause reports whether token j belongs to the clause headed by i:
// walking up from j reaches i without entering a clause of its own (a
// complement, adverbial or relative clause, a participle phrase, a
// parenthetical, or a coordinated verb). A participle of scheduling is
// part of the clause it qualifies: "a strike earmarked for 23 March".
func (t *tree) inClause(j, i int) bool {
	a := t.a
	for steps := 0; j >= 0 && steps < 40; steps++ {
		if j == i {
			return true
		}
		switch r := a.Tokens[j].Rel; {
		case r == "acl" || strings.HasPrefix(r, "advcl"):
			if !scheduleLemma(a.Tokens[j].Lemma) || commitLemma(a.Tokens[j].Lemma) {
				return false
			}
		case r == "ccomp", r == "acl:relcl", r == "parataxis", strings.HasPrefix(r, "csubj"),
			r == "conj" && (a.Tokens[j].UPOS == "VERB" || a.Tokens[j].UPOS == "AUX"):
			return false
		}
		j = a.Tokens[j].Head
	}
	return false
}

// timeOf reports whether the date at token j says when the clause headed
// by i happens: it hangs from i as an adverbial ("next week", "on
// Thursday", "later in January", "earmarked for 23 March"), not inside one
// of its noun phrases ("Friday's agreement", "the budget for 2007-13").
func (t *tree) timeOf(j, i int) bool {
	a := t.a
	if !t.inClause(j, i) {
		return false
	}
	if r := a.Tokens[j].Rel; (r == "obl" || r == "nmod") && a.Tokens[j].Head >= 0 && a.Tokens[a.Tokens[j].Head].UPOS == "PROPN" && a.Tokens[a.Tokens[j].Head].Rel == "appos" {
		// A date hung from a name set beside its noun ("meet at the
		// mediation office Brevik on Monday"): a name has no date of
		// its own; the parser's slip, and still the clause's time.
		return true
	}
	nmods := 0
	for steps := 0; j != i; steps++ {
		if steps > 3 {
			return false
		}
		switch r := a.Tokens[j].Rel; {
		case r == "nmod:poss", r == "compound", r == "amod", r == "appos":
			return false
		case r == "nmod":
			// "later in January" holds one; "the meeting since the bid
			// approach in December" two.
			if nmods++; nmods > 1 {
				return false
			}
		case (r == "obj" || r == "iobj") && steps > 0 && a.Tokens[j].UPOS == "NOUN" && t.personNoun(j):
			// "brief EU ambassadors on Wednesday": people have no date
			// of their own; the parser's slip, as with a name.
		case (r == "obj" || r == "iobj" || strings.HasPrefix(r, "nsubj")) && steps > 0 && a.Tokens[j].UPOS == "NOUN":
			// A date inside an argument ("the budget for 2007-13"); the
			// date itself read as an object ("continue next week"), or
			// hung from a person ("meeting Ms Furse on Thursday"), is the
			// parser's slip, and still the clause's time.
			return false
		}
		j = a.Tokens[j].Head
	}
	return true
}

// personNoun reports whether common noun j names people ("ambassadors",
// "reporters", "the leaders").
func (t *tree) personNoun(j int) bool {
	l := strings.ToLower(t.a.Tokens[j].Lemma)
	return peopleNouns[l] || roleHeads[l] || lowerIn(groupNouns, t.a.Tokens[j].Text) || t.nounClass != nil && t.nounClass(l) == nlp.NounPerson
}

// placeCase reports whether the place entity [first, last) follows "in"
// or "at" ("talks in Geneva", "at the summit in Hong Kong").
func (t *tree) placeCase(first, last int) bool {
	a := t.a
	h := last - 1
	for k := first; k < last; k++ {
		if hd := a.Tokens[k].Head; hd < first || hd >= last {
			h = k
			break
		}
	}
	if c := t.child(h, "case"); c >= 0 {
		w := strings.ToLower(a.Tokens[c].Text)
		return w == "in" || w == "at"
	}
	if first > 0 {
		w := strings.ToLower(a.Tokens[first-1].Text)
		if w == "the" && first > 1 {
			w = strings.ToLower(a.Tokens[first-2].Text)
		}
		return w == "in" || w == "at"
	}
	return false
}
