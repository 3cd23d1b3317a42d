package track

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/summarize"
)

// Summary is a story as /story and `bot story list` show it.
type Summary struct {
	ID      int64     `json:"id"`
	Name    string    `json:"name"`
	Parties []string  `json:"parties"`
	Briefs  int       `json:"briefs"`
	Updated time.Time `json:"updated"`
	// Version changes whenever the story does (set by the store).
	Version int64 `json:"-"`
}

// summaryOf describes a stored story.
func summaryOf(s store.Story) (Summary, error) {
	p, err := story.UnmarshalProfile(s.Profile)
	if err != nil {
		return Summary{}, fmt.Errorf("story %d: %w", s.ID, err)
	}
	parties := p.PartyNames(4)
	if parties == nil {
		parties = []string{}
	}
	return Summary{ID: s.ID, Name: s.Name, Parties: parties, Briefs: s.Briefs, Updated: s.UpdatedAt, Version: s.Version}, nil
}

// List returns up to limit stories of a guild, the most recently updated
// first (limit <= 0: all).
func (t *Tracker) List(ctx context.Context, guild string, limit int) ([]Summary, error) {
	ss, err := t.Stories.ListStories(ctx, guild, limit)
	if err != nil {
		return nil, err
	}
	out := make([]Summary, 0, len(ss))
	for _, s := range ss {
		sum, err := summaryOf(s)
		if err != nil {
			return nil, err
		}
		out = append(out, sum)
	}
	return out, nil
}

// Member is one brief of a story as `bot story show` prints it.
type Member struct {
	ArticleID int64          `json:"article_id"`
	Engine    string         `json:"-"`
	Title     string         `json:"title"`
	URL       string         `json:"url"`
	ChannelID string         `json:"channel_id,omitempty"`
	MessageID string         `json:"message_id,omitempty"`
	Joined    time.Time      `json:"joined"`
	Date      string         `json:"date"`
	Changes   []story.Change `json:"changes"`
	Events    []story.Event  `json:"events"`
}

// Detail is a story with its briefs, the first joined first.
type Detail struct {
	Summary
	Members []Member `json:"briefs_list"`
}

// Show returns a story of a guild with its briefs; ErrNotFound when the
// guild has no such story.
func (t *Tracker) Show(ctx context.Context, guild string, id int64) (Detail, error) {
	s, err := t.Stories.Story(ctx, guild, id)
	if err != nil {
		return Detail{}, err
	}
	sum, err := summaryOf(s)
	if err != nil {
		return Detail{}, err
	}
	sbs, err := t.Stories.StoryBriefs(ctx, guild, id)
	if err != nil {
		return Detail{}, err
	}
	d := Detail{Summary: sum, Members: []Member{}}
	for _, sb := range sbs {
		var data Data
		if err := json.Unmarshal(sb.Data, &data); err != nil {
			return Detail{}, fmt.Errorf("story %d, article %d: read what was kept: %w", id, sb.ArticleID, err)
		}
		if data.Changes == nil {
			data.Changes = []story.Change{}
		}
		if data.Events == nil {
			data.Events = []story.Event{}
		}
		d.Members = append(d.Members, Member{ArticleID: sb.ArticleID, Engine: sb.Engine, Title: sb.Title, URL: sb.URL, ChannelID: sb.ChannelID,
			MessageID: sb.MessageID, Joined: sb.JoinedAt, Date: data.Date, Changes: data.Changes, Events: data.Events})
	}
	return d, nil
}

// Revision is a key that changes whenever the story or its briefs do: its
// id, version and briefs. What is made from a story (the LLM's paragraph)
// can be kept under it.
func (d Detail) Revision() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d/%d", d.ID, d.Version)
	for _, m := range d.Members {
		fmt.Fprintf(&b, "/%d:%s", m.ArticleID, m.Engine)
	}
	return b.String()
}

// Source is one brief of a story with what it said.
type Source struct {
	Member
	Brief *summarize.Brief
}

// Sources loads the briefs of the last limit members of a story (all of
// them when limit <= 0), the earliest first. A brief retention removed is
// left out.
func (t *Tracker) Sources(ctx context.Context, d Detail, limit int) ([]Source, error) {
	ms := d.Members
	if limit > 0 && len(ms) > limit {
		ms = ms[len(ms)-limit:]
	}
	out := make([]Source, 0, len(ms))
	for _, m := range ms {
		br, err := t.Load(ctx, m.ArticleID, m.Engine)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("story %d: load the brief of article %d: %w", d.ID, m.ArticleID, err)
		}
		out = append(out, Source{Member: m, Brief: br})
	}
	return out, nil
}

// Timeline returns a story's events in date order, with the briefs that
// reported them.
func (t *Tracker) Timeline(ctx context.Context, guild string, id int64) (Detail, []story.Moment, error) {
	d, err := t.Show(ctx, guild, id)
	if err != nil {
		return Detail{}, nil, err
	}
	var bes []story.BriefEvents
	for _, m := range d.Members {
		at := m.Joined
		if day, err := time.Parse(time.DateOnly, m.Date); err == nil {
			at = day
		}
		bes = append(bes, story.BriefEvents{Brief: story.Ref{ArticleID: m.ArticleID, Title: m.Title, URL: m.URL}, At: at, Events: m.Events})
	}
	ms := story.Timeline(bes)
	if ms == nil {
		ms = []story.Moment{}
	}
	return d, ms, nil
}

// Merge moves every brief of story from into story into (from is then
// gone) and recomputes into's profile from its briefs.
func (t *Tracker) Merge(ctx context.Context, guild string, into, from int64) (store.Story, error) {
	if into == from {
		return store.Story{}, fmt.Errorf("merge story %d into itself: %w", into, store.ErrInvalid)
	}
	if err := t.Stories.MoveStoryBriefs(ctx, guild, from, into, nil); err != nil {
		return store.Story{}, err
	}
	return t.Rebuild(ctx, guild, into)
}

// Split moves the briefs of articleIDs out of a story into a new one and
// recomputes both profiles. It returns the new story.
func (t *Tracker) Split(ctx context.Context, guild string, id int64, articleIDs []int64) (store.Story, error) {
	if len(articleIDs) == 0 {
		return store.Story{}, fmt.Errorf("split story %d: no briefs named: %w", id, store.ErrInvalid)
	}
	sbs, err := t.Stories.StoryBriefs(ctx, guild, id)
	if err != nil {
		return store.Story{}, err
	}
	in := map[int64]bool{}
	for _, sb := range sbs {
		in[sb.ArticleID] = true
	}
	moving := 0
	for _, a := range articleIDs {
		if !in[a] {
			return store.Story{}, fmt.Errorf("split story %d: article %d is not one of its briefs: %w", id, a, store.ErrNotFound)
		}
		moving++
	}
	if moving == len(sbs) {
		return store.Story{}, fmt.Errorf("split story %d: that is every brief of it: %w", id, store.ErrInvalid)
	}
	empty, err := story.NewProfile().Marshal()
	if err != nil {
		return store.Story{}, err
	}
	ns, err := t.Stories.PutStory(ctx, store.Story{GuildID: guild, Name: "split", Profile: empty}, nil)
	if err != nil {
		return store.Story{}, err
	}
	if err := t.Stories.MoveStoryBriefs(ctx, guild, id, ns.ID, articleIDs); err != nil {
		_ = t.Stories.DeleteStory(ctx, guild, ns.ID)
		return store.Story{}, err
	}
	if _, err := t.Rebuild(ctx, guild, id); err != nil {
		return store.Story{}, err
	}
	return t.Rebuild(ctx, guild, ns.ID)
}

// Rebuild recomputes a story's profile, name and keys from its briefs.
func (t *Tracker) Rebuild(ctx context.Context, guild string, id int64) (store.Story, error) {
	for attempt := 0; ; attempt++ {
		s, err := t.Stories.Story(ctx, guild, id)
		if err != nil {
			return store.Story{}, err
		}
		sbs, err := t.Stories.StoryBriefs(ctx, guild, id)
		if err != nil {
			return store.Story{}, err
		}
		p := story.NewProfile()
		for _, sb := range sbs {
			br, err := t.Load(ctx, sb.ArticleID, sb.Engine)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				return store.Story{}, fmt.Errorf("rebuild story %d: load brief of article %d: %w", id, sb.ArticleID, err)
			}
			p.Merge(story.ProfileOf(br))
		}
		s.Name, s.Keys = p.Name(), p.Keys()
		if s.Profile, err = p.Marshal(); err != nil {
			return store.Story{}, err
		}
		out, err := t.Stories.PutStory(ctx, s, nil)
		if errors.Is(err, store.ErrConflict) && attempt < conflictRetries {
			continue
		}
		return out, err
	}
}
