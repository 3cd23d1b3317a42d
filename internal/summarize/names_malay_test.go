package summarize

import "testing"

// TestMalayAndTamilPatronymSpeakers covers speakers whose names hold a
// father's name after "binti" or "a/l": the speaker is the whole name,
// and "she told reporters" after the given names alone is hers, not the
// company's she leads.
func TestMalayAndTamilPatronymSpeakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"binti, carried by the given names",
			"The deadlock was broken by Nurul Aini binti Mohd Yusof, Bayu Telekom's chief executive, who proposed a new name.\n\nNurul Aini was more direct. “Nobody needs three networks,” she told reporters.",
			"Nobody needs three networks", "Nurul Aini binti Mohd Yusof"},
		{"a/l",
			"Its general secretary, Rajesh Kumar a/l Subramaniam, said the union had been given no assurances. “They spent nine days on a name,” he said.",
			"They spent nine days", "Rajesh Kumar a/l Subramaniam"},
	}, false)
}
