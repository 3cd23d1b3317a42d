package ask

import "testing"

// An office named with "on" or "to" ("the opposition spokeswoman on
// health", "an adviser to the creditors") is that person's role; a date
// after "on" in the words before a name is not ("Speaking on a call with
// analysts on Monday, Corvel chairman…").
func TestRolesWithOnAndTo(t *testing.T) {
	art := textArticle(t, `Hospital deal draws fire

The health ministry and the nurses' union signed a three-year pay deal on Friday in Harare. Health Minister Ruth Moyo told parliament on Tuesday that the deal would cost $40 million a year. “We did not borrow to pay for it,” she said.

The union said in a statement that the deal was “a first step toward safe wards.” The ministry said the agreement was “affordable and fair.” The opposition spokeswoman on health, Tendai Mukwena Dube, dismissed it as “a plaster on a broken leg.”

An adviser to the union's executive, Farai Chinembiri, said members would vote next week. “Nobody signs until the wards are staffed,” Chinembiri said.

Speaking on a call with analysts on Monday, Corvel chairman Peter Sibanda said the supplier would keep its prices. “We have room to absorb it,” Sibanda said.
`)
	runAnswerCases(t, []answerCase{
		{name: "spokeswoman on health", art: art, q: "what did the opposition spokeswoman on health call the deal", want: []string{"plaster on a broken leg"}, notWant: []string{"did not borrow"}},
		{name: "spokeswoman by her office alone", art: art, q: "what did the opposition spokeswoman say", want: []string{"plaster on a broken leg"}, notWant: []string{"did not borrow"}},
		{name: "adviser to the executive", art: art, q: "what did the adviser to the union's executive say", want: []string{"Nobody signs until the wards are staffed"}, notWant: []string{"room to absorb"}},
	})
}
