package ask

import "testing"

// TestRound24Issues: "what are the sticking points?" and its kin ("what
// is holding up a deal?", "where do the two sides stand?") are answered
// with the sentence that says what the talks broke down over and each
// party's demand or offer, though the article never writes "sticking
// points"; a question about one party's stand is still that party's; an
// article that reports no disagreement and no stance declines; and "is
// there a deal?", "did they reach an agreement?" and "what's the latest?"
// are answered by the lead that says how the talks stand; and "who
// criticised the deal?" is answered by the sentence with that verb, not
// by someone's words that merely speak of the deal; "what did they
// agree?", "what's in the deal?" and "what are the terms?" by the sentence
// that says what the deal holds.
func TestRound24Issues(t *testing.T) {
	ports := textArticle(t, `Dockworkers and port employers agree to resume talks

BALTIMORE - Dockworkers and port employers agreed on Tuesday to resume contract talks next Monday in Washington.

The union walked out on Oct. 1 after talks with the port alliance collapsed over wages and automation.

The union is demanding a 77% raise over six years and a total ban on automated cranes.

The alliance has offered a 50% raise and says it cannot agree to a ban.

Retailers have warned of empty shelves before the holidays.`)
	quiet := textArticle(t, `Port reopens after storm

BALTIMORE - The port reopened on Tuesday after a storm closed it for two days.

Ships queued in the bay overnight and the first cranes started at dawn.`)
	fish := textArticle(t, `EU and UK reach deal on fishing rights

BRUSSELS - The European Union and Britain reached a deal on Friday on fishing rights in British waters.

"This is a fair deal for both sides," said European Commission President Ursula Braun.

Fishing groups on both sides criticised the compromise. The Scottish Fishermen's Federation called it "a betrayal", while French fishermen warned of job losses in Boulogne.`)
	fishDeal := textArticle(t, `EU and UK reach deal on fishing rights

BRUSSELS - The European Union and Britain reached a deal on Friday on fishing rights in British waters.

Under the agreement, EU boats will keep access to British waters for five and a half years, while the value of the fish they catch there will be cut by 25%.

The deal still needs the approval of the European Parliament.`)
	runAnswerCases(t, []answerCase{
		{"what was agreed", fishDeal, "What did they agree?", []string{"Under the agreement", "five and a half years"}, nil, false},
		{"what is in the deal", fishDeal, "What's in the deal?", []string{"five and a half years"}, nil, false},
		{"the terms", fishDeal, "What are the terms of the deal?", []string{"cut by 25%"}, nil, false},
		{"who did what the verb says, not who spoke of the topic", fish, "Who criticised the deal?", []string{"Fishing groups"}, []string{"fair deal"}, false},
		{"who warned, in a clause of its own", fish, "Who warned of job losses?", []string{"French fishermen warned"}, []string{"Braun"}, false},
		{"sticking points", ports, "What are the sticking points?", []string{"collapsed over wages and automation", "77% raise", "50% raise"}, []string{"empty shelves"}, false},
		{"holding up a deal", ports, "What is holding up a deal?", []string{"collapsed over wages"}, nil, false},
		{"where the sides stand", ports, "Where do the two sides stand?", []string{"77% raise", "50% raise"}, nil, false},
		{"one party's demand", ports, "What is the union demanding?", []string{"77% raise"}, []string{"50% raise"}, false},
		{"no disagreement reported", quiet, "What are the sticking points?", nil, nil, true},
		{"is there a deal", ports, "Is there a deal?", []string{"agreed on Tuesday to resume contract talks"}, nil, false},
		{"did they reach an agreement", ports, "Did they reach an agreement?", []string{"agreed on Tuesday to resume contract talks"}, nil, false},
		{"the latest", ports, "What's the latest?", []string{"resume contract talks"}, nil, false},
		{"a yes-or-no question about one offer is no status question", ports, "Did the union agree to the alliance's offer?", nil, []string{"resume contract talks"}, false},
	})
}
