package news

import (
	_ "embed"

	"github.com/parley-bot/parley/internal/summarize"
)

// questionsBlind2JSON is the second blind question set of issue 13: 220
// questions over 24 articles of the attribution bench's development part
// that no other set uses (never its held-out third), a third factual, a
// third "what did X say" and a third unanswerable, written down with
// their expected answers by a helper who never ran the answerer, before
// the answerer was run on those articles. It is never tuned on: its
// failures are not read to change the answerer.
//
//go:embed questions_blind2.json
var questionsBlind2JSON []byte

// blind2FirstRunJSON is the second blind set's first run, recorded once.
//
//go:embed questions_blind2_firstrun.json
var blind2FirstRunJSON []byte

// LoadBlind2Set parses the embedded second blind question set and checks
// it.
func LoadBlind2Set() ([]BlindArticle, error) { return parseQuestionSet("blind2", questionsBlind2JSON) }

// RunAskBlind2 scores the answerer on the second blind question set and
// returns it with the recorded first run.
func RunAskBlind2(benchDir string, opts summarize.Options) (*BlindResult, error) {
	arts, err := LoadBlind2Set()
	if err != nil {
		return nil, err
	}
	fr, err := parseFirstRun("blind2", blind2FirstRunJSON)
	if err != nil {
		return nil, err
	}
	res := &BlindResult{FirstRun: fr, Header: "Follow-up answers, blind2 set (internal/eval/news/questions_blind2.json: written by someone who never ran the answerer, before it saw the articles; never tuned on):"}
	if err := runQuestionSet(benchDir, opts, "blind2", arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}
