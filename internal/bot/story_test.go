package bot

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/story/track"
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
		for p := 0; p < 5; p++ {
			checkEmbed(t, renderTimeline("1", d, ms, p*3))
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
