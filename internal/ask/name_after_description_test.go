package ask

import (
	"strings"
	"testing"
)

// TestNameAfterDescription checks that a question typed in lower case
// that puts a person's noun before a name ("the commuter nadia
// okafor") asks about the person named, as a title before the name does.
func TestNameAfterDescription(t *testing.T) {
	a := textArticle(t, "Ferry workers in Lagos ended a three-day strike on Friday after the state agreed to cap fuel levies, and commuters went back to the boats. "+
		"Nadia Okafor, who takes the ferry to Ikorodu every day, said the cap came late. “Fuel is half my day,” Okafor said. "+
		"Another commuter, Bola Adeyemi, said the boats were still late. “We wait an hour most mornings,” Adeyemi said.")
	for _, tc := range []struct{ q, name, want string }{
		{"what did the commuter nadia okafor say", "Nadia Okafor", "Fuel is half my day"},
		{"what did the ferry commuter nadia okafor say about fuel", "Nadia Okafor", "Fuel is half my day"},
		{"what did the commuter bola adeyemi say", "Bola Adeyemi", "We wait an hour"},
	} {
		if q := a.parse(tc.q, nil); q.ent == nil || q.ent.full != tc.name {
			t.Errorf("%q: asks about %v, want %s", tc.q, q.ent, tc.name)
		}
		if got := a.Answer(tc.q, nil).Answer; !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want it to hold %q", tc.q, got, tc.want)
		}
	}
}
