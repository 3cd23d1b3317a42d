package summarize

import "testing"

// TestParticipleSubjects checks that a past participle right after the
// subject of "said" ("An official briefed on the talks said…") describes
// the subject, whether the parser read it as a past tense run on before
// the verb of saying, hung the participle's phrase from that verb, or
// read the participle as the root and its preposition as the conjunction
// of the verb of saying's clause ("on the talks said"): the
// source is the whole description, participle and phrase included. A
// text's participle ("an order published by the gazette says") is left
// as it was.
func TestParticipleSubjects(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"participle read as a past tense",
			"Ceasefire talks stall\n\nBy Lena Marsh\n\nTalks between the Marovian Front and the government stalled on Tuesday in Port Salde.\n\nA Marovian Front official briefed on the talks said the group would not disarm first. \"We will not give up our rifles and then be told to wait,\" he said.\n",
			"We will not give up our rifles", "A Marovian Front official briefed on the talks"},
		{"participle's phrase hung from said",
			"Border talks\n\nBy Lena Marsh\n\nDelegations from Norland and Valdoria met again on Friday in Castelmar.\n\nA senior Nordic envoy briefed on those meetings said the tone had improved. \"Nobody trusts anybody, but they are at least arguing over maps,\" the envoy said.\n",
			"Nobody trusts anybody", "A senior Nordic envoy briefed on those meetings"},
		{"preposition read as the verb of saying's conjunction",
			"Island talks\n\nBy Lena Marsh\n\nTalks on the future of Valdoria broke up again on Tuesday.\n\nA Greek Cypriot envoy briefed on the talks said Marteno had repeated his demand for a separate seat before any serious bargaining could start. \"We learned nothing on the map, only on the mood,\" the envoy said.\n",
			"We learned nothing on the map", "A Greek Cypriot envoy briefed on the talks"},
	}, false)
}
