package store_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/store"
)

func TestOpenURL(t *testing.T) {
	ctx := context.Background()
	sqlitePath := filepath.Join(t.TempDir(), "parley.db")
	tests := []struct {
		name    string
		url     string
		want    string // "sqlite" or "postgres"; "" for an error
		wantErr string
	}{
		{"empty is SQLite", "", "sqlite", ""},
		{"blank is SQLite", "  \n", "sqlite", ""},
		{"other scheme", "mysql://u:secret@db.example/parley", "", `scheme "mysql"`},
		{"not a URL", "host=db.example password=secret", "", "not a URL"},
		{"unreachable server", "postgres://u:secret@127.0.0.1:1/parley?connect_timeout=5", "", "open store postgres 127.0.0.1:1/parley"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := store.OpenURL(ctx, tt.url, sqlitePath, store.Options{})
			if tt.want == "" {
				if err == nil {
					s.Close()
					t.Fatal("OpenURL succeeded, want an error")
				}
				if s != nil {
					t.Errorf("OpenURL returned a store with its error: %#v", s)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want it to say %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "secret") {
					t.Errorf("error shows the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, ok := s.(*store.SQLite); !ok {
				t.Errorf("OpenURL = %T, want *store.SQLite", s)
			}
		})
	}
	t.Run("bad SQLite path", func(t *testing.T) {
		s, err := store.OpenURL(ctx, "", "", store.Options{})
		if err == nil || s != nil {
			t.Errorf("OpenURL with no path = %#v, %v; want nil and an error", s, err)
		}
	})
	t.Run("PostgreSQL", func(t *testing.T) {
		u := newPGSchema(t)
		for _, scheme := range []string{"postgres", "postgresql", "POSTGRES"} {
			_, rest, _ := strings.Cut(u, "://")
			s, err := store.OpenURL(ctx, scheme+"://"+rest, sqlitePath, store.Options{})
			if err != nil {
				t.Fatalf("OpenURL(%s://...): %v", scheme, err)
			}
			if _, ok := s.(*store.Postgres); !ok {
				t.Errorf("OpenURL(%s://...) = %T, want *store.Postgres", scheme, s)
			}
			s.Close()
		}
	})
}
