package nlp

import "testing"

// clusterNamed returns the name of the cluster of the last mention whose
// head is the last token written w, or "" when it has none.
func clusterNamed(t *testing.T, a *Analysis, w string) string {
	t.Helper()
	h := tokenNamed(t, a, w)
	for _, m := range a.Mentions {
		if m.Head == h && m.Cluster >= 0 {
			return a.Clusters[m.Cluster].Name
		}
	}
	return ""
}

// TestRoleAfterPronounSubject checks that a description by role that
// speaks ("the director said") is the person the sentence before spoke of
// as "she", when the story named and described her by that role just
// before, though another person holding a role of that name was named
// earlier in the story.
func TestRoleAfterPronounSubject(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"The airline's finance director, Tomas Berglund, left the room early. " +
			"Later, Ingrid Solheim-Vik, the regional aviation director who chairs the talks, spoke to reporters. " +
			"She would not give numbers, but said the gap had narrowed. " +
			`"Nobody should expect a deal tonight," the director said.`, "Ingrid Solheim-Vik"},
		{"The airline's finance director, Tomas Berglund, left the room early. " +
			"Later, Ingrid Solheim-Vik, the regional aviation director who chairs the talks, spoke to reporters. " +
			"Berglund would not give numbers, but said the gap had narrowed. " +
			`"Nobody should expect a deal tonight," the director said.`, "Tomas Berglund"},
	} {
		a := an.Analyze(c.text)
		if got := clusterNamed(t, a, "director"); got != c.want {
			t.Errorf("%q: the director is %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDeputyNamedAfterTitle checks that a name set off by commas right
// after a title it holds is a person's ("the union's deputy, Yesenia
// Quilapán, walked"), and that a "she" opening the next sentence is that
// person, the subject before, not the person named as its possessor.
func TestDeputyNamedAfterTitle(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The strike leader, Marisol Quenaya Huallpa, spoke to the crowd first. " +
		"Quenaya Huallpa's deputy, Yesenia Quilapán, walked along the line handing out bread. " +
		`Asked whether the workers could hold out another week, she pointed at the fire. "We have bread," she said.`
	a := an.Analyze(text)
	found := false
	for _, e := range a.Entities {
		if a.Span(e.First, e.Last) == "Yesenia Quilapán" {
			found = true
			if e.Type != PERSON {
				t.Errorf("Yesenia Quilapán typed %s, want PERSON", e.Type)
			}
		}
	}
	if !found {
		t.Errorf("no entity Yesenia Quilapán in %q", text)
	}
	if got := clusterNamed(t, a, "she"); got != "Yesenia Quilapán" {
		t.Errorf("the last she is %q, want Yesenia Quilapán", got)
	}
}

// TestPlaceNeverPerson checks that a description the noun lexicon knows
// as a place does not join a named person's cluster ("The island has been
// owned…" after a quotation of the trust chair), so that the "he" after
// it is the man named in its sentence; and that "the count" is the one
// person named with "Count" before the name.
func TestPlaceNeverPerson(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := `"People here have waited their whole lives for this," said trust chair Ishbel Ross. ` +
		"The island has been owned since 1987 by Count Leopold von Strachwitz-Hohenau, a Munich-based investor. He put it on the market last year. " +
		"Talks stalled over the count's wish to keep a lodge."
	a := an.Analyze(text)
	if got := clusterNamed(t, a, "island"); got == "Ishbel Ross" {
		t.Errorf("the island is in Ishbel Ross's cluster")
	}
	if got := clusterNamed(t, a, "He"); got != "Count Leopold von Strachwitz-Hohenau" {
		t.Errorf("He is %q, want Count Leopold von Strachwitz-Hohenau", got)
	}
	if got := clusterNamed(t, a, "count"); got != "Count Leopold von Strachwitz-Hohenau" {
		t.Errorf("the count is %q, want Count Leopold von Strachwitz-Hohenau", got)
	}
}

// TestPluralBodies checks that a name with a plural before "of" is a
// body's, with the capitalised word and "of" the model left out before
// it.
func TestPluralBodies(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Exporters, grouped in the Syndicate of Vanilla Exporters of SAVA (SYNEVAS), argue that the floor is too high.")
	for _, e := range a.Entities {
		if a.Span(e.First, e.Last) == "Syndicate of Vanilla Exporters of SAVA" {
			if e.Type != ORG {
				t.Errorf("typed %s, want ORG", e.Type)
			}
			return
		}
	}
	t.Errorf("no entity Syndicate of Vanilla Exporters of SAVA among %v", a.Entities)
}

// TestQuotedCreditParticiple checks that "told" after a quotation and the
// noun phrase crediting it is the verb of the credit, not a participle.
func TestQuotedCreditParticiple(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`"The price of fish in Miami is not what it was two years ago," the HR director told reporters.`)
	if told := a.Tokens[tokenNamed(t, a, "told")]; told.XPOS != "VBD" {
		t.Errorf("told tagged %s, want VBD", told.XPOS)
	}
	if d := a.Tokens[tokenNamed(t, a, "director")]; d.Rel != "nsubj" || a.Tokens[d.Head].Text != "told" {
		t.Errorf("director is %s of %q, want the subject of told", d.Rel, a.Tokens[d.Head].Text)
	}
}

// TestNamedAs checks that a name given as the name someone goes by joins
// the cluster of the description of that someone: "gave his name only as",
// "identified himself only as", "asked to be identified only as", "known
// as", "gave only her first name,".
func TestNamedAs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, noun, want string }{
		{`A crane operator who gave his name only as Abu Yazan said the clause worried him. "Every week there is an emergency," the operator said.`, "operator", "Abu Yazan"},
		{`A fisherman who identified himself only as Kofi said the catch was poor. "We eat less," the fisherman said.`, "fisherman", "Kofi"},
		{`A nurse who asked to be identified only as Maria said the ward was full. "We are tired," the nurse said.`, "nurse", "Maria"},
		{`A driver known as Tijo said the fare was too low.`, "driver", "Tijo"},
		{`A trader who gave only her first name, Amina, said prices had doubled.`, "trader", "Amina"},
	} {
		a := an.Analyze(c.text)
		if got := clusterNamed(t, a, c.noun); got != c.want {
			t.Errorf("%q: the %s is %q, want %q", c.text, c.noun, got, c.want)
		}
	}
}

// TestRelativeObjects checks that a noun phrase right after the verb of a
// relative clause with no object is that verb's object, not a second
// subject of the sentence's verb ("One owner who supports the deal said").
func TestRelativeObjects(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`One owner who supports the deal said the clubs that oppose it "are the ones that already have a team paying their bills."`)
	if d := a.Tokens[tokenNamed(t, a, "deal")]; d.Rel != "obj" || a.Tokens[d.Head].Text != "supports" {
		t.Errorf("deal is %s of %q, want the object of supports", d.Rel, a.Tokens[d.Head].Text)
	}
}

// TestNamedAsRetypes checks that a name given as the name a person goes
// by is typed a person's, though the entity model read a place in it
// ("a nurse who asked to be identified only as Jordan").
func TestNamedAsRetypes(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("A nurse who asked to be identified only as Jordan said the ward was full.")
	for _, e := range a.Entities {
		if a.Span(e.First, e.Last) == "Jordan" {
			if e.Type != PERSON {
				t.Errorf("Jordan typed %s, want PERSON", e.Type)
			}
			if got := a.Tokens[e.First].NER; got != "B-PERSON" {
				t.Errorf("Jordan tagged %s, want B-PERSON", got)
			}
			return
		}
	}
	t.Errorf("no entity Jordan among %v", a.Entities)
}

// TestParticipleAfterRelative checks that a past participle joined with no
// "and" to the last verb of a relative clause set off after the
// sentence's noun is the sentence's past tense, the noun its subject
// ("The European Union, which contended that…, fined Apple").
func TestParticipleAfterRelative(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The European Union, which contended that Ireland undertaxed the company, fined Apple.")
	fined := a.Tokens[tokenNamed(t, a, "fined")]
	if fined.Rel != "root" || fined.XPOS != "VBD" {
		t.Errorf("fined is %s/%s, want the root in the past tense", fined.Rel, fined.XPOS)
	}
	if u := a.Tokens[tokenNamed(t, a, "Union")]; u.Rel != "nsubj" {
		t.Errorf("Union is %s, want the subject", u.Rel)
	}
}
