package ask

import "testing"

// TestRound12 covers this round's changes to the answerer: "how did X
// characterize / portray / sum up Y" asks for X's words, as "how did X
// describe Y" does; and "put it" is how someone said something ("One
// Western diplomat put it to me bluntly: “…”").
func TestRound12(t *testing.T) {
	talks := textArticle(t, `Mali truce talks stall over monitors

The mediators want a monitoring force in place before any truce takes effect.

One Western diplomat put it to me bluntly: “Everyone wants monitors. Nobody wants to pay for them.”

Foreign ministry spokesperson Nasser Kanaani called reports of a draft “premature and speculative” on Monday.`)
	tests := []answerCase{
		{"sum up, with put it as the cue", talks, "How did a Western diplomat sum up the dispute over monitors?", []string{"Nobody wants to pay"}, nil, false},
		{"characterize", talks, "How did the foreign ministry spokesperson characterize reports of a draft?", []string{"premature and speculative"}, nil, false},
	}
	runAnswerCases(t, tests)
}

// TestRound12Derivations: a question's word answers for the nouns English
// derives from its stem for a trade, its place and its people ("fishing"
// for "fisheries"), so the article is not said to be silent on it.
func TestRound12Derivations(t *testing.T) {
	deal := textArticle(t, `Minister defends mackerel deal

The Fisheries Minister, Helen Carrow-Dunne, defended the three-year agreement, signed in Tórshavn last Thursday, as the best deal available.`)
	runAnswerCases(t, []answerCase{
		{"fishing for fisheries", deal, "Where was the fishing agreement signed?", []string{"Tórshavn"}, nil, false},
	})
}

// TestRound12Paraphrases: common paraphrases of the negotiation
// vocabulary answer for one another ("run out" for "expires", "existing"
// for "current", "lift pay" for "raise wages", "concluded" for
// "closed"); "so far" is no topic of the question; and a participle
// before the noun a "how many" question counts qualifies it ("how many
// negotiating chapters" counts chapters).
func TestRound12Paraphrases(t *testing.T) {
	ports := textArticle(t, `Port strike looms

The employers' alliance said its latest offer would raise wages by 58% over six years.

The current six-year master contract expires at 11:59 p.m. on Sept. 30.`)
	trade := textArticle(t, `Trade talks near the end

A: We have closed eleven of the nineteen chapters. What is left is what is always left: goods, services and mobility.`)
	runAnswerCases(t, []answerCase{
		{"run out and existing", ports, "On what date does the existing master contract run out?", []string{"Sept. 30"}, nil, false},
		{"lift pay", ports, "By what percentage would the employers' latest offer lift pay over the life of the contract?", []string{"58%"}, nil, false},
		{"concluded so far, negotiating chapters", trade, "How many negotiating chapters have been concluded so far?", []string{"eleven"}, nil, false},
	})
}

// TestRound12Names: an acronym that leaves out one word of the name it
// stands for ("KIEP" for the Korea Institute for International Economic
// Policy) is that name; a role set off before a rank of two words ("The
// head of the government delegation, Colonel-Major Boubacar Sissoko,")
// describes the person named after it.
func TestRound12Names(t *testing.T) {
	minerals := textArticle(t, `Japan and Korea agree minerals pact

Lee Jiwon, a research fellow at the Korea Institute for International Economic Policy, cautioned that Seoul and Tokyo remain rivals. “Korea and Japan compete for the same nickel,” Lee said.`)
	mali := textArticle(t, `Mali truce talks

The head of the government delegation, Colonel-Major Boubacar Sissoko, struck a more conciliatory tone in Doha. “Everything is on the table, but we will not negotiate under the pressure of fire,” he said.`)
	runAnswerCases(t, []answerCase{
		{"an acronym leaving out a word", minerals, "What did the KIEP research fellow say?", []string{"same nickel"}, nil, false},
		{"a role before a rank of two words", mali, "What did the head of the government delegation say?", []string{"pressure of fire"}, nil, false},
	})
}
