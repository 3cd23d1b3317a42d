package summarize

// Linking mentions into entities: full names first, then the surnames,
// single names and short forms that belong to them, and the roles
// recorded for each entity.

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize/stem"
)

// linkEntities groups mentions into entities: full names first, then
// surnames and single names linked to the full name they belong to.
func (d *doc) linkEntities() {
	byName := map[string]int{}
	// newEnt makes an entity of m, whose name's lower case is l (the key,
	// and the words).
	newEnt := func(m *mention, l string) int {
		e := entity{name: m.name, lower: l, kind: m.kind, first: m.t0, tokens: strings.Fields(straightApostrophes(l))}
		d.ents = append(d.ents, e)
		idx := len(d.ents) - 1
		byName[l] = idx
		if k := withoutInitials(m.name); k != "" {
			if _, ok := byName[k]; !ok {
				byName[k] = idx
			}
		}
		return idx
	}
	// lookup finds the entity of a name as written, or for a person's
	// name as written without its middle initials ("Donald J. Trump" is
	// "Donald Trump").
	lookup := func(m *mention) (int, bool) {
		if idx, ok := lowerHas(byName, m.name); ok {
			return idx, true
		}
		if k := withoutInitials(m.name); k != "" && m.kind != KindCountry && m.kind != KindOrganisation && m.kind != KindGroup {
			if idx, ok := byName[k]; ok && d.ents[idx].kind != KindOrganisation && d.ents[idx].kind != KindCountry && d.ents[idx].kind != KindGroup {
				return idx, true
			}
		}
		return -1, false
	}
	// Pass 1: names of known kinds and multi-word person names.
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.titleOnl {
			continue
		}
		multi := strings.Contains(m.name, " ")
		if m.kind == KindCountry || m.kind == KindOrganisation || m.kind == KindGroup || (multi && m.kind == KindPerson) {
			if idx, ok := lookup(m); ok {
				m.ent = idx
			} else if idx := d.shortBody(m); idx >= 0 {
				m.ent = idx
			} else if idx := d.longerPerson(m); idx >= 0 && multi && m.kind == KindPerson {
				// "Kocjančič Grom" after "Tadeja Kocjančič Grom": a
				// surname of two words, the person named in full before.
				m.ent = idx
			} else if idx := d.aliasOf(m); idx >= 0 && multi && m.kind == KindPerson {
				// "known in the village as Mbuya Shuvai": the name she
				// goes by, wherever it stands later.
				m.ent = idx
				byName[strings.ToLower(m.name)] = idx
				d.addAlias(m.name, idx)
			} else {
				m.ent = newEnt(m, strings.ToLower(m.name))
			}
		}
	}
	// Pass 2: single names and unknown kinds: link to a person whose name
	// holds them ("Zelenskyy", "Mr. Lou", "Kim"), else a new entity.
	// Unknown names of two or three words are most often people the lists
	// miss ("Sara Nelson", "Basem Naim"): they take entities now, so that a
	// later surname can join them.
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.titleOnl || m.ent >= 0 || m.kind != "" {
			continue
		}
		if n := fieldCount(m.name); n >= 2 && n <= 3 {
			if idx, ok := lookup(m); ok {
				m.ent = idx
			} else if idx := d.longerPerson(m); idx >= 0 {
				// "Suu Kyi" after "Aung San Suu Kyi": the last words
				// of a longer name named before.
				m.ent = idx
			} else if idx := d.aliasOf(m); idx >= 0 {
				// "She is known in the village as Mbuya Shuvai" after
				// "Shuvai Chidavaenzi": the name she goes by, wherever
				// it stands later.
				m.ent = idx
				byName[strings.ToLower(m.name)] = idx
				d.addAlias(m.name, idx)
			} else if idx := d.shorterPerson(m); idx >= 0 {
				// "Tadeja Kocjančič Grom" before "Kocjančič Grom
				// said", which the first pass made a person: the one
				// person, by the name in full.
				e := &d.ents[idx]
				l := strings.ToLower(m.name)
				e.name, e.tokens = m.name, strings.Fields(straightApostrophes(l))
				byName[l] = idx
				m.ent = idx
			} else {
				m.ent = newEnt(m, strings.ToLower(m.name))
			}
		}
	}
	byWord := map[string][]int{}
	for i := range d.ents {
		e := &d.ents[i]
		if (e.kind == KindPerson || e.kind == "") && len(e.tokens) >= 2 && len(e.tokens) <= 4 {
			for _, w := range e.tokens {
				byWord[w] = append(byWord[w], i)
				// "Saadi" for "Haidar al-Saadi": the surname without
				// the particle joined to it.
				if sur := afterParticle(w); sur != "" {
					byWord[sur] = append(byWord[sur], i)
				}
			}
		}
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.titleOnl || m.ent >= 0 {
			continue
		}
		if idx, ok := lowerHas(byName, m.name); ok {
			m.ent = idx
			if m.kind == "" {
				m.kind = d.ents[idx].kind
			}
			continue
		}
		lname := strings.ToLower(m.name)
		if idx := d.personHolding(straightApostrophes(lname), m.t0, m.kind == KindPerson, byWord); idx >= 0 {
			m.ent = idx
			m.kind = KindPerson
			d.ents[idx].kind = KindPerson // a surname of its own: a person
			continue
		}
		if m.kind == "" && !strings.Contains(m.name, " ") && m.initial {
			// A lone sentence-initial word that is no known name, unless
			// it speaks ("Putin said", "Macron: “…”") or the entity model
			// reads it as a person's or a body's name ("Metrovias, the
			// private firm which runs the tube lines, has offered…").
			if !d.capMid[lname] && !isKnownName(lname) && !d.speaksNext(m.t1) && !(d.modelNamesActor != nil && d.modelNamesActor(d.toks[m.t0].start, d.toks[m.t1-1].end)) {
				continue
			}
		}
		m.ent = newEnt(m, lname)
	}
	d.linkShortBodies()
	d.linkKindBodies()
	// Counts, genders, roles.
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.ent < 0 {
			continue
		}
		e := &d.ents[m.ent]
		e.mentions++
		if m.t0 < e.first {
			e.first = m.t0
		}
		e.last = max(e.last, m.t0)
		if m.kind == KindPerson && e.kind == "" {
			e.kind = KindPerson
		}
		if m.role != "" {
			d.addRole(m.ent, m.role)
			var buf [lowerBufLen]byte
			for f := range strings.FieldsSeq(m.role) {
				w := bytes.Trim(lowerBytes(buf[:0], f), ".")
				if maleHonorifics[string(w)] {
					e.gender = 'm'
				} else if femaleHonorifics[string(w)] {
					e.gender = 'f'
				}
			}
		}
	}
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind == KindPerson && e.gender == 0 && len(e.tokens) > 0 {
			switch {
			case maleNames[e.tokens[0]] && !femaleNames[e.tokens[0]]:
				e.gender = 'm'
			case femaleNames[e.tokens[0]] && !maleNames[e.tokens[0]]:
				e.gender = 'f'
			}
		}
	}
}

// straightApostrophes returns s with its curly apostrophes straight: a
// story that mixes copy may write "O’Neill" in one paragraph and
// "O'Neill" in the next, one name.
func straightApostrophes(s string) string {
	if !strings.Contains(s, "’") {
		return s
	}
	return strings.ReplaceAll(s, "’", "'")
}

// withoutInitials returns a person's name in lower case without its
// middle initials ("donald trump" for "Donald J. Trump"), or "" when it
// has none or is no name of a first word, initials and a last word.
func withoutInitials(name string) string {
	if fieldCount(name) < 3 {
		return "" // lower case splits into as many fields
	}
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 3 {
		return ""
	}
	kept := []string{f[0]}
	for _, w := range f[1 : len(f)-1] {
		if len(strings.TrimSuffix(w, ".")) != 1 {
			return ""
		}
	}
	return strings.Join(append(kept, f[len(f)-1]), " ")
}

// longerPerson returns the person entity named before mention m whose
// name of more words ends with m's words ("Aung San Suu Kyi" for "Suu
// Kyi"), or -1 when there is none or more than one. A name of a kind
// no list knows is most often a person's ("Inês Sá Pereira" for "Sá
// Pereira").
func (d *doc) longerPerson(m *mention) int {
	var wb [8]string
	words := appendFields(wb[:0], strings.ToLower(m.name))
	found := -1
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind != KindPerson && e.kind != "" || len(e.tokens) <= len(words) || e.first >= m.t0 || !tailMatch(e.tokens, words) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// aliasOf returns, for a name brought in as the one someone goes by
// ("known in the village as Mbuya Shuvai", "nicknamed …", "called …"),
// the person named before it, in its sentence or the two before, who
// shares a word of the name ("Shuvai Chidavaenzi"); -1 when there is
// none or more than one.
func (d *doc) aliasOf(m *mention) int {
	if m.t0 < 2 {
		return -1
	}
	// "Everyone here calls her Nha Jacinta": the name after a verb of
	// calling and the person it is given to.
	calledObject := (d.toks[m.t0-1].lower == "her" || d.toks[m.t0-1].lower == "him") && callVerbs[d.toks[m.t0-2].lower]
	if d.toks[m.t0-1].lower != "as" && !aliasVerbs[d.toks[m.t0-1].lower] && !calledObject {
		return -1
	}
	if d.toks[m.t0-1].lower == "as" {
		named := false
		for k := m.t0 - 2; k >= 0 && k >= m.t0-6 && d.sentOf(d.toks[k].start) == m.sent; k-- {
			if aliasVerbs[d.toks[k].lower] {
				named = true
				break
			}
		}
		if !named {
			return -1
		}
	}
	words := strings.Fields(strings.ToLower(m.name))
	found := -1
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind != KindPerson && e.kind != "" || len(e.tokens) < 2 || e.first >= m.t0 || d.sentOf(d.toks[e.first].start) < m.sent-2 {
			continue
		}
		if !slices.ContainsFunc(words, func(w string) bool { return len(w) > 2 && slices.Contains(e.tokens, w) }) {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// addAlias records name as one the person of entity ei goes by
// (aliases).
func (d *doc) addAlias(name string, ei int) {
	if d.aliases == nil {
		d.aliases = map[string]int{}
	}
	d.aliases[strings.ToLower(name)] = ei
}

// aliasName returns the name in full of the person who goes by name
// (aliases), or "".
func (d *doc) aliasName(name string) string {
	if ei, ok := d.aliases[strings.ToLower(name)]; ok && (d.ents[ei].kind == KindPerson || d.ents[ei].kind == "") {
		return d.ents[ei].name
	}
	return ""
}

// aliasVerbs are the words that bring in a name someone goes by
// ("known as", "nicknamed", "dubbed").
var aliasVerbs = map[string]bool{"known": true, "nicknamed": true, "dubbed": true, "called": true, "named": true}

// callVerbs are the forms of the verbs that give someone, their object,
// the name they go by ("calls her Nha Jacinta", "call him Baba").
var callVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true, "nickname": true, "nicknamed": true, "dub": true, "dubbed": true}

// shorterPerson returns the person entity, first named after mention m,
// whose name of fewer words (two or more) is the last words of m's
// ("Kocjančič Grom" for "Tadeja Kocjančič Grom"), or -1 when there is
// none or more than one.
func (d *doc) shorterPerson(m *mention) int {
	var wb [8]string
	words := appendFields(wb[:0], strings.ToLower(m.name))
	found := -1
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind != KindPerson || len(e.tokens) < 2 || len(e.tokens) >= len(words) || e.first <= m.t0 || !tailMatch(words, e.tokens) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// personHolding returns the person entity whose full name contains the
// name l as its last words (or else, for a single word, its first word or
// the middle one of three, of a person's name or where l is one, as a
// title before it says: "Mr. Kambale" for "Jean-Bosco Kambale Muhindo"),
// preferring one mentioned before position at, or -1. byWord indexes person
// entities by each of their name words.
func (d *doc) personHolding(l string, at int, person bool, byWord map[string][]int) int {
	var wb [16]string
	words := appendFields(wb[:0], l)
	if len(words) == 0 {
		return -1
	}
	best, bestScore := -1, -1
	for _, i := range byWord[words[len(words)-1]] {
		e := &d.ents[i]
		if len(words) >= len(e.tokens) {
			continue
		}
		score := -1
		if tailMatch(e.tokens, words) || len(words) == 1 && afterParticle(e.tokens[len(e.tokens)-1]) == words[0] {
			score = 2
		} else if len(words) == 1 && e.tokens[0] == words[0] {
			score = 1
		} else if len(words) == 1 && len(e.tokens) == 3 && e.tokens[1] == words[0] && (e.kind == KindPerson || person && e.kind == "") {
			// "Ferrándiz" after "Lucía Ferrándiz Olmo": the first of two
			// surnames, by which Spanish and Portuguese names go.
			score = 1
		}
		if score < 0 {
			continue
		}
		if e.first < at {
			score += 4
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func tailMatch(full, part []string) bool {
	if len(part) > len(full) {
		return false
	}
	off := len(full) - len(part)
	for i := range part {
		if full[off+i] != part[i] {
			return false
		}
	}
	return true
}

// shortBody returns the one organisation named before whose full name
// mention m, the one-word name of an officer's company, shortens ("Acme
// Chief Executive Tom Reyes" after "Acme Corp"), or -1 when there is none
// or more than one.
func (d *doc) shortBody(m *mention) int {
	if !m.employer || m.kind != KindOrganisation || strings.Contains(m.name, " ") {
		return -1
	}
	w := strings.ToLower(m.name)
	found := -1
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind != KindOrganisation || len(e.tokens) < 2 || e.tokens[0] != w || e.first >= m.t0 {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// addRole records a role description of entity ei.
func (d *doc) addRole(ei int, role string) {
	e := &d.ents[ei]
	if len(role) > len(e.roleText) {
		e.roleText = role
	}
	var fb, wb [16]string
	fields := appendFields(fb[:0], strings.ToLower(role))
	// A name is capitalised: "the secretary of Ukraine's national
	// security council" names Ukraine, not the UN Security Council.
	written := appendFields(wb[:0], role)
	proper := func(k int) bool {
		if len(written) != len(fields) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(written[k])
		return unicode.IsUpper(r)
	}
	// A role held before names no side: "a former economist at the
	// Dutch central bank".
	former := slices.ContainsFunc(fields, formerWord)
	for k := 0; k < len(fields); k++ {
		raw := fields[k]
		w := strings.Trim(raw, ".,")
		if roleHeads[w] && !containsStr(e.roles, w) {
			e.roles = append(e.roles, w)
		}
		if !proper(k) {
			continue
		}
		if p, ok := strings.CutSuffix(w, "'s"); ok {
			w = p // "Ukraine's national security council"
		} else if p, ok := strings.CutSuffix(w, "’s"); ok {
			w = p
		}
		// A place the role is in says where, not whose: "a spokeswoman
		// for Huaxin in Lusaka"; a country it is about says what: "a
		// consultant on Burma".
		if j := k - 1; j >= 0 && (roleWhere[fields[j]] || fields[j] == "the" && j > 0 && roleWhere[fields[j-1]]) {
			continue
		}
		// A country that ends a longer capitalised name is part of the
		// body's name, not the body's side: "a spokesman for the United
		// Brewers of Canada" names the brewers, not Canada.
		if nameTail(fields, k, proper) {
			continue
		}
		// The longest name the lists know first: "White House Press
		// Secretary" names the White House, not the House. A name the
		// lists know that opens inside a longer capitalised name is
		// another body: "the National Security Council" is not the UN
		// Security Council.
		if n, g, ok := listedRun(fields[k:]); ok && !insideName(fields, k, proper) {
			if e.party == "" && !former && (g.kind == KindCountry || g.kind == KindOrganisation) {
				e.party = g.name
			}
			for _, x := range fields[k+1 : k+n] {
				if x := strings.Trim(x, ".,"); roleHeads[x] && !containsStr(e.roles, x) {
					e.roles = append(e.roles, x)
				}
			}
			k += n - 1
			continue
		}
		// "U.S. Secretary of State": the name lists spell "U.S." with
		// its last period.
		g, ok := gazetteer[w]
		if !ok {
			g, ok = gazetteer[strings.TrimRight(raw, ",")]
		}
		if ok && e.party == "" && !former && (g.kind == KindCountry || g.kind == KindOrganisation) {
			e.party = g.name
		}
	}
	// "Secretary of State John Kerry": the title is the United States'
	// foreign minister's (Britain's secretaries of state are "for"
	// something).
	if e.party == "" && !former {
		for k := 0; k+2 < len(fields); k++ {
			if fields[k] == "secretary" && fields[k+1] == "of" && strings.Trim(fields[k+2], ".,") == "state" && (k+3 == len(fields) || fields[k+3] != "for") {
				e.party = gazetteer["united states"].name
				break
			}
		}
	}
}

// listedRun returns how many of the words ws (lower case), two or three,
// open with a name the lists know, and its entry.
func listedRun(ws []string) (int, gazEntry, bool) {
	for n := min(3, len(ws)); n >= 2; n-- {
		if g, ok := gazetteer[strings.Trim(strings.Join(ws[:n], " "), ".,")]; ok {
			return n, g, true
		}
	}
	return 0, gazEntry{}, false
}

// modelPerson reports whether the entity model reads mention m, word for
// word, as a person's name (t: the analysis of the text).
func (d *doc) modelPerson(t *tree, m *mention) bool {
	return m.t1-m.t0 >= 2 && t.personSpan(d.toks[m.t0].start, d.toks[m.t1-1].end)
}

// personSpan reports whether the entity model reads the bytes [start,
// end) as one person's name, word for word.
func (t *tree) personSpan(start, end int) bool {
	x := t.entityAt(t.tokenAt(start))
	if x < 0 {
		return false
	}
	ent := &t.a.Entities[x]
	return ent.Type == nlp.PERSON && t.a.Tokens[ent.First].Start == start && t.a.Tokens[ent.Last-1].End == end
}

// actorSpan reports whether the entity model reads the bytes [start,
// end) as one name of a person or an organisation.
func (t *tree) actorSpan(start, end int) bool {
	x := t.entityAt(t.tokenAt(start))
	if x < 0 {
		return false
	}
	ent := &t.a.Entities[x]
	return (ent.Type == nlp.PERSON || ent.Type == nlp.ORG) && t.a.Tokens[ent.First].Start == start && t.a.Tokens[ent.Last-1].End == end
}

// bodySpanEnd returns the end byte of the organisation's name the entity
// model reads from byte start, word for word, or -1.
func (t *tree) bodySpanEnd(start int) int {
	x := t.entityAt(t.tokenAt(start))
	if x < 0 {
		return -1
	}
	ent := &t.a.Entities[x]
	if ent.Type != nlp.ORG || t.a.Tokens[ent.First].Start != start {
		return -1
	}
	return t.a.Tokens[ent.Last-1].End
}

// insideName reports whether the word before fields[k] is a capitalised
// word the name lists do not know and that is no role and no function
// word ("The White House spokesman" opens no longer name): the name run
// from k then opens inside a longer name ("National | Security Council").
func insideName(fields []string, k int, proper func(int) bool) bool {
	if k == 0 || !proper(k-1) {
		return false
	}
	w := strings.Trim(fields[k-1], ".,")
	if _, listed := gazetteer[w]; listed || roleHeads[w] || w == "" || stem.IsStopword(w) || strings.ContainsAny(w, "'’.") {
		return false
	}
	return unicode.IsLetter([]rune(w)[0])
}

// nameTail reports whether the word at k closes a capitalised name with
// "of" (or "of the") before it: "Workers of America", "Bank of the
// Andes". A role's or a government body's word before "of" makes it a
// title or an office of the country ("President of France", "the
// Government of India"), and a state's form its own name ("Kingdom of
// Norway"): those name its side.
func nameTail(fields []string, k int, proper func(int) bool) bool {
	j := k - 1
	if j >= 0 && fields[j] == "the" {
		j--
	}
	if j < 1 || fields[j] != "of" || !proper(j-1) {
		return false
	}
	w := strings.Trim(fields[j-1], ".,")
	if w == "" || roleHeads[w] || governmentBodies[w] || stateForms[w] || stem.IsStopword(w) || strings.ContainsAny(w, "'’.") {
		return false
	}
	return unicode.IsLetter([]rune(w)[0])
}

// stateForms are the words a country's formal name opens with before
// "of": "Republic of Korea".
var stateForms = makeSet(`republic kingdom emirate sultanate principality commonwealth federation state states`)

// roleWhere are the words before a name in a role that make it where the
// role is held or what it is about, not whose it is.
var roleWhere = makeSet(`in at from on about`)

// linkShortBodies gives the mentions of a company's name written without
// its last word ("Siam Harvest", in a headline or later) to the one
// organisation named in full ("Siam Harvest Group"), where the name
// linking typed the short name as a body or as nothing (not a person's
// name, as the entity model may read "Krishak Agro"): the short name is
// a name of two words or more
// that no list knows ("European Union" is a body of its own, not a short
// "European Union Naval Force"), and the full one has one word more.
func (d *doc) linkShortBodies() {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.ent < 0 {
			continue
		}
		short := &d.ents[m.ent]
		if short.kind != KindOrganisation && short.kind != "" || len(short.tokens) < 2 {
			continue
		}
		if _, known := lookupGaz(strings.ToLower(short.name)); known {
			continue
		}
		full := -1
		for j := range d.ents {
			e := &d.ents[j]
			if e.kind != KindOrganisation || len(e.tokens) != len(short.tokens)+1 || !slices.Equal(e.tokens[:len(short.tokens)], short.tokens) {
				continue
			}
			if full >= 0 {
				full = -2
				break
			}
			full = j
		}
		if full >= 0 {
			m.ent = full
		}
	}
}

// linkKindBodies gives "the Department", a body's kind alone after "the",
// to the one body of that kind the story named in full before it ("the
// Department of Coasts, Forests and Tourism", "the Commission for Water
// Rights"): the full name opens with the same word, then "of" or "for".
// Two such bodies named before leave the short one alone.
func (d *doc) linkKindBodies() {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.ent < 0 || m.t1-m.t0 != 1 || m.t0 == 0 || d.toks[m.t0-1].lower != "the" {
			continue
		}
		short := &d.ents[m.ent]
		if short.kind != KindOrganisation && short.kind != "" || len(short.tokens) != 1 || !orgWords[short.tokens[0]] {
			continue
		}
		full := -1
		for j := range i {
			e := d.mentions[j].ent
			if e < 0 || e == full || e == m.ent {
				continue
			}
			x := &d.ents[e]
			if x.kind != KindOrganisation || len(x.tokens) < 3 || x.tokens[0] != short.tokens[0] || x.tokens[1] != "of" && x.tokens[1] != "for" {
				continue
			}
			if full >= 0 {
				full = -2
				break
			}
			full = e
		}
		if full >= 0 {
			m.ent = full
		}
	}
}
