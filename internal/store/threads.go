package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
)

// DefaultRecentLimit is how many articles RecentArticles returns when asked
// for limit <= 0: the most choices a Discord autocomplete can show.
const DefaultRecentLimit = 25

// Bind ties a thread and/or message to an article; see Threads.
func (s *SQLite) Bind(ctx context.Context, b Binding) error {
	if b.ThreadID == "" && b.MessageID == "" {
		return fmt.Errorf("bind article %d: no thread or message id: %w", b.ArticleID, ErrInvalid)
	}
	at := micros(s.at(b.At))
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM bindings WHERE thread_id = ? OR message_id = ?`,
			nullable(b.ThreadID), nullable(b.MessageID)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO bindings
			(guild_id, channel_id, thread_id, message_id, article_id, user_id, created_at, used_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			b.GuildID, b.ChannelID, nullable(b.ThreadID), nullable(b.MessageID), b.ArticleID, b.UserID, at, at); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE articles SET used_at = MAX(used_at, ?) WHERE id = ?`, at, b.ArticleID)
		return err
	})
	if isForeignKey(err) {
		return fmt.Errorf("bind thread %q message %q to article %d: article: %w", b.ThreadID, b.MessageID, b.ArticleID, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("bind thread %q message %q to article %d: %w", b.ThreadID, b.MessageID, b.ArticleID, err)
	}
	return nil
}

const bindingColumns = `guild_id, channel_id, COALESCE(thread_id, ''), COALESCE(message_id, ''), article_id, user_id, created_at`

func scanBinding(row *sql.Row) (Binding, error) {
	var (
		b  Binding
		at int64
	)
	err := row.Scan(&b.GuildID, &b.ChannelID, &b.ThreadID, &b.MessageID, &b.ArticleID, &b.UserID, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return Binding{}, ErrNotFound
	}
	if err != nil {
		return Binding{}, err
	}
	b.At = fromMicros(at)
	return b, nil
}

// BindingByThread returns the binding of a thread; see Threads.
func (s *SQLite) BindingByThread(ctx context.Context, threadID string) (Binding, error) {
	b, err := scanBinding(s.read.QueryRowContext(ctx, `SELECT `+bindingColumns+` FROM bindings WHERE thread_id = ?`, threadID))
	if err != nil {
		return Binding{}, fmt.Errorf("look up binding of thread %s: %w", threadID, err)
	}
	return b, nil
}

// BindingByMessage returns the binding of a message; see Threads.
func (s *SQLite) BindingByMessage(ctx context.Context, messageID string) (Binding, error) {
	b, err := scanBinding(s.read.QueryRowContext(ctx, `SELECT `+bindingColumns+` FROM bindings WHERE message_id = ?`, messageID))
	if err != nil {
		return Binding{}, fmt.Errorf("look up binding of message %s: %w", messageID, err)
	}
	return b, nil
}

// RecentArticles returns the articles most recently used in a guild; see
// Threads. A limit <= 0 means DefaultRecentLimit.
func (s *SQLite) RecentArticles(ctx context.Context, guildID string, limit int) ([]ArticleRef, error) {
	if limit <= 0 {
		limit = DefaultRecentLimit
	}
	// Group the guild's bindings first (a covering index scan), then read
	// the few articles picked.
	rows, err := s.read.QueryContext(ctx, `SELECT a.id, a.title, a.url, r.last
		FROM (SELECT article_id, MAX(used_at) AS last FROM bindings WHERE guild_id = ?
			GROUP BY article_id ORDER BY last DESC, article_id DESC LIMIT ?) r
		JOIN articles a ON a.id = r.article_id
		ORDER BY r.last DESC, a.id DESC`, guildID, limit)
	if err != nil {
		return nil, fmt.Errorf("list recent articles of guild %s: %w", guildID, err)
	}
	defer rows.Close()
	var refs []ArticleRef
	for rows.Next() {
		var (
			r  ArticleRef
			at int64
		)
		if err := rows.Scan(&r.ID, &r.Title, &r.URL, &at); err != nil {
			return nil, fmt.Errorf("list recent articles of guild %s: %w", guildID, err)
		}
		r.At = fromMicros(at)
		refs = append(refs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list recent articles of guild %s: %w", guildID, err)
	}
	return refs, nil
}

// ForgetThread deletes a thread's bindings and turns; see Threads.
func (s *SQLite) ForgetThread(ctx context.Context, threadID string) error {
	if threadID == "" {
		return fmt.Errorf("forget thread: empty thread id: %w", ErrInvalid)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		ids, err := queryIDs(ctx, tx, `SELECT article_id FROM bindings WHERE thread_id = ?1 OR message_id = ?1
			UNION SELECT article_id FROM turns WHERE thread_id = ?1`, threadID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM turns WHERE thread_id = ?`, threadID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM bindings WHERE thread_id = ?1 OR message_id = ?1`, threadID); err != nil {
			return err
		}
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?1 AND key LIKE 'text:%'
				AND NOT EXISTS (SELECT 1 FROM bindings WHERE article_id = ?1)
				AND NOT EXISTS (SELECT 1 FROM turns WHERE article_id = ?1)`, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("forget thread %s: %w", threadID, err)
	}
	return nil
}

// queryIDs returns the int64 first column of a query.
func queryIDs(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// AddTurn saves a question and its answer; see Threads.
func (s *SQLite) AddTurn(ctx context.Context, t Turn) (int64, error) {
	if t.ThreadID == "" {
		return 0, fmt.Errorf("save turn: empty thread id: %w", ErrInvalid)
	}
	cites, err := json.Marshal(t.Citations)
	if err != nil {
		return 0, fmt.Errorf("save turn in thread %s: %w", t.ThreadID, err)
	}
	at := micros(s.at(t.At))
	var id int64
	err = s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO turns
			(thread_id, guild_id, article_id, user_id, question, answer, engine, citations, at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			t.ThreadID, t.GuildID, t.ArticleID, t.UserID, t.Question, t.Answer, t.Engine, string(cites), at).Scan(&id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE bindings SET used_at = MAX(used_at, ?) WHERE thread_id = ?`, at, t.ThreadID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE articles SET used_at = MAX(used_at, ?) WHERE id = ?`, at, t.ArticleID)
		return err
	})
	if isForeignKey(err) {
		return 0, fmt.Errorf("save turn in thread %s: article %d: %w", t.ThreadID, t.ArticleID, ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("save turn in thread %s: %w", t.ThreadID, err)
	}
	return id, nil
}

// Turns returns the last turns of a thread, oldest first; see Threads.
func (s *SQLite) Turns(ctx context.Context, threadID string, limit int) ([]Turn, error) {
	if limit <= 0 {
		limit = -1 // no limit
	}
	rows, err := s.read.QueryContext(ctx, `SELECT id, thread_id, guild_id, article_id, user_id, question, answer, engine, citations, at
		FROM (SELECT * FROM turns WHERE thread_id = ? ORDER BY at DESC, id DESC LIMIT ?)
		ORDER BY at, id`, threadID, limit)
	if err != nil {
		return nil, fmt.Errorf("read turns of thread %s: %w", threadID, err)
	}
	defer rows.Close()
	var turns []Turn
	for rows.Next() {
		var (
			t     Turn
			cites []byte
			at    int64
		)
		if err := rows.Scan(&t.ID, &t.ThreadID, &t.GuildID, &t.ArticleID, &t.UserID, &t.Question, &t.Answer, &t.Engine, &cites, &at); err != nil {
			return nil, fmt.Errorf("read turns of thread %s: %w", threadID, err)
		}
		if err := json.Unmarshal(cites, &t.Citations); err != nil {
			return nil, fmt.Errorf("read turns of thread %s: decode citations: %w", threadID, err)
		}
		if len(t.Citations) == 0 {
			t.Citations = nil
		}
		t.At = fromMicros(at)
		turns = append(turns, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read turns of thread %s: %w", threadID, err)
	}
	return turns, nil
}
