package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// DefaultPath is a sensible database path for a local run, relative to the
// working directory. In Docker, point the configuration at a volume instead.
const DefaultPath = "data/parley.db"

// DefaultBusyTimeout is how long a connection waits for a lock held by
// another connection or process before failing with SQLITE_BUSY.
const DefaultBusyTimeout = 5 * time.Second

// Options tune a store, SQLite (Open) or PostgreSQL (OpenPostgres). The zero
// value is ready to use. Fields marked SQLite or PostgreSQL apply to that
// store only.
type Options struct {
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// BusyTimeout is how long to wait for a lock. SQLite: 0 means
	// DefaultBusyTimeout. PostgreSQL: the session's lock_timeout, when
	// positive; 0 leaves the server's (by default none: the context bounds
	// the wait).
	BusyTimeout time.Duration
	// MaxReaders caps the read connections (SQLite); 0 means
	// max(4, GOMAXPROCS).
	MaxReaders int
	// MaxConns caps the connections to the server (PostgreSQL); 0 means
	// the URL's pool_max_conns, else max(4, GOMAXPROCS).
	MaxConns int
	// DefaultSettings are the settings of a guild that set none; nil means
	// DefaultSettings().
	DefaultSettings *Settings
	// SyncFull makes every commit wait until the write-ahead log is on
	// disk (synchronous=FULL), so that a power cut loses no committed
	// transaction. By default (synchronous=NORMAL) a killed process loses
	// nothing committed either, and a power cut at worst the last commits.
	// SQLite only: PostgreSQL follows the server's synchronous_commit.
	SyncFull bool
	// Logger receives notes about migrations; nil discards them.
	Logger *slog.Logger
}

// SQLite is the Store on one SQLite file. Writes go through a single
// connection in IMMEDIATE transactions, one at a time; reads go through a
// pool of read-only connections that WAL mode lets run beside the writer.
type SQLite struct {
	path     string
	write    *sql.DB // one connection, BEGIN IMMEDIATE
	read     *sql.DB // query_only pool
	now      func() time.Time
	defaults Settings

	closeOnce sync.Once
	closeErr  error
}

var _ Store = (*SQLite)(nil)

// Open opens (creating when absent) the SQLite database at path, creating its
// directory as needed, and applies the embedded migrations it lacks. The
// directory must be writable: WAL mode keeps -wal and -shm files beside the
// database. It fails with a clear error when the path cannot be written or
// the file is not a SQLite database.
func Open(ctx context.Context, path string, opts Options) (*SQLite, error) {
	if path == "" {
		return nil, errors.New("open store: empty database path")
	}
	if path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("open store %s: want a file path, not a SQLite URI or :memory:", path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := prepareFile(abs); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}

	s := &SQLite{path: abs, now: opts.Now, defaults: DefaultSettings()}
	if s.now == nil {
		s.now = time.Now
	}
	if opts.DefaultSettings != nil {
		s.defaults = *opts.DefaultSettings
		s.defaults.Channels = append([]string(nil), opts.DefaultSettings.Channels...)
	}
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = DefaultBusyTimeout
	}
	readers := opts.MaxReaders
	if readers <= 0 {
		readers = max(4, runtime.GOMAXPROCS(0))
	}
	syncMode := "NORMAL"
	if opts.SyncFull {
		syncMode = "FULL"
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}

	// The writer sets WAL mode (persistent in the file) before any reader
	// connects.
	s.write, err = sql.Open("sqlite", dsn(abs, busy, []string{
		"journal_mode(WAL)",
		"synchronous(" + syncMode + ")",
		"foreign_keys(1)",
		"secure_delete(1)", // forgotten threads do not linger in free pages
		"journal_size_limit(67108864)",
	}, "immediate"))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s.write.SetMaxOpenConns(1)
	s.write.SetMaxIdleConns(1)
	s.write.SetConnMaxLifetime(0)
	s.write.SetConnMaxIdleTime(0)
	if err := retryBusy(ctx, busy, func() error {
		if err := s.write.PingContext(ctx); err != nil {
			return err
		}
		return migrate(ctx, s.write, s.now, logger)
	}); err != nil {
		s.write.Close()
		return nil, fmt.Errorf("open store %s: %w", path, explainOpen(err))
	}

	s.read, err = sql.Open("sqlite", dsn(abs, busy, []string{
		"foreign_keys(1)",
		"query_only(1)",
	}, ""))
	if err != nil {
		s.write.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s.read.SetMaxOpenConns(readers)
	s.read.SetMaxIdleConns(readers)
	s.read.SetConnMaxIdleTime(5 * time.Minute)
	if err := s.read.PingContext(ctx); err != nil {
		s.read.Close()
		s.write.Close()
		return nil, fmt.Errorf("open store %s: %w", path, explainOpen(err))
	}
	return s, nil
}

// Path returns the absolute path of the database file.
func (s *SQLite) Path() string { return s.path }

// Close closes both connection pools. The last connection to close
// checkpoints the write-ahead log into the database file.
func (s *SQLite) Close() error {
	s.closeOnce.Do(func() {
		// Best effort: refresh the query planner's statistics, as SQLite
		// recommends before closing; a failure here harms nothing.
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_, _ = s.write.ExecContext(ctx, `PRAGMA optimize`)
		cancel()
		errR := s.read.Close()
		errW := s.write.Close()
		if err := errors.Join(errR, errW); err != nil {
			s.closeErr = fmt.Errorf("close store %s: %w", s.path, err)
		}
	})
	return s.closeErr
}

// prepareFile creates the directory of path and checks, with the operating
// system's own words, that the file and its directory can be written: SQLite
// would only say "unable to open database file".
func prepareFile(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("create database directory: %w", err)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a directory, not a database file", path)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("database file is not writable: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("database file: %w", err)
	}
	probe, err := os.CreateTemp(dir, ".parley-write-probe-*")
	if err != nil {
		return fmt.Errorf("database directory %s is not writable (it holds the -wal and -shm files): %w", dir, err)
	}
	name := probe.Name()
	probe.Close()
	if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove write probe: %w", err)
	}
	return nil
}

// dsn builds a modernc.org/sqlite data source name: a file: URI (so that
// any character in the path is escaped) with the driver's parameters.
func dsn(path string, busy time.Duration, pragmas []string, txlock string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(busy.Milliseconds(), 10)+")")
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	if txlock != "" {
		q.Set("_txlock", txlock)
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path), OmitHost: true}
	return u.String() + "?" + q.Encode()
}

// retryBusy runs f until it succeeds, fails with another error than
// SQLITE_BUSY, or busy has passed. Switching a new database to WAL mode
// needs an exclusive lock, and SQLite does not call the busy handler for
// it: when several processes create one database at once, all but one get
// SQLITE_BUSY at once whatever the busy timeout. Each try takes a fresh
// connection (a failed pragma discards the connection), so the pragmas run
// again.
func retryBusy(ctx context.Context, busy time.Duration, f func() error) error {
	deadline := time.Now().Add(busy)
	for attempt := 1; ; attempt++ {
		err := f()
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		wait := time.Duration(min(attempt, 10)) * 5 * time.Millisecond
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(wait):
		}
	}
}

// isBusy reports whether err is SQLITE_BUSY or SQLITE_LOCKED (any extended code).
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}

// explainOpen puts words on the SQLite errors a bad path gives.
func explainOpen(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_NOTADB:
		return fmt.Errorf("the file is not a SQLite database (or is encrypted or corrupt): %w", err)
	case sqlite3.SQLITE_CORRUPT:
		return fmt.Errorf("the database is corrupt: %w", err)
	case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
		return fmt.Errorf("cannot open the database for writing (the file and its directory must be writable): %w", err)
	}
	return err
}

// tx runs f in one IMMEDIATE transaction on the writer and commits it.
func (s *SQLite) tx(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// micros and fromMicros convert times to and from the stored form.
func micros(t time.Time) int64 { return t.UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }

// at returns t, or the current time when t is zero.
func (s *SQLite) at(t time.Time) time.Time {
	if t.IsZero() {
		return s.now()
	}
	return t
}

// isForeignKey reports whether err is a foreign key constraint failure,
// which here means that the article referred to is gone.
func isForeignKey(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
}

// nullable stores an empty id as NULL so that UNIQUE ignores it.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
