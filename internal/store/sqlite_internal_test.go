package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func openTest(t *testing.T, path string) *SQLite {
	t.Helper()
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestPragmas(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, filepath.Join(t.TempDir(), "p.db"))
	tests := []struct {
		name   string
		query  string
		writer string
		reader string
	}{
		{"WAL mode", "PRAGMA journal_mode", "wal", "wal"},
		{"busy timeout", "PRAGMA busy_timeout", "5000", "5000"},
		{"foreign keys", "PRAGMA foreign_keys", "1", "1"},
		{"synchronous NORMAL", "PRAGMA synchronous", "1", "2"},
		{"readers are read-only", "PRAGMA query_only", "0", "1"},
		{"secure delete", "PRAGMA secure_delete", "1", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w, r string
			if err := s.write.QueryRowContext(ctx, tt.query).Scan(&w); err != nil {
				t.Fatal(err)
			}
			if err := s.read.QueryRowContext(ctx, tt.query).Scan(&r); err != nil {
				t.Fatal(err)
			}
			if w != tt.writer || r != tt.reader {
				t.Errorf("%s: writer %s, reader %s; want %s, %s", tt.query, w, r, tt.writer, tt.reader)
			}
		})
	}
	if _, err := s.read.ExecContext(ctx, `DELETE FROM articles`); err == nil {
		t.Error("a reader connection could write")
	}
}

func TestSyncFull(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "p.db"), Options{SyncFull: true, BusyTimeout: 1500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var sync, busy string
	if err := s.write.QueryRow(`SELECT (SELECT synchronous FROM pragma_synchronous), (SELECT timeout FROM pragma_busy_timeout)`).Scan(&sync, &busy); err != nil {
		t.Fatal(err)
	}
	if sync != "2" || busy != "1500" {
		t.Errorf("synchronous %s, busy_timeout %s; want 2 (FULL), 1500", sync, busy)
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	want, err := loadMigrations(sqliteMigrations, "migrations/sqlite")
	if err != nil {
		t.Fatal(err)
	}
	for round := range 3 {
		s, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("open #%d: %v", round+1, err)
		}
		var n, newest int
		if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&n, &newest); err != nil {
			t.Fatal(err)
		}
		if n != len(want) || newest != len(want) {
			t.Errorf("open #%d: %d migrations recorded, newest %d; want %d", round+1, n, newest, len(want))
		}
		s.Close()
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	s := openTest(t, path)
	if _, err := s.write.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(ctx, path, Options{})
	if err == nil || !strings.Contains(err.Error(), "newer than this program") {
		t.Errorf("Open of a newer schema: err = %v, want a refusal", err)
	}
}

func TestLoadMigrations(t *testing.T) {
	tests := []struct {
		name    string
		files   fstest.MapFS
		want    []int
		wantErr string
	}{
		{"sorted", fstest.MapFS{"m/0002_b.sql": {Data: []byte("B")}, "m/0001_a.sql": {Data: []byte("A")}, "m/README": {}}, []int{1, 2}, ""},
		{"gap", fstest.MapFS{"m/0001_a.sql": {}, "m/0003_c.sql": {}}, nil, "must run 1, 2, 3"},
		{"bad name", fstest.MapFS{"m/first.sql": {}}, nil, "want a name like"},
		{"zero", fstest.MapFS{"m/0000_x.sql": {}}, nil, "want a name like"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := loadMigrations(tt.files, "m")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, m := range ms {
				got = append(got, m.version)
			}
			if len(got) != len(tt.want) || got[0] != 1 || got[1] != 2 || ms[0].sql != "A" || ms[0].name != "a" {
				t.Errorf("migrations = %+v, want versions %v", ms, tt.want)
			}
		})
	}
}

// TestSettingsDecodeOverDefaults: a field added after a guild saved its
// settings takes the default, not the zero value.
func TestSettingsDecodeOverDefaults(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, filepath.Join(t.TempDir(), "p.db"))
	if _, err := s.write.ExecContext(ctx, `INSERT INTO guild_settings (guild_id, retention_days, data, updated_at)
		VALUES ('g', 0, '{"llm_enabled": false, "model": "old"}', 0)`); err != nil {
		t.Fatal(err)
	}
	got, err := s.GuildSettings(ctx, "g")
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultSettings()
	want.LLMEnabled, want.Model = false, "old"
	if got.LLMEnabled != want.LLMEnabled || got.Model != want.Model || got.DailyLLMTokens != want.DailyLLMTokens || got.CooldownSeconds != want.CooldownSeconds {
		t.Errorf("GuildSettings = %+v, want %+v", got, want)
	}
}

func TestDSNEscapesPath(t *testing.T) {
	got := dsn("/tmp/a b/c?d#e%f.db", time.Second, []string{"foreign_keys(1)"}, "immediate")
	want := "file:/tmp/a%20b/c%3Fd%23e%25f.db?_pragma=busy_timeout%281000%29&_pragma=foreign_keys%281%29&_txlock=immediate"
	if got != want {
		t.Errorf("dsn =\n%s\nwant\n%s", got, want)
	}
}
