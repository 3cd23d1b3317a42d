package news

import (
	"encoding/json"
	"testing"

	"github.com/parley-bot/parley/internal/eval/attribution"
)

// usedBy maps the articles of the named question sets to the set's name.
func usedBy(t *testing.T, sets ...string) map[string]string {
	t.Helper()
	loaders := map[string]func() ([]BlindArticle, error){
		"blind": LoadBlindSet, "blind2": LoadBlind2Set, "dev2": LoadDev2Set, "dev3": LoadDev3Set, "dev4": LoadDev4Set, "dev5": LoadDev5Set,
	}
	used := map[string]string{}
	for _, name := range sets {
		if name == "old" {
			var old []Conversation
			if err := json.Unmarshal(questionsJSON, &old); err != nil {
				t.Fatal(err)
			}
			for _, c := range old {
				used[c.Article] = "old"
			}
			continue
		}
		load := loaders[name]
		if _, ok := storySet(name); ok {
			load = func() ([]BlindArticle, error) { return LoadStorySet(name) }
		}
		arts, err := load()
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			used[a.Article] = name
		}
	}
	return used
}

// checkNewSet checks what issue 13 asks of a new question set: at least
// minQuestions questions, a third unanswerable and a third "what did X
// say" (when thirds is set), no article of the sets in used, no article
// of the attribution bench's held-out third, each article once, and its
// first run recorded in firstRun.
func checkNewSet(t *testing.T, arts []BlindArticle, used map[string]string, minQuestions int, thirds bool, firstRun []byte) {
	t.Helper()
	n := map[string]int{}
	total := 0
	seen := map[string]bool{}
	for _, a := range arts {
		if set, ok := used[a.Article]; ok {
			t.Errorf("article %s is in the %s set", a.Article, set)
		}
		if a.Bench == "attribution" && attribution.HeldOut(a.Article) {
			t.Errorf("article %s is in the attribution bench's held-out third", a.Article)
		}
		if seen[a.Article] {
			t.Errorf("article %s listed twice", a.Article)
		}
		seen[a.Article] = true
		for _, q := range a.Turns {
			n[q.Kind]++
			total++
		}
	}
	if total < minQuestions {
		t.Errorf("%d questions, want at least %d", total, minQuestions)
	}
	if thirds && (3*n[KindUnanswerable] < total || 3*n[KindSay] < total) {
		t.Errorf("kinds %v of %d: want at least a third unanswerable and a third say", n, total)
	}
	var fr BlindRun
	if err := json.Unmarshal(firstRun, &fr); err != nil {
		t.Fatal(err)
	}
	if fr.Questions != total || fr.Commit == "" || fr.Date == "" || fr.Right > fr.Questions || fr.Declined > fr.Unanswerable {
		t.Errorf("first run not recorded for this set: %+v (set has %d questions)", fr, total)
	}
}

// TestDev2SetShape: the dev2 set uses no article of the blind set or the
// old set, none of the held-out third, holds at least 120 questions in
// thirds, and has its first run recorded.
func TestDev2SetShape(t *testing.T) {
	arts, err := LoadDev2Set()
	if err != nil {
		t.Fatal(err)
	}
	checkNewSet(t, arts, usedBy(t, "blind", "old"), 120, true, dev2FirstRunJSON)
}

// TestDev4SetShape: the dev4 set uses no article of either blind set and
// none of the held-out third, and has its first run recorded (it may use
// the development sets' articles).
func TestDev4SetShape(t *testing.T) {
	arts, err := LoadDev4Set()
	if err != nil {
		t.Fatal(err)
	}
	checkNewSet(t, arts, usedBy(t, "blind", "blind2"), 150, false, dev4FirstRunJSON)
}

// TestDev5SetShape: the dev5 set holds at least 150 questions in thirds
// over at least 20 pages of the extraction bench, shares no article with
// any other set, and has its first run recorded (the pages package checks
// that none of its pages is in the held-out half of its gold).
func TestDev5SetShape(t *testing.T) {
	arts, err := LoadDev5Set()
	if err != nil {
		t.Fatal(err)
	}
	checkNewSet(t, arts, usedBy(t, "blind", "blind2", "dev2", "dev3", "dev4", "old"), 150, true, dev5FirstRunJSON)
	if len(arts) < 20 {
		t.Errorf("%d pages, want at least 20", len(arts))
	}
	for _, a := range arts {
		if a.Bench != "extraction" || len(a.Article) != 64 {
			t.Errorf("article %q of bench %q: want a page id of the extraction bench", a.Article, a.Bench)
		}
	}
}
