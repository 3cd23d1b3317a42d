package summarize

import "testing"

// The story's writers, named after "by" at its top, report what others
// say: a pronoun that coreference links to one of them stands for the
// person named last before it who is not. "Led by" a minister names a
// leader, no writer.
func TestWritersAreNoSources(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"live blog", `LIVE: Port strike day 2 — talks resume in Antwerp

Live updates by Sofie Claes and Pieter Janssens in Antwerp. All times local.

7:40 a.m. — Good morning. Day two of the strike at the port of Antwerp, where about 6,000 dockers walked out on Monday after talks on a new pension scheme broke down.

8:10 a.m. — Pieter caught up with union president Marc Peeters on his way into the talks. He said pensions, not pay, were the issue, and he said it at some length:

“We have members who start at five in the morning and finish after dark, and they want to know they can stop before their knees do. That is not a luxury, that is what they paid for.

“The employers call that a cost. We call it a promise. We will sign a deal that keeps it.”

9:30 a.m. — The port authority says 40 ships are waiting at anchor.
`, "We have members who start", "Marc Peeters"},
		{"each writer where they write from, and a source of one name whom a relative clause makes a person", `LIVE: Fisheries talks in Colombo

Live updates by Tharini Perera in Colombo and Karthik Raman in Rameswaram. All times local.

9:00 a.m. — Good morning. Officials from India and Sri Lanka meet today on the fate of 64 detained fishermen.

5:40 p.m. — At the harbour in Rameswaram, Karthik spoke to Valli, whose husband has been held in Jaffna since March. She said only, “Tell them to send him before the festival.”
`, "Tell them to send him", "Valli"},
		{"led by", `Delegation arrives for trade talks

Led by Trade Minister Ana Ruiz Vidal, the Chilean delegation arrived in Brussels on Monday for a fourth round of talks on the wine quota.

Ruiz Vidal met the EU's chief negotiator, Markus Brenner, over dinner. She said the quota was "the last real obstacle."
`, "the last real obstacle", "Ana Ruiz Vidal"},
	}, false)
}
