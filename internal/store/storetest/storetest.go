// Package storetest is the conformance suite of store.Store: every
// implementation (the embedded SQLite one, a PostgreSQL one) runs the same
// tests and benchmarks against its own database.
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t testing.TB) storetest.Opener {
//			path := filepath.Join(t.TempDir(), "parley.db")
//			return func(t testing.TB, now func() time.Time) (store.Store, error) {
//				return store.Open(context.Background(), path, store.Options{Now: now})
//			}
//		})
//	}
package storetest

import (
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/store"
)

// Opener opens one more handle on a test's database, as another process
// would, with now as its clock and otherwise default options (the suite
// expects store.DefaultSettings for guilds that set none). The suite closes
// the handles it opens.
type Opener func(t testing.TB, now func() time.Time) (store.Store, error)

// NewDB creates an empty database for one test (removed at the test's end,
// through t.Cleanup) and returns how to open handles on it.
type NewDB func(t testing.TB) Opener

// Clock is a clock that tests set and advance. It is safe for concurrent
// use.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a Clock showing t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the time the clock shows.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// Set makes the clock show t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// epoch is the time the suite's clocks start at. It is never changed.
var epoch = time.Date(2025, time.March, 1, 12, 0, 0, 0, time.UTC)

// Epoch returns the time the suite's clocks start at, which its test data
// are dated from.
func Epoch() time.Time { return epoch }

// env is one test's database: its opener, a clock and a first handle.
type env struct {
	open  Opener
	clock *Clock
	s     store.Store
}

// setup creates a database and opens a first handle on it.
func setup(t testing.TB, newDB NewDB) *env {
	t.Helper()
	e := &env{open: newDB(t), clock: NewClock(epoch)}
	e.s = e.handle(t)
	return e
}

// handle opens another handle on the database, closed at the test's end.
func (e *env) handle(t testing.TB) store.Store {
	t.Helper()
	s, err := e.open(t, e.clock.Now)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close store: %v", err)
		}
	})
	return s
}

// Run runs the conformance suite against the databases newDB creates.
func Run(t *testing.T, newDB NewDB) {
	t.Run("Articles", func(t *testing.T) { testArticles(t, newDB) })
	t.Run("ArticleCache", func(t *testing.T) { testArticleCache(t, newDB) })
	t.Run("ArticleUpsert", func(t *testing.T) { testArticleUpsert(t, newDB) })
	t.Run("Briefs", func(t *testing.T) { testBriefs(t, newDB) })
	t.Run("Bindings", func(t *testing.T) { testBindings(t, newDB) })
	t.Run("RecentArticles", func(t *testing.T) { testRecentArticles(t, newDB) })
	t.Run("Turns", func(t *testing.T) { testTurns(t, newDB) })
	t.Run("ForgetThread", func(t *testing.T) { testForgetThread(t, newDB) })
	t.Run("Settings", func(t *testing.T) { testSettings(t, newDB) })
	t.Run("Usage", func(t *testing.T) { testUsage(t, newDB) })
	t.Run("ReserveTokens", func(t *testing.T) { testReserveTokens(t, newDB) })
	t.Run("ReserveTokensRace", func(t *testing.T) { testReserveTokensRace(t, newDB) })
	t.Run("ReserveTokensTwoHandles", func(t *testing.T) { testReserveTokensTwoHandles(t, newDB) })
	t.Run("Stories", func(t *testing.T) { testStories(t, newDB) })
	t.Run("StoryRace", func(t *testing.T) { testStoryRace(t, newDB) })
	t.Run("StoryPurge", func(t *testing.T) { testStoryPurge(t, newDB) })
	t.Run("Purge", func(t *testing.T) { testPurge(t, newDB) })
	t.Run("StatsAndCheck", func(t *testing.T) { testStatsAndCheck(t, newDB) })
	t.Run("Concurrency", func(t *testing.T) { testConcurrency(t, newDB) })
	t.Run("Reopen", func(t *testing.T) { testReopen(t, newDB) })
	t.Run("CanceledContext", func(t *testing.T) { testCanceledContext(t, newDB) })
}
