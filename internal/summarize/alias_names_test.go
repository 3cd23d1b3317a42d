package summarize

import "testing"

// TestNamesSomeoneGoesBy: a name brought in as the one a person goes by
// ("known in the village as Mbuya Rudo", "everyone calls her Nha
// Lourdes") is that person's wherever it stands later, so a quotation
// or a statement credited to it, or to a pronoun linked to it, is
// credited to the person in full; and a surname two people share
// ("Lourdes Tavares", her son "Mário Tavares") is the one the pronoun
// that goes on about the speaker can be.
func TestNamesSomeoneGoesBy(t *testing.T) {
	const fishers = "Fishers sign cannery deal\n\n" +
		"TARRAFAL — Lourdes Tavares, 61, has sold fish on this beach for forty years. Everyone here calls her Nha Lourdes, and she sat on the fishers' negotiating team.\n\n" +
		"The cannery agreed to buy every fish the boats land, at a floor price, the agreement says.\n\n" +
		"Her son, Mário Tavares, 35, skippers one of the twelve boats and chairs the boat owners' association. Tavares said the boats had chosen a steady price over the best one. “The hotels pay more, but they do not buy every day,” he said.\n\n" +
		"Nha Lourdes said the ice machine had changed her work. “We won that ice ourselves,” she said, pointing at the building above the beach.\n"
	cases := []struct {
		name, text, quote, want string
		statement               bool
	}{
		{"known as", "Village agrees to move for lithium mine\n\n" +
			"CHIVI, Zimbabwe — Rudo Chidavaenzi, 79, will be among the first to go. Her husband is buried under the msasa trees. She is known in the village as Mbuya Rudo, grandmother, and she did not go to the first meeting.\n\n" +
			"The company will pay for the reburial of every grave, the agreement says.\n\n" +
			"“I will go when the graves go,” Mbuya Rudo said on Sunday.\n", "I will go", "Rudo Chidavaenzi", false},
		{"calls her, pronoun", fishers, "We won that ice", "Lourdes Tavares", false},
		{"calls her, statement", fishers, "the ice machine had changed", "Lourdes Tavares", true},
		{"shared surname, he", fishers, "the boats had chosen a steady price", "Mário Tavares", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := treeBrief(t, c.text)
			got, found := speakerOfQuote(b, c.quote)
			if c.statement {
				got, found = "", false
				for _, s := range b.Statements {
					if len(s.Text) >= len(c.quote) && s.Text[:len(c.quote)] == c.quote {
						got, found = s.Speaker, true
					}
				}
			}
			if !found || got != c.want {
				t.Errorf("“%s…” credited to %q (found %v), want %q; quotes %+v; statements %+v", c.quote, got, found, c.want, b.Quotes, b.Statements)
			}
		})
	}
}
