package nlp

import "testing"

// TestCorefApposedRole checks that a role set off in apposition after a
// person's name ("said Ahmed Salem Ould Cheikh, Guinea-Bissau's minister
// of fisheries and marine resources") is that person, so that "the
// minister said" after the person's surname goes on with them and not
// with another minister named after.
func TestCorefApposedRole(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`DAKAR, April 2 (West Coast Wire) — Guinea-Bissau agreed on Thursday to let Gambian trawlers keep fishing its shelf for three more years, signing a new access protocol that limits their shrimp catch to 9,000 tonnes a year and requires every licensed trawler to unload in Bissau.

The accord, reached after bargaining that lasted through the night in the Senegalese capital, covers up to 60 trawlers from the Gambian port of Banjul. It replaces an access deal that lapsed in January, a gap that had kept hundreds of crews ashore for two months.

“Our shrimp are not endless, and our own crews have families as well,” said Ahmed Salem Ould Cheikh, Guinea-Bissau’s minister of fisheries and marine resources. “What we agreed tonight is fair, but it is also strict.”

The Gambia’s fisheries minister, Fatou Ndiaye Sarr, who flew in on Tuesday with a team that included owners of the Banjul fleet, said the limit was below what Banjul had asked for but would get the boats working again within a week.

“We wanted 12,000 tonnes. We did not get 12,000 tonnes,” she told journalists after the signing.

Ould Cheikh defended the unloading rule on national radio. “Every tonne unloaded in Bissau is a wage in Bissau,” the minister said.`)
	name, role, later := -1, -1, -1
	for _, m := range a.Mentions {
		switch span := a.Span(m.First, m.Last); {
		case span == "Ahmed Salem Ould Cheikh":
			name = m.Cluster
		case a.Tokens[m.Head].Text == "minister" && role < 0 && name >= 0:
			role = m.Cluster
		case span == "the minister":
			later = m.Cluster
		}
	}
	if name < 0 || role != name || later != name {
		t.Errorf("name in cluster %d, its apposed role in %d, the later \"the minister\" in %d: want all in the name's", name, role, later)
	}
}

// TestCorefOfficialGoesOn checks that "the agency official said" after a
// sentence whose subject is a person described before by a role ("said
// Marta Lindqvist-Okafor, the commission's deputy director general…") is
// that person, while "the official said" after a sentence that brings in
// "a government official" is that official.
func TestCorefOfficialGoesOn(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text      string
		wantNamed bool
	}{
		{`Inspectors return to the plant

"This is a step, not a solution," said Marta Lindqvist-Okafor, the commission's deputy director general for safeguards, who led the team.

Asked at a briefing whether the commission knew where the missing fuel was, Lindqvist-Okafor paused before answering. "We have an estimate. An estimate is not knowledge," the agency official said.`, true},
		{`Nurses get a raise

"The state has made an effort it can afford," said Marta Lindqvist-Okafor, the deputy labour minister.

She declined to give a figure, but a government official put the cost at about 1.2 billion dinars. "It is a lot of money for a state in our situation," the official said.`, false},
	} {
		a := an.Analyze(tt.text)
		name, official := -1, -1
		for _, m := range a.Mentions {
			switch a.Span(m.First, m.Last) {
			case "Marta Lindqvist-Okafor":
				name = m.Cluster
			case "the agency official", "the official":
				official = m.Cluster
			}
		}
		if got := name >= 0 && official == name; got != tt.wantNamed {
			t.Errorf("the official in the named person's cluster: %v, want %v (name %d, official %d)\n%s", got, tt.wantNamed, name, official, tt.text)
		}
	}
}
