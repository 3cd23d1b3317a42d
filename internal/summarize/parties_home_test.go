package summarize

import (
	"slices"
	"testing"
)

// TestLoneHomeCountry checks when the one country of a story gives way to
// the people listed with it: ranked after the principals, with people,
// and no other country in the story (a town or a state is none); and
// when, with no people, it is left out as the setting: ranked below the
// lead, neither acting nor speaking, with no other country.
func TestLoneHomeCountry(t *testing.T) {
	acc := func(name, kind string, people ...string) *partyAcc {
		return &partyAcc{p: Party{Name: name, Kind: kind, People: people}}
	}
	town := func(name string) *partyAcc {
		return &partyAcc{p: Party{Name: name, Kind: KindCountry, People: []string{}}, town: true}
	}
	tests := []struct {
		name  string
		order []*partyAcc
		want  []string
	}{
		{"a country ranked after the principals, alone", []*partyAcc{acc("Republicans", KindOrganisation), acc("Democrats", KindOrganisation), acc("Alicia Machado", KindPerson), acc("United States", KindCountry, "Barack Obama")},
			[]string{"Republicans", "Democrats", "Alicia Machado", "Barack Obama"}},
		{"a principal", []*partyAcc{acc("Zambia", KindCountry, "Hakainde Hichilema"), acc("Glencore", KindOrganisation), acc("IMF", KindOrganisation), acc("World Bank", KindOrganisation)},
			[]string{"Zambia", "Glencore", "IMF", "World Bank"}},
		{"two countries", []*partyAcc{acc("Union", KindOrganisation), acc("Company", KindOrganisation), acc("China", KindCountry, "Xi Jinping"), acc("United States", KindCountry, "Joe Biden")},
			[]string{"Union", "Company", "China", "United States"}},
		{"a town is no second country", []*partyAcc{acc("Teachers' Union", KindOrganisation), acc("School Board", KindOrganisation), town("Dayton"), acc("Ohio Parents", KindGroup), acc("United States", KindCountry, "Joe Biden")},
			[]string{"Teachers' Union", "School Board", "Dayton", "Ohio Parents", "Joe Biden"}},
		{"no people, after the lead", []*partyAcc{acc("A", KindOrganisation), acc("B", KindOrganisation), acc("C", KindOrganisation), acc("United States", KindCountry)},
			[]string{"A", "B", "C"}},
		{"no people, second", []*partyAcc{acc("Ravel Foods", KindOrganisation), acc("Canada", KindCountry), acc("Bakers' Union", KindOrganisation)},
			[]string{"Ravel Foods", "Bakers' Union"}},
		{"no people, leading", []*partyAcc{acc("Peru", KindCountry), acc("Andes Copper", KindOrganisation), acc("Miners' Federation", KindOrganisation)},
			[]string{"Peru", "Andes Copper", "Miners' Federation"}},
		{"no people, acting", []*partyAcc{acc("European Union", KindOrganisation), {p: Party{Name: "China", Kind: KindCountry}, st: partyStats{agent: 2}}},
			[]string{"European Union", "China"}},
		{"no people, with another country", []*partyAcc{acc("Andes Copper", KindOrganisation), acc("Peru", KindCountry), acc("Chile", KindCountry)},
			[]string{"Andes Copper", "Peru", "Chile"}},
		{"no people, with a town", []*partyAcc{acc("Andes Copper", KindOrganisation), town("Arequipa"), acc("Peru", KindCountry)},
			[]string{"Andes Copper", "Arequipa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range loneHomeCountry(tt.order) {
				got = append(got, a.p.Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
