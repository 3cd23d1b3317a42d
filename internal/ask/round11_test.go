package ask

import "testing"

// TestRound11 covers this round's changes to the answerer: a role set off
// before a title and a nationality ("The chair of the talks, Peruvian
// diplomat …") describes the person named after them, and is preferred to
// a speaker credited with words in the role's sentence; a relative clause
// after a name ("…, whose country co-chairs a group,") gives that person
// no role; a phrase after a verb of offering asks what ("offering in
// the first year"); "the railway's CEO" is the one chief executive the
// article names with a body's name; and how someone responded to someone
// is all their words when none names whom.
func TestRound11(t *testing.T) {
	talks := textArticle(t, `Plastics talks stall in Geneva

The chair of the talks, Peruvian diplomat Rafael Quispe Llosa, told a closed plenary that the gap between the camps had “narrowed on paper but not in substance”, according to two people who were in the room.

“I have a text that nobody loves, which is sometimes a good sign,” Quispe Llosa told reporters after the session.

Danish Environment Minister Karen Vestergaard, whose country co-chairs a group of ambitious states, said a treaty without production limits would miss the point.`)
	budget := textArticle(t, `Minister defends offer to bondholders

Finance Minister Tomás Arce Vidal has proposed a 30 per cent cut in principal. The government is offering a 2 per cent coupon in the first year and 4 per cent after that.

“We will pay what we can pay,” Arce Vidal told a press conference on Tuesday.`)
	envoy := textArticle(t, `Missile notification talks

Q: Were the Americans involved?

A: Of course. The current U.S. special envoy, Ambassador Dana Whitfield, told a Senate committee in February that the agreement would be “a seatbelt, not a peace treaty”, and I think that is honest.`)
	rail := textArticle(t, `Railway locks out workers

The union says the railway's offer would force crews to work longer shifts.

Northern Pacific chief executive Anita Desrosiers rejected that characterization in a letter to customers on Friday. “Nothing in our offer would require anyone to work beyond the limits set by federal rest rules,” Desrosiers wrote. “Those limits are the law, and we follow the law.”`)
	tests := []answerCase{
		{"the chair set off before a title", talks, "What did the chair say?", []string{"nobody loves"}, nil, false},
		{"how did X describe Y", talks, "How did the Danish minister describe a treaty without production limits?", []string{"miss the point"}, nil, false},
		{"a role set off before a title the parser marks", envoy, "What did the American special envoy tell senators?", []string{"seatbelt"}, nil, false},
		{"a body asked about by what it is, and CEO written out", rail, "How did the railway's CEO respond to the union?", []string{"we follow the law"}, nil, false},
		{"an offer's when is its topic", budget, "What is the government offering in the first year?", []string{"2 per cent"}, []string{"30 per cent"}, false},
	}
	runAnswerCases(t, tests)
}
