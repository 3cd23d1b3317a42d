package ask

import "testing"

// TestRound18 covers this round's changes to the answerer: the office a
// relative clause gives after an appositive ("…, a fifth-year student in
// chemistry who chairs the union's bargaining committee") or after a
// tense's auxiliary ("who has led the union since May"); the office a
// copula gives a name ("The local's president is Dale Kowalchuk"); and a
// role the entity model had run into a name ("Council of Governors
// chairperson Wanjiku Muthoni Kagwe"); a phrase set off before the
// question word ("Under the compromise, how long…"); what someone did
// say after declining to say something else; a verb of speech with no
// reading as a noun, whatever the tagger makes of it; and a place a
// person is asked about by that the subhead over their section names.
func TestRound18(t *testing.T) {
	campus := textArticle(t, `Graduate workers reject stipend offer

“It’s movement, and we’ll take movement,” said Daniel Feldstein-Ruiz, a fifth-year student in chemistry who chairs the union’s bargaining committee. “But it is still a poverty wage in this city.”

Nadia Okoye, a nurse who has led the hospital union since May, said the ward was short of staff. “We cannot keep covering double shifts,” Okoye said.`)
	port := textArticle(t, `Port lockout enters second week

The local's president is Dale Kowalchuk, a crane operator who worked at the terminal for 26 years.

Kowalchuk called the lockout “a declaration of war on the waterfront.”

Council of Governors chairperson Wanjiku Muthoni Kagwe spoke to reporters on the steps of County Hall. “We did not come here to beg,” Kagwe said.`)
	live := textArticle(t, `Dockworkers' strike deadline nears

Talks between the union and the employers resumed on Monday in New York, and both sides said progress was slow.

Harold Daggett declined to say when a strike might begin, but said the union would give shippers at least 48 hours' notice.

Marguerite Lavallée, Kestrel's chief executive officer since 2021, said the expansion would pay for itself before Corvanta made its bid.

"Henrik is offering a lot of money for our past and very little for our future," Lavallée said.

1:45 p.m. ET

At the Port of Baltimore, truckers wait and watch

Lines of trucks stretched back from the gate at the terminal as drivers waited for news.

Inside the gate, longshoreman Terrence Boyd-Williams, 34, was finishing his shift. "My father worked these docks for 40 years," said Boyd-Williams.`)
	runAnswerCases(t, []answerCase{
		{"what one said after declining to say", live, "How much notice did the union say it would give shippers before a strike?", []string{"48 hours"}, nil, false},
		{"a verb of speech with no noun reading", live, "How did Kestrel's chief executive characterise Corvanta's offer?", []string{"Marguerite Lavallée", "our past"}, nil, false},
		{"a place the subhead names", live, "What did the Baltimore longshoreman say about his family?", []string{"Terrence Boyd-Williams", "40 years"}, nil, false},
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
