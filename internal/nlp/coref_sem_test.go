package nlp

import "testing"

// TestCorefSemLexicon checks the lexicon of noun classes learned from
// GUM-style entity types: a noun joins when enough of its mentions agree.
func TestCorefSemLexicon(t *testing.T) {
	d := crFixtureDoc(t)
	docs := []crDoc{d, d, d}
	tests := []struct {
		name string
		use  func(int) bool
		noun string
		want string
	}{
		{"three documents: the union's class", func(int) bool { return true }, "union", string(rune(crSemOrg))},
		{"three documents: the company's class", func(int) bool { return true }, "company", string(rune(crSemOrg))},
		{"a name is no noun", func(int) bool { return true }, "holland", ""},
		{"one document: too few mentions", func(k int) bool { return k == 0 }, "union", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := crSemLexicon(docs, tt.use)[tt.noun]
			if got != tt.want {
				t.Errorf("class of %q = %q, want %q", tt.noun, got, tt.want)
			}
		})
	}
}

// TestCorefSemClasses checks that "they" and "it" go to an antecedent of
// their kind (people, a thing), not to a nearer one of another kind, on
// short news texts.
func TestCorefSemClasses(t *testing.T) {
	tests := []struct {
		name, text, pronounAfter, want string
		not                            bool
	}{
		{"they say: the analysts, not the figures",
			"Officials released new figures on the economy. Analysts read the figures closely. They said the economy was weak.",
			"closely.", "Analysts", false},
		{"they say: the authors, not the results",
			"The authors of the study published the results on Monday. They say the government must act now.",
			"Monday.", "authors", false},
		{"it is no woman",
			"The woman bought a car last week. It broke down on Monday.",
			"week.", "woman", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an, err := audit2Analyzer()
			if err != nil {
				t.Fatal(err)
			}
			a := an.Analyze(tt.text)
			pron, want := pronounAndMention(t, a, tt.text, tt.pronounAfter, tt.want)
			if same := a.Mentions[pron].Cluster == a.Mentions[want].Cluster; same == tt.not {
				c := a.Clusters[a.Mentions[pron].Cluster]
				t.Errorf("%q is in cluster %q; in the one of %q: %v, want %v", a.Tokens[a.Mentions[pron].Head].Text, c.Name, tt.want, same, !tt.not)
			}
		})
	}
}

// TestCorefLoadWithoutSem checks that a model file made before the noun
// classes (no "sem" section) still loads and resolves.
func TestCorefLoadWithoutSem(t *testing.T) {
	c, err := ReadContainer(corefModel)
	if err != nil {
		t.Skip("no coref model:", err)
	}
	b := NewContainer()
	for _, name := range []string{"weights", "gender"} {
		sec, err := c.Section(name)
		if err != nil {
			t.Fatal(err)
		}
		b.Add(name, sec)
	}
	old, err := ParseContainer(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadResolver(old)
	if err != nil {
		t.Fatalf("LoadResolver without sem: %v", err)
	}
	d := crFixtureDoc(t)
	r.Resolve(d.a)
	if len(d.a.Clusters) == 0 {
		t.Error("no clusters")
	}
}
