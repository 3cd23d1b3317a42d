package nlp

import (
	"strings"
	"testing"
)

// TestNERCompanyShortNames: the first word of a company's name, read as a
// person's name on its own, is the company ("Xinhong" after "Xinhong
// Nonferrous Metals Group"); not where a person's full name holds the word
// ("Qadri" beside "Farhan Qadri"), nor for a body named after a person
// ("Obama administration"), which is no company's name.
func TestNERCompanyShortNames(t *testing.T) {
	words := strings.Fields("Xinhong Nonferrous Metals Group met Xinhong ; Farhan Qadri of Qadri Life Sciences and Qadri ; " +
		"the Obama administration and Obama ; Kestrel Resources and Kestrel")
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	x := newNERDoc(words, [][2]int{{0, len(words)}}, gaz, nil)
	at, one := wordSpans(t, words)
	spans := []nerSpan{
		{0, 4, ORG},
		one("Xinhong", 1, PERSON),
		{at("Farhan", 0), at("Farhan", 0) + 2, PERSON},
		{at("Qadri", 1), at("Qadri", 1) + 3, ORG},
		one("Qadri", 2, PERSON),
		{at("Obama", 0), at("Obama", 0) + 2, ORG},
		one("Obama", 1, PERSON),
		{at("Kestrel", 0), at("Kestrel", 0) + 2, ORG},
		one("Kestrel", 1, PERSON),
	}
	nerConsistent(x, spans, true, false)
	want := []string{ORG, ORG, PERSON, ORG, PERSON, ORG, PERSON, ORG, ORG}
	for i, w := range want {
		if spans[i].typ != w {
			t.Errorf("span %d %q: %s, want %s", i, words[spans[i].first:spans[i].last], spans[i].typ, w)
		}
	}
}

// TestNamesReadAsFunctionWords: a given name the tagger does not know is
// no preposition ("Arvind Mehta, the chief executive, told…"), while
// function words before names keep their tags; a word before a relative
// "who" is a noun ("A shipping industry executive, who asked…"), a role's
// word also with a place or a body between ("one official from a coastal
// country who…"), but not an adjective with its own complement ("A
// person close to the regulator, who…").
func TestNamesReadAsFunctionWords(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word, upos string
	}{
		{"Talks resumed on Monday. Arvind Mehta, the chief executive, told reporters that the deal was close.", "Arvind", "PROPN"},
		{"In Washington, officials said the deal was close.", "In", "ADP"},
		{"Talks resumed. The Ministry of Finance said the deal was close.", "The", "DET"},
		{"Talks resumed. A shipping industry executive, who asked not to be named, said the lines had diverted ships.", "executive", "NOUN"},
		{"Talks resumed. The company said it was ready, and the union was silent.", "ready", "ADJ"},
		{"Talks resumed. A Canadian shipping executive in Halifax, who asked not to be named because his firm is bidding, said the port was full.", "executive", "NOUN"},
		{"\"It is over,\" said one official from a coastal country who asked not to be identified.", "official", "NOUN"},
		{"Talks resumed. A person close to the regulator, who spoke on condition of anonymity, said the review was slow.", "close", "ADJ"},
	} {
		if tok := analyzedToken(t, an, tt.text, tt.word); tok.UPOS != tt.upos {
			t.Errorf("%q in %q: %s, want %s", tt.word, tt.text, tok.UPOS, tt.upos)
		}
	}
}

// TestCorefCreditedTopic: "Harlan, he said, knows…" — the pronoun of a
// credit set off after a name is not that name's, and a person's name set
// off after a body's is not the body.
func TestCorefCreditedTopic(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Senate leader Tom Harlan opposed the deal, and his colleagues followed him. “It is the old story,” said Sen. Paul Rowe. Harlan, he said, “knows the minds of his colleagues.”")
	he, harlan := -1, -1
	for i, tok := range a.Tokens {
		switch tok.Text {
		case "he":
			he = i
		case "Harlan":
			harlan = i // the last, set off before "he said"
		}
	}
	if he < 0 || harlan < 0 || a.Tokens[he].Mention < 0 || a.Tokens[harlan].Mention < 0 {
		t.Fatalf("mentions missing: he %d, Harlan %d", he, harlan)
	}
	if a.Mentions[a.Tokens[he].Mention].Cluster == a.Mentions[a.Tokens[harlan].Mention].Cluster {
		t.Errorf("“Harlan, he said,”: he joined Harlan's cluster")
	}
}

// TestCorefPersonNotBody: a person's name the parser hung from a body's
// ("A spokeswoman for Xinhong in Lusaka, Liu Mei, said…") does not join
// the body's cluster.
func TestCorefPersonNotBody(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Zambia is close to a deal with Xinhong Nonferrous Metals Group, people familiar with the talks said. Xinhong has run the mine since 2011. A spokeswoman for Xinhong in Lusaka, Liu Mei, said the company “values its long partnership with the Zambian people.”")
	if clusterHeadedBy(t, a, "Liu") == clusterHeadedBy(t, a, "Group") {
		t.Errorf("Liu Mei joined the cluster of %q", a.Clusters[clusterHeadedBy(t, a, "Group")].Name)
	}
}

// TestCorefRelativeHead: a possessive inside a relative clause on a person
// is that person's ("A shipping executive, who asked not to be named
// because his company…"), but an argument of the clause's own verb is
// someone else ("Hobhouse, who initiated him").
func TestCorefRelativeHead(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, pron, head string
		same             bool
	}{
		{"Minister Sipho Dlamini said he was pleased. A shipping executive, who asked not to be named because his company is negotiating with the port, said two lines had left.", "his", "executive", true},
		{"Byron met many people at Cambridge. He befriended John Hobhouse, who initiated him into the Whig Club.", "him", "John", false},
	} {
		a := an.Analyze(tt.text)
		if got := clusterHeadedBy(t, a, tt.pron) == clusterHeadedBy(t, a, tt.head); got != tt.same {
			t.Errorf("%q: %q in %q's cluster = %v, want %v", tt.text, tt.pron, tt.head, got, tt.same)
		}
	}
}

// clusterHeadedBy returns the cluster of the first mention whose head is
// the word w.
func clusterHeadedBy(t *testing.T, a *Analysis, w string) int {
	t.Helper()
	for _, tok := range a.Tokens {
		if tok.Text == w && tok.Mention >= 0 {
			return a.Mentions[tok.Mention].Cluster
		}
	}
	t.Fatalf("no mention headed by %q in %q", w, a.Text)
	return -1
}
