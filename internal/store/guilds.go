package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// GuildSettings returns a guild's settings over the defaults; see Guilds.
func (s *SQLite) GuildSettings(ctx context.Context, guildID string) (Settings, error) {
	set := s.defaults
	set.Channels = append([]string(nil), s.defaults.Channels...)
	var data []byte
	err := s.read.QueryRowContext(ctx, `SELECT data FROM guild_settings WHERE guild_id = ?`, guildID).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
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
func (s *SQLite) PutGuildSettings(ctx context.Context, guildID string, set Settings) error {
	if err := set.Validate(); err != nil {
		return fmt.Errorf("save settings of guild %s: %w", guildID, err)
	}
	set = normalizeSettings(set)
	data, err := json.Marshal(set)
	if err != nil {
		return fmt.Errorf("save settings of guild %s: %w", guildID, err)
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO guild_settings (guild_id, retention_days, data, updated_at)
			VALUES (?, ?, ?, ?)
			ON CONFLICT (guild_id) DO UPDATE SET
				retention_days = excluded.retention_days, data = excluded.data, updated_at = excluded.updated_at`,
			guildID, set.RetentionDays, string(data), micros(s.now()))
		return err
	})
	if err != nil {
		return fmt.Errorf("save settings of guild %s: %w", guildID, err)
	}
	return nil
}

// normalizeSettings makes an empty channel list nil, so that "all channels"
// has one form.
func normalizeSettings(s Settings) Settings {
	if len(s.Channels) == 0 {
		s.Channels = nil
	}
	return s
}

// AddUsage records tokens spent; see Budgets.
func (s *SQLite) AddUsage(ctx context.Context, u Usage) error {
	if u.Tokens < 0 {
		return fmt.Errorf("record usage of guild %s user %s: %d tokens: %w", u.GuildID, u.UserID, u.Tokens, ErrInvalid)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO usage (guild_id, user_id, tokens, at) VALUES (?, ?, ?, ?)`,
			u.GuildID, u.UserID, u.Tokens, micros(s.at(u.At)))
		return err
	})
	if err != nil {
		return fmt.Errorf("record usage of guild %s user %s: %w", u.GuildID, u.UserID, err)
	}
	return nil
}

// usageSQL sums a guild's tokens, and one user's, since a time.
const usageSQL = `SELECT COALESCE(SUM(tokens), 0), COALESCE(SUM(CASE WHEN user_id = ?2 THEN tokens END), 0)
	FROM usage WHERE guild_id = ?1 AND at >= ?3`

// UsageSince sums tokens spent since a time; see Budgets.
func (s *SQLite) UsageSince(ctx context.Context, guildID, userID string, since time.Time) (guildTokens, userTokens int, err error) {
	if err := s.read.QueryRowContext(ctx, usageSQL, guildID, userID, micros(since)).Scan(&guildTokens, &userTokens); err != nil {
		return 0, 0, fmt.Errorf("sum usage of guild %s user %s: %w", guildID, userID, err)
	}
	return guildTokens, userTokens, nil
}

// ReserveTokens checks budgets and records usage in one IMMEDIATE
// transaction, which no other connection or process can interleave with;
// see Budgets.
func (s *SQLite) ReserveTokens(ctx context.Context, r Reservation) (Grant, error) {
	if r.Tokens < 0 {
		return Grant{}, fmt.Errorf("reserve tokens for guild %s user %s: %d tokens: %w", r.GuildID, r.UserID, r.Tokens, ErrInvalid)
	}
	var g Grant
	err := s.tx(ctx, func(tx *sql.Tx) error {
		g = Grant{}
		if err := tx.QueryRowContext(ctx, usageSQL, r.GuildID, r.UserID, micros(r.Since)).Scan(&g.GuildUsed, &g.UserUsed); err != nil {
			return err
		}
		if (r.GuildLimit > 0 && g.GuildUsed+r.Tokens > r.GuildLimit) || (r.UserLimit > 0 && g.UserUsed+r.Tokens > r.UserLimit) {
			return nil
		}
		g.OK = true
		return tx.QueryRowContext(ctx, `INSERT INTO usage (guild_id, user_id, tokens, at) VALUES (?, ?, ?, ?) RETURNING id`,
			r.GuildID, r.UserID, r.Tokens, micros(s.at(r.At))).Scan(&g.ID)
	})
	if err != nil {
		return Grant{}, fmt.Errorf("reserve tokens for guild %s user %s: %w", r.GuildID, r.UserID, err)
	}
	return g, nil
}

// SettleTokens sets a reservation to the tokens really used; see Budgets.
func (s *SQLite) SettleTokens(ctx context.Context, reservationID int64, tokens int) error {
	if tokens < 0 {
		return fmt.Errorf("settle reservation %d: %d tokens: %w", reservationID, tokens, ErrInvalid)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE usage SET tokens = ? WHERE id = ?`, tokens, reservationID)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("settle reservation %d: %w", reservationID, err)
	}
	return nil
}
