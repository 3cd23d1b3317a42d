package summarize

import "testing"

// TestDraftedTextQuoted: words quoted in the modal of drafting ("shall
// …"), or as what a party undertakes to do ("the buyer undertakes to
// “purchase…”"), with no one to say them are the text the paragraph names, its
// subject first, not dropped as a fragment; with no text named in the
// paragraph (or, for a list's item, in the paragraph that brings the list
// in) they stay out.
func TestDraftedTextQuoted(t *testing.T) {
	text := "Cane cutters sign three-year deal\n\n" +
		"ROSE-BELLE — Field workers at the Bel Air estate signed a three-year agreement on Friday after a walkout over the heat.\n\n" +
		"The agreement also contains a clause on temporary workers from the estate’s labour contractors. The estate “shall require every labour contractor engaged for field work to apply the same rates of pay as apply to its own employees.”\n\n" +
		"The union had pushed for direct hiring. The estate, for its part, “shall review the matter in good faith within a year.”\n\n" +
		"4:45 p.m. — The ministry says a memorandum of agreement has been signed. From the summary distributed to the press:\n\n" +
		"- Basic salaries rise by 9% from 1 April.\n\n" +
		"- The 28-day rotation is kept. Any change “shall be subject to the prior agreement of the staff representatives.”\n\n" +
		"The commitments are set out in a memorandum the ministry published on Tuesday. In it, the buyer undertakes to “purchase not less than 75 per cent of the milk from producers in the district.”\n"
	b := treeBrief(t, text)
	if got, _ := speakerOfQuote(b, "shall require every labour contractor"); got != "The agreement" {
		t.Errorf("speaker %q, want The agreement; quotes %+v", got, b.Quotes)
	}
	if got, _ := speakerOfQuote(b, "shall be subject to"); got != "a memorandum of agreement" {
		t.Errorf("list item: speaker %q, want a memorandum of agreement; quotes %+v", got, b.Quotes)
	}
	if got, _ := speakerOfQuote(b, "purchase not less than"); got != "a memorandum" {
		t.Errorf("undertaking: speaker %q, want a memorandum; quotes %+v", got, b.Quotes)
	}
	if got, ok := speakerOfQuote(b, "shall review the matter"); ok {
		t.Errorf("quote with no text named in its paragraph credited to %q; quotes %+v", got, b.Quotes)
	}
}
