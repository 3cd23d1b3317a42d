package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// utf8Article is an article in UTF-8 with curly quotes, as news sites write.
const utf8Article = "“We will not sign an agreement that leaves our workers behind,” the union’s negotiator said on Monday. " +
	"The company’s offer, she said, was “a step, not a deal.” Talks resume on Thursday in Geneva, where both sides expect a long session."

func TestHonestDecoding(t *testing.T) {
	stray := []byte(utf8Article + " Copyright \xa9 2024 The Paper.") // a latin-1 "©" copied into UTF-8
	tests := []struct {
		name         string
		body         []byte
		contentType  string
		wantText     string
		wantEnc      string
		wantReplaced int
		wantGuessed  bool
	}{
		{"utf-8 with one stray latin-1 byte stays utf-8", stray, "", "“a step, not a deal.”", "utf-8", 1, false},
		{"declared windows-1252, bytes are utf-8 with a stray byte", stray, "text/html; charset=windows-1252", "union’s negotiator", "utf-8", 1, false},
		{"declared windows-1252 in a meta tag, bytes are utf-8", append([]byte(`<meta charset="windows-1252">`), utf8Article...), "", "union’s", "utf-8", 0, false},
		{"real latin-1 is still decoded as latin-1", encode(t, charmap.Windows1252, "Les négociateurs ont prévu une réunion à Genève, après l'échec."), "", "négociateurs", "windows-1252", 0, true},
		{"declared latin-1 with a few utf-8 look-alikes stays latin-1", encode(t, charmap.ISO8859_1, "Ã© déjà été réunis à Genève, élèves"), "text/plain; charset=iso-8859-1", "déjà été", "windows-1252", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decodeBody(tt.body, tt.contentType)
			if !strings.Contains(string(d.text), tt.wantText) {
				t.Errorf("text %q lacks %q", d.text, tt.wantText)
			}
			if d.name != tt.wantEnc || d.replaced != tt.wantReplaced || d.guessed != tt.wantGuessed {
				t.Errorf("decoded as %s, %d replaced, guessed %v; want %s, %d, %v", d.name, d.replaced, d.guessed, tt.wantEnc, tt.wantReplaced, tt.wantGuessed)
			}
			if !utf8.Valid(d.text) || strings.Contains(string(d.text), "â€") {
				t.Errorf("garbled: %q", d.text)
			}
		})
	}
}

func TestHonestDecodingWarns(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte(utf8Article+" Copyright \xa9 2024."), 0o600); err != nil {
		t.Fatal(err)
	}
	a, err := ReadFile(context.Background(), path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "“a step, not a deal.”") || !strings.Contains(a.Text, "\uFFFD") {
		t.Errorf("text: %q", a.Text)
	}
	if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "replaced") {
		t.Errorf("warnings %q, want one about the replaced byte", a.Warnings)
	}
	page := []byte("<html><body><article><p>" + strings.Repeat(utf8Article+" ", 3) + "\xa9</p></article></body></html>")
	h, err := FromHTML(page, "text/html; charset=windows-1252", "https://example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h.Text, "union’s negotiator") || len(h.Warnings) != 1 {
		t.Errorf("page read as %q with warnings %q", h.Text[:80], h.Warnings)
	}
}

// binaries are files that are not articles, with a text label.
var binaries = []struct {
	name string
	body []byte
	kind Kind
}{
	{"png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte("abcd"), 100)...), KindUnsupported},
	{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj " + strings.Repeat("stream text ", 50)), KindUnsupported},
	{"zip", append([]byte("PK\x03\x04\x14\x00"), bytes.Repeat([]byte("word "), 100)...), KindUnsupported},
	{"gif", append([]byte("GIF89a"), bytes.Repeat([]byte("word "), 100)...), KindUnsupported},
	{"jpeg", append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF"), bytes.Repeat([]byte("word "), 100)...), KindUnsupported},
	{"nul bytes", []byte("<html><body><p>" + strings.Repeat("text\x00", 100) + "</p></body></html>"), KindBinary},
	{"control characters", bytes.Repeat([]byte("ab\x01\x02\x03cdefgh\x1e"), 200), KindBinary},
}

func TestBinarySniffedWhateverTheLabel(t *testing.T) {
	for _, b := range binaries {
		t.Run(b.name+" as html", func(t *testing.T) {
			_, err := FromHTML(b.body, "text/html", "")
			if KindOf(err) != b.kind || !strings.Contains(Message(err), "not an article") {
				t.Errorf("FromHTML: %v, want %s, not an article", err, b.kind)
			}
		})
		t.Run(b.name+" as .html and .txt files", func(t *testing.T) {
			for _, name := range []string{"a.html", "a.txt", "a.md"} {
				if _, err := FromFile(b.body, name, "", 0); KindOf(err) != b.kind {
					t.Errorf("FromFile(%s): %v, want %s", name, err, b.kind)
				}
			}
		})
		t.Run(b.name+" served as text/html", func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Write(b.body)
			}))
			defer srv.Close()
			_, err := testFetcher(FetchOptions{}).Fetch(context.Background(), srv.URL)
			if KindOf(err) != b.kind {
				t.Errorf("Fetch: %v, want %s", err, b.kind)
			}
		})
	}
	// UTF-16 has NUL bytes and is text.
	if _, ok := sniffBinary([]byte("\xff\xfe<\x00p\x00>\x00")); ok {
		t.Error("UTF-16 with a byte-order mark sniffed as binary")
	}
}

func TestHTMLCaps(t *testing.T) {
	t.Run("5 MB of <p>x is cut at MaxHTMLTokens", func(t *testing.T) {
		a, err := FromHTML(bytes.Repeat([]byte("<p>x"), (5<<20)/4), "text/html", "")
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(a.Text, "x"); n > MaxHTMLTokens/2 {
			t.Errorf("%d paragraphs kept, want at most %d", n, MaxHTMLTokens/2)
		}
		if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "HTML tokens") {
			t.Errorf("warnings %q", a.Warnings)
		}
	})
	t.Run("a 4 MB title is capped", func(t *testing.T) {
		page := "<html><head><title>" + strings.Repeat("T", 4<<20) + "</title></head><body><article><p>" + strings.Repeat(utf8Article+" ", 3) + "</p></article></body></html>"
		a, err := FromHTML([]byte(page), "text/html", "")
		if err != nil {
			t.Fatal(err)
		}
		if n := utf8.RuneCountInString(a.Title); n > maxTitleRunes+1 {
			t.Errorf("title of %d characters", n)
		}
	})
	t.Run("a normal page is not cut", func(t *testing.T) {
		body, cut := capHTML([]byte(strings.Repeat("<p>"+utf8Article+"</p>", 200)))
		if cut || !bytes.HasSuffix(body, []byte("</p>")) {
			t.Errorf("cut %v", cut)
		}
	})
}

func TestFetchGzipThatIsNot(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(bytes.Repeat([]byte("<p>x"), (5<<20)/4))
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		if r.URL.Path == "/bomb" {
			w.Write(gz.Bytes())
			return
		}
		w.Write([]byte("<html><body><p>" + utf8Article + "</p></body></html>"))
	}))
	defer srv.Close()
	_, err := testFetcher(FetchOptions{}).Fetch(context.Background(), srv.URL+"/plain")
	if KindOf(err) != KindHTTP || !strings.Contains(Message(err), "compressed") {
		t.Errorf("a body labelled gzip that is not: %v, want a clear %s error", err, KindHTTP)
	}
	a, err := testFetcher(FetchOptions{}).Fetch(context.Background(), srv.URL+"/bomb")
	if err != nil {
		t.Fatalf("5 MB of <p>x in %d bytes of gzip: %v", gz.Len(), err)
	}
	if len(a.Warnings) == 0 {
		t.Error("no warning that the page was cut")
	}
}
