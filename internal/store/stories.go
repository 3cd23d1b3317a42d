package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// ErrConflict is returned (wrapped) by PutStory when the story changed
// since it was read (another brief joined it meanwhile): read it again and
// redo the change.
var ErrConflict = errors.New("changed meanwhile")

// Stories stores the negotiations a server follows: each story is a series
// of briefs, found again by its keys (parties, subject terms). Everything is
// per guild: no call reads or changes another guild's stories. What a story
// is about (Profile) and what is kept of each brief's joining (Data) are
// JSON owned by internal/story; the store keeps them as they are.
type Stories interface {
	// PutStory creates the story (s.ID 0) or replaces its name, keys and
	// profile when it still has version s.Version (else ErrConflict;
	// ErrNotFound when it is gone), and, when add is not nil, makes add's
	// article a brief of it in the same transaction (moving it from another
	// story of the guild, which is deleted when left empty). It returns the
	// story as stored.
	PutStory(ctx context.Context, s Story, add *StoryBrief) (Story, error)
	// Story returns one story of a guild, or ErrNotFound.
	Story(ctx context.Context, guildID string, id int64) (Story, error)
	// ListStories returns up to limit stories of a guild that have briefs,
	// the most recently updated first (limit <= 0: all).
	ListStories(ctx context.Context, guildID string, limit int) ([]Story, error)
	// StoryCandidates returns up to limit stories of a guild that share a
	// key with keys, those sharing the most first, and how many of the
	// guild's stories hold each of keys, for weighting them.
	StoryCandidates(ctx context.Context, guildID string, keys []string, limit int) (Candidates, error)
	// StoryKeyCounts counts, for each of keys, the guild's stories holding
	// it (as StoryCandidates does, without looking for candidates).
	StoryKeyCounts(ctx context.Context, guildID string, keys []string) (map[string]int, error)
	// StoryBriefs returns the briefs of a story, the first joined first.
	StoryBriefs(ctx context.Context, guildID string, storyID int64) ([]StoryBrief, error)
	// StoryBriefOf returns the story brief of an article in a guild, or
	// ErrNotFound.
	StoryBriefOf(ctx context.Context, guildID string, articleID int64) (StoryBrief, error)
	// SetStoryBriefMessage records the Discord message showing an
	// article's brief in a guild's story (for links). ErrNotFound when the
	// article is in no story there.
	SetStoryBriefMessage(ctx context.Context, guildID string, articleID int64, channelID, messageID string) error
	// MoveStoryBriefs moves the briefs of articleIDs (all when empty) from
	// one story of a guild to another; the story left empty is deleted.
	// ErrNotFound when either story is not the guild's.
	MoveStoryBriefs(ctx context.Context, guildID string, from, to int64, articleIDs []int64) error
	// DeleteStory deletes a story and its briefs' membership (the briefs
	// themselves stay). Deleting a missing story is not an error.
	DeleteStory(ctx context.Context, guildID string, id int64) error
}

// Story is one negotiation followed in a guild.
type Story struct {
	ID      int64
	GuildID string
	Name    string
	// Keys are what the story is found by; at most MaxStoryKeys, each at
	// most 200 bytes.
	Keys []string
	// Profile is what internal/story recognises the story by (JSON).
	Profile []byte
	// Version is set by the store and checked by PutStory.
	Version int64
	// Briefs counts the story's briefs (set by the store).
	Briefs    int
	CreatedAt time.Time
	UpdatedAt time.Time // when a brief last joined or the story changed
}

// StoryBrief is one brief of a story.
type StoryBrief struct {
	StoryID   int64 // set by PutStory
	GuildID   string
	ArticleID int64
	Engine    string // which brief of the article (summarize.EngineLocal...)
	Title     string
	URL       string
	// ChannelID and MessageID locate the Discord message showing the
	// brief, when there is one.
	ChannelID string
	MessageID string
	// Data is what internal/story keeps of the joining (JSON).
	Data     []byte
	JoinedAt time.Time // zero means now
}

// Candidates are the stories a new brief may join.
type Candidates struct {
	Stories []Story
	// KeyStories counts, for each key asked about, the guild's stories
	// holding it; Total counts the guild's stories.
	KeyStories map[string]int
	Total      int
}

// MaxStoryKeys is the most keys a story is stored with.
const MaxStoryKeys = 200

// checkStory reports what in s cannot be stored.
func checkStory(s *Story, add *StoryBrief) error {
	switch {
	case len(s.Keys) > MaxStoryKeys:
		return fmt.Errorf("%d keys (at most %d): %w", len(s.Keys), MaxStoryKeys, ErrInvalid)
	case len(s.Profile) == 0:
		return fmt.Errorf("no profile: %w", ErrInvalid)
	case add != nil && add.ArticleID <= 0:
		return fmt.Errorf("brief without article: %w", ErrInvalid)
	case add != nil && add.GuildID != s.GuildID:
		return fmt.Errorf("brief of guild %q added to a story of guild %q: %w", add.GuildID, s.GuildID, ErrInvalid)
	}
	for _, k := range s.Keys {
		if k == "" || len(k) > 200 {
			return fmt.Errorf("key %.40q: empty or over 200 bytes: %w", k, ErrInvalid)
		}
	}
	return nil
}

// storyKeys returns keys sorted without duplicates.
func storyKeys(keys []string) []string {
	ks := slices.Clone(keys)
	slices.Sort(ks)
	return slices.Compact(ks)
}

// dataOrEmpty keeps a JSON column from being empty.
func dataOrEmpty(b []byte) string {
	if len(b) == 0 {
		return "{}"
	}
	return string(b)
}

const storyColumns = `s.id, s.guild_id, s.name, s.profile, s.version, s.created_at, s.updated_at,
	(SELECT COUNT(*) FROM story_briefs b WHERE b.story_id = s.id)`

// scanStory reads a row of storyColumns.
func scanStory(scan func(...any) error) (Story, error) {
	var (
		st               Story
		profile          string
		created, updated int64
	)
	if err := scan(&st.ID, &st.GuildID, &st.Name, &profile, &st.Version, &created, &updated, &st.Briefs); err != nil {
		return Story{}, err
	}
	st.Profile = []byte(profile)
	st.CreatedAt, st.UpdatedAt = fromMicros(created), fromMicros(updated)
	return st, nil
}

// PutStory creates or updates a story; see Stories.
func (s *SQLite) PutStory(ctx context.Context, st Story, add *StoryBrief) (Story, error) {
	if err := checkStory(&st, add); err != nil {
		return Story{}, fmt.Errorf("save story %d of guild %s: %w", st.ID, st.GuildID, err)
	}
	now := micros(s.now())
	keys := storyKeys(st.Keys)
	var out Story
	err := s.tx(ctx, func(tx *sql.Tx) error {
		id := st.ID
		if id == 0 {
			if err := tx.QueryRowContext(ctx, `INSERT INTO stories (guild_id, name, profile, version, created_at, updated_at)
				VALUES (?, ?, ?, 1, ?, ?) RETURNING id`, st.GuildID, st.Name, string(st.Profile), now, now).Scan(&id); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `UPDATE stories SET name = ?, profile = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND guild_id = ? AND version = ?`, st.Name, string(st.Profile), now, id, st.GuildID, st.Version)
			if err != nil {
				return err
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n == 0 {
				var v int64
				err := tx.QueryRowContext(ctx, `SELECT version FROM stories WHERE id = ? AND guild_id = ?`, id, st.GuildID).Scan(&v)
				if errors.Is(err, sql.ErrNoRows) {
					return ErrNotFound
				}
				if err != nil {
					return err
				}
				return fmt.Errorf("version %d, now %d: %w", st.Version, v, ErrConflict)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM story_keys WHERE story_id = ?`, id); err != nil {
				return err
			}
		}
		if len(keys) > 0 {
			// One statement for all keys (at most MaxStoryKeys, far under
			// SQLite's limit on variables).
			args := make([]any, 0, 3*len(keys))
			for _, k := range keys {
				args = append(args, id, st.GuildID, k)
			}
			values := strings.TrimSuffix(strings.Repeat("(?, ?, ?),", len(keys)), ",")
			if _, err := tx.ExecContext(ctx, `INSERT INTO story_keys (story_id, guild_id, key) VALUES `+values, args...); err != nil {
				return err
			}
		}
		if add != nil {
			var old int64
			err := tx.QueryRowContext(ctx, `SELECT story_id FROM story_briefs WHERE guild_id = ? AND article_id = ?`, st.GuildID, add.ArticleID).Scan(&old)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO story_briefs
				(guild_id, article_id, story_id, engine, title, url, channel_id, message_id, data, joined_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (guild_id, article_id) DO UPDATE SET story_id = excluded.story_id, engine = excluded.engine,
					title = excluded.title, url = excluded.url, data = excluded.data, joined_at = excluded.joined_at,
					channel_id = CASE WHEN excluded.channel_id = '' THEN story_briefs.channel_id ELSE excluded.channel_id END,
					message_id = CASE WHEN excluded.message_id = '' THEN story_briefs.message_id ELSE excluded.message_id END`,
				st.GuildID, add.ArticleID, id, add.Engine, add.Title, add.URL, add.ChannelID, add.MessageID,
				dataOrEmpty(add.Data), micros(s.at(add.JoinedAt))); err != nil {
				return err
			}
			if old != 0 && old != id {
				if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_briefs WHERE story_id = ?)`, old, old); err != nil {
					return err
				}
			}
		}
		var err error
		out, err = scanStory(tx.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.id = ?`, id).Scan)
		return err
	})
	if isForeignKey(err) {
		return Story{}, fmt.Errorf("save story %d of guild %s: article: %w", st.ID, st.GuildID, ErrNotFound)
	}
	if err != nil {
		return Story{}, fmt.Errorf("save story %d of guild %s: %w", st.ID, st.GuildID, err)
	}
	out.Keys = keys
	return out, nil
}

// Story returns one story; see Stories.
func (s *SQLite) Story(ctx context.Context, guildID string, id int64) (Story, error) {
	st, err := scanStory(s.read.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.id = ? AND s.guild_id = ?`, id, guildID).Scan)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err == nil {
		st.Keys, err = s.keysOf(ctx, id)
	}
	if err != nil {
		return Story{}, fmt.Errorf("read story %d of guild %s: %w", id, guildID, err)
	}
	return st, nil
}

// keysOf reads a story's keys.
func (s *SQLite) keysOf(ctx context.Context, id int64) ([]string, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT key FROM story_keys WHERE story_id = ? ORDER BY key`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, rows.Err()
}

// queryStories reads the stories a query of storyColumns returns.
func (s *SQLite) queryStories(ctx context.Context, query string, args ...any) ([]Story, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Story
	for rows.Next() {
		st, err := scanStory(rows.Scan)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// ListStories lists a guild's stories; see Stories.
func (s *SQLite) ListStories(ctx context.Context, guildID string, limit int) ([]Story, error) {
	if limit <= 0 {
		limit = -1
	}
	out, err := s.queryStories(ctx, `SELECT `+storyColumns+` FROM stories s
		WHERE s.guild_id = ? AND EXISTS (SELECT 1 FROM story_briefs b WHERE b.story_id = s.id)
		ORDER BY s.updated_at DESC, s.id DESC LIMIT ?`, guildID, limit)
	if err != nil {
		return nil, fmt.Errorf("list stories of guild %s: %w", guildID, err)
	}
	return out, nil
}

// StoryCandidates finds the stories sharing keys; see Stories.
func (s *SQLite) StoryCandidates(ctx context.Context, guildID string, keys []string, limit int) (Candidates, error) {
	c := Candidates{KeyStories: map[string]int{}}
	keys = storyKeys(keys)
	if limit <= 0 {
		limit = 50
	}
	err := func() error {
		if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM stories WHERE guild_id = ?`, guildID).Scan(&c.Total); err != nil {
			return err
		}
		if len(keys) == 0 {
			return nil
		}
		in, args := keyArgs(guildID, keys)
		if err := s.countKeys(ctx, guildID, keys, c.KeyStories); err != nil {
			return err
		}
		args = append(args, limit)
		var err error
		c.Stories, err = s.queryStories(ctx, `SELECT `+storyColumns+` FROM stories s JOIN
			(SELECT story_id, COUNT(*) AS shared FROM story_keys WHERE guild_id = ? AND key IN (`+in+`) GROUP BY story_id) m
			ON m.story_id = s.id
			WHERE EXISTS (SELECT 1 FROM story_briefs b WHERE b.story_id = s.id)
			ORDER BY m.shared DESC, s.updated_at DESC, s.id DESC LIMIT ?`, args...)
		return err
	}()
	if err != nil {
		return Candidates{}, fmt.Errorf("find stories of guild %s: %w", guildID, err)
	}
	return c, nil
}

const storyBriefColumns = `story_id, guild_id, article_id, engine, title, url, channel_id, message_id, data, joined_at`

// scanStoryBrief reads a row of storyBriefColumns.
func scanStoryBrief(scan func(...any) error) (StoryBrief, error) {
	var (
		b    StoryBrief
		data string
		at   int64
	)
	if err := scan(&b.StoryID, &b.GuildID, &b.ArticleID, &b.Engine, &b.Title, &b.URL, &b.ChannelID, &b.MessageID, &data, &at); err != nil {
		return StoryBrief{}, err
	}
	b.Data, b.JoinedAt = []byte(data), fromMicros(at)
	return b, nil
}

// StoryBriefs lists a story's briefs; see Stories.
func (s *SQLite) StoryBriefs(ctx context.Context, guildID string, storyID int64) ([]StoryBrief, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+storyBriefColumns+` FROM story_briefs
		WHERE guild_id = ? AND story_id = ? ORDER BY joined_at, article_id`, guildID, storyID)
	if err != nil {
		return nil, fmt.Errorf("list briefs of story %d: %w", storyID, err)
	}
	defer rows.Close()
	var out []StoryBrief
	for rows.Next() {
		b, err := scanStoryBrief(rows.Scan)
		if err != nil {
			return nil, fmt.Errorf("list briefs of story %d: %w", storyID, err)
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list briefs of story %d: %w", storyID, err)
	}
	return out, nil
}

// StoryBriefOf returns an article's story brief; see Stories.
func (s *SQLite) StoryBriefOf(ctx context.Context, guildID string, articleID int64) (StoryBrief, error) {
	b, err := scanStoryBrief(s.read.QueryRowContext(ctx, `SELECT `+storyBriefColumns+` FROM story_briefs
		WHERE guild_id = ? AND article_id = ?`, guildID, articleID).Scan)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return StoryBrief{}, fmt.Errorf("look up the story of article %d in guild %s: %w", articleID, guildID, err)
	}
	return b, nil
}

// SetStoryBriefMessage records where a story brief is shown; see Stories.
func (s *SQLite) SetStoryBriefMessage(ctx context.Context, guildID string, articleID int64, channelID, messageID string) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE story_briefs SET channel_id = ?, message_id = ? WHERE guild_id = ? AND article_id = ?`,
			channelID, messageID, guildID, articleID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return ErrNotFound
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record the message of article %d's story brief: %w", articleID, err)
	}
	return nil
}

// MoveStoryBriefs moves briefs between stories; see Stories.
func (s *SQLite) MoveStoryBriefs(ctx context.Context, guildID string, from, to int64, articleIDs []int64) error {
	now := micros(s.now())
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM stories WHERE guild_id = ? AND id IN (?, ?)`, guildID, from, to).Scan(&n); err != nil {
			return err
		}
		if n != 2 && !(from == to && n == 1) {
			return ErrNotFound
		}
		if len(articleIDs) == 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE story_briefs SET story_id = ? WHERE guild_id = ? AND story_id = ?`, to, guildID, from); err != nil {
				return err
			}
		}
		for _, a := range articleIDs {
			if _, err := tx.ExecContext(ctx, `UPDATE story_briefs SET story_id = ? WHERE guild_id = ? AND story_id = ? AND article_id = ?`, to, guildID, from, a); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET version = version + 1, updated_at = ? WHERE id IN (?, ?)`, now, from, to); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_briefs WHERE story_id = ?)`, from, from)
		return err
	})
	if err != nil {
		return fmt.Errorf("move briefs from story %d to %d in guild %s: %w", from, to, guildID, err)
	}
	return nil
}

// DeleteStory deletes a story; see Stories.
func (s *SQLite) DeleteStory(ctx context.Context, guildID string, id int64) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ? AND guild_id = ?`, id, guildID)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete story %d of guild %s: %w", id, guildID, err)
	}
	return nil
}

// keyArgs returns the placeholders of an "IN (…)" list of keys and the
// query arguments: the guild, then the keys (room is left for one more).
func keyArgs(guildID string, keys []string) (string, []any) {
	args := make([]any, 0, len(keys)+2)
	args = append(args, guildID)
	for _, k := range keys {
		args = append(args, k)
	}
	return strings.TrimSuffix(strings.Repeat("?,", len(keys)), ","), args
}

// countKeys counts the guild's stories holding each key into counts.
func (s *SQLite) countKeys(ctx context.Context, guildID string, keys []string, counts map[string]int) error {
	if len(keys) == 0 {
		return nil
	}
	in, args := keyArgs(guildID, keys)
	rows, err := s.read.QueryContext(ctx, `SELECT key, COUNT(*) FROM story_keys WHERE guild_id = ? AND key IN (`+in+`) GROUP BY key`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			k string
			n int
		)
		if err := rows.Scan(&k, &n); err != nil {
			return err
		}
		counts[k] = n
	}
	return rows.Err()
}

// StoryKeyCounts counts the stories holding keys; see Stories.
func (s *SQLite) StoryKeyCounts(ctx context.Context, guildID string, keys []string) (map[string]int, error) {
	counts := map[string]int{}
	if err := s.countKeys(ctx, guildID, storyKeys(keys), counts); err != nil {
		return nil, fmt.Errorf("count story keys of guild %s: %w", guildID, err)
	}
	return counts, nil
}
