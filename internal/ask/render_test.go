package ask

import "testing"

func TestLowerOpening(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The program has expanded well beyond its intent", "the program has expanded well beyond its intent"},
		{"It was ready to resume talks", "it was ready to resume talks"},
		{"Russia was ready to resume talks", "Russia was ready to resume talks"},
		{"I will not sign", "I will not sign"},
		{"Theresa May would resign", "Theresa May would resign"},
	}
	for _, tt := range tests {
		if got := lowerOpening(tt.in); got != tt.want {
			t.Errorf("lowerOpening(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHoldsCredit(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool
	}{
		{"Though that transition was seamless, he said, replacing her would be harder", "said", true},
		{"the talks would resume on Monday", "said", false},
		{"the union, which said it was ready, would strike", "told", false},
	}
	for _, tt := range tests {
		if got := holdsCredit(tt.text, tt.cue); got != tt.want {
			t.Errorf("holdsCredit(%q, %q) = %v, want %v", tt.text, tt.cue, got, tt.want)
		}
	}
}
