package summarize

// Reading the speaker phrase beside a cue: the subject before the verb, a
// name, pronoun or description at a token ("the union's lawyer", "a US
// official", "spokesman Eric Mamer"), and the role or pronoun resolved to
// the person it stands for.

import (
	"sort"
	"strings"
)

// bodyNouns are bodies that speak as one: "the ministry said".
var bodyNouns = makeSet(`ministry department office commission council committee agency embassy cabinet court
parliament senate congress presidency palace kremlin secretariat federation association bank firm group`)

// demonstratives are determiners that also join clauses ("noting that the
// public has"): they do not start a speaker description.
var demonstratives = makeSet(`that this these those`)

// subjectBefore finds the subject of a verb at v, looking left to from: a
// pronoun right before it, else the nearest name that is not the object of
// a preposition or a possessive, else a description ("the union's lawyer").
func (d *doc) subjectBefore(v, from int) speakerRef {
	if v-1 >= from {
		t := &d.toks[v-1]
		if g, ok := subjectPronouns[t.lower]; ok && !d.inQuote[v-1] {
			return speakerRef{ent: -1, pronoun: pronounGender(g), tok: v - 1, ok: true}
		}
		if t.lower == "it" && !d.inQuote[v-1] {
			if ent := d.bodyOpeningSentenceBefore(v - 1); ent >= 0 {
				return speakerRef{ent: ent, text: d.ents[ent].name, tok: v - 1, ok: true}
			}
		}
	}
	// "the president said": a role right before the verb.
	if ref := d.descriptionBefore(v, from); ref.ok && ref.role {
		return ref
	}
	var best speakerRef
	bestRank := 0
	for j := v - 1; j >= from; j-- {
		if d.inQuote[j] {
			break
		}
		mi := d.tokMent[j]
		if mi < 0 {
			continue
		}
		m := &d.mentions[mi]
		j = m.t0
		if endsPossessive(d.toks[m.t1-1].text) || d.objectOfPreposition(m.t0, from) {
			continue
		}
		if m.ent < 0 && !m.titleOnl || m.kind == "" && !strings.Contains(m.name, " ") && !lowerIn(d.capMid, m.name) && !d.speaksNext(m.t1) {
			continue // an unknown single word: "Asked"
		}
		rank := 1
		if m.ent >= 0 && d.ents[m.ent].kind == KindPerson || m.titleOnl {
			rank = 3
		} else if m.ent >= 0 {
			rank = 2
		}
		if m.demonym && !m.titleOnl {
			continue // "Russian" is no speaker
		}
		if rank > bestRank {
			best, bestRank = speakerRef{ent: m.ent, text: m.name, tok: m.t0, ok: true}, rank
			if m.titleOnl {
				best.ent, best.text = d.resolveRole(m.role, m.t0)
			}
		}
		if rank == 3 {
			break
		}
	}
	if best.ok {
		return best
	}
	// A description right before the verb: "the union's lawyer said".
	return d.descriptionBefore(v, from)
}

func pronounGender(g byte) byte {
	if g == 0 {
		return 'p'
	}
	return g
}

// objectOfPreposition reports whether the name starting at t0 follows a
// preposition ("at the Centre", "to the Observer", "of Unison").
func (d *doc) objectOfPreposition(t0, from int) bool {
	j := t0 - 1
	for j >= from {
		t := &d.toks[j]
		switch {
		case determiners[t.lower], t.word && !t.cap && strings.HasSuffix(t.lower, "-based"):
			// "the", "the U.S.-based"
		case t.word && t.cap && d.tokMent[j] >= 0:
			// another name in between: "at the U.S.-based Centre"
		case !t.word && (isOpening(firstRune(t.text)) || isClosing(firstRune(t.text))):
			// quotation marks: "on “Face the Nation”"
		default:
			return prepositions[t.lower]
		}
		j--
	}
	return false
}

// descriptionBefore returns a lower-case noun phrase ending right before
// the verb at v: "the union's lawyer", "a US official", "one veteran of
// the government infrastructure projects".
func (d *doc) descriptionBefore(v, from int) speakerRef {
	for j := v - 1; j >= from && j >= v-10; j-- {
		t := &d.toks[j]
		if !t.word || d.inQuote[j] || clauseWords[t.lower] {
			return speakerRef{}
		}
		if t.cap {
			// Only names that qualify: "a senior European official", "a US official".
			mi := d.tokMent[j]
			if mi < 0 || !(d.mentions[mi].demonym || d.mentions[mi].kind == KindCountry || d.mentions[mi].kind == KindOrganisation) {
				if !(determiners[t.lower] && j == from) {
					return speakerRef{}
				}
			}
		}
		if determiners[t.lower] && !demonstratives[t.lower] {
			// "one of the elders said": the part the phrase names, not
			// the group it is taken from.
			if k := j - 2; k >= from && d.toks[j-1].lower == "of" && partitiveWords[d.toks[k].lower] {
				return d.describe(k, v)
			}
			return d.describe(j, v)
		}
	}
	return speakerRef{}
}

// partitiveWords take a part of a group with "of" ("one of the elders",
// "some of the workers"), read back from a verb (descriptionBefore) or
// in the tree (partitive).
var partitiveWords = makeSet(`one two three some many several most each few none all both either neither`)

// clauseWords end a noun phrase when reading back from a verb.
var clauseWords = makeSet(`and or but nor that which who whom whose when while because if as than then so yet he she they it we i you`)

// describe turns the noun phrase [a, b) into a speaker: a role resolved to
// the person who holds it, or the description itself.
func (d *doc) describe(a, b int) speakerRef {
	if b <= a {
		return speakerRef{}
	}
	words := make([]string, 0, b-a)
	head := ""
	body := false
	for j := a; j < b; j++ {
		t := &d.toks[j]
		if !t.word {
			break
		}
		w := stripPossessive(t.lower)
		if roleHeads[w] || roleHeads[strings.TrimSuffix(w, "s")] {
			head = w
		}
		if head == "" && (bodyNouns[w] || partyNouns[w]) {
			body = true
		}
		words = append(words, t.text)
	}
	// Not a relative word whose clause the phrase stops before ("one
	// official from a downstream country who | asked not to be named").
	for len(words) > 0 && relativeWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
		b = a + len(words)
	}
	if len(words) < 2 {
		return speakerRef{}
	}
	if head == "" && body {
		// "the ministry said", "the union said": the body speaks.
		return speakerRef{ent: -1, text: strings.Join(words, " "), tok: a, end: b, ok: true}
	}
	if head != "" && (d.toks[a].lower == "the" || d.toks[a].lower == "his" || d.toks[a].lower == "her") && len(words) <= 5 {
		if ent, _ := d.resolveRole(strings.Join(words, " "), a); ent >= 0 {
			return speakerRef{ent: ent, tok: a, end: b, ok: true, role: true}
		}
	}
	if head == "" && len(words) < 3 {
		return speakerRef{}
	}
	return speakerRef{ent: -1, text: strings.Join(words, " "), tok: a, end: b, ok: true, role: head != ""}
}

// relativeWords open a relative clause after a noun.
var relativeWords = makeSet(`who whom which that whose`)

// adjunctPrepositions open a phrase that says where, when or to whom
// something was said, after a role that says who ("the minister at a
// press conference", "the spokesman in an interview", "the envoy to
// reporters").
var adjunctPrepositions = map[string]bool{"at": true, "in": true, "on": true, "during": true, "after": true, "before": true, "to": true, "outside": true, "inside": true}

// npAt reads a speaker at token i: a name, a pronoun or a description.
func (d *doc) npAt(i, to int) speakerRef {
	if i >= to {
		return speakerRef{}
	}
	t := &d.toks[i]
	if g, ok := subjectPronouns[t.lower]; ok {
		return speakerRef{ent: -1, pronoun: pronounGender(g), tok: i, end: i + 1, ok: true}
	}
	if mi := d.tokMent[i]; mi >= 0 {
		m := &d.mentions[mi]
		if m.titleOnl {
			ent, text := d.resolveRole(m.role, i)
			return speakerRef{ent: ent, text: text, tok: i, end: m.t1, ok: ent >= 0 || text != ""}
		}
		if m.demonym {
			return speakerRef{}
		}
		if m.ent >= 0 && d.ents[m.ent].kind != KindPerson {
			// "European Commission spokesman Eric Mamer", "Hamas official
			// Basem Naim": the body's person who speaks.
			if p, ok := d.personAfterRole(m.t1, to); ok {
				return p
			}
		}
		return speakerRef{ent: m.ent, text: m.name, tok: i, end: m.t1, ok: true}
	}
	if t.word && !t.cap && !determiners[t.lower] && !clauseWords[t.lower] && !prepositions[t.lower] {
		// "chief executive Lowell McAdam said", "said accountant Jose
		// Lopez": a few lower-case words of occupation, then a person.
		for j := i + 1; j < to && j < i+4 && d.toks[j].word; j++ {
			if mi := d.tokMent[j]; mi >= 0 && d.personLike(mi) {
				m := &d.mentions[mi]
				d.addRole(m.ent, d.text[t.start:d.toks[j-1].end])
				return speakerRef{ent: m.ent, text: m.name, tok: j, end: m.t1, ok: true}
			}
			if d.toks[j].cap || determiners[d.toks[j].lower] || clauseWords[d.toks[j].lower] || prepositions[d.toks[j].lower] {
				break
			}
		}
	}
	if determiners[t.lower] && !demonstratives[t.lower] {
		// Up to the verb or a comma.
		if i+1 < to {
			if mi := d.tokMent[i+1]; mi >= 0 && d.mentions[mi].ent >= 0 && !d.mentions[mi].demonym {
				m := &d.mentions[mi]
				return speakerRef{ent: m.ent, text: m.name, tok: i + 1, end: m.t1, ok: true} // "the Kremlin"
			}
		}
		j := i + 1
		role := false // a role's head word has been read
		for j < to && j < i+12 && d.toks[j].word && !d.isCue(j) {
			if mi := d.tokMent[j]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].kind == KindPerson && !endsPossessive(d.toks[d.mentions[mi].t1-1].text) {
				m := &d.mentions[mi]
				return speakerRef{ent: m.ent, text: m.name, tok: j, end: m.t1, ok: true} // "the minister, Lou Jiwei"
			}
			if role && adjunctPrepositions[d.toks[j].lower] && !(j+1 < to && d.toks[j+1].lower == "charge") {
				// "…,” affirmed the minister at a press conference in
				// Viedma": where and when it was said, not who.
				break
			}
			role = role || roleHeads[stripPossessive(d.toks[j].lower)]
			j++
		}
		// "the union's chief negotiator, Sara Nelson, said"
		if j+1 < to && d.toks[j].text == "," {
			if mi := d.tokMent[j+1]; mi >= 0 && d.personLike(mi) {
				m := &d.mentions[mi]
				d.addRole(m.ent, d.text[d.toks[i].start:d.toks[j-1].end])
				return speakerRef{ent: m.ent, text: m.name, tok: j + 1, end: m.t1, ok: true}
			}
		}
		return d.describe(i, j)
	}
	return speakerRef{}
}

// personAfterRole reads "spokesman Eric Mamer" from token i: a few
// lower-case role words, then a person's name.
func (d *doc) personAfterRole(i, to int) (speakerRef, bool) {
	j := i
	for j < to && j < i+3 && d.toks[j].word && !d.toks[j].cap && (titleWords[d.toks[j].lower] || roleHeads[d.toks[j].lower]) {
		j++
	}
	if j == i || j >= to {
		return speakerRef{}, false
	}
	mi := d.tokMent[j]
	if mi < 0 || !d.personLike(mi) {
		return speakerRef{}, false
	}
	m := &d.mentions[mi]
	d.addRole(m.ent, d.text[d.toks[i].start:d.toks[j-1].end])
	return speakerRef{ent: m.ent, text: m.name, tok: j, end: m.t1, ok: true}, true
}

// personLike reports whether mention mi is a person, or a name of two or
// three words of no known kind (most often a person the lists miss).
func (d *doc) personLike(mi int32) bool {
	m := &d.mentions[mi]
	if m.ent < 0 {
		return false
	}
	e := &d.ents[m.ent]
	if e.kind == "" && len(e.tokens) >= 2 && len(e.tokens) <= 3 {
		e.kind = KindPerson
	}
	return e.kind == KindPerson
}

// npAfterVerb reads the speaker after an inverted cue: "said Rep. Jim
// McGovern", "said a US official", "adding, ..." (nothing).
func (d *doc) npAfterVerb(i, to int) speakerRef {
	// Skip time words: "said Sunday", "said on Monday".
	for i < to && d.toks[i].word && (d.toks[i].lower == "on" || isDayWord(d.toks[i].lower)) {
		i++
	}
	return d.npAt(i, to)
}

func isDayWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "again", "also", "then":
		return true
	}
	return false
}

// resolveRole finds the person holding a role ("the president", "Foreign
// Secretary") mentioned last before token at; it returns the entity and,
// when no one holds it, the role as written.
func (d *doc) resolveRole(role string, at int) (int, string) {
	var heads []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.Trim(stripPossessive(w), ".,")
		if roleHeads[w] {
			heads = append(heads, w)
		}
	}
	if len(heads) > 0 {
		head := heads[len(heads)-1]
		// Walk mentions backwards from at (a bounded walk: roles are
		// given near where they are used).
		last := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].t0 >= at }) - 1
		for mi := last; mi >= 0 && mi > last-400; mi-- {
			m := &d.mentions[mi]
			if m.ent < 0 || d.ents[m.ent].kind != KindPerson {
				continue
			}
			if containsStr(d.ents[m.ent].roles, head) {
				return m.ent, d.ents[m.ent].name
			}
		}
		// No one was named with the role: news then means the person just
		// spoken of ("…, Jack Straw said. The foreign secretary told MPs…"),
		// if that person has no role of their own.
		if at < len(d.toks) {
			from := d.sentTok[max(0, d.sentOf(d.toks[at].start)-2)]
			for mi := last; mi >= 0 && d.mentions[mi].t0 >= from; mi-- {
				m := &d.mentions[mi]
				if m.ent < 0 || m.inQuote || d.ents[m.ent].kind != KindPerson || endsPossessive(d.toks[m.t1-1].text) {
					continue
				}
				if len(d.ents[m.ent].roles) == 0 {
					d.addRole(m.ent, role)
					return m.ent, d.ents[m.ent].name
				}
				break
			}
		}
	}
	return -1, strings.TrimSpace(role)
}

// resolveRef turns a speaker reference into an entity and a name.
func (d *doc) resolveRef(ref speakerRef, f *focus) (int, string) {
	if ref.pronoun != 0 {
		if ent := f.resolve(ref.pronoun); ent >= 0 {
			return ent, d.ents[ent].name
		}
		return -1, ""
	}
	if ref.ent >= 0 {
		return ref.ent, d.ents[ref.ent].name
	}
	return -1, ref.text
}

// bodyOpeningSentenceBefore returns the organisation whose name opens
// the sentence before the one that token t opens, its subject ("The
// Tenants League said the deal was a start. It called on the council
// to…": "It" is the League); -1 when t does not open its sentence or
// that sentence opens with no organisation's name.
func (d *doc) bodyOpeningSentenceBefore(t int) int {
	si := -1
	for k := range d.sents {
		if d.sentTok[k] == t {
			si = k
			break
		}
	}
	if si < 1 || d.sents[si].Para != d.sents[si-1].Para {
		return -1
	}
	from, to := d.sentTok[si-1], d.sentTok[si]
	k := from
	if k < to && determiners[d.toks[k].lower] {
		k++
	}
	if k >= to || d.inQuote[k] {
		return -1
	}
	mi := d.tokMent[k]
	if mi < 0 {
		return -1
	}
	m := &d.mentions[mi]
	if m.ent < 0 || m.t0 != k && m.t0 != from || endsPossessive(d.toks[m.t1-1].text) || d.ents[m.ent].kind != KindOrganisation {
		return -1
	}
	return m.ent
}
