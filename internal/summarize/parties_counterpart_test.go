package summarize

import (
	"slices"
	"testing"
)

// TestCounterpartIsParty checks that a person the story introduces as a
// principal's counterpart ("her Argentine counterpart, Tomas Alvez") is
// listed, though named only once and doing little: the other side of
// the talks.
func TestCounterpartIsParty(t *testing.T) {
	b := treeBrief(t, "Uruguay's foreign minister, Ana Pereira, said on Monday that the river treaty could be signed by June. "+
		"Pereira said both governments wanted the dredging finished before the rains. "+
		"The ministry said a draft was ready. "+
		"Pereira said the draft would be published on Friday. "+
		"Officials said the ministry had hired two engineering firms to survey the channel. "+
		"The ministry said it expected no delays. "+
		"Pereira and her Argentine counterpart, Tomas Alvez, will meet in Salto next week.")
	if !slices.ContainsFunc(b.Parties, func(p Party) bool { return p.Name == "Tomas Alvez" || slices.Contains(p.People, "Tomas Alvez") }) {
		t.Errorf("the counterpart Tomas Alvez is not listed: %+v", b.Parties)
	}
}
