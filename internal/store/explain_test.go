package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

func TestWhy(t *testing.T) {
	// A real SQLite error of each kind, from the driver.
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, full := s.write.Exec(`SELECT raise_full()`) // no such function: not a full disk
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"ENOSPC wrapped", fmt.Errorf("put article: %w", syscall.ENOSPC), "the disk is full"},
		{"sqlite's words", errors.New("database or disk is full (13)"), "the disk is full"},
		{"disk I/O error", errors.New("disk I/O error (10)"), "disk I/O error"},
		{"postgres disk_full", fmt.Errorf("put: %w", &pgconn.PgError{Code: "53100"}), "disk is full"},
		{"another error", full, "no such function"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Why(tt.err); !strings.Contains(got, tt.want) {
				t.Errorf("Why(%v) = %q, want %q", tt.err, got, tt.want)
			}
		})
	}
	// SQLITE_FULL from the engine itself: a page-count cap makes the
	// database "full" without filling a disk.
	if _, err := s.write.Exec(`PRAGMA max_page_count = 1`); err != nil {
		t.Fatal(err)
	}
	_, err = s.write.Exec(`CREATE TABLE filler (x)`)
	if err == nil {
		t.Skip("the database did not fill up")
	}
	if got := Why(err); got != "the disk is full" {
		t.Errorf("Why(%v) = %q, want the disk is full", err, got)
	}
}
