package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/summarize"
)

// PutArticle saves a under Key(a); see Articles.
func (s *SQLite) PutArticle(ctx context.Context, a *article.Article) (int64, error) {
	if a == nil {
		return 0, fmt.Errorf("save article: nil article: %w", ErrInvalid)
	}
	now := s.now()
	r, err := newArticleRow(a, now)
	if err != nil {
		return 0, err
	}
	key, c, data, textSHA, url := r.key, r.article, r.data, r.textSHA, r.url

	var id int64
	err = s.tx(ctx, func(tx *sql.Tx) error {
		var oldSHA string
		switch err := tx.QueryRowContext(ctx, `SELECT text_sha FROM articles WHERE key = ?`, key).Scan(&oldSHA); {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO articles (key, url, title, text_sha, fetched_at, used_at, data)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET
				url = excluded.url, title = excluded.title, text_sha = excluded.text_sha,
				fetched_at = excluded.fetched_at, used_at = MAX(used_at, excluded.used_at),
				data = excluded.data
			RETURNING id`,
			key, url, c.Title, textSHA, micros(c.FetchedAt), micros(now), string(data)).Scan(&id)
		if err != nil {
			return err
		}
		if oldSHA != "" && oldSHA != textSHA {
			if _, err := tx.ExecContext(ctx, `DELETE FROM briefs WHERE article_id = ?`, id); err != nil {
				return err
			}
		}
		urls := []string{key}
		if c.URL != "" && c.URL != key {
			urls = append(urls, c.URL)
		}
		for _, u := range urls {
			if _, err := tx.ExecContext(ctx, `INSERT INTO article_urls (url, article_id) VALUES (?, ?)
				ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id`, u, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", key, err)
	}
	return id, nil
}

// ArticleByURL returns the article known by url, unless older than maxAge;
// see Articles.
func (s *SQLite) ArticleByURL(ctx context.Context, url string, maxAge time.Duration) (*article.Article, int64, error) {
	var (
		id        int64
		fetchedAt int64
		data      []byte
	)
	err := s.read.QueryRowContext(ctx, `SELECT a.id, a.fetched_at, a.data
		FROM article_urls u JOIN articles a ON a.id = u.article_id
		WHERE u.url = ?`, url).Scan(&id, &fetchedAt, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, 0, fmt.Errorf("look up article %s: %w", url, ErrNotFound)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("look up article %s: %w", url, err)
	}
	if now := s.now(); maxAge > 0 && fromMicros(fetchedAt).Before(now.Add(-maxAge)) {
		return nil, 0, fmt.Errorf("look up article %s: fetched %s ago, over %s: %w",
			url, now.Sub(fromMicros(fetchedAt)).Round(time.Second), maxAge, ErrNotFound)
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, 0, fmt.Errorf("look up article %s: decode: %w", url, err)
	}
	return &a, id, nil
}

// Article returns the article with this id; see Articles.
func (s *SQLite) Article(ctx context.Context, id int64) (*article.Article, error) {
	var data []byte
	err := s.read.QueryRowContext(ctx, `SELECT data FROM articles WHERE id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read article %d: %w", id, err)
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("read article %d: decode: %w", id, err)
	}
	return &a, nil
}

// sentence is the stored form of a summarize.Sentence, which has no JSON
// tags of its own.
type sentence struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Para  int    `json:"para"`
}

// PutBrief saves an engine's brief of an article; see Articles.
func (s *SQLite) PutBrief(ctx context.Context, articleID int64, engine string, b *summarize.Brief) error {
	if b == nil {
		return fmt.Errorf("save brief %d/%s: nil brief: %w", articleID, engine, ErrInvalid)
	}
	data, err := json.Marshal(b)
	if err != nil {
		return fmt.Errorf("save brief %d/%s: %w", articleID, engine, err)
	}
	ss := make([]sentence, len(b.Sentences))
	for i, x := range b.Sentences {
		ss[i] = sentence{Text: x.Text, Start: x.Start, End: x.End, Para: x.Para}
	}
	sents, err := json.Marshal(ss)
	if err != nil {
		return fmt.Errorf("save brief %d/%s: %w", articleID, engine, err)
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO briefs (article_id, engine, created_at, data, sentences)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (article_id, engine) DO UPDATE SET
				created_at = excluded.created_at, data = excluded.data, sentences = excluded.sentences`,
			articleID, engine, micros(s.now()), string(data), string(sents))
		return err
	})
	if isForeignKey(err) {
		return fmt.Errorf("save brief %d/%s: article: %w", articleID, engine, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("save brief %d/%s: %w", articleID, engine, err)
	}
	return nil
}

// Brief returns an engine's brief of an article; see Articles.
func (s *SQLite) Brief(ctx context.Context, articleID int64, engine string) (*summarize.Brief, error) {
	var data, sents []byte
	err := s.read.QueryRowContext(ctx, `SELECT data, sentences FROM briefs WHERE article_id = ? AND engine = ?`,
		articleID, engine).Scan(&data, &sents)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read brief %d/%s: %w", articleID, engine, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read brief %d/%s: %w", articleID, engine, err)
	}
	var b summarize.Brief
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("read brief %d/%s: decode: %w", articleID, engine, err)
	}
	var ss []sentence
	if err := json.Unmarshal(sents, &ss); err != nil {
		return nil, fmt.Errorf("read brief %d/%s: decode sentences: %w", articleID, engine, err)
	}
	if len(ss) > 0 {
		b.Sentences = make([]summarize.Sentence, len(ss))
		for i, x := range ss {
			b.Sentences[i] = summarize.Sentence{Text: x.Text, Start: x.Start, End: x.End, Para: x.Para}
		}
	}
	return &b, nil
}
