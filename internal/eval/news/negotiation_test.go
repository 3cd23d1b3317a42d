package news

import (
	"testing"

	"github.com/parley-bot/parley/internal/summarize"
)

func TestKeysIn(t *testing.T) {
	tests := []struct {
		keys []string
		text string
		want bool
	}{
		{[]string{"8%"}, "Metrovias has offered an 8% increase", true},
		{[]string{"530|£1.3bn"}, "the £1.3bn offer", true},
		{[]string{"talks", "Geneva"}, "Talks resume in Geneva", true},
		{[]string{"talks", "Geneva"}, "Talks resume in London", false},
		{nil, "anything", false},
	}
	for _, tt := range tests {
		if got := keysIn(tt.keys, tt.text); got != tt.want {
			t.Errorf("keysIn(%q, %q) = %v, want %v", tt.keys, tt.text, got, tt.want)
		}
	}
}

func TestSlotRight(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"", "", true},
		{"", "last week", false},
		{"*", "three days", true},
		{"next week", "next week", true},
		{"weekend", "over the weekend", true},
		{"Thursday", "December", false},
		{"Brussels", "", false},
	}
	for _, tt := range tests {
		if got := slotRight(tt.gold, tt.pred); got != tt.want {
			t.Errorf("slotRight(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

// TestScoreItems checks one-to-one matching: a proposal credited to the
// side that rejected it is wrong, a duplicate is wrong, and a prediction
// matching only an optional item is not judged.
func TestScoreItems(t *testing.T) {
	ga := &goldArticle{Parties: []GoldParty{
		{Name: "Deutsche Boerse", Aliases: []string{"German exchange"}, People: []string{"Werner Seifert"}},
		{Name: "London Stock Exchange", Aliases: []string{"LSE"}},
	}}
	b := &summarize.Brief{Parties: []summarize.Party{{Name: "LSE"}, {Name: "Deutsche Boerse"}}}
	m := newSideMatcher(ga, b)
	golds := []goldItem{
		{Keys: []string{"530|£1.3bn"}, By: "Deutsche Boerse"},
		{Keys: []string{"helm"}, By: "Deutsche Boerse"},
		{Keys: []string{"cash"}, By: "Euronext", Optional: true},
	}
	preds := []pred{
		{text: "a 530 pence offer", side: "LSE"},                // wrong proposer
		{text: "the £1.3bn offer", side: "the German exchange"}, // right (alias)
		{text: "the £1.3bn offer again", side: "Seifert"},       // duplicate
		{text: "an all cash bid", side: "Euronext"},             // optional: not judged
	}
	var s ItemScore
	var misses []string
	scoreItems(&s, "x", "proposal", golds, preds, func(g goldItem, p pred) bool { return m.matches(g.By, p.side) }, &misses)
	if s.Gold != 2 || s.Predicted != 3 || s.Right != 1 || s.Found != 1 {
		t.Errorf("score = %+v, want gold 2, predicted 3, right 1, found 1 (misses %q)", s, misses)
	}
}

func TestSideMatcher(t *testing.T) {
	ga := &goldArticle{Parties: []GoldParty{{Name: "Euronext"}, {Name: "United Kingdom", Aliases: []string{"Britain"}, People: []string{"Jack Straw"}}}}
	m := newSideMatcher(ga, &summarize.Brief{Parties: []summarize.Party{{Name: "UK", People: []string{"Jack Straw"}}}})
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Euronext", "Paris-based Euronext", true},
		{"Euronext", "Euronext shareholders", false},
		{"United Kingdom", "Britain", true},
		{"United Kingdom", "Straw", true},
		{"United Kingdom", "UK", true},
		{"United Kingdom", "France", false},
		{"United Kingdom", "", false},
	}
	for _, tt := range tests {
		if got := m.matches(tt.gold, tt.pred); got != tt.want {
			t.Errorf("matches(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

// TestNegotiationGold checks that the embedded gold set parses and that
// every gold side of a proposal or position has a name.
func TestNegotiationGold(t *testing.T) {
	s, err := ScoreNegotiation(map[string]*summarize.Brief{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles != 0 {
		t.Errorf("scored %d articles with no briefs", s.Articles)
	}
}
