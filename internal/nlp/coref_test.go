package nlp

import (
	"path/filepath"
	"strings"
	"testing"
)

// crFixture is a small hand-written news paragraph with gold tags, trees
// and GUM-style Entity= coreference.
const crFixture = `# newdoc id = fixture
# sent_id = 1
# text = John Holland, the union's chief negotiator, said he would meet the company on Monday.
1	John	John	PROPN	NNP	_	10	nsubj	_	Entity=(1-person-new-nnnnn-cf1-1,2-coref
2	Holland	Holland	PROPN	NNP	_	1	flat	_	Entity=1)|SpaceAfter=No
3	,	,	PUNCT	,	_	8	punct	_	_
4	the	the	DET	DT	_	5	det	_	Entity=(1-person-giv:act-nnnnn-cf1-5-appos(2-organization-new-nnnnn-cf2-2-coref
5	union	union	NOUN	NN	_	8	nmod:poss	_	Entity=2)|SpaceAfter=No
6	's	's	PART	POS	_	5	case	_	_
7	chief	chief	ADJ	JJ	_	8	amod	_	_
8	negotiator	negotiator	NOUN	NN	_	1	appos	_	Entity=1)|SpaceAfter=No
9	,	,	PUNCT	,	_	8	punct	_	_
10	said	say	VERB	VBD	_	0	root	_	_
11	he	he	PRON	PRP	_	13	nsubj	_	Entity=(1-person-giv:act-nnnnn-cf1-1-ana)
12	would	would	AUX	MD	_	13	aux	_	_
13	meet	meet	VERB	VB	_	10	ccomp	_	_
14	the	the	DET	DT	_	15	det	_	Entity=(3-organization-new-nnnnn-cf3-2-coref
15	company	company	NOUN	NN	_	13	obj	_	Entity=3)
16	on	on	ADP	IN	_	17	case	_	_
17	Monday	Monday	PROPN	NNP	_	13	obl	_	Entity=(4-time-new-nnnnn-cf4-1-sgl)|SpaceAfter=No
18	.	.	PUNCT	.	_	10	punct	_	_

# sent_id = 2
# text = Holland said the union wanted a raise.
1	Holland	Holland	PROPN	NNP	_	2	nsubj	_	Entity=(1-person-giv:act-nnnnn-cf1-1-coref)
2	said	say	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	Entity=(2-organization-giv:inact-nnnnn-cf2-2-coref
4	union	union	NOUN	NN	_	5	nsubj	_	Entity=2)
5	wanted	want	VERB	VBD	_	2	ccomp	_	_
6	a	a	DET	DT	_	7	det	_	Entity=(5-abstract-new-nnnnn-cf3-2-sgl
7	raise	raise	NOUN	NN	_	5	obj	_	Entity=5)|SpaceAfter=No
8	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = 3
# text = "We will not back down," he said.
1	"	"	PUNCT	` + "``" + `	_	5	punct	_	SpaceAfter=No
2	We	we	PRON	PRP	_	5	nsubj	_	Entity=(2-organization-giv:act-nnnnn-cf1-1-coref)
3	will	will	AUX	MD	_	5	aux	_	_
4	not	not	PART	RB	_	5	advmod	_	_
5	back	back	VERB	VB	_	10	ccomp	_	_
6	down	down	ADP	RP	_	5	compound:prt	_	SpaceAfter=No
7	,	,	PUNCT	,	_	5	punct	_	SpaceAfter=No
8	"	"	PUNCT	''	_	5	punct	_	_
9	he	he	PRON	PRP	_	10	nsubj	_	Entity=(1-person-giv:act-nnnnn-cf2-1-ana)
10	said	say	VERB	VBD	_	0	root	_	SpaceAfter=No
11	.	.	PUNCT	.	_	10	punct	_	_

# sent_id = 4
# text = The company said it would respond.
1	The	the	DET	DT	_	2	det	_	Entity=(3-organization-giv:inact-nnnnn-cf1-2-coref
2	company	company	NOUN	NN	_	3	nsubj	_	Entity=3)
3	said	say	VERB	VBD	_	0	root	_	_
4	it	it	PRON	PRP	_	6	nsubj	_	Entity=(3-organization-giv:act-nnnnn-cf1-1-ana)
5	would	would	AUX	MD	_	6	aux	_	_
6	respond	respond	VERB	VB	_	3	ccomp	_	SpaceAfter=No
7	.	.	PUNCT	.	_	3	punct	_	_

`

func crFixtureDoc(t testing.TB) crDoc {
	t.Helper()
	sents, err := ReadCoNLLU(strings.NewReader(crFixture))
	if err != nil {
		t.Fatal(err)
	}
	docs := crDocs(sents)
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	return docs[0]
}

func crTestResolver(t testing.TB) *Resolver {
	t.Helper()
	if corefModel == "" {
		t.Skip("coref model not trained yet")
	}
	c, err := ReadContainer(corefModel)
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadResolver(c)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCorefGoldReading(t *testing.T) {
	d := crFixtureDoc(t)
	var got []string
	for _, g := range d.gold {
		got = append(got, d.a.Span(g.first, g.last)+"/"+g.etype)
	}
	want := []string{
		"John Holland/person", "the union's chief negotiator/person", "the union/organization",
		"he/person", "the company/organization", "Monday/time", "Holland/person", "the union/organization",
		"a raise/abstract", "We/organization", "he/person", "The company/organization", "it/organization",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("gold mentions\n got %q\nwant %q", got, want)
	}
	if d.ngid != 5 {
		t.Errorf("%d entities, want 5", d.ngid)
	}
	var ents []string
	for _, e := range d.a.Entities {
		ents = append(ents, e.Text+"/"+e.Type)
	}
	if w := "John Holland/PERSON|Holland/PERSON"; strings.Join(ents, "|") != w {
		t.Errorf("entities %q, want %q", ents, w)
	}
}

func TestCorefMentions(t *testing.T) {
	tests := []struct {
		sent int
		want []string
	}{
		{0, []string{"John Holland/name", "the union's chief negotiator/nominal", "the union/nominal", "he/pronoun", "the company/nominal"}},
		{1, []string{"Holland/name", "the union/nominal", "a raise/nominal"}},
		{2, []string{"We/pronoun", "he/pronoun"}},
		{3, []string{"The company/nominal", "it/pronoun"}},
	}
	d := crFixtureDoc(t)
	// The rule-based DATE entity the recognizer would add: not a mention.
	ents := d.a.Entities
	d.a.Entities = append([]Entity{ents[0], {Type: DATE, First: 16, Last: 17, Text: "Monday"}}, ents[1:]...)
	s := &crRun{a: d.a}
	s.detectMentions()
	for _, tc := range tests {
		var got []string
		for _, m := range s.mentions {
			if d.a.Tokens[m.Head].Sent == tc.sent {
				got = append(got, d.a.Span(m.First, m.Last)+"/"+m.Kind.String())
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("sentence %d: mentions %q, want %q", tc.sent, got, tc.want)
		}
	}
}

func TestCorefPronouns(t *testing.T) {
	tests := []struct {
		word   string
		class  int
		gender byte
		number byte
	}{
		{"he", 1, 'm', 's'}, {"He", 1, 'm', 's'}, {"HIS", 3, 'm', 's'}, {"her", 5, 'f', 's'},
		{"it", 7, 'n', 's'}, {"Their", 11, 0, 'p'}, {"I", 12, 0, 's'}, {"the", 0, 0, 0},
		{"", 0, 0, 0}, {"themselvesxx", 0, 0, 0},
	}
	for _, tc := range tests {
		c, p := crPronoun(tc.word)
		if c != tc.class || p.gender != tc.gender || p.number != tc.number {
			t.Errorf("crPronoun(%q) = %d %+v, want %d %c %c", tc.word, c, p, tc.class, tc.gender, tc.number)
		}
	}
}

func TestCorefResolve(t *testing.T) {
	r := crTestResolver(t)
	d := crFixtureDoc(t)
	a := d.a
	r.Resolve(a)
	cluster := func(text string, nth int) int {
		for _, m := range a.Mentions {
			if a.Span(m.First, m.Last) == text {
				if nth == 0 {
					return m.Cluster
				}
				nth--
			}
		}
		t.Fatalf("no mention %q", text)
		return -1
	}
	holland := cluster("John Holland", 0)
	if c := a.Clusters[holland]; c.Name != "John Holland" || c.Type != PERSON {
		t.Errorf("cluster of John Holland: name %q type %q", c.Name, c.Type)
	}
	tests := []struct {
		text string
		nth  int
		want int
	}{
		{"Holland", 0, holland},
		{"he", 0, holland},
		{"he", 1, holland},
		{"it", 0, cluster("the company", 0)},
		{"The company", 0, cluster("the company", 0)},
	}
	for _, tc := range tests {
		if got := cluster(tc.text, tc.nth); got != tc.want {
			t.Errorf("%q #%d in cluster %d (%q), want %d", tc.text, tc.nth, got, a.Clusters[got].Name, tc.want)
		}
	}
	// Invariants: every mention in its cluster, in order; Token.Mention.
	for ci, c := range a.Clusters {
		for k, i := range c.Mentions {
			if a.Mentions[i].Cluster != ci || k > 0 && c.Mentions[k-1] >= i {
				t.Errorf("cluster %d: bad mention list %v", ci, c.Mentions)
			}
		}
	}
	for i, m := range a.Mentions {
		if tm := a.Tokens[m.Head].Mention; tm < 0 || a.Mentions[tm].Head != m.Head {
			t.Errorf("mention %d: head token points to %d", i, tm)
		}
	}
	sc := ScoreCoref(r, mustReadCoNLLU(t, crFixture))
	if sc.Pronouns != 3 || sc.ShortNames != 1 {
		t.Errorf("score counts: %+v", sc)
	}
}

func TestCorefEmpty(t *testing.T) {
	r := crTestResolver(t)
	a := &Analysis{}
	r.Resolve(a)
	if len(a.Mentions) != 0 || len(a.Clusters) != 0 {
		t.Errorf("empty analysis: %d mentions", len(a.Mentions))
	}
	// A malformed tree (a cycle) must not hang or panic.
	d := crFixtureDoc(t)
	d.a.Tokens[0].Head, d.a.Tokens[9].Head = 9, 0
	d.a.Tokens[3].Head = 40
	r.Resolve(d.a)
}

func mustReadCoNLLU(t testing.TB, s string) []TreeSentence {
	t.Helper()
	sents, err := ReadCoNLLU(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// TestCorefGUMDev scores the embedded model on GUM dev (skipped without
// the corpora): go test ./internal/nlp -run TestCorefGUMDev -v
func TestCorefGUMDev(t *testing.T) {
	r := crTestResolver(t)
	sents, err := ReadCorpus(filepath.Join("..", "..", "..", "shared", "corpora"), "gum/gum-dev.conllu.gz")
	if err != nil {
		t.Skip("no corpora:", err)
	}
	sc := ScoreCoref(r, sents)
	t.Logf("GUM dev: %s", sc)
	if sc.PronounsRight <= sc.PronounsBaseline {
		t.Errorf("pronouns: %d right, baseline %d", sc.PronounsRight, sc.PronounsBaseline)
	}
}

// BenchmarkResolve resolves a 1,000-word article: the fixture repeated,
// with its gold tags and trees, or GUM dev's first 1,000 words when the
// corpora are there.
func BenchmarkResolve(b *testing.B) {
	r := crTestResolver(b)
	var sents []TreeSentence
	if gum, err := ReadCorpus(filepath.Join("..", "..", "..", "shared", "corpora"), "gum/gum-dev.conllu.gz"); err == nil {
		n := 0
		for _, s := range gum {
			if n >= 1000 {
				break
			}
			if strings.Contains(s.DocID, "_news_") {
				s.DocID = "bench"
				sents = append(sents, s)
				n += len(s.Words)
			}
		}
	} else {
		fx := mustReadCoNLLU(b, crFixture)
		for n := 0; n < 1000; {
			for _, s := range fx {
				sents = append(sents, s)
				n += len(s.Words)
			}
		}
	}
	d := crBuildDoc(sents)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r.Resolve(d.a)
	}
	b.ReportMetric(float64(len(d.a.Tokens)), "words")
	b.ReportMetric(float64(len(d.a.Mentions)), "mentions")
}

// FuzzCorefEntity feeds arbitrary Entity= values to the GUM reader and the
// resolver: neither may panic.
func FuzzCorefEntity(f *testing.F) {
	f.Add("(1-person-new-nnnnn-cf1-1,2-coref", "1)")
	f.Add("(2-place-new-nnnnn-cf1-1-sgl(3-person-x)", "3)2)")
	f.Add("((", "))")
	f.Fuzz(func(t *testing.T, e1, e2 string) {
		if strings.ContainsAny(e1+e2, "\t\n\r|") {
			return
		}
		s := TreeSentence{DocID: "f", Words: []Word{
			{ID: 1, Form: "Ann", UPOS: "PROPN", Head: 2, Rel: "nsubj", Misc: "Entity=" + e1, SpaceAfter: true},
			{ID: 2, Form: "left", UPOS: "VERB", Head: 0, Rel: "root", Misc: "Entity=" + e2},
		}}
		d := crBuildDoc([]TreeSentence{s})
		for _, g := range d.gold {
			if g.first < 0 || g.last > 2 || g.first >= g.last {
				t.Fatalf("bad gold span %+v", g)
			}
		}
		if corefModel != "" {
			c, _ := ReadContainer(corefModel)
			r, _ := LoadResolver(c)
			r.Resolve(d.a)
		}
	})
}

// TestPronounPreferences checks the two news preferences that correct the
// model's choice for "he" and "she", on hand-built mentions: the subject
// of the sentence before over a person it only mentions, quoted sentences
// aside; and a person named for the first time there over one it does not
// mention.
func TestPronounPreferences(t *testing.T) {
	she := crPron{person: 3, gender: 'f', number: 's'}
	type m struct {
		sent    int
		typ     string
		kind    MentionKind
		rel     string
		subj    bool
		quote   bool
		cluster int
	}
	build := func(ms []m, clusters int) *crRun {
		s := &crRun{cls: make([]crCluster, clusters)}
		for i := range s.cls {
			s.cls[i] = crCluster{name: -1, typ: PERSON, gender: 'f'}
		}
		for _, x := range ms {
			s.mentions = append(s.mentions, Mention{Kind: x.kind, Type: x.typ})
			s.info = append(s.info, crInfo{sent: x.sent, rel: x.rel, rootSubj: x.subj, quote: x.quote})
			s.clusterOf = append(s.clusterOf, x.cluster)
			if x.cluster >= 0 {
				s.cls[x.cluster].size++
			}
		}
		return s
	}
	t.Run("the subject before, not the object", func(t *testing.T) {
		// Clinton(0) criticized officer Shelby(1). “…? …,” she said.
		s := build([]m{
			{sent: 0, typ: PERSON, kind: NameMention, rel: "nsubj", subj: true, cluster: 0},
			{sent: 0, typ: PERSON, kind: NameMention, rel: "obj", cluster: 1},
			{sent: 1, kind: PronounMention, rel: "nsubj", quote: true, cluster: -1}, // "we", quoted
			{sent: 2, kind: PronounMention, rel: "nsubj", cluster: -1},              // "she"
		}, 2)
		s.info[3].pron, s.info[3].p = 1, she
		if got := s.subjectFirst(3, 1); got != 0 {
			t.Errorf("subjectFirst = cluster %d, want 0 (the subject)", got)
		}
	})
	t.Run("a newcomer before a person not mentioned", func(t *testing.T) {
		// Ruiz(0) … . Minister Ortiz(1), who hosted, urged… “…,” she told.
		s := build([]m{
			{sent: 0, typ: PERSON, kind: NameMention, rel: "nsubj", subj: true, cluster: 0},
			{sent: 1, typ: PERSON, kind: NameMention, rel: "root", cluster: 1},
			{sent: 2, kind: PronounMention, rel: "nsubj", cluster: -1},
		}, 2)
		s.info[2].pron, s.info[2].p = 1, she
		if got := s.newcomer(2, 0); got != 1 {
			t.Errorf("newcomer = cluster %d, want 1 (the newcomer)", got)
		}
	})
}

// TestCorefModifierClash: a description naming what its head belongs to
// cannot join a cluster whose description of that head names something
// else; a bare one or one naming the same can.
func TestCorefModifierClash(t *testing.T) {
	words := strings.Fields("the president of the Federal Reserve said . the president of the American Farm Bureau said . the president said . the president of the Federal Reserve said .")
	// In each sentence the first "the" hangs from "president", which hangs
	// from "said"; "of", the second "the" and the names hang from the last
	// name, which hangs from "president"; "." hangs from "said".
	a := &Analysis{}
	for st := 0; st < len(words); {
		end := st
		for words[end] != "." {
			end++
		}
		pres, said, last := st+1, end-1, end-2
		for i := st; i <= end; i++ {
			w, up, h := words[i], "PROPN", last
			switch {
			case i == st:
				up, h = "DET", pres
			case i == pres:
				up, h = "NOUN", said
			case i == said:
				up, h = "VERB", -1
			case i == end:
				up, h = "PUNCT", said
			case i == last:
				h = pres
			case w == "the":
				up = "DET"
			case w == "of":
				up = "ADP"
			case w == "American":
				up = "ADJ"
			}
			a.Tokens = append(a.Tokens, Token{Text: w, UPOS: up, Head: h, Sent: len(a.Sentences)})
		}
		a.Sentences = append(a.Sentences, Sentence{})
		st = end + 1
	}
	s := &crRun{a: a, cls: make([]crCluster, 4)}
	for k, head := range []int{1, 9, 18, 22} { // the four descriptions, each its own cluster
		s.mentions = append(s.mentions, Mention{First: head - 1, Last: head + 1, Head: head, Kind: NominalMention, Cluster: k})
		s.info = append(s.info, crInfo{headKey: 7})
		s.clusterOf = append(s.clusterOf, k)
		s.hk = append(s.hk, 7&^3|2) // a description's, as prepare sets it
	}
	s.chainHeads()
	tests := []struct {
		i, c int
		want bool
	}{
		{1, 0, true},  // the Farm Bureau's president is not the Federal Reserve's
		{2, 0, false}, // "the president" alone may be either
		{2, 1, false},
		{3, 0, false}, // the Federal Reserve's again
		{3, 1, true},
	}
	for _, tc := range tests {
		if got := s.modifierClash(tc.i, tc.c); got != tc.want {
			t.Errorf("modifierClash(%d, %d) = %v, want %v", tc.i, tc.c, got, tc.want)
		}
	}
}
