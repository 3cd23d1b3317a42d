//go:build unix

package store_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/store/storetest"
)

// The crash test re-runs this test binary as a child process that writes in
// a loop and prints a line for every committed write, kills it with SIGKILL
// in the middle of its writes, then reopens the database and checks that it
// is intact and holds every write the child reported.
const (
	crashChildEnv = "PARLEY_STORE_CRASH_CHILD"
	crashDBEnv    = "PARLEY_STORE_CRASH_DB"
)

// TestCrashChild is the child's writer loop; it does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	if os.Getenv(crashChildEnv) != "1" {
		t.Skip("runs only as the child of TestKillMidWrite")
	}
	ctx := context.Background()
	s, err := store.Open(ctx, os.Getenv(crashDBEnv), store.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child open:", err)
		os.Exit(2)
	}
	// No defer s.Close(): the parent kills this process.
	var mu sync.Mutex
	report := func(format string, args ...any) {
		line := fmt.Sprintf(format+"\n", args...)
		mu.Lock()
		defer mu.Unlock()
		// One write per line, after the commit returned.
		if _, err := os.Stdout.WriteString(line); err != nil {
			os.Exit(2)
		}
	}
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(2)
	}
	time.AfterFunc(2*time.Minute, func() { os.Exit(3) }) // if the parent died
	pid := os.Getpid()
	const writers = 4
	for w := range writers {
		go func() {
			thread := fmt.Sprintf("crash-%d-%d", pid, w)
			for i := 0; ; i++ {
				a := storetest.Article(i)
				a.URL = fmt.Sprintf("https://crash.example/%d/%d/%d", pid, w, i)
				a.CanonicalURL = ""
				a.Text = storetest.Text(i, 32<<10) // 32 KB: writes span many pages
				id, err := s.PutArticle(ctx, a)
				if err != nil {
					fail(err)
				}
				report("A %d %s", id, a.URL)
				tid, err := s.AddTurn(ctx, store.Turn{ThreadID: thread, ArticleID: id, Question: a.URL, Answer: a.Text[:2000]})
				if err != nil {
					fail(err)
				}
				report("T %d %s", tid, thread)
				g, err := s.ReserveTokens(ctx, store.Reservation{GuildID: "crash", UserID: thread, Tokens: 1})
				if err != nil || !g.OK {
					fail(fmt.Errorf("reserve: %+v, %v", g, err))
				}
				report("U %d", g.ID)
			}
		}()
	}
	select {}
}

// committed is what the child reported as committed.
type committed struct {
	articles map[int64]string   // id -> URL
	turns    map[string][]int64 // thread -> ids
	usage    []int64
	lines    int
}

func (c *committed) add(line string) {
	f := strings.Fields(line)
	if len(f) < 2 {
		return // not ours (the test framework's own output)
	}
	id, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return
	}
	switch {
	case f[0] == "A" && len(f) == 3:
		c.articles[id] = f[2]
	case f[0] == "T" && len(f) == 3:
		c.turns[f[2]] = append(c.turns[f[2]], id)
	case f[0] == "U" && len(f) == 2:
		c.usage = append(c.usage, id)
	default:
		return
	}
	c.lines++
}

func TestKillMidWrite(t *testing.T) {
	if os.Getenv(crashChildEnv) != "" {
		t.Skip("in the child")
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "parley.db")
	c := &committed{articles: map[int64]string{}, turns: map[string][]int64{}}
	const rounds = 3
	for round := range rounds {
		before := c.lines
		killAfter := 100 + rand.IntN(200) // committed writes before the kill
		runAndKill(t, path, killAfter, c)
		if c.lines-before < killAfter {
			t.Fatalf("round %d: child reported %d writes, want at least %d", round, c.lines-before, killAfter)
		}
		walSize := fileSize(path + "-wal")

		s, err := store.Open(ctx, path, store.Options{})
		if err != nil {
			t.Fatalf("round %d: reopen after kill: %v", round, err)
		}
		if err := s.Check(ctx); err != nil {
			t.Errorf("round %d: integrity after kill: %v", round, err)
		}
		missing := verifyCommitted(ctx, t, s, c)
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		t.Logf("round %d: killed after %d reported writes (wal %d bytes at kill); store has %d articles, %d turns, %d usage rows; %d reported rows missing",
			round, c.lines-before, walSize, st.Articles, st.Turns, st.Usage, missing)
		if missing > 0 {
			t.Fatalf("round %d: %d committed rows lost", round, missing)
		}
		if st.Articles < int64(len(c.articles)) || st.Usage < int64(len(c.usage)) {
			t.Errorf("round %d: store has fewer rows than reported committed", round)
		}
	}
}

// runAndKill runs the child writer on path, kills it with SIGKILL once it
// has reported killAfter writes, and records every line it reported.
func runAndKill(t *testing.T, path string, killAfter int, c *committed) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"=1", crashDBEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1024)
	go func() {
		defer close(lines)
		r := bufio.NewReader(out)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				// io.EOF after the kill; a line cut short was not reported.
				if err != io.EOF {
					t.Errorf("read child output: %v", err)
				}
				return
			}
			lines <- line
		}
	}()

	n := 0
	killed := false
	timeout := time.NewTimer(2 * time.Minute)
	defer timeout.Stop()
	for open := true; open; {
		select {
		case line, ok := <-lines:
			if !ok {
				open = false
				break
			}
			c.add(line)
			n++
			if n == killAfter && !killed {
				// Let the writers get into their next transactions.
				time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatalf("kill child: %v", err)
				}
				killed = true
			}
		case <-timeout.C:
			cmd.Process.Kill()
			for range lines {
			}
			t.Fatalf("child reported %d writes in 2 minutes; stderr: %s", n, stderr.String())
		}
	}
	err = cmd.Wait()
	if !killed {
		t.Fatalf("child exited before the kill after %d writes: %v; stderr: %s", n, err, stderr.String())
	}
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child ended with %v, want SIGKILL; stderr: %s", cmd.ProcessState, stderr.String())
	}
}

// verifyCommitted checks that every reported write is in the store and
// returns how many are missing.
func verifyCommitted(ctx context.Context, t *testing.T, s store.Store, c *committed) int {
	t.Helper()
	missing := 0
	for id, url := range c.articles {
		a, err := s.Article(ctx, id)
		if err != nil || a.URL != url {
			t.Errorf("article %d (%s): %v", id, url, err)
			missing++
			continue
		}
		if _, gotID, err := s.ArticleByURL(ctx, url, 0); err != nil || gotID != id {
			t.Errorf("ArticleByURL(%s) = %d, %v; want %d", url, gotID, err, id)
			missing++
		}
	}
	for thread, ids := range c.turns {
		turns, err := s.Turns(ctx, thread, 0)
		if err != nil {
			t.Fatal(err)
		}
		have := map[int64]bool{}
		for _, tu := range turns {
			have[tu.ID] = true
		}
		for _, id := range ids {
			if !have[id] {
				t.Errorf("turn %d of %s is missing", id, thread)
				missing++
			}
		}
	}
	for _, id := range c.usage {
		// Settling to the same 1 token finds the row without changing it.
		if err := s.SettleTokens(ctx, id, 1); err != nil {
			t.Errorf("usage %d: %v", id, err)
			missing++
		}
	}
	return missing
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
