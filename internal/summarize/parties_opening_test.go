package summarize

import "testing"

// TestPartyNamedOnlyAtSentenceStart checks that a body the story names
// only where a sentence opens ("Tranvialia, the private operator…, has
// offered…") is a party when the entity model reads it as a body's name,
// though no list knows the word and the story never writes it inside a
// sentence; a sentence-initial common word stays out.
func TestPartyNamedOnlyAtSentenceStart(t *testing.T) {
	b := treeBrief(t, "Tram drivers strike in Porto Alegre\n\nTram drivers in Porto Alegre walked out on Monday demanding a 20% pay rise and an end to split shifts.\n\nTranvialia, the private operator which runs the city's four tram lines, has offered a 6% increase. The operator said no jobs would be cut.\n\nMeanwhile the drivers' union said the offer was too small. \"We will stay out until the company moves,\" said union leader Carla Mendes.\n")
	p, ok := partyNamed(b, "Tranvialia")
	if !ok || p.Kind != KindOrganisation {
		t.Errorf("parties %v: want Tranvialia, an organisation", b.Parties)
	}
	if _, ok := partyNamed(b, "Meanwhile"); ok {
		t.Errorf("parties %v: a sentence-initial adverb is no party", b.Parties)
	}
}
