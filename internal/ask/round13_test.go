package ask

import "testing"

// TestRound13 covers this round's changes to the answerer: "holds" a
// stake for "owns" it; a "which investor" question asks for a body or a
// person; "due to meet" is a question's form, answered by the day set;
// "the next step" asks what comes next, which the article need not call a
// step; "what total spending figure" asks for a sum of money, while "by
// what percentage … pay" stays a percentage; a type noun later in the
// phrase ("what nurse-to-patient ratio") sets the type; and a long
// question about a summary the article reports is no request for the
// article's own.
func TestRound13(t *testing.T) {
	bid := textArticle(t, `Corvane weighs bid for Telmira

Larkspur Capital, a London-based hedge fund that owns about 11% of Telmira, said in a statement that it would support any transaction that reflects the full value of the company.

Telmira has previously held discussions with at least one other large drugmaker, some of the people said.`)
	league := textArticle(t, `Baseball talks stall

The United Baseball League and the players' association ended another round of talks on Tuesday without an agreement.

The two sides are scheduled to meet again Thursday in New York.`)
	nurses := textArticle(t, `Nurses accept pay deal

Nurses voted to accept a pay deal that ends an eight-month dispute.

The agreement will now go to the Industrial Relations Commission for certification, with the first pay rise backdated to January 1.`)
	budget := textArticle(t, `Budget talks run through the night

Negotiators broke at 6 a.m. and agreed to reconvene at 9 a.m.

A two-page draft summary circulated to House Republicans puts total discretionary spending at $1.612 trillion for the fiscal year.

Democrats said they would not accept the proposed 12% cut to child care grants.`)
	ports := textArticle(t, `Port strike looms

The employers' alliance said its latest offer would raise wages by 58% over six years, or $14 an hour.`)
	runAnswerCases(t, []answerCase{
		{"holds for owns, which investor", bid, "Which investor holds about 11% of Telmira?", []string{"Larkspur"}, nil, false},
		{"due to meet", league, "When are the two sides due to meet again?", []string{"Thursday"}, nil, false},
		{"the next step", nurses, "What is the next step for the agreement?", []string{"Industrial Relations Commission"}, nil, false},
		{"a figure of spending in a draft summary", budget, "What total discretionary spending figure appears in the draft summary?", []string{"$1.612 trillion"}, []string{"9 a.m."}, false},
		{"a percentage of pay", ports, "By what percentage would the employers' latest offer lift pay?", []string{"58%"}, nil, false},
	})
}

// TestRound13Types: a noun of amount later in the phrase after "what"
// sets the answer type, and one of sums with a word of money asks for a
// sum of money.
func TestRound13Types(t *testing.T) {
	a := textArticle(t, "Talks resumed.")
	for _, tt := range []struct {
		q    string
		want answerType
	}{
		{"What nurse-to-patient ratio will apply in emergency departments?", typeQuantity},
		{"What total discretionary spending figure appears in the draft summary?", typeMoney},
		{"By what percentage would the employers' latest offer lift pay?", typeQuantity},
		{"Which investor holds about 11% of Telmira?", typeAgent},
	} {
		if got := a.parse(tt.q, nil).atype; got != tt.want {
			t.Errorf("%q: type %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestRound13Speakers: a role word before a name need not be the
// article's ("Corvane CEO Martin Achterberg" where it writes "Chief
// Executive Officer"); "judge", "assess", "view", "concede" and their kin
// ask for someone's words; and a title written with its capital
// ("the Premier") is a role, answered by the person the article gives it.
func TestRound13Speakers(t *testing.T) {
	bid := textArticle(t, `Corvane weighs bid for Telmira

Corvane Chief Executive Officer Martin Achterberg has told investors the company needs to replace revenue lost to generic drugs. “We have the balance sheet to be bold,” Achterberg said on a call with analysts in February. “But we’re not going to overpay for a story.”

A price in the high $60s would value Telmira at nine times its 2030 sales, Bloomberg Intelligence analyst Priya Natarajan wrote in a note. “That’s a full price, but not a crazy one,” she wrote.`)
	nurses := textArticle(t, `Nurses accept pay deal

Premier Steven Lockhart said the deal was fair to nurses and to taxpayers.

Asked whether the Government had misjudged the mood of the nursing workforce, the Premier conceded the dispute had “dragged on longer than anyone wanted”.

Health Minister Annabel Fraser said the deal would cost about $1.2 billion.`)
	runAnswerCases(t, []answerCase{
		{"a role word the article spells out", bid, "What did Corvane CEO Martin Achterberg tell analysts?", []string{"overpay"}, nil, false},
		{"judge, for someone's words", bid, "How did Priya Natarajan judge the price?", []string{"full price"}, nil, false},
		{"the Premier, conceding", nurses, "What did the Premier concede about the dispute?", []string{"dragged on longer"}, []string{"Annabel Fraser"}, false},
	})
}

// TestRound13Quantities: "what interest rate", "by what percentage" ask
// for a percentage, which a sum of money does not give; and "a third day"
// is a place in order, no quantity.
func TestRound13Quantities(t *testing.T) {
	bonds := textArticle(t, `Bolivia seeks bond deal

The bonds carry about $2.1bn in principal, and the interest is due in June.

Analysts put the interest rate on the bonds at 6.5%.`)
	talks := textArticle(t, `Trade talks run long

Delegates from Peru and Mexico extended their talks in Lima into a third day on Wednesday.`)
	runAnswerCases(t, []answerCase{
		{"an interest rate", bonds, "What interest rate do the bonds carry?", []string{"6.5%"}, []string{"$2.1bn"}, false},
		{"a third day counts nothing", talks, "How many delegates are in Lima?", nil, nil, true},
	})
}

// TestRound13Forms: "both sides", "the result", "the outcome" are a
// question's form, which the article need not word so; "owed" answers for
// "arrears", in any currency's sign ("₦2.4 billion").
func TestRound13Forms(t *testing.T) {
	strike := textArticle(t, `Oil union suspends strike

The Minister of Labour, Funmilayo Adeyemi-Bello, has summoned the union and the company to a meeting in Abuja on Monday.

The union says workers are due ₦2.4 billion in arrears of allowances.

The smaller CGET union withdrew from the talks in March.

“We got what we came for,” union president Martin Kessler said of the deal.`)
	runAnswerCases(t, []answerCase{
		{"both sides", strike, "Who has summoned both sides to a meeting?", []string{"Adeyemi-Bello"}, nil, false},
		{"owed for arrears", strike, "How much are the workers owed?", []string{"₦2.4 billion"}, nil, false},
		{"the outcome", strike, "What did Martin Kessler say about the outcome?", []string{"what we came for"}, nil, false},
	})
}
