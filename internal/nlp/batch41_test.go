package nlp

import "testing"

// TestPersonalParticleNames checks that a name with a particle written
// only in people's names ("van der", "ter", "bin") is one person's name
// where the name lists do not know the given name ("Pieter", "Hendrik",
// "Anneke"), hyphens and all, set off after a role; and that a place with
// "de" is left as the model reads it.
func TestPersonalParticleNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"The leader, Pieter van der Berg, said the talks would resume.", "Pieter van der Berg"},
		{"Its leader, Hendrik ter Horst, said the talks would resume.", "Hendrik ter Horst"},
		{"Its leader, Hendrik-Jan ter Horst, said the talks would resume.", "Hendrik-Jan ter Horst"},
		{"Its leader, Anneke van der Plas-Hoekstra, said the talks would resume.", "Anneke van der Plas-Hoekstra"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			a := an.Analyze(tt.text)
			for _, e := range a.Entities {
				if e.Text == tt.want {
					if e.Type != PERSON {
						t.Errorf("%q typed %s, want PERSON", e.Text, e.Type)
					}
					return
				}
			}
			var got []string
			for _, e := range a.Entities {
				got = append(got, e.Text+"/"+string(e.Type))
			}
			t.Errorf("no entity %q in %v", tt.want, got)
		})
	}
	a := an.Analyze("The talks moved to Rio de Janeiro on Monday.")
	for _, e := range a.Entities {
		if e.Type == PERSON {
			t.Errorf("%q read as a person", e.Text)
		}
	}
}

// TestAccentedGivenNames checks that a name written with accents is found
// as the same name written without them ("Verónica Ibáñez del Campo" as
// "Veronica Ibanez del Campo"): the gazetteer is read without the marks
// where it does not hold the form as written.
func TestAccentedGivenNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`"We have stretched to the limit," Verónica Ibáñez del Campo, the company's vice-president for human resources, said in a phone interview.`)
	for _, e := range a.Entities {
		if e.Text == "Verónica Ibáñez del Campo" && e.Type == PERSON {
			return
		}
	}
	t.Errorf("no person Verónica Ibáñez del Campo in %v", a.Entities)
}

// TestQuotedCreditNouns checks that a verb of saying the tagger took for
// a noun after a quotation ("“…,” the executive replied when…", read as
// the noun phrase "the executive replied") is parsed again as the verb it
// is, with its lemma and the noun before it as its subject.
func TestQuotedCreditNouns(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`"Record profits do not last forever, and neither do copper prices," the executive replied when the remark was put to her.`)
	v := tokenNamed(t, a, "replied")
	if a.Tokens[v].UPOS != "VERB" || a.Tokens[v].Lemma != "reply" {
		t.Errorf("replied tagged %s with lemma %q, want a VERB of lemma reply", a.Tokens[v].UPOS, a.Tokens[v].Lemma)
	}
	if s := tokenNamed(t, a, "executive"); a.Tokens[s].Head != v || a.Tokens[s].Rel != "nsubj" {
		t.Errorf("executive hangs from %d as %s, want the subject of replied", a.Tokens[s].Head, a.Tokens[s].Rel)
	}
}

// TestParagraphSubject checks that a "he" in a paragraph that opens with
// a person named as its subject is that person, not the speaker of the
// paragraph before.
func TestParagraphSubject(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The Thai delegation is led by Gen Somchai Rattanakorn, chief of staff of the Second Army Region.\n\n" +
		"Back in Kuala Lumpur, Wiroj Kanchanapong said the Thai side would push for a demining timetable. \"If we leave without a timetable, the villagers will ask us what we were doing here,\" he said.\n\n" +
		"Gen Somchai is scheduled to brief the National Security Council in Bangkok on Friday. Asked whether he expected a deal this week, he smiled.")
	he := -1
	for i, tk := range a.Tokens {
		if tk.Text == "he" {
			he = i // the last "he": "he smiled"
		}
	}
	somchai := -1
	for i, tk := range a.Tokens {
		if tk.Text == "Somchai" {
			somchai = i
		}
	}
	if he < 0 || somchai < 0 || a.Tokens[he].Mention < 0 || a.Tokens[somchai].Mention < 0 {
		t.Fatalf("no mention of he (%d) or Somchai (%d)", he, somchai)
	}
	if ch, cs := a.Mentions[a.Tokens[he].Mention].Cluster, a.Mentions[a.Tokens[somchai].Mention].Cluster; ch != cs {
		t.Errorf("\"he smiled\" in cluster %d, Somchai in %d", ch, cs)
	}
}

// TestFrontedNameVerbs checks that a sentence opening with a participle
// phrase and ending with a name and its verb in the present tense
// ("Asked about Prasad's criticism, Vuniwaqa-Reddy nods.") is parsed with
// the name as the subject of that verb, which the tagger took for a
// plural noun; and that a sentence with a verb of its own is left alone.
func TestFrontedNameVerbs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Asked about Prasad’s criticism, Vuniwaqa-Reddy nods.")
	v := tokenNamed(t, a, "nods")
	if a.Tokens[v].UPOS != "VERB" || a.Tokens[v].Rel != "root" {
		t.Errorf("nods is %s %s, want the root VERB", a.Tokens[v].UPOS, a.Tokens[v].Rel)
	}
	if s := tokenNamed(t, a, "Vuniwaqa"); a.Tokens[s].Head != v || a.Tokens[s].Rel != "nsubj" {
		t.Errorf("Vuniwaqa hangs from %d as %s, want the subject of nods", a.Tokens[s].Head, a.Tokens[s].Rel)
	}
	b := an.Analyze("Investors bought 1,000 Apple shares.")
	if w := tokenNamed(t, b, "shares"); b.Tokens[w].UPOS != "NOUN" {
		t.Errorf("shares of %q tagged %s, want NOUN", "Investors bought 1,000 Apple shares.", b.Tokens[w].UPOS)
	}
}
