package ask

import "testing"

// TestRound66CountsOfWhatRemainsAndOfJobs checks three ways a "how many"
// question counts what the article counts in other words: "how many X
// are left", which the article gives as a number the count has fallen
// to without writing "left"; "how many workers", counted by "a workforce
// of 300 people"; and "how many jobs", counted by "employment of 410
// persons" but not by a sentence that only counts strikers or says a
// firm employs some workers.
func TestRound66CountsOfWhatRemainsAndOfJobs(t *testing.T) {
	art := textArticle(t, `Quarry town signs its jobs pact

The owners of the Hollin Edge limestone quarry and the Kestral Minerals group signed a sale agreement on Friday.

The number of licensed quarrymen in the valley has dropped from about 1,900 to fewer than 700 since the 1990s, and most of them are over fifty.

Many of their sons left for the coast.

Kestral undertakes to keep employment of no fewer than 410 persons at Hollin Edge for four years.

About 1,200 strikers marched to the quarry gate on Monday.`)
	runAnswerCases(t, []answerCase{
		{"how many are left", art, "how many licensed limestone quarrymen are left", []string{"fewer than 700"}, nil, false},
		{"jobs counted by persons employed", art, "how many jobs does kestral have to keep at hollin edge", []string{"410 persons"}, nil, false},
	})
	rail := textArticle(t, `Rail yard changes hands

The Dunmore freight cooperative agreed on Tuesday to sell its rail yard to Kestral Minerals.

It also promises to keep a workforce of at least 300 people at the yard until 2031, the cooperative said.`)
	runAnswerCases(t, []answerCase{
		{"workers counted by a workforce", rail, "how many workers does kestral have to keep", []string{"at least 300 people"}, nil, false},
	})
	other := textArticle(t, `Brick plant talks stall

Workers at the Tarnley brick plant walked out on Monday.

About 800 strikers gathered outside the Tarnley gates, where the owners say they plan changes to the kilns.

The owners run a business that employs at least 40 apprentices in the town.`)
	runAnswerCases(t, []answerCase{
		{"strikers are no jobs", other, "how many jobs will the owners cut at tarnley", nil, []string{"800"}, true},
	})
}

// TestRound66SeasonalRate checks that "each season" asks a rate as "each
// year" does (askedRate), so that the answer is a sentence that writes an
// amount a season, not one that gives only a share of what was asked for.
func TestRound66SeasonalRate(t *testing.T) {
	art := textArticle(t, `Ski lift firm accepts river limits

The Pic Blanc ski resort will take less than half the water it wanted from the Sorne river for its snow cannons under a deal signed with three farming villages on Friday.

The villages had asked for a hearing before the regional water board in March.

The Pic Blanc board approved the terms on Monday. Under the settlement, the resort may take at most 95,000 cubic metres of water a season, and none in August.`)
	runAnswerCases(t, []answerCase{
		{"a rate a season", art, "how much water may pic blanc take each season", []string{"95,000 cubic metres"}, nil, false},
	})
	for _, c := range []struct{ q, want string }{
		{"how much water may pic blanc take each season", "season"},
		{"how much water may pic blanc take per season", "season"},
		{"how much water may pic blanc take", ""},
	} {
		if got := askedRate(art.parse(c.q, nil)); got != c.want {
			t.Errorf("askedRate(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestRound66UntilWhatYear checks an "until when" question whose verb
// says that something is in force ("until what year does the list
// apply?"), which the article never writes: the sentence that gives the
// span's end ("runs until 2034") answers it, not one that only holds the
// word "year".
func TestRound66UntilWhatYear(t *testing.T) {
	art := textArticle(t, `Island wins longer customs shelter

The regional assembly of Corvo Verde and the finance ministry agreed on Tuesday on a new list of goods that local producers may sell at a lower customs rate.

The new list of sheltered goods runs until 2034 and has 88 lines, against the 97 the assembly wanted.

After twelve years of shelter, a bakery on the list should be able to compete, a ministry adviser said.`)
	runAnswerCases(t, []answerCase{
		{"until what year", art, "until what year does the new list apply", []string{"until 2034"}, nil, false},
	})
}
