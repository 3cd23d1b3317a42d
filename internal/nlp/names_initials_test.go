package nlp

import "testing"

// TestInitialOutsideASCII checks that an initial written with a letter
// outside ASCII keeps its period and the name runs on over it.
func TestInitialOutsideASCII(t *testing.T) {
	a := Tokenize("said Jógvan Ó. Dalsgaard, the minister.")
	var got []string
	for _, tk := range a.Tokens {
		got = append(got, tk.Text)
	}
	want := []string{"said", "Jógvan", "Ó.", "Dalsgaard", ",", "the", "minister", "."}
	if len(got) != len(want) {
		t.Fatalf("tokens %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokens %q, want %q", got, want)
		}
	}
	if len(a.Sentences) != 1 {
		t.Errorf("%d sentences, want 1", len(a.Sentences))
	}
}

// TestParticlesAfterDoubleGivenName checks that the particles and surname
// after a name the model began at the first half of a hyphenated given
// name are the name's ("Claire-Marie Fontaine de la Roche").
func TestParticlesAfterDoubleGivenName(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"Claire-Marie Fontaine de la Roche said the plan was sound.", []string{"PERSON:Claire-Marie Fontaine de la Roche"}, nil},
		{"“It was not an easy decision,” said Jógvan Ó. Dalsgaard, the Faroese minister of fisheries.", []string{"PERSON:Jógvan Ó. Dalsgaard"}, nil},
	})
}

// TestNameAfterTitleIsPerson checks that a name right after an office's
// title is its holder's, though the model took it for a body's.
func TestNameAfterTitleIsPerson(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "“This agreement closes a painful chapter,” Finance Minister Meseret Haile-Mariam told a news conference at the ministry."
	checkTyped(t, an.Analyze(text), text, "Meseret Haile-Mariam", PERSON)
}
