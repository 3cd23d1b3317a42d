package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"
)

// Purge deletes what was last used before olderThan, and what guilds with a
// shorter retention no longer keep; see Maintenance.
func (s *SQLite) Purge(ctx context.Context, olderThan time.Time) (PurgeStats, error) {
	var st PurgeStats
	cut := micros(olderThan)
	now := s.now()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		st = PurgeStats{}
		// Explicit deletes in dependency order, rather than ON DELETE
		// CASCADE alone, so that every row deleted is counted.
		steps := []struct {
			n     *int64
			query string
		}{
			{&st.Briefs, `DELETE FROM briefs WHERE article_id IN (SELECT id FROM articles WHERE used_at < ?1)`},
			{&st.Turns, `DELETE FROM turns WHERE at < ?1 OR article_id IN (SELECT id FROM articles WHERE used_at < ?1)`},
			{&st.Bindings, `DELETE FROM bindings WHERE used_at < ?1 OR article_id IN (SELECT id FROM articles WHERE used_at < ?1)`},
			{&st.Usage, `DELETE FROM usage WHERE at < ?1`},
			{&st.StoryBriefs, `DELETE FROM story_briefs WHERE article_id IN (SELECT id FROM articles WHERE used_at < ?1)`},
			{&st.Articles, `DELETE FROM articles WHERE used_at < ?1`},
		}
		for _, step := range steps {
			n, err := execCount(ctx, tx, step.query, cut)
			if err != nil {
				return err
			}
			*step.n += n
		}

		guilds, err := shorterRetention(ctx, tx, now, olderThan)
		if err != nil {
			return err
		}
		for _, g := range guilds {
			gsteps := []struct {
				n     *int64
				query string
			}{
				{&st.Turns, `DELETE FROM turns WHERE guild_id = ?1 AND at < ?2`},
				{&st.Bindings, `DELETE FROM bindings WHERE guild_id = ?1 AND used_at < ?2`},
				{&st.Usage, `DELETE FROM usage WHERE guild_id = ?1 AND at < ?2`},
				{&st.StoryBriefs, `DELETE FROM story_briefs WHERE guild_id = ?1 AND joined_at < ?2`},
			}
			for _, step := range gsteps {
				n, err := execCount(ctx, tx, step.query, g.id, micros(g.cutoff))
				if err != nil {
					return fmt.Errorf("guild %s: %w", g.id, err)
				}
				*step.n += n
			}
		}
		// Stories left without a brief go, with their keys.
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_keys WHERE story_id IN (`+emptyStories+`)`); err != nil {
			return fmt.Errorf("delete keys of emptied stories: %w", err)
		}
		n, err := execCount(ctx, tx, `DELETE FROM stories WHERE id IN (`+emptyStories+`)`)
		if err != nil {
			return fmt.Errorf("delete emptied stories: %w", err)
		}
		st.Stories += n
		return nil
	})
	if err != nil {
		return PurgeStats{}, fmt.Errorf("purge data older than %s: %w", olderThan.UTC().Format(time.RFC3339), err)
	}
	return st, nil
}

// emptyStories selects the stories without a brief (both drivers).
const emptyStories = `SELECT s.id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_briefs b WHERE b.story_id = s.id)`

// guildCutoff is when a guild's own retention starts.
type guildCutoff struct {
	id     string
	cutoff time.Time
}

// cutoffRows are the rows of guild_id, retention_days, from either driver.
type cutoffRows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// scanCutoffs reads guild_id, retention_days rows into the guilds whose
// retention cuts later than the global cutoff.
func scanCutoffs(rows cutoffRows, now, global time.Time) ([]guildCutoff, error) {
	var gs []guildCutoff
	for rows.Next() {
		var (
			id   string
			days int
		)
		if err := rows.Scan(&id, &days); err != nil {
			return nil, err
		}
		if c := now.AddDate(0, 0, -days); c.After(global) {
			gs = append(gs, guildCutoff{id: id, cutoff: c})
		}
	}
	return gs, rows.Err()
}

// shorterRetention returns the guilds whose RetentionDays cut later than the
// global cutoff.
func shorterRetention(ctx context.Context, tx *sql.Tx, now, global time.Time) ([]guildCutoff, error) {
	rows, err := tx.QueryContext(ctx, `SELECT guild_id, retention_days FROM guild_settings WHERE retention_days > 0`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanCutoffs(rows, now, global)
}

// execCount runs a statement and returns the rows it changed.
func execCount(ctx context.Context, tx *sql.Tx, query string, args ...any) (int64, error) {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// Stats counts stored rows and measures the file; see Maintenance.
func (s *SQLite) Stats(ctx context.Context) (Stats, error) {
	var (
		st                  Stats
		pageCount, pageSize int64
	)
	err := s.read.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM briefs), (SELECT COUNT(*) FROM bindings),
		(SELECT COUNT(*) FROM turns), (SELECT COUNT(*) FROM usage),
		(SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM story_briefs),
		(SELECT page_count FROM pragma_page_count()), (SELECT page_size FROM pragma_page_size())`).
		Scan(&st.Articles, &st.Briefs, &st.Bindings, &st.Turns, &st.Usage, &st.Stories, &st.StoryBriefs, &pageCount, &pageSize)
	if err != nil {
		return Stats{}, fmt.Errorf("read store stats: %w", err)
	}
	st.SizeBytes = pageCount * pageSize
	fi, err := os.Stat(s.path + "-wal")
	switch {
	case err == nil:
		st.SizeBytes += fi.Size()
	case !errors.Is(err, fs.ErrNotExist):
		return Stats{}, fmt.Errorf("read store stats: %w", err)
	}
	return st, nil
}

// Check runs SQLite's integrity_check and foreign_key_check; see
// Maintenance.
func (s *SQLite) Check(ctx context.Context) error {
	problems, err := queryStrings(ctx, s.read, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("check store %s: %w", s.path, err)
	}
	if len(problems) == 1 && problems[0] == "ok" {
		problems = nil
	}
	fks, err := queryStrings(ctx, s.read, `SELECT "table" || ' row ' || rowid || ' refers to a missing ' || parent FROM pragma_foreign_key_check`)
	if err != nil {
		return fmt.Errorf("check store %s: %w", s.path, err)
	}
	problems = append(problems, fks...)
	if len(problems) > 0 {
		if len(problems) > 20 {
			problems = append(problems[:20], fmt.Sprintf("and %d more", len(problems)-20))
		}
		return fmt.Errorf("check store %s: %s", s.path, strings.Join(problems, "; "))
	}
	return nil
}

// queryStrings returns the first column of each row.
func queryStrings(ctx context.Context, db *sql.DB, query string) ([]string, error) {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v sql.NullString
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v.String)
	}
	return out, rows.Err()
}
