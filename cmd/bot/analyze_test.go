package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// conlluRows returns the word lines of CoNLL-U output, split into columns.
func conlluRows(t *testing.T, out string) [][]string {
	t.Helper()
	var rows [][]string
	for _, l := range strings.Split(out, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			t.Fatalf("line %q has %d columns, want 10", l, len(f))
		}
		rows = append(rows, f)
	}
	return rows
}

func TestAnalyzeText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	text := "John Holland, the union's chief negotiator, said the offer was an insult. He said the union would strike on Monday.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, nil, "", "analyze", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows := conlluRows(t, out)
	roots, persons, cluster := 0, 0, map[string]string{}
	for _, f := range rows {
		if f[3] == "_" || f[4] == "_" || f[7] == "_" || f[2] == "_" {
			t.Errorf("word %q lacks a tag, lemma or relation: %v", f[1], f)
		}
		if f[6] == "0" {
			roots++
		}
		if strings.Contains(f[9], "NER=B-PERSON") {
			persons++
		}
		for _, kv := range strings.Split(f[9], "|") {
			if v, ok := strings.CutPrefix(kv, "Coref="); ok {
				cluster[f[1]] = strings.Trim(v, "()")
			}
		}
	}
	if roots != 2 {
		t.Errorf("%d roots, want one per sentence (2)", roots)
	}
	if persons != 1 {
		t.Errorf("%d PERSON entities, want 1 (John Holland)", persons)
	}
	if cluster["He"] == "" || cluster["He"] != cluster["John"] {
		t.Errorf("coreference: He in %q, John in %q; want the same cluster\n%s", cluster["He"], cluster["John"], out)
	}
}

func TestAnalyzeCoNLLUKeepsWords(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "", "analyze", "--input", "conllu", "testdata/two.conllu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "# sent_id = t-1\n") || !strings.Contains(out, "# sent_id = t-2\n") {
		t.Errorf("sentence comments not kept:\n%s", out)
	}
	rows := conlluRows(t, out)
	want := strings.Fields(`The union rejected the offer on Monday . Maria Lopez said it was " not enough " .`)
	if len(rows) != len(want) {
		t.Fatalf("%d words, want the %d given", len(rows), len(want))
	}
	for i, f := range rows {
		if f[1] != want[i] {
			t.Errorf("word %d is %q, want %q", i, f[1], want[i])
		}
	}
	if rows[2][3] != "VERB" || rows[2][7] != "root" {
		t.Errorf("rejected: %s %s, want VERB root", rows[2][3], rows[2][7])
	}
	if rows[1][6] != "3" || rows[1][7] != "nsubj" {
		t.Errorf("union: head %s %s, want 3 nsubj", rows[1][6], rows[1][7])
	}
}

func TestAnalyzeJSON(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "Russian President Vladimir Putin met Chinese officials in Beijing on Friday.", "analyze", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a struct {
		Sentences []struct {
			Tokens []struct {
				Text  string `json:"text"`
				Start int    `json:"start"`
				End   int    `json:"end"`
				Head  int    `json:"head"`
			} `json:"tokens"`
		} `json:"sentences"`
		Entities []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(a.Sentences) != 1 || len(a.Sentences[0].Tokens) != 12 {
		t.Fatalf("sentences %+v, want one of 12 words", a.Sentences)
	}
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Text] = e.Type
	}
	for text, typ := range map[string]string{"Vladimir Putin": "PERSON", "Beijing": "GPE", "Friday": "DATE", "Russian": "NORP"} {
		if got[text] != typ {
			t.Errorf("entity %q: %q, want %q (all: %v)", text, got[text], typ, got)
		}
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown format", []string{"analyze", "--format", "xml", "-"}, 2, "unknown format"},
		{"unknown input", []string{"analyze", "--input", "pdf", "-"}, 2, "unknown input"},
		{"no sentence in conllu", []string{"analyze", "--input", "conllu", "-"}, 1, "no CoNLL-U sentence"},
		{"missing file", []string{"analyze", "--input", "conllu", "no-such.conllu"}, 1, "no-such.conllu"},
		{"empty text", []string{"analyze", "-"}, 1, "no text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, nil, "", tc.args...)
			if code != tc.code || out != "" || !strings.Contains(errOut, tc.msg) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, nothing on stdout, a line with %q", code, out, errOut, tc.code, tc.msg)
			}
		})
	}
}
