package summarize

import "testing"

// TestBodyNumberInName checks that a body's number after "No." closes its
// name ("Quarrymen's Lodge No. 7"): the party is the whole name, not one
// cut at the abbreviation's period ("… No").
func TestBodyNumberInName(t *testing.T) {
	text := "Quarry walkout set for Monday\n\nDelvin Lodge No. 7, which speaks for some 2,400 of the quarry's crushers and drivers, voted on Sunday to walk out.\n\n\"We have waited through three seasons for an answer,\" said Sela Marrowby, the lodge's secretary.\n\nThe lodge and the quarry's owners are due to meet a mediator on Wednesday.\n"
	b := treeBrief(t, text)
	for _, p := range b.Parties {
		if p.Name == "Delvin Lodge No" {
			t.Errorf("parties %v: a body's name cut at \"No.\"", b.Parties)
		}
	}
	if p, ok := partyNamed(b, "Delvin Lodge No. 7"); !ok || p.Kind != KindOrganisation {
		t.Errorf("parties %v: want the organisation Delvin Lodge No. 7", b.Parties)
	}
}
