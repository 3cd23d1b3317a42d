package ask

import "testing"

// TestRound26Issues: "how long did the first session last?" is answered
// by the sentence that says "the first session", not by an earlier "first
// direct talks", which another word for a session only stands in for when
// no sentence says the question's own; "where are the talks taking
// place?" by the sentence where the delegations met in a place, not by
// one where aid convoys come from places and the talks are only named.
func TestRound26Issues(t *testing.T) {
	fish := textArticle(t, `Fishing talks open in Bergen

BERGEN - Norway and the European Union opened their first direct talks in three years on fishing quotas for the North Sea on Monday.

Two officials familiar with the talks said the first session lasted about four hours and dealt almost entirely with the quota for herring.

The talks are due to end on Friday.`)
	truce := textArticle(t, `Gaza truce talks resume

CAIRO - Delegations from Israel and Hamas met in Cairo on Tuesday for their first direct contacts in two months, as Egyptian and Qatari mediators pressed for a humanitarian truce that would open aid routes into northern Gaza and Rafah.

Two people familiar with the ceasefire talks said the first session was devoted almost entirely to the routes that aid convoys into Gaza would take from El Arish and from the Kerem Shalom crossing.

The mediators hope to announce a truce before the end of the week.`)
	runAnswerCases(t, []answerCase{
		{"the first session, not the first talks", fish, "How long did the first session last?", []string{"four hours"}, []string{"three years"}, false},
		{"the first session, asked in other words", fish, "How long did the first session go on for?", []string{"four hours"}, []string{"three years"}, false},
		{"where talks take place, by where the sides met", truce, "Where are the Gaza talks taking place?", []string{"met in Cairo"}, []string{"El Arish"}, false},
	})
}
