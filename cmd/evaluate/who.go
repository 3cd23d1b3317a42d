package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parley-bot/parley/internal/eval/attribution"
	"github.com/parley-bot/parley/internal/eval/news"
	"github.com/parley-bot/parley/internal/eval/pages"
	"github.com/parley-bot/parley/internal/summarize"
)

// whoSaidWhat scores attribution on the attribution bench and, strictly,
// on the news bench (both with the benches' own Python scorers), and the
// parties against the project's gold set. It returns the figures below
// their floors.
func whoSaidWhat(ctx context.Context, stdout, stderr io.Writer, bench, dir string, opts summarize.Options, res *news.Result, misses bool) []string {
	var fails []string
	if dir == "" {
		tmp, err := os.MkdirTemp("", "parley-briefs-")
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return []string{"could not make a folder for the briefs"}
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	att, err := attribution.Run(ctx, bench, filepath.Join(dir, "attribution"), opts)
	switch {
	case errors.Is(err, attribution.ErrNoPython):
		fmt.Fprintln(stdout, "attribution bench skipped: python3 (which runs its scorer) is not installed")
	case err != nil:
		fmt.Fprintf(stderr, "evaluate: attribution: %v\n", err)
		fails = append(fails, "attribution bench did not run")
	default:
		att.Print(stdout)
		// Floors a little under what the engine measures (F1 0.726, reported
		// 0.662, speaker 0.918, held-out third 0.651 at the time of writing).
		if att.Scores.All.F1 < 0.71 {
			fails = append(fails, fmt.Sprintf("attribution F1 %.3f < 0.71", att.Scores.All.F1))
		}
		if att.Scores.Indirect.F1 < 0.64 {
			fails = append(fails, fmt.Sprintf("reported-speech F1 %.3f < 0.64", att.Scores.Indirect.F1))
		}
		if att.Scores.All.Speaker.Acc < 0.90 {
			fails = append(fails, fmt.Sprintf("attribution speaker accuracy %.3f < 0.90", att.Scores.All.Speaker.Acc))
		}
		if h := att.HeldOut; h != nil && h.Scores.All.F1 < 0.64 {
			fails = append(fails, fmt.Sprintf("attribution F1 on the held-out third %.3f < 0.64", h.Scores.All.F1))
		}
		fails = append(fails, pronounSources(ctx, stdout, stderr, bench, filepath.Join(dir, "attribution"), misses)...)
		fails = append(fails, polnearParties(stdout, stderr, filepath.Join(dir, "attribution"), misses)...)
	}
	fails = append(fails, realPages(stdout, stderr, bench, opts, misses)...)
	nr, err := attribution.RunNews(ctx, bench, filepath.Join(dir, "news"), opts)
	switch {
	case errors.Is(err, attribution.ErrNoPython):
	case err != nil:
		fmt.Fprintf(stderr, "evaluate: news bench (strict): %v\n", err)
		fails = append(fails, "strict news scoring did not run")
	default:
		fmt.Fprintf(stdout, "news bench, strict (newsscore.py): every quote incl. partial vs quote-marked gold @0.3: P %.3f R %.3f F1 %.3f (%d/%d); speaker (full name or surname) %.3f\n",
			nr.P, nr.R, nr.F1, nr.Matched, nr.Gold, nr.Speaker)
		if nr.F1 < 0.78 || nr.Speaker < 0.95 {
			fails = append(fails, fmt.Sprintf("strict news quotes F1 %.3f (floor 0.78), speaker %.3f (floor 0.95)", nr.F1, nr.Speaker))
		}
	}
	ps, err := news.ScoreParties(res.Briefs)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: parties: %v\n", err)
		return append(fails, "party scoring did not run")
	}
	ps.Print(stdout)
	if ps.F1() < 0.66 || ps.TypeAcc() < 0.79 {
		fails = append(fails, fmt.Sprintf("parties F1 %.3f (floor 0.66), type accuracy %.3f (floor 0.79)", ps.F1(), ps.TypeAcc()))
	}
	if misses {
		for _, m := range ps.Misses {
			fmt.Fprintf(stdout, "  %s\n", m)
		}
	}
	return fails
}

// polnearParties scores the parties of the briefs in dir (the attribution
// bench's, by article id) against the two party gold sets written for its
// articles: the held-out third first (figures only, never its misses),
// then the development part (with its misses when misses is set). It
// returns the figures below their floors.
func polnearParties(stdout, stderr io.Writer, dir string, misses bool) []string {
	held, err := readBriefs(dir, news.HeldOutPartyIDs)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: held-out parties: %v\n", err)
		return []string{"held-out party scoring did not run"}
	}
	ps, err := news.ScoreHeldOutParties(held)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: held-out parties: %v\n", err)
		return []string{"held-out party scoring did not run"}
	}
	ps.PrintAs(stdout, "parties, held-out third (own gold written by helpers who never saw the output; %d articles, misses never printed)")
	var fails []string
	// A floor a little under the first run (F1 0.530, type accuracy 0.807
	// at 76be29c, when the gold was written).
	if ps.F1() < 0.50 || ps.TypeAcc() < 0.77 {
		fails = append(fails, fmt.Sprintf("held-out parties F1 %.3f (floor 0.50), type accuracy %.3f (floor 0.77)", ps.F1(), ps.TypeAcc()))
	}
	dev, err := readBriefs(dir, news.PolDevPartyIDs)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: development parties: %v\n", err)
		return append(fails, "development party scoring did not run")
	}
	ds, err := news.ScorePolDevParties(dev)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: development parties: %v\n", err)
		return append(fails, "development party scoring did not run")
	}
	ds.PrintAs(stdout, "parties, development part (own gold of the same helpers; %d articles)")
	if misses {
		for _, m := range ds.Misses {
			fmt.Fprintf(stdout, "  %s\n", m)
		}
	}
	return fails
}

// readBriefs reads from dir the briefs of the articles ids lists.
func readBriefs(dir string, ids func() ([]string, error)) (map[string]*summarize.Brief, error) {
	list, err := ids()
	if err != nil {
		return nil, err
	}
	briefs := map[string]*summarize.Brief{}
	for _, id := range list {
		b, err := os.ReadFile(filepath.Join(dir, id+".json"))
		if err != nil {
			return nil, fmt.Errorf("read the brief: %w", err)
		}
		var br summarize.Brief
		if err := json.Unmarshal(b, &br); err != nil {
			return nil, fmt.Errorf("read the brief of %s: %w", id, err)
		}
		briefs[id] = &br
	}
	return briefs, nil
}

// pronounSources checks the speakers the briefs in dir give the
// attribution bench's pronoun sources ("he said", "who told") against our
// gold of whom each pronoun refers to, the held-out third first, and
// returns the figures below their floors.
func pronounSources(ctx context.Context, stdout, stderr io.Writer, bench, dir string, misses bool) []string {
	r, err := attribution.RunPronouns(ctx, bench, dir, misses)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: pronoun sources: %v\n", err)
		return []string{"pronoun-source scoring did not run"}
	}
	r.Print(stdout)
	// Floors a little under what the engine measures (held-out third
	// 0.587, development part 0.814 at the time of writing; 0.542 and
	// 0.768 when the gold was written).
	var fails []string
	if r.HeldOut.Acc() < 0.56 || r.Dev.Acc() < 0.79 {
		fails = append(fails, fmt.Sprintf("pronoun-source speakers: held-out third %.3f (floor 0.56), development part %.3f (floor 0.79)", r.HeldOut.Acc(), r.Dev.Acc()))
	}
	return fails
}

// realPages scores who said what on the extraction bench's real pages
// (our own gold): the held-out half and the fresh set first, then the
// development half, whose errors -misses lists.
func realPages(stdout, stderr io.Writer, bench string, opts summarize.Options, misses bool) []string {
	r, err := pages.Run(filepath.Join(bench, "extraction"), opts, misses)
	switch {
	case errors.Is(err, pages.ErrNoBench):
		fmt.Fprintln(stdout, "real pages skipped: the extraction bench is not there")
		return nil
	case err != nil:
		fmt.Fprintf(stderr, "evaluate: real pages: %v\n", err)
		return []string{"real pages did not run"}
	}
	r.Print(stdout)
	fails := ownStories(stdout, stderr, opts, misses)
	// Floors a little under what the engine measures (held-out half:
	// quotes found 0.954, speaker 0.875; fresh set: 0.954, 0.885, its
	// first run at 7c4913a 0.880; development half: 0.965, 0.953).
	for _, f := range []struct {
		name           string
		s              pages.Split
		found, speaker float64
	}{{"held-out half", r.HeldOut, 0.93, 0.86}, {"fresh set", r.Fresh, 0.93, 0.85}, {"development half", r.Dev, 0.94, 0.90}} {
		if f.s.Recall() < f.found || f.s.SpeakerAcc() < f.speaker {
			fails = append(fails, fmt.Sprintf("real pages, %s: quotes found %.3f (floor %.2f), speaker %.3f (floor %.2f)", f.name, f.s.Recall(), f.found, f.s.SpeakerAcc(), f.speaker))
		}
	}
	return fails
}

// ownStories scores who said what on the project's own stories, held-out
// half first; -misses lists the development half's errors.
func ownStories(stdout, stderr io.Writer, opts summarize.Options, misses bool) []string {
	r, err := pages.RunStories(opts, misses)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: own stories: %v\n", err)
		return []string{"own stories did not run"}
	}
	r.Print(stdout)
	return append(storyFloorsBelow(r), reach(stdout, stderr, opts)...)
}

// reachFloors are the floors of the rewritten held-out halves' speaker
// accuracy, a little under the first run at 3618678 (surnames 0.900,
// verbs 0.871, single marks 0.913), lowered when speakers came to be
// scored strictly (news.SpeakerMatches: surnames 0.837, verbs 0.827,
// single marks 0.823 with the engine as it was).
var reachFloors = map[string]float64{"surnames": 0.82, "verbs": 0.81, "single marks": 0.81}

// reach scores the stories rewritten in one respect (pages.RunReach) and
// returns the held-out rows below their floors.
func reach(stdout, stderr io.Writer, opts summarize.Options) []string {
	r, err := pages.RunReach(opts)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: reach: %v\n", err)
		return []string{"reach did not run"}
	}
	r.Print(stdout)
	var fails []string
	for _, row := range r.Rows {
		if f, ok := reachFloors[row.Rewrite]; ok && row.Halves == "held-out halves" && row.Rewritten.SpeakerAcc() < f {
			fails = append(fails, fmt.Sprintf("reach, %s, %s: speaker %.3f (floor %.2f)", row.Rewrite, row.Halves, row.Rewritten.SpeakerAcc(), f))
		}
	}
	return fails
}
