package summarize

import "testing"

// TestAudit16Speakers checks speakers found in the development half of
// the project's nineteenth batch of stories, on texts of our own: "he"
// after a spokesman whose title opens with a people's adjective is the
// spokesman, not the adjective; "the text" quoted after a joint
// communiqué is the communiqué; and "the spokesperson" after "A
// spokesperson for …" brought in without a name is that newcomer, as the
// story brought it in, not a spokesperson the story named before; and "the union" right after a body
// named in full said something is that body.
func TestAudit16Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"he after a title opening with a people's adjective",
			"Under a draft drawn up by Egyptian and Qatari mediators, Hamas would free 18 hostages.\n\nIn Doha, Qatari foreign ministry spokesman Jassim Al-Nuaimi said the mediators had narrowed the issues.\n\n“The mediators are working around the clock,” Al-Nuaimi told a weekly briefing.\n\nHe said Egypt and Qatar had proposed a joint committee. “Nobody should underestimate how fragile this is,” he added.",
			"Nobody should", "Jassim Al-Nuaimi"},
		{"the text after a joint communiqué",
			"The talks opened in Caracas on Monday.\n\nAt the close of the first day, the delegations issued a joint communiqué. “The delegations agree to work, as a priority, on a new cessation of hostilities,” the text says.",
			"The delegations agree", "a joint communiqué"},
		{"a spokesperson brought in without a name",
			"Kosovo government spokesperson Arbëresha Hoxha said the prime minister would not create the association.\n\n“That position has not changed,” Hoxha said.\n\nA spokesperson for the EU's foreign policy chief said in Brussels that the bloc would review its measures. “Normalisation remains a precondition for progress,” the spokesperson said.",
			"Normalisation remains", "A spokesperson"},
		{"the union after the body named in full said something",
			"Talks between SAG-AFTRA and the game companies broke off on Tuesday.\n\nSAG-AFTRA said in a statement that performers on games not covered by the strike should keep working. “Our fight is with the companies at the table,” the union said.",
			"Our fight is with", "SAG-AFTRA"},
	}, false)
}
