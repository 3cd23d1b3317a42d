package summarize

import "testing"

// TestTextTakenUpAgain checks quoted terms of a text that the sentence
// after it takes up as "it", or that the parties take on "under" it: the
// text's words, not a fragment left to no one.
func TestTextTakenUpAgain(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"it, after the text as the subject",
			"Fishing talks end\n\nThe accord sets the hake quota at 41,000 tonnes. It also obliges both fleets to \"report every landing within 48 hours to the joint commission\".",
			"report every landing within 48 hours", "The accord"},
		{"it, after the text reports",
			"Dock strike ends\n\nBeyond wages, the draft contract states that the port will \"keep the current roster for three years\". It also commits the employer to \"no disciplinary action against any worker who joined the stoppage\".",
			"no disciplinary action against any worker", "the draft contract"},
		{"under the text",
			"Truce signed in Doha\n\nUnder the accord, both sides undertake to \"halt all drone strikes on towns along the river\" for sixty days.",
			"halt all drone strikes", "the accord"},
	}, false)
}

// TestNoRelativeWordInADescription checks that a source described by a
// phrase the relative clause after it asks not to be named ("one
// official from a neighbouring country who asked not to be identified") is that
// phrase, without the relative word.
func TestNoRelativeWordInADescription(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a relative clause asking for anonymity",
			"Quota talks stall\n\n\"The northern fleet would not accept any cut at all,\" said one official from a neighbouring country who asked not to be identified.",
			"The northern fleet would not accept", "one official from a neighbouring country"},
	}, false)
}

// TestUnnamedExecutiveGoesOn checks that "he said" after an unnamed
// source whose role word the tagger could read as an adjective ("A
// Canadian shipping executive in Halifax, who asked not to be named
// because his company…") is that source, not left open.
func TestUnnamedExecutiveGoesOn(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an unnamed executive, then he said",
			"Talks ended on Friday. Liang Zhiqiang, the managing director, said the company would sign.\n\nA Canadian shipping executive in Halifax, who asked not to be named because his company is in its own talks with the government, said other producers were studying the deal closely. \"Everybody now knows the price. It is 8%,\" he said.",
			"Everybody now knows the price", "A Canadian shipping executive in Halifax"},
	}, false)
}

// TestHeAfterQuotedSentence checks that "he said" closing a quotation
// whose first sentence stands alone ("“My sons asked me…. Now I can tell
// them no,” he said") goes on with the speaker credited for the
// quotation before, not a name in the narration further back (a city
// whose name the entity model reads as a person's).
func TestHeAfterQuotedSentence(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a quotation of two sentences after a credited one",
			"Fishing deal signed\n\nIn Guet Ndar, the crowded fishing quarter of Saint-Louis, news of the deal spread from boat to boat within minutes.\n\n\"For six weeks I have been repairing nets that did not need repairing,\" said Moustapha Sall, 41, who captains a pirogue with a crew of 14.\n\n\"My two eldest sons asked me if we should take the boat north. Now I can tell them no,\" he said.",
			"My two eldest sons asked me", "Moustapha Sall"},
	}, false)
}

// TestQuotedAsSaying checks that in "X quoted Y as saying…" the words are
// Y's, not the outlet's that quoted them.
func TestQuotedAsSaying(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a news agency quoting an official",
			"Reactor talks end\n\nThe agency and the government ended three days of talks on Friday. The state news agency quoted a senior official as saying that the accord \"leaves no pretext for new sanctions at the board\".",
			"leaves no pretext for new sanctions", "a senior official"},
		{"television citing a named minister",
			"Reactor talks end\n\nThe agency and the government ended three days of talks on Friday. State television cited Hamid Rezaei as saying that the inspectors would be \"welcome within the month\".",
			"welcome within the month", "Hamid Rezaei"},
	}, false)
}

// TestOneNamePerson checks that a person known by one name, brought in
// with a description set off after it ("said Tserendorj, a 63-year-old
// herder"), is the "he" of the quotation after, not the person named in
// full before.
func TestOneNamePerson(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"one name and a description",
			"Mine deal signed\n\n\"The market was pricing in something much worse,\" said Rajiv S. Menon, head of research at a broker in the capital.\n\n\"The royalty goes to the capital. The dust comes to us,\" said Batbold, a 58-year-old herder whose family grazes goats near the pit.\n\n\"Nobody asked about our wells,\" he said.",
			"Nobody asked about our wells", "Batbold"},
	}, false)
}

// TestTextSetOutInAText checks that a statement that a deal was "set out
// in" speaks for itself: the deal, a text too, did not make it.
func TestTextSetOutInAText(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a deal set out in a joint statement",
			"Inspectors to return\n\nThe agency and the government agreed on Friday to restore cameras at two sites.\n\nThe deal, set out in a three-page joint statement, covers a workshop and a former mine.\n\nThe joint statement said the government would allow \"the return of monitoring equipment to both sites within a month\".",
			"the return of monitoring equipment", "The joint statement"},
	}, false)
}

// TestToldThatKeepsTheReporter checks that words quoted inside what a
// sentence's opening participle reports ("Told that the ministry had
// said it “understood the concerns”…, the union leader scoffed") are the
// ministry's, not those of the one who was told.
func TestToldThatKeepsTheReporter(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"told that a ministry had said",
			"Ferry strike goes on\n\nThe crews walked out on Monday. Told that the shipping ministry had said on Tuesday that it \"shared the worries\" of crews, the union leader Yiannis Kostakis scoffed. \"Sharing is free,\" he said.",
			"shared the worries", "the shipping ministry"},
	}, false)
}

// TestOwnedClaimIsAStatement checks that a noun of saying with its owner
// and a that-clause ("Trump's declaration that it had been a bomb") is a
// statement by the owner, and that a noun the parser made the root of a
// misparsed sentence is none.
func TestOwnedClaimIsAStatement(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an owned declaration",
			"Clinton speaks\n\nAsked about Trump's declaration that it had been a bomb, Clinton said the facts mattered.",
			"it had been a bomb", "Trump"},
		{"an owned demand",
			"Rail talks\n\nThe union's demand that the branch line be reopened was rejected by the operator on Monday.",
			"the branch line be reopened", "The union"},
	}, true)
}

// TestCueWhoseContentHoldsTheWords checks that quoted words inside what a
// cue reports ("said in a statement that it considered the offer “fair
// and reasonable”") are that cue's, not a nearer cue's after them whose
// content does not hold them ("… and would urge shareholders to accept
// it").
func TestCueWhoseContentHoldsTheWords(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a statement's that-clause before a conjoined cue",
			"Bus maker sale\n\nVitkovice’s board said in a statement that it considered the offer “fair and reasonable” and would urge shareholders to accept it.",
			"fair and reasonable", "Vitkovice’s board"},
	}, false)
}
