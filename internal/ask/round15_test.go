package ask

import "testing"

// TestRound15 covers this round's changes to the answerer: a role the
// story names its holder for only after an unnamed credit ("…,” said the
// chairman of the Boat Owners Association. … The chairman, Hendrik
// Lumingkewas, …") gives the description's words and the words before
// the name; a role of the office asked about outranks another office
// that leads ("the council leader", not the chair of a committee); a role
// set off with a place after it ("the union's convener at the depot, Gary
// Strachan") or before a short title ("Ir. Agus Pranoto") is the
// person's; "why did X say …" asks for X's words; the story's own matter
// ("the deal") is what all of a speaker's words are about; an irregular
// participle ("frozen") finds its verb ("freezes"); "what …, according
// to X?" asks for X's words; a person "who coordinates" a network is its
// coordinator; "local" or "senior" need not be written; an office
// written after "its" is the body's that the sentence before names ("The
// supporters' association …" / "said its spokeswoman"); words that run on
// into the sentence that names their speaker are not doubtful; and "how
// did X answer Y" asks for X's words.
func TestRound15(t *testing.T) {
	port := textArticle(t, `Fishermen lift harbour blockade as operator freezes fees

Hundreds of fishing boats that had blocked the port since Sunday returned to their moorings on Friday. The deal freezes the fees at last year's levels until March 31.

“We did not want to block our own harbour. Nobody wanted to lose five days at sea,” said the chairman of the Tuna Boat Owners Association, who led the delegation. “But when the fee goes up 40 percent in one night and nobody asks us first, what else can we do?”

The chairman, Hendrik Lumingkewas, 58, said his members would resume fishing on Saturday.

SBT’s president director, Ir. Agus Pranoto, said fees had not been raised since 2019. “The electricity bill does not freeze,” he said.`)
	council := textArticle(t, `Council strike goes on

Refuse collectors stayed out for a third week.

The union’s convener at the Clydemouth depot, Gary Strachan, said the council had come back with “the same offer in a different envelope”.

Councillor Morag Fairlie, who leads the council’s minority administration, said the regrading was “simply not affordable this year”.

Councillor Stuart Imrie, who chairs the council’s environment committee, said he hoped the talks would resume. “Nobody wants rubbish on the streets,” he said.

Strachan later told members at the depot that the union would ballot on further action.`)
	town := textArticle(t, `Ceasefire leaves displaced families waiting

The government and the guerrillas agreed a ceasefire on Friday.

“We have heard the word ceasefire many times,” said Yesenia Carrascal, who coordinates a network of women’s groups in the municipality. She said families would not go home before the schools reopened.

Officials said about 1,400 families had left the area since January.`)
	club := textArticle(t, `Supporters fear takeover

The consortium raised its bid for the club on Tuesday.

The supporters’ association Les Loups, which has about 3,200 members, has asked to meet both sides.

«Nobody here is against investment. We are against becoming a feeder club,» said its spokeswoman, Élise Marchal. «We want guarantees in writing.»

The club's chairman, Jean Herbiet, rejected the demand. Asked about the association's call for guarantees, Herbiet said the board "will not negotiate in public."`)
	runAnswerCases(t, []answerCase{
		{"an office after its, of the body in the sentence before", club, "What did the supporters' spokeswoman say?", []string{"Élise Marchal", "against investment", "guarantees in writing"}, nil, false},
		{"how did X answer Y", club, "How did the club's chairman answer the supporters' call for guarantees?", []string{"not negotiate in public"}, nil, false},
		{"according to a coordinator, by the verb of a relative clause", town, "What do the families want before going home, according to the local women's network coordinator?", []string{"Yesenia Carrascal", "schools reopened"}, nil, false},
		{"a number according to someone stays a question of fact", town, "How many families have left the area, according to officials?", []string{"1,400"}, nil, false},
		{"an unnamed credit named just after", port, "What did the boat owners' chairman say?", []string{"block our own harbour", "what else can we do"}, nil, false},
		{"why did a description say", port, "Why did the boat owners' chairman say they blocked the harbour?", []string{"Hendrik Lumingkewas", "block our own harbour"}, nil, false},
		{"a role before a short title", port, "What did SBT's president director say?", []string{"electricity bill"}, nil, false},
		{"the story's matter", port, "What did Agus Pranoto say about the deal?", []string{"electricity bill"}, nil, false},
		{"an irregular participle", port, "Until when are the fees frozen?", []string{"March 31"}, nil, false},
		{"a role with a place after it", council, "What did the union convener say?", []string{"different envelope", "ballot"}, nil, false},
		{"the office asked about before another that leads", council, "What did the council leader say about the regrading?", []string{"not affordable"}, []string{"rubbish"}, false},
	})
}
