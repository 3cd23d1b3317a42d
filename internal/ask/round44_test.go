package ask

import "testing"

// TestRound44SumsAndSetNumbers: "what is the new starting salary?" asks
// for a sum of money, which the share it rose by does not give ("raises
// the starting salary by 11%"); "how many coaches can arrive each day?" is
// answered by the figure a verb sets the number of coaches at, where the
// parser may hang that figure inside the number's own phrase ("cap the
// number of coaches arriving each day at 45").
func TestRound44SumsAndSetNumbers(t *testing.T) {
	nurses := textArticle(t, `Nurses sign pay deal

LISBON - The health ministry and the nurses' union signed a pay agreement on Tuesday that raises the starting salary for hospital nurses by 11% and ends a dispute that led to three strikes.

The deal lifts the entry-level monthly salary from 1,640 euros to 1,820 euros by January. Night shifts will carry a new allowance.`)
	coaches := textArticle(t, `Lake village agrees coach cap

HALLSTATT - The village of Hallstatt has reached an agreement with tour operators to cap the number of coaches arriving each day at 45 and to require every bus to book a time slot in advance.

Operators will pay a fee for each visit. The village receives thousands of visitors on busy days.`)
	runAnswerCases(t, []answerCase{
		{"a sum, not a share", nurses, "whats the new starting salary", []string{"1,820 euros"}, []string{"11%"}, false},
		{"number set by the verb", coaches, "how many coaches can arrive each day", []string{"at 45"}, nil, false},
		{"no number set", coaches, "how many buses does the village own", nil, nil, true},
	})
}

// TestRound44SourcesByTheirCredit: a source the article presents only by
// what they do or where ("Marta Ibáñez, who covers airlines for the
// Madrid brokerage Sol Valores, said …") is "the brokerage analyst" to a
// reader, and "the climate network person" is whoever the credit ties to
// the Climate Action Network; the words must stand in the phrase that
// names the speaker, not elsewhere in the sentence or in what is said
// ("said both sides … before its US rival Skyjet cut fares" makes no one
// Skyjet's).
func TestRound44SourcesByTheirCredit(t *testing.T) {
	art := textArticle(t, `Airline pilots accept pay deal

MADRID - Pilots at Iberavia accepted a 9% pay rise on Monday, ending the threat of a Christmas strike.

Marta Ibáñez, who covers airlines for the Madrid brokerage Sol Valores, said the rise was larger than investors had expected. “Buyers want labour peace, not cheap pilots,” she said.

“Sixty days is fast for a company and slow for a family,” said Harjeet Kaur Sandhu, who followed the talks for the Climate Action Network.

Iberavia's chief executive, Tomás Ruiz, said both sides had wanted a deal before its US rival Skyjet cut fares. “We chose stability,” he said.`)
	runAnswerCases(t, []answerCase{
		{"analyst by the firm she covers for", art, "what did the brokerage analyst say abt buyers", []string{"labour peace"}, []string{"stability"}, false},
		{"person by the body she follows talks for", art, "what did the climate action network person say", []string{"Sixty days"}, nil, false},
		{"not a word of what is said", art, "what did the skyjet person say", nil, []string{"stability"}, true},
	})
}

// TestRound44SayersByRoleAndTime: "govts" is the government's, typed
// without its apostrophe; "brazils negotiator" is the chief negotiator of
// the Brazil that "Its" stands for in the sentence before; and "what did
// she say after the vote" asks for her words whenever she spoke after
// it, not for words about a vote.
func TestRound44SayersByRoleAndTime(t *testing.T) {
	art := textArticle(t, `Shipping talks end without a carbon price

LONDON - Talks on a global carbon levy for shipping ended on Friday without agreement.

“This is not a failure, and nobody should call it one,” said Ana Lúcia Ferraz, the government's chief negotiator.

Brazil, which has tried to broker a compromise, proposed a lower starting price. Its chief negotiator, Renata Cavalcanti de Albuquerque, said the gap was narrower than it looked.

Workers at the port voted on Sunday to accept a new contract. The port's vice-president for human resources, Catalina Urrutia, struck a conciliatory tone. “This was a hard negotiation, and it was a fair one,” she said.`)
	runAnswerCases(t, []answerCase{
		{"possessive typed without apostrophe", art, "what did the govts chief negotiator say", []string{"not a failure"}, []string{"narrower"}, false},
		{"its negotiator, of the country before", art, "what did brazils negotiator say abt the gap", []string{"narrower than it looked"}, []string{"not a failure"}, false},
		{"when she spoke, not what about", art, "wat did the hr vp say after the vote", []string{"hard negotiation"}, nil, false},
	})
}

// TestRound44AmountsAndPhrasalVerbs: "how much copper did the strike
// cost them?" asks for an amount of copper, not a sum of money, though
// "cost" is a verb of money ("how much U.S. investment" stays a sum);
// "when does the truce kick in?" is answered where the article writes
// "takes effect", the phrasal verb standing in for the word it replaces.
func TestRound44AmountsAndPhrasalVerbs(t *testing.T) {
	art := textArticle(t, `Copper miners end strike

ANTOFAGASTA, Chile - Workers at the Cerro Alto copper mine voted on Sunday to accept a new contract, ending an 18-day strike.

The company said the strike had cost it about 34,000 tonnes of copper. It expects investment of $2 billion over five years.

The union and the company also agreed to a truce in their court cases. The agreement, signed at the labour ministry, takes effect at midnight on May 25.`)
	runAnswerCases(t, []answerCase{
		{"an amount of a thing", art, "how much copper did the strike cost them", []string{"34,000 tonnes"}, nil, false},
		{"a sum stays a sum", art, "how much investment does the company expect", []string{"$2 billion"}, nil, false},
		{"phrasal verb for its one word", art, "when does the truce kick in", []string{"May 25"}, nil, false},
	})
}

// TestRound44StoryOverHeadline: a question of a figure is answered by
// the story's sentence that gives it in full ("has offered a 6% raise
// plus a one-off bonus of 450,000 pesos"), not by the headline that sums
// it up, though the story names the bidder only as "the company".
func TestRound44StoryOverHeadline(t *testing.T) {
	art := textArticle(t, `Salmon strike talks resume as Austral Azul puts 6% raise on the table

PUERTO MONTT, Chile - Talks between the salmon farmers' union and its employer resumed on Monday after a week-long strike.

The company has offered a 6% raise plus a one-off bonus of 450,000 pesos; the union wants 12%.

Union leader Marta Soto said members would vote on Friday.`)
	runAnswerCases(t, []answerCase{
		{"the figure in full", art, "how much is austral azul offering", []string{"450,000 pesos"}, nil, false},
	})
}

// TestRound44EverydayParaphrases: a question may put in everyday words
// what the article writes otherwise — "pick up again" for "resume",
// "voted yes" for "voted in favour", "countries" counted as "states".
func TestRound44EverydayParaphrases(t *testing.T) {
	art := textArticle(t, `Shipping levy talks stall

LONDON - Talks on a global carbon levy for shipping ended without agreement on Friday. Representatives of 128 states took part.

The chair adjourned the session and said talks would resume in April.

At the seafarers' union, about 81% of members voted in favour of the industry's position.`)
	runAnswerCases(t, []answerCase{
		{"pick up again", art, "when do the talks pick up again", []string{"April"}, nil, false},
		{"voted yes", art, "what % of the union voted yes", []string{"81%"}, nil, false},
		{"countries as states", art, "how many countries took part", []string{"128 states"}, nil, false},
	})
}
