package llm_test

import (
	"context"
	"errors"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/parley-bot/parley/internal/llm"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

var testNow = time.Date(2025, 4, 17, 15, 30, 0, 0, time.UTC)

func TestBudgetSpentStopsTheCall(t *testing.T) {
	tests := []struct {
		name      string
		guild     string
		spentBy   string // user who spent the day's tokens before
		spent     int
		guildDay  int
		userDay   int
		policy    *llm.Policy
		want      string
		wantCalls int
	}{
		{"server budget spent", "g1", "someone-else", 10_000, 10_000, 0, nil,
			"today's LLM budget for this server is spent (it resets at 00:00 UTC); this is the local brief", 0},
		{"user budget spent", "g1", "u1", 5_000, 0, 5_000, nil,
			"your LLM budget for today is spent (it resets at 00:00 UTC); this is the local brief", 0},
		{"what is left is too little", "g1", "someone-else", 9_000, 10_000, 0, nil,
			"what is left of today's LLM budget for this server is not enough for this article; this is the local brief", 0},
		{"the guild's own, lower budget", "g1", "someone-else", 0, 1_000_000, 0, &llm.Policy{GuildDaily: 100},
			"what is left of today's LLM budget for this server is not enough for this article; this is the local brief", 0},
		{"no server budget in direct messages", "", "someone-else", 10_000, 10_000, 0, nil, "", 1},
		{"yesterday's spending does not count", "g1", "u1", -1, 10_000, 5_000, nil, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bud := newBudgets()
			at := testNow.Add(-time.Hour)
			spent := tt.spent
			if spent < 0 {
				at, spent = testNow.Add(-16*time.Hour), 1_000_000 // 23:30 the day before
			}
			if err := bud.AddUsage(context.Background(), store.Usage{GuildID: tt.guild, UserID: tt.spentBy, Tokens: spent, At: at}); err != nil {
				t.Fatal(err)
			}
			f := newFake(t, ok(goodBrief(t)))
			c := newClient(t, f, func(o *llm.Options) {
				o.Budgets, o.GuildDaily, o.UserDaily, o.Now = bud, tt.guildDay, tt.userDay, func() time.Time { return testNow }
				if tt.policy != nil {
					o.Policy = func(context.Context, string) (llm.Policy, error) { return *tt.policy, nil }
				}
			})
			req := briefReq(t)
			req.GuildID = tt.guild
			_, err := c.Brief(context.Background(), req)
			if f.Hits() != tt.wantCalls {
				t.Errorf("the LLM was called %d times, want %d", f.Hits(), tt.wantCalls)
			}
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Brief: %v", err)
				}
				return
			}
			if !errors.Is(err, llm.ErrBudget) {
				t.Fatalf("err = %v, want ErrBudget", err)
			}
			if got := userMessage(t, err); got != tt.want {
				t.Errorf("user message = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBudgetReservationAndSettlement(t *testing.T) {
	bud := newBudgets()
	f := newFake(t, reply{content: goodBrief(t), usage: openai.Usage{PromptTokens: 1111, CompletionTokens: 123, TotalTokens: 1234}})
	c := newClient(t, f, func(o *llm.Options) {
		o.Budgets, o.GuildDaily, o.UserDaily, o.Now = bud, 100_000, 20_000, func() time.Time { return testNow }
	})
	if _, err := c.Brief(context.Background(), briefReq(t)); err != nil {
		t.Fatal(err)
	}
	if len(bud.reserved) != 1 {
		t.Fatalf("%d reservations, want 1", len(bud.reserved))
	}
	r := bud.reserved[0]
	req := f.Request(t, 0)
	var prompt int
	for _, m := range req.Messages {
		prompt += llm.EstimateTokens(m.Content)
	}
	if r.Tokens < prompt+llm.DefaultMaxOutputTokens || r.Tokens > prompt+llm.DefaultMaxOutputTokens+50 {
		t.Errorf("reserved %d tokens, want the prompt's estimate %d plus the output cap %d", r.Tokens, prompt, llm.DefaultMaxOutputTokens)
	}
	if r.GuildID != "g1" || r.UserID != "u1" || r.GuildLimit != 100_000 || r.UserLimit != 20_000 ||
		!r.Since.Equal(time.Date(2025, 4, 17, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("reservation = %+v", r)
	}
	if got := bud.total("g1"); got != 1234 {
		t.Errorf("the guild spent %d tokens after settlement, want the 1234 the endpoint reported", got)
	}
}

func TestBudgetAccountingOnFailures(t *testing.T) {
	tests := []struct {
		name    string
		script  []reply
		timeout time.Duration
		reserve int  // reservations made
		settled bool // whether the last one is settled
		spent   func(reserved int) int
	}{
		{"server errors cost nothing", []reply{{status: http.StatusInternalServerError}}, 0, 1, true,
			func(int) int { return 0 }},
		{"a hang keeps the reservation", []reply{{hang: true}}, 200 * time.Millisecond, 1, false,
			func(r int) int { return r }},
		{"malformed output reserves for the retry too", []reply{ok("nope"), ok(goodBrief(t))}, 0, 2, true,
			func(int) int { return 2000 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bud := newBudgets()
			f := newFake(t, tt.script...)
			c := newClient(t, f, func(o *llm.Options) {
				o.Budgets, o.GuildDaily, o.MaxRetries = bud, 1_000_000, -1
				if tt.timeout > 0 {
					o.Timeout = tt.timeout
				}
			})
			_, _ = c.Brief(context.Background(), briefReq(t))
			if len(bud.reserved) != tt.reserve {
				t.Fatalf("%d reservations, want %d", len(bud.reserved), tt.reserve)
			}
			if got := len(bud.settled) == tt.reserve; got != tt.settled {
				t.Errorf("settled %v, want %v", bud.settled, tt.settled)
			}
			if got, want := bud.total("g1"), tt.spent(bud.reserved[0].Tokens); got != want {
				t.Errorf("spent %d, want %d", got, want)
			}
		})
	}
}

func TestBudgetStoreFailure(t *testing.T) {
	bud := newBudgets()
	bud.fail = errors.New("database is locked")
	f := newFake(t, ok(goodBrief(t)))
	c := newClient(t, f, func(o *llm.Options) { o.Budgets = bud })
	_, err := c.Brief(context.Background(), briefReq(t))
	if !errors.Is(err, llm.ErrBudget) || f.Hits() != 0 {
		t.Errorf("err = %v, hits %d; want ErrBudget without a call", err, f.Hits())
	}
}

// TestBudgetViaPipeline: with the budget spent, the user still gets the
// complete local brief, with a note.
func TestBudgetViaPipeline(t *testing.T) {
	bud := newBudgets()
	_ = bud.AddUsage(context.Background(), store.Usage{GuildID: "g1", UserID: "u1", Tokens: 50_000})
	f := newFake(t, ok(goodBrief(t)))
	c := newClient(t, f, func(o *llm.Options) { o.Budgets, o.UserDaily = bud, 50_000 })
	p := &pipeline.Pipeline{LLM: c}
	a, local := seedArticle(t)
	res, err := p.Brief(context.Background(), pipeline.Input{Text: a.Text}, pipeline.Options{UseLLM: true, GuildID: "g1", UserID: "u1"})
	if err != nil {
		t.Fatal(err)
	}
	b := res.Brief
	if f.Hits() != 0 || b.Summary.Engine != summarize.EngineLocal || len(b.KeyPoints) != len(local.KeyPoints) || len(b.Quotes) != len(local.Quotes) {
		t.Errorf("hits %d, engine %q, %d key points, %d quotes: want the complete local brief and no call",
			f.Hits(), b.Summary.Engine, len(b.KeyPoints), len(b.Quotes))
	}
	if !hasWarning(b, "your LLM budget for today is spent") {
		t.Errorf("warnings = %q", b.Warnings)
	}
}

// TestBudgetSQLiteStore runs the budgets on the real store: usage settles
// to what the endpoint reported, and a spent budget stops the next call.
func TestBudgetSQLiteStore(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := newFake(t, reply{content: goodBrief(t), usage: openai.Usage{TotalTokens: 4000}})
	c := newClient(t, f, func(o *llm.Options) { o.Budgets, o.UserDaily = st, 9_000 })
	for i, want := range []error{nil, nil, llm.ErrBudget} {
		_, err := c.Brief(ctx, briefReq(t))
		if want == nil && err != nil || want != nil && !errors.Is(err, want) {
			t.Fatalf("call %d: err = %v, want %v", i, err, want)
		}
	}
	if f.Hits() != 2 {
		t.Errorf("hits = %d, want 2", f.Hits())
	}
	now := time.Now().UTC()
	_, user, err := st.UsageSince(ctx, "g1", "u1", time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if user != 8000 {
		t.Errorf("the store holds %d tokens of usage, want 2 × 4000", user)
	}
}

// TestConcurrentCalls runs briefs and answers at once on one client,
// under the race detector: every call that reached the endpoint had its
// reservation granted and settled, and the others were refused by the
// budget, not failed.
func TestConcurrentCalls(t *testing.T) {
	bud := newBudgets()
	f := newFake(t)
	f.respond = func(r openai.ChatCompletionRequest) reply {
		if strings.Contains(r.Messages[0].Content, `"in_article"`) {
			return reply{content: `{"answer": "Peace talks continue next week in London.", "sentences": [16]}`, usage: openai.Usage{TotalTokens: 1}}
		}
		return reply{content: goodBrief(t), usage: openai.Usage{TotalTokens: 1}}
	}
	// Each call reserves a little over its output cap; the guild can pay
	// for about 5 reservations at a time, and settled calls cost 1 token.
	c := newClient(t, f, func(o *llm.Options) { o.Budgets, o.GuildDaily, o.MaxOutputTokens = bud, 12_000, 600 })
	a, b := seedArticle(t)
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for i := range 32 {
		wg.Go(func() {
			var err error
			if i%2 == 0 {
				var out *summarize.Brief
				out, err = c.Brief(context.Background(), pipeline.BriefRequest{Article: a, Local: b, GuildID: "g1", UserID: "u" + strconv.Itoa(i)})
				if err == nil && out.Summary.Engine != summarize.EngineLLM {
					err = errors.New("not an llm brief")
				}
			} else {
				_, err = c.Answer(context.Background(), pipeline.AnswerRequest{Article: a, Brief: b, Question: "Where do talks continue?", GuildID: "g1", UserID: "u"})
			}
			if err != nil && !errors.Is(err, llm.ErrBudget) {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	bud.mu.Lock()
	defer bud.mu.Unlock()
	for _, r := range bud.reserved {
		if r.GuildLimit != 12_000 {
			t.Fatalf("reservation without the guild limit: %+v", r)
		}
	}
	if f.Hits() == 0 || f.Hits() != len(bud.settled) {
		t.Errorf("%d calls, %d settled reservations", f.Hits(), len(bud.settled))
	}
}
