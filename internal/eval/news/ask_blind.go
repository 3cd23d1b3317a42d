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

// questionsBlindJSON is the blind question set of issue 13: 230 questions
// over 26 articles of the news bench and the attribution bench that the
// development set does not use, written down with their expected answers
// before the answerer was run on those articles. Only article ids,
// questions and expected answers: the articles stay in shared/.
//
//go:embed questions_blind.json
var questionsBlindJSON []byte

// firstRunJSON is the blind set's first run, recorded once.
//
//go:embed questions_blind_firstrun.json
var firstRunJSON []byte

// Question kinds of the blind set.
const (
	KindFactual      = "factual"      // who, when, where, how much, how many, which, ordinals
	KindSay          = "say"          // what did X say / offer / demand / tweet
	KindUnanswerable = "unanswerable" // the article is silent: the answer must decline
)

// BlindArticle is the blind set's questions about one article.
type BlindArticle struct {
	// Article is an id of the news bench, the attribution bench or the
	// extraction bench (a page id of its ground-truth.json).
	Article string `json:"article"`
	Bench   string `json:"bench"` // "news", "attribution", "extraction" or "story" (see StoryTexts)
	Turns   []BlindQuestion
}

// BlindQuestion is one question of the blind set, asked on its own (no
// conversation history).
//
// A factual question is right when the answer is not a decline and every
// group of Expect has one of its strings in it. A say question must in
// addition name the speaker (one of Speaker) and hold no words that the set
// credits to another speaker of the same article. An unanswerable question
// must be declined. Strings are compared case-insensitively, with curly
// quotes and apostrophes made straight and runs of spaces made one.
type BlindQuestion struct {
	Q       string     `json:"q"`
	Kind    string     `json:"kind"`
	Speaker []string   `json:"speaker,omitempty"`
	Expect  [][]string `json:"expect,omitempty"`
}

// BlindRun is the score of one run on the blind set.
type BlindRun struct {
	Date   string `json:"date,omitempty"`
	Commit string `json:"commit,omitempty"`
	Note   string `json:"note,omitempty"`

	Questions int `json:"questions"`
	Right     int `json:"right"`
	// Answerable questions are the factual and say ones.
	Answerable      int `json:"answerable"`
	AnswerableRight int `json:"answerable_right"`
	Factual         int `json:"factual"`
	FactualRight    int `json:"factual_right"`
	Say             int `json:"say"`
	SayRight        int `json:"say_right"`
	Unanswerable    int `json:"unanswerable"`
	Declined        int `json:"unanswerable_declined"`
	// WrongSpeaker counts answers (not declines) to a question about what
	// someone said that hold words the set credits to someone else.
	WrongSpeaker int `json:"wrong_speaker_answers"`
	// FalseDeclines counts answerable questions that were declined.
	FalseDeclines int `json:"false_declines"`

	Failures []string `json:"-"`
}

// Accuracy is the share of questions answered right (declines included).
func (r *BlindRun) Accuracy() float64 { return ratio(r.Right, r.Questions) }

// DeclineRate is the share of unanswerable questions declined.
func (r *BlindRun) DeclineRate() float64 { return ratio(r.Declined, r.Unanswerable) }

// BlindResult is the blind set's recorded first run and the current run.
type BlindResult struct {
	Header   string    // what the set is, printed above its figures
	FirstRun *BlindRun // nil until recorded
	Current  BlindRun
}

// LoadBlindSet parses the embedded blind question set and checks it.
func LoadBlindSet() ([]BlindArticle, error) { return parseQuestionSet("blind", questionsBlindJSON) }

// parseQuestionSet parses a question set in the blind set's format and
// checks it; name says which set in errors.
func parseQuestionSet(name string, data []byte) ([]BlindArticle, error) {
	var arts []BlindArticle
	if err := json.Unmarshal(data, &arts); err != nil {
		return nil, fmt.Errorf("parse %s question set: %w", name, err)
	}
	for _, a := range arts {
		if a.Bench != "news" && a.Bench != "attribution" && a.Bench != "extraction" && a.Bench != "story" {
			return nil, fmt.Errorf("%s question set: article %q: unknown bench %q", name, a.Article, a.Bench)
		}
		for _, t := range a.Turns {
			switch t.Kind {
			case KindFactual, KindSay:
				if len(t.Expect) == 0 {
					return nil, fmt.Errorf("%s question set: %q has no expected answer", name, t.Q)
				}
				if t.Kind == KindSay && len(t.Speaker) == 0 {
					return nil, fmt.Errorf("%s question set: %q has no speaker", name, t.Q)
				}
			case KindUnanswerable:
			default:
				return nil, fmt.Errorf("%s question set: %q: unknown kind %q", name, t.Q, t.Kind)
			}
		}
	}
	return arts, nil
}

// parseFirstRun reads a recorded first run; nil when none is recorded.
func parseFirstRun(name string, data []byte) (*BlindRun, error) {
	if len(data) == 0 {
		return nil, nil
	}
	var fr BlindRun
	if err := json.Unmarshal(data, &fr); err != nil {
		return nil, fmt.Errorf("parse the %s set's first run: %w", name, err)
	}
	if fr.Questions == 0 {
		return nil, nil
	}
	return &fr, nil
}

// RunAskBlind scores the answerer on the blind question set and returns
// it with the recorded first run.
func RunAskBlind(benchDir string, opts summarize.Options) (*BlindResult, error) {
	arts, err := LoadBlindSet()
	if err != nil {
		return nil, err
	}
	fr, err := parseFirstRun("blind", firstRunJSON)
	if err != nil {
		return nil, err
	}
	res := &BlindResult{FirstRun: fr, Header: "Follow-up answers, blind set (internal/eval/news/questions_blind.json: questions written before the answerer saw the articles; never tuned on):"}
	if err := runQuestionSet(benchDir, opts, "blind", arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}

// benchTexts reads the article texts of the news bench and the attribution
// bench by id (the news bench's text wins for an article in both).
func benchTexts(benchDir string) (map[string]string, error) {
	texts := map[string]string{}
	for _, f := range []string{filepath.Join(benchDir, "news", "articles.jsonl"), filepath.Join(benchDir, "attribution", "polnear-dev.jsonl")} {
		recs, err := LoadRecords(f)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if _, ok := texts[r.ID]; !ok {
				texts[r.ID] = r.Text
			}
		}
	}
	return texts, nil
}

// extractionTexts reads the article bodies of the extraction bench's
// pages (benchDir/extraction/ground-truth.json) by page id.
func extractionTexts(benchDir string) (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(benchDir, "extraction", "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read the extraction bench: %w", err)
	}
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse the extraction bench: %w", err)
	}
	texts := make(map[string]string, len(raw))
	for id, r := range raw {
		texts[id] = r.ArticleBody
	}
	return texts, nil
}

// runQuestionSet asks every question of arts, each on its own, and adds
// the scores to cur.
func runQuestionSet(benchDir string, opts summarize.Options, name string, arts []BlindArticle, cur *BlindRun) error {
	// Each bench's texts are read when the set first uses it: a set of
	// the stories alone needs no shared/ folder.
	var texts, pages, stories map[string]string
	var err error
	for _, a := range arts {
		var text string
		var ok bool
		switch a.Bench {
		case "extraction":
			if pages == nil {
				if pages, err = extractionTexts(benchDir); err != nil {
					return err
				}
			}
			text, ok = pages[a.Article]
		case "story":
			if stories == nil {
				if stories, err = StoryTexts(); err != nil {
					return err
				}
			}
			text, ok = stories[a.Article]
		default:
			if texts == nil {
				if texts, err = benchTexts(benchDir); err != nil {
					return err
				}
			}
			text, ok = texts[a.Article]
		}
		if !ok || strings.TrimSpace(text) == "" {
			return fmt.Errorf("%s question set: no article %q in the %s bench", name, a.Article, a.Bench)
		}
		b, err := summarize.Summarize(summarize.Input{Text: text}, opts)
		if err != nil {
			return fmt.Errorf("summarize %s: %w", a.Article, err)
		}
		art := ask.New(b, ask.WithAnalyzer(opts.Analyzer))
		for _, t := range a.Turns {
			r := art.Answer(t.Q, nil)
			v := ScoreBlind(t, r.Answer, r.Declined, a.Turns)
			cur.add(t, v)
			if !v.Right {
				cur.Failures = append(cur.Failures, fmt.Sprintf("[%s] %s %q -> %s%q", a.Article, t.Kind, t.Q, v.why(), strings.ReplaceAll(r.Answer, "\n", " / ")))
			}
		}
	}
	return nil
}

// BlindVerdict is how one answer scored.
type BlindVerdict struct {
	Right        bool
	Declined     bool
	WrongSpeaker bool
	NoSpeaker    bool // a say answer that does not name the speaker
}

func (v BlindVerdict) why() string {
	switch {
	case v.WrongSpeaker:
		return "(wrong speaker) "
	case v.NoSpeaker:
		return "(speaker not named) "
	}
	return ""
}

// ScoreBlind scores one answer to question t; all are the questions of the
// same article, whose say questions tell whose words are whose.
func ScoreBlind(t BlindQuestion, answer string, declined bool, all []BlindQuestion) BlindVerdict {
	v := BlindVerdict{Declined: declined}
	norm := normAnswer(answer)
	if !declined && len(t.Speaker) > 0 {
		v.WrongSpeaker = holdsOthersWords(norm, t, all)
	}
	switch t.Kind {
	case KindUnanswerable:
		v.Right = declined && !v.WrongSpeaker
	case KindFactual:
		v.Right = !declined && holdsGroups(norm, t.Expect)
	case KindSay:
		v.NoSpeaker = !declined && !holdsGroups(norm, [][]string{t.Speaker})
		v.Right = !declined && holdsGroups(norm, t.Expect) && !v.NoSpeaker && !v.WrongSpeaker
	}
	return v
}

// holdsOthersWords reports whether an answer about t's speaker holds a
// string that the set expects for another speaker of the same article (and
// not for this one).
func holdsOthersWords(norm string, t BlindQuestion, all []BlindQuestion) bool {
	own := map[string]bool{}
	for _, o := range all {
		if o.Kind == KindSay && sameSpeaker(o.Speaker, t.Speaker) {
			for _, g := range o.Expect {
				for _, s := range g {
					own[normAnswer(s)] = true
				}
			}
		}
	}
	for _, o := range all {
		if o.Kind != KindSay || sameSpeaker(o.Speaker, t.Speaker) {
			continue
		}
		for _, g := range o.Expect {
			for _, s := range g {
				s = normAnswer(s)
				if !own[s] && strings.Contains(norm, s) {
					return true
				}
			}
		}
	}
	return false
}

func sameSpeaker(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && normAnswer(a[0]) == normAnswer(b[0])
}

func holdsGroups(norm string, groups [][]string) bool {
	for _, g := range groups {
		ok := false
		for _, s := range g {
			if strings.Contains(norm, normAnswer(s)) {
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

var straightQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ")

// normAnswer lower-cases s, makes its quotes straight and its spaces single.
func normAnswer(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(straightQuotes.Replace(s))), " ")
}

func (r *BlindRun) add(t BlindQuestion, v BlindVerdict) {
	r.Questions++
	switch t.Kind {
	case KindUnanswerable:
		r.Unanswerable++
		if v.Declined {
			r.Declined++
		}
	case KindFactual:
		r.Answerable++
		r.Factual++
		if v.Right {
			r.FactualRight++
			r.AnswerableRight++
		}
	case KindSay:
		r.Answerable++
		r.Say++
		if v.Right {
			r.SayRight++
			r.AnswerableRight++
		}
	}
	if t.Kind != KindUnanswerable && v.Declined {
		r.FalseDeclines++
	}
	if v.WrongSpeaker {
		r.WrongSpeaker++
	}
	if v.Right {
		r.Right++
	}
}

// Line is the run's figures on one line.
func (r *BlindRun) Line() string {
	return fmt.Sprintf("%d/%d right (%.0f%%): factual %d/%d, what-did-X-say %d/%d, unanswerable declined %d/%d (%.0f%%); wrong-speaker answers %d, answerable declined %d",
		r.Right, r.Questions, 100*r.Accuracy(), r.FactualRight, r.Factual, r.SayRight, r.Say, r.Declined, r.Unanswerable, 100*r.DeclineRate(), r.WrongSpeaker, r.FalseDeclines)
}

// Print writes the recorded first run and the current run.
func (r *BlindResult) Print(w io.Writer) {
	fmt.Fprintln(w, r.Header)
	if r.FirstRun != nil {
		fmt.Fprintf(w, "  first run (%s, %.7s): %s\n", r.FirstRun.Date, r.FirstRun.Commit, r.FirstRun.Line())
	} else {
		fmt.Fprintln(w, "  first run: not recorded")
	}
	fmt.Fprintf(w, "  current run:             %s\n", r.Current.Line())
}
