package summarize

import "testing"

// TestRound53DescribedBodyBefore checks "the union" far from any union
// named by its name, right after one brought in by a description that
// says whose it is ("talks between the bus drivers' union and the
// companies"): that union, not one named paragraphs before for another
// story; and that a union named in the sentences just before still wins.
func TestRound53DescribedBodyBefore(t *testing.T) {
	const digest = "Port and bus talks: a weekly labour briefing\n\n" +
		"In Durban, dockworkers ended a strike on Monday. Thabo Nkosi, who chairs the port branch of the Transport Workers' Union, said members had voted to accept the deal. \u201cWe got the minimum,\u201d he said.\n\n" +
		"In Busan, talks between the bus drivers' union and the association of private bus companies broke up on Tuesday night. The union, which represents about 9,000 drivers, has said it will strike from Thursday if there is no deal.\n\n" +
		"The union is asking for a 7% pay rise. \u201cThe fares went up and the wages did not,\u201d the union said in a statement."
	const named = "Bus drivers in Busan will strike on Thursday, the Transport Workers' Union said on Tuesday.\n\n" +
		"Talks with the bus drivers' employers broke up overnight. \u201cThe fares went up and the wages did not,\u201d the union said."
	checkAudit2(t, []audit2Case{
		{"quoted", digest, "The fares went up", "the bus drivers' union"},
		{"named just before", named, "The fares went up", "Transport Workers' Union"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"reported", digest, "it will strike from Thursday", "the bus drivers' union"},
	}, true)
}

// TestRound53ItGoesOn checks a live blog's "It also says that … “…”"
// after a sentence whose subject is "it" for a text published just
// before, and "It says … “…”" after an entry that names a statement in a
// sentence without a verb ("4:40 a.m. — A short statement from the
// civil aviation authority."): the text's words, and the authority's.
func TestRound53ItGoesOn(t *testing.T) {
	const text = "Live: air traffic controllers' strike talks\n\n" +
		"3:35 a.m. \u2014 The memorandum of agreement has been published on the ministry\u2019s website. It commits the state to \u201chire no fewer than 90 controllers by the end of next year.\u201d It also says that a new radar contract \u201cshall be signed no later than 30 June.\u201d\n\n" +
		"4:40 a.m. \u2014 A short statement from the Civil Aviation Authority of Valdoria, which employs the controllers. It says it will begin recruiting in September and \u201cwelcomes an agreement that keeps the skies open.\u201d"
	checkAudit2(t, []audit2Case{
		{"it after it", text, "shall be signed", "The memorandum of agreement"},
		{"it after a verbless entry", text, "welcomes an agreement", "Civil Aviation Authority of Valdoria"},
	}, false)
}

// TestRound53RevealedAfter checks a quotation standing alone whose
// speaker the next sentence names with "That was …", a title the lists
// may not hold before the name: that person's, not the speaker quoted
// before nor the person the paragraph before is about; and that a "That was …" naming no person leaves the speaker
// before as it was.
func TestRound53RevealedAfter(t *testing.T) {
	const text = "Riverton council approves ballpark lease\n\n" +
		"The council voted 6-3 on Tuesday to approve a 30-year lease for the Riverton Rivets. \"It keeps baseball in this city for a generation,\" said Mayor Allison Whitcomb.\n\n" +
		"The team's owner, Gerald Pike, thanked the council.\n\n" +
		"\"This is a $38 million bet on a study paid for by the people who wanted the stadium.\"\n\n" +
		"That was Councilmember Rhonda Jeffries, one of the three no votes, speaking shortly before the roll call. Jeffries represents the east side."
	const noPerson = "Riverton council approves ballpark lease\n\n" +
		"The council voted 6-3 on Tuesday to approve a 30-year lease for the Riverton Rivets. \"It keeps baseball in this city for a generation,\" said Mayor Allison Whitcomb.\n\n" +
		"\"We will pay it back in ten years, not thirty.\"\n\n" +
		"That was the promise. The lease starts in April."
	checkAudit2(t, []audit2Case{
		{"that was", text, "This is a $38 million", "Rhonda Jeffries"},
		{"no person", noPerson, "We will pay it back", "Allison Whitcomb"},
	}, false)
}

// TestRound53YoungerSurname checks "the younger Tupou said" where two
// brothers share the surname: the one the story set "younger" beside, or,
// with both ages given, the younger by age; not the brother coreference
// took the surname for.
func TestRound53YoungerSurname(t *testing.T) {
	const word = "Pacific players freed for Test windows\n\n" +
		"Few know the old system better than Sione Tupou, the Toulon prop who has played 31 Tests for Tonga. Tupou says he still regrets turning down a call-up in 2021.\n\n" +
		"His younger brother, Viliami Tupou, a wing at Bordeaux, said the rules came at the right moment. \u201cI will never have to choose,\u201d the younger Tupou said."
	const ages = "Farmers wait for the water\n\n" +
		"Otabek Rahimov, 61, grows cotton outside Andijan. \u201cWhen the water is late, the cotton is short,\u201d Rahimov says.\n\n" +
		"His son, Jasur Rahimov, 29, runs the farm\u2019s pumps. \u201cI talk about the diesel,\u201d the younger Rahimov said."
	checkAudit2(t, []audit2Case{
		{"the word beside the name", word, "I will never have to choose", "Viliami Tupou"},
		{"ages", ages, "I talk about the diesel", "Jasur Rahimov"},
	}, false)
}

// TestRound53QuotedByOutletMisparsed checks "The Samoa coach, X, was
// quoted by a New Zealand newspaper last year as saying that … “…”",
// which the parser reads with the coach as an oblique: the coach's words,
// not the newspaper's.
func TestRound53QuotedByOutletMisparsed(t *testing.T) {
	const text = "Pacific players freed for Test windows\n\n" +
		"The Samoa coach, Malakai Leiataua-Hunt, was quoted by a New Zealand newspaper last year as saying that island teams went into big matches \u201cwith one hand tied behind our back.\u201d On Thursday he welcomed the agreement."
	checkAudit2(t, []audit2Case{
		{"quoted by an outlet", text, "with one hand tied", "Malakai Leiataua-Hunt"},
	}, false)
}
