package summarize

import "testing"

// TestAudit27DisjointReference checks that a pronoun that speaks is never
// the person its own clause goes on to name ("she said when told of
// Okonkwo's remarks", "he told Brandt", "she said Ferreira had misled
// members"): a name the pronoun's clause holds is someone else.
func TestAudit27DisjointReference(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a name in an adverbial clause of the pronoun's verb",
			"Pension talks stall\n\nLAGOS - Talks between the government and pensioners stalled on Monday.\n\nLabour Minister Halima Danjuma met the pensioners' leaders in Abuja. Grace Okonkwo, whose mother has waited two years for her pension, said she had given up hope. \"My mother cannot eat promises,\" Okonkwo said.\n\n\"We owe it to families like hers to pay what is due,\" she said when told of Okonkwo's remarks.",
			"We owe it to families", "Halima Danjuma"},
		{"a name as the object of the pronoun's verb",
			"Rail strike talks\n\nBERLIN - Rail talks resumed on Tuesday.\n\nThe union's leader, Klaus Weber, met the transport minister, Jonas Brandt, for three hours. Brandt said the government could not pay more. \"There is no more money in the budget,\" Brandt said.\n\n\"Then the trains will stay in the depots,\" he told Brandt as he left the ministry.",
			"Then the trains will stay", "Klaus Weber"},
		{"a name inside the pronoun's reported clause",
			"Dockers vote\n\nLISBON - Dock workers voted on Wednesday.\n\nThe union president, Rita Ferreira, spoke first. The port company's chief executive, Ana Lopes, answered her. Ferreira accused management of delay. \"We have waited eleven months,\" she said, adding that Lopes had misled the workers.\n\n\"Nobody has misled anyone,\" she said, after Ferreira had left the room.",
			"Nobody has misled anyone", "Ana Lopes"},
		{"a name inside what the pronoun reports, with a subject of its own, may be the pronoun's",
			"Mayor faults organisers\n\nDENVER - Mayor Carla Benton is questioning how the debate was run.\n\nShe says that the organisers admitted on Friday that there was a fault with Benton's microphone. \"I spent the night shouting into a dead microphone,\" she said.",
			"I spent the night shouting", "Carla Benton"},
	}, false)
}
