package summarize

import "testing"

// TestAudit30UnmarkedPossessor checks that a name the parser read as the
// possessor of the role set off after it, though no "'s" marks it so
// ("Maren Holm-Dahl, the union's chief negotiator, said…"), is the
// subject of the verb: the statement is hers, written as her name, and a
// description of her in the next paragraph goes on as her.
func TestAudit30UnmarkedPossessor(t *testing.T) {
	const text = "Dockers and port agree pay talks timetable\n\nBERGEN - Dockers and the port authority agreed on Monday to a timetable for pay talks.\n\nMaren Holm-Dahl, the union's chief negotiator for the talks, said both sides had stayed at the table through a night session after the port's team briefly walked out.\n\n\"This is not a settlement, and nobody in the room pretended it was,\" the Norwegian organiser said at a briefing.\n"
	checkAudit2(t, []audit2Case{
		{"a description in the next paragraph goes on as the name", text, "This is not a settlement", "Maren Holm-Dahl"},
	}, false)
	b := treeBrief(t, text)
	found := false
	for _, s := range b.Statements {
		if s.Cue == "said" && len(s.Text) > 10 && s.Text[:10] == "both sides" {
			found = true
			if s.Speaker != "Maren Holm-Dahl" {
				t.Errorf("statement %q credited to %q, want %q", s.Text, s.Speaker, "Maren Holm-Dahl")
			}
		}
	}
	if !found {
		t.Errorf("no statement \"both sides…\" in %+v", b.Statements)
	}
}
