package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

const pgStoryColumns = `s.id, s.guild_id, s.name, s.profile::text, s.version, s.created_at, s.updated_at,
	(SELECT COUNT(*) FROM story_briefs b WHERE b.story_id = s.id)::int`

// pgScanStory reads a row of pgStoryColumns.
func pgScanStory(scan func(...any) error) (Story, error) {
	var (
		st      Story
		profile string
	)
	if err := scan(&st.ID, &st.GuildID, &st.Name, &profile, &st.Version, &st.CreatedAt, &st.UpdatedAt, &st.Briefs); err != nil {
		return Story{}, err
	}
	st.Profile = []byte(profile)
	st.CreatedAt, st.UpdatedAt = pgTime(st.CreatedAt), pgTime(st.UpdatedAt)
	return st, nil
}

// PutStory creates or updates a story; see Stories.
func (s *Postgres) PutStory(ctx context.Context, st Story, add *StoryBrief) (Story, error) {
	if err := checkStory(&st, add); err != nil {
		return Story{}, fmt.Errorf("save story %d of guild %s: %w", st.ID, st.GuildID, err)
	}
	now := s.now()
	keys := storyKeys(st.Keys)
	for i, k := range keys {
		keys[i] = pgText(k)
	}
	guild := pgText(st.GuildID)
	var out Story
	err := s.tx(ctx, func(tx pgx.Tx) error {
		id := st.ID
		if id == 0 {
			if err := tx.QueryRow(ctx, `INSERT INTO stories (guild_id, name, profile, version, created_at, updated_at)
				VALUES ($1, $2, $3, 1, $4, $4) RETURNING id`, guild, pgText(st.Name), pgText(string(st.Profile)), now).Scan(&id); err != nil {
				return err
			}
		} else {
			tag, err := tx.Exec(ctx, `UPDATE stories SET name = $1, profile = $2, version = version + 1, updated_at = $3
				WHERE id = $4 AND guild_id = $5 AND version = $6`, pgText(st.Name), pgText(string(st.Profile)), now, id, guild, st.Version)
			if err != nil {
				return err
			}
			if tag.RowsAffected() == 0 {
				var v int64
				err := tx.QueryRow(ctx, `SELECT version FROM stories WHERE id = $1 AND guild_id = $2`, id, guild).Scan(&v)
				if errors.Is(err, pgx.ErrNoRows) {
					return ErrNotFound
				}
				if err != nil {
					return err
				}
				return fmt.Errorf("version %d, now %d: %w", st.Version, v, ErrConflict)
			}
			if _, err := tx.Exec(ctx, `DELETE FROM story_keys WHERE story_id = $1`, id); err != nil {
				return err
			}
		}
		if len(keys) > 0 {
			if _, err := tx.Exec(ctx, `INSERT INTO story_keys (story_id, guild_id, key)
				SELECT $1, $2, k FROM unnest($3::text[]) AS k`, id, guild, keys); err != nil {
				return err
			}
		}
		if add != nil {
			var old int64
			err := tx.QueryRow(ctx, `SELECT story_id FROM story_briefs WHERE guild_id = $1 AND article_id = $2 FOR UPDATE`, guild, add.ArticleID).Scan(&old)
			if err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO story_briefs
				(guild_id, article_id, story_id, engine, title, url, channel_id, message_id, data, joined_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
				ON CONFLICT (guild_id, article_id) DO UPDATE SET story_id = excluded.story_id, engine = excluded.engine,
					title = excluded.title, url = excluded.url, data = excluded.data, joined_at = excluded.joined_at,
					channel_id = CASE WHEN excluded.channel_id = '' THEN story_briefs.channel_id ELSE excluded.channel_id END,
					message_id = CASE WHEN excluded.message_id = '' THEN story_briefs.message_id ELSE excluded.message_id END`,
				guild, add.ArticleID, id, pgText(add.Engine), pgText(add.Title), pgText(add.URL), pgText(add.ChannelID), pgText(add.MessageID),
				pgText(dataOrEmpty(add.Data)), s.at(add.JoinedAt)); err != nil {
				return err
			}
			if old != 0 && old != id {
				if _, err := tx.Exec(ctx, `DELETE FROM stories WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM story_briefs WHERE story_id = $1)`, old); err != nil {
					return err
				}
			}
		}
		var err error
		out, err = pgScanStory(tx.QueryRow(ctx, `SELECT `+pgStoryColumns+` FROM stories s WHERE s.id = $1`, id).Scan)
		return err
	})
	if isPGForeignKey(err) {
		return Story{}, fmt.Errorf("save story %d of guild %s: article: %w", st.ID, st.GuildID, ErrNotFound)
	}
	if err != nil {
		return Story{}, fmt.Errorf("save story %d of guild %s: %w", st.ID, st.GuildID, err)
	}
	out.Keys = keys
	return out, nil
}

// Story returns one story; see Stories.
func (s *Postgres) Story(ctx context.Context, guildID string, id int64) (Story, error) {
	var st Story
	err := s.retry(ctx, func(c *pgx.Conn) error {
		var err error
		st, err = pgScanStory(c.QueryRow(ctx, `SELECT `+pgStoryColumns+` FROM stories s WHERE s.id = $1 AND s.guild_id = $2`, id, pgText(guildID)).Scan)
		if errors.Is(err, pgx.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		rows, err := c.Query(ctx, `SELECT key FROM story_keys WHERE story_id = $1 ORDER BY key`, id)
		if err != nil {
			return err
		}
		st.Keys, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	if err != nil {
		return Story{}, fmt.Errorf("read story %d of guild %s: %w", id, guildID, err)
	}
	return st, nil
}

// queryStories reads the stories a query of pgStoryColumns returns.
func (s *Postgres) queryStories(ctx context.Context, query string, args ...any) ([]Story, error) {
	var out []Story
	err := s.retry(ctx, func(c *pgx.Conn) error {
		out = nil
		rows, err := c.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			st, err := pgScanStory(rows.Scan)
			if err != nil {
				return err
			}
			out = append(out, st)
		}
		return rows.Err()
	})
	return out, err
}

// ListStories lists a guild's stories; see Stories.
func (s *Postgres) ListStories(ctx context.Context, guildID string, limit int) ([]Story, error) {
	var lim any
	if limit > 0 {
		lim = limit
	}
	out, err := s.queryStories(ctx, `SELECT `+pgStoryColumns+` FROM stories s
		WHERE s.guild_id = $1 AND EXISTS (SELECT 1 FROM story_briefs b WHERE b.story_id = s.id)
		ORDER BY s.updated_at DESC, s.id DESC LIMIT $2`, pgText(guildID), lim)
	if err != nil {
		return nil, fmt.Errorf("list stories of guild %s: %w", guildID, err)
	}
	return out, nil
}

// StoryCandidates finds the stories sharing keys; see Stories.
func (s *Postgres) StoryCandidates(ctx context.Context, guildID string, keys []string, limit int) (Candidates, error) {
	keys = storyKeys(keys)
	for i, k := range keys {
		keys[i] = pgText(k)
	}
	if limit <= 0 {
		limit = 50
	}
	guild := pgText(guildID)
	var c Candidates
	err := s.retry(ctx, func(conn *pgx.Conn) error {
		c = Candidates{KeyStories: map[string]int{}}
		if err := conn.QueryRow(ctx, `SELECT COUNT(*) FROM stories WHERE guild_id = $1`, guild).Scan(&c.Total); err != nil {
			return err
		}
		if len(keys) == 0 {
			return nil
		}
		rows, err := conn.Query(ctx, `SELECT key, COUNT(*)::int FROM story_keys WHERE guild_id = $1 AND key = ANY($2) GROUP BY key`, guild, keys)
		if err != nil {
			return err
		}
		for rows.Next() {
			var (
				k string
				n int
			)
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return err
			}
			c.KeyStories[k] = n
		}
		rows.Close()
		return rows.Err()
	})
	if err == nil && len(keys) > 0 {
		c.Stories, err = s.queryStories(ctx, `SELECT `+pgStoryColumns+` FROM stories s JOIN
			(SELECT story_id, COUNT(*) AS shared FROM story_keys WHERE guild_id = $1 AND key = ANY($2) GROUP BY story_id) m
			ON m.story_id = s.id
			WHERE EXISTS (SELECT 1 FROM story_briefs b WHERE b.story_id = s.id)
			ORDER BY m.shared DESC, s.updated_at DESC, s.id DESC LIMIT $3`, guild, keys, limit)
	}
	if err != nil {
		return Candidates{}, fmt.Errorf("find stories of guild %s: %w", guildID, err)
	}
	return c, nil
}

const pgStoryBriefColumns = `story_id, guild_id, article_id, engine, title, url, channel_id, message_id, data::text, joined_at`

// pgScanStoryBrief reads a row of pgStoryBriefColumns.
func pgScanStoryBrief(scan func(...any) error) (StoryBrief, error) {
	var (
		b    StoryBrief
		data string
	)
	if err := scan(&b.StoryID, &b.GuildID, &b.ArticleID, &b.Engine, &b.Title, &b.URL, &b.ChannelID, &b.MessageID, &data, &b.JoinedAt); err != nil {
		return StoryBrief{}, err
	}
	b.Data, b.JoinedAt = []byte(data), pgTime(b.JoinedAt)
	return b, nil
}

// StoryBriefs lists a story's briefs; see Stories.
func (s *Postgres) StoryBriefs(ctx context.Context, guildID string, storyID int64) ([]StoryBrief, error) {
	var out []StoryBrief
	err := s.retry(ctx, func(c *pgx.Conn) error {
		out = nil
		rows, err := c.Query(ctx, `SELECT `+pgStoryBriefColumns+` FROM story_briefs
			WHERE guild_id = $1 AND story_id = $2 ORDER BY joined_at, article_id`, pgText(guildID), storyID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			b, err := pgScanStoryBrief(rows.Scan)
			if err != nil {
				return err
			}
			out = append(out, b)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list briefs of story %d: %w", storyID, err)
	}
	return out, nil
}

// StoryBriefOf returns an article's story brief; see Stories.
func (s *Postgres) StoryBriefOf(ctx context.Context, guildID string, articleID int64) (StoryBrief, error) {
	var b StoryBrief
	err := s.retry(ctx, func(c *pgx.Conn) error {
		var err error
		b, err = pgScanStoryBrief(c.QueryRow(ctx, `SELECT `+pgStoryBriefColumns+` FROM story_briefs
			WHERE guild_id = $1 AND article_id = $2`, pgText(guildID), articleID).Scan)
		if errors.Is(err, pgx.ErrNoRows) {
			return ErrNotFound
		}
		return err
	})
	if err != nil {
		return StoryBrief{}, fmt.Errorf("look up the story of article %d in guild %s: %w", articleID, guildID, err)
	}
	return b, nil
}

// SetStoryBriefMessage records where a story brief is shown; see Stories.
func (s *Postgres) SetStoryBriefMessage(ctx context.Context, guildID string, articleID int64, channelID, messageID string) error {
	n, err := s.exec(ctx, `UPDATE story_briefs SET channel_id = $1, message_id = $2 WHERE guild_id = $3 AND article_id = $4`,
		pgText(channelID), pgText(messageID), pgText(guildID), articleID)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("record the message of article %d's story brief: %w", articleID, err)
	}
	return nil
}

// MoveStoryBriefs moves briefs between stories; see Stories.
func (s *Postgres) MoveStoryBriefs(ctx context.Context, guildID string, from, to int64, articleIDs []int64) error {
	now := s.now()
	guild := pgText(guildID)
	err := s.tx(ctx, func(tx pgx.Tx) error {
		var n int
		if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM (SELECT id FROM stories WHERE guild_id = $1 AND id IN ($2, $3) ORDER BY id FOR UPDATE) x`,
			guild, from, to).Scan(&n); err != nil {
			return err
		}
		if n != 2 && !(from == to && n == 1) {
			return ErrNotFound
		}
		if len(articleIDs) == 0 {
			if _, err := tx.Exec(ctx, `UPDATE story_briefs SET story_id = $1 WHERE guild_id = $2 AND story_id = $3`, to, guild, from); err != nil {
				return err
			}
		} else if _, err := tx.Exec(ctx, `UPDATE story_briefs SET story_id = $1 WHERE guild_id = $2 AND story_id = $3 AND article_id = ANY($4)`,
			to, guild, from, articleIDs); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE stories SET version = version + 1, updated_at = $1 WHERE id IN ($2, $3)`, now, from, to); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM stories WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM story_briefs WHERE story_id = $1)`, from)
		return err
	})
	if err != nil {
		return fmt.Errorf("move briefs from story %d to %d in guild %s: %w", from, to, guildID, err)
	}
	return nil
}

// DeleteStory deletes a story; see Stories.
func (s *Postgres) DeleteStory(ctx context.Context, guildID string, id int64) error {
	if _, err := s.exec(ctx, `DELETE FROM stories WHERE id = $1 AND guild_id = $2`, id, pgText(guildID)); err != nil {
		return fmt.Errorf("delete story %d of guild %s: %w", id, guildID, err)
	}
	return nil
}

// StoryKeyCounts counts the stories holding keys; see Stories.
func (s *Postgres) StoryKeyCounts(ctx context.Context, guildID string, keys []string) (map[string]int, error) {
	keys = storyKeys(keys)
	for i, k := range keys {
		keys[i] = pgText(k)
	}
	var counts map[string]int
	err := s.retry(ctx, func(c *pgx.Conn) error {
		counts = map[string]int{}
		if len(keys) == 0 {
			return nil
		}
		rows, err := c.Query(ctx, `SELECT key, COUNT(*)::int FROM story_keys WHERE guild_id = $1 AND key = ANY($2) GROUP BY key`, pgText(guildID), keys)
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
	})
	if err != nil {
		return nil, fmt.Errorf("count story keys of guild %s: %w", guildID, err)
	}
	return counts, nil
}
