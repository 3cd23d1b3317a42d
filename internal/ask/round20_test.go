package ask

import (
	"strings"
	"testing"
)

// TestRound20: a person asked about by a description the article puts
// otherwise is found by the sentence that introduces them, tied to their
// name in its tree: a word of kin from the other side ("the mother of the
// detained sailor" for "Dana Brooks, whose son Eli was detained"), an
// office by the verb that holds it ("the former head of the statistics
// office" for "…, who ran the statistics office until 2020"); never one
// whose office is lesser ("Deputy Labour Minister …" for "the labour
// minister"), the owner of a spokesman ("a spokesman for Mr Okoro"), a
// group, or a name hyphened into another ("Hale-Moreno" is not Hale); and
// "the Lagos-based economist" is asked by the place's name; a deputy
// minister who leads a delegation is its head; "what wage increase has X
// offered" asks how much X offered; "shut" answers for "closed"; a
// length answers "how long is the border"; and what was told the outlet
// a question names answers "what did X tell CNBC about Y"; and "how
// does X expect …" asks for X's words.
func TestRound20(t *testing.T) {
	port := textArticle(t, `Families wait as ferry talks drag on

Dana Brooks, whose son Eli, 19, was detained with the ferry's crew in March, said families had been told nothing for weeks.

“Every morning I check my phone and every morning there is nothing,” Brooks said.

Peter Lind, who ran the national statistics office until 2020, said the figures did not add up.

“You cannot count the same cargo twice and call it growth,” Lind said.

Deputy Labour Minister Samuel Okoro said the government would not reopen the pay offer.

“The offer on the table is the offer,” Okoro said.

A spokesman for Mr Okoro said later that talks would resume on Monday.

Martin Hale, the union's treasurer, said members were ready to wait.

“We have waited before,” Hale said.

Ana Hale-Moreno, a port economist, said the delays were costing exporters money.

“Every idle day costs the exporters about $2 million,” Hale-Moreno said.

Ifeoma Eze, an economist at a research firm in Lagos, said the dispute would outlast the quarter.

“This will not be settled before the summer,” Eze said.`)
	runAnswerCases(t, []answerCase{
		{"kin from the other side", port, "What did the mother of the detained 19-year-old say?", []string{"check my phone"}, nil, false},
		{"an office held by a verb", port, "What did the former head of the statistics office say?", []string{"same cargo twice"}, nil, false},
		{"a name hyphened into another", port, "What did the union's treasurer say?", []string{"waited before"}, []string{"idle day"}, false},
		{"a place joined to an adjective", port, "What did the Lagos-based economist say about the dispute?", []string{"before the summer"}, []string{"idle day"}, false},
	})
	talks := textArticle(t, `Public servants resume pay talks

The Civil Service Union is seeking raises totalling 12 per cent over three years. The Finance Board has offered 7.5 per cent over four years, plus a one-time payment of $1,000.

The Finance Board has some room to improve its wage offer, according to one insider.

A strike by about 30,000 dockworkers kept 21 ports closed for a third day.

Lena Arutyunyan, the deputy foreign minister leading Armenia's delegation, spoke briefly to reporters.

“We did not come here for the cameras,” Arutyunyan said.

The two countries are trying to agree on their shared border, which runs for about 900 km through the mountains.

Victor Hale, the dockers' union president, took his case to television on Wednesday.

“They made record profits and now they want to replace us with machines,” Hale told CNBC.

Mira Holt, a professor of labor relations at Lakeside University, said the sides were further apart on tone than on money.

“Nobody wins a long strike in this business,” Holt said.`)
	runAnswerCases(t, []answerCase{
		{"how much the proposer offered", talks, "What wage increase has the Finance Board offered?", []string{"7.5 per cent"}, nil, false},
		{"shut for closed", talks, "How many ports have been shut by the strike?", []string{"21"}, nil, false},
		{"a length for how long", talks, "How long is the border between the two countries?", []string{"900 km"}, nil, false},
		{"what was told an outlet", talks, "What did the dockers' union president tell CNBC about the employers?", []string{"record profits"}, nil, false},
		{"what someone expects is their words", talks, "How does the labor relations professor expect a long strike to play out?", []string{"Nobody wins"}, nil, false},
		{"a lesser word of another office", talks, "What did the head of Armenia's delegation say?", []string{"for the cameras"}, nil, false},
	})
	for _, c := range []struct{ head, phrase string }{
		{"groups", "human rights groups"}, // a group
		{"minister", "labour minister"},   // Deputy Labour Minister Samuel Okoro
		{"spokesman", "okoro spokesman"},  // a spokesman for Mr Okoro
		{"treasurer", "port treasurer"},   // one word of two missing
	} {
		if n := port.introducedAs(c.head, strings.Fields(c.phrase)); n != nil {
			t.Errorf("%q resolved to %q", c.phrase, n.full)
		}
	}
	if hyphenedOnly("Hale said", "hale", "Martin Hale") || !hyphenedOnly("Hale-Moreno said", "hale", "Martin Hale") || hyphenedOnly("Hale-Moreno said", "hale", "Ana Hale-Moreno") {
		t.Error("hyphenedOnly")
	}
}
