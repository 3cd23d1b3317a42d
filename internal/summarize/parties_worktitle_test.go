package summarize

import (
	"strings"
	"testing"
)

// TestWorkTitleNoParty checks that a name the story only ever writes as
// the whole of a quotation (a song's title, with or without a subtitle
// in brackets) is no party, though a people's adjective opens it.
func TestWorkTitleNoParty(t *testing.T) {
	text := "Singer backs mayor in new clip\n\nSinger Dalia Morven sings to mayor Petra Lindqvist in a new clip. On her upcoming radio show, Morven sings Tobias Kern's “American Rust”, a ballad about the docks.\n\n“American Rust (Second Take)” was first released in 1998.\n\nLindqvist said she was moved. \"It is a song about this city,\" she said.\n"
	b := treeBrief(t, text)
	for _, p := range b.Parties {
		if strings.Contains(p.Name, "Rust") {
			t.Errorf("parties %v: the song's title %q listed as a party", b.Parties, p.Name)
		}
	}
	if _, ok := partyNamed(b, "Petra Lindqvist"); !ok {
		t.Errorf("parties %v: want Petra Lindqvist", b.Parties)
	}
}
