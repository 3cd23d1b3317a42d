package nlp

import "testing"

// TestRoleWordsInPersonSpans: a common word in lower case between
// capitalised words of a person's span is the role of the person named
// after it ("Council of Governors chairperson Wanjiku Muthoni Kagwe"); a
// name written in lower case stays whole.
func TestRoleWordsInPersonSpans(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, person string
	}{
		{"Council of Governors chairperson Wanjiku Muthoni Kagwe has just spoken to reporters on the steps of County Hall.", "Wanjiku Muthoni Kagwe"},
		{"Workers Union treasurer Ngozi Adeyemi Balogun said the fund was empty.", "Ngozi Adeyemi Balogun"},
	} {
		a := an.Analyze(tt.text)
		found := false
		for _, e := range a.Entities {
			if e.Type == PERSON {
				if e.Text != tt.person {
					t.Errorf("%q: person %q, want %q", tt.text, e.Text, tt.person)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no person, want %q", tt.text, tt.person)
		}
	}
	for _, w := range []struct {
		w    string
		want bool
	}{{"chairperson", true}, {"van", false}, {"der", false}, {"Kagwe", false}, {"tax", false}} {
		if got := roleWordInName(w.w); got != w.want {
			t.Errorf("roleWordInName(%q) = %v, want %v", w.w, got, w.want)
		}
	}
}

// TestPluralPersons: a "person" of one plural word that the story writes
// in lower case elsewhere (a subhead, "Members’ voices") is no person;
// a people's name stays one.
func TestPluralPersons(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("In a message to members, the committee said it would not return.\n\nMembers’ voices\n\nJamie Lindqvist-Ortiz, a voice actor, has been picketing since December.\n\n“I did 400 hours on the last game,” she said.")
	for _, e := range a.Entities {
		if e.Text == "Members" {
			t.Errorf("entity %q (%s), want none", e.Text, e.Type)
		}
	}
	x := &nerDoc{words: []string{"Tagbanuas"}, lower: []string{"tagbanuas"}, lexLower: []string{""}}
	b := &Analysis{Tokens: []Token{{Text: "Tagbanuas", XPOS: "NNPS"}}}
	if got := dropPluralPersons(b, x, []nerSpan{{first: 0, last: 1, typ: PERSON}}); len(got) != 1 {
		t.Errorf("a people's name unknown in lower case dropped")
	}
}

// TestAcronymDefinedNames: a name whose capitals spell the short form the
// story defines for it in brackets is an organisation, even before a
// possessive and a branch ("Federation’s SA branch (ANMF)"), and so is
// the short form; a name of the same capitals the model typed a person
// stays one.
func TestAcronymDefinedNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, want string
	}{
		{"The Harbour Nursing and Allied Workers Federation’s city branch (HNAWF) confirmed on Tuesday that its members would strike.", "Harbour Nursing and Allied Workers Federation"},
		{"The Coastal Ferry Operators Council (CFOC) said sailings would resume.", "Coastal Ferry Operators Council"},
	} {
		a := an.Analyze(tt.text)
		found := false
		for _, e := range a.Entities {
			if e.Text == tt.want && e.Type == ORG {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no ORG %q in %v", tt.text, tt.want, a.Entities)
		}
	}
	x := &nerDoc{words: []string{"Jane", "Ann", "Doe", "(", "JAD", ")"}, lower: []string{"jane", "ann", "doe", "(", "jad", ")"}}
	if first, last := acronymName(x, 3, "JAD"); first != 0 || last != 3 {
		t.Errorf("acronymName = %d, %d; want 0, 3", first, last)
	}
	if first, _ := acronymName(x, 3, "XYZ"); first != -1 {
		t.Errorf("acronymName of letters the name lacks = %d; want -1", first)
	}
}

// TestLowerNames: a common noun in lower case after a determiner is no
// name, whatever the model read ("the union’s strike").
func TestLowerNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Talks between the actors and the group of game publishers covered by its Interactive Media Agreement broke off on Friday after four days of bargaining in Burbank, leaving the union’s strike against the studios in its ninth week.\n\n“Our fight is with the companies at the table,” the union said.")
	for _, e := range a.Entities {
		if e.Text == "union" {
			t.Errorf("entity %q (%s), want none", e.Text, e.Type)
		}
	}
}
