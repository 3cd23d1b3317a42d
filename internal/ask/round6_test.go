package ask

import "testing"

// TestRound6 covers this round's changes on short articles of our own:
// names that open with a common word, "how many people", what comes
// "next", words the article puts otherwise (need / required, plane /
// aircraft, take part), the noun a copular question asks about, "how
// deep / how fast", the lead's number, venues, "the first of three", and
// a question the article asks itself.
func TestRound6(t *testing.T) {
	cup := textArticle(t, `MADRID — Spain beat Portugal 2-1 on Saturday to reach the semifinals of the Harbour Cup.

More than 9,000 in attendance watched the match, which Spain's captain Ines Roble decided with a late goal.

Spain will face defending champion Norway on Tuesday.

Portugal had led for an hour, a lead they wouldn't keep.

The tournament's slogan? "Play. Stay. Win."

“We needed every one of them tonight,” Will Harrow, the Spain coach, told reporters.

He Lanfeng, a former referee, said the second goal should not have stood.`)
	flight := textArticle(t, `NEW DELHI — Nearly 120 students returned home on Wednesday after being sent back from abroad, officials said.

The special aircraft carrying the students landed in Delhi at dawn. The aircraft flew to India via Oman.

The project required 4,000 volunteers over two years.

On March 3, more than 250 students were sent back in a separate case, the ministry said.

Nomvula Reyes, the minister, gave a speech to the Maritime Academy of Lisbon on Monday.

Ferrant Group reported $1.20 in per-share earnings for the quarter.

The first of three public debates will be held at Carlow Hall. The third debate will be held in Tralee.

In a televised debate last week, Mayor Ada Quinn and challenger Tom Bexley clashed over housing.

The economy grew 4% last year, the ministry said.`)
	tests := []answerCase{
		{"a name opening with a verb", cup, "What did Will Harrow say?", []string{"needed every one"}, nil, false},
		{"a name opening with a pronoun", cup, "What did He Lanfeng say?", []string{"should not have stood"}, nil, false},
		{"a number of people the article does not call people", cup, "How many people were in attendance?", []string{"9,000"}, nil, false},
		{"what comes next", cup, "Who does Spain play next?", []string{"Norway"}, nil, false},
		{"what comes next is no past time", cup, "When does Portugal play next?", nil, nil, true},
		{"a captain the article does not give", cup, "Who is Portugal's captain?", nil, nil, true},
		{"a question the article asks itself", cup, "What is the tournament's slogan?", []string{"Play.", "Win."}, nil, false},
		{"need for required", flight, "How many volunteers did the project need?", []string{"4,000"}, nil, false},
		{"plane for aircraft, country not written", flight, "Which country did the plane fly through?", []string{"Oman"}, nil, false},
		{"the number of the event the article leads with", flight, "How many students were sent back?", []string{"120"}, nil, false},
		{"a venue", flight, "Where did Reyes give her speech?", []string{"Maritime Academy"}, nil, false},
		{"the thing asked is named", flight, "What is Ferrant Group's revenue for the quarter?", nil, nil, true},
		{"the first of three", flight, "Where is the first debate held?", []string{"Carlow Hall"}, nil, false},
		{"took part", flight, "Who took part in the televised debate?", []string{"Ada Quinn"}, nil, false},
		{"how fast: the measure answers", flight, "How fast did the economy grow?", []string{"4%"}, nil, false},
		{"how deep: no measure, no answer", flight, "How deep is the harbour?", nil, nil, true},
	}
	runAnswerCases(t, tests)
}

// TestFindNameComplete: of two names a question fits as well, the one
// with no words it lacks ("Eva Lund", not "Public Audit Eva Lund", a title
// read into a name).
func TestFindNameComplete(t *testing.T) {
	a := &Article{names: []name{
		{full: "Public Audit Eva Lund", kind: "person", keys: []string{"public", "audit", "eva", "lund"}},
		{full: "Eva Lund", kind: "", keys: []string{"eva", "lund"}},
	}}
	if got := a.findName([]string{"eva", "lund"}); got == nil || got.full != "Eva Lund" {
		t.Errorf("findName(eva lund) = %v, want Eva Lund", got)
	}
	if got := a.findName([]string{"public", "audit", "eva", "lund"}); got == nil || got.full != "Public Audit Eva Lund" {
		t.Errorf("findName(public audit eva lund) = %v, want Public Audit Eva Lund", got)
	}
}

// TestCutOthersClause: a report is cut before a clause of time or cause
// with its own subject that quotes someone else, when the report's verb
// comes first.
func TestCutOthersClause(t *testing.T) {
	tests := []struct{ s, cue, want string }{
		{`Mayor Ada Quinn called the plan a “disgrace” after she heard the council call it “a fair deal”.`, "called",
			`Mayor Ada Quinn called the plan a “disgrace” …`},
		// the verb of the report after the clause: the report is whole
		{`Quinn, who has led the city since she won in 2019, called the plan a “disgrace”.`, "called",
			`Quinn, who has led the city since she won in 2019, called the plan a “disgrace”.`},
		// no quoted words in the clause
		{`Quinn called the plan a “disgrace” after she read it.`, "called", `Quinn called the plan a “disgrace” after she read it.`},
	}
	for _, tt := range tests {
		if got := cutOthersClause(tt.s, tt.cue); got != tt.want {
			t.Errorf("cutOthersClause(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
