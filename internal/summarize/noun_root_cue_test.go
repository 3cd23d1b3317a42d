package summarize

import "testing"

// A source with a relative clause ("who requested anonymity because she
// was not cleared to speak to the press") followed by its verb of saying
// is that verb's subject, where the parser read the sentence as the noun
// phrase alone and hung the verb, with no subject, inside the clause's
// reason.
func TestNounRootCue(t *testing.T) {
	text := "Port levy\n\nThe harbour board raised the levy on container ships on Thursday.\n\nSome are unhappy. A Latvian regulator who requested anonymity because she was not cleared to speak to the press said the port levy was “a gift to the shipping lines”.\n\nAn Armenian official who asked not to be named because he was not authorised to speak to the press said the water fee had been set “well under what the pumping costs”.\n"
	checkAudit2(t, []audit2Case{
		{"not the subject of what she said", text, "a gift to the shipping lines", "A Latvian regulator"},
		{"not no one", text, "well under what the pumping costs", "An Armenian official"},
	}, false)
}
