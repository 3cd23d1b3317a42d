package bot

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/llm"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/story/track"
	"github.com/parley-bot/parley/internal/summarize"
)

// randomText is text of up to n runes with Markdown, mentions and long words.
func randomText(r *rand.Rand, n int) string {
	parts := []string{"@everyone", "**bold**", "talks", "Ukraine", "«guillemets»", "https://x.example/" + strings.Repeat("p", 50), strings.Repeat("w", 300), "ünïcødé", "`code`", "[link](https://evil.example)"}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(parts[r.Intn(len(parts))])
		b.WriteByte(' ')
	}
	return b.String()
}

// TestStoryRenderLimits renders stories, timelines and changes of random
// sizes and checks every embed against Discord's limits.
func TestStoryRenderLimits(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	for round := 0; round < 40; round++ {
		n := r.Intn(300)
		var changes []story.Change
		kinds := []string{story.KindQuote, story.KindStatement, story.KindPosition, story.KindProposal, story.KindNextStep, story.KindParty}
		for i := 0; i < n; i++ {
			changes = append(changes, story.Change{Kind: kinds[r.Intn(len(kinds))], Status: story.StatusNew, Text: randomText(r, r.Intn(3000)),
				Party: randomText(r, r.Intn(300)), Sentence: i, Before: randomText(r, r.Intn(500)),
				Earlier: story.Ref{ArticleID: int64(r.Intn(5) + 1), Title: randomText(r, r.Intn(400)), URL: "https://news.example/a"}})
		}
		res := track.Result{Story: store.Story{ID: 3, Name: randomText(r, r.Intn(600)), Briefs: 2}, Joined: true, Changes: changes}
		links := map[int64]string{1: "https://discord.com/channels/1/2/3", 2: ""}
		checkEmbed(t, renderSince(res, links))

		var ss []track.Summary
		for i := 0; i < r.Intn(maxStoriesListed); i++ {
			ss = append(ss, track.Summary{ID: int64(i + 1), Name: randomText(r, r.Intn(500)), Parties: []string{randomText(r, 100), randomText(r, 400)}, Briefs: r.Intn(50), Updated: time.Unix(1700000000, 0)})
		}
		for p := 0; p < 4; p++ {
			checkEmbed(t, renderStoryList(ss, p*7))
		}

		d := track.Detail{Summary: track.Summary{ID: 3, Name: randomText(r, r.Intn(600))}}
		for i := 0; i < r.Intn(120); i++ {
			d.Members = append(d.Members, track.Member{ArticleID: int64(i + 1), Title: randomText(r, r.Intn(300)), URL: "https://news.example/" + fmt.Sprint(i), ChannelID: "2", MessageID: fmt.Sprint(100 + i)})
		}
		var ms []story.Moment
		for i := 0; i < r.Intn(400); i++ {
			ms = append(ms, story.Moment{Event: story.Event{Kind: story.EventMeeting, Text: randomText(r, r.Intn(2000)), When: randomText(r, r.Intn(100)), Due: i%2 == 0},
				Day: "2026-03-02", Brief: story.Ref{ArticleID: int64(i%7 + 1), Title: randomText(r, r.Intn(300))}, Also: make([]story.Ref, i%3)})
		}
		para := llm.StoryParagraph{Text: randomText(r, r.Intn(llm.MaxStoryRunes)), Model: randomText(r, r.Intn(400)), Briefs: r.Intn(20)}
		for p := 0; p < 5; p++ {
			e, _ := renderTimeline("1", d, ms, p*3, 0)
			checkEmbed(t, e)
			pe := renderParagraph(para)
			e, _ = renderTimeline("1", d, ms, p*3, paragraphRoom)
			checkMessage(t, pe, e)
		}
	}
}

func TestPaginate(t *testing.T) {
	var lines []string
	for i := 0; i < 100; i++ {
		lines = append(lines, strings.Repeat("x", 100))
	}
	first, p, n := paginate(lines, 0)
	if p != 1 || n < 3 || len(first) == 0 {
		t.Errorf("paginate(100 lines, 0) = %d lines, page %d of %d", len(first), p, n)
	}
	last, p, _ := paginate(lines, 99)
	if p != n || len(last) == 0 {
		t.Errorf("a page past the end gives page %d of %d", p, n)
	}
	if got, p, n := paginate(nil, 3); got != nil || p != 1 || n != 1 {
		t.Errorf("paginate(nothing) = %v, %d, %d", got, p, n)
	}
}

// checkMessage checks each embed of a message and their sum against
// Discord's limits (6000 characters across all embeds).
func checkMessage(t *testing.T, embeds ...*discordgo.MessageEmbed) {
	t.Helper()
	total := 0
	for _, e := range embeds {
		checkEmbed(t, e)
		total += runes(e.Title) + runes(e.Description)
		for _, f := range e.Fields {
			total += runes(f.Name) + runes(f.Value)
		}
		if e.Footer != nil {
			total += runes(e.Footer.Text)
		}
	}
	if total > maxEmbedTotal {
		t.Errorf("the message's embeds hold %d characters, over %d", total, maxEmbedTotal)
	}
}

func TestRenderParagraph(t *testing.T) {
	e := renderParagraph(llm.StoryParagraph{Text: "The union **rejected** the offer. @everyone", Model: "gpt-x", Briefs: 3})
	if e.Title != "Where things stand" || !strings.Contains(e.Footer.Text, "Written by the LLM (gpt-x)") || !strings.Contains(e.Footer.Text, "3 briefs") {
		t.Errorf("paragraph embed %q, footer %q: want the heading and the model", e.Title, e.Footer.Text)
	}
	if strings.Contains(e.Description, "@everyone") || !strings.Contains(e.Description, `\*\*rejected`) {
		t.Errorf("description %q: want mentions removed and Markdown escaped", e.Description)
	}
}

func TestParagraphCache(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	para := &llm.StoryParagraph{Text: "p"}
	unverified := &llm.Error{Kind: llm.ErrUnverified, Op: "story"}
	timeout := &llm.Error{Kind: llm.ErrTimeout, Op: "story"}
	tests := []struct {
		name     string
		para     *llm.StoryParagraph
		err      error
		later    time.Duration
		wantPara bool
		wantAsk  bool
	}{
		{"kept", para, nil, time.Hour, true, false},
		{"unverified: not asked again for this revision", nil, unverified, 24 * time.Hour, false, false},
		{"timeout: not asked again at once", nil, timeout, time.Second, false, false},
		{"timeout: asked again later", nil, timeout, paragraphRetry + time.Second, false, true},
		{"cut short: asked again", nil, nil, 0, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c paragraphCache
			if p, ask := c.lookup("k", now); p != nil || !ask {
				t.Fatalf("first lookup = %v, %v; want nil, ask", p, ask)
			}
			if p, ask := c.lookup("k", now); p != nil || ask {
				t.Fatalf("lookup while a call is under way = %v, %v; want nil, no second call", p, ask)
			}
			c.settle("k", tt.para, tt.err, now)
			p, ask := c.lookup("k", now.Add(tt.later))
			if (p != nil) != tt.wantPara || ask != tt.wantAsk {
				t.Errorf("lookup after = %v, %v; want paragraph %v, ask %v", p, ask, tt.wantPara, tt.wantAsk)
			}
			if p, ask := c.lookup("k2", now); p != nil || !ask {
				t.Errorf("another revision = %v, %v; want a call", p, ask)
			}
		})
	}
	t.Run("bounded", func(t *testing.T) {
		var c paragraphCache
		for i := range 3 * paragraphsKept {
			k := fmt.Sprint(i)
			c.lookup(k, now.Add(time.Duration(i)*time.Second))
			c.settle(k, para, nil, now.Add(time.Duration(i)*time.Second))
		}
		if n := len(c.m); n > paragraphsKept {
			t.Errorf("%d paragraphs kept, over %d", n, paragraphsKept)
		}
		if p, _ := c.lookup(fmt.Sprint(3*paragraphsKept-1), now); p == nil {
			t.Error("the newest paragraph was evicted")
		}
	})
}

// fakeWriter is an LLM that writes stories' paragraphs as told.
type fakeWriter struct {
	mu    sync.Mutex
	calls int
	reqs  []llm.StoryRequest
	para  llm.StoryParagraph
	err   error
}

func (f *fakeWriter) Brief(context.Context, pipeline.BriefRequest) (*summarize.Brief, error) {
	return nil, errors.New("not in this test")
}

func (f *fakeWriter) Answer(context.Context, pipeline.AnswerRequest) (ask.Result, error) {
	return ask.Result{}, errors.New("not in this test")
}

func (f *fakeWriter) Story(_ context.Context, req llm.StoryRequest) (llm.StoryParagraph, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	f.reqs = append(f.reqs, req)
	return f.para, f.err
}

func (f *fakeWriter) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// Two articles of one negotiation, our own texts.
const (
	strikeMonday = `Teachers in Riverside threaten strike over pay

The Riverside Teachers Union said on Monday that its 4,000 members would strike on 12 March unless the Riverside School District improved its pay offer. The union rejected the district's offer of a 2% raise.

"We will not accept a 2% raise while class sizes keep growing," said Maria Lopez, the president of the Riverside Teachers Union. The union wants a 6% raise and smaller classes.

Superintendent John Carter said the district would meet the union on Thursday to look for a way forward.`

	strikeThursday = `Riverside pay talks end without a deal

Talks between the Riverside Teachers Union and the Riverside School District ended without agreement on Thursday. The Riverside School District offered a 4% raise over two years, superintendent John Carter said. "This is our final offer," Carter said.

Maria Lopez, the president of the Riverside Teachers Union, said the union would put the offer to its members. The strike planned for 12 March has been postponed to 19 March while the members vote.`
)

// storyBot is a bot over a store holding one story of two briefs, with w
// as its LLM.
func storyBot(t *testing.T, w *fakeWriter) (*Bot, *recorder, int64) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "p.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	b, rec := testBot(t, Options{Store: st, LLMConfigured: true})
	b.opts.Pipeline.Store = st
	b.opts.Pipeline.LLM = w
	var id int64
	for _, text := range []string{strikeMonday, strikeThursday} {
		res, err := b.opts.Pipeline.Brief(ctx, pipeline.Input{Text: text}, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		j, err := b.tracker().Join(ctx, track.Brief{GuildID: "g", ArticleID: res.ArticleID, Title: headline(res.Brief), Brief: res.Brief})
		if err != nil {
			t.Fatal(err)
		}
		id = j.Story.ID
	}
	return b, rec, id
}

func timeline(id, page int64) discordgo.ApplicationCommandInteractionData {
	opts := []*discordgo.ApplicationCommandInteractionDataOption{{Name: "story", Type: discordgo.ApplicationCommandOptionInteger, Value: float64(id)}}
	if page > 0 {
		opts = append(opts, &discordgo.ApplicationCommandInteractionDataOption{Name: "page", Type: discordgo.ApplicationCommandOptionInteger, Value: float64(page)})
	}
	return discordgo.ApplicationCommandInteractionData{Name: cmdTimeline, Options: opts}
}

// editsOf returns the embeds of each edit of the original response.
func editsOf(rec *recorder) [][]*discordgo.MessageEmbed {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	var out [][]*discordgo.MessageEmbed
	for _, e := range rec.edits {
		if e.Embeds != nil {
			out = append(out, *e.Embeds)
		}
	}
	return out
}

// TestTimelineParagraph: the first /timeline shows the local timeline at
// once and adds the paragraph a second later; the next one shows it from
// memory; a failed paragraph leaves the timeline alone.
func TestTimelineParagraph(t *testing.T) {
	ctx := context.Background()
	t.Run("good, then from memory", func(t *testing.T) {
		w := &fakeWriter{para: llm.StoryParagraph{Text: "The union and the district are apart on pay.", Model: "m1", Briefs: 2}}
		b, rec, id := storyBot(t, w)
		i := command(cmdTimeline)
		i.GuildID = "g"
		start := time.Now()
		if err := b.handleTimeline(ctx, i, timeline(id, 0)); err != nil {
			t.Fatal(err)
		}
		edits := editsOf(rec)
		if len(edits) != 2 || len(edits[0]) != 1 || len(edits[1]) != 2 {
			t.Fatalf("edits = %d (%v), want the timeline then the paragraph above it", len(edits), edits)
		}
		if time.Since(start) < time.Second {
			t.Errorf("the message was edited twice within a second")
		}
		if got := edits[1][0]; got.Title != "Where things stand" || !strings.Contains(got.Description, "apart on pay") || !strings.Contains(got.Footer.Text, "m1") {
			t.Errorf("paragraph embed = %+v", got)
		}
		checkMessage(t, edits[1]...)
		if req := w.reqs[0]; len(req.Briefs) != 2 || req.GuildID != "g" || req.UserID != "30" || req.Briefs[0].Brief == nil || !strings.Contains(req.Briefs[1].Title, "without a deal") {
			t.Errorf("request = %+v, want both briefs, newest last, for the guild and user", req)
		}
		if err := b.handleTimeline(ctx, i, timeline(id, 0)); err != nil {
			t.Fatal(err)
		}
		edits = editsOf(rec)
		if len(edits) != 3 || len(edits[2]) != 2 || w.count() != 1 {
			t.Errorf("second /timeline: %d edits, %d LLM calls; want one edit with the kept paragraph and no new call", len(edits), w.count())
		}
		if err := b.handleTimeline(ctx, i, timeline(id, 2)); err != nil {
			t.Fatal(err)
		}
		if w.count() != 1 {
			t.Errorf("a later page called the LLM")
		}
	})
	t.Run("failure leaves the local timeline", func(t *testing.T) {
		w := &fakeWriter{err: &llm.Error{Kind: llm.ErrUnverified, Op: "story", Msg: "unverified"}}
		b, rec, id := storyBot(t, w)
		i := command(cmdTimeline)
		i.GuildID = "g"
		for range 2 {
			if err := b.handleTimeline(ctx, i, timeline(id, 0)); err != nil {
				t.Fatal(err)
			}
		}
		edits := editsOf(rec)
		if len(edits) != 2 || len(edits[0]) != 1 || len(edits[1]) != 1 || w.count() != 1 {
			t.Errorf("%d edits, %d calls: want the local timeline each time and one call for an unchanged story", len(edits), w.count())
		}
		for _, e := range edits {
			if strings.Contains(e[0].Title+e[0].Description, "LLM") {
				t.Errorf("the failure was shown: %+v", e[0])
			}
		}
	})
	t.Run("LLM off in the server", func(t *testing.T) {
		w := &fakeWriter{para: llm.StoryParagraph{Text: "x"}}
		b, rec, id := storyBot(t, w)
		s := store.DefaultSettings()
		s.LLMEnabled = false
		if err := b.opts.Store.PutGuildSettings(ctx, "g", s); err != nil {
			t.Fatal(err)
		}
		i := command(cmdTimeline)
		i.GuildID = "g"
		if err := b.handleTimeline(ctx, i, timeline(id, 0)); err != nil {
			t.Fatal(err)
		}
		if edits := editsOf(rec); len(edits) != 1 || len(edits[0]) != 1 || w.count() != 0 {
			t.Errorf("%d edits, %d calls: want the local timeline and no call", len(edits), w.count())
		}
	})
}
