package news

import (
	_ "embed"

	"github.com/parley-bot/parley/internal/summarize"
)

// questionsDev2JSON is the second development question set of issue 13:
// 192 questions over 15 articles that neither the blind set nor the old
// set uses (the attribution bench's development part, never its held-out
// third, and the news bench articles left over), a third unanswerable
// and a third "what did X say", written down with their expected answers
// before the answerer was run on those articles. Unlike the blind set it
// may be tuned on (general fixes only); its first run is recorded apart.
//
//go:embed questions_dev2.json
var questionsDev2JSON []byte

// dev2FirstRunJSON is the dev2 set's first run, recorded once before any
// change to the answerer made while looking at it.
//
//go:embed questions_dev2_firstrun.json
var dev2FirstRunJSON []byte

// LoadDev2Set parses the embedded second development question set and
// checks it.
func LoadDev2Set() ([]BlindArticle, error) { return parseQuestionSet("dev2", questionsDev2JSON) }

// RunAskDev2 scores the answerer on the second development question set
// and returns it with the recorded first run.
func RunAskDev2(benchDir string, opts summarize.Options) (*BlindResult, error) {
	arts, err := LoadDev2Set()
	if err != nil {
		return nil, err
	}
	fr, err := parseFirstRun("dev2", dev2FirstRunJSON)
	if err != nil {
		return nil, err
	}
	res := &BlindResult{FirstRun: fr, Header: "Follow-up answers, dev2 set (internal/eval/news/questions_dev2.json: written before the answerer saw the articles, then developed on):"}
	if err := runQuestionSet(benchDir, opts, "dev2", arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}
