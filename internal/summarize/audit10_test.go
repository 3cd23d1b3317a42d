package summarize

import "testing"

// TestAudit10Speakers checks speakers found in the development half of
// the project's thirteenth batch of stories, on texts of our own: a
// closing guillemet is no name to credit words to; a body described by
// the head of its name ("the federal labour board") is that body; words
// quoted inside what a body says a thing shows are the body's, not the
// thing's; a decision or ruling speaks for itself; and a Spanish name
// written short by its first surname ("Galvis") is the whole name's,
// with an accented given name ("Andrés") kept.
func TestAudit10Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a closing guillemet before the verb of saying",
			"Supporters gathered outside the stadium on Sunday.\n\n«Nobody here is against investment. We are against becoming a feeder club,» said its spokeswoman, Élise Marchal-Dethier.",
			"Nobody here is against", "Élise Marchal-Dethier"},
		{"a body described by the head of its name",
			"The Canada Industrial Relations Board has ordered the railway to run one fuel train a week.\n\nIn a decision released Wednesday, the federal labour board found that a halt would leave towns “without a reliable means of heating homes.”",
			"without a reliable means", "Canada Industrial Relations Board"},
		{"a thing that shows, inside what a ministry said",
			"The two sides signed a ceasefire in Caracas on Friday.\n\nVenezuela’s Ministry of Foreign Affairs, which hosts the talks, said in a statement that the agreement showed “the value of dialogue without outside interference.”",
			"the value of dialogue", "Venezuela’s Ministry of Foreign Affairs"},
		{"a Spanish name written short by its first surname",
			"The talks ended in Caracas on Friday.\n\nThe guerrillas’ chief negotiator, Andrés Felipe Galvis Ortega, read a statement after the closing session.\n\n“Our word is worth something,” Galvis said.",
			"Our word is worth", "Andrés Felipe Galvis Ortega"},
		{"a decision that states",
			"The labour board ordered the railway to run one train a week.\n\nThe decision states: “Several communities served by the line have no all-weather road access.”",
			"Several communities served", "The decision"},
	}, false)
}

// TestAudit10Statements checks that a relative clause set off after a
// subject, which the parser took for the main clause with the verb of
// saying hung from it, leaves the subject the speaker ("The chairman,
// Hendrik Lumingkewas, 58, who owns three pole-and-line vessels, said…":
// not the vessels).
func TestAudit10Statements(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a relative clause read as the main clause",
			"Fishing boats lifted their blockade of the port on Friday.\n\nThe chairman, Hendrik Lumingkewas, 58, who owns three pole-and-line vessels, said the freeze was only a pause and that his members would resume fishing on Saturday morning.",
			"the freeze was only a pause", "Hendrik Lumingkewas"},
	}, true)
}
