package ask

import (
	"slices"
	"testing"
)

// TestRound36Bosses: "the boss" of a body is whoever leads it, whatever
// the title ("president", "secretary general"), not a deputy; "the
// deputy" is the deputy; and an office given in a relative clause after
// an appositive ("a pitcher … who is president of the players' union")
// is the person's.
func TestRound36Bosses(t *testing.T) {
	art := textArticle(t, `Dockers end strike

TUNIS - The dockers' union called off its strike on Friday after the port authority agreed to a 6% raise.

"We did not get everything, but we got our dignity back," Karim Ben Salah, the secretary general of the National Dockers' Union (SNTP), told members outside the port.

Nadia Haddad, the SNTP's deputy secretary general, who led the talks, said the authority had wanted a no-strike pledge. "We will sign a wage deal, not a vow of silence," Haddad said.

The crane maker Keystone Lifting's president for Europe, Deborah Lang, said the cranes would be replaced. "A fixed price for cranes is a bet," Lang said.

"We would like it written down," said Omar Dridi, a crane driver at the north quay who is president of the Crane Drivers' Association.`)
	runAnswerCases(t, []answerCase{
		{"secretary general is the boss", art, "what did the sntp boss say", []string{"got our dignity back"}, []string{"vow of silence"}, false},
		{"the deputy", art, "what did the union deputy say", []string{"vow of silence"}, []string{"dignity"}, false},
		{"president for Europe", art, "what did the keystone europe boss say", []string{"is a bet"}, nil, false},
		{"president in a relative clause", art, "what did the crane drivers association president say", []string{"written down"}, nil, false},
	})
}

// TestRound36CasualOffice: "the LumenPlay guy" is the one person the
// article names in an office of LumenPlay.
func TestRound36CasualOffice(t *testing.T) {
	art := textArticle(t, `League nears streaming deal

TAIPEI - The baseball league is close to a five-year streaming deal with LumenPlay, the Singapore-based platform.

LumenPlay's head of Asia-Pacific sports, Vikram Rao, said the platform would pay for exclusivity. "Twelve cameras a game costs money, and exclusivity is how we pay for it," Rao said.

League commissioner Lee Ming-tao said the clubs were split.`)
	runAnswerCases(t, []answerCase{
		{"the LumenPlay guy", art, "what did the lumenplay guy say about exclusivity", []string{"exclusivity is how we pay"}, nil, false},
	})
}

// TestRound36TradeAsModifier: "the welder" is the person who runs "a
// welding business", the -ing form read as an adjective of the noun.
func TestRound36TradeAsModifier(t *testing.T) {
	art := textArticle(t, `Power cuts deepen

LUSAKA - The two utilities cut supply again on Monday.

In the city's Kanyama district, Joseph Mwale runs a welding business that now works mostly at night.

"I sleep in the afternoon and work from midnight," the 52-year-old said.`)
	runAnswerCases(t, []answerCase{
		{"welder", art, "what did the welder in kanyama say", []string{"sleep in the afternoon"}, nil, false},
	})
}

// TestRound36ShareOwned: "how much of X does Y own" asks for a share of X,
// whatever money words name the owner ("the pension fund"), not a count
// or a sum.
func TestRound36ShareOwned(t *testing.T) {
	art := textArticle(t, `Mill bid rejected

MONTREAL - The board of Papeterie Nordet rejected a C$900 million takeover bid on Monday.

Caisse Laurier, a Quebec public-sector pension fund that owns about 12% of Nordet, said it backed the board.`)
	runAnswerCases(t, []answerCase{
		{"share owned", art, "how much of nordet does the pension fund own", []string{"12%"}, nil, false},
	})
}

// TestRound36ConjoinedGuests: in "A, deputy minister for energy, and B,
// chief executive of the chamber", B's role is the one after B's name,
// not A's before the "and".
func TestRound36ConjoinedGuests(t *testing.T) {
	art := textArticle(t, `Power contracts: the debate

The presenter was joined in the studio by Kofi Asante-Mensah, deputy minister for energy, and Abena Owusu-Ansah, chief executive of the Chamber of Power Producers.

Owusu-Ansah said her members had kept the lights on.`)
	roles := map[string][][]string{}
	for i := range art.info {
		si := &art.info[i]
		for _, e := range si.ents {
			if _, ok := roles[e.text]; !ok {
				roles[e.text] = si.roleStems(e)
			}
		}
	}
	for _, tc := range []struct {
		name string
		want string
		not  string
	}{
		{"Kofi Asante-Mensah", "deputi", "chamber"},
		{"Abena Owusu-Ansah", "chamber", "deputi"},
	} {
		all := slices.Concat(roles[tc.name]...)
		if !slices.Contains(all, tc.want) || slices.Contains(all, tc.not) {
			t.Errorf("roles of %s = %v, want %q and not %q", tc.name, roles[tc.name], tc.want, tc.not)
		}
	}
}

// TestRound36BodyOfNames: "the Syndicate of Cashew Exporters of
// KORHOGO" is a body even where the entity model finds nothing, and "the
// exporters official" is the one who speaks for the syndicate whose name
// holds "Exporters".
func TestRound36BodyOfNames(t *testing.T) {
	art := textArticle(t, `Floor agreed

ABIDJAN - Growers and exporters agreed on Thursday on a minimum farm-gate price.

Exporters, grouped in the Syndicate of Cashew Exporters of KORHOGO (SYNEX), argue that the floor has priced their crop out of Europe.

Koffi Yao, who speaks for the syndicate, told reporters its members had signed "with a gun to our heads." "We have warehouses in Korhogo full of last year's crop," Yao said.`)
	if n := art.describedPerson([]string{"exporters", "official"}); n == nil || n.full != "Koffi Yao" {
		t.Errorf("the exporters official = %v, want Koffi Yao", n)
	}
}

// TestRound36CasualDescription: "the labour federation guy" is whoever
// the other words describe, whatever the office (a vice-chairman), as
// "the labour federation official" is.
func TestRound36CasualDescription(t *testing.T) {
	art := textArticle(t, `Walkout at shoe plant

BIEN HOA - Thousands of workers walked out on Monday over a cut in their year-end bonus.

"The company must show the workers its numbers," said Nguyen Van Binh, vice-chairman of the Dong Nai Provincial Federation of Labour.`)
	for _, phrase := range [][]string{{"labour", "federation", "official"}, {"labour", "federation", "guy"}} {
		if n := art.describedPerson(phrase); n == nil || n.full != "Nguyen Van Binh" {
			t.Errorf("%v = %v, want Nguyen Van Binh", phrase, n)
		}
	}
}

// TestRound36CountedEvent: "how many people were killed" is not answered
// by how many were displaced: the passive verb says what is counted.
func TestRound36CountedEvent(t *testing.T) {
	art := textArticle(t, `Truce agreed around Gao

BAMAKO - The army and the armed groups agreed on Tuesday to a 60-day truce around the town of Gao.

Fighting around Gao has displaced more than 20,000 people since March, according to U.N. estimates.`)
	runAnswerCases(t, []answerCase{
		{"killed", art, "how many people have been killed in the gao fighting", nil, nil, true},
		{"displaced", art, "how many people have been displaced by the fighting", []string{"20,000"}, nil, false},
	})
}
