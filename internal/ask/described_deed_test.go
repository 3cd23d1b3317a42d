package ask

import (
	"strings"
	"testing"
)

// TestDescribedByWhatTheyDo checks that a speaker a reader describes by
// what the article says they do is found though the article never writes
// the description's noun ("the market trader from kilindoni" for "…, who
// sells fish at the market in Kilindoni"), that "a farmer" said of anyone
// is no one the article calls a farmer, and that a description of
// someone's relation ("Rosa Mbeki's lawyer") is still one the article
// must write.
func TestDescribedByWhatTheyDo(t *testing.T) {
	a := textArticle(t, "The island council and the ferry company agreed on Monday to cut harbour fees for island boats by a third. "+
		"Rosa Mbeki, who sells fish at the market in Kilindoni, said the cut came late. “We paid double for two years,” Mbeki said. "+
		"In Lumbo, a hill village where most families keep goats, Tomas Vidal, 58, said the ferry still ran too rarely. “A farmer here cannot wait a week for a boat,” he said. "+
		"The council's chief executive, Amina Said, said the fees would be reviewed next year.")
	for _, tc := range []struct{ q, want string }{
		{"what did the market trader from kilindoni say", "We paid double"},
		{"what did the goat farmer in lumbo say", "cannot wait a week"},
		{"what did Rosa Mbeki's lawyer say", "doesn't"},
	} {
		if got := a.Answer(tc.q, nil).Answer; !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want it to hold %q", tc.q, got, tc.want)
		}
	}
}
