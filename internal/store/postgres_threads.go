package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Bind ties a thread and/or message to an article; see Threads. Two binds
// of one thread racing in two processes: the loser's insert hits the
// unique key, and it is retried, replacing the winner's binding.
func (s *Postgres) Bind(ctx context.Context, b Binding) error {
	if b.ThreadID == "" && b.MessageID == "" {
		return fmt.Errorf("bind article %d: no thread or message id: %w", b.ArticleID, ErrInvalid)
	}
	at := s.at(b.At)
	thread, message := pgNullable(b.ThreadID), pgNullable(b.MessageID)
	err := s.batch(ctx, func(bt *pgx.Batch) {
		bt.Queue(`DELETE FROM bindings WHERE thread_id = $1 OR message_id = $2`, thread, message)
		bt.Queue(`INSERT INTO bindings
			(guild_id, channel_id, thread_id, message_id, article_id, user_id, created_at, used_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
			pgText(b.GuildID), pgText(b.ChannelID), thread, message, b.ArticleID, pgText(b.UserID), at)
		bt.Queue(`UPDATE articles SET used_at = $1 WHERE id = $2 AND used_at < $1`, at, b.ArticleID)
	})
	if isPGForeignKey(err) {
		return fmt.Errorf("bind thread %q message %q to article %d: article: %w", b.ThreadID, b.MessageID, b.ArticleID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("bind thread %q message %q to article %d: %w", b.ThreadID, b.MessageID, b.ArticleID, err)
	}
	return nil
}

const pgBindingColumns = `guild_id, channel_id, COALESCE(thread_id, ''), COALESCE(message_id, ''), article_id, user_id, created_at`

// binding reads the binding a query selects.
func (s *Postgres) binding(ctx context.Context, query, id string) (Binding, error) {
	var b Binding
	err := s.queryRow(ctx, []any{&b.GuildID, &b.ChannelID, &b.ThreadID, &b.MessageID, &b.ArticleID, &b.UserID, &b.At},
		`SELECT `+pgBindingColumns+` FROM bindings WHERE `+query, pgText(id))
	if errors.Is(err, pgx.ErrNoRows) {
		return Binding{}, ErrNotFound
	}
	if err != nil {
		return Binding{}, err
	}
	b.At = pgTime(b.At)
	return b, nil
}

// BindingByThread returns the binding of a thread; see Threads.
func (s *Postgres) BindingByThread(ctx context.Context, threadID string) (Binding, error) {
	b, err := s.binding(ctx, `thread_id = $1`, threadID)
	if err != nil {
		return Binding{}, fmt.Errorf("look up binding of thread %s: %w", threadID, err)
	}
	return b, nil
}

// BindingByMessage returns the binding of a message; see Threads.
func (s *Postgres) BindingByMessage(ctx context.Context, messageID string) (Binding, error) {
	b, err := s.binding(ctx, `message_id = $1`, messageID)
	if err != nil {
		return Binding{}, fmt.Errorf("look up binding of message %s: %w", messageID, err)
	}
	return b, nil
}

// RecentArticles returns the articles most recently used in a guild; see
// Threads. A limit <= 0 means DefaultRecentLimit.
func (s *Postgres) RecentArticles(ctx context.Context, guildID string, limit int) ([]ArticleRef, error) {
	if limit <= 0 {
		limit = DefaultRecentLimit
	}
	var refs []ArticleRef
	err := s.retry(ctx, func(c *pgx.Conn) error {
		refs = nil
		// Group the guild's bindings first (an index-only scan), then read
		// the few articles picked.
		rows, err := c.Query(ctx, `SELECT a.id, a.title, a.url, r.last
			FROM (SELECT article_id, MAX(used_at) AS last FROM bindings WHERE guild_id = $1
				GROUP BY article_id ORDER BY last DESC, article_id DESC LIMIT $2) r
			JOIN articles a ON a.id = r.article_id
			ORDER BY r.last DESC, a.id DESC`, pgText(guildID), limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r ArticleRef
			if err := rows.Scan(&r.ID, &r.Title, &r.URL, &r.At); err != nil {
				return err
			}
			r.At = pgTime(r.At)
			refs = append(refs, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list recent articles of guild %s: %w", guildID, err)
	}
	return refs, nil
}

// ForgetThread deletes a thread's bindings and turns; see Threads.
func (s *Postgres) ForgetThread(ctx context.Context, threadID string) error {
	if threadID == "" {
		return fmt.Errorf("forget thread: empty thread id: %w", ErrInvalid)
	}
	thread := pgText(threadID)
	err := s.tx(ctx, func(tx pgx.Tx) error {
		var ids []int64
		if err := tx.QueryRow(ctx, `WITH t AS (DELETE FROM turns WHERE thread_id = $1 RETURNING article_id),
				b AS (DELETE FROM bindings WHERE thread_id = $1 OR message_id = $1 RETURNING article_id)
			SELECT COALESCE(array_agg(DISTINCT article_id), '{}') FROM (
				SELECT article_id FROM t UNION ALL SELECT article_id FROM b) x`, thread).Scan(&ids); err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		// Lock the pasted articles first: a Bind or AddTurn referring to
		// one now waits for this transaction (and then finds it gone),
		// and those committed before are seen by the delete below.
		if _, err := tx.Exec(ctx, `SELECT 1 FROM articles WHERE id = ANY($1) AND key LIKE 'text:%' ORDER BY id FOR UPDATE`, ids); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM articles a WHERE a.id = ANY($1) AND a.key LIKE 'text:%'
			AND NOT EXISTS (SELECT 1 FROM bindings WHERE article_id = a.id)
			AND NOT EXISTS (SELECT 1 FROM turns WHERE article_id = a.id)`, ids)
		return err
	})
	if err != nil {
		return fmt.Errorf("forget thread %s: %w", threadID, err)
	}
	return nil
}

// AddTurn saves a question and its answer; see Threads.
func (s *Postgres) AddTurn(ctx context.Context, t Turn) (int64, error) {
	if t.ThreadID == "" {
		return 0, fmt.Errorf("save turn: empty thread id: %w", ErrInvalid)
	}
	cites, err := json.Marshal(t.Citations)
	if err != nil {
		return 0, fmt.Errorf("save turn in thread %s: %w", t.ThreadID, err)
	}
	at := s.at(t.At)
	thread := pgText(t.ThreadID)
	var id int64
	err = s.batch(ctx, func(b *pgx.Batch) {
		id = 0
		b.Queue(`INSERT INTO turns
			(thread_id, guild_id, article_id, user_id, question, answer, engine, citations, at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			thread, pgText(t.GuildID), t.ArticleID, pgText(t.UserID), pgText(t.Question), pgText(t.Answer),
			pgText(t.Engine), string(cites), at).
			QueryRow(func(row pgx.Row) error { return row.Scan(&id) })
		b.Queue(`UPDATE bindings SET used_at = $1 WHERE thread_id = $2 AND used_at < $1`, at, thread)
		b.Queue(`UPDATE articles SET used_at = $1 WHERE id = $2 AND used_at < $1`, at, t.ArticleID)
	})
	if isPGForeignKey(err) {
		return 0, fmt.Errorf("save turn in thread %s: article %d: %w", t.ThreadID, t.ArticleID, ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("save turn in thread %s: %w", t.ThreadID, err)
	}
	return id, nil
}

// Turns returns the last turns of a thread, oldest first; see Threads.
func (s *Postgres) Turns(ctx context.Context, threadID string, limit int) ([]Turn, error) {
	var lim any // NULL: no limit
	if limit > 0 {
		lim = limit
	}
	var turns []Turn
	err := s.retry(ctx, func(c *pgx.Conn) error {
		turns = nil
		rows, err := c.Query(ctx, `SELECT id, thread_id, guild_id, article_id, user_id, question, answer, engine, citations, at
			FROM (SELECT * FROM turns WHERE thread_id = $1 ORDER BY at DESC, id DESC LIMIT $2) t
			ORDER BY at, id`, pgText(threadID), lim)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				t     Turn
				cites []byte
				at    time.Time
			)
			if err := rows.Scan(&t.ID, &t.ThreadID, &t.GuildID, &t.ArticleID, &t.UserID, &t.Question, &t.Answer, &t.Engine, &cites, &at); err != nil {
				return err
			}
			if err := json.Unmarshal(cites, &t.Citations); err != nil {
				return fmt.Errorf("decode citations: %w", err)
			}
			if len(t.Citations) == 0 {
				t.Citations = nil
			}
			t.At = pgTime(at)
			turns = append(turns, t)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read turns of thread %s: %w", threadID, err)
	}
	return turns, nil
}
