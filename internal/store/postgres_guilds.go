package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// GuildSettings returns a guild's settings over the defaults; see Guilds.
func (s *Postgres) GuildSettings(ctx context.Context, guildID string) (Settings, error) {
	set := s.defaults
	set.Channels = append([]string(nil), s.defaults.Channels...)
	var data []byte
	err := s.queryRow(ctx, []any{&data}, `SELECT data FROM guild_settings WHERE guild_id = $1`, pgText(guildID))
	if errors.Is(err, pgx.ErrNoRows) {
		return normalizeSettings(set), nil
	}
	if err != nil {
		return Settings{}, fmt.Errorf("read settings of guild %s: %w", guildID, err)
	}
	// Decoding over the defaults keeps them for fields added after the
	// guild saved its settings.
	if err := json.Unmarshal(data, &set); err != nil {
		return Settings{}, fmt.Errorf("read settings of guild %s: decode: %w", guildID, err)
	}
	return normalizeSettings(set), nil
}

// PutGuildSettings saves a guild's settings; see Guilds.
func (s *Postgres) PutGuildSettings(ctx context.Context, guildID string, set Settings) error {
	if err := set.Validate(); err != nil {
		return fmt.Errorf("save settings of guild %s: %w", guildID, err)
	}
	set = normalizeSettings(set)
	data, err := json.Marshal(set)
	if err != nil {
		return fmt.Errorf("save settings of guild %s: %w", guildID, err)
	}
	_, err = s.exec(ctx, `INSERT INTO guild_settings (guild_id, retention_days, data, updated_at)
		VALUES ($1, $2, $3, $4)
		ON CONFLICT (guild_id) DO UPDATE SET
			retention_days = excluded.retention_days, data = excluded.data, updated_at = excluded.updated_at`,
		pgText(guildID), set.RetentionDays, string(data), s.now())
	if err != nil {
		return fmt.Errorf("save settings of guild %s: %w", guildID, err)
	}
	return nil
}

// AddUsage records tokens spent; see Budgets.
func (s *Postgres) AddUsage(ctx context.Context, u Usage) error {
	if u.Tokens < 0 {
		return fmt.Errorf("record usage of guild %s user %s: %d tokens: %w", u.GuildID, u.UserID, u.Tokens, ErrInvalid)
	}
	_, err := s.exec(ctx, `INSERT INTO usage (guild_id, user_id, tokens, at) VALUES ($1, $2, $3, $4)`,
		pgText(u.GuildID), pgText(u.UserID), u.Tokens, s.at(u.At))
	if err != nil {
		return fmt.Errorf("record usage of guild %s user %s: %w", u.GuildID, u.UserID, err)
	}
	return nil
}

// UsageSince sums tokens spent since a time; see Budgets.
func (s *Postgres) UsageSince(ctx context.Context, guildID, userID string, since time.Time) (guildTokens, userTokens int, err error) {
	err = s.queryRow(ctx, []any{&guildTokens, &userTokens}, `SELECT COALESCE(SUM(tokens), 0)::bigint,
			COALESCE(SUM(tokens) FILTER (WHERE user_id = $2), 0)::bigint
		FROM usage WHERE guild_id = $1 AND at >= $3`, pgText(guildID), pgText(userID), since)
	if err != nil {
		return 0, 0, fmt.Errorf("sum usage of guild %s user %s: %w", guildID, userID, err)
	}
	return guildTokens, userTokens, nil
}

// pgBudgetLockSQL takes a guild's budget lock until the transaction ends.
// Keys derive from the schema's name and the guild id: two guilds whose
// keys collide only wait for each other.
const pgBudgetLockSQL = `SELECT pg_advisory_xact_lock(hashtextextended('parley budget ' || current_schema() || ' ' || $1::text, 0))`

// pgReserveSQL sums the window's usage and records the reservation when it
// fits, in one statement; run after pgBudgetLockSQL in the same
// transaction, its snapshot sees every reservation committed before.
const pgReserveSQL = `WITH used AS (
		SELECT COALESCE(SUM(tokens), 0)::bigint AS guild,
			COALESCE(SUM(tokens) FILTER (WHERE user_id = $2::text), 0)::bigint AS usr
		FROM usage WHERE guild_id = $1::text AND at >= $3::timestamptz
	), granted AS (
		INSERT INTO usage (guild_id, user_id, tokens, at)
		SELECT $1::text, $2::text, $4::bigint, $5::timestamptz FROM used
		WHERE ($6::bigint <= 0 OR used.guild + $4::bigint <= $6::bigint)
			AND ($7::bigint <= 0 OR used.usr + $4::bigint <= $7::bigint)
		RETURNING id
	)
	SELECT used.guild, used.usr, COALESCE((SELECT id FROM granted), 0) FROM used`

// ReserveTokens checks budgets and records usage atomically across
// processes; see Budgets. One batch, so one round trip, takes the guild's
// advisory lock and then checks and inserts: the lock is held only while
// the server runs the statement and commits.
func (s *Postgres) ReserveTokens(ctx context.Context, r Reservation) (Grant, error) {
	if r.Tokens < 0 {
		return Grant{}, fmt.Errorf("reserve tokens for guild %s user %s: %d tokens: %w", r.GuildID, r.UserID, r.Tokens, ErrInvalid)
	}
	guild, user, at := pgText(r.GuildID), pgText(r.UserID), s.at(r.At)
	var g Grant
	err := s.batch(ctx, func(b *pgx.Batch) {
		g = Grant{}
		b.Queue(pgBudgetLockSQL, guild)
		b.Queue(pgReserveSQL, guild, user, r.Since, r.Tokens, at, r.GuildLimit, r.UserLimit).
			QueryRow(func(row pgx.Row) error { return row.Scan(&g.GuildUsed, &g.UserUsed, &g.ID) })
	})
	if err != nil {
		return Grant{}, fmt.Errorf("reserve tokens for guild %s user %s: %w", r.GuildID, r.UserID, err)
	}
	g.OK = g.ID != 0
	return g, nil
}

// SettleTokens sets a reservation to the tokens really used; see Budgets.
func (s *Postgres) SettleTokens(ctx context.Context, reservationID int64, tokens int) error {
	if tokens < 0 {
		return fmt.Errorf("settle reservation %d: %d tokens: %w", reservationID, tokens, ErrInvalid)
	}
	n, err := s.exec(ctx, `UPDATE usage SET tokens = $1 WHERE id = $2`, tokens, reservationID)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("settle reservation %d: %w", reservationID, err)
	}
	return nil
}
