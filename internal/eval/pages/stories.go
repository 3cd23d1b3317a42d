package pages

import (
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/parley-bot/parley/internal/eval/news"
	"github.com/parley-bot/parley/internal/summarize"
)

// storyGoldFS holds the gold quotations and speakers of the project's own
// stories (news.StoryTexts), written with the stories by helpers who
// never ran the engine, batch by batch (news.StoryBatches; the second
// batch, s17–s28, written with page furniture and harder credits, later
// ones with more outlets' styles and credits): gold_stories<N>_dev.json
// for the odd-numbered stories, the development half, and
// gold_stories<N>_heldout.json for the even-numbered ones, held out
// (totals only, never read quote by quote); the first batch's files have
// no N. Offsets are in runes of the story's text, as for the pages.
//
//go:embed gold_stories*.json
var storyGoldFS embed.FS

// storyGold returns the gold of one half of batch b: the held-out half
// when heldOut is set, else the development half.
func storyGold(b news.StoryBatch, heldOut bool) ([]byte, error) {
	name := "gold_stories"
	if b.N > 1 {
		name += strconv.Itoa(b.N)
	}
	if heldOut {
		name += "_heldout.json"
	} else {
		name += "_dev.json"
	}
	data, err := storyGoldFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read the gold of batch %d (%s): %w", b.N, b.Stories(), err)
	}
	return data, nil
}

// storyGolds returns the gold of one half of every batch, oldest first:
// the held-out halves when heldOut is set, else the development halves.
func storyGolds(heldOut bool) ([][]byte, error) {
	var out [][]byte
	for _, b := range news.StoryBatches() {
		data, err := storyGold(b, heldOut)
		if err != nil {
			return nil, err
		}
		out = append(out, data)
	}
	return out, nil
}

// StoriesResult holds the two halves of each batch of stories.
type StoriesResult struct {
	// Stories is how many stories there are.
	Stories int
	// Batches are the batches' halves, in the order of news.StoryBatches.
	Batches []BatchHalves
}

// BatchHalves is one batch of stories scored: its held-out half (the
// even-numbered stories) and its development half (the odd-numbered
// ones).
type BatchHalves struct {
	// Batch is the batch scored.
	Batch news.StoryBatch
	// HeldOut is its held-out half (totals only) and Dev its development
	// half (with its misses when asked for).
	HeldOut, Dev Split
}

// RunStories scores who said what on the project's own stories; misses
// lists the development halves' errors. It needs no shared/ folder.
func RunStories(opts summarize.Options, misses bool) (*StoriesResult, error) {
	texts, err := news.StoryTexts()
	if err != nil {
		return nil, err
	}
	batches := news.StoryBatches()
	res := &StoriesResult{Stories: len(texts), Batches: make([]BatchHalves, len(batches))}
	var held, dev []half
	for i, b := range batches {
		res.Batches[i].Batch = b
		heldGold, err := storyGold(b, true)
		if err != nil {
			return nil, err
		}
		devGold, err := storyGold(b, false)
		if err != nil {
			return nil, err
		}
		held = append(held, half{&res.Batches[i].HeldOut, "held-out half of " + b.Stories() + " (even-numbered stories, never read quote by quote)", heldGold, false})
		dev = append(dev, half{&res.Batches[i].Dev, "development half of " + b.Stories() + " (odd-numbered stories)", devGold, misses})
	}
	// The held-out halves first, as they are printed.
	if err := scoreHalves(texts, opts, append(held, dev...)); err != nil {
		return nil, err
	}
	return res, nil
}

// Print writes the halves, the held-out ones first.
func (r *StoriesResult) Print(w io.Writer) {
	fmt.Fprintf(w, "our own stories (internal/eval/news/stories, %d negotiation stories in varied outlets' styles; gold written with them):\n", r.Stories)
	var held, dev []Split
	for _, b := range r.Batches {
		held = append(held, b.HeldOut)
		dev = append(dev, b.Dev)
	}
	for _, s := range append(held, dev...) {
		fmt.Fprintf(w, "%s: %d stories, %d quotations\n", s.Name, s.Pages, s.Gold)
		fmt.Fprintf(w, "  quotes found %.3f (%d/%d), precision %.3f (%d not gold); speaker %.3f (%d/%d; %d wrong, %d blank)\n",
			s.Recall(), s.Found, s.Gold, s.Precision(), s.Extra, s.SpeakerAcc(), s.Right, s.Right+s.Wrong+s.Blank, s.Wrong, s.Blank)
		for _, m := range s.Misses {
			fmt.Fprintf(w, "  %s\n", m)
		}
	}
	printByHow(w, "all held-out halves (totals only)", held)
	printByHow(w, "all development halves", dev)
}

// StoryHows are the ways a story's gold attributes a quotation, in report
// order.
var StoryHows = []string{"named", "pronoun", "carried", "title", "description", "unnamed", "organisation", "document"}

// printByHow writes the speaker figures of the halves summed by the way
// the gold says the story attributes each quotation: which kind of
// attribution the misses come from, with no quotation shown.
func printByHow(w io.Writer, name string, halves []Split) {
	sum := map[string][2]int{}
	for _, s := range halves {
		for h, c := range s.ByHow {
			t := sum[h]
			sum[h] = [2]int{t[0] + c[0], t[1] + c[1]}
		}
	}
	var parts []string
	for _, h := range StoryHows {
		if c := sum[h]; c[1] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d/%d", h, c[0], c[1]))
		}
	}
	fmt.Fprintf(w, "%s, speaker by attribution: %s\n", name, strings.Join(parts, ", "))
}
