package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/discordtest"
	"github.com/parley-bot/parley/internal/store"
)

// Two briefs of one negotiation, and one of another: our own texts.
const (
	strikeMonday = `Teachers in Riverside threaten strike over pay

The Riverside Teachers Union said on Monday that its 4,000 members would strike on 12 March unless the Riverside School District improved its pay offer. The union rejected the district's offer of a 2% raise, calling it an insult to teachers who had gone three years without a rise.

"We will not accept a 2% raise while class sizes keep growing," said Maria Lopez, the president of the Riverside Teachers Union. The union wants a 6% raise and smaller classes.

The Riverside School District said it could not afford more than 2% this year. Superintendent John Carter said the district would meet the union on Thursday to look for a way forward. Parents in Riverside said they feared the schools would close for weeks.`

	strikeThursday = `Riverside pay talks end without a deal

Talks between the Riverside Teachers Union and the Riverside School District ended without agreement on Thursday after six hours. The Riverside School District offered a 4% raise over two years, superintendent John Carter said. "This is our final offer, and it is a fair one," Carter said.

Maria Lopez, the president of the Riverside Teachers Union, said the union would put the offer to its members. The strike planned for 12 March has been postponed to 19 March while the members vote. Governor Helen Park said the state would send a mediator to Riverside. Talks will resume next Tuesday.`

	tariffs = `Canada and Mexico hold lumber tariff talks

Canada and Mexico opened talks on Wednesday over Mexican tariffs on Canadian softwood lumber. Canadian trade minister Paul Grant said Canada wanted the tariffs lifted within a month. Mexico's economy minister Rosa Diaz said Mexico would study a Canadian proposal to share inspection costs. The two countries will meet again in Ottawa in April.`
)

// summarizeText briefs a text and waits for the brief.
func summarizeText(t *testing.T, srv *discordtest.Server, text string) *discordtest.Interaction {
	t.Helper()
	in := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("text", text)))
	if _, err := in.WaitFinal(waitCtx(t, 15*time.Second)); err != nil {
		t.Fatal(err)
	}
	return in
}

// storyBot is a running bot that tells when each brief has joined the
// server's stories.
type storyBot struct {
	r      *running
	srv    *discordtest.Server
	joined chan int64
}

// startStoryBot starts the bot with its store watched for joins.
func startStoryBot(t *testing.T, srv *discordtest.Server, db string, extra map[string]string) *storyBot {
	t.Helper()
	s := &storyBot{srv: srv, joined: make(chan int64, 64)}
	s.r = startBotWith(t, srv, db, extra, func(st store.Store) store.Store { return joinedStore{Store: st, joined: s.joined} })
	return s
}

// joinedStore tells when a brief has joined the server's stories: the bot
// records the brief's message right after the join.
type joinedStore struct {
	store.Store
	joined chan<- int64
}

func (j joinedStore) SetStoryBriefMessage(ctx context.Context, guild string, article int64, channel, message string) error {
	err := j.Store.SetStoryBriefMessage(ctx, guild, article, channel, message)
	select {
	case j.joined <- article:
	default: // nobody waits this far behind; never block the bot
	}
	return err
}

// summarize briefs a text and waits until the brief has joined the
// stories. A brief joins after it is posted, so one sent before the last
// has joined may not find its story (two briefs posted at the same moment
// can start two stories): the tests wait, as a person would.
func (s *storyBot) summarize(t *testing.T, text string) *discordtest.Interaction {
	t.Helper()
	in := summarizeText(t, s.srv, text)
	select {
	case <-s.joined:
	case <-time.After(30 * time.Second):
		t.Fatalf("the brief did not join the stories within 30 s:\n%s", s.r.log.String())
	}
	return in
}

// waitFollowUp waits for an interaction's first follow-up message.
func (s *storyBot) waitFollowUp(t *testing.T, in *discordtest.Interaction) *discordgo.Message {
	t.Helper()
	// Generous: under -race, with other packages' tests sharing two
	// cores, the story join after a brief once took over 10 s in CI.
	// This waits for the message; it does not time the bot.
	if err := s.srv.WaitFor(waitCtx(t, 30*time.Second), func() bool { return len(in.FollowUps()) > 0 }); err != nil {
		t.Fatalf("no follow-up: %v\n%s", err, s.r.log.String())
	}
	return in.FollowUps()[0]
}

// TestE2EStories follows a negotiation through the fake Discord and the
// command line, on SQLite and, when PARLEY_TEST_DATABASE_URL is set, on
// PostgreSQL.
func TestE2EStories(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "parley.db")
		testE2EStories(t, db, nil, map[string]string{"PARLEY_DB_PATH": db})
	})
	t.Run("postgres", func(t *testing.T) {
		u := os.Getenv("PARLEY_TEST_DATABASE_URL")
		if u == "" {
			t.Skip("PARLEY_TEST_DATABASE_URL is not set")
		}
		testE2EStories(t, filepath.Join(t.TempDir(), "unused.db"), map[string]string{"DATABASE_URL": u}, map[string]string{"DATABASE_URL": u})
	})
}

func testE2EStories(t *testing.T, db string, extra, cli map[string]string) {
	srv := discordtest.New(t)
	sb := startStoryBot(t, srv, db, extra)

	first := sb.summarize(t, strikeMonday)
	other := sb.summarize(t, tariffs)
	second := sb.summarize(t, strikeThursday)

	since := sb.waitFollowUp(t, second)
	text := embedText(since)
	if !strings.Contains(text, "Since the last brief") {
		t.Fatalf("the second brief of the strike has no section of what is new:\n%s", text)
	}
	for _, want := range []string{"final offer", "Tuesday", "sentence", "Teachers in Riverside threaten strike"} {
		if !strings.Contains(text, want) {
			t.Errorf("since the last brief lacks %q:\n%s", want, text)
		}
	}
	// It links the earlier brief's message in this server.
	if !strings.Contains(text, "https://discord.com/channels/"+srv.GuildID()+"/") {
		t.Errorf("since the last brief does not link the earlier brief's message:\n%s", text)
	}
	if strings.Contains(text, "2% raise while class sizes") {
		t.Errorf("an earlier quote shown as new:\n%s", text)
	}
	time.Sleep(300 * time.Millisecond)
	for _, in := range []*discordtest.Interaction{first, other} {
		if n := len(in.FollowUps()); n != 0 {
			t.Errorf("a brief that started a story got %d follow-ups", n)
		}
	}

	list := srv.SendInteraction(discordtest.SlashCommand("story", discordtest.SubcommandOption("list")))
	m, err := list.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	listText := embedText(m)
	if !strings.Contains(listText, "2 briefs") || !strings.Contains(listText, "1 brief ") {
		t.Errorf("/story list:\n%s", listText)
	}
	if m.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("/story list is not ephemeral")
	}

	// The strike story's id, from the store through the command line.
	var ids struct {
		Stories []struct {
			ID     int64  `json:"id"`
			Name   string `json:"name"`
			Briefs int    `json:"briefs"`
		} `json:"stories"`
	}
	out := runStoryCLI(t, cli, "story", "list", "--server", srv.GuildID(), "--format", "json")
	if err := json.Unmarshal([]byte(out), &ids); err != nil {
		t.Fatalf("bot story list --format json: %v\n%s", err, out)
	}
	var strike, tariff int64
	for _, s := range ids.Stories {
		switch s.Briefs {
		case 2:
			strike = s.ID
		case 1:
			tariff = s.ID
		}
	}
	if strike == 0 || tariff == 0 {
		t.Fatalf("stories = %+v, want one of two briefs and one of one", ids.Stories)
	}

	tl := srv.SendInteraction(discordtest.SlashCommand("timeline", discordtest.IntegerOption("story", strike)))
	m, err = tl.WaitFinal(waitCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	tlText := embedText(m)
	for _, want := range []string{"Timeline", "meeting", "Briefs", "https://discord.com/channels/"} {
		if !strings.Contains(tlText, want) {
			t.Errorf("/timeline lacks %q:\n%s", want, tlText)
		}
	}
	missing := srv.SendInteraction(discordtest.SlashCommand("timeline", discordtest.IntegerOption("story", 999)))
	if m, err := missing.WaitFinal(waitCtx(t, 10*time.Second)); err != nil || !strings.Contains(m.Content, "no story 999") {
		t.Errorf("/timeline of a missing story: %v %+v", err, m)
	}

	// Merging is for managers.
	merge := discordtest.SlashCommand("story", discordtest.SubcommandOption("merge", discordtest.IntegerOption("from", tariff), discordtest.IntegerOption("into", strike)))
	if m, err := srv.SendInteraction(merge).WaitFinal(waitCtx(t, 10*time.Second)); err != nil || !strings.Contains(m.Content, "Only server managers") {
		t.Errorf("/story merge by a member: %v %+v", err, m)
	}
	merge.MemberPermissions = discordgo.PermissionManageGuild | discordgo.PermissionSendMessages
	if m, err := srv.SendInteraction(merge).WaitFinal(waitCtx(t, 10*time.Second)); err != nil || !strings.Contains(m.Content, "Merged story") {
		t.Fatalf("/story merge: %v %+v", err, m)
	}
	show := runStoryCLI(t, cli, "story", "show", "--server", srv.GuildID(), fmt.Sprint(strike))
	if !strings.Contains(show, "Canada") || !strings.Contains(show, "Riverside") {
		t.Errorf("after the merge the story holds:\n%s", show)
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("Discord rules broken: %q", v)
	}
}

// runStoryCLI runs the command line with a store and returns its output.
func runStoryCLI(t *testing.T, vars map[string]string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	e := env{getenv: func(k string) string { return vars[k] }}
	if code := runWith(context.Background(), e, args, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("bot %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
	}
	return out.String()
}

func TestCLIStories(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "parley.db")
	cli := map[string]string{"PARLEY_DB_PATH": db}
	files := map[string]string{"monday.txt": strikeMonday, "thursday.txt": strikeThursday, "tariffs.txt": tariffs}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	type added struct {
		Story struct {
			ID     int64  `json:"id"`
			Name   string `json:"name"`
			Briefs int    `json:"briefs"`
		} `json:"story"`
		Joined  bool `json:"joined"`
		Changes []struct {
			Kind, Text, Party string
			Sentence          int
		} `json:"changes"`
	}
	add := func(name, server string) added {
		var a added
		out := runStoryCLI(t, cli, "story", "add", "--server", server, "--format", "json", filepath.Join(dir, name))
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatalf("story add %s: %v\n%s", name, err, out)
		}
		return a
	}
	a1 := add("monday.txt", "s1")
	a2 := add("tariffs.txt", "s1")
	a3 := add("thursday.txt", "s1")
	if a1.Joined || a2.Joined || !a3.Joined || a3.Story.ID != a1.Story.ID || a2.Story.ID == a1.Story.ID || a3.Story.Briefs != 2 {
		t.Fatalf("joins: %+v / %+v / %+v", a1, a2, a3)
	}
	kinds := map[string]bool{}
	for _, c := range a3.Changes {
		kinds[c.Kind] = true
		if c.Sentence < 0 || c.Text == "" {
			t.Errorf("change without text or sentence: %+v", c)
		}
	}
	if !kinds["quote"] || !kinds["next_step"] {
		t.Errorf("changes %+v, want a new quote and next steps", a3.Changes)
	}
	// Another server sees none of it.
	if a := add("thursday.txt", "s2"); a.Joined || a.Story.ID == a1.Story.ID {
		t.Errorf("another server joined the first server's story: %+v", a)
	}
	list := runStoryCLI(t, cli, "story", "list", "--server", "s1")
	if !strings.Contains(list, "2 briefs") {
		t.Errorf("story list:\n%s", list)
	}
	tl := runStoryCLI(t, cli, "story", "timeline", "--server", "s1", fmt.Sprint(a1.Story.ID))
	if !strings.Contains(tl, "meeting") || !strings.Contains(tl, "(next Tuesday)") {
		t.Errorf("story timeline:\n%s", tl)
	}

	var out, errb bytes.Buffer
	e := env{getenv: func(k string) string {
		if k == "PARLEY_DB_PATH" {
			return db
		}
		return ""
	}}
	for _, bad := range [][]string{{"story"}, {"story", "show", "x"}, {"story", "frob"}, {"story", "show", "--server", "s1", "999"}, {"story", "list", "--format", "xml"}} {
		out.Reset()
		errb.Reset()
		if code := runWith(context.Background(), e, bad, strings.NewReader(""), &out, &errb); code == 0 || out.Len() != 0 || errb.Len() == 0 {
			t.Errorf("bot %v: exit %d, stdout %q, stderr %q; want an error line and nothing on stdout", bad, code, out.String(), errb.String())
		}
	}
	noStore := env{getenv: func(string) string { return "" }}
	errb.Reset()
	if code := runWith(context.Background(), noStore, []string{"story", "list"}, strings.NewReader(""), &out, &errb); code == 0 || !strings.Contains(errb.String(), "PARLEY_DB_PATH") {
		t.Errorf("story list without a store: exit %d, %q", code, errb.String())
	}
}

// slowStore makes the search for a story to join slow, as a busy database
// does, so that two joins overlap.
type slowStore struct {
	store.Store
	delay time.Duration
}

func (s slowStore) StoryCandidates(ctx context.Context, guild string, keys []string, limit int) (store.Candidates, error) {
	time.Sleep(s.delay)
	return s.Store.StoryCandidates(ctx, guild, keys, limit)
}

// TestE2EStoriesAtOnce: two briefs of one negotiation posted at the same
// moment make one story, and the one that joined second says what is new.
func TestE2EStoriesAtOnce(t *testing.T) {
	srv := discordtest.New(t)
	db := filepath.Join(t.TempDir(), "parley.db")
	startBotWith(t, srv, db, nil, func(st store.Store) store.Store { return slowStore{Store: st, delay: 400 * time.Millisecond} })
	a := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("text", strikeMonday)))
	b := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("text", strikeThursday)))
	for _, in := range []*discordtest.Interaction{a, b} {
		if _, err := in.WaitFinal(waitCtx(t, 15*time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	if err := srv.WaitFor(waitCtx(t, 30*time.Second), func() bool { return len(a.FollowUps())+len(b.FollowUps()) > 0 }); err != nil {
		t.Fatalf("neither brief joined the other's story: %v", err)
	}
	var ids struct {
		Stories []struct {
			Briefs int `json:"briefs"`
		} `json:"stories"`
	}
	out := runStoryCLI(t, map[string]string{"PARLEY_DB_PATH": db}, "story", "list", "--server", srv.GuildID(), "--format", "json")
	if err := json.Unmarshal([]byte(out), &ids); err != nil {
		t.Fatalf("bot story list --format json: %v\n%s", err, out)
	}
	if len(ids.Stories) != 1 || ids.Stories[0].Briefs != 2 {
		t.Errorf("stories %+v, want one of 2 briefs", ids.Stories)
	}
}
