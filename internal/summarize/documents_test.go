package summarize

import "testing"

// TestDocumentNouns checks that the words a text of record goes by
// (an arrangement, a prospectus, a manifesto, a petition) make the
// noun a document whose quoted words are its own ("The arrangement
// commits the parties to “set annual catch limits…”"), as an
// agreement's are.
func TestDocumentNouns(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"an arrangement", "Five states agree on mackerel\n\nBERGEN, May 2 - Five coastal states agreed on Friday to share the North Atlantic mackerel catch.\n\nThe arrangement commits the parties to \"set annual catch limits that do not exceed the scientific advice\" and creates a panel to hear complaints.",
			map[string]string{"set annual catch limits": "The arrangement"}},
		{"a prospectus", "Brewer lists in Prague\n\nPRAGUE, May 2 - The brewer said on Friday that it would list its shares in Prague next month.\n\nThe prospectus warns that the company \"may not be able to pass higher barley costs on to its customers\" in the coming year.",
			map[string]string{"may not be able to pass": "The prospectus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}
