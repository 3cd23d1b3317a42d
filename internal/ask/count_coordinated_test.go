package ask

import "testing"

// A count reaches its noun over two modifiers joined by "and", the second
// written with a hyphen ("118 low- and middle-income countries"); an age
// written with hyphens counts no one ("a 68-year-old consultant").
func TestCountOverJoinedModifiers(t *testing.T) {
	art := textArticle(t, `Drugmaker opens malaria pill to generics

Rhine Therapeutics has granted a licence for its malaria pill to the Medicines Patent Pool, allowing generic manufacturers to produce and sell the drug in 118 low- and middle-income countries, the two groups said on Tuesday.

Talks with health ministries took eight months. Grace Amponsah, whose father, a 68-year-old pharmacist, has sold the older pill for years, said the price cut would save lives.
`)
	runAnswerCases(t, []answerCase{
		{name: "joined modifiers", art: art, q: "how many countries does the licence cover", want: []string{"118 low- and middle-income countries"}},
		{name: "an age counts no one", art: art, q: "how many pharmacists sell the older pill", declined: true},
	})
}
