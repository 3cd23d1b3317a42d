package ask

import "testing"

// TestWhenAsksTheVerb checks that "when was X founded?" is not answered
// by a date that goes with something else X did (givesWhen), typed with
// capitals or in lower case, while a sentence that uses the verb still
// answers.
func TestWhenAsksTheVerb(t *testing.T) {
	art := textArticle(t, `Coaster operator wins berth at new quay

Harbour officials in Arnholm granted a permanent berth on Tuesday to Kestrel Shipping, ending a two-year wait for the town's last coaster firm.

Kestrel Shipping, which runs timber coasters out of Arnholm, put in its request for a quay berth during the winter of 2023.

The berth will be ready in March, the harbour board said. Loading can begin once the cranes are fitted.

Kestrel runs four vessels carrying timber and grain along the coast.`)
	runAnswerCases(t, []answerCase{
		{"another deed's date", art, "When was Kestrel Shipping founded?", nil, []string{"2023"}, true},
		{"lower case", art, "when was kestrel shipping founded", nil, []string{"2023"}, true},
	})
	founded := textArticle(t, `Coaster operator wins berth at new quay

Harbour officials in Arnholm granted a permanent berth on Tuesday to Kestrel Shipping, ending a two-year wait for the town's last coaster firm.

Kestrel Shipping, a family-run coaster operator based in Arnholm, was founded in 1958 by a grain merchant.

Kestrel runs four vessels carrying timber and grain along the coast.`)
	runAnswerCases(t, []answerCase{
		{"the verb's own date", founded, "when was kestrel shipping founded", []string{"1958"}, nil, false},
	})
}

// TestPlainWordBeforeWholeName checks that a lower-case word the article
// uses, before a person's whole name ("the harlow shepherd tomas vrell"),
// is read as what the person is, not as a description no one fits.
func TestPlainWordBeforeWholeName(t *testing.T) {
	art := textArticle(t, `Upland grazing fees frozen after protest

Shepherds on the Harlow uplands won a one-year freeze on grazing fees on Monday after a week of protests outside the county offices.

Tomas Vrell told the county meeting that his family's flocks could stay on the hill for one more season. "The fee was never the whole story," Vrell said afterwards.

County treasurer Ilse Marrow said the freeze would cost the county about 40,000 crowns. "We cannot do this every year," she said.`)
	runAnswerCases(t, []answerCase{
		{"a word of trade before the name", art, "what did the harlow shepherd tomas vrell say about the fee", []string{"whole story"}, []string{"Marrow"}, false},
	})
}
