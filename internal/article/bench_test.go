package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/net/html"
)

// sharedBenchDir returns the shared extraction benchmark, found through
// $PARLEY_SHARED (the shared directory) or ../../../shared from this
// package, and skips when it is absent.
func sharedBenchDir(tb testing.TB) string {
	tb.Helper()
	shared := os.Getenv("PARLEY_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "shared")
	}
	dir := filepath.Join(shared, "bench", "extraction")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		tb.Skipf("extraction benchmark not found (set PARLEY_SHARED): %v", err)
	}
	return dir
}

type benchPage struct {
	url  string
	body []byte
}

// loadBenchPages reads and decompresses every page of the shared benchmark.
func loadBenchPages(tb testing.TB) []benchPage {
	tb.Helper()
	dir := sharedBenchDir(tb)
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		tb.Fatal(err)
	}
	pages := make([]benchPage, 0, len(gt))
	for _, id := range sortedIDs(gt) {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, benchPage{url: gt[id].URL, body: body})
	}
	return pages
}

func sortedIDs[V any](m map[string]V) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// BenchmarkExtract extracts the real pages of the shared benchmark, one
// page per operation, cycling through them; pages are loaded beforehand.
func BenchmarkExtract(b *testing.B) {
	pages := loadBenchPages(b)
	var total int64
	for _, p := range pages {
		total += int64(len(p.body))
	}
	b.SetBytes(total / int64(len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := pages[i%len(pages)]
		i++
		// Pages without an article are part of the workload too.
		_, _ = FromHTML(p.body, "text/html; charset=utf-8", p.url)
	}
}

// TestBenchPagesExtract checks every real page extracts to non-empty text
// (the benchmark holds only articles).
func TestBenchPagesExtract(t *testing.T) {
	for _, p := range loadBenchPages(t) {
		a, err := FromHTML(p.body, "text/html; charset=utf-8", p.url)
		if err != nil {
			t.Errorf("FromHTML(%s): %v", p.url, err)
			continue
		}
		if a.CanonicalURL == "" || a.Title == "" {
			t.Errorf("FromHTML(%s): canonical %q, title %q; want both", p.url, a.CanonicalURL, a.Title)
		}
	}
}

func mustParse(tb testing.TB, s string) *html.Node {
	tb.Helper()
	doc, err := html.Parse(bytes.NewReader([]byte(s)))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}
