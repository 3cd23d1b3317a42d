// Package story measures how Parley follows negotiations across articles
// (issue 14): the grouping of the news bench's articles into stories,
// pairwise against the bench's story_group labels, fed in date order
// through the real tracker on a temporary SQLite store; the changes "since
// the last brief" against the project's own gold (changes_gold.json);
// and the time a join takes with 1,000 stories in the store.
package story

import (
	"bufio"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story/track"
	"github.com/parley-bot/parley/internal/summarize"
)

// Record is one article of the news bench, as far as stories need it.
type Record struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Text       string `json:"text"`
	Dataset    string `json:"dataset"`
	StoryGroup string `json:"story_group"`
	Source     string `json:"source"`
	// Date is the article's date when the record gives one (2006-01-02).
	Date string `json:"-"`
}

// datePattern finds a date in a record's id or source (the PolNeAR
// records carry theirs; the others have none).
var datePattern = regexp.MustCompile(`(19|20)\d\d-\d\d-\d\d`)

// LoadRecords reads the news bench in the order the tracker is fed: the
// file's order, except that a dataset whose every record is dated is
// sorted by date. It reports that order in words.
func LoadRecords(benchDir string) ([]Record, string, error) {
	path := filepath.Join(benchDir, "news", "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return nil, "", fmt.Errorf("open news bench: %w", err)
	}
	defer f.Close()
	var recs []Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, "", fmt.Errorf("parse %s line %d: %w", path, len(recs)+1, err)
		}
		r.Date = datePattern.FindString(r.ID)
		if r.Date == "" {
			r.Date = datePattern.FindString(r.Source)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		return nil, "", fmt.Errorf("read %s: %w", path, err)
	}
	// Datasets keep their place in the file; a fully dated one is sorted.
	var order []string
	byDS := map[string][]Record{}
	for _, r := range recs {
		if _, ok := byDS[r.Dataset]; !ok {
			order = append(order, r.Dataset)
		}
		byDS[r.Dataset] = append(byDS[r.Dataset], r)
	}
	var out []Record
	var dated, undated []string
	for _, ds := range order {
		rs := byDS[ds]
		all := true
		for _, r := range rs {
			if r.Date == "" {
				all = false
			}
		}
		if all {
			sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date < rs[j].Date })
			dated = append(dated, ds)
		} else {
			undated = append(undated, ds)
		}
		out = append(out, rs...)
	}
	how := fmt.Sprintf("datasets in file order; by date within %s (dates from the record ids); file order within %s (no dates in the records)",
		orNone(dated), orNone(undated))
	return out, how, nil
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

// Brief makes the local brief of a record.
func Brief(r Record, opts summarize.Options) (*summarize.Brief, error) {
	b, err := summarize.Summarize(summarize.Input{Text: r.Text, Source: summarize.Source{Title: r.Title, URL: benchURL(r.ID), Published: r.Date}}, opts)
	if err != nil {
		return nil, fmt.Errorf("brief %s: %w", r.ID, err)
	}
	return b, nil
}

func benchURL(id string) string { return "https://bench.example/news/" + id }

// Grouping is how the tracker grouped the bench.
type Grouping struct {
	Articles int
	Order    string
	// Groups are the stories made, each a list of record ids.
	Groups [][]string
	// Pairs of articles in one story: counted against the gold groups.
	TP, FP, FN int
	// Mixed lists the stories that join two different negotiations
	// between the same countries (two gold groups sharing a country).
	Mixed []string
	// Misses explain the pairs missed and joined wrongly.
	Misses []string
	// Scores explain each join.
	Scores []string
	// JoinTimes are the times of the joins (store work and judging).
	JoinTimes []time.Duration
}

// Precision is the share of pairs put in one story that belong together.
func (g *Grouping) Precision() float64 { return ratio(g.TP, g.TP+g.FP) }

// Recall is the share of pairs that belong together put in one story.
func (g *Grouping) Recall() float64 { return ratio(g.TP, g.TP+g.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// RunGrouping feeds the bench's articles, in order, to a tracker on a new
// SQLite store in dir (one server), and scores the stories it makes.
func RunGrouping(ctx context.Context, recs []Record, briefs map[string]*summarize.Brief, dir string) (*Grouping, error) {
	st, err := store.Open(ctx, filepath.Join(dir, "stories-eval.db"), store.Options{})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	tr := &track.Tracker{Stories: st, Load: track.BriefLoader(st)}
	g := &Grouping{Articles: len(recs)}
	storyOf := map[string]int64{}
	idOf := map[int64]string{}
	for i, r := range recs {
		b := briefs[r.ID]
		aid, err := putBrief(ctx, st, r, b, i)
		if err != nil {
			return nil, err
		}
		idOf[aid] = r.ID
		start := time.Now()
		res, err := tr.Join(ctx, track.Brief{GuildID: "bench", ArticleID: aid, Engine: summarize.EngineLocal, Title: r.Title, URL: benchURL(r.ID), Brief: b,
			At: time.Date(2026, 1, 1, 0, 0, i, 0, time.UTC)})
		g.JoinTimes = append(g.JoinTimes, time.Since(start))
		if err != nil {
			return nil, err
		}
		storyOf[r.ID] = res.Story.ID
		g.Scores = append(g.Scores, fmt.Sprintf("%s -> story %d (joined %v; nearest story %d: parties %.2f, subject %.2f, %d days apart, total %.2f)",
			r.ID, res.Story.ID, res.Joined, res.Score.ID, res.Score.Parties, res.Score.Subject, res.Score.Days, res.Score.Total))
	}
	members := map[int64][]string{}
	var ids []int64
	for _, r := range recs {
		s := storyOf[r.ID]
		if _, ok := members[s]; !ok {
			ids = append(ids, s)
		}
		members[s] = append(members[s], r.ID)
	}
	group := map[string]string{}
	for _, r := range recs {
		group[r.ID] = r.StoryGroup
	}
	for _, s := range ids {
		g.Groups = append(g.Groups, members[s])
	}
	for i := range recs {
		for j := i + 1; j < len(recs); j++ {
			a, b := recs[i], recs[j]
			same, together := a.StoryGroup == b.StoryGroup, storyOf[a.ID] == storyOf[b.ID]
			switch {
			case same && together:
				g.TP++
			case together:
				g.FP++
				g.Misses = append(g.Misses, fmt.Sprintf("joined wrongly: %s (%s) with %s (%s)", a.ID, a.StoryGroup, b.ID, b.StoryGroup))
			case same:
				g.FN++
				g.Misses = append(g.Misses, fmt.Sprintf("not joined: %s and %s (%s)", a.ID, b.ID, a.StoryGroup))
			}
		}
	}
	for _, s := range ids {
		gs := map[string][]string{}
		for _, id := range members[s] {
			gs[group[id]] = append(gs[group[id]], id)
		}
		if len(gs) < 2 {
			continue
		}
		var names []string
		for k := range gs {
			names = append(names, k)
		}
		sort.Strings(names)
		for x := 0; x < len(names); x++ {
			for y := x + 1; y < len(names); y++ {
				if shared := sharedCountries(briefs, gs[names[x]], gs[names[y]]); len(shared) > 0 {
					g.Mixed = append(g.Mixed, fmt.Sprintf("story %d holds %s and %s, both between %s", s, names[x], names[y], strings.Join(shared, ", ")))
				}
			}
		}
	}
	return g, nil
}

// sharedCountries are the countries that the briefs of two sets of
// articles both name as parties.
func sharedCountries(briefs map[string]*summarize.Brief, a, b []string) []string {
	of := func(ids []string) map[string]bool {
		m := map[string]bool{}
		for _, id := range ids {
			for _, p := range briefs[id].Parties {
				if p.Kind == summarize.KindCountry {
					m[p.Name] = true
				}
			}
		}
		return m
	}
	ca, cb := of(a), of(b)
	var out []string
	for c := range ca {
		if cb[c] {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// putBrief stores a record as an article with its brief.
func putBrief(ctx context.Context, st store.Store, r Record, b *summarize.Brief, i int) (int64, error) {
	id, err := st.PutArticle(ctx, &article.Article{URL: benchURL(r.ID), CanonicalURL: benchURL(r.ID), Title: r.Title, Text: r.Text,
		FetchedAt: time.Date(2026, 1, 1, 0, 0, i, 0, time.UTC)})
	if err != nil {
		return 0, err
	}
	if err := st.PutBrief(ctx, id, summarize.EngineLocal, b); err != nil {
		return 0, err
	}
	return id, nil
}

// Print writes the grouping's figures.
func (g *Grouping) Print(w io.Writer, misses bool) {
	fmt.Fprintf(w, "order          %s\n", g.Order)
	fmt.Fprintf(w, "grouping       %d articles -> %d stories; pairwise precision %.3f, recall %.3f (%d right pairs, %d wrong, %d missed)\n",
		g.Articles, len(g.Groups), g.Precision(), g.Recall(), g.TP, g.FP, g.FN)
	fmt.Fprintf(w, "mixed          %d stories join two negotiations between the same countries\n", len(g.Mixed))
	for _, m := range g.Mixed {
		fmt.Fprintf(w, "  %s\n", m)
	}
	if misses {
		for _, m := range g.Scores {
			fmt.Fprintf(w, "  %s\n", m)
		}
		for _, m := range g.Misses {
			fmt.Fprintf(w, "  %s\n", m)
		}
	}
}
