package nlp

import "testing"

// TestParticleNouns checks that a word the tagger reads as a noun though a
// particle hangs from it ("the general set out …", read as the noun
// phrase "the general set out") is parsed again as the verb it is, with
// the word before it as its subject's noun, in a table of sentences of
// the kind news writes.
func TestParticleNouns(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, verb, subject string
	}{
		{`Speaking to reporters after the signing, the general set out Kigali's red line: "The border stays closed."`, "set", "general"},
		{`The company set up a new unit.`, "set", "company"},
		{`After the vote, the union chief walks out of the hall.`, "walks", "chief"},
	}
	for _, tt := range tests {
		t.Run(tt.verb+" "+tt.subject, func(t *testing.T) {
			a := an.Analyze(tt.text)
			v := tokenNamed(t, a, tt.verb)
			if a.Tokens[v].UPOS != "VERB" {
				t.Errorf("%s tagged %s, want VERB", tt.verb, a.Tokens[v].UPOS)
			}
			if s := tokenNamed(t, a, tt.subject); a.Tokens[s].Head != v || a.Tokens[s].Rel != "nsubj" || a.Tokens[s].UPOS != "NOUN" {
				t.Errorf("%s (%s) hangs from %d as %s, want the subject of %s", tt.subject, a.Tokens[s].UPOS, a.Tokens[s].Head, a.Tokens[s].Rel, tt.verb)
			}
		})
	}
}

// TestOneEditApart checks the spelling distance that links a misspelled
// surname to the name written in full.
func TestOneEditApart(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Wimes", "Wines", true},         // a letter changed
		{"McClenney", "McLenney", true},  // a letter dropped
		{"Nyberg", "Nybreg", true},       // two neighbours swapped
		{"Nyberg", "Nyberg", false},      // the same
		{"O’Neill", "O'Neill", false},    // the same, another apostrophe
		{"Larsen", "Larson", true},       // one letter
		{"Kowalski", "Kowalczyk", false}, // more than one
		{"Abe", "Ab", true},              // short words too (callers ask for five letters)
		{"Ndlovu", "Ndlovuu", true},      // a letter added
		{"Müller", "Muller", true},       // a letter changed, not a byte
		{"Nakamura", "Nakamaru", false},  // two letters changed, not neighbours
		{"Nakamura", "Nakamrua", true},   // swapped at the end
		{"Nakamura", "Nkaamura", true},   // swapped near the start
		{"Nakamura", "Nakamuar", true},   // the last two swapped
		{"Nakamura", "Makanura", false},  // two letters changed
	}
	for _, tt := range tests {
		if got := OneEditApart(tt.a, tt.b); got != tt.want {
			t.Errorf("OneEditApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if !SameName("O’Neill", "O'Neill") || SameName("O'Neill", "O'Neill") || SameName("Neill", "O'Neill") {
		t.Error("SameName: apostrophes")
	}
}

// TestMisspelledSurname checks that a surname written once with a letter
// off ("McLenney" after "Tyresha McClenney") is linked to the person
// named in full, so that "she" after it is that person.
func TestMisspelledSurname(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The mayor spoke at the rally. Two voters, Tyresha McClenney and Bryan Anderson, came to hear her.\n\nMcLenney said the mayor had not kept her promises. \"It is only talk,\" she said.")
	m := tokenNamed(t, a, "McLenney")
	c := a.Tokens[m].Mention
	if c < 0 || a.Mentions[c].Cluster < 0 || a.Clusters[a.Mentions[c].Cluster].Name != "Tyresha McClenney" {
		t.Fatalf("McLenney is not in Tyresha McClenney's cluster")
	}
}

// TestSetOffInvertedCredits checks that a credit written verb first and
// set off by commas inside the clause it reports ("The talks, said one
// Western diplomat, were close to collapse") is an aside of that clause,
// whose subject is the noun before the credit, the speaker the subject
// of the verb of saying.
func TestSetOffInvertedCredits(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The talks, said one Western diplomat, were close to collapse on Friday.")
	said, diplomat, talks, close := tokenNamed(t, a, "said"), tokenNamed(t, a, "diplomat"), tokenNamed(t, a, "talks"), tokenNamed(t, a, "close")
	if a.Tokens[close].Head != -1 {
		t.Fatalf("close hangs from %d as %s, want the root", a.Tokens[close].Head, a.Tokens[close].Rel)
	}
	if a.Tokens[talks].Head != close || a.Tokens[talks].Rel != "nsubj" {
		t.Errorf("talks hangs from %d as %s, want the subject of close", a.Tokens[talks].Head, a.Tokens[talks].Rel)
	}
	if a.Tokens[said].Head != close || a.Tokens[said].Rel != "parataxis" {
		t.Errorf("said hangs from %d as %s, want an aside of close", a.Tokens[said].Head, a.Tokens[said].Rel)
	}
	if a.Tokens[diplomat].Head != said || a.Tokens[diplomat].Rel != "nsubj" {
		t.Errorf("diplomat hangs from %d as %s, want the subject of said", a.Tokens[diplomat].Head, a.Tokens[diplomat].Rel)
	}
}

// TestCreditsAfterQuotesRoles checks two credits after a quotation that
// the parser misread: a role whose holder's name is set off after it,
// hung inside the quotation as its object ("“…,” the port authority's
// chief executive, Ruth Ochieng-Baraka, said in a statement"), and a
// quotation's verb read as the credit's subject ("“…Whether it lasts
// depends on …,” said Kenya's former trade minister, …"): in both the
// role is the subject of the verb of saying.
func TestCreditsAfterQuotesRoles(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, role string
	}{
		{"role with its holder set off", "“This agreement stretches us,” KPA’s managing director, Ruth Ochieng-Baraka, said in a statement.", "director"},
		{"quotation's verb read as the subject", "“Today the guns can fall silent. Whether they stay silent depends on what both sides do when they go home,” said Kenya’s former foreign minister, Wanjiku Mwangi-Otieno, who has mediated the talks on behalf of the African Union since May.", "minister"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text)
			said, role := tokenNamed(t, a, "said"), tokenNamed(t, a, tt.role)
			if a.Tokens[role].Head != said || a.Tokens[role].Rel != "nsubj" {
				t.Errorf("%s hangs from %d as %s, want the subject of said (%d)", tt.role, a.Tokens[role].Head, a.Tokens[role].Rel, said)
			}
		})
	}
}

// TestPersonsByAgeArticle checks that a name followed by "a 44-year-old"
// set off by a comma is a person's, whatever the model read it as.
func TestPersonsByAgeArticle(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("At the plant in Durazno, the news was received with relief. Mirta Acosta, a 44-year-old who has worked on the packing line for 19 years, said the week had been hard.")
	m := tokenNamed(t, a, "Mirta")
	if a.Tokens[m].NER != "B-PERSON" {
		t.Errorf("Mirta is %s, want B-PERSON", a.Tokens[m].NER)
	}
}

// TestSubjectsReadAsConjuncts checks that a name set off after an opening
// clause, which the parser joins to that clause's last noun as a conjunct
// ("Asked whether Sudan would side with Egypt, Abbas-Musa replied…"), is
// the subject of the verb after it; a list keeps its conjuncts.
func TestSubjectsReadAsConjuncts(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`Asked whether Sudan would side with Egypt, Abbas-Musa replied that Khartoum "is on the side of the river".`)
	name, replied := tokenNamed(t, a, "Abbas"), tokenNamed(t, a, "replied")
	if a.Tokens[name].Head != replied || a.Tokens[name].Rel != "nsubj" {
		t.Errorf("Abbas hangs from %d as %s, want the subject of replied", a.Tokens[name].Head, a.Tokens[name].Rel)
	}
	a = an.Analyze("Egypt, Sudan and Ethiopia agreed on Monday.")
	if s := tokenNamed(t, a, "Sudan"); a.Tokens[s].Rel != "conj" {
		t.Errorf("Sudan is %s, want a conjunct of the list", a.Tokens[s].Rel)
	}
}
