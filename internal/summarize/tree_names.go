package summarize

// Names as the tree gives them: an entity's or a cluster's name completed
// over the words the entity model cut off, a surname completed from the
// article's fuller mention, and what counts as a proper name.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// givenOtherSex reports whether a name of the cluster is a person's
// whose given name is common for the sex other than g's.
func (t *tree) givenOtherSex(cl *nlp.Cluster, g byte) bool {
	for _, mi := range cl.Mentions {
		m := &t.a.Mentions[mi]
		if m.Kind != nlp.NameMention {
			continue
		}
		if ei := t.entityAt(m.Head); ei >= 0 && t.a.Entities[ei].Type == nlp.PERSON {
			if ng := t.givenNameGender(ei, t.clusterAt(m.Head)); ng != 0 && ng != g {
				return true
			}
		}
	}
	return false
}

// namesNoPerson reports whether coreference cluster c (-1: none) is
// named, and only as a body or a place (bodyOnly) or by one word never
// given in full (neverFullName): what "he" or "she" cannot be, though the
// models linked or typed it so.
func (t *tree) namesNoPerson(c int) bool {
	if c < 0 || c >= len(t.a.Clusters) {
		return false
	}
	if v, ok := t.noPerson[c]; ok {
		return v
	}
	if t.noPerson == nil {
		t.noPerson = map[int]bool{}
	}
	cl := &t.a.Clusters[c]
	v := t.bodyOnly(cl) || t.neverFullName(cl)
	t.noPerson[c] = v
	return v
}

// describesPerson reports whether the noun at k describes a person: a
// noun for people or a role, or one the noun classes do not know ("a
// 63-year-old herder") that names no body and comes with a determiner.
func (t *tree) describesPerson(k int) bool {
	if t.personNoun(k) {
		return true
	}
	l := strings.ToLower(t.a.Tokens[k].Lemma)
	if t.nounClass == nil || t.nounClass(l) != 0 || corporateNouns[l] || bodyKinds[l] {
		return false
	}
	return t.child(k, "det") >= 0
}

// bodyOnly reports whether every name of the cluster is a body's or a
// place's: typed so by the entity model, or read as an organisation by
// the name linking ("Orvane offers spectrum sale … the company", a
// company's made-up name the model took for a person's).
func (t *tree) bodyOnly(cl *nlp.Cluster) bool {
	names := 0
	for _, mi := range cl.Mentions {
		m := &t.a.Mentions[mi]
		if m.Kind != nlp.NameMention {
			continue
		}
		names++
		for k := m.First; k < m.Last; k++ {
			if ei := t.entityAt(k); ei >= 0 && t.a.Entities[ei].Type == nlp.PERSON || isTitleWord(t.a.Tokens[k].Text) {
				return false // "U.S. Air Force Gen. Norman Hale"
			}
		}
		switch {
		case m.Type == nlp.ORG || m.Type == nlp.GPE || m.Type == nlp.LOC:
		case t.organisationAt != nil && t.organisationAt(t.a.Tokens[m.Head].Start):
		default:
			return false
		}
	}
	return names > 0
}

// personRelative reports whether a relative clause set off by a comma at
// token k opens with a word only a person takes: "who", "whom", or
// "whose" before a noun for a person ("whose husband").
func (t *tree) personRelative(k int) bool {
	a := t.a
	if k+2 >= len(a.Tokens) || a.Tokens[k].Text != "," || a.Tokens[k+1].Sent != a.Tokens[k].Sent {
		return false
	}
	switch strings.ToLower(a.Tokens[k+1].Text) {
	case "who", "whom":
		return true
	case "whose":
		return a.Tokens[k+2].UPOS == "NOUN" && (t.personNoun(k+2) || lowerIn(kinReciprocals, a.Tokens[k+2].Lemma) != nil)
	}
	return false
}

// neverFullName reports whether the cluster's names are all one word
// that the story never gives with a name before it, nor with a title:
// a person in news is brought in by a full name ("Margarethe Lindholm"),
// a company often is not ("Orvane offers spectrum sale", which the entity
// model may take for a person's name).
func (t *tree) neverFullName(cl *nlp.Cluster) bool {
	a := t.a
	word := ""
	for _, mi := range cl.Mentions {
		m := &a.Mentions[mi]
		if m.Kind != nlp.NameMention {
			continue
		}
		if m.Last-m.First != 1 || word != "" && a.Tokens[m.First].Text != word {
			return false
		}
		word = a.Tokens[m.First].Text
		if m.First > 0 && isTitleWord(a.Tokens[m.First-1].Text) {
			return false
		}
		// Nor with a person's description set off after it ("said
		// Tserendorj, a 63-year-old herder"): one name is all some
		// people have.
		for _, c := range t.children(m.Head) {
			if ci := int(c); ci > m.Head && a.Tokens[ci].Rel == "appos" && a.Tokens[ci].UPOS == "NOUN" && t.describesPerson(ci) {
				return false
			}
		}
		// Nor with a relative clause only a person takes set off after
		// it ("Selvi, whose husband has been held since March",
		// "Tserendorj, who herds goats"), wherever the parser hung it.
		if t.personRelative(m.Last) {
			return false
		}
	}
	if word == "" {
		return false
	}
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.Last-e.First > 1 && a.Tokens[e.Last-1].Text == word {
			return false
		}
	}
	// A full name the entity model cut short ("Marc-André Thibodeau"
	// with only "Marc" a person's): the word after a given name the
	// name linking reads as one person's.
	if t.fullAfterName == nil {
		t.fullAfterName = map[string]bool{}
		for k := 1; k < len(a.Tokens) && t.personAt != nil; k++ {
			w := a.Tokens[k].Text
			if a.Tokens[k].UPOS != "PROPN" || a.Tokens[k-1].UPOS != "PROPN" || a.Tokens[k-1].Sent != a.Tokens[k].Sent || t.fullAfterName[w] {
				continue
			}
			if p := t.personAt(a.Tokens[k].Start); strings.HasSuffix(p, " "+w) {
				t.fullAfterName[w] = true
			}
		}
	}
	return !t.fullAfterName[word]
}

// clusterProperName returns the fullest name of the coreference cluster of
// token i when that name is a proper name, or "".
func (t *tree) clusterProperName(i int) string {
	a := t.a
	c := t.clusterAt(i)
	if c < 0 {
		return ""
	}
	cl := &a.Clusters[c]
	if !properName(cl.Name) || t.nameOnlyInMarks(cl) {
		return ""
	}
	if n := t.titledCluster(cl); n != "" {
		return n
	}
	if wordGender(a.Tokens[i].Text) != 0 && t.peoplesAdjectiveOnly(cl) {
		// "he" or "she" is a person: a cluster named only by a people's
		// adjective ("Qatari foreign ministry spokesman Jassim
		// Al-Nuaimi … he added") is the coreference model's slip.
		return ""
	}
	if t.linkSlip(i) {
		// "she said" in a cluster of a company's name alone ("Orvane
		// … she said"), or of a man's ("Vandam" after "Pieter
		// Vandam"): the model's slip.
		return ""
	}
	clName := t.nameOf(cl.Type, cl.Name)
	if cl.Type == nlp.PERSON && titleOnly(clName) {
		// "the U.N. Secretary-General's personal envoy, Ingrid Solheim",
		// with the title the entity model read as a person's name made
		// the cluster's: the person's own name, when the cluster has one.
		for _, mi := range cl.Mentions {
			if m := &a.Mentions[mi]; m.Kind == nlp.NameMention && m.Type == nlp.PERSON {
				if n := a.Span(m.First, m.Last); !titleOnly(n) {
					clName = n
					break
				}
			}
		}
		if titleOnly(clName) {
			// "Bangladesh’s State Minister for Water Resources, Farhana
			// Rahman Chowdhury, called…": the name set beside the title.
			for _, mi := range cl.Mentions {
				if m := &a.Mentions[mi]; m.Kind == nlp.NameMention {
					if ap := t.child(m.Head, "appos"); ap >= 0 && !t.quoted[ap] {
						if ei := t.entityAt(ap); ei >= 0 && a.Entities[ei].Type == nlp.PERSON {
							if n := t.entityName(ei); !titleOnly(n) {
								clName = n
								break
							}
						}
					}
				}
			}
		}
		if titleOnly(clName) {
			return "" // an office, which names no one here
		}
	}
	best := ""
	for _, mi := range cl.Mentions {
		m := &a.Mentions[mi]
		if m.Kind != nlp.NameMention {
			continue
		}
		n := clName
		// The name as the entity model and the tree give it in full
		// ("Helen Ward" where the cluster kept "Helen"), for a mention of
		// the cluster's own name.
		if ei := t.entityAt(m.Head); ei >= 0 {
			if full := t.entityName(ei); strings.Contains(full, clName) {
				n = full
			}
		}
		if cl.Type != nlp.PERSON {
			// "Moravel Bread" where the story named "Moravel Bread
			// Holdings" before: the body's whole name.
			n = t.linkedBodyName(n, m.Head)
		}
		if len(n) > len(best) {
			best = n
		}
	}
	if best == "" {
		return ""
	}
	if isAcronym(best) && cl.Type != nlp.PERSON {
		// "the federation said" where the cluster's only name is the
		// short form the text defined ("The Panhellenic Seamen's
		// Federation (PNO)"): the name in full.
		if n := t.definedName(best); n != "" {
			return n
		}
	}
	return t.completeName(best)
}

// titledCluster returns, for a cluster with no name of its own whose
// first mention is a title written before a person's name ("Her brother,
// Fon Tamngwa Njike III, attended …", then "the fon", "He"), that
// person's name; "" otherwise.
func (t *tree) titledCluster(cl *nlp.Cluster) string {
	a := t.a
	if cl.Type != "" || len(cl.Mentions) == 0 {
		return ""
	}
	for _, mi := range cl.Mentions {
		if a.Mentions[mi].Kind == nlp.NameMention {
			return ""
		}
	}
	m := &a.Mentions[cl.Mentions[0]]
	if m.Last-m.First != 1 || m.Last >= len(a.Tokens) || t.quoted[m.First] || !unicode.IsUpper([]rune(a.Tokens[m.First].Text)[0]) || a.Tokens[m.First].UPOS != "PROPN" && a.Tokens[m.First].UPOS != "NOUN" {
		return ""
	}
	// A title, written in lower case in another of the cluster's
	// mentions ("the fon"), not a given name ("Comfort Nkeng-Tabe"), in
	// a cluster "he" or "she" says is a person's.
	person, title := false, false
	for _, mi := range cl.Mentions {
		mm := &a.Mentions[mi]
		if mm.Kind == nlp.PronounMention && wordGender(a.Tokens[mm.First].Text) != 0 {
			person = true
		}
		if h := &a.Tokens[mm.Head]; mi != cl.Mentions[0] && h.Text == strings.ToLower(a.Tokens[m.First].Text) {
			title = true
		}
	}
	if !title {
		return ""
	}
	if ei := t.entityAt(m.Last); ei >= 0 && a.Entities[ei].Type == nlp.PERSON && a.Entities[ei].First == m.Last {
		return t.entityFullName(ei)
	}
	// The name the entity model missed, hung on the title as its flat
	// words ("Fon | Tamngwa Njike III").
	last := m.First
	for k := m.Last; k < len(a.Tokens) && a.Tokens[k].Head >= m.First && a.Tokens[k].Head < k && (a.Tokens[k].Rel == "flat" || a.Tokens[k].Rel == "nummod" && a.Tokens[k].Head > m.First) && (a.Tokens[k].UPOS == "PROPN" || a.Tokens[k].UPOS == "NUM"); k++ {
		last = k
	}
	if !person || last == m.First || a.Tokens[m.Last].UPOS != "PROPN" {
		return ""
	}
	return a.Span(m.Last, last+1)
}

// titleOnly reports whether a name is made of titles and initials alone
// ("U.N. Secretary-General", "Prime Minister"), naming an office, not the
// person who holds it.
func titleOnly(name string) bool {
	seen := false
	for rest := name; rest != ""; {
		// The words between spaces and hyphens, read in place.
		k := strings.IndexAny(rest, " -")
		w := rest
		if k >= 0 {
			w, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		seen = true
		if !isTitleWord(w) && !isAcronym(strings.ReplaceAll(w, ".", "")) {
			return false
		}
	}
	return seen
}

// peoplesAdjectiveOnly reports whether every name mention of the cluster
// is a people's adjective the entity model typed NORP ("Qatari").
func (t *tree) peoplesAdjectiveOnly(cl *nlp.Cluster) bool {
	named := false
	for _, mi := range cl.Mentions {
		m := &t.a.Mentions[mi]
		if m.Kind != nlp.NameMention {
			continue
		}
		ei := t.entityAt(m.Head)
		if ei < 0 || t.a.Entities[ei].Type != nlp.NORP {
			return false
		}
		named = true
	}
	return named
}

// entityName returns an entity's name as written, completed over the
// words the entity model cut off: a hyphenated part ("Jo-Renee") and the
// name words the parser attaches to it ("Theresa May" with "May" read as a
// month).
func (t *tree) entityName(ei int) string {
	if t.entityNamed == nil {
		t.entityNames = make([]string, len(t.a.Entities))
		t.entityNamed = make([]bool, len(t.a.Entities))
	}
	if !t.entityNamed[ei] {
		t.entityNames[ei] = t.readEntityName(ei)
		t.entityNamed[ei] = true
	}
	return t.entityNames[ei]
}

// readEntityName computes entityName.
func (t *tree) readEntityName(ei int) string {
	a := t.a
	e := &a.Entities[ei]
	first, last := e.First, e.Last
	if e.Type == nlp.PERSON {
		// "Laura Chen of Washington": the place after the name is not
		// part of it.
		words := make([]string, 0, last-first)
		for i := first; i < last; i++ {
			words = append(words, a.Tokens[i].Text)
		}
		if k := placeAfterName(words); k > 0 {
			last = first + k
		}
		// Words the tree attaches outside the name are not part of it:
		// "State" in "Secretary of State Marco Rubio". The name is the
		// last word that hangs outside the span, with what hangs from it.
		// A Gaelic surname with its article ("Mac an t-…") is one name
		// however the tree hangs its pieces.
		h := -1
		gaelic := false
		for i := first + 1; i < last; i++ {
			gaelic = gaelic || gaelicArticle(a.Tokens[i-1].Text, a.Tokens[i].Text)
		}
		for i := first; i < last && !gaelic; i++ {
			if hd := a.Tokens[i].Head; hd < first || hd >= last {
				h = i
			}
		}
		if h > first {
			f := h
			for i := first; i < h; i++ {
				if t.dominates(h, i, first, last) {
					f = i
					break
				}
			}
			// "Welfare | Lee Jung-ho" with every word of the name hung
			// from the title's last field: the words before that hang
			// where the last one does, or inside the run, are the name's.
			for k := f - 1; k >= first; k-- {
				w := strings.ToLower(strings.TrimSuffix(a.Tokens[k].Text, "."))
				if hd := a.Tokens[k].Head; hd != a.Tokens[h].Head && (hd < first || hd > h) || a.Tokens[k].Rel != "flat" && a.Tokens[k].Rel != "punct" ||
					strings.HasSuffix(a.Tokens[k].Text, ".") || a.Tokens[k+1].Text == "." || honorific(w) || titleWords[w] {
					break
				}
				f = k
			}
			first = f
		}
	}
	// A given name inside the span starts the person's name: "State
	// Marco Rubio" read as one name after "Secretary of".
	if e.Type == nlp.PERSON || e.Type == nlp.ORG {
		for k := first + 1; k+1 < last; k++ {
			// Not a given name the tree hangs, as a name's word, from the
			// first ("Tanvir Ahmed Chowdhury": Ahmed is a middle name).
			if isKnownFirstNameLower(a.Tokens[k].Text) && !isKnownFirstNameLower(a.Tokens[first].Text) &&
				!(e.Type == nlp.PERSON && a.Tokens[k].Head == first && (a.Tokens[k].Rel == "flat" || a.Tokens[k].Rel == "flat:name")) {
				first = k
				break
			}
		}
	}
	// Name words the entity model left out before the span and the tree
	// attaches inside it ("United" of "the United States").
	for first > 0 && first == e.First && properName(a.Tokens[first-1].Text) && (a.Tokens[first-1].UPOS == "PROPN" || a.Tokens[first-1].UPOS == "ADJ") && a.Tokens[first-1].Sent == a.Tokens[first].Sent {
		p, f := &a.Tokens[first-1], &a.Tokens[first]
		// "United" hanging from "States"; "Eric" heading the flat "Mamer".
		// A person's name that starts with a given name has nothing before
		// it ("State" of "Secretary of State Marco Rubio").
		if honorific(p.Text) || e.Type == nlp.PERSON && isKnownFirstNameLower(f.Text) ||
			e.Type == nlp.PERSON && strings.HasSuffix(p.Text, ".") && utf8.RuneCountInString(p.Text) >= 3 {
			// Nor a title cut short ("Eng. Nazik Osman Hamid").
			break
		}
		if (p.Rel == "compound" || p.Rel == "amod" || p.Rel == "flat") && p.Head >= first && p.Head < last ||
			(f.Rel == "flat" || f.Rel == "flat:name") && f.Head == first-1 {
			first--
			continue
		}
		break
	}
	for first > 0 && joined(a, first-1, first) && (a.Tokens[first-1].Text == "-" || a.Tokens[first-1].UPOS == "PROPN") {
		first--
	}
	for last < len(a.Tokens) && a.Tokens[last].Sent == a.Tokens[e.First].Sent {
		nt := &a.Tokens[last]
		switch {
		case joined(a, last-1, last) && (nt.Text == "-" || nt.UPOS == "PROPN" && a.Tokens[last-1].Text == "-"):
		case e.Type == nlp.PERSON && joined(a, last-1, last) && a.Tokens[last-1].Text == "-" && isWord(nt.Text):
			// "Park Geun-hye": a given name's second part in lower case.
		case e.Type == nlp.PERSON && nt.UPOS == "PROPN" && (nt.Rel == "flat" || nt.Rel == "flat:name"):
		default:
			goto done
		}
		last++
	}
done:
	if e.Type == nlp.ORG {
		last = t.nameHeadTail(first, last)
		last = t.portfolioList(first, last)
		last = t.ofNameTail(first, last)
		last = t.postPlaceTail(first, last)
	}
	for last > first && a.Tokens[last-1].Text == "-" {
		last--
	}
	if first == e.First && last == e.Last {
		return t.nameOf(e.Type, withoutNickname(e.Type, e.Text))
	}
	return t.nameOf(e.Type, withoutNickname(e.Type, a.Span(first, last)))
}

// withoutNickname returns a person's name without the nickname written
// in quotation marks inside it ("Joaquim dos Reis" for "Joaquim “Tatu”
// dos Reis"): the name the person is named by. Any other name is as it
// is.
func withoutNickname(typ, name string) string {
	if typ != nlp.PERSON {
		return name
	}
	for _, m := range [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}} {
		i := strings.Index(name, " "+m[0])
		if i <= 0 {
			continue
		}
		inner := name[i+1+len(m[0]):]
		j := strings.Index(inner, m[1]+" ")
		if j <= 0 {
			continue
		}
		before, after := name[:i], inner[j+len(m[1])+1:]
		if w := before[strings.LastIndexByte(before, ' ')+1:]; !startsUpper(w) || !startsUpper(inner[:j]) ||
			!startsUpper(after) && !nlp.NameParticle(strings.Fields(after + " x")[0]) {
			continue
		}
		return before + " " + after
	}
	return name
}

// nameHeadTail returns the end of a body's name [first, last) carried
// over the words right after it that the tree makes one name with it:
// the capitalised proper noun every word of the name hangs from, as the
// modifiers of its head ("Association Hauts-Plateaux" before "Verts"), when
// it is no title and no name of its own, and then the proper nouns and
// numbers the tree joins flat to a word of the name ("Union" with "No."
// and "1"); last unchanged when none follows.
func (t *tree) nameHeadTail(first, last int) int {
	a := t.a
	sent := a.Tokens[first].Sent
	if last < len(a.Tokens) && a.Tokens[last].Sent == sent && !t.quoted[last] {
		nt := &a.Tokens[last]
		heads := true
		for i := first; i < last && heads; i++ {
			if hd := a.Tokens[i].Head; hd < first || hd >= last {
				heads = hd == last && (a.Tokens[i].Rel == "compound" || a.Tokens[i].Rel == "flat")
			}
		}
		if heads && nt.UPOS == "PROPN" && properName(nt.Text) && !titleWords[strings.ToLower(nt.Text)] && t.entityAt(last) < 0 {
			last++
		}
	}
	for last < len(a.Tokens) && a.Tokens[last].Sent == sent && !t.quoted[last] {
		nt := &a.Tokens[last]
		// A number may be an entity of its own (a cardinal); a word not.
		if nt.Rel != "flat" || nt.Head < first || nt.Head >= last ||
			!(nt.UPOS == "PROPN" && properName(nt.Text) && t.entityAt(last) < 0 || nt.UPOS == "NUM") {
			break
		}
		last++
	}
	return last
}

// portfolioList returns the end of a body's name [first, last) that ends
// in "of" and a word, carried over the list of further capitalised words
// the tree joins to that word's head ("Ministry of Trade, Industry and
// Fisheries", "Department of Agriculture, Water and the Environment"
// aside): last unchanged when there is no such list.
func (t *tree) portfolioList(first, last int) int {
	a := t.a
	if last-first < 3 || !nlp.EqualFoldLower(a.Tokens[last-2].Text, "of") {
		return last
	}
	end, sawAnd := last, false
	for k := last; k+1 < len(a.Tokens) && a.Tokens[k].Sent == a.Tokens[first].Sent; k += 2 {
		sep, w := &a.Tokens[k], &a.Tokens[k+1]
		switch {
		case sep.Text == "," && !sawAnd || nlp.EqualFoldLower(sep.Text, "and") && !sawAnd:
		default:
			return end
		}
		// A word of its own, not a name of more words the entity model
		// found there (it may misread a lone "Fisheries").
		if ei := t.entityAt(k + 1); w.UPOS != "PROPN" || !properName(w.Text) || w.Rel != "conj" || w.Head < first || w.Head >= last || ei >= 0 && a.Entities[ei].Last-a.Entities[ei].First > 1 {
			return end
		}
		if nlp.EqualFoldLower(sep.Text, "and") {
			sawAnd = true
			end = k + 2
			return end
		}
	}
	return end
}

// ofNameTail returns the end of a body's name [first, last) carried over
// the "of" phrases that the tree hangs inside the name and that are names
// themselves ("Federation of Industries" + "of the State of Paraná"): an
// "of", an optional "the" and a run of capitalised proper nouns whose
// head depends on a word of the name so far, as many times as they
// follow one another; last unchanged when none follows.
func (t *tree) ofNameTail(first, last int) int {
	a := t.a
	sent := a.Tokens[first].Sent
	for last+1 < len(a.Tokens) && a.Tokens[last].Sent == sent && nlp.EqualFoldLower(a.Tokens[last].Text, "of") && a.Tokens[last].UPOS == "ADP" && !t.quoted[last] {
		j := last + 1
		if a.Tokens[j].Text == "the" && a.Tokens[j].UPOS == "DET" {
			j++
		}
		r := j
		for r < len(a.Tokens) && a.Tokens[r].Sent == sent && a.Tokens[r].UPOS == "PROPN" && properName(a.Tokens[r].Text) && !t.quoted[r] {
			r++
		}
		if r == j {
			return last
		}
		// The phrase's head is one of its name words and hangs, as a
		// modifier, from a word of the name; "of" and "the" hang from it.
		h := -1
		for k := j; k < r; k++ {
			if hd := a.Tokens[k].Head; hd >= first && hd < last && strings.HasPrefix(a.Tokens[k].Rel, "nmod") {
				h = k
			} else if hd < j || hd >= r {
				return last
			}
		}
		if h < 0 || a.Tokens[last].Head != h || j > last+1 && a.Tokens[last+1].Head != h {
			return last
		}
		last = r
	}
	return last
}

// diplomaticPosts are the nouns of a body a state or an organisation
// keeps in a place: its name goes on with the place ("the UN Mission in
// Libya", "the Embassy in Lima").
var diplomaticPosts = makeSet(`embassy consulate consulate-general mission legation`)

// postPlaceTail returns the end of a body's name [first, last) whose last
// word is a diplomatic post (diplomaticPosts), carried over "in" and the
// run of capitalised proper nouns of the place the tree hangs from that
// word ("The Brazilian Embassy in Lagos"); last unchanged otherwise.
func (t *tree) postPlaceTail(first, last int) int {
	a := t.a
	if last-first < 2 || last+1 >= len(a.Tokens) || !diplomaticPosts[strings.ToLower(a.Tokens[last-1].Text)] {
		return last
	}
	in := &a.Tokens[last]
	if !nlp.EqualFoldLower(in.Text, "in") || in.UPOS != "ADP" || t.quoted[last] || in.Sent != a.Tokens[first].Sent {
		return last
	}
	r := last + 1
	for r < len(a.Tokens) && a.Tokens[r].Sent == in.Sent && a.Tokens[r].UPOS == "PROPN" && properName(a.Tokens[r].Text) && !t.quoted[r] {
		r++
	}
	if r == last+1 {
		return last
	}
	// The place's head hangs from the post as its modifier, "in" from
	// the place, and the place's other words inside the run.
	h := -1
	for k := last + 1; k < r; k++ {
		if hd := a.Tokens[k].Head; hd == last-1 && strings.HasPrefix(a.Tokens[k].Rel, "nmod") {
			h = k
		} else if hd <= last || hd >= r {
			return last
		}
	}
	if h < 0 || in.Head != h {
		return last
	}
	return r
}

// nameOf returns a name of the given entity type as a speaker or a party
// is named: a person's without title and place (personName).
func (t *tree) nameOf(typ, name string) string {
	if typ == nlp.PERSON {
		return t.personName(name)
	}
	return name
}

// personName is personName, memoized for the tree's article.
func (t *tree) personName(name string) string {
	return memoized(&t.personNames, name, personName)
}

// memoized returns f(key), computed once per tree and kept in *m.
func memoized(m *map[string]string, key string, f func(string) string) string {
	if v, ok := (*m)[key]; ok {
		return v
	}
	if *m == nil {
		*m = map[string]string{}
	}
	v := f(key)
	(*m)[key] = v
	return v
}

// dominates reports whether token i hangs from h within [first, last).
func (t *tree) dominates(h, i, first, last int) bool {
	for steps := 0; i >= first && i < last && steps < last-first; steps++ {
		if i == h {
			return true
		}
		i = t.a.Tokens[i].Head
	}
	return false
}

// honorific reports whether a word is a courtesy title ("Mr.", "Ms",
// "Dr."), which is not part of a name.
func honorific(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return maleHonorifics[w] || femaleHonorifics[w] || w == "dr"
}

// completeName returns the article's fuller form of a name when there is
// exactly one and it ends with the name ("Lew" -> "Jacob J. Lew"), else
// the name.
func (t *tree) completeName(name string) string {
	return memoized(&t.completeNames, name, t.readCompleteName)
}

// readCompleteName computes completeName.
func (t *tree) readCompleteName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	// "Nha Jacinta", the name the story says Maria Jacinta Fortes goes
	// by: the person, by her name in full.
	if t.aliasName != nil {
		if n := t.aliasName(name); n != "" {
			return n
		}
	}
	if len(f) >= 2 && courtesyTitle(f[0]) {
		// "Madam Kportufe-Asare" after "Elikem Kportufe-Asare": the
		// name the honorific is put before.
		if rest := strings.Join(f[1:], " "); t.completeName(rest) != rest {
			return t.completeName(rest)
		}
	}
	last := f[len(f)-1]
	if len(f) == 1 {
		last = lowerParticle(last) // "Al-Ansari" after "Majed al-Ansari"
	}
	if full := t.fullName(last); full != "" && len(full) > len(name) && (strings.HasSuffix(full, name) || strings.HasSuffix(full, " "+lowerParticle(name))) {
		return full
	}
	if len(f) == 1 {
		if full := t.familyFirst(name); full != "" {
			return full
		}
		if full := t.paternalSurname(name); full != "" {
			return full
		}
	}
	if len(f) >= 2 && nameParticle(strings.ToLower(name)) != "" {
		if full := t.particleSurname(f); full != "" {
			return full
		}
	}
	return name
}

// particleSurname returns the one person of the article whose name holds
// a surname that opens with a particle ("De la Fuente", "De los Santos",
// written capitalised to open a sentence) after a given name and before
// at most one more surname: "Ana María de la Fuente Ruiz", "Walter de los
// Santos Pereira". "" when none or two.
func (t *tree) particleSurname(short []string) string {
	return t.onePersonNamed(func(f []string) bool {
		for k := max(1, len(f)-1-len(short)); k+len(short) <= len(f); k++ {
			if slices.EqualFunc(f[k:k+len(short)], short, strings.EqualFold) {
				return true
			}
		}
		return false
	})
}

// courtesyTitle reports whether w is a courtesy title put before a
// surname ("Mr.", "Madam", "Dr"): not an office ("President Obama" stays
// as written).
func courtesyTitle(w string) bool {
	return courtesyGender(w) != 0 || nlp.EqualFoldLower(strings.TrimSuffix(w, "."), "dr")
}

// honorificName reports whether name is a courtesy title and one more
// word ("Madam Kportufe-Asare"): a surname, not a name in full.
func honorificName(name string) bool {
	f := strings.Fields(name)
	return len(f) == 2 && courtesyTitle(f[0])
}

// paternalSurname returns the one person of the article named in three
// words or more, a given name first, whose next-to-last word is name
// ("Galvis" for "Andrés Felipe Galvis Ortega", "Quintero" for "Rosa
// Elvira Quintero Mejía": the first of two surnames, by which Spanish
// names are written short; a given name the analysis layer's lexicons
// know the sex of will do for a name of three words, "Lucía Ferrándiz
// Olmo"), or "". It is asked only when no name of the article ends with
// that word.
func (t *tree) paternalSurname(name string) string {
	return t.onePersonNamed(func(f []string) bool {
		return len(f) >= 3 && f[len(f)-2] == name && (isKnownFirstNameLower(f[0]) ||
			len(f) == 3 && t.nameGender != nil && t.nameGender(f[0]) != 0)
	})
}

// familyFirst returns the one person of the article named in two words
// whose first word is name ("Liu" for "Liu Xiaoming", "Xi" for "Xi
// Jinping": family names written first), or "". It is asked only when no
// name of the article ends with that word.
func (t *tree) familyFirst(name string) string {
	return t.onePersonNamed(func(f []string) bool { return len(f) == 2 && f[0] == name })
}

// onePersonNamed returns the full name of the one person of the article
// whose name's words fit, or "" (none, or two).
func (t *tree) onePersonNamed(fits func(words []string) bool) string {
	a := t.a
	found := ""
	for ei := range a.Entities {
		if a.Entities[ei].Type != nlp.PERSON {
			continue
		}
		full := t.entityName(ei)
		if !fits(strings.Fields(full)) {
			continue
		}
		if found != "" && found != full {
			return ""
		}
		found = full
	}
	return found
}

// surnameName completes the name at token src as completeName does and,
// where two people of the article share the surname ("Lars Nyberg", "Elin
// Nyberg"), with the full name of the person coreference links it to.
func (t *tree) surnameName(src int, name string) string {
	if full := t.completeName(name); full != name || strings.Contains(name, " ") {
		// "Khairul Anuar said" after "Defence Minister Khairul Anuar
		// Hashim": given names the story goes on with, which coreference
		// linked to the name in full that they open (the cluster is
		// marked at the name's first word).
		if first := src - fieldCount(name) + 1; full == name && first >= 0 && t.clusterType(first) == nlp.PERSON {
			if n := t.clusterProperName(first); strings.HasPrefix(n, name+" ") && !generational(n[len(name)+1:]) {
				return n
			}
		}
		return full
	}
	// Two people who share the surname ("Maria Jacinta Fortes", her son
	// "Edson Fortes"): the pronoun that goes on about the speaker tells
	// which, before the coreference model's link by the name's letters.
	if n := t.genderedSurname(src, name); n != "" {
		return n
	}
	if t.clusterType(src) == nlp.PERSON {
		if n := t.clusterProperName(src); strings.HasSuffix(n, " "+name) {
			return n
		} else if sp := strings.LastIndexByte(n, ' '); sp > 0 && nlp.SameName(n[sp+1:], name) {
			// "O'Neill said" after "James O’Neill": the name, as
			// written here.
			return n[:sp+1] + name
		} else if sp > 0 && nlp.OneEditApart(n[sp+1:], name) {
			// "McLenney said" after "Tyresha McClenney": the name
			// misspelled, which coreference linked to the person.
			return n
		}
	}
	return name
}

// generational reports whether the words after a name are only a
// generational suffix ("Jr.", "III"): the son's name, not the father's
// in full.
func generational(rest string) bool {
	switch strings.ToLower(strings.TrimSuffix(rest, ".")) {
	case "jr", "sr", "ii", "iii", "iv", "junior", "senior":
		return true
	}
	return false
}

// genderedSurname returns, for a surname at src that two or more people
// of the story share ("Lee", with Lee Soo-min and Lee Jung-ho), the one
// whose gender the pronoun that goes on about the speaker right after
// gives ("“…,” Lee said. He added…"), when just one of them can be it
// (the others known to be of the other gender); "" otherwise.
func (t *tree) genderedSurname(src int, name string) string {
	a := t.a
	g := t.followingPronoun(src)
	if g == 0 {
		return ""
	}
	found := ""
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.Type != nlp.PERSON || e.Last-e.First < 2 || !slices.Contains(strings.Fields(e.Text), name) {
			continue
		}
		full := t.entityName(ei)
		if eg := t.entityGender(ei); eg != 0 && eg != g || full == found {
			continue
		}
		if found != "" {
			return "" // two of that gender
		}
		found = full
	}
	return found
}

// followingPronoun returns the gender of the first "he" or "she" that is
// the subject of a clause after token src, in its sentence or the next,
// outside quotation marks, with no other person named between; 0 when
// there is none.
func (t *tree) followingPronoun(src int) byte {
	a := t.a
	s := a.Tokens[src].Sent
	end := a.Sentences[s].Last
	if s+1 < len(a.Sentences) {
		end = a.Sentences[s+1].Last
	}
	for k := src + 1; k < end; k++ {
		if t.quoted[k] {
			continue
		}
		if e := t.entityAt(k); e >= 0 && a.Entities[e].Type == nlp.PERSON && a.Entities[e].First > src {
			return 0
		}
		if a.Tokens[k].UPOS == "PRON" && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") {
			return wordGender(a.Tokens[k].Text)
		}
	}
	return 0
}

// entityFullName returns an entity's name completed by surnameName (read
// at its last word, the one coreference marks for a single name).
func (t *tree) entityFullName(ei int) string {
	if n := t.entityBodyRun(ei); n != "" {
		return n
	}
	last := t.a.Entities[ei].Last - 1
	name := t.personInside(t.surnameName(last, t.entityName(ei)), last)
	// "Steel Institute" read out of "the American Iron and Steel
	// Institute", "Association of Mineworkers" out of "the Association of
	// Mineworkers and Construction Union": the body's whole name, as the
	// name linking found it.
	if t.a.Entities[ei].Type == nlp.ORG && t.bodyAt != nil {
		if n := t.bodyAt(t.a.Tokens[last].Start); len(n) > len(name) && (strings.HasSuffix(n, " "+name) || strings.HasPrefix(n, name+" ")) {
			return n
		}
	}
	// "Vellan" read out of "the Union des marins de Vellan", whatever
	// type the entity model gave the place that closes it.
	if t.a.Entities[ei].Type != nlp.PERSON {
		if n := t.sentenceCaseBody(name, last); n != "" {
			return n
		}
	}
	return name
}

// personInside returns, for a name that runs a body's or a place's name
// into a person's ("Refugee Council Enver Solomon", "Britain Liu
// Xiaoming" read as one), the person's name the engine's name linking
// found at token at, and for a lone surname the full name it found
// ("Mohib" after "Hamdullah Mohib"); else the name as it is. The person's
// name must start inside the name, not open it.
func (t *tree) personInside(name string, at int) string {
	if t.personAt == nil {
		return name
	}
	n := t.personAt(t.a.Tokens[at].Start)
	if !properName(n) || n == name {
		return name
	}
	// "Mohib" after "Hamdullah Mohib", a name the model did not read.
	if !strings.Contains(name, " ") && strings.HasSuffix(n, " "+name) {
		return n
	}
	// A lone surname the name linking kept ("Tanabe" after "Chief
	// Cabinet Secretary Yuko Tanabe", "Fuentealba" after "José Luis
	// Fuentealba Rojas", whose first surname is the one written alone)
	// shortens no name in full.
	if !strings.Contains(n, " ") && strings.Contains(name+" ", " "+n+" ") && !slices.ContainsFunc(strings.Fields(name), isTitleWord) {
		return name
	}
	first, _, _ := strings.Cut(n, " ")
	if strings.HasPrefix(name, first+" ") || !strings.Contains(name+" ", " "+first+" ") {
		return name
	}
	return n
}

// nameOnlyInMarks reports whether the cluster's name is written only in
// quotation marks of its own (nameInMarks): a nickname or a nom de
// guerre the coreference model took for the person it names.
func (t *tree) nameOnlyInMarks(cl *nlp.Cluster) bool {
	seen := false
	for ei := range t.a.Entities {
		if t.a.Entities[ei].Text != cl.Name {
			continue
		}
		if !t.nameInMarks(ei) {
			return false
		}
		seen = true
	}
	return seen
}

// clusterName returns the fullest name of the cluster an entity's words
// belong to, or the entity's own text.
func (t *tree) clusterName(e int) string {
	a := t.a
	en := &a.Entities[e]
	for i := en.First; i < en.Last; i++ {
		if m := a.Tokens[i].Mention; m >= 0 && m < len(a.Mentions) {
			if c := a.Mentions[m].Cluster; c >= 0 && c < len(a.Clusters) && a.Clusters[c].Name != "" && a.Clusters[c].Type == en.Type {
				return t.nameOf(en.Type, a.Clusters[c].Name)
			}
		}
	}
	if full := t.fullName(a.Tokens[en.Last-1].Text); full != "" && len(full) > len(en.Text) {
		return full
	}
	return en.Text
}

// fullName returns the longest PERSON name of the article that ends with
// the surname, when exactly one person has it; "" otherwise.
func (t *tree) fullName(surname string) string {
	return memoized(&t.fullNames, surname, t.readFullName)
}

// readFullName computes fullName.
func (t *tree) readFullName(surname string) string {
	a := t.a
	found := ""
	for ci := range a.Clusters {
		c := &a.Clusters[ci]
		if c.Type != nlp.PERSON || c.Name == "" {
			continue
		}
		name := t.personName(c.Name)
		if sp := strings.LastIndexByte(name, ' '); sp < 0 || name[sp+1:] != surname && !shortFor(name[sp+1:], surname) || honorificName(name) {
			continue
		}
		if found != "" && found != name && !strings.HasSuffix(found, " "+name) && !strings.HasSuffix(name, " "+found) {
			return ""
		}
		if len(name) > len(found) {
			found = name
		}
	}
	if found != "" {
		return found
	}
	// A person coreference gathered in no cluster ("Abdulkader
	// al-Murtada, head of …" and, later, "al-Murtada said"): the person
	// entities of the article, the same way.
	for ei := range a.Entities {
		if a.Entities[ei].Type != nlp.PERSON {
			continue
		}
		name := t.entityName(ei)
		f := strings.Fields(name)
		if len(f) < 2 || f[len(f)-1] != surname && !shortFor(f[len(f)-1], surname) || honorificName(name) {
			continue
		}
		if found != "" && found != name && !strings.HasSuffix(found, " "+name) && !strings.HasSuffix(name, " "+found) {
			return ""
		}
		if len(name) > len(found) {
			found = name
		}
	}
	return found
}

// shortFor reports whether surname is last without the particle it is
// joined to by a hyphen ("Saadi" for "al-Saadi"); most names fail the
// first, cheap test.
func shortFor(last, surname string) bool {
	return strings.HasSuffix(last, "-"+surname) && afterParticle(last) == surname
}

// afterParticle returns a surname joined to its particle by a hyphen
// without the particle ("Saadi" of "al-Saadi", "saadi" of "al-saadi"), as
// the name may be written short; "" when w opens with no such particle.
func afterParticle(w string) string {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return ""
	}
	if c := w[0] | 0x20; c < 'a' || c > 'z' || !particleStarts[c] {
		return "" // no particle opens with this letter: nothing to lower-case
	}
	if p := strings.ToLower(w[:i+1]); nameParticle(p) != p {
		return ""
	}
	return w[i+1:]
}

// isActorType reports whether an entity type can be a party or a speaker.
func isActorType(typ string) bool {
	switch typ {
	case nlp.PERSON, nlp.ORG, nlp.GPE, nlp.NORP:
		return true
	}
	return false
}

// properName reports whether a name is capitalised, as a proper name is
// ("the ministry" found as an organisation is a description, not a name),
// or opens with a lowercase particle before its capital ("al-Murtada", "de
// Villepin", "van der Leyen").
func properName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	rest, ok := strings.CutPrefix(s, nameParticle(s))
	if !ok || rest == s {
		return false
	}
	r, _ = utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// lowerParticle returns a surname that opens with a particle capitalised
// at the start of a sentence ("Von der Leyen") as it is written inside a
// name ("von der Leyen"); any other name as it is.
func lowerParticle(name string) string {
	if nameParticle(strings.ToLower(name)) != "" {
		return strings.ToLower(name[:1]) + name[1:]
	}
	return name
}

// nameParticle returns the lowercase particle a surname may open with
// ("al-", "el-", "bin ", "de ", "van der "), or "".
func nameParticle(s string) string {
	if s == "" || !particleStarts[s[0]] {
		return ""
	}
	for _, p := range nameParticles {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
}

// nameParticles are the particles nameParticle knows, in the order it
// tries them.
var nameParticles = []string{"al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-",
	"abu ", "bin ", "binti ", "ibn ", "bint ", "van der ", "van den ", "van ", "von der ", "von ", "de la ", "de los ", "de las ", "de ", "del ", "della ", "di ", "da ", "dos ", "du ", "le ", "la "}

// particleStarts marks the first bytes of nameParticles, so that most
// words are turned down at their first letter.
var particleStarts = func() (m [256]bool) {
	for _, p := range nameParticles {
		m[p[0]] = true
	}
	return m
}()

// isWord reports whether s is made of letters only.
func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
