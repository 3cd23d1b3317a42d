package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/store/storetest"
)

// newDB makes a database file in a test's temporary directory.
func newDB(t testing.TB) storetest.Opener {
	path := filepath.Join(t.TempDir(), "data", "parley.db")
	return func(t testing.TB, now func() time.Time) (store.Store, error) {
		return store.Open(context.Background(), path, store.Options{Now: now})
	}
}

func TestConformance(t *testing.T) {
	storetest.Run(t, newDB)
}

func BenchmarkSQLite(b *testing.B) {
	storetest.Benchmark(b, newDB)
}

// BenchmarkSQLiteSyncFull measures the cost of Options.SyncFull (an fsync
// per commit).
func BenchmarkSQLiteSyncFull(b *testing.B) {
	storetest.Benchmark(b, func(t testing.TB) storetest.Opener {
		path := filepath.Join(t.TempDir(), "parley.db")
		return func(t testing.TB, now func() time.Time) (store.Store, error) {
			return store.Open(context.Background(), path, store.Options{Now: now, SyncFull: true})
		}
	})
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	notDB := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("this is not a database\n", 200)), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		want []string // all in the error text
	}{
		{"empty path", "", []string{"empty database path"}},
		{"memory", ":memory:", []string{"want a file path"}},
		{"URI", "file:x.db?mode=rw", []string{"want a file path"}},
		{"parent is a file", filepath.Join(notDir, "parley.db"), []string{"create database directory", "not a directory"}},
		{"path is a directory", dir, []string{"is a directory"}},
		{"not a database", notDB, []string{"not a SQLite database", notDB}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := store.Open(ctx, tt.path, store.Options{})
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded, want an error", tt.path)
			}
			t.Log(err)
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Open(%q) error %q does not say %q", tt.path, err, w)
				}
			}
		})
	}
	if b, err := os.ReadFile(notDB); err != nil || !strings.HasPrefix(string(b), "this is not a database") {
		t.Errorf("Open changed the file that is not a database")
	}
}

// TestOpenReadOnlyDirectory opens a database in a directory the process
// cannot write: a directory without write permission, which root ignores,
// else a read-only system directory such as /sys.
func TestOpenReadOnlyDirectory(t *testing.T) {
	locked := filepath.Join(t.TempDir(), "locked")
	if err := os.Mkdir(locked, 0o555); err != nil {
		t.Fatal(err)
	}
	var dir string
	for _, d := range []string{locked, "/sys", "/proc/self"} {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			continue
		}
		f, err := os.CreateTemp(d, "probe")
		if err == nil {
			f.Close()
			os.Remove(f.Name())
			continue // writable here (root ignores permissions)
		}
		dir = d
		break
	}
	if dir == "" {
		t.Skip("no read-only directory available")
	}
	path := filepath.Join(dir, "parley-store-test.db")
	s, err := store.Open(context.Background(), path, store.Options{})
	if err == nil {
		s.Close()
		os.Remove(path)
		t.Fatalf("Open(%s) succeeded in a read-only directory", path)
	}
	if !strings.Contains(err.Error(), "not writable") || !strings.Contains(err.Error(), path) {
		t.Errorf("Open(%s) error = %q, want it to say the path is not writable", path, err)
	}
	t.Logf("read-only %s: %v", dir, err)
}

func TestOpenCreatesDirectories(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b c", "d?#%", "parley.db")
	s, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
	if _, err := s.PutArticle(context.Background(), storetest.Article(1)); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 && !exists(path+"-wal") {
		t.Errorf("database file at %s: %v", path, err)
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func TestNotFoundIsSentinel(t *testing.T) {
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Article(context.Background(), 1)
	if !errors.Is(err, store.ErrNotFound) || !strings.Contains(err.Error(), "read article 1") {
		t.Errorf("err = %v, want a wrapped ErrNotFound naming the action", err)
	}
}

func TestDefaultSettingsOption(t *testing.T) {
	ctx := context.Background()
	def := store.Settings{Model: "local-model", Channels: []string{"c1"}, CooldownSeconds: 3}
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "p.db"), store.Options{DefaultSettings: &def})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	def.Channels[0] = "changed by the caller"
	got, err := s.GuildSettings(ctx, "g")
	if err != nil {
		t.Fatal(err)
	}
	if got.Model != "local-model" || got.CooldownSeconds != 3 || len(got.Channels) != 1 || got.Channels[0] != "c1" {
		t.Errorf("GuildSettings = %+v, want the configured defaults", got)
	}
	got.Channels[0] = "changed by a reader"
	if again, _ := s.GuildSettings(ctx, "g"); again.Channels[0] != "c1" {
		t.Errorf("defaults shared with a caller: %+v", again)
	}
}
