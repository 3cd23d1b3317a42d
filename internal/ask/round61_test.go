package ask

import (
	"strings"
	"testing"
)

// TestCountUnits checks that a number counted by a unit noun ("60 head of
// cattle", "300 pairs of boots") counts what follows "of", and that a
// question about something else the sentence does not count is still
// declined.
func TestCountUnits(t *testing.T) {
	art := textArticle(t, "Herders sign grazing pact\n\nMOROTO — Elders from two districts signed a grazing agreement on Friday after a month of talks. Under the pact, a family that loses an animal to raiders is owed 60 head of cattle by the raiders' clan. The army will hand out 300 pairs of boots to the new community guards.")
	runAnswerCases(t, []answerCase{
		{name: "head of cattle", art: art, q: "how many cattle is a family owed", want: []string{"60 head of cattle"}},
		{name: "pairs of boots", art: art, q: "how many boots will the army hand out", want: []string{"300 pairs"}},
		{name: "goats not counted", art: art, q: "how many goats were stolen", declined: true},
	})
}

// TestPriceOfAPurchase checks that "how much is X paying for Y" is
// answered with the sum a verb of buying takes ("agreed to buy Y for
// …"), where the old answer gave only a sum the story names beside "pay"
// that is no price (a loan that pays for it), and that a sum a verb costs ("would cost around
// €9 billion a year") still answers for that verb.
func TestPriceOfAPurchase(t *testing.T) {
	art := textArticle(t, "Dairy deal agreed\n\nRIGA — Nordmilk, the Swedish dairy group, has agreed to buy Latpiens, the largest milk processor in Latvia, for €640 million including debt, the companies said on Thursday. Latpiens employs 2,300 people at four plants.\n\nThe deal needs the approval of the competition council. Nordmilk said it would pay for the acquisition with cash and a new bank loan of €400 million. Its shares rose 2% in Stockholm.\n\nFarmers' groups said the union's wage demands at the plants would cost the company around €9 million a year.")
	runAnswerCases(t, []answerCase{
		{name: "price of the purchase", art: art, q: "how much is nordmilk paying for latpiens", want: []string{"€640 million"}},
		{name: "what demands cost", art: art, q: "how much would the wage demands cost per year", want: []string{"€9 million"}},
	})
}

// TestSayWhenAndUndersecretary checks a say-question about "the
// undersecretary" (a role word like "secretary"), asked with "when …":
// when they spoke, not what about, so the quotation need not hold the
// clause's words.
func TestSayWhenAndUndersecretary(t *testing.T) {
	art := textArticle(t, "Plant sale talks\n\nROME — Talks on the sale of the Teano plant resumed at the industry ministry on Monday.\n\n9:15 a.m. — The undersecretary at the ministry who is chairing the talks, Anna Conti, has posted on X: “Today we want a signature.”\n\n5:00 p.m. — The deal is signed. Unions and the buyer shook hands in the Sala Verde.\n\n5:10 p.m. — Conti spoke to reporters in the courtyard. “Nobody leaves this building happy, but nobody is left alone,” the undersecretary said.")
	runAnswerCases(t, []answerCase{
		{name: "when the deal was signed", art: art, q: "what did the undersecretary say when the deal was signed", want: []string{"Anna Conti"}},
	})
}

// TestWhoAreTheXNamesSomeone checks that "who are the X" is answered only
// by a sentence that names someone the question does not: declined where
// the story only says there are some ("with backers in three
// continents", "with two potential buyers"), answered where it names
// them, and answered by a country that acts, not one that is only where
// something is.
func TestWhoAreTheXNamesSomeone(t *testing.T) {
	vague := textArticle(t, "Refinery sold\n\nKINGSTON — Meridian Metals, a company registered in Dubai with backers in three continents, is buying the idle plant for US$310 million. The consortium has signed memorandums with two potential buyers of the alumina.")
	named := textArticle(t, "Refinery sold\n\nKINGSTON — Meridian Metals is buying the idle plant for US$310 million. Its backers are the Harbour Capital fund and the pension fund of Ontario teachers. Qatar mediated the last round of talks.")
	runAnswerCases(t, []answerCase{
		{name: "backers only counted", art: vague, q: "who are the backers of meridian metals", declined: true},
		{name: "buyers only counted", art: vague, q: "who are the two buyers of the alumina", declined: true},
		{name: "backers named", art: named, q: "who are the backers of meridian metals", want: []string{"Harbour Capital"}},
		{name: "a country that acts", art: named, q: "who was the mediator of the talks", want: []string{"Qatar"}},
	})
}

// TestStartIsTakingEffect checks that "when does X start" is answered by
// the sentence that says when X takes effect, not by one that only says
// when it was signed.
func TestStartIsTakingEffect(t *testing.T) {
	art := textArticle(t, "Truce signed in Doha\n\nDOHA — The government of Congo and the MPPK, a rebel group that controls much of Kalehe territory, signed a ceasefire on Wednesday and agreed to free the prisoners each side holds within 30 days, after eleven days of talks mediated by Qatar.\n\nUnder a declaration signed at a hotel in the Qatari capital, both sides will “cease all offensive operations from 00:00 local time on 12 April.”\n\nThe truce was brokered by Qatar after eleven days of talks. The rebels will leave the lakeside town of Minova within 14 days, and a joint commission will check that both sides keep their word.\n\nAid groups said tens of thousands of people had fled the fighting since January. Many are sheltering in schools and churches in the provincial capital, where food prices have doubled.\n\nThe government said the talks on a final agreement would resume in Doha next month, with the disarmament of the rebels the first item.\n\nThe ceasefire takes effect at midnight on Friday. The commission is due to hold its first meeting within a week of that.")
	runAnswerCases(t, []answerCase{
		{name: "takes effect", art: art, q: "when does the ceasefire start", want: []string{"midnight on Friday"}},
	})
}

// TestPaidForIsAPrice checks that "how much is X paying for Y" is not
// answered by a sum X pays into something else ("pay US$1.5 million a
// year into a community fund"), but by the price it buys Y for.
func TestPaidForIsAPrice(t *testing.T) {
	art := textArticle(t, "Refinery to restart\n\nKINGSTON — Meridian Metals, a company registered in Dubai, is buying the idle plant and its mining rights for US$310 million and has promised to restart production within eighteen months.\n\nThe plant closed in 2016. Its 1,100 workers lost their jobs overnight.\n\nUnder the restart agreement, Meridian will rehire at least 900 workers, spend US$60 million on the plant’s boilers and pay US$1.5 million a year into a community fund run by the parish council.")
	runAnswerCases(t, []answerCase{
		{name: "price, not the fund", art: art, q: "how much is meridian paying for the refinery", want: []string{"US$310 million"}},
	})
}

// TestHowMuchOfAMass checks that "how much water will the plant produce"
// is answered by the sentence that measures the water ("300 million cubic
// metres of drinking water"), not by an earlier one with a figure of
// something else ("pump the water 450 kilometres").
func TestHowMuchOfAMass(t *testing.T) {
	art := textArticle(t, "Jordan signs water deal\n\nAMMAN — Jordan on Sunday signed a water purchase agreement with Qasr Water Partners, the consortium that will build a desalination plant on the Red Sea coast at Aqaba and a pipeline to pump the water 450 kilometres north and almost a kilometre uphill to Amman.\n\nThe country is one of the driest in the world.\n\nThe plant is designed to produce 300 million cubic metres of drinking water a year, roughly 40% of the country’s supply.")
	runAnswerCases(t, []answerCase{
		{name: "volume of water", art: art, q: "how much water will the aqaba plant produce", want: []string{"300 million cubic metres"}},
	})
}

// TestMeasureUnitsCountTheirMass checks that a figure in a unit of
// measure counts the mass named after its "of" ("300 million cubic
// metres of drinking water" measures water), as a share does.
func TestMeasureUnitsCountTheirMass(t *testing.T) {
	a := textArticle(t, "Water deal\n\nAMMAN — The plant is designed to produce 300 million cubic metres of drinking water a year.")
	found := false
	for i, s := range a.sents {
		if strings.Contains(s, "cubic metres") {
			found = true
			if !a.counts(i, porter("water")) {
				t.Errorf("%q does not count water", s)
			}
		}
	}
	if !found {
		t.Fatal("no sentence with the figure")
	}
}

// TestVoteTally checks that "what was the vote count" and "what was the
// council vote" are answered by the tally ("by 1,904 votes to 611",
// "voted 6-3"), the article never writing "count".
func TestVoteTally(t *testing.T) {
	mine := textArticle(t, "Miners accept deal\n\nANTOFAGASTA — Workers at the Cerro Blanco copper mine voted on Friday to accept a new three-year contract, calling off a strike.\n\nMembers of the largest union, which represents 2,650 of the mine's 3,900 employees, approved the deal by 1,904 votes to 611 in a ballot held at the mine, the union said.")
	council := textArticle(t, "Council approves stadium lease\n\nRIVERTON — The city council voted 6-3 on Monday night to approve a 25-year lease with the baseball team, ending nine months of talks.")
	runAnswerCases(t, []answerCase{
		{name: "vote count", art: mine, q: "what was the vote count", want: []string{"1,904 votes to 611"}},
		{name: "council vote", art: council, q: "what was the council vote", want: []string{"6-3"}},
	})
}
