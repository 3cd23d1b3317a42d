package store

import (
	"context"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

func TestPGText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "thread 123", "thread 123"},
		{"empty", "", ""},
		{"unicode", "Genève \u201cquote\u201d", "Genève \u201cquote\u201d"},
		{"NUL dropped", "a\x00b\x00", "ab"},
		{"invalid UTF-8 replaced", "a\xffb", "a\uFFFDb"},
		{"both", "\x00\xfe\x00", "\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pgText(tt.in); got != tt.want {
				t.Errorf("pgText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPGConfig(t *testing.T) {
	def := max(4, runtime.GOMAXPROCS(0))
	tests := []struct {
		name     string
		url      string
		opts     Options
		wantMax  int
		wantApp  string
		wantLock string // lock_timeout; "" for unset
		wantErr  string // in the error; "" for none
	}{
		{"defaults", "postgres://u:secret@db.example:5433/parley", Options{}, def, "parley", "", ""},
		{"postgresql scheme", "postgresql://u@db.example/parley", Options{}, def, "parley", "", ""},
		{"pool_max_conns", "postgres://u:secret@db.example/parley?pool_max_conns=7&sslmode=disable", Options{}, 7, "parley", "", ""},
		{"MaxConns wins", "postgres://u@db.example/parley?pool_max_conns=7", Options{MaxConns: 3}, 3, "parley", "", ""},
		{"application_name kept", "postgres://u@db.example/parley?application_name=mine", Options{}, def, "mine", "", ""},
		{"BusyTimeout is lock_timeout", "postgres://u@db.example/parley", Options{BusyTimeout: 1500 * time.Millisecond}, def, "parley", "1500", ""},
		{"URL lock_timeout kept", "postgres://u@db.example/parley?lock_timeout=200", Options{BusyTimeout: time.Second}, def, "parley", "200", ""},
		{"keyword=value form", "host=db.example user=u password=secret dbname=parley", Options{}, def, "parley", "", ""},
		{"bad pool_max_conns", "postgres://u:secret@db.example/parley?pool_max_conns=many", Options{}, 0, "", "", "pool_max_conns"},
		{"zero pool_max_conns", "postgres://u:secret@db.example/parley?pool_max_conns=0", Options{}, 0, "", "", "pool_max_conns"},
		{"unparsable URL", "postgres://u:secret@[db.example/parley", Options{}, 0, "", "", "cannot parse"},
		{"bad port", "postgres://u:secret@db.example:port/parley", Options{}, 0, "", "", "cannot parse"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			config, maxConns, err := pgConfig(tt.url, tt.opts)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("pgConfig err = %v, want one saying %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "secret") {
					t.Errorf("error shows the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if maxConns != tt.wantMax {
				t.Errorf("max conns = %d, want %d", maxConns, tt.wantMax)
			}
			if got := config.RuntimeParams["application_name"]; got != tt.wantApp {
				t.Errorf("application_name = %q, want %q", got, tt.wantApp)
			}
			if got := config.RuntimeParams["lock_timeout"]; got != tt.wantLock {
				t.Errorf("lock_timeout = %q, want %q", got, tt.wantLock)
			}
			if _, ok := config.RuntimeParams["pool_max_conns"]; ok {
				t.Error("pool_max_conns would be sent to the server")
			}
		})
	}
}

// testPool returns a pool on the test server, or skips.
func testPool(t *testing.T, max int) *pgPool {
	t.Helper()
	u := os.Getenv("PARLEY_TEST_DATABASE_URL")
	if u == "" {
		t.Skip("PostgreSQL tests skipped: set PARLEY_TEST_DATABASE_URL (CI starts a local server: internal/store/testdata/start-postgres.sh)")
	}
	config, _, err := pgConfig(u, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := newPGPool(config, max)
	t.Cleanup(p.close)
	return p
}

// backendPID returns the server process of a connection.
func backendPID(t *testing.T, c *pgConn) uint32 {
	t.Helper()
	return c.conn.PgConn().PID()
}

func TestPGPool(t *testing.T) {
	ctx := context.Background()

	t.Run("reuses a released connection", func(t *testing.T) {
		p := testPool(t, 2)
		c, err := p.acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pid := backendPID(t, c)
		p.release(c)
		c, err = p.acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer p.release(c)
		if got := backendPID(t, c); got != pid {
			t.Errorf("second acquire got backend %d, want the released %d", got, pid)
		}
	})

	t.Run("replaces a connection the server closed", func(t *testing.T) {
		p := testPool(t, 2)
		p.pingAfter = 0 // ping before every reuse
		c, err := p.acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pid := backendPID(t, c)
		p.release(c)
		killer, err := pgx.ConnectConfig(ctx, p.config)
		if err != nil {
			t.Fatal(err)
		}
		defer killer.Close(ctx)
		if _, err := killer.Exec(ctx, `SELECT pg_terminate_backend($1)`, pid); err != nil {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
		c, err = p.acquire(ctx)
		if err != nil {
			t.Fatalf("acquire after the server closed the idle connection: %v", err)
		}
		defer p.release(c)
		if backendPID(t, c) == pid {
			t.Error("got the closed connection back")
		}
		if err := c.conn.Ping(ctx); err != nil {
			t.Error(err)
		}
	})

	t.Run("drops a connection left in a transaction", func(t *testing.T) {
		p := testPool(t, 2)
		c, err := p.acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.conn.Exec(ctx, `BEGIN`); err != nil {
			t.Fatal(err)
		}
		p.release(c)
		if inUse, idle := p.stat(); inUse != 0 || idle != 0 {
			t.Errorf("after release: %d in use, %d idle; want none", inUse, idle)
		}
		if !c.conn.IsClosed() {
			t.Error("the connection is still open")
		}
	})

	t.Run("waits at most max", func(t *testing.T) {
		p := testPool(t, 2)
		a, err := p.acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		b, err := p.acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		tctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
		defer cancel()
		if _, err := p.acquire(tctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("third acquire of 2: err = %v, want context.DeadlineExceeded", err)
		}
		got := make(chan error, 1)
		go func() {
			c, err := p.acquire(ctx)
			if err == nil {
				p.release(c)
			}
			got <- err
		}()
		p.release(a)
		if err := <-got; err != nil {
			t.Errorf("acquire after a release: %v", err)
		}
		p.release(b)
		if inUse, idle := p.stat(); inUse != 0 || idle != 2 {
			t.Errorf("at the end: %d in use, %d idle; want 0 and 2", inUse, idle)
		}
	})

	t.Run("canceled context", func(t *testing.T) {
		p := testPool(t, 1)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := p.acquire(cctx); !errors.Is(err, context.Canceled) {
			t.Errorf("acquire with a canceled context: err = %v", err)
		}
		if inUse, _ := p.stat(); inUse != 0 {
			t.Errorf("%d in use after a canceled acquire", inUse)
		}
	})

	t.Run("close", func(t *testing.T) {
		p := testPool(t, 2)
		held, err := p.acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		idle, err := p.acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		p.release(idle)
		p.close()
		if !idle.conn.IsClosed() {
			t.Error("close left an idle connection open")
		}
		if _, err := p.acquire(ctx); !errors.Is(err, errClosed) {
			t.Errorf("acquire after close: err = %v, want errClosed", err)
		}
		p.release(held)
		if !held.conn.IsClosed() {
			t.Error("a connection released after close is still open")
		}
	})
}
