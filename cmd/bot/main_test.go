package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testEnv is an environment with only the given variables.
func testEnv(vars map[string]string) env {
	return env{getenv: func(k string) string { return vars[k] }}
}

// runCLI runs the program with args and returns its exit code and outputs.
func runCLI(t *testing.T, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runWith(context.Background(), testEnv(vars), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const seedPath = "../../examples/crimea-talks.txt"

func TestSummarizeFormats(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, out string)
	}{
		{"json", []string{"summarize", "--format", "json", seedPath}, func(t *testing.T, out string) {
			var b map[string]any
			if err := json.Unmarshal([]byte(out), &b); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, out)
			}
			for _, k := range []string{"source", "language", "stats", "key_points", "quotes", "statements", "parties", "positions", "proposals", "next_steps", "dates", "summary", "warnings"} {
				if _, ok := b[k]; !ok {
					t.Errorf("JSON lacks %q", k)
				}
			}
			if n := len(b["quotes"].([]any)); n != 5 {
				t.Errorf("%d quotes, want 5", n)
			}
		}},
		{"text", []string{"summarize", seedPath}, func(t *testing.T, out string) {
			for _, want := range []string{"Key points", "— Volodymyr Zelenskyy (said)", "— Marco Rubio (echoed)", "What happens next", "engine: local"} {
				if !strings.Contains(out, want) {
					t.Errorf("text output lacks %q:\n%s", want, out)
				}
			}
		}},
		{"markdown, short, flags after the file", []string{"summarize", seedPath, "--format", "markdown", "--length", "short"}, func(t *testing.T, out string) {
			if !strings.Contains(out, "**Key points**") || strings.Contains(out, "\n4. ") {
				t.Errorf("markdown short brief:\n%s", out)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, nil, "", tt.args...)
			if code != 0 {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if errOut != "" {
				t.Errorf("stderr = %q, want nothing", errOut)
			}
			tt.check(t, out)
		})
	}
}

func TestSummarizeStdin(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, nil, string(seed), "summarize", "--format", "json", "-")
	if code != 0 || !strings.Contains(out, "Marco Rubio") {
		t.Fatalf("exit %d, stderr %q, out %q", code, errOut, out)
	}
}

// TestSummarizeBadInput: each bad input gives one clear line on standard
// error, a non-zero exit and nothing on standard output — or a brief with
// a warning where a brief still makes sense.
func TestSummarizeBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := bytes.Repeat([]byte("Talks resumed. "), 20<<20/15+1)
	tests := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		errHas  string
		outHas  string
		warning bool
	}{
		{"empty file", []string{"summarize", write("empty.txt", nil)}, "", 1, "no text", "", false},
		{"only white space", []string{"summarize", "-"}, " \n\t\n ", 1, "no text", "", false},
		{"binary", []string{"summarize", write("blob.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2})}, "", 1, "not text", "", false},
		{"invalid UTF-8 (a legacy charset)", []string{"summarize", "--format", "json", "-"}, "Les n\xe9gociations reprennent. The caf\xe9 talks resume on Monday in Geneva, officials said.", 0, "", "character set was guessed", false},
		{"binary on standard input", []string{"summarize", "-"}, "\x00\x01\x02PK\x03\x04 zip", 1, "", "", false},
		{"20 MB", []string{"summarize", write("huge.txt", huge)}, "", 1, "MB", "", false},
		{"no sentences", []string{"summarize", "-"}, "*** --- ***", 1, "no words", "", false},
		{"missing file", []string{"summarize", filepath.Join(dir, "nope.txt")}, "", 1, "does not exist", "", false},
		{"non-English", []string{"summarize", "--format", "json", "-"}, "Les négociations entre le gouvernement et les syndicats ont repris lundi à Paris. Le ministre a dit que la proposition est une base sérieuse pour un accord.", 0, "", `"language": "fr"`, true},
		{"no argument", []string{"summarize"}, "", 2, "Usage", "", false},
		{"bad format", []string{"summarize", "--format", "xml", seedPath}, "", 2, "unknown format", "", false},
		{"bad length", []string{"summarize", "--length", "huge", seedPath}, "", 2, "unknown length", "", false},
		{"unknown command", []string{"frobnicate"}, "", 2, "unknown command", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, nil, tt.stdin, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(errOut, tt.errHas) {
				t.Errorf("stderr %q lacks %q", errOut, tt.errHas)
			}
			if tt.code == 1 {
				if out != "" {
					t.Errorf("stdout = %q, want nothing on error", out)
				}
				if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
					t.Errorf("stderr has more than one line: %q", errOut)
				}
			}
			if !strings.Contains(out, tt.outHas) {
				t.Errorf("stdout lacks %q:\n%s", tt.outHas, out)
			}
			if tt.warning && !strings.Contains(out, "does not look like English") {
				t.Errorf("no language warning in:\n%s", out)
			}
		})
	}
}

func TestVersionAndHelp(t *testing.T) {
	if code, out, _ := runCLI(t, nil, "", "version"); code != 0 || !strings.HasPrefix(out, "parley ") {
		t.Errorf("version: exit %d, out %q", code, out)
	}
	if code, out, _ := runCLI(t, nil, "", "help"); code != 0 || !strings.Contains(out, "bot summarize") {
		t.Errorf("help: exit %d, out %q", code, out)
	}
	// No command and no token: usage and a hint, not a crash.
	if code, _, errOut := runCLI(t, nil, ""); code != 2 || !strings.Contains(errOut, "DISCORD_TOKEN") {
		t.Errorf("no command: exit %d, stderr %q", code, errOut)
	}
}

func TestBadConfiguration(t *testing.T) {
	code, _, errOut := runCLI(t, map[string]string{"FETCH_TIMEOUT": "soon", "PARLEY_RETENTION_DAYS": "-3"}, "", "summarize", seedPath)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, want := range []string{"FETCH_TIMEOUT", "PARLEY_RETENTION_DAYS"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q does not name %s", errOut, want)
		}
	}
}

func TestExtract(t *testing.T) {
	page := "../../internal/article/testdata/pages/news.html"
	code, out, errOut := runCLI(t, nil, "", "extract", "--format", "json", page)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(out), &a); err != nil || a["text"] == "" || a["title"] == "" {
		t.Fatalf("extract JSON: %v %v", err, a)
	}
	code, out, _ = runCLI(t, nil, "", "extract", page)
	if code != 0 || !strings.Contains(out, "Title:") || !strings.Contains(out, "paragraphs") {
		t.Errorf("extract text: exit %d\n%s", code, out)
	}
}

// TestAskRemembersTheConversation: with a store, "he" in a follow-up is the
// person the previous answer was about, across separate runs.
func TestAskRemembersTheConversation(t *testing.T) {
	env := map[string]string{"PARLEY_DB_PATH": filepath.Join(t.TempDir(), "p.db")}
	code, out, errOut := runCLI(t, env, "", "ask", seedPath, "What does Ukraine refuse?")
	if code != 0 || !strings.Contains(out, "never consider Ukrainian lands") || !strings.Contains(out, "Sources in the article:") {
		t.Fatalf("first question: exit %d, %s %s", code, out, errOut)
	}
	code, out, _ = runCLI(t, env, "", "ask", "--format", "json", seedPath, "And what did he say about Witkoff?")
	if code != 0 || !strings.Contains(out, "adopting Russian strategy") && !strings.Contains(out, "no mandate") {
		t.Fatalf("follow-up: exit %d, %s", code, out)
	}
	// A new conversation forgets "he".
	code, out, _ = runCLI(t, env, "", "ask", "--new", seedPath, "And what did he say about Witkoff?")
	if code != 0 || strings.Contains(out, "Volodymyr Zelenskyy said") {
		t.Errorf("--new still follows the old conversation: %s", out)
	}
	code, _, errOut = runCLI(t, env, "", "ask", seedPath)
	if code != 2 || !strings.Contains(errOut, "Usage") {
		t.Errorf("ask without a question: exit %d %q", code, errOut)
	}
}

func TestCheck(t *testing.T) {
	env := map[string]string{"PARLEY_DB_PATH": filepath.Join(t.TempDir(), "p.db"), "DISCORD_TOKEN": "secret-token-value"}
	code, out, _ := runCLI(t, env, "", "check")
	if code != 0 || !strings.Contains(out, "ok    store") || strings.Contains(out, "secret-token-value") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, []byte("x"), 0o644)
	code, out, _ = runCLI(t, map[string]string{"PARLEY_DB_PATH": filepath.Join(blocker, "p.db")}, "", "check")
	if code != 1 || !strings.Contains(out, "FAIL  store") || !strings.Contains(out, "note  discord token") {
		t.Errorf("check with a bad store and no token: exit %d\n%s", code, out)
	}
}
