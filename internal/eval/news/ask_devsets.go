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

// questionsDev6JSON is the sixth development question set of issue 13:
// 99 questions over the eight odd-numbered stories of StoryTexts (s01,
// s03, …), a third factual, a third "what did X say" and a third
// unanswerable, written with the stories by a helper who never read or
// ran the answerer. Its first run is recorded; then it is developed on.
// The even-numbered stories' questions are the blind3 set.
//
//go:embed questions_dev6.json
var questionsDev6JSON []byte

// dev6FirstRunJSON is the dev6 set's first run, recorded once.
//
//go:embed questions_dev6_firstrun.json
var dev6FirstRunJSON []byte

// LoadDev6Set parses the embedded sixth development question set.
func LoadDev6Set() ([]BlindArticle, error) { return parseQuestionSet("dev6", questionsDev6JSON) }

// RunAskDev6 scores the answerer on the sixth development question set
// and returns it with the recorded first run. It needs no shared/ folder.
func RunAskDev6(opts summarize.Options) (*BlindResult, error) {
	return runStorySet(opts, "dev6", questionsDev6JSON, dev6FirstRunJSON,
		"Follow-up answers, dev6 set (internal/eval/news/questions_dev6.json: our own stories, written with their questions by someone who never ran the answerer, then developed on):")
}

// runStorySet scores the answerer on a question set over the embedded
// stories (dev6, blind3) and returns it with its recorded first run.
func runStorySet(opts summarize.Options, name string, questions, firstRun []byte, header string) (*BlindResult, error) {
	arts, err := parseQuestionSet(name, questions)
	if err != nil {
		return nil, err
	}
	fr, err := parseFirstRun(name, firstRun)
	if err != nil {
		return nil, err
	}
	res := &BlindResult{FirstRun: fr, Header: header}
	if err := runQuestionSet("", opts, name, arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}

// questionsDev7JSON is the seventh development question set of issue 13:
// 78 questions over the six odd-numbered stories of the second batch
// (s17, s19, … s27: pasted pages with their furniture and harder
// credits), a third each factual, "what did X say" and unanswerable,
// written with the stories by a helper who never read or ran the
// answerer. Its first run is recorded; then it is developed on. The
// even-numbered stories' questions are the blind4 set.
//
//go:embed questions_dev7.json
var questionsDev7JSON []byte

// dev7FirstRunJSON is the dev7 set's first run, recorded once.
//
//go:embed questions_dev7_firstrun.json
var dev7FirstRunJSON []byte

// LoadDev7Set parses the embedded seventh development question set.
func LoadDev7Set() ([]BlindArticle, error) { return parseQuestionSet("dev7", questionsDev7JSON) }

// RunAskDev7 scores the answerer on the seventh development question set
// and returns it with the recorded first run. It needs no shared/ folder.
func RunAskDev7(opts summarize.Options) (*BlindResult, error) {
	return runStorySet(opts, "dev7", questionsDev7JSON, dev7FirstRunJSON,
		"Follow-up answers, dev7 set (internal/eval/news/questions_dev7.json: our second batch of stories, pasted pages with their furniture, written with their questions by someone who never ran the answerer, then developed on):")
}

// questionsDev8JSON is the eighth development question set of issue 13:
// 54 questions over the six odd-numbered stories of the third batch (s29,
// s31, … s39: wire copy, a trade newsletter, a local paper, a broadsheet,
// some pasted with their furniture), seven the story answers and two it
// does not, written with the stories by a helper who never read or ran
// the answerer. Its first run is recorded; then it is developed on. The
// even-numbered stories' questions are the blind5 set.
//
//go:embed questions_dev8.json
var questionsDev8JSON []byte

// dev8FirstRunJSON is the dev8 set's first run, recorded once.
//
//go:embed questions_dev8_firstrun.json
var dev8FirstRunJSON []byte

// LoadDev8Set parses the embedded eighth development question set.
func LoadDev8Set() ([]BlindArticle, error) { return parseQuestionSet("dev8", questionsDev8JSON) }

// RunAskDev8 scores the answerer on the eighth development question set
// and returns it with the recorded first run. It needs no shared/ folder.
func RunAskDev8(opts summarize.Options) (*BlindResult, error) {
	return runStorySet(opts, "dev8", questionsDev8JSON, dev8FirstRunJSON,
		"Follow-up answers, dev8 set (internal/eval/news/questions_dev8.json: our third batch of stories, written with their questions by someone who never ran the answerer, then developed on):")
}
