package store_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/parley-bot/parley/internal/store"
)

// createChildEnv makes this test binary a process that opens (creating) a
// database and exits.
const createChildEnv = "PARLEY_STORE_CREATE_CHILD"

// TestCreateChild opens the database at crashDBEnv, writes to it and
// closes it; it does nothing in a normal run.
func TestCreateChild(t *testing.T) {
	if os.Getenv(createChildEnv) != "1" {
		t.Skip("runs only as a child of TestManyProcessesCreateOneDatabase")
	}
	ctx := context.Background()
	s, err := store.Open(ctx, os.Getenv(crashDBEnv), store.Options{})
	if err != nil {
		fmt.Println("OPEN FAILED:", err)
		os.Exit(1)
	}
	if _, err := s.Stats(ctx); err != nil {
		fmt.Println("READ FAILED:", err)
		os.Exit(1)
	}
	if err := s.Close(); err != nil {
		fmt.Println("CLOSE FAILED:", err)
		os.Exit(1)
	}
}

// TestManyProcessesCreateOneDatabase starts many processes that create the
// same new database at once, round after round: every one must succeed
// (switching to WAL and migrating honour the busy timeout).
func TestManyProcessesCreateOneDatabase(t *testing.T) {
	if os.Getenv(createChildEnv) != "" || os.Getenv(crashChildEnv) != "" || os.Getenv(budgetChildEnv) != "" {
		t.Skip("in a child")
	}
	const procs, rounds = 8, 6
	failures := 0
	for round := range rounds {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("new-%d", round), "parley.db")
		var wg sync.WaitGroup
		var mu sync.Mutex
		for range procs {
			cmd := exec.Command(os.Args[0], "-test.run=^TestCreateChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), createChildEnv+"=1", crashDBEnv+"="+path)
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := cmd.Run(); err != nil {
					mu.Lock()
					failures++
					t.Errorf("round %d: a process failed to create the database: %v\n%s", round, err, out.String())
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
	}
	if failures > 0 {
		t.Errorf("%d of %d processes failed", failures, procs*rounds)
	}
}
