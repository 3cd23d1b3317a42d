package summarize

import "testing"

// TestBodyRuns: a body's name that runs over "and", "of" or "to"
// ("the Dockworkers and Seafarers Welfare Forum") is the speaker in
// full, however the entity model cut it; an office ("the Minister of
// Government") is not such a name.
func TestBodyRuns(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"“Every hour at anchor costs our members,” the Dockworkers and Seafarers Welfare Forum said in a statement.\n", "Every hour at anchor", "Dockworkers and Seafarers Welfare Forum"},
		{"The Farmers and Growers Council of Tasmania said the deal was “a fair start”.\n", "a fair start", "Farmers and Growers Council of Tasmania"},
		{"The OSCE Mission to Moldova said the talks had been “businesslike and, at times, difficult”.\n", "businesslike", "OSCE Mission to Moldova"},
		{"Tasmania's Division of Water Resources said the leases were “increasingly common”.\n", "increasingly common", "Tasmania's Division of Water Resources"},
		{"“We will not sign under pressure,” said the Minister of Government, Rosa Quintero Salcedo.\n", "We will not sign", "Rosa Quintero Salcedo"},
		{"The Workers’ Union No. 1 said it would “report any attempt to use replacement workers”.\n", "report any attempt", "Workers’ Union No. 1"},
		{"The Security Council on Friday called the attack “a clear threat to peace”.\n", "a clear threat", "Security Council"},
		{"The Saint Kitts Hospitality and Tourism Association said the deal showed “that disputes can be resolved”.\n", "that disputes can", "Saint Kitts Hospitality and Tourism Association"},
		{"The sale must be approved by the Commission for Protection of Competition, which said on Tuesday that it would rule “within the statutory deadline.”\n", "within the statutory", "Commission for Protection of Competition"},
		{"The Lubombo Water and Agricultural Development Enterprise, the state agency that runs the scheme, said the agreement was “a model for the region”.\n", "a model for", "Lubombo Water and Agricultural Development Enterprise"},
		{"“We have not chased an investor away,” said Mines and Energy Minister Petrus Haufiku.\n", "We have not chased", "Petrus Haufiku"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q; quotes %+v", c.text, got, c.want, b.Quotes)
		}
	}
}
