package ask

import "testing"

// TestHowFarAhead: "how far ahead …" and "how far in advance …" ask a
// length of time before something happens, answered by a sentence that
// gives one ("at least nine months in advance"), not a distance; the
// words of the measure are not topic words the sentence must write.
func TestHowFarAhead(t *testing.T) {
	a := textArticle(t, `Lorvane harbour settles rules for ferry operators

The town council of Lorvane and three ferry companies agreed on Monday on new rules for the harbour, after a summer of crowded quays.

Mooring windows at the Lorvane quay are to be handed out at least nine months in advance by the harbour office.

Operators who miss their window lose it for the rest of the month, the council said.

"We could not go far with the old system," said harbour master Edvin Sollas.`)
	for _, q := range []string{"how far ahead are lorvane mooring windows handed out", "how far in advance are mooring windows handed out"} {
		checkAnswer(t, q, a.Answer(q, nil), []string{"nine months in advance"}, nil, false)
	}
}
