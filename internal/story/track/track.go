// Package track keeps a server's stories in the store: it joins each new
// brief to the story it belongs to (or starts one), records what changed
// since the story's last brief and the events to date, and lists, shows,
// merges and splits stories. The judging is internal/story's; this package
// only reads and writes.
package track

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/summarize"
)

// Defaults of a Tracker.
const (
	// DefaultHistory is how many of a story's latest briefs a new one is
	// compared with.
	DefaultHistory = 8
	// DefaultCandidates is how many stories sharing keys are scored.
	DefaultCandidates = 50
	// conflictRetries bounds the retries of a join that raced another.
	conflictRetries = 8
)

// Tracker joins briefs to stories. It is safe for concurrent use, also by
// several processes on one database: joins that race are retried.
type Tracker struct {
	Stories store.Stories
	// Load returns a stored brief with its sentences (pipeline.Load, or
	// BriefLoader over the store).
	Load func(ctx context.Context, articleID int64, engine string) (*summarize.Brief, error)
	// History and Candidates default to DefaultHistory and
	// DefaultCandidates.
	History, Candidates int
}

// BriefLoader loads briefs from the store, the local brief when the
// engine's is missing.
func BriefLoader(s store.Articles) func(ctx context.Context, articleID int64, engine string) (*summarize.Brief, error) {
	return func(ctx context.Context, articleID int64, engine string) (*summarize.Brief, error) {
		if engine == "" {
			engine = summarize.EngineLocal
		}
		b, err := s.Brief(ctx, articleID, engine)
		if errors.Is(err, store.ErrNotFound) && engine != summarize.EngineLocal {
			b, err = s.Brief(ctx, articleID, summarize.EngineLocal)
		}
		return b, err
	}
}

// Brief is a brief to join: the article's id in the store, the engine it
// was stored under, and where it came from.
type Brief struct {
	GuildID   string
	ArticleID int64
	Engine    string
	Title     string
	URL       string
	Brief     *summarize.Brief
	// At is when the brief was made; zero means now. The article's own
	// date (Brief.Source.Published), when there is one, dates its events.
	At time.Time
}

// Data is what is kept of a brief's joining (store.StoryBrief.Data).
type Data struct {
	Changes []story.Change `json:"changes"`
	Events  []story.Event  `json:"events"`
	// Date is what the brief's events are dated against (2006-01-02).
	Date string `json:"date"`
}

// Result is what joining a brief did.
type Result struct {
	Story store.Story
	// Joined is true when the brief joined a story that had other briefs,
	// false when it started one.
	Joined  bool
	Changes []story.Change
	Events  []story.Event
	// Score is how well the brief fitted the story it joined, or, when it
	// started one, the nearest story it did not join (ID 0: none near).
	Score story.Score
}

func (t *Tracker) history() int {
	if t.History > 0 {
		return t.History
	}
	return DefaultHistory
}

func (t *Tracker) candidates() int {
	if t.Candidates > 0 {
		return t.Candidates
	}
	return DefaultCandidates
}

// anchor is the date a brief's events are read against.
func anchor(b Brief) time.Time {
	if p := b.Brief.Source.Published; p != "" {
		for _, layout := range []string{time.RFC3339, time.DateOnly, "2006-01-02T15:04:05", time.RFC1123Z, time.RFC1123} {
			if t, err := time.Parse(layout, p); err == nil {
				return t.UTC()
			}
		}
		if len(p) >= 10 {
			if t, err := time.Parse(time.DateOnly, p[:10]); err == nil {
				return t
			}
		}
	}
	if b.At.IsZero() {
		return time.Now().UTC()
	}
	return b.At.UTC()
}

// Join adds a brief to the story of the guild it belongs to, or starts a
// story with it, and returns what is new in it against the story's
// earlier briefs. A brief of an article already in one of the guild's
// stories stays there and is compared with the briefs that joined before it.
func (t *Tracker) Join(ctx context.Context, b Brief) (Result, error) {
	if b.Brief == nil || b.ArticleID <= 0 {
		return Result{}, fmt.Errorf("join a story: no stored brief: %w", store.ErrInvalid)
	}
	if b.Engine == "" {
		b.Engine = summarize.EngineLocal
	}
	at := anchor(b)
	events := story.Events(b.Brief, at)
	prof := story.ProfileOf(b.Brief)
	if prof.Dated == "" {
		prof.Dated = at.Format(time.DateOnly) // when it was briefed stands for the article's date
	}
	for attempt := 0; ; attempt++ {
		res, err := t.join(ctx, b, prof, events, at)
		if errors.Is(err, store.ErrConflict) && attempt < conflictRetries {
			continue
		}
		if err != nil {
			return Result{}, fmt.Errorf("join article %d to a story of guild %s: %w", b.ArticleID, b.GuildID, err)
		}
		return res, nil
	}
}

// join is one attempt of Join.
func (t *Tracker) join(ctx context.Context, b Brief, prof *story.Profile, events []story.Event, at time.Time) (Result, error) {
	var (
		target store.Story
		score  story.Score
		found  bool
		again  bool // the article is already in the story
	)
	if sb, err := t.Stories.StoryBriefOf(ctx, b.GuildID, b.ArticleID); err == nil {
		target, err = t.Stories.Story(ctx, b.GuildID, sb.StoryID)
		if err != nil {
			return Result{}, err
		}
		found, again = true, true
	} else if !errors.Is(err, store.ErrNotFound) {
		return Result{}, err
	} else {
		// Only a story sharing a party can be joined (story.Score.Joins):
		// the parties find the candidates. The terms of the brief and of
		// the candidates are counted, for weighting each by how many of the
		// server's stories hold it.
		c, err := t.Stories.StoryCandidates(ctx, b.GuildID, prof.PartyKeys(), t.candidates())
		if err != nil {
			return Result{}, err
		}
		cands := make([]story.Candidate, 0, len(c.Stories))
		byID := map[int64]store.Story{}
		for _, s := range c.Stories {
			p, err := story.UnmarshalProfile(s.Profile)
			if err != nil {
				return Result{}, fmt.Errorf("story %d: %w", s.ID, err)
			}
			cands = append(cands, story.Candidate{ID: s.ID, Profile: p})
			byID[s.ID] = s
		}
		if len(cands) > 0 {
			seen := map[string]bool{}
			var terms []string
			for _, p := range append([]*story.Profile{prof}, candProfiles(cands)...) {
				for k := range p.Matter() {
					if key := "t:" + k; !seen[key] {
						seen[key] = true
						terms = append(terms, key)
					}
				}
			}
			counts, err := t.Stories.StoryKeyCounts(ctx, b.GuildID, terms)
			if err != nil {
				return Result{}, err
			}
			for k, n := range counts {
				c.KeyStories[k] = n
			}
		}
		score, found = story.Match(prof, cands, story.Stats{KeyStories: c.KeyStories, Total: c.Total})
		if found {
			target = byID[score.ID]
		}
	}
	res := Result{Events: events, Score: score, Changes: []story.Change{}}
	next := store.Story{GuildID: b.GuildID}
	if found {
		history, err := t.historyOf(ctx, b.GuildID, target.ID, b.ArticleID)
		if err != nil {
			return Result{}, err
		}
		res.Joined = len(history) > 0
		res.Changes = story.Detect(history, b.Brief)
		p, err := story.UnmarshalProfile(target.Profile)
		if err != nil {
			return Result{}, fmt.Errorf("story %d: %w", target.ID, err)
		}
		if !again {
			p.Merge(prof)
		}
		next.ID, next.Version = target.ID, target.Version
		prof = p
	}
	data, err := json.Marshal(Data{Changes: res.Changes, Events: events, Date: at.Format(time.DateOnly)})
	if err != nil {
		return Result{}, fmt.Errorf("write the story brief: %w", err)
	}
	next.Name = prof.Name()
	next.Keys = prof.Keys()
	if next.Profile, err = prof.Marshal(); err != nil {
		return Result{}, err
	}
	res.Story, err = t.Stories.PutStory(ctx, next, &store.StoryBrief{
		GuildID: b.GuildID, ArticleID: b.ArticleID, Engine: b.Engine, Title: b.Title, URL: b.URL, Data: data, JoinedAt: b.At,
	})
	if err != nil {
		return Result{}, err
	}
	return res, nil
}

// historyOf loads the latest briefs of a story that joined before the
// article (all of them when it is not in the story), the earliest first.
func (t *Tracker) historyOf(ctx context.Context, guild string, storyID, articleID int64) ([]story.Entry, error) {
	sbs, err := t.Stories.StoryBriefs(ctx, guild, storyID)
	if err != nil {
		return nil, err
	}
	for i, sb := range sbs {
		if sb.ArticleID == articleID {
			sbs = sbs[:i]
			break
		}
	}
	if n := t.history(); len(sbs) > n {
		sbs = sbs[len(sbs)-n:]
	}
	entries := make([]story.Entry, 0, len(sbs))
	for _, sb := range sbs {
		br, err := t.Load(ctx, sb.ArticleID, sb.Engine)
		if errors.Is(err, store.ErrNotFound) {
			continue // retention took it
		}
		if err != nil {
			return nil, fmt.Errorf("load brief of article %d: %w", sb.ArticleID, err)
		}
		entries = append(entries, story.Entry{ArticleID: sb.ArticleID, Title: sb.Title, URL: sb.URL, Brief: br})
	}
	return entries, nil
}

// candProfiles returns the candidates' profiles.
func candProfiles(cs []story.Candidate) []*story.Profile {
	out := make([]*story.Profile, len(cs))
	for i, c := range cs {
		out[i] = c.Profile
	}
	return out
}
