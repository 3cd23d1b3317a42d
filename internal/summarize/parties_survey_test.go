package summarize

import "testing"

// TestSurveyIsNoParty checks that a survey or a census named in the story
// holds data and is no party, while a body whose name only holds such a
// word elsewhere stays one.
func TestSurveyIsNoParty(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Harbury Household Survey", false},
		{"Lakeland Farm Census", false},
		{"Census Workers' Union", true},
		{"Survey Institute of Marlow", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := partyName(tt.name, KindOrganisation); got != tt.want {
				t.Errorf("partyName(%q) ok %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}
