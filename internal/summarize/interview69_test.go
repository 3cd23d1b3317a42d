package summarize

import "testing"

// TestIntervieweeAgeAfterName checks that an interview's answers go to
// the person the paragraph before the first question introduces by name
// and age set off by commas ("Karma Yudon, 47, chairs…"), with no role
// word after the age, not to another person that paragraph names more
// often.
func TestIntervieweeAgeAfterName(t *testing.T) {
	text := `'We kept the orchard': a farm leader on a deal with a quarry

For two years the growers of Dokhar said the quarry of Sangay Lhendup was covering their orchards in dust. Sangay Lhendup sold the quarry last year to Rongchu Stone Ltd. Karma Yudon, 47, chairs the growers' council and led the village side in the talks with the new owner. This interview has been edited and condensed.

Q: What was the problem?

A: The dust came down on the apples every afternoon. That became our line.

Q: Who checks the dust?

A: The district officer reads the meters every week.`
	checkAnswersCredited(t, text, "Karma Yudon", "apples every afternoon", "meters every week")
}

// TestInterviewTurnQuotesI checks that a quotation inside an interview's
// answer that the answer credits to "I" ("A man… asked me, “…?” I told
// him, “…”") is the interviewee's, not left without a speaker.
func TestInterviewTurnQuotesI(t *testing.T) {
	text := `Q&A: A valley's water keeper on the new dam rules

Orla Fennick, a water bailiff in the Carrow valley, spoke to us on Monday.

Q: What changed this spring?

A: The gates now open at dawn. The farmers wanted that for years.

Q: Would you advise other valleys?

A: They call me every week. A man from the next valley asked me, "Do we need a lawyer?" I told him, "You need a camera and patience."`
	checkAnswersCredited(t, text, "Orla Fennick", "camera and patience", "gates now open")
}
