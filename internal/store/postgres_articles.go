package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/summarize"
)

// PutArticle saves a under Key(a); see Articles. The upsert, the removal
// of the briefs of an older text and the addresses go in one batch.
func (s *Postgres) PutArticle(ctx context.Context, a *article.Article) (int64, error) {
	if a == nil {
		return 0, fmt.Errorf("save article: nil article: %w", ErrInvalid)
	}
	now := s.now()
	r, err := newArticleRow(a, now)
	if err != nil {
		return 0, err
	}
	key, c, data, textSHA, url := r.key, r.article, r.data, r.textSHA, r.url
	dbKey := pgText(key)
	urls := []string{dbKey}
	if u := pgText(c.URL); u != "" && u != dbKey {
		urls = append(urls, u)
	}
	slices.Sort(urls) // one lock order for all writers: no deadlock

	var id int64
	err = s.batch(ctx, func(b *pgx.Batch) {
		id = 0
		b.Queue(`INSERT INTO articles (key, url, title, text_sha, fetched_at, used_at, data)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (key) DO UPDATE SET
				url = excluded.url, title = excluded.title, text_sha = excluded.text_sha,
				fetched_at = excluded.fetched_at, used_at = GREATEST(articles.used_at, excluded.used_at),
				data = excluded.data
			RETURNING id`,
			dbKey, pgText(url), pgText(c.Title), textSHA, c.FetchedAt, now, string(data)).
			QueryRow(func(row pgx.Row) error { return row.Scan(&id) })
		b.Queue(`DELETE FROM briefs WHERE article_id = (SELECT id FROM articles WHERE key = $1) AND text_sha <> $2`,
			dbKey, textSHA)
		b.Queue(`INSERT INTO article_urls (url, article_id)
			SELECT u, a.id FROM unnest($1::text[]) AS u, articles a WHERE a.key = $2
			ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id
				WHERE article_urls.article_id <> excluded.article_id`,
			urls, dbKey)
	})
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", key, err)
	}
	return id, nil
}

// ArticleByURL returns the article known by url, unless older than maxAge;
// see Articles.
func (s *Postgres) ArticleByURL(ctx context.Context, url string, maxAge time.Duration) (*article.Article, int64, error) {
	var (
		id        int64
		fetchedAt time.Time
		data      []byte
	)
	err := s.queryRow(ctx, []any{&id, &fetchedAt, &data}, `SELECT a.id, a.fetched_at, a.data
		FROM article_urls u JOIN articles a ON a.id = u.article_id
		WHERE u.url = $1`, pgText(url))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, 0, fmt.Errorf("look up article %s: %w", url, ErrNotFound)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("look up article %s: %w", url, err)
	}
	if now := s.now(); maxAge > 0 && fetchedAt.Before(now.Add(-maxAge)) {
		return nil, 0, fmt.Errorf("look up article %s: fetched %s ago, over %s: %w",
			url, now.Sub(fetchedAt).Round(time.Second), maxAge, ErrNotFound)
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, 0, fmt.Errorf("look up article %s: decode: %w", url, err)
	}
	return &a, id, nil
}

// Article returns the article with this id; see Articles.
func (s *Postgres) Article(ctx context.Context, id int64) (*article.Article, error) {
	var data []byte
	err := s.queryRow(ctx, []any{&data}, `SELECT data FROM articles WHERE id = $1`, id)
	if errors.Is(err, pgx.ErrNoRows) {
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

// PutBrief saves an engine's brief of an article; see Articles. The brief
// is tagged with the article's current text, so that a later PutArticle
// with another text drops it.
func (s *Postgres) PutBrief(ctx context.Context, articleID int64, engine string, b *summarize.Brief) error {
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
	n, err := s.exec(ctx, `INSERT INTO briefs (article_id, engine, text_sha, created_at, data, sentences)
		SELECT id, $2, text_sha, $3, $4, $5 FROM articles WHERE id = $1
		ON CONFLICT (article_id, engine) DO UPDATE SET
			text_sha = excluded.text_sha, created_at = excluded.created_at,
			data = excluded.data, sentences = excluded.sentences`,
		articleID, pgText(engine), s.now(), string(data), string(sents))
	if (err == nil && n == 0) || isPGForeignKey(err) {
		return fmt.Errorf("save brief %d/%s: article: %w", articleID, engine, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("save brief %d/%s: %w", articleID, engine, err)
	}
	return nil
}

// Brief returns an engine's brief of an article; see Articles.
func (s *Postgres) Brief(ctx context.Context, articleID int64, engine string) (*summarize.Brief, error) {
	var data, sents []byte
	err := s.queryRow(ctx, []any{&data, &sents}, `SELECT data, sentences FROM briefs WHERE article_id = $1 AND engine = $2`,
		articleID, pgText(engine))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("read brief %d/%s: %w", articleID, engine, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read brief %d/%s: %w", articleID, engine, err)
	}
	return decodeBrief(data, sents, articleID, engine)
}

// decodeBrief decodes a stored brief and its sentences.
func decodeBrief(data, sents []byte, articleID int64, engine string) (*summarize.Brief, error) {
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
