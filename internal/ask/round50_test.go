package ask

import (
	"strings"
	"testing"
)

// TestRound50Typos: a question's word that is a slip of one of the
// article's words ("the negotiater", "rep kwack") is read as that word;
// a word English knows stays as typed ("the minister" is not made
// "ministry"), and a slip close to two of the article's words is left
// alone.
func TestRound50Typos(t *testing.T) {
	art := textArticle(t, `Seoul and Washington end nuclear round

SEOUL - South Korea and the United States ended a fifth round of nuclear talks on Friday without a deal on enrichment.

Rep. Kwak Do-yoon, an opposition lawmaker, wrote in a newspaper column that the government was "asking politely for what it should demand."

The American negotiator, Warren Kellerman, said the alliance "does not need enrichment to be strong." The ministry said talks would resume in September.`)
	runAnswerCases(t, []answerCase{
		{"a surname misspelled", art, "wat did rep kwack write in his column", []string{"asking politely"}, nil, false},
		{"a role misspelled", art, "what did the american negotiater say", []string{"does not need enrichment"}, nil, false},
		{"a known word stays", art, "what did the finance minister say", nil, []string{"does not need enrichment"}, true},
	})
}

// TestEditDistance checks the one-letter edits, a swap counting one.
func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"captian", "captain", 1, 1},
		{"mediater", "mediator", 2, 1},
		{"kwack", "kwak", 1, 1},
		{"kwak", "kwak", 1, 0},
		{"negotiater", "negotiator", 2, 1},
		{"abcdef", "uvwxyz", 2, 3},
		{"minster", "minister", 1, 1},
	} {
		if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

// TestRound50BiddingSums: "how much is X bidding" asks for a sum of
// money, which a share of the company does not give; a sum in crowns is
// one. (An offer may be a share: "how much was the owner offering" may
// be answered by "a 4% raise", TestRound35AmountsOffered.)
func TestRound50BiddingSums(t *testing.T) {
	art := textArticle(t, `Brewery bid stalls

PRAGUE - Four weeks after it bid 3.2 billion crowns for Pivovar Hradní Vrch, Wisłana Foods still lacks a yes from both Horáček brothers.

Wisłana could still lower its acceptance threshold to 50%, which would let it take control of the brewery without Pavel's shares.`)
	runAnswerCases(t, []answerCase{
		{"a bid's sum", art, "how much is wisłana bidding for the brewery", []string{"3.2 billion crowns"}, []string{"50%"}, false},
	})
}

// TestRound50MemberOfParliament: "the mp from dhi qar" is the member of
// parliament the article writes out in lower case.
func TestRound50MemberOfParliament(t *testing.T) {
	art := textArticle(t, `Iraq and Turkey sign water memorandum

BAGHDAD - Iraq and Turkey signed a memorandum on Monday on the Tigris.

Raad Fadhil al-Khafaji, an independent member of parliament from Dhi Qar, said the minister had given away Iraq's leverage. "He came home with a promise that has an escape hatch in the first sentence," al-Khafaji said.

The minister, Muntadhar Jawad al-Saadi, said the deal was a turning point.`)
	runAnswerCases(t, []answerCase{
		{"mp written out", art, "wat did the mp from dhi qar say about the deal", []string{"escape hatch"}, []string{"turning point"}, false},
	})
}

// TestRound50EnvoyAmbassador: "the korean envoy" is the ambassador the
// article credits; an ambassador is an envoy.
func TestRound50EnvoyAmbassador(t *testing.T) {
	art := textArticle(t, `Seoul's nuclear envoy on enrichment

SEOUL - South Korea's lead negotiator is Baek Seung-hee, the foreign ministry's ambassador for nuclear energy cooperation. "Patience is the only renewable resource this ministry has never run short of," the ambassador quipped as she sat down.

Kwak Do-yoon, a South Korean opposition lawmaker, said the government was "asking politely." Sigrid Aalto, an analyst in Stockholm, said Seoul had less leverage than its politicians believed.`)
	runAnswerCases(t, []answerCase{
		{"envoy for ambassador", art, "what did the korean envoy quip when she sat down", []string{"Patience"}, []string{"leverage"}, false},
	})
}

// TestRound50CoChair: "the co-chair of the creditor committee", split at
// its hyphen by the question's words, is the one "who co-chairs" it.
func TestRound50CoChair(t *testing.T) {
	art := textArticle(t, `Greece's creditors weigh relief

ATHENS - Greece's official creditors met in Paris on Tuesday.

When I saw Claire Fontanel-Diop, who co-chairs the official creditor committee, in Paris in March, she said, "You have done your part. The rest is on the private side."

Eleni Markou, the finance minister, said the talks were close.`)
	runAnswerCases(t, []answerCase{
		{"co-chair", art, "what did the co-chair of the official creditor committee tell eleni in paris", []string{"done your part"}, []string{"talks were close"}, false},
	})
}

// TestCoPrefixed checks "co" joined only to an office one may share.
func TestCoPrefixed(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"co chair of the committee", "co-chair of the committee"},
		{"the co founder", "the co-founder"},
		{"acme co chief executive", "acme co chief executive"},
		{"co", "co"},
	} {
		if got := strings.Join(coPrefixed(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("coPrefixed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzEditDistance checks the edit distance's bounds: none from a word to
// itself, the same both ways, never more than the limit and one.
func FuzzEditDistance(f *testing.F) {
	f.Add("captian", "captain", 1)
	f.Add("mediater", "mediator", 2)
	f.Add("", "kwak", 2)
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		limit = (limit%3 + 3) % 3
		if d := editDistance(a, a, limit); d != 0 {
			t.Fatalf("editDistance(%q, itself) = %d", a, d)
		}
		d1, d2 := editDistance(a, b, limit), editDistance(b, a, limit)
		if d1 != d2 || d1 > limit+1 || d1 < 0 {
			t.Fatalf("editDistance(%q, %q, %d) = %d, reversed %d", a, b, limit, d1, d2)
		}
	})
}

// TestRound50UsNouns: "bus" and "buses", "bonus" and "bonuses" meet at
// one stem, as "kivu" and "kivus" do; "various" and "us" are no such
// nouns.
func TestRound50UsNouns(t *testing.T) {
	for _, tt := range [][2]string{{"bus", "buses"}, {"bonus", "bonuses"}, {"census", "censuses"}, {"kivu", "kivus"}, {"menu", "menus"}} {
		if a, b := porter(tt[0]), porter(tt[1]); a != b {
			t.Errorf("porter(%q) = %q, porter(%q) = %q", tt[0], a, tt[1], b)
		}
	}
	if usNoun("various") || usNoun("us") || usNoun("thus") {
		t.Error("an adjective or a function word read as a noun in -us")
	}
	art := textArticle(t, `Council saves rural bus routes

ABERAERON - The county council agreed on Tuesday to pay Arfordir Buses to keep twelve rural routes running. The bus company had threatened to drop them in April.

"We were losing money on nine of the twelve routes," said Dafydd Huws, managing director of Arfordir Buses, which employs 85 people.

Cllr Rhodri Wyn Bowen, leader of the Independent group, said the deal bought time.`)
	runAnswerCases(t, []answerCase{
		{"the bus company's boss", art, "wat did the bus company boss say", []string{"losing money"}, []string{"bought time"}, false},
	})
}

// TestRound50OfficeKinds: "the northstar executive" is Northstar's
// senior vice-president: a word for a kind of office holds any office of
// that kind, of whatever rank; not the official of another body.
func TestRound50OfficeKinds(t *testing.T) {
	art := textArticle(t, `Manila and reactor makers open talks

MANILA - The Philippines opened talks on Monday with a consortium led by Northstar Nuclear of the United States.

R. Clayton Mercer, a senior vice-president of Northstar and the head of the consortium's delegation, said the companies were "open to discussing" interim storage of spent fuel.

Energy Secretary Ma. Cristina Villanueva-Santos said the government would not give deadlines to vendors.`)
	runAnswerCases(t, []answerCase{
		{"executive for vice-president", art, "what did the northstar executive say", []string{"open to discussing"}, []string{"deadlines"}, false},
	})
}
