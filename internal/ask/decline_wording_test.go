package ask

import "testing"

// TestDeclineKeepsTheDescription checks how a decline words a question
// about what someone described, not named, said, where the article
// reports nothing of theirs: the description as the question writes it,
// prepositions and all, and no topic made of the words before the verb
// ("on the island" is where the man is, not what he spoke about).
func TestDeclineKeepsTheDescription(t *testing.T) {
	art := textArticle(t, "Island bought\n\n"+
		"The community trust agreed a price of \u00a33.1 million for the island on Thursday. \u201cWe shook hands and went home,\u201d said Murdo MacAulay, who chairs the trust.\n\n"+
		"Repairs come first. The pier needs work, and so does the road. The treasurer will publish the accounts.\n\n"+
		"The oldest house on the island will be the trust\u2019s office.")
	runAnswerCases(t, []answerCase{
		{name: "description with a preposition", art: art, q: "what did the oldest man on the island say", want: []string{"the oldest man on the island said."}, notWant: []string{"about the island", "man island"}, declined: true},
		{name: "a possessive as written", art: art, q: "what did the trust's treasurer say", want: []string{"the trust's treasurer said."}, declined: true},
		{name: "and a topic after the verb", art: art, q: "what did the oldest man on the island say about the price", want: []string{"the oldest man on the island said about the price."}, declined: true},
	})
}
