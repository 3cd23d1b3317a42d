package ask

import "testing"

// TestCountedPluralBeforeDo: in "how many reserved barge slots a month
// does …", with "does" to come the main verb follows its subject, so
// "slots", which the analysis may take for a verb, is the plural noun
// counted, not "barge" before it.
func TestCountedPluralBeforeDo(t *testing.T) {
	a := textArticle(t, `Ostrel canal operator signs deal with Vandor Grain

The Ostrel Canal Authority signed a ten-year agreement on Wednesday with Vandor Grain, the largest shipper on the waterway.

The authority undertakes to give Vandor "at least 22 reserved barge slots per month at the Kessel lock," with refunds if a slot is cancelled at short notice.

Other shippers said the deal would crowd the lock in the harvest season.`)
	q := "how many reserved barge slots a month does the ostrel canal authority promise vandor"
	checkAnswer(t, q, a.Answer(q, nil), []string{"22 reserved barge slots"}, nil, false)
}
