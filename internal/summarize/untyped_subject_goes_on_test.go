package summarize

import (
	"strings"
	"testing"
)

// TestUntypedNameGoesOn checks that "he said" after a sentence whose
// subject is a name the entity model left untyped ("Van Tonder", its
// particle capitalised at the start of the sentence) is that person, not
// the man named before, when coreference linked the pronoun to pronouns
// alone or to the other man: with the name made the sentence's root and
// its verb hung below it, and with an adjective read as a passive
// participle (untypedSubjectBefore).
func TestUntypedNameGoesOn(t *testing.T) {
	trawlers := `Trawler crews settle pay with owners in Port Meridan

Trawler crews in Port Meridan agreed a new pay scale on Friday after a week of talks.

09:10 — Union organiser Tobias Kandjii arrived early with the crew delegates. “We want a fair share of the catch,” he said.

10:30 — Gerrit van Tonder, operations director of Meridan Trawling, said fuel costs had risen sharply. “Diesel went up by a fifth,” he said.

17:45 — Kandjii spoke to the crews first. “It is not everything, but our people will accept it,” he said. The crews will vote on Monday.

18:00 — Van Tonder, for the trawler firms, looked weary. “It costs us more than we planned,” he conceded. “But a week tied up in port would have cost us the season.”
`
	trams := `Tram drivers and city operator reach late agreement in Korvana

Drivers at the Korvana tram company called off Thursday's walkout after a day of mediation at the town hall.

11:05 — Drivers' spokesman Emil Haraszti came out for a cigarette. “We are not leaving without a rota that lets people sleep,” he said.

13:40 — Gerrit van Tonder, the operator's network manager, said two routes would close without new hires. “We cannot run nights on goodwill,” he said.

19:15 — Haraszti told the crowd the rota had been rewritten. “It is not perfect, but our drivers will take it,” he said. The union will vote on Friday.

19:30 — Van Tonder was more reserved. “It will cost us more than we budgeted,” he conceded. “A stoppage in the exam week would have cost more.”
`
	checkAudit2(t, []audit2Case{
		{"name made the root", trawlers, "It costs us more", "Gerrit van Tonder"},
		{"name made the root, carried", trawlers, "But a week tied up", "Gerrit van Tonder"},
		{"the other man before", trawlers, "It is not everything", "Tobias Kandjii"},
		{"adjective read as a passive", trams, "It will cost us more", "Gerrit van Tonder"},
		{"adjective read as a passive, carried", trams, "A stoppage in the exam", "Gerrit van Tonder"},
		{"the other man before, trams", trams, "It is not perfect", "Emil Haraszti"},
	}, false)
}

// TestAccordingToGoesOn checks that "he said" right after a sentence
// credited "According to Halvorsen, …" stands for Halvorsen, the
// sentence's source, even where coreference joined the pronoun to the
// body the sentence makes its subject ("the buyer"), not the analyst
// named before (previousSubject, accordingToName).
func TestAccordingToGoesOn(t *testing.T) {
	text := `Cider maker sold to Kessler group after growers win price guarantee

The sale of Brenford Cider to the Kessler group was signed on Thursday, ending months of talks.

“The growers held out until the end, and they were right to,” said Anders Halvorsen, who founded the cidery in 1994. “Without their apples there is nothing to buy.”

Piet Aalberg, an analyst at Marchmont Bank, said the buyer had paid a fair price for a small producer. “They paid for the orchards, not the brand,” he said.

According to Halvorsen, the buyer has undertaken to keep all 60 pickers for at least three seasons. “The pickers asked me one thing, and it was not the price,” he said.
`
	_, tr := analysed(t, text)
	a := tr.a
	he, buyer := -1, -1
	for i := range a.Tokens {
		switch {
		case a.Tokens[i].Text == "he" && strings.Contains(a.Span(a.Sentences[a.Tokens[i].Sent].First, i), "not the price"):
			he = i
		case a.Tokens[i].Text == "buyer" && strings.Contains(a.Span(a.Sentences[a.Tokens[i].Sent].First, i), "According"):
			buyer = i
		}
	}
	if he < 0 || buyer < 0 || a.Tokens[he].Mention < 0 || a.Tokens[buyer].Mention < 0 {
		t.Fatalf("fixture: he %d, buyer %d, or their mentions not found", he, buyer)
	}
	// The model's slip: "he" put in the cluster of "the buyer".
	moveMention(a, a.Tokens[he].Mention, a.Mentions[a.Tokens[buyer].Mention].Cluster)
	if n, _ := tr.pronounSource(he); n != "Anders Halvorsen" {
		t.Errorf("pronounSource(he) = %q, want %q", n, "Anders Halvorsen")
	}
}
