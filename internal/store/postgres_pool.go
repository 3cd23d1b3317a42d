package store

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// errClosed is returned (wrapped) by the calls made on a closed store.
var errClosed = errors.New("store is closed")

// Pool defaults, as pgxpool's.
const (
	pgPingAfter   = time.Second      // ping a connection idle this long before use
	pgMaxLifetime = time.Hour        // then close it, so that servers behind a balancer rebalance
	pgMaxIdle     = 30 * time.Minute // close connections idle this long
)

// pgPool is a small pool of PostgreSQL connections: at most max open at a
// time, opened on demand, reused last-in first-out, pinged after a second
// idle and closed when broken, left in a transaction or older than an hour.
//
// It stands in for pgxpool, whose dependency (github.com/jackc/puddle/v2)
// the module does not have; the Postgres store only needs acquire and
// release, so swapping pgxpool in is local to this file and postgres.go.
type pgPool struct {
	config      *pgx.ConnConfig
	slots       chan struct{} // a token per connection handed out or being opened
	pingAfter   time.Duration
	maxLifetime time.Duration
	maxIdle     time.Duration

	mu     sync.Mutex
	idle   []*pgConn // most recently released last
	closed bool
}

// pgConn is a pooled connection.
type pgConn struct {
	conn      *pgx.Conn
	created   time.Time
	idleSince time.Time
}

// newPGPool returns a pool of at most max connections made with config.
// It opens none until asked.
func newPGPool(config *pgx.ConnConfig, max int) *pgPool {
	return &pgPool{
		config:      config,
		slots:       make(chan struct{}, max),
		pingAfter:   pgPingAfter,
		maxLifetime: pgMaxLifetime,
		maxIdle:     pgMaxIdle,
	}
}

// acquire returns a connection for the caller's sole use until release,
// waiting for one while max are in use.
func (p *pgPool) acquire(ctx context.Context) (*pgConn, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	for {
		c, err := p.popIdle()
		if err != nil {
			<-p.slots
			return nil, err
		}
		if c == nil {
			break
		}
		now := time.Now()
		if now.Sub(c.created) > p.maxLifetime || now.Sub(c.idleSince) > p.maxIdle {
			p.destroy(c)
			continue
		}
		if now.Sub(c.idleSince) > p.pingAfter {
			if err := c.conn.Ping(ctx); err != nil {
				p.destroy(c)
				if ctx.Err() != nil {
					<-p.slots
					return nil, ctx.Err()
				}
				continue // the server closed it: try the next one
			}
		}
		return c, nil
	}
	conn, err := pgx.ConnectConfig(ctx, p.config)
	if err != nil {
		<-p.slots
		return nil, err
	}
	return &pgConn{conn: conn, created: time.Now()}, nil
}

// popIdle takes the most recently released connection, or nil.
func (p *pgPool) popIdle() (*pgConn, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, errClosed
	}
	n := len(p.idle)
	if n == 0 {
		return nil, nil
	}
	c := p.idle[n-1]
	p.idle[n-1] = nil
	p.idle = p.idle[:n-1]
	return c, nil
}

// release gives c back. A connection that is closed, busy, inside a
// transaction or too old is closed instead, as are all once the pool is.
func (p *pgPool) release(c *pgConn) {
	defer func() { <-p.slots }()
	pc := c.conn.PgConn()
	now := time.Now()
	if c.conn.IsClosed() || pc.IsBusy() || pc.TxStatus() != 'I' || now.Sub(c.created) > p.maxLifetime {
		p.destroy(c)
		return
	}
	c.idleSince = now
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		p.destroy(c)
		return
	}
	p.idle = append(p.idle, c)
	// The least recently used connection is first: close it when it has
	// idled too long, so that a quiet bot gives server slots back.
	var stale *pgConn
	if len(p.idle) > 1 && now.Sub(p.idle[0].idleSince) > p.maxIdle {
		stale = p.idle[0]
		p.idle = append(p.idle[:0], p.idle[1:]...)
	}
	p.mu.Unlock()
	if stale != nil {
		p.destroy(stale)
	}
}

// destroy closes c, waiting at most a few seconds for the server.
func (p *pgPool) destroy(c *pgConn) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = c.conn.Close(ctx) // the connection is dropped either way
}

// close closes the idle connections and makes acquire fail; connections
// in use are closed when released.
func (p *pgPool) close() {
	p.mu.Lock()
	idle := p.idle
	p.idle = nil
	p.closed = true
	p.mu.Unlock()
	for _, c := range idle {
		p.destroy(c)
	}
}

// stat returns the connections in use and idle, for tests.
func (p *pgPool) stat() (inUse, idle int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.slots), len(p.idle)
}
