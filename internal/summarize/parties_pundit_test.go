package summarize

import "testing"

// TestHeadlinedCommentator checks that a commentator the headline names
// is the story's subject and a party, while a commentator the headline
// does not name stays an outside voice.
func TestHeadlinedCommentator(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               bool
	}{
		{"named in the headline", "Orla Brennock: Harbour Deal Smells of Panic\n\nThe Marlow Port Authority has asked the dockers' union to sign a new contract by Friday. According to radio host Orla Brennock, the rush smells of panic.\n\nBrennock told her listeners on Monday that the authority was afraid of a strike. \"They know the union has the numbers,\" Brennock said.\n\nThe union said it would study the offer.\n",
			"Orla Brennock", true},
		{"not in the headline", "Harbour Deal Smells of Panic, Union Says\n\nThe Marlow Port Authority has asked the dockers' union to sign a new contract by Friday. According to radio host Orla Brennock, the rush smells of panic.\n\nBrennock told her listeners on Monday that the authority was afraid of a strike. \"They know the union has the numbers,\" Brennock said.\n\nThe union said it would study the offer.\n",
			"Orla Brennock", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if _, got := partyNamed(b, tt.person); got != tt.want {
				t.Errorf("parties %v: %s a party %v, want %v", b.Parties, tt.person, got, tt.want)
			}
		})
	}
}
