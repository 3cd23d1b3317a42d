package summarize

import "testing"

// TestPronounSubjectGoesOn checks that a "she" that credits a quotation
// goes on with the "she" the sentence before made its main subject ("She
// said a proverb that she had heard from Father Bello. “…,” she said")
// where the coreference model left that "she" out of every chain: not the
// person that sentence names inside what she reports.
func TestPronounSubjectGoesOn(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a proverb heard from another",
			"Herders and farmers sign grazing pact\n\nAmina Sow, 52, has grown millet by the river since she married into Dembel.\n\nOn the last evening, she walked with me along the river where the fight had been. Women from both villages were walking home from the fields with baskets on their heads. She said a proverb in Fulfulde that she had heard from Father Bello at the first meeting, and that she now tells to everyone. “Ndiyam ina jokki,” she said. “Water goes on.”\n",
			"Ndiyam", "Amina Sow"},
	}, false)
}
