package store

import (
	"errors"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Why says in a few words why a write to the store failed, for the one line
// a user reads ("the brief was not saved: the disk is full"): the disk is
// full (SQLITE_FULL, ENOSPC, PostgreSQL's disk_full), the disk could not be
// written, the database is read-only or busy; otherwise the error itself.
func Why(err error) string {
	if err == nil {
		return ""
	}
	if errors.Is(err, syscall.ENOSPC) {
		return "the disk is full"
	}
	if errors.Is(err, syscall.EDQUOT) {
		return "the disk quota is used up"
	}
	if errors.Is(err, syscall.EROFS) {
		return "the disk is read-only"
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_FULL:
			return "the disk is full"
		case sqlite3.SQLITE_IOERR:
			return "the disk could not be written (a disk I/O error: is it full?)"
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
			return "the database is read-only"
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return "the database is busy (another process holds a lock)"
		case sqlite3.SQLITE_CANTOPEN:
			return "the database file cannot be opened"
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return "the database is damaged"
		}
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "53100":
			return "the database server's disk is full"
		case "53200":
			return "the database server is out of memory"
		case "25006":
			return "the database is read-only"
		}
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "database or disk is full"), strings.Contains(msg, "no space left on device"):
		return "the disk is full"
	case strings.Contains(msg, "disk I/O error"):
		return "the disk could not be written (a disk I/O error: is it full?)"
	}
	return msg
}
