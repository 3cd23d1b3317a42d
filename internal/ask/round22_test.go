package ask

import (
	"strings"
	"testing"
)

// TestRound22: "what did X call the deal" asks what X called it, not for
// a demand ("call for"); a number counts the conjuncts of the noun it
// counts ("about 6,200 artists, writers and technical workers"); and a
// source described in the sentence that brings it in ("A guild
// negotiator, who also requested anonymity, …") is asked about by those
// words when the next sentence quotes it as "the negotiator", and named
// in the answer as the story brought it in; and "which judge" asks for a
// judge by name, not "a court in Piraeus"; words that go on in the
// paragraph from words plainly credited are the speaker's too; "can't"
// and "taking place" ask for no word of the article; and "the farmer from
// Namangan" is a person described, who "farms … outside Namangan", not
// the town, as "the emergency medicine trainee in Leeds" is one in her
// "specialty training in emergency medicine at a hospital in Leeds".
func TestRound22(t *testing.T) {
	vet := textArticle(t, `UK and EU close in on veterinary deal

Britain and the EU are close to a deal that would scrap most checks on food exports.

The leak drew immediate reaction at Westminster. “This is betrayal in a hairnet,” said the shadow environment secretary, Gareth Pollard. The Liberal Democrats’ Europe spokesperson, Freya Lindsay, said the government should get on with it.`)
	guild := textArticle(t, `Animation guild and studios trade proposals

The guild, which represents about 6,200 artists, writers and technical workers across film and TV, told members in an email that talks had been slow.

One person close to the studios' side said the guild's proposal went too far.

A guild negotiator, who also requested anonymity because the talks are private, disputed that characterization. “Nobody is asking for a ban. We are asking for notice and consent,” the negotiator said.`)
	court := textArticle(t, `Greek seamen extend strike

The seamen's federation extended its strike for another 48 hours on Wednesday.

A court in Piraeus is due to rule on Friday on a request by the shipowners to declare the strike illegal.

Labour mediator Eleni Markou said both sides had agreed to meet at her office on Thursday.`)
	water := textArticle(t, `Uzbekistan and Tajikistan sign water deal

The two governments signed a water-sharing compact in Dushanbe on Monday.

“In winter we have floods, in summer we have dust,” says Rustam Yusupov, who farms 30 hectares of cotton outside Namangan.

“It is a fair deal,” said Dilnoza Rakhimova, the Uzbek water minister. “It gives farmers a calendar.”

In Khujand, Malika Saidova, who leads the women's network of the valley, welcomed the compact. “We can plan again,” she said.`)
	dam := textArticle(t, `Nile dam talks end without a deal

Ethiopia's chief negotiator, Dawit Bekele, said his country had a sovereign right to use its own water.

"Sixty-five percent of Ethiopians still live without electricity," Bekele said. "This dam is not a threat to anyone. It is a light switch for our children."

"We are ready to share data in real time," he added. "What we will not sign is a document that turns a filling agreement into a water allocation treaty."

Sudan wants a binding agreement that includes daily data-sharing.`)
	mackerel := textArticle(t, `Mackerel talks end without a deal

Coastal states ended three days of mackerel talks in Bergen on Thursday without agreeing how to share the catch.

"We cannot accept a share that ignores where the fish actually swim," said Norway's fisheries minister, Kari Bjørnstad.`)
	doctors := textArticle(t, `Resident doctors to strike

Resident doctors in England will stage a five-day walkout after talks with the health secretary broke down.

On the wards, the mood is one of weary resolve. Dr Hannah Kowalski, 29, is in her second year of specialty training in emergency medicine at a hospital in Leeds.

"After tax and loan repayments I earned less per hour than the agency was charging for me," she said.

Health Secretary Daniel Ashworth said there was no more money.`)
	runAnswerCases(t, []answerCase{
		{"a trainee by her training", doctors, "What did the emergency medicine trainee in Leeds say?", []string{"Hannah Kowalski", "loan repayments"}, []string{"Ashworth"}, false},
		{"a negative contraction asks nothing of the article", mackerel, "What can't Norway's minister accept?", []string{"where the fish actually swim"}, nil, false},
		{"taking place", mackerel, "Where are the talks taking place?", []string{"Bergen"}, nil, false},
		{"one who does what the verb says, from a place", water, "What did the farmer from Namangan say?", []string{"Rustam Yusupov", "floods"}, []string{"Rakhimova"}, false},
		{"a description with a place after its head", water, "What did the women's network leader in Khujand say?", []string{"Malika Saidova", "plan again"}, nil, false},
		{"which judge, of a court named by its town", court, "Which judge will rule on the shipowners' request?", nil, nil, true},
		{"which mediator, named", court, "Which mediator will the two sides meet?", []string{"Eleni Markou"}, nil, false},
		{"call with an object", vet, "What did Pollard call the deal?", []string{"betrayal in a hairnet"}, nil, false},
		{"a count of conjuncts", guild, "How many workers does the guild represent?", []string{"6,200"}, nil, false},
		{"a source described the sentence before", guild, "What did the anonymous guild negotiator say the guild is asking for?", []string{"A guild negotiator", "notice and consent"}, nil, false},
	})
	for _, u := range dam.said {
		if strings.HasPrefix(u.text, "What we will not sign") && u.doubtful {
			t.Errorf("words going on from %q's plain credit are doubtful: %+v", u.speaker, u)
		}
	}
}
