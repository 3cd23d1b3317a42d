package ask

import "testing"

// TestRound8 covers this round's changes to the answerer: a "when"
// question whose verb the sentence uses is answered by a date that
// belongs with that verb, in its clause, a clause under it, or the date
// its clause hangs from, not by a date of a clause coordinated with it;
// an acronym asked about ("the CEO") is a title the article writes out
// inside a longer run of capitalised words ("President and Chief
// Executive Officer David Kessler"); a people's adjective asked about
// ("the Qatari minister") is the country a role names ("Qatar's minister
// of state"), in the role's own words; one "who leads" a body is its
// leader; "what is X offering (demanding…)?" asks for X's words, as
// "what did X offer?" does.
func TestRound8(t *testing.T) {
	water := textArticle(t, `Water talks end without a deal

Officials of the two countries ended talks in Vienna on Thursday. A court-appointed mediator is reviewing the dispute over the dams, and a ruling is expected next year, officials said.

The treaty, which both sides signed in 1960, shares the rivers of the basin. The upstream side rejected the draft in March, saying it ignored new data.

The next round was set for June 3, when the delegations will meet again in Geneva.`)
	firm := textArticle(t, `Corvane rejects Trident bid

The board met eight times, and President and Chief Executive Officer David Kessler presented the company's plan.

"The timing of this approach is not a coincidence," Kessler said.`)
	talks := textArticle(t, `Ceasefire text agreed in Doha

"We have a text both delegations can live with," said Khalid al-Mansouri, Qatar's minister of state for foreign affairs.

Chad's delegation is led by Justice Minister Achta Nour, who arrived in Doha on Sunday. She declined to comment.

Ruben Quispe, who leads the Workers' Confederation, said unions would block highways if the talks failed.`)
	fund := textArticle(t, `Climate fund talks drag on

The World Bank said in a statement that it would provide $2 billion in guarantees to help the fund borrow on capital markets.

Island states said they expected at least $30 billion in pledges.`)
	tests := []answerCase{
		{"what is X offering", fund, "What is the World Bank offering?", []string{"$2 billion in guarantees"}, nil, false},
		{"a people's adjective for the country a role names", talks, "What did the Qatari minister say?", []string{"al-Mansouri", "can live with"}, nil, false},
		{"the country must be in the role, not elsewhere in the sentence", talks, "What did the Qatari minister say?", nil, []string{"declined to comment"}, false},
		{"one who leads a body is its leader", talks, "What did the union leader say?", []string{"Ruben Quispe", "block highways"}, nil, false},
		{"an acronym of a title inside a longer run", firm, "What does the CEO say about the timing of the approach?", []string{"David Kessler", "not a coincidence"}, nil, false},
		{"a date of a coordinated clause is not the verb's", water, "When was the mediator appointed?", nil, nil, true},
		{"the date in the verb's clause", water, "When did the upstream side reject the draft?", []string{"March"}, nil, false},
		{"the date in a relative clause on the subject", water, "When was the treaty signed?", []string{"1960"}, nil, false},
		{"the date a relative clause hangs from", water, "When will the delegations meet again?", []string{"June 3"}, nil, false},
	}
	runAnswerCases(t, tests)
}
