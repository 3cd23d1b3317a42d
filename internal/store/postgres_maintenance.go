package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgTables are the store's tables, whose sizes Stats adds up.
var pgTables = []string{"articles", "article_urls", "briefs", "bindings", "turns", "guild_settings", "usage", "schema_migrations",
	"stories", "story_keys", "story_briefs"}

// Purge deletes what was last used before olderThan, and what guilds with a
// shorter retention no longer keep, in one transaction; see Maintenance.
func (s *Postgres) Purge(ctx context.Context, olderThan time.Time) (PurgeStats, error) {
	var st PurgeStats
	now := s.now()
	err := s.tx(ctx, func(tx pgx.Tx) error {
		st = PurgeStats{}
		// Explicit deletes in dependency order, rather than ON DELETE
		// CASCADE alone, so that every row deleted is counted.
		steps := []struct {
			n     *int64
			query string
		}{
			{&st.Briefs, `DELETE FROM briefs WHERE article_id IN (SELECT id FROM articles WHERE used_at < $1)`},
			{&st.Turns, `DELETE FROM turns WHERE at < $1 OR article_id IN (SELECT id FROM articles WHERE used_at < $1)`},
			{&st.Bindings, `DELETE FROM bindings WHERE used_at < $1 OR article_id IN (SELECT id FROM articles WHERE used_at < $1)`},
			{&st.Usage, `DELETE FROM usage WHERE at < $1`},
			{&st.StoryBriefs, `DELETE FROM story_briefs WHERE article_id IN (SELECT id FROM articles WHERE used_at < $1)`},
			{&st.Articles, `DELETE FROM articles WHERE used_at < $1`},
		}
		for _, step := range steps {
			tag, err := tx.Exec(ctx, step.query, olderThan)
			if err != nil {
				return err
			}
			*step.n += tag.RowsAffected()
		}

		guilds, err := pgShorterRetention(ctx, tx, now, olderThan)
		if err != nil {
			return err
		}
		for _, g := range guilds {
			gsteps := []struct {
				n     *int64
				query string
			}{
				{&st.Turns, `DELETE FROM turns WHERE guild_id = $1 AND at < $2`},
				{&st.Bindings, `DELETE FROM bindings WHERE guild_id = $1 AND used_at < $2`},
				{&st.Usage, `DELETE FROM usage WHERE guild_id = $1 AND at < $2`},
				{&st.StoryBriefs, `DELETE FROM story_briefs WHERE guild_id = $1 AND joined_at < $2`},
			}
			for _, step := range gsteps {
				tag, err := tx.Exec(ctx, step.query, g.id, g.cutoff)
				if err != nil {
					return fmt.Errorf("guild %s: %w", g.id, err)
				}
				*step.n += tag.RowsAffected()
			}
		}
		// Stories left without a brief go, with their keys.
		if _, err := tx.Exec(ctx, `DELETE FROM story_keys WHERE story_id IN (`+emptyStories+`)`); err != nil {
			return fmt.Errorf("delete keys of emptied stories: %w", err)
		}
		tag, err := tx.Exec(ctx, `DELETE FROM stories WHERE id IN (`+emptyStories+`)`)
		if err != nil {
			return fmt.Errorf("delete emptied stories: %w", err)
		}
		st.Stories += tag.RowsAffected()
		return nil
	})
	if err != nil {
		return PurgeStats{}, fmt.Errorf("purge data older than %s: %w", olderThan.UTC().Format(time.RFC3339), err)
	}
	return st, nil
}

// pgShorterRetention returns the guilds whose RetentionDays cut later than
// the global cutoff.
func pgShorterRetention(ctx context.Context, tx pgx.Tx, now, global time.Time) ([]guildCutoff, error) {
	rows, err := tx.Query(ctx, `SELECT guild_id, retention_days FROM guild_settings WHERE retention_days > 0`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanCutoffs(rows, now, global)
}

// Stats counts stored rows and adds up the size of the store's tables,
// their indexes and TOAST included; see Maintenance.
func (s *Postgres) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.queryRow(ctx, []any{&st.Articles, &st.Briefs, &st.Bindings, &st.Turns, &st.Usage, &st.Stories, &st.StoryBriefs, &st.SizeBytes}, `SELECT
		(SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM briefs), (SELECT COUNT(*) FROM bindings),
		(SELECT COUNT(*) FROM turns), (SELECT COUNT(*) FROM usage), (SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM story_briefs),
		(SELECT COALESCE(SUM(pg_total_relation_size(to_regclass(t))), 0)::bigint FROM unnest($1::text[]) AS t)`,
		pgTables)
	if err != nil {
		return Stats{}, fmt.Errorf("read store stats: %w", err)
	}
	return st, nil
}

// Check verifies, from the catalogs only (so cheaply), that the store can
// write, that its schema is the version this program knows with every
// table present, and that no constraint or index was left invalid (a
// NOT VALID constraint, a failed CREATE INDEX CONCURRENTLY); see
// Maintenance. Foreign keys themselves are enforced by the server.
func (s *Postgres) Check(ctx context.Context) error {
	ms, err := loadPostgresMigrations()
	if err != nil {
		return fmt.Errorf("check store %s: %w", s.name, err)
	}
	var problems []string
	err = s.retry(ctx, func(c *pgx.Conn) error {
		problems = nil
		var (
			recovery bool
			readOnly string
			version  int
			missing  []string
		)
		if err := c.QueryRow(ctx, `SELECT pg_is_in_recovery(), current_setting('transaction_read_only'),
				(SELECT COALESCE(MAX(version), 0) FROM schema_migrations),
				(SELECT COALESCE(array_agg(t ORDER BY t), '{}') FROM unnest($1::text[]) AS t WHERE to_regclass(t) IS NULL)`,
			pgTables).Scan(&recovery, &readOnly, &version, &missing); err != nil {
			return err
		}
		if recovery {
			problems = append(problems, "the server is a standby in recovery: writes fail")
		} else if readOnly == "on" {
			problems = append(problems, "transactions are read-only (default_transaction_read_only): writes fail")
		}
		if version != len(ms) {
			problems = append(problems, fmt.Sprintf("schema version %d, this program knows %d", version, len(ms)))
		}
		for _, t := range missing {
			problems = append(problems, "table "+t+" is missing")
		}
		rows, err := c.Query(ctx, `SELECT format('constraint %s on %s is not validated', conname, conrelid::regclass)
				FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND NOT convalidated
			UNION ALL
			SELECT format('index %s is invalid (a failed CREATE INDEX CONCURRENTLY?): rebuild it', i.indexrelid::regclass)
				FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
				WHERE c.relnamespace = current_schema()::regnamespace AND NOT (i.indisvalid AND i.indisready)`)
		if err != nil {
			return err
		}
		found, err := pgx.CollectRows(rows, pgx.RowTo[string])
		problems = append(problems, found...)
		return err
	})
	if err != nil {
		return fmt.Errorf("check store %s: %w", s.name, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check store %s: %s", s.name, strings.Join(problems, "; "))
	}
	return nil
}
