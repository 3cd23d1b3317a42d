package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// The pronoun as a source: whom "he said", "she told", "they wrote" and
// "it said" stand for, by the rules speakerOf applies to a pronoun.

// pronounSource returns whom the pronoun at src stands for as a source,
// by the rules speakerOf applies to a pronoun.
func (t *tree) pronounSource(src int) (name string, resolved bool) {
	a := t.a
	tok := &a.Tokens[src]
	// "Putney told CNN that…, but he said…": the reporter goes on,
	// whomever else the sentence names.
	if e := t.sameSentenceReporter(src); e >= 0 {
		return t.entityFullName(e), true
	}
	// "Cohen's office said he had instructed…": the one the office
	// speaks for.
	if e := t.ownerOfReporter(src); e >= 0 {
		return t.entityFullName(e), true
	}
	// "Analysts at Brockway Securities said the bid was likely to be
	// raised. “…,” they wrote": "they" after a sentence whose
	// subject, many people by a common noun, said something, is
	// them, whatever name coreference linked it to.
	if n := t.pluralReporterBefore(src); n != "" {
		return n, true
	}
	// "Jules Navarro, a QA tester…, said the cap mattered most.
	// “…,” they said.": a person who uses "they".
	if e := t.singularThey(src); e >= 0 {
		return t.entityFullName(e), true
	}
	// "A member of the delegation, who asked not to be identified,
	// said… «…», he said": a person brought in unnamed as the
	// subject of the sentence before, who said something there, whatever
	// name coreference linked the pronoun to.
	if n := t.previousUnnamed(src); n != "" {
		return n, true
	}
	// "Aurelio Quintero Baena, who is known by the nom de guerre
	// “Felipe Arauca”, said… “…,” he told reporters" with "he" linked
	// to the nom de guerre: the person named last before, past names in
	// marks of their own.
	if c := t.clusterAt(src); c >= 0 && wordGender(tok.Text) != 0 && t.nameOnlyInMarks(&a.Clusters[c]) {
		if e := t.nearestPerson(src, wordGender(tok.Text)); e >= 0 {
			return t.entityFullName(e), true
		}
	}
	if n := t.clusterProperName(src); n != "" {
		if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
			return t.entityFullName(e), true
		}
		return t.completeName(n), true // "Madam Kportufe-Asare": the name in full
	}
	// "An RSF adviser … He said": the person the cluster describes
	// by role, as written, when it names nobody; but the subject of
	// the sentence before goes on, as for a name ("But the union's
	// secretary, Dr Brian Otieno, said the governor was misleading
	// the public. “The governor knows…,” he said": not the governor).
	if d := t.clusterDescription(src); d >= 0 {
		if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
			return t.entityFullName(e), true
		}
		if n, ok := t.speakerOf(d); ok && n != "" {
			// "Kim Ha-eun, a spokesperson for the association… “…,”
			// the spokesperson added. “…,” he told the briefing" with
			// "he" linked to the description: not the woman it names,
			// but the man named last before.
			if g := wordGender(tok.Text); g != 0 && t.otherSexNamed(n, g) {
				if e := t.nearestPersonWithin(src, g, 8, func(int) bool { return true }); e >= 0 {
					return t.entityFullName(e), true
				}
				return "", false
			}
			return n, true
		}
	}
	// "WIRED spoke to one mother… “…,” she said": the person the
	// cluster brought in with an indefinite description; but the
	// subject of the sentence before goes on here too ("the
	// federation's president said teachers were pushed by an
	// employer that refuses… “…,” she said": not the employer).
	if d := t.clusterNewcomer(src); d >= 0 && (t.personWord(d) || wordGender(tok.Text) == 0) {
		if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
			return t.entityFullName(e), true
		}
		if n, ok := t.speakerOf(d); ok && n != "" {
			return n, true
		}
	}
	// "The federation's president said teachers were being pushed
	// by an employer that refuses… “…,” she said" with "she" linked
	// to no one before it who can be a person: the person the
	// sentence before made its subject goes on.
	if wordGender(tok.Text) != 0 && !t.personBefore(src) {
		if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
			return t.entityFullName(e), true
		}
	}
	// "The minister was visibly irritated. She called…": in a
	// cluster of pronouns alone, the role the sentence before made
	// its subject, when the story names who holds it.
	if g := wordGender(tok.Text); g != 0 && t.pronounsOnly(src) {
		if n := t.previousRole(src); n != "" {
			return n, true
		}
	}
	// "She" in a cluster of pronouns alone: the person named last
	// before it, nearby, who can be a "she".
	if g := wordGender(tok.Text); g != 0 && t.pronounsOnly(src) {
		if e := t.nearestPerson(src, g); e >= 0 {
			return t.entityFullName(e), true
		}
		if e := t.lastOfGender(src, g); e >= 0 {
			return t.entityFullName(e), true
		}
	}
	// "They" alone after people the story named together.
	if n := t.theyNamed(src, 0); n != "" {
		return n, true
	}
	// "Proponents … have urged Congress to leave the program intact,
	// although they say they support some of the changes": a "they"
	// that speaks in a clause set beside the main verb is that verb's
	// subject, people named by a plural noun.
	if s := t.theyOfMainClause(src); s >= 0 {
		if n, ok := t.speakerOf(s); ok && n != "" {
			return n, true
		}
	}
	// "The government released five, in what it called a goodwill
	// gesture": an "it" left open in a relative clause inside a
	// sentence is the sentence's own subject, a body or a thing.
	if s := t.mainSubjectFor(src); s >= 0 {
		return t.speakerOf(s)
	}
	return "", false
}

// otherSexNamed reports whether n is the full name of a person the story
// gives the sex other than g ('m', 'f') by pronouns, titles or given
// name.
func (t *tree) otherSexNamed(n string, g byte) bool {
	e := t.personNamed(n)
	if e < 0 {
		return false
	}
	eg := t.entityGender(e)
	return eg == 'm' && g == 'f' || eg == 'f' && g == 'm'
}

// namedBelow reports whether the person named n is named again below the
// pronoun at src in its own clause, which a pronoun there cannot stand
// for ("she said when told of Villaruel's remarks", "he told Brandt",
// "she said Lopes had misled them"): a subject or object pronoun outside
// quotation marks, and a person's name outside them, in the same
// sentence, below the pronoun's head but not that head itself ("he is
// John Smith").
func (t *tree) namedBelow(src int, n string) bool {
	a := t.a
	pt := &a.Tokens[src]
	v := pt.Head
	if v < 0 || t.quoted[src] {
		return false
	}
	switch pt.Rel {
	case "nsubj", "nsubj:pass", "obj", "iobj":
	default:
		return false
	}
	sn := a.Sentences[pt.Sent]
	for k := src + 1; k < sn.Last; k++ {
		if k == v || t.quoted[k] || a.Tokens[k].UPOS != "PROPN" || !t.below(k, v) {
			continue
		}
		if e := t.entityAt(k); e >= 0 && a.Entities[e].Type == nlp.PERSON && t.entityFullName(e) == n {
			return true
		}
	}
	return false
}

// nearestUnbound returns, for "he" or "she" at src, the person named
// last before it in the three paragraphs before, who can be of the
// pronoun's sex and whom its own clause does not name (namedBelow), or
// -1: as nearestPerson reads a "he" or a "she" alone, but no farther
// (the one who spoke last is ruled out, and a person named long before
// is too weak a guess).
func (t *tree) nearestUnbound(src int) int {
	g := wordGender(t.a.Tokens[src].Text)
	if g == 0 {
		return -1
	}
	return t.nearestPersonIf(src, g, func(ei int) bool { return !t.namedBelow(src, t.entityFullName(ei)) })
}

// below reports whether token k lies below token v in the tree, outside
// any clause v reports or is joined to with a subject of its own ("He
// notes that the commission announced there was an issue with Trump's
// microphone": a reporter's words for what he said may name him).
func (t *tree) below(k, v int) bool {
	a := t.a
	for steps := 0; k >= 0 && steps < 64; steps++ {
		if k == v {
			return true
		}
		// Nor inside a clause joined to v's with a subject of its own
		// ("He and Ståhlberg shook hands…, but Nieminen said…").
		if r := a.Tokens[k].Rel; (r == "ccomp" || r == "parataxis" || r == "conj" && a.Tokens[k].UPOS == "VERB") && t.subjectChild(k) >= 0 {
			return false
		}
		k = a.Tokens[k].Head
	}
	return false
}

// theyOfMainClause returns, for "they" at src that is the subject of a
// verb of saying in an adverbial clause of its sentence's main verb
// ("…, although they say…"), the main verb's subject when it comes
// before and is a plural noun of people ("Proponents"), with nothing
// between them in the pronoun's clause that coreference names; -1
// otherwise.
func (t *tree) theyOfMainClause(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	v := tok.Head
	if !nlp.EqualFoldLower(tok.Text, "they") || t.quoted[src] || !strings.HasPrefix(tok.Rel, "nsubj") || v < 0 || !t.isCue(v) || a.Tokens[v].Rel != "advcl" {
		return -1
	}
	m := a.Tokens[v].Head
	if m < 0 || m > src {
		return -1
	}
	s := t.subjectChild(m)
	if s < 0 || s >= src || t.quoted[s] || a.Tokens[s].UPOS != "NOUN" || a.Tokens[s].XPOS != "NNS" || !t.personWord(s) {
		return -1
	}
	return s
}
