package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/store/storetest"
)

// The two-process test re-runs this test binary as two child processes on
// one PostgreSQL schema. Each writes an article, guild settings and a
// thread binding, waits until it sees the other's (so nothing is cached in
// a process), then both race for one guild budget.
const (
	pgChildEnv    = "PARLEY_STORE_PG_CHILD" // the child's number, 0 or 1
	pgChildURLEnv = "PARLEY_STORE_PG_URL"
)

// TestPostgresChild is one of the two processes; it does nothing in a
// normal run.
func TestPostgresChild(t *testing.T) {
	me := os.Getenv(pgChildEnv)
	if me == "" {
		t.Skip("runs only as a child of TestPostgresTwoProcesses")
	}
	other := map[string]string{"0": "1", "1": "0"}[me]
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := store.OpenPostgres(ctx, os.Getenv(pgChildURLEnv), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	// What the other process must see. The binding goes last: who sees it
	// sees the rest, committed before.
	now := time.Now()
	fresh := &article.Article{URL: "https://cross.example/fresh/" + me, Title: "Fresh " + me, Text: storetest.Text(1, 500), FetchedAt: now}
	stale := &article.Article{URL: "https://cross.example/stale/" + me, Title: "Stale " + me, Text: storetest.Text(2, 500), FetchedAt: now.Add(-2 * time.Hour)}
	freshID, err := s.PutArticle(ctx, fresh)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutArticle(ctx, stale); err != nil {
		t.Fatal(err)
	}
	if err := s.PutGuildSettings(ctx, "guild-"+me, store.Settings{Model: "model-" + me, DailyLLMTokens: 1000}); err != nil {
		t.Fatal(err)
	}
	if err := s.Bind(ctx, store.Binding{GuildID: "guild-" + me, ChannelID: "c", ThreadID: "thread-" + me, MessageID: "message-" + me, ArticleID: freshID, UserID: "u"}); err != nil {
		t.Fatal(err)
	}

	b, err := awaitBinding(ctx, s, "thread-"+other)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := s.BindingByMessage(ctx, "message-"+other); err != nil || m != b {
		t.Errorf("BindingByMessage(other's message) = %+v, %v; want %+v", m, err, b)
	}
	// The URL cache: a fresh article the other fetched is a hit, a stale
	// one a miss (so this process fetches it again), by max age.
	if a, id, err := s.ArticleByURL(ctx, "https://cross.example/fresh/"+other, time.Hour); err != nil || id != b.ArticleID || a.Title != "Fresh "+other {
		t.Errorf("ArticleByURL(other's fresh article) = %v, %d, %v; want id %d", a, id, err, b.ArticleID)
	}
	if _, _, err := s.ArticleByURL(ctx, "https://cross.example/stale/"+other, time.Hour); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ArticleByURL(other's stale article, 1h) err = %v, want ErrNotFound", err)
	}
	if _, _, err := s.ArticleByURL(ctx, "https://cross.example/stale/"+other, 0); err != nil {
		t.Errorf("ArticleByURL(other's stale article, any age): %v", err)
	}
	if set, err := s.GuildSettings(ctx, "guild-"+other); err != nil || set.Model != "model-"+other {
		t.Errorf("GuildSettings(other's guild) = %+v, %v", set, err)
	}
	if !t.Failed() {
		fmt.Printf("SEEN %s\n", other)
	}

	// Barrier, so that the two race for the budget at the same time.
	if err := s.Bind(ctx, store.Binding{ThreadID: "ready-" + me, ArticleID: freshID}); err != nil {
		t.Fatal(err)
	}
	if _, err := awaitBinding(ctx, s, "ready-"+other); err != nil {
		t.Fatal(err)
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		granted int
	)
	start := time.Now()
	for range budgetGoroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range budgetTries {
				g, err := s.ReserveTokens(ctx, store.Reservation{GuildID: "shared", UserID: "u" + me, Tokens: budgetTokens,
					Since: storetest.Epoch(), GuildLimit: budgetLimit, At: storetest.Epoch().Add(time.Hour)})
				if err != nil {
					t.Error(err)
					return
				}
				if g.OK {
					mu.Lock()
					granted++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Printf("SPAN %d %d\n", start.UnixNano(), time.Now().UnixNano())
	fmt.Printf("GRANTED %d\n", granted)
}

// awaitBinding polls for the binding of a thread another process writes.
func awaitBinding(ctx context.Context, s store.Store, thread string) (store.Binding, error) {
	for {
		b, err := s.BindingByThread(ctx, thread)
		if !errors.Is(err, store.ErrNotFound) {
			return b, err
		}
		select {
		case <-ctx.Done():
			return store.Binding{}, fmt.Errorf("waiting for the binding of %s: %w", thread, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// TestPostgresTwoProcesses runs two processes on one PostgreSQL schema:
// each must see the other's bindings, settings and cached articles, and
// together they must be granted exactly what the budget allows.
func TestPostgresTwoProcesses(t *testing.T) {
	if os.Getenv(pgChildEnv) != "" {
		t.Skip("in a child")
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	u := newPGSchema(t)
	// Migrate first so that the children race on budgets, not on
	// migrations (TestPostgresConcurrentOpen covers that).
	openPG(t, u, store.Options{}).Close()

	type result struct {
		out, errOut bytes.Buffer
		err         error
	}
	results := make([]*result, 2)
	var wg sync.WaitGroup
	for i := range results {
		r := &result{}
		results[i] = r
		cmd := exec.Command(os.Args[0], "-test.run=^TestPostgresChild$", "-test.count=1", "-test.timeout=2m")
		cmd.Env = append(os.Environ(), pgChildEnv+"="+strconv.Itoa(i), pgChildURLEnv+"="+u)
		cmd.Stdout, cmd.Stderr = &r.out, &r.errOut
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.err = cmd.Run()
		}()
	}
	wg.Wait()

	total := 0
	var spans [2][2]int64
	for i, r := range results {
		if r.err != nil {
			t.Fatalf("child %d: %v\n%s%s", i, r.err, r.out.String(), r.errOut.String())
		}
		seen := false
		for _, line := range strings.Split(r.out.String(), "\n") {
			if v, ok := strings.CutPrefix(line, "GRANTED "); ok {
				n, err := strconv.Atoi(v)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("process %d was granted %d reservations", i, n)
				total += n
			}
			if v, ok := strings.CutPrefix(line, "SPAN "); ok {
				fmt.Sscan(v, &spans[i][0], &spans[i][1])
			}
			if line == fmt.Sprintf("SEEN %d", 1-i) {
				seen = true
			}
		}
		if !seen {
			t.Errorf("process %d did not see the other's writes:\n%s", i, r.out.String())
		}
	}
	if want := budgetLimit / budgetTokens; total != want {
		t.Errorf("two processes were granted %d reservations together, want exactly %d", total, want)
	}
	overlap := time.Duration(min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0]))
	t.Logf("the processes reserved for %s and %s, at once for %s",
		time.Duration(spans[0][1]-spans[0][0]), time.Duration(spans[1][1]-spans[1][0]), max(overlap, 0))

	s := openPG(t, u, store.Options{})
	ctx := context.Background()
	if gu, _, err := s.UsageSince(ctx, "shared", "", storetest.Epoch()); err != nil || gu != total*budgetTokens {
		t.Errorf("usage = %d, %v; want %d", gu, err, total*budgetTokens)
	}
	for _, th := range []string{"thread-0", "thread-1"} {
		if _, err := s.BindingByThread(ctx, th); err != nil {
			t.Errorf("BindingByThread(%s) from a third process: %v", th, err)
		}
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}
