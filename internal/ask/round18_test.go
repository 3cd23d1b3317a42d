package ask

import "testing"

// TestRound18 covers this round's changes to the answerer: the office a
// relative clause gives after an appositive ("…, a fifth-year student in
// chemistry who chairs the union's bargaining committee") or after a
// tense's auxiliary ("who has led the union since May"); the office a
// copula gives a name ("The local's president is Dale Kowalchuk"); and a
// role the entity model had run into a name ("Council of Governors
// chairperson Wanjiku Muthoni Kagwe").
func TestRound18(t *testing.T) {
	campus := textArticle(t, `Graduate workers reject stipend offer

“It’s movement, and we’ll take movement,” said Daniel Feldstein-Ruiz, a fifth-year student in chemistry who chairs the union’s bargaining committee. “But it is still a poverty wage in this city.”

Nadia Okoye, a nurse who has led the hospital union since May, said the ward was short of staff. “We cannot keep covering double shifts,” Okoye said.`)
	port := textArticle(t, `Port lockout enters second week

The local's president is Dale Kowalchuk, a crane operator who worked at the terminal for 26 years.

Kowalchuk called the lockout “a declaration of war on the waterfront.”

Council of Governors chairperson Wanjiku Muthoni Kagwe spoke to reporters on the steps of County Hall. “We did not come here to beg,” Kagwe said.`)
	runAnswerCases(t, []answerCase{
		{"an office in a relative clause after an appositive", campus, "What did the chair of the union bargaining committee say about the offer?", []string{"Daniel Feldstein-Ruiz", "take movement"}, nil, false},
		{"an office in a relative clause after an auxiliary", campus, "What did the leader of the hospital union say about shifts?", []string{"Nadia Okoye", "double shifts"}, nil, false},
		{"an office given by a copula", port, "What did the local's president call the lockout?", []string{"declaration of war"}, nil, false},
		{"a role run into a name", port, "What did the Council of Governors chairperson say?", []string{"Wanjiku Muthoni Kagwe", "come here to beg"}, nil, false},
	})
}
