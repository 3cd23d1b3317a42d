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

// questionsBlind3JSON is the third blind question set of issue 13: 100
// questions over the eight even-numbered stories of StoryTexts (s02, s04,
// …), written with them, and with the dev6 set's questions on the other
// eight, by a helper who never read or ran the answerer; a third each
// factual, "what did X say" and unanswerable. It is never tuned on: its
// failures are not printed.
//
//go:embed questions_blind3.json
var questionsBlind3JSON []byte

// blind3FirstRunJSON is the third blind set's first run, recorded once.
//
//go:embed questions_blind3_firstrun.json
var blind3FirstRunJSON []byte

// LoadBlind3Set parses the embedded third blind question set.
func LoadBlind3Set() ([]BlindArticle, error) { return parseQuestionSet("blind3", questionsBlind3JSON) }

// RunAskBlind3 scores the answerer on the third blind question set and
// returns it with the recorded first run. It needs no shared/ folder.
func RunAskBlind3(opts summarize.Options) (*BlindResult, error) {
	return runStorySet(opts, "blind3", questionsBlind3JSON, blind3FirstRunJSON,
		"Follow-up answers, blind3 set (internal/eval/news/questions_blind3.json: our own stories, written with their questions by someone who never ran the answerer; never tuned on):")
}

// questionsBlind4JSON is the fourth blind question set of issue 13: 77
// questions over the six even-numbered stories of the second batch (s18,
// s20, … s28), written with them, and with the dev7 set's questions on
// the other six, by a helper who never read or ran the answerer; a third
// each factual, "what did X say" and unanswerable. It is never tuned on:
// its failures are not printed.
//
//go:embed questions_blind4.json
var questionsBlind4JSON []byte

// blind4FirstRunJSON is the fourth blind set's first run, recorded once.
//
//go:embed questions_blind4_firstrun.json
var blind4FirstRunJSON []byte

// LoadBlind4Set parses the embedded fourth blind question set.
func LoadBlind4Set() ([]BlindArticle, error) { return parseQuestionSet("blind4", questionsBlind4JSON) }

// RunAskBlind4 scores the answerer on the fourth blind question set and
// returns it with the recorded first run. It needs no shared/ folder.
func RunAskBlind4(opts summarize.Options) (*BlindResult, error) {
	return runStorySet(opts, "blind4", questionsBlind4JSON, blind4FirstRunJSON,
		"Follow-up answers, blind4 set (internal/eval/news/questions_blind4.json: our second batch of stories, written with their questions by someone who never ran the answerer; never tuned on):")
}

// questionsBlind5JSON is the fifth blind question set of issue 13: 54
// questions over the six even-numbered stories of the third batch (s30,
// s32, … s40), written with them, and with the dev8 set's questions on
// the other six, by a helper who never read or ran the answerer; seven
// the story answers and two it does not, per story. It is never tuned
// on: its failures are not printed.
//
//go:embed questions_blind5.json
var questionsBlind5JSON []byte

// blind5FirstRunJSON is the fifth blind set's first run, recorded once.
//
//go:embed questions_blind5_firstrun.json
var blind5FirstRunJSON []byte

// LoadBlind5Set parses the embedded fifth blind question set.
func LoadBlind5Set() ([]BlindArticle, error) { return parseQuestionSet("blind5", questionsBlind5JSON) }

// RunAskBlind5 scores the answerer on the fifth blind question set and
// returns it with the recorded first run. It needs no shared/ folder.
func RunAskBlind5(opts summarize.Options) (*BlindResult, error) {
	return runStorySet(opts, "blind5", questionsBlind5JSON, blind5FirstRunJSON,
		"Follow-up answers, blind5 set (internal/eval/news/questions_blind5.json: our third batch of stories, written with their questions by someone who never ran the answerer; never tuned on):")
}
