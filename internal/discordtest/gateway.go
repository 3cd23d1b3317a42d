package discordtest

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway opcodes, from Discord's documentation.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opPresenceUpdate = 3
	opVoiceState     = 4
	opResume         = 6
	opReconnect      = 7
	opRequestMembers = 8
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatACK   = 11
)

// Gateway close codes, from Discord's documentation.
const (
	closeUnknownOpcode        = 4001
	closeDecodeError          = 4002
	closeNotAuthenticated     = 4003
	closeAuthenticationFailed = 4004
	closeAlreadyAuthenticated = 4005
	closeInvalidSeq           = 4007
	closeInvalidAPIVersion    = 4012
	closeInvalidIntents       = 4013
)

// privilegedIntents names the privileged intents in intents, which a bot
// must not ask for.
func privilegedIntents(intents discordgo.Intent) []string {
	var out []string
	for _, p := range []struct {
		bit  discordgo.Intent
		name string
	}{
		{discordgo.IntentGuildMembers, "GUILD_MEMBERS (1<<1)"},
		{discordgo.IntentGuildPresences, "GUILD_PRESENCES (1<<8)"},
		{discordgo.IntentMessageContent, "MESSAGE_CONTENT (1<<15)"},
	} {
		if intents&p.bit != 0 {
			out = append(out, p.name)
		}
	}
	return out
}

// GatewayStats describes the gateway's traffic so far.
type GatewayStats struct {
	// Connections counts websocket connections accepted.
	Connections int
	// Identifies counts IDENTIFY payloads accepted.
	Identifies int
	// Resumes counts RESUME payloads accepted; InvalidSessions counts those refused.
	Resumes         int
	InvalidSessions int
	// Heartbeats counts heartbeats received (each answered with an ACK).
	Heartbeats int
	// Ready is true while a connection is identified or resumed and has
	// sent its first heartbeat (discordgo's Open has then fully returned).
	Ready bool
	// SessionID is the current session's ID.
	SessionID string
	// Intents are the intents of the last IDENTIFY.
	Intents discordgo.Intent
	// Identify is the last IDENTIFY payload (JSON), with the token redacted.
	Identify string
	// Sequence is the last sequence number dispatched.
	Sequence int64
}

// gatewayState is the gateway half of the server, guarded by Server.mu.
type gatewayState struct {
	sess    *gwSession
	conns   map[*gwConn]struct{}
	pending []*gwEvent // dispatched before any session existed
	stats   GatewayStats
	intents discordgo.Intent
	known   bool // intents holds the intents of an IDENTIFY
}

// gwSession is a gateway session: its sequence and the events not yet
// confirmed by the client's heartbeats, for RESUME.
type gwSession struct {
	id      string
	seq     int64
	log     []*gwEvent
	conn    *gwConn
	version int
}

// gwEvent is one dispatch.
type gwEvent struct {
	seq       int64
	typ       string
	data      json.RawMessage
	written   bool
	onWritten func(time.Time) // called with Server.mu held
}

// gwConn is one websocket connection. Frames go out through a queue and a
// writer goroutine, so that dispatching never blocks on the client.
type gwConn struct {
	srv     *Server
	ws      *websocket.Conn
	version int

	qmu   sync.Mutex
	queue []outFrame
	wake  chan struct{}
	done  chan struct{}
	once  sync.Once

	// guarded by Server.mu
	sess       *gwSession
	identified bool
	heartbeats int
}

// outFrame is a frame waiting to be written.
type outFrame struct {
	data []byte
	ev   *gwEvent
}

// handleGateway serves the websocket: HELLO first, then the client's
// payloads until the connection ends.
func (s *Server) handleGateway(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	version, err := strconv.Atoi(q.Get("v"))
	badVersion := err != nil || version < 6 || version > 10
	// discordgo asks for zlib through a header only, and gets plain JSON
	// text frames, which it handles.
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered with an error.
	}
	c := &gwConn{srv: s, ws: ws, version: version, wake: make(chan struct{}, 1), done: make(chan struct{})}
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		_ = ws.Close()
		return
	}
	// The handler of a hijacked connection is not waited for by
	// httptest.Server.Close, so Close waits for it (and the writer) here.
	s.wg.Add(2)
	defer s.wg.Done()
	s.gw.conns[c] = struct{}{}
	s.gw.stats.Connections++
	if enc := q.Get("encoding"); enc != "" && enc != "json" {
		s.noteLocked("gateway asked for encoding %q; only json is served", enc)
	}
	s.notifyLocked()
	s.mu.Unlock()
	s.log.Debug("gateway connected", "query", r.URL.RawQuery)

	go c.writeLoop()
	defer s.gatewayGone(c)
	if badVersion {
		c.closeWith(closeInvalidAPIVersion, "Invalid API version.")
		return
	}
	c.send(map[string]any{"op": opHello, "d": map[string]any{"heartbeat_interval": s.cfg.heartbeat.Milliseconds()}})
	c.readLoop()
}

// gatewayGone detaches a finished connection from its session, which stays
// resumable.
func (s *Server) gatewayGone(c *gwConn) {
	c.closeNow()
	s.mu.Lock()
	delete(s.gw.conns, c)
	if c.sess != nil && c.sess.conn == c {
		c.sess.conn = nil
	}
	s.notifyLocked()
	s.mu.Unlock()
	s.flushReports()
	s.log.Debug("gateway disconnected")
}

// readyLocked reports whether the session has a live connection that is
// identified or resumed and heartbeating.
func (s *Server) readyLocked() bool {
	if s.gw.sess == nil || s.gw.sess.conn == nil {
		return false
	}
	c := s.gw.sess.conn
	return c.identified && c.heartbeats > 0
}

// closeNow ends the connection without a close frame.
func (c *gwConn) closeNow() {
	c.once.Do(func() {
		close(c.done)
		_ = c.ws.Close()
	})
}

// closeWith sends a close frame with a gateway close code, then ends the
// connection.
func (c *gwConn) closeWith(code int, text string) {
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	c.closeNow()
}

// send queues a non-dispatch payload.
func (c *gwConn) send(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		return
	}
	c.push(outFrame{data: b})
}

// sendEvent queues a dispatch.
func (c *gwConn) sendEvent(ev *gwEvent) {
	b, err := json.Marshal(struct {
		Op int             `json:"op"`
		S  int64           `json:"s"`
		T  string          `json:"t"`
		D  json.RawMessage `json:"d"`
	}{opDispatch, ev.seq, ev.typ, ev.data})
	if err != nil {
		return
	}
	c.push(outFrame{data: b, ev: ev})
}

// push appends to the queue and wakes the writer.
func (c *gwConn) push(f outFrame) {
	c.qmu.Lock()
	c.queue = append(c.queue, f)
	c.qmu.Unlock()
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// writeLoop writes queued frames in order until the connection ends.
func (c *gwConn) writeLoop() {
	defer c.srv.wg.Done()
	for {
		select {
		case <-c.wake:
		case <-c.done:
			return
		}
		for {
			c.qmu.Lock()
			batch := c.queue
			c.queue = nil
			c.qmu.Unlock()
			if len(batch) == 0 {
				break
			}
			for _, f := range batch {
				// Mark before writing: the bot may answer before this
				// goroutine runs again after the write.
				if f.ev != nil {
					c.srv.markWritten(f.ev, time.Now())
				}
				_ = c.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
				if err := c.ws.WriteMessage(websocket.TextMessage, f.data); err != nil {
					c.closeNow()
					return
				}
			}
		}
	}
}

// markWritten records that an event is being written to the socket.
func (s *Server) markWritten(ev *gwEvent, at time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ev.written = true
	if ev.onWritten != nil {
		ev.onWritten(at)
	}
	s.notifyLocked()
}

// readLoop handles the client's payloads.
func (c *gwConn) readLoop() {
	s := c.srv
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := json.Unmarshal(data, &p); err != nil {
			c.closeWith(closeDecodeError, "Error while decoding payload.")
			return
		}
		ok := true
		switch p.Op {
		case opHeartbeat:
			s.onHeartbeat(c, p.D)
		case opIdentify:
			ok = s.onIdentify(c, p.D)
		case opResume:
			ok = s.onResume(c, p.D)
		case opPresenceUpdate, opVoiceState, opRequestMembers:
			s.mu.Lock()
			if !c.identified {
				s.mu.Unlock()
				c.closeWith(closeNotAuthenticated, "Not authenticated.")
				return
			}
			s.noteLocked("gateway op %d received and ignored: %s", p.Op, truncate(string(p.D), 200))
			s.mu.Unlock()
		default:
			c.closeWith(closeUnknownOpcode, "Unknown opcode.")
			return
		}
		s.flushReports()
		if !ok {
			return
		}
	}
}

// onHeartbeat answers a heartbeat with an ACK and forgets the events the
// client has confirmed.
func (s *Server) onHeartbeat(c *gwConn, d json.RawMessage) {
	var seq *int64
	_ = json.Unmarshal(d, &seq)
	c.send(map[string]any{"op": opHeartbeatACK})
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gw.stats.Heartbeats++
	c.heartbeats++
	if sess := c.sess; sess != nil && seq != nil {
		keep := sess.log[:0]
		for _, ev := range sess.log {
			if ev.seq > *seq {
				keep = append(keep, ev)
			}
		}
		clear(sess.log[len(keep):])
		sess.log = keep
	}
	s.notifyLocked()
}

// tokenOK reports whether a token from IDENTIFY, RESUME or a REST header is
// the bot's.
func (s *Server) tokenOK(token string) bool {
	token = strings.TrimSpace(token)
	if s.cfg.botToken == "" {
		return strings.TrimPrefix(token, "Bot ") != ""
	}
	return token == s.cfg.botToken || token == "Bot "+s.cfg.botToken
}

// onIdentify starts a new session: READY, GUILD_CREATE, then any events
// that never reached the bot.
func (s *Server) onIdentify(c *gwConn, d json.RawMessage) bool {
	var id struct {
		Token   string            `json:"token"`
		Intents *discordgo.Intent `json:"intents"`
		Shard   *[2]int           `json:"shard"`
	}
	if err := json.Unmarshal(d, &id); err != nil {
		c.closeWith(closeDecodeError, "Error while decoding payload.")
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.identified {
		c.closeWith(closeAlreadyAuthenticated, "Already authenticated.")
		return false
	}
	if !s.tokenOK(id.Token) {
		c.closeWith(closeAuthenticationFailed, "Authentication failed.")
		return false
	}
	if id.Intents == nil {
		c.closeWith(closeInvalidIntents, "Invalid intent(s).")
		return false
	}
	intents := *id.Intents
	for _, name := range privilegedIntents(intents) {
		s.breachLocked("IDENTIFY asks for the privileged intent %s (intents %d)", name, intents)
	}
	var redacted map[string]any
	if json.Unmarshal(d, &redacted) == nil {
		redacted["token"] = "[redacted]"
		s.gw.stats.Identify = string(mustJSON(redacted))
	}
	s.gw.stats.Identifies++
	s.gw.stats.Intents = intents
	s.gw.intents = intents
	s.gw.known = true

	// Events that never reached any connection are kept for the new session;
	// those written to a lost connection are gone, as on Discord.
	var carry []*gwEvent
	if old := s.gw.sess; old != nil {
		for _, ev := range old.log {
			if !ev.written {
				carry = append(carry, ev)
			}
		}
		if old.conn != nil && old.conn != c {
			old.conn.sess = nil
			old.conn.identified = false
		}
	}
	carry = append(carry, s.gw.pending...)
	s.gw.pending = nil

	sess := &gwSession{id: randomHex(16), version: c.version, conn: c}
	s.gw.sess = sess
	c.sess = sess
	c.identified = true
	s.gw.stats.SessionID = sess.id

	ready := map[string]any{
		"v":                       c.version,
		"user":                    s.userJSONLocked(s.appID),
		"guilds":                  []any{map[string]any{"id": s.guildID, "unavailable": true}},
		"session_id":              sess.id,
		"session_type":            "normal",
		"resume_gateway_url":      s.GatewayURL(),
		"application":             map[string]any{"id": s.appID, "flags": 0},
		"private_channels":        []any{},
		"relationships":           []any{},
		"presences":               []any{},
		"guild_join_requests":     []any{},
		"user_settings":           map[string]any{},
		"geo_ordered_rtc_regions": []any{"local"},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	s.appendEventLocked(sess, &gwEvent{typ: "READY", data: mustJSON(ready)})
	if intents&discordgo.IntentGuilds != 0 {
		s.appendEventLocked(sess, &gwEvent{typ: "GUILD_CREATE", data: mustJSON(s.guildJSONLocked())})
	}
	for _, ev := range carry {
		ev.written = false
		s.appendEventLocked(sess, ev)
	}
	s.notifyLocked()
	return true
}

// onResume reattaches a connection to its session and replays what the
// client missed, then RESUMED; or answers op 9 when it cannot.
func (s *Server) onResume(c *gwConn, d json.RawMessage) bool {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(d, &r); err != nil {
		c.closeWith(closeDecodeError, "Error while decoding payload.")
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sess := s.gw.sess
	if !s.cfg.resume || sess == nil || sess.id != r.SessionID || !s.tokenOK(r.Token) {
		s.gw.stats.InvalidSessions++
		s.noteLocked("RESUME of session %q refused with op 9", r.SessionID)
		c.send(map[string]any{"op": opInvalidSession, "d": false})
		s.notifyLocked()
		return true
	}
	if r.Seq > sess.seq {
		c.closeWith(closeInvalidSeq, "Invalid seq.")
		return false
	}
	if old := sess.conn; old != nil && old != c {
		old.sess = nil
		old.identified = false
	}
	sess.conn = c
	c.sess = sess
	c.identified = true
	s.gw.stats.Resumes++
	for _, ev := range sess.log {
		if ev.seq > r.Seq {
			c.sendEvent(ev)
		}
	}
	s.appendEventLocked(sess, &gwEvent{typ: "RESUMED", data: json.RawMessage(`{}`)})
	s.notifyLocked()
	return true
}

// dispatchLocked sends an event to the bot: now if a connection is ready,
// on RESUME or the next IDENTIFY otherwise. onWritten, if set, runs with
// s.mu held each time the event reaches the socket.
func (s *Server) dispatchLocked(typ string, d any, onWritten func(time.Time)) {
	ev := &gwEvent{typ: typ, data: mustJSON(d), onWritten: onWritten}
	if s.gw.sess == nil {
		s.gw.pending = append(s.gw.pending, ev)
		return
	}
	s.appendEventLocked(s.gw.sess, ev)
}

// appendEventLocked numbers an event in a session, keeps it for replay
// (READY and RESUMED are never replayed) and writes it if the session has a
// connection.
func (s *Server) appendEventLocked(sess *gwSession, ev *gwEvent) {
	sess.seq++
	ev.seq = sess.seq
	if ev.typ != "READY" && ev.typ != "RESUMED" {
		sess.log = append(sess.log, ev)
	}
	s.gw.stats.Sequence = sess.seq
	if c := sess.conn; c != nil && c.identified {
		c.sendEvent(ev)
	}
}

// intentsLocked returns the bot's intents and whether it has identified.
func (s *Server) intentsLocked() (discordgo.Intent, bool) {
	return s.gw.intents, s.gw.known
}

// GatewayStats returns the gateway's counters and state.
func (s *Server) GatewayStats() GatewayStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.gw.stats
	st.Ready = s.readyLocked()
	return st
}

// WaitReady waits until the bot is connected: identified (READY sent) or
// resumed (RESUMED sent) on a live connection that has sent a heartbeat.
// discordgo starts heartbeating at the end of Open, so after WaitReady a
// DropWebsocket makes it reconnect once, not twice.
func (s *Server) WaitReady(ctx context.Context) error {
	return s.waitLocked(ctx, s.readyLocked)
}

// DropWebsocket closes the bot's gateway connection abruptly, without a
// close frame, as a network failure would. The session stays resumable
// (unless WithoutResume); events dispatched meanwhile are replayed on
// RESUME. It reports whether there was a connection to drop.
func (s *Server) DropWebsocket() bool {
	s.mu.Lock()
	var c *gwConn
	if s.gw.sess != nil {
		c = s.gw.sess.conn
	}
	if c == nil {
		for cc := range s.gw.conns {
			c = cc
			break
		}
	}
	if c == nil {
		s.mu.Unlock()
		return false
	}
	if c.sess != nil && c.sess.conn == c {
		c.sess.conn = nil
	}
	c.identified = false
	s.notifyLocked()
	s.mu.Unlock()
	c.closeNow()
	return true
}

// RequestReconnect sends op 7 (reconnect) on the bot's connection: the
// client should close it and resume on a new one. It reports whether there
// was a connection.
func (s *Server) RequestReconnect() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gw.sess == nil || s.gw.sess.conn == nil {
		return false
	}
	s.gw.sess.conn.send(map[string]any{"op": opReconnect, "d": nil})
	return true
}

// mustJSON marshals v; the values marshalled here are built from maps and
// raw JSON, which cannot fail.
func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		return json.RawMessage(`null`)
	}
	return b
}

// truncate shortens s to at most n bytes for notes.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
