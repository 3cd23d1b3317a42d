package summarize

import "testing"

// TestRoleOpeningParagraphIsNew checks that a role that opens a paragraph
// of its own as its sentence's subject ("The labour minister said…")
// brings someone new in, not the person named just before in another
// role, while a person the story set a role beside ("Ana Ruiz, the state
// mediator, …") may go on under another description of her.
func TestRoleOpeningParagraphIsNew(t *testing.T) {
	mk := func(s string) string {
		return "Ferry talks\n\nIlse Varga has run the deckhands' union for a decade. \"We are ready to stop the boats,\" she said.\n\n" + s + "\n"
	}
	const mediator = "Ferry talks\n\nAna Ruiz, the state mediator, met both sides on Friday. The gap had narrowed, Ruiz said.\n\nThe former harbour judge said she wanted a written offer. \"Times are easier than crews,\" she said.\n"
	checkAudit2(t, []audit2Case{
		{"said, a fragment", mk("The transport minister said on Monday the state \"cannot step in.\""), "cannot step in", "The transport minister"},
		{"said with a colon", mk("The transport minister said: \"The state cannot step in.\""), "The state cannot", "The transport minister"},
		{"he said after", mk("The transport minister spoke on Monday. \"The state cannot step in,\" he said."), "The state cannot", "The transport minister"},
		{"a role set beside the name", mediator, "Times are easier", "Ana Ruiz"},
	}, false)
}
