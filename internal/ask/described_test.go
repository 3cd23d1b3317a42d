package ask

import "testing"

// TestDescribedSpeakers covers "what did X say" where X is a description:
// an acronym the article writes out before the name ("the UN envoy" for
// "United Nations envoy Lena Marsh"), a description with a phrase after
// its head ("the source inside the camp") whose later words the article
// credits to "the source" alone, and a topic the article never words as
// the question does (everything the speaker said, said to be so) unless
// the topic is a name the article never mentions.
func TestDescribedSpeakers(t *testing.T) {
	a := fileArticle(t, "camp-talks.txt")
	tests := []struct {
		name     string
		q        string
		want     []string
		notWant  []string
		declined bool
	}{
		{"an acronym written out before the name", "What did the UN envoy say?", []string{"Lena Marsh", "first convoy"}, []string{"Rahal"}, false},
		{"a phrase after the head", "What did the source inside the camp say?", []string{"simply untrue", "Nobody has left", "afraid of the checkpoints"}, []string{"Marsh"}, false},
		{"an answer line opens with a capital", "What did the source inside the camp say?", []string{"\nA source said"}, []string{"\na source said"}, false},
		{"a topic the article never words so", "What did Omar Rahal say about the weather?", []string{"never mentions “weather”", "withdrew its troops"}, nil, false},
		{"a name the article never mentions", "What did Omar Rahal say about Gary Johnson?", nil, []string{"withdrew"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnswer(t, tt.q, a.Answer(tt.q, nil), tt.want, tt.notWant, tt.declined)
		})
	}
}

// TestCloseSentence: a line that ends a sentence inside closing quotation
// marks takes no second period.
func TestCloseSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"She said the road is open", "She said the road is open."},
		{"She said the road is “open.”", "She said the road is “open.”"},
		{"She asked “why?”", "She asked “why?”"},
		{"She said the road is “open”", "She said the road is “open”."},
		{"Is it open?", "Is it open?"},
	}
	for _, tt := range tests {
		if got := closeSentence(tt.in); got != tt.want {
			t.Errorf("closeSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDescribedOffices covers offices asked about in other words than the
// article gives them: a second office joined to the first in an
// appositive ("its deputy energy minister and its lead negotiator"), a
// derived form of a word of the office ("finance chief" for "chief
// financial officer"), a synonym ("lawyer" for "counsel"), and a
// nationality the sentence names as its country ("the Kazakh foreign
// minister" where the sentence names Kazakhstan), and a noun phrase set
// off by a comma before the name, "of" and all, even with a title in lower
// case between ("The head of the basin council, engineer Marat
// Seitkali").
func TestDescribedOffices(t *testing.T) {
	a := fileArticle(t, "river-compact.txt")
	tests := []struct {
		name    string
		q       string
		want    []string
		notWant []string
	}{
		{"a second office in the appositive", "What did Kyrgyzstan's lead negotiator say?", []string{"Dzhumabaev", "two banks"}, []string{"Nurpeisova", "Temirov"}},
		{"a derived word of the office", "What did Chu Hydro's finance chief say?", []string{"Temirov", "numbers work"}, []string{"Dzhumabaev"}},
		{"a synonym of the office", "What did the farmers' union's lawyer say?", []string{"Ospanova", "paper until the water"}, []string{"Temirov"}},
		{"a nationality the sentence names as a country", "What did the Kazakh foreign minister say?", []string{"Nurpeisova", "stopped arguing"}, []string{"Dzhumabaev"}},
		{"a phrase set off before a title and the name", "What did the head of the basin council say?", []string{"Seitkali", "every cubic metre"}, []string{"Bekova"}},
		{"a role with capitals and 'of' set off before the name", "What did the region's water minister say?", []string{"Bekova", "less than we hoped"}, []string{"Seitkali"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnswer(t, tt.q, a.Answer(tt.q, nil), tt.want, tt.notWant, false)
		})
	}
}
