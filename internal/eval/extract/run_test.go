package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// benchDir returns the shared extraction benchmark, found through
// $PARLEY_SHARED (the shared directory) or ../../../../shared from this
// package, and skips the test when it is absent.
func benchDir(tb testing.TB) string {
	tb.Helper()
	shared := os.Getenv("PARLEY_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "..", "shared")
	}
	dir := filepath.Join(shared, "bench", "extraction")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		tb.Skipf("extraction benchmark not found (set PARLEY_SHARED): %v", err)
	}
	return dir
}

// referenceScores are score.py's numbers (n-bootstrap 0) on upstream's
// reference outputs, used when python3 is not installed.
var referenceScores = map[string]Scores{
	"go_readability.json":      {F1: 0.9341146510575165, Precision: 0.8999662991567629, Recall: 0.9709566637705307, Accuracy: 0.1878453038674033},
	"go_readability_fork.json": {F1: 0.9467376552717819, Precision: 0.9139520042516012, Recall: 0.9819630247602751, Accuracy: 0.16574585635359115},
	"go_trafilatura.json":      {F1: 0.9596842463451244, Precision: 0.9403037962747272, Recall: 0.9798804034914237, Accuracy: 0.287292817679558},
	"readability_js.json":      {F1: 0.9467476387190945, Precision: 0.9139442434019309, Recall: 0.9819934647706248, Accuracy: 0.16574585635359115},
	"trafilatura.json":         {F1: 0.9575025204943414, Precision: 0.9382893160492266, Recall: 0.9775190256027831, Accuracy: 0.292817679558011},
}

// pythonScores runs score.py on path and returns its summary, or false
// when python3 is not installed.
func pythonScores(t *testing.T, dir, path string) (Scores, bool) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		return Scores{}, false
	}
	out := filepath.Join(t.TempDir(), "score.json")
	cmd := exec.Command(py, filepath.Join(dir, "score.py"), path, "--n-bootstrap", "0", "--json", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("python3 score.py %s: %v\n%s", path, err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("read score.py output: %v", err)
	}
	var res map[string]struct {
		Summary struct {
			F1        float64 `json:"f1"`
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
			Accuracy  float64 `json:"accuracy"`
			EmptyPred int     `json:"empty_pred"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatalf("parse score.py output: %v", err)
	}
	s := res[path].Summary
	return Scores{F1: s.F1, Precision: s.Precision, Recall: s.Recall, Accuracy: s.Accuracy, EmptyPred: s.EmptyPred}, true
}

func sameScores(a, b Scores) bool {
	const eps = 1e-9
	return math.Abs(a.F1-b.F1) < eps && math.Abs(a.Precision-b.Precision) < eps &&
		math.Abs(a.Recall-b.Recall) < eps && math.Abs(a.Accuracy-b.Accuracy) < eps
}

// TestScoreFileMatchesScorePy scores upstream's reference outputs with the
// Go port and compares with score.py (or its recorded numbers).
func TestScoreFileMatchesScorePy(t *testing.T) {
	dir := benchDir(t)
	for name, recorded := range referenceScores {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, "reference-outputs", name)
			got, err := ScoreFile(context.Background(), dir, path)
			if err != nil {
				t.Fatal(err)
			}
			want, ok := pythonScores(t, dir, path)
			if !ok {
				want = recorded
			}
			if !sameScores(got, want) {
				t.Errorf("ScoreFile(%s) = %+v, want (score.py) %+v", name, got, want)
			}
		})
	}
}

// TestRunBench runs the whole evaluation and holds extraction to the
// issue's quality targets; it also checks score.py agrees on the file.
// Set PARLEY_PREDICTIONS to a path to keep the predictions file.
func TestRunBench(t *testing.T) {
	if testing.Short() {
		t.Skip("whole benchmark skipped in -short mode")
	}
	dir := benchDir(t)
	pred := filepath.Join(t.TempDir(), "predictions.json")
	if p := os.Getenv("PARLEY_PREDICTIONS"); p != "" {
		pred = p
	}
	res, err := Run(context.Background(), dir, pred)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := res.Print(&buf); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", buf.String())
	if res.Pages != 181 {
		t.Errorf("Pages = %d, want 181", res.Pages)
	}
	if res.F1 < 0.965 || res.Precision < 0.945 {
		t.Errorf("F1 %.4f, precision %.4f; want F1 >= 0.965 and precision >= 0.945", res.F1, res.Precision)
	}
	if want, ok := pythonScores(t, dir, pred); ok && !sameScores(res.Scores, want) {
		t.Errorf("Run scores %+v, score.py on its predictions %+v", res.Scores, want)
	}
}

// writeBench makes a small benchmark directory of the shared layout.
func writeBench(t *testing.T, pages map[string][2]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	gt := make(map[string]truth)
	for id, p := range pages {
		gt[id] = truth{ArticleBody: p[1], URL: "https://news.example/" + id}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		if _, err := zw.Write([]byte(p[0])); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := json.Marshal(gt)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func page(paras ...string) string {
	var sb strings.Builder
	sb.WriteString(`<html><head><title>Talks</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>`)
	for _, p := range paras {
		fmt.Fprintf(&sb, "<p>%s</p>", p)
	}
	sb.WriteString(`</article><footer>Copyright Example News</footer></body></html>`)
	return sb.String()
}

func TestRunSmallBench(t *testing.T) {
	p1 := "Negotiators from both delegations met again on Tuesday in Geneva to discuss the draft ceasefire text and the exchange of prisoners."
	p2 := "The mediator said that the gap between the parties had narrowed, although the question of monitoring remained open for now."
	p3 := "A second round is planned for next week, when the delegations are expected to bring revised maps and a timetable for withdrawal."
	dir := writeBench(t, map[string][2]string{
		"a": {page(p1, p2, p3), p1 + "\n\n" + p2 + "\n\n" + p3},
		"b": {`<html><body><p>Sign in</p></body></html>`, "Some article that could not be found."},
	})
	pred := filepath.Join(t.TempDir(), "pred.json")
	res, err := Run(context.Background(), dir, pred)
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 2 || res.Failed != 1 || res.EmptyPred != 1 {
		t.Errorf("Pages, Failed, EmptyPred = %d, %d, %d; want 2, 1, 1", res.Pages, res.Failed, res.EmptyPred)
	}
	if got := res.PerPage["a"]; got.Precision != 1 || got.Recall != 1 || !got.Exact {
		t.Errorf("page a scored %+v, want exact", got)
	}
	if res.Precision != 1 || res.Recall != 0.5 {
		t.Errorf("precision, recall = %v, %v; want 1, 0.5", res.Precision, res.Recall)
	}
	// The predictions file is score.py's wrapped format and scores the same.
	b, err := os.ReadFile(pred)
	if err != nil {
		t.Fatal(err)
	}
	var wrapped struct {
		Version string                `json:"version"`
		Output  map[string]prediction `json:"output"`
	}
	if err := json.Unmarshal(b, &wrapped); err != nil {
		t.Fatalf("predictions are not the wrapped format: %v", err)
	}
	if len(wrapped.Output) != 2 || wrapped.Output["b"].ArticleBody != "" {
		t.Errorf("predictions output = %+v, want 2 ids with b empty", wrapped.Output)
	}
	got, err := ScoreFile(context.Background(), dir, pred)
	if err != nil {
		t.Fatal(err)
	}
	if !sameScores(got, res.Scores) {
		t.Errorf("ScoreFile = %+v, Run = %+v", got, res.Scores)
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T) string
		want  string
	}{
		{"missing directory", func(t *testing.T) string { return filepath.Join(t.TempDir(), "nope") }, "read ground truth"},
		{"bad ground truth", func(t *testing.T) string {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte("{"), 0o644); err != nil {
				t.Fatal(err)
			}
			return dir
		}, "parse ground truth"},
		{"missing page", func(t *testing.T) string {
			dir := writeBench(t, map[string][2]string{"a": {"<p>x</p>", "x"}})
			if err := os.Remove(filepath.Join(dir, "html", "a.html.gz")); err != nil {
				t.Fatal(err)
			}
			return dir
		}, "read page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Run(context.Background(), tt.setup(t), filepath.Join(t.TempDir(), "p.json"))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Run error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestRunCancelled(t *testing.T) {
	dir := writeBench(t, map[string][2]string{"a": {page("x"), "x"}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, dir, filepath.Join(t.TempDir(), "p.json")); err == nil {
		t.Error("Run with a cancelled context succeeded, want an error")
	}
}

func TestLoadPredictionsFormats(t *testing.T) {
	tests := []struct {
		name string
		json string
		want map[string]string
	}{
		{"plain strings", `{"a": "one", "b": ""}`, map[string]string{"a": "one", "b": ""}},
		{"benchmark objects", `{"a": {"articleBody": "one"}, "b": {}}`, map[string]string{"a": "one"}},
		{"wrapped", `{"version": "1", "output": {"a": {"articleBody": "one"}}}`, map[string]string{"a": "one"}},
		{"null is empty", `{"a": null}`, map[string]string{"a": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p.json")
			if err := os.WriteFile(path, []byte(tt.json), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := loadPredictions(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("loadPredictions = %q, want %q", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("loadPredictions[%q] = %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

func TestPrintGolden(t *testing.T) {
	r := Result{Scores: Scores{F1: 0.97612, Precision: 0.9657, Recall: 0.9871, Accuracy: 0.359, EmptyPred: 0},
		Pages: 181, MedianMs: 2.123, P90Ms: 4.5, TotalSeconds: 0.47, PeakHeapMB: 10.94, PeakRSSMB: 52.3}
	var buf bytes.Buffer
	if err := r.Print(&buf); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "print.golden")
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("Print =\n%s\nwant\n%s", got, want)
	}
}

func TestParseVmHWM(t *testing.T) {
	tests := []struct {
		name, status string
		want         float64
	}{
		{"present", "Name:\tx\nVmPeak:\t 9000 kB\nVmHWM:\t   51200 kB\nVmRSS:\t 100 kB\n", 50},
		{"absent", "Name:\tx\n", 0},
		{"malformed", "VmHWM:\tlots kB\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseVmHWM([]byte(tt.status)); got != tt.want {
				t.Errorf("parseVmHWM = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPercentile(t *testing.T) {
	tests := []struct {
		name string
		xs   []float64
		q    float64
		want float64
	}{
		{"empty", nil, 0.5, 0},
		{"one", []float64{3}, 0.9, 3},
		{"median odd", []float64{5, 1, 3}, 0.5, 3},
		{"p90", []float64{10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0}, 0.9, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percentile(tt.xs, tt.q); got != tt.want {
				t.Errorf("percentile(%v, %v) = %v, want %v", tt.xs, tt.q, got, tt.want)
			}
		})
	}
}

// BenchmarkRun times a whole evaluation over the shared benchmark; run it
// under /usr/bin/time -v to see the peak resident memory of a full run.
func BenchmarkRun(b *testing.B) {
	dir := benchDir(b)
	pred := filepath.Join(b.TempDir(), "pred.json")
	b.ReportAllocs()
	var res Result
	for b.Loop() {
		var err error
		if res, err = Run(context.Background(), dir, pred); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(res.F1, "F1")
	b.ReportMetric(res.MedianMs, "median-ms/page")
	b.ReportMetric(res.PeakRSSMB, "peak-RSS-MB")
}
