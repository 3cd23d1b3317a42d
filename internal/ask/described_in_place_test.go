package ask

import (
	"strings"
	"testing"
)

// TestDescribedOwnerInPlace checks that a speaker described by what they
// own or run ("the guesthouse owner") is the one the sentence bringing
// them in says runs one, though "owner" may name a company elsewhere,
// and that the place of the description may be the one the paragraph
// before has just set the scene in.
func TestDescribedOwnerInPlace(t *testing.T) {
	a := textArticle(t, "The regional council and a wind developer signed a benefit agreement on Tuesday for a farm of twelve turbines off the north shore.\n\n"+
		"Lindale is a fishing village of about 400 people on that shore. Most families there live from the lobster season.\n\n"+
		"Marta Quill, 58, has run a guesthouse by the harbour for thirty years. “Every summer the ferry is full of people who never stay,” she said. “The turbines will not change that.”\n\n"+
		"The developer's chief executive, Owen Price, said construction would start next spring.")
	for _, tc := range []struct{ q, want string }{
		{"what did the guesthouse owner say about the ferry", "Every summer the ferry"},
		{"what did the guesthouse owner in lindale say", "Every summer the ferry"},
	} {
		if got := a.Answer(tc.q, nil).Answer; !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want it to hold %q", tc.q, got, tc.want)
		}
	}
}
