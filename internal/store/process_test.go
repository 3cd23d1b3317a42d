package store_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/store/storetest"
)

// budgetChildEnv makes this test binary a process that races for a budget.
const budgetChildEnv = "PARLEY_STORE_BUDGET_CHILD"

const (
	budgetGoroutines = 8
	budgetTries      = 25  // per goroutine
	budgetTokens     = 10  // per reservation
	budgetLimit      = 990 // 99 reservations fit, of 2*8*25 = 400 tries
)

// TestBudgetChild reserves tokens from several goroutines and prints how
// many reservations it was granted; it does nothing in a normal run.
func TestBudgetChild(t *testing.T) {
	if os.Getenv(budgetChildEnv) != "1" {
		t.Skip("runs only as a child of TestTwoProcessesShareBudget")
	}
	ctx := context.Background()
	s, err := store.Open(ctx, os.Getenv(crashDBEnv), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		granted int
	)
	for range budgetGoroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range budgetTries {
				g, err := s.ReserveTokens(ctx, store.Reservation{GuildID: "shared", UserID: "u", Tokens: budgetTokens,
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
	fmt.Printf("GRANTED %d\n", granted)
}

// TestTwoProcessesShareBudget runs two processes that reserve tokens on one
// database file at once: together they must be granted exactly what the
// budget allows, with no SQLITE_BUSY error.
func TestTwoProcessesShareBudget(t *testing.T) {
	if os.Getenv(budgetChildEnv) != "" || os.Getenv(crashChildEnv) != "" {
		t.Skip("in a child")
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "parley.db")
	// Create the database first so that the children race on budgets, not
	// on migrations (TestMigrationsIdempotent covers opening twice).
	s, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	type result struct {
		out, errOut bytes.Buffer
		err         error
	}
	results := make([]*result, 2)
	var wg sync.WaitGroup
	for i := range results {
		r := &result{}
		results[i] = r
		cmd := exec.Command(os.Args[0], "-test.run=^TestBudgetChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), budgetChildEnv+"=1", crashDBEnv+"="+path)
		cmd.Stdout, cmd.Stderr = &r.out, &r.errOut
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.err = cmd.Run()
		}()
	}
	wg.Wait()
	total := 0
	for i, r := range results {
		if r.err != nil {
			t.Fatalf("child %d: %v\n%s%s", i, r.err, r.out.String(), r.errOut.String())
		}
		var n int
		for _, line := range strings.Split(r.out.String(), "\n") {
			if v, ok := strings.CutPrefix(line, "GRANTED "); ok {
				n, err = strconv.Atoi(v)
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		t.Logf("process %d was granted %d reservations", i, n)
		total += n
	}
	if want := budgetLimit / budgetTokens; total != want {
		t.Errorf("two processes were granted %d reservations together, want exactly %d", total, want)
	}
	s, err = store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if gu, _, err := s.UsageSince(ctx, "shared", "u", storetest.Epoch()); err != nil || gu != total*budgetTokens {
		t.Errorf("usage = %d, %v; want %d", gu, err, total*budgetTokens)
	}
}
