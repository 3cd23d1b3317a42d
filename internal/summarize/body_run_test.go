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
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q; quotes %+v", c.text, got, c.want, b.Quotes)
		}
	}
}
