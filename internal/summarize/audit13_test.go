package summarize

import "testing"

// TestAudit13Speakers checks speakers found in the development half of
// the project's sixteenth batch of stories, on texts of our own: "the
// union" that speaks long after the one union the story names, by a
// name its defined short form spells; and "the negotiator" who takes up
// an anonymous "a negotiator" of the sentence before, not the named
// negotiator of the other side.
func TestAudit13Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the one union named long before",
			"The Harbour Nursing and Allied Workers Federation’s city branch (HNAWF) confirmed on Tuesday that its members at nine public hospitals would stop work for a day.\n\nHNAWF state secretary Olwen Pryce said the government had run out of excuses.\n\nHealth Minister Dara Quill said the offer was fair. \"We have put real money on the table,\" Quill said.\n\nThe hospitals said elective surgery would be postponed.\n\nOpposition health spokesman Ben Arkley said the minister had lost control of her portfolio.\n\nIn an email sent to members on Tuesday, the union said the offer would leave graduate nurses \"worse off in real terms by the end of the agreement\".",
			"worse off in real terms", "Harbour Nursing and Allied Workers Federation"},
		{"an anonymous source taken up by its role",
			"\"We are not going to sign away our faces,\" the union's chief negotiator, Duncan Ferreira, told reporters.\n\nThe companies say their offer is generous.\n\nA negotiator for the companies, who spoke on condition of anonymity because the talks were private, said the publishers could not agree to per-use consent. \"If every sequel needs a new negotiation, nobody can plan a game,\" the negotiator said.",
			"If every sequel needs", "A negotiator for the companies"},
	}, false)
}
