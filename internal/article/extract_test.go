package article

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// updateGolden reports whether golden files should be rewritten
// (UPDATE_GOLDEN=1 go test ./internal/article/).
func updateGolden() bool { return os.Getenv("UPDATE_GOLDEN") != "" }

// checkGolden compares got with testdata/golden/name, rewriting it first
// when updating.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if updateGolden() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with UPDATE_GOLDEN=1 to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file:\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

func readPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFromHTMLGolden extracts the fixture pages and compares text and
// metadata with golden files.
func TestFromHTMLGolden(t *testing.T) {
	tests := []struct {
		name, page, url string
	}{
		{"news article with furniture", "news.html", "https://harbourledger.example/news/port-talks-resume?utm_medium=social&utm_source=x#comments"},
		{"paragraphs made of line breaks", "linebreaks.html", "http://Mediators.Example:80/statement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(readPage(t, tt.page), "text/html", tt.url)
			if err != nil {
				t.Fatalf("FromHTML: %v", err)
			}
			base := strings.TrimSuffix(tt.page, ".html")
			checkGolden(t, base+".txt", []byte(a.Text+"\n"))
			a.Text, a.FetchedAt = "", time.Time{}
			meta, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, base+".meta.json", append(meta, '\n'))
		})
	}
}

func TestFromHTMLKeepsArticleDropsFurniture(t *testing.T) {
	a, err := FromHTML(readPage(t, "news.html"), "", "https://www.harbourledger.example/news/port-talks-resume")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Negotiators for the dockworkers' union",
		"\"We came here to listen, and we listened,\" said Ines Varga",
		"gap has closed.\n\n\"Our members want a guarantee",
		"What happens next",
		"after the first year.",
		"Shipping lines have diverted",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, unwanted := range []string{
		"Home", "Share on", "Cranes stand idle", "Port strike enters third week", "Read more:",
		"morning briefing", "covers labour", "Dockworker here", "Most read", "All rights reserved",
		"By Mara Quill", "Port talks resume after six-week pause",
	} {
		if strings.Contains(a.Text, unwanted) {
			t.Errorf("text holds furniture %q", unwanted)
		}
	}
}

func TestFromHTMLNotArticle(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		{"index of links", string(readPage(t, "index.html"))},
		{"login page", string(readPage(t, "login.html"))},
		{"empty", ""},
		{"javascript app shell", `<html><head><script src="/app.js"></script></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>`},
		{"error page", `<html><body><h1>404</h1><p>Sorry, this page could not be found.</p></body></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tt.body), "text/html", "https://news.example/x")
			if got := KindOf(err); got != KindNotArticle {
				t.Errorf("FromHTML kind = %q (article %v), want %q", got, a, KindNotArticle)
			}
		})
	}
}

func TestFromHTMLMetadata(t *testing.T) {
	head := func(extra string) string {
		return `<html><head><title>Deal reached | Example</title>` + extra + `</head><body><article>` +
			strings.Repeat(`<p>The negotiators said on Sunday that an agreement had been reached after nine days of talks in the capital.</p>`, 4) +
			`</article></body></html>`
	}
	tests := []struct {
		name, html, url string
		check           func(t *testing.T, a *Article)
	}{
		{"canonical on same site", head(`<link rel="canonical" href="/news/deal?utm_campaign=x&amp;p=2">`), "https://www.example.com/amp/deal",
			func(t *testing.T, a *Article) {
				wantEq(t, "CanonicalURL", a.CanonicalURL, "https://www.example.com/news/deal?p=2")
			}},
		{"canonical on a subdomain of the same site", head(`<link rel="canonical" href="https://news.example.com/deal">`), "https://amp.example.com/deal",
			func(t *testing.T, a *Article) {
				wantEq(t, "CanonicalURL", a.CanonicalURL, "https://news.example.com/deal")
			}},
		{"canonical on another site is ignored", head(`<link rel="canonical" href="https://evil.example.org/deal">`), "https://www.example.com/deal?fbclid=1#c",
			func(t *testing.T, a *Article) {
				wantEq(t, "CanonicalURL", a.CanonicalURL, "https://www.example.com/deal")
			}},
		{"canonical with another scheme is ignored", head(`<link rel="canonical" href="javascript:alert(1)">`), "https://www.example.com/deal",
			func(t *testing.T, a *Article) {
				wantEq(t, "CanonicalURL", a.CanonicalURL, "https://www.example.com/deal")
			}},
		{"site from og:site_name", head(`<meta property="og:site_name" content="Example News">`), "https://www.example.com/deal",
			func(t *testing.T, a *Article) { wantEq(t, "Site", a.Site, "Example News") }},
		{"site from host", head(``), "https://www.example.com/deal",
			func(t *testing.T, a *Article) { wantEq(t, "Site", a.Site, "example.com") }},
		{"published from meta", head(`<meta property="article:published_time" content="2024-05-01T10:00:00Z">`), "https://example.com/d",
			func(t *testing.T, a *Article) { wantEq(t, "Published", a.Published, "2024-05-01T10:00:00Z") }},
		{"published from itemprop", head(`<meta itemprop="datePublished" content="2024-05-01">`), "https://example.com/d",
			func(t *testing.T, a *Article) { wantEq(t, "Published", a.Published, "2024-05-01T00:00:00Z") }},
		{"unparsed date kept as found", head(`<meta name="pubdate" content="around May Day">`), "https://example.com/d",
			func(t *testing.T, a *Article) { wantEq(t, "Published", a.Published, "around May Day") }},
		{"byline without By", head(`<meta name="author" content="By  Ana   Ruiz">`), "https://example.com/d",
			func(t *testing.T, a *Article) { wantEq(t, "Byline", a.Byline, "Ana Ruiz") }},
		{"title", head(`<meta property="og:title" content="Deal reached">`), "https://example.com/d",
			func(t *testing.T, a *Article) { wantEq(t, "Title", a.Title, "Deal reached") }},
		{"no page URL", head(`<link rel="canonical" href="https://example.com/deal">`), "",
			func(t *testing.T, a *Article) { wantEq(t, "CanonicalURL", a.CanonicalURL, "") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML([]byte(tt.html), "text/html; charset=utf-8", tt.url)
			if err != nil {
				t.Fatalf("FromHTML: %v", err)
			}
			tt.check(t, a)
		})
	}
}

func wantEq(t *testing.T, field, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", field, got, want)
	}
}

func TestFromHTMLBadURL(t *testing.T) {
	_, err := FromHTML(readPage(t, "news.html"), "", "http://a b/%zz")
	if got := KindOf(err); got != KindBadURL {
		t.Errorf("FromHTML with a malformed URL: kind %q, want %q", got, KindBadURL)
	}
}

func TestRenderText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"inline elements join without spaces", `<p>cease<b>fire</b> <i>talks</i></p>`, "ceasefire talks"},
		{"paragraphs get a blank line", `<p>One.</p><p>Two.</p>`, "One.\n\nTwo."},
		{"br is a line break", `<p>One.<br>Two.</p>`, "One.\nTwo."},
		{"whitespace collapses", "<p>  a \n\t b  </p>", "a b"},
		{"nested blocks do not stack breaks", `<div><div><p>One.</p></div></div><div><p>Two.</p></div>`, "One.\n\nTwo."},
		{"list items are paragraphs", `<ul><li>One</li><li>Two</li></ul>`, "One\n\nTwo"},
		{"table cells are spaced, rows broken", `<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>`, "a b\n\nc"},
		{"pre keeps lines and spaces", "<pre>a   b\n  c</pre>", "a   b\n  c"},
		{"pre across inline elements", "<pre>\nx = <b>1</b>\ny =\n<i>2</i></pre>", "x = 1\ny =\n2"},
		{"scripts and styles are skipped", `<p>a<script>x()</script><style>p{}</style>b</p>`, "ab"},
		{"non-breaking spaces are spaces", "<p>a\u00a0b</p>", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.html)
			if got := renderText(doc); got != tt.want {
				t.Errorf("renderText(%q) = %q, want %q", tt.html, got, tt.want)
			}
		})
	}
}

func TestNormalizeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"soft hyphen dropped", "nego\u00adtiation", "negotiation"},
		{"bom dropped", "\ufeffText", "Text"},
		{"nfc", "cafe\u0301", "café"},
		{"trimmed", "  x  ", "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalizeText(tt.in); got != tt.want {
				t.Errorf("normalizeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanArticle(t *testing.T) {
	body := strings.Repeat("<p>The mediator said both delegations had accepted the draft text in principle, pending approval at home.</p>", 5)
	tests := []struct {
		name, extra, gone string
	}{
		{"caption by class", `<div class="image-caption">Delegates arrive at the venue.</div>`, "Delegates arrive"},
		{"figcaption", `<figure><img src="x.jpg"><figcaption>Delegates arrive at the venue.</figcaption></figure>`, "Delegates arrive"},
		{"camelCase byline", `<div class="articleByline">By Ana Ruiz and Li Wei</div>`, "Ana Ruiz"},
		{"related links list", `<ul><li><a href="/1">Earlier talks collapsed</a></li><li><a href="/2">Who are the mediators</a></li></ul>`, "Earlier talks"},
		{"read more teaser", `<p><a href="/x">Read more: the history of the dispute</a></p>`, "history of the dispute"},
		{"heading repeating the title", `<h1>Delegations accept draft text</h1>`, "Delegations accept"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, `<div id="root">`+tt.extra+body+`</div>`)
			cleanArticle(doc, "Delegations accept draft text | Example")
			if got := renderText(doc); strings.Contains(got, tt.gone) {
				t.Errorf("cleaned text still holds %q:\n%s", tt.gone, got)
			}
		})
	}
	t.Run("prose paragraph made of a link is kept", func(t *testing.T) {
		link := `<p><a href="/r">The full report, published on Monday, runs to two hundred pages and sets out the options.</a></p>`
		doc := mustParse(t, `<div>`+link+body+`</div>`)
		cleanArticle(doc, "")
		if got := renderText(doc); !strings.Contains(got, "The full report") {
			t.Errorf("cleaned text lost a prose link paragraph:\n%s", got)
		}
	})
	t.Run("subheading sharing words with the title is kept", func(t *testing.T) {
		doc := mustParse(t, `<div><h2>What happens next</h2>`+body+`</div>`)
		cleanArticle(doc, "What happens next in the port talks, explained | Example")
		if got := renderText(doc); !strings.Contains(got, "What happens next") {
			t.Errorf("cleaned text lost a subheading:\n%s", got)
		}
	})
	t.Run("main container with a furniture-like class is kept", func(t *testing.T) {
		doc := mustParse(t, `<div class="post-meta-wrapper">`+body+`</div>`)
		cleanArticle(doc, "")
		if got := renderText(doc); !strings.Contains(got, "The mediator said") {
			t.Errorf("cleaned text lost the main container:\n%s", got)
		}
	})
}

// FuzzFromHTML checks that no page makes extraction panic and that any
// text it returns is valid UTF-8 with tidy paragraph breaks.
func FuzzFromHTML(f *testing.F) {
	for _, name := range []string{"news.html", "linebreaks.html", "index.html", "login.html"} {
		f.Add(readPage(f, name), "text/html")
	}
	f.Add([]byte("<p>caf\xe9 \xff</p>"), "text/html; charset=iso-8859-1")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte(`<meta charset="shift_jis"><p>`+strings.Repeat("x ", 300)+`</p>`), "")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		a, err := FromHTML(body, contentType, "https://news.example/a")
		if err != nil {
			if KindOf(err) == "" {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Errorf("text is not valid UTF-8: %q", a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") || a.Text != strings.TrimSpace(a.Text) {
			t.Errorf("untidy text: %q", a.Text)
		}
	})
}

// BenchmarkExtractFixture extracts the news fixture, so it always runs.
func BenchmarkExtractFixture(b *testing.B) {
	page := readPage(b, "news.html")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromHTML(page, "text/html; charset=utf-8", "https://harbourledger.example/news/port-talks-resume"); err != nil {
			b.Fatal(err)
		}
	}
}
