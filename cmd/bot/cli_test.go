package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/store"
)

// withStoreFull returns hooks that make the command line's store fail its
// writes like a full disk while the returned flag is set.
func withStoreFull() (hooks, *atomic.Bool) {
	full := &atomic.Bool{}
	return hooks{wrapStore: func(st store.Store) store.Store { return failingStore{Store: st, full: full} }}, full
}

// runCLIHooks is runCLI with test hooks in the wiring.
func runCLIHooks(t *testing.T, h hooks, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := testEnv(vars)
	e.hooks = h
	code := runWith(context.Background(), e, args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestCLIDiskFull: with a full disk the brief or answer is shown all the
// same, with one line on standard error saying it was not saved and why.
func TestCLIDiskFull(t *testing.T) {
	h, full := withStoreFull()
	env := map[string]string{"PARLEY_DB_PATH": filepath.Join(t.TempDir(), "p.db")}

	full.Store(true)
	code, out, errOut := runCLIHooks(t, h, env, "", "summarize", seedPath)
	if code != 0 || !strings.Contains(out, "Key points") {
		t.Fatalf("summarize on a full disk: exit %d, no brief\n%s", code, errOut)
	}
	if errOut != "bot summarize: the brief was not saved: the disk is full\n" {
		t.Errorf("summarize on a full disk: stderr %q, want one line saying why", errOut)
	}

	// ask on an article stored before the disk filled up.
	full.Store(false)
	if code, _, errOut := runCLIHooks(t, h, env, "", "summarize", seedPath); code != 0 || errOut != "" {
		t.Fatalf("summarize: exit %d %s", code, errOut)
	}
	full.Store(true)
	code, out, errOut = runCLIHooks(t, h, env, "", "ask", seedPath, "What did Rubio say?")
	if code != 0 || !strings.Contains(out, "Sources in the article") {
		t.Fatalf("ask on a full disk: exit %d\n%s\n%s", code, out, errOut)
	}
	if errOut != "bot ask: the answer was not saved: the disk is full\n" {
		t.Errorf("ask on a full disk: stderr %q, want one line saying why", errOut)
	}
}

// TestCLIStoreUnopenable: a store that cannot be opened (a full disk, a bad
// path) does not stop the brief.
func TestCLIStoreUnopenable(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, []byte("x"), 0o600)
	env := map[string]string{"PARLEY_DB_PATH": filepath.Join(blocker, "p.db")}
	for _, args := range [][]string{{"summarize", seedPath}, {"ask", seedPath, "What did Rubio say?"}} {
		code, out, errOut := runCLI(t, env, "", args...)
		if code != 0 || out == "" {
			t.Errorf("%s with an unopenable store: exit %d\n%s", args[0], code, errOut)
		}
		if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "nothing will be saved") {
			t.Errorf("%s: stderr %q, want one line", args[0], errOut)
		}
	}
}

func TestCLIAskLLMFallbackSaysSo(t *testing.T) {
	f := newFakeLLM(t, "500")
	code, out, errOut := runCLI(t, f.env(map[string]string{"LLM_TIMEOUT": "1s"}), "", "ask", "--llm", seedPath, "What did Rubio say?")
	if code != 0 || out == "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "this is the local answer") {
		t.Errorf("ask --llm fell back silently: stderr %q", errOut)
	}
}

func TestReadInputLinkWithoutScheme(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile("notes.example", []byte("a file that looks like a host"), 0o600)
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		arg      string
		wantURL  bool
		wantPath bool
	}{
		{"example.org/x", true, false},
		{"www.bbc.co.uk/news/world-123", true, false},
		{"example.org", true, false},
		{"notes.example", false, true}, // the file exists
		{"missing.txt", false, true},   // a file name: "does not exist"
		{"article.html", false, true},
		{"./example.org/x", false, true},
		{"https://example.org/x", true, false},
	}
	for _, tt := range tests {
		in, err := readInput(cfg, tt.arg, strings.NewReader(""))
		if err != nil {
			t.Fatal(err)
		}
		if (in.URL != "") != tt.wantURL || (in.Path != "") != tt.wantPath {
			t.Errorf("readInput(%q) = %+v, want link %v, file %v", tt.arg, in, tt.wantURL, tt.wantPath)
		}
	}
}

func TestCheckWithoutTokenAndWithCredentials(t *testing.T) {
	env := map[string]string{
		"PARLEY_DB_PATH":  filepath.Join(t.TempDir(), "p.db"),
		"DISCORD_API_URL": "https://bob:hunter2@proxy.example/api/v10/",
		"OPENAI_BASE_URL": "https://alice:s3cret@llm.example/v1",
	}
	code, out, errOut := runCLI(t, env, "", "check")
	if code != 0 {
		t.Errorf("check without DISCORD_TOKEN: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "bot run needs DISCORD_TOKEN") || !strings.Contains(out, "summarize") {
		t.Errorf("check does not say what works and what bot run needs:\n%s", out)
	}
	for _, secret := range []string{"hunter2", "s3cret", "bob", "alice"} {
		if strings.Contains(out+errOut, secret) {
			t.Errorf("check prints %q:\n%s", secret, out)
		}
	}
}

func TestDotEnvSyntaxErrorHidesTheValue(t *testing.T) {
	t.Chdir(t.TempDir())
	os.WriteFile(".env", []byte("LOG_LEVEL=info\nDISCORD_TOKEN=\"abc.secret\n"), 0o600)
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"version"}, strings.NewReader(""), &out, &errb)
	msg := errb.String()
	if code == 0 || strings.Contains(msg, "abc") || !strings.Contains(msg, ".env, line 2: DISCORD_TOKEN") {
		t.Errorf("exit %d, stderr %q: want the file, line and variable, without the value", code, msg)
	}
}
