package nlp

import "testing"

// TestCorefItNotPerson: at run time "it" and "its" never join a cluster
// of a person described by a role noun ("the envoy"), however near.
func TestCorefItNotPerson(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The envoy arrived in Doha on Monday with a new plan. It would free the hostages in three stages.",
		"A Western diplomat said the hostages had been moved twice. The aid group Nordhjelp said its staff had spent 46 days in captivity, and it urged both sides to act.",
	} {
		a := an.Analyze(text)
		person := -1
		for _, m := range a.Mentions {
			if w := a.Tokens[m.Head].Lemma; w == "envoy" || w == "diplomat" {
				person = m.Cluster
			}
		}
		if person < 0 {
			t.Fatalf("%q: no mention of the person", text)
		}
		for _, m := range a.Mentions {
			if w := a.Tokens[m.Head].Text; (w == "It" || w == "it" || w == "its") && m.Cluster == person {
				t.Errorf("%q: %q joined the person's cluster", text, w)
			}
		}
	}
}

// TestCorefSpeakerGoesOn: a "she" in a second clause a verb of saying
// reports is the verb's subject, and a "she said" after a sentence whose
// last subject is "she" goes on with that "she", whoever the model chose.
func TestCorefSpeakerGoesOn(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`Environment Secretary Wanjiru Kamau, who is presiding over the summit, said the pledges must be new money.

Outside the conference centre, about 300 protesters gathered. Amina Yusuf, a campaigner with the Climate Justice Africa Network, said the pledges were too small. She said villages had waited long enough.

Kamau said the closing plenary would begin at 10 a.m. Friday and that she would keep delegates in the hall for as long as it took. Asked whether she would accept a declaration without a $50 billion figure, after Ansgar Brandt had suggested that Europe could live with a lower one, she paused.

“I did not bring 64 delegations to Nairobi to agree on nothing,” she said.`)
	kamau := -1
	var shes []int
	for _, m := range a.Mentions {
		switch a.Tokens[m.Head].Text {
		case "Kamau":
			kamau = m.Cluster
		case "she":
			shes = append(shes, m.Cluster)
		}
	}
	if kamau < 0 || len(shes) < 4 {
		t.Fatalf("Kamau's cluster %d, %d lower-case she", kamau, len(shes))
	}
	for k, c := range shes {
		if c != kamau {
			t.Errorf("she #%d in cluster %d (%q), want Kamau's %d", k, c, a.Clusters[c].Name, kamau)
		}
	}
}

// TestCorefHeNotBody: at run time "he" never joins a cluster of a body,
// a place or a thing the noun lexicon knows ("the government").
func TestCorefHeNotBody(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`Unions would block highways if the government cut fuel subsidies to pay bondholders. "They cut the subsidy, we close the roads," he told reporters in El Alto on Monday.`)
	gov := -1
	for _, m := range a.Mentions {
		if a.Tokens[m.Head].Text == "government" {
			gov = m.Cluster
		}
	}
	for _, m := range a.Mentions {
		if a.Tokens[m.Head].Text == "he" && gov >= 0 && m.Cluster == gov {
			t.Errorf("%q joined the government's cluster", "he")
		}
	}
}

// TestParticleTails: a person's name the entity model ended at the given
// name or at the particle runs on over the particle and the surname
// joined to it by a hyphen.
func TestParticleTails(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`"We have a text both delegations can live with," said Khalid al-Mansouri, Qatar's minister of state for foreign affairs, who has shuttled between the two delegations' hotels since the talks opened.`)
	found := false
	for _, e := range a.Entities {
		if e.Type == PERSON && a.Span(e.First, e.Last) == "Khalid al-Mansouri" {
			found = true
		}
	}
	if !found {
		var got []string
		for _, e := range a.Entities {
			got = append(got, e.Type+":"+a.Span(e.First, e.Last))
		}
		t.Errorf("no PERSON Khalid al-Mansouri in %q", got)
	}
}

// TestCorefSharedSurnameByGender: a surname two people of the text share
// goes to the one of the gender of the "he" or "she" that follows it in
// its sentence ("Pruitt said he…" after Dale and Janet Pruitt: Dale), and
// so does the pronoun.
func TestCorefSharedSurnameByGender(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`Dale Pruitt has farmed corn on the ditch for 41 years and is president of its board.

His daughter-in-law, Janet Pruitt, sits on the City Council and said she had real concerns about the plan.

Pruitt said he expected a close vote among the shareholders.`)
	dale := -1
	last, he := -1, -1
	for _, m := range a.Mentions {
		switch a.Span(m.First, m.Last) {
		case "Dale Pruitt":
			dale = m.Cluster
		case "Pruitt":
			last = m.Cluster
		case "he":
			he = m.Cluster
		}
	}
	if dale < 0 || last != dale || he != dale {
		t.Errorf("Dale Pruitt's cluster %d; the last Pruitt in %d, he in %d", dale, last, he)
	}
}

// TestCorefRelativeAside: a "he" in a clause the parser hung from a noun
// beside its relative clause is the person the noun describes, by a noun
// the lexicon learned is a person's ("Another driver, who asked not to be
// named because he is still on probation, said…"), not the person named
// before.
func TestCorefRelativeAside(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`Our reporter Ian Moss has been at the gate of the shipyard since dawn.

Another driver, who didn't want to be named because he is still on probation, said the rota mattered more to him than the money.`)
	driver, he := -1, -1
	for _, m := range a.Mentions {
		switch a.Tokens[m.Head].Text {
		case "driver":
			driver = m.Cluster
		case "he":
			he = m.Cluster
		}
	}
	if driver < 0 || he != driver {
		t.Errorf("he in cluster %d, want the driver's %d", he, driver)
	}
}
