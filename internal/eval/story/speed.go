package story

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/story/track"
	"github.com/parley-bot/parley/internal/summarize"
)

// Speed is the time of joins (matching, the changes, the store's reads
// and writes) with a server holding many stories.
type Speed struct {
	Stories int
	Joins   []time.Duration
}

// Median is the median join time.
func (s *Speed) Median() time.Duration { return s.quantile(0.5) }

// P90 is the 90th percentile join time.
func (s *Speed) P90() time.Duration { return s.quantile(0.9) }

func (s *Speed) quantile(q float64) time.Duration {
	if len(s.Joins) == 0 {
		return 0
	}
	d := slices.Clone(s.Joins)
	slices.Sort(d)
	return d[min(len(d)-1, int(q*float64(len(d))))]
}

// Print writes the figures.
func (s *Speed) Print(w io.Writer) {
	fmt.Fprintf(w, "speed          join + changes with %d stories in the store (SQLite): median %.1f ms, p90 %.1f ms over %d joins\n",
		s.Stories, ms(s.Median()), ms(s.P90()), len(s.Joins))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Fill is a store holding n stories in one server, made from the bench's
// briefs with their parties renamed (so that none is the negotiation
// joined) and their subject terms kept (so that many are candidates).
type Fill struct {
	Store   store.Store
	Tracker *track.Tracker
	Guild   string
	seq     int
}

// NewFill opens a SQLite store in dir and fills it.
func NewFill(ctx context.Context, dir string, recs []Record, briefs map[string]*summarize.Brief, n int) (*Fill, error) {
	st, err := store.Open(ctx, filepath.Join(dir, "stories-speed.db"), store.Options{})
	if err != nil {
		return nil, err
	}
	f := &Fill{Store: st, Tracker: &track.Tracker{Stories: st, Load: track.BriefLoader(st)}, Guild: "speed"}
	for k := 0; k < n; k++ {
		r := recs[k%len(recs)]
		b := briefs[r.ID]
		aid, err := f.put(ctx, r, b)
		if err != nil {
			st.Close()
			return nil, err
		}
		p := story.ProfileOf(b)
		renamed := story.NewProfile()
		for key, w := range p.Parties {
			renamed.Parties[fmt.Sprintf("%s %d", key, k)] = w
		}
		renamed.Terms, renamed.Briefs = p.Terms, 1
		raw, err := renamed.Marshal()
		if err != nil {
			st.Close()
			return nil, err
		}
		if _, err := st.PutStory(ctx, store.Story{GuildID: f.Guild, Name: fmt.Sprintf("filler %d", k), Keys: renamed.Keys(), Profile: raw},
			&store.StoryBrief{GuildID: f.Guild, ArticleID: aid, Engine: summarize.EngineLocal, Title: r.Title}); err != nil {
			st.Close()
			return nil, err
		}
	}
	return f, nil
}

// put stores a copy of an article (a new key each time) with its brief.
func (f *Fill) put(ctx context.Context, r Record, b *summarize.Brief) (int64, error) {
	f.seq++
	u := fmt.Sprintf("%s?copy=%d", benchURL(r.ID), f.seq)
	id, err := f.Store.PutArticle(ctx, &article.Article{URL: u, CanonicalURL: u, Title: r.Title, Text: r.Text})
	if err != nil {
		return 0, err
	}
	if err := f.Store.PutBrief(ctx, id, summarize.EngineLocal, b); err != nil {
		return 0, err
	}
	return id, nil
}

// Join stores a copy of an article and times its joining.
func (f *Fill) Join(ctx context.Context, r Record, b *summarize.Brief) (time.Duration, track.Result, error) {
	aid, err := f.put(ctx, r, b)
	if err != nil {
		return 0, track.Result{}, err
	}
	start := time.Now()
	res, err := f.Tracker.Join(ctx, track.Brief{GuildID: f.Guild, ArticleID: aid, Engine: summarize.EngineLocal, Title: r.Title, Brief: b})
	return time.Since(start), res, err
}

// Close closes the store.
func (f *Fill) Close() error { return f.Store.Close() }

// RunSpeed fills a store with n stories and times joins of the pension
// strike story's articles, over and over (each join a new copy, so the
// story grows and every join is compared with up to track.DefaultHistory
// briefs).
func RunSpeed(ctx context.Context, dir string, recs []Record, briefs map[string]*summarize.Brief, n, joins int) (*Speed, error) {
	f, err := NewFill(ctx, dir, recs, briefs, n)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var strike []Record
	for _, r := range recs {
		if r.StoryGroup == "bbc/pensionstrike" && !strings.HasSuffix(r.ID, "210") {
			strike = append(strike, r)
		}
	}
	if len(strike) == 0 {
		return nil, fmt.Errorf("speed: the bench has no pension strike story")
	}
	s := &Speed{Stories: n}
	for k := 0; k < joins; k++ {
		r := strike[k%len(strike)]
		d, _, err := f.Join(ctx, r, briefs[r.ID])
		if err != nil {
			return nil, err
		}
		if k > 0 { // the first one starts the story
			s.Joins = append(s.Joins, d)
		}
	}
	return s, nil
}
