package nlp

import (
	"os"
	"strings"
	"testing"
)

// TestNameSyllables checks that "He" and "She" touching a proper noun are
// read as part of a name ("Liu He", "He Lifeng"), that the pronoun at the
// start of a sentence is left alone, and that a surname that is also a
// word is a name inside a sentence where the document names the person in
// full ("Chris Early" … "Early says").
func TestNameSyllables(t *testing.T) {
	tests := []struct {
		text, word string
		at         int // which occurrence of word
		upos       string
	}{
		{"Vice Premier Liu He met the negotiators on Friday.", "He", 0, "PROPN"},
		{"He Lifeng, the former trade official, said talks would resume.", "He", 0, "PROPN"},
		{"He said talks would resume on Friday.", "He", 0, "PRON"},
		{"Talks stalled. He said Lisa Moreau would lead the next round.", "He", 0, "PRON"},
		{"Trump Says He Will Meet Xi In Beijing", "He", 0, "PRON"},
		{"Chris Early joined the panel. While the lineup is light, Early says more games will come.", "Early", 1, "PROPN"},
	}
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		n := 0
		for _, tok := range a.Tokens {
			if tok.Text != tt.word {
				continue
			}
			if n == tt.at && tok.UPOS != tt.upos {
				t.Errorf("%q: %s is %s, want %s", tt.text, tt.word, tok.UPOS, tt.upos)
			}
			n++
		}
	}
}

// TestTitledNames checks the entity rules that make a person of a name the
// model typed otherwise: a title set off after it (its words maybe joined
// by hyphens) makes a person of it and
// of every other mention of it; a place joined to a name by "and" stays a
// place.
func TestTitledNames(t *testing.T) {
	tests := []struct{ text, name, want string }{
		{"In a letter in May, Zelda Quorn, the president of the Growers Federation, said farmers faced ruin.", "Zelda Quorn", PERSON},
		{"Zelda Quorn met the growers on Monday. Later, Zelda Quorn, the president of the Growers Federation, said farmers faced ruin.", "Zelda Quorn", PERSON},
		{"Dutch growers export their produce through Rotterdam and Schiphol.", "Rotterdam", GPE},
		{"Norway's ambassador to Britain Lars Eriksen Holm has said that Oslo will not sit on its hands.", "Lars Eriksen Holm", PERSON},
		{"Talks were held in Geneva, the president's office said.", "Geneva", GPE},
		{"Kerr Putney, the Charlotte-Mecklenburg police chief, said the footage was not clear.", "Kerr Putney", PERSON},
	}
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		found := false
		for _, e := range a.Entities {
			if e.Text == tt.name {
				found = true
				if e.Type != tt.want {
					t.Errorf("%q: %s is %s, want %s", tt.text, tt.name, e.Type, tt.want)
				}
			}
		}
		if !found && tt.want == PERSON {
			t.Errorf("%q: no entity %q in %v", tt.text, tt.name, a.Entities)
		}
	}
}

// TestGenderedNewcomer checks that "she" after "one mother" in the
// sentence before, or "her" after it in the same sentence, refers to her
// and not to a name further back.
func TestGenderedNewcomer(t *testing.T) {
	text := "Dock workers walked out on Monday, said Jianxiong Wu, a union official.\n\n" +
		"The paper spoke to one mother, who knew her son worked at the port. “We cannot live on these wages,” she said."
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(text)
	at := strings.Index(text, "she said")
	for _, pron := range []int{strings.Index(text, "her son"), at} {
		ti := -1
		for i, tok := range a.Tokens {
			if tok.Start == pron {
				ti = i
			}
		}
		if ti < 0 || a.Tokens[ti].Mention < 0 {
			t.Fatalf("no mention at %d", pron)
		}
		c := a.Mentions[a.Tokens[ti].Mention].Cluster
		var words []string
		for _, mi := range a.Clusters[c].Mentions {
			words = append(words, a.Span(a.Mentions[mi].First, a.Mentions[mi].Last))
		}
		if !strings.Contains(strings.Join(words, "|"), "mother") {
			t.Errorf("%q is in cluster %v, want the mother's", a.Tokens[ti].Text, words)
		}
	}
}

// TestFiniteParticiple checks that a sentence whose only verb the tagger
// read as a participle ("Ruth Abara, the top Democrat on the committee,
// called on…", "Mexico's foreign ministry stressed in a statement that
// it would…") is parsed again with that verb as its head, and that a
// real reduced relative is left alone.
func TestFiniteParticiple(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, verb string
		root       bool
	}{
		{"Abara, the top Democrat on the committee, called on Obama to retaliate against the cartel.", "called", true},
		{"The offer, signed by both sides on Monday, ends the strike.", "signed", false},
		{"Mexico's foreign ministry stressed in a statement that it would host the next round in the same spirit.", "stressed", true},
		{"Kyrgyzstan's energy ministry, for its part, noted in a statement that the compact would allow the plant to operate.", "noted", true},
		{"The concerns raised in a letter that the union sent were ignored by the board.", "raised", false},
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		for _, tok := range a.Tokens {
			if tok.Text == tt.verb && (tok.Head < 0) != tt.root {
				t.Errorf("%q: %s has head %d (%s), want root %v", tt.text, tt.verb, tok.Head, tok.Rel, tt.root)
			}
		}
	}
}

// TestDocumentRetags checks the tagger's document rules that tag a
// sentence again around one word: a verb taking a to-infinitive, read as a
// plural noun after its subject, is a verb (a noun after its determiner or
// possessor stays one); a capitalised word read as an adjective between a
// determiner or a number and a past verb is a proper noun, a word in lower
// case a noun (one before its noun stays an adjective); "that" before a word read as a verb and an
// auxiliary opens a clause whose subject the word is; a gerund before a
// noun, a name and a finite verb is a noun ("Shipping group Maersk said");
// a sentence adverb between a noun and a verb is an adverb; a past form
// opening an aside after the subject, with the subject's verb after the
// aside, is a participle (upos may name a Penn tag: "VBN").
func TestDocumentRetags(t *testing.T) {
	tests := []struct {
		text, word string
		upos       string
	}{
		{"The truce, announced after two days of talks in Geneva, freezes a panel the EU launched in February.", "announced", "VBN"},
		{"The minister, asked about the talks on Tuesday, said no deal was near.", "asked", "VBN"},
		{"The union, however, rejected the offer on Tuesday.", "rejected", "VBD"},
		{"The union rejected the offer, which it called an insult.", "rejected", "VBD"},
		{"The Clinton campaign plans to employ the president in Florida.", "plans", "VERB"},
		{"Trump's running mate, Indiana Gov. Mike Pence, plans to release his returns soon.", "plans", "VERB"},
		{"He proposes ending the mandate, and plans to cut the cost of insurance.", "plans", "VERB"},
		{"Clinton, for her part, plans to campaign in Pennsylvania on Wednesday.", "plans", "VERB"},
		{"The proposal, according to a Hamas official, calls for a truce of 42 days and the release of hostages held in Gaza.", "calls", "VERB"},
		{"The calls, by all accounts, came late at night.", "calls", "NOUN"},
		{"The union, however, plans to strike next week.", "plans", "VERB"},
		{"Meanwhile, in Brussels, plans to expand the port were shelved.", "plans", "NOUN"},
		{"The union hopes to reach a deal by Friday.", "hopes", "VERB"},
		{"The plans to build the wall were shelved.", "plans", "NOUN"},
		{"Trump's plans to build the wall were shelved.", "plans", "NOUN"},
		{"The hospital had contingency plans to keep all units open.", "plans", "NOUN"},
		{"Unions protested at government plans to extend the pension age.", "plans", "NOUN"},
		{"He worked on an EP the band plans to release next year.", "plans", "VERB"},
		{"Son urged action as SoftBank attempts to rescue the company.", "attempts", "VERB"},
		{"One Republican threatened to make the official testify in public.", "Republican", "PROPN"},
		{"The Republican plan failed in the Senate.", "Republican", "ADJ"},
		{"The commissioner told the parliament on Tuesday that talks were at a critical stage.", "talks", "NOUN"},
		{"The commissioner told the parliament on Tuesday that talks were at a critical stage.", "that", "SCONJ"},
		{"The clinic treated a patient that has been ill for years.", "has", "AUX"},
		{"Talks are scheduled to resume in Geneva later this month, an official said.", "official", "NOUN"},
		{"The official talks resumed in Geneva.", "official", "ADJ"},
		{"Shipping group Maersk said it had diverted four vessels.", "Shipping", "NOUN"},
		{"On Monday, mining giant Vestra Resources said it would cut jobs.", "mining", "NOUN"},
		{"Building bridges is hard work.", "Building", "NOUN"},
		{"Visiting Geneva, Smith said the talks would resume.", "Visiting", "VERB"},
		{"The union meanwhile said the offer was too low.", "meanwhile", "ADV"},
		{"The company nonetheless said it would appeal.", "nonetheless", "ADV"},
		{"The prime minister meanwhile told reporters that he was hopeful.", "minister", "NOUN"},
		{"In the meanwhile, talks went on.", "meanwhile", "NOUN"},
	}
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		for _, tok := range a.Tokens {
			got := tok.UPOS
			if strings.HasPrefix(tt.upos, "VB") {
				got = tok.XPOS
			}
			if tok.Text == tt.word && got != tt.upos {
				t.Errorf("%q: %s is %s, want %s", tt.text, tt.word, got, tt.upos)
			}
		}
	}
}

// TestOrgShortForms checks that the short form of an organisation named
// in full elsewhere in the document is that organisation: its words
// before a company's kind ("Records", "Music Group"), or its first word
// where the rest is a company's designation ("Corp."), whatever the model
// read.
func TestOrgShortForms(t *testing.T) {
	tests := []struct {
		text, span, want string
	}{
		{"Swift left Blue Harbor Records last year. She said Blue Harbor had blocked her tour. The label said Blue Harbor owed her nothing.", "Blue Harbor", ORG},
		{"Swift left Silver Lantern Music Group last year. She said Silver Lantern had blocked her tour.", "Silver Lantern", ORG},
		{"Zorvex Corp. agreed to buy the mill. Zorvex said the deal would close in May.", "Zorvex", ORG},
		// A name the model left out whole: its designation says it is a company.
		{"Corvane Inc. and the space agency signed a contract on Monday. Corvane said it would fly its lander in 2027.", "Corvane", ORG},
		// A hospital the model read as a place, and its short form.
		{"Nurses at St. Brigid Medical Center will strike on Tuesday. The union said St. Brigid had refused to negotiate.", "St. Brigid Medical Center", ORG},
		// A name ends before the day: "on Friday" says when.
		{"The United Nations Security Council on Friday made a strong condemnation of North Korea's latest nuclear test and pledged to impose further sanctions.", "United Nations Security Council", ORG},
		// A place the lists know stays one beside a body named after it.
		{"The New York Times reported the talks on Monday. Officials in New York said the deal was close.", "New York", GPE},
	}
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		n, right := typedSpans(a, tt.span, tt.want)
		if n == 0 || right != n {
			t.Errorf("%q: %q typed %s %d of %d times", tt.text, tt.span, tt.want, right, n)
		}
		words := strings.Count(tt.text, tt.span+" ") + strings.Count(tt.text, tt.span+".")
		if n < words-1 {
			t.Errorf("%q: %q found %d times, written %d", tt.text, tt.span, n, words)
		}
	}
}

// TestSplitNames checks that a person's name split around its particles
// and a people's adjective before the organisation it names are joined,
// and that a person's name leaves out the title before it; a name the
// model missed after the title of an office is a person's.
func TestSplitNames(t *testing.T) {
	tests := []struct{ text, span, want string }{
		{"European Commission President Ursula von der Leyen said the deal was close.", "Ursula von der Leyen", PERSON},
		{"The European Union and Mercosur are close to a deal, officials said.", "European Union", ORG},
		{"U.S. Secretary of State Antony Blinken urged both sides to allow aid into Darfur.", "Antony Blinken", PERSON},
		{"Its chief executive, Dr. Pieter van den Berg, said the offer was generous. Van den Berg said the talks would go on.", "Pieter van den Berg", PERSON},
		{"Education Minister Slavica Djukic Dejanovic says the budget cannot stretch further.", "Slavica Djukic Dejanovic", PERSON},
	}
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		if n, right := typedSpans(a, tt.span, tt.want); right == 0 {
			t.Errorf("%q: %q typed %s %d of %d times: %+v", tt.text, tt.span, tt.want, right, n, a.Entities)
		}
	}
	// A company's own name after a nationality stays its own.
	text := "Russian Gazprom cut gas supplies to Europe on Monday, the company said."
	if n, _ := typedSpans(an.Analyze(text), "Russian Gazprom", ORG); n > 0 {
		t.Errorf("%q: the nationality joined to the company's name", text)
	}
}

// typedSpans counts the entities of a whose text is span, and those of
// them typed typ.
func typedSpans(a *Analysis, span, typ string) (n, right int) {
	for _, e := range a.Entities {
		if e.Text == span {
			n++
			if e.Type == typ {
				right++
			}
		}
	}
	return n, right
}

// TestInstitutionShortForms checks, on a story of our own (the dev6
// set's s01), that a hospital's name the model read as a place, and the
// short form the story uses for it ("St. Brigid"), are an organisation.
func TestInstitutionShortForms(t *testing.T) {
	b, err := os.ReadFile("../eval/news/stories/s01.txt")
	if err != nil {
		t.Fatal(err)
	}
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(string(b))
	for _, span := range []string{"St. Brigid Medical Center", "St. Brigid"} {
		if n, right := typedSpans(a, span, ORG); n == 0 || right != n {
			t.Errorf("%q typed ORG %d of %d times", span, right, n)
		}
	}
}

// TestHyphenatedNames: a double-barrelled surname written with a hyphen is
// one person's name wherever the document writes it, in full, alone, or
// after the surname spread over the document ("Linda Ferreira-Mendes’s");
// a word in lower case after the hyphen is no part of it ("Obama-era").
func TestHyphenatedNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want []string // PERSON entities, in order
	}{
		{"Answering an urgent question, the Fisheries Minister, Helen Carrow-Dunne, defended the agreement.\n\nCarrow-Dunne replied that officials had met the industry eleven times.",
			[]string{"Helen Carrow-Dunne", "Carrow-Dunne"}},
		{"From the government benches, Bethan Rhys-Lloyd, the member for Carmarthen Bay, asked a friendlier question. \"Does the minister agree?\" asked Rhys-Lloyd.",
			[]string{"Bethan Rhys-Lloyd", "Rhys-Lloyd"}},
		{"The council rejected Mayor Linda Ferreira-Mendes’s budget again. “I sent this council a balanced budget,” Ferreira-Mendes told reporters.",
			[]string{"Linda Ferreira-Mendes", "Ferreira-Mendes"}},
		{"Officials defended the Barack Obama-era rules. Obama-era limits stay.",
			[]string{"Barack Obama", "Obama"}},
	} {
		a := an.Analyze(tt.text)
		var got []string
		for _, e := range a.Entities {
			if e.Type == PERSON && (strings.Contains(e.Text, "-") || strings.Contains(strings.Join(tt.want, "|"), e.Text)) {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: persons %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNamesAfterRanks: a run of capitalised names the model left out
// after a military rank, or two ranks joined by a hyphen or written apart,
// is a person's name ("Colonel-Major Boubacar Sissoko", "Lieutenant
// General Amara Diallo Keita").
func TestNamesAfterRanks(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"The head of the government delegation, Colonel-Major Boubacar Sissoko, struck a more conciliatory tone in Doha.", "Boubacar Sissoko"},
		{"The army chief, Lieutenant General Amara Diallo Keita, said the convoy would leave at dawn.", "Amara Diallo Keita"},
	} {
		a := an.Analyze(tt.text)
		var persons []string
		for _, e := range a.Entities {
			if e.Type == PERSON {
				persons = append(persons, e.Text)
			}
		}
		if len(persons) != 1 || persons[0] != tt.want {
			t.Errorf("%q: persons %q, want only %q", tt.text, persons, tt.want)
		}
	}
}

// TestOtherBodies checks that a body's name holding another body's name
// and ending in another noun of bodies ("the United Baseball League
// Players Association" after "the United Baseball League") starts a
// cluster of its own.
func TestOtherBodies(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The United Baseball League and its players’ union ended another round of talks Tuesday without an agreement, and the prospect of the league’s first work stoppage since 1998 is growing.\n\nNegotiators met for more than six hours at a Manhattan hotel. The central dispute remains the league’s proposal for a hard salary cap of $182 million per team, which the United Baseball League Players Association has rejected outright.")
	var league, assoc = -1, -1
	for _, tok := range a.Tokens {
		if tok.Mention < 0 {
			continue
		}
		switch tok.Text {
		case "League":
			if league < 0 {
				league = a.Mentions[tok.Mention].Cluster
			}
		case "Association":
			assoc = a.Mentions[tok.Mention].Cluster
		}
	}
	if league < 0 || assoc < 0 {
		t.Fatalf("no mention of the league (%d) or of the association (%d)", league, assoc)
	}
	if league == assoc {
		t.Errorf("the league and its players' association share a cluster")
	}
}

// TestAcronymsSpelledOut checks that an acronym joins the cluster of the
// name whose initials it spells, whether or not the entity model typed it
// ("GTRT said" after "Greater Toledo Regional Transit"), and that a name
// the text defines an acronym for in brackets is one name with it.
func TestAcronymsSpelledOut(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Bus drivers for Greater Toledo Regional Transit rejected the agency's offer on Wednesday.\n\nGTRT said in a statement that it was disappointed by the vote.")
	cl := map[string]int{}
	for _, m := range a.Mentions {
		cl[a.Span(m.First, m.Last)] = m.Cluster
	}
	if c, ok := cl["GTRT"]; !ok || c != cl["Greater Toledo Regional Transit"] {
		t.Errorf("GTRT is in cluster %d (found %v), the name it spells in %d", c, ok, cl["Greater Toledo Regional Transit"])
	}
	for _, tt := range []struct {
		ac, name string
		want     bool
	}{
		{"GTRT", "Greater Toledo Regional Transit", true},
		{"CFST", "Confédération française des syndicats du travail", true},
		{"ICES", "International Council for the Exploration of the Sea", true},
		{"UN", "United Nations", true},
		{"GTEC", "Gulf Terminal Council", false},
		{"IMF", "IMF", false},
	} {
		if got := Abbreviates(tt.ac, tt.name); got != tt.want {
			t.Errorf("Abbreviates(%q, %q) = %v, want %v", tt.ac, tt.name, got, tt.want)
		}
	}
}

// spanCase is a text, a name the entity model must find in it whole, and
// (if not "") a longer span it must not make.
type spanCase struct{ text, want, not string }

// checkSpans runs span cases: each text's entities must hold want with
// type typ, and no entity may read not.
func checkSpans(t *testing.T, typ string, tests []spanCase) {
	t.Helper()
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		var got []string
		found := false
		for _, e := range a.Entities {
			got = append(got, e.Text+"/"+e.Type)
			if e.Text == tt.want && e.Type == typ {
				found = true
			}
			if tt.not != "" && e.Text == tt.not {
				t.Errorf("%q: %q is a name: %v", tt.text, tt.not, got)
			}
		}
		if !found {
			t.Errorf("%q: no %s %q in %v", tt.text, typ, tt.want, got)
		}
	}
}

// TestHyphenParticles checks that a surname written with its particle
// and a hyphen ("al-Harbi", "el-Sayed") is one person's name, particle
// and all, where the model began the name after the hyphen — also with
// the particle capitalised at a sentence's start ("Al-Kubaisi said") —
// or ended it before the particle ("Tariq Abdul-Karim al-Kubaisi", read
// as "Tariq Abdul-Karim").
func TestHyphenParticles(t *testing.T) {
	checkSpans(t, PERSON, []spanCase{
		{"Daniel Whitford and Faisal bin Saad al-Harbi met nine times. Whitford told colleagues that al-Harbi had called it a polite way of saying no.", "al-Harbi", ""},
		{"The federal side was led by the deputy finance minister, Tariq Abdul-Karim al-Kubaisi, and the regional side by its planning minister. Al-Kubaisi said the deal confirmed the principle.", "Tariq Abdul-Karim al-Kubaisi", "Tariq Abdul-Karim"},
		{"The federal side was led by the deputy finance minister, Tariq Abdul-Karim al-Kubaisi, and the regional side by its planning minister. Al-Kubaisi said the deal confirmed the principle.", "Al-Kubaisi", "Kubaisi"},
	})
}

// TestHeadNameTails checks that a surname the parser made the head of a
// name the model cut short ("Amat al-Razzaq | Hamoud") joins the name,
// and that a body's noun after a name ("the Barack Obama Administration")
// does not.
func TestHeadNameTails(t *testing.T) {
	checkSpans(t, PERSON, []spanCase{
		{"In Taiz, Amat al-Razzaq Hamoud, whose son is one of the 11 teachers, said she had heard the news.", "Amat al-Razzaq Hamoud", ""},
		{"In Taiz, the Barack Obama Administration, whose envoy is one of the 11 mediators, said it had heard the news.", "Barack Obama", "Barack Obama Administration"},
	})
}

// TestOrgNameTails checks that a body's name with another language's
// small word in it ("the Frente Comunero del Sur") is one name, and that
// a title after a body ("NATO Secretary General Mark Rutte") is not part
// of the body's name.
func TestOrgNameTails(t *testing.T) {
	checkSpans(t, ORG, []spanCase{
		{"Colombia’s government and the Frente Comunero del Sur, an armed group that operates in the mountains of Nariño, agreed on Monday to a ceasefire.", "Frente Comunero del Sur", ""},
		{"NATO Secretary General Mark Rutte said on Monday that the alliance would meet again.", "NATO", "NATO Secretary General"},
	})
}
