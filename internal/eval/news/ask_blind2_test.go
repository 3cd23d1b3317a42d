package news

import (
	"encoding/json"
	"testing"

	"github.com/parley-bot/parley/internal/eval/attribution"
)

// TestBlind2SetShape: the second blind set holds what issue 13 asks of a
// new set: at least 150 questions, a third unanswerable and a third "what
// did X say", no article of another question set, no article of the
// attribution bench's held-out third, and its first run recorded.
func TestBlind2SetShape(t *testing.T) {
	arts, err := LoadBlind2Set()
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]string{}
	for _, set := range []struct {
		name string
		load func() ([]BlindArticle, error)
	}{{"blind", LoadBlindSet}, {"dev2", LoadDev2Set}} {
		other, err := set.load()
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range other {
			used[a.Article] = set.name
		}
	}
	var old []Conversation
	if err := json.Unmarshal(questionsJSON, &old); err != nil {
		t.Fatal(err)
	}
	for _, c := range old {
		used[c.Article] = "old"
	}
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
	if total < 150 {
		t.Errorf("%d questions, want at least 150", total)
	}
	if 3*n[KindUnanswerable] < total || 3*n[KindSay] < total {
		t.Errorf("kinds %v of %d: want at least a third unanswerable and a third say", n, total)
	}
	var fr BlindRun
	if err := json.Unmarshal(blind2FirstRunJSON, &fr); err != nil {
		t.Fatal(err)
	}
	if fr.Questions != total || fr.Commit == "" || fr.Date == "" || fr.Right > fr.Questions || fr.Declined > fr.Unanswerable {
		t.Errorf("first run not recorded for this set: %+v (set has %d questions)", fr, total)
	}
}
