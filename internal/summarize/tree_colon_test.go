package summarize

import "testing"

// TestTitleAppositiveAndColonClause checks three readings of one story:
// a name set off by commas after a long title ("Kenya’s State Minister
// for Water Resources, Achieng Odhiambo Were, called…") is who speaks,
// however the parser joined it to the title's last words; "she" later is
// that person, not the title; and a colon after a clause of any verb
// whose subject is a person ("she did not hesitate:") opens her words.
func TestTitleAppositiveAndColonClause(t *testing.T) {
	b := treeBrief(t, `Kenya and Tanzania share the Mara

NAIROBI, June 3 - Kenya and Tanzania signed an interim deal on Tuesday to share the dry-season flow of the Mara river.

Kenya’s State Minister for Water Resources, Achieng Odhiambo Were, called the agreement “a floor, not a ceiling.” Speaking at the airport on her return, she was more expansive. “For ten years we were told the Mara was too complicated,” she told reporters.

Asked whether she expected the deal to survive a drought, she did not hesitate: “A river treaty survives by being boring.”`)
	want := map[string]bool{"a floor, not a ceiling.": true, "For ten years we were told the Mara was too complicated,": true, "A river treaty survives by being boring.": true}
	seen := 0
	for _, q := range b.Quotes {
		for w := range want {
			if q.Text == w || q.Text+"," == w || q.Text+"." == w {
				seen++
				if q.Speaker != "Achieng Odhiambo Were" {
					t.Errorf("%q credited to %q", q.Text, q.Speaker)
				}
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d quotations: %+v", seen, len(want), b.Quotes)
	}
}
