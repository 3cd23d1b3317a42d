package nlp

import (
	"strings"
	"testing"
)

// TestCreditReadAsModifier checks that a credit after a quotation whose
// verb the parser hangs from its subject as a modifier ("“…,” the
// teachers chanted outside the department before the deal was announced",
// read as "the teachers who chanted" with "teachers" the subject of
// "announced") has the credit's verb for the sentence's root, the noun for
// its subject and the quotation for its complement.
func TestCreditReadAsModifier(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`"We want our dignity back," the teachers chanted outside the education department before the deal was announced.`)
	chanted := tokenNamed(t, a, "chanted")
	if a.Tokens[chanted].Head != -1 {
		t.Fatalf("chanted hangs from %d as %s, want the root", a.Tokens[chanted].Head, a.Tokens[chanted].Rel)
	}
	if n := tokenNamed(t, a, "teachers"); a.Tokens[n].Head != chanted || a.Tokens[n].Rel != "nsubj" {
		t.Errorf("teachers hangs from %d as %s, want the subject of chanted", a.Tokens[n].Head, a.Tokens[n].Rel)
	}
	if w := tokenNamed(t, a, "want"); a.Tokens[w].Head != chanted || a.Tokens[w].Rel != "ccomp" {
		t.Errorf("want hangs from %d as %s, want the complement of chanted", a.Tokens[w].Head, a.Tokens[w].Rel)
	}
	if v := tokenNamed(t, a, "announced"); a.Tokens[v].Head != chanted {
		t.Errorf("announced hangs from %d as %s, want a clause of chanted", a.Tokens[v].Head, a.Tokens[v].Rel)
	}
}

// TestArabicFamilyNames checks that a person's name runs on over a
// capitalised Arabic article written apart and the family name after it.
func TestArabicFamilyNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"11:15 - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani arrives.", "Mohammed bin Abdulrahman Al Thani"},
	} {
		a := an.Analyze(c.text)
		found := false
		for _, e := range a.Entities {
			if e.Type == PERSON && e.Text == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no person %q in %+v", c.text, c.want, a.Entities)
		}
	}
}

// TestNameEndsBeforeVerb checks that a name ends before a finite verb in
// lower case that the entity model ran it over ("The EU believes India's
// car tariffs are too high", read as one body "EU believes India").
func TestNameEndsBeforeVerb(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The EU believes India's car tariffs are too high, according to a person briefed on the talks.")
	for _, e := range a.Entities {
		if strings.Contains(e.Text, "believes") {
			t.Errorf("entity %q runs over the verb", e.Text)
		}
	}
}
