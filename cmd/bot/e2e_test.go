package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

// syncBuffer is a bytes.Buffer safe for the bot's logger and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a bot started through the program's own wiring (serve).
type running struct {
	cancel  context.CancelFunc
	done    chan int
	log     *syncBuffer
	metrics chan string // the address of /healthz and /metrics, when served
}

// loopback lets the fetcher reach httptest servers; only tests can set it.
var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}

// startBot runs "bot run" against the fake Discord with the store at db,
// and waits until it is connected and has registered its commands.
func startBot(t *testing.T, srv *discordtest.Server, db string, extra map[string]string) *running {
	t.Helper()
	return startBotWith(t, srv, db, extra, nil)
}

// startBotWith is startBot with the store wrapped (to inject faults).
func startBotWith(t *testing.T, srv *discordtest.Server, db string, extra map[string]string, wrap func(store.Store) store.Store) *running {
	t.Helper()
	r := launch(t, srv, db, extra, wrap)
	t.Cleanup(func() { r.stop(t) })
	return r
}

// startBotB is startBot for benchmarks.
func startBotB(b *testing.B, srv *discordtest.Server, db string) *running {
	b.Helper()
	r := launch(b, srv, db, map[string]string{"LOG_LEVEL": "error"}, nil)
	b.Cleanup(func() { r.stop(b) })
	return r
}

func seedArticleB(b *testing.B) string {
	s, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	return string(s)
}

// launch starts the bot through serve and waits for it to be connected.
func launch(t testing.TB, srv *discordtest.Server, db string, extra map[string]string, wrap func(store.Store) store.Store) *running {
	t.Helper()
	env := map[string]string{
		"DISCORD_TOKEN":     "test-token",
		"DISCORD_API_URL":   srv.APIURL(),
		"DISCORD_GUILD_ID":  srv.GuildID(),
		"PARLEY_DB_PATH":    db,
		"BOT_USER_COOLDOWN": "0",
		"LOG_LEVEL":         "debug",
	}
	for k, v := range extra {
		env[k] = v
	}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{cancel: cancel, done: make(chan int, 1), log: &syncBuffer{}, metrics: make(chan string, 1)}
	h := hooks{fetchAllow: loopback, shutdownGrace: 10 * time.Second, onMetrics: func(a string) { r.metrics <- a }, wrapStore: wrap}
	go func() { r.done <- serve(ctx, cfg, r.log, h) }()
	wctx, wcancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer wcancel()
	if err := srv.WaitReady(wctx); err != nil {
		t.Fatalf("bot not ready: %v\n%s", err, r.log.String())
	}
	if extra["SHARD_ID"] != "" && extra["SHARD_ID"] != "0" {
		return r // only shard 0 registers the commands
	}
	if err := srv.WaitFor(wctx, func() bool { return len(srv.Commands(srv.GuildID())) > 0 }); err != nil {
		t.Fatalf("commands not registered: %v\n%s", err, r.log.String())
	}
	return r
}

// stop stops the bot as SIGTERM does and waits for it (once).
func (r *running) stop(t testing.TB) {
	if r.cancel == nil {
		return
	}
	r.cancel()
	r.cancel = nil
	select {
	case code := <-r.done:
		if code != 0 {
			t.Errorf("bot exited with %d:\n%s", code, r.log.String())
		}
	case <-time.After(20 * time.Second):
		t.Errorf("bot did not stop within 20 s")
	}
}

func waitCtx(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func seedArticle(t *testing.T) string {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// embedText is all the text of a message's embeds.
func embedText(m *discordgo.Message) string {
	var b strings.Builder
	for _, e := range m.Embeds {
		b.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			b.WriteString(f.Name + "\n" + f.Value + "\n")
		}
		if e.Footer != nil {
			b.WriteString(e.Footer.Text)
		}
	}
	return b.String()
}

// buttonIDs lists the custom ids of a message's buttons by label.
func buttonIDs(m *discordgo.Message) map[string]string {
	out := map[string]string{}
	for _, row := range m.Components {
		ar, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range ar.Components {
			if b, ok := c.(*discordgo.Button); ok {
				out[b.Label] = b.CustomID
			}
		}
	}
	return out
}

func TestE2ESummarizeText(t *testing.T) {
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), nil)
	in := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("text", seedArticle(t))))
	ack, err := in.WaitAcked(waitCtx(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if ack.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Errorf("acknowledged with type %d, want a deferral (5)", ack.Type)
	}
	msg, err := in.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	text := embedText(msg)
	for _, want := range []string{"Volodymyr Zelenskyy", "Marco Rubio", "Donald Trump", "We will never consider Ukrainian lands as Russian", "Every sovereign nation on Earth has a right to defend itself", "London"} {
		if !strings.Contains(text, want) {
			t.Errorf("brief lacks %q:\n%s", want, text)
		}
	}
	ids := buttonIDs(msg)
	for _, l := range []string{"Quotes", "More", "Ask in thread"} {
		if ids[l] == "" {
			t.Errorf("no %q button (buttons %v)", l, ids)
		}
	}
	// Quotes: every quote with its speaker, on the same message.
	q := srv.SendInteraction(discordtest.ButtonClick(msg, ids["Quotes"]))
	if _, err := q.WaitFinal(waitCtx(t, 10*time.Second)); err != nil {
		t.Fatal(err)
	}
	updated, _ := srv.Message(msg.ID)
	if got := embedText(updated); !strings.Contains(got, "adopting Russian strategy") || !strings.Contains(got, "Who said what") {
		t.Errorf("quotes page:\n%s", got)
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}

func TestE2EMessageCommandLink(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var paras strings.Builder
		for _, p := range strings.Split(strings.TrimSpace(seedArticle(t)), "\n") {
			paras.WriteString("<p>" + p + "</p>\n")
		}
		w.Write([]byte(`<!doctype html><html><head><title>US open to recognising Russian control of Crimea</title>
<meta property="og:site_name" content="Caliber"><link rel="canonical" href="` + "http://" + r.Host + `/crimea"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>US open to recognising Russian control of Crimea</h1>` + paras.String() + `</article>
<footer>© Caliber</footer></body></html>`))
	}))
	defer site.Close()
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), nil)
	target := srv.SeedMessage(discordtest.MessageSpec{Content: "Worth a read: " + site.URL + "/crimea?utm_source=x"})
	in := srv.SendInteraction(discordtest.MessageCommand("Summarize", target))
	msg, err := in.WaitFinal(waitCtx(t, 15*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(msg.Embeds) != 1 {
		t.Fatalf("%d embeds, want 1; content %q", len(msg.Embeds), msg.Content)
	}
	e := msg.Embeds[0]
	if e.Title != "US open to recognising Russian control of Crimea" || !strings.HasSuffix(e.URL, "/crimea") {
		t.Errorf("title %q url %q, want the page's title linked to its canonical URL", e.Title, e.URL)
	}
	if e.Footer == nil || !strings.Contains(e.Footer.Text, "Caliber") {
		t.Errorf("footer %+v lacks the site", e.Footer)
	}
	if !strings.Contains(embedText(msg), "Marco Rubio") {
		t.Errorf("brief lacks the quotes:\n%s", embedText(msg))
	}
}

func TestE2EMentionsAndMarkdownAreInert(t *testing.T) {
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), nil)
	text := "@everyone The union and the company met on Monday. <@&123456789> **Union leader** Ann Lee said: “@everyone, we walk out on Friday unless the offer improves. <@" + srv.DefaultUser().ID + "> knows it.”\n\n" +
		"# Management ||refused|| the ~~offer~~ and `said` talks will resume next week in London. @here [click](https://evil.example) > quoted"
	in := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("text", text)))
	msg, err := in.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if msg.MentionEveryone || len(msg.Mentions) > 0 || len(msg.MentionRoles) > 0 {
		t.Errorf("the brief pings: everyone=%v users=%v roles=%v", msg.MentionEveryone, msg.Mentions, msg.MentionRoles)
	}
	var am map[string]any
	if err := json.Unmarshal(srv.AllowedMentions(msg.ID), &am); err != nil {
		t.Fatalf("allowed_mentions: %v", err)
	}
	if p, ok := am["parse"].([]any); !ok || len(p) != 0 {
		t.Errorf("allowed_mentions = %v, want an empty parse list", am)
	}
	got := embedText(msg)
	if strings.Contains(got, "@everyone") || strings.Contains(got, "<@&") || strings.Contains(got, "**Union") || strings.Contains(got, "||refused||") {
		t.Errorf("article markup reaches Discord unescaped:\n%s", got)
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}

// summarizeSeed posts a brief of the seed and returns its message.
func summarizeSeed(t *testing.T, srv *discordtest.Server) *discordgo.Message {
	t.Helper()
	in := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("text", seedArticle(t))))
	msg, err := in.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

// botReplyTo waits for the bot's reply to message id in a channel.
func botReplyTo(t *testing.T, srv *discordtest.Server, channelID, id string) *discordgo.Message {
	t.Helper()
	var got *discordgo.Message
	err := srv.WaitFor(waitCtx(t, 10*time.Second), func() bool {
		for _, m := range srv.Messages(channelID) {
			if m.Author != nil && m.Author.ID == srv.ApplicationID() && m.MessageReference != nil && m.MessageReference.MessageID == id {
				got = m
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("no reply to %s in %s: %v", id, channelID, err)
	}
	return got
}

func TestE2EAskInThreadAcrossRestart(t *testing.T) {
	srv := discordtest.New(t)
	db := filepath.Join(t.TempDir(), "parley.db")
	bot := startBot(t, srv, db, nil)
	brief := summarizeSeed(t, srv)
	click := srv.SendInteraction(discordtest.ButtonClick(brief, buttonIDs(brief)["Ask in thread"]))
	if _, err := click.WaitFinal(waitCtx(t, 10*time.Second)); err != nil {
		t.Fatal(err)
	}
	threads := srv.Threads()
	if len(threads) != 1 || threads[0].ID != brief.ID {
		t.Fatalf("threads = %+v, want one started from the brief %s", threads, brief.ID)
	}
	thread := threads[0].ID
	msgs := srv.Messages(thread)
	if len(msgs) == 0 || !strings.Contains(msgs[0].Content, "Ask me anything") {
		t.Fatalf("no invitation in the thread: %+v", msgs)
	}
	invite := msgs[0]

	// A reply to the bot's message.
	q1 := srv.SendMessage(discordtest.MessageSpec{ChannelID: thread, Content: "When do talks resume?", ReplyTo: invite.ID})
	a1 := botReplyTo(t, srv, thread, q1.ID)
	if !strings.Contains(a1.Content, "next week") || !strings.Contains(a1.Content, "sentence 16") {
		t.Errorf("answer to a reply = %q, want next week citing sentence 16", a1.Content)
	}
	// An @mention.
	q2 := srv.SendMessage(discordtest.MessageSpec{ChannelID: thread, Content: srv.BotMention() + " what did Rubio say?"})
	a2 := botReplyTo(t, srv, thread, q2.ID)
	if !strings.Contains(a2.Content, "Every sovereign nation on Earth has a right to defend itself") {
		t.Errorf("answer to a mention = %q", a2.Content)
	}
	// A message that neither mentions nor replies is not for the bot.
	srv.SendMessage(discordtest.MessageSpec{ChannelID: thread, Content: "I think they will meet in London."})

	// Restart on the same store: the thread is still bound to its article.
	bot.stop(t)
	startBot(t, srv, db, nil)
	q3 := srv.SendMessage(discordtest.MessageSpec{ChannelID: thread, Content: srv.BotMention() + " who proposed the ceasefire?"})
	a3 := botReplyTo(t, srv, thread, q3.ID)
	if !strings.Contains(a3.Content, "United States") {
		t.Errorf("answer after a restart = %q", a3.Content)
	}
	// And /ask works in the thread too, following the conversation.
	in := srv.SendInteraction(discordtest.InteractionSpec{Type: discordgo.InteractionApplicationCommand, CommandName: "ask", ChannelID: thread,
		Options: []discordtest.CommandOption{discordtest.StringOption("question", "and where?")}})
	m, err := in.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Content, "Paris") {
		t.Errorf("/ask in the thread = %q, want where the ceasefire was proposed (Paris)", m.Content)
	}
	for _, mm := range srv.Messages(thread) {
		if mm.Author != nil && mm.Author.ID == srv.ApplicationID() && strings.Contains(mm.Content, "I think they will meet") {
			t.Errorf("the bot answered a message not addressed to it")
		}
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}

// TestE2EHundredAtOnce sends 100 interactions at once: every one is
// acknowledged within Discord's 3 s and answered exactly once.
func TestE2EHundredAtOnce(t *testing.T) {
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), map[string]string{"BOT_MAX_CONCURRENT": "8"})
	text := seedArticle(t)
	var ins []*discordtest.Interaction
	for i := range 100 {
		var spec discordtest.InteractionSpec
		switch i % 4 {
		case 0, 1:
			spec = discordtest.SlashCommand("summarize", discordtest.StringOption("text", text))
		case 2:
			spec = discordtest.SlashCommand("ask", discordtest.StringOption("question", "who proposed the ceasefire?"))
		default:
			spec = discordtest.SlashCommand("help")
		}
		spec.User = srv.AddUser("user" + string(rune('a'+i%26)) + string(rune('a'+i/26)))
		ins = append(ins, srv.SendInteraction(spec))
	}
	ctx := waitCtx(t, 60*time.Second)
	for _, in := range ins {
		if _, err := in.WaitFinal(ctx); err != nil {
			t.Fatalf("interaction %s: %v", in.ID(), err)
		}
	}
	for _, in := range ins {
		accepted := 0
		for _, c := range in.Callbacks() {
			if c.Accepted {
				accepted++
			}
		}
		if accepted != 1 {
			t.Errorf("interaction %s acknowledged %d times", in.ID(), accepted)
		}
		if d, ok := in.AckLatency(); !ok || d > 3*time.Second {
			t.Errorf("interaction %s acknowledged after %v", in.ID(), d)
		}
		if len(in.FollowUps()) > 1 {
			t.Errorf("interaction %s answered %d extra times", in.ID(), len(in.FollowUps()))
		}
	}
	lat := srv.AckLatencies()
	t.Logf("acknowledgement latency of 100 at once: p50 %v, p99 %v", discordtest.Percentile(lat, 50), discordtest.Percentile(lat, 99))
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}

// TestE2ERateLimitStormAndDroppedGateway: 429s on the REST API and a
// dropped websocket in the middle of a run; the bot recovers and loses no
// reply.
func TestE2ERateLimitStormAndDroppedGateway(t *testing.T) {
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), nil)
	text := seedArticle(t)
	var ins []*discordtest.Interaction
	send := func(n int) {
		for i := range n {
			spec := discordtest.SlashCommand("summarize", discordtest.StringOption("text", text))
			spec.User = srv.AddUser("storm" + string(rune('a'+len(ins)+i)))
			ins = append(ins, srv.SendInteraction(spec))
		}
	}
	// A storm of 429s on every REST route (interaction callbacks included).
	srv.Inject429(30, 50*time.Millisecond, false)
	srv.Inject429(5, 100*time.Millisecond, true)
	send(10)
	if !srv.DropWebsocket() {
		t.Fatal("no websocket to drop")
	}
	send(10)
	ctx := waitCtx(t, 60*time.Second)
	for _, in := range ins {
		m, err := in.WaitFinal(ctx)
		if err != nil {
			t.Fatalf("interaction %s lost: %v", in.ID(), err)
		}
		if len(m.Embeds) != 1 {
			t.Errorf("interaction %s answered without its brief: %q", in.ID(), m.Content)
		}
	}
	limited := 0
	for _, r := range srv.Requests() {
		if r.RateLimited {
			limited++
		}
	}
	if limited != 35 {
		t.Errorf("%d requests got a 429, want all 35 injected", limited)
	}
	if st := srv.GatewayStats(); st.Resumes+st.Identifies < 2 {
		t.Errorf("gateway stats %+v: the bot did not reconnect", st)
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}

// TestE2EShutdownFinishesInFlight: SIGTERM (a cancelled context) during a
// burst stops new work, and every reply in flight is still sent.
func TestE2EShutdownFinishesInFlight(t *testing.T) {
	body := seedArticle(t)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(700 * time.Millisecond) // a slow news site
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(body))
	}))
	defer site.Close()
	srv := discordtest.New(t)
	db := filepath.Join(t.TempDir(), "parley.db")
	bot := startBot(t, srv, db, nil)
	var ins []*discordtest.Interaction
	for i := range 12 {
		spec := discordtest.SlashCommand("summarize", discordtest.StringOption("url", site.URL+"/story/"+string(rune('a'+i))))
		spec.User = srv.AddUser("burst" + string(rune('a'+i)))
		ins = append(ins, srv.SendInteraction(spec))
	}
	ctx := waitCtx(t, 10*time.Second)
	for _, in := range ins {
		if _, err := in.WaitAcked(ctx); err != nil {
			t.Fatal(err)
		}
	}
	stopped := make(chan struct{})
	go func() { bot.stop(t); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(15 * time.Second):
		t.Fatal("the bot did not stop")
	}
	for _, in := range ins {
		if !in.Done() {
			t.Errorf("interaction %s was left unanswered at shutdown", in.ID())
			continue
		}
		if m := in.Original(); m == nil || len(m.Embeds) != 1 {
			t.Errorf("interaction %s answered without its brief", in.ID())
		}
	}
	// Nothing half-written: the store is whole and every posted brief is
	// bound to its article.
	st, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Check(context.Background()); err != nil {
		t.Errorf("store after shutdown: %v", err)
	}
	for _, in := range ins {
		if m := in.Original(); m != nil {
			if _, err := st.BindingByMessage(context.Background(), m.ID); err != nil {
				t.Errorf("brief %s not bound after shutdown: %v", m.ID, err)
			}
		}
	}
}

// TestE2EHealthAndMetrics: /healthz answers while connected, /metrics counts
// interactions by command and outcome and briefs by engine, and no secret
// reaches the logs.
func TestE2EHealthAndMetrics(t *testing.T) {
	srv := discordtest.New(t)
	bot := startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), map[string]string{"METRICS_ADDR": "127.0.0.1:0", "OPENAI_API_KEY": ""})
	var addr string
	select {
	case addr = <-bot.metrics:
	case <-time.After(5 * time.Second):
		t.Fatal("no metrics address")
	}
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		return resp.StatusCode, b.String()
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("/healthz = %d %q", code, body)
	}
	summarizeSeed(t, srv)
	bad := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("url", "http://169.254.169.254/latest/meta-data")))
	if err := srv.WaitFor(waitCtx(t, 10*time.Second), func() bool { return len(bad.FollowUps()) > 0 }); err != nil {
		t.Fatalf("%v: callbacks %+v edits %+v\n%s", err, bad.Callbacks(), bad.Edits(), bot.log.String())
	}
	if fu := bad.FollowUps(); len(fu) != 1 || fu[0].Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(fu[0].Content, "private or local networks") {
		t.Errorf("refused link: follow-ups %+v, want one ephemeral line", fu)
	}
	wants := []string{
		`parley_interactions_total{kind="command:summarize",outcome="ok"} 1`,
		`parley_interactions_total{kind="command:summarize",outcome="error:fetch_refused"} 1`,
		`parley_briefs_total{cached="false",engine="local"} 1`,
		`parley_fetch_failures_total{kind="refused"} 1`,
		`parley_ack_seconds_bucket`,
		`parley_store_size_bytes`,
	}
	all := func(body string) bool {
		for _, want := range wants {
			if !strings.Contains(body, want) {
				return false
			}
		}
		return true
	}
	var body string
	// An interaction is counted when its handler returns, after the reply
	// and after any follow-up (a brief's "since the last brief").
	for range 250 {
		if _, body = get("/metrics"); all(body) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, want := range wants {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(bot.log.String(), "test-token") {
		t.Error("the Discord token reached the logs")
	}
	if !strings.Contains(bot.log.String(), "msg=interaction") {
		t.Error("no log line per interaction")
	}
	bot.stop(t)
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Error("/healthz still served after shutdown")
	}
}

// failingStore is a store whose writes fail like a full disk while full is set.
type failingStore struct {
	store.Store
	full *atomic.Bool
}

var errDiskFull = fmt.Errorf("database or disk is full: %w", syscall.ENOSPC)

func (f failingStore) fail() error {
	if f.full.Load() {
		return errDiskFull
	}
	return nil
}

func (f failingStore) PutArticle(ctx context.Context, a *article.Article) (int64, error) {
	if err := f.fail(); err != nil {
		return 0, err
	}
	return f.Store.PutArticle(ctx, a)
}

func (f failingStore) PutBrief(ctx context.Context, id int64, engine string, b *summarize.Brief) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.PutBrief(ctx, id, engine, b)
}

func (f failingStore) Bind(ctx context.Context, b store.Binding) error {
	if err := f.fail(); err != nil {
		return err
	}
	return f.Store.Bind(ctx, b)
}

func (f failingStore) AddTurn(ctx context.Context, t store.Turn) (int64, error) {
	if err := f.fail(); err != nil {
		return 0, err
	}
	return f.Store.AddTurn(ctx, t)
}

// TestE2EDiskFull: while the store cannot write, briefs are still posted
// (without the buttons that need memory) and the log says why; when space
// is back, everything works again.
func TestE2EDiskFull(t *testing.T) {
	srv := discordtest.New(t)
	full := &atomic.Bool{}
	db := filepath.Join(t.TempDir(), "parley.db")
	bot := startBotWith(t, srv, db, nil, func(st store.Store) store.Store { return failingStore{Store: st, full: full} })
	full.Store(true)
	m := summarizeSeed(t, srv)
	if !strings.Contains(embedText(m), "Marco Rubio") {
		t.Errorf("no brief while the disk is full:\n%s", embedText(m))
	}
	if len(buttonIDs(m)) != 0 {
		t.Errorf("buttons %v offered though nothing could be stored", buttonIDs(m))
	}
	if !strings.Contains(bot.log.String(), "disk is full") {
		t.Errorf("the log does not say the disk is full:\n%s", bot.log.String())
	}
	full.Store(false)
	m = summarizeSeed(t, srv)
	if len(buttonIDs(m)) != 3 {
		t.Errorf("buttons %v after the disk has space again", buttonIDs(m))
	}
}

// TestE2EStoreUnopenable: a store path that cannot be created is a clear
// error in the log, and the bot still posts briefs.
func TestE2EStoreUnopenable(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "not-a-dir")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := discordtest.New(t)
	bot := startBot(t, srv, filepath.Join(blocker, "parley.db"), nil)
	m := summarizeSeed(t, srv)
	if !strings.Contains(embedText(m), "Volodymyr Zelenskyy") {
		t.Errorf("no brief without a store")
	}
	if !strings.Contains(bot.log.String(), "the store cannot be opened") || !strings.Contains(bot.log.String(), "not a directory") {
		t.Errorf("no clear error in the log:\n%s", bot.log.String())
	}
	in := srv.SendInteraction(discordtest.SlashCommand("ask", discordtest.StringOption("question", "who?")))
	if err := srv.WaitFor(waitCtx(t, 10*time.Second), func() bool { return len(in.FollowUps()) > 0 }); err != nil {
		t.Fatal(err)
	}
	if c := in.FollowUps()[0].Content; !strings.Contains(c, "no article") {
		t.Errorf("/ask without a store = %q", c)
	}
}

// TestE2EGatewayDropsRepeatedly: the gateway drops every half second (every
// 10 s in the issue, compressed) while interactions keep coming; every one
// is answered exactly once.
func TestE2EGatewayDropsRepeatedly(t *testing.T) {
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), nil)
	text := seedArticle(t)
	var drops atomic.Int32
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if srv.DropWebsocket() {
					drops.Add(1)
				}
			}
		}
	}()
	// Interactions keep coming until the gateway has dropped three times
	// (a reconnection takes discordgo about a second), at most 60 of
	// them: on a busy machine reconnections are slower, and the test
	// then waits for the drops without piling up more work than the
	// final wait can see answered.
	var ins []*discordtest.Interaction
	for i := 0; i < 60 && drops.Load() < 3; i++ {
		spec := discordtest.SlashCommand("summarize", discordtest.StringOption("text", text))
		spec.User = srv.AddUser(fmt.Sprintf("drop%d", i))
		ins = append(ins, srv.SendInteraction(spec))
		time.Sleep(60 * time.Millisecond)
	}
	for deadline := time.Now().Add(30 * time.Second); drops.Load() < 3 && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
	}
	close(stop)
	<-done
	if n := drops.Load(); n < 3 {
		t.Errorf("only %d drops happened", n)
	}
	ctx := waitCtx(t, 60*time.Second)
	for _, in := range ins {
		if _, err := in.WaitFinal(ctx); err != nil {
			t.Fatalf("lost across gateway drops: %v", err)
		}
	}
	for _, in := range ins {
		accepted := 0
		for _, c := range in.Callbacks() {
			if c.Accepted {
				accepted++
			}
		}
		if accepted != 1 {
			t.Errorf("interaction %s acknowledged %d times", in.ID(), accepted)
		}
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}

// TestE2EShards: a process started as shard 1 of 2 identifies as that
// shard and leaves the commands to shard 0's process; SHARD_COUNT=auto
// asks Discord for the recommended count.
func TestE2EShards(t *testing.T) {
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), map[string]string{"SHARD_ID": "1", "SHARD_COUNT": "2"})
	if id := srv.GatewayStats().Identify; !strings.Contains(id, `"shard":[1,2]`) {
		t.Errorf("IDENTIFY %s does not name shard 1 of 2", id)
	}
	time.Sleep(200 * time.Millisecond)
	if n := len(srv.Commands(srv.GuildID())); n != 0 {
		t.Errorf("shard 1 registered %d commands", n)
	}

	srv2 := discordtest.New(t)
	bot := startBot(t, srv2, filepath.Join(t.TempDir(), "parley.db"), map[string]string{"SHARD_COUNT": "auto"})
	if !strings.Contains(bot.log.String(), "shards=1") {
		t.Errorf("SHARD_COUNT=auto did not use Discord's recommended count:\n%s", bot.log.String())
	}
	m := summarizeSeed(t, srv2)
	if len(m.Embeds) != 1 {
		t.Errorf("no brief with automatic sharding")
	}
}

// TestE2ETwoBotsOneStore: two bot processes share one database: an article
// one of them read is served to the other from the store (the site is hit
// once), and a brief posted by one can be asked about through the other.
func TestE2ETwoBotsOneStore(t *testing.T) {
	hits := atomic.Int32{}
	body := seedArticle(t)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(body))
	}))
	defer site.Close()
	db := filepath.Join(t.TempDir(), "parley.db")
	extra := map[string]string{}
	if u := os.Getenv("PARLEY_TEST_DATABASE_URL"); u != "" {
		extra["DATABASE_URL"] = u
	}
	srvA, srvB := discordtest.New(t), discordtest.New(t)
	startBot(t, srvA, db, extra)
	startBot(t, srvB, db, extra)
	a := srvA.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("url", site.URL+"/talks")))
	if _, err := a.WaitFinal(waitCtx(t, 10*time.Second)); err != nil {
		t.Fatal(err)
	}
	b := srvB.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("url", site.URL+"/talks")))
	if _, err := b.WaitFinal(waitCtx(t, 10*time.Second)); err != nil {
		t.Fatal(err)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("the site was fetched %d times by two bots sharing a store, want once", n)
	}
	ids := buttonIDs(a.Original())
	_, articleID, _, _, ok := parseCustomIDForTest(ids["Quotes"])
	if !ok {
		t.Fatalf("no article id in %v", ids)
	}
	q := srvB.SendInteraction(discordtest.SlashCommand("ask", discordtest.StringOption("question", "what did Rubio say?"), discordtest.StringOption("article", fmt.Sprint(articleID))))
	m, err := q.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Content, "Every sovereign nation") {
		t.Errorf("the other bot's answer = %q", m.Content)
	}
}

// parseCustomIDForTest reads an article id from a button's custom id
// ("qt:<id>:l:q0").
func parseCustomIDForTest(id string) (string, int64, string, string, bool) {
	parts := strings.Split(id, ":")
	if len(parts) != 4 {
		return "", 0, "", "", false
	}
	var n int64
	if _, err := fmt.Sscan(parts[1], &n); err != nil {
		return "", 0, "", "", false
	}
	return parts[0], n, parts[2], parts[3], true
}

// TestE2EHelpAutocompleteAndSettings: /help answers at once, /ask's article
// option offers the server's recent articles, and /settings turns the LLM
// off for the server (the endpoint is then never called).
func TestE2EHelpAutocompleteAndSettings(t *testing.T) {
	f := newFakeLLM(t, "good")
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), f.env(nil))

	help := srv.SendInteraction(discordtest.SlashCommand("help"))
	if cb, err := help.WaitAcked(waitCtx(t, 5*time.Second)); err != nil || cb.Type != discordgo.InteractionResponseChannelMessageWithSource {
		t.Fatalf("/help: %v %+v", err, cb)
	}

	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<html><head><title>Crimea talks</title></head><body><article><p>` + strings.ReplaceAll(seedArticle(t), "\n", "</p><p>") + `</p></article></body></html>`))
	}))
	defer site.Close()
	in := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("url", site.URL+"/crimea")))
	if _, err := in.WaitFinal(waitCtx(t, 10*time.Second)); err != nil {
		t.Fatal(err)
	}
	// The brief's message is bound just after it is shown: ask until the
	// article is offered (an empty list is a valid answer meanwhile).
	var choices []*discordgo.ApplicationCommandOptionChoice
	for range 20 {
		ac := srv.SendInteraction(discordtest.Autocomplete("ask", discordtest.StringOption("question", "who?"), discordtest.StringOption("article", "crim").Focus()))
		if _, err := ac.WaitAcked(waitCtx(t, 5*time.Second)); err != nil {
			t.Fatal(err)
		}
		if choices = ac.Choices(); len(choices) > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(choices) != 1 || choices[0].Name != "Crimea talks" {
		t.Errorf("autocomplete choices = %+v, want the article", choices)
	}
	none := srv.SendInteraction(discordtest.Autocomplete("ask", discordtest.StringOption("question", "who?"), discordtest.StringOption("article", "no such title").Focus()))
	if _, err := none.WaitAcked(waitCtx(t, 5*time.Second)); err != nil || len(none.Choices()) != 0 {
		t.Errorf("autocomplete with no match: %v %+v", err, none.Choices())
	}

	denied := srv.SendInteraction(discordtest.SlashCommand("settings", discordtest.BoolOption("llm", false)))
	if m, err := denied.WaitFinal(waitCtx(t, 5*time.Second)); err != nil || !strings.Contains(m.Content, "Only server managers") {
		t.Fatalf("/settings by a member: %v %+v", err, m)
	}
	spec := discordtest.SlashCommand("settings", discordtest.BoolOption("llm", false), discordtest.IntegerOption("cooldown", 0))
	spec.MemberPermissions = discordgo.PermissionManageGuild | discordgo.PermissionSendMessages
	set := srv.SendInteraction(spec)
	m, err := set.WaitFinal(waitCtx(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Content, "Settings saved") || !strings.Contains(m.Content, "**LLM**: off") || m.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("/settings reply %q (flags %d)", m.Content, m.Flags)
	}
	before := f.hits.Load()
	b, err := llmSummarize(srv, seedArticle(t), "nollm").WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if f.hits.Load() != before || !strings.Contains(b.Embeds[0].Footer.Text, "local engine") {
		t.Errorf("the LLM was used although the server turned it off")
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}

// TestE2EFiles: an attached article, through /summarize's file option and
// through the message command on a message carrying it; a PDF gets one
// clear ephemeral line.
func TestE2EFiles(t *testing.T) {
	srv := discordtest.New(t)
	startBot(t, srv, filepath.Join(t.TempDir(), "parley.db"), nil)
	seed := []byte(seedArticle(t))
	in := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.AttachmentOption("file", discordtest.Attachment{Filename: "crimea.txt", ContentType: "text/plain; charset=utf-8", Data: seed})))
	m, err := in.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(embedText(m), "Marco Rubio") {
		t.Errorf("/summarize file: %q", embedText(m))
	}
	target := srv.SeedMessage(discordtest.MessageSpec{Content: "have a look", Attachments: []discordtest.Attachment{{Filename: "talks.md", ContentType: "text/markdown", Data: append([]byte("# Crimea talks\n\n"), seed...)}}})
	mc := srv.SendInteraction(discordtest.MessageCommand("Summarize", target))
	m, err = mc.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Embeds) != 1 || m.Embeds[0].Title != "Crimea talks" {
		t.Errorf("message command on an attachment: %+v", m.Embeds)
	}
	pdf := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.AttachmentOption("file", discordtest.Attachment{Filename: "talks.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")})))
	if err := srv.WaitFor(waitCtx(t, 10*time.Second), func() bool { return len(pdf.FollowUps()) > 0 }); err != nil {
		t.Fatal(err)
	}
	if c := pdf.FollowUps()[0]; c.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(c.Content, "can't read") || strings.Contains(c.Content, "\n") {
		t.Errorf("a PDF: %+v", c)
	}
	empty := srv.SeedMessage(discordtest.MessageSpec{Content: "lol"})
	e := srv.SendInteraction(discordtest.MessageCommand("Summarize", empty))
	if err := srv.WaitFor(waitCtx(t, 10*time.Second), func() bool { return len(e.FollowUps()) > 0 }); err != nil {
		t.Fatal(err)
	}
	if c := e.FollowUps()[0].Content; !strings.Contains(c, "no link, article text or file") {
		t.Errorf("a message with nothing to summarize: %q", c)
	}
}
