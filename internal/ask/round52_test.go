package ask

import "testing"

// TestRound52LeadNamesTheTopic checks that a story without a headline,
// whose lead names what it is about and which names it again further
// down, answers a question about that name from a sentence that does not
// repeat it ("Who moderated the Harbour Labour Forum?": "moderator Ines
// Albarrán kept the two sides to time"), while a name the lead gives once
// in passing is no topic to drop ("who chairs the Coastal Shippers
// Council?" is not answered with the dockers' union's chair).
func TestRound52LeadNamesTheTopic(t *testing.T) {
	art := textArticle(t, `Dock employers and the port workers' union traded offers on Thursday at the Harbour Labour Forum, the first public meeting of the two sides since the strike began, in a hall hired by the Coastal Shippers Council.

The Harbour Labour Forum was set up in 2019 to give both sides a place to talk outside the formal bargaining rounds.

Union leader Tomás Ferreira said the employers' offer of a 4% rise "does not pay for the night shifts".

Moderator Ines Albarrán kept the two sides to ten minutes each and closed the session after two hours.

Another session of the Harbour Labour Forum is planned for next month, Ferreira said, and union chair Maria Lopes would attend.`)
	runAnswerCases(t, []answerCase{
		{"the forum is the topic", art, "Who moderated the Harbour Labour Forum?", []string{"Ines Albarrán"}, nil, false},
		{"a name in passing", art, "who chairs the Coastal Shippers Council?", nil, []string{"Maria Lopes"}, true},
	})
}

// TestRound52TitleOfTwoPortfolios checks that a title joining two
// portfolios with "and" ("Trade and Industry Minister") gives its holder
// both: "the industry minister" is the one person so titled, whose words
// answer, and a question on what the words were said at finds them where
// the quotation runs over two sentences and only the second says where
// ("… told a press conference").
func TestRound52TitleOfTwoPortfolios(t *testing.T) {
	art := textArticle(t, `Ghana and Norway sign fisheries accord

ACCRA, May 6 - Ghana and Norway signed a five-year fisheries accord on Wednesday after nine months of talks over catch limits off the Ghanaian coast.

Trade and Industry Minister Kwame Asante-Boateng said the accord would bring 300 new jobs to the port of Tema.

"We did not give away a single fish we could not afford to give. The quotas are ours to set, and we set them," Asante-Boateng told a press conference in Accra.

Norway's ambassador, Ingrid Solheim, said both sides had moved.`)
	runAnswerCases(t, []answerCase{
		{"one title, two portfolios", art, "what did the industry minister say", []string{"300 new jobs"}, nil, false},
		{"the press conference", art, "what did the industry minister say at the press conference", []string{"ours to set"}, nil, false},
	})
}

// TestRound52DelegationHeadNegotiates checks that whoever heads a
// country's delegation to talks is its head (or lead) negotiator, asked
// about so, and that another country's delegation head is not.
func TestRound52DelegationHeadNegotiates(t *testing.T) {
	art := textArticle(t, `Shipping levy talks stall in London

LONDON, April 9 - Talks on a global levy on shipping emissions stalled on Thursday after a week of negotiations at the International Maritime Organization.

Liu Wenbo, who heads China's delegation, told the plenary that "developing countries must not pay twice for a problem they did not create".

The Marshall Islands' delegation, led by Tina Kabua, wants a levy of $150 a tonne.

Delegates will meet again in October.`)
	runAnswerCases(t, []answerCase{
		{"head negotiator", art, "what did china's head negotiator say?", []string{"pay twice"}, nil, false},
		{"lead negotiator", art, "what did the chinese lead negotiator say", []string{"pay twice"}, nil, false},
		{"not another country's", art, "what did india's head negotiator say", nil, []string{"pay twice"}, true},
	})
}

// TestRound52HeadOfItsBody checks that "the head of" a body is whoever
// leads it, the article naming the office by "its" after the body
// ("The hauliers' federation … Its president, Greta Lindqvist, …").
func TestRound52HeadOfItsBody(t *testing.T) {
	art := textArticle(t, `Toll talks end without deal

STOCKHOLM, Feb. 2 - Talks between the transport ministry and road hauliers over a new motorway toll ended without agreement on Monday.

The hauliers' federation, whose members run most of the country's trucks, struck a harsher tone. Its president, Greta Lindqvist, put it more bluntly.

"Every krona we pay in tolls is a krona we cannot pay our drivers," Lindqvist told the TT news agency.

The ministry said it would publish a revised plan in March.`)
	runAnswerCases(t, []answerCase{
		{"its president leads it", art, "what did the head of the hauliers' federation say", []string{"pay our drivers"}, nil, false},
	})
}

// TestRound52PlaceOfTheParagraph checks that a person described with a
// place the sentence before in the same paragraph gives ("In Kasama, the
// town closest to the mine, … Joseph Banda, a bus driver, …") fits a
// description with that place ("the bus driver in kasama"), while a
// person of another paragraph does not.
func TestRound52PlaceOfTheParagraph(t *testing.T) {
	art := textArticle(t, `Zambia and copper miner agree new royalty

LUSAKA, July 8 - Zambia and the copper miner Kafue Resources agreed a new royalty on Tuesday, ending a four-month suspension of work at the company's Kasama mine.

In Kasama, the town closest to the mine, the suspension was felt mostly by contract workers. Joseph Banda, a bus driver for one of the contractors, spent the winter selling charcoal.

"Four months I was sitting at home. I am happy they signed," Banda said.

In Lusaka, Mary Phiri, a bus driver for the city council, said traffic had not changed.`)
	runAnswerCases(t, []answerCase{
		{"the place of the paragraph", art, "what did the bus driver in kasama say", []string{"sitting at home"}, nil, false},
	})
}

// TestRound52SaidOnPurpose checks that a quotation a purpose clause
// introduces ("stopped on the steps to say this: “…”") is what the
// speaker said, while words someone is dared to say are not.
func TestRound52SaidOnPurpose(t *testing.T) {
	art := textArticle(t, `Steelworks talks go through the night

SHEFFIELD, May 2 - Talks to save the Hallam steelworks went on through the night.

Energy Minister Clare Whitby arrived at the department at 7 p.m. She ignored most of the questions shouted from the pavement, but stopped on the steps to say this: “I am not here to sign a blank cheque.”

The union leader, Rob Dale, dared her to say that the plant would close.`)
	runAnswerCases(t, []answerCase{
		{"said on purpose", art, "what did the energy minister say when she arrived", []string{"blank cheque"}, nil, false},
	})
}

// TestRound52ConjoinedLeading checks a relative clause of two verbs, the
// second of which says what the person leads ("…, who runs a family
// orchard and heads the region's association of apple growers,"): she is
// "the apple grower" asked about, her words all hers.
func TestRound52ConjoinedLeading(t *testing.T) {
	art := textArticle(t, `Apple growers win tariff cut

WELLINGTON, March 3 - New Zealand and India agreed on Tuesday to halve the tariff on apples.

For growers in Hawke's Bay, the argument is simple. Aroha Ngata, who runs a family orchard near Havelock North and heads the region's association of apple growers, said the cut would pay for a new packhouse. “Last March our fruit sat in Mumbai for a month,” she said.`)
	runAnswerCases(t, []answerCase{
		{"the apple grower", art, "what did the apple grower say", []string{"sat in Mumbai"}, nil, false},
	})
}

// TestRound52WhichSubjectUsesTheVerb checks that "which N will VERB …?",
// asking for the verb's subject, is answered only by a sentence that uses
// the verb: declined where no sentence says who will build, answered
// where one does.
func TestRound52WhichSubjectUsesTheVerb(t *testing.T) {
	const base = `Analysis: Chile and Argentina have agreed who pays for a tunnel under the Andes. Now they need a lender.

A protocol signed in Mendoza ends a decade-long argument over how to split the cost of the Los Patos rail tunnel.

Engineers have spent a century drawing plans for building a way under the mountains. Construction is due to start in 2027 if the money can be found. The company that runs the railway, Ferrocarril Andino, has not commented.`
	art := textArticle(t, base)
	built := textArticle(t, base+"\n\nThe Spanish firm Acciona Infraestructuras will build the tunnel, the ministry said.")
	runAnswerCases(t, []answerCase{
		{"no one builds", art, "which construction company will build the tunnel", nil, []string{"Mendoza", "Ferrocarril"}, true},
		{"one builds", built, "which construction company will build the tunnel", []string{"Acciona"}, nil, false},
	})
}

// TestRound52WhichSubject checks which "which" questions ask for their
// verb's subject.
func TestRound52WhichSubject(t *testing.T) {
	a := textArticle(t, "Talks went on. The union met the company on Monday.")
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"which construction company will build the tunnel", true},
		{"which company was hired to build it", true},
		{"which company did the union sue", false},
		{"who will build the tunnel", false},
	} {
		if got := a.whichSubject(a.parse(c.q, nil)); got != c.want {
			t.Errorf("whichSubject(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestRound52KinIsNotTheOffice checks that a person described by kinship
// to an office holder ("the mayor's younger sister, Uxía Rivas") is not
// the office holder asked about.
func TestRound52KinIsNotTheOffice(t *testing.T) {
	art := textArticle(t, `Dairy farmers end blockade

LUGO, June 3 - Dairy farmers lifted their blockade of the Lugo processing plants on Tuesday.

The farmers' case was argued by the mayor's younger sister, Uxía Rivas, a lawyer in Lugo. “We asked for a fair price and nothing more,” Rivas said.

The regional government said the milk price would be reviewed in September.`)
	runAnswerCases(t, []answerCase{
		{"not the mayor", art, "what did the mayor say", nil, []string{"fair price"}, true},
	})
}

// TestRound52DoerOfTheVerb checks that a person whose relative clause says
// what they do ("…, who herds with her two sons on the western edge of
// the plateau,") is the doer asked about ("the herder").
func TestRound52DoerOfTheVerb(t *testing.T) {
	art := textArticle(t, `Sami district and wind farm agree spring shutdown

ALTA, Sept. 9 - A Sami reindeer district and the owner of the Fálesnuorri wind farm agreed on a six-week spring shutdown on Monday.

Not all of the district's families are satisfied. Sara Marja Eira, who herds with her two sons on the western edge of the plateau, voted against the agreement. “The reindeer remember the turbines for the other forty-six weeks,” Eira said.`)
	runAnswerCases(t, []answerCase{
		{"the herder", art, "what did the herder say", []string{"remember the turbines"}, nil, false},
	})
}

// TestRound52NegatedWordsInsideTheQuotation checks that a quotation whose
// own words say "never said" ("“It was my voice saying words I had never
// said. I felt robbed,” she said.") is still what its speaker said: the
// verb of the credit is the one outside the quotation marks.
func TestRound52NegatedWordsInsideTheQuotation(t *testing.T) {
	art := textArticle(t, `Voice actors win AI consent rules

MONTREAL, Oct. 2 - Quebec's video game voice actors won consent and pay rules for digital copies of their voices on Friday.

The boycott began after several actors found lines they had never recorded in game updates. Nadia Roussel, who voices the lead in a fantasy series, said she had learned about the new lines from a fan.

“It was my voice saying words I had never said, in a scene I had never seen. I felt like I had been robbed in my sleep,” she said.`)
	runAnswerCases(t, []answerCase{
		{"her words", art, "what did nadia roussel say", []string{"robbed in my sleep"}, nil, false},
	})
}

// TestRound52CreditAfterNestedQuotation checks that words inside single
// marks nested in a quotation ("‘…’") do not end the quotation for the
// search of the credit's verb: the "never said" after them is still the
// speaker's own words, not a negated credit.
func TestRound52CreditAfterNestedQuotation(t *testing.T) {
	art := textArticle(t, `Port strike ends

DURBAN, May 2 - Dock workers in Durban returned to work on Monday after a two-week strike.

Union negotiator Lindiwe Dube said the night shift had decided the vote. “When he said ‘no’ I never said a word back, and I believed him,” Dube said.`)
	runAnswerCases(t, []answerCase{
		{"her words", art, "what did lindiwe dube say", []string{"I believed him"}, nil, false},
	})
}
