package summarize

import "testing"

// TestEmbeddedRoots checks the speaker of a verb of saying that follows a
// relative aside holding a clause of its own ("A diplomat from one of the
// northern states, who asked not to be named because the talks in the
// council were confidential, said…"), which the parser read as the main
// clause with two subjects: the quotation after it, and the pronoun that
// credits it, are the diplomat's.
func TestEmbeddedRoots(t *testing.T) {
	b := treeBrief(t, "Fruit quotas doubled\n\nBRUSSELS — The European Union doubled the duty-free quotas for Moldovan apples on Monday.\n\nNot all member states were enthusiastic. A diplomat from one of the northern fruit-growing states, who asked not to be named because the talks in the council were confidential, said the review clause had been his government's condition. “Nobody here wants to say no to Chisinau,” he said.\n")
	sp, ok := speakerOfQuote(b, "Nobody here wants")
	if !ok || sp != "A diplomat" && sp != "A diplomat from one of the northern fruit-growing states" {
		t.Errorf("“Nobody here wants…” credited to %q (found %v), want the diplomat", sp, ok)
	}
}

// TestClauseConjuncts checks that a verb of saying joined by "and" to the
// main verb, after an adverbial clause that opens the sentence ("When
// the first plan put a strip across them, Awa Sanneh stood up and said,
// “…”"), is credited to the main verb's subject, not to the clause's.
func TestClauseConjuncts(t *testing.T) {
	b := treeBrief(t, "Village signs sand deal\n\nGUNJUR — The village signed an agreement with the miner last month.\n\nThe gardens feed half the village in the dry season. When the first plan put a mining strip across them, Awa Sanneh, who leads the women's group, stood up in the meeting and said, “If the gardens move, the water moves first.” The company agreed.\n")
	checkSpeakers(t, b, map[string]string{"If the gardens move": "Awa Sanneh"})
}
