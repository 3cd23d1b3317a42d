package article

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	news := readPage(t, "news.html")
	text := "The mediators said on Friday that both delegations would return next week.\n\nA draft is circulating."
	tests := []struct {
		name      string
		path      string
		max       int
		wantKind  Kind
		wantText  string
		wantTitle string
	}{
		{"html", write("a.html", news), 0, "", "Negotiators for the dockworkers' union", "Port talks resume after six-week pause"},
		{"htm upper case", write("B.HTM", news), 0, "", "Shipping lines have diverted", ""},
		{"html without extension is sniffed", write("page", news), 0, "", "Negotiators for the dockworkers' union", ""},
		{"markdown takes its heading as title", write("c.md", []byte("# Talks resume\n\n"+text)), 0, "", "A draft is circulating.", "Talks resume"},
		{"text", write("d.txt", []byte(text)), 0, "", "both delegations would return", ""},
		{"text with crlf", write("e.txt", []byte(strings.ReplaceAll(text, "\n", "\r\n"))), 0, "", "next week.\n\nA draft", ""},
		{"latin-1 text is decoded", write("f.txt", encode(t, charmap.ISO8859_1, textFrench)), 0, "", textFrench, ""},
		{"utf-16 text with bom", write("g.txt", append([]byte{0xff, 0xfe}, []byte("h\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00")...)), 0, "", "hi there", ""},
		{"pdf", write("h.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")), 0, KindUnsupported, "", ""},
		{"png without extension", write("img", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), 0, KindUnsupported, "", ""},
		{"binary text file", write("i.txt", []byte("a\x00b\x00c")), 0, KindBinary, "", ""},
		{"too large", write("j.txt", []byte(strings.Repeat("talks ", 100))), 100, KindTooLarge, "", ""},
		{"empty", write("k.md", nil), 0, KindEmpty, "", ""},
		{"html without article", write("l.html", readPage(t, "login.html")), 0, KindNotArticle, "", ""},
		{"missing", filepath.Join(dir, "nope.txt"), 0, KindIO, "", ""},
		{"directory", dir, 0, KindIO, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ReadFile(context.Background(), tt.path, tt.max)
			if got := KindOf(err); got != tt.wantKind {
				t.Fatalf("ReadFile(%s) kind %q (%v), want %q", tt.path, got, err, tt.wantKind)
			}
			if err != nil {
				if Message(err) == "" {
					t.Error("error without a message")
				}
				return
			}
			if !strings.Contains(a.Text, tt.wantText) {
				t.Errorf("Text = %q, want it to contain %q", a.Text, tt.wantText)
			}
			if tt.wantTitle != "" && a.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", a.Title, tt.wantTitle)
			}
			if a.URL != "" || a.FetchedAt.IsZero() {
				t.Errorf("URL %q, FetchedAt %v; want no URL and a time", a.URL, a.FetchedAt)
			}
		})
	}
}

func TestReadFileCancelled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte("Some text to read."), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadFile(ctx, path, 0); KindOf(err) != KindIO {
		t.Errorf("ReadFile with a cancelled context = %v, want a %s error", err, KindIO)
	}
}
