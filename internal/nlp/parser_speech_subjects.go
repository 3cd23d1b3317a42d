package nlp

import (
	"strings"
)

// Repairs of the subject of a verb of saying: a speaker the parser read
// as an object, an aside, a conjunct or an adverbial, and names set beside
// titles and descriptions.

// appositiveConjuncts mends a name set off by a comma after a subject,
// read as the last of a coordination although no conjunction joins it
// ("Peru's Minister of Foreign Trade and Tourism, María Fernanda Ortiz
// Salgado, told reporters", read as "the minister and María…"): a
// coordination's last member takes its conjunction, and one without is
// the subject's apposition. first is the index of toks[0] in the analysis.
func appositiveConjuncts(toks []Token, first int) {
	for c := 2; c < len(toks); c++ {
		t := &toks[c]
		if t.Rel != "conj" || t.UPOS != "PROPN" {
			continue
		}
		// The comma before the name's first word, wherever the parser
		// hung its words ("…, Rubén Quispe Mamani," with "Mamani" the
		// head).
		l := c
		for l > 1 && toks[l-1].Text != "," && dominates(toks, c, l-1, first) {
			l--
		}
		if toks[l-1].Text != "," {
			continue
		}
		h := t.Head - first
		if h < 0 || h >= c || !strings.HasPrefix(toks[h].Rel, "nsubj") || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
			continue
		}
		last, cc := true, false
		for j := range toks {
			switch {
			case toks[j].Head == first+h && toks[j].Rel == "conj" && j > c:
				last = false
			case toks[j].Head == first+c && toks[j].Rel == "cc":
				cc = true
			}
		}
		// Nor a conjunction between the two that another word took
		// ("Smith, Jones and Brown"): only a closing comma or the verb
		// may follow the name.
		end := c
		for end+1 < len(toks) && dominates(toks, c, end+1, first) {
			end++
		}
		if !last || cc || end+1 < len(toks) && toks[end+1].Text != "," && toks[end+1].UPOS != "VERB" && toks[end+1].UPOS != "AUX" {
			continue
		}
		t.Rel = "appos"
	}
}

// agentsOfAsides mends a sentence whose noun at the root has an aside
// with a "by" agent of two coordinated names, the second of which the
// parser made the subject of the noun's own verb, coordinated with the
// aside ("The committee, advised by Rothwell Partners and the law firm
// Garrick & Strand, insisted in a statement that…", read as "…and the
// law firm insisted"): a past verb of saying after the comma that closes
// the aside is the noun's, and the second name is the agent's conjunct.
// first is the index of toks[0] in the analysis.
func agentsOfAsides(toks []Token, first int) {
	root := rootOf(toks)
	if root < 0 {
		return
	}
	// The noun and its verb: the noun at the root and the verb joined to
	// its aside, or the verb at the root with the noun for its first
	// subject ("The committee, advised by…and the law firm…, says…").
	noun, v := -1, -1
	switch toks[root].UPOS {
	case "NOUN", "PROPN":
		noun = root
		for k := root + 3; k < len(toks); k++ {
			if toks[k].Rel == "conj" && sayingForm(toks[k].Text) && toks[k-1].Text == "," {
				v = k
				break
			}
		}
	case "VERB":
		if !sayingForm(toks[root].Text) {
			return
		}
		v = root
		for k := 0; k < v; k++ {
			if toks[k].Head == first+v && strings.HasPrefix(toks[k].Rel, "nsubj") && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				noun = k
				break
			}
		}
	}
	if noun < 0 || v < 0 || noun+1 >= len(toks) || toks[noun+1].Text != "," || toks[v-1].Text != "," {
		return
	}
	p := -1
	for k := noun + 2; k < v; k++ {
		if toks[k].Head == first+noun && toks[k].Rel == "acl" && toks[k].XPOS == "VBN" {
			p = k
			break
		}
	}
	if p < 0 || v == root && toks[v].Head >= 0 || v != root && toks[v].Head != first+p {
		return
	}
	agent, subj, cc := -1, -1, -1
	for j := range toks {
		switch {
		case toks[j].Head == first+p && toks[j].Rel == "obl:agent":
			agent = j
		case toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") && j > p && j < v:
			subj = j
		case toks[j].Head == first+v && toks[j].Rel == "cc" && j > p && j < v:
			cc = j
		}
	}
	if agent < 0 || subj < 0 || cc < 0 || !(agent < cc && cc < subj) {
		return
	}
	t := &toks[v]
	if v != root {
		t.Head, t.Rel = -1, "root"
		if !strings.HasSuffix(t.Text, "s") || reportingPasts[t.Text] {
			t.XPOS = "VBD"
		}
		toks[root].Head, toks[root].Rel = first+v, "nsubj"
		closeOn(toks, first, root, v)
	}
	toks[subj].Head, toks[subj].Rel = first+agent, "conj"
	toks[cc].Head = first + subj
	toks[v-1].Head = first + p
}

// objectSubjects mends a sentence whose verb of saying the parser read
// with the subject of what was said as its object, and hung as an
// adverbial clause from the reported verb ("Pieter van der Merwe
// observed the cost of the deal had been provided for", read as "[having]
// observed the cost…, had been provided for"): a finite verb with no
// subject cannot head an English sentence. The verb of saying is the
// root, its object the subject of the root it had, and that verb its
// clausal complement. first is the index of toks[0] in the analysis.
func objectSubjects(toks []Token, first int) {
	root := rootOf(toks)
	if root < 1 || toks[root].UPOS != "VERB" && toks[root].UPOS != "AUX" {
		return
	}
	// The verb of saying and the reported verb: the root and the
	// adverbial clause before it, or the root and the aside after it
	// ("…observed the cost of the deal, about 1.1 billion rand, had
	// been provided for", read as an aside).
	v, r := -1, root
	if sayingForm(toks[root].Text) && finiteVerb(&toks[root]) {
		for j := root + 2; j < len(toks); j++ {
			if toks[j].Head == first+root && (toks[j].Rel == "parataxis" || toks[j].Rel == "advcl") {
				v, r = root, j
				break
			}
		}
	} else {
		for j := 0; j < root; j++ {
			if toks[j].Head == first+root && toks[j].Rel == "advcl" && sayingForm(toks[j].Text) && finiteVerb(&toks[j]) {
				v = j
				break
			}
		}
	}
	if v < 0 {
		return
	}
	finite, passive := false, false
	switch toks[r].XPOS {
	case "VBD", "VBZ", "VBP":
		finite = true
	}
	for j := range toks {
		if toks[j].Head != first+r {
			continue
		}
		switch toks[j].Rel {
		case "nsubj", "nsubj:pass", "expl", "csubj", "nsubj:outer", "mark":
			return
		case "aux", "aux:pass":
			switch toks[j].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				finite = true
			}
			passive = passive || toks[j].Rel == "aux:pass"
		}
	}
	if !finite {
		return
	}
	subj, obj := -1, -1
	for j := range toks {
		if toks[j].Head != first+v {
			continue
		}
		switch {
		case strings.HasPrefix(toks[j].Rel, "nsubj") && j < v:
			subj = j
		case toks[j].Rel == "obj" && j > v && obj < 0:
			obj = j
		case toks[j].Rel == "mark":
			return
		}
	}
	if subj < 0 || obj < 0 || obj > r {
		return
	}
	if v != root {
		toks[v].Head, toks[v].Rel = -1, "root"
		closeOn(toks, first, root, v)
	}
	toks[obj].Head, toks[obj].Rel = first+r, "nsubj"
	if passive {
		toks[obj].Rel = "nsubj:pass"
	}
	toks[r].Head, toks[r].Rel = first+v, "ccomp"
}

// saidBetweenSubjects mends a verb the parser gave two subjects, one on
// each side of a verb of saying it hung from it ("The joint communique
// issued after the meeting said both governments “recognise …”", read as
// "communique … both governments recognise" with "said" a clause of its
// own): a verb has one subject, and a finite verb of saying between the
// two with no subject of its own is the sentence's verb, the first its
// subject and the other verb's clause what was said. first is the index
// of toks[0] in the analysis.
func saidBetweenSubjects(toks []Token, first int) {
	for c := 1; c+1 < len(toks); c++ {
		st := &toks[c]
		if st.UPOS != "VERB" || st.XPOS != "VBD" && st.XPOS != "VBZ" || !sayingForm(st.Text) || st.Head < 0 {
			continue
		}
		v := st.Head - first
		if v <= c || v >= len(toks) || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		s1, s2, own := -1, -1, false
		for k := range toks {
			switch h := toks[k].Head - first; {
			case h == c && strings.HasPrefix(toks[k].Rel, "nsubj"):
				own = true
			case h == v && strings.HasPrefix(toks[k].Rel, "nsubj") && k < c:
				s1 = k
			case h == v && strings.HasPrefix(toks[k].Rel, "nsubj") && k > c && k < v:
				s2 = k
			}
		}
		if own || s1 < 0 || s2 < 0 {
			continue
		}
		st.Head, st.Rel = toks[v].Head, toks[v].Rel
		toks[v].Head, toks[v].Rel = first+c, "ccomp"
		toks[s1].Head = first + c
		for k := 0; k < c; k++ {
			// What stood before the verb of saying and hung from the
			// other verb ("On Friday, …") belongs to the sentence's
			// verb now.
			if toks[k].Head == first+v {
				toks[k].Head = first + c
			}
		}
		if st.Head < 0 {
			closeOn(toks, first, v, c)
		}
		return
	}
}

// namesBeforeDescriptions mends a credit after a quotation whose speaker
// is named and then described ("“…,” Dr. Steven Marsh, Lakeshore's chief
// medical officer, says in an interview."), read with the description as
// the subject and the name hung inside the quotation, as an object of its
// verb: a name right after the closing mark, set off from the description
// by a comma, is the one who speaks, the description its apposition.
// first is the index of toks[0] in the analysis.
func namesBeforeDescriptions(toks []Token, first int) {
	for v := 4; v < len(toks); v++ {
		t := &toks[v]
		if !finiteVerb(t) || !sayingForm(t.Text) {
			continue
		}
		subj := -1
		for j := 0; j < v; j++ {
			if toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") {
				subj = j
			}
		}
		if subj < 0 || toks[subj].UPOS != "NOUN" {
			continue
		}
		lo := leftmostWord(toks, subj, first)
		if lo < 3 || toks[lo-1].Text != "," {
			continue
		}
		// The name before the comma: its head, hung elsewhere.
		n := lo - 2
		if toks[n].UPOS != "PROPN" {
			continue
		}
		for toks[n].Head >= 0 && toks[n].Head-first < n && toks[n].Head-first >= 0 && toks[toks[n].Head-first].UPOS == "PROPN" && (toks[n].Rel == "flat" || toks[n].Rel == "compound") {
			n = toks[n].Head - first
		}
		if toks[n].Head < 0 || toks[n].Head == first+v {
			continue
		}
		nlo := leftmostWord(toks, n, first)
		if nlo < 1 || !closingMark(toks[nlo-1]) && !(toks[nlo-1].Text == "," && nlo >= 2 && closingMark(toks[nlo-2])) {
			continue
		}
		toks[n].Head, toks[n].Rel = first+v, "nsubj"
		toks[subj].Head, toks[subj].Rel = first+n, "appos"
		return
	}
}

// nameBeforeComma returns the index of the comma that closes a run of
// proper nouns opening right after token v and ends before obj, or -1.
func nameBeforeComma(toks []Token, v, obj int) int {
	j := v + 1
	for j < obj && toks[j].UPOS == "PROPN" {
		j++
	}
	if j == v+1 || j >= obj || toks[j].Text != "," {
		return -1
	}
	return j
}

// phraseAfter returns the head of the noun phrase that opens right after
// token v: the word the first one after v hangs from, up to the one
// whose head lies outside, with every word between in its subtree; -1
// when there is none.
func phraseAfter(toks []Token, v, first int) int {
	h := v + 1
	if h >= len(toks) || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
		return -1
	}
	for steps := 0; steps < 8; steps++ {
		p := toks[h].Head - first
		if p <= h || p > v+8 || p >= len(toks) || toks[p].UPOS != "NOUN" && toks[p].UPOS != "PROPN" {
			break
		}
		h = p
	}
	if !spanUnder(toks, h, v+1, h, first) {
		return -1
	}
	return h
}

// unmarkedAdverbials mends a sentence whose verb of saying, with a
// subject of its own and no word to subordinate it, the parser hung as an
// adverbial clause of the clause it reports ("Bishop Anselm Pokiya of the
// Catholic Diocese of Wabag, who spent six weeks shuttling between the
// two sides, told the crowd the agreement was “a first step”", read with
// "step" at the root): a finite clause with a subject and no "when",
// "as" or "after" is no adverbial clause, unless commas set it off as an
// aside. The verb of saying is the root and the clause it hung from is
// its clausal complement. first is the index of toks[0] in the analysis.
func unmarkedAdverbials(toks []Token, first int) {
	root := rootOf(toks)
	if root < 1 {
		return
	}
	v := -1
	for j := 0; j < root; j++ {
		if toks[j].Head == first+root && toks[j].Rel == "advcl" && finiteVerb(&toks[j]) &&
			(sayingForm(toks[j].Text) || toks[j].Text == "told") {
			v = j
			break
		}
	}
	if v < 0 {
		return
	}
	subj, rootSubj := false, -1
	for j := range toks {
		switch {
		case toks[j].Head == first+v:
			switch r := toks[j].Rel; {
			case r == "mark" || r == "ccomp" || r == "xcomp" || r == "obj":
				// Subordinated, or saying something of its own.
				return
			case strings.HasPrefix(r, "nsubj") && j < v:
				subj = true
			}
		case toks[j].Head == first+root && strings.HasPrefix(toks[j].Rel, "nsubj") && j > v && rootSubj < 0:
			rootSubj = j
		}
	}
	if !subj || rootSubj < 0 {
		return
	}
	for j := v + 1; j < rootSubj; j++ {
		if toks[j].UPOS == "PUNCT" {
			// A credit set off by commas ("Even if the talks collapse,
			// Port Director Tom Reyes said, the port will stay open")
			// is an aside of the clause it credits, as the parser read.
			return
		}
	}
	for j := 0; j < v; j++ {
		if toks[j].Head == first+root {
			toks[j].Head = first + v
		}
	}
	toks[v].Head, toks[v].Rel = -1, "root"
	closeOn(toks, first, root, v)
	toks[root].Head, toks[root].Rel = first+v, "ccomp"
}

// namedInApposition reports whether noun h has a proper noun set off
// after it by a comma, before v ("CAP's managing director, Anders
// Lindqvist-Moore,"): a role with its holder's name.
func namedInApposition(toks []Token, h, v, first int) bool {
	for j := h + 2; j < v; j++ {
		if toks[j].Head == first+h && toks[j].Rel == "appos" && toks[j].UPOS == "PROPN" && toks[j-1].Text == "," {
			return true
		}
	}
	return false
}

// clauseOfName reports whether verb v, right after the phrase of name
// head, hangs from the name as a clause of it (a relative clause with no
// relative word, an apposition) or as a modifier of a noun right after it
// that hangs from the name (as a conjunct or a modifier): not a verb a
// name governs. first is the index of toks[0] in the analysis.
func clauseOfName(toks []Token, head, v, first int) bool {
	t := &toks[v]
	switch g := t.Head - first; {
	case g == head:
		return t.Rel == "acl:relcl" || t.Rel == "acl" || t.Rel == "appos"
	case g == v+1 && toks[g].Head == first+head:
		return (t.Rel == "amod" || t.Rel == "compound") && (toks[g].UPOS == "NOUN" || toks[g].UPOS == "PROPN" || toks[g].UPOS == "PRON")
	}
	return false
}

// holdersOfTitles mends the name set off after an office "for" or "of"
// a field ("Georgia's State Minister for Reconciliation, Tamar Abashidze,
// has arrived"), which the parser hung from the field as its apposition,
// the surname flat beside the field: the name is the office's holder, in
// apposition to the office, and the surname goes with the given name.
// first is the index of toks[0] in the analysis.
func holdersOfTitles(toks []Token, first int) {
	for a := 3; a < len(toks); a++ {
		if toks[a].Rel != "appos" || toks[a].UPOS != "PROPN" || toks[a-1].Text != "," {
			continue
		}
		h := toks[a].Head - first
		if h < 1 || h >= a || toks[h].UPOS != "PROPN" || toks[h].Rel != "nmod" {
			continue
		}
		cs := -1
		for k := 0; k < h; k++ {
			if toks[k].Head == first+h && toks[k].Rel == "case" {
				cs = k
			}
		}
		o := toks[h].Head - first
		if cs < 0 || !EqualFoldLower(toks[cs].Text, "for") && !EqualFoldLower(toks[cs].Text, "of") || o < 0 || o >= h || !officeOrTitle(toks[o].Text) {
			continue
		}
		toks[a].Head = first + o
		for k := a + 1; k < len(toks) && toks[k].UPOS == "PROPN"; k++ {
			if toks[k].Head == first+h && toks[k].Rel == "flat" {
				toks[k].Head = first + a
			}
		}
	}
}

// officeOrTitle reports whether a capitalised word is a title the parse
// repairs know ("Minister", "Secretary"): it comes before a name, not in
// it.
func officeOrTitle(w string) bool {
	return officeTitles[strings.ToLower(w)] || fieldTitles[strings.ToLower(w)]
}

// subjectsOfAsides mends a subject the parser gave to the participle of
// an aside set off by commas instead of to the verb after it ("Health
// Secretary Wes Streeting, | asked about the dispute on BBC Radio 4, |
// said both sides should…", with "Wes" the passive subject of "asked"):
// a finite verb with no subject right after the aside's closing comma
// has the noun before the aside as its subject, and the aside describes
// that noun. first is the index of toks[0] in the analysis.
func subjectsOfAsides(toks []Token, first int) {
	for v := 4; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBZ" || toks[v-1].Text != "," {
			continue
		}
		p, subject := -1, false
		for k := range toks {
			switch {
			case toks[k].Head == first+v && (strings.HasPrefix(toks[k].Rel, "nsubj") || toks[k].Rel == "csubj" || toks[k].Rel == "expl"):
				subject = true
			case k < v-1 && toks[k].Head == first+v && (toks[k].XPOS == "VBN" || toks[k].XPOS == "VBG") && k >= 2 && toks[k-1].Text == ",":
				p = k
			}
		}
		if subject || p < 0 {
			continue
		}
		s := -1
		for k := 0; k < p-1; k++ {
			if toks[k].Head == first+p && strings.HasPrefix(toks[k].Rel, "nsubj") && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") {
				s = k
			}
		}
		if s < 0 {
			continue
		}
		// The aside ends at the comma before the verb.
		if !spanUnder(toks, p, p+1, v-1, first) {
			continue
		}
		toks[s].Head, toks[s].Rel = first+v, "nsubj"
		toks[p].Head, toks[p].Rel = first+s, "acl"
		toks[p-1].Head = first + p
		toks[v-1].Head = first + p
	}
}

// subjectsReadAsConjuncts mends a subject the parser joined, as a
// conjunct with no conjunction, to the last noun of an opening clause
// ("Asked whether Sudan would side with Egypt, Abbas-Musa replied that…",
// read as "Egypt, Abbas-Musa"): a finite verb with no subject, right after
// a name or noun set off by a comma and hung as a conjunct with no "and"
// or "or" of its own, has that name as its subject. first is the index of
// toks[0] in the analysis.
func subjectsReadAsConjuncts(toks []Token, first int) {
	for v := 3; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" || hasSubject(toks, v, first) {
			continue
		}
		// The conjunct: the word whose phrase ends right before the verb.
		j := -1
		for k := v - 1; k >= 1; k-- {
			if toks[k].Rel == "conj" && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") && spanUnder(toks, k, k, v, first) {
				j = k
				break
			}
			if toks[k].Head-first < k-5 || toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "PUNCT" && toks[k].Text != "-" {
				break
			}
		}
		if j < 1 || toks[j-1].Text != "," {
			continue
		}
		ownCC := false
		for k := range toks {
			if toks[k].Head == first+j && toks[k].Rel == "cc" {
				ownCC = true
			}
		}
		if ownCC || !inOpeningClause(toks, toks[j].Head-first, v, first) {
			continue
		}
		toks[j].Head, toks[j].Rel = first+v, "nsubj"
		toks[j-1].Head = first + v
	}
}

// inOpeningClause reports whether token h lies inside a clause of its own
// that verb v governs ("Asked whether Sudan would side with Egypt"): on
// the way up from h to v, a verb hung as an adverbial, complement or
// clausal modifier.
func inOpeningClause(toks []Token, h, v, first int) bool {
	for steps := 0; h >= 0 && h < len(toks) && steps < 12; steps++ {
		if h == v {
			return false
		}
		if toks[h].UPOS == "VERB" && toks[h].Head == first+v {
			switch toks[h].Rel {
			case "advcl", "ccomp", "xcomp", "csubj":
				return true
			}
			return false
		}
		h = toks[h].Head - first
	}
	return false
}
