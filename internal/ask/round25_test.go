package ask

import "testing"

// TestRound25Issues: "where were the talks held?" is answered by the
// sentence that puts the talks in a place ("talks … in London"), not by
// one where a country acts or owns ("China's Ministry of Commerce said
// the two sides had agreed to hold another round"), nor by one that
// says where the sides will meet next; "where is X based?" by "the
// Monterrey-based X"; "TV" is "television" and a channel; "who is
// Japan's chief negotiator?" by the name in apposition to that office,
// not by a chairman of a Japanese body, while "the delegation head, …"
// does not say whose delegation; "EV" is "electric vehicles" in an
// article that never writes "EV"; "what did the analyst think of the
// remedies?" asks for the analyst's words, not for the analyst's firm;
// "the union president" is the president of the body the article calls
// the union, by another word of its name ("Local 1802"); "the analyst at
// the Belgrade Institute" is the one quoted right after "Analysts were
// not surprised"; "Pakistan's Indus commissioner" asks about a
// commissioner of the body whose name holds "Indus"; "the (unnamed)
// executive at a rival carmaker" is the unnamed source the article brings
// in so, an executive, not a carmaker; "for how many consecutive years"
// is answered by "the 17th consecutive year"; "which hospital …?" asks
// for a hospital's name, which "major hospitals in Seoul" does not give;
// "which chip-equipment stocks …?" and "which World Bank officials …?"
// ask for names past the words that qualify the noun, while "which round
// of talks …?" asks for a round; "who is the Minister of Health?" is not
// answered by the vice minister; "what tariff would British cars pay?"
// asks for a rate, which "at lower duties" does not give; "on what date
// …?" asks for a day, which "as early as next week" does not give; "how
// long was Monday's meeting?" is answered by "after the two-hour
// meeting", a sentence that need not say "Monday" again; "how long has
// the strike lasted?" by "the strike entered its third day"; "who is
// Ardent's CEO?" by "Ardent's chief executive, Priya Raman"; "what did
// Raman tell the BBC?" by the words told the BBC and those that go on
// from them; "who is Copperline's largest shareholder?" by "Copperline's
// largest shareholder, the Norwegian sovereign fund, declined to comment",
// which withholds a comment, not who the shareholder is; "what is the
// sticking point?" by the talks that "hit a snag over" it.
func TestRound25Issues(t *testing.T) {
	chips := textArticle(t, `US and China end chip talks without a deal

LONDON - US and Chinese officials wrapped up two days of talks on chip export controls in London without an agreement.

The meeting was led by Daniel Whitfield, a US under secretary, and Liang Wenjun, China's vice minister of commerce.

If China resumed shipments of rare metals, the US side would consider faster licences, people familiar with the talks said.

China's Ministry of Commerce said in a statement that the talks had been frank and that the two sides had agreed to hold another round before the end of the year.

Whitfield said he expected to meet Liang again in the autumn, possibly in Geneva.`)
	steel := textArticle(t, `Mexican steelmakers urge quota deal

MEXICO CITY - Mexican steelmakers urged negotiators to agree on a tariff-free volume.

"We cannot plan a year ahead," said Ernesto Salas, chief executive of Monterrey-based Aceros del Sol, the country's third-largest producer.`)
	dam := textArticle(t, `Egypt says all options open on Nile dam

CAIRO - Egypt's water minister spoke after talks on the dam ended without a deal.

In an interview with the satellite channel Nile Today, the minister said Egypt would defend its share of the river.`)
	autos := textArticle(t, `Japan and US fail to close gap on auto tariffs

WASHINGTON - Japan's chief negotiator, Economy Minister Kenji Sato, met the US trade representative for two hours on Thursday.

Hiroshi Sato, chairman of the Japan Automobile Manufacturers Association, said the industry could not wait.`)
	swap := textArticle(t, `Prisoner swap talks resume in Istanbul

ISTANBUL - Russian and Ukrainian officials met in Istanbul on Monday to discuss a prisoner exchange.

The delegation head, Deputy Foreign Minister Taras Melnyk, said Kyiv had handed over a list of 1,200 names.`)
	cars := textArticle(t, `India and UK close in on trade pact

NEW DELHI - India and Britain said on Friday they were close to a trade agreement.

"A sudden cut in duties on electric vehicles would hurt domestic investment," said Vikram Sen, head of the carmakers' society.`)
	telecom := textArticle(t, `Telecom group offers remedies to win EU approval

BRUSSELS - Orvex offered on Monday to sell spectrum to win approval for its takeover of Proxel.

In a note to clients, Tom Acker, telecoms analyst at Brightwater Research, wrote that the remedies "look generous on paper but depend on who buys the spectrum".`)
	fire := textArticle(t, `Firefighters and city narrow pension gap

MILLFORD - Negotiators for the city and its firefighters emerged from a long session on Tuesday.

The union, International Association of Firefighters Local 1802, has agreed to a higher contribution.

"We moved, they moved, and for the first time we are talking about the same problem," said Dariusz Kowal, president of Local 1802.

Council President Marisol Quin said she would not support any plan that reduced staffing.`)
	serbia := textArticle(t, `Serbia and Kosovo talks end without deal

BRUSSELS - Serbian and Kosovo negotiators ended a day of EU-hosted talks without agreement on Monday.

"We are not giving up," said Miroslav Lajcak, the EU envoy.

Analysts were not surprised by the outcome. "Neither leader has an incentive to move before elections," said Ivana Markov of the Belgrade Institute for Security Policy.`)
	indus := textArticle(t, `India and Pakistan end water treaty talks

VIENNA - The Permanent Indus Commission ended two days of talks on Thursday without a deal.

"We will not accept any change that reduces the flow to our farmers," said Pakistan's commissioner, Tariq Qadir.

India's commissioner, Arvind Rao, said the treaty had to reflect new realities.`)
	wages := textArticle(t, `Carmaker seals three-year wage pact with union

GURUGRAM - The carmaker and its union signed a three-year wage agreement on Monday.

"This is a fair deal for both sides," said Ravi Mehta, the company's head of human resources.

A senior executive at a rival carmaker in the Manesar belt, who did not wish to be named, said the deal would set a benchmark for the region. "Every union in this belt reads these numbers," the executive said.`)
	mackerel := textArticle(t, `Mackerel talks end without a sharing deal

BERGEN - Coastal states agreed on Thursday to follow scientific advice on the total catch.

It is the 17th consecutive year that the parties have not reached a sharing arrangement for the stock.`)
	doctors := textArticle(t, `Junior doctors and ministry hold first talks in weeks

SEOUL - Junior doctors met health ministry officials on Monday for the first time in 10 weeks.

The walkout has forced major hospitals in Seoul to cut surgeries by nearly half.`)
	campus := textArticle(t, `Police lay siege to university

HONG KONG - Police laid siege to a university on Monday, pinning hundreds of students inside.

Protesters have held the Polytechnic University campus since Sunday.`)
	chipsDay := textArticle(t, `US and China end chip talks

LONDON - US and Chinese officials ended two days of talks on chip export controls on Thursday, the fourth round of talks this year.

The talks were held with World Bank observers in the room.

Shares of chip-equipment makers rose after the talks ended.`)
	korea := textArticle(t, `Doctors and ministry still far apart

SEOUL - Junior doctors met health ministry officials on Monday.

"On the admissions quota, we are still far apart," First Vice Minister of Health and Welfare Lee Jung-ho told reporters.`)
	cars2 := textArticle(t, `India and UK close in on trade pact

NEW DELHI - India and Britain said on Friday they were close to a trade agreement.

On automobiles, India has proposed allowing a limited quota of British cars at lower duties.

India cut its tariff on whisky to 75% from 150%.`)
	rail := textArticle(t, `Train drivers reject third offer

BERLIN - Germany's train drivers' union rejected the rail operator's third offer on Tuesday.

The union's first strike could begin as early as next week, its chairman said.`)
	rail2 := textArticle(t, `Train drivers set strike date

BERLIN - Germany's train drivers' union said on Tuesday its first strike would begin on March 3.`)
	seoul := textArticle(t, `Junior doctors and ministry meet for first time in weeks

SEOUL - Representatives of striking junior doctors sat down with health ministry officials on Monday for the first time in 10 weeks.

"The government came to listen, not to negotiate. Nothing has changed," Kim Tae-yoon, the doctors' leader, told reporters after the two-hour meeting at a hotel in central Seoul.`)
	strike := textArticle(t, `Teachers strike enters third day

CHICAGO - The Chicago teachers' strike entered its third day on Wednesday with no talks scheduled.

Mayor Brandon Johnson said he was frustrated by the union's refusal to return to the table.`)
	bid := textArticle(t, `Miner rejects raised bid

LONDON - Copperline Resources on Monday rejected a raised takeover offer from rival Ardent Mining.

Ardent's chief executive, Priya Raman, said she was disappointed.`)
	bbc := textArticle(t, `Miner rejects raised bid

LONDON - Copperline Resources on Monday rejected a raised takeover offer from rival Ardent Mining.

Ardent's chief executive, Priya Raman, said she was disappointed.

Under UK takeover rules, Ardent has until March 3 to make a firm offer. "We are in no hurry," Raman told the BBC. "We have been patient and we can be patient a little longer."`)
	holder := textArticle(t, `Miner rejects raised bid

LONDON - Copperline Resources on Monday rejected a raised takeover offer from rival Ardent Mining.

Copperline's largest shareholder, the Norwegian sovereign fund, declined to comment.`)
	cairo := textArticle(t, `Ceasefire talks in Cairo hit snag over prisoner list

CAIRO - Ceasefire talks in Cairo hit a snag on Sunday over the list of prisoners to be freed, officials on both sides said.

An Israeli official accused Hamas of "moving the goalposts". Hamas rejected that.`)
	fta := textArticle(t, `India and UK close in on trade pact

NEW DELHI - Commerce Minister Rajeev Malhotra met his British counterpart on Thursday.

Mr. Malhotra, however, insisted that services were central to India's interests. "For India, an FTA without mobility for professionals is like a car without wheels," he said.`)
	runAnswerCases(t, []answerCase{
		{"he said, named", fta, "What did Malhotra compare an FTA without mobility to?", []string{"car without wheels", "Rajeev Malhotra"}, nil, false},
		{"a snag over something is a sticking point", cairo, "What is the sticking point?", []string{"list of prisoners"}, nil, false},
		{"who, set off beside one who declined to comment", holder, "Who is Copperline's largest shareholder?", []string{"Norwegian sovereign fund"}, []string{"withheld"}, false},
		{"what was told to whom", bbc, "What did Raman tell the BBC?", []string{"no hurry", "patient a little longer"}, []string{"disappointed"}, false},
		{"a CEO written out", bid, "Who is Ardent's CEO?", []string{"Priya Raman"}, nil, false},
		{"how long a strike has lasted, by the day it entered", strike, "How long has the strike lasted?", []string{"entered its third day"}, nil, false},
		{"how long a meeting named by its day lasted", seoul, "How long was Monday's meeting?", []string{"two-hour"}, nil, false},
		{"a date asked for is a day", rail, "On what date will the union's first strike begin?", nil, nil, true},
		{"a day given", rail2, "On what date will the union's first strike begin?", []string{"March 3"}, nil, false},
		{"a tariff asked for is a rate", cars2, "What tariff would British cars pay under the proposed quota?", nil, nil, true},
		{"a tariff given", cars2, "What tariff does India now charge on whisky?", []string{"75%"}, nil, false},
		{"a minister is not the vice minister", korea, "Who is the Minister of Health and Welfare?", nil, nil, true},
		{"the vice minister asked for", korea, "Who is the Vice Minister of Health and Welfare?", []string{"Lee Jung-ho"}, nil, false},
		{"which stocks, past the words that qualify them", chipsDay, "Which chip-equipment stocks rose the most after the talks?", nil, nil, true},
		{"which officials, past the name that qualifies them", chipsDay, "Which World Bank officials took part as observers?", nil, nil, true},
		{"which round of talks asks for a round", chipsDay, "Which round of talks ended on Thursday?", []string{"fourth round"}, nil, false},
		{"which hospital asks for one by name", doctors, "Which hospital has cut the most surgeries?", nil, nil, true},
		{"which university, by its name", campus, "Which university are the protesters in?", []string{"Polytechnic University"}, nil, false},
		{"an ordinal of a run counts it", mackerel, "For how many consecutive years have the parties failed to agree a sharing arrangement?", []string{"17th consecutive year"}, nil, false},
		{"an unnamed source by the words that bring it in", wages, "What did the executive at a rival carmaker say?", []string{"benchmark"}, []string{"fair deal"}, false},
		{"an unnamed source asked about as unnamed", wages, "What did the unnamed executive at a rival carmaker say?", []string{"benchmark"}, []string{"fair deal"}, false},
		{"a word of a body's name before an office", indus, "What did Pakistan's Indus commissioner say?", []string{"flow to our farmers"}, []string{"new realities"}, false},
		{"a member of the group the sentence before brought in", serbia, "What did the analyst at the Belgrade Institute say?", []string{"Neither leader"}, []string{"giving up"}, false},
		{"what an analyst thinks of something", telecom, "What did the Brightwater analyst think of the remedies?", []string{"look generous"}, nil, false},
		{"a union's president by another word of its name", fire, "What did the union president say?", []string{"We moved, they moved"}, []string{"Quin"}, false},
		{"an acronym of words written out in lower case", cars, "What did Sen say about cutting EV duties?", []string{"electric vehicles"}, nil, false},
		{"an office in apposition", autos, "Who is Japan's chief negotiator?", []string{"Kenji Sato"}, []string{"Hiroshi"}, false},
		{"an office that does not say whose", swap, "Who led the Russian delegation?", nil, []string{"Melnyk"}, true},
		{"TV is a channel", dam, "Which TV channel interviewed the minister?", []string{"Nile Today"}, nil, false},
		{"where the talks were held", chips, "Where were the talks held?", []string{"in London"}, []string{"Geneva", "Ministry of Commerce", "If China"}, false},
		{"where the sides meet next", chips, "Where will they meet next?", []string{"Geneva"}, nil, false},
		{"where a company is based", steel, "Where is Aceros del Sol based?", []string{"Monterrey-based"}, nil, false},
	})
}
