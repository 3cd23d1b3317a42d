package news

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"testing"
)

// TestStorySets: the question sets of the stories (StoryBatches) share
// no story, hold at least 90 questions each (70 for the second batch's
// six stories, 50 for the third's and later ones) with at least 30 % of
// each kind (20 % for the third and later batches, written with two
// questions a story cannot answer and seven it can), have their first
// runs recorded, and every expected answer and speaker is written, as
// given, in its story (a question set's strings are matched by substring,
// so one the story does not hold could never be answered).
func TestStorySets(t *testing.T) {
	texts, err := StoryTexts()
	if err != nil {
		t.Fatal(err)
	}
	batches := StoryBatches()
	last := batches[len(batches)-1].Last
	if want := storyNumber(t, last); len(texts) != want {
		t.Fatalf("%d stories, want %d (s01 … %s)", len(texts), want, last)
	}
	others := func(self string) []string {
		var out []string
		for _, s := range append([]string{"blind", "blind2", "dev2", "dev3", "dev4", "dev5"}, StorySetNames()...) {
			if s != self {
				out = append(out, s)
			}
		}
		return out
	}
	type storySetRule struct {
		name  string
		min   int
		share int // per cent of each kind, at least
	}
	var sets []storySetRule
	for _, b := range batches {
		minQ, share := 50, 20
		switch b.N {
		case 1:
			minQ, share = 90, 30
		case 2:
			minQ, share = 70, 30
		}
		sets = append(sets, storySetRule{b.Dev, minQ, share}, storySetRule{b.Blind, minQ, share})
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			arts, err := LoadStorySet(set.name)
			if err != nil {
				t.Fatal(err)
			}
			_, firstRun, err := storySetFiles(set.name)
			if err != nil {
				t.Fatal(err)
			}
			checkNewSet(t, arts, usedBy(t, others(set.name)...), set.min, false, firstRun)
			kinds := map[string]int{}
			total := 0
			for _, a := range arts {
				text, ok := texts[a.Article]
				if a.Bench != "story" || !ok {
					t.Errorf("article %q of bench %q: want one of the stories", a.Article, a.Bench)
					continue
				}
				lower := strings.ToLower(text)
				for _, q := range a.Turns {
					kinds[q.Kind]++
					total++
					for _, g := range append(q.Expect, q.Speaker) {
						for _, w := range g {
							if !strings.Contains(lower, strings.ToLower(w)) {
								t.Errorf("[%s] %q: %q is not in the story", a.Article, q.Q, w)
							}
						}
					}
				}
			}
			for _, k := range []string{KindFactual, KindSay, KindUnanswerable} {
				if 100*kinds[k] < set.share*total {
					t.Errorf("%d %s questions of %d, want at least %d %%", kinds[k], k, total, set.share)
				}
			}
		})
	}
}

// storyNumber returns the number of the story with this id ("s784": 784).
func storyNumber(t *testing.T, id string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.TrimPrefix(id, "s"))
	if err != nil || !strings.HasPrefix(id, "s") {
		t.Fatalf("story id %q: want s and a number", id)
	}
	return n
}

// TestStoryBatches: the batches are numbered from 1 in turn, each takes up
// where the last left off (sixteen stories in the first, twelve in each
// other), and its question sets are dev<N+5> and blind<N+2>, each named
// once.
func TestStoryBatches(t *testing.T) {
	next := 1
	seen := map[string]bool{}
	for i, b := range StoryBatches() {
		size := 12
		if b.N == 1 {
			size = 16
		}
		if b.N != i+1 {
			t.Errorf("batch %d is row %d", b.N, i+1)
		}
		if first, last := storyNumber(t, b.First), storyNumber(t, b.Last); first != next || last != first+size-1 {
			t.Errorf("batch %d holds %s, want %d stories from s%02d", b.N, b.Stories(), size, next)
		}
		next += size
		if want := fmt.Sprintf("dev%d", b.N+5); b.Dev != want {
			t.Errorf("batch %d: development set %q, want %q", b.N, b.Dev, want)
		}
		if want := fmt.Sprintf("blind%d", b.N+2); b.Blind != want {
			t.Errorf("batch %d: held-out set %q, want %q", b.N, b.Blind, want)
		}
		for _, s := range []string{b.Dev, b.Blind} {
			if seen[s] {
				t.Errorf("set %s is named twice", s)
			}
			seen[s] = true
		}
		if b.Ordinal == "" {
			t.Errorf("batch %d has no ordinal", b.N)
		}
	}
	// Every question set of the stories has a row: dev6 on and blind3 on.
	files, err := fs.Glob(storySetFS, "questions_*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(f, "questions_"), ".json"), "_firstrun")
		for _, kind := range []struct {
			prefix string
			from   int
		}{{"dev", 6}, {"blind", 3}} {
			if n, err := strconv.Atoi(strings.TrimPrefix(name, kind.prefix)); err == nil && strings.HasPrefix(name, kind.prefix) && n >= kind.from && !seen[name] {
				t.Errorf("%s is not a set of StoryBatches", f)
			}
		}
	}
}
