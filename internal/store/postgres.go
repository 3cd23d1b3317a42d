package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Postgres is the Store on a PostgreSQL database, for a bot that runs as
// several processes: all state is in the database, so budgets, the URL
// cache and thread bindings hold across processes. Each call is one
// statement, or one batch of statements sent in one round trip and run as
// one implicit transaction; ReserveTokens serializes the reservations of a
// guild with a transaction-scoped advisory lock.
//
// The tables live in the schema the connection's search_path selects
// (public by default; set search_path in the URL to use another). Text
// columns cannot hold NUL bytes in PostgreSQL: they are dropped, and
// invalid UTF-8 is replaced, in ids, titles, questions and answers (article
// and brief data keep them, as JSON escapes). JSON goes to the server as
// text, so that every pgx query exec mode works, simple_protocol (for
// PgBouncer's transaction pooling) included. It needs PostgreSQL 11 or
// newer.
type Postgres struct {
	pool     *pgPool
	name     string // host:port/database, for messages; never the password
	now      func() time.Time
	defaults Settings

	closeOnce sync.Once
}

var _ Store = (*Postgres)(nil)

// pgMaxAttempts is how many times a call is tried when PostgreSQL aborts
// it for a deadlock, a serialization failure or a lost race on a unique
// key, or when a connection failed before the call reached the server.
const pgMaxAttempts = 5

// OpenPostgres connects to the PostgreSQL database at url (postgres:// or
// postgresql://, or any connection string pgx accepts) and applies the
// embedded migrations it lacks, under an advisory lock, so that several
// processes may start at once. Besides pgx's parameters, the URL may set
// pool_max_conns, the most connections the store opens (else
// opts.MaxConns, else max(4, GOMAXPROCS)), and any server setting such as
// search_path. Of opts, Now, DefaultSettings, Logger, MaxConns and
// BusyTimeout (as lock_timeout) apply.
func OpenPostgres(ctx context.Context, url string, opts Options) (*Postgres, error) {
	config, maxConns, err := pgConfig(url, opts)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	s := &Postgres{
		pool:     newPGPool(config, maxConns),
		name:     fmt.Sprintf("postgres %s:%d/%s", config.Host, config.Port, config.Database),
		now:      opts.Now,
		defaults: DefaultSettings(),
	}
	if s.now == nil {
		s.now = time.Now
	}
	if opts.DefaultSettings != nil {
		s.defaults = *opts.DefaultSettings
		s.defaults.Channels = append([]string(nil), opts.DefaultSettings.Channels...)
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	err = s.run(ctx, func(c *pgx.Conn) error { return migratePostgres(ctx, c, s.now, logger) })
	if err != nil {
		s.pool.close()
		return nil, fmt.Errorf("open store %s: %w", s.name, err)
	}
	return s, nil
}

// pgConfig parses a connection string and applies opts to it.
func pgConfig(connString string, opts Options) (*pgx.ConnConfig, int, error) {
	maxConns := opts.MaxConns
	if strings.HasPrefix(connString, "postgres://") || strings.HasPrefix(connString, "postgresql://") {
		u, err := url.Parse(connString)
		if err != nil {
			// url's error would quote the password: say where instead.
			return nil, 0, errors.New("cannot parse the PostgreSQL URL: want postgres://user:password@host:port/database?param=value")
		}
		q := u.Query()
		if v := q.Get("pool_max_conns"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return nil, 0, fmt.Errorf("pool_max_conns=%q in the PostgreSQL URL: want a positive number", v)
			}
			if maxConns <= 0 {
				maxConns = n
			}
			q.Del("pool_max_conns")
			u.RawQuery = q.Encode()
			connString = u.String()
		}
	}
	if maxConns <= 0 {
		maxConns = max(4, runtime.GOMAXPROCS(0))
	}
	config, err := pgx.ParseConfig(connString) // its errors hide the password
	if err != nil {
		return nil, 0, err
	}
	if _, ok := config.RuntimeParams["application_name"]; !ok {
		config.RuntimeParams["application_name"] = "parley"
	}
	if _, ok := config.RuntimeParams["lock_timeout"]; !ok && opts.BusyTimeout > 0 {
		config.RuntimeParams["lock_timeout"] = strconv.FormatInt(max(1, opts.BusyTimeout.Milliseconds()), 10)
	}
	return config, maxConns, nil
}

// Name returns the server and database the store is on, as
// "postgres host:port/database", for logs.
func (s *Postgres) Name() string { return s.name }

// Close closes the connections. Calls in progress finish first, each
// closing its connection at its end.
func (s *Postgres) Close() error {
	s.closeOnce.Do(s.pool.close)
	return nil
}

// run runs f on a connection of the pool.
func (s *Postgres) run(ctx context.Context, f func(c *pgx.Conn) error) error {
	c, err := s.pool.acquire(ctx)
	if err != nil {
		return err
	}
	defer s.pool.release(c)
	return f(c.conn)
}

// retry runs f on a connection until it succeeds, fails for good, or
// pgMaxAttempts tries failed for transient reasons.
func (s *Postgres) retry(ctx context.Context, f func(c *pgx.Conn) error) error {
	for attempt := 1; ; attempt++ {
		err := s.run(ctx, f)
		if err == nil || attempt == pgMaxAttempts || ctx.Err() != nil || !pgTransient(err) {
			return err
		}
	}
}

// batch sends the statements that fill adds to one batch: one round trip,
// run by the server as one implicit transaction, all or nothing. Results
// reach the callbacks set on the queued statements. fill runs again when
// the batch is retried, so it must reset what its callbacks set.
func (s *Postgres) batch(ctx context.Context, fill func(b *pgx.Batch)) error {
	return s.retry(ctx, func(c *pgx.Conn) error {
		b := &pgx.Batch{}
		fill(b)
		return c.SendBatch(ctx, b).Close()
	})
}

// tx runs f in a READ COMMITTED transaction and commits it, for writes
// that depend on what they read. f runs again when the transaction is
// retried, so it must reset what it sets.
func (s *Postgres) tx(ctx context.Context, f func(tx pgx.Tx) error) error {
	return s.retry(ctx, func(c *pgx.Conn) error {
		return pgx.BeginTxFunc(ctx, c, pgx.TxOptions{}, f)
	})
}

// queryRow runs a one-row query and scans it into dest.
func (s *Postgres) queryRow(ctx context.Context, dest []any, query string, args ...any) error {
	return s.retry(ctx, func(c *pgx.Conn) error {
		return c.QueryRow(ctx, query, args...).Scan(dest...)
	})
}

// exec runs one statement and returns the rows it changed.
func (s *Postgres) exec(ctx context.Context, query string, args ...any) (int64, error) {
	var n int64
	err := s.retry(ctx, func(c *pgx.Conn) error {
		tag, err := c.Exec(ctx, query, args...)
		n = tag.RowsAffected()
		return err
	})
	return n, err
}

// PostgreSQL error codes the store acts on.
const (
	pgForeignKeyViolation = "23503"
	pgUniqueViolation     = "23505"
	pgSerializationFail   = "40001"
	pgDeadlockDetected    = "40P01"
)

// pgCode returns the SQLSTATE of a server error, or "".
func pgCode(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code
	}
	return ""
}

// pgTransient reports whether trying again may succeed: the server
// aborted the transaction for a deadlock or a serialization failure, two
// binds raced for one thread, or the connection failed before anything was
// sent (an idle connection the server had closed).
func pgTransient(err error) bool {
	switch pgCode(err) {
	case pgSerializationFail, pgDeadlockDetected, pgUniqueViolation:
		return true
	case "":
		return pgconn.SafeToRetry(err)
	}
	return false
}

// isPGForeignKey reports whether err is a foreign key violation, which
// here means that the article referred to is gone.
func isPGForeignKey(err error) bool { return pgCode(err) == pgForeignKeyViolation }

// pgText makes s storable in a PostgreSQL text column, which holds valid
// UTF-8 without NUL bytes: NULs are dropped, invalid bytes replaced by
// U+FFFD. Other strings are returned as they are.
func pgText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
}

// pgNullable stores an empty id as NULL, so that UNIQUE ignores it.
func pgNullable(s string) any {
	if s == "" {
		return nil
	}
	return pgText(s)
}

// at returns t, or the current time when t is zero.
func (s *Postgres) at(t time.Time) time.Time {
	if t.IsZero() {
		return s.now()
	}
	return t
}

// pgTime returns a time read from PostgreSQL (in the local zone) in UTC.
func pgTime(t time.Time) time.Time { return t.UTC() }
