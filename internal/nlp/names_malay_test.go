package nlp

import "testing"

// TestMalayAndTamilPatronyms checks that a Malay name's "binti" and the
// "a/l", "a/p", "s/o" of Malaysian and Singaporean Indian names keep the
// father's name inside the person's ("Nurul Aini binti Mohd Yusof",
// "Rajesh Kumar a/l Subramaniam"), and that a slash between other words
// joins nothing.
func TestMalayAndTamilPatronyms(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"The deadlock was broken by Nurul Aini binti Mohd Yusof, Bayu's chief executive.", []string{"PERSON:Nurul Aini binti Mohd Yusof"}, nil},
		{"Its general secretary, Rajesh Kumar a/l Subramaniam, said the union had been given no assurances.", []string{"PERSON:Rajesh Kumar a/l Subramaniam"}, nil},
		{"The nurse, Kavitha Devi a/p Muniandy, said she would vote for the deal.", []string{"PERSON:Kavitha Devi a/p Muniandy"}, nil},
		{"Rajesh Kumar and/or Subramaniam will attend.", nil, []string{"Rajesh Kumar and/or Subramaniam"}},
	})
}

// TestNameBesideRole checks that a name set off by commas right after a
// role only a person holds is a person's, though the model read a place
// in it ("Its chief negotiator, Renata Cavalcanti de Albuquerque, said").
func TestNameBesideRole(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Brazil proposed a lower price. Its chief negotiator, Renata Cavalcanti de Albuquerque, said the gap was narrower."
	checkTyped(t, an.Analyze(text), text, "Renata Cavalcanti de Albuquerque", PERSON)
}
