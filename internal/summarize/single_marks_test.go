package summarize

import "testing"

// TestSingleMarksParseAsDouble checks that a quotation in single marks
// (British style: ‘…,’ the official said) is credited as the same words
// in double marks are: the parser reads the single marks the tagger
// takes for a quotation's as the double ones, so "the official" after it
// is the official the sentence before described.
func TestSingleMarksParseAsDouble(t *testing.T) {
	for _, marks := range [][2]string{{"“", "”"}, {"‘", "’"}} {
		text := "Mexico and Peru near steel deal\n\nLIMA, May 2 - Talks on steel continued on Tuesday.\n\n" +
			"A senior Mexican official who was not authorised to speak publicly said the two sides had discussed a compromise under which the safeguard could be triggered only after a joint review lasting at least 90 days. " +
			marks[0] + "It is an idea on the table, not an agreement," + marks[1] + " the official said."
		t.Run(marks[0], func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, text), map[string]string{"It is an idea on the table": "A senior Mexican official"})
		})
	}
}
