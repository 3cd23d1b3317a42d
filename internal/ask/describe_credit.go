package ask

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// Sources a reader describes by what the article says of them where it
// credits their words ("the brokerage analyst", "the employee rep"): the
// last of describedWords' ways of finding a person.

// speakerPhrase returns the words of the noun phrase of sentence j that
// names person n, with what is set off by it or hung from it (an
// apposition, a relative clause): "Lotte Kjærgaard, a laboratory
// technician who chairs the employees' committee", not the rest of the
// sentence ("… on the use of Swift's music, Dick Clark Productions
// denied …" describes no one as Swift's). "" where the sentence does not
// name n.
func (a *Article) speakerPhrase(j int, n *name) string {
	si := &a.info[j]
	for k, t := range si.toks {
		if !slices.ContainsFunc(words(t.Text), func(w string) bool { return slices.Contains(n.keys, w) }) {
			continue
		}
		// The name's head ("Sandhu" of "Harjeet Kaur Sandhu").
		p := k
		for step := 0; step < 4 && (si.toks[p].Rel == "compound" || strings.HasPrefix(si.toks[p].Rel, "flat")); step++ {
			h := si.toks[p].Head
			if h < 0 || h >= len(si.toks) {
				break
			}
			p = h
		}
		var b strings.Builder
		sub := si.subtree(p)
		for _, m := range sub {
			b.WriteString(si.toks[m].Text)
			b.WriteByte(' ')
		}
		// What a comma sets off after the name, up to the next comma,
		// wherever the parser hung it ("Inês Carvalho-Dias, who covers
		// European airlines for the Lisbon brokerage Tejo Valores, said"
		// read with the relative clause for the subject).
		end := k
		for end+1 < len(si.toks) && (si.toks[end+1].Head == k || slices.Contains(sub, end+1) && si.toks[end+1].Text != ",") {
			end++
		}
		if end+2 < len(si.toks) && si.toks[end+1].Text == "," && si.toks[end+2].UPOS != "VERB" && si.toks[end+2].UPOS != "AUX" {
			// Not the verb the name is the subject of ("Ethiopia's
			// chief negotiator, Dawit Bekele, said …").
			for m := end + 2; m < len(si.toks) && si.toks[m].Text != ","; m++ {
				b.WriteString(si.toks[m].Text)
				b.WriteByte(' ')
			}
		}
		return b.String()
	}
	return ""
}

// personNameForm reports whether s is written as a person's name: every
// word capitalised but for a particle ("Amira el-Tayeb", "Ursula von der
// Leyen"), the first word no possessive.
func personNameForm(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return false
	}
	for k, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			return false
		case unicode.IsUpper(r):
		case k > 0 && (nlp.NameParticle(w) || strings.Contains(w, "-")):
		default:
			return false
		}
	}
	return true
}

// unwrittenHeads are the heads of descriptions a reader gives a source
// the article presents only by what they do or where ("the brokerage
// analyst" for "who covers airlines for the Lisbon brokerage Tejo
// Valores", "the employee rep" for "who chairs the employees'
// committee"): the description's other words say who is meant.
var unwrittenHeads = set(`person analyst expert observer commentator rep representative official`)

// describedByCredit returns the one person the brief credits with words
// in a sentence (or the two after a quotation's first, where its credit
// may be) whose phrase naming them (speakerPhrase) holds every other word
// of a description whose head is one a reader supplies (unwrittenHeads:
// "the climate action network person" for "…,” said Harjeet Kaur
// Sandhu, who followed the talks for Climate Action Network South Asia"),
// the person's own name aside; nil when none or two fit, or when the
// description says nothing but its head.
func (a *Article) describedByCredit(h string, others []string) *name {
	if !unwrittenHeads[h] {
		return nil
	}
	var want []string
	for _, w := range others {
		if !isStop(w) && !vagueQualifiers[w] {
			want = append(want, shortStem(w))
		}
	}
	if len(want) == 0 {
		return nil
	}
	ss := a.brief.Sentences
	var found *name
	for _, u := range a.said {
		i := u.sentence
		if i < 0 || i >= len(a.sents) || i >= len(ss) || u.cue == "" {
			continue
		}
		// The credit may follow a quotation of two sentences in its
		// paragraph ("“Vienna deals like this one buy time. The
		// question is …,” said Naledi P. Sithole, a senior fellow at
		// the Institute … in Pretoria").
		last := i
		if u.quote {
			last = i + 2
		}
		// A speaker the name linking could not type is a person here
		// when written as a name ("Naledi P. Sithole", not "a senior
		// U.S. official" or "Egypt's foreign ministry").
		n := a.findNameWhere(words(u.speaker), func(n *name) bool { return n.kind == "person" || n.kind == "" && personNameForm(n.full) })
		if n == nil || slices.ContainsFunc(n.keys, func(k string) bool { return slices.Contains(want, shortStem(k)) }) {
			continue
		}
		stems := map[string]bool{}
		for j := i; j <= last; j++ {
			if j < len(ss) && j < len(a.info) && ss[j].Para == ss[i].Para {
				for _, w := range words(a.speakerPhrase(j, n)) {
					stems[shortStem(w)] = true
				}
			}
		}
		if !allIn(want, stems) {
			continue
		}
		if n.kind == "" && !a.personEntity(n, i, last) {
			continue // "Dick Clark Productions": a body's name
		}
		if found != nil && found != n {
			return nil
		}
		found = n
	}
	return found
}

// shortStem is porter's stem of w, but a word of three letters or fewer
// as it is: "US" is no stem of "use".
func shortStem(w string) string {
	if len(w) <= 3 {
		return w
	}
	return porter(w)
}

// personEntity reports whether a sentence from first to last holds a
// person entity that writes a word of name n.
func (a *Article) personEntity(n *name, first, last int) bool {
	for j := first; j <= last && j < len(a.info); j++ {
		for _, e := range a.info[j].ents {
			if e.typ == nlp.PERSON && slices.ContainsFunc(words(e.text), func(w string) bool { return slices.Contains(n.keys, w) }) {
				return true
			}
		}
	}
	return false
}

// relationHeads are heads of descriptions that, like the words of
// kinship (kinStems), say whose relation a person is ("her neighbour",
// "the bosun's friend"): the article must write them, as no other word of
// its says them.
var relationHeads = set(`neighbour neighbor friend child children boy girl parent parents`)

// describedByIntroduction returns the one person credited with words
// whom the sentence that first names them in full places where every
// other word of the description is ("the packhouse owner near Edineț"
// for "Gheorghe Munteanu, who runs Livada Prutului, a packhouse near
// Edineț, said…"; "the farmer in Momchilovtsi" for "In the village of
// Momchilovtsi, Fikrie Hadzhieva, 52, who keeps 34 cows…"): a reader
// describes a source by what the article says of them, in words of their
// own for what the source does. Not for an office (the ways of finding
// the holder of one ask for it to be written), a body, a name, a head
// that says whose relation someone is (kinStems, relationHeads), or the
// vague heads describedByCredit reads; a casual head with a sex ("the
// woman in Tiraspol") only for one the article gives that sex; not where
// the article calls someone else by the head ("the trust's treasurer")
// or the phrase naming them gives them an office (the mayor is no
// farmer); nil when none or two fit, or when the description says
// nothing but its head and a country.
func (a *Article) describedByIntroduction(h string, others []string) *name {
	if h == "" || kinStems[porter(h)] || relationHeads[h] || isStop(h) || summarize.IsTitleWord(h) || bodyNouns[h] && !personalBodyNouns[h] || genericBodies[h] || a.onlyCapitalised(h) ||
		unwrittenHeads[h] {
		return nil
	}
	var want, wantWords []string
	for _, w := range others {
		// A country says too little: the story is set there.
		if !isStop(w) && !vagueQualifiers[w] && summarize.NationOf(w) == "" {
			want = append(want, shortStem(w))
			wantWords = append(wantWords, w)
		}
	}
	if len(want) == 0 {
		return nil
	}
	head := shortStem(h)
	var found *name
	seen := map[*name]bool{}
	for _, u := range a.said {
		n := a.findNameWhere(words(u.speaker), func(n *name) bool { return n.kind == "person" || n.kind == "" && personNameForm(n.full) })
		if n == nil || seen[n] {
			continue
		}
		seen[n] = true
		if slices.ContainsFunc(n.keys, func(k string) bool { return slices.Contains(want, shortStem(k)) }) {
			continue
		}
		first := a.introduction(n)
		if first < 0 {
			continue
		}
		stems := map[string]bool{}
		for _, w := range words(a.sents[first]) {
			stems[shortStem(w)] = true
		}
		if !allIn(want, stems) && !a.placedBefore(wantWords, stems, first) || a.callsSomeone(h, first) {
			continue
		}
		if sex := casualSex[h]; sex != 0 && a.sexOf(n.full) != sex {
			continue // "the woman in Tiraspol" is one the article gives her pronouns
		}
		if slices.ContainsFunc(words(a.speakerPhrase(first, n)), func(w string) bool {
			return summarize.IsRoleWord(w) && !sameWordFamily(shortStem(w), head)
		}) {
			continue // "Mayor Petrov" is not the farmer
		}
		if found != nil && found != n {
			return nil
		}
		found = n
	}
	return found
}

// placedBefore reports whether each word of want that the sentence first
// (its words' stems) lacks is a name the article writes only with a
// capital, which the paragraph of first, or the paragraph before it,
// writes before first: the place the article has just set the scene in
// ("Ravine Blanche is a village… Hyacinth Esprit, 61, has run a
// guesthouse beside the pools…" for "the guesthouse owner at ravine
// blanche"). One word of the description at least is the sentence's own.
func (a *Article) placedBefore(want []string, stems map[string]bool, first int) bool {
	ss := a.brief.Sentences
	if first >= len(ss) || !slices.ContainsFunc(want, func(w string) bool { return stems[shortStem(w)] }) {
		return false
	}
	ctx := map[string]bool{}
	for k := first - 1; k >= 0 && ss[k].Para >= ss[first].Para-1; k-- {
		for _, w := range words(a.sents[k]) {
			ctx[shortStem(w)] = true
		}
	}
	for _, w := range want {
		if stems[shortStem(w)] {
			continue
		}
		if !ctx[shortStem(w)] || !a.onlyCapitalised(w) {
			return false
		}
	}
	return true
}

// introduction returns the first sentence that writes the full name of
// person n, or -1.
func (a *Article) introduction(n *name) int {
	full := words(n.full)
	for i, s := range a.sents {
		if i < len(a.info) && containsRun(words(s), full) {
			return i
		}
	}
	return -1
}

// callsSomeone reports whether the article writes the noun h in the
// singular ("the trust's treasurer") in a sentence other than sentence
// but: it calls someone so, whom a description with that head means.
// "A farmer in Capari cannot…" speaks of any farmer, no one in
// particular.
func (a *Article) callsSomeone(h string, but int) bool {
	for i := range a.info {
		if i == but {
			continue
		}
		si := &a.info[i]
		for k, t := range si.toks {
			if t.XPOS == "NN" && strings.EqualFold(t.Lemma, h) && !si.indefiniteNoun(k) {
				return true
			}
		}
	}
	return false
}

// indefiniteNoun reports whether the noun at k stands with "a" or "an".
func (si *sentInfo) indefiniteNoun(k int) bool {
	d := si.child(k, "det")
	return d >= 0 && (strings.EqualFold(si.toks[d].Text, "a") || strings.EqualFold(si.toks[d].Text, "an"))
}

// personalBodyNouns are the nouns of a body that, with what the person
// owns or runs before them, name a person as often as a company ("the
// guesthouse owner", "the tour operator", "the boat owner").
var personalBodyNouns = set(`owner operator landlord seller buyer developer`)
