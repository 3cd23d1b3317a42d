package ask

import "testing"

// TestRound21: an office asked about by the fuller name of the body the
// article shortens ("the school board's vice president" for "the city's
// school board" then "the board's vice president, Ald. …"), and a title's
// short form before a name ("Undersecretary Ma. Corazon …"); a
// description read whole, its head before its preposition or relative
// clause ("the head of the UN verification mission"), the relative clause
// left out where the article puts it otherwise, "official" for an office
// of any rank, an envoy for a representative, never a role that names
// another country, and no preposition split inside a name ("the Council
// of Governors chairperson"); what sides have committed to do is to
// come; and what a speaker goes on to say right after words on the
// question's matter, with no one else's between, is on it too; and "the
// new agreement" is the story's, which it need not call new.
func TestRound21(t *testing.T) {
	schools := textArticle(t, `Teachers and district trade proposals

The district's chief executive, Gerald Hunt, said the offer was fully costed.

“I cannot spend money the district does not have,” Hunt said.

The mayor's office, which appoints half of the city's school board, said it expected both sides to stay at the table.

The board's vice president, Ald. Rosa Ibarra, struck a sharper tone. “The union has made its point. Now it has to make a deal,” she said.

The union's recording secretary, Dwayne Price, said board members had never asked a teacher about class sizes.`)
	shoal := textArticle(t, `Manila and Beijing agree on a hotline

The meeting was led on the Philippine side by Foreign Affairs Undersecretary Ma. Corazon Villanueva and on the Chinese side by Vice Foreign Minister Shen Liqun.

Villanueva's summary for reporters was brief: “We talked. We did not agree. We will talk again.”

Shen was quoted by state media as saying China's position was unchanged.`)
	talks := textArticle(t, `Gaza talks end without a deal

Major General Hossam Ragab, a deputy head of Egypt's General Intelligence Service who chaired the sessions, told reporters that the delegations had agreed on most of the text. "We are close, but we are not there," Ragab said.

Anneliese Dorfmann, head of the United Nations Verification Mission, said monitors could deploy within two weeks. "A ceasefire that is not verified is only a promise," Dorfmann said.

"I voted no. Part-timers got scraps again," said Keisha Warren, a part-time package handler in Memphis who campaigned against the deal.

"We did not walk away," Tomas Lindgren, the EU special representative for the dialogue, told reporters.

Elchin Rustamov, adviser to Azerbaijan's president and head of Baku's delegation, spoke on television. "We are closer than ever," Rustamov said.

Gevorg Mirzoyan, the deputy foreign minister leading Armenia's delegation, spoke to reporters. "We came to sign something that will hold," Mirzoyan said.

Council of Governors chairperson Wanjiku Kagwe warned of closures. "Hospitals will be the last to close," Kagwe said.`)
	dialogue := textArticle(t, `Serbia and Kosovo talks end without agreement

“We did not reach an agreement today, but we did not walk away either,” Tomas Lindgren, the EU envoy, told reporters. “Both sides have committed to meet again at the level of chief negotiators on October 14.”

Lindgren said the main obstacle remained the association of Serb-majority municipalities.

Lindgren said he planned to travel to Belgrade before the October meeting and hoped the two leaders could meet again in Brussels in December.`)
	kosovo := textArticle(t, `Belgrade and Pristina fail to agree

Kosovo government spokesperson Arbëresha Hoxha said the prime minister would not create the association under the current draft statute.

“The prime minister said he will not build a Republika Srpska inside Kosovo, and that position has not changed,” Hoxha said.

“We are ready to implement everything we signed in Ohrid, in the order we signed it,” she said.

Serbia's chief negotiator, Petar Petković, said the association had to come first. “Nothing else moves until it exists,” Petković said.

Hoxha later said the government would hold a news conference on Friday.`)
	contract := textArticle(t, `Drivers ratify first national contract

Delivery drivers at SwiftRoute Parcel have voted by 86% to ratify their first national contract in a ballot the union ran over two weeks.

The five-year agreement, covering about 64,000 drivers and package handlers, raises top pay for full-time drivers to $49 an hour by the final year.

The company said it was glad to put the dispute behind it.`)
	runAnswerCases(t, []answerCase{
		{"the new agreement need not be called new", contract, "How long does the new agreement run?", []string{"five-year"}, nil, false},
		{"words that go on with the matter", kosovo, "What did Kosovo's government spokesperson say about the association?", []string{"Republika Srpska", "in the order we signed"}, []string{"news conference"}, false},
		{"a meeting the sides committed to", dialogue, "When will the chief negotiators meet again?", []string{"October 14"}, []string{"December"}, false},
		{"an official of any rank, by a relative clause the article writes", talks, "What did the Egyptian intelligence official who chaired the sessions say?", []string{"not there"}, nil, false},
		{"the head of a body, with its initials", talks, "What did the head of the UN verification mission say about the ceasefire?", []string{"only a promise"}, nil, false},
		{"a relative clause put in other words", talks, "What did the Memphis package handler who opposed the deal say?", []string{"scraps"}, nil, false},
		{"an envoy is a representative", talks, "What did the EU envoy say?", []string{"walk away"}, nil, false},
		{"not the head of the other country's delegation", talks, "What did the head of Armenia's delegation say?", []string{"will hold"}, []string{"closer than ever"}, false},
		{"a preposition inside a name", talks, "What did the Council of Governors chairperson warn?", []string{"last to close"}, nil, false},
		{"a body shortened after its fuller name", schools, "What did the school board's vice president say about a deal?", []string{"made its point"}, []string{"fully costed"}, false},
		{"a title's short form before a name", shoal, "How did the Philippine undersecretary sum up the talks?", []string{"did not agree"}, nil, false},
	})
}
