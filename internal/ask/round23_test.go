package ask

import "testing"

// TestRound23: "how much of Egypt's fresh water" counts the water, not
// Egypt, and a share ("97 percent of its fresh water") counts what it is
// a share of; a question in the headline's words is answered by the
// sentence that holds the rest of it ("Who hosted the Nile dam talks?":
// "The two-day meeting, hosted by the African Union,"), but not under a
// kicker of a few words, and not by a sentence that lacks one of the other
// words; "how many workers" is answered by a number of people of any
// kind ("240 developers, artists, designers and testers"), with a hedge
// ("About how many") before it or not; and "the European diplomat" is
// the speaker "A European diplomat familiar with the talks".
func TestRound23(t *testing.T) {
	nile := textArticle(t, `Egypt and Ethiopia end Nile dam talks without deal

ADDIS ABABA - Talks between Ethiopia and Egypt over the filling of the dam on the Blue Nile ended on Monday without agreement.

The two-day meeting, hosted by the African Union, was the first formal round between the water ministers in a year.

Egypt relies on the river for about 97 percent of its fresh water and fears a dry year.

Ethiopia's water minister, Dawit Tesfaye, said his country had offered to share data on reservoir levels.`)
	kicker := textArticle(t, `NILE TALKS

ADDIS ABABA - Talks between Ethiopia and Egypt over the filling of the dam on the Blue Nile ended on Monday without agreement.

The two-day meeting, hosted by the African Union, was the first formal round between the water ministers in a year.`)
	studio := textArticle(t, `Game studio workers reach first union deal

The deal covers about 240 developers, artists, designers and testers at the studio, which is owned by a publisher in Montreal.

It also bars the company from using AI to replace work covered by the contract.`)
	docks := textArticle(t, `Dock strike looms

The Harbour Workers Union, which represents about 21,000 dockworkers, said the employers had refused to limit automation.`)
	muscat := textArticle(t, `Iran, US end third round of Muscat talks

A European diplomat familiar with the talks said the focus on enrichment hid a more urgent problem. "Everybody is arguing about the number," the diplomat said.

"Without inspectors back at the sites, nobody can tell you what Iran has. That should worry Washington more than any number on paper."`)
	runAnswerCases(t, []answerCase{
		{"a speaker described with a phrase after its head", muscat, "What did the European diplomat say should worry Washington?", []string{"Without inspectors"}, nil, false},
		{"workers of several kinds", studio, "How many workers does the deal cover?", []string{"240"}, nil, false},
		{"a hedge before how many", studio, "About how many workers does the deal cover?", []string{"240"}, nil, false},
		{"members counted as what they are", docks, "How many members does the Harbour Workers Union have?", []string{"21,000"}, nil, false},
		{"a compound of the counted noun", docks, "Roughly how many dock workers does the union represent?", []string{"21,000"}, nil, false},
		{"a share of what the possessor owns", nile, "How much of Egypt's fresh water comes from the river?", []string{"97 percent"}, nil, false},
		{"the headline's words need not be repeated", nile, "Who hosted the Nile dam talks?", []string{"African Union"}, nil, false},
		{"the rest of the question must be there", nile, "Who hosted the Nile dam talks on irrigation?", nil, nil, true},
		{"a kicker is no headline", kicker, "Who hosted the Nile talks?", nil, nil, true},
	})
}
