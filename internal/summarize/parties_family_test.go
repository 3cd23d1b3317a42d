package summarize

import "testing"

// TestFamilyNameIsNoCompany checks that a person set under a word that
// can name a company ("crane operator Bongani Khumalo") is not made a
// company when another person of the story shares the surname: two
// people of one name are a family, not a firm.
func TestFamilyNameIsNoCompany(t *testing.T) {
	b := treeBrief(t, "Dockers end strike at Ngqura\n\nGQEBERHA, May 2 - Dockworkers at the Ngqura container terminal returned to work on Monday after their union signed a wage deal with the terminal operator.\n\n\"We came back with the night shift,\" Lindiwe Khumalo, the union's chief negotiator, told reporters.\n\nAt the main gate, crane operator Bongani Khumalo, who is not related to the negotiator, was among the first to clock in. He has worked nights at the terminal for 14 years.\n\n\"Nine days without pay is a long time,\" he said.")
	found := false
	for _, p := range b.Parties {
		if p.Name == "Bongani Khumalo" {
			found = true
			if p.Kind != KindPerson {
				t.Errorf("the crane operator is a %s: %+v", p.Kind, p)
			}
		}
	}
	for _, q := range b.Quotes {
		if q.Text == "Nine days without pay is a long time," || q.Text == "Nine days without pay is a long time" {
			if q.Speaker != "Bongani Khumalo" {
				t.Errorf("the crane operator's words credited to %q", q.Speaker)
			}
		}
	}
	if !found {
		t.Logf("parties: %+v", b.Parties)
	}
}

// TestAppositiveOfBodyWordWithWho checks that a name set beside a noun
// that can name a company ("a kiln operator") stays a person when a
// clause opened by "who" follows the noun, and that a name beside the
// same noun with no such clause, taken up as "it", is still a company.
func TestAppositiveOfBodyWordWithWho(t *testing.T) {
	tests := []struct {
		name, text, party, kind string
	}{
		{"he", "Cement talks end\n\nDHAKA, March 3 - Bangladesh and the cement makers' association agreed a price cap on Tuesday, officials said.\n\nOnly a few workers heard the news. Rafiqul Talukdar, 44, a kiln operator from Sylhet who has worked at the plant for a decade, said he had heard about the deal on the radio.\n\n\"For us, cement is the heat in our faces,\" Talukdar said.",
			"Rafiqul Talukdar", KindPerson},
		{"it", "Port talks end\n\nDHAKA, March 3 - Bangladesh and the port's owners agreed new tariffs on Tuesday, officials said.\n\nTidewater Terminals, a port operator, said it would cut its fees by a tenth from April.\n\n\"The tariffs are fair,\" Tidewater Terminals said in a statement.",
			"Tidewater Terminals", KindOrganisation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if p, ok := partyNamed(b, tt.party); !ok {
				t.Errorf("%s is not among the parties: %+v", tt.party, b.Parties)
			} else if p.Kind != tt.kind {
				t.Errorf("%s is a %s, want %s", tt.party, p.Kind, tt.kind)
			}
		})
	}
}
