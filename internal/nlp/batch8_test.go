package nlp

import "testing"

// TestBatch8Entities: a Korean given name of two syllables joined by a
// hyphen is one name ("Lee Jung-ho"), but not a modifier's hyphen ("an
// Obama-era rule"); a title of two fields before a name is no part of it,
// nor is a body's name of two fields a person; a "person" the story
// describes with "which" is a body, everywhere it is named; and so is a
// name defined with its initials in brackets, even two of them.
func TestBatch8Entities(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want []string // Type:Text of entities that must be found
		not  []string // Texts no entity may have
	}{
		{"“We are far apart,” First Vice Minister of Health and Welfare Lee Jung-ho told reporters as he left.",
			[]string{"PERSON:Lee Jung-ho"}, []string{"of Health", "Welfare Lee Jung", "Lee Jung"}},
		{"Lee Soo-min, a spokesperson for the federation, said the talks would go on. Kim Tae-yoon arrived later.",
			[]string{"PERSON:Lee Soo-min", "PERSON:Kim Tae-yoon"}, nil},
		// A name that ends in the word for an institution or a newspaper.
		{"Le Quang Vinh, head of the JETP Secretariat, told the Saigon Daily Herald that the list was ready.",
			[]string{"PERSON:Le Quang Vinh", "ORG:JETP Secretariat", "ORG:Saigon Daily Herald"}, nil},
		// A hyphened given name of two given names the model missed.
		{"The association's secretary-general, Per-Olav Strømsnes, was candid about the money.",
			[]string{"PERSON:Per-Olav Strømsnes"}, nil},
		// A name whose last word the story names alone as a body.
		{"The city and the owners of the Twin Forks Cutthroats minor league baseball team met on Tuesday. The Cutthroats have played at Riverbend Field since 1987. The Cutthroats want a new lease.",
			[]string{"ORG:Twin Forks Cutthroats"}, nil},
		// A person's name run on over "of" into a body's or a place's.
		{"On the call, Tobias Engström of Nordbank Markets asked whether the board would consider rival offers.",
			[]string{"PERSON:Tobias Engström", "ORG:Nordbank Markets"}, []string{"Tobias Engström of Nordbank Markets"}},
		{"Catherine of Aragon was the first wife of Henry VIII.",
			nil, []string{"Catherine"}},
		// A company named for the commodity it mines.
		{"About 2,300 workers went on strike after rejecting the final offer from operator Andes Pacifico Copper on Thursday.",
			[]string{"ORG:Andes Pacifico Copper"}, nil},
		// A firm's name written as two words run together.
		{"ExxonMobil, which operates the Stabroek block, declined to comment on the talks.",
			[]string{"ORG:ExxonMobil"}, nil},
		{"Governor Ron DeSantis and Senator Mitch McConnell met LeBron James.",
			nil, []string{"DeSantis", "McConnell", "LeBron"}},
		// A syllable of one letter, as Malay names of southern Thailand
		// are romanised.
		{"Rohana Sa-i, a lecturer at the university, said the plan was fragile.",
			[]string{"PERSON:Rohana Sa-i"}, []string{"Rohana Sa"}},
		{"The Ministry of Health and Welfare said that 91 percent of trainee doctors had not returned.",
			nil, []string{"of Health", "Welfare"}},
		{"Hartwell Packaging rejected an approach from the Brazilian pulp producer Celulose Vale Verde on Monday. Celulose Vale Verde, which is based in Três Lagoas, owns 4.9 per cent of Hartwell. Celulose Vale Verde said it was considering its options.",
			[]string{"ORG:Celulose Vale Verde"}, nil},
		{"The GDL walked out of talks with state-owned operator Deutsche Bahn (DB) on Wednesday. Deutsche Bahn said the strike was incomprehensible.",
			[]string{"ORG:Deutsche Bahn"}, nil},
	} {
		a := an.Analyze(tt.text)
		checkFound(t, a, tt.text, tt.want, tt.not)
		for _, e := range a.Entities {
			if e.Type == PERSON && (e.Text == "Celulose Vale Verde" || e.Text == "Deutsche Bahn") {
				t.Errorf("%q: %q typed PERSON", tt.text, e.Text)
			}
		}
	}
	a := an.Analyze("Senator Joe Biden-led talks stalled, and an Obama-era rule stayed.")
	for _, e := range a.Entities {
		if e.Text == "Joe Biden-led" || e.Text == "Obama-era" {
			t.Errorf("entity %q (%s): a modifier's hyphen joined", e.Text, e.Type)
		}
	}
}

// TestWhoseRelatives: a relative clause with "whose" set off between a
// name and its verb of saying leaves the name the verb's subject and the
// clause the name's.
func TestWhoseRelatives(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`Ronit Levi, whose son Omer, 21, was seized from a kibbutz near the Gaza border, said families were exhausted by "headlines that say close, close, close."`)
	said, seized := -1, -1
	for i, tok := range a.Tokens {
		switch tok.Text {
		case "said":
			said = i
		case "seized":
			seized = i
		}
	}
	if said < 0 || seized < 0 {
		t.Fatalf("tokens: %v", a.Tokens)
	}
	if a.Tokens[said].Rel != "root" {
		t.Errorf("said: %s, want root", a.Tokens[said].Rel)
	}
	if a.Tokens[0].Head != said || a.Tokens[0].Rel != "nsubj" {
		t.Errorf("Ronit: head %d %s, want %d nsubj", a.Tokens[0].Head, a.Tokens[0].Rel, said)
	}
	if a.Tokens[seized].Head != 0 || a.Tokens[seized].Rel != "acl:relcl" {
		t.Errorf("seized: head %d %s, want 0 acl:relcl", a.Tokens[seized].Head, a.Tokens[seized].Rel)
	}
}

// TestSubjectsOfSaying: a subject described by a participle phrase ("A
// union source involved in the talks said…") or followed by a relative
// clause with a clause of its own ("A member of the delegation, who asked
// not to be identified because he was not authorized to speak, said…")
// is the subject of "said", the sentence's root.
func TestSubjectsOfSaying(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, subject string
	}{
		{"A union source involved in the talks said that assurance had been given verbally.", "source"},
		{"A member of the government delegation, who asked not to be identified because he was not authorized to speak publicly, said the office had set a deadline.", "member"},
	} {
		a := an.Analyze(tt.text)
		said, subj := -1, -1
		for i, tok := range a.Tokens {
			switch tok.Text {
			case "said":
				said = i
			case tt.subject:
				if subj < 0 {
					subj = i
				}
			}
		}
		if said < 0 || subj < 0 {
			t.Fatalf("%q: tokens missing", tt.text)
		}
		if a.Tokens[said].Rel != "root" || a.Tokens[subj].Head != said || a.Tokens[subj].Rel != "nsubj" {
			t.Errorf("%q: said %s, %s head %d %s; want said root, %s its nsubj", tt.text, a.Tokens[said].Rel, tt.subject, a.Tokens[subj].Head, a.Tokens[subj].Rel, tt.subject)
		}
	}
}

// TestCamelCase checks which words read as a firm's two words run
// together.
func TestCamelCase(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"ExxonMobil", true}, {"BlackRock", true}, {"PepsiCo", true},
		{"McKinsey", false}, {"DeSantis", false}, {"LeBron", false}, {"FitzGerald", false},
		{"NATO", false}, {"USMCA", false}, {"Exxon", false}, {"YouTube", false}, {"Smith-Jones", false},
	} {
		if got := camelCase(tt.w); got != tt.want {
			t.Errorf("camelCase(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
