package ask

import "testing"

// TestRound40ChatWordsAndTimes: chat spellings with a digit ("b4") and
// "n" for "and" are read as the words they stand for, and a time after
// what someone said ("before midnight", "after Monday") says when, not what
// about: the person's words are the answer, whatever they were about.
// Of the next steps, the one that holds the question's words answers
// ("when do talks resume": the talks, not the picket that comes first).
func TestRound40ChatWordsAndTimes(t *testing.T) {
	art := textArticle(t, `Ferry crews strike after talks fail

HALIFAX - Ferry crews walked off the job on Monday after talks with the operator broke down shortly before midnight.

The mediator, Joanne Whitcombe, spoke to reporters at 11:40 p.m. “Both sides are still in the building, and that counts for something,” she said.

The union's president, Raymond Doucet, said the crews would picket the terminals in Halifax and Sydney from Tuesday.

Talks are due to resume in Moncton on Thursday.`)
	runAnswerCases(t, []answerCase{
		{"b4", art, "what did the mediator say b4 midnight", []string{"Joanne Whitcombe", "still in the building"}, nil, false},
		{"after a day", art, "what did the mediator say after monday", []string{"Joanne Whitcombe", "still in the building"}, nil, false},
		{"n", art, "when n where do talks resume", []string{"Moncton", "Thursday"}, nil, false},
		{"the step the question names", art, "when do talks resume", []string{"Moncton", "Thursday"}, []string{"picket"}, false},
	})
}

// TestRound40OfficeShortForms: "the opposition mp" is the opposition
// lawmaker the article quotes, "the kilima md" the managing director of
// Kilima's subsidiary ("managing" is the office's word, not a participle
// that says what someone does).
func TestRound40OfficeShortForms(t *testing.T) {
	art := textArticle(t, `Royalty deal divides parliament

NAIROBI - Parliament approved a new royalty deal with Kilima Mining on Tuesday.

Opposition lawmaker Grace Wanjiku told the chamber the deal was a giveaway. “We are selling the mountain for a song,” Wanjiku said.

The managing director of Kilima’s Kenyan subsidiary, Peter Otieno, said the company would invest in the county. “We are not leaving,” Otieno told reporters.

The mining minister, Ali Hassan, said the deal would be reviewed in five years.`)
	runAnswerCases(t, []answerCase{
		{"mp", art, "what did the opposition mp say", []string{"Grace Wanjiku", "mountain for a song"}, []string{"Otieno"}, false},
		{"md", art, "what did the kilima md say", []string{"Peter Otieno", "not leaving"}, []string{"Wanjiku"}, false},
	})
}

// TestRound40RateAsked: a "how much / how many" question that asks a
// rate ("a year", "each day", "monthly") is answered by an amount written
// with that rate ("$40 million a year", "2 million containers annually",
// "every day of a strike would delay $4.5 billion"), and declined where
// the article gives only a count without it ("17,000 passengers" hit by
// one day's strike for "how many passengers a year"), however well the
// sentence fits the question's other words.
func TestRound40RateAsked(t *testing.T) {
	art := textArticle(t, `Port deal signed as airline strike drags on

LIMA - The government and Andes Port signed a 30-year concession on Monday.

Andes Port will pay the state $40 million a year under the deal. The port handles 2 million containers annually, and every day of a strike would delay about $12 million in trade, analysts said.

Separately, Condor Air cancelled 160 flights on Monday, affecting around 17,000 passengers, as its pilots' strike entered a second week.`)
	runAnswerCases(t, []answerCase{
		{"a year", art, "how much will andes port pay per year", []string{"$40 million"}, nil, false},
		{"annually", art, "how many containers does the port handle a year", []string{"2 million containers"}, nil, false},
		{"number after the rate", art, "how much trade would each day of a strike delay", []string{"$12 million"}, nil, false},
		{"a count, no rate", art, "how many passengers does condor air fly a year", nil, []string{"17,000"}, true},
	})
}

// TestRound40TimeAsked: a quantity question about a given time ("last
// year", "in 2019") is answered by a sentence that writes that time, not
// by another year's figure.
func TestRound40TimeAsked(t *testing.T) {
	art := textArticle(t, `Steel quota agreed

BRUSSELS - The EU and the US agreed on Monday that EU steel exports will enter tariff-free up to 4.1 million tonnes a year from January.

Exports fell to 3.2 million tonnes in 2019, the first year of the tariffs.`)
	runAnswerCases(t, []answerCase{
		{"the year written", art, "how much did exports fall to in 2019", []string{"3.2 million tonnes"}, nil, false},
		{"another year's figure", art, "how much steel did the eu export to the us last year", nil, []string{"4.1 million", "3.2 million"}, true},
	})
}

// TestRound40DidSayAnything: "did X say anything about Y" asks for X's
// words: they answer where X spoke, and the question is declined where
// the article reports nothing X said, not answered with a sentence that
// merely names X.
func TestRound40DidSayAnything(t *testing.T) {
	art := textArticle(t, `Detainees swapped at the bridge

ZUGDIDI - Georgia and the Moscow-backed breakaway region of Abkhazia exchanged nine detainees on Thursday.

Tamar Beridze, Georgia's deputy minister for reconciliation, said Tbilisi had promised nothing in exchange.`)
	runAnswerCases(t, []answerCase{
		{"spoke", art, "did georgia say anything about the swap", []string{"promised nothing"}, nil, false},
		{"never spoke", art, "did russia say anything about the swap", []string{"anything Russia said"}, []string{"exchanged nine detainees", "the russia"}, true},
	})
}

// TestRound40PersonOfAGroup: "the civil society lady" is the one person
// the article quotes right after a sentence whose subject is the group
// the question's other words name ("Civil society groups … warned …
// Grace Mwila, coordinator of …, noted …"), whatever her own title.
func TestRound40PersonOfAGroup(t *testing.T) {
	art := textArticle(t, `Copper royalty raised

LUSAKA - Zambia and Kafue Copper agreed on Monday to raise the royalty on copper to 8%.

Civil society groups in Kitwe welcomed the increase but warned that the money had to reach the mining towns. Grace Mwila, coordinator of the Copperbelt Resource Watch, noted that the law already sends 10% of royalties to local councils.

“If the money does not arrive in Chingola, we have renegotiated nothing,” she said.`)
	runAnswerCases(t, []answerCase{
		{"group's person", art, "what did the civil society lady say about chingola", []string{"Grace Mwila", "does not arrive in Chingola"}, nil, false},
	})
}
