package ask

import (
	"strings"
	"testing"
)

// TestRound35AmountsOffered: "how much is X offering" and "how much is the
// allowance" ask for a sum or a share, which a count of ships or plants
// in the lead does not give; the sentence with the sum answers.
func TestRound35AmountsOffered(t *testing.T) {
	art := textArticle(t, `Dockers end strike

PORT LOUIS - Dockers at the Mauritius container terminal went back to work on Sunday after the terminal agreed to a monthly hazard allowance, ending a four-day strike that had left more than 20 ships waiting at anchor.

The agreement, signed late on Saturday, gives the terminal's 240 crane operators an allowance of 3,500 rupees a month.

The terminal's owner had first offered a 4% raise, which the union rejected.`)
	runAnswerCases(t, []answerCase{
		{"allowance", art, "how much is the hazard allowance", []string{"3,500 rupees"}, nil, false},
		{"offer", art, "how much was the owner offering at first", []string{"4%"}, nil, false},
		{"a count still answers how many", art, "how many ships were waiting", []string{"more than 20 ships"}, nil, false},
	})
}

// TestRound35InMay: "in May" is when, not the modal.
func TestRound35InMay(t *testing.T) {
	art := textArticle(t, `Islanders buy their island

By Mairi Sinclair

The 90 residents of Eilean Dubh will own their island by the summer after the community trust and the estate's owner agreed a price of £3.1 million on Monday.

The trust has raised £2 million from the land fund. Completion is expected in May.`)
	runAnswerCases(t, []answerCase{
		{"in May", art, "when's completion", []string{"May"}, nil, false},
		{"never said", art, "when was the land fund set up", nil, nil, true},
	})
}

// TestRound35ChatMessage: "msg" is a message.
func TestRound35ChatMessage(t *testing.T) {
	art := textArticle(t, `Truce holds

PORT-AU-PRINCE - A truce held for a third day on Sunday.

The coalition's leader did not attend. In a voice message circulated on Saturday, he said his fighters would respect the deal "as long as the police respect it too."`)
	runAnswerCases(t, []answerCase{
		{"msg", art, "what was in the voice msg", []string{"as long as the police respect it too"}, nil, false},
		{"never said", art, "what did the police say in their msg", nil, nil, true},
	})
}

// TestRound35QuoteCreditedAtItsEnd: "what did the mayor say" lists a
// quotation of three sentences credited only after its last ("“…. ….
// …,” Mayor Ana Dufresne said") and the mayor's other words, each once:
// a statement inside another of hers in the same sentence ("said she had
// asked staff to cost the idea") is not listed again.
func TestRound35QuoteCreditedAtItsEnd(t *testing.T) {
	art := textArticle(t, `Plow talks stall

WINNIPEG - Talks between the city and its snow-plow contractor broke off on Tuesday.

The company wants $5.1 million a year. The city has offered $3.9 million.

"I understand diesel costs more. Everything costs more. But I can't ask seniors on fixed incomes to pay 40 per cent more," Mayor Ana Dufresne said after a council session.

Councillor Raj Mehta suggested the city buy its own graders. Dufresne said she had asked staff to cost the idea, and that the committee would see the numbers next week.`)
	runAnswerCases(t, []answerCase{
		{"the mayor", art, "what did the mayor say", []string{"seniors on fixed incomes", "asked staff to cost the idea"}, nil, false},
	})
	r := art.Answer("what did the mayor say", nil)
	if n := strings.Count(r.Answer, "asked staff"); n != 1 {
		t.Errorf("the statement is listed %d times in %q", n, r.Answer)
	}
}

// TestRound35ClockTimeNoAmount: a live blog's timestamped subhead ("18:30
// - What the unions want") gives no amount for "what raise do the unions
// want": a clock time counts nothing.
func TestRound35ClockTimeNoAmount(t *testing.T) {
	art := textArticle(t, `Live: ferry talks

ATHENS - Talks between ferry unions and owners went on late into Monday.

18:30 - What the unions want

The strike notice filed by the seafarers' federation lists three demands: a 9% pay rise over two years, a cap on daily hours and a minimum crew on large ships.`)
	runAnswerCases(t, []answerCase{
		{"raise", art, "what raise do the unions want", []string{"9% pay rise"}, nil, false},
	})
}
