package summarize

import "github.com/parley-bot/parley/internal/nlp"

// soleOfGender returns, for a "he" or "she" at src that nothing nearer
// resolves, the one person of gender g the story names before it, when
// every person it names before it is known to be a man or a woman (by
// pronouns, titles or given name) and all those of gender g are that one
// person: a story that names one woman goes back to her with "she" after
// paragraphs about others ("…the commissioner said… ¶ … ¶ The
// commission now has a month to rule. “…,” she said"). Otherwise -1.
func (t *tree) soleOfGender(src int, g byte) int {
	a := t.a
	found, name := -1, ""
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First >= src {
			break
		}
		if e.Type != nlp.PERSON || t.quoted[e.First] || t.nameInMarks(ei) || t.namesNoPerson(t.clusterAt(e.Last-1)) || t.slipOf(src, ei, g) {
			continue
		}
		switch t.entityGender(ei) {
		case g:
			n := t.entityFullName(ei)
			if name != "" && n != name {
				return -1 // two people of that sex
			}
			found, name = ei, n
		case 'm', 'f':
		default:
			return -1 // someone who could be the pronoun too
		}
	}
	return found
}
