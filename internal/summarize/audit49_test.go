package summarize

import "testing"

// TestAudit49WordsToldInsideReport checks that words quoted inside what
// a person by their role is reported to have told someone ("He said a
// senior executive of the consortium had told him that the clause was
// “…”") are that person's, while words quoted inside a reported hope or
// plan ("said only that the mediators hoped to give both sides a final
// text “…”") stay the reporter's.
func TestAudit49WordsToldInsideReport(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"told by a role",
			"Reactor talks stall\n\nMANILA — Talks on the reactor deal stalled on Friday.\n\nMarco Dizon, a government scientist, said his comments had been taken out of context. He said a senior executive of the consortium had told him during a visit last year that the clause was “the one question our shareholders care about.”",
			"the one question our shareholders", "a senior executive of the consortium"},
		{"hoped by a role",
			"Gaza talks\n\nDOHA — Mediators met both delegations on Monday.\n\nAsked whether a deal could come before Ramadan, Hamad al-Kuwari said only that the mediators hoped to give both sides a final text “within days, not weeks.”",
			"within days, not weeks", "Hamad al-Kuwari"},
	}, false)
}

// TestAudit49FamiliarSourceAsRoot checks that a source described as
// "familiar with the talks", parsed with "familiar" as the sentence's
// root and the verb of saying as a clause under it, is read whole, and
// that "the official" who is quoted next is that source.
func TestAudit49FamiliarSourceAsRoot(t *testing.T) {
	text := "Prisoner swap agreed\n\nMUSCAT — The two sides agreed on Sunday to exchange 900 prisoners.\n\nA Yemeni official familiar with the talks said Saudi Arabia’s wish to bring its citizens home before the end of the year had been decisive. “The Saudis wanted their 19 back before anything else,” said the official, who spoke on condition of anonymity."
	checkAudit2(t, []audit2Case{
		{"the official", text, "The Saudis wanted their 19", "A Yemeni official familiar with the talks"},
	}, false)
}

// TestAudit49TextBindsObject checks that words quoted after a text binds
// a body to them ("The protocol commits the Frente to “suspend…”") are
// the text's, not the body's the sentence names before the quotation.
func TestAudit49TextBindsObject(t *testing.T) {
	text := "Truce signed\n\nCARACAS — The government and the rebel Frente Comunero signed a six-month truce on Sunday.\n\nThe protocol commits the Frente to “suspend all retention of civilians and all economic demands on the civilian population” for the duration of the truce."
	checkAudit2(t, []audit2Case{
		{"commits", text, "suspend all retention", "The protocol"},
	}, false)
}

// TestAudit49DocumentPart checks that a part of a text ("Its most
// contested article says …", "the accord's third clause says …") speaks
// as the text that owns it.
func TestAudit49DocumentPart(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"its article",
			"Port strike ends\n\nROTTERDAM — Dockworkers and terminal operators signed a new contract on Sunday.\n\nThe agreement, which runs for three years, raises wages by 4.5% this year. Its most contested article says no terminal may introduce remote-controlled cranes “without the prior agreement of a joint automation committee.”",
			"without the prior agreement", "The agreement"},
	}, false)
}
