package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/store"
)

func testSettings(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	t.Run("defaults when absent", func(t *testing.T) {
		got, err := e.s.GuildSettings(ctx, "g-new")
		if err != nil {
			t.Fatal(err)
		}
		// Implementations may be opened with other defaults; the suite's
		// opener uses the package's.
		if want := store.DefaultSettings(); !reflect.DeepEqual(got, want) {
			t.Errorf("GuildSettings(new guild) = %+v, want the defaults %+v", got, want)
		}
	})
	tests := []struct {
		name  string
		guild string
		s     store.Settings
		want  store.Settings
	}{
		{"everything set", "g1",
			store.Settings{LLMEnabled: true, Model: "gpt-x", Channels: []string{"c1", "c2"}, CooldownSeconds: 30, DailyLLMTokens: 5000, UserDailyLLMTokens: 1000, RetentionDays: 7},
			store.Settings{LLMEnabled: true, Model: "gpt-x", Channels: []string{"c1", "c2"}, CooldownSeconds: 30, DailyLLMTokens: 5000, UserDailyLLMTokens: 1000, RetentionDays: 7}},
		{"zero values are kept, not defaulted", "g2", store.Settings{}, store.Settings{}},
		{"empty channel list is all channels", "g3", store.Settings{Channels: []string{}}, store.Settings{}},
		{"replace", "g1", store.Settings{LLMEnabled: false, CooldownSeconds: 5}, store.Settings{CooldownSeconds: 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := e.s.PutGuildSettings(ctx, tt.guild, tt.s); err != nil {
				t.Fatalf("PutGuildSettings: %v", err)
			}
			got, err := e.s.GuildSettings(ctx, tt.guild)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("GuildSettings = %+v, want %+v", got, tt.want)
			}
		})
	}
	t.Run("other guilds untouched", func(t *testing.T) {
		if got, _ := e.s.GuildSettings(ctx, "g2"); !reflect.DeepEqual(got, store.Settings{}) {
			t.Errorf("GuildSettings(g2) = %+v", got)
		}
	})
	invalid := []struct {
		name string
		s    store.Settings
	}{
		{"negative cooldown", store.Settings{CooldownSeconds: -1}},
		{"negative budget", store.Settings{DailyLLMTokens: -1}},
		{"negative user budget", store.Settings{UserDailyLLMTokens: -5}},
		{"negative retention", store.Settings{RetentionDays: -1}},
		{"empty channel id", store.Settings{Channels: []string{"c1", ""}}},
	}
	for _, tt := range invalid {
		t.Run("invalid "+tt.name, func(t *testing.T) {
			if err := e.s.PutGuildSettings(ctx, "g-bad", tt.s); !errors.Is(err, store.ErrInvalid) {
				t.Errorf("PutGuildSettings err = %v, want ErrInvalid", err)
			}
		})
	}
}

func testUsage(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	for _, u := range []store.Usage{
		{GuildID: "g1", UserID: "u1", Tokens: 100, At: epoch.Add(-25 * time.Hour)},
		{GuildID: "g1", UserID: "u1", Tokens: 10, At: epoch.Add(-time.Hour)},
		{GuildID: "g1", UserID: "u2", Tokens: 20, At: epoch.Add(-time.Minute)},
		{GuildID: "g1", UserID: "u1", Tokens: 5}, // now
		{GuildID: "g2", UserID: "u1", Tokens: 1000, At: epoch},
	} {
		if err := e.s.AddUsage(ctx, u); err != nil {
			t.Fatalf("AddUsage: %v", err)
		}
	}
	tests := []struct {
		name             string
		guild, user      string
		since            time.Time
		wantGuild, wantU int
	}{
		{"last day", "g1", "u1", epoch.Add(-24 * time.Hour), 35, 15},
		{"all time", "g1", "u1", time.Time{}, 135, 115},
		{"other user", "g1", "u2", epoch.Add(-24 * time.Hour), 35, 20},
		{"since is inclusive", "g1", "u1", epoch, 5, 5},
		{"other guild", "g2", "u1", epoch.Add(-time.Hour), 1000, 1000},
		{"unknown", "g9", "u9", time.Time{}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, u, err := e.s.UsageSince(ctx, tt.guild, tt.user, tt.since)
			if err != nil {
				t.Fatal(err)
			}
			if g != tt.wantGuild || u != tt.wantU {
				t.Errorf("UsageSince = %d, %d; want %d, %d", g, u, tt.wantGuild, tt.wantU)
			}
		})
	}
	if err := e.s.AddUsage(ctx, store.Usage{GuildID: "g1", Tokens: -1}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("AddUsage(-1) err = %v, want ErrInvalid", err)
	}
}

func testReserveTokens(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	day := epoch.Truncate(24 * time.Hour)
	tests := []struct {
		name      string
		prior     []store.Usage // GuildID is the case's
		r         store.Reservation
		wantOK    bool
		wantGuild int
		wantUser  int
	}{
		{"no limits", nil, store.Reservation{UserID: "u1", Tokens: 1 << 20}, true, 0, 0},
		{"within the guild limit", []store.Usage{{UserID: "u2", Tokens: 90}},
			store.Reservation{UserID: "u1", Tokens: 10, GuildLimit: 100}, true, 90, 0},
		{"over the guild limit", []store.Usage{{UserID: "u2", Tokens: 95}},
			store.Reservation{UserID: "u1", Tokens: 10, GuildLimit: 100}, false, 95, 0},
		{"over the user limit", []store.Usage{{UserID: "u1", Tokens: 40}},
			store.Reservation{UserID: "u1", Tokens: 20, GuildLimit: 1000, UserLimit: 50}, false, 40, 40},
		{"another user's share does not count", []store.Usage{{UserID: "u1", Tokens: 40}},
			store.Reservation{UserID: "u2", Tokens: 20, GuildLimit: 1000, UserLimit: 50}, true, 40, 0},
		{"usage before the window", []store.Usage{{UserID: "u1", Tokens: 100, At: day.Add(-time.Second)}},
			store.Reservation{UserID: "u1", Tokens: 100, GuildLimit: 100, UserLimit: 100}, true, 0, 0},
		{"larger than the limit alone", nil, store.Reservation{UserID: "u1", Tokens: 101, GuildLimit: 100}, false, 0, 0},
		{"zero tokens at the limit", []store.Usage{{UserID: "u1", Tokens: 100}},
			store.Reservation{UserID: "u1", Tokens: 0, GuildLimit: 100}, true, 100, 100},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			guild := fmt.Sprintf("g%d", i)
			for _, u := range tt.prior {
				u.GuildID = guild
				if u.At.IsZero() {
					u.At = day.Add(time.Hour)
				}
				if err := e.s.AddUsage(ctx, u); err != nil {
					t.Fatal(err)
				}
			}
			r := tt.r
			r.GuildID, r.Since = guild, day
			g, err := e.s.ReserveTokens(ctx, r)
			if err != nil {
				t.Fatalf("ReserveTokens: %v", err)
			}
			if g.OK != tt.wantOK || g.GuildUsed != tt.wantGuild || g.UserUsed != tt.wantUser || (g.ID != 0) != tt.wantOK {
				t.Errorf("ReserveTokens = %+v, want OK %v, used %d/%d", g, tt.wantOK, tt.wantGuild, tt.wantUser)
			}
			gu, uu, err := e.s.UsageSince(ctx, guild, r.UserID, day)
			if err != nil {
				t.Fatal(err)
			}
			added := 0
			if tt.wantOK {
				added = r.Tokens
			}
			if gu != tt.wantGuild+added || uu != tt.wantUser+added {
				t.Errorf("usage after = %d/%d, want %d/%d", gu, uu, tt.wantGuild+added, tt.wantUser+added)
			}
		})
	}
	t.Run("settle", func(t *testing.T) {
		g, err := e.s.ReserveTokens(ctx, store.Reservation{GuildID: "gs", UserID: "u", Tokens: 500, Since: day, GuildLimit: 1000})
		if err != nil || !g.OK {
			t.Fatalf("ReserveTokens = %+v, %v", g, err)
		}
		if err := e.s.SettleTokens(ctx, g.ID, 120); err != nil {
			t.Fatalf("SettleTokens: %v", err)
		}
		if gu, uu, _ := e.s.UsageSince(ctx, "gs", "u", day); gu != 120 || uu != 120 {
			t.Errorf("usage after settling = %d/%d, want 120/120", gu, uu)
		}
		// What settling freed can be reserved again.
		if g, err := e.s.ReserveTokens(ctx, store.Reservation{GuildID: "gs", UserID: "u", Tokens: 880, Since: day, GuildLimit: 1000}); err != nil || !g.OK {
			t.Errorf("ReserveTokens after settling = %+v, %v; want OK", g, err)
		}
		wantNotFound(t, "SettleTokens(unknown)", e.s.SettleTokens(ctx, 987654, 1))
		if err := e.s.SettleTokens(ctx, g.ID, -1); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("SettleTokens(-1) err = %v, want ErrInvalid", err)
		}
		if _, err := e.s.ReserveTokens(ctx, store.Reservation{GuildID: "gs", Tokens: -1}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("ReserveTokens(-1) err = %v, want ErrInvalid", err)
		}
	})
}

// raceReservations has goroutines reserve tokens concurrently through the
// given handles and checks that the limits hold exactly.
func raceReservations(t *testing.T, handles []store.Store) {
	t.Helper()
	ctx := context.Background()
	const (
		goroutines = 50
		users      = 5
		tokens     = 10
		guildLimit = 125 // 12 reservations fit
		userLimit  = 30  // 3 per user fit: 15 > 12, so the guild limit binds
	)
	since := epoch.Add(-time.Hour)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		granted = map[string]int{}
		errs    []error
	)
	start := make(chan struct{})
	for i := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			user := fmt.Sprintf("u%d", i%users)
			g, err := handles[i%len(handles)].ReserveTokens(ctx, store.Reservation{
				GuildID: "race", UserID: user, Tokens: tokens, Since: since,
				GuildLimit: guildLimit, UserLimit: userLimit,
			})
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			if g.OK {
				granted[user]++
			}
		}()
	}
	close(start)
	wg.Wait()
	for _, err := range errs {
		t.Errorf("ReserveTokens: %v", err)
	}
	total := 0
	for u, n := range granted {
		total += n
		if n*tokens > userLimit {
			t.Errorf("user %s got %d reservations, %d tokens: over the limit %d", u, n, n*tokens, userLimit)
		}
	}
	if total != guildLimit/tokens {
		t.Errorf("granted %d reservations, want exactly %d", total, guildLimit/tokens)
	}
	gu, _, err := handles[0].UsageSince(ctx, "race", "", since)
	if err != nil {
		t.Fatal(err)
	}
	if gu != total*tokens {
		t.Errorf("guild usage = %d, want %d", gu, total*tokens)
	}
}

func testReserveTokensRace(t *testing.T, newDB NewDB) {
	e := setup(t, newDB)
	raceReservations(t, []store.Store{e.s})
}

func testReserveTokensTwoHandles(t *testing.T, newDB NewDB) {
	e := setup(t, newDB)
	raceReservations(t, []store.Store{e.s, e.handle(t)})
}
