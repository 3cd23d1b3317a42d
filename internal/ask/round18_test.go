package ask

import "testing"

// TestRound18 covers this round's changes to the answerer: the office a
// relative clause gives after an appositive ("…, a fifth-year student in
// chemistry who chairs the union's bargaining committee") or after a
// tense's auxiliary ("who has led the union since May"); the office a
// copula gives a name ("The local's president is Dale Kowalchuk"); and a
// role the entity model had run into a name ("Council of Governors
// chairperson Wanjiku Muthoni Kagwe"); and a phrase set off before the
// question word ("Under the compromise, how long…").
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
		{"a phrase before the question word", port, "At the port, how many years did Kowalchuk work at the terminal?", []string{"26 years"}, nil, false},
	})
}

// TestFrontedPhrase: a phrase set off before the question word moves to
// the question's end, or goes where it sets something aside.
func TestFrontedPhrase(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"Under the compromise idea, how long would a joint review last?", "how long would a joint review last, under the compromise idea?", true},
		{"According to the union, how many members voted?", "how many members voted, according to the union?", true},
		{"Besides the stipend, what support does the university give?", "what support does the university give?", true},
		{"In Caracas, who led the government team?", "who led the government team, in Caracas?", true},
		{"And, what did she say?", "And, what did she say?", false},
		{"What did Kowalchuk say, and when?", "What did Kowalchuk say, and when?", false},
		{"How long, in days, will the review last?", "How long, in days, will the review last?", false},
	} {
		got, ok := frontedPhrase(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("frontedPhrase(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
