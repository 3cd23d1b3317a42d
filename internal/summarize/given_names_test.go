package summarize

import "testing"

// TestGivenNamesInFull checks that a speaker the story goes on calling by
// the given names that open a name it gave in full ("Kamarul Azmi said"
// after "Deputy Minister Kamarul Azmi Rahman") is credited by the name in
// full, which coreference linked them to, and that a generational suffix
// is no more of the name ("Tom Reyes" is not "Tom Reyes Jr.").
func TestGivenNamesInFull(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"given names that open the name",
			"Border talks resume\n\nKUALA LUMPUR - Talks on the southern border resumed on Monday.\n\nMalaysian Deputy Minister Kamarul Azmi Rahman, who opened the meeting, urged both sides to focus on practical steps. \"The guns have been quiet for three weeks. That is an achievement, but it is not yet peace,\" Kamarul Azmi said.\n",
			"The guns have been quiet", "Kamarul Azmi Rahman"},
	}, false)
	if generational("Rahman") || !generational("Jr.") {
		t.Errorf("generational: a surname is no suffix, Jr. is one")
	}
}
