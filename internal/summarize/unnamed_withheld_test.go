package summarize

import "testing"

// TestUnnamedSourcesWhoSayNothingFirst: a source brought in as the
// subject of the sentence before, who is not to be named (however the
// article says so: "asked me not to use her name", "would not give his
// name"), is the "he" or "she" who says the quotation after, even where
// that sentence says nothing ("put it more bluntly"), and not a person
// of that sex named earlier.
func TestUnnamedSourcesWhoSayNothingFirst(t *testing.T) {
	text := "The agriculture minister, Ana Rojas Vega, defended the fund on Monday. “It is fair to everyone,” she said.\n\n" +
		"Her neighbour, who asked me not to use her name because her husband still sells to one of the mills, put it more bluntly. “The fund is for the people who already have silos,” she said.\n\n" +
		"The economist Hernán Quirós, of the national university, said the design was no accident. “It pays per tonne,” he said.\n\n" +
		"One grower, who would not give his name because he feared losing his contract, went further. “We are the ones left behind,” he said.\n"
	b := treeBrief(t, text)
	checkSpeakers(t, b, map[string]string{
		"It is fair":        "Ana Rojas Vega",
		"The fund is for":   "Her neighbour",
		"It pays per tonne": "Hernán Quirós",
		"We are the ones":   "One grower",
	})
}
