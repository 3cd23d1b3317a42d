package store_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/store/storetest"
)

// pgURLEnv names the PostgreSQL server the tests use. .ci/run sets it to
// the server internal/store/testdata/start-postgres.sh starts.
const pgURLEnv = "PARLEY_TEST_DATABASE_URL"

// pgTestURL returns the test server's URL, or skips the test.
func pgTestURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(pgURLEnv)
	if u == "" {
		t.Skip("PostgreSQL tests skipped: set " + pgURLEnv + " (CI starts a local server: internal/store/testdata/start-postgres.sh)")
	}
	return u
}

// withSearchPath returns connString with search_path set to schema.
func withSearchPath(t testing.TB, connString, schema string) string {
	t.Helper()
	if !strings.Contains(connString, "://") {
		return connString + " search_path=" + schema // keyword=value form
	}
	u, err := url.Parse(connString)
	if err != nil {
		t.Fatalf("%s is not a URL", pgURLEnv)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// newPGSchema creates an empty schema on the test server, dropped at the
// test's end, and returns a URL whose connections use it: each test has
// its own tables, and tests may run at once, from several processes or CI
// runs.
func newPGSchema(t testing.TB) string {
	t.Helper()
	base := pgTestURL(t)
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "parley_test_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", pgURLEnv, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return withSearchPath(t, base, schema)
}

// newPGDB is the conformance suite's NewDB for PostgreSQL.
func newPGDB(t testing.TB) storetest.Opener {
	u := newPGSchema(t)
	return func(t testing.TB, now func() time.Time) (store.Store, error) {
		return store.OpenPostgres(context.Background(), u, store.Options{Now: now})
	}
}

// openPG opens a store on u, closed at the test's end.
func openPG(t testing.TB, u string, opts store.Options) *store.Postgres {
	t.Helper()
	s, err := store.OpenPostgres(context.Background(), u, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestPostgresConformance(t *testing.T) {
	pgTestURL(t)
	storetest.Run(t, newPGDB)
}

// TestPostgresQueryExecModes runs the suite in pgx's other query exec
// modes, which a URL may choose: exec and describe_exec prepare nothing
// that lasts, and simple_protocol, for PgBouncer's transaction pooling,
// sends batches as one multi-statement query.
func TestPostgresQueryExecModes(t *testing.T) {
	pgTestURL(t)
	if testing.Short() {
		t.Skip("the suite again in each mode")
	}
	for _, mode := range []string{"exec", "describe_exec", "simple_protocol"} {
		t.Run(mode, func(t *testing.T) {
			storetest.Run(t, func(t testing.TB) storetest.Opener {
				u := newPGSchema(t)
				sep := "&"
				if !strings.Contains(u, "?") {
					sep = "?"
				}
				u += sep + "default_query_exec_mode=" + mode
				return func(t testing.TB, now func() time.Time) (store.Store, error) {
					return store.OpenPostgres(context.Background(), u, store.Options{Now: now})
				}
			})
		})
	}
}

func BenchmarkPostgres(b *testing.B) {
	pgTestURL(b)
	storetest.Benchmark(b, newPGDB)
}

// TestPostgresConcurrentOpen starts stores on an empty schema at once, as
// processes starting together do: the migration lock lets one create the
// tables while the others wait, and each migration is recorded once.
func TestPostgresConcurrentOpen(t *testing.T) {
	u := newPGSchema(t)
	ctx := context.Background()
	const n = 6
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := store.OpenPostgres(ctx, u, store.Options{})
			if err != nil {
				errs[i] = err
				return
			}
			errs[i] = s.Close()
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("store %d: %v", i, err)
		}
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var rows, versions int
	if err := conn.QueryRow(ctx, `SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations`).Scan(&rows, &versions); err != nil {
		t.Fatal(err)
	}
	if rows == 0 || rows != versions {
		t.Errorf("schema_migrations has %d rows for %d versions, want one row per version", rows, versions)
	}
}

func TestPostgresOpenErrors(t *testing.T) {
	ctx := context.Background()
	base := pgTestURL(t)

	t.Run("newer schema", func(t *testing.T) {
		u := newPGSchema(t)
		openPG(t, u, store.Options{}).Close()
		conn, err := pgx.Connect(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', now())`); err != nil {
			t.Fatal(err)
		}
		_, err = store.OpenPostgres(ctx, u, store.Options{})
		if err == nil || !strings.Contains(err.Error(), "newer than this program knows") {
			t.Errorf("OpenPostgres on a newer schema: err = %v", err)
		}
	})
	t.Run("no such schema", func(t *testing.T) {
		_, err := store.OpenPostgres(ctx, withSearchPath(t, base, "parley_no_such_schema"), store.Options{})
		if err == nil || !strings.Contains(err.Error(), "names no existing schema") {
			t.Errorf("OpenPostgres with a missing schema: err = %v", err)
		}
	})
	t.Run("wrong password", func(t *testing.T) {
		u, err := url.Parse(base)
		if err != nil || u.User == nil {
			t.Skip("needs a URL with a user")
		}
		u.User = url.UserPassword(u.User.Username(), "wrong-secret-password")
		_, err = store.OpenPostgres(ctx, u.String(), store.Options{})
		if err == nil {
			t.Skip("the server trusts this user: any password logs in")
		}
		t.Log(err)
		if strings.Contains(err.Error(), "wrong-secret-password") {
			t.Errorf("error shows the password: %v", err)
		}
	})
}

// TestPostgresClosed checks that calls on a closed store fail cleanly.
func TestPostgresClosed(t *testing.T) {
	s := openPG(t, newPGSchema(t), store.Options{})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	_, err := s.Article(context.Background(), 1)
	if err == nil || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Article on a closed store: err = %v", err)
	}
}

// TestPostgresText checks what PostgreSQL text columns cannot hold: NUL
// bytes are dropped and invalid UTF-8 replaced, in keys and lookups alike,
// and article data keeps them.
func TestPostgresText(t *testing.T) {
	ctx := context.Background()
	s := openPG(t, newPGSchema(t), store.Options{})
	a := storetest.Article(1)
	a.CanonicalURL = "https://nul.example/\x00a"
	a.Title = "Title with a NUL \x00 and bad \xff UTF-8"
	a.Text = "Text with a NUL \x00 byte."
	id, err := s.PutArticle(ctx, a)
	if err != nil {
		t.Fatalf("PutArticle: %v", err)
	}
	got, gotID, err := s.ArticleByURL(ctx, a.CanonicalURL, 0)
	if err != nil || gotID != id {
		t.Fatalf("ArticleByURL = %d, %v; want %d", gotID, err, id)
	}
	if got.Text != a.Text {
		t.Errorf("Text = %q, want %q", got.Text, a.Text)
	}
	if err := s.Bind(ctx, store.Binding{GuildID: "g\x00", ThreadID: "t\x00", ArticleID: id}); err != nil {
		t.Fatalf("Bind: %v", err)
	}
	if b, err := s.BindingByThread(ctx, "t\x00"); err != nil || b.ThreadID != "t" {
		t.Errorf("BindingByThread = %+v, %v", b, err)
	}
	refs, err := s.RecentArticles(ctx, "g", 10)
	if err != nil || len(refs) != 1 || refs[0].Title != "Title with a NUL  and bad \uFFFD UTF-8" {
		t.Errorf("RecentArticles = %+v, %v", refs, err)
	}
	if _, err := s.AddTurn(ctx, store.Turn{ThreadID: "t", ArticleID: id, Question: "q\x00?"}); err != nil {
		t.Errorf("AddTurn: %v", err)
	}
}

// TestPostgresBudgetLockWait checks that a reservation waiting for another
// one's lock gives up with its context, or after Options.BusyTimeout, and
// that the store works on afterwards.
func TestPostgresBudgetLockWait(t *testing.T) {
	ctx := context.Background()
	u := newPGSchema(t)
	s := openPG(t, u, store.Options{})
	impatient := openPG(t, u, store.Options{BusyTimeout: 100 * time.Millisecond})
	since := storetest.Epoch()
	r := store.Reservation{GuildID: "g", UserID: "u", Tokens: 1, Since: since, GuildLimit: 10, At: since}

	// Another process holds the guild's budget lock.
	holder, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close(ctx)
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended('parley budget ' || current_schema() || ' ' || $1::text, 0))`, "g"); err != nil {
		t.Fatal(err)
	}

	tctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := s.ReserveTokens(tctx, r); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("ReserveTokens while locked: err = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("ReserveTokens gave up after %s", d)
	}
	if _, err := impatient.ReserveTokens(ctx, r); err == nil || !strings.Contains(err.Error(), "lock timeout") {
		t.Errorf("ReserveTokens with BusyTimeout while locked: err = %v, want a lock timeout", err)
	}
	// A guild whose lock is free is not held up.
	other := r
	other.GuildID = "other"
	if g, err := s.ReserveTokens(ctx, other); err != nil || !g.OK {
		t.Errorf("ReserveTokens(other guild) = %+v, %v", g, err)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	for _, st := range []*store.Postgres{s, impatient} {
		if g, err := st.ReserveTokens(ctx, r); err != nil || !g.OK {
			t.Errorf("ReserveTokens after the lock was released = %+v, %v", g, err)
		}
	}
	if gu, _, err := s.UsageSince(ctx, "g", "u", since); err != nil || gu != 2 {
		t.Errorf("usage = %d, %v; want 2", gu, err)
	}
}
