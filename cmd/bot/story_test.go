package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/discordtest"
)

// Paragraphs the fake LLM writes for the Riverside strike story.
const (
	// goodParagraph holds only what the two strike briefs say.
	goodParagraph = "The Riverside Teachers Union and the Riverside School District are in talks over pay. " +
		"The district has offered a 4% raise over two years, which John Carter called “our final offer”, while the union wanted a 6% raise and smaller classes. " +
		"Maria Lopez said the union would put the offer to its members, and the strike has been postponed to 19 March while they vote."
	// fabricatedParagraph puts words in Maria Lopez's mouth.
	fabricatedParagraph = "The Riverside Teachers Union and the Riverside School District are in talks over pay. " +
		"Maria Lopez said: “We will strike until Christmas.”"
)

// storyLLM is an OpenAI-compatible server answering story paragraphs as
// its mode says: good, fabricate, 500 or hang.
type storyLLM struct {
	srv   *httptest.Server
	mode  atomic.Value // string
	hits  atomic.Int32
	hangs chan struct{}
}

func newStoryLLM(t *testing.T, mode string) *storyLLM {
	t.Helper()
	f := &storyLLM{hangs: make(chan struct{})}
	f.mode.Store(mode)
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !strings.Contains(string(body), "BRIEFS") {
			http.Error(w, `{"error": {"message": "not a story", "type": "invalid_request_error"}}`, http.StatusBadRequest)
			return
		}
		f.hits.Add(1)
		var content string
		switch f.mode.Load().(string) {
		case "good":
			content = goodParagraph
		case "fabricate":
			content = fabricatedParagraph
		case "500":
			http.Error(w, `{"error": {"message": "overloaded", "type": "server_error"}}`, http.StatusInternalServerError)
			return
		case "hang":
			select {
			case <-f.hangs:
			case <-r.Context().Done():
			}
			return
		}
		out, _ := json.Marshal(map[string]string{"paragraph": content})
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-s", "object": "chat.completion", "created": time.Now().Unix(), "model": "story-model",
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": string(out)}}},
			"usage":   map[string]any{"prompt_tokens": 900, "completion_tokens": 100, "total_tokens": 1000},
		})
	}))
	t.Cleanup(func() { close(f.hangs); f.srv.Close() })
	return f
}

func (f *storyLLM) env(extra map[string]string) map[string]string {
	m := map[string]string{"OPENAI_BASE_URL": f.srv.URL + "/v1", "OPENAI_MODEL": "story-model", "LLM_TIMEOUT": "1s"}
	for k, v := range extra {
		m[k] = v
	}
	return m
}

// TestCLIStoryParagraph: `bot story show|timeline --llm` print the LLM's
// paragraph under its heading when it passes the checks, and otherwise
// exactly what they print without --llm, with one line on stderr.
func TestCLIStoryParagraph(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "parley.db")
	for name, text := range map[string]string{"monday.txt": strikeMonday, "thursday.txt": strikeThursday} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	local := map[string]string{"PARLEY_DB_PATH": db}
	runStoryCLI(t, local, "story", "add", filepath.Join(dir, "monday.txt"))
	var added struct {
		Story  struct{ ID int64 } `json:"story"`
		Joined bool
	}
	if err := json.Unmarshal([]byte(runStoryCLI(t, local, "story", "add", "--format", "json", filepath.Join(dir, "thursday.txt"))), &added); err != nil || !added.Joined {
		t.Fatalf("the two strike articles are not one story: %+v %v", added, err)
	}
	id := fmt.Sprint(added.Story.ID)
	plain := map[string]string{}
	for _, sub := range []string{"show", "timeline"} {
		plain[sub] = runStoryCLI(t, local, "story", sub, id)
	}

	for _, sub := range []string{"show", "timeline"} {
		t.Run(sub+" good", func(t *testing.T) {
			f := newStoryLLM(t, "good")
			vars := f.env(local)
			code, out, errOut := runCLI(t, vars, "", "story", sub, "--llm", id)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, want := range []string{"Where things stand (written by the LLM, story-model, from the latest 2 briefs; checked against them):", "“our final offer”"} {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			code, out, _ = runCLI(t, vars, "", "story", sub, "--llm", "--format", "json", id)
			var j struct {
				Where *struct {
					Text, Model string
					Briefs      int
				} `json:"where_things_stand"`
			}
			if err := json.Unmarshal([]byte(out), &j); code != 0 || err != nil || j.Where == nil || j.Where.Model != "story-model" || j.Where.Briefs != 2 || !strings.Contains(j.Where.Text, "19 March") {
				t.Errorf("--format json: exit %d, %v, %+v\n%s", code, err, j.Where, out)
			}
		})
	}
	tests := []struct {
		mode, why string
		within    time.Duration
	}{
		{"fabricate", "could not be verified against the story's briefs", 5 * time.Second},
		{"500", "the LLM service is failing", 10 * time.Second},
		{"hang", "did not answer in time", 4 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			f := newStoryLLM(t, tt.mode)
			start := time.Now()
			code, out, errOut := runCLI(t, f.env(local), "", "story", "timeline", "--llm", id)
			if d := time.Since(start); d > tt.within {
				t.Errorf("took %v, more than %v", d, tt.within)
			}
			if code != 0 || out != plain["timeline"] {
				t.Errorf("exit %d, output differs from the local timeline:\n%s\nwant\n%s", code, out, plain["timeline"])
			}
			if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "no paragraph from the LLM: ") || !strings.Contains(errOut, tt.why) {
				t.Errorf("stderr %q, want one line saying %q", errOut, tt.why)
			}
			if strings.Contains(out, "Christmas") {
				t.Errorf("a fabricated quote was printed:\n%s", out)
			}
		})
	}
	t.Run("misuse", func(t *testing.T) {
		if code, out, errOut := runCLI(t, local, "", "story", "show", "--llm", id); code != 1 || out != "" || !strings.Contains(errOut, "OPENAI_BASE_URL") {
			t.Errorf("--llm without an endpoint: exit %d, stdout %q, stderr %q", code, out, errOut)
		}
		f := newStoryLLM(t, "good")
		if code, _, errOut := runCLI(t, f.env(local), "", "story", "list", "--llm"); code != 2 || !strings.Contains(errOut, "show and timeline") {
			t.Errorf("list --llm: exit %d, %q", code, errOut)
		}
		if f.hits.Load() != 0 {
			t.Errorf("the LLM was called %d times by misuse", f.hits.Load())
		}
	})
}

// TestE2ETimelineParagraph: through the fake Discord, /timeline with the
// LLM configured shows the local timeline and then the paragraph above
// it, asks the LLM once for an unchanged story, and leaves the local
// timeline alone when the LLM fails.
func TestE2ETimelineParagraph(t *testing.T) {
	f := newStoryLLM(t, "good")
	srv := discordtest.New(t)
	db := filepath.Join(t.TempDir(), "parley.db")
	sb := startStoryBot(t, srv, db, f.env(map[string]string{"LLM_TIMEOUT": "3s"}))
	sb.summarize(t, strikeMonday)
	second := sb.summarize(t, strikeThursday)
	sb.waitFollowUp(t, second) // it joined the story
	var ids struct {
		Stories []struct{ ID int64 } `json:"stories"`
	}
	if err := json.Unmarshal([]byte(runStoryCLI(t, map[string]string{"PARLEY_DB_PATH": db}, "story", "list", "--server", srv.GuildID(), "--format", "json")), &ids); err != nil || len(ids.Stories) != 1 {
		t.Fatalf("stories %+v, %v; want one", ids, err)
	}
	id := ids.Stories[0].ID

	tl := srv.SendInteraction(discordtest.SlashCommand("timeline", discordtest.IntegerOption("story", id)))
	if _, err := tl.WaitFinal(waitCtx(t, 10*time.Second)); err != nil {
		t.Fatal(err)
	}
	withParagraph := func(m *discordgo.Message) bool {
		return m != nil && len(m.Embeds) == 2 && m.Embeds[0].Title == "Where things stand"
	}
	if err := srv.WaitFor(waitCtx(t, 10*time.Second), func() bool { return withParagraph(tl.Original()) }); err != nil {
		t.Fatalf("no paragraph came: %v\n%s", err, embedText(tl.Original()))
	}
	m := tl.Original()
	p, timeline := m.Embeds[0], m.Embeds[1]
	if !strings.Contains(p.Description, "our final offer") || p.Footer == nil || !strings.Contains(p.Footer.Text, "Written by the LLM (story-model)") {
		t.Errorf("paragraph embed: %q, footer %+v", p.Description, p.Footer)
	}
	if !strings.HasPrefix(timeline.Title, "Timeline") || len(timeline.Fields) == 0 {
		t.Errorf("the timeline is not under the paragraph: %+v", timeline)
	}
	if f.hits.Load() != 1 {
		t.Errorf("%d LLM calls, want 1", f.hits.Load())
	}

	// The same story again: the paragraph at once, with no new call.
	again := srv.SendInteraction(discordtest.SlashCommand("timeline", discordtest.IntegerOption("story", id)))
	m, err := again.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if !withParagraph(m) || f.hits.Load() != 1 {
		t.Errorf("second /timeline: paragraph %v, %d LLM calls; want it from memory", withParagraph(m), f.hits.Load())
	}

	// A new brief changes the story; the LLM now makes things up, and the
	// local timeline stands, with nothing said of it.
	f.mode.Store("fabricate")
	third := sb.summarize(t, strings.Replace(strikeThursday, "Riverside pay talks end without a deal", "Riverside strike vote set", 1)+" The union will hold its vote on Friday.")
	sb.waitFollowUp(t, third)
	bad := srv.SendInteraction(discordtest.SlashCommand("timeline", discordtest.IntegerOption("story", id)))
	if _, err := bad.WaitFinal(waitCtx(t, 10*time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := srv.WaitFor(waitCtx(t, 10*time.Second), func() bool { return f.hits.Load() == 2 }); err != nil {
		t.Fatalf("the changed story was not sent to the LLM: %v", err)
	}
	time.Sleep(1500 * time.Millisecond) // past when a paragraph would have been added
	m = bad.Original()
	if withParagraph(m) || strings.Contains(embedText(m), "Christmas") || len(m.Embeds) != 1 || !strings.HasPrefix(m.Embeds[0].Title, "Timeline") {
		t.Errorf("a fabricated paragraph changed the timeline:\n%s", embedText(m))
	}
	if strings.Contains(embedText(m), "LLM") || m.Content != "" {
		t.Errorf("the failure was shown to the user: %q\n%s", m.Content, embedText(m))
	}

	// A hanging LLM: the timeline comes at once, not after LLM_TIMEOUT.
	f.mode.Store("hang")
	fourth := sb.summarize(t, strings.Replace(strikeMonday, "Teachers in Riverside threaten strike over pay", "Riverside teachers warn of strike", 1))
	sb.waitFollowUp(t, fourth)
	start := time.Now()
	slow := srv.SendInteraction(discordtest.SlashCommand("timeline", discordtest.IntegerOption("story", id)))
	m, err = slow.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second || len(m.Embeds) != 1 || !strings.HasPrefix(m.Embeds[0].Title, "Timeline") {
		t.Errorf("with the LLM hanging the timeline came after %v:\n%s", d, embedText(m))
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}
