package nlp

import "testing"

// TestSecondSurnames checks that a name whose hyphened first surname the
// model ends the person's span on takes in the second surname the parser
// hung from the name ("Rui Sá-Carneiro Pimentel", "Teresa Vaz-Ferreira
// Lobo"), and that a name followed by a word of its own is left as it is.
func TestSecondSurnames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"“We were never going to sign a contract that treats fatigue as a bargaining chip,” said Rui Sá-Carneiro Pimentel, president of the pilots' union.", "Rui Sá-Carneiro Pimentel"},
		{"“The offer is too low,” said Teresa Vaz-Ferreira Lobo, the union's negotiator.", "Teresa Vaz-Ferreira Lobo"},
		{"Maria Lopez told Reuters the deal was close.", "Maria Lopez"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			a := an.Analyze(tt.text)
			var got []string
			for _, e := range a.Entities {
				if e.Text == tt.want && e.Type == PERSON {
					return
				}
				got = append(got, e.Text+"/"+string(e.Type))
			}
			t.Errorf("no person %q in %v", tt.want, got)
		})
	}
}

// TestHyphenedGivenNameAndParticles checks that a hyphened given name
// whose first part the name lists know, and whose second they do not
// ("Pieter-Jan"), with the particles of the surname after it, is one
// person's name where the model found nothing.
func TestHyphenedGivenNameAndParticles(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"“For us this was never about a logo,” Pieter-Jan de Vries, chairman of the Tiel board, told staff on Monday.", "Pieter-Jan de Vries"},
		{"Jean-Pierre de la Fontaine told staff at a meeting.", "Jean-Pierre de la Fontaine"},
	} {
		a := an.Analyze(tt.text)
		found := false
		var got []string
		for _, e := range a.Entities {
			found = found || e.Text == tt.want && e.Type == PERSON
			got = append(got, e.Text+"/"+string(e.Type))
		}
		if !found {
			t.Errorf("no person %q in %v", tt.want, got)
		}
	}
}

// TestGivenNameOpeningASentence checks that a given name the tagger read
// as a common noun at the start of a sentence ("Siv Rønning, the mayor…")
// is part of the person's name, not left out so that the surname stands
// for another person of that name; and that a title there stays out.
func TestGivenNameOpeningASentence(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Kystfly chief executive Halvard Rønning said the offer was fair. Siv Rønning, the mayor of Bodø and no relation to the airline chief, said the deal risked turning the city into a one-airline town.")
	found := false
	var got []string
	for _, e := range a.Entities {
		found = found || e.Text == "Siv Rønning" && e.Type == PERSON
		got = append(got, e.Text+"/"+string(e.Type))
	}
	if !found {
		t.Errorf("no person \"Siv Rønning\" in %v", got)
	}
	for _, text := range []string{
		"Kystfly chief executive Halvard Rønning said the offer was fair. Minister Rønning said the deal was risky.",
		"People close to the airline said it was fair. Analyst Marc Morel of Castle Research said the remedy was small.",
	} {
		for _, e := range an.Analyze(text).Entities {
			if e.Text == "Minister Rønning" || e.Text == "Analyst Marc Morel" {
				t.Errorf("a title read as a given name: %q", e.Text)
			}
		}
	}
}

// TestLowerCaseNamesBeforeTheirInitials checks that a body's name in a
// language that writes its later words in lower case is one organisation
// when its initials follow in brackets ("Confédération patronale des
// entreprises françaises (CPEF)"), and that a common phrase before
// initials, opening in lower case, is none.
func TestLowerCaseNamesBeforeTheirInitials(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("On the employers’ side, the president of the Confédération patronale des entreprises françaises (CPEF), Geoffroy de Vaublanc, repeated his opposition.")
	found := false
	var got []string
	for _, e := range a.Entities {
		found = found || e.Text == "Confédération patronale des entreprises françaises" && e.Type == ORG
		got = append(got, e.Text+"/"+string(e.Type))
	}
	if !found {
		t.Errorf("no organisation \"Confédération patronale des entreprises françaises\" in %v", got)
	}
	for _, e := range an.Analyze("The two sides signed a memorandum of understanding (MoU) on Friday.").Entities {
		if e.Type == ORG && e.Text != "MoU" {
			t.Errorf("a common phrase read as a body: %q", e.Text)
		}
	}
}
