package ask

import "testing"

// TestWhoOwnsNeedsAWordOfOwning checks that "who owns X?" is not
// answered by a sentence that names X with one who only runs it (its
// managing director) and a synonym of "own" in another sense ("has held
// weekly meetings"), and is answered by one that writes a word of owning
// ("owned by").
func TestWhoOwnsNeedsAWordOfOwning(t *testing.T) {
	const head = `Tenants of Harrowgate blocks win repair pledge

HARROWGATE — Tenants of the four Quillon Homes blocks on Marsh Lane will get new roofs and lifts by next spring, after a six-week rent strike ended on Tuesday.

About 300 households had withheld rent since early March over leaking roofs and broken lifts. The two blocks next door are privately owned and were not part of the strike.

`
	runner := textArticle(t, head+`Petra Vosk, the managing director of Quillon Homes, has held weekly meetings with the tenants' committee since May.`)
	runAnswerCases(t, []answerCase{
		{"one who runs it", runner, "who owns quillon homes", nil, []string{"Petra Vosk"}, true},
	})
	owner := textArticle(t, head+`Quillon Homes, which is owned by the Brenmark Property Group, said the repairs had been planned for some time and would cost about 1.2 million pounds.`)
	runAnswerCases(t, []answerCase{
		{"a word of owning", owner, "who owns quillon homes", []string{"Brenmark Property Group"}, nil, false},
	})
}
