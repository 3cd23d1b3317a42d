package summarize

// People named around a role or a description: in the next sentence, set
// off after the role's phrase or at the end of the sentence, before a
// description "who" stands for, and by kin ("the younger Whitehorse",
// "her brother").

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// newcomerNamed returns, for a definite role at src that no name before
// it holds ("…,” said the head of Sudan’s technical team."), the person
// whose full name opens the next sentence as the subject of its verb,
// named there for the first time in the story, when that sentence shares
// a word of the role's phrase other than the role ("Eng. Nazik Osman
// Hamid said Sudan had asked for 72 hours’ notice"): news describes a
// speaker and names them in the sentence after. -1 otherwise.
func (t *tree) newcomerNamed(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || !roleNoun(strings.ToLower(tok.Text)) || t.quoted[src] {
		return -1
	}
	if d := t.child(src, "det"); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return -1
	}
	// The next sentence in the story's own words: past the rest of the
	// quotation ("“…,” said the head of the team. “If Ethiopia …”").
	next := tok.Sent + 1
	for next < len(a.Sentences) && !a.Sentences[next].NewPar && t.openingQuoted(next) {
		next++
	}
	if next >= len(a.Sentences) {
		return -1
	}
	ns := a.Sentences[next]
	ei := -1
	for k := ns.First; k < ns.Last && k <= ns.First+2; k++ {
		if e := t.entityAt(k); e >= 0 {
			if a.Entities[e].First == k && a.Entities[e].Type == nlp.PERSON {
				ei = e
			}
			break
		}
		if a.Tokens[k].UPOS != "PROPN" && a.Tokens[k].UPOS != "NOUN" && a.Tokens[k].Text != "." {
			return -1 // only a title before the name
		}
	}
	if ei < 0 {
		return -1
	}
	e := a.Entities[ei]
	if e.Last-e.First < 2 || t.quoted[e.First] {
		return -1 // a full name, in the story's own words
	}
	subject := false
	for k := ns.First; k < e.Last; k++ { // the name, or the title before it ("Eng.")
		if r := a.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && a.Tokens[k].Head >= e.Last {
			subject = true
		}
	}
	if !subject {
		return -1
	}
	surname := a.Tokens[e.Last-1].Text
	for _, pe := range a.Entities { // not always in text order
		if pe.First < e.First && pe.Type == nlp.PERSON && strings.EqualFold(a.Tokens[pe.Last-1].Text, surname) {
			return -1 // named before: not the one just described
		}
	}
	// A word of the role's phrase (its dependents in its sentence) that
	// the next sentence uses too.
	s := a.Sentences[tok.Sent]
	for k := s.First; k < s.Last; k++ {
		w := &a.Tokens[k]
		if k == src || w.UPOS != "NOUN" && w.UPOS != "PROPN" && w.UPOS != "ADJ" || !t.dominates(src, k, s.First, s.Last) {
			continue
		}
		for j := e.Last; j < ns.Last; j++ {
			if strings.EqualFold(a.Tokens[j].Lemma, w.Lemma) {
				return ei
			}
		}
	}
	return -1
}

// setOffName returns, for a role at src ("the chair of the negotiating
// committee"), the person named right after the role's phrase, set off
// by commas with at most a title before the name ("…, Chilean ambassador
// Inés Carrasco Villalobos, told"), or -1.
func (t *tree) setOffName(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || !roleNoun(strings.ToLower(tok.Text)) || t.quoted[src] {
		return -1
	}
	last := a.Sentences[tok.Sent].Last
	k := src + 1
	for ; k < last && k <= src+8 && a.Tokens[k].Text != ","; k++ {
		switch a.Tokens[k].UPOS {
		case "VERB", "AUX", "PUNCT", "PRON", "CCONJ":
			return -1 // the role's phrase ends before any comma
		}
	}
	if k >= last || a.Tokens[k].Text != "," {
		return -1
	}
	for j := k + 1; j < last && j <= k+4; j++ {
		if e := t.entityAt(j); e >= 0 {
			en := &a.Entities[e]
			if en.First != j || en.Type != nlp.PERSON && !t.givenNamed(e) || en.Last >= last || a.Tokens[en.Last].Text != "," || t.quoted[j] {
				return -1
			}
			return e
		}
		switch a.Tokens[j].UPOS {
		case "ADJ", "NOUN", "PROPN":
		default:
			return -1
		}
	}
	return -1
}

// givenNamed reports whether entity e, which the entity model typed as
// no person, reads as a person's name where a role sets it off: two or
// three words, the first a known given name or the whole read as a
// place no list knows ("Tessa Fontenelle" after "The area's
// representative in the House,"), the last no word for a body.
func (t *tree) givenNamed(e int) bool {
	a := t.a
	en := &a.Entities[e]
	n := en.Last - en.First
	if n < 2 || n > 3 || !isKnownFirstNameLower(a.Tokens[en.First].Text) && en.Type != nlp.GPE && en.Type != nlp.LOC {
		return false
	}
	last := strings.ToLower(a.Tokens[en.Last-1].Text)
	_, known := lookupGazLower(en.Text)
	return !orgWords[last] && !isTitleWord(last) && !known
}

// finalName returns, for a role at src that is the subject of a cue
// written before it ("…,” said the head of the government delegation,"),
// the person named at the very end of the sentence, set off by a comma
// after the role's appositions ("…, a former regional ombudswoman who
// spent…, Lucía Arbeláez Quintero."), where no other name is set off
// between; or -1.
func (t *tree) finalName(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || !roleNoun(strings.ToLower(tok.Text)) || t.quoted[src] || tok.Head < 0 || tok.Head > src || !strings.HasPrefix(tok.Rel, "nsubj") {
		return -1
	}
	s := a.Sentences[tok.Sent]
	end := s.Last - 1
	for end > src && a.Tokens[end].UPOS == "PUNCT" && a.Tokens[end].Text != "," {
		end--
	}
	e := t.entityAt(end)
	if e < 0 {
		return -1
	}
	en := &a.Entities[e]
	if en.Type != nlp.PERSON || en.Last-1 != end || en.First <= src+1 || a.Tokens[en.First-1].Text != "," || t.quoted[en.First] {
		return -1
	}
	for k := src + 1; k < en.First-1; k++ {
		if t.quoted[k] {
			return -1
		}
		if o := t.entityAt(k); o >= 0 && a.Entities[o].Type == nlp.PERSON && a.Entities[o].First == k && a.Tokens[k-1].Text == "," {
			return -1 // another name set off in the chain
		}
	}
	return e
}

// describedBefore returns, for "who" after a comma at src whose word
// before is a body's or a place's name, the person named right before
// the description that name ends ("Dwayne Pruitt, LaShonda Pruitt's
// younger brother and a math teacher at Hyde Park Academy, who said…":
// "who" is a person, the brother, set off after his name), or -1.
func (t *tree) describedBefore(src int) int {
	a := t.a
	if !nlp.EqualFoldLower(a.Tokens[src].Text, "who") {
		return -1
	}
	h := src - 2
	if e := t.entityAt(h); e < 0 || a.Entities[e].Type == nlp.PERSON {
		return -1
	}
	// Up from the name to the noun of people whose phrase holds it.
	for k := 0; k < 6 && h >= 0 && !(a.Tokens[h].UPOS == "NOUN" && t.personNoun(h)); k++ {
		switch a.Tokens[h].Rel {
		case "nmod", "flat", "compound", "conj":
			h = a.Tokens[h].Head
		default:
			return -1
		}
	}
	if h < 0 || a.Tokens[h].UPOS != "NOUN" {
		return -1
	}
	for a.Tokens[h].Rel == "conj" && a.Tokens[h].Head >= 0 && a.Tokens[a.Tokens[h].Head].UPOS == "NOUN" {
		h = a.Tokens[h].Head // "…brother and a math teacher": the first of them
	}
	lp := int(t.left[h])
	if a.Tokens[lp].Text == "," {
		lp++ // the comma hung inside the phrase
	}
	if lp < 2 || a.Tokens[lp-1].Text != "," || a.Tokens[lp-1].Sent != a.Tokens[src].Sent {
		return -1
	}
	if e := t.entityAt(lp - 2); e >= 0 && a.Entities[e].Type == nlp.PERSON && a.Entities[e].Last == lp-1 && !t.quoted[lp-2] {
		return e
	}
	return -1
}

// seniority returns, for a surname at src written after "the younger"
// or "the elder" ("the younger Whitehorse said"), the one of the people
// named before with that surname whose description says it ("Cal
// Whitehorse, … Jordan Whitehorse's younger brother"), or the other of
// two where the description of one says the opposite; "" otherwise.
func (t *tree) seniority(src int) string {
	a := t.a
	if src < 2 || !nlp.EqualFoldLower(a.Tokens[src-2].Text, "the") {
		return ""
	}
	var younger bool
	switch strings.ToLower(a.Tokens[src-1].Text) {
	case "younger", "youngest":
		younger = true
	case "elder", "older", "eldest", "oldest":
	default:
		return ""
	}
	surname := a.Tokens[src].Text
	var names []string
	first := map[string]int{}
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First >= src {
			break
		}
		if e.Type != nlp.PERSON || a.Tokens[e.Last-1].Text != surname || t.quoted[e.First] {
			continue
		}
		if e.Last < len(a.Tokens) && (a.Tokens[e.Last].Text == "'s" || a.Tokens[e.Last].Text == "’s") {
			continue // "Jordan Whitehorse's younger brother" is someone else
		}
		// The name as written in full, where the model cut a short
		// given name off ("Cal | Whitehorse").
		n := t.entityName(ei)
		if e.Last-e.First == 1 && e.First > 0 && a.Tokens[e.First-1].UPOS == "PROPN" && startsUpper(a.Tokens[e.First-1].Text) && t.entityAt(e.First-1) < 0 && a.Tokens[e.First-1].Sent == a.Tokens[e.First].Sent {
			n = a.Span(e.First-1, e.Last)
		}
		if !strings.Contains(n, " ") {
			continue
		}
		if _, ok := first[n]; !ok {
			first[n] = ei
			names = append(names, n)
		}
	}
	if len(names) < 2 {
		return ""
	}
	marked := func(ei int, words map[string]bool) bool {
		e := &a.Entities[ei]
		for k := e.Last; k < len(a.Tokens) && k <= e.Last+15 && a.Tokens[k].Sent == a.Tokens[e.First].Sent; k++ {
			if lowerIn(words, a.Tokens[k].Text) {
				return true
			}
		}
		return false
	}
	youngWords := map[string]bool{"younger": true, "youngest": true, "son": true, "daughter": true, "junior": true}
	oldWords := map[string]bool{"elder": true, "older": true, "eldest": true, "oldest": true, "father": true, "mother": true, "senior": true}
	want, other := youngWords, oldWords
	if !younger {
		want, other = oldWords, youngWords
	}
	found := ""
	for _, n := range names {
		if marked(first[n], want) {
			if found != "" {
				return ""
			}
			found = n
		}
	}
	if found != "" || len(names) != 2 {
		return found
	}
	for i, n := range names {
		if marked(first[n], other) && !marked(first[names[1-i]], other) {
			return names[1-i]
		}
	}
	return ""
}

// seniorOfGroup returns, for "the younger" or "the elder" of a group the
// phrase at src names ("says the younger of the two brothers"), or of
// the two people a surname names ("the younger Fifita"), the one of the
// two people the story names with one surname whom the ages it gives
// them make so ("Pavel Horáček, 58," and "Jiří Horáček, 63,"), or, without
// both ages, the one it set the word beside ("His younger brother,
// Viliami Fifita,"); "" where the story names no such pair or says
// neither.
func (t *tree) seniorOfGroup(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	// "the younger Fifita": the word that says which, before a surname
	// two people share, read in the words' order, whatever the parser
	// made of them ("the younger Khaydarov says", "says" read as a noun).
	which, surname := src, ""
	if tok.UPOS == "PROPN" {
		if src < 2 || a.Tokens[src-1].UPOS != "ADJ" || !nlp.EqualFoldLower(a.Tokens[src-2].Text, "the") {
			return ""
		}
		which, surname = src-1, tok.Text
	}
	var younger bool
	switch strings.ToLower(a.Tokens[which].Text) {
	case "younger", "youngest":
		younger = true
	case "elder", "older", "eldest", "oldest":
	default:
		return ""
	}
	if d := t.child(src, "det"); surname == "" && (d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the")) {
		return ""
	}
	group := surname != ""
	for _, c := range t.children(src) {
		if ci := int(c); ci > src && a.Tokens[ci].Rel == "nmod" && t.caseOf(ci) == "of" && a.Tokens[ci].XPOS == "NNS" {
			group = true
		}
	}
	if !group {
		return ""
	}
	// The people of two words or more the story names, by surname, and
	// the age it gives each ("Name, 58,").
	bySurname := map[string][]string{}
	ages := map[string]int{}
	first := map[string]int{}
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.Type != nlp.PERSON || t.quoted[e.First] || e.Last-e.First < 2 {
			continue
		}
		n := t.entityFullName(ei)
		sn := a.Tokens[e.Last-1].Text
		if _, ok := first[n]; !ok {
			first[n] = ei
			bySurname[sn] = append(bySurname[sn], n)
		}
		if k := e.Last; k+2 < len(a.Tokens) && a.Tokens[k].Text == "," && a.Tokens[k+1].UPOS == "NUM" && a.Tokens[k+2].Text == "," {
			if age, ok := ageOf(a.Tokens[k+1].Text); ok {
				ages[n] = age
			}
		}
	}
	var pair []string
	for sn, ns := range bySurname {
		if surname != "" && sn != surname {
			continue
		}
		if len(ns) == 2 {
			if pair != nil {
				return "" // two pairs: the phrase does not say which
			}
			pair = ns
		}
	}
	if pair == nil {
		return ""
	}
	a0, ok0 := ages[pair[0]]
	a1, ok1 := ages[pair[1]]
	if !ok0 || !ok1 || a0 == a1 {
		// Without both ages, the one the story set beside the word
		// itself ("His younger brother, Viliami Fifita,"), the other
		// having no such word.
		w0 := t.seniorityBefore(first[pair[0]], younger)
		w1 := t.seniorityBefore(first[pair[1]], younger)
		switch {
		case w0 && !w1:
			return pair[0]
		case w1 && !w0:
			return pair[1]
		}
		return ""
	}
	if (a0 < a1) == younger {
		return pair[0]
	}
	return pair[1]
}

// seniorityBefore reports whether the five words before entity ei's
// name, in its sentence, hold a word for the younger (younger) or the
// elder of two ("His younger brother, Viliami Fifita").
func (t *tree) seniorityBefore(ei int, younger bool) bool {
	a := t.a
	e := &a.Entities[ei]
	for k := e.First - 1; k >= 0 && k >= e.First-5 && a.Tokens[k].Sent == a.Tokens[e.First].Sent; k-- {
		switch strings.ToLower(a.Tokens[k].Text) {
		case "younger", "youngest":
			if younger {
				return true
			}
		case "elder", "older", "eldest", "oldest":
			if !younger {
				return true
			}
		}
	}
	return false
}

// kinReciprocals maps a noun of kin to the nouns the other of the pair
// is called by: her brother is the one she is the sister of.
var kinReciprocals = map[string][]string{
	"husband": {"wife", "partner"}, "wife": {"husband", "partner"},
	"brother": {"sister", "brother", "sibling"}, "sister": {"brother", "sister", "sibling"},
	"son": {"father", "mother", "parent"}, "daughter": {"father", "mother", "parent"},
	"father": {"son", "daughter", "child"}, "mother": {"son", "daughter", "child"},
	"parent": {"son", "daughter", "child"}, "widow": {"husband", "partner"}, "widower": {"wife", "partner"},
}

// KinReciprocals returns the nouns (lemmas) by which the other of a pair
// of kin is called, for a noun of kin ("mother": son, daughter, child;
// "wife": husband, partner), or nil: the answerer finds "the mother of
// the kidnapped sailor" by "Ana Ruiz, whose son was kidnapped".
func KinReciprocals(w string) []string { return lowerIn(kinReciprocals, w) }

// relativeOf returns, for a noun of kin with its owner at src ("Her
// brother", "Her husband"), the person the story names as that relative:
// the one whose name owns the reciprocal noun set off after the owner's
// name ("Ida Sørensen, Mikkel's older sister" for her brother), or the
// person named right before "and his wife, Lucia" for her husband; "".
// owner is the name its possessive stands for (kinOwner).
func (t *tree) relativeOf(src int, owner string) string {
	a := t.a
	recips := lowerIn(kinReciprocals, a.Tokens[src].Lemma)
	ownerIn := func(sent int) bool {
		for ei := range a.Entities {
			if e := &a.Entities[ei]; e.Type == nlp.PERSON && a.Tokens[e.First].Sent == sent && (strings.Contains(owner, e.Text) || strings.Contains(e.Text, owner)) {
				return true
			}
		}
		return false
	}
	one := soleName{owner: owner}
	for k := range a.Tokens {
		if k >= src || t.quoted[k] || a.Tokens[k].UPOS != "NOUN" || !slices.Contains(recips, strings.ToLower(a.Tokens[k].Lemma)) {
			continue
		}
		y := t.child(k, "nmod:poss")
		if y < 0 || !ownerIn(a.Tokens[k].Sent) {
			continue
		}
		name := ""
		switch yt := &a.Tokens[y]; yt.UPOS {
		case "PROPN":
			// "Mikkel's older sister": the person of that name.
			name = t.kinNamed(y)
		case "PRON":
			// "Tomás Herrera and his wife, Lucia": the one named
			// before in the sentence, not the owner.
			for ei := len(a.Entities) - 1; ei >= 0; ei-- {
				e := &a.Entities[ei]
				if e.Last > k || e.Type != nlp.PERSON || a.Tokens[e.First].Sent != a.Tokens[k].Sent || strings.Contains(owner, e.Text) {
					continue
				}
				name = t.entityFullName(ei)
				break
			}
		}
		one.add(name)
	}
	return one.name()
}

// soleName gathers the names found for one relative: the name when every
// one found is it, none when two differ; the owner's own name is never
// one of them.
type soleName struct {
	owner, found string
	clash        bool
}

// add counts one name found ("" for none).
func (s *soleName) add(name string) {
	if name == "" || strings.Contains(s.owner, name) {
		return
	}
	if s.found != "" && s.found != name {
		s.clash = true
	}
	s.found = name
}

// name returns the one name found, or "".
func (s *soleName) name() string {
	if s.clash {
		return ""
	}
	return s.found
}

// sameKin returns, for a relative named by whose kin they are ("his
// eldest daughter"), the one person the story named before by the same
// word for the same person's kin (or, for "his" or "her", a person who
// can be theirs), the name set off after it ("said his daughter, Abena
// Ofori-Darko,"); "" when none or two. o is the possessive and owner
// the name it stands for (kinOwner).
func (t *tree) sameKin(src, o int, owner string) string {
	return t.kinBefore(src, owner, func(y int) bool {
		n, ok := t.speakerOf(y)
		return ok && (n == owner || t.sameOwner(o, n))
	})
}

// sameKinUnowned returns, for a relative at src named by a possessive
// pronoun that resolves to no name ("…,” her mother said" after a
// quotation whose "she" is someone else), the one person the story set
// off by name after the same word and the same pronoun before ("Her
// mother, Corazon dela Paz, 79, still lives…"); "" when none or two.
func (t *tree) sameKinUnowned(src int) string {
	a := t.a
	o := t.child(src, "nmod:poss")
	if o < 0 || t.quoted[src] || wordGender(a.Tokens[o].Text) == 0 {
		return ""
	}
	return t.kinBefore(src, "", func(y int) bool { return strings.EqualFold(a.Tokens[y].Text, a.Tokens[o].Text) })
}

// kinBefore returns the one person named in apposition, outside
// quotation marks, to a noun of the same lemma as src before it whose
// possessor ours accepts ("Her mother, Corazon dela Paz,"); "" when none
// or two, and never owner.
func (t *tree) kinBefore(src int, owner string, ours func(y int) bool) string {
	a := t.a
	lemma := strings.ToLower(a.Tokens[src].Lemma)
	one := soleName{owner: owner}
	for k := 0; k < src; k++ {
		if t.quoted[k] || a.Tokens[k].UPOS != "NOUN" || strings.ToLower(a.Tokens[k].Lemma) != lemma {
			continue
		}
		if y := t.child(k, "nmod:poss"); y < 0 || !ours(y) {
			continue
		}
		name := ""
		for _, c := range t.children(k) {
			if ci := int(c); ci > k && a.Tokens[ci].Rel == "appos" && !t.quoted[ci] {
				if e := t.entityAt(ci); e >= 0 && a.Entities[e].Type == nlp.PERSON {
					name = t.entityFullName(e)
				}
				break
			}
		}
		one.add(name)
	}
	return one.name()
}

// sameOwner reports whether "his" or "her" at o may stand for the person
// named n, whatever coreference linked it to: a relative taken up by the
// same word ("his eldest daughter said" after "said his daughter, Abena
// Ofori-Darko,") is more often the same person's relative than the
// pronoun's nearest antecedent's.
func (t *tree) sameOwner(o int, n string) bool {
	g := wordGender(t.a.Tokens[o].Text)
	if g == 0 || t.quoted[o] || !properName(n) {
		return false
	}
	e := t.personNamed(n)
	if e < 0 {
		return false
	}
	eg := t.entityGender(e)
	return eg == 0 || eg == g
}

// kinOwner returns, for a noun of kin at src outside quotation marks,
// whose kin it is ("his" of "his eldest daughter"): the possessive's
// token and the name it stands for; -1 and "" when it has none or no
// proper name resolves it.
func (t *tree) kinOwner(src int) (int, string) {
	o := t.child(src, "nmod:poss")
	if o < 0 || t.quoted[src] {
		return -1, ""
	}
	owner, ok := t.speakerOf(o)
	if !ok || !properName(owner) {
		return -1, ""
	}
	return o, owner
}

// kinNamed returns the full name of the person named at token y, a
// name or a given name alone ("Mikkel's") that one person's full name
// begins with; "".
func (t *tree) kinNamed(y int) string {
	a := t.a
	if e := t.entityAt(y); e >= 0 && a.Entities[e].Type == nlp.PERSON && a.Entities[e].Last-a.Entities[e].First > 1 {
		return t.entityFullName(e)
	}
	w := a.Tokens[y].Text
	found := ""
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.Type != nlp.PERSON || e.Last-e.First < 2 || a.Tokens[e.First].Text != w {
			continue
		}
		n := t.entityFullName(ei)
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// listAfter reports whether the words after the comma at k end a list:
// names or nouns, then "and" or "or" ("…, Canada and Mexico").
func (t *tree) listAfter(k int) bool {
	a := t.a
	for j := k + 1; j < len(a.Tokens) && j <= k+6 && a.Tokens[j].Sent == a.Tokens[k].Sent; j++ {
		switch tk := &a.Tokens[j]; {
		case tk.UPOS == "CCONJ":
			return j > k+1
		case tk.UPOS != "PROPN" && tk.UPOS != "NOUN" && tk.UPOS != "ADJ" && tk.UPOS != "DET" && tk.Text != ",":
			return false
		}
	}
	return false
}

// subjectGoesOn returns, for a definite description of a person that
// speaks at src and that nothing else resolved ("“…,” the Connecticut
// senator told reporters", "the Connecticut Democrat"), the person the
// story's last sentence before the quotation made its subject by name
// ("Senator Chris Murphy, the lead Democratic negotiator, disagreed.",
// or a role with the name set off beside it: "His Japanese counterpart,
// Ryosei Akazawa, struck a more cautious note.", or a role the story
// named its holder for: "the confederation's president was in no mood
// for small talk"), or by "he" or "she" for a description of who someone
// is ("She has kidney failure… “…,” the 81-year-old retired schoolteacher
// said"; see privateDescription):
// news goes on with the speaker it just named, in other words. Not when
// the story used the description's noun before (it may be someone else)
// nor when another person is named between them outside quotation marks,
// but for one the subject's sentence names only in the subject's own
// phrase or in what it says (spokenOf). It returns -1 otherwise.
func (t *tree) subjectGoesOn(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	if t.quoted[src] {
		return -1
	}
	head := src
	for head >= 0 && (a.Tokens[head].Rel == "flat" || a.Tokens[head].Rel == "compound") && a.Tokens[head].Head >= 0 && a.Tokens[head].Head < head {
		head = a.Tokens[head].Head
	}
	lo := int(t.left[head])
	for lo < head && a.Tokens[lo].UPOS == "PUNCT" {
		lo++ // the comma and the closing mark of the quotation, hung from the source
	}
	if lo > 0 && !nlp.EqualFoldLower(a.Tokens[lo].Text, "the") {
		lo-- // "the" hung elsewhere by the parser
	}
	if lo < 0 || !nlp.EqualFoldLower(a.Tokens[lo].Text, "the") || a.Tokens[lo].UPOS != "DET" {
		return -1
	}
	// "the younger of the two brothers": one of a group the phrase
	// names, whom the group's members are to tell, not the person the
	// story just named.
	for _, c := range t.children(src) {
		if ci := int(c); ci > src && a.Tokens[ci].Rel == "nmod" && t.caseOf(ci) == "of" && (a.Tokens[ci].XPOS == "NNS" || a.Tokens[ci].XPOS == "NNPS") {
			return -1
		}
		// "The chairwoman of the union said…" after the minister spoke:
		// a role in a body the phrase names is someone of that body, not
		// the person just named in another role.
		if ci := int(c); ci > src && a.Tokens[ci].Rel == "nmod" && (t.caseOf(ci) == "of" || t.caseOf(ci) == "for") && t.bodyWord(ci) {
			if tok.Sent > 0 {
				if r := t.sentenceRoot(tok.Sent - 1); r >= 0 {
					if sj := t.subjectChild(r); sj >= 0 && a.Tokens[sj].UPOS == "NOUN" && a.Tokens[sj].Lemma != tok.Lemma {
						return -1
					}
				}
			}
		}
	}
	usedBefore := false
	switch {
	case tok.UPOS == "NOUN" && tok.XPOS == "NN" && (roleNoun(strings.ToLower(tok.Text)) || t.personNoun(src) || t.unclassedSpeaker(src)):
		// One person ("the nurses" are many), described as the story
		// has described no one else before (checked below, once the
		// person is known: the earlier description may be theirs).
		usedBefore = t.nounUsedBefore(tok.Lemma, tok.Sent, a.Sentences[tok.Sent].First)
	case t.ageAlone(src):
		// "“…,” the 61-year-old says": an age standing for the person,
		// a description of who someone is, as "the retiree" would be.
	case tok.UPOS == "PROPN" || tok.UPOS == "ADJ":
		// "the Connecticut Democrat", "the Italian": a people's word at
		// the end of a capitalised phrase after "the" describes a
		// person, however the name linking read it.
		last := int(t.right[head])
		if tok.UPOS == "ADJ" {
			last = src // its phrase may run on into a relative clause
		}
		if last >= len(a.Tokens) || !strings.HasSuffix(a.Tokens[last].NER, "NORP") || !startsUpper(a.Tokens[last].Text) {
			return -1
		}
	default:
		return -1
	}
	// The story's last sentence before the quotation the source speaks.
	s := tok.Sent - 1
	for s >= 0 && t.opensWithQuote(s) && s >= tok.Sent-4 {
		s--
	}
	if s < 0 || t.opensWithQuote(s) {
		return -1
	}
	// "Ana Ruiz leads the pilots' union. … ¶ The transport minister said
	// on Monday…": a role that opens a paragraph of its own, not after a
	// quotation, brings someone in, unless the story gave the person
	// named before that role where it named them, or a role of any kind
	// set off beside the name ("Ana Ruiz, the state mediator, … ¶ The
	// former judge said…": another way of naming her). A nationality
	// standing alone ("The Italian said…") names no one new.
	if tok.UPOS == "NOUN" && a.Sentences[tok.Sent].NewPar && !t.opensWithQuote(tok.Sent) && !t.sentenceHasWord(s, tok.Text) && !t.roleSetOff(s) {
		return -1
	}
	// "Mayor Odile Brecq said… ¶ The deputy mayor was less sure": a rank
	// below the role that the named person's sentence never gave her is
	// someone else's.
	if r := t.rankBelow(src); r != "" && !t.sentenceHasWord(s, r) {
		return -1
	}
	r := t.sentenceRoot(s)
	if r < 0 {
		return -1
	}
	subj := t.subjectChild(r)
	if subj < 0 && a.Tokens[r].UPOS == "PROPN" {
		// "Senator Chris Murphy, the lead Democratic negotiator,
		// disagreed." with the verb tagged a noun: the name heads it.
		subj = r
	}
	if subj >= 0 && a.Tokens[subj].UPOS == "NOUN" && t.child(subj, "conj") < 0 {
		// "His Japanese counterpart, Ryosei Akazawa, struck a more
		// cautious note.": the role's name set off beside it.
		if ap := t.child(subj, "appos"); ap > subj && a.Tokens[ap].UPOS == "PROPN" {
			subj = ap
		}
	}
	if subj < 0 || a.Tokens[subj].UPOS != "PROPN" && (a.Tokens[subj].UPOS != "NOUN" || !roleNoun(strings.ToLower(a.Tokens[subj].Text))) {
		// "The gap on pay had narrowed…, Chatzigeorgiou said, but…":
		// no one is the subject, but the sentence reports someone's
		// words by name.
		if c := t.creditedName(s); c >= 0 {
			subj = c
		}
	}
	if subj < 0 || t.child(subj, "conj") >= 0 {
		return -1
	}
	ei, after := -1, -1
	switch a.Tokens[subj].UPOS {
	case "PRON":
		// "Margaret Kowalchuk was watching the forecast. She has kidney
		// failure… “…,” the 81-year-old retired schoolteacher said":
		// the person the sentence's "he" or "she" speaks for, when the
		// description's noun does not give the other sex. Only a
		// description of who someone is, not of an office or a body
		// ("the mayor", "the delegation" may be someone else).
		g := wordGender(a.Tokens[subj].Text)
		if g == 0 || t.quoted[subj] || !t.privateDescription(src) && !t.ageAlone(src) {
			return -1
		}
		if ng := nlp.GenderedNoun(strings.ToLower(tok.Lemma)); ng != 0 && ng != g {
			return -1
		}
		ei, after = t.pronounSpeaker(subj), subj+1
	case "PROPN", "ADJ":
		if ei = t.entityAt(subj); a.Tokens[subj].UPOS == "PROPN" && ei >= 0 && a.Entities[ei].Type != nlp.NORP {
			after = a.Entities[ei].Last + 1
			break
		}
		// "The Italian, who also represents…, said…. “…,” the Italian
		// agent said": a nationality standing for the person the story
		// resolved it to, however tagged.
		ei = -1
		if !strings.HasSuffix(a.Tokens[subj].NER, "NORP") {
			return -1
		}
		if n, ok := t.speakerOf(subj); ok && properName(n) {
			ei, after = t.personNamed(n), subj+1
		}
	case "NOUN":
		// "the confederation's president was in no mood for small talk.
		// “…,” the 61-year-old former driver told the crowd": a role the
		// story named its holder for goes on as that person.
		if !roleNoun(strings.ToLower(a.Tokens[subj].Text)) && !t.personNoun(subj) && !t.unclassedSpeaker(subj) || a.Tokens[subj].Lemma == tok.Lemma {
			return -1
		}
		if n, ok := t.speakerOf(subj); ok && properName(n) {
			ei, after = t.personNamed(n), int(t.right[subj])+1
		}
	}
	if ei < 0 || a.Entities[ei].Type != nlp.PERSON {
		return -1
	}
	c := t.clusterAt(a.Entities[ei].Last - 1)
	start := 0
	if t.entsInOrder {
		start = ei + 1
	}
	for e2 := start; e2 < len(a.Entities); e2++ {
		e := &a.Entities[e2]
		if e.First >= src {
			if t.entsInOrder {
				break // the rest come after too
			}
			continue
		}
		if e.Type == nlp.PERSON && e.First >= after && !t.quoted[e.First] && (c < 0 || t.clusterAt(e.Last-1) != c) && !t.placeReadAsPerson(e) && !t.spokenOf(e, s, r, subj) {
			return -1
		}
	}
	if usedBefore && t.nounDescribesOther(tok.Lemma, tok.Sent, a.Sentences[tok.Sent].First, ei) {
		return -1
	}
	return ei
}

// sentenceHasWord reports whether sentence s writes word w (in any case)
// outside quotation marks: "Senator" for a later "the senator".
func (t *tree) sentenceHasWord(s int, w string) bool {
	a := t.a
	for k := a.Sentences[s].First; k < a.Sentences[s].Last; k++ {
		if !t.quoted[k] && strings.EqualFold(a.Tokens[k].Text, w) {
			return true
		}
	}
	return false
}

// rankBelow returns the word that puts the role at src one rank below
// its noun ("deputy" of "the deputy mayor", "vice" of "the vice
// chair"), a modifier of the noun, or "" for none.
func (t *tree) rankBelow(src int) string {
	a := t.a
	for _, c := range t.children(src) {
		ci := int(c)
		if ci > src || a.Tokens[ci].Rel != "amod" && a.Tokens[ci].Rel != "compound" {
			continue
		}
		if w := nlp.RankWord(a.Tokens[ci].Text); w != "" {
			return w
		}
	}
	return ""
}

// rankNotGiven reports whether the role at src holds a rank below its
// noun (rankBelow: "the deputy mayor") that no sentence naming the
// person speaker writes: the deputy is someone else than the mayor the
// story named.
func (t *tree) rankNotGiven(src int, speaker string) bool {
	r := t.rankBelow(src)
	if r == "" {
		return false
	}
	a := t.a
	named := false
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First >= src || e.Type != nlp.PERSON || !strings.HasSuffix(speaker, lastWord(e.Text)) {
			continue
		}
		named = true
		if t.sentenceHasWord(a.Tokens[e.First].Sent, r) {
			return false
		}
	}
	return named
}

// roleSetOff reports whether the paragraph of sentence s, up to s, sets
// a person's role off beside a name: a noun of a role or a person in
// apposition to a proper name ("Ana Ruiz, the state mediator, …").
func (t *tree) roleSetOff(s int) bool {
	a := t.a
	p := s
	for p > 0 && !a.Sentences[p].NewPar {
		p--
	}
	for k := a.Sentences[p].First; k < a.Sentences[s].Last; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] || tk.Rel != "appos" || tk.UPOS != "NOUN" || tk.Head < 0 || a.Tokens[tk.Head].UPOS != "PROPN" {
			continue
		}
		if roleNoun(strings.ToLower(tk.Text)) || t.personNoun(k) || t.unclassedSpeaker(k) {
			return true
		}
	}
	return false
}

// spokenOf reports whether person e, named in sentence s after its
// subject subj, is named only inside the subject's own phrase ("The
// Italian, who also represents two other Atlântico players, said…") or
// inside what the sentence's verb of saying r reports ("…said Kauã had
// been offered a four-year contract"): someone the subject speaks of or
// is described by, not a speaker the story turns to.
func (t *tree) spokenOf(e *nlp.Entity, s, r, subj int) bool {
	a := t.a
	k := e.First
	if a.Tokens[k].Sent != s || k <= subj {
		return false
	}
	if subj != r && e.Last-1 <= int(t.right[subj]) {
		// Not a name the parser hung everything from ("Harlan,
		// appearing after Moreno…, cited…" read as one phrase).
		return true
	}
	if !t.isCue(r) {
		return false
	}
	for n := 0; k >= 0 && n < 64; n++ {
		h := a.Tokens[k].Head
		if h == r {
			return a.Tokens[k].Rel == "ccomp"
		}
		k = h
	}
	return false
}

// bodyWord reports whether the noun at k names a body: an organisation's
// word ("union", "ministry") or an organisation the entity model found.
func (t *tree) bodyWord(k int) bool {
	if orgWords[strings.ToLower(t.a.Tokens[k].Lemma)] {
		return true
	}
	e := t.entityAt(k)
	return e >= 0 && t.a.Entities[e].Type == nlp.ORG
}

// placeReadAsPerson reports whether a one-word name the entity model
// typed as a person is written where English puts a place: after "in",
// "to", "from", "near" or "at", or as what one reaches, visits or leaves
// ("was trying to reach Faro"), and is no given name the lists know.
func (t *tree) placeReadAsPerson(e *nlp.Entity) bool {
	a := t.a
	if e.Last-e.First != 1 || isKnownFirstNameLower(a.Tokens[e.First].Text) {
		return false
	}
	k := e.First
	if c := t.child(k, "case"); c >= 0 {
		switch strings.ToLower(a.Tokens[c].Text) {
		case "in", "to", "from", "near", "at", "into", "towards", "toward":
			return true
		}
	}
	if h := a.Tokens[k].Head; h >= 0 && a.Tokens[k].Rel == "obj" {
		switch a.Tokens[h].Lemma {
		case "reach", "visit", "leave", "enter":
			return true
		}
	}
	return false
}

// nounDescribesOther is nounUsedBefore but for a use written beside a
// name of person ei ("The player's agent, Giuliano Bertolazzi,", "chief
// negotiator Maria Cruz"): that description is this person's, not
// someone else's.
func (t *tree) nounDescribesOther(l string, sent, end, ei int) bool {
	return t.describedWith(l, sent, end, func(j int) bool {
		// Not a speaker's word inside a quotation ("“Rosario is the
		// toughest negotiator I have faced”"), nor a headline's ("The
		// Manila negotiator who takes off her watch"): the story
		// describes no one else by it. Nor someone brought in
		// unnamed who says nothing there before the story names this
		// person (silentNewcomer).
		return t.quoted[j] || t.storyAt != nil && !t.storyAt(t.a.Tokens[j].Start) || t.besideName(j, ei) || t.silentNewcomer(j, ei)
	})
}

// silentNewcomer reports whether the noun at j brings in someone, with
// "a" or "an", before the story first names person ei, and that someone
// says nothing there ("a piece of coral that a fisherwoman from Kadavu
// handed her"): ei, named later and then described by the noun, may well
// be that one, and no speaker the noun could stand for instead. Someone
// brought in so after ei was named is someone else ("Kuol sat next to a
// Murle woman").
func (t *tree) silentNewcomer(j, ei int) bool {
	a := t.a
	d := t.child(j, "det")
	if d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "a") && !nlp.EqualFoldLower(a.Tokens[d].Text, "an") {
		return false
	}
	tok := &a.Tokens[j]
	if h := tok.Head; h >= 0 && strings.HasPrefix(tok.Rel, "nsubj") && t.isCue(h) {
		return false
	}
	// Nor the source of words quoted in its sentence.
	s := &a.Sentences[tok.Sent]
	for k := s.First; k < s.Last; k++ {
		if t.quoted[k] {
			return false
		}
	}
	c := t.clusterAt(a.Entities[ei].Last - 1)
	full := t.entityFullName(ei)
	for e := range a.Entities {
		en := &a.Entities[e]
		if en.First < j && en.Type == nlp.PERSON && (e == ei || c >= 0 && t.clusterAt(en.Last-1) == c || t.entityFullName(e) == full) {
			return false
		}
	}
	return true
}

// besideName reports whether the noun at j is written beside a name of
// person ei (of ei's cluster, or written as ei is in full): set off in
// apposition to it (either way round), as the title the name hangs from
// or that hangs from the name, or said of the name with a copula.
func (t *tree) besideName(j, ei int) bool {
	a := t.a
	c := t.clusterAt(a.Entities[ei].Last - 1)
	full := t.entityFullName(ei)
	named := func(k int) bool {
		if k < 0 {
			return false
		}
		if e := t.entityAt(k); e >= 0 && a.Entities[e].Type == nlp.PERSON {
			return c >= 0 && t.clusterAt(a.Entities[e].Last-1) == c || t.entityFullName(e) == full
		}
		return false
	}
	if r := a.Tokens[j].Rel; (r == "appos" || r == "compound" || r == "nmod:desc") && named(a.Tokens[j].Head) {
		return true
	}
	for _, k := range t.children(j) {
		// Or the name is the subject the noun is said of ("Rosario is
		// the toughest negotiator I have faced").
		if r := a.Tokens[k].Rel; (r == "appos" || r == "flat" || r == "nsubj" && t.child(j, "cop") >= 0) && named(int(k)) {
			return true
		}
	}
	return false
}

// creditedName returns the one name sentence s makes the subject of a
// verb of saying outside quotation marks ("…, Chatzigeorgiou said, but
// the crewing issue remained difficult"), or -1 (none, or two).
func (t *tree) creditedName(s int) int {
	a := t.a
	found := -1
	for i := a.Sentences[s].First; i < a.Sentences[s].Last; i++ {
		tk := &a.Tokens[i]
		if tk.UPOS != "PROPN" || t.quoted[i] || !strings.HasPrefix(tk.Rel, "nsubj") || tk.Head < 0 || !t.isCue(tk.Head) || t.quoted[tk.Head] {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// unclassedSpeaker reports whether the noun at src is one the noun
// lexicon gives no class ("the retired fishing guide", "the 58-year-old
// farmer": nouns too rare in the corpus it was learned from) and no list
// makes a body, a text, something said or something put on the table: a
// singular description that speaks is then a person's.
func (t *tree) unclassedSpeaker(src int) bool {
	l := strings.ToLower(t.a.Tokens[src].Lemma)
	if t.nounClass == nil || t.nounClass(l) != 0 {
		return false
	}
	// A noun in "-ery" names a place or a body, never a person ("the
	// chancellery", "the brewery", "the refinery").
	return l != "paper" && l != "poll" && !strings.HasSuffix(l, "ery") && !documentLemma(l) && !bodyKinds[l] && !corporateNouns[l] && !descBodies[l] && !contentNoun(l) && !proposalNoun(l)
}

// nounUsedBefore reports whether the story described someone with the
// noun l ("the doctor", "a senator", in the singular, after "the", "a",
// "an", "this" or "that") in the descriptionWindow sentences before
// sentence sent, before token end: a description that may be someone
// else's. A title before a name ("Senator James Lankford") describes no
// one, nor do "doctors" and "no doctor".
func (t *tree) nounUsedBefore(l string, sent, end int) bool {
	return t.describedWith(l, sent, end, nil)
}

// describedWith reports whether the noun l describes someone, in the
// singular after "the", "a", "an", "this" or "that", in the
// descriptionWindow sentences before sentence sent, before token end, at
// a token that skip (if any) does not leave out.
func (t *tree) describedWith(l string, sent, end int, skip func(j int) bool) bool {
	a := t.a
	for j := a.Sentences[max(sent-descriptionWindow, 0)].First; j < end; j++ {
		if a.Tokens[j].UPOS != "NOUN" || !strings.EqualFold(a.Tokens[j].Text, l) {
			continue
		}
		d := t.child(j, "det")
		if d < 0 {
			continue
		}
		switch strings.ToLower(a.Tokens[d].Text) {
		case "the", "a", "an", "this", "that":
		default:
			continue
		}
		if skip == nil || !skip(j) {
			return true
		}
	}
	return false
}

// descriptionWindow is how many sentences back subjectGoesOn and
// namedRightAfter look for an earlier use of a description's noun.
const descriptionWindow = 40

// privateDescription reports whether the noun at src describes a person
// by who they are rather than by an office or a body: a noun of a person
// that names no office ("the father of three"), or one the lexicons do
// not know with the person's age before it ("the 81-year-old retired
// schoolteacher"); not "the mayor", "the delegation", "the presidential
// office".
// ageAlone reports whether the token at src is an age that stands for
// its person with no noun after it ("the 61-year-old says"): "old" after
// "year" and a hyphen.
func (t *tree) ageAlone(src int) bool {
	a := t.a
	return src >= 2 && (a.Tokens[src].UPOS == "ADJ" || a.Tokens[src].UPOS == "NOUN") && nlp.EqualFoldLower(a.Tokens[src].Text, "old") &&
		a.Tokens[src-1].Text == "-" && nlp.EqualFoldLower(a.Tokens[src-2].Lemma, "year")
}

func (t *tree) privateDescription(src int) bool {
	a := t.a
	tok := &a.Tokens[src]
	l := strings.ToLower(tok.Lemma)
	if tok.UPOS != "NOUN" || roleNoun(l) || lowerIn(groupNouns, tok.Text) || bodyKinds[l] || corporateNouns[l] {
		return false
	}
	if peopleNouns[l] || t.nounClass != nil && t.nounClass(l) == nlp.NounPerson {
		return true
	}
	if !t.unclassedSpeaker(src) {
		return false
	}
	for k := int(t.left[src]) + 2; k < src; k++ {
		if nlp.EqualFoldLower(a.Tokens[k].Text, "old") && a.Tokens[k-1].Text == "-" && a.Tokens[k-2].Lemma == "year" {
			return true
		}
	}
	// "the old farmer", "the weaver": a noun of one who does something
	// for a living, which the lexicon does not know.
	return agentNoun(l)
}

// agentNoun reports whether l has the ending of a noun for one who does
// something ("farmer", "weaver", "herbalist", "librarian").
func agentNoun(l string) bool {
	for _, suf := range [...]string{"er", "ist", "ian"} {
		if len(l) > len(suf)+3 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}
