package bot

import "sync"

// guildLocks serializes work per server: one lock per guild, held only
// while someone holds or waits for it. The zero value is ready to use.
type guildLocks struct {
	mu    sync.Mutex
	locks map[string]*guildLock
}

// guildLock is one guild's lock and how many hold or wait for it.
type guildLock struct {
	mu    sync.Mutex
	users int
}

// lock takes a guild's lock and returns what releases it.
func (g *guildLocks) lock(guild string) (unlock func()) {
	g.mu.Lock()
	if g.locks == nil {
		g.locks = map[string]*guildLock{}
	}
	l := g.locks[guild]
	if l == nil {
		l = &guildLock{}
		g.locks[guild] = l
	}
	l.users++
	g.mu.Unlock()
	l.mu.Lock()
	return func() {
		l.mu.Unlock()
		g.mu.Lock()
		if l.users--; l.users == 0 {
			delete(g.locks, guild)
		}
		g.mu.Unlock()
	}
}

// held is how many guilds have a lock held or waited for (for tests).
func (g *guildLocks) held() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.locks)
}
