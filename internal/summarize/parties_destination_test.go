package summarize

import "testing"

// TestDestinationIsAPlace checks that a body named only as where someone
// goes ("went to Harbury General Hospital") is a place, not a party, while
// the same body acting in the story stays one.
func TestDestinationIsAPlace(t *testing.T) {
	tests := []struct {
		name, text, body string
		want             bool
	}{
		{"only a destination", "Ferry Strike Talks Resume\n\nThe Marlow Ferry Company and the seafarers' union resumed talks on Tuesday after a week-long strike. The union wants a five percent raise; the company has offered two.\n\nUnion leader Tomas Ekholm said the company must move. \"We are ready to sail as soon as the offer is fair,\" Ekholm said.\n\nThe company said it had made its best offer. Ekholm went to Harbury General Hospital on Monday after falling ill on the picket line, and later returned to Harbury General Hospital for tests.\n",
			"Harbury General Hospital", false},
		{"acting", "Ferry Strike Talks Resume\n\nThe Marlow Ferry Company and the seafarers' union resumed talks on Tuesday after a week-long strike. The union wants a five percent raise; the company has offered two.\n\nUnion leader Tomas Ekholm said the company must move. \"We are ready to sail as soon as the offer is fair,\" Ekholm said.\n\nThe company said it had made its best offer. Harbury General Hospital said the strike had delayed its deliveries, and Harbury General Hospital asked both sides to settle.\n",
			"Harbury General Hospital", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if _, got := partyNamed(b, tt.body); got != tt.want {
				t.Errorf("parties %v: %s a party %v, want %v", b.Parties, tt.body, got, tt.want)
			}
		})
	}
}
