package nlp

import "testing"

// TestMergeMoneyOverPlaceWords: an amount in a currency named by its
// country's words ("150,000 Solomon Islands dollars") is the amount,
// whichever kind of place the model took the country's words for; a place
// that reaches past the amount stays.
func TestMergeMoneyOverPlaceWords(t *testing.T) {
	tests := []struct {
		name  string
		named []Entity
		want  []string
	}{
		{"a place inside the amount", []Entity{{Type: LOC, First: 3, Last: 5}}, []string{MONEY}},
		{"a country inside the amount", []Entity{{Type: GPE, First: 3, Last: 5}}, []string{MONEY}},
		{"a body inside the amount stays", []Entity{{Type: ORG, First: 3, Last: 5}}, []string{ORG}},
		{"a place past the amount stays", []Entity{{Type: LOC, First: 3, Last: 7}}, []string{LOC}},
	}
	values := []Entity{{Type: MONEY, First: 2, Last: 6}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mergeEntities(tt.named, values)
			var types []string
			for _, e := range got {
				types = append(types, e.Type)
			}
			if len(types) != len(tt.want) || types[0] != tt.want[0] {
				t.Errorf("merged %v, want %v", types, tt.want)
			}
		})
	}
}
