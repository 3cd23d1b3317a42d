package nlp

import "strings"

// Run-time repairs of the trees, applied by Parse after each sentence is
// parsed, where the parser's reading is one English rules out: a
// predicate read as a noun, a fronted subject, a name after a noun, a
// clause after a preposition, "according to" and the like.

// accordingTo mends "…, according to an Israeli official" read with the
// source hung from a noun before it (in apposition to "Tuesday"), or made
// a subject of the clause: "according to" introduces the source of the
// whole clause, an oblique of its verb.
// first is the index of toks[0] in the analysis.
func accordingTo(toks []Token, first int) {
	for i := 0; i+2 < len(toks); i++ {
		if !EqualFoldLower(toks[i].Text, "according") || !EqualFoldLower(toks[i+1].Text, "to") {
			continue
		}
		n := toks[i].Head - first
		if n <= i+1 || n >= len(toks) || toks[i].Rel != "case" {
			continue
		}
		if strings.HasPrefix(toks[n].Rel, "nsubj") {
			// "According to Amara Diallo, …, the deal is…" read with
			// the source as a second subject: a noun with a
			// preposition is no subject, but the clause's oblique.
			toks[n].Rel = "obl"
			continue
		}
		if toks[n].Rel != "appos" && toks[n].Rel != "nmod" {
			continue
		}
		// The verb of the clause the noun was hung inside, or the
		// sentence's root where the tagger left it none ("The deal
		// values Lemaire at 84 euros a share, … on Friday, according to
		// a statement" with "values" read as a noun).
		v := toks[n].Head - first
		for k := 0; k < 8 && v >= 0 && v < len(toks) && toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" && toks[v].Head >= 0; k++ {
			v = toks[v].Head - first
		}
		if v < 0 || v >= len(toks) || v == n || dominates(toks, n, v, first) {
			continue
		}
		toks[n].Head, toks[n].Rel = first+v, "obl"
	}
}

// setOffSubjects mends a noun phrase set off by commas right after a
// noun, read as one more subject of a verb that has its own subject after
// it ("According to Amara Diallo, policy director at the Climate Justice
// Coalition, an alliance of 300 groups, the deal is…"): a verb has one
// subject, and a phrase between commas after a noun is that noun's
// apposition. first is the index of toks[0] in the analysis.
func setOffSubjects(toks []Token, first int) {
	for n := 2; n < len(toks); n++ {
		t := &toks[n]
		v := subjectVerb(toks, n, first)
		if v < 0 {
			continue
		}
		later := false
		for m := n + 1; m < v; m++ {
			if toks[m].Head == t.Head && strings.HasPrefix(toks[m].Rel, "nsubj") {
				later = true
				break
			}
		}
		if !later {
			continue
		}
		l, r := n, n
		for k := 0; k < len(toks); k++ {
			if k != n && toks[k].UPOS != "PUNCT" && dominates(toks, n, k, first) {
				l, r = min(l, k), max(r, k)
			}
		}
		if l < 2 || r+1 >= len(toks) || toks[l-1].Text != "," || toks[r+1].Text != "," {
			continue
		}
		p := l - 2
		if u := toks[p].UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		// The head of the phrase the noun before ends.
		for k := 0; k < 4; k++ {
			h := toks[p].Head - first
			if h <= p || h >= l-1 || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
				break
			}
			p = h
		}
		if dominates(toks, n, p, first) {
			continue
		}
		t.Head, t.Rel = first+p, "appos"
	}
}

// clausesAfterPrepositions mends "after the company confirmed it had…"
// read with "the company" as an oblique of "confirmed" under "after": a
// finite verb with no subject, right after a noun the parser hung from it
// through "after", "before", "since", "until" or "once", takes the noun as
// its subject and the preposition as the mark of its clause (an adverbial
// clause, not a complement). first is the index of toks[0] in the
// analysis.
func clausesAfterPrepositions(toks []Token, first int) {
	for v := 1; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" {
			continue
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		n := v - 1
		if toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		// Or the noun hung from a noun before it ("walked out of a
		// meeting after a company representative described…", read
		// with "representative" a modifier of "meeting" and
		// "described" a complement of "walked").
		if hung := toks[n].Head == first+v && toks[n].Rel == "obl"; !hung {
			h := toks[n].Head - first
			if toks[n].Rel != "nmod" || h < 0 || h >= n || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" || t.Head < first || t.Head-first >= n {
				continue
			}
		}
		c, subj := -1, false
		for j := range toks {
			switch {
			case toks[j].Head == first+n && toks[j].Rel == "case" && j < n:
				c = j
			case toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "expl"):
				subj = true
			}
		}
		if c < 0 || subj {
			continue
		}
		switch strings.ToLower(toks[c].Text) {
		case "after", "before", "since", "until", "once":
		default:
			continue
		}
		toks[n].Head, toks[n].Rel = first+v, "nsubj"
		toks[c].Head, toks[c].Rel = first+v, "mark"
		if t.Rel == "ccomp" || t.Rel == "xcomp" {
			t.Rel = "advcl" // a clause of time, not what is said
		}
	}
}

// postNominalLetters are the letters written after a person's name, set
// off by commas ("Tom Molomby, SC,", "Jane Hall, MP,"): honours, ranks at
// the bar, degrees, professional registrations ("Deb Kowalczyk, RN,"),
// seats and generations.
var postNominalLetters = map[string]bool{
	"QC": true, "KC": true, "SC": true, "MP": true, "MSP": true, "MLA": true, "MEP": true, "TD": true,
	"MHK": true, "MHA": true, "MHR": true, "MNA": true, "MPP": true,
	"OBE": true, "CBE": true, "MBE": true, "KBE": true, "DBE": true, "CMG": true, "KCMG": true, "FRS": true,
	"PhD": true, "MD": true, "MBA": true, "DDS": true, "RN": true, "LPN": true, "CPA": true,
	"Jr": true, "Jr.": true, "Sr": true, "Sr.": true, "Esq": true, "Esq.": true,
}

// nameSuffix reports whether post-nominal letters are part of the name
// they follow: a generation ("Jr.") or "Esq.", not an office or an honour.
func nameSuffix(w string) bool {
	switch w {
	case "Jr", "Jr.", "Sr", "Sr.", "Esq", "Esq.":
		return true
	}
	return false
}

// PostNominal reports whether w is letters written after a person's name
// ("QC", "MP", "OBE", "Jr."), not a name of its own.
func PostNominal(w string) bool { return postNominalLetters[w] }

// namesAfterNouns mends a name the parser hung by "flat" from the common
// noun right before it ("Conservation group Ocean Futures Nordic said",
// "carmaker Toyota"): "flat" joins the words of one name, so the name is
// the noun's apposition, its first word the head of the rest. first is
// the index of toks[0] in the analysis.
func namesAfterNouns(toks []Token, first int) {
	for i := 1; i < len(toks); i++ {
		n := i - 1
		if toks[i].Rel != "flat" || toks[i].UPOS != "PROPN" || toks[n].UPOS != "NOUN" || toks[i].Head != first+n {
			continue
		}
		toks[i].Rel = "appos"
		for j := i + 1; j < len(toks) && toks[j].UPOS == "PROPN" && toks[j].Head == first+n && toks[j].Rel == "flat"; j++ {
			toks[j].Head = first + i
		}
	}
}

// postNominals mends a name's post-nominal letters set off by commas,
// which the parser reads as a name of its own ("Mark Tedeschi, QC," as two
// conjuncts): they hang from the name in apposition, and a finite verb
// right after them with no subject takes the name as its subject ("Tom
// Molomby, SC, said…", read with the name as the object of an opening
// participle). first is the index of toks[0] in the analysis.
func postNominals(toks []Token, first int) {
	for i := 1; i < len(toks); i++ {
		// Right after the name with no comma ("Tomas Crellin MHK
		// said"), read as a word of the name: set beside it.
		if toks[i].Rel == "flat" && toks[i-1].UPOS == "PROPN" && postNominalLetters[toks[i].Text] && !nameSuffix(toks[i].Text) {
			toks[i].Rel = "appos"
			continue
		}
		// The comma and the name before the look-up, which most words
		// need not reach.
		if i < 2 || toks[i-1].Text != "," || toks[i-2].UPOS != "PROPN" || !postNominalLetters[toks[i].Text] {
			continue
		}
		name := i - 2
		if toks[name].Rel == "flat" && toks[name].Head-first >= 0 && toks[name].Head-first < name {
			name = toks[name].Head - first
		}
		toks[i].Head, toks[i].Rel = first+name, "appos"
		v := i + 2
		if v >= len(toks) || toks[i+1].Text != "," || toks[v].UPOS != "VERB" || strings.HasPrefix(toks[name].Rel, "nsubj") {
			continue
		}
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if !hasSubject(toks, v, first) && !dominates(toks, name, v, first) {
			toks[name].Head, toks[name].Rel = first+v, "nsubj"
		}
	}
}

// frontedSubjects mends "In a letter in May, Zippy Duvall, the president
// of the Farm Bureau, said…" (or "At the hospital, Halyna Rudenko, 58,
// holds…") read with the name in apposition to a noun of
// the opening phrase and the verb left with no subject: a finite verb
// with no subject, right after a comma, whose opening phrase holds a proper
// noun set off by a comma and hung as an apposition, takes that name as
// its subject, with the description set off after the name (if any) in
// apposition to it; not after a quotation, which the engine credits on
// its own. A name right before the verb and its auxiliaries, set off by a
// comma before it and hung anywhere under the verb but as a subject ("On
// Kadavu, the island where the coral came from, Mere Tawake has
// fished…", the name an oblique of "came"), takes the verb too. first is
// the index of toks[0] in the analysis.
func frontedSubjects(toks []Token, first int) {
	var subj []bool // which tokens have a subject, filled at the first candidate
	for v := 2; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" {
			continue
		}
		// The verb's group: the verb and its auxiliaries right before it.
		// The name may stand right before the group ("On Kadavu, Seini
		// Rabuka has fished…") instead of set off before the verb.
		vs := v
		for vs > 2 && toks[vs-1].UPOS == "AUX" && toks[vs-1].Head == first+v {
			vs--
		}
		adjacent := toks[vs-1].UPOS == "PROPN" && toks[vs-1].Rel != "compound" && toks[vs-1].Rel != "flat" && !strings.HasPrefix(toks[vs-1].Rel, "nsubj")
		if !adjacent && toks[v-1].Text != "," {
			continue
		}
		switch toks[vs].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		if subj == nil && !adjacent {
			subj = make([]bool, len(toks))
			for j := range toks {
				if h := toks[j].Head - first; h >= 0 && h < len(toks) && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "expl") {
					subj[h] = true
				}
			}
		}
		if subj != nil && subj[v] || adjacent && hasSubject(toks, v, first) {
			continue
		}
		// The name: the last proper noun in apposition before the verb
		// (within 40 words) whose head comes before it and hangs, through
		// the opening phrase, from the verb; set off by a comma before it.
		name := -1
		from := v - 2
		if adjacent {
			from = vs - 1
		}
		for n := from; n > 0 && n >= v-40; n-- {
			tk := &toks[n]
			if tk.UPOS != "PROPN" || tk.Rel != "appos" && !(adjacent && n == vs-1) && !setOffConjunct(toks, n, v, first) || tk.Head < 0 || tk.Head-first >= n {
				continue
			}
			// The name's words before its head ("Halyna Rudenko" with
			// "Halyna" a compound of "Rudenko").
			s := n
			for s > 1 && toks[s-1].UPOS == "PROPN" && toks[s-1].Head == first+n && (toks[s-1].Rel == "compound" || toks[s-1].Rel == "flat") {
				s--
			}
			if toks[s-1].Text != "," {
				if adjacent {
					break
				}
				continue
			}
			if dominates(toks, v, tk.Head-first, first) {
				name = n
			}
			break
		}
		if name < 0 || quoteBefore(toks, name) {
			continue // "“…,” a spokesman, Tom Reyes, said": the credit of a quotation
		}
		// What lies between the name and the verb: the name's own words,
		// then nothing or ", description ,". A last word the parser hung
		// with the name from the noun before ("Goma, Furaha Kahindo
		// Masika" as "Goma" and "Masika" flat) is the name's.
		end := name + 1
		for end < v && toks[end].Rel == "flat" && toks[end].UPOS == "PROPN" && (toks[end].Head == first+name || toks[end].Head == toks[name].Head) {
			end++
		}
		role := -1
		if adjacent && end != vs {
			continue
		}
		if end+3 == v && toks[end].Text == "," && toks[end+1].UPOS == "NUM" && toks[end+2].Text == "," {
			// "Halyna Rudenko, 58, holds…": the age, set off.
			end = v - 1
		}
		if !adjacent && end < v-1 {
			if toks[end].Text != "," {
				continue
			}
			for r := end + 1; r < v-1; r++ {
				if toks[r].Rel == "appos" && toks[r].UPOS == "NOUN" && (toks[r].Head < first+end || toks[r].Head >= first+v) {
					role = r
					break
				}
			}
			if role < 0 {
				continue
			}
		}
		for k := name + 1; k < end; k++ {
			toks[k].Head = first + name
		}
		toks[name].Head, toks[name].Rel = first+v, "nsubj"
		if subj != nil {
			subj[v] = true
		}
		if role >= 0 {
			toks[role].Head = first + name
		}
	}
}

// setOffConjunct reports whether token n is a conjunct set off by a comma
// with no word of coordination, and no later conjunct of its head has one,
// coordinated with a noun of an opening phrase of verb v (an oblique or an
// adverbial of it): a name the parser coordinated so ("In the camp outside
// Goma, Furaha Kahindo Masika, a mother of five, said…"), not one of a
// list ("talks with France, Germany and Italy") nor of a subject ("and
// European Union ambassador to the WTO, Marco Ferrante, said…"). first is
// the index of toks[0] in the analysis.
func setOffConjunct(toks []Token, n, v, first int) bool {
	if toks[n].Rel != "conj" {
		return false
	}
	top := toks[n].Head - first
	for steps := 0; top >= 0 && top < len(toks) && toks[top].Head != first+v; steps++ {
		if steps > len(toks) {
			return false
		}
		top = toks[top].Head - first
	}
	if top < 0 || top >= len(toks) {
		return false
	}
	switch r := toks[top].Rel; {
	case strings.HasPrefix(r, "obl"), r == "advmod", r == "advcl", r == "nmod:tmod":
	default:
		return false
	}
	for j := range toks {
		switch {
		case toks[j].Head == first+n && toks[j].Rel == "cc":
			return false
		case j > n && toks[j].Head == toks[n].Head && toks[j].Rel == "conj":
			return false
		}
	}
	return true
}

// quoteBefore reports whether a quotation mark comes before token i.
func quoteBefore(toks []Token, i int) bool {
	for j := 0; j < i; j++ {
		switch toks[j].Text {
		case "“", "”", "\"", "«", "»", "„", "``", "''":
			return true
		}
	}
	return false
}

// dominates reports whether token v is an ancestor of token d (indexes in
// toks) within the sentence, at most 40 steps up.
func dominates(toks []Token, v, d, first int) bool {
	for k := 0; d >= 0 && d < len(toks) && k < 40; k++ {
		if d == v {
			return true
		}
		h := toks[d].Head
		if h < 0 {
			return false
		}
		d = h - first
	}
	return false
}

// hasSubject reports whether verb v has a subject: a nominal one
// (active or passive) or an expletive. first is the index of toks[0] in
// the analysis.
func hasSubject(toks []Token, v, first int) bool {
	for j := range toks {
		if toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "expl") {
			return true
		}
	}
	return false
}

// firstComma returns the index of the first comma in toks[from:to], or -1.
func firstComma(toks []Token, from, to int) int {
	for k := from; k < to; k++ {
		if toks[k].Text == "," {
			return k
		}
	}
	return -1
}

// spanUnder reports whether every token in [from, to) is in the subtree
// of token h: the words between are h's own phrase. first is the index
// of toks[0] in the analysis.
func spanUnder(toks []Token, h, from, to, first int) bool {
	for k := from; k < to; k++ {
		if !dominates(toks, h, k, first) {
			return false
		}
	}
	return true
}

// particleNoun returns the noun the tagger took a verb for, where a
// particle hangs from it ("the general set out Luanda's red line", "the
// company set up a new unit"): a noun right before the particle, with a
// determiner and an adjective or a noun before it, that the tree makes
// the subject of a noun or a proper noun after the particle; or -1. Only verbs take
// a particle (compound:prt), so the word before it is the verb and the
// adjective the subject's noun. first is the index of toks[0] in the
// analysis.
func particleNoun(toks []Token, first int) int {
	for k := 3; k < len(toks); k++ {
		p := &toks[k]
		n := k - 1
		if p.Rel != "compound:prt" || p.XPOS != "RP" || p.Head != first+n {
			continue
		}
		t := &toks[n]
		if t.UPOS != "NOUN" || t.Rel != "nsubj" || t.Head-first <= k || t.Head-first >= len(toks) {
			continue
		}
		if h := toks[t.Head-first].UPOS; h != "NOUN" && h != "PROPN" {
			continue
		}
		// The subject's noun: a modifier of the word ("the general
		// set"), or a second subject of the same noun ("the company
		// set up a new unit" read as two subjects of "unit").
		m := &toks[n-1]
		if m.Head == first+n && (m.UPOS != "ADJ" || m.Rel != "amod") && (m.UPOS != "NOUN" || m.Rel != "compound") ||
			m.Head != first+n && (m.Head != t.Head || m.Rel != "nsubj" || m.UPOS != "NOUN") {
			continue
		}
		if d := &toks[n-2]; d.UPOS != "DET" || d.Head != first+n && d.Head != first+n-1 {
			continue
		}
		return n
	}
	return -1
}

// predicateNouns re-tags as verbs the nouns the tree uses as verbs: a
// bare noun with a subject, no copula and a clause, object or "to"
// complement of its own ("Clinton plans to call…", "the center estimates
// that…") is the verb the tagger took for a plural or singular noun.
// first is the index of toks[0] in the analysis.
func predicateNouns(toks []Token, first int) {
	for i := range toks {
		t := &toks[i]
		if (t.XPOS == "NNS" || t.XPOS == "NN") && t.UPOS == "NOUN" && usedAsVerb(toks, i, first) {
			t.UPOS = "VERB"
			if t.XPOS == "NNS" {
				t.XPOS = "VBZ"
			} else {
				t.XPOS = "VBP"
			}
		}
	}
	predicateCompounds(toks, first)
}

// usedAsVerb reports whether the tree gives noun i a subject before it and
// a clause, object or "to" complement after it, and nothing only a noun
// takes: a copula, a determiner, an owner, an adjective, a preposition, a
// number or a compound. A subject after the noun ("plans the company
// announced") is left alone: questions and inversions.
func usedAsVerb(toks []Token, i, first int) bool {
	subj, comp := false, false
	for j := range toks {
		if toks[j].Head != first+i {
			continue
		}
		switch toks[j].Rel {
		case "nsubj":
			subj = subj || j < i
		case "xcomp", "ccomp", "obj":
			comp = comp || j > i
		case "cop", "det", "nmod:poss", "amod", "case", "nummod", "compound":
			return false
		}
	}
	return subj && comp
}

// predicateCompounds mends "The company estimates that the strike will…"
// read as one noun phrase: a plural noun heading the sentence, with a
// noun compound before it and a clause opened by "that" right after it, is
// the verb (VBZ), the compound its subject and the clause its complement.
func predicateCompounds(toks []Token, first int) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.UPOS != "NOUN" || t.XPOS != "NNS" || t.Rel != "root" || !EqualFoldLower(toks[i+1].Text, "that") {
			continue
		}
		c := &toks[i-1]
		if c.Head != first+i || c.Rel != "compound" || c.UPOS != "NOUN" && c.UPOS != "PROPN" {
			continue
		}
		clause := -1
		for j := i + 2; j < len(toks); j++ {
			if toks[j].Head == first+i && (toks[j].Rel == "acl:relcl" || toks[j].Rel == "acl") && toks[i+1].Head == first+j {
				clause = j
				break
			}
		}
		if clause < 0 {
			continue
		}
		t.UPOS, t.XPOS = "VERB", "VBZ"
		c.Rel = "nsubj"
		for k := i - 2; k >= 0 && toks[k].Head == first+i && (toks[k].Rel == "det" || toks[k].Rel == "amod" || toks[k].Rel == "compound"); k-- {
			toks[k].Head = first + i - 1 // "The | company": the subject's own words
		}
		toks[clause].Rel = "ccomp"
		toks[i+1].UPOS, toks[i+1].XPOS, toks[i+1].Rel = "SCONJ", "IN", "mark"
	}
}

// adjectivesBeforeVerbs mends "A union official familiar with the
// strategy told DW that…" read as an adjective clause ("with the strategy
// told DW", as in "with the talks over"): an adjective with a subject and
// no copula, whose adverbial clause is a finite verb marked by the
// adjective's own preposition and whose subject lies between the two,
// is the noun's modifier ("official familiar with the strategy"), and the
// verb is the sentence's, with the noun as its subject. An adjective with
// a subject of its own read as a verb's subject is mended the same way.
// first is the index of toks[0] in the analysis.
func adjectivesBeforeVerbs(toks []Token, first int) {
	for h := 1; h < len(toks); h++ {
		v := toks[h].Head - first
		if toks[h].UPOS != "ADJ" || toks[h].Rel != "nsubj" || v <= h || v >= len(toks) || toks[v].UPOS != "VERB" {
			continue
		}
		s, cop := adjectiveSubject(toks, first, h)
		if s < 0 || cop || toks[s].UPOS != "NOUN" && toks[s].UPOS != "PROPN" {
			continue
		}
		toks[s].Head, toks[s].Rel = first+v, "nsubj"
		toks[h].Head, toks[h].Rel = first+s, "amod"
	}
	for v := 2; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || t.Rel != "advcl" {
			continue
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		h := t.Head - first
		if h < 0 || h >= v || toks[h].UPOS != "ADJ" {
			continue
		}
		s, cop := adjectiveSubject(toks, first, h)
		mark, n := -1, -1
		for j := range toks {
			switch {
			case toks[j].Head == first+v && toks[j].Rel == "mark" && j == h+1 && toks[j].UPOS == "ADP":
				mark = j
			case toks[j].Head == first+v && toks[j].Rel == "nsubj" && j > h && j < v:
				n = j
			}
		}
		if s < 0 || cop || mark < 0 || n < 0 || toks[s].UPOS != "NOUN" && toks[s].UPOS != "PROPN" && toks[s].UPOS != "PRON" {
			continue
		}
		t.Head, t.Rel = toks[h].Head, toks[h].Rel
		toks[s].Head, toks[s].Rel = first+v, "nsubj"
		toks[h].Head, toks[h].Rel = first+s, "amod"
		toks[n].Head, toks[n].Rel = first+h, "obl"
		toks[mark].Head, toks[mark].Rel = first+n, "case"
		// The rest of the adjective's dependents after the verb (the
		// sentence's full stop) are the verb's now.
		for j := v + 1; j < len(toks); j++ {
			if toks[j].Head == first+h {
				toks[j].Head = first + v
			}
		}
	}
}

// adjectiveSubject returns the subject before the adjective at h (-1 if
// none) and whether a copula or an auxiliary hangs from it.
func adjectiveSubject(toks []Token, first, h int) (s int, cop bool) {
	s = -1
	for j := range toks {
		switch {
		case toks[j].Head == first+h && strings.HasPrefix(toks[j].Rel, "nsubj") && j < h:
			s = j
		case toks[j].Head == first+h && (toks[j].Rel == "cop" || toks[j].Rel == "aux"):
			cop = true
		}
	}
	return s, cop
}

// modalNouns mends a word the tagger read as a noun though a modal hangs
// from it as its auxiliary and it has a subject ("How much would the
// demands cost?", "talks could stall"): a noun takes no modal but as a
// predicate ("would be a shame", with its copula or determiner), so the
// word is the verb's base form. first is the index of toks[0] in the analysis.
func modalNouns(toks []Token, first int) {
	for h := range toks {
		t := &toks[h]
		if t.UPOS != "NOUN" || t.XPOS != "NN" {
			continue
		}
		modal, subj, cop := false, false, false
		for j := range toks {
			if toks[j].Head != first+h {
				continue
			}
			switch {
			case toks[j].Rel == "aux" && toks[j].XPOS == "MD" && j < h:
				modal = true
			case strings.HasPrefix(toks[j].Rel, "nsubj") && j < h:
				subj = true
			case toks[j].Rel == "cop" || toks[j].Rel == "det" || toks[j].Rel == "case":
				cop = true // "would be a shame", "could be the deal"
			}
		}
		if modal && subj && !cop {
			t.UPOS, t.XPOS = "VERB", "VB"
		}
	}
}

// appositionsOnCommas mends an apposition the parser hung from the comma
// that sets it off ("Its chair, | Tevita Fifita of Tonga, said…", "The
// operator, | PT Samudra Bitung Terminal, had raised…"): punctuation
// heads nothing, and the phrase is in apposition to the noun the comma
// follows. first is the index of toks[0] in the analysis.
func appositionsOnCommas(toks []Token, first int) {
	for n := 1; n < len(toks); n++ {
		t := &toks[n]
		if t.Rel != "appos" || t.UPOS == "PUNCT" {
			continue
		}
		c := t.Head - first
		if c < 1 || c >= n || toks[c].Text != "," {
			continue
		}
		p := toks[c].Head - first
		if p < 0 || p >= c || p >= len(toks) {
			continue
		}
		if u := toks[p].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
			continue
		}
		t.Head = first + p
	}
}

// possessedVocatives mends a noun with a determiner or a possessor read as
// a vocative of the verb after it ("Its chairwoman, Ingrid Mulder-Baas,
// was more cautious"): a vocative is a bare name or title ("Thanks,
// Devin"), so a verb without a subject has it as its subject. first is
// the index of toks[0] in the analysis.
func possessedVocatives(toks []Token, first int) {
	for n := range toks {
		t := &toks[n]
		if t.Rel != "vocative" || t.UPOS != "NOUN" {
			continue
		}
		v := t.Head - first
		if v <= n || v >= len(toks) {
			continue
		}
		owned, subject, passive := false, false, false
		for k := range toks {
			switch h := toks[k].Head - first; {
			case h == n && (toks[k].Rel == "det" || toks[k].Rel == "nmod:poss") && k < n:
				owned = true
			case h == v && strings.HasPrefix(toks[k].Rel, "nsubj"), h == v && toks[k].Rel == "csubj":
				subject = true
			case h == v && toks[k].Rel == "aux:pass":
				passive = true
			}
		}
		if !owned || subject {
			continue
		}
		t.Rel = "nsubj"
		if passive {
			t.Rel = "nsubj:pass"
		}
	}
}

// subjectVerb returns the verb after it that noun n is the subject of
// ("nsubj"), or -1. first is the index of toks[0] in the analysis.
func subjectVerb(toks []Token, n, first int) int {
	t := &toks[n]
	if t.Rel != "nsubj" || t.UPOS != "NOUN" && t.UPOS != "PROPN" {
		return -1
	}
	if v := t.Head - first; v > n && v < len(toks) {
		return v
	}
	return -1
}

// casedSubjects mends a second subject that follows a preposition
// ("Mathilde Vu | of the Norwegian Refugee Council said…" read with
// "Council" as a second subject of "said", the preposition and its
// determiner hung from the verb): a noun after "of", "from", "at" or "for"
// is no subject, but a modifier of the subject whose words run up to the
// preposition, and the words between are its own; after "by" that closes
// a participle the subject's phrase ends with, the participle's agent ("A
// protocol signed by the two sides and seen | by AFP says…"). first is the index of
// toks[0] in the analysis.
func casedSubjects(toks []Token, first int) {
	for n := 2; n < len(toks); n++ {
		t := &toks[n]
		v := subjectVerb(toks, n, first)
		if v < 0 {
			continue
		}
		// The subject before it, and the end of its phrase.
		s := -1
		for k := 0; k < n; k++ {
			if toks[k].Head == t.Head && strings.HasPrefix(toks[k].Rel, "nsubj") {
				s = k
			}
		}
		if s < 0 || toks[s].UPOS != "NOUN" && toks[s].UPOS != "PROPN" {
			continue
		}
		end := s
		for k := s + 1; k < n; k++ {
			if dominates(toks, s, k, first) {
				end = k
			}
		}
		c := end + 1
		if c >= n || toks[c].UPOS != "ADP" {
			continue
		}
		agent := false
		switch strings.ToLower(toks[c].Text) {
		case "of", "from", "at", "for":
		case "by":
			// "A protocol signed by the two sides and seen | by AFP
			// says…": the agent of the participle that closes the
			// subject's phrase.
			agent = toks[end].XPOS == "VBN"
			if !agent {
				continue
			}
		default:
			continue
		}
		// Only the preposition and the noun's own words between.
		ok := true
		for k := c; k < n; k++ {
			if h := toks[k].Head - first; h != v && h != n && !dominates(toks, n, k, first) {
				ok = false
				break
			}
		}
		if !ok || dominates(toks, n, s, first) {
			continue
		}
		for k := c; k < n; k++ {
			if toks[k].Head == first+v {
				toks[k].Head = first + n
				if k == c {
					toks[k].Rel = "case"
				}
			}
		}
		if agent {
			t.Head, t.Rel = first+end, "obl:agent"
			continue
		}
		t.Head, t.Rel = first+s, "nmod"
	}
}

// prepositionalSubjects mends a verb with two subjects the first of which
// a preposition opens ("But over coffee on Wednesday | the Chinese
// delegation head told me…", read with "coffee" a subject and "head"
// its object, or both subjects): a noun with a preposition of its own is
// no subject but an adverbial of the verb, and a noun hung from it as an
// object is the verb's subject.
// first is the index of toks[0] in the analysis.
func prepositionalSubjects(toks []Token, first int) {
	for n := range toks {
		t := &toks[n]
		v := subjectVerb(toks, n, first)
		if v < 0 {
			continue
		}
		second, cased, object := false, false, -1
		for k := range toks {
			switch {
			case k > n && k < v && toks[k].Head == first+v && strings.HasPrefix(toks[k].Rel, "nsubj"):
				second = true
			case k > n && k < v && toks[k].Head == first+n && toks[k].Rel == "obj" && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN"):
				object = k // a noun has no object: the subject the parser hung there
			case k < n && toks[k].Head == first+n && toks[k].Rel == "case":
				cased = true
			}
		}
		if !cased || !second && object < 0 {
			continue
		}
		t.Rel = "obl"
		if !second {
			toks[object].Head, toks[object].Rel = first+v, "nsubj"
		}
	}
}

// namesBeforeAppositions mends a name set off from the description after
// it by commas that the parser hung inside the description, making the
// description the subject ("Toyota, | the country's largest carmaker, |
// said…", read with "Toyota" a modifier of "carmaker"): a proper noun
// followed by a comma and a phrase that a determiner or a possessive
// opens, which ends right before a comma and the verb it is the subject
// of, is that verb's subject, and the phrase is in apposition to it.
// first is the index of toks[0] in the analysis.
func namesBeforeAppositions(toks []Token, first int) {
	for n := 0; n+4 < len(toks); n++ {
		if toks[n].UPOS != "PROPN" || toks[n+1].Text != "," {
			continue
		}
		if u := toks[n+2].UPOS; u != "DET" && !(u == "PRON" && toks[n+2].XPOS == "PRP$") {
			continue
		}
		m := toks[n].Head - first
		if m <= n+2 || m+2 >= len(toks) || toks[m+1].Text != "," || toks[m].UPOS != "NOUN" || !strings.HasPrefix(toks[m].Rel, "nsubj") {
			continue
		}
		v := toks[m].Head - first
		if v != m+2 || toks[v].UPOS != "VERB" {
			continue
		}
		// The phrase runs from the determiner to the noun.
		if !spanUnder(toks, m, n+2, m, first) {
			continue
		}
		toks[n].Head, toks[n].Rel = first+v, toks[m].Rel
		toks[m].Head, toks[m].Rel = first+n, "appos"
		toks[n+1].Head = first + m
		toks[m+1].Head = first + m
	}
}

// coordinatedSubjects mends two subjects of one verb joined by "and" or
// "or" that the parser hung side by side from the verb, the conjunction
// with them ("The army and the rebels agreed…", read with "army" and
// "rebels" both subjects and "and" a conjunction of the verb): the second
// is a conjunct of the first, the conjunction its. first is the index of
// toks[0] in the analysis.
func coordinatedSubjects(toks []Token, first int) {
	for n := range toks {
		v := subjectVerb(toks, n, first)
		if v < 0 {
			continue
		}
		// The conjunction right after the first subject's words, and the
		// second subject after it.
		end := n
		for k := n + 1; k < v; k++ {
			if dominates(toks, n, k, first) {
				end = k
			}
		}
		c := end + 1
		if c >= v || toks[c].UPOS != "CCONJ" || toks[c].Head != first+v {
			continue
		}
		s := -1
		for k := c + 1; k < v; k++ {
			if toks[k].Head == first+v && toks[k].Rel == "nsubj" && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "PRON") {
				s = k
				break
			}
		}
		if s < 0 {
			continue
		}
		if !spanUnder(toks, s, c+1, s, first) {
			continue
		}
		toks[s].Head, toks[s].Rel = first+n, "conj"
		toks[c].Head, toks[c].Rel = first+s, "cc"
	}
}

// creditModifiers mends the words that say whose a credit's subject is
// ("…, Saudi and U.S. mediators said", "…, Western diplomats said") when
// the parser hung them on the noun before the comma as conjuncts: the
// adjectives and proper nouns (joined by "and") right between the comma
// and the plural subject of a verb of saying modify that subject. first
// is the index of toks[0] in the analysis.
func creditModifiers(toks []Token, first int) {
	for m := 3; m+1 < len(toks); m++ {
		if toks[m].UPOS != "NOUN" || toks[m].XPOS != "NNS" || toks[m].Rel != "nsubj" {
			continue
		}
		v := toks[m].Head - first
		if v != m+1 || !sayingLemmas[toks[v].Lemma] {
			continue
		}
		c := -1
		for k := m - 1; k >= 1 && k >= m-6; k-- {
			if toks[k].Text == "," {
				c = k
				break
			}
			if u := toks[k].UPOS; u != "ADJ" && u != "PROPN" && u != "CCONJ" {
				break
			}
		}
		if c < 0 || c+1 >= m || toks[c+1].UPOS == "CCONJ" || toks[m-1].UPOS == "CCONJ" {
			continue
		}
		// Only where they hang outside the subject's phrase.
		if h := toks[c+1].Head - first; h >= c && h <= m {
			continue
		}
		f := c + 1
		toks[f].Head, toks[f].Rel = first+m, "amod"
		if toks[f].UPOS == "PROPN" {
			toks[f].Rel = "compound"
		}
		for k := f + 1; k < m; k++ {
			if toks[k].UPOS == "CCONJ" {
				toks[k].Head, toks[k].Rel = first+k+1, "cc"
			} else {
				toks[k].Head, toks[k].Rel = first+f, "conj"
			}
		}
		toks[c].Head = first + v
	}
}

// doubleSubjects mends a noun phrase read as two subjects of one verb,
// or with its first noun the second's subject ("The agreement text
// states", "Norway's fisheries minister said", "The United States
// delegation said": a verb has one subject): a noun or name right before
// a common noun that is a subject, hung as a subject of the same verb or
// of that noun, is a compound of that noun, and its determiner or owner
// before it the noun's.
// first is the index of toks[0] in the analysis.
func doubleSubjects(toks []Token, first int) {
	for i := 1; i < len(toks); i++ {
		n := i - 1
		if s2 := ownerSubject(toks, n, i, first); s2 >= 0 {
			// "The Vellmar ferry pilots' guild said", with "ferry" read
			// as a subject of "said" beside "guild": a subject right
			// before a noun inside the other subject's phrase is a
			// compound of that noun, and its determiner the phrase's.
			toks[n].Head, toks[n].Rel = first+i, "compound"
			for k := 0; k < n; k++ {
				if toks[k].Head == first+n && toks[k].Rel == "det" {
					toks[k].Head = first + s2
				}
			}
			continue
		}
		if toks[i].UPOS != "NOUN" || !strings.HasPrefix(toks[i].Rel, "nsubj") || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" ||
			!(toks[n].Rel == toks[i].Rel && toks[n].Head == toks[i].Head || strings.HasPrefix(toks[n].Rel, "nsubj") && toks[n].Head == first+i) {
			continue
		}
		toks[n].Head, toks[n].Rel = first+i, "compound"
		for k := 0; k < n; k++ {
			if r := toks[k].Rel; toks[k].Head == first+n && (r == "det" || r == "det:poss" || r == "nmod:poss") {
				toks[k].Head = first + i
			}
		}
	}
	subjectsEndingPhrases(toks, first)
}

// ownerSubject returns, for a common noun n hung as a subject right
// before common noun i that is no subject but a compound or an owner
// ("pilots'") inside the phrase of another subject of the same verb after
// it, that other subject; -1 otherwise. first is the index of toks[0] in
// the analysis.
func ownerSubject(toks []Token, n, i, first int) int {
	if toks[n].UPOS != "NOUN" || toks[n].XPOS != "NN" || !strings.HasPrefix(toks[n].Rel, "nsubj") || toks[i].UPOS != "NOUN" ||
		toks[i].Rel != "compound" && toks[i].Rel != "nmod:poss" {
		return -1
	}
	for k := 0; k < n; k++ {
		if toks[k].Head == first+n && toks[k].Rel != "det" && toks[k].Rel != "compound" && toks[k].Rel != "amod" {
			return -1 // a phrase of its own ("the tour, which…")
		}
	}
	for d, steps := i, 0; steps < 5; steps++ {
		if d != i && toks[d].Rel == toks[n].Rel && toks[d].Head == toks[n].Head && toks[d].UPOS == "NOUN" {
			return d
		}
		h := toks[d].Head - first
		if h <= d || h >= len(toks) || toks[d].Rel != "compound" && toks[d].Rel != "nmod:poss" {
			return -1
		}
		d = h
	}
	return -1
}

// subjectsEndingPhrases mends a verb's second subject that is the last
// word of its first subject's phrase ("A spokesperson for the federal
// Minister for Employment and Workplace Relations said…", with
// "Relations" read as a subject of "said" beside "spokesperson"): a
// capitalised common noun right after a name that ends the first
// subject's phrase, with no mark between, is that name's head, taking
// its place in the phrase, and the name its compound. Not a noun in
// lower case ("The return-to-work formula states", whose "return" the
// parser took for a subject: another misreading).
func subjectsEndingPhrases(toks []Token, first int) {
	for i := 2; i < len(toks); i++ {
		n := i - 1
		if toks[i].UPOS != "NOUN" || !strings.HasPrefix(toks[i].Rel, "nsubj") || toks[n].UPOS != "PROPN" || !capitalised(toks[i].Text) || strings.HasPrefix(toks[n].Rel, "nsubj") {
			continue
		}
		v := toks[i].Head
		s1 := -1
		for k := 0; k < n; k++ {
			if toks[k].Head == v && toks[k].Rel == toks[i].Rel {
				s1 = k
			}
		}
		if s1 < 0 || !dominates(toks, s1, n, first) {
			continue
		}
		toks[i].Head, toks[i].Rel = toks[n].Head, toks[n].Rel
		for k := 0; k < n; k++ {
			if toks[k].Head == first+n && toks[k].Rel == "cc" {
				toks[k].Head = first + i // "and" joins the whole name
			}
		}
		toks[n].Head, toks[n].Rel = first+i, "compound"
	}
}
