package ask

import "testing"

// TestRound57OfficeOfAPlace: "who is the president of X" asks for the
// holder of an office, not who X is; where the article never writes the
// office, the answer declines. The analysis may give the name the
// question matches no kind (a speaker "Colombia’s government" read from
// "the government insists"): the office word and its "of" decide, and
// identity no longer answers with the sentence that introduces the
// government.
func TestRound57OfficeOfAPlace(t *testing.T) {
	art := textArticle(t, `Truce extended

HAVANA — Colombia’s government and the Popular Liberation Front rebel group agreed to extend the truce to the region first.

The government insists that kidnapping must end before an agreement.`)
	runAnswerCases(t, []answerCase{
		{"president", art, "who is the president of colombia", []string{"never mentions"}, []string{"truce"}, true},
		{"identity", art, "who is the popular liberation front", []string{"rebel group"}, nil, false},
	})
	govt := &name{full: "Colombia’s government", keys: []string{"colombia", "government"}}
	for _, c := range []struct {
		q      string
		answer bool
	}{
		{"who is the president of colombia", false},
		{"who is the minister for colombia", false},
		{"who is colombia’s government", true},
	} {
		q := art.parse(c.q, nil)
		q.ent = govt
		if _, ok := art.identity(q); ok != c.answer {
			t.Errorf("%q: identity answers %v, want %v", c.q, ok, c.answer)
		}
	}
}

// TestRound57WonIsAVerb: "won" is the verb of winning, not the stem of
// "won't" the stop-word list holds: "who won last season" is not
// answered by the club "promoted to the top division last season".
func TestRound57WonIsAVerb(t *testing.T) {
	art := textArticle(t, `Clubs agree television deal

RIO DE JANEIRO - The twenty clubs of the top division signed a new television contract on Monday.

Carlos Mendes, president of Esporte Clube Serrano, which was promoted to the top division last season, said his club's share of the money would double. "We won't complain," he said.`)
	runAnswerCases(t, []answerCase{
		{"won", art, "who won last season", []string{"never mentions “won”"}, []string{"promoted"}, true},
		{"won't", art, "what did mendes say about complaining", []string{"complain"}, nil, false},
	})
}

// TestRound57ElectedAuthorityOrGloss: a person's role after the name
// holds a participle that modifies its noun ("the elected authority"),
// and a gloss set off by commas with the phrase after it ("or jilakata,
// of Santa Ana"): "the jilakata of santa ana" is the woman so described
// (the role had stopped at "the", and the answer had gone to the
// village).
func TestRound57ElectedAuthorityOrGloss(t *testing.T) {
	art := textArticle(t, `Village signs water deal with miner

LA PAZ - The village of Santa Ana signed a water agreement with the miner Cobre Andino on Monday. Santa Ana wanted guarantees about its springs first.

“We are not against the mine. We are for the springs,” said Rosa Quispe Mamani, 61, the elected authority, or jilakata, of Santa Ana, who led the village’s delegation.

The company said it would fund two water tanks. “We will measure the springs every month,” the jilakata said.`)
	runAnswerCases(t, []answerCase{
		{"gloss", art, "what did the jilakata of santa ana say about the mine", []string{"not against the mine"}, []string{"guarantees"}, false},
		{"participle", art, "what did the elected authority of santa ana say about the mine", []string{"not against the mine"}, []string{"guarantees"}, false},
	})
}

// TestRound57DatelineNation: "the lithuanian transport minister" in a
// story datelined in Vilnius is its "Transport Minister …", whose
// sentence names no other country; not a minister a sentence gives
// another country ("Chad's delegation is led by Justice Minister …" in a
// story datelined in Doha stays Chad's).
func TestRound57DatelineNation(t *testing.T) {
	vilnius := textArticle(t, `Danish group buys port operator

VILNIUS — A Danish shipping group agreed on Monday to buy the port operator Baltport for €610 million after the Lithuanian government reviewed the deal.

Transport Minister Rasa Vaitkienė said the review had not been a formality. “We asked hard questions and we got written answers,” she said.`)
	doha := textArticle(t, `Ceasefire text agreed in Doha

DOHA — Mediators said on Tuesday that the two delegations had agreed a ceasefire text.

“We have a text both sides can live with,” said Khalid al-Thani, Qatar's minister of state, who chaired the talks.

Chad's delegation is led by Justice Minister Achta Nour. “We came to sign,” she said.`)
	runAnswerCases(t, []answerCase{
		{"dateline", vilnius, "what did the lithuanian transport minister say about the review", []string{"hard questions"}, nil, false},
		{"other country", doha, "what did the qatari minister say", []string{"live with"}, []string{"came to sign"}, false},
	})
}

// TestRound57PeopleWhoWork: "how many people work at X" counts X's
// workers, whom the article calls employees; "how many people" alone
// still counts people.
func TestRound57PeopleWhoWork(t *testing.T) {
	art := textArticle(t, `Port operator sold

VILNIUS - A Danish group agreed to buy the port operator Baltport on Monday.

The buyer has committed to keep all of Baltport’s 1,340 employees for at least three years.`)
	runAnswerCases(t, []answerCase{
		{"work", art, "how many people work at baltport", []string{"1,340 employees"}, nil, false},
		{"employees", art, "how many employees does baltport have", []string{"1,340 employees"}, nil, false},
	})
}

// TestRound57WhoHoldsNamesSomeone: "who is the president of X" is
// answered by a sentence that names the holder, not by one that only
// speaks of the office ("settled by the two presidents by telephone");
// a sentence that names the holder still answers.
func TestRound57WhoHoldsNamesSomeone(t *testing.T) {
	art := textArticle(t, `Fishing deal agreed

DAKAR - Senegal and its northern neighbour agreed on Monday on the fee for fishing licences.

A Senegalese official who took part in the talks said the final figure was settled by the two presidents by telephone.

The northern delegation's chief negotiator, Fisheries Minister Ahmed Ould Salem, called it a fair price.`)
	runAnswerCases(t, []answerCase{
		{"office only", art, "who is the president of senegal", nil, []string{"two presidents"}, true},
		{"holder named", art, "who is the chief negotiator of the northern delegation", []string{"Ahmed Ould Salem"}, nil, false},
	})
}

// TestRound57WhoDidItToThatBody: "who founded nordhavn line", typed in
// lower case, is not answered by who founded another company: the
// evidence speaks of the body asked about, as for a name written with
// capitals (the headline names it, and a headline's names are set aside
// in the search: the story is about them); the company that was founded
// still has its founder.
func TestRound57WhoDidItToThatBody(t *testing.T) {
	art := textArticle(t, `Nordhavn Line agrees takeover of port operator Baltport

VILNIUS - The Danish shipping group Nordhavn Line agreed on Monday to buy the port operator Baltport for €610 million.

The Petrauskas family, which founded Baltport in 1996 and owns 41% of it, has agreed to sell.`)
	runAnswerCases(t, []answerCase{
		{"other body", art, "who founded nordhavn line", nil, []string{"Petrauskas"}, true},
		{"that body", art, "who founded baltport", []string{"Petrauskas family"}, nil, false},
	})
}
