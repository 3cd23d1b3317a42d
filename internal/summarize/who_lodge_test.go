package summarize

import "testing"

// TestLodgeWithItsNumber checks that a union's lodge keeps its number
// as part of its name ("District Lodge 418", "Machinists Lodge 77"), as
// a local union's does, and that a person surnamed Lodge stays a person.
func TestLodgeWithItsNumber(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"lodge and number", `Shipyard workers weigh offer

BATH, Maine - Shipyard workers will vote next week on a four-year contract offer that raises pay by 17 per cent.

District Lodge 418 said in a notice to members that the vote would "settle nothing until the pension language is fixed".

In a separate bulletin on Friday, Machinists Lodge 77 said members would "decide for themselves" whether to accept.`,
			map[string]string{"settle nothing until": "District Lodge 418", "decide for themselves": "Machinists Lodge 77"}},
		{"a person named Lodge", `Shipyard workers weigh offer

BATH, Maine - Shipyard workers will vote next week on a four-year contract offer that raises pay by 17 per cent.

Corinne Lodge, who chairs the bargaining committee, said the offer was "a floor, not a ceiling".`,
			map[string]string{"a floor, not a ceiling": "Corinne Lodge"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}
