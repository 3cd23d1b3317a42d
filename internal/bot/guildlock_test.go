package bot

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestGuildLocks(t *testing.T) {
	var g guildLocks
	var inside, most atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			unlock := g.lock("a")
			n := inside.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			inside.Add(-1)
			unlock()
		}()
	}
	wg.Wait()
	if most.Load() != 1 {
		t.Errorf("%d holders of one guild's lock at once, want 1", most.Load())
	}
	if g.held() != 0 {
		t.Errorf("%d locks left after all were released", g.held())
	}

	// Another guild's lock is free while one is held.
	unlockA := g.lock("a")
	done := make(chan struct{})
	go func() {
		unlockB := g.lock("b")
		unlockB()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("guild b waited for guild a's lock")
	}
	unlockA()
	if g.held() != 0 {
		t.Errorf("%d locks left", g.held())
	}
}
