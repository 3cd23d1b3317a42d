package summarize

import "testing"

// TestAudit35TitleBeforeName checks that "the count said" is the one
// person the story named with "Count" before the name, and that a "he"
// after a sentence whose subject is a place goes on as that person, not
// as a person quoted before: a description of a place never joins a
// named person.
func TestAudit35TitleBeforeName(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the count",
			"Islanders buy their island\n\nBy Mairi Sinclair\n\nThe 90 residents of Eilean Dubh agreed on Monday to buy their island for £3.1 million.\n\n\"People here have waited their whole lives for this,\" said trust chair Ishbel Ross.\n\nThe island has been owned since 1987 by Count Leopold von Strachwitz-Hohenau, a Munich-based investor. He put it on the market last year.\n\nIn a statement issued through his Glasgow solicitors, the count said he was \"pleased that the island will pass to those who know it best.\"\n",
			"pleased that the island will pass", "Count Leopold von Strachwitz-Hohenau"},
	}, false)
}

// TestAudit35StatementClause checks that what a body "said in a statement
// that" a place "showed" is the body's: the clause after "in a statement
// that" is what was said, not a relative clause of the statement.
func TestAudit35StatementClause(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"said in a statement that X showed",
			"Island sale agreed\n\nBy Mairi Sinclair\n\nThe sale of Eilean Dubh was agreed on Monday.\n\nThe Coastal Land Reform Alliance, which has advised the islanders since 2021, said in a statement that Kilvarra showed \"what a community can do when it refuses to give up.\"\n",
			"what a community can do", "Coastal Land Reform Alliance"},
	}, false)
}

// TestAudit35DefinedShortForm checks that a body named in brackets by a
// short form longer than an acronym of initials, then speaking by it
// ("the Union of Cocoa Growers of Ashanti (UNICOGA) … UNICOGA said"), is
// given its full name.
func TestAudit35DefinedShortForm(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"UNICOGA",
			"Cocoa floor row\n\nACCRA - Growers want a lower export floor.\n\nFarmers, grouped in the Union of Cocoa Growers of Ashanti (UNICOGA), argue that the floor has priced their beans out of Europe.\n\nUNICOGA said in a statement that it would ask the government to review the floor \"before the main crop leaves Tema in October.\"\n",
			"before the main crop leaves Tema", "Union of Cocoa Growers of Ashanti"},
	}, false)
}

// TestAudit35WrittenPlan checks that a plan set down in writing speaks as
// a document does ("Its business plan states that…").
func TestAudit35WrittenPlan(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"business plan",
			"Island trust plans\n\nBy Mairi Sinclair\n\nThe trust plans to build six homes within five years. Its business plan states that a small turbine \"could power every home on the island by 2031.\"\n",
			"could power every home", "the business plan"}, // the kind of text, not whose (tree_text_label.go)
	}, false)
}

// TestAudit35CreditAfterQuote checks that "the HR director told
// reporters" after a quotation credits the director, not the initials
// before the noun, and the one person the story described as "the
// company's human resources director" before.
func TestAudit35CreditAfterQuote(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the HR director told reporters",
			"Salmon strike\n\nPUERTO MONTT - Talks resumed on Monday.\n\n\"Six per cent in this market is a lot of money. The price of fish in Miami is not what it was,\" the HR director told reporters.\n",
			"Six per cent in this market", "the HR director"},
		{"HR for human resources",
			"Salmon strike\n\nPUERTO MONTT - Talks resumed on Monday.\n\nOur reporter says the company's human resources director, Rodrigo Oyarzún Paillalef, looked tired when he stepped out for a coffee.\n\n\"Six per cent in this market is a lot of money. The price of fish in Miami is not what it was,\" the HR director told reporters.\n",
			"Six per cent in this market", "Rodrigo Oyarzún Paillalef"},
	}, false)
}

// TestAudit35NamedAs checks that a source brought in by description with
// the name they gave ("A crane operator who gave his name only as Abu
// Yazan said…") is that name when the description speaks again, while a
// source who asked not to be identified stays as described.
func TestAudit35NamedAs(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"gave his name only as",
			"Crane strike ends\n\nAQABA - Crane operators went back to work on Sunday.\n\nNot every operator was satisfied. A crane operator who gave his name only as Abu Yazan said the emergency clause worried him.\n\n\"Every week there is an emergency at a port,\" the operator said.\n",
			"Every week there is an emergency", "Abu Yazan"},
		{"asked to be identified only as",
			"Ward talks\n\nLAGOS - Nurses met the ministry on Monday.\n\nA nurse who asked to be identified only as Maria said the ward was full.\n\n\"We are tired,\" the nurse said.\n",
			"We are tired", "Maria"},
		{"asked not to be identified",
			"Ward talks\n\nLAGOS - Nurses met the ministry on Monday.\n\nA nurse who asked not to be identified said the ward was full.\n\n\"We are tired,\" the nurse said.\n",
			"We are tired", "A nurse"},
	}, false)
}

// TestAudit35RelativeAfterObject checks that a clause set off by commas
// after the object of a relative clause ("One owner who supports the
// deal, who asked not to be named, said…") describes the subject, whose
// words the quotation then is, not the deal's; and that one after a
// person's name describes that person however the parser hung the name.
func TestAudit35RelativeAfterObject(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"owner who supports the deal",
			"League split\n\nMEXICO CITY - Clubs are divided over a streaming offer.\n\nOther owners are tempted by the money. One owner who supports the deal, who asked not to be named because the talks are private, said the clubs that oppose it \"are the ones that already have a team paying their bills.\"\n",
			"are the ones that already have", "One owner who supports the deal"},
		{"a name the parser hung from the title before it",
			"Climate summit\n\nDODOMA - Delegates arrived for the second day.\n\nTanzania's Cabinet Secretary for Environment and Climate Change, Halima Mwakyusa, who is presiding over the summit, said in a televised address on Wednesday night that the pledges must be \"new money, not old promises.\"\n",
			"new money, not old promises", "Halima Mwakyusa"},
		{"a name a preposition governs is not the one described",
			"Truce signed\n\nMOUNT HAGEN - The clans signed a truce on Friday.\n\nBishop Anselm Korowi of the Catholic Diocese of Mendi, who spent six weeks shuttling between the two sides, told the crowd the agreement was \"a first step, not a last one.\"\n",
			"a first step, not a last one", "Anselm Korowi"},
	}, false)
}
