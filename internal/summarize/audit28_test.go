package summarize

import (
	"strings"
	"testing"
)

// TestAudit28RoleKinds checks that a description taken up with "the" is
// the one person the story gave a role of that kind: "the agent" for
// "Håkon Berg, a Bergen-based football agent who represents…", "the
// diplomat" for an ambassador, "the academic" for a political scientist, "the former executive" for one who was
// "then head of purchasing" at a firm; but not "the executive" who takes
// up "a studio executive" the story brought in unnamed: that source, as
// the story brought it in.
func TestAudit28RoleKinds(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an apposition with a compound adjective and a relative clause",
			"League and players settle image-rights row\n\nOSLO - Norway's football league and its players settled a dispute over image rights on Monday.\n\nAccording to both sides, the deal came when Håkon Berg, a Bergen-based football agent who represents four of the players, proposed splitting the shirt sponsorship. \"It was simple arithmetic,\" said Berg. The league's director, Kari Nygaard, said the board had accepted the split. The agent said the players had taken \"less than they were owed, because they wanted to play this season\".",
			"less than they were owed", "Håkon Berg"},
		{"a diplomat who is an ambassador",
			"Donors agree grid list\n\nHANOI - Donors and the government agreed a list of grid projects on Tuesday.\n\nThe Ambassador of Norway, Ingrid Solberg-Dahl, speaking on behalf of the donors, said the group had heard the government's concerns. \"We are committed to making this work,\" Ambassador Solberg-Dahl said. The deputy minister, Tran Van Minh, said the list was a start.\n\nThe diplomat said the donors would \"look carefully at every option\" to lower the cost of loans.",
			"look carefully at every option", "Ingrid Solberg-Dahl"},
		{"a former executive who was then head of a department",
			"Hop growers remember a hard bargainer\n\nBRUSSELS - Hop growers on Monday remembered the negotiator who won them a minimum price.\n\nBuyers were angry at first. Pieter Claes, then head of purchasing at the Belgian brewer Brouwerij Zenne, sat across the table from him that summer. \"He was the most patient man I ever met,\" Claes recalled. Growers' leader Marc Dubois said the price had saved many farms.\n\nThe former executive said the brewers had accepted the floor because \"the alternative was no beer at all\".",
			"the alternative was no beer", "Pieter Claes"},
		{"an academic who is a political scientist",
			"Truce plan welcomed\n\nPATTANI - Residents welcomed a truce plan on Friday.\n\nRohana Sa-i, a political scientist at the provincial university, said the difference this time was a monitoring team. \"Now there is someone to call,\" she said. Village head Somchai Dee said the roads were quieter.\n\nBut smaller cells could try to wreck the plan. \"The spoilers are the real test,\" the academic said.",
			"The spoilers are the real test", "Rohana Sa-i"},
		{"a kind of role is not taken up where the story used the word for someone unnamed",
			"Animators near deal\n\nLOS ANGELES - Animation writers and studios moved closer to a deal on Saturday.\n\n\"We are closer than we were,\" guild president Dana Whitmore told reporters.\n\nA studio executive familiar with the talks, who spoke on condition of anonymity, said the studios would accept notice before new tools were used. \"Nobody on our side wants to replace artists,\" the executive said.",
			"Nobody on our side wants", "A studio executive familiar with the talks"}, // as the story brought the source in, not the guild president
	}, false)
}

// TestAudit28SameKin checks that a relative taken up again by the same
// word for the same person's kin ("his eldest daughter said" after "said
// his daughter, Abena Mensah-Boateng,") is the one the story named so.
func TestAudit28SameKin(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the same kin of the same person, named before in apposition",
			"Cocoa negotiator dies at 79\n\nACCRA - Kofi Asamoah, who won cocoa farmers a living-income premium, has died.\n\n\"He spent fifty years arguing with powerful people,\" said his daughter, Abena Asamoah-Boateng, a paediatrician in Kumasi. Trade minister Yaw Osei said the premium had changed the industry. \"He was the most patient man I ever met,\" Osei said.\n\nHe is survived by his wife, Akosua, and by three children.\n\n\"He asked for jollof and a newspaper on his last day,\" his eldest daughter said.",
			"He asked for jollof", "Abena Asamoah-Boateng"},
	}, false)
}

// TestAudit28BlockQuotes checks that a paragraph a short paragraph before
// it introduces with a verb of saying and a colon ("The governor
// added:") is a quotation of the one who says it, as a page's block
// quote is once its layout is gone; and that a paragraph introduced so
// that holds quotation marks of its own is left to them.
func TestAudit28BlockQuotes(t *testing.T) {
	const text = "Governor faults rival\n\nRALEIGH - Governor Pat Morrow attacked his rival on a radio show on Tuesday.\n\n\"She's a disgrace,\" Morrow said.\n\nThe governor added:\n\nIt's typical of her. She knows nothing, but the mouth never stops. She has no idea what happened here.\n\nHer campaign said:\n\nThe governor's remarks were \"beneath the office\" and would not be answered.\n"
	checkAudit2(t, []audit2Case{
		{"a block introduced by a verb of saying and a colon", text, "It's typical of her", "Pat Morrow"},
	}, false)
	b := treeBrief(t, text)
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, "The governor's remarks") {
			t.Errorf("a paragraph with quotation marks of its own made a block quotation: %q", q.Text)
		}
	}
}

// TestAudit28BodyRoles checks that a role named with a body's name ("the
// Nordbank analyst") is the one person the story tied to that body ("Tobias
// Engström of Nordbank Markets asked…"), where no one holds the title
// itself.
func TestAudit28BodyRoles(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a person of a body, taken up by a role and the body's name",
			"Lessor confirms talks\n\nDUBLIN - Shannon Aero Capital confirmed exclusive talks with a Japanese trading house on Tuesday.\n\nOn the call, Tobias Engström of Nordbank Markets asked whether the board would consider rival offers. Chief executive Declan Hayes said the board would do what the rules require. \"We will do what our owners deserve,\" Hayes said.\n\nA long-standing shareholder said several funds would resist a low offer. \"They have time on their side,\" the Nordbank analyst added.",
			"They have time on their side", "Tobias Engström"},
	}, false)
}
