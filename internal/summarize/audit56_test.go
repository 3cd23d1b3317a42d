package summarize

import (
	"strings"
	"testing"
)

// TestPlatformIsABody checks that a name set under "platform" ("short-video
// platform Clipwave") is a body, not a person the entity model took it
// for, and that "the platform" that speaks is the one body of that word
// the story named ("The Harbour Civic Platform … The platform said").
func TestPlatformIsABody(t *testing.T) {
	b := treeBrief(t, "Video app signs music licence\n\nSEOUL — The songwriters' society KOSA signed a three-year licence with short-video platform Clipwave on Monday, ending a year-long dispute.\n\nClipwave will pay 3% of its Korean revenue to the society. Clipwave said the deal would let users add Korean songs to their clips again.\n\nThe Harbour Civic Platform, a network of church and business groups, had pressed for a deal for months. The platform said in a statement that the licence was “welcome but late”.")
	if p, ok := partyNamed(b, "Clipwave"); !ok {
		t.Errorf("Clipwave is not among the parties: %+v", b.Parties)
	} else if p.Kind != KindOrganisation {
		t.Errorf("Clipwave is a %s, want an organisation", p.Kind)
	}
	for _, q := range b.Quotes {
		if q.Text == "welcome but late" && !strings.Contains(q.Speaker, "Harbour Civic Platform") {
			t.Errorf("“welcome but late” credited to %q, want the Harbour Civic Platform", q.Speaker)
		}
	}
}

// TestPartitiveCreditBeforeQuotation checks that a quotation credited
// before it by "One of the elders said to her," is theirs, not left
// without a speaker (the parser had hung "said" from "elders" as a
// reduced relative and made "One" the quoted verb's subject).
func TestPartitiveCreditBeforeQuotation(t *testing.T) {
	b := treeBrief(t, "Talks resume\n\nQUITO - The minister visited the wake on Tuesday.\n\nShe sat with the mothers for an hour. One of the elders said to her, “You came without soldiers. Next time, come without the price of diesel.” Everyone laughed.")
	if sp, ok := speakerOfQuote(b, "You came without soldiers"); !ok || !strings.EqualFold(sp, "One of the elders") {
		t.Errorf("the elder's words credited to %q (found %v), want one of the elders", sp, ok)
	}
}

// partyNamed returns the brief's party of that name, and whether there
// is one.
func partyNamed(b *Brief, name string) (Party, bool) {
	for _, p := range b.Parties {
		if p.Name == name {
			return p, true
		}
	}
	return Party{}, false
}

// speakerOfQuote returns the speaker of the brief's quotation that opens
// with prefix, and whether there is one.
func speakerOfQuote(b *Brief, prefix string) (string, bool) {
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, prefix) {
			return q.Speaker, true
		}
	}
	return "", false
}

// TestLiveStamp reads the clock time that opens a live blog's entry.
func TestLiveStamp(t *testing.T) {
	tests := []struct {
		p    string
		want string // the stamp, "" for none
	}{
		{"10:40 p.m. — A spokesperson said", "10:40 p.m. — "},
		{"7.05pm - Talks resumed", "7.05pm - "},
		{"23:15 GMT – The union said", "23:15 GMT – "},
		{"3:20 a.m. AEDT — It is done.", "3:20 a.m. AEDT — "},
		{"10:40 p.m. A spokesperson said", ""},
		{"2026 — a year of talks", ""},
		{"1:5 p.m. — odd", ""},
		{"The 10:40 p.m. — train", ""},
	}
	for _, tt := range tests {
		if got := tt.p[:liveStamp(tt.p)]; got != tt.want {
			t.Errorf("liveStamp(%q) took %q, want %q", tt.p, got, tt.want)
		}
	}
}

// TestLiveBlogEntryCredit checks that a live blog's time stamp is no part
// of the entry's first sentence: the spokesperson it opens with is the
// subject, and the description as written the speaker (not "Relations",
// the last word the parser took for a subject beside the time).
func TestLiveBlogEntryCredit(t *testing.T) {
	b := treeBrief(t, "LIVE: Port strike talks run late\n\nLive updates from Sydney. All times AEDT.\n\n7:05 p.m. — Talks between the port operator and the union resumed at 4 p.m. after nine days of stoppages.\n\n10:40 p.m. — A spokesperson for the federal Minister for Employment and Workplace Relations said the minister was being briefed “every few hours” and urged both parties to “settle this at the table, not on the wharf.”\n\n11:15 p.m. — Still no deal.")
	n := 0
	for _, q := range b.Quotes {
		if q.Text == "every few hours" || strings.HasPrefix(q.Text, "settle this at the table") {
			n++
			if q.Speaker != "A spokesperson for the federal Minister for Employment and Workplace Relations" {
				t.Errorf("%q credited to %q", q.Text, q.Speaker)
			}
		}
	}
	if n != 2 {
		t.Errorf("found %d of the spokesperson's two quotations: %+v", n, b.Quotes)
	}
}

// TestTextSignedByBothSides checks that a text both sides signed speaks
// for itself, named as the story named it the sentence before, its
// length no other kind of text ("The one-page document, signed by both
// parties, says…" after "an in-principle agreement"), not for "both
// parties".
func TestTextSignedByBothSides(t *testing.T) {
	b := treeBrief(t, "Port deal reached\n\nSYDNEY - The commission said the port operator and the union had reached an in-principle agreement early on Friday. The one-page document, signed by both parties, says the company “will not introduce automated cranes before 1 July 2027.”")
	if sp, ok := speakerOfQuote(b, "will not introduce automated cranes"); !ok || !strings.Contains(sp, "in-principle agreement") {
		t.Errorf("the document's words credited to %q (found %v), want the in-principle agreement", sp, ok)
	}
}

// TestTextSignedByBothSidesNamed checks that a text named with the sides
// that signed it is named without them ("A declaration signed by both
// delegations says…"): they made it together, and no one of them speaks.
func TestTextSignedByBothSidesNamed(t *testing.T) {
	b := treeBrief(t, "Truce agreed\n\nROME - The government and the rebels agreed a 90-day truce on Saturday. A declaration signed by both delegations says the parties “shall refrain from any attack on schools and hospitals.”")
	if sp, ok := speakerOfQuote(b, "shall refrain from any attack"); !ok || sp != "A declaration" {
		t.Errorf("the declaration's words credited to %q (found %v), want \"A declaration\"", sp, ok)
	}
}

// TestPartitiveCreditInInterviewAnswer checks that words an interviewee
// quotes from someone else, credited before them by "one of the elders
// said to her,", are that person's, not the interviewee's: the credit's
// phrase is the part ("one of the elders"), not only the group.
func TestPartitiveCreditInInterviewAnswer(t *testing.T) {
	b := treeBrief(t, "Q&A: The mediator who ended the port strike\n\nBy a staff reporter\n\nSANTOS - The strike at the port of Santos ended on Sunday. Helena Vasconcelos Prado, a retired labour judge, mediated the talks. She spoke to us on Monday.\n\nQ: Why did it take so long?\n\nA: Because for the first week we were not negotiating. Each side was waiting for the other to get tired.\n\nQ: What was the hardest moment?\n\nA: The minister came with me to the docks. Afterwards one of the dockers said to her, “You came without the police. Next time, come without the price of diesel.” I think that mattered more than anything.\n\nQ: What happens now?\n\nA: The working groups start on Monday. I hope they work.")
	if sp, ok := speakerOfQuote(b, "You came without the police"); !ok || !strings.EqualFold(sp, "one of the dockers") {
		t.Errorf("the docker's words credited to %q (found %v), want one of the dockers", sp, ok)
	}
}
