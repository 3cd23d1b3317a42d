package pages

import (
	"encoding/json"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/eval/news"
	"github.com/parley-bot/parley/internal/summarize"
)

// TestGoldShape checks the committed gold files: every page id is a
// 64-digit hex, every quotation has a known attribution kind, a span in
// order, and a speaker unless the page says nobody.
func TestGoldShape(t *testing.T) {
	seen := map[string]bool{}
	for name, data := range map[string][]byte{"gold_heldout.json": goldHeldOut, "gold_dev.json": goldDev, "gold_fresh.json": goldFresh} {
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range g.Pages {
			if len(p.ID) != 64 || strings.Trim(p.ID, "0123456789abcdef") != "" {
				t.Errorf("%s: page id %q", name, p.ID)
			}
			if seen[p.ID] {
				t.Errorf("%s: page %s is in two sets or twice", name, p.ID)
			}
			seen[p.ID] = true
			last := -1
			for _, q := range p.Quotes {
				if !slices.Contains(Hows, q.How) {
					t.Errorf("%s %s: how %q", name, p.ID[:8], q.How)
				}
				if q.Start >= q.End || q.Start < last {
					t.Errorf("%s %s: span %d-%d after %d", name, p.ID[:8], q.Start, q.End, last)
				}
				last = q.End
				if (q.Speaker == "") != (q.How == "none") {
					t.Errorf("%s %s: speaker %q with how %q", name, p.ID[:8], q.Speaker, q.How)
				}
			}
		}
	}
}

// TestScorePage scores a brief of a short article of our own against gold
// written for it, and a made-up brief whose errors are known.
func TestScorePage(t *testing.T) {
	text := "The union and the port operator met on Monday.\n\n" +
		"“We will not sign a deal that cuts pensions,” said Maria Keller, the union's president.\n\n" +
		"“The offer is final,” the company said in a statement.\n\n" +
		"Keller called the offer “an insult to every worker here.”"
	rs := []rune(text)
	find := func(sub string) (int, int) {
		i := strings.Index(string(rs), sub)
		if i < 0 {
			t.Fatalf("no %q", sub)
		}
		start := len([]rune(text[:i]))
		return start, start + len([]rune(sub))
	}
	s1, e1 := find("“We will not sign a deal that cuts pensions,”")
	s2, e2 := find("“The offer is final,”")
	s3, e3 := find("“an insult to every worker here.”")
	page := Page{ID: strings.Repeat("a", 64), Quotes: []Quote{
		{Start: s1, End: e1, Speaker: "Maria Keller", Mention: "Maria Keller", How: "named"},
		{Start: s2, End: e2, Speaker: "port operator", Mention: "the company", How: "description"},
		{Start: s3, End: e3, Speaker: "Maria Keller", Mention: "Keller", How: "named"},
	}}
	b, err := summarize.Summarize(summarize.Input{Text: text}, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var s Split
	s.ByHow = map[string][2]int{}
	scorePage(&s, page, text, b, true)
	if s.Gold != 3 || s.Found < 2 {
		t.Fatalf("gold %d found %d: %v", s.Gold, s.Found, s.Misses)
	}
	if c := s.ByHow["named"]; c[0] < 1 {
		t.Errorf("named speakers right %d/%d: %v", c[0], c[1], s.Misses)
	}

	// A made-up brief: the first quote right, the second blank, the third
	// credited to the wrong speaker, and one quote that is not gold.
	byteSpan := func(sub string) [2]int {
		i := strings.Index(text, sub)
		return [2]int{i, i + len(sub)}
	}
	made := &summarize.Brief{Quotes: []summarize.Quote{
		{Text: "We will not sign a deal that cuts pensions,", Speaker: "Keller", Spans: [][2]int{byteSpan("“We will not sign a deal that cuts pensions,”")}},
		{Text: "The offer is final,", Speaker: "", Spans: [][2]int{byteSpan("“The offer is final,”")}},
		{Text: "an insult to every worker here.", Speaker: "the union", Spans: [][2]int{byteSpan("“an insult to every worker here.”")}},
		{Text: "The union and the port operator", Speaker: "x", Spans: [][2]int{byteSpan("The union and the port operator")}},
	}}
	s = Split{ByHow: map[string][2]int{}}
	scorePage(&s, page, text, made, false)
	want := Split{Gold: 3, Found: 3, Extra: 1, Right: 1, Wrong: 1, Blank: 1}
	if s.Gold != want.Gold || s.Found != want.Found || s.Extra != want.Extra || s.Right != want.Right || s.Wrong != want.Wrong || s.Blank != want.Blank {
		t.Errorf("got %+v, want %+v", s, want)
	}
	if len(s.Misses) != 0 {
		t.Errorf("misses listed without being asked: %v", s.Misses)
	}
}

func TestRuneIndex(t *testing.T) {
	s := "aé“b"
	got := news.RuneIndex(s)
	want := []int{0, 1, 1, 2, 2, 2, 3, 4}
	if !slices.Equal(got, want) {
		t.Errorf("RuneIndex(%q) = %v, want %v", s, got, want)
	}
}

// TestAnswerSetsAvoidHeldOut: no answer question set asks about a page of
// the held-out half or the fresh set, which are never read page by page.
func TestAnswerSetsAvoidHeldOut(t *testing.T) {
	held := map[string]bool{}
	for _, data := range [][]byte{goldHeldOut, goldFresh} {
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatal(err)
		}
		for _, p := range g.Pages {
			held[p.ID] = true
		}
	}
	arts, err := news.LoadDev5Set()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if held[a.Article] {
			t.Errorf("dev5 asks about held-out page %s", a.Article[:8])
		}
	}
}

// TestStoriesGold checks the stories' gold against the embedded stories:
// every quotation's offsets fall inside its story, open right after a
// quotation mark and close on one (or, for the part of a quotation that
// runs on to the next paragraph, at its paragraph's end), and name a
// speaker unless the story names none (how "none", which the scorer
// counts as found but leaves out of the speaker share); the halves share
// no story and cover all of them.
func TestStoriesGold(t *testing.T) {
	texts, err := news.StoryTexts()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	golds := map[string][]byte{}
	for _, b := range news.StoryBatches() {
		for _, heldOut := range []bool{false, true} {
			data, err := storyGold(b, heldOut)
			if err != nil {
				t.Fatal(err)
			}
			name := "development half of " + b.Stories()
			if heldOut {
				name = "held-out half of " + b.Stories()
			}
			golds[name] = data
		}
	}
	for name, data := range golds {
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range g.Pages {
			if seen[p.ID] {
				t.Errorf("story %s is in both halves", p.ID)
			}
			seen[p.ID] = true
			rs := []rune(texts[p.ID])
			if len(rs) == 0 {
				t.Errorf("%s: no story %s", name, p.ID)
				continue
			}
			for _, q := range p.Quotes {
				if q.Start <= 0 || q.End > len(rs) || q.Start >= q.End || (q.Speaker == "") != (q.How == "none") {
					t.Errorf("%s: bad quotation %+v", p.ID, q)
					continue
				}
				if !strings.ContainsRune("\"“‘'«", rs[q.Start-1]) || q.End < len(rs) && !strings.ContainsRune("\"”’'»\n", rs[q.End]) {
					t.Errorf("%s: quotation %q is not set off by quotation marks", p.ID, string(rs[q.Start:q.End]))
				}
			}
		}
	}
	if len(seen) != len(texts) {
		t.Errorf("gold covers %d stories of %d", len(seen), len(texts))
	}
	files, err := fs.Glob(storyGoldFS, "gold_stories*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(golds) {
		t.Errorf("%d gold files of the stories, %d halves in news.StoryBatches: a batch's row or files are missing", len(files), len(golds))
	}
}
