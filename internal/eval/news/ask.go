package news

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/summarize"
)

// questionsJSON is the project's own question set over the seed article
// and a few articles of the news bench (questions and expected facts only;
// the articles stay in shared/).
//
//go:embed questions.json
var questionsJSON []byte

// Conversation is a run of questions about one article; later questions
// may lean on earlier ones ("and what did he say about …").
type Conversation struct {
	// Set is "dev" (the questions the answerer was built against),
	// "holdout-1" to "holdout-3" (each written before looking at any
	// answer; their failures then led to general fixes), or "holdout-4"
	// (written after the last fixes, never tuned on).
	Set     string         `json:"set"`
	Article string         `json:"article"` // "seed" or a news bench id
	Turns   []QuestionTurn `json:"turns"`
}

// QuestionTurn is one question with what a right answer holds: every group
// of Expect must have one of its strings in the answer; an Unanswerable
// question must be declined.
type QuestionTurn struct {
	Q            string     `json:"q"`
	Expect       [][]string `json:"expect"`
	Unanswerable bool       `json:"unanswerable"`
}

// AskResult is the score of the answerer on the question set.
type AskResult struct {
	Questions, Right            int
	Answerable, AnswerableRight int
	Unanswerable, Declined      int
	// The never-tuned part alone (holdout-4).
	HoldoutQuestions, HoldoutRight int
	Failures                       []string
}

// Accuracy is the share of questions answered right (declines included).
func (r *AskResult) Accuracy() float64 { return ratio(r.Right, r.Questions) }

// RunAsk scores the answerer on the embedded question set.
func RunAsk(benchDir string, opts summarize.Options) (*AskResult, error) {
	var convs []Conversation
	if err := json.Unmarshal(questionsJSON, &convs); err != nil {
		return nil, fmt.Errorf("parse question set: %w", err)
	}
	recs, err := LoadRecords(filepath.Join(benchDir, "news", "articles.jsonl"))
	if err != nil {
		return nil, err
	}
	byID := map[string]string{}
	for _, r := range recs {
		byID[r.ID] = r.Text
	}
	res := &AskResult{}
	for _, c := range convs {
		text, ok := byID[c.Article]
		if c.Article == "seed" {
			b, err := os.ReadFile(filepath.Join(benchDir, "seed", "crimea-talks.txt"))
			if err != nil {
				return nil, fmt.Errorf("read seed: %w", err)
			}
			text, ok = string(b), true
		}
		if !ok {
			return nil, fmt.Errorf("question set: no article %q in the bench", c.Article)
		}
		b, err := summarize.Summarize(summarize.Input{Text: text}, opts)
		if err != nil {
			return nil, fmt.Errorf("summarize %s: %w", c.Article, err)
		}
		art := ask.New(b, ask.WithAnalyzer(opts.Analyzer))
		var history []ask.Turn
		for _, t := range c.Turns {
			r := art.Answer(t.Q, history)
			history = append(history, ask.Turn{Question: t.Q, Answer: r.Answer})
			res.Questions++
			right := false
			if t.Unanswerable {
				res.Unanswerable++
				right = r.Declined
				if right {
					res.Declined++
				}
			} else {
				res.Answerable++
				right = !r.Declined && holdsAll(r.Answer, t.Expect)
				if right {
					res.AnswerableRight++
				}
			}
			if c.Set == "holdout-4" {
				res.HoldoutQuestions++
				if right {
					res.HoldoutRight++
				}
			}
			if right {
				res.Right++
			} else {
				res.Failures = append(res.Failures, fmt.Sprintf("[%s] %q -> %q", c.Article, t.Q, strings.ReplaceAll(r.Answer, "\n", " / ")))
			}
		}
	}
	return res, nil
}

func holdsAll(answer string, groups [][]string) bool {
	l := strings.ToLower(answer)
	for _, g := range groups {
		ok := false
		for _, s := range g {
			if strings.Contains(l, strings.ToLower(s)) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// Print writes the report.
func (r *AskResult) Print(w io.Writer) {
	fmt.Fprintf(w, "Follow-up answers (local, no LLM; own question set): %d/%d right (%.0f%%): answerable %d/%d, unanswerable declined %d/%d; never-tuned part %d/%d\n",
		r.Right, r.Questions, 100*r.Accuracy(), r.AnswerableRight, r.Answerable, r.Declined, r.Unanswerable, r.HoldoutRight, r.HoldoutQuestions)
}
