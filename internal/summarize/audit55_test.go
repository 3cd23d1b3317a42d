package summarize

import "testing"

// TestAudit55WordsInsideWarnedKnowing checks that words quoted as what
// someone would know or find inside a body's warning ("warned that
// foreign lenders would remember “…”", "warned that smaller clubs might
// find the levy “…”") are the body's, not those whom the warning speaks
// of; words quoted after a verb of saying inside a report ("said Jones
// had called the plan “…”") stay with that verb's subject.
func TestAudit55WordsInsideWarnedKnowing(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"remember",
			"Power deal signed\n\nLAGOS — The government and the country's private power plants signed new contracts on Monday.\n\nThe Independent Generators Association, which represents most of the plants, said in a statement that its members had signed under pressure, and warned that foreign lenders would remember “how agreements are kept in this country.”",
			"how agreements are kept", "Independent Generators Association"},
		{"find",
			"League levy agreed\n\nThe league and its clubs agreed a new broadcasting levy on Friday.\n\nThe Football Supporters Trust, which represents fans of the league's clubs, said in a statement that the levy would \"help the game grow\" but warned that smaller clubs might find the new charges \"a heavy load in the first seasons.\"",
			"a heavy load in the first", "Football Supporters Trust"},
		{"called inside said",
			"Plan criticised\n\nThe council met on Monday.\n\nMayor Ana Ruiz said Tom Jones had called the plan “a disaster for the harbour.”",
			"a disaster for the harbour", "Tom Jones"},
	}, false)
}

// TestAudit55JointTextNamedAgain checks that a text named again by its
// kind alone after a joint one ("Under a joint statement signed … by
// both sides … The statement says…") speaks as that joint text, not as
// the side the sentence reports of or the first signatory, while a joint
// statement one office issued stays that office's.
func TestAudit55JointTextNamedAgain(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"signed joint statement",
			"Inspections to resume\n\nVIENNA — Under a joint statement signed in Vienna by Iraq's deputy foreign minister and the agency's head of safeguards, Baghdad will allow the reinstallation of 12 cameras. The statement says Iraq “will permit the Agency to carry out the monitoring activities set out in the annex within thirty days.”",
			"will permit the Agency", "The joint statement"},
		{"joint communique",
			"Talks end\n\nHAVANA — The government and the rebels issued a joint communiqué on Friday after ten days of talks.\n\nThe communiqué commits both sides to “refrain from any military movement toward the lines of contact.”",
			"refrain from any military movement", "The joint communiqué"},
	}, false)
}
