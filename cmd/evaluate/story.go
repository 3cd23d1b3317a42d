package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	evstory "github.com/parley-bot/parley/internal/eval/story"
	"github.com/parley-bot/parley/internal/summarize"
)

// Floors of the story section, a little under what was measured (issue
// 14's targets: grouping precision and recall 0.9, no story joining two
// negotiations between the same countries, a join under 20 ms). The
// figures move with the engine's parties and terms, which the grouping
// reads; recall stays under the target because some bench groups hold
// what the issue calls different negotiations (see the README). The join
// ceiling guards against a regression several times over, not the 20 ms
// target (measured by `go test ./internal/eval/story -bench Join1000`): on
// the shared 2-core machine the median is 15-25 ms, and 42 ms while other
// work ran beside it. The changes' precision floor went from 0.55 to
// 0.54 when a correspondent's comment in one bench article ("…, said the
// broadcaster's labour affairs correspondent") became a statement, right
// as reported speech and counted extra by our gold of changes: 0.557 ->
// 0.549.
const (
	floorGroupingPrecision = 0.95
	floorGroupingRecall    = 0.80
	maxMixed               = 0
	floorChangesPrecision  = 0.54
	floorChangesRecall     = 0.75
	ceilingJoinMedian      = 60 * time.Millisecond
	speedStories           = 1000
	speedJoins             = 40
)

// stories measures issue 14: grouping the news bench into stories, the
// changes "since the last brief" against our gold, and the time of a join
// with 1,000 stories in the store. It returns the floors missed.
func stories(ctx context.Context, stdout, stderr io.Writer, bench string, opts summarize.Options, misses bool) []string {
	recs, order, err := evstory.LoadRecords(bench)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: stories: %v\n", err)
		return []string{"stories: " + err.Error()}
	}
	briefs := map[string]*summarize.Brief{}
	for _, r := range recs {
		b, err := evstory.Brief(r, opts)
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: stories: %v\n", err)
			return []string{"stories: " + err.Error()}
		}
		briefs[r.ID] = b
	}
	dir, err := os.MkdirTemp("", "parley-stories-")
	if err != nil {
		return []string{"stories: " + err.Error()}
	}
	defer os.RemoveAll(dir)
	var fails []string
	g, err := evstory.RunGrouping(ctx, recs, briefs, dir)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: stories: %v\n", err)
		return []string{"stories: " + err.Error()}
	}
	g.Order = order
	g.Print(stdout, misses)
	if g.Precision() < floorGroupingPrecision {
		fails = append(fails, fmt.Sprintf("story grouping precision %.3f < %.2f", g.Precision(), floorGroupingPrecision))
	}
	if g.Recall() < floorGroupingRecall {
		fails = append(fails, fmt.Sprintf("story grouping recall %.3f < %.2f", g.Recall(), floorGroupingRecall))
	}
	if len(g.Mixed) > maxMixed {
		fails = append(fails, fmt.Sprintf("%d stories join two negotiations between the same countries", len(g.Mixed)))
	}
	gold, err := evstory.LoadGold()
	if err != nil {
		return append(fails, "stories: "+err.Error())
	}
	cs, err := evstory.ScoreChanges(gold, briefs)
	if err != nil {
		return append(fails, "stories: "+err.Error())
	}
	cs.Print(stdout, misses)
	if cs.Precision() < floorChangesPrecision {
		fails = append(fails, fmt.Sprintf("since-the-last-brief precision %.3f < %.2f", cs.Precision(), floorChangesPrecision))
	}
	if cs.Recall() < floorChangesRecall {
		fails = append(fails, fmt.Sprintf("since-the-last-brief recall %.3f < %.2f", cs.Recall(), floorChangesRecall))
	}
	sp, err := evstory.RunSpeed(ctx, dir, recs, briefs, speedStories, speedJoins)
	if err != nil {
		return append(fails, "stories: speed: "+err.Error())
	}
	sp.Print(stdout)
	if sp.Median() > ceilingJoinMedian {
		fails = append(fails, fmt.Sprintf("story join median %v > %v", sp.Median(), ceilingJoinMedian))
	}
	return fails
}
