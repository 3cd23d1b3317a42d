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
