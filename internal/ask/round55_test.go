package ask

import "testing"

// TestRound55OtherOffice checks that a question for an office with its
// qualifier ("who is the music director?") is not answered by a person
// with the same office word and another qualifier ("the executive
// director"), while an office the sentence writes with the question's
// qualifier, or a rank word only ("the chief negotiator" for "the lead
// negotiator"), still answers.
func TestRound55OtherOffice(t *testing.T) {
	art := textArticle(t, `Harbour Opera reaches deal with chorus

The chorus of the Harbour Opera ratified a three-year contract on Friday, ending a six-week lockout.

Helen Marsh, the executive director, said the opera had lost money in five of the past six seasons.

The union's chief negotiator, Paul Okoro, said the deal protected health coverage.

"The music was never the problem," said Ana Ruiz, a soprano in the chorus.`)
	runAnswerCases(t, []answerCase{
		{"another office", art, "who is the music director of the harbour opera", nil, []string{"Helen Marsh"}, true},
		{"the office asked", art, "who is the executive director of the harbour opera", []string{"Helen Marsh"}, nil, false},
		{"a rank word", art, "who is the union's lead negotiator", []string{"Paul Okoro"}, nil, false},
	})
}

// TestRound55BareCounts checks what a number standing alone counts: a
// measure joined to its unit by a hyphen ("the 4.2-hectare site") and an
// age set off after a name ("Rosa Camilleri, 71,") count no people, so
// "how many people live in the village" is declined; a number joined to
// a word for people ("a 12-member commission") counts them.
func TestRound55BareCounts(t *testing.T) {
	art := textArticle(t, `Village and quarry sign deal

The council of Ħal Kbir and the quarry on the edge of the village have signed an agreement under which the quarry will hand over the 4.2-hectare site as a park.

Rosa Camilleri, 71, said she had waited twenty years for the day.

The agreement also sets up a 12-member liaison committee.`)
	runAnswerCases(t, []answerCase{
		{"no count of people", art, "how many people live in ħal kbir", nil, []string{"hectare", "Camilleri"}, true},
		{"members", art, "how many people sit on the liaison committee", []string{"12-member"}, nil, false},
	})
}

// TestRound55PartitiveCounts checks that a number that takes a part of
// things that are not people ("five of the six clubs", "one of Asia's
// oldest conflicts") and "one" standing for a thing named before it
// ("there will be one") count no people.
func TestRound55PartitiveCounts(t *testing.T) {
	art := textArticle(t, `League nears streaming deal

The league's commissioner said on Monday that no deal to show the games on TV would be signed without the approval of at least five of the six clubs.

The talks are meant to end one of Asia's oldest sporting disputes.

"There is one league on TV in this country, and fans will watch one," the commissioner said.`)
	runAnswerCases(t, []answerCase{
		{"no count of people", art, "how many people watch the league's games on tv", nil, []string{"five of the six", "oldest", "there will be one"}, true},
	})
}

// TestRound55WhoNamesSomeone checks that "who did it?" is not answered
// by a sentence that speaks of the doer only by the noun of the
// question's verb, naming nobody: "the chair adjourned the session" says
// there was a chair, not who; "the plant's owners" that it has owners. A
// doer described otherwise ("a union negotiator decided to walk out")
// still answers.
func TestRound55WhoNamesSomeone(t *testing.T) {
	art := textArticle(t, `Maritime talks end without deal

Delegates at the maritime session in London failed to agree on a carbon levy for shipping on Friday.

Instead, the chair adjourned the session shortly after 2 a.m. and said talks would resume in April.

Talks had stalled over who would compensate the plant's owners for lost revenue.

Late on Thursday a union negotiator decided to walk out of the session.`)
	runAnswerCases(t, []answerCase{
		{"the chair", art, "who chaired the london session", nil, []string{"adjourned"}, true},
		{"the owners", art, "who owns the plant", nil, []string{"compensate"}, true},
		{"described", art, "who decided to walk out of the session", []string{"union negotiator"}, nil, false},
	})
}
