package summarize

import (
	"slices"
	"testing"
)

// TestOfficeBeforeTitle checks that a person whose title follows a
// town's office ("Tacoma police Chief Carl Bremner") is listed under the
// town, even where the parser leaves the town and its office out of the
// title's phrase (after a quotation).
func TestOfficeBeforeTitle(t *testing.T) {
	text := "Protests follow a traffic stop\n\nMarchers gathered in Tacoma on Sunday after a driver was hurt during a traffic stop. \"I will make you this promise: we will find the truth in this case,\" Tacoma police Chief Carl Bremner said Monday.\n\nThe driver's lawyer said Tacoma police had refused to release the video. Protesters in Tacoma said they would march again on Friday.\n\nBremner said his officers would answer to the state inquiry.\n"
	b := treeBrief(t, text)
	if _, ok := partyNamed(b, "Carl Bremner"); ok {
		t.Errorf("parties %v: the chief is no party of his own", b.Parties)
	}
	p, ok := partyNamed(b, "Tacoma")
	if !ok || !slices.Contains(p.People, "Carl Bremner") {
		t.Errorf("parties %v: want Carl Bremner with Tacoma", b.Parties)
	}
}
