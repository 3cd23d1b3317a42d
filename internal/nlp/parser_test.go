package nlp

import (
	"testing"
	"unsafe"
)

// oracleParse runs the transition system following the best zero-cost
// transition and returns the heads.
func oracleParse(gold []int) []int {
	var st parseState
	n := len(gold)
	st.reset(n)
	for i := 0; i < n; i++ {
		st.setWord(i, "w", "X", "X")
	}
	var cost [numTransitions]int
	for !st.done() {
		st.costs(gold, &cost)
		best := -1
		for c := 0; c < numTransitions; c++ {
			if st.valid(c) && (best < 0 || cost[c] < cost[best]) {
				best = c
			}
		}
		st.apply(best)
	}
	return append([]int(nil), st.heads[:n]...)
}

func TestDynamicOracleProjective(t *testing.T) {
	// Heads of projective trees, -1 for the root.
	tests := [][]int{
		{1, 2, -1, 4, 2, 2},       // The union rejected the offer .
		{1, -1},                   // Talks resumed
		{1, -1, 1, 5, 5, 2, 5},    // nested right dependents
		{-1, 0, 3, 1, 3, 6, 4, 6}, // root first, left and right children
	}
	for ti, g := range tests {
		gold := rootAtEnd(g)
		got := oracleParse(gold)
		for i := range gold {
			if got[i] != gold[i] {
				t.Fatalf("tree %d: oracle heads %v, gold %v", ti, got, gold)
			}
		}
	}
}

// rootAtEnd maps a root head of -1 to n, the parser's root position.
func rootAtEnd(g []int) []int {
	out := append([]int(nil), g...)
	for i := range out {
		if out[i] < 0 {
			out[i] = len(out)
		}
	}
	return out
}

func TestOracleNonProjectiveMakesATree(t *testing.T) {
	// 3 -> 1 crosses the root's arc 2.
	checkTree(t, oracleParse(rootAtEnd([]int{2, 3, -1, 2, 1})))
}

// checkTree fails unless heads (n = root) form one tree with one root.
func checkTree(t *testing.T, heads []int) {
	t.Helper()
	n := len(heads)
	roots := 0
	for i, h := range heads {
		if h == n {
			roots++
			continue
		}
		if h < 0 || h > n || h == i {
			t.Fatalf("bad head %d of %d in %v", h, i, heads)
		}
		seen := 0
		for p := i; p != n; p = heads[p] {
			if seen++; seen > n {
				t.Fatalf("cycle through %d in %v", i, heads)
			}
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots in %v", roots, heads)
	}
}

func TestParserMakesTrees(t *testing.T) {
	tg, ps := loadSyntax(t)
	a := benchAnalysis()
	gold := readFixture(t, syntaxFixture)
	b := FromTreebank(gold)
	for _, an := range []*Analysis{a, b, FromTreebank([]TreeSentence{{Words: []Word{{Form: "Hello"}}}})} {
		tg.Tag(an)
		ps.Parse(an)
		for si, s := range an.Sentences {
			heads := make([]int, s.Last-s.First)
			for i := range heads {
				tk := an.Tokens[s.First+i]
				if tk.Rel == "" {
					t.Fatalf("sentence %d: no relation on %q", si, tk.Text)
				}
				if (tk.Head < 0) != (tk.Rel == "root") {
					t.Fatalf("sentence %d: %q head %d rel %s", si, tk.Text, tk.Head, tk.Rel)
				}
				if tk.Head < 0 {
					heads[i] = len(heads)
				} else {
					heads[i] = tk.Head - s.First
				}
			}
			checkTree(t, heads)
		}
	}
	if sc := ScoreSyntax(gold, b); sc.UAS < 70 {
		t.Errorf("UAS %.1f on an easy fixture", sc.UAS)
	}
}

func BenchmarkParser(b *testing.B) {
	tg, ps := loadSyntax(b)
	a := benchAnalysis()
	tg.Tag(a)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ps.Parse(a)
	}
	b.ReportMetric(float64(len(a.Tokens)), "words/op")
}

func BenchmarkTagAndParse(b *testing.B) {
	tg, ps := loadSyntax(b)
	a := benchAnalysis()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(a)
		ps.Parse(a)
	}
	b.ReportMetric(float64(len(a.Tokens)), "words/op")
}

func TestInlineTableMatchesTrainer(t *testing.T) {
	p := newSparsePerceptron(numTransitions)
	k := func(i uint64) uint64 { return fk1(7, i) }
	feats := [][]uint64{{k(1), k(2)}, {k(2), k(3)}, {k(4)}}
	truth := []int{trShift, trLeft, trRight}
	for ep := 0; ep < 4; ep++ {
		for i, f := range feats {
			s := make([]float32, numTransitions)
			p.score(f, s)
			p.tick()
			p.update(f, truth[i], argmax(s, nil))
		}
	}
	p.average()
	b, dropped := p.compileInline(1, 0.5)
	if dropped != 0 {
		t.Fatalf("%d features dropped", dropped)
	}
	tb, err := loadInlineTable(b)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range feats {
		fs := make([]float32, numTransitions)
		p.score(f, fs)
		is := make([]int32, numTransitions)
		tb.score(append(f, k(99)), is)
		for c := range fs {
			if d := float32(is[c])*tb.scale - fs[c]; d > 0.01 || d < -0.01 {
				t.Fatalf("example %d class %d: table %v, trainer %v", i, c, float32(is[c])*tb.scale, fs[c])
			}
		}
	}
	if _, err := loadInlineTable([]byte("PIT1")); err == nil {
		t.Fatal("short table accepted")
	}
}

func TestPadWordTag(t *testing.T) {
	if got := fk2(0, padNone, padNone); got != padNoneWT {
		t.Fatalf("padNoneWT = %#x, want %#x", uint64(padNoneWT), got)
	}
}

// TestCachedScoresMatchFull checks that Parse's cached group scores equal
// scoring all the features of each configuration at once (the training
// view).
func TestCachedScoresMatchFull(t *testing.T) {
	tg, ps := loadSyntax(t)
	a := benchAnalysis()
	tg.Tag(a)
	var st parseState
	var tc transCache
	var feats, all []uint64
	checked := 0
	for _, s := range a.Sentences {
		toks := a.Tokens[s.First:s.Last]
		n := len(toks)
		st.reset(n)
		for i := range toks {
			st.setWord(i, toks[i].Text, toks[i].UPOS, toks[i].XPOS)
		}
		tc.reset(n)
		for !st.done() {
			if tr := st.forced(); tr >= 0 {
				st.apply(tr)
				continue
			}
			got := ps.transScores(&st, &tc, &feats)
			var want [3]int32
			all = st.features(all[:0])
			ps.w.add(all, &want)
			if got != want {
				t.Fatalf("cached scores %v, full %v", got, want)
			}
			checked++
			best := -1
			for c := 0; c < numTransitions; c++ {
				if st.valid(c) && (best < 0 || got[c] > got[best]) {
					best = c
				}
			}
			st.apply(best)
		}
	}
	if checked == 0 {
		t.Fatal("no configuration scored")
	}
}

func TestPunctuationIsPunct(t *testing.T) {
	tg, ps := loadSyntax(t)
	a := FromTreebank(readFixture(t, syntaxFixture))
	tg.Tag(a)
	ps.Parse(a)
	for _, tk := range a.Tokens {
		if tk.UPOS == "PUNCT" && tk.Head >= 0 && tk.Rel != "punct" {
			t.Fatalf("%q: %s", tk.Text, tk.Rel)
		}
	}
}

// FuzzLoadInlineTable: a damaged transition table is refused or read
// without a panic.
func FuzzLoadInlineTable(f *testing.F) {
	p := newSparsePerceptron(numTransitions)
	feats := []uint64{fk1(1, 1), fk1(1, 2), fk1(2, 3)}
	p.tick()
	p.update(feats, trShift, trLeft)
	p.average()
	b, _ := p.compileInline(1, 0.7)
	f.Add(b)
	f.Add(b[:inlineHeader])
	f.Add([]byte("PIT3"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := loadInlineTable(b)
		if err != nil {
			return
		}
		var v [3]int32
		tb.add(append(feats, fk1(9, uint64(len(b)))), &v)
		s := make([]int32, numTransitions)
		tb.score(feats, s)
	})
}

// BenchmarkTransitionLookups times the transition table's lookups alone,
// replaying the feature lists a parse of the longer identity fixture
// scores.
func BenchmarkTransitionLookups(b *testing.B) {
	tg, ps := loadSyntax(b)
	text, _ := speedText(b, "port-strike")
	a := Tokenize(text)
	tg.Tag(a)
	var lists [][]uint64
	var st parseState
	for _, s := range a.Sentences {
		toks := a.Tokens[s.First:s.Last]
		st.reset(len(toks))
		for i := range toks {
			st.setWord(i, toks[i].Text, toks[i].UPOS, toks[i].XPOS)
		}
		for !st.done() {
			if tr := st.forced(); tr >= 0 {
				st.apply(tr)
				continue
			}
			f := st.features(nil)
			lists = append(lists, f)
			var v [3]int32
			ps.w.add(f, &v)
			best := -1
			for c := 0; c < numTransitions; c++ {
				if st.valid(c) && (best < 0 || v[c] > v[best]) {
					best = c
				}
			}
			st.apply(best)
		}
	}
	n := 0
	for _, f := range lists {
		n += len(f)
	}
	b.ReportAllocs()
	var sink int32
	for b.Loop() {
		for _, f := range lists {
			var v [3]int32
			ps.w.add(f, &v)
			sink += v[0]
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/lookup")
	if sink == 1 {
		b.Log(sink)
	}
}

// TestTransitionBucketsAligned checks that the embedded transition table's
// 32-byte buckets start on 32-byte boundaries, so that a lookup reads one
// cache line (a slower parse, not a wrong one, if this fails).
func TestTransitionBucketsAligned(t *testing.T) {
	_, ps := loadSyntax(t)
	if a := uintptr(unsafe.Pointer(unsafe.SliceData(ps.w.words))) % bucketBytes; a != 0 {
		t.Fatalf("buckets start %d bytes past a %d-byte boundary", a, bucketBytes)
	}
}
