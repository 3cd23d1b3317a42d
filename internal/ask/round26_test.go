package ask

import "testing"

// TestRound26Issues: "how long did the first session last?" is answered
// by the sentence that says "the first session", not by an earlier "first
// direct talks", which another word for a session only stands in for when
// no sentence says the question's own; "where are the talks taking
// place?" by the sentence where the delegations met in a place, not by
// one where aid convoys come from places and the talks are only named;
// "the official who chaired it" is the official, not "it"; "Caricom" is
// the Caribbean Community, a word of the beginnings of its name's words;
// "the CS" is the Cabinet Secretary of a title written with capitals;
// "where were the talks held?" by "talks in Bergen", not by a place in
// another clause; "which year was the agreement signed?" by a date that
// a "when" clause about the signing follows, wherever the parser hung
// that clause; and counties "hit" by a strike are those it paralysed;
// "who heads the NDF panel?" is not answered by the chairman of another
// panel; "the panel chair" is its chairman; and "the NPA" is the "New
// People’s Army" the article writes with a curly apostrophe; "when did
// the lockout kick in?" asks when it began, whatever the verb; "the
// consultancy Sosa works for" is the one she is chief economist at; and
// "what is CN offering?" is answered by a quotation that goes on from a
// credit to CN's executive two sentences back; "where were the talks
// held?" by the story's dateline when its first sentence says only
// "here", and "how long was the Oslo round?" by the "four-day round" of
// that sentence; while "where will the next round be held?" is not
// answered by where the story was filed; "what did the retail federation
// say?" and "what did the NRF say?" ask about the National Retail
// Federation, whose vice president speaks for it; and "what did Su urge?"
// finds "a spokesperson said Su had urged them …", a surname of two
// letters being a name too (but "He" of "Liu He" no pronoun); "what is
// the deadline for a firm offer?" asks for a day, which "has until March
// 9 to make a firm offer" sets, not for the offer on the table; and
// "what needs to happen before the deal takes effect?" is answered by what
// "must" happen, and "what truce are the mediators trying to secure?"
// need not find "trying".
func TestRound26Issues(t *testing.T) {
	fish := textArticle(t, `Fishing talks open in Bergen

BERGEN - Norway and the European Union opened their first direct talks in three years on fishing quotas for the North Sea on Monday.

Two officials familiar with the talks said the first session lasted about four hours and dealt almost entirely with the quota for herring.

The talks are due to end on Friday.`)
	truce := textArticle(t, `Gaza truce talks resume

CAIRO - Delegations from Israel and Hamas met in Cairo on Tuesday for their first direct contacts in two months, as Egyptian and Qatari mediators pressed for a humanitarian truce that would open aid routes into northern Gaza and Rafah.

Two people familiar with the ceasefire talks said the first session was devoted almost entirely to the routes that aid convoys into Gaza would take from El Arish and from the Kerem Shalom crossing.

The mediators hope to announce a truce before the end of the week.`)
	guyana := textArticle(t, `Guyana and Venezuela agree on river commission

BRASILIA - Guyana and Venezuela agreed on Wednesday to set up a joint commission on river traffic.

The meeting at the Itamaraty Palace lasted seven hours, Brazilian officials said.

The Brazilian official who chaired the session said the two delegations had been "far calmer than the newspapers suggest".

Ann Rowe, the Caribbean Community's special envoy on the dispute, said the bloc would "stand with Guyana's sovereignty".`)
	kenya := textArticle(t, `Doctors' strike talks collapse

NAIROBI - Talks between the health ministry and the doctors' union collapsed on Monday, prolonging a strike that has paralysed public hospitals in 38 counties.

The union is pressing for the payment of salary arrears dating back to 2019, when the last collective bargaining agreement was signed.

Health Cabinet Secretary Mary Otieno said the offer was final. "We cannot pay interns more than we pay the nurses," she said.`)
	mackerel := textArticle(t, `Mackerel talks end without deal

OSLO - Norway, the European Union and Britain ended a week of mackerel talks in Bergen without agreeing how to share the catch.

Britain has argued that more of the mackerel now spends its summer in British waters, and the mackerel talks will resume in December.`)
	panels := textArticle(t, `Peace panels end Oslo round

OSLO - Government and rebel negotiators ended a four-day round of talks on Friday without a ceasefire.

Government peace panel chairman Carlos Reyes described the outcome as modest. “We did not come here expecting miracles,” Reyes said.

The National Democratic Front (NDF) panel, headed by Luisa Ocampo, said the government must free detained consultants first.

Army spokesman Colonel Jose Balmo said the New People’s Army had been “reduced to a handful of weakened fronts”.`)
	rail := textArticle(t, `Railway locks out workers

MONTREAL - Northern Rail locked out 9,000 workers on Saturday after talks with the union broke down.

The lockout took effect at 12:01 a.m. on Saturday.

Northern Rail’s executive vice-president, Helen Varga, said the company had no choice. “Uncertainty is the worst thing for our customers,” Varga told reporters. “Our offer includes wage increases of 12 per cent over three years.”

Gabriela Sosa, chief economist at the consultancy Ecoplan, said the dispute could cut growth.`)
	oslo := textArticle(t, `Peace panels end round without ceasefire

OSLO - Government and rebel negotiators wrapped up a four-day round of talks here on Friday with an agreement on prisoner releases.

It was the first formal round since the two sides met in Manila in 2023.

The panels said they would meet again, without saying where.`)
	ports := textArticle(t, `Dockworkers strike enters second week

BALTIMORE - A strike that has shut container terminals from Maine to Texas entered its second week on Monday.

"Every day of this strike costs our members money," said Jonathan Gold, vice president at the National Retail Federation.`)
	labor := textArticle(t, `Labor secretary meets port negotiators

WASHINGTON - Acting Labor Secretary Julie Su met both sides of the port strike in Washington on Saturday.

A Labor Department spokesperson said Su had urged them "to reach a fair agreement quickly." He said the department would not intervene.`)
	bid := textArticle(t, `Harbourline rejects sweetened offer

LONDON - Harbourline Ports rejected a sweetened takeover offer from Castell Infrastructure on Monday, saying the 412 pence-a-share proposal still undervalued the company.

Castell's chief executive, Martin Greer, said he was disappointed by the rejection.

Greer, who built Castell through a string of port acquisitions, has until March 9 to make a firm offer or walk away under UK takeover rules.`)
	sixty := textArticle(t, `Mediators press for Gaza truce

CAIRO - Egyptian and Qatari mediators pressed Israel and Hamas on Tuesday to accept a 60-day humanitarian truce that would open aid routes into northern Gaza.

Delegations from both sides met in Cairo for their first direct contacts in two months.`)
	trade := textArticle(t, `EU and Indonesia clinch trade deal

BRUSSELS - The European Union and Indonesia concluded negotiations on a free trade agreement on Tuesday after nine years of talks.

The agreement must be approved by EU governments and the European Parliament before it can take effect.`)
	runAnswerCases(t, []answerCase{
		{"needs to is must", trade, "What needs to happen before the deal takes effect?", []string{"must be approved"}, nil, false},
		{"trying to is a frame", sixty, "How long a humanitarian truce are the Egyptian and Qatari mediators trying to secure?", []string{"60-day"}, nil, false},
		{"a deadline is a day", bid, "What is the deadline for a firm offer?", []string{"March 9"}, nil, false},
		{"a two-letter surname", labor, "What did Su urge?", []string{"fair agreement quickly"}, nil, false},
		{"a body by words of its name", ports, "What did the retail federation say?", []string{"costs our members money"}, nil, false},
		{"a body by its initials", ports, "What did the NRF say?", []string{"costs our members money"}, nil, false},
		{"where, by the dateline", oslo, "Where were the talks held?", []string{"Oslo"}, nil, false},
		{"how long, by a round the dateline places", oslo, "How long was the Oslo round?", []string{"four-day round"}, nil, false},
		{"where next is no dateline's", oslo, "Where will the next round be held?", nil, nil, true},
		{"kick in is begin", rail, "When did the lockout kick in?", []string{"12:01 a.m."}, nil, false},
		{"where someone works, by a role at a body", rail, "What's the consultancy Sosa works for?", []string{"Ecoplan"}, nil, false},
		{"a quotation going on from a credit to a body's executive", rail, "What wage increase is Northern Rail offering?", []string{"12 per cent"}, nil, false},
		{"the head of the panel the question names", panels, "Who heads the NDF panel?", []string{"Luisa Ocampo"}, []string{"Carlos Reyes"}, false},
		{"a panel chair is its chairman", panels, "What did the government panel chair say about miracles?", []string{"expecting miracles"}, nil, false},
		{"an acronym of a name with a curly possessive", panels, "What did the army spokesman say about the NPA?", []string{"handful of weakened fronts"}, nil, false},
		{"the official who chaired it", guyana, "What did the Brazilian official who chaired it say?", []string{"far calmer"}, nil, false},
		{"a word of the beginnings of a name's words", guyana, "What did the Caricom envoy say?", []string{"stand with Guyana"}, nil, false},
		{"the initials of a capitalised title", kenya, "What did the CS say about interns?", []string{"more than we pay the nurses"}, nil, false},
		{"a date a when clause follows", kenya, "Which year was the last collective bargaining agreement signed?", []string{"2019"}, nil, false},
		{"hit is paralysed", kenya, "How many counties are hit by the strike?", []string{"38 counties"}, nil, false},
		{"where talks were held, by the talks' place", mackerel, "Where were the mackerel talks held?", []string{"in Bergen"}, []string{"British waters"}, false},
		{"the first session, not the first talks", fish, "How long did the first session last?", []string{"four hours"}, []string{"three years"}, false},
		{"the first session, asked in other words", fish, "How long did the first session go on for?", []string{"four hours"}, []string{"three years"}, false},
		{"where talks take place, by where the sides met", truce, "Where are the Gaza talks taking place?", []string{"met in Cairo"}, []string{"El Arish"}, false},
	})
}
