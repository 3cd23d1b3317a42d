package ask

import "testing"

// TestRound29Issues: "which city were the talks in" asks where they
// happen, as "where" does, so a sentence naming a city only as the owner
// of an envoy ("Beijing's special envoy chaired the talks") does not
// answer it; "which country's envoy" still asks for a country that owns.
func TestRound29Issues(t *testing.T) {
	talks := textArticle(t, `Shipping levy talks stall

A plan for a global levy on shipping fuel stalled on Friday after four days of talks.

Delegates met at the International Maritime Organization's headquarters in London, where the proposal needed a two-thirds majority.

Zhou Yiming, Beijing's special envoy for shipping, chaired the final session of the talks. He said the sides were "closer than they look".`)
	runAnswerCases(t, []answerCase{
		{"which city asks for a venue", talks, "which city were the talks in?", []string{"London"}, nil, false},
		{"which country's envoy asks for an owner", talks, "which country's envoy chaired the final session?", []string{"Beijing"}, nil, false},
	})
}

// TestRound29PlaceInABodysName: a place a question qualifies a role with
// ("the arizona negotiator") is not dropped as a body's word because the
// article also names a body after the place (the University of Arizona):
// the one negotiator of another state is not the answer, and with
// Arizona's named only as a "counterpart" the answerer declines.
func TestRound29PlaceInABodysName(t *testing.T) {
	river := textArticle(t, `River talks stall

DENVER - Seven states missed another deadline on Friday to agree how to share the Colorado River.

Marisol Etcheverry-Nakai, Colorado's lead negotiator, grew up on a ranch. "You cannot cut water that was never there," Etcheverry-Nakai said.

Her counterpart from Arizona, Thaddeus Brandvold, has heard that line before. "If the Upper Basin thinks we should take the next cut too, we will be in court," Brandvold said.

Ingeborg Salazar, a hydrologist at the University of Arizona, said the models were clear.`)
	runAnswerCases(t, []answerCase{
		{"a place in a body's name", river, "what did the arizona negotiator say about the next cut?", nil, []string{"never there"}, true},
	})
}

// TestRound29HowLongInAPlace: "how long … in Zwolle?" asks for a time, not
// a length in Zwolles; "how long … in pages?" still asks for a length in
// the unit it names.
func TestRound29HowLongInAPlace(t *testing.T) {
	deal := textArticle(t, `Hsin Tai agrees deal for Stadsfiets

Hsin Tai Precision Industries has agreed to buy Stadsfiets Groep for €410 million.

The sticking point was Zwolle, where 430 people assemble bikes. Hsin Tai initially wanted to move assembly to Taichung.

Under the final terms, Hsin Tai has committed to keep assembly in Zwolle for at least five years. The merger agreement runs to 212 pages.`)
	runAnswerCases(t, []answerCase{
		{"how long in a place", deal, "how long does hsin tai have to keep assembly in zwolle", []string{"five years"}, nil, false},
		{"how long in a unit", deal, "how long is the merger agreement, in pages?", []string{"212 pages"}, nil, false},
	})
}
