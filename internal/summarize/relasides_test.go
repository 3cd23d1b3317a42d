package summarize

import "testing"

// TestRelativeAsideSubjects checks a verb of saying whose subject the
// parse lost to a relative aside set off after the speaker's name and
// age: the aside describes the speaker, so a "he said" after the sentence
// is the speaker's too.
func TestRelativeAsideSubjects(t *testing.T) {
	const whom = "The coast guard counted 11 vessels near the shoal on Wednesday, according to its spokesman, Commodore Ariel Tolentino.\n\n" +
		"He said the coast guard would go on escorting supply boats.\n\n" +
		"At the fish port, about 300 fishermen have stayed closer to shore. Rodelio Manalastas, 52, whom everyone at the pier calls Jun, said he had not been to the shoal since August.\n\n" +
		"\u201cBefore, we stayed three days at the shoal and came home with a full boat,\u201d he said."
	checkAudit2(t, []audit2Case{
		{"whom after an age", whom, "Before, we stayed three days", "Rodelio Manalastas"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"what the named fisherman said", whom, "he had not been to the shoal", "Rodelio Manalastas"},
	}, true)
}

// TestRelativeClauseNoCredit checks that a relative clause with no "that"
// closing a sentence ("…, a mission it calls Kadiwa") credits nothing:
// its pronoun is the clause's subject, not a source of the sentence.
func TestRelativeClauseNoCredit(t *testing.T) {
	const text = "The talks ended without a deal.\n\nThe coast guard will escort boats delivering fuel to fishermen near the shoal, a mission it calls Kadiwa."
	b := treeBrief(t, text)
	for _, s := range b.Statements {
		if s.Speaker != "" {
			t.Errorf("statement %q credited to %q", s.Text, s.Speaker)
		}
	}
}

// TestNamingRelativeClause checks a source described, then named in a
// relative clause that gives the name ("a woman …, who gave only her
// first name, Norhaya, said…"): the name is who speaks.
func TestNamingRelativeClause(t *testing.T) {
	const text = "The ceasefire was signed on Tuesday.\n\n" +
		"Outside the gymnasium, a woman selling coffee from a cart, who gave only her first name, Norhaya, said her eldest son had joined the front at 17. \u201cMy son is in the mountains,\u201d she said."
	checkAudit2(t, []audit2Case{
		{"quote", text, "My son is in the mountains", "Norhaya"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"statement", text, "her eldest son had joined", "Norhaya"},
	}, true)
}
