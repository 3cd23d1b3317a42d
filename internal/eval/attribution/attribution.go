// Package attribution scores who-said-what on the attribution bench
// (shared/bench/attribution: 82 political news articles with every
// attribution, direct and reported) and, strictly, on the news bench, with
// the benches' own scorers: it writes the engine's briefs as JSON files
// and runs score.py and newsscore.py on them, so the figures are exactly
// the bench's.
package attribution

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/parley-bot/parley/internal/summarize"
)

// Scores are the attribution bench's figures for one kind of gold.
type Scores struct {
	Gold    int     `json:"gold"`
	Pred    int     `json:"pred"`
	TP      int     `json:"tp"`
	P       float64 `json:"p"`
	R       float64 `json:"r"`
	F1      float64 `json:"f1"`
	Speaker struct {
		Correct int     `json:"correct"`
		Scored  int     `json:"scored"`
		Acc     float64 `json:"acc"`
	} `json:"speaker"`
	Strict struct {
		P  float64 `json:"p"`
		F1 float64 `json:"f1"`
	} `json:"strict"`
}

// Result is score.py's report.
type Result struct {
	Articles int `json:"n_articles"`
	Scores   struct {
		All      Scores `json:"all"`
		Direct   Scores `json:"direct"`
		Indirect Scores `json:"indirect"`
	} `json:"scores"`
	// Text is score.py's plain report.
	Text string `json:"-"`
	// HeldOut and Dev are the same scores over the two parts of the bench:
	// HeldOut (a third of the articles, chosen by a hash of their ids) is
	// never read article by article while building; Dev is the rest, whose
	// errors may be read (never to fit a rule to one sentence).
	HeldOut, Dev *Result `json:"-"`
}

// HeldOut reports whether the article with this id belongs to the
// held-out third of the attribution bench.
func HeldOut(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%3 == 0
}

type record struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

func readRecords(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// WriteBriefs briefs every article of a JSONL bench file into dir as
// <id>.json, the way `bot summarize --format json` prints them.
func WriteBriefs(jsonl, dir string, opts summarize.Options) (int, error) {
	recs, err := readRecords(jsonl)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("make %s: %w", dir, err)
	}
	for _, r := range recs {
		b, err := summarize.Summarize(summarize.Input{Text: r.Text, Source: summarize.Source{Title: r.Title}}, opts)
		if err != nil {
			return 0, fmt.Errorf("brief %s: %w", r.ID, err)
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(b); err != nil {
			return 0, fmt.Errorf("encode %s: %w", r.ID, err)
		}
		if err := os.WriteFile(filepath.Join(dir, r.ID+".json"), buf.Bytes(), 0o644); err != nil {
			return 0, fmt.Errorf("write brief %s: %w", r.ID, err)
		}
	}
	return len(recs), nil
}

// ErrNoPython is returned when python3, which runs the bench's scorers, is
// not installed.
var ErrNoPython = fmt.Errorf("python3 not found: the bench's scorers need it")

// Run briefs the attribution bench's articles into dir and scores them
// with the bench's score.py.
func Run(ctx context.Context, bench, dir string, opts summarize.Options) (*Result, error) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return nil, ErrNoPython
	}
	data := filepath.Join(bench, "attribution", "polnear-dev.jsonl")
	if _, err := WriteBriefs(data, dir, opts); err != nil {
		return nil, err
	}
	script := filepath.Join(bench, "attribution", "score.py")
	res, err := score(ctx, py, script, data, dir)
	if err != nil {
		return nil, err
	}
	parts := filepath.Join(dir, "parts")
	if err := os.MkdirAll(parts, 0o755); err != nil {
		return nil, fmt.Errorf("make %s: %w", parts, err)
	}
	held, dev := filepath.Join(parts, "held-out.jsonl"), filepath.Join(parts, "dev.jsonl")
	if err := splitBench(data, held, dev); err != nil {
		return nil, err
	}
	if res.HeldOut, err = score(ctx, py, script, held, dir); err != nil {
		return nil, err
	}
	if res.Dev, err = score(ctx, py, script, dev, dir); err != nil {
		return nil, err
	}
	return res, nil
}

// score runs score.py on the briefs in dir against the gold in data.
func score(ctx context.Context, py, script, data, dir string) (*Result, error) {
	out, err := exec.CommandContext(ctx, py, script, "--data", data, "--pred", dir, "--json").Output()
	if err != nil {
		return nil, fmt.Errorf("run score.py on %s: %w", filepath.Base(data), err)
	}
	var res Result
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, fmt.Errorf("read score.py's output: %w", err)
	}
	text, err := exec.CommandContext(ctx, py, script, "--data", data, "--pred", dir).Output()
	if err != nil {
		return nil, fmt.Errorf("run score.py on %s: %w", filepath.Base(data), err)
	}
	res.Text = string(text)
	return &res, nil
}

// splitBench writes the held-out and the development articles of the
// bench file data into two JSONL files.
func splitBench(data, held, dev string) error {
	raw, err := os.ReadFile(data)
	if err != nil {
		return fmt.Errorf("read %s: %w", data, err)
	}
	var h, d bytes.Buffer
	for _, line := range bytes.Split(raw, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var r struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return fmt.Errorf("read %s: %w", data, err)
		}
		w := &d
		if HeldOut(r.ID) {
			w = &h
		}
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := os.WriteFile(held, h.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", held, err)
	}
	if err := os.WriteFile(dev, d.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", dev, err)
	}
	return nil
}

// Print writes the headline figures.
func (r *Result) Print(w io.Writer) {
	row := func(name string, s Scores) {
		fmt.Fprintf(w, "%-9s P %.3f  R %.3f  F1 %.3f  (gold %d, predictions %d, matched %d)  speaker %.3f (%d/%d)\n",
			name, s.P, s.R, s.F1, s.Gold, s.Pred, s.TP, s.Speaker.Acc, s.Speaker.Correct, s.Speaker.Scored)
	}
	part := func(title string, r *Result) {
		fmt.Fprintf(w, "%s: %d articles\n", title, r.Articles)
		row("all", r.Scores.All)
		row("direct", r.Scores.Direct)
		row("reported", r.Scores.Indirect)
		fmt.Fprintf(w, "strict (parts counted as false positives): P %.3f F1 %.3f\n", r.Scores.All.Strict.P, r.Scores.All.Strict.F1)
	}
	if r.HeldOut != nil {
		part("held-out third (never read article by article)", r.HeldOut)
	}
	if r.Dev != nil {
		part("development part", r.Dev)
	}
	part("all of PolNeAR dev, scored by the bench's score.py", r)
}

// NewsResult is newsscore.py's strict scoring of the news bench: quotes
// (partial ones counted as predictions) against the quote-marked gold, and
// speakers by full name or surname only.
type NewsResult struct {
	// F1, P, R of every predicted quote against the gold with quotation
	// marks (direct and mixed), at overlap 0.3; Speaker is the accuracy
	// over the matched ones.
	P, R, F1, Speaker float64
	Matched, Gold     int
	// Text is newsscore.py's full report.
	Text string
}

// RunNews briefs the news bench's articles into dir and scores them with
// the bench's newsscore.py.
func RunNews(ctx context.Context, bench, dir string, opts summarize.Options) (*NewsResult, error) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return nil, ErrNoPython
	}
	data := filepath.Join(bench, "news", "articles.jsonl")
	if _, err := WriteBriefs(data, dir, opts); err != nil {
		return nil, err
	}
	script := filepath.Join(bench, "attribution", "newsscore.py")
	args := []string{script, "--data", data, "--pred", dir, "--no-seed"}
	text, err := exec.CommandContext(ctx, py, args...).Output()
	if err != nil {
		return nil, fmt.Errorf("run newsscore.py: %w", err)
	}
	res := &NewsResult{Text: string(text)}
	// The row "marked all 0.3 overall" is the strict quote score.
	for _, line := range strings.Split(res.Text, "\n") {
		f := strings.Fields(line)
		if len(f) >= 13 && f[0] == "marked" && f[1] == "all" && f[2] == "0.3" && f[3] == "overall" {
			fmt.Sscan(f[4], &res.Gold)
			fmt.Sscan(f[6], &res.Matched)
			fmt.Sscan(f[9], &res.P)
			fmt.Sscan(f[10], &res.R)
			fmt.Sscan(f[11], &res.F1)
			fmt.Sscan(f[12], &res.Speaker)
			res.P, res.R, res.F1, res.Speaker = res.P/100, res.R/100, res.F1/100, res.Speaker/100
			return res, nil
		}
	}
	return nil, fmt.Errorf("newsscore.py printed no 'marked all 0.3 overall' row")
}
