package summarize

import "testing"

// TestAcronymOfAnAdjectiveLedName checks that an acronym the story never
// defines stands for the body it names in full when that name opens with
// a capitalised adjective ("the National Environment and Planning Agency"
// … "NEPA said"), as it does for one of nouns alone.
func TestAcronymOfAnAdjectiveLedName(t *testing.T) {
	cases := []struct{ body, short string }{
		{"National Environment and Planning Agency", "NEPA"},
		{"Federal Water Authority", "FWA"},
	}
	for _, c := range cases {
		t.Run(c.short, func(t *testing.T) {
			b := treeBrief(t, "Refinery restart agreed\n\nKINGSTON — The minister said on Monday that the "+c.body+" would monitor the dust.\n\n"+c.short+", for its part, said the plant would be “subject to a new permit with limits on dust,” and that the public would be consulted.")
			sp, ok := speakerOfQuote(b, "subject to a new permit")
			if !ok || sp != c.body {
				t.Errorf("the quote credited to %q (found %v), want %q", sp, ok, c.body)
			}
		})
	}
}

// TestAppositivesBeforeTheVerb checks two appositives set off before a
// verb of saying that the parser read otherwise: a body's description
// between commas after a spokesman for it ("A spokesman for MONUSCO, the
// UN mission in Congo, said", read as two subjects), and a name between
// commas after a role with a relative clause ("The undersecretary … who
// is chairing the talks, Raffaella Dell’Orto, has posted", the name hung
// from a comma).
func TestAppositivesBeforeTheVerb(t *testing.T) {
	cases := []struct{ sentence, quote, want string }{
		{"A spokesman for MONUSCO, the UN peacekeeping mission in Congo, said the mission was ready to “support the checks if the parties request it.”", "support the checks", "A spokesman for MONUSCO"},
		{"A spokeswoman for Oxfam, the British charity, said the group would “watch the talks very closely.”", "watch the talks", "A spokeswoman for Oxfam"},
		{"The undersecretary at the ministry who is chairing the talks, Raffaella Dell’Orto, has posted on X: “Today we want a signature.”", "Today we want", "Raffaella Dell’Orto"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			b := treeBrief(t, "Plant sale talks\n\nROME — Talks on the sale of the plant resumed on Monday.\n\n"+c.sentence)
			sp, ok := speakerOfQuote(b, c.quote)
			if !ok || sp != c.want {
				t.Errorf("the quote credited to %q (found %v), want %q", sp, ok, c.want)
			}
		})
	}
}

// TestNameGivenInASecondRelativeClause checks that "she said" after "a
// woman who grows thyme and who gave her name only as Miss Pearline" is
// that name, given in the second of two relative clauses, as it is when a
// single clause gives it.
func TestNameGivenInASecondRelativeClause(t *testing.T) {
	b := treeBrief(t, "Refinery to restart\n\nKINGSTON — The refinery will restart next year.\n\nOn a plot outside Top Hill, I met a woman who grows scallion and thyme on two acres and who gave her name only as Miss Pearline. She showed me her pepper plants. “I had to wash every leaf before market,” she said.")
	sp, ok := speakerOfQuote(b, "I had to wash")
	if !ok || sp != "Pearline" && sp != "Miss Pearline" {
		t.Errorf("the quote credited to %q (found %v), want Miss Pearline", sp, ok)
	}
}

// TestLastHolderOfARole checks that "the president said" after two
// presidents named with their titles is the one named last, in the
// sentence before or in the same paragraph, not the first.
func TestLastHolderOfARole(t *testing.T) {
	b := treeBrief(t, "Cane workers sign deal\n\nThe union had asked for 14% in the first year. Its president, Premila Sooklall-Gopee, said the shelters mattered more than the money. “You cannot negotiate with the sun,” Sooklall-Gopee said.\n\nThe commission’s president, Sharmila Ramtohul, who chaired the meetings, said both sides had shown flexibility. “The first meeting ended with shouting,” the president said.")
	sp, ok := speakerOfQuote(b, "The first meeting ended")
	if !ok || sp != "Sharmila Ramtohul" {
		t.Errorf("the quote credited to %q (found %v), want Sharmila Ramtohul", sp, ok)
	}
}

// TestReligiousTitlesAreRoles checks that "the imam said" is the one
// person the story named with that title ("Imam Abdelkerim Issa Moussa"),
// and "he said" right after it is that person too, not the priest quoted
// before.
func TestReligiousTitlesAreRoles(t *testing.T) {
	b := treeBrief(t, "Corridor agreed\n\nThe talks began with two men of religion. Abbé Justin Ndoubabé, the Catholic priest in Djoli, and Imam Abdelkerim Issa Moussa, who leads prayers at the mosque in the herders' camp, spent a month visiting both sides.\n\n“We did not talk about cattle at first,” Ndoubabé said.\n\nThe imam said the first meeting almost ended before it began. “Nobody wanted to speak first,” he said.")
	sp, ok := speakerOfQuote(b, "Nobody wanted to speak first")
	if !ok || sp != "Abdelkerim Issa Moussa" {
		t.Errorf("the quote credited to %q (found %v), want Abdelkerim Issa Moussa", sp, ok)
	}
}

// TestRoleInANamedBodyIsNotTheLastSpeaker checks that "The chairwoman of
// the union said…" right after the minister spoke is not the minister:
// a role in a body the phrase names is someone of that body.
func TestRoleInANamedBodyIsNotTheLastSpeaker(t *testing.T) {
	b := treeBrief(t, "Port strike talks resume\n\nHELSINKI — The transport minister, Jukka Salonen, said the government would not intervene. “This is a matter for the two sides,” the minister said.\n\nLater, the minister told reporters that a deal was close. “The conciliator has done good work,” the minister added.\n\nThe chairwoman of the union said the strike would continue. “We stay out until the offer improves,” the chairwoman said.")
	sp, ok := speakerOfQuote(b, "We stay out")
	if ok && sp == "Jukka Salonen" {
		t.Errorf("the chairwoman's words credited to the minister, %q", sp)
	}
}
