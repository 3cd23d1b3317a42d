package ask

import "testing"

// TestRound41SizeOfTheThingAsked: "how big is the raise?" is not answered
// by a sentence that names the raise beside someone's age: the figure must
// belong to what is asked ("a raise of 6%", "a 6% raise"); "how big a
// stake did it take in 2019?" is declined where that stake is given no
// size (the "two years" after it is no share). "How long did the go-slow last?" asks a length of
// time: "last" is the question's verb, not the "last week" of the article.
func TestRound41SizeOfTheThingAsked(t *testing.T) {
	art := textArticle(t, `Dockers end go-slow with pay deal

MOMBASA - Dockers at the port of Mombasa returned to normal shifts on Friday, ending an eleven-day go-slow, after the port authority agreed to a 6% wage increase over two years.

Amina Odhiambo, a 44-year-old crane operator with three children, said the night allowance mattered more to her than the raise.

The chamber of commerce said last week that the go-slow was costing importers about $2 million a day.

Separately, Coast Freight Holdings said it would buy 30% of Bandari Logistics. Coast Freight first took a stake in Bandari Logistics in 2019, two years after its founding.`)
	runAnswerCases(t, []answerCase{
		{"figure of the raise", art, "how big is the raise", nil, []string{"44-year-old"}, false},
		{"size of a stake", art, "how big a stake did coast freight take in 2019", nil, []string{"two years"}, true},
		{"how long did it last", art, "how long did the go slow last", []string{"eleven-day"}, []string{"last week"}, false},
	})
}

// TestRound41FiguresForWords: a small number the question writes in
// figures is the article's word for it: "the 3 parties" the three
// parties, "round 2" (after its noun) the second round.
func TestRound41FiguresForWords(t *testing.T) {
	art := textArticle(t, `Coalition talks to start

THE HAGUE - Three parties agreed on Tuesday to begin coalition talks after two months of exploratory meetings.

Together the three parties hold 78 of the 150 seats in the House of Representatives.

The first round of talks will be held in The Hague. A second round is due to open in Utrecht on 20 January.`)
	runAnswerCases(t, []answerCase{
		{"cardinal", art, "how many seats do the 3 parties have", []string{"78 of the 150 seats"}, nil, false},
		{"ordinal after its noun", art, "where n when is round 2", []string{"Utrecht", "20 January"}, nil, false},
	})
}

// TestRound41DescribedSpeakers: "the nepal official" is the one person
// the article gives a government post in Nepal, though it never writes
// "official"; "the chiang mai hydrologist" the one who speaks after
// "Hydrologists are not so sure", his place in the credit of a quotation
// split into two sentences.
func TestRound41DescribedSpeakers(t *testing.T) {
	art := textArticle(t, `Dam deal signed

VIENTIANE - Laos, Cambodia and Vietnam signed a deal on dry-season flows on Friday.

"The glaciers do not wait for negotiations," said Nepal's secretary for forests and environment, Bishnu Prasad Adhikari-Thapa, who attended as an observer.

Hydrologists are not so sure. "The number itself is fine. The problem is who checks it," said Dr. Wiraporn Chaiyasit, a river engineer at Chiang Mai University.`)
	runAnswerCases(t, []answerCase{
		{"official", art, "wat did the nepal official say abt glaciers", []string{"Adhikari-Thapa", "glaciers do not wait"}, nil, false},
		{"by context", art, "what did the chiang mai hydrologist say the problem is", []string{"Wiraporn Chaiyasit", "who checks it"}, nil, false},
	})
}

// TestRound41LetGo: "letting go" of detainees is releasing them, which
// the article writes as "release".
func TestRound41LetGo(t *testing.T) {
	art := textArticle(t, `Truce agreed in Juba

JUBA - The government and rebels agreed a 45-day truce on Friday after eleven days of talks.

The government also agreed to release 37 detainees held in Malakal within 14 days.`)
	runAnswerCases(t, []answerCase{
		{"let go", art, "how many detainees is the govt letting go", []string{"37 detainees"}, nil, false},
	})
}

// TestRound41CeoOfTheBodyAsked: "kuusamo's ceo" is the chief executive
// whose role names no other body, not "Sundvik's chief executive", where
// the article gives Kuusamo's by title alone.
func TestRound41CeoOfTheBodyAsked(t *testing.T) {
	art := textArticle(t, `Sundvik raises bid for Kuusamo Board

HELSINKI - Swedish packaging group Sundvik Group AB raised its hostile offer for Finnish paperboard maker Kuusamo Board to €14.60 a share on Tuesday. The company, which owns eleven mills, said the offer was final.

“We have made a full and fair offer, and today we have made it fuller,” Johan af Klinteberg, Sundvik’s chief executive, said on a call with analysts.

Within two hours, Kuusamo Board’s board of directors said in a statement that the raised offer “continues to materially undervalue the company”.

Chief executive Outi Häkkinen-Laaksonen went further. “Sundvik is trying to buy a forest at the price of the firewood,” Häkkinen-Laaksonen told the Review.`)
	runAnswerCases(t, []answerCase{
		{"ceo of the body asked", art, "wat did kuusamo's ceo say abt firewood", []string{"Häkkinen-Laaksonen", "price of the firewood"}, nil, false},
	})
}

// TestRound41PeoplesWordOfAShortName: "the congolese foreign minister"
// is "Congo's foreign minister", a name the country lists hold only in
// full ("Republic of Congo"), by the people's word's ending taken off.
func TestRound41PeoplesWordOfAShortName(t *testing.T) {
	art := textArticle(t, `Truce in Cabinda

LUANDA - Angola and separatists agreed a 45-day truce on Sunday.

“We have silenced the guns for 45 days. What we do with the silence is the real test,” said Denis Loubaki-Nzaba, Congo’s foreign minister, who chaired the talks.`)
	runAnswerCases(t, []answerCase{
		{"congolese", art, "what did the congolese foreign minister say about the silence", []string{"Loubaki-Nzaba", "silenced the guns"}, nil, false},
	})
}

// TestRound41AcronymOfTheBody: "the riders union president" is the
// "President of the UPR", the initials the article spells out as the
// Union of Professional Riders, not the president of another body.
func TestRound41AcronymOfTheBody(t *testing.T) {
	art := textArticle(t, `Riders’ union and road teams sign first joint agreement for women’s top tier

Issued jointly by the Union of Professional Riders (UPR) and the Association of International Road Teams (AIRT) | Aigle, 4 December 2025

The Union of Professional Riders (UPR) and the Association of International Road Teams (AIRT) today signed the first joint agreement covering riders on women’s WorldTeams.

“For years, women riders were paid like amateurs. From today, that changes, and it changes in writing,” said Anouk de Wilde-Jansen, President of the UPR and a former world team time trial champion.

Giancarlo Ferrando-Bertolucci, President of AIRT and general manager of the Italian team Valdarno, said: “Teams want a sport that sponsors can trust and that riders can build a career in.”`)
	runAnswerCases(t, []answerCase{
		{"acronym", art, "what did the riders union president say changes from today", []string{"Anouk de Wilde-Jansen", "it changes in writing"}, []string{"Ferrando-Bertolucci"}, false},
	})
}

// TestAcronymHolds checks the word test behind "the riders union
// president": a role's initials (stems: "upr") hold the words the
// article spells them out with ("Union of Professional Riders").
func TestAcronymHolds(t *testing.T) {
	art := textArticle(t, `Riders sign agreement

AIGLE - The Union of Professional Riders (UPR) and the teams signed an agreement on Monday.`)
	tests := []struct {
		role []string
		stem string
		want bool
	}{
		{[]string{"presid", "upr"}, porter("riders"), true},
		{[]string{"presid", "upr"}, porter("union"), true},
		{[]string{"presid", "upr"}, porter("teams"), false},
		{[]string{"presid", "airt"}, porter("riders"), false},
	}
	for _, tt := range tests {
		if got := art.acronymHolds(tt.role, tt.stem); got != tt.want {
			t.Errorf("acronymHolds(%v, %q) = %v, want %v", tt.role, tt.stem, got, tt.want)
		}
	}
}
