package store

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
)

//go:embed migrations/postgres/*.sql
var postgresMigrations embed.FS

// pgMigrateLockSQL takes the migration lock of the current schema until the
// transaction ends. Keys derive from the schema's name, so that stores in
// different schemas of one database never wait for each other.
const pgMigrateLockSQL = `SELECT pg_advisory_xact_lock(hashtextextended('parley migrate ' || current_schema(), 0))`

// loadPostgresMigrations returns the embedded PostgreSQL migrations.
func loadPostgresMigrations() ([]migration, error) {
	return loadMigrations(postgresMigrations, "migrations/postgres")
}

// migratePostgres applies the embedded migrations the schema lacks, all in
// one transaction that holds the schema's migration lock: a process that
// starts while another migrates waits, then finds the work done. A schema
// written by a newer binary is refused.
func migratePostgres(ctx context.Context, c *pgx.Conn, now func() time.Time, logger *slog.Logger) error {
	ms, err := loadPostgresMigrations()
	if err != nil {
		return err
	}
	var applied []migration
	err = pgx.BeginTxFunc(ctx, c, pgx.TxOptions{}, func(tx pgx.Tx) error {
		applied = nil
		var schema *string
		if err := tx.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
			return fmt.Errorf("read current schema: %w", err)
		}
		if schema == nil {
			var path string
			if err := tx.QueryRow(ctx, `SHOW search_path`).Scan(&path); err != nil {
				return fmt.Errorf("read search_path: %w", err)
			}
			return fmt.Errorf("no schema to create the tables in: search_path %q names no existing schema (create it, or set search_path in the URL)", path)
		}
		if _, err := tx.Exec(ctx, pgMigrateLockSQL); err != nil {
			return fmt.Errorf("take the migration lock: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    integer     PRIMARY KEY,
			name       text        NOT NULL,
			applied_at timestamptz NOT NULL
		)`); err != nil {
			return fmt.Errorf("create schema_migrations in schema %s: %w", *schema, err)
		}
		var newest int
		if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&newest); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		if newest > len(ms) {
			return fmt.Errorf("schema %s has version %d, newer than this program knows (%d): run a newer Parley", *schema, newest, len(ms))
		}
		for _, m := range ms[newest:] {
			// No arguments: pgx sends the file as one simple query, which
			// may hold many statements.
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("apply migration %04d_%s: %w", m.version, m.name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
				m.version, m.name, now()); err != nil {
				return fmt.Errorf("record migration %04d_%s: %w", m.version, m.name, err)
			}
			applied = append(applied, m)
		}
		return nil
	})
	if err != nil {
		if pgCode(err) == "25006" { // read_only_sql_transaction
			return fmt.Errorf("the database is read-only (a standby?): %w", err)
		}
		return err
	}
	for _, m := range applied {
		logger.LogAttrs(ctx, slog.LevelInfo, "store: applied migration",
			slog.Int("version", m.version), slog.String("name", m.name))
	}
	return nil
}
