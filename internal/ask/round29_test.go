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
