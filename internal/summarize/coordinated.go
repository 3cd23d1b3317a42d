package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// coordinatedSpeaker returns name, the speaker source token src names,
// with the people coordinated with it in the subject ("Charles E. Grassley
// and Patrick J. Leahy said…", "Union leaders Maria Lopez and Carl Webb
// said…"), so that a question about either finds what they said. Only a
// conjunct joined by "and" that names a person, with no verb between, is
// taken: a place after an affiliation ("of the University of Oslo,
// Norway") or a country is no co-speaker. name is returned as it is when
// src names no person or is coordinated with none.
func (t *tree) coordinatedSpeaker(src int, name string) string {
	if src < 0 || t.quoted[src] || !properName(name) {
		return name
	}
	a := t.a
	anchor := src
	if a.Tokens[src].UPOS == "NOUN" {
		// "Senators Charles E. Grassley and Patrick J. Leahy": the names
		// are in apposition to the title.
		anchor = -1
		for _, c := range t.children(src) {
			if ci := int(c); ci > src && ci <= src+3 && a.Tokens[ci].Rel == "appos" && a.Tokens[ci].UPOS == "PROPN" && !t.quoted[ci] {
				anchor = ci
				break
			}
		}
	}
	if anchor < 0 || a.Tokens[anchor].UPOS != "PROPN" || !t.namesActor(anchor) {
		return name
	}
	// "Britain, France and Germany": the conjuncts up to the one "and"
	// joins.
	and := -1
	for _, c := range t.children(anchor) {
		if ci := int(c); ci > anchor && a.Tokens[ci].Rel == "conj" && and < 0 {
			if cc := t.child(ci, "cc"); cc >= 0 && nlp.EqualFoldLower(a.Tokens[cc].Text, "and") {
				and = ci
			}
		}
	}
	var more []string
	for _, c := range t.children(anchor) {
		ci := int(c)
		if ci <= anchor || ci > and || a.Tokens[ci].Rel != "conj" || t.quoted[ci] || !t.namesActor(ci) || t.verbBetween(anchor, ci) {
			continue
		}
		n, ok := t.speakerOf(ci)
		if !ok || !properName(n) || strings.Contains(name, n) || strings.Contains(n, name) {
			continue
		}
		more = append(more, n)
	}
	switch len(more) {
	case 0:
		return name
	case 1:
		return name + " and " + more[0]
	}
	return name + ", " + strings.Join(more[:len(more)-1], ", ") + " and " + more[len(more)-1]
}

// namesActor reports whether token i names someone who can speak or act:
// a person (namesPerson), or a country, a body or a people the entity
// model names ("France and Germany said…").
func (t *tree) namesActor(i int) bool {
	if t.namesPerson(i) {
		return true
	}
	e := t.entityAt(i)
	return e >= 0 && isActorType(t.a.Entities[e].Type)
}

// namesPerson reports whether token i is inside a person's name, or is a
// noun with a person's name in apposition ("her counterpart Ivan
// Petrov").
func (t *tree) namesPerson(i int) bool {
	a := t.a
	if e := t.entityAt(i); e >= 0 && a.Entities[e].Type == nlp.PERSON {
		return true
	}
	if a.Tokens[i].UPOS != "NOUN" {
		return false
	}
	for _, c := range t.children(i) {
		if ci := int(c); ci > i && a.Tokens[ci].Rel == "appos" && !t.quoted[ci] {
			if e := t.entityAt(ci); e >= 0 && a.Entities[e].Type == nlp.PERSON {
				return true
			}
		}
	}
	return false
}

// verbBetween reports whether a verb or an auxiliary stands between
// tokens i and j (exclusive).
func (t *tree) verbBetween(i, j int) bool { return verbBetween(t.a, i, j) }

// placeAfterAffiliation reports whether subject p is the place that ends
// subject s's affiliation, set off by a comma ("Stephen S. Cohen … of the
// University of California, Berkeley suggest…" with "Berkeley" parsed as
// a second subject): a name of a place right after the comma that closes
// s's phrase, which holds an "of", "at" or "from".
func (t *tree) placeAfterAffiliation(p, s int) bool {
	a := t.a
	if s >= p || p < 2 || a.Tokens[p].UPOS != "PROPN" || a.Tokens[p-1].Text != "," || int(t.right[s]) != p-2 && int(t.right[s]) != p-1 {
		return false
	}
	if e := t.entityAt(p); e < 0 || a.Entities[e].Type != nlp.GPE && a.Entities[e].Type != nlp.LOC {
		return false
	}
	for k := s + 1; k < p-1; k++ {
		if tk := &a.Tokens[k]; tk.Rel == "case" {
			switch strings.ToLower(tk.Text) {
			case "of", "at", "from":
				return true
			}
		}
	}
	return false
}

// coordinatedEntities returns the entities of the people a speaker
// credited together names ("Charles E. Grassley and Patrick J. Leahy",
// "A, B and C"), or nil when the speaker is not a list of people the
// article names ("Bosnia and Herzegovina", "US and European negotiators").
// It allocates only for such a list.
func (d *doc) coordinatedEntities(speaker string) []int {
	if _, _, ok := strings.Cut(speaker, " and "); !ok {
		return nil
	}
	// People's names are capitalised word by word, particles aside: "US
	// and European negotiators" is no list of names.
	for rest := speaker; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w != "and" && !properName(w) && !connectors[w] {
			return nil
		}
	}
	n := 0
	for pass := 0; pass < 2; pass++ {
		var out []int
		if pass == 1 {
			out = make([]int, 0, n)
		}
		rest := speaker
		for rest != "" {
			part, more, ok := strings.Cut(rest, ", ")
			if !ok {
				part, more, _ = strings.Cut(rest, " and ")
			}
			ei := d.entityOfSpeaker(part)
			if ei < 0 || d.ents[ei].kind != KindPerson {
				return nil
			}
			if pass == 0 {
				n++
			} else {
				out = append(out, ei)
			}
			rest = more
		}
		if pass == 1 {
			return out
		}
	}
	return nil
}
