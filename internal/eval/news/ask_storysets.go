package news

import (
	"embed"
	"fmt"

	"github.com/parley-bot/parley/internal/summarize"
)

// storySetFS holds the question sets written with the project's own
// stories (StoryTexts, StoryBatches) and their first runs, recorded once,
// before any change made while looking at a set:
// questions_<name>.json and questions_<name>_firstrun.json (the pattern
// takes in the other question sets too; only the stories' are read from
// here).
//
//go:embed questions_*.json
var storySetFS embed.FS

// storySetFiles returns a story question set's questions and its recorded
// first run (empty until recorded).
func storySetFiles(name string) (questions, firstRun []byte, err error) {
	if _, ok := storySet(name); !ok {
		return nil, nil, fmt.Errorf("no question set %q of the stories", name)
	}
	if questions, err = storySetFS.ReadFile("questions_" + name + ".json"); err != nil {
		return nil, nil, fmt.Errorf("read the %s set: %w", name, err)
	}
	if firstRun, err = storySetFS.ReadFile("questions_" + name + "_firstrun.json"); err != nil {
		return nil, nil, fmt.Errorf("read the %s set's first run: %w", name, err)
	}
	return questions, firstRun, nil
}

// LoadStorySet parses the embedded question set of the stories with this
// name (a Dev or Blind of StoryBatches).
func LoadStorySet(name string) ([]BlindArticle, error) {
	q, _, err := storySetFiles(name)
	if err != nil {
		return nil, err
	}
	return parseQuestionSet(name, q)
}

// RunStorySet scores the answerer on the question set of the stories with
// this name and returns it with its recorded first run. It needs no
// shared/ folder.
func RunStorySet(opts summarize.Options, name string) (*BlindResult, error) {
	q, first, err := storySetFiles(name)
	if err != nil {
		return nil, err
	}
	arts, err := parseQuestionSet(name, q)
	if err != nil {
		return nil, err
	}
	fr, err := parseFirstRun(name, first)
	if err != nil {
		return nil, err
	}
	b, _ := storySet(name)
	res := &BlindResult{FirstRun: fr, Header: fmt.Sprintf("Follow-up answers, %s set (internal/eval/news/questions_%s.json: %s):", name, name, b.about(name))}
	if err := runQuestionSet("", opts, name, arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}
