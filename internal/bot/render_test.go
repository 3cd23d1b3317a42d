package bot

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/summarize"
)

// randText returns text of up to n runes with Markdown, mentions and
// multi-byte runes mixed in.
func randText(r *rand.Rand, n int) string {
	pieces := []string{"word", "@everyone", "<@&123>", "**bold**", "“quoted”", "Zelenskyy", "é", "🙂", "\n", "# ", "> ", "`code`", "||spoiler||", "[link](http://x)"}
	var b strings.Builder
	count := 0
	for count < n {
		p := pieces[r.IntN(len(pieces))]
		b.WriteString(p)
		b.WriteByte(' ')
		count += runes(p) + 1
	}
	return b.String()
}

func randBrief(r *rand.Rand) *summarize.Brief {
	size := func() int { return []int{0, 5, 50, 300, 1200, 5000}[r.IntN(6)] }
	b := &summarize.Brief{Source: summarize.Source{Title: randText(r, size()), Site: randText(r, size()), URL: "https://example.com/" + randText(r, 10)}}
	for range r.IntN(30) {
		b.KeyPoints = append(b.KeyPoints, summarize.KeyPoint{Text: randText(r, size())})
	}
	for range r.IntN(60) {
		b.Quotes = append(b.Quotes, summarize.Quote{Text: randText(r, size()), Speaker: randText(r, r.IntN(300)), Partial: r.IntN(2) == 0})
	}
	for range r.IntN(40) {
		b.Statements = append(b.Statements, summarize.Statement{Text: randText(r, size()), Speaker: randText(r, r.IntN(300)), Cue: randText(r, r.IntN(30))})
	}
	for range r.IntN(40) {
		b.Positions = append(b.Positions, summarize.Position{Party: randText(r, r.IntN(300)), Text: randText(r, size())})
		b.Proposals = append(b.Proposals, summarize.Proposal{Text: randText(r, size()), By: randText(r, r.IntN(50))})
		b.NextSteps = append(b.NextSteps, summarize.NextStep{Text: randText(r, size()), When: randText(r, 20)})
		b.Parties = append(b.Parties, summarize.Party{Name: randText(r, r.IntN(400)), Kind: "country", People: []string{randText(r, 40)}})
	}
	for range r.IntN(4) {
		b.Warnings = append(b.Warnings, randText(r, size()))
	}
	if r.IntN(3) == 0 {
		b.Summary = summarize.Summary{Engine: summarize.EngineLLM, Model: randText(r, 30), Text: randText(r, size())}
	}
	return b
}

// checkEmbed fails the test when e breaks one of Discord's limits.
func checkEmbed(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	total := runes(e.Title) + runes(e.Description)
	if runes(e.Title) > maxTitle {
		t.Errorf("title %d > %d", runes(e.Title), maxTitle)
	}
	if runes(e.Description) > maxDescription {
		t.Errorf("description %d > %d", runes(e.Description), maxDescription)
	}
	if len(e.Fields) > maxFields {
		t.Errorf("%d fields > %d", len(e.Fields), maxFields)
	}
	for _, f := range e.Fields {
		if runes(f.Name) > maxFieldName || runes(f.Value) > maxFieldValue || f.Name == "" || f.Value == "" {
			t.Errorf("field %d/%d runes (empty not allowed)", runes(f.Name), runes(f.Value))
		}
		total += runes(f.Name) + runes(f.Value)
	}
	if e.Footer != nil {
		if runes(e.Footer.Text) > maxFooter {
			t.Errorf("footer %d > %d", runes(e.Footer.Text), maxFooter)
		}
		total += runes(e.Footer.Text)
	}
	if total > maxEmbedTotal {
		t.Errorf("embed total %d > %d", total, maxEmbedTotal)
	}
}

func checkComponents(t *testing.T, rows []discordgo.MessageComponent) {
	t.Helper()
	if len(rows) > 5 {
		t.Errorf("%d rows > 5", len(rows))
	}
	for _, row := range rows {
		ar, ok := row.(discordgo.ActionsRow)
		if !ok {
			t.Fatalf("component %T is not an action row", row)
		}
		if len(ar.Components) > 5 {
			t.Errorf("%d buttons in a row > 5", len(ar.Components))
		}
		for _, c := range ar.Components {
			b := c.(discordgo.Button)
			if len(b.CustomID) > maxCustomID || runes(b.Label) > maxButtonLabel {
				t.Errorf("button %q / %q too long", b.CustomID, b.Label)
			}
		}
	}
}

// TestRenderLimitsProperty renders random briefs, every page, and checks
// every limit Discord enforces.
func TestRenderLimitsProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 150 {
		b := randBrief(r)
		id := r.Int64N(1 << 62)
		for _, p := range pagesOf(b) {
			e := renderBrief(b, p)
			checkEmbed(t, e)
			checkComponents(t, briefButtons(b, id+1, b.Summary.Engine, p, i%2 == 0))
			if strings.Contains(e.Description, "@everyone") {
				t.Fatalf("unescaped @everyone in %q", e.Description)
			}
		}
		if t.Failed() {
			t.Fatalf("brief %d broke a limit", i)
		}
		ans := renderAnswer(ask.Result{Answer: randText(r, r.IntN(5000)), Citations: []ask.Citation{{Sentence: 3}}})
		if runes(ans) > maxContent {
			t.Fatalf("answer %d runes > %d", runes(ans), maxContent)
		}
	}
}

func TestCustomIDRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		action string
		id     int64
		engine string
		p      page
	}{
		{actPage, 1, summarize.EngineLocal, page{'o', 0}},
		{actQuotes, 1<<62 + 5, summarize.EngineLLM, page{'q', 12}},
		{actThread, 42, summarize.EngineLocal, page{'d', 0}},
	} {
		s := customID(tt.action, tt.id, tt.engine, tt.p)
		if len(s) > maxCustomID {
			t.Errorf("custom_id %q too long", s)
		}
		a, id, e, p, ok := parseCustomID(s)
		if !ok || a != tt.action || id != tt.id || e != tt.engine || p != tt.p {
			t.Errorf("parseCustomID(%q) = %v %v %v %v %v", s, a, id, e, p, ok)
		}
	}
	for _, bad := range []string{"", "pg", "pg:x:l:o0", "pg:1:l:z0", "pg:1:l:o", "pg:-1:l:o0", "pg:1:l:o-1"} {
		if _, _, _, _, ok := parseCustomID(bad); ok {
			t.Errorf("parseCustomID(%q) accepted", bad)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{{"hello", 10, "hello"}, {"hello world", 6, "hello…"}, {"ééééé", 3, "éé…"}, {"abc", 0, ""}} {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
