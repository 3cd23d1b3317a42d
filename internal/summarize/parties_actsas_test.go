package summarize

import (
	"slices"
	"testing"
)

// TestActsAsSide checks that the role a person acts in names their side
// where nothing around their name does: "arrived … as Chile's chief
// negotiator" lists her with Chile, not as a party of her own.
func TestActsAsSide(t *testing.T) {
	b := treeBrief(t, "Chile and Norway opened talks on salmon quotas in Bergen on Monday. "+
		"Norway said it wanted the quota cut by a fifth. "+
		"Mirela Vasquez arrived in Bergen on Sunday as Chile's chief negotiator. "+
		"Vasquez said a cut of a fifth would close half the farms in the south. "+
		"Chile said it would table its own figures on Tuesday. "+
		"Norway said it would study them.")
	for _, p := range b.Parties {
		if p.Name == "Mirela Vasquez" {
			t.Errorf("%q listed as a party of her own: %+v", p.Name, b.Parties)
		}
	}
	if !slices.ContainsFunc(b.Parties, func(p Party) bool { return p.Name == "Chile" && slices.Contains(p.People, "Mirela Vasquez") }) {
		t.Errorf("Chile does not list Mirela Vasquez: %+v", b.Parties)
	}
}

// TestActsAsMember checks that a member's role ("as the club's captain")
// does not make a person the club's voice: a player bargaining over his
// contract with the club stays a party of his own.
func TestActsAsMember(t *testing.T) {
	b := treeBrief(t, "Harrowgate United and Tariq Olumide are close to agreeing a new four-year contract. "+
		"Olumide's agent said talks with the club had gone well. "+
		"Harrowgate United said it had offered improved terms on Friday. "+
		"Olumide led the team out on Saturday as Harrowgate United's captain. "+
		"Olumide said he wanted to finish his career at the club.")
	if !slices.ContainsFunc(b.Parties, func(p Party) bool { return p.Name == "Tariq Olumide" }) {
		t.Errorf("Tariq Olumide is not a party of his own: %+v", b.Parties)
	}
}
