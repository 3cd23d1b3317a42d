package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/discordtest"
)

// TestStopWhileRegisteringCommands checks that a stop asked for while the
// bot is still registering its commands (SIGTERM in the first second) is
// a clean exit, code 0, not a failure of the registration: the request
// for the commands hangs until the bot gives it up.
func TestStopWhileRegisteringCommands(t *testing.T) {
	srv := discordtest.New(t)
	target, err := url.Parse(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	fwd := httputil.NewSingleHostReverseProxy(target)
	registering := make(chan struct{}, 1)
	release := make(chan struct{})
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/commands") {
			select {
			case registering <- struct{}{}:
			default:
			}
			select { // the registration never answers
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		fwd.ServeHTTP(w, r)
	}))
	defer proxy.Close()
	defer close(release)
	env := map[string]string{
		"DISCORD_TOKEN":     "test-token",
		"DISCORD_API_URL":   proxy.URL + strings.TrimPrefix(srv.APIURL(), srv.URL()),
		"DISCORD_GUILD_ID":  srv.GuildID(),
		"PARLEY_DB_PATH":    filepath.Join(t.TempDir(), "parley.db"),
		"BOT_USER_COOLDOWN": "0",
		"LOG_LEVEL":         "debug",
	}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	log := &syncBuffer{}
	done := make(chan int, 1)
	go func() { done <- serve(ctx, cfg, log, hooks{fetchAllow: loopback, shutdownGrace: 5 * time.Second}) }()
	select {
	case <-registering:
	case <-time.After(15 * time.Second):
		t.Fatalf("the bot never registered its commands:\n%s", log.String())
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("stopped while registering: exit code %d, want 0:\n%s", code, log.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("bot did not stop within 20 s")
	}
}
