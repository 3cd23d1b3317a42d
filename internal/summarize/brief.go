package summarize

import "strings"

// Brief is the result of the engine: the object described by the brief JSON
// contract (shared/contract/brief.md). Every list is non-nil so that the JSON
// form always carries every field.
type Brief struct {
	Source    Source     `json:"source"`
	Language  string     `json:"language"`
	Stats     Stats      `json:"stats"`
	KeyPoints []KeyPoint `json:"key_points"`
	Quotes    []Quote    `json:"quotes"`
	// Statements are reported speech ("Russia said it was ready to…").
	Statements []Statement `json:"statements"`
	Parties    []Party     `json:"parties"`
	Positions  []Position  `json:"positions"`
	Proposals  []Proposal  `json:"proposals"`
	NextSteps  []NextStep  `json:"next_steps"`
	Dates      []Date      `json:"dates"`
	Summary    Summary     `json:"summary"`
	Warnings   []string    `json:"warnings"`

	// Sentences are the article's sentences as the engine split them; the
	// sentence numbers everywhere in the brief index this slice. They are not
	// part of the JSON contract.
	Sentences []Sentence `json:"-"`
	// Dateline is the place of the dateline that opens the story, as a
	// name ("Oslo" for "OSLO (Reuters) -"), or "". Not part of the JSON
	// contract.
	Dateline string `json:"-"`
}

// Headline returns the brief's title: the article's, or for pasted text
// "Brief: " and the first three parties it is about; "" when it has
// neither.
func (b *Brief) Headline() string {
	if b.Source.Title != "" {
		return b.Source.Title
	}
	var names []string
	for _, p := range b.Parties {
		if len(names) == 3 {
			break
		}
		names = append(names, p.Name)
	}
	if len(names) == 0 {
		return ""
	}
	return "Brief: " + strings.Join(names, ", ")
}

// Source describes where an article came from.
type Source struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Site      string `json:"site"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
}

// Stats holds size figures of the article and of the brief.
type Stats struct {
	Words        int `json:"words"`
	Sentences    int `json:"sentences"`
	BriefWords   int `json:"brief_words"`
	ReductionPct int `json:"reduction_pct"`
}

// KeyPoint is one ranked point of the brief with the sentences it rests on.
type KeyPoint struct {
	Text      string `json:"text"`
	Sentences []int  `json:"sentences"`
}

// Quote is a quotation from the article with its resolved speaker.
type Quote struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Cue      string `json:"cue"`
	Sentence int    `json:"sentence"`
	Partial  bool   `json:"partial"`

	// Spans are the byte ranges of the quoted words in the article text:
	// one for each paragraph a quotation runs over. Not part of the JSON
	// contract.
	Spans [][2]int `json:"-"`
}

// Party kinds.
const (
	KindCountry      = "country"
	KindOrganisation = "organisation"
	KindGroup        = "group"
	KindPerson       = "person"
)

// Party is a country, organisation, group or person taking part in the story.
type Party struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Mentions int      `json:"mentions"`
	People   []string `json:"people"`
}

// Position is a stance a party takes (refuses, insists, demands, accepts...).
type Position struct {
	Party    string `json:"party"`
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
}

// Proposal is something put on the table, with who proposed it.
type Proposal struct {
	Text     string `json:"text"`
	By       string `json:"by"`
	Sentence int    `json:"sentence"`
}

// NextStep is what happens next: talks, deadlines, votes.
type NextStep struct {
	Text     string `json:"text"`
	When     string `json:"when"`
	Where    string `json:"where"`
	Sentence int    `json:"sentence"`
}

// Date is a date or time expression found in the article.
type Date struct {
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
}

// Engines that can produce a summary.
const (
	EngineLocal = "local"
	EngineLLM   = "llm"
)

// Summary names the engine that produced the brief and holds the prose
// summary when an LLM wrote one.
type Summary struct {
	Engine string `json:"engine"`
	Model  string `json:"model"`
	Text   string `json:"text"`
}

// Sentence is one sentence of the article.
type Sentence struct {
	// Text is the sentence as written, trimmed of surrounding space.
	Text string
	// Start and End are byte offsets of Text in the article text.
	Start, End int
	// Para is the 0-based paragraph the sentence belongs to.
	Para int
	// Furniture is true for a sentence around the story rather than of
	// it: a pasted page's headline, standfirst, byline, dateline, subhead,
	// caption, photo credit or boilerplate line.
	Furniture bool
}
