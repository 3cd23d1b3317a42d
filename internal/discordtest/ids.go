package discordtest

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"sync/atomic"
	"time"
)

// discordEpochMs is the first millisecond of 2015, Discord's snowflake epoch.
const discordEpochMs = 1420070400000

// snowflakes hands out unique, increasing snowflake IDs shaped like Discord's:
// milliseconds since the Discord epoch in the top 42 bits, then worker,
// process and an increment.
type snowflakes struct {
	last atomic.Uint64
}

// next returns a new snowflake ID as a decimal string.
func (g *snowflakes) next() string {
	for {
		prev := g.last.Load()
		ms := uint64(time.Now().UnixMilli() - discordEpochMs)
		id := ms<<22 | 1<<17 | 1<<12
		if id <= prev {
			id = prev + 1
		}
		if g.last.CompareAndSwap(prev, id) {
			return strconv.FormatUint(id, 10)
		}
	}
}

// randomToken returns an interaction token: URL-safe, long and unguessable,
// like the tokens Discord hands out.
func randomToken() string {
	b := make([]byte, 48)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms.
	return "aW50ZXJhY3Rpb246" + base64.RawURLEncoding.EncodeToString(b)
}

// randomHex returns n random bytes as hex, for session IDs and hashes.
func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
