package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
)

// The hostile-input memory matrix. Peak memory is measured on a child
// process (this package's test binary, built without -race so that the
// numbers are the program's own) from its rusage Maxrss:
//
//	go test ./cmd/bot -run TestHostileInputsMemory -v
//
// Targets: any single input the limits admit peaks under 150 MB in the
// command line; eight hostile inputs at once through one process's
// pipeline (the bot's path, concurrency 8) stay under 400 MB.
const (
	hostileChildEnv = "PARLEY_HOSTILE_CHILD" // "cli" or "pipeline8"
	hostileArgsEnv  = "PARLEY_HOSTILE_ARGS"  // JSON: the CLI's arguments
	hostileDirEnv   = "PARLEY_HOSTILE_DIR"   // the inputs, for pipeline8
	hostileURLEnv   = "PARLEY_HOSTILE_URL"   // the gzip server, for pipeline8

	maxSingleRSS = 150 << 20
	maxEightRSS  = 400 << 20
)

// TestHostileChild is the child process of TestHostileInputsMemory; it
// does nothing in a normal run.
func TestHostileChild(t *testing.T) {
	switch os.Getenv(hostileChildEnv) {
	case "cli":
		var args []string
		if err := json.Unmarshal([]byte(os.Getenv(hostileArgsEnv)), &args); err != nil {
			t.Fatal(err)
		}
		// os.Exit skips t.TempDir's clean-up: make and remove the home here.
		home, err := os.MkdirTemp("", "parley-hostile-child-")
		if err != nil {
			t.Fatal(err)
		}
		code := runWith(context.Background(), testEnv(map[string]string{"HOME": home}), args, strings.NewReader(""), os.Stdout, os.Stderr)
		os.RemoveAll(home)
		writePeak()
		os.Exit(code)
	case "pipeline8":
		code := hostilePipeline8(os.Getenv(hostileDirEnv), os.Getenv(hostileURLEnv))
		writePeak()
		os.Exit(code)
	default:
		t.Skip("runs only as a child of TestHostileInputsMemory")
	}
}

// hostilePipeline8 sends eight hostile inputs at once through one pipeline
// wired as the bot wires it (store, memory limit), as uploads, pasted text
// and a link, and prints one line per input.
func hostilePipeline8(dir, gzURL string) int {
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"HOME": dir, "PARLEY_DB_PATH": filepath.Join(dir, "bot.db")}[k]
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	applyMemoryLimit(cfg)
	ctx := context.Background()
	st, err := store.Open(ctx, cfg.StorePath(), store.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer st.Close()
	fo := fetchOptions(cfg)
	fo.AllowPrefixesForTesting = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	p := &pipeline.Pipeline{Fetcher: article.NewFetcher(fo), Store: st, CacheTTL: cfg.CacheTTL, MaxTextBytes: cfg.MaxTextBytes}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			panic(err)
		}
		return b
	}
	inputs := []pipeline.Input{
		{File: read("p.html"), FileName: "p.html", ContentType: "text/html"},
		{File: read("p.html"), FileName: "p2.txt", ContentType: "text/html; charset=utf-8"},
		{Text: string(read("dots.txt"))},
		{File: read("quote.txt"), FileName: "quote.txt", ContentType: "text/plain"},
		{File: read("title.html"), FileName: "title.html"},
		{File: read("prose.txt"), FileName: "prose.txt"},
		{URL: gzURL + "/a"},
		{URL: gzURL + "/b"},
	}
	var wg sync.WaitGroup
	lines := make([]string, len(inputs))
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := p.Brief(ctx, in, pipeline.Options{})
			if err != nil {
				lines[i] = fmt.Sprintf("%d error %v", i, err)
				return
			}
			lines[i] = fmt.Sprintf("%d ok sentences=%d title=%d", i, len(res.Brief.Sentences), len(res.Article.Title))
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(lines, "\n"))
	return 0
}

// hostileFiles writes the hostile inputs to dir.
func hostileFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	const fiveMB = 5<<20 - 64
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	prose := bytes.Repeat(append(seed, "\n\n"...), fiveMB/(len(seed)+2))
	words := bytes.Repeat([]byte("the parties met again "), fiveMB/22)
	files := map[string][]byte{
		"p.html":     bytes.Repeat([]byte("<p>x"), fiveMB/4),
		"dots.txt":   bytes.Repeat([]byte("A. "), fiveMB/3),
		"quote.txt":  append([]byte(`The minister said "`), words...),
		"title.html": []byte("<html><head><title>" + strings.Repeat("T", 4<<20) + "</title></head><body><article><p>" + strings.Repeat("Negotiators met in Geneva on Monday and said the talks went well. ", 20) + "</p></article></body></html>"),
		"divs.html":  bytes.Repeat([]byte("<div>"), fiveMB/5),
		"prose.txt":  prose,
		"png.html":   append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0x00, 0x9c, 0x13, 0xff}, 1<<18)...),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// gzipServer serves 5 MB of "<p>x" as a gzip body of a few KB.
func gzipServer(t *testing.T, body []byte) *httptest.Server {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(body)
	zw.Close()
	gz := buf.Bytes()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gz)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// testBinary is this package's test binary built without -race: built at
// most once per run (the first hostile test that needs it) and removed by
// TestMain when the run ends, so that no run leaves ~50 MB in the temporary
// directory.
type testBinary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// build builds the binary on its first call and returns its path.
func (b *testBinary) build() (string, error) {
	b.once.Do(func() {
		b.dir, b.err = os.MkdirTemp("", "parley-hostile-")
		if b.err != nil {
			return
		}
		bin := filepath.Join(b.dir, "bot.test")
		out, err := exec.Command("go", "test", "-c", "-o", bin, ".").CombinedOutput()
		if err != nil {
			b.err = fmt.Errorf("go test -c: %v\n%s", err, out)
			return
		}
		b.path = bin
	})
	return b.path, b.err
}

// remove deletes the binary's directory, if one was made.
func (b *testBinary) remove() {
	if b.dir != "" {
		os.RemoveAll(b.dir)
	}
}

// hostileBin is the run's test binary for the hostile children.
var hostileBin testBinary

// TestMain removes the hostile children's test binary after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	hostileBin.remove()
	os.Exit(code)
}

// runChild runs the test binary as a hostile child and returns its exit
// code, outputs and peak RSS in bytes.
func runChild(t *testing.T, env ...string) (int, string, string, int64) {
	t.Helper()
	bin, err := hostileBin.build()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run", "^TestHostileChild$")
	peakFile := filepath.Join(t.TempDir(), "peak")
	cmd.Env = append(append(os.Environ(), env...), hostilePeakEnv+"="+peakFile)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("run child: %v", err)
		}
		code = ee.ExitCode()
	}
	if b, err := os.ReadFile(peakFile); err == nil {
		if kb, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil {
			return code, out.String(), errb.String(), kb * 1024
		}
	}
	// No /proc: the rusage figure, which on Linux can include the parent's
	// size at fork time.
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return code, out.String(), errb.String(), ru.Maxrss * 1024 // Linux: KB
}

// hostilePeakEnv names the file a child writes its peak RSS to.
const hostilePeakEnv = "PARLEY_HOSTILE_PEAK_FILE"

// writePeak writes the process's own peak RSS (VmHWM, in KB) to the file
// the parent named. The child's rusage would do, but on Linux it can count
// the parent's size at fork time, which a big test process inflates.
func writePeak() {
	path := os.Getenv(hostilePeakEnv)
	b, err := os.ReadFile("/proc/self/status")
	if path == "" || err != nil {
		return
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			os.WriteFile(path, []byte(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB"))), 0o644)
			return
		}
	}
}

func TestHostileInputsMemory(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command to build the child")
	}
	start := time.Now()
	dir := t.TempDir()
	files := hostileFiles(t, dir)
	srv := gzipServer(t, files["p.html"])

	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string // in stdout, when the code is 0
		wantErr  string // in stderr, when it is not
	}{
		{"5 MB of <p>x as a file", []string{"summarize", "p.html"}, 0, "only its first", ""},
		{"5 MB of A. A. A. as text", []string{"summarize", "dots.txt"}, 0, "very long", ""},
		{"a quotation mark never closed", []string{"summarize", "--format", "json", "quote.txt"}, 0, `"quotes": []`, ""},
		{"a 4 MB title", []string{"summarize", "title.html"}, 0, "TTT…", ""},
		{"a million nested divs", []string{"summarize", "divs.html"}, 1, "", "no article"},
		{"5 MB of prose", []string{"summarize", "prose.txt"}, 0, "Key points", ""},
		{"a PNG saved as .html", []string{"summarize", "png.html"}, 1, "", "not an article"},
		{"ask on 5 MB of <p>x", []string{"ask", "p.html", "who met?"}, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			abs := make([]string, len(tt.args))
			for i, a := range tt.args {
				abs[i] = a
				if files[a] != nil {
					abs[i] = filepath.Join(dir, a)
				}
			}
			args, _ := json.Marshal(abs)
			code, out, errOut, rss := runChild(t, hostileChildEnv+"=cli", hostileArgsEnv+"="+string(args))
			t.Logf("peak RSS %.1f MB", float64(rss)/(1<<20))
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d\nstderr: %.500s", code, tt.wantCode, errOut)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout lacks %q: %.500s", tt.wantOut, out)
			}
			if !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("stderr lacks %q: %.500s", tt.wantErr, errOut)
			}
			if tt.wantCode != 0 && (out != "" || strings.Count(strings.TrimSpace(errOut), "\n") > 0) {
				t.Errorf("a failure prints one line on stderr and nothing on stdout; got stdout %.200q, stderr %.500q", out, errOut)
			}
			if len(out) > 256<<10 {
				t.Errorf("the brief is %d bytes long", len(out))
			}
			if rss > maxSingleRSS {
				t.Errorf("peak RSS %.1f MB, want under %d MB", float64(rss)/(1<<20), maxSingleRSS>>20)
			}
		})
	}

	t.Run("eight at once through the bot's pipeline", func(t *testing.T) {
		code, out, errOut, rss := runChild(t, hostileChildEnv+"=pipeline8", hostileDirEnv+"="+dir, hostileURLEnv+"="+srv.URL)
		t.Logf("peak RSS %.1f MB\n%s", float64(rss)/(1<<20), out)
		if code != 0 {
			t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
		}
		if n := strings.Count(out, " ok "); n != 8 {
			t.Errorf("%d of 8 briefs made:\n%s", n, out)
		}
		if rss > maxEightRSS {
			t.Errorf("peak RSS %.1f MB, want under %d MB", float64(rss)/(1<<20), maxEightRSS>>20)
		}
	})
	t.Logf("matrix took %s", time.Since(start).Round(time.Millisecond))
}
