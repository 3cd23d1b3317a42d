// Package summarize is Parley's local brief engine: pure, deterministic
// functions of an article's text that find its sentences, its quotations
// and who said them, the people and parties in it, what each side wants,
// what is on the table and what happens next, and rank its key points. It
// uses no network, no Discord, no database and no LLM.
//
// Summarize is the one entry; the stages behind it are unexported.
package summarize

import (
	"errors"
	"fmt"
	"strings"
)

// Length says how much of the article a brief keeps.
type Length int

// Lengths of a brief.
const (
	Standard Length = iota
	Short
	Detailed
)

// String returns the name of the length as the command line spells it.
func (l Length) String() string {
	switch l {
	case Short:
		return "short"
	case Detailed:
		return "detailed"
	}
	return "standard"
}

// ParseLength reads "short", "standard" or "detailed".
func ParseLength(s string) (Length, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "standard":
		return Standard, nil
	case "short":
		return Short, nil
	case "detailed":
		return Detailed, nil
	}
	return Standard, fmt.Errorf("unknown length %q: use short, standard or detailed", s)
}

// keyPointCount is how many key points a brief of this length holds.
func (l Length) keyPointCount() int {
	switch l {
	case Short:
		return 3
	case Detailed:
		return 10
	}
	return 5
}

// Options tune the engine.
type Options struct {
	// Length of the brief; the zero value is Standard.
	Length Length
}

// Input is what the engine reads: the article text (paragraphs separated
// by blank lines or by line breaks) and what is known of its source.
type Input struct {
	Text   string
	Source Source
}

// ErrNoSentences is returned for a text in which no sentence can be found.
var ErrNoSentences = errors.New("the text has no sentences to summarize")

// Summarize builds the brief of an article. The brief is always complete:
// every list is present, possibly empty. It fails only when the text holds
// no sentence at all.
func Summarize(in Input, opts Options) (*Brief, error) {
	d := newDoc(in.Text)
	if len(d.sents) == 0 || !hasAlnum(in.Text) {
		return nil, ErrNoSentences
	}
	b := &Brief{
		Source:    in.Source,
		Language:  "en",
		KeyPoints: []KeyPoint{},
		Quotes:    []Quote{},
		Parties:   []Party{},
		Positions: []Position{},
		Proposals: []Proposal{},
		NextSteps: []NextStep{},
		Dates:     []Date{},
		Summary:   Summary{Engine: EngineLocal},
		Warnings:  []string{},
		Sentences: d.sents,
	}
	if lang, ok := detectLanguage(d); !ok {
		b.Language = lang
		b.Warnings = append(b.Warnings, "the article does not look like English; Parley's local engine reads English, so this brief may miss quotes, names and key points")
	}
	d.findMentions()
	d.attribute()
	b.Quotes = d.briefQuotes()
	b.Parties = d.briefParties()
	d.negotiation(b)
	b.KeyPoints = d.keyPoints(opts.Length.keyPointCount(), b)
	b.Stats = d.stats(b)
	return b, nil
}

// briefQuotes turns the attributed quotations into the brief's quotes.
func (d *doc) briefQuotes() []Quote {
	out := make([]Quote, 0, len(d.quotes))
	for qi := range d.quotes {
		a := &d.attrs[qi]
		if a.drop {
			continue
		}
		q := &d.quotes[qi]
		spans := make([][2]int, len(q.segs))
		for i, s := range q.segs {
			spans[i] = [2]int{s.start, s.end}
		}
		out = append(out, Quote{
			Text:     q.content(d.text),
			Speaker:  a.speaker,
			Cue:      a.cue,
			Sentence: d.sentOf(q.open),
			Partial:  a.partial,
			Spans:    spans,
		})
	}
	return out
}

// stats counts the words of the article and of the brief.
func (d *doc) stats(b *Brief) Stats {
	words := 0
	for ti := range d.toks {
		if d.toks[ti].word {
			words++
		}
	}
	bw := 0
	for _, k := range b.KeyPoints {
		bw += len(strings.Fields(k.Text))
	}
	red := 0
	if words > 0 {
		red = max(0, 100-bw*100/words)
	}
	return Stats{Words: words, Sentences: len(d.sents), BriefWords: bw, ReductionPct: red}
}
