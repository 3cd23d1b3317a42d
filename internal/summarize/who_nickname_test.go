package summarize

import "testing"

// TestNicknameInsideName checks that a person written with a nickname in
// quotation marks between the given name and the surname ("Joaquim “Tatu”
// dos Reis") is one person, whom a later "he" stands for, named without
// the nickname; before, the marks split the name and the quotation had
// no speaker.
func TestNicknameInsideName(t *testing.T) {
	text := `Truckers hold the line

BRASILIA - Truck drivers kept their blockades on the main highways for a fifth day on Thursday as talks with the government dragged on.

Joaquim “Tatu” dos Reis, the radio host who called the first blockade, is not taking part in the talks. Most drivers listen to him more than to the national federation.

In a voice message sent to drivers this afternoon, he said: “The federation can sign what it likes. The road decides.”`
	got := treeBrief(t, text)
	for _, q := range got.Quotes {
		if q.Text == "The federation can sign what it likes. The road decides." {
			if q.Speaker != "Joaquim dos Reis" {
				t.Errorf("speaker %q, want Joaquim dos Reis", q.Speaker)
			}
			return
		}
	}
	t.Errorf("quotation not found in %+v", got.Quotes)
}
