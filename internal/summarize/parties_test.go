package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

func TestPartiesFromTheTree(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string   // party -> kind
		people     map[string][]string // party -> people it must list
		not        []string            // names that are not parties
		outsiders  map[string][]string // party -> people it must not list
	}{
		{
			name: "a title the name lists take for a person's name does not make its holder a body",
			text: "Fjordair and its pilots have until midnight to agree, live from outside the State Mediator's offices in Oslo. The State Mediator, Kari Eidsvåg Holm, came out for a few minutes. She said the two sides had spent the evening in the same room. Fjordair said it had made its final offer.",
			want: map[string]string{"Kari Eidsvåg Holm": KindPerson},
		},
		{
			name: "a country's people counted or described are its population, not the country acting",
			text: "Senator Mara Quill and the Veterans Coalition met on Monday to talk about the new benefits bill. Many Americans have heard by now that the waiting lists are long, Quill said. Most Americans are already set in their views, and young Americans are angry about the delays, the coalition said. The Veterans Coalition said it would keep talking to Quill.",
			want: map[string]string{"Mara Quill": KindPerson},
			not:  []string{"United States"},
		},
		{
			name: "a town the name lists do not know acts only through its offices, not through a person from it",
			text: "Senator Ruth Okafor and the Harbour Workers Union met on Monday over the dock contract. \"We need change,\" the Port Arlow businessman said after the meeting. Dana Whitlock, a Port Arlow businesswoman who advises the union, said the talks had been useful. The Harbour Workers Union said it would meet Okafor again on Friday.",
			want: map[string]string{"Harbour Workers Union": KindOrganisation},
			not:  []string{"Port Arlow"},
		},
		{
			name:      "a country a person's role is in or about is not their side",
			text:      "Burma and the United States agreed on Friday to lift sanctions. \"The sanctions were a burden,\" said Rep. Joseph Crowley (D-N.Y.), a leading advocate for human rights in Burma. \"I call it the trip that launched 1,000 trips,\" said Erin Murphy, now a consultant on Burma in the private sector. Burma said it would hold elections. The United States said it welcomed the plan.",
			outsiders: map[string][]string{"Myanmar": {"Joseph Crowley", "Erin Murphy"}},
		},
		{
			name: "a body the name lists know that opens inside a longer name is not that body",
			text: "Burma and the United States agreed on Friday to lift sanctions. \"It was like pushing on an open door,\" said Victor Cha, Asia director for the National Security Council. Burma said it would hold elections. The United States said it welcomed the plan.",
			not:  []string{"United Nations"},
		},
		{
			name: "a body's name with another language's small words is one party",
			text: "The government and the rebel Union pour la Liberté du Sankuru (ULS) signed a ceasefire on Sunday. The ULS said it would withdraw its fighters. The government said it would free 40 prisoners.",
			want: map[string]string{"Union pour la Liberté du Sankuru": KindOrganisation},
			not:  []string{"Liberté du Sankuru"},
		},
		{
			name: "a country's name the lists know whole is one party, whatever its words",
			text: "The government of the Democratic Republic of Congo and the rebels signed a ceasefire on Sunday. The Democratic Republic of Congo said it would withdraw its troops. The rebels said they would comply.",
			want: map[string]string{"Democratic Republic of Congo": KindCountry},
			not:  []string{"Republic", "Congo"},
		},
		{
			name: "a name set beside a noun of people is a person's, whatever the model voted",
			text: "The government and the rebels signed a ceasefire on Sunday. In the Bulengo camp outside Goma, Furaha Kahindo Masika, a mother of five who fled her village in February, said she had heard about the agreement on the radio. \u201cWe will believe it when the shelling stops,\u201d she said by telephone. \u201cNot before.\u201d",
			want: map[string]string{"Furaha Kahindo Masika": KindPerson},
		},
		{
			name: "an acronym written in capitals is no small word of a name",
			text: "Morocco rejoined the African Union on Monday after 32 years. The AU said the vote was clear. Morocco said it would respect the AU charter. Some AU delegates said the dispute would be easier to settle inside the AU.",
			want: map[string]string{"African Union": KindOrganisation, "Morocco": KindCountry},
		},
		{
			name: "a name asked a question in a transcript is its own, not the questioner's outlet's",
			text: "Transcript: rebels and government take questions after ceasefire signing\n\nDOHA, March 9 — The government and the rebels signed a ceasefire on Sunday. The signing was followed by a press conference at which the mediator, Dr. Hamad al-Sulaiti, the government's chief negotiator, Gen. Béatrice Mwamba Ilunga, and the head of the rebel delegation, Jean-Bosco Kambale Muhindo, answered questions from reporters.\n\nQUESTION (Radio Okapi): Who stops shooting first?\n\nAL-SULAITI: “Both sides stop at the same minute. We made sure nobody goes first.”\n\nQUESTION (Al Jazeera): General, what changed?\n\nMWAMBA ILUNGA: “Four hundred thousand of our citizens are sleeping in schools. Tonight the best way to protect them is a signature.”\n\nQUESTION (AFP): Mr. Kambale, your commanders in Masisi have ignored orders before. Will every unit respect this?\n\nKAMBALE MUHINDO: “Every unit received the text this afternoon. If a commander fires after Wednesday, he is no longer one of ours.”\n\nQUESTION (Reuters): Is there anything about the mines?\n\nMWAMBA ILUNGA: “I can tell you the mines are not in this document.”\n\nKAMBALE MUHINDO: “We will put them in the next one.”",
			want: map[string]string{"Jean-Bosco Kambale Muhindo": KindPerson, "Béatrice Mwamba Ilunga": KindPerson},
			not:  []string{"Kambale", "AFP"},
		},
		{
			name:   "a leader is listed with the country the role names",
			text:   "Canadian Prime Minister Justin Trudeau met union leaders on Monday. Trudeau said the government would not legislate an end to the strike. \"We will keep talking,\" Trudeau said.",
			want:   map[string]string{"Canada": KindCountry},
			people: map[string][]string{"Canada": {"Justin Trudeau"}},
			not:    []string{"Justin Trudeau"},
		},
		{
			name:   "a spokesman is listed with the ministry's country",
			text:   "Chinese Foreign Ministry spokesman Lu Kang said China welcomed the talks. China and the United States agreed to meet again. The United States said it wanted a deal.",
			want:   map[string]string{"China": KindCountry, "United States": KindCountry},
			people: map[string][]string{"China": {"Lu Kang"}},
		},
		{
			name: "a place and an outlet are not parties",
			text: "Russia and Ukraine resumed talks in Geneva on Tuesday, Reuters reported. Russia said it was ready to discuss a ceasefire. Ukraine rejected the offer.",
			want: map[string]string{"Russia": KindCountry, "Ukraine": KindCountry},
			not:  []string{"Geneva", "Reuters"},
		},
		{
			name: "a town someone speaks from is no party",
			text: "Ghana's teachers' union suspended its strike on Sunday after the government agreed to pay arrears. The union said members would return on Monday. A teacher in Tamale, who asked not to be named, told Reuters: \"We have heard these promises before.\"",
			want: map[string]string{},
			not:  []string{"Tamale"},
		},
		{
			name:   "\"its\" after a thing a country owns is the country",
			text:   "Egypt, Ethiopia and Sudan met again on Monday. Egypt wants a binding agreement. Ethiopia says guidelines are enough.\n\nSudan's position may matter most. Its irrigation minister, Yasir Abbas-Musa, told reporters in Khartoum that Sudan would sign \"any agreement that protects our dams\".",
			want:   map[string]string{"Sudan": KindCountry, "Egypt": KindCountry, "Ethiopia": KindCountry},
			people: map[string][]string{"Sudan": {"Yasir Abbas-Musa"}},
		},
		{
			name: "a newsroom named \"… News\" that reports is no party",
			text: "Israel and Hamas resumed indirect talks in Doha on Sunday. Hamas said Israel was stalling. Israel said it would not release prisoners convicted of murder. Egyptian mediators are expected to present a new proposal on Tuesday, Egypt's state-linked Al-Qahera News reported.",
			want: map[string]string{"Israel": KindCountry, "Hamas": KindOrganisation},
			not:  []string{"Al-Qahera News"},
		},
		{
			name: "a chamber's members fold into the party",
			text: "Democrats said they would block the bill. House Democrats voted against it on Friday. Republicans said the Democrats were playing politics.",
			want: map[string]string{"Democrats": KindOrganisation, "Republicans": KindOrganisation},
			not:  []string{"House Democrats"},
		},
		{
			name: "an acronym is the party it abbreviates",
			text: "The Dublin Stock Exchange rejected the bid on Monday. The DSE said the offer undervalued it. Nordbank said it would raise its offer. The DSE said it would wait.",
			want: map[string]string{"Dublin Stock Exchange": KindOrganisation},
			not:  []string{"DSE"},
		},
		{
			name: "a commentator and the body introducing them are not parties",
			text: "Norway and Iceland failed to agree on fishing quotas. Norway said Iceland wanted too much. Iceland said it would not back down. “Both sides are stuck,” said Lars Holm, an economist at Westfield University. Holm said a deal was still possible.",
			want: map[string]string{"Norway": KindCountry, "Iceland": KindCountry},
			not:  []string{"Lars Holm", "Westfield University"},
		},
		{
			name: "a name with a board and shareholders is a company",
			text: "Kravitz rejected the offer on Friday. Kravitz's board said the bid was too low. Kravitz's shareholders will meet next week. Kravitz said it was open to talks.",
			want: map[string]string{"Kravitz": KindOrganisation},
		},
		{
			name: "a pair of countries qualifies a firm and a weekday opens no name",
			text: "On Tuesday Tenzo confirmed talks with its rival. The US-German firm said it would decide soon. Tenzo, the Japanese car firm, said talks were at an early stage.",
			want: map[string]string{"Tenzo": KindOrganisation},
			not:  []string{"US-German", "Tuesday Tenzo"},
		},
		{
			name: "names joined by 'and' or '&' before a body's word, an acronym opening a sentence, a hyphenated modifier",
			text: "The Public and Commercial Services Union rejected the offer. PCS said members would strike. US Airways said it would talk to the union. US Airways management said the offer stood. The Oil & Natural Gas Corporation and the Luxembourg-based Bravia said they backed the deal.",
			want: map[string]string{"Public and Commercial Services Union": KindOrganisation, "US Airways": KindOrganisation},
			not:  []string{"Commercial Services Union", "PCS", "Airways", "Oil", "Natural Gas Corporation", "Luxembourg-based Bravia"},
		},
		{
			name: "a news agency is an outlet",
			text: "North Korea and South Korea agreed to hold talks, the Korean Central News Agency said. North Korea said it wanted aid. South Korea said it would consider it. The Korean Central News Agency said the talks would be in Kaesong.",
			want: map[string]string{"North Korea": KindCountry, "South Korea": KindCountry},
			not:  []string{"Korean Central News Agency"},
		},
		{
			name:   "a chairman is listed with the company the name lists took for a person",
			text:   "Apex Foods said on Tuesday that its board would meet next week to weigh the bid from Harvest Group. Harvest said the offer was fair. Apex chairman Tom Reilly has said he is open to offers. Apex has rejected two earlier approaches.",
			want:   map[string]string{"Apex Foods": KindOrganisation},
			people: map[string][]string{"Apex Foods": {"Tom Reilly"}},
			not:    []string{"Tom Reilly"},
		},
		{
			name:   "sides named only by description, with the people who speak for them",
			text:   "Talks between the bus drivers' union and the city's transport operators broke down on Friday. “We will not accept this,” said Omar Haddad, the union's lead negotiator. The operators' association said its offer was final. Its chairman, Ruth Engel, told reporters the money had run out. The union said its members would strike on Monday. The association said it would not move. Haddad said the union was ready to talk.",
			want:   map[string]string{"bus drivers' union": KindOrganisation, "operators' association": KindOrganisation},
			people: map[string][]string{"bus drivers' union": {"Omar Haddad"}, "operators' association": {"Ruth Engel"}},
			not:    []string{"Omar Haddad", "Ruth Engel", "the union"},
		},
		{
			name: "a description of a named union is that union",
			text: "The Fire Brigades Union rejected the offer on Monday. The union said its members would strike. Union leader Matt Wrack said the offer was an insult. The union said talks could resume next week.",
			want: map[string]string{"Fire Brigades Union": KindOrganisation},
			not:  []string{"the union"},
		},
		{
			name:   "two officials joined by and are two people",
			text:   "Chinese Vice Premier Liu Wen and US Treasury Secretary Mark Dalton opened trade talks in Geneva on Monday. Dalton said he expected progress. Liu said China wanted a fair deal. China and the United States agreed to meet again.",
			want:   map[string]string{"China": KindCountry, "United States": KindCountry},
			people: map[string][]string{"China": {"Liu Wen"}, "United States": {"Mark Dalton"}},
		},
		{
			name:   "a union's president and a company's chief executive join their sides",
			text:   "The United Auto Workers union rejected a 4 percent pay offer from Ford on Tuesday. Ford had proposed a 4 percent raise in the first year. Union president Shawn Fain said the two sides would meet again on Thursday. Ford chief executive Jim Farley said the company had made a generous offer. The union said its members would strike.",
			want:   map[string]string{"United Auto Workers": KindOrganisation, "Ford": KindOrganisation},
			people: map[string][]string{"United Auto Workers": {"Shawn Fain"}, "Ford": {"Jim Farley"}},
			not:    []string{"unions", "Shawn Fain", "Jim Farley"},
		},
		{
			name: "a title alone, a day and an article are no party's name",
			text: "The European Union and China resumed trade talks on Friday. An EU spokesman said the bloc wanted a deal. President said nothing. China said it would respond. The European Union said talks would go on.",
			want: map[string]string{"European Union": KindOrganisation, "China": KindCountry},
			not:  []string{"President", "Friday", "An EU"},
		},
		{
			name:   "an executive whose role names no company works for the story's one company",
			text:   "Verizon Communications and the Communications Workers of America reached a tentative deal on Friday. Verizon said the deal was fair to its shareholders and its workers. “We are pleased with the agreement,” chief executive Lowell McAdam said on Saturday. The union said its members would vote next week. Verizon said the strike had cost it millions.",
			want:   map[string]string{"Verizon Communications": KindOrganisation, "Communications Workers of America": KindOrganisation},
			people: map[string][]string{"Verizon Communications": {"Lowell McAdam"}},
			not:    []string{"Lowell McAdam"},
		},
		{
			name: "a plural title before two names is no part of a name",
			text: "The visa program is up for renewal. Senators Charles E. Grassley and Patrick J. Leahy said the program was riddled with fraud. \"It needs reform,\" Mr. Grassley said. Mr. Grassley said the Senate would vote next week.",
			not:  []string{"Senators Charles E. Grassley"},
		},
		{
			name:      "a customer quoted on a company is not on its side",
			text:      "Verizon reached a deal with its unions on Friday. Peter Morency, a Verizon customer based in Boston, said he was frustrated when he called the company. Anna Lee, a Verizon spokeswoman, said the company was pleased.",
			want:      map[string]string{"Verizon": KindOrganisation},
			people:    map[string][]string{"Verizon": {"Anna Lee"}},
			outsiders: map[string][]string{"Verizon": {"Peter Morency"}},
		},
		{
			name:   "a name only the entity model types as a person gets the side its apposition names",
			text:   "France and Germany rejected the plan. “We will not sign,” said Pierre-Yves Garnault, the foreign minister of France. France said talks would go on.",
			want:   map[string]string{"France": KindCountry},
			people: map[string][]string{"France": {"Pierre-Yves Garnault"}},
			not:    []string{"Pierre-Yves Garnault"},
		},
		{
			name:      "an envoy is on the side that sends them, not the one they are sent to",
			text:      "Iran applied to join the WTO. But several members objected, and European Union ambassador to the WTO, Marco Ferrante, said the bid must wait. The WTO said it would decide in May.",
			want:      map[string]string{"European Union": KindOrganisation},
			people:    map[string][]string{"European Union": {"Marco Ferrante"}},
			outsiders: map[string][]string{"World Trade Organization": {"Marco Ferrante"}},
		},
		{
			name:   "a country written with periods in a title",
			text:   "North Korea rejected the offer. U.S. Secretary of State Mark Dalton said talks would go on. North Korea said it was ready to wait.",
			want:   map[string]string{"United States": KindCountry, "North Korea": KindCountry},
			people: map[string][]string{"United States": {"Mark Dalton"}},
			not:    []string{"Mark Dalton"},
		},
		{
			name:   "a person's aide is on that person's side",
			text:   "Mary Hale said the vote changed nothing. “Voters want answers,” said Tom Baxter, Mrs. Hale's communications director. Hale said she would keep campaigning.",
			want:   map[string]string{"Mary Hale": KindPerson},
			people: map[string][]string{"Mary Hale": {"Tom Baxter"}},
			not:    []string{"Tom Baxter"},
		},
		{
			name:   "a minister whose title names no country serves the story's one country",
			text:   "Five unions met Deputy Prime Minister Alan Forde at the weekend. Unison said the talks were useful. Mr Forde said the government would listen to the unions. The UK government wants to raise the pension age.",
			want:   map[string]string{"United Kingdom": KindCountry, "Unison": KindOrganisation},
			people: map[string][]string{"United Kingdom": {"Alan Forde"}},
			not:    []string{"Alan Forde"},
		},
		{
			name:   "a president is on the side of the White House where it acts",
			text:   "The White House said it would not reopen the government without wall money. Democrats said they would not pay for the wall. President Donald Trump said he would wait. Democrats said the shutdown hurt workers.",
			want:   map[string]string{"White House": KindOrganisation, "Democrats": KindOrganisation},
			people: map[string][]string{"White House": {"Donald Trump"}},
			not:    []string{"Donald Trump"},
		},
		{
			name:   "a party tag names a lawmaker's side, and a chamber is no side where the parties act",
			text:   "Democrats said they would block the bill. “We are going to do our job,” said Rep. Ann Carver, D-Ohio, the incoming chairwoman. Speaker Paul Rhodes (R-Wis.) said the House would vote on Friday. Republicans said the Democrats were stalling. A Republican senator said the Senate would wait.",
			want:   map[string]string{"Democrats": KindOrganisation, "Republicans": KindOrganisation},
			people: map[string][]string{"Democrats": {"Ann Carver"}, "Republicans": {"Paul Rhodes"}},
			not:    []string{"Ann Carver", "Paul Rhodes", "House of Representatives", "Senate", "Republican"},
		},
		{
			name: "a candidate runs in their own name, and the office they run for does not act",
			text: "White House hopeful Mary Stone has waded into the trade debate, throwing her weight behind the governor's plan. Stone said the deal would create jobs. Stone said voters wanted it.",
			want: map[string]string{"Mary Stone": KindPerson},
			not:  []string{"White House"},
		},
		{
			name:      "a name coordinated with a person's is not their side",
			text:      "The Bakers' Union and Amaro Quint said the offer was too low. The Bakers' Union said its members would strike. Quint said he backed them.",
			want:      map[string]string{"Bakers' Union": KindOrganisation},
			outsiders: map[string][]string{"Bakers' Union": {"Amaro Quint"}},
		},
		{
			name: "Europe acting is the European Union",
			text: "Europe and the United States agreed to begin talks on aircraft subsidies. The EU said it wanted a fair deal. Europe said it would not drop its case. The United States said it was ready.",
			want: map[string]string{"European Union": KindOrganisation, "United States": KindCountry},
			not:  []string{"Europe"},
		},
		{
			name: "a place only the entity model knows, named as a firm, is a company",
			text: "Marvell Foods rejected the bid. The unit was bought last year by state-owned energy giant Korvath. Marvell Foods said talks with Korvath would go on.",
			want: map[string]string{"Korvath": KindOrganisation},
		},
		{
			name:   "a town only the entity model knows whose people run a firm is that firm",
			text:   "Tom Lane signed a new contract with Leeds on Friday. Leeds boss Ray Cole said he was delighted. Ian Pike, Leeds' chief executive, said talks had been long. Leeds said Lane would stay until 2030.",
			want:   map[string]string{"Leeds": KindOrganisation},
			people: map[string][]string{"Leeds": {"Ray Cole"}},
		},
		{
			name:   "a chamber leader sits with the party the sentences about them name",
			text:   "Democrats said they would not fund the wall. Senate Minority Leader Ann Carver has held Democrats together through the shutdown. Republicans, who control the Senate under Majority Leader Tom Brandt, have not said what they will do. Republicans said the Democrats were stalling. Carver said the talks were over. Brandt said the Senate would wait.",
			want:   map[string]string{"Democrats": KindOrganisation, "Republicans": KindOrganisation},
			people: map[string][]string{"Democrats": {"Ann Carver"}, "Republicans": {"Tom Brandt"}},
			not:    []string{"Ann Carver", "Tom Brandt"},
		},
		{
			name:   "a senator's state is not their side, and the sentence before names their party",
			text:   "Democrats said they would block the bill. Other Republicans are wary of the plan. Sen. Richard Olsen of Kansas, the chairman of the Budget Committee, said the standoff helped no one. Republicans said the Democrats were stalling. Olsen said he would wait.",
			want:   map[string]string{"Republicans": KindOrganisation},
			people: map[string][]string{"Republicans": {"Richard Olsen"}},
			not:    []string{"Kansas", "Olsen", "Richard Olsen of Kansas", "Budget Committee"},
		},
		{
			name:   "a rival party's plan a lawmaker attacks is not their party; a group of the party counts",
			text:   "Senate Republicans on Monday rejected a Democratic proposal to extend the benefits. Senate Majority Leader Tom Brandt called the Democratic plan \"a wish list.\" Democrats said they would keep pushing. Republicans said the plan cost too much.",
			want:   map[string]string{"Democrats": KindOrganisation, "Republicans": KindOrganisation},
			people: map[string][]string{"Republicans": {"Tom Brandt"}},
			not:    []string{"Tom Brandt"},
		},
		{
			name:   "the subject of the sentence before decides between two parties",
			text:   "Democrats accused Republicans of abandoning jobless workers. \"They are walking away,\" Senate Minority Leader Ann Carver told reporters. Republicans said the plan cost too much. Democrats said they would keep pushing.",
			want:   map[string]string{"Democrats": KindOrganisation, "Republicans": KindOrganisation},
			people: map[string][]string{"Democrats": {"Ann Carver"}},
			not:    []string{"Ann Carver"},
		},
		{
			name: "a place where a candidate plans to campaign is not her side",
			text: "Tom Brandt accused Ann Carver of lying about the state budget. Carver, for her part, plans to campaign in Pennsylvania on Wednesday. Carver said she would win the race.",
			want: map[string]string{"Ann Carver": KindPerson},
			not:  []string{"Pennsylvania"},
		},
		{
			name:   "the government's negotiator speaks for the story's one country",
			text:   "Colombia's government and the ELN rebel group agreed on Saturday to extend a ceasefire. The government's chief negotiator, Vera Grabe, said the extension would give both sides time. The ELN's commander, Pablo Beltrán, said the group would not disarm.",
			people: map[string][]string{"Colombia": {"Vera Grabe"}, "ELN": {"Pablo Beltrán"}},
			not:    []string{"Vera Grabe"},
		},
		{
			name: "a ministry named as a country's is that country",
			text: "The United States and China agreed on Friday to pause new tariffs. China's Commerce Ministry said in a statement that Beijing welcomed the move. The United States said talks would go on.",
			want: map[string]string{"China": KindCountry, "United States": KindCountry},
			not:  []string{"Commerce Ministry", "Ministry"},
		},
		{
			name: "a party's member noun is an affiliation where the party does not act",
			text: "The United States and China agreed on Friday to pause new tariffs. Not everyone was pleased. Senator Tom Cotton, an Arkansas Republican, said the administration was going soft on Beijing. China said it welcomed the pause.",
			want: map[string]string{"Tom Cotton": KindPerson},
			not:  []string{"Arkansas Republican"},
		},
		{
			name:   "a party's member noun is the party where it acts",
			text:   "Republicans said the bill cost too much. Sen. Rand Paul, a Kentucky Republican, said he would vote against it. Democrats said they would keep pushing.",
			people: map[string][]string{"Republicans": {"Rand Paul"}},
			not:    []string{"Kentucky Republican", "Rand Paul"},
		},
		{
			name: "a firm's nationality is not its country acting",
			text: "Brightwater Foods rejected a sweetened offer from Halvorsen Group on Monday. The Norwegian firm has until March 14 to make a firm offer. Halvorsen said it was disappointed. Brightwater said the bid was too low.",
			want: map[string]string{"Brightwater Foods": KindOrganisation, "Halvorsen Group": KindOrganisation},
			not:  []string{"Norway"},
		},
		{
			name:   "a name the parser made the subject of its role",
			text:   "Ukraine and Russia exchanged prisoners on Sunday.\n\nDmytro Lubinets, Ukraine's human rights commissioner, said the exchange had taken weeks to arrange.\n\nRussia said it was ready for more.",
			people: map[string][]string{"Ukraine": {"Dmytro Lubinets"}},
			not:    []string{"Dmytro Lubinets"},
		},
		{
			name: "a confederation's name goes on over 'of'",
			text: "Britain and the European Union resumed talks on Monday. The Confederation of Nordic Industry said a deal was vital for jobs. Britain said it was ready.",
			want: map[string]string{"Confederation of Nordic Industry": KindOrganisation},
			not:  []string{"Nordic Industry", "Confederation"},
		},
		{
			name:   "a spokesman named by 'her' speaks for the person she is",
			text:   "House Speaker Ann Carver said she would not accept the bill. Her spokesman, Tom Hale, said the speaker was open to talks. Republicans said the bill was fair.",
			people: map[string][]string{"Ann Carver": {"Tom Hale"}},
			not:    []string{"Tom Hale"},
		},
		{
			name: "a party's adjective ending a name folds into the party",
			text: "Democrats said they would block the bill. The House Democratic majority voted against it on Friday. The House Democratic majority said it would not move. Republicans said the Democrats were stalling.",
			want: map[string]string{"Democrats": KindOrganisation, "Republicans": KindOrganisation},
			not:  []string{"House Democratic"},
		},
		{
			name: "an expert's institute is no side, and neither is the expert",
			text: "Iran and the United States resumed talks on Monday. Iran said it wanted sanctions lifted. “Sanctions alone are not working,” said Dana Reyes, executive director of the Arms Policy Institute. The United States said it was ready to meet again.",
			want: map[string]string{"Iran": KindCountry, "United States": KindCountry},
			not:  []string{"Arms Policy Institute", "Dana Reyes"},
		},
		{
			name: "a body named only in its leader's title is a side",
			text: "Britain said it would keep the rebate. France said the rebate must go. Reform Alliance leader Owen Price said Britain must veto any deal. Britain said it was ready to talk.",
			want: map[string]string{"United Kingdom": KindCountry, "France": KindCountry, "Reform Alliance": KindOrganisation},
		},
		{
			name:   "a country before a dollar sign is a currency",
			text:   "Finance Minister Paul Dumont defended the purchase of the pipeline. The budget office said a cut of US $3 per barrel would cost billions. Dumont said Canada paid a fair price. Canada will sell the pipeline later.",
			want:   map[string]string{"Canada": KindCountry},
			people: map[string][]string{"Canada": {"Paul Dumont"}},
			not:    []string{"United States", "Paul Dumont"},
		},
		{
			name:   "a title holder's office is a body of the title's country, and a title names its country",
			text:   "The EU and the US clashed over steel. The US Trade Representative's Office said the EU had failed to act. \"The rules are unfair,\" said Laura Finch, US Trade Representative. The EU said it would reply.",
			want:   map[string]string{"United States": KindCountry, "European Union": KindOrganisation},
			people: map[string][]string{"United States": {"Laura Finch"}},
			not:    []string{"Office", "Laura Finch", "US Trade Representative's Office"},
		},
		{
			name: "an article before a body's short name is no second party",
			text: "The European Union rejected the tariffs on Monday. \"The tariffs break every rule we have\", An EU spokesman in Geneva dismissed the US complaint. The United States said the tariffs would stay. The European Union said it would go to the WTO.",
			want: map[string]string{"European Union": KindOrganisation},
			not:  []string{"EU"},
		},
		{
			name:      "a description tied to a name gives its side",
			text:      "The Danish trade minister rejected the Norwegian plan on Monday. The minister, Mette Holm, said it would hurt Danish boats. Ms. Holm said Norway had ignored the rules. Norway said the plan would stay.",
			want:      map[string]string{"Denmark": KindCountry, "Norway": KindCountry},
			people:    map[string][]string{"Denmark": {"Mette Holm"}},
			outsiders: map[string][]string{"Norway": {"Mette Holm"}},
			not:       []string{"Mette Holm"},
		},
		{
			name:      "an official goes to the one country whose office is not held and to which they do not travel",
			text:      "Chilean President Rosa Vidal met President Tom Hale for two hours. Chile said it wanted lower tariffs. Peru said it would host the next round. Hale leaves Peru for Chile on Tuesday. Canada said the talks should go on. Canada will send a delegation, Hale said.",
			want:      map[string]string{"Canada": KindCountry, "Chile": KindCountry},
			people:    map[string][]string{"Canada": {"Tom Hale"}, "Chile": {"Rosa Vidal"}},
			outsiders: map[string][]string{"Chile": {"Tom Hale"}, "Peru": {"Tom Hale"}},
			not:       []string{"Tom Hale"},
		},
		{
			name:   "an office a later description gives places the official in a story of several countries",
			text:   "Britain's rebate is not up for talks, Alan Price said.\n\nThe foreign secretary told MPs: \"The rebate is fair and it is not for negotiation.\" France, Spain and Italy want the rebate cut. Britain will keep the rebate, Mr Price said.",
			want:   map[string]string{"United Kingdom": KindCountry},
			people: map[string][]string{"United Kingdom": {"Alan Price"}},
			not:    []string{"Alan Price"},
		},
		{
			name:   "a speaker's own country in their words is their side",
			text:   "Turkey and the EU agreed to open talks. Karl Moser said the deal mattered \"for the future of my country, Austria, and of Europe\". Turkey said it would meet the terms. Austria will host the next summit, Moser said.",
			want:   map[string]string{"Austria": KindCountry},
			people: map[string][]string{"Austria": {"Karl Moser"}},
			not:    []string{"Karl Moser"},
		},
		{
			name: "a president no role ties to a country serves the one that acts, not a territory acted on",
			text: "Austria is open to recognising Serbian control of Kosovo as part of a deal between Belgrade and Pristina, officials said. " +
				"Kosovo was taken by Serbia in 1999. Recognition of Kosovo would mark a win for Serbian President Milan Petrovic. Kosovan President Ana Berisha remains firm. " +
				"Austria outlined a proposal on Monday. President Karl Moser said: \"We will keep talking to both sides.\" Austria will host the next round.",
			people: map[string][]string{"Austria": {"Karl Moser"}},
			not:    []string{"Karl Moser"},
		},
		{
			name: "a country dealt with is a party, a town where things happen is not",
			text: "Senator Maria Lopez on Tuesday urged the president to retaliate against Russia for the hacking of state election systems. Lopez said Russia had tried to sow discord. " +
				"She spoke at a rally in Cleveland on Monday. Later she flew to Cleveland again to meet voters.",
			want: map[string]string{"Russia": KindCountry},
			not:  []string{"Cleveland"},
		},
		{
			name: "a candidate's staff named before their role are on the candidate's side",
			text: "Hillary Clinton told a forum of veterans on Wednesday that she would protect their benefits. Donald Trump said the veterans deserved better care and attacked his rival. " +
				"Clinton communications director Jennifer Palmieri said Trump is reduced to taunts because he cannot defend his record. Trump spokeswoman Jessica Ditto said the candidate would release his plan next week.",
			people: map[string][]string{"Hillary Clinton": {"Jennifer Palmieri"}, "Donald Trump": {"Jessica Ditto"}},
			not:    []string{"Jennifer Palmieri", "Jessica Ditto"},
		},
		{
			name: "journalists are no parties",
			text: "Senator Maria Lopez defended the plan on Tuesday. Fox News host Megyn Kelly asked Lopez about its cost. NBC's Lester Holt said the hearing would be broadcast live. Lopez said the plan would pass.",
			not:  []string{"Megyn Kelly", "Lester Holt"},
		},
		{
			name: "an adjective made with a hyphen and a sentence's first function word are no names",
			text: "Senator Maria Lopez defended the plan on Tuesday. Whether Clinton will back the plan is unclear. An Ivy League-trained economist, Dana Price, called the plan unworkable. Lopez said the plan would pass.",
			not:  []string{"Whether Clinton", "Ivy League-trained", "Ivy League"},
		},
		{
			name: "a name with a middle initial is the name without it",
			text: "Donald Trump criticised the trade deal on Monday. Later, Donald J. Trump said he would renegotiate it. Trump said the deal was a disaster.",
			want: map[string]string{"Donald Trump": KindPerson},
			not:  []string{"Donald J. Trump"},
		},
		{
			name: "the last words of a longer name are its short form, and an honour is no side",
			text: "Nobel Peace Prize laureate Aung San Suu Kyi met the prime minister on Wednesday. Suu Kyi said Burma would hold talks with the rebels. The rebels said they were ready.",
			want: map[string]string{"Aung San Suu Kyi": KindPerson},
			not:  []string{"Suu Kyi", "Nobel Peace Prize"},
		},
		{
			name: "a department's acronym is of what it is the department of",
			text: "The Department of Veterans Affairs said it would hire more counselors. The VA said the waiting lists had shrunk. Veterans groups said the VA was too slow.",
			want: map[string]string{"Department of Veterans Affairs": KindOrganisation},
			not:  []string{"VA"},
		},
		{
			name:   "an association of nurses is the union, its president and the company's chief executive are theirs",
			text:   labourStory,
			want:   map[string]string{"Colorado Nurses Association": KindOrganisation, "Riverside Health": KindOrganisation},
			people: map[string][]string{"Colorado Nurses Association": {"Maria Delgado"}, "Riverside Health": {"Tom Becker"}},
			not:    []string{"the union", "additional nurses", "Maria Delgado", "Tom Becker"},
		},
		{
			name:   "a commission's president named with particles is the bloc's, and a trade bloc is a body",
			text:   tradeStory,
			want:   map[string]string{"European Union": KindOrganisation, "Mercosur": KindOrganisation, "France": KindCountry},
			people: map[string][]string{"European Union": {"Ursula von der Leyen"}, "France": {"Emmanuel Macron"}},
			not:    []string{"South American", "Ursula", "Leyen", "European Commission President Ursula"},
		},
		{
			name: "a place after a name's commas is where they are, not their role or side",
			text: "Trade talks between the United States and China stalled on Friday.\n\nThe two sides have been unable to reschedule a meeting between President Trump and his Chinese counterpart, Xi Jinping, in Chile that was canceled because of protests.\n\nChina said it wanted tariffs removed. The United States said talks would continue. Xi Jinping said China would not be bullied.",
			want: map[string]string{"China": KindCountry, "United States": KindCountry},
			not:  []string{"Chile"},
		},
		{
			name: "a political party that never acts is its people's affiliation, not their side",
			text: "Former Governor Hal Brennan on Wednesday called on Senator Rita Vance to apologize to the mayor. Vance, a former Democratic National Committee chairwoman, had accused the mayor of lying. \"That was outrageous,\" Brennan said in an interview. Vance said on Thursday she would not apologize.",
			want: map[string]string{"Rita Vance": KindPerson, "Hal Brennan": KindPerson},
			not:  []string{"Democrats"},
		},
		{
			name: "a party tag names an affiliation where the party never acts",
			text: "Sen. Rita Vance (D-Ohio) said on Tuesday that the bill would fail. \"It has no chance,\" Vance said. Hale Industries said it would lobby for the bill.",
			want: map[string]string{"Rita Vance": KindPerson},
			not:  []string{"Democrats"},
		},
		{
			name: "a name that says something of it is a body, whatever the entity model typed",
			text: "Velmar Logistics and the Harbour Workers Union failed to reach a deal on Monday. Velmar Logistics said it would not raise its offer. The union said its members would strike.",
			want: map[string]string{"Velmar Logistics": KindOrganisation, "Harbour Workers Union": KindOrganisation},
		},
		{
			name:   "a role owned by the body a description stands for is on its side",
			text:   "Corvane Inc. and the space agency signed a contract on Monday. Corvane said it would fly its lander in 2027. The lander is based on a vehicle which the company's billionaire founder Tobias Wrenfield announced last year.",
			want:   map[string]string{"Corvane Inc": KindOrganisation},
			people: map[string][]string{"Corvane Inc": {"Tobias Wrenfield"}},
			not:    []string{"Tobias Wrenfield"},
		},
		{
			name:   "a union described with its name is that union, and no other union",
			text:   "Dockworkers voted on Monday to reject the offer. The FNV union said 87 percent of its members had voted against it. \"Our members have spoken,\" said Niek Stam, the union's lead negotiator. The European Union said it was following the talks.",
			want:   map[string]string{"FNV": KindOrganisation},
			people: map[string][]string{"FNV": {"Niek Stam"}},
			not:    []string{"FNV union"},
		},
		{
			name:   "a company named beside what it is acts, and its spokeswoman is its",
			text:   "ECT said it was disappointed by the vote. Shipping group Maersk said it had diverted four vessels to Antwerp. A spokeswoman for the company, Lisa Holm, said the diversions would continue.",
			want:   map[string]string{"Maersk": KindOrganisation, "ECT": KindOrganisation},
			people: map[string][]string{"Maersk": {"Lisa Holm"}},
			not:    []string{"Lisa Holm"},
		},
		{
			name: "a role held before names no side and makes no commentator",
			text: "The Northern Ports Association has offered a 4.5% pay rise. Its chief executive, Dr. Pieter van den Berg, said the offer was generous. Van den Berg, a former economist at the Dutch central bank, joined the association in 2019. \"We will not go further,\" Van den Berg said.",
			want: map[string]string{"Pieter van den Berg": KindPerson},
			not:  []string{"Netherlands"},
		},
		{
			name: "a former chairman is not the company's executive",
			text: "Dean, a former Democratic National Committee chairman, poked at Trump's sniffing, tweeting a question. \"I'm not a psychiatrist,\" Dean said. Dean said he would not apologize. Trump said Dean should apologize.",
			want: map[string]string{"Dean": KindPerson},
			not:  []string{"Democratic National Committee"},
		},
		{
			name: "analysts speak for no one, and the firm they work at is no speaker",
			text: "Larkspur Brands Inc. rejected the offer from Orrin Foods on Tuesday. Orrin Foods said it would raise its bid. Analysts at Bernstein said a deal at $52 a share was more likely.",
			want: map[string]string{"Larkspur Brands Inc": KindOrganisation, "Orrin Foods": KindOrganisation},
			not:  []string{"Bernstein"},
		},
		{
			name:   "unions the lists know are the unions the story describes",
			text:   "The teachers' unions want a 20 percent pay rise. The government has offered 8 percent. Union leader Dragan Matijevic said the unions would meet the ministry again on Monday. \"If the government does not move, we will,\" he said.",
			want:   map[string]string{"teachers' unions": KindGroup},
			people: map[string][]string{"teachers' unions": {"Dragan Matijevic"}},
			not:    []string{"unions"},
		},
		{
			name: "a ministry the story places in a country's capital is that country's",
			text: "The United States and China agreed on Tuesday to extend their tariff truce. China said the talks were constructive. Washington wants China to curb its steel exports. The Commerce Ministry in Beijing said in a statement that it hoped the United States would meet China halfway.",
			want: map[string]string{"China": KindCountry, "United States": KindCountry},
			not:  []string{"Commerce Ministry"},
		},
		{
			name: "a name ending in what a firm is called is a firm's",
			text: "Mining group Glenmore Resources is in advanced talks to acquire smaller rival Caldera Metals, people familiar with the matter said. Glenmore declined to comment. Glenmore chief executive Priya Raman has said she wants to double the company's copper output.",
			want: map[string]string{"Glenmore Resources": KindOrganisation},
			not:  []string{"Mining"},
		},
		{
			name:      "a role named by the last word of a body the story names in full",
			text:      "The European Union and Mercosur are close to a trade deal, European Commission officials said on Wednesday. Commission President Ursula von der Leyen wrote that the deal was \"historic.\" France remains opposed. \"This agreement is not acceptable,\" French President Emmanuel Macron told reporters in Paris.",
			want:      map[string]string{"European Union": KindOrganisation, "France": KindCountry},
			people:    map[string][]string{"European Union": {"Ursula von der Leyen"}},
			outsiders: map[string][]string{"France": {"Ursula von der Leyen"}},
		},
		{
			name:   "a political party that acts is its people's side",
			text:   "Democrats said they would block the bill. \"This plan is a non-starter,\" said Senator Rita Vance, a Democrat from Ohio. Republicans accused Democrats of playing politics.",
			want:   map[string]string{"Democrats": KindOrganisation, "Republicans": KindOrganisation},
			people: map[string][]string{"Democrats": {"Rita Vance"}},
			not:    []string{"Rita Vance"},
		},
		{
			name: "a name the story takes up as it, and that says something, is a body",
			text: "Carrock Mining and its lenders agreed on Friday to set aside $40 million to clean up three closed mines. Carrock Mining said it would pay the first $10 million next month. The lenders said they would review the plan.",
			want: map[string]string{"Carrock Mining": KindOrganisation},
		},
		{
			name:   "a role a sentence-opening 'its' owns is on the side of the body the sentence before names",
			text:   "Caldera Semiconductor has rejected a takeover approach from rival Brightwave Systems, saying the offer undervalues the company. In a letter to Brightwave's board, Caldera chairman Tom Reyes said the proposal was opportunistic. Brightwave, which first approached Caldera in August, said it was disappointed by the response. Its chief executive, Amara Obi, told analysts the deal made sense. \"We will be patient,\" Obi said.",
			want:   map[string]string{"Brightwave Systems": KindOrganisation},
			people: map[string][]string{"Brightwave Systems": {"Amara Obi"}},
			not:    []string{"Amara Obi"},
		},
		{
			name:   "a role a sentence-opening 'its' owns is on the side of the country the sentence before names",
			text:   "India and Pakistan ended two days of water talks in Vienna on Thursday. India tabled a proposal to modify the treaty. Pakistan rejected the proposal. Its commissioner, Tariq Qureshi, said in a statement that the treaty had survived three wars.",
			want:   map[string]string{"Pakistan": KindCountry, "India": KindCountry},
			people: map[string][]string{"Pakistan": {"Tariq Qureshi"}},
			not:    []string{"Tariq Qureshi"},
		},
		{
			name: "two acronyms joined by a hyphen in brackets after a name are that name's",
			text: "The Screen Artists Guild-American Federation of Radio Performers (SAG-AFRP) called a strike on Monday after talks with the studios failed. SAG-AFRP said its members would picket from Tuesday. The studios said they had made a fair offer.",
			want: map[string]string{"Screen Artists Guild-American Federation of Radio Performers": KindOrganisation},
			not:  []string{"SAG-AFRP"},
		},
		{
			name:      "the body a role is for outranks a place named nearer the person",
			text:      "Sudan's warring sides agree truce\n\nSudan's army and the Rapid Support Forces (RSF) have agreed to a seven-day ceasefire after talks in Jeddah, mediators said.\n\nSpeaking to the BBC from Port Sudan, Amira Osman, country director for the Norwegian Refugee Council, said: \"We have heard these promises before.\"",
			want:      map[string]string{"Rapid Support Forces": KindOrganisation},
			outsiders: map[string][]string{"Sudan": {"Amira Osman"}},
		},
		{
			name: "a name ending in an industry's word is a firm",
			text: "Harlan Biotech has rejected a $9 billion approach from rival Ostrova Pharma. Ostrova, which first approached Harlan in June, said it was disappointed by the response. \"We will be patient,\" said Mira Vasquez, a spokeswoman for Ostrova.",
			want: map[string]string{"Harlan Biotech": KindOrganisation, "Ostrova Pharma": KindOrganisation},
		},
		{
			name:   "a name ending in Air is an airline",
			text:   "Pilots at Talvik Air vote to strike\n\nBy Karen Holt\n\nOSLO (Reuters) - Pilots at Talvik Air voted to strike after four months of pay talks with the carrier broke down on Tuesday, their union said on Wednesday.\n\nThe Norwegian Pilots Union said 90% of its members backed a walkout.\n\n\"Our members have waited a long time,\" union leader Erik Dahl told reporters in Oslo.\n\nTalvik Air, which carries about 8 million passengers a year, said it regretted the result. \"We have made a fair offer,\" said chief operating officer Anna Holm.",
			want:   map[string]string{"Talvik Air": KindOrganisation},
			people: map[string][]string{"Talvik Air": {"Anna Holm"}},
		},
		{
			name:      "an adviser to a president is on the president's side",
			text:      "Armenia and Azerbaijan have agreed the text of a peace treaty. \"The agreement is ready for signing,\" Armenian Prime Minister Aram Sarkisian said. Elchin Mammadov, a foreign policy adviser to Azerbaijani President Rauf Aliyev, said Armenia must first change its constitution. The United States welcomed the announcement. Secretary of State Mark Dalton said Washington stood ready to help.",
			want:      map[string]string{"Azerbaijan": KindCountry, "Armenia": KindCountry},
			people:    map[string][]string{"Azerbaijan": {"Elchin Mammadov"}},
			outsiders: map[string][]string{"United States": {"Elchin Mammadov"}},
		},
		{
			name:   "a guild is a body the story calls the guild, and a hyphenated acronym is one",
			text:   "The Screen Editors Guild of Canada reached a tentative agreement with the studios late Sunday. The guild said its members would stay on strike until the board votes. Guild negotiators insisted on limits to automated editing. \"We are proud of what we won,\" said Dana Moss, the guild's president. Actors are still in talks. Rita Lane, president of PMA-ACU, said her members would not accept less.",
			want:   map[string]string{"Screen Editors Guild of Canada": KindOrganisation, "PMA-ACU": KindOrganisation},
			people: map[string][]string{"Screen Editors Guild of Canada": {"Dana Moss"}, "PMA-ACU": {"Rita Lane"}},
			not:    []string{"the guild", "Rita Lane"},
		},
		{
			name: "a titled person's name ends before 'of', a given name known or not",
			text: "Lawmakers agreed a stopgap bill on Sunday. \"This keeps the lights on,\" House Speaker Dana Whitfield told reporters. Rep. Chip Rowan of Texas said the package did nothing to cut spending. \"We were promised a fight, and we got a surrender,\" he said. \"I will vote no,\" Rowan said.",
			want: map[string]string{"Chip Rowan": KindPerson},
			not:  []string{"Chip Rowan of Texas"},
		},
		{
			name:   "two titled people joined by 'and' are two names",
			text:   "The deal was negotiated by House Speaker Mike Whitfield and Senate Majority Leader Omar Castell. \"This keeps the lights on,\" Whitfield told reporters. \"It is a fair outcome,\" said Castell.",
			want:   map[string]string{"Senate": KindOrganisation},
			people: map[string][]string{"House of Representatives": {"Mike Whitfield"}, "Senate": {"Omar Castell"}},
			not:    []string{"Whitfield"},
		},
		{
			name:   "whoever leads a side's delegation is on that side",
			text:   "Iran and France, Germany and Britain held talks on Friday over Iran's nuclear programme. Deputy Foreign Minister Ali Karimi led Iran's delegation. \"We had a frank exchange,\" Karimi told state media. The Ukrainian delegation at a second meeting was led by Defence Minister Petro Hrytsenko, who said Kyiv wanted a ceasefire. Ukraine rejected the Russian terms.",
			want:   map[string]string{"Iran": KindCountry, "Ukraine": KindCountry},
			people: map[string][]string{"Iran": {"Ali Karimi"}, "Ukraine": {"Petro Hrytsenko"}},
			not:    []string{"Ali Karimi", "Petro Hrytsenko"},
		},
		{
			name:   "an acronym in brackets after a name is that name's, in another language's order",
			text:   "Peru's government and the National Liberation Army (ELN) agreed on Tuesday to extend a ceasefire. \"Words are not enough,\" said Pablo Ruiz, the ELN's chief negotiator. The ELN said it would respect the truce.",
			want:   map[string]string{"National Liberation Army": KindOrganisation},
			people: map[string][]string{"National Liberation Army": {"Pablo Ruiz"}},
			not:    []string{"ELN"},
		},
		{
			name:   "a country's own council is not the UN Security Council",
			text:   "Ukraine and Russia agreed on Wednesday to exchange 300 prisoners each. Kyiv's delegation was led by Rustem Umerov, the secretary of Ukraine's national security council. Umerov said the talks had been difficult but useful.",
			want:   map[string]string{"Ukraine": KindCountry},
			people: map[string][]string{"Ukraine": {"Rustem Umerov"}},
			not:    []string{"United Nations"},
		},
		{
			name:   "the Kremlin is Russia's",
			text:   "Ukraine and Russia agreed on Wednesday to exchange 300 prisoners each. The Kremlin said the exchange would take place next week. Dmitry Orlov, the Kremlin's spokesman, told reporters that Moscow valued the mediation. Ukraine said it hoped for more exchanges.",
			want:   map[string]string{"Russia": KindCountry},
			people: map[string][]string{"Russia": {"Dmitry Orlov"}},
			not:    []string{"Kremlin"},
		},
		{
			name:   "a body's common word written alone is the body that ends with it",
			text:   "Nurses at City Hospital rejected a new pay offer on Monday. The hospital offered a 4% raise. Hospital chief executive Mark Bell rejected the union's demand for 9%, calling it unaffordable. He said the hospital's offer was fair. The union said its members would vote on Friday.",
			want:   map[string]string{"City Hospital": KindOrganisation},
			people: map[string][]string{"City Hospital": {"Mark Bell"}},
			not:    []string{"Hospital", "Mark Bell"},
		},
		{
			name:   "a spokesman named after a body's sentence speaks for it",
			text:   "The United States and China agreed to pause new tariffs. China's commerce ministry welcomed the decision. A spokesman, Gao Feng, said Beijing was willing to buy more American soybeans. The United States said talks would continue.",
			want:   map[string]string{"China": KindCountry},
			people: map[string][]string{"China": {"Gao Feng"}},
			not:    []string{"Gao Feng"},
		},
		{
			name: "where a person is met is not their side",
			text: "Senator Mark Dalton met Governor Luis Ortega in Sacramento on Tuesday to discuss the water deal. Ortega said he hoped to win him over. Dalton said he would not change his vote.",
			want: map[string]string{"Luis Ortega": KindPerson},
			not:  []string{"Sacramento"},
		},
		{
			name:   "a Secretary of State is the United States'",
			text:   "China and Japan agreed to resume talks. The United States welcomed the news. Secretary of State Daniel Hart said Washington hoped the talks would succeed. China said it would send its foreign minister.",
			want:   map[string]string{"United States": KindCountry},
			people: map[string][]string{"United States": {"Daniel Hart"}},
			not:    []string{"Daniel Hart"},
		},
		{
			name:   "a lawmaker heading a caucus is the caucus's, not their party's",
			text:   "“We will not sign this bill,” said Rep. Dana Whitfield (D-N.M.), chairwoman of the Rural Water Caucus. The Rural Water Caucus met the Interior Department on Tuesday. The Interior Department said it would revise the plan. Whitfield said the caucus would wait.",
			want:   map[string]string{"Rural Water Caucus": KindOrganisation},
			people: map[string][]string{"Rural Water Caucus": {"Dana Whitfield"}},
			not:    []string{"Dana Whitfield"},
		},
		{
			name:   "an office of a body named with it, and an abbreviated title",
			text:   "The oil workers' union gave the company seven days to pay the arrears. But the Managing Director of Kestrel Oil, Engr. Tunde Bello, called the ultimatum premature. “The figure the union presents has not been reconciled,” Bello said. Kestrel Oil said it would meet the union on Monday.",
			want:   map[string]string{"Kestrel Oil": KindOrganisation},
			people: map[string][]string{"Kestrel Oil": {"Tunde Bello"}},
			not:    []string{"Managing Director of Kestrel Oil", "Engr. Tunde Bello"},
		},
		{
			// A lender and a neighbour's port named once in passing are
			// context, not sides (actingParties).
			name: "bodies named once in passing",
			text: "Dockers end strike\n\nMOMBASA - The Dock Workers Union and the Kenya Ports Authority signed a pay deal on Friday, ending an eleven-day strike. The union's secretary general, Simon Sang, said members would return on Monday. “We have won what we came for,” he said. The Kenya Ports Authority said it would pay the arrears in March. The Dock Workers Union had asked for 15%. The World Bank lent Kenya $500 million for the port in 2019. The Tanzania Ports Authority diverted two vessels to Dar es Salaam during the strike. The Kenya Ports Authority and the union will meet again in June.\n",
			want: map[string]string{"Dock Workers Union": KindOrganisation, "Kenya Ports Authority": KindOrganisation},
			not:  []string{"World Bank", "Tanzania Ports Authority"},
		},
		{
			name: "a third party named once in passing is no principal",
			text: "Dockers end strike\n\nMOMBASA - The Dock Workers Union and the Kenya Ports Authority signed a pay deal on Friday, ending an eleven-day strike. The Dock Workers Union said members would return on Monday. The Kenya Ports Authority said it would pay the arrears in March. The World Bank lent Kenya $500 million for the port in 2019. The Kenya Ports Authority and the union will meet again in June.\n",
			want: map[string]string{"Dock Workers Union": KindOrganisation, "Kenya Ports Authority": KindOrganisation},
			not:  []string{"World Bank"},
		},
		{
			name: "a short text keeps its principals",
			text: "Russia and Ukraine agreed on Friday to exchange 100 prisoners each.\n",
			want: map[string]string{"Russia": KindCountry, "Ukraine": KindCountry},
		},
		{
			name: "a people named only by its adjective is no party",
			text: "Hindu leaders and the state government met on Monday to settle the temple dispute. The government said it would return the land. “We are ready to talk,” said Ravi Menon, a Hindu priest. The Hindu festival begins next week. Menon said the leaders would answer on Friday.",
			not:  []string{"Hindu"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			got := map[string]Party{}
			for _, p := range b.Parties {
				got[p.Name] = p
			}
			for name, kind := range tt.want {
				p, ok := got[name]
				switch {
				case !ok:
					t.Errorf("no party %q in %+v", name, b.Parties)
				case p.Kind != kind:
					t.Errorf("party %q is a %s, want %s", name, p.Kind, kind)
				}
			}
			for name, people := range tt.people {
				for _, person := range people {
					if !slices.Contains(got[name].People, person) {
						t.Errorf("party %q lists %v, want %q among them", name, got[name].People, person)
					}
				}
			}
			for name, people := range tt.outsiders {
				for _, person := range people {
					if slices.Contains(got[name].People, person) {
						t.Errorf("party %q lists %q, who is not on its side", name, person)
					}
				}
			}
			for _, name := range tt.not {
				if _, ok := got[name]; ok {
					t.Errorf("%q listed as a party: %+v", name, b.Parties)
				}
			}
		})
	}
}

func TestPartyName(t *testing.T) {
	tests := []struct {
		name, kind, want string
		ok               bool
	}{
		{"An EU", KindOrganisation, "EU", true},
		{"The Kremlin", KindOrganisation, "Kremlin", true},
		{"the workers", KindGroup, "the workers", true},
		{"President", KindPerson, "President", false},
		{"Friday", "", "Friday", false},
		{"Hamas", KindOrganisation, "Hamas", true},
		{"Vietnam War", KindPerson, "Vietnam War", false},
		{"Clean Power Plan", KindOrganisation, "Clean Power Plan", false},
		{"Warsaw Pact", KindOrganisation, "Warsaw Pact", true},
		{"Act", KindOrganisation, "Act", true},
		{"Epic Games", KindOrganisation, "Epic Games", true},
	}
	for _, tt := range tests {
		got, ok := partyName(tt.name, tt.kind)
		if got != tt.want || ok != tt.ok {
			t.Errorf("partyName(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestHyphenAdjective(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"League-trained", true},
		{"Florida-based", true},
		{"Saudi-led", true},
		{"Clinton-supporting", true},
		{"Geun-hye", false},
		{"Jong-un", false},
		{"Jae-in", false},
		{"Xiao-ping", false},
		{"Coca-Cola", false},
		{"Trump", false},
	}
	for _, tt := range tests {
		if got := hyphenAdjective(tt.word); got != tt.want {
			t.Errorf("hyphenAdjective(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// labourStory is a story of our own about a nurses' strike: a union named
// as an association and described as "the union", a company and its
// chief executive, a governor.
const labourStory = "Nurses at three Riverside Health hospitals will walk off the job on Dec. 12 unless the company improves its pay offer, the Colorado Nurses Association said on Tuesday, after two days of talks ended without a deal.\n\n" +
	"The union, which represents about 4,200 nurses, said Riverside's latest offer of a 9% raise over three years fell far short of what was needed to keep experienced staff. \"Our members cannot keep working 16-hour shifts for wages that have not kept up with rents,\" said union president Maria Delgado. \"We are ready to talk, but we are also ready to strike.\"\n\n" +
	"Riverside Health said in a statement that its offer was \"fair and competitive\" and that it had proposed hiring 300 additional nurses. Chief executive Tom Becker told reporters the company would keep hospitals open during any strike by bringing in temporary staff.\n\n" +
	"Becker said the two sides remained about $40 million apart over the life of the contract. He added that Riverside was willing to return to the table \"at any time.\"\n\n" +
	"Governor Jared Polis urged both sides to accept mediation. A federal mediator is expected to meet negotiators in Denver next week, according to the union.\n\n" +
	"Delgado said nurses would hold a rally outside Riverside's headquarters on Saturday."

// tradeStory is a story of our own about trade talks between two blocs.
const tradeStory = "The European Union and the Mercosur bloc of South American countries are close to finalising a free trade agreement after 25 years of negotiations, officials on both sides said on Monday, though France said it would not sign the deal in its current form.\n\n" +
	"European Commission President Ursula von der Leyen said the agreement would create \"a market of 700 million people\" and open new opportunities for European exporters. \"We are in the final stretch,\" she told reporters in Brussels.\n\n" +
	"Brazil's foreign minister, Mauro Vieira, said Mercosur had made important concessions on public procurement and was waiting for the EU to respond to its proposals on car tariffs.\n\n" +
	"French President Emmanuel Macron, under pressure from farmers who fear cheap beef imports, said the deal \"cannot be accepted as it stands.\" His agriculture minister, Annie Genevard, warned that France would seek a blocking minority among EU member states."

// TestLowerWords: the words a document writes in lower case (writesLower), which make a
// one-word "name" written with a capital elsewhere a common word
// ("Federal" beside "federal grants").
func TestLowerWords(t *testing.T) {
	d := newDoc("Federal said it would close the plant. The union said federal grants could keep it open. NATO met.")
	d.findMentions()
	tests := []struct {
		word string
		want bool
	}{
		{"federal", true},
		{"grants", true},
		{"nato", false},
		{"union", true},
		{"Federal", false},
	}
	for _, tt := range tests {
		if got := d.writesLower(tt.word); got != tt.want {
			t.Errorf("writesLower(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestBareWord: a one-word "person" needs a title, a full name, words of
// its own or the entity model's type twice.
func TestBareWord(t *testing.T) {
	tests := []struct {
		name   string
		tokens []string
		roles  []string
		spoke  int
		votes  int
		want   bool
	}{
		{"one word, no evidence", []string{"weeks"}, nil, 0, 1, true},
		{"a full name", []string{"anna", "berg"}, nil, 0, 0, false},
		{"a title", []string{"berg"}, []string{"minister"}, 0, 0, false},
		{"words of its own", []string{"berg"}, nil, 1, 0, false},
		{"the entity model, twice", []string{"berg"}, nil, 0, 2, false},
	}
	for _, tt := range tests {
		e := &entity{tokens: tt.tokens, roles: tt.roles}
		if got := bareWord(e, partyStats{spoke: tt.spoke, agent: 1}, tt.votes); got != tt.want {
			t.Errorf("%s: bareWord = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDesignatedForm: a firm's name without its designation, or the first
// or last words of that, is the firm; a body's name is not shortened so.
func TestDesignatedForm(t *testing.T) {
	tests := []struct {
		short, long string
		want        bool
	}{
		{"Big Machine", "Big Machine Records", true},
		{"Disney", "Walt Disney Co", true},
		{"Verizon", "Verizon Communications", true},
		{"Federal Reserve", "Federal Reserve Bank of New York", false},
		{"Big Machine Records", "Big Machine Records", false},
		{"Harbor", "Blue Harbor Policy Institute", false},
		{"Nordvik", "Nordvik Capital", true},
		{"Glenmore", "Glenmore Resources", true},
	}
	for _, tt := range tests {
		if got := designatedForm(tt.short, tt.long); got != tt.want {
			t.Errorf("designatedForm(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
	cores := []struct{ name, want string }{
		{"Trouble-hit Mitsubishi Motors", "mitsubishi"},
		{"Big Machine Records", "big machine"},
		{"Caldera", ""},
	}
	for _, tt := range cores {
		if got := firmCore(tt.name); got != tt.want {
			t.Errorf("firmCore(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPositionsOfAFirmByItsShortName checks that what a firm's short name
// says is the position of the party it was folded into.
func TestPositionsOfAFirmByItsShortName(t *testing.T) {
	b := treeBrief(t, "Trouble-hit Mitsubishi Motors is in talks with French carmaker PSA Peugeot Citroen about a possible alliance, a newspaper reported. On Tuesday Mitsubishi, the only major Japanese car firm in the red, confirmed earlier reports of negotiations. A spokesman said Mitsubishi could build cars for PSA. Mitsubishi is due to unveil a recovery plan later in January.")
	found := false
	for _, p := range b.Positions {
		if strings.HasPrefix(p.Party, "Mitsubishi") && strings.Contains(p.Text, "confirmed earlier reports") {
			found = true
		}
	}
	if !found {
		t.Errorf("no Mitsubishi position in %+v (parties %+v)", b.Positions, b.Parties)
	}
}

// TestWorkersAreNotTheirEmployer checks that people named by where they
// work ("Nurses at City Hospital") hold no position for their employer.
func TestWorkersAreNotTheirEmployer(t *testing.T) {
	b := treeBrief(t, "Nurses at City Hospital rejected a new pay offer on Monday. The hospital offered a 4% raise. Hospital chief executive Mark Bell rejected the union's demand for 9%, calling it unaffordable. The union said its members would vote on Friday.")
	for _, p := range b.Positions {
		if strings.HasPrefix(p.Text, "Nurses at City Hospital") && p.Party == "City Hospital" {
			t.Errorf("position %+v credited to the nurses' employer", p)
		}
	}
}

// TestCorporateNounsAreLemmas: the tree is read by lemma, so the nouns
// that make a name a company must be listed as lemmas ("Home Depot
// shares" has the lemma "share").
func TestCorporateNounsAreLemmas(t *testing.T) {
	an, err := nlp.New()
	if err != nil {
		t.Skip(err)
	}
	lm := an.Lemmatizer()
	for _, w := range []string{"shares", "shareholders", "profits", "earnings", "boards", "subsidiaries", "headquarters", "management"} {
		if l := lm.Lemma(w, "NOUN"); !corporateNouns[l] {
			t.Errorf("the lemma %q of %q is not among corporateNouns", l, w)
		}
	}
}

// TestItsNames checks what the story's pronouns say of its names: a name
// coreference takes up as "it", one that says something of "it" as the
// subject of a verb of saying, and one taken up as "she" or "he" (a
// person's, whatever the entity model voted).
func TestItsNames(t *testing.T) {
	tests := []struct {
		name, text, entity string
		its, saidIt, heShe bool
	}{
		// "Logistics" closes a company's name, so the entity model's rules
		// type it a body and coreference takes "it" and "its" up as it.
		{"a body said of it", "Velmar Logistics and the union failed to reach a deal. Velmar Logistics said it would not raise its offer.", "Velmar Logistics", true, true, false},
		{"a person taken up as she", "Ava Marlowe said on Monday that the studio had cut her film. Marlowe said she would appeal.", "Ava Marlowe", false, false, true},
	}
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text)
			d.findMentions()
			d.attribute()
			tr := newTree(an.Analyze(d.blankDateline(analysisText(d.text))), d.quotedSpans())
			ei := d.entityNamed(tt.entity)
			if ei < 0 {
				t.Fatalf("no entity %q", tt.entity)
			}
			its, saidIt, heShe := tr.itsNames(d, d.mentionEntities())
			if its[ei] != tt.its || saidIt[ei] != tt.saidIt || heShe[ei] != tt.heShe {
				t.Errorf("its, saidIt, heShe = %v, %v, %v; want %v, %v, %v", its[ei], saidIt[ei], heShe[ei], tt.its, tt.saidIt, tt.heShe)
			}
		})
	}
}

// TestOfficeOf checks the office a role's words name: a head of state or
// government, a minister's portfolio, and none for a deputy's or a former
// holder's role.
func TestOfficeOf(t *testing.T) {
	tests := []struct{ role, want string }{
		{"Foreign Minister", "foreign"},
		{"the finance minister", "finance"},
		{"Prime Minister", "head"},
		{"President", "head"},
		{"a deputy foreign minister who led the technical talks", ""},
		{"Deputy Prime Minister", ""},
		{"Vice President", ""},
		{"former Foreign Minister", ""},
	}
	for _, tt := range tests {
		if got := officeOf(strings.Fields(tt.role)); got != tt.want {
			t.Errorf("officeOf(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// TestCountryOfBody checks the country a government body the story places
// in a capital belongs to: the capital's, unless the body's name says
// whose it is or it is an embassy.
func TestCountryOfBody(t *testing.T) {
	d := newDoc("The United States and China agreed to extend their truce. The Commerce Ministry in Beijing said it hoped for more. " +
		"The United States Embassy in Beijing said the talks would continue. The Ecuadorean Ministry in London said nothing.\n")
	d.findMentions()
	tests := []struct{ body, want string }{
		{"Commerce Ministry", "China"},
		{"United States Embassy", ""},
		{"Ecuadorean Ministry", ""},
	}
	for _, tt := range tests {
		ei := d.entityNamed(tt.body)
		if ei < 0 {
			t.Errorf("no entity %q", tt.body)
			continue
		}
		got := ""
		if c := d.countryOfBody(ei); c >= 0 {
			got = d.ents[c].name
		}
		if got != tt.want {
			t.Errorf("countryOfBody(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

func TestBracketAcronym(t *testing.T) {
	tests := []struct {
		ac, name string
		want     bool
	}{
		{"ELN", "National Liberation Army", true},
		{"UAAR", "Union of Rationalist Atheists and Agnostics", true},
		{"MOTIE", "Industry and Energy", false},
		{"DVD", "The Wall", false},
		{"FARC", "Revolutionary Armed Forces of Colombia", true},
	}
	for _, tt := range tests {
		if got := bracketAcronym(tt.ac, tt.name); got != tt.want {
			t.Errorf("bracketAcronym(%q, %q) = %v, want %v", tt.ac, tt.name, got, tt.want)
		}
	}
}

// TestPlaceOfWorkIsNoSide checks that a source described by where they
// are based ("One captain based in Denver") is no party of that place,
// and holds no position for it.
func TestPlaceOfWorkIsNoSide(t *testing.T) {
	b := treeBrief(t, "Airline and pilots reach tentative deal after mediator steps in\n\nCHICAGO — United Air Lines and the union representing its 14,000 pilots reached a tentative agreement early Sunday after three days of talks overseen by a federal mediator, the two sides said.\n\nThe deal, which must be ratified by union members, would raise pay by 34% over four years, according to a person familiar with the terms who was not authorized to discuss them.\n\n\"This agreement recognizes the contributions our pilots made during the toughest period in our history,\" United chief executive Scott Kirby said in a memo to employees. \"It also gives us the certainty we need to grow.\"\n\nCapt. Garth Thompson, who chairs the union's master executive council, told members in a video message that the deal was \"industry-leading.\" But some pilots were skeptical. One captain based in Denver, who asked not to be named because he was not authorized to speak to the media, said the retirement provisions fell short. \"The pay is fine. The pension is not,\" he said.\n\nThe mediator, Linda Puchala, declined to comment. A spokesperson for the National Mediation Board said the board \"does not comment on ongoing cases.\"\n\nAnalysts said the deal would add about $1 billion a year to United's costs. \"It is expensive, but a strike would have been far more expensive,\" said Helane Becker, an analyst at TD Cowen. She said investors would focus on whether United could pass the costs on to travelers.\n\nThompson said the union would hold information sessions in the coming weeks. Voting will close on March 1.")
	for _, p := range b.Parties {
		if p.Name == "Denver" {
			t.Errorf("Denver is a party: %+v", b.Parties)
		}
	}
	for _, p := range b.Positions {
		if p.Party == "Denver" {
			t.Errorf("position %+v credited to the place the source is based in", p)
		}
	}
}

// TestMembersBodyAndFrontedPlace checks that a body named after its
// members with a possessive ("the International Longshoremen's
// Association") is one party by its whole name, and that a place set off
// before a person ("At the Port of Savannah, longshoreman Marcus Reed")
// is not his side.
func TestMembersBodyAndFrontedPlace(t *testing.T) {
	b := treeBrief(t, "Dockworkers and port operators resume talks as strike enters second week\n\nBALTIMORE (AP) — Dockworkers and port operators returned to the bargaining table on Monday as a strike that has shut container terminals from Maine to Texas entered its second week.\n\nHarold Daggett, president of the International Longshoremen's Association, said the union would not accept any contract that allowed automated cranes. \"Not one job will be lost to a machine,\" Daggett told a rally outside the Port of Baltimore on Sunday. \"Not one.\"\n\nThe United States Maritime Alliance, which represents the operators, said in a statement that it had offered a 50% wage increase over six years. Its chairman, David Adam, said the offer was \"the best in the history of this industry.\" He added that the alliance was prepared to keep talking \"for as long as it takes.\"\n\nDaggett dismissed the offer. He said the operators had made billions during the pandemic and could afford more. \"They want us to be grateful for crumbs,\" he said.\n\nActing Labor Secretary Julie Su met both sides in Washington on Saturday. A Labor Department spokesperson said Su had urged them \"to reach a fair agreement quickly.\" She did not say whether the administration would intervene.\n\nRetailers are growing anxious. \"Every day of this strike costs our members money and costs consumers choice,\" said Jonathan Gold, vice president at the National Retail Federation. Gold said some retailers had begun rerouting shipments to West Coast ports.\n\nAt the Port of Savannah, longshoreman Marcus Reed, 34, said he had been on the picket line every day. \"My father worked these docks and so did his father,\" Reed said. \"We're not going to be the generation that gives it away.\"")
	var names []string
	for _, p := range b.Parties {
		names = append(names, p.Name)
		if strings.Contains(p.Name, "Savannah") {
			t.Errorf("a place before a person is a party: %+v", p)
		}
		if p.Name == "Association" {
			t.Errorf("a body's name cut at its possessive: %+v", p)
		}
	}
	if !slices.Contains(names, "International Longshoremen's Association") {
		t.Errorf("parties %q lack the International Longshoremen's Association", names)
	}
}

// TestAgenciesAreNoParties checks that state news agencies and magazines
// a story cites are not parties.
func TestAgenciesAreNoParties(t *testing.T) {
	b := treeBrief(t, "North Korea and China held talks in Beijing on Tuesday. Kim Jong-un left for China on a private train on Monday, North Korea's state-run KCNA news agency said. China said the visit would strengthen ties. North Korea said it was ready for a second summit, the New Yorker reported. China said the talks would go on, according to The Canadian Press.")
	for _, p := range b.Parties {
		if p.Name == "KCNA" || p.Name == "New Yorker" || p.Name == "Canadian Press" {
			t.Errorf("an outlet is a party: %+v", p)
		}
	}
}

// TestHyphenedAcronym checks that an acronym of two acronyms joined by a
// hyphen ("SAG-AFTRA") is the body whose hyphened name it abbreviates,
// one party with both of its people.
func TestHyphenedAcronym(t *testing.T) {
	b := treeBrief(t, "Video game actors end strike after deal on AI protections\n\nLOS ANGELES — Video game performers ended their nearly yearlong strike on Wednesday after members of the Screen Actors Guild-American Federation of Television and Radio Artists ratified a contract with major game studios that sets rules for the use of artificial intelligence.\n\n\"This contract is a landmark,\" SAG-AFTRA national executive director Duncan Crabtree-Ireland said in an interview. \"For the first time, performers have a say over whether their voices and likenesses can be replicated.\"\n\nThe studios, represented by a group that includes Activision and Electronic Arts, said in a joint statement that the agreement \"reflects our deep respect for the talented performers who bring our games to life.\"\n\nAudrey Cooling, a spokesperson for the companies, said they were pleased the strike was over. She declined to say how much the wage increases would cost.\n\nNot all members were satisfied. Voice actor Sarah Elmaleh, who served on the union's negotiating committee, said the consent rules still had loopholes. \"We fought hard, and we won a lot,\" she said. \"But the fight over AI is not over. It has barely started.\"\n\nCrabtree-Ireland acknowledged the concerns. \"Nobody got everything they wanted,\" he said. \"That is what a negotiation is.\"\n\nMembers approved the deal by a margin of 95% to 5%, the union said. About 2,500 performers are covered by the agreement.")
	for _, p := range b.Parties {
		if p.Name == "SAG-AFTRA" {
			t.Errorf("the acronym is a party of its own: %+v", b.Parties)
		}
	}
}

// TestItsRoleAfterDescribedBody checks that a role opening its sentence
// with "Its" ("Its chairwoman, Ingrid Mulder-Baas,") is on the side of
// the body the sentence before has as its subject, where that subject is
// a body's noun set beside the body's name ("The employers' association,
// Deltalinqs Terminals, said…"), and is no party of her own.
func TestItsRoleAfterDescribedBody(t *testing.T) {
	b := treeBrief(t, "Port workers reach tentative deal after 11-day walkout\n\nROTTERDAM (Reuters) - Dockworkers reached a tentative agreement with terminal operators on Tuesday, ending an 11-day walkout, the FNV union said.\n\n\"It was not easy, but we got there,\" Niek Verhoeven, the union's lead negotiator, told reporters.\n\nThe employers' association, Deltalinqs Terminals, said in a statement that the agreement \"protects the competitiveness of the port.\"\n\nIts chairwoman, Ingrid Mulder-Baas, was more cautious. Speaking to the broadcaster NOS, she said the cost of the deal would have to be recovered. \"We will not pass all of it on to shippers, but some of it we must,\" Mulder-Baas said.")
	var names []string
	found := false
	for _, p := range b.Parties {
		names = append(names, p.Name)
		if p.Name == "Ingrid Mulder-Baas" {
			t.Errorf("the chairwoman is a party of her own: %+v", p)
		}
		if p.Name == "Deltalinqs Terminals" && slices.Contains(p.People, "Ingrid Mulder-Baas") {
			found = true
		}
	}
	if !found {
		t.Errorf("Deltalinqs Terminals does not list its chairwoman: %+v", b.Parties)
	}
}

// TestFormerOfficeAndStateAbbreviation checks that a former president is
// no one on the White House's side by his title, and that a US state news
// abbreviates after a town ("Lansing, Mich.") is no party.
func TestFormerOfficeAndStateAbbreviation(t *testing.T) {
	b := treeBrief(t, "LANSING, Mich., Oct. 4 (UPI) — Former President George Hale criticized the health care law as a \"broken system\" during a campaign stop in Lansing, Mich., on Monday.\n\nThe White House said the law was working. \"It is working for millions of families,\" press secretary Dana Ruiz said.\n\n\"The premiums keep going up,\" Hale said. Hale said the law needed to be fixed.")
	for _, p := range b.Parties {
		if p.Name == "Mich" || p.Name == "Mich." {
			t.Errorf("a state's abbreviation is a party: %+v", p)
		}
		if p.Name == "White House" && slices.Contains(p.People, "George Hale") {
			t.Errorf("a former president is on the White House's side: %+v", p)
		}
	}
}

// TestPlaceInARoleIsNoSide checks that a city a role is in ("a
// spokeswoman for Kestrel Mining in Lusaka") says where the person works,
// not whose side they are on, though the city stands for a country the
// story names; and that a country the name lists know since this round
// (Zambia) is a country.
func TestPlaceInARoleIsNoSide(t *testing.T) {
	b := treeBrief(t, "Zambia nears copper deal with Chinese miner\n\nLUSAKA - Zambia is close to an agreement with Kestrel Mining under which the government would take a larger stake in a copper mine.\n\nZambia's mines minister said the talks were going well. A spokeswoman for Kestrel Mining in Lusaka, Liu Yan, said the company \"values its long partnership with the Zambian people\".\n\nKestrel Mining has operated the mine since 2011.")
	for _, p := range b.Parties {
		if p.Name == "Zambia" {
			if p.Kind != KindCountry {
				t.Errorf("Zambia is a %s", p.Kind)
			}
			if slices.Contains(p.People, "Liu Yan") {
				t.Errorf("a spokeswoman for a company in the capital is on the country's side: %+v", p)
			}
		}
	}
}

// TestTheUnionIsNoUnionOfStates checks that "the union" of workers in a
// story that also names the European Union is not the EU: no position of
// the trade union's is listed under it.
func TestTheUnionIsNoUnionOfStates(t *testing.T) {
	b := treeBrief(t, "Brewer agrees takeover of rival\n\nAMSTERDAM - Dutch brewer Vandermeer agreed to buy Belgian rival Brasserie Lemaire on Monday. The deal needs approval from the European Union, whose competition officials will look hard at Belgium.\n\nThe unions representing Lemaire's 6,000 workers were less enthusiastic. In a post on LinkedIn, ACV union official Karim Benali wrote that workers had \"heard promises like this before.\" The union would seek guarantees on jobs, he said.")
	for _, p := range b.Positions {
		if p.Party == "European Union" && strings.Contains(p.Text, "guarantees on jobs") {
			t.Errorf("the trade union's position listed under the EU: %+v", p)
		}
	}
}

// TestPartySpokenOfIsNotTheSpeakers checks that a lawmaker who says
// something of a party ("Minority Leader Daniel Ocampo … said Republicans
// had walked away") is not put with it, while one the sentence before
// introduces as one of its members still is.
func TestPartySpokenOfIsNotTheSpeakers(t *testing.T) {
	b := treeBrief(t, "Senators trade blame as shutdown talks stall\n\nWASHINGTON (AP) — Senate leaders traded blame on Tuesday as talks to avert a government shutdown stalled.\n\nMajority Leader Karen Whitfield accused Democrats of holding the budget hostage. Her office released a memo arguing that a short-term bill would cost less than a shutdown.\n\nMinority Leader Daniel Ocampo called the memo \"a political stunt\" and said Republicans had walked away from a deal.\n\nSome Republicans are uneasy. Senator Paul Decker of Maine said he believed a compromise was still possible.")
	for _, p := range b.Parties {
		if p.Name == "Republicans" && slices.Contains(p.People, "Daniel Ocampo") {
			t.Errorf("a lawmaker put with the party he speaks of: %+v", p)
		}
	}
}

// TestInsideName checks when a name the lists know opens inside a longer
// capitalised name ("National | Security Council") and when the word
// before it is only a function word or a known name ("The | White House
// spokesman", "UN | Security Council").
func TestInsideName(t *testing.T) {
	tests := []struct {
		written string
		k       int
		want    bool
	}{
		{"Asia director for the National Security Council", 5, true},
		{"Manhattan Supreme Court Justice", 1, true},
		{"The White House spokesman", 1, false},
		{"UN Security Council envoy", 1, false},
		{"spokesman for the Security Council", 3, false},
	}
	for _, tt := range tests {
		written := strings.Fields(tt.written)
		fields := strings.Fields(strings.ToLower(tt.written))
		proper := func(k int) bool { return written[k][0] >= 'A' && written[k][0] <= 'Z' }
		if got := insideName(fields, tt.k, proper); got != tt.want {
			t.Errorf("insideName(%q, %d) = %v, want %v", tt.written, tt.k, got, tt.want)
		}
	}
}
