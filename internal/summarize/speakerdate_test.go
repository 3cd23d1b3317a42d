package summarize

import (
	"strings"
	"testing"
)

// TestDateIsNoSpeaker checks that a month the parser set a person beside
// ("in February, a woman … asked") is not taken for the speaker.
func TestDateIsNoSpeaker(t *testing.T) {
	b := treeBrief(t, `Talks on the lithium plant resumed in La Paz on Monday.

"Information first, money second," the negotiator said. At a meeting in Colcha K in February, a woman who had walked since dawn stood up and asked, "If the water goes, will the company send us a lawyer or a truck of water?"`)
	for _, q := range b.Quotes {
		if strings.Contains(q.Text, "truck of water") {
			if q.Speaker == "February" || !strings.Contains(q.Speaker, "woman") {
				t.Errorf("speaker %q, want the woman", q.Speaker)
			}
			return
		}
	}
	t.Errorf("no quote about the truck of water among %+v", b.Quotes)
}

// TestRoleInClauseAfterApposition checks that "the secretary-general"
// takes up the person an apposition's clause gave that office ("Mariko
// Ōtsuka, the lawyer who serves as the union's secretary-general").
func TestRoleInClauseAfterApposition(t *testing.T) {
	checkAudit2(t, []audit2Case{{"serves as", `Japan's baseball players voted to strike on Monday.

"This time they are fighting for the right to decide their own careers," said Mariko Ōtsuka, the lawyer who serves as the union's secretary-general.

The league said it would not change its offer. Asked whether the union was prepared to miss the opening series, the secretary-general said: "Nobody votes for a strike hoping to use it."`, "Nobody votes", "Mariko Ōtsuka"}}, false)
}

// TestAnonymousIntroByOne checks that a source brought in with "one"
// ("One negotiator for the companies said…") is the unnamed source "the
// negotiator" takes up: the parser hangs "one" as a number, not a
// determiner.
func TestAnonymousIntroByOne(t *testing.T) {
	_, tr := analysed(t, `Talks between the port and its workers broke down on Monday.
One negotiator for the companies said the offer was final. "We have nothing more to give," the negotiator said.`)
	intro, src := -1, -1
	for i, tok := range tr.a.Tokens {
		if tok.Text == "negotiator" {
			if intro < 0 {
				intro = i
			} else {
				src = i
			}
		}
	}
	if src < 0 {
		t.Fatal("no second negotiator")
	}
	if got := tr.anonymousIntro(src); got != intro {
		t.Errorf("anonymousIntro = %d, want %d (the noun of One negotiator)", got, intro)
	}
}
