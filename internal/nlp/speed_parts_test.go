package nlp

import (
	"slices"
	"strings"
	"testing"
)

// speedAnalysis returns the longer identity fixture, analysed.
func speedAnalysis(t *testing.T) (*Analyzer, *Analysis) {
	t.Helper()
	an, err := New()
	if err != nil {
		t.Skipf("models not loaded: %v", err)
	}
	text, _ := speedText(t, "port-strike")
	return an, an.Analyze(text)
}

// samePartition reports whether group (positions in all) and rest hold
// exactly the features of all.
func samePartition(all []uint64, group []int, rest []uint64) bool {
	got := slices.Clone(rest)
	for _, p := range group {
		got = append(got, all[p])
	}
	want := slices.Clone(all)
	slices.Sort(got)
	slices.Sort(want)
	return slices.Equal(got, want)
}

// TestScoreGroupsPartition checks that the cached groups and the rest of
// the tagger's and the labeller's features are all their features, each
// once.
func TestScoreGroupsPartition(t *testing.T) {
	an, a := speedAnalysis(t)
	tg := an.tagger
	for _, s := range a.Sentences {
		toks := a.Tokens[s.First:s.Last]
		info := make([]wordInfo, len(toks))
		tags := make([]int, len(toks))
		for i := range toks {
			info[i].set(toks[i].Text, false)
			tags[i] = tg.classOf(toks[i].UPOS, toks[i].XPOS)
		}
		for i := range toks {
			f := taggerFeatures(nil, info, tags, i)
			if !samePartition(f, taggerGroup[:], taggerRest(nil, f)) {
				t.Fatalf("tagger features of %q: groups do not partition them", toks[i].Text)
			}
		}
	}
	var st parseState
	var ls labelScratch
	for _, s := range a.Sentences {
		toks := a.Tokens[s.First:s.Last]
		n := len(toks)
		st.reset(n)
		for i := range toks {
			st.setWord(i, toks[i].Text, toks[i].UPOS, toks[i].XPOS)
			st.heads[i] = n
			if toks[i].Head >= 0 {
				st.heads[i] = toks[i].Head - s.First
			}
		}
		ls.index(&st)
		for d := 0; d < n; d++ {
			if st.heads[d] == n {
				continue
			}
			f := labelFeatures(nil, &st, &ls, d)
			if !samePartition(f, labelGroup[:], labelRest(nil, f)) {
				t.Fatalf("labeller features of %q: groups do not partition them", toks[d].Text)
			}
		}
	}
}

// TestScoreCache checks that a cached group's scores are those of its
// rows, on a miss and on a hit.
func TestScoreCache(t *testing.T) {
	an, _ := speedAnalysis(t)
	w := an.tagger.w
	c := newScoreCache(3, w.n)
	groups := [][]uint64{
		{fk1(1, 0), fk1(16, 3), fk1(17, 5)},
		{fk1(1, 0), fk1(16, 4), fk1(17, 5)},
		{fk1(1, 0), fk1(16, 3), fk1(17, 999)},
	}
	for round := 0; round < 3; round++ {
		for k := 0; k < 200; k++ {
			g := groups[k%len(groups)]
			if k >= len(groups) {
				g = []uint64{fk1(1, 0), fk1(16, uint64(k)), fk1(17, uint64(k%7))}
			}
			var got, want rowAcc
			for i := range got {
				got[i] = 12345 // start overwrites the first n
			}
			c.start(w, g, &got)
			var rows rowBatch
			w.scoreInto(g, &want, &rows)
			if !slices.Equal(got[:w.n], want[:w.n]) {
				t.Fatalf("round %d, group %d: cached scores differ", round, k)
			}
		}
	}
}

// TestRetagIsTaggingAfresh checks that retag, which tags only the span
// a forced class can change, leaves the classes tagging the whole sentence
// afresh with that one token forced gives, after another token was forced
// before.
func TestRetagIsTaggingAfresh(t *testing.T) {
	an, a := speedAnalysis(t)
	tg := an.tagger
	classes := []int{tg.classOf("PROPN", "NNP"), tg.classOf("VERB", "VBZ"), tg.classOf("NOUN", "NN")}
	sc := tg.newTagScratch()
	tg.tagEach(a, sc)
	fresh := tg.newTagScratch()
	fresh.tags = make([]int, len(a.Tokens))
	checked := 0
	for si, s := range a.Sentences {
		n := s.Last - s.First
		for k, force := range []int{n / 2, 0, n - 1, n / 3} {
			c := classes[k%len(classes)]
			tg.retag(a, sc, si, force, c)
			tg.tagSentence(a.Tokens[s.First:s.Last], fresh, s.First, 0, force, c, -1)
			if !slices.Equal(sc.tags[s.First:s.Last], fresh.tags[s.First:s.Last]) {
				t.Fatalf("sentence %d, token %d forced: retag gives %v, tagging afresh %v", si, force, sc.tags[s.First:s.Last], fresh.tags[s.First:s.Last])
			}
			for i := s.First; i < s.Last; i++ {
				if u, x := tg.upos[sc.tags[i]], tg.xpos[sc.tags[i]]; a.Tokens[i].UPOS != u || a.Tokens[i].XPOS != x {
					t.Fatalf("sentence %d: token %d tagged %s/%s, class says %s/%s", si, i, a.Tokens[i].UPOS, a.Tokens[i].XPOS, u, x)
				}
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no sentence checked")
	}
}

// TestNERPackShort checks that nerPack packs a short string, and
// packShort the first eight bytes of any (crH.S), as the loops over their
// bytes they replaced did.
func TestNERPackShort(t *testing.T) {
	loop := func(s string) uint64 {
		v := uint64(len(s)) << 56
		for i := 0; i < len(s); i++ {
			v |= uint64(s[i]) << (8 * i)
		}
		return v
	}
	first8 := func(s string) uint64 {
		var v uint64
		for i := 0; i < len(s) && i < 8; i++ {
			v |= uint64(s[i]) << (8 * i)
		}
		return v
	}
	for _, s := range []string{"", "a", "ab", "NNP", "</s>", "abcde", "é.é", "\x00\x01\x80\xff\x7f\x10\x20", "nsubj:pass", "PERSON", "12345678"} {
		if len(s) <= 7 {
			if got, want := nerPack(s), loop(s); got != want {
				t.Errorf("nerPack(%q) = %#x, want %#x", s, got, want)
			}
		}
		if got, want := packShort(s), first8(s); got != want {
			t.Errorf("packShort(%q) = %#x, want %#x", s, got, want)
		}
	}
}

// TestEqualFoldLower checks EqualFoldLower against strings.EqualFold,
// folds outside ASCII included.
func TestEqualFoldLower(t *testing.T) {
	words := []string{"", "s", "k", "who", "whose", "according", "to", "mr.", "u.s.", "well-known"}
	forms := []string{"", "S", "K", "\u212a", "\u017f", "Who", "WHOSE", "Whoſe", "who\u017fe", "whos", "whosee", "WhO", "Wh\xff", "According", "TO", "Mr.", "U.S.", "Well-Known", "well_known", "é", "Ωho"}
	for _, w := range words {
		for _, f := range append(forms, words...) {
			if got, want := EqualFoldLower(f, w), strings.EqualFold(f, w); got != want {
				t.Errorf("EqualFoldLower(%q, %q) = %v, want %v", f, w, got, want)
			}
		}
	}
}

// TestArgmaxBut checks argmaxBut against the loop that tested every class
// for the one skipped, and argmaxInt against it with none skipped, ties
// included.
func TestArgmaxBut(t *testing.T) {
	old := func(scores []int32, skip int) int {
		best := 0
		if skip == 0 {
			best = 1
		}
		if best >= len(scores) {
			return -1
		}
		bestScore := scores[best]
		for c := best + 1; c < len(scores); c++ {
			if s := scores[c]; s > bestScore && c != skip {
				best, bestScore = c, s
			}
		}
		return best
	}
	r := uint32(1)
	for n := 0; n < 13; n++ {
		for trial := 0; trial < 200; trial++ {
			scores := make([]int32, n)
			for c := range scores {
				r = r*1664525 + 1013904223
				scores[c] = int32(r>>28) - 8 // small values: ties
			}
			for skip := -1; skip <= n; skip++ {
				if got, want := argmaxBut(scores, skip), old(scores, skip); got != want {
					t.Fatalf("argmaxBut(%v, %d) = %d, want %d", scores, skip, got, want)
				}
			}
			// argmaxInt is the same with nothing skipped (0 for none).
			if got, want := argmaxInt(scores), max(old(scores, -1), 0); got != want {
				t.Fatalf("argmaxInt(%v) = %d, want %d", scores, got, want)
			}
		}
	}
}
