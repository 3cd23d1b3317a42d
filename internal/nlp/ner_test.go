package nlp

import (
	"slices"
	"strings"
	"testing"
)

const iobFixture = `# newdoc id = doc-a
# sent_id = doc-a-0001
# text = Maria Lopez flew to New York for Acme Corp.
1	Maria	B-PER	-	x
2	Lopez	I-PER	-	x
3	flew	O	-	-
4	to	O	-	-
5	New	B-LOC	-	x
6	York	I-LOC	-	x
7	for	O	-	-
8	Acme	B-ORG	-	x
9	Corp.	I-ORG	-	x

# sent_id = doc-a-0002
# text = She liked it.
1	She	O	-	-
2	liked	O	-	-
3	it	O	-	-
4	.	O	-	-

# newdoc id = doc-b
# sent_id = doc-b-0001
# text = Paris, again!
1	Paris	B-LOC	-	x
2	,	O	-	-
3	again	O	-	-
4	!	O	-	-
`

func TestReadIOB2(t *testing.T) {
	s, err := ReadIOB2(strings.NewReader(iobFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 3 {
		t.Fatalf("got %d sentences, want 3", len(s))
	}
	if s[0].DocID != "doc-a" || !s[0].NewDoc || s[1].NewDoc || s[2].DocID != "doc-b" {
		t.Errorf("doc ids: %q %v %v %q", s[0].DocID, s[0].NewDoc, s[1].NewDoc, s[2].DocID)
	}
	if s[0].ID != "doc-a-0001" || len(s[0].Words) != 9 || s[0].Tags[4] != "B-LOC" {
		t.Errorf("first sentence: %+v", s[0])
	}
	if _, err := ReadIOB2(strings.NewReader("1\tx\tZ-PER\n")); err == nil {
		t.Error("bad tag accepted")
	}
}

func TestIOBToTreeSpacing(t *testing.T) {
	s, _ := ReadIOB2(strings.NewReader(iobFixture))
	a := FromTreebank(IOBToTree(s))
	if got := a.Span(a.Sentences[0].First, a.Sentences[0].Last); got != "Maria Lopez flew to New York for Acme Corp." {
		t.Errorf("sentence 1 = %q", got)
	}
	if got := a.Span(a.Sentences[2].First, a.Sentences[2].Last); got != "Paris, again!" {
		t.Errorf("sentence 3 = %q", got)
	}
}

func TestScoreNER(t *testing.T) {
	gold, _ := ReadIOB2(strings.NewReader(iobFixture))
	a := FromTreebank(IOBToTree(gold))
	// Maria Lopez right, New York right (GPE scores as LOC), Acme only
	// half (wrong span), a NORP that is not scored, Paris missed.
	a.Entities = []Entity{
		{Type: PERSON, First: 0, Last: 2},
		{Type: GPE, First: 4, Last: 6},
		{Type: ORG, First: 7, Last: 8},
		{Type: NORP, First: 10, Last: 11},
	}
	p, r, f, by := ScoreNER(gold, a)
	near := func(x, y float64) bool { return x-y < 0.01 && y-x < 0.01 }
	if !near(p, 200.0/3) || !near(r, 50) || !near(f, 2*(200.0/3)*50/(200.0/3+50)) {
		t.Errorf("P %.2f R %.2f F %.2f", p, r, f)
	}
	if by["PER"][2] != 100 || by["ORG"][2] != 0 || !near(by["LOC"][1], 50) {
		t.Errorf("by type %v", by)
	}
}

func TestIOBSpans(t *testing.T) {
	tests := []struct {
		tags []string
		want []spanKey
	}{
		{[]string{"B-PER", "I-PER", "O"}, []spanKey{{0, 2, "PER"}}},
		{[]string{"I-LOC", "B-LOC", "I-ORG"}, []spanKey{{0, 1, "LOC"}, {1, 2, "LOC"}, {2, 3, "ORG"}}},
		{[]string{"O", "B-ORG"}, []spanKey{{1, 2, "ORG"}}},
	}
	for _, tc := range tests {
		got := iobSpans(tc.tags, 0, nil)
		if len(got) != len(tc.want) {
			t.Errorf("%v: got %v, want %v", tc.tags, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%v: got %v, want %v", tc.tags, got, tc.want)
			}
		}
	}
}

func TestMergeEntities(t *testing.T) {
	named := []Entity{{Type: PERSON, First: 2, Last: 4}, {Type: ORG, First: 8, Last: 9}}
	values := []Entity{{Type: DATE, First: 0, Last: 1}, {Type: CARDINAL, First: 3, Last: 5}, {Type: MONEY, First: 5, Last: 7}, {Type: DATE, First: 10, Last: 11}}
	got := mergeEntities(named, values)
	want := []string{"DATE0", "PERSON2", "MONEY5", "ORG8", "DATE10"}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i, e := range got {
		if s := e.Type + string(rune('0'+e.First%10)); e.First < 10 && s != want[i] || e.First >= 10 && e.Type+"10" != want[i] {
			t.Errorf("entity %d = %+v, want %s", i, e, want[i])
		}
	}
}

func TestGUMMentions(t *testing.T) {
	s := TreeSentence{Words: []Word{
		{Form: "the", UPOS: "DET", Misc: "Entity=(1-organization-new-nnnnn-cf1-2,4-sgl-Foo_University"},
		{Form: "University", UPOS: "PROPN"},
		{Form: "of", UPOS: "ADP"},
		{Form: "Foo", UPOS: "PROPN", Misc: "Entity=(2-place-new-nnnnn-cf2-1-sgl-Foo)1)"},
		{Form: "said", UPOS: "VERB"},
	}}
	ms := gumMentions(s)
	if len(ms) != 2 {
		t.Fatalf("mentions %+v", ms)
	}
	docs := gumDocs([]TreeSentence{s}, nerGoldIndex(nerLabelNames()))
	names := nerLabelNames()
	var got []string
	for _, g := range docs[0].gold {
		got = append(got, names[g])
	}
	if g := strings.Join(got, " "); g != "O B-ORG I-ORG L-ORG O" && g != "O B-ORG I-ORG I-ORG O" {
		t.Errorf("labels %v", got)
	}
}

func TestPlaceType(t *testing.T) {
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	tests := []struct {
		words       []string
		first, last int
		want        string
	}{
		{[]string{"in", "France", "."}, 1, 2, GPE},
		{[]string{"the", "Hudson", "River"}, 1, 3, LOC},
		{[]string{"in", "Europe"}, 1, 2, LOC},
		{[]string{"Mount", "Kenya"}, 0, 2, LOC},
		{[]string{"in", "Springfield"}, 1, 2, GPE},
	}
	for _, tc := range tests {
		x := newNERDoc(tc.words, [][2]int{{0, len(tc.words)}}, gaz, nil)
		if got := placeType(x, tc.first, tc.last); got != tc.want {
			t.Errorf("%v: %s, want %s", tc.words, got, tc.want)
		}
	}
}

func TestGazetteerFeatures(t *testing.T) {
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	words := []string{"Prime", "Minister", "met", "the", "United", "Nations", "in", "New", "York", "City"}
	x := newNERDoc(words, [][2]int{{0, len(words)}}, gaz, nil)
	if x.gaz[4]&gazBit('I', 'B') == 0 || x.gaz[5]&gazBit('I', 'L') == 0 {
		t.Errorf("United Nations not found: %x %x", x.gaz[4], x.gaz[5])
	}
	if x.gaz[7]&gazBit('Y', 'B') == 0 || x.gaz[9]&gazBit('Y', 'L') == 0 || x.gaz[8]&gazBit('Y', 'I') == 0 {
		t.Errorf("New York City not found")
	}
	if x.gaz[0]&gazBit('T', 'B') == 0 {
		t.Errorf("prime minister not found")
	}
	if x.shape[4] != "Xx" || x.lower[4] != "united" {
		t.Errorf("shape %q lower %q", x.shape[4], x.lower[4])
	}
}

func loadTestRecognizer(t testing.TB) *Recognizer {
	t.Helper()
	c, err := ReadContainer(nerModel)
	if err != nil {
		t.Skipf("no ner model: %v", err)
	}
	r, err := LoadRecognizer(c)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tagForNER tags a with the embedded tagger, as the Analyzer does before
// Recognize (the recognizer reads the tags).
func tagForNER(t testing.TB, a *Analysis) {
	t.Helper()
	c, err := ReadContainer(taggerModel)
	if err != nil {
		t.Skipf("no tagger model: %v", err)
	}
	tg, err := LoadTagger(c)
	if err != nil {
		t.Skipf("tagger model: %v", err)
	}
	tg.Tag(a)
}

func TestRecognize(t *testing.T) {
	r := loadTestRecognizer(t)
	sents, _ := ReadIOB2(strings.NewReader(`# text = John Holland, the union's chief negotiator, said the talks in London would resume on Monday.
1	John	B-PER
2	Holland	I-PER
3	,	O
4	the	O
5	union	O
6	's	O
7	chief	O
8	negotiator	O
9	,	O
10	said	O
11	the	O
12	talks	O
13	in	O
14	London	B-LOC
15	would	O
16	resume	O
17	on	O
18	Monday	O
19	.	O

# text = President Vladimir Putin told Russian officials that Microsoft would stay.
1	President	O
2	Vladimir	B-PER
3	Putin	I-PER
4	told	O
5	Russian	O
6	officials	O
7	that	O
8	Microsoft	B-ORG
9	would	O
10	stay	O
11	.	O
`))
	a := FromTreebank(IOBToTree(sents))
	tagForNER(t, a)
	r.Recognize(a)
	var got []string
	for _, e := range a.Entities {
		got = append(got, e.Type+":"+e.Text)
		if e.Text != a.Span(e.First, e.Last) {
			t.Errorf("entity text %q", e.Text)
		}
	}
	for _, want := range []string{"PERSON:John Holland", "GPE:London", "PERSON:Vladimir Putin", "NORP:Russian", "ORG:Microsoft"} {
		found := false
		for _, g := range got {
			if g == want {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %s in %v", want, got)
		}
	}
	for i := 1; i < len(a.Entities); i++ {
		if a.Entities[i].First < a.Entities[i-1].Last {
			t.Errorf("overlap: %v", a.Entities)
		}
	}
	if a.Tokens[0].NER != "B-PERSON" || a.Tokens[1].NER != "I-PERSON" || a.Tokens[2].NER != "O" {
		t.Errorf("NER tags %q %q %q", a.Tokens[0].NER, a.Tokens[1].NER, a.Tokens[2].NER)
	}
	// Empty input.
	r.Recognize(&Analysis{})
}

// nerBenchText is news-like prose written for the benchmark (about 200 words).
const nerBenchText = `The European Commission and the government in Ankara resumed talks on Tuesday in Brussels, officials said.
Commission President Ursula Stein told reporters that the negotiations over the trade deal had reached "a decisive stage".
John Holland, the union's chief negotiator, said the workers at Samsung Electronics would strike on Friday unless the company raised wages by 4.5%.
"We are not going to accept another freeze," Holland said. He added that the Unite union had the support of 12,000 members across Britain and Ireland.
Russian and Ukrainian delegations met separately in Geneva with United Nations envoy Maria Lopez, who urged both sides to agree a ceasefire before the winter.
The White House declined to comment, but a State Department spokesman said Washington welcomed the effort.
Meanwhile, shares of Acme Corp. fell 3 percent in New York after the company warned that the dispute could cost it $2.5 billion this year.
Analysts at Goldman Sachs said the Federal Reserve was unlikely to act before March.
In Nairobi, Kenyan officials said the African Union would host a summit on the crisis next month, and Prime Minister David Otieno promised to attend.
`

func BenchmarkRecognize(b *testing.B) {
	r := loadTestRecognizer(b)
	a := Tokenize(strings.Repeat(nerBenchText, 5))
	if len(a.Tokens) == 0 {
		b.Skip("tokenizer not ready")
	}
	tagForNER(b, a)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Recognize(a)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(a.Tokens))*1000/1e6, "ms/1000words")
}

// TestRecognizeNames checks the spans and types of names the brief's
// parties are built on: whole multi-word names ("the United States", "the
// White House"), groups as NORP, a surname after the full name, and a name
// written around a hyphen.
func TestRecognizeNames(t *testing.T) {
	r := loadTestRecognizer(t)
	a := Tokenize("Talks between the United States and Russia resumed on Monday. " +
		"The White House said Republicans and Democrats backed the plan. " +
		"Hassan Nasrallah spoke in Beirut. Later, Nasrallah said the talks had failed. " +
		"Jean-Claude Juncker arrived in Brussels.")
	tagForNER(t, a)
	r.Recognize(a)
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Text] = e.Type
	}
	tests := []struct{ text, typ string }{
		{"United States", GPE},
		{"Russia", GPE},
		{"Republicans", NORP},
		{"Democrats", NORP},
		{"Hassan Nasrallah", PERSON},
		{"Nasrallah", PERSON},
		{"Beirut", GPE},
		{"Jean-Claude Juncker", PERSON},
	}
	for _, tc := range tests {
		if got[tc.text] != tc.typ {
			t.Errorf("%q: %q, want %q (all: %v)", tc.text, got[tc.text], tc.typ, got)
		}
	}
	if typ, ok := got["White House"]; !ok || typ == PERSON {
		t.Errorf("White House: %q (all: %v)", typ, got)
	}
	for _, bad := range []string{"States", "House"} {
		if _, ok := got[bad]; ok {
			t.Errorf("%q found alone (all: %v)", bad, got)
		}
	}
}

func TestJoinHyphens(t *testing.T) {
	a := Tokenize("Jean-Claude Juncker met Paris - Berlin envoys and Al-Qaeda, and SAG-AFTRA struck.")
	idx := func(w string) int {
		for i, tk := range a.Tokens {
			if tk.Text == w {
				return i
			}
		}
		t.Fatalf("no token %q in %v", w, a.Tokens)
		return -1
	}
	jean, claude := idx("Jean"), idx("Claude")
	paris, berlin := idx("Paris"), idx("Berlin")
	al, qaeda := idx("Al"), idx("Qaeda")
	sag, aftra := idx("SAG"), idx("AFTRA")
	spans := []nerSpan{
		{jean, jean + 1, PERSON}, {claude, claude + 2, PERSON},
		{paris, paris + 1, "PLACE"}, {berlin, berlin + 1, "PLACE"},
		{al, al + 1, "PLACE"}, {qaeda, qaeda + 1, ORG},
		{sag, sag + 1, ORG}, {aftra, aftra + 1, "PLACE"},
	}
	got := joinHyphens(a, &nerDoc{gaz: make([]uint64, len(a.Tokens))}, spans)
	want := []nerSpan{
		{jean, claude + 2, PERSON},
		{paris, paris + 1, "PLACE"}, {berlin, berlin + 1, "PLACE"}, // spaces around the hyphen
		{al, qaeda + 1, ORG},  // one word ending in an organisation's
		{sag, aftra + 1, ORG}, // two acronyms after a body's
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d: %v, want %v", i, got[i], want[i])
		}
	}
}

// wordSpans returns, for test words, the index of the n-th (from 0)
// occurrence of a word, and a one-word span of a type there.
func wordSpans(t *testing.T, words []string) (at func(w string, n int) int, one func(w string, n int, typ string) nerSpan) {
	at = func(w string, n int) int {
		t.Helper()
		for i, v := range words {
			if v == w {
				if n == 0 {
					return i
				}
				n--
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	one = func(w string, n int, typ string) nerSpan {
		t.Helper()
		i := at(w, n)
		return nerSpan{i, i + 1, typ}
	}
	return at, one
}

func TestNERConsistent(t *testing.T) {
	words := strings.Fields("Hassan Nasrallah met Nasrallah and Athens Smith in Athens and Athens ; Ford and Ford and Ford ; " +
		"Boris Quellmark and Quellmark and Quellmark ; George Washington in Washington and Washington")
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	x := newNERDoc(words, [][2]int{{0, len(words)}}, gaz, nil)
	at, one := wordSpans(t, words)
	spans := []nerSpan{
		{0, 2, PERSON},
		one("Nasrallah", 1, "PLACE"), // a surname of a person named in full
		{at("Athens", 0), at("Athens", 0) + 2, PERSON},
		one("Athens", 1, "PLACE"), // more often a place than part of a name
		one("Athens", 2, "PLACE"),
		one("Ford", 0, ORG),
		one("Ford", 1, PERSON), // the majority type wins
		one("Ford", 2, ORG),
		{at("Boris", 0), at("Boris", 0) + 2, PERSON},
		one("Quellmark", 1, "PLACE"), // a surname the lists do not know as a place,
		one("Quellmark", 2, "PLACE"), // however often the model read it so
		{at("George", 0), at("George", 0) + 2, PERSON},
		one("Washington", 1, "PLACE"), // a listed place, more often a place
		one("Washington", 2, "PLACE"),
	}
	nerConsistent(x, spans, true, true)
	want := []string{PERSON, PERSON, PERSON, "PLACE", "PLACE", ORG, ORG, ORG, PERSON, PERSON, PERSON, PERSON, "PLACE", "PLACE"}
	for i, w := range want {
		if spans[i].typ != w {
			t.Errorf("span %d %q: %s, want %s", i, words[spans[i].first:spans[i].last], spans[i].typ, w)
		}
	}
}

func TestGazetteerHyphens(t *testing.T) {
	m := gazetteerEntries()
	for _, k := range []string{"coca - cola", "coca-cola", "al - qaeda", "al-qaeda", "united states"} {
		if m[k] == "" || strings.Trim(m[k], "+") == "" {
			t.Errorf("%q not a gazetteer phrase (%q)", k, m[k])
		}
	}
	if !strings.Contains(m["coca -"], "+") {
		t.Errorf("prefix of coca - cola not marked: %q", m["coca -"])
	}
	if !nerDemonymSet()["republicans"] || nerDemonymSet()["asian~american"] {
		t.Error("demonym set")
	}
}

func TestProperWord(t *testing.T) {
	tests := []struct {
		w    Word
		want bool
	}{
		{Word{Form: "States", UPOS: "PROPN", XPOS: "NNPS"}, true},
		{Word{Form: "United", UPOS: "VERB", XPOS: "NNP"}, true},
		{Word{Form: "White", UPOS: "ADJ", XPOS: "NNP"}, true},
		{Word{Form: "white", UPOS: "ADJ", XPOS: "JJ"}, false},
	}
	for _, tc := range tests {
		if got := properWord(tc.w); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.w.Form, got, tc.want)
		}
	}
}

// TestViterbiDecode checks the decoder against brute force on random
// scores: with no beam and no skipping it finds the best allowed sequence.
func TestViterbiDecode(t *testing.T) {
	labels, _ := parseNERLabels(nerLabelNames())
	words := strings.Fields("a b c d")
	x := newNERDoc(words, [][2]int{{0, len(words)}}, nil, nil)
	L := len(labels)
	r := rng(3)
	for trial := 0; trial < 20; trial++ {
		// Scores keyed by feature hash: each feature gets random weights.
		w := map[uint64][]float32{}
		score := func(f []uint64, sc []float32) {
			for _, k := range f {
				v, ok := w[k]
				if !ok {
					v = make([]float32, L)
					for c := range v {
						v[c] = float32(r.next()%1000) / 100
					}
					w[k] = v
				}
				for c := range sc {
					sc[c] += v[c]
				}
			}
		}
		var v nerViterbi
		pred := make([]int, len(words))
		v.decode(x, 0, len(words), labels, nil, pred, false, 0, score)
		total := func(seq []int) (float32, bool) {
			s, prev := float32(0), 0
			sc := make([]float32, L)
			for i, c := range seq {
				if !nerAllowed(labels, prev, c, i == len(seq)-1) {
					return 0, false
				}
				for k := range sc {
					sc[k] = 0
				}
				score(x.emission(nil, i, 0, len(words), nil), sc)
				score(x.history(nil, i, 0, len(words), prev, nil, true), sc)
				s += sc[c]
				prev = c
			}
			return s, true
		}
		got, ok := total(pred)
		if !ok {
			t.Fatalf("decoded sequence %v not allowed", pred)
		}
		seq := make([]int, len(words))
		var best float32 = -1e30
		var rec func(i int)
		rec = func(i int) {
			if i == len(seq) {
				if s, ok := total(seq); ok && s > best {
					best = s
				}
				return
			}
			for c := 0; c < L; c++ {
				seq[i] = c
				rec(i + 1)
			}
		}
		rec(0)
		if got < best-1e-3 {
			t.Fatalf("trial %d: Viterbi %v scores %.3f, best %.3f", trial, pred, got, best)
		}
	}
}

// TestNERConsistentTie checks that a tie between two types of one name
// goes to the type the name lists give it.
func TestNERConsistentTie(t *testing.T) {
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	words := strings.Fields("Washington wanted more ; talks in Washington ; Smith said ; Smith left")
	x := newNERDoc(words, [][2]int{{0, len(words)}}, gaz, nil)
	spans := []nerSpan{{0, 1, PERSON}, {6, 7, "PLACE"}, {8, 9, PERSON}, {11, 12, ORG}}
	nerConsistent(x, spans, true, true)
	want := []string{"PLACE", "PLACE", PERSON, ORG} // Smith is on no list: each keeps its own
	for i, w := range want {
		if spans[i].typ != w {
			t.Errorf("span %d %q: %s, want %s", i, words[spans[i].first], spans[i].typ, w)
		}
	}
}

// TestNERSurnames checks that a surname the model missed is found from the
// person's full name elsewhere in the document, and that a word written in
// lower case, a word of another name and a word running on into another
// name are not.
func TestNERSurnames(t *testing.T) {
	a := Tokenize("Benjamin Netanyahu spoke. Netanyahu said no. " +
		"Maria Library read. The library closed. " +
		"Anna Coron left. Coron Bay is calm. Coron said yes. " +
		"Pedro Sanchez won. Sanchez Group fell.")
	tagForNER(t, a)
	for i := range a.Tokens {
		a.Tokens[i].UPOS = "PROPN" // every word a candidate: only the rule decides
	}
	words, sents := nerInput(a)
	x := newNERDoc(words, sents, nil, nil)
	at := func(w string, nth int) int {
		for i, tk := range a.Tokens {
			if tk.Text == w {
				if nth == 0 {
					return i
				}
				nth--
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	spans := []nerSpan{
		{at("Benjamin", 0), at("Benjamin", 0) + 2, PERSON},
		{at("Maria", 0), at("Maria", 0) + 2, PERSON},
		{at("Anna", 0), at("Anna", 0) + 2, PERSON},
		{at("Coron", 1), at("Coron", 1) + 2, "PLACE"},
		{at("Pedro", 0), at("Pedro", 0) + 2, PERSON},
	}
	got := map[int]string{}
	for _, sp := range nerSurnames(a, x, spans) {
		got[sp.first] = sp.typ
	}
	if got[at("Netanyahu", 1)] != PERSON {
		t.Errorf("the second Netanyahu is not found: %v", got)
	}
	for _, w := range []struct {
		word string
		nth  int
	}{{"Coron", 2}, {"Sanchez", 1}} {
		if typ, ok := got[at(w.word, w.nth)]; ok {
			t.Errorf("%q (%d) became %q", w.word, w.nth, typ)
		}
	}
}

// TestNERConsistentOrgHead checks that a one-word name read as a place
// takes the type of the longer organisation name it starts, and that a
// listed place and a person do not.
func TestNERConsistentOrgHead(t *testing.T) {
	words := []string{"Harvest", "Group", "bid", ".", "Harvest", "said", ".", "Trump", "Organization", "grew", ".", "Trump", "said", "."}
	x := newNERDoc(words, [][2]int{{0, 4}, {4, 7}, {7, 11}, {11, 14}}, nil, nil)
	spans := []nerSpan{
		{0, 2, ORG}, {4, 5, "PLACE"},
		{7, 9, ORG}, {11, 12, PERSON},
	}
	nerConsistent(x, spans, true, false)
	if spans[1].typ != ORG {
		t.Errorf("Harvest alone: %s, want %s", spans[1].typ, ORG)
	}
	if spans[3].typ != PERSON {
		t.Errorf("Trump alone: %s, want %s", spans[3].typ, PERSON)
	}
}

// TestNERAcronymRepeats checks that an acronym the model names once is
// named wherever it stands, and that one named with two types is left
// alone.
func TestNERAcronymRepeats(t *testing.T) {
	a := Tokenize("The CPA ruled Iraq. Officials said the CPA had failed. The AB met. AB said no. AB left.")
	tagForNER(t, a)
	words, sents := nerInput(a)
	x := newNERDoc(words, sents, nil, nil)
	var cpa, ab []int
	for i, w := range words {
		switch w {
		case "CPA":
			cpa = append(cpa, i)
		case "AB":
			ab = append(ab, i)
		}
	}
	spans := []nerSpan{{cpa[0], cpa[0] + 1, ORG}, {ab[0], ab[0] + 1, ORG}, {ab[1], ab[1] + 1, PERSON}}
	got := map[int]string{}
	for _, sp := range nerSurnames(a, x, spans) {
		got[sp.first] = sp.typ
	}
	if got[cpa[1]] != ORG {
		t.Errorf("the second CPA: %q, want %q", got[cpa[1]], ORG)
	}
	if typ, ok := got[ab[2]]; ok {
		t.Errorf("the third AB, named with two types elsewhere, became %q", typ)
	}
}

// TestNERSurnamesWrittenAsWords: a surname that is also a word written in
// lower case elsewhere is the person where the writer capitalised it
// inside a sentence, and nowhere its capital may be the sentence's or a
// longer name's.
func TestNERSurnamesWrittenAsWords(t *testing.T) {
	a := Tokenize("Chris Early spoke. The talks started early. Later, Early said yes. " +
		"Early results came. They met in Early Park. Rain and Early left.")
	tagForNER(t, a)
	for i := range a.Tokens {
		a.Tokens[i].UPOS = "PROPN" // every word a candidate: only the rule decides
	}
	a.Tokens[slices.IndexFunc(a.Tokens, func(tk Token) bool { return tk.Text == "in" })].UPOS = "ADP"
	words, sents := nerInput(a)
	x := newNERDoc(words, sents, nil, nil)
	x.setDocCase()
	var early []int
	for i, tk := range a.Tokens {
		if tk.Text == "Early" {
			early = append(early, i)
		}
	}
	got := map[int]bool{}
	for _, sp := range nerSurnames(a, x, []nerSpan{{early[0] - 1, early[0] + 1, PERSON}}) {
		got[sp.first] = sp.typ == PERSON
	}
	for k, want := range []bool{true, false, false, true} { // ", Early said", "Early results", "in Early Park", "and Early left"
		if got[early[k+1]] != want {
			t.Errorf("Early #%d: person %v, want %v", k+1, got[early[k+1]], want)
		}
	}
}

// TestFamilyNames: a two-word name whose second word is the surname of a
// person named in full by a known given name is a person, whatever the
// model read; not after a title, not a place's name, not a body's.
func TestFamilyNames(t *testing.T) {
	words := strings.Fields("Donald Trump met Ivanka Trump and President Trump in Fort Trump ; " +
		"Florida Democratic Black Caucus met the Black Caucus ; Eric York visited New York")
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	x := newNERDoc(words, [][2]int{{0, len(words)}}, gaz, nil)
	at := func(w string) int {
		for i, v := range words {
			if v == w {
				return i
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	two := func(w string, n int, typ string) nerSpan {
		i := at(w)
		for ; n > 0; n-- {
			for i++; words[i] != w; i++ {
			}
		}
		return nerSpan{i, i + 2, typ}
	}
	spans := []nerSpan{
		{0, 2, PERSON},
		two("Ivanka", 0, "PLACE"),    // a family member: a person
		two("President", 0, "PLACE"), // a title before the surname
		two("Fort", 0, "PLACE"),      // a place's name
		{at("Florida"), at("Florida") + 4, PERSON},
		two("Black", 1, ORG), // "Caucus" is no one's surname by a given name
		two("Eric", 0, PERSON),
		two("New", 0, "PLACE"), // a listed place
	}
	familyNames(x, spans)
	want := []string{PERSON, PERSON, "PLACE", "PLACE", PERSON, ORG, PERSON, "PLACE"}
	for i, w := range want {
		if spans[i].typ != w {
			t.Errorf("span %d %q: %s, want %s", i, words[spans[i].first:spans[i].last], spans[i].typ, w)
		}
	}
}

// TestDropTitlePhrases: a title phrase the model read as a person right
// before a person's name is no entity; a name ending in a word that is
// also a title stays when it holds a given name, and so does a title
// phrase no person's name follows.
func TestDropTitlePhrases(t *testing.T) {
	words := strings.Fields("Labour 's Shadow Home Secretary Yvette Cooper met John Judge Dana Lee and the Foreign Secretary")
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	x := newNERDoc(words, [][2]int{{0, len(words)}}, gaz, nil)
	spans := []nerSpan{
		{2, 5, PERSON},   // Shadow Home Secretary
		{5, 7, PERSON},   // Yvette Cooper
		{8, 10, PERSON},  // John Judge: a given name
		{10, 12, PERSON}, // Dana Lee
		{14, 16, PERSON}, // Foreign Secretary: no name after it
	}
	got := dropTitlePhrases(x, spans)
	var names []string
	for _, sp := range got {
		names = append(names, strings.Join(words[sp.first:sp.last], " "))
	}
	want := []string{"Yvette Cooper", "John Judge", "Dana Lee", "Foreign Secretary"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", names, want)
	}
}

// TestPeoplesNames: a name written with "People's" is one organisation,
// with the capitalised words before it but not an owner's possessive.
func TestPeoplesNames(t *testing.T) {
	r := loadTestRecognizer(t)
	a := Tokenize("The People's Bank of China said it would cut rates. The Korean People's Army fired shells. " +
		"China's People's Daily said the talks were useful. The people's choice was clear.")
	tagForNER(t, a)
	r.Recognize(a)
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Text] = e.Type
	}
	for _, name := range []string{"People's Bank of China", "Korean People's Army", "People's Daily"} {
		if got[name] != ORG {
			t.Errorf("%q: %q, want ORG (all: %v)", name, got[name], got)
		}
	}
	for _, bad := range []string{"Army", "Daily", "China's People's Daily"} {
		if _, ok := got[bad]; ok {
			t.Errorf("%q found (all: %v)", bad, got)
		}
	}
	if got["China"] != GPE {
		t.Errorf("China: %q (all: %v)", got["China"], got)
	}
}

// TestSplitKnownPersons: a person's full name the document gives on its
// own is split off the end of a place's name; a person's name with a
// title before it is trimSpan's to cut, not this rule's.
func TestSplitKnownPersons(t *testing.T) {
	words := strings.Fields("Ambassador to the United States Hamdullah Mohib spoke ; Ambassador Hamdullah Mohib says ; Chief Executive Lara Voss met Lara Voss")
	gaz, _ := LoadStrMap(BuildStrMap(gazetteerEntries()))
	x := newNERDoc(words, [][2]int{{0, len(words)}}, gaz, nil)
	spans := []nerSpan{
		{3, 7, "PLACE"},  // United States Hamdullah Mohib
		{10, 12, PERSON}, // Hamdullah Mohib
		{14, 18, PERSON}, // Chief Executive Lara Voss
		{19, 21, PERSON}, // Lara Voss
	}
	var got []string
	for _, sp := range splitKnownPersons(x, spans) {
		got = append(got, strings.Join(words[sp.first:sp.last], " ")+"/"+sp.typ)
	}
	want := []string{"United States/PLACE", "Hamdullah Mohib/PERSON", "Hamdullah Mohib/PERSON", "Chief Executive Lara Voss/PERSON", "Lara Voss/PERSON"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
}

// TestCountryBodies checks that a name of two words or more ending in a
// country or its letters, with no given name first, is a national body
// whatever the model read ("Health NZ said…"), and that a person whose
// surname is a country's name stays a person.
func TestCountryBodies(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("In a statement, Health NZ said planned surgery would be postponed on the strike day. Michael Jordan said he would attend.")
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Text] = e.Type
	}
	if got["Health NZ"] != ORG {
		t.Errorf("Health NZ: %q, want ORG (all: %v)", got["Health NZ"], got)
	}
	if got["Michael Jordan"] != PERSON {
		t.Errorf("Michael Jordan: %q, want PERSON (all: %v)", got["Michael Jordan"], got)
	}
}

// TestBodiesBeside checks that a name set beside what a body is ("…, the
// national water utility,") is an organisation's whatever the model read,
// and that a person's apposition or a listed given name keeps a person.
func TestBodiesBeside(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, word, want string
	}{
		{"a body's noun after the name", "Water deal signed\n\nUisce Eireann, the national water utility, said it had been consulted throughout.", "Uisce", ORG},
		{"a given name the lists know", "Water deal signed\n\nLuis Carrasquillo, the national water utility, said it had been consulted throughout.", "Luis", PERSON},
		{"a person's role", "Water deal signed\n\nAoife Ni Bhriain, the utility's chief executive, said she had been consulted throughout.", "Aoife", PERSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text)
			for _, e := range a.Entities {
				if a.Tokens[e.First].Text == tt.word {
					if e.Type != tt.want {
						t.Errorf("%q typed %s, want %s", e.Text, e.Type, tt.want)
					}
					return
				}
			}
			t.Errorf("no entity starts with %q", tt.word)
		})
	}
}

// TestShortestTitle holds namesAfterTitles' shortcut to the lists it
// stands for: no word of officeTitles or lowerTitles is shorter than
// shortestTitle.
func TestShortestTitle(t *testing.T) {
	for _, m := range []map[string]bool{officeTitles, lowerTitles} {
		for w := range m {
			if len(w) < shortestTitle {
				t.Errorf("title %q: shorter than shortestTitle (%d)", w, shortestTitle)
			}
		}
	}
}
