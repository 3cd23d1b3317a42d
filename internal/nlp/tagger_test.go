package nlp

import (
	"strings"
	"testing"
)

func TestSparseTableMatchesTrainer(t *testing.T) {
	p := newSparsePerceptron(5)
	k := func(i uint64) uint64 { return fk1(1, i) }
	feats := [][]uint64{{k(1), k(2), k(3)}, {k(2), k(4)}, {k(5), k(1)}, {k(7)}}
	truth := []int{0, 3, 4, 1}
	for ep := 0; ep < 5; ep++ {
		for i, f := range feats {
			scores := make([]float32, 5)
			p.score(f, scores)
			p.tick()
			p.update(f, truth[i], argmax(scores, nil))
		}
	}
	p.average()
	tb, err := loadSparseTable(p.compile(1, true))
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range feats {
		fs := make([]float32, 5)
		p.score(f, fs)
		is := make([]int32, 5)
		tb.score(f, is)
		for c := range fs {
			q := float32(is[c]) * tb.scale
			if d := q - fs[c]; d > 0.01 || d < -0.01 {
				t.Fatalf("example %d class %d: table %v, trainer %v", i, c, q, fs[c])
			}
		}
	}
	is := make([]int32, 5)
	tb.score([]uint64{k(99), k(100)}, is)
	for _, v := range is {
		if v != 0 {
			t.Fatal("unknown features scored")
		}
	}
	if _, err := loadSparseTable([]byte("PST1")); err == nil {
		t.Fatal("short table accepted")
	}
}

func TestWordInfo(t *testing.T) {
	tests := []struct {
		a, b      string
		sameLower bool
		sameShape bool
	}{
		{"Union", "union", true, false},
		{"1990", "2024", true, true},
		{"Holland", "Juncker", false, true},
		{"talks", "TALKS", true, false},
	}
	for _, tc := range tests {
		var x, y wordInfo
		x.set(tc.a, false)
		y.set(tc.b, false)
		if (x.lower == y.lower) != tc.sameLower || (x.shape == y.shape) != tc.sameShape {
			t.Errorf("%q vs %q: lower %v shape %v", tc.a, tc.b, x.lower == y.lower, x.shape == y.shape)
		}
	}
	var w wordInfo
	w.set("co-op", false)
	if w.flags&flagHyphen == 0 {
		t.Error("hyphen flag missing")
	}
}

// loadSyntax loads the embedded tagger and parser, or skips when they are
// not trained yet.
func loadSyntax(t testing.TB) (*Tagger, *Parser) {
	t.Helper()
	if len(taggerModel) == 0 || len(parserModel) == 0 {
		t.Skip("tagger or parser model not trained")
	}
	c, err := ReadContainer(taggerModel)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := LoadTagger(c)
	if err != nil {
		t.Fatal(err)
	}
	c, err = ReadContainer(parserModel)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := LoadParser(c)
	if err != nil {
		t.Fatal(err)
	}
	return tg, ps
}

func TestTaggerOnFixture(t *testing.T) {
	tg, _ := loadSyntax(t)
	gold := readFixture(t, syntaxFixture)
	a := FromTreebank(gold)
	tg.Tag(a)
	for _, tk := range a.Tokens {
		if tk.UPOS == "" || tk.XPOS == "" {
			t.Fatalf("untagged token %q", tk.Text)
		}
	}
	if sc := ScoreSyntax(gold, a); sc.UPOS < 80 {
		t.Fatalf("UPOS %.1f on an easy fixture", sc.UPOS)
	}
}

// benchText is about 1,000 words of news-like prose written for the
// benchmarks.
func benchText() string {
	p := "The union's chief negotiator, John Holland, said on Tuesday that talks with the company " +
		"had broken down after the management refused to raise its offer of a 3% pay rise. " +
		"\"We have been patient for six months, and our members are tired of waiting,\" he told reporters " +
		"outside the headquarters in Manchester. The company said it would meet the union again next week " +
		"and that it remained committed to reaching a fair agreement. Analysts expect a strike if the two " +
		"sides cannot agree before the end of the month, which could close several factories and delay " +
		"deliveries to customers across Europe. "
	return strings.Repeat(p, 10)
}

// benchAnalysis splits benchText into words and sentences without the
// tokenizer (rough splitting is enough to time the models).
func benchAnalysis() *Analysis {
	var sents []TreeSentence
	var cur TreeSentence
	for _, f := range strings.Fields(benchText()) {
		var tail []string
		for len(f) > 1 && strings.ContainsAny(f[len(f)-1:], ".,\"") {
			tail = append([]string{f[len(f)-1:]}, tail...)
			f = f[:len(f)-1]
		}
		if strings.HasPrefix(f, "\"") && len(f) > 1 {
			cur.Words = append(cur.Words, Word{Form: "\"", SpaceAfter: false})
			f = f[1:]
		}
		cur.Words = append(cur.Words, Word{Form: f, SpaceAfter: len(tail) == 0})
		for _, t := range tail {
			cur.Words = append(cur.Words, Word{Form: t, SpaceAfter: true})
			if t == "." {
				sents = append(sents, cur)
				cur = TreeSentence{}
			}
		}
	}
	if len(cur.Words) > 0 {
		sents = append(sents, cur)
	}
	return FromTreebank(sents)
}

func BenchmarkTagger(b *testing.B) {
	tg, _ := loadSyntax(b)
	a := benchAnalysis()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(a)
	}
	b.ReportMetric(float64(len(a.Tokens)), "words/op")
}

// TestWordInfoASCII: the one-pass hashes of an ASCII word are set's for
// any word.
func TestWordInfoASCII(t *testing.T) {
	words := strings.Fields(articleText() + " a A Ab AB ab1 1-2 --- -x- X-Ray U.S. 3.5% $12 ''' … Zoë aaa AAAB xxxx 19 \t !")
	words = append(words, "", "-", "Xx-", "e-mail", "ABCDEFGH", "x'y")
	for b := 0; b < 0x80; b++ {
		words = append(words, string(rune(b)), "a"+string(rune(b))+"Bc", string(rune(b))+string(rune(b))+string(rune(b)))
	}
	for _, w := range words {
		for _, letters := range []bool{false, true} {
			var got, want wordInfo
			ok := got.setASCII(w)
			want.setAny(w, letters)
			if ok != isASCII(w) {
				t.Errorf("%q: setASCII reports %v", w, ok)
			}
			if ok && got != want {
				t.Errorf("%q (letters %v): setASCII %+v, set %+v", w, letters, got, want)
			}
		}
	}
}
