package nlp

import "testing"

// TestFrontedPlaces checks that a name the model read as a person's is a
// place where a sentence opens with it after "In" or "On" and a comma,
// where a direction is taken from it ("south of Viti Levu"), and where
// one travels "from" a place "to" it; and that people, bodies and
// possessors there stay what they are.
func TestFrontedPlaces(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"In Sukhumi, the Abkhaz foreign minister, Astamur Kvitsinia, called the exchange a gesture of goodwill.",
			[]string{"GPE:Sukhumi", "PERSON:Astamur Kvitsinia"}, []string{"PERSON:Sukhumi"}},
		{"On Kadavu, the island south of Viti Levu, the fishers have worked the same lagoon for forty years.",
			[]string{"GPE:Kadavu", "GPE:Viti Levu"}, []string{"PERSON:Kadavu", "PERSON:Viti Levu"}},
		{"Marco Bellandi, who is travelling from Bologna to Naxos with his wife, said the family was tired.",
			[]string{"PERSON:Marco Bellandi", "GPE:Naxos"}, []string{"PERSON:Naxos"}},
		{"In Smith's view, the offer was too low.",
			[]string{"PERSON:Smith"}, nil},
	})
}

// TestLowerTitledNames checks that a run of capitalised words, with
// particles inside it, right after a title written in lower case is a
// person's name where the model found nothing there ("chief executive
// Adriaan van der Merwe"), and that a title's capitalised word is not
// taken into the name.
func TestLowerTitledNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"Sedgwick chief executive Adriaan van der Merwe, who flew in from London for the ceremony, described the talks as long.",
			[]string{"PERSON:Adriaan van der Merwe"}, nil},
		{"The railway's chief executive Officer Tomasz Wielgosz said the offer was final.",
			[]string{"PERSON:Tomasz Wielgosz"}, []string{"PERSON:Officer Tomasz Wielgosz"}},
	})
}
