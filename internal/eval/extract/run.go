// Package extract evaluates Parley's article extraction on the shared
// extraction benchmark (bench/extraction: real web pages with gold article
// bodies). It extracts every page with article.FromHTML, writes the
// predictions in the format the benchmark's score.py reads, and scores them
// with a Go port of score.py's metric, timing each page.
package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/article"
)

// Result is the outcome of one evaluation run.
type Result struct {
	Scores
	// Pages is the number of pages scored.
	Pages int
	// Failed counts pages where extraction returned an error; they are
	// scored as empty predictions.
	Failed int
	// MedianMs and P90Ms are per-page extraction times in milliseconds:
	// charset decoding, parsing, extraction and rendering, not reading or
	// decompressing the file.
	MedianMs, P90Ms float64
	// TotalSeconds is the extraction time summed over all pages.
	TotalSeconds float64
	// PeakHeapMB is the largest Go heap (live and not yet collected
	// objects) seen right after a page was extracted.
	PeakHeapMB float64
	// PeakRSSMB is the peak resident memory of the whole process so far
	// (VmHWM on Linux; 0 where unknown).
	PeakRSSMB float64
	// PerPage holds every page's score, by page id.
	PerPage map[string]PageScore
}

type truth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

type prediction struct {
	ArticleBody string `json:"articleBody"`
}

// Run extracts every page of benchDir (the shared bench/extraction
// directory: ground-truth.json and html/<id>.html.gz), writes the
// predictions to predictionsPath in score.py's wrapped format
// ({"version": ..., "output": {id: {"articleBody": text}}}) and returns
// their scores. Pages are read as UTF-8, as the benchmark stores them.
func Run(ctx context.Context, benchDir, predictionsPath string) (Result, error) {
	gt, err := loadTruth(filepath.Join(benchDir, "ground-truth.json"))
	if err != nil {
		return Result{}, err
	}
	ids := sortedKeys(gt)

	heap := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peakHeap uint64
	out := make(map[string]prediction, len(ids))
	times := make([]float64, 0, len(ids))
	res := Result{PerPage: make(map[string]PageScore, len(ids))}
	scores := make([]PageScore, 0, len(ids))
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("evaluate extraction: %w", err)
		}
		body, err := readGzip(filepath.Join(benchDir, "html", id+".html.gz"))
		if err != nil {
			return Result{}, err
		}
		start := time.Now()
		a, err := article.FromHTML(body, "text/html; charset=utf-8", gt[id].URL)
		elapsed := time.Since(start)
		times = append(times, float64(elapsed)/float64(time.Millisecond))
		res.TotalSeconds += elapsed.Seconds()
		text := ""
		if err != nil {
			res.Failed++
		} else {
			text = a.Text
		}
		metrics.Read(heap)
		peakHeap = max(peakHeap, heap[0].Value.Uint64())

		out[id] = prediction{ArticleBody: text}
		s := ScorePage(gt[id].ArticleBody, text)
		res.PerPage[id] = s
		scores = append(scores, s)
	}
	res.Scores = Aggregate(scores)
	res.Pages = len(ids)
	res.MedianMs = percentile(times, 0.5)
	res.P90Ms = percentile(times, 0.9)
	res.PeakHeapMB = float64(peakHeap) / (1 << 20)
	res.PeakRSSMB = peakRSSMB()
	if err := writePredictions(predictionsPath, out); err != nil {
		return Result{}, err
	}
	return res, nil
}

// ScoreFile scores a predictions file (any of the formats score.py reads:
// {"id": "text"}, {"id": {"articleBody": "text"}}, or those wrapped as
// {"version": ..., "output": ...}) against benchDir's ground truth. Ids
// missing from the file count as empty predictions.
func ScoreFile(ctx context.Context, benchDir, predictionsPath string) (Scores, error) {
	gt, err := loadTruth(filepath.Join(benchDir, "ground-truth.json"))
	if err != nil {
		return Scores{}, err
	}
	if err := ctx.Err(); err != nil {
		return Scores{}, fmt.Errorf("score %s: %w", predictionsPath, err)
	}
	pred, err := loadPredictions(predictionsPath)
	if err != nil {
		return Scores{}, err
	}
	ids := sortedKeys(gt)
	pages := make([]PageScore, 0, len(ids))
	for _, id := range ids {
		pages = append(pages, ScorePage(gt[id].ArticleBody, pred[id]))
	}
	return Aggregate(pages), nil
}

// Print writes the result in a few lines of text.
func (r Result) Print(w io.Writer) error {
	_, err := fmt.Fprintf(w,
		"pages          %d (extraction failed on %d, empty output on %d)\n"+
			"F1             %.3f\nprecision      %.3f\nrecall         %.3f\naccuracy       %.3f\n"+
			"time per page  median %.2f ms, p90 %.2f ms (%.2f s in all)\n"+
			"memory         peak heap %.1f MB, peak RSS %.1f MB\n",
		r.Pages, r.Failed, r.EmptyPred, r.F1, r.Precision, r.Recall, r.Accuracy,
		r.MedianMs, r.P90Ms, r.TotalSeconds, r.PeakHeapMB, r.PeakRSSMB)
	if err != nil {
		return fmt.Errorf("print result: %w", err)
	}
	return nil
}

func loadTruth(path string) (map[string]truth, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read ground truth: %w", err)
	}
	var gt map[string]truth
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("parse ground truth %s: %w", path, err)
	}
	if len(gt) == 0 {
		return nil, fmt.Errorf("parse ground truth %s: no pages", path)
	}
	return gt, nil
}

// loadPredictions reads a predictions file in any format score.py reads.
func loadPredictions(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read predictions: %w", err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse predictions %s: %w", path, err)
	}
	if len(raw) == 2 && raw["version"] != nil && raw["output"] != nil {
		raw = nil
		if err := json.Unmarshal(b, &struct {
			Output *map[string]json.RawMessage `json:"output"`
		}{&raw}); err != nil {
			return nil, fmt.Errorf("parse predictions %s: %w", path, err)
		}
	}
	out := make(map[string]string, len(raw))
	for id, v := range raw {
		var s string
		if err := json.Unmarshal(v, &s); err == nil {
			out[id] = s
			continue
		}
		var p struct {
			ArticleBody *string `json:"articleBody"`
		}
		if err := json.Unmarshal(v, &p); err != nil {
			// score.py treats anything else (null, numbers) as empty.
			continue
		}
		if p.ArticleBody != nil {
			out[id] = *p.ArticleBody
		}
	}
	return out, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("read page %s: %w", path, err)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("read page %s: %w", path, err)
	}
	return buf.Bytes(), nil
}

func writePredictions(path string, out map[string]prediction) error {
	b, err := json.MarshalIndent(struct {
		Version string                `json:"version"`
		Output  map[string]prediction `json:"output"`
	}{Version: "parley", Output: out}, "", " ")
	if err != nil {
		return fmt.Errorf("encode predictions: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// percentile returns the q-quantile of xs, nearest rank on a sorted copy.
func percentile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[int(q*float64(len(s)-1)+0.5)]
}

// peakRSSMB reads the process's peak resident set size from
// /proc/self/status; 0 when that is not available.
func peakRSSMB() float64 {
	if runtime.GOOS != "linux" {
		return 0
	}
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	return parseVmHWM(b)
}

// errNoVmHWM reports a status file without a VmHWM line.
var errNoVmHWM = errors.New("no VmHWM line")

// parseVmHWM returns the VmHWM value of a /proc/<pid>/status file in MB.
func parseVmHWM(status []byte) float64 {
	kb, err := vmHWMKB(status)
	if err != nil {
		return 0
	}
	return float64(kb) / 1024
}

func vmHWMKB(status []byte) (int64, error) {
	for line := range strings.SplitSeq(string(status), "\n") {
		rest, ok := strings.CutPrefix(line, "VmHWM:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) == 0 {
			return 0, errNoVmHWM
		}
		return strconv.ParseInt(f[0], 10, 64)
	}
	return 0, errNoVmHWM
}
