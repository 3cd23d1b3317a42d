package nlp

import "testing"

// TestTitleOutweighs: a name written once right after an office's title
// is a person's everywhere the document writes it, though the model reads
// it as a place where it stands alone ("Jordan" and "Whitehorse" are
// places' names): the document's one type per name follows the title.
func TestTitleOutweighs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Talks adjourned on Tuesday.\n\n\"We are not asking for a favour,\" said CVLPA President Jordan Whitehorse, a hitter with the Vancouver Tide.\n\n" +
		"Cal Whitehorse, the Ottawa team's representative and Jordan Whitehorse's younger brother, described the mood as tense.\n\n" +
		"\"Nobody wants to miss a match,\" Jordan Whitehorse said."
	a := an.Analyze(text)
	n := 0
	for _, e := range a.Entities {
		if text[a.Tokens[e.First].Start:a.Tokens[e.Last-1].End] != "Jordan Whitehorse" {
			continue
		}
		n++
		if e.Type != PERSON {
			t.Errorf("Jordan Whitehorse at %d is %s, want PERSON", a.Tokens[e.First].Start, e.Type)
		}
	}
	if n != 3 {
		t.Errorf("Jordan Whitehorse found %d times, want 3: %+v", n, a.Entities)
	}
}

// TestVerbsBeforeThat: a verb of saying that is also a plural noun, read
// as the noun after a singular noun and before "that" and a clause, is
// the verb ("The proposal states that revenue sharing would be…"), as is
// its plain form after a plural noun, before a clause or the words it
// quotes ("The resolutions state that “every child…”"); a
// plural noun before a relative "that" and a verb keeps its tag ("the
// notes that mature in 2028"), as does one after a possessive.
func TestVerbsBeforeThat(t *testing.T) {
	checkTags(t, []tagCase{
		{"The proposal states that revenue sharing would be reviewed after the current agreement expires.", "states", "VBZ"},
		{"The record states that each party shall report its catches daily.", "states", "VBZ"},
		{"The resolutions state that “every child returned shall be received without punishment.”", "state", "VBP"},
		{"The minutes state that each party will report its catches daily.", "state", "VBP"},
		{"The company said the notes that mature in 2028 would be repaid.", "notes", "NNS"},
		{"The company's claims that were rejected last year were filed again.", "claims", "NNS"},
		{"Talks ended. \"The parties recognise that the laying down of arms is essential and will continue to discuss its modalities, sequencing and guarantees,\" the communique reads. A diplomat called it thin.", "reads", "VBZ"},
	})
}

// TestVerbsInFreeRelatives: a verb of naming or saying that is also a
// plural noun, ending a noun phrase right after "what", is the verb of
// the clause "what" opens ("what the protocol calls “…”"); a plural noun
// an owner's name qualifies, or that a plural verb follows, keeps its tag.
func TestVerbsInFreeRelatives(t *testing.T) {
	checkTags(t, []tagCase{
		{"The next round must deal with what the protocol calls “the transition of combatants to civilian life”, a phrase that hides the hard part.", "calls", "VBZ"},
		{"Ministers rejected what the draft terms “a shared burden” for the poorest states.", "terms", "VBZ"},
		{"Nobody knows what the union's claims are worth after the vote.", "claims", "NNS"},
		{"It is unclear what the two sides' demands were before the talks broke down.", "demands", "NNS"},
	})
}

// TestTitlesReadAsVerbs: a title in lower case between a body's name and
// a person's, read as a verb in its base form, is a noun ("NZNO delegate
// Ngaire Pōtae, a senior nurse, said…"), and the person is its apposition.
func TestTitlesReadAsVerbs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("NZNO delegate Ngaire Potae, a senior nurse, said the vote was about staffing.")
	if tok := a.Tokens[1]; tok.Text != "delegate" || tok.UPOS != "NOUN" {
		t.Errorf("%q tagged %s %s, want NOUN", tok.Text, tok.UPOS, tok.XPOS)
	}
	a = an.Analyze("They want to delegate Maria Lopez to the talks.")
	for _, tok := range a.Tokens {
		if tok.Text == "delegate" && tok.UPOS != "VERB" {
			t.Errorf("after to: %q tagged %s, want VERB", tok.Text, tok.UPOS)
		}
	}
}

// TestParticleHeads: a surname with particles before it is one name with
// the given name before the particles ("Pieter van der Merwe"), or with
// the particles when they open it ("Van der Merwe said").
func TestParticleHeads(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Port chief executive Johan van der Berg said the cost had been provided for.\n\nVan der Berg said the backlog would take three weeks to clear."
	a := an.Analyze(text)
	want := map[string]bool{"Johan van der Berg": false, "Van der Berg": false}
	for _, e := range a.Entities {
		if _, ok := want[e.Text]; ok && e.Type == PERSON {
			want[e.Text] = true
		}
	}
	for n, ok := range want {
		if !ok {
			t.Errorf("no PERSON %q in %+v", n, a.Entities)
		}
	}
}

// TestSheNotMen: "she" does not stand for a plural in "-men" that the
// tagger read as a singular noun ("our fishermen").
func TestSheNotMen(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Mowat was angry. “That tells you everything about how seriously this department takes our fishermen,” he said. She called the claim “simply untrue”.")
	cluster := map[string]int{}
	for _, tok := range a.Tokens {
		if (tok.Text == "fishermen" || tok.Text == "She") && tok.Mention >= 0 {
			cluster[tok.Text] = a.Mentions[tok.Mention].Cluster
		}
	}
	if c, ok := cluster["She"]; ok && c >= 0 && c == cluster["fishermen"] {
		t.Errorf("She is in the cluster of “our fishermen”")
	}
}

// TestVerbsAfterAppositives: a verb of naming or saying that is also a
// plural noun, right after the apposition set off after the singular noun
// phrase that opens the sentence, is the verb ("The draft, a copy of
// which has been seen by our team, calls for…"); one a verb follows is
// the subject it reads as.
func TestVerbsAfterAppositives(t *testing.T) {
	checkTags(t, []tagCase{
		{"The draft, a copy of which has been seen by our team, calls for “a complete and immediate cessation of hostilities” and gives the parties a month.", "calls", "VBZ"},
		{"The union, which represents 9,000 nurses, claims the offer is a cut.", "claims", "VBZ"},
		{"The union, once again, claims were rejected by the board.", "claims", "NNS"},
	})
}

// tagCase is a text and the Penn tag one of its words must have.
type tagCase struct{ text, word, xpos string }

// checkTags analyses each case's text and checks every token that is its
// word has its tag.
func checkTags(t *testing.T, cases []tagCase) {
	t.Helper()
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
		a := an.Analyze(tt.text)
		for _, tok := range a.Tokens {
			if tok.Text == tt.word && tok.XPOS != tt.xpos {
				t.Errorf("%q: %q tagged %s, want %s", tt.text, tt.word, tok.XPOS, tt.xpos)
			}
		}
	}
}

// TestInitialsReadAsMarkers: a capital letter and its period opening a
// sentence before a given name and a surname is an initial of the name
// ("R. Clayton Mercer, a senior vice-president…, told reporters"), not a
// list marker.
func TestInitialsReadAsMarkers(t *testing.T) {
	checkTags(t, []tagCase{
		{"R. Clayton Mercer, a senior vice-president of Northstar and the head of the consortium's delegation, told reporters at a Makati hotel that the companies were open to talks.", "R.", "NNP"},
	})
}

// TestGerundsOpeningTitles checks a capitalised gerund that opens an
// office's title before a name and a finite verb ("Mining Minister
// Soledad Kuscevic Peña was quoted…"): the title's first word, a proper
// noun, not a verb whose object is the name.
func TestGerundsOpeningTitles(t *testing.T) {
	checkTags(t, []tagCase{
		{"Mining Minister Soledad Kuscevic Peña was quoted by the newspaper Diario Pampa as saying the agreement showed that talks work.", "Mining", "NNP"},
		{"Housing Secretary Graham Pell said the plan would go ahead.", "Housing", "NNP"},
		// A gerund that is the sentence's verb stays one.
		{"Making Minister Pell angry was not the plan, she said.", "Making", "VBG"},
	})
}

// TestManagingTitles checks "managing" before the noun of an office it
// names: the title's adjective, not a verb whose object is the office.
func TestManagingTitles(t *testing.T) {
	checkTags(t, []tagCase{
		{"\"Everything went up and the fares did not,\" said Dafydd Huws, managing director of Arfordir Buses, which employs 85 people.", "managing", "JJ"},
		{"The managing editor of the paper resigned on Friday.", "managing", "JJ"},
		// A verb that manages something else stays one.
		{"She is managing the talks for the ministry.", "managing", "VBG"},
	})
}

// TestPluralsBeforeTitles: a word in -s read as a verb between a common
// noun and an office's title without a determiner, which a comma and a
// name or a finite verb follow, is the plural noun of the office's field
// ("said Kenya’s water resources minister, Amina Odhiambo"); a verb whose
// object has its determiner keeps its tag.
func TestPluralsBeforeTitles(t *testing.T) {
	checkTags(t, []tagCase{
		{"“We have a number,” said Kenya’s water resources minister, Amina Odhiambo.", "resources", "NNS"},
		{"Uganda’s water resources minister said the deal was fair.", "resources", "NNS"},
		{"The company’s board thanks the minister, Amina Odhiambo, for her work.", "thanks", "VBZ"},
	})
}
