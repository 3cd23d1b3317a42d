package summarize

import "testing"

// TestUntypedSubjectBefore checks that a "he" crediting a quotation right
// after a sentence whose subject is a name the entity model typed as
// nothing ("Nello Lo Cascio of UGL… has walked out to the gate") is that
// person, not a man named further up whom coreference linked it to; and
// that a "he" adding more words right after goes on with him.
func TestUntypedSubjectBefore(t *testing.T) {
	text := "Port strike: live\n\n10:40 a.m. — The dockers read the new figure on their phones. Gennaro Esposito, 61, a crane operator, shrugged. “Three hundred, four hundred — for the men on the night shift it means nothing,” he said. He says he retires next spring.\n\n11:20 a.m. — Nello Lo Cascio of UGL, the smallest union in the room, has walked out to the gate for some air. “We are nearly there,” he told us. He added: “Nearly is where these things fall apart.”\n"
	checkAudit2(t, []audit2Case{
		{"the sentence right before", text, "We are nearly there", "Nello Lo Cascio"},
		{"his words go on", text, "Nearly is where", "Nello Lo Cascio"},
	}, false)
}
