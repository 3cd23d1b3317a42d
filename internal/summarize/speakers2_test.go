package summarize

import "testing"

// TestQuotedAsAndLetters covers this round's speaker fixes, each from an
// error on the second batch of stories: one "quoted by" an outlet "as
// saying" is the speaker, not the outlet; "the letter" stands for the one
// who wrote "a letter" before, found before a relative clause set off by
// commas where the parse lost the verb's subject.
func TestQuotedAsAndLetters(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"quoted by an outlet as saying",
			"Deputy Foreign Minister Arkady Voronin struck a combative tone. Mr. Voronin was later quoted by the state news agency RIA Novosti as saying that the deal was “a technical step, not a political one.”",
			"a technical step", "Arkady Voronin"},
		{"the letter after a relative clause: the letter's words",
			"In a letter to the Board dated May 27, 2025, Trident, which owns approximately 7.4% of Corvane's outstanding shares, described its proposal as \"full and fair.\" The letter also stated that Trident had \"no intention of remaining a passive shareholder\" if the Board declined to engage.",
			"no intention of remaining", "The letter"},
		{"a statement stands for whoever made it",
			"Norland Shipping issued a statement on Monday. \"We remain committed to reaching an agreement,\" the statement said.",
			"We remain committed", "Norland Shipping"},
	}, false)
}
