package news

import (
	_ "embed"

	"github.com/parley-bot/parley/internal/summarize"
)

// questionsDev3JSON is the third development question set of issue 13:
// 160 questions over 14 articles that neither blind set uses (six short
// ones of the attribution bench's development part no other set uses, two
// dev2 articles, six news-bench articles of the old and dev2 sets),
// written the way a reader asks (paraphrases, "who is X?", "which
// newspaper", "in what year", "who leads X?"), with expected answers,
// before the answerer was run on them, and then developed on. Its first
// runs were not recorded in the repository (see the README).
//
//go:embed questions_dev3.json
var questionsDev3JSON []byte

// LoadDev3Set parses the embedded third development question set and
// checks it.
func LoadDev3Set() ([]BlindArticle, error) { return parseQuestionSet("dev3", questionsDev3JSON) }

// RunAskDev3 scores the answerer on the third development question set.
func RunAskDev3(benchDir string, opts summarize.Options) (*BlindResult, error) {
	arts, err := LoadDev3Set()
	if err != nil {
		return nil, err
	}
	res := &BlindResult{Header: "Follow-up answers, dev3 set (internal/eval/news/questions_dev3.json: reader-style questions written before the answerer saw them, then developed on):"}
	if err := runQuestionSet(benchDir, opts, "dev3", arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}

// questionsDev4JSON is the fourth development question set of issue 13:
// 193 questions over 20 articles of the old, dev2 and dev3 sets (never a
// blind set's, never the attribution bench's held-out third), written
// by a helper who never ran the answerer, with the blind2 set's
// instructions, so that the answerer can be developed on questions in
// that set's style without looking at it. Its first run is recorded.
//
//go:embed questions_dev4.json
var questionsDev4JSON []byte

// dev4FirstRunJSON is the dev4 set's first run, recorded once.
//
//go:embed questions_dev4_firstrun.json
var dev4FirstRunJSON []byte

// LoadDev4Set parses the embedded fourth development question set.
func LoadDev4Set() ([]BlindArticle, error) { return parseQuestionSet("dev4", questionsDev4JSON) }

// RunAskDev4 scores the answerer on the fourth development question set
// and returns it with the recorded first run.
func RunAskDev4(benchDir string, opts summarize.Options) (*BlindResult, error) {
	arts, err := LoadDev4Set()
	if err != nil {
		return nil, err
	}
	fr, err := parseFirstRun("dev4", dev4FirstRunJSON)
	if err != nil {
		return nil, err
	}
	res := &BlindResult{FirstRun: fr, Header: "Follow-up answers, dev4 set (internal/eval/news/questions_dev4.json: written like blind2 by someone who never ran the answerer, then developed on):"}
	if err := runQuestionSet(benchDir, opts, "dev4", arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}

// questionsDev5JSON is the fifth development question set of issue 13:
// 274 questions over 25 real pages of the extraction bench from outlets
// no other set uses (its development pages only, never the held-out half
// that the who-said-what evaluation of pages keeps unread), a third
// unanswerable and a third "what did X say", written from a reading of
// the pages before the answerer was run on them. The articles are the
// pages' article bodies (shared/bench/extraction/ground-truth.json). Its
// first run is recorded.
//
//go:embed questions_dev5.json
var questionsDev5JSON []byte

// dev5FirstRunJSON is the dev5 set's first run, recorded once.
//
//go:embed questions_dev5_firstrun.json
var dev5FirstRunJSON []byte

// LoadDev5Set parses the embedded fifth development question set.
func LoadDev5Set() ([]BlindArticle, error) { return parseQuestionSet("dev5", questionsDev5JSON) }

// RunAskDev5 scores the answerer on the fifth development question set
// and returns it with the recorded first run.
func RunAskDev5(benchDir string, opts summarize.Options) (*BlindResult, error) {
	arts, err := LoadDev5Set()
	if err != nil {
		return nil, err
	}
	fr, err := parseFirstRun("dev5", dev5FirstRunJSON)
	if err != nil {
		return nil, err
	}
	res := &BlindResult{FirstRun: fr, Header: "Follow-up answers, dev5 set (internal/eval/news/questions_dev5.json: real pages of new outlets from the extraction bench, written before the answerer saw them, then developed on):"}
	if err := runQuestionSet(benchDir, opts, "dev5", arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}
