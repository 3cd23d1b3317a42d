package summarize

import "testing"

// TestBroadcasterIsASource checks that a broadcaster named by its radio
// or television station reports the story and is no party in it, while
// a body whose name only holds such a word elsewhere is left alone.
func TestBroadcasterIsASource(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Harbury Radio", true},
		{"Cedar Valley Television", true},
		{"Radio Workers' Union", false},
		{"Television Producers Guild", false},
		{"Harbury Port Authority", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isSourceBody(tt.name); got != tt.want {
				t.Errorf("isSourceBody(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}
