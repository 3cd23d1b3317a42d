package summarize

import "testing"

// TestParticleNameOpensSentence: a surname written with its particle in
// lower case ("al-Kubaisi") and capitalised where it opens a sentence
// ("Al-Kubaisi said…") is a name there, not a common word the story also
// writes in lower case: the partial quotation after it is his (it had
// been dropped as words no one was named for).
func TestParticleNameOpensSentence(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"particle", `Gas exports restart

BASRA - The capital and the northern region agreed to restart gas exports on Monday.

The federal side was led by the deputy energy minister, Tariq Abdul-Karim al-Kubaisi, and the regional side by its minister of planning, Dara Aziz Rashid. Al-Kubaisi said the agreement confirmed “the constitutional principle that the country’s gas belongs to all citizens and is sold by one hand.” Rashid, speaking in the north, put the emphasis elsewhere.`,
			"the constitutional principle that", "Tariq Abdul-Karim al-Kubaisi"},
	}, false)
}
