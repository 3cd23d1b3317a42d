package news

import (
	"encoding/json"
	"testing"
)

func TestScoreBlind(t *testing.T) {
	all := []BlindQuestion{
		{Q: "What did Ann Lee say?", Kind: KindSay, Speaker: []string{"Ann Lee", "Lee"}, Expect: [][]string{{"no deal"}, {"back to work", "return"}}},
		{Q: "What did Bo Chen say?", Kind: KindSay, Speaker: []string{"Bo Chen", "Chen"}, Expect: [][]string{{"fair offer"}}},
		{Q: "How many workers struck?", Kind: KindFactual, Expect: [][]string{{"40,000"}}},
		{Q: "What did Cy Dunn say?", Kind: KindUnanswerable, Speaker: []string{"Cy Dunn"}},
		{Q: "When will talks end?", Kind: KindUnanswerable},
	}
	tests := []struct {
		name     string
		q        int
		answer   string
		declined bool
		right    bool
		wrongSpk bool
	}{
		{"say, every group and the speaker", 0, "Ann Lee said: “No deal” [1]\nLee said they would go back to work. [3]", false, true, false},
		{"say, curly quotes made straight", 0, "Ann Lee said: “no deal.” She said they’d return [2]", false, true, false},
		{"say, a group missing", 0, "Ann Lee said: “No deal” [1]", false, false, false},
		{"say, speaker not named", 0, "“No deal,” and back to work [1]", false, false, false},
		{"say, another speaker's words", 0, "Ann Lee said: “No deal” and back to work; Bo Chen called it a fair offer [1]", false, false, true},
		{"say, declined", 1, "The article doesn't report anything Bo Chen said.", true, false, false},
		{"factual", 2, "About 40,000 workers walked out. [0]", false, true, false},
		{"factual, declined", 2, "The article doesn't say.", true, false, false},
		{"unanswerable, declined", 4, "The article doesn't say.", true, true, false},
		{"unanswerable, answered", 4, "Talks resume on Monday. [2]", false, false, false},
		{"unanswerable speaker, answered with someone else's words", 3, "Cy Dunn: a fair offer [2]", false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := ScoreBlind(all[tt.q], tt.answer, tt.declined, all)
			if v.Right != tt.right || v.WrongSpeaker != tt.wrongSpk {
				t.Errorf("ScoreBlind(%q, %q) = right %v, wrong speaker %v; want %v, %v", all[tt.q].Q, tt.answer, v.Right, v.WrongSpeaker, tt.right, tt.wrongSpk)
			}
		})
	}
}

// TestBlindSetShape: the blind set holds what issue 13 asks for: at least
// 150 questions, a third unanswerable, a third "what did X say", no
// article of the development set, and no article text.
func TestBlindSetShape(t *testing.T) {
	arts, err := LoadBlindSet()
	if err != nil {
		t.Fatal(err)
	}
	var dev []Conversation
	if err := json.Unmarshal(questionsJSON, &dev); err != nil {
		t.Fatal(err)
	}
	devArticles := map[string]bool{}
	for _, c := range dev {
		devArticles[c.Article] = true
	}
	n := map[string]int{}
	total := 0
	for _, a := range arts {
		if devArticles[a.Article] {
			t.Errorf("article %s is in the development set", a.Article)
		}
		for _, q := range a.Turns {
			n[q.Kind]++
			total++
			if len(q.Q) > 300 {
				t.Errorf("question %q is too long to be a question", q.Q[:40])
			}
		}
	}
	if total < 150 {
		t.Errorf("%d questions, want at least 150", total)
	}
	if 3*n[KindUnanswerable] < total || 3*n[KindSay] < total {
		t.Errorf("kinds %v of %d: want at least a third unanswerable and a third say", n, total)
	}
}

func TestFirstRunRecorded(t *testing.T) {
	var fr BlindRun
	if err := json.Unmarshal(firstRunJSON, &fr); err != nil {
		t.Fatal(err)
	}
	if fr.Questions == 0 || fr.Commit == "" || fr.Date == "" {
		t.Errorf("first run not recorded: %+v", fr)
	}
	if fr.Right > fr.Questions || fr.Declined > fr.Unanswerable {
		t.Errorf("first run figures inconsistent: %+v", fr)
	}
}
