package summarize

import (
	"slices"
	"testing"
)

// TestPartyNationalCommittee checks that a political party's national
// committee and the party are one side: a story naming both lists one
// party for them, under the committee's name.
func TestPartyNationalCommittee(t *testing.T) {
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	text := "Democrats in the state senate blocked the road budget on Monday. The Democratic National Committee said the cuts would close rural bus lines. " +
		"Governor Hal Brenner said the budget was fair to every county. Democrats said they would vote again on Friday. " +
		"The Democratic National Committee will buy radio advertisements against the cuts. Brenner said he would veto any new plan."
	b, err := Summarize(Input{Text: text}, Options{Analyzer: an})
	if err != nil {
		t.Fatalf("Summarize: %v", err)
	}
	n := 0
	for _, p := range b.Parties {
		if p.Name == "Democrats" || p.Name == "Democratic National Committee" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the party and its national committee are %d parties: %+v", n, b.Parties)
	}
	if !slices.ContainsFunc(b.Parties, func(p Party) bool { return p.Name == "Democratic National Committee" }) {
		t.Errorf("the committee's name does not name the party: %+v", b.Parties)
	}
}

// TestLoneCountryOfPoliticalParties checks that the one country of a
// story whose political parties are listed, with no one listed for it,
// is left out as the place they contend even where it acts and is dealt
// with, and kept where no political party is listed (dealt with: one only
// acting is the setting of a person leading in their own name).
func TestLoneCountryOfPoliticalParties(t *testing.T) {
	acting := func(name, kind string) *partyAcc {
		a := &partyAcc{p: Party{Name: name, Kind: kind}, st: partyStats{agent: 1}}
		if kind == KindCountry {
			a.st.arg = 1
		}
		return a
	}
	names := func(order []*partyAcc) []string {
		var out []string
		for _, a := range loneHomeCountry(order) {
			out = append(out, a.p.Name)
		}
		return out
	}
	got := names([]*partyAcc{acting("Marta Quell", KindPerson), acting("Green Harbour Party", KindOrganisation), acting("Portugal", KindCountry)})
	if want := []string{"Marta Quell", "Green Harbour Party"}; !slices.Equal(got, want) {
		t.Errorf("with a political party: got %v, want %v", got, want)
	}
	got = names([]*partyAcc{acting("Marta Quell", KindPerson), acting("Harbour Pilots Guild", KindOrganisation), acting("Portugal", KindCountry)})
	if want := []string{"Marta Quell", "Harbour Pilots Guild", "Portugal"}; !slices.Equal(got, want) {
		t.Errorf("without a political party: got %v, want %v", got, want)
	}
}
