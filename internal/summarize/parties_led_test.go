package summarize

import (
	"slices"
	"testing"
)

// A person who leads a side's delegation, named in a participle after
// the group ("Peru's delegation, led by …, proposed…"), is on that side,
// whether the name stands alone or beside its role.
func TestLedByParticiple(t *testing.T) {
	tests := []struct{ name, text, side, person string }{
		{"name beside its role",
			"Chile and Peru reopen copper levy talks\n\nNegotiators from Chile and Peru met in Tacna on Tuesday to reopen talks on a shared copper levy.\n\nPeru's delegation, led by Deputy Mining Minister Rosalind Quenta, asked for a levy of 4 percent.\n\n\"We will not sign a number that empties our valleys,\" Quenta said.\n\nChile's negotiators said they would reply on Friday.\n",
			"Peru", "Rosalind Quenta"},
		{"name alone",
			"Chile and Peru reopen copper levy talks\n\nNegotiators from Chile and Peru met in Tacna on Tuesday to reopen talks on a shared copper levy.\n\nPeru's delegation, led by Rosalind Quenta, asked for a levy of 4 percent.\n\n\"We will not sign a number that empties our valleys,\" Quenta said.\n\nChile's negotiators said they would reply on Friday.\n",
			"Peru", "Rosalind Quenta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Summarize(Input{Text: tt.text}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			p, ok := partyNamed(b, tt.side)
			if !ok || !slices.Contains(p.People, tt.person) {
				t.Errorf("parties = %+v, want %q listed with %q", b.Parties, tt.person, tt.side)
			}
		})
	}
}

// An officer named with a role no one's name is on ("said chief
// negotiator …", "said managing director …") right after a sentence whose
// subject is a body is that body's.
func TestOfficerAfterBody(t *testing.T) {
	text := "Ferry crews and Skelmar Lines agree to resume talks\n\nFerry crews at Skelmar Lines will hold off a planned stoppage while talks go on, their union said on Monday.\n\nThe Skelmar Seafarers' Union said its members had voted to pause the action for ten days. \"This is the last window we will open,\" said chief negotiator Brigid Tallon.\n\nSkelmar Lines Ltd said it was pleased. \"We would rather sail than argue,\" said managing director Ewan Corrie.\n\nTallon said the sides were still three percent apart.\n"
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for side, person := range map[string]string{"Skelmar Seafarers' Union": "Brigid Tallon", "Skelmar Lines Ltd": "Ewan Corrie"} {
		if p, ok := partyNamed(b, side); !ok || !slices.Contains(p.People, person) {
			t.Errorf("parties = %+v, want %q listed with %q", b.Parties, person, side)
		}
	}
}

// A role after the name ("backed … for president") or a capitalised
// title of state ("Senator …") does not make a person the officer of the
// body the sentence before has as its subject.
func TestOfficerAfterBodyLimits(t *testing.T) {
	text := "Nurses back a candidate\n\nThe Orrin Valley Nurses' Association met in Calder on Monday. Its members endorsed Marta Quill for president by a wide margin.\n\nThe Orrin Valley Nurses' Association said the vote followed a survey of members. \"We chose the candidate who listens,\" said Senator Marta Quill.\n\nQuill said she would visit the valley's two hospitals in May.\n"
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range b.Parties {
		if p.Name != "Marta Quill" && slices.Contains(p.People, "Marta Quill") {
			t.Errorf("Marta Quill listed with %q: %+v", p.Name, b.Parties)
		}
	}
}
