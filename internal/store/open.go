package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// OpenURL opens the store the configuration chooses: PostgreSQL when
// databaseURL (DATABASE_URL) is set, as a postgres:// or postgresql:// URL,
// so that several bot processes share one database; else the embedded
// SQLite database at sqlitePath. A databaseURL of another kind is an error
// rather than a silent fall back to SQLite, which would split the state of
// processes meant to share it.
func OpenURL(ctx context.Context, databaseURL, sqlitePath string, opts Options) (Store, error) {
	databaseURL = strings.TrimSpace(databaseURL)
	if databaseURL == "" {
		s, err := Open(ctx, sqlitePath, opts)
		if err != nil {
			return nil, err // not a typed nil in the interface
		}
		return s, nil
	}
	scheme, rest, ok := strings.Cut(databaseURL, "://")
	switch strings.ToLower(scheme) {
	case "postgres", "postgresql":
		if !ok {
			break
		}
		s, err := OpenPostgres(ctx, strings.ToLower(scheme)+"://"+rest, opts)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	if !ok || !isScheme(scheme) {
		// Say nothing of the value: it may hold a password.
		return nil, errors.New("open store: DATABASE_URL is not a URL: want postgres://user:password@host:port/database, or leave it empty for SQLite")
	}
	return nil, fmt.Errorf("open store: DATABASE_URL has scheme %q: want postgres:// or postgresql://, or leave it empty for SQLite", scheme)
}

// isScheme reports whether s can be a URL scheme (RFC 3986): a letter,
// then letters, digits, "+", "-" and ".".
func isScheme(s string) bool {
	for i, r := range s {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
		case i > 0 && ('0' <= r && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return s != ""
}
