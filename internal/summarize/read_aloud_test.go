package summarize

import "testing"

// TestReadAloudDocument checks that words a transcript's speaker reads
// out of a document ("I will read it. “…”", "Let me read the clause:
// “…”", "Read Section 4 with me. “…”") are the document's, named by the
// nearest whole document before them, while the rest of the turn stays
// the speaker's.
func TestReadAloudDocument(t *testing.T) {
	text := "Orchard growers and packers settle\n\nEdited transcript of a press briefing. Host Marta Solberg spoke with Ivo Lindqvist, who chairs the growers' cooperative, and Pernille Aasgaard of the packers' federation, a week after both sides signed a charter on picking seasons.\n\nSOLBERG: Mr Lindqvist, the packers say nothing has changed. Has it?\n\nLINDQVIST: Plenty has changed. The charter is short, so I will read it. \"No grower shall be asked to deliver fruit picked before the first frost warning has been lifted.\" That is the text, and it binds them.\n\nSOLBERG: Ms Aasgaard, do you accept that reading?\n\nAASGAARD: We signed the contract in good faith. Let me read the clause, because people forget it: \"Each packer shall publish its weekly intake price by Monday noon.\" We have done that every week since April.\n\nSOLBERG: Thank you both.\n"
	checkAudit2(t, []audit2Case{
		{"read after 'I will read it'", text, "No grower shall be asked", "the charter"},
		{"the clause read is the contract's", text, "Each packer shall publish", "the contract"},
		{"the rest of the turn stays the speaker's", text, "Plenty has changed", "Ivo Lindqvist"},
		{"after the read clause", text, "We signed the contract in good faith", "Pernille Aasgaard"},
	}, false)
}
