package summarize

import "testing"

// Texts that speak go by the kind of text the story says they are, not
// by their length or whose they are, and a name set in marks of its own
// (an alias, a nom de guerre) is no second person.
func TestTextLabelsAndAliases(t *testing.T) {
	texts := map[string]string{
		"labels": `Ferry operators and crews settle pay dispute

The ferry operators and the seafarers' union published a four-page joint statement on Monday after talks in Piraeus. "The parties will meet again in March to review rosters," the four-page joint statement said.

The operators' association also released its business plan. "Two new routes will open in 2027," its business plan said.
`,
		"alias": `Rebels and government extend truce in Geneva

Government negotiator Clara Ibarra Soto said the two sides had agreed to a joint mine-clearing zone.

The FRS’s delegation head, Tomás Ruiz Peralta, who is known inside the movement by the alias “Simón Cauca”, said the fighters had agreed to the inspection plan “as a goodwill step, not a surrender,” and renewed their demand that sick prisoners be freed.

“We have comrades in prison who are dying of illnesses that any clinic could treat,” he told reporters outside the villa. “A truce that keeps them there is a truce with one eye shut.”
`,
		"plain": `Dockers end strike after deal on rosters

The port operator and the dockers' union initialled an interim agreement on Monday after three weeks of talks in Rotterdam, ending a strike that had idled the container terminals.

The union's leader, Maarten de Vries, said the deal was a fair one. "We got what we came for," de Vries said.

"Both parties shall review the rosters within ninety days," the agreement says.
`,
	}
	checkAudit2(t, []audit2Case{
		// "four-page" counts the pages; "its" says whose: neither says
		// which text.
		{"the joint statement/The parties will meet again", texts["labels"], "The parties will meet again", "the joint statement"},
		{"the business plan/Two new routes", texts["labels"], "Two new routes", "the business plan"},
		// A text with nothing to drop stays as written.
		{"the agreement/Both parties shall review", texts["plain"], "Both parties shall review", "the agreement"},
		{"Maarten de Vries/We got what we came for", texts["plain"], "We got what we came for", "Maarten de Vries"},
		// The alias, taken by the parser for the subject of "said", and
		// by coreference for "he", names the man named before it.
		{"Tomás Ruiz Peralta/as a goodwill step", texts["alias"], "as a goodwill step", "Tomás Ruiz Peralta"},
		{"Tomás Ruiz Peralta/We have comrades in prison", texts["alias"], "We have comrades in prison", "Tomás Ruiz Peralta"},
	}, false)
}
