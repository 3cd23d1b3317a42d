package summarize

import "testing"

// TestCompoundSubject checks that "the younger Haddad says" after a
// quotation, with "says" parsed as if it were a noun the name modifies,
// has the name for its subject, so that "the younger" picks the son of
// the two Haddads the story gives ages to, not the father quoted before;
// and that a verb with a subject of its own keeps it.
func TestCompoundSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"the younger of two", `Olive growers wait for the border to open

In the hills above Tyre, the harvest is measured in weeks. Karim Haddad, 64, grows olives on 12 hectares, and he has learned to watch the border the way other people watch the weather. "When the crossing is shut, the oil stays in the barrels," Haddad says.

His son, Nabil Haddad, 31, who runs the family press, worries about something else. "My father talks about the border. I talk about the electricity," the younger Haddad says.`,
			map[string]string{"When the crossing is shut": "Karim Haddad", "My father talks about the border": "Nabil Haddad"}},
		{"a subject of its own", `Port strike ends

"We got what we came for," union leader Maria Costa says. "Now we go back to work," she says.`,
			map[string]string{"We got what we came for": "Maria Costa", "Now we go back to work": "Maria Costa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}
