package discordtest

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// rewriteTransport sends discordgo's REST requests for Discord's API prefix
// to the fake server, as the bot's own transport does with DISCORD_API_URL.
type rewriteTransport struct {
	from string // e.g. "https://discord.com/api/v9/"
	to   string // the fake's APIURL
	base http.RoundTripper
}

// RoundTrip rewrites the URL's prefix and sends the request on.
func (rt rewriteTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if u := r.URL.String(); strings.HasPrefix(u, rt.from) {
		nu, err := url.Parse(rt.to + strings.TrimPrefix(u, rt.from))
		if err != nil {
			return nil, err
		}
		r = r.Clone(r.Context())
		r.URL = nu
		r.Host = nu.Host
	}
	return rt.base.RoundTrip(r)
}

// botIntents are the intents a well-behaved Parley asks for.
const botIntents = discordgo.IntentGuilds | discordgo.IntentGuildMessages | discordgo.IntentDirectMessages

// newSession builds a real discordgo session pointed at srv, with handlers
// added before it is opened.
func newSession(t testing.TB, srv *Server, intents discordgo.Intent, handlers ...any) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New("Bot x")
	if err != nil {
		t.Fatalf("discordgo.New: %v", err)
	}
	s.Client = &http.Client{Timeout: 10 * time.Second, Transport: rewriteTransport{from: discordgo.EndpointAPI, to: srv.APIURL(), base: http.DefaultTransport}}
	s.Identify.Intents = intents
	for _, h := range handlers {
		s.AddHandler(h)
	}
	return s
}

// openSession opens s, waits for READY and closes it when the test ends.
func openSession(t testing.TB, srv *Server, s *discordgo.Session) {
	t.Helper()
	if err := s.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { closeSession(s) })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.WaitReady(ctx); err != nil {
		t.Fatalf("WaitReady: %v", err)
	}
}

// closeSession closes s without letting discordgo reconnect: its heartbeat
// goroutine can fail on the closing socket and start reconnecting.
func closeSession(s *discordgo.Session) {
	s.Lock()
	s.ShouldReconnectOnError = false
	s.Unlock()
	_ = s.Close()
}

// connect starts a server and a connected bot session with handlers.
func connect(t testing.TB, opts []Option, handlers ...any) (*Server, *discordgo.Session) {
	t.Helper()
	srv := New(t, opts...)
	s := newSession(t, srv, botIntents, handlers...)
	openSession(t, srv, s)
	return srv, s
}

// quiet records breaches without failing the test, for tests of breach
// detection; check them with wantViolation.
func quiet() Option { return WithBreachHandler(func(string) {}) }

// wantViolation fails unless some recorded breach contains every fragment.
func wantViolation(t testing.TB, srv *Server, fragments ...string) {
	t.Helper()
	for _, v := range srv.Violations() {
		ok := true
		for _, f := range fragments {
			ok = ok && strings.Contains(v, f)
		}
		if ok {
			return
		}
	}
	t.Errorf("no violation containing %q; got %q", fragments, srv.Violations())
}

// wantNoViolations fails if any breach was recorded.
func wantNoViolations(t testing.TB, srv *Server) {
	t.Helper()
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("violations = %q, want none", v)
	}
}

// ctxT returns a context that ends after d or with the test.
func ctxT(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// restCode returns the Discord error code of a discordgo REST error, or -1.
func restCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return -1
}

// errs collects errors from bot handlers, which run on their own goroutines
// and must not touch t.
type errs struct {
	mu   sync.Mutex
	list []error
}

// add records err if it is not nil.
func (e *errs) add(err error) {
	if err == nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.list = append(e.list, err)
}

// get returns the errors so far.
func (e *errs) get() []error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]error(nil), e.list...)
}

// none is an allowed_mentions that pings no one.
func none() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }
