package article

import (
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
)

// loopbackOnly lets the guard reach httptest servers on 127.0.0.1 and
// nothing else private.
var loopbackOnly = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}

// fakeResolver answers DNS queries from a table, over an in-memory
// connection: names map to one address; other names do not exist.
func fakeResolver(t testing.TB, table map[string]netip.Addr) *net.Resolver {
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
			client, server := net.Pipe()
			go serveDNS(server, table)
			return client, nil
		},
	}
}

// serveDNS answers TCP-framed DNS queries on conn until it is closed.
func serveDNS(conn net.Conn, table map[string]netip.Addr) {
	defer conn.Close()
	for {
		var n uint16
		if err := binary.Read(conn, binary.BigEndian, &n); err != nil {
			return
		}
		msg := make([]byte, n)
		if _, err := io.ReadFull(conn, msg); err != nil {
			return
		}
		var p dnsmessage.Parser
		h, err := p.Start(msg)
		if err != nil {
			return
		}
		q, err := p.Question()
		if err != nil {
			return
		}
		name := strings.TrimSuffix(strings.ToLower(q.Name.String()), ".")
		addr, known := table[name]
		rh := dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true}
		if !known {
			rh.RCode = dnsmessage.RCodeNameError
		}
		b := dnsmessage.NewBuilder(nil, rh)
		_ = b.StartQuestions()
		_ = b.Question(q)
		_ = b.StartAnswers()
		res := dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 60}
		switch {
		case known && q.Type == dnsmessage.TypeA && addr.Is4():
			res.Type = dnsmessage.TypeA
			_ = b.AResource(res, dnsmessage.AResource{A: addr.As4()})
		case known && q.Type == dnsmessage.TypeAAAA && addr.Is6():
			res.Type = dnsmessage.TypeAAAA
			_ = b.AAAAResource(res, dnsmessage.AAAAResource{AAAA: addr.As16()})
		}
		out, err := b.Finish()
		if err != nil {
			return
		}
		if err := binary.Write(conn, binary.BigEndian, uint16(len(out))); err != nil {
			return
		}
		if _, err := conn.Write(out); err != nil {
			return
		}
	}
}

// articleHTML is a small article page of our own in UTF-8.
func articleHTML(title, canonical string) string {
	link := ""
	if canonical != "" {
		link = `<link rel="canonical" href="` + canonical + `">`
	}
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title>` + link + `</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>` + title + `</h1>
<p>Delegations from the two governments met for a third day on Thursday to narrow their differences over the border crossings.</p>
<p>"We are closer than we were on Monday," the lead mediator told reporters outside the conference centre, declining to give details.</p>
<p>Officials said a joint statement could be issued at the weekend if the remaining questions on monitoring were settled.</p>
</article><footer>Example News</footer></body></html>`
}

// charsetPage returns an article page encoded for a charset test.
func charsetPage(sentence string) string {
	return `<html><head>%s<title>Talks</title></head><body><article>` +
		strings.Repeat("<p>"+sentence+"</p>", 4) + `</article></body></html>`
}

type testSite struct {
	*httptest.Server
	mu         sync.Mutex
	userAgents []string
}

// newTestSite serves the pages the fetch tests need.
func newTestSite(t *testing.T) *testSite {
	t.Helper()
	s := &testSite{}
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.userAgents = append(s.userAgents, r.UserAgent())
		s.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML("Border talks enter third day", "/article?utm_source=rss"))
	})
	mux.HandleFunc("/redirect/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n <= 0 {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		http.Redirect(w, r, "/redirect/"+strconv.Itoa(n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("u"), http.StatusFound)
	})
	mux.HandleFunc("/status/{code}", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(r.PathValue("code"))
		w.WriteHeader(code)
		fmt.Fprint(w, "<html><body><p>error page</p></body></html>")
	})
	mux.HandleFunc("/type", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if ct := q.Get("ct"); ct != "none" {
			w.Header().Set("Content-Type", ct)
		}
		if ce := q.Get("ce"); ce != "" {
			w.Header().Set("Content-Encoding", ce)
		}
		fmt.Fprint(w, q.Get("body"))
	})
	mux.HandleFunc("/charset/{name}", func(w http.ResponseWriter, r *http.Request) {
		var body []byte
		switch r.PathValue("name") {
		case "windows-1251":
			w.Header().Set("Content-Type", "text/html; charset=windows-1251")
			body = encode(t, charmap.Windows1251, fmt.Sprintf(charsetPage(textRussian), ""))
		case "iso-8859-1":
			w.Header().Set("Content-Type", "text/html")
			body = encode(t, charmap.ISO8859_1, fmt.Sprintf(charsetPage(textFrench), `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`))
		case "shift_jis":
			w.Header().Set("Content-Type", "text/html")
			body = encode(t, japanese.ShiftJIS, fmt.Sprintf(charsetPage(textJapanese+textJapanese), `<meta charset="Shift_JIS">`))
		case "euc-kr":
			body = encode(t, korean.EUCKR, fmt.Sprintf(charsetPage(textKorean+" "+textKorean), `<meta charset="euc-kr">`))
		case "text-koi8-r":
			w.Header().Set("Content-Type", "text/plain; charset=koi8-r")
			body = encode(t, charmap.KOI8R, strings.Repeat(textRussian+"\n\n", 3))
		}
		w.Write(body)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		page := "<html><body><p>" + strings.Repeat("talks ", 200_000) + "</p></body></html>"
		if r.URL.Query().Get("chunked") == "" {
			w.Header().Set("Content-Length", strconv.Itoa(len(page)))
		}
		io.WriteString(w, page)
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html><body><p>")
		for {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
			if _, err := io.WriteString(w, "talks "); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zeros := make([]byte, 1<<20)
		for range 1 << 10 { // 1 GB once decompressed, about 1 MB on the wire
			if _, err := zw.Write(zeros); err != nil {
				return
			}
		}
		zw.Close()
	})
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(readPage(t, "login.html"))
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// testFetcher returns a Fetcher that may reach 127.0.0.1 and nothing else
// private, with short limits.
func testFetcher(opts FetchOptions) *Fetcher {
	if opts.AllowPrefixesForTesting == nil {
		opts.AllowPrefixesForTesting = loopbackOnly
	}
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	return NewFetcher(opts)
}

func TestFetchArticle(t *testing.T) {
	site := newTestSite(t)
	f := testFetcher(FetchOptions{})
	a, err := f.Fetch(context.Background(), site.URL+"/article?utm_medium=email#top")
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	wantEq(t, "URL", a.URL, site.URL+"/article?utm_medium=email#top")
	wantEq(t, "CanonicalURL", a.CanonicalURL, site.URL+"/article")
	wantEq(t, "Title", a.Title, "Border talks enter third day")
	wantEq(t, "Site", a.Site, "127.0.0.1")
	if !strings.Contains(a.Text, "third day on Thursday to narrow their differences over the border crossings.\n\n\"We are closer") {
		t.Errorf("Text lacks the paragraphs with a blank line between them:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "Home") || strings.Contains(a.Text, "Example News") {
		t.Errorf("Text holds page furniture:\n%s", a.Text)
	}
	if a.FetchedAt.IsZero() {
		t.Error("FetchedAt is zero")
	}
	site.mu.Lock()
	defer site.mu.Unlock()
	if len(site.userAgents) != 1 || site.userAgents[0] != UserAgent {
		t.Errorf("User-Agent sent = %q, want [%q]", site.userAgents, UserAgent)
	}
}

func TestFetchCharsets(t *testing.T) {
	site := newTestSite(t)
	f := testFetcher(FetchOptions{})
	tests := []struct{ name, want string }{
		{"windows-1251", textRussian},
		{"iso-8859-1", textFrench},
		{"shift_jis", textJapanese},
		{"euc-kr", textKorean},
		{"text-koi8-r", textRussian},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := f.Fetch(context.Background(), site.URL+"/charset/"+tt.name)
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("Text = %q, want it to contain %q", a.Text, tt.want)
			}
		})
	}
}

func TestFetchRedirects(t *testing.T) {
	site := newTestSite(t)
	port := site.Listener.Addr().(*net.TCPAddr).Port
	resolver := fakeResolver(t, map[string]netip.Addr{
		"private.test":  netip.MustParseAddr("10.0.0.7"),
		"loopback.test": netip.MustParseAddr("127.0.0.2"),
		"news.test":     netip.MustParseAddr("127.0.0.1"),
	})
	f := testFetcher(FetchOptions{MaxRedirects: 5, Resolver: resolver})
	to := func(u string) string { return site.URL + "/to?u=" + url.QueryEscape(u) }
	tests := []struct {
		name     string
		url      string
		wantKind Kind
	}{
		{"three redirects", site.URL + "/redirect/2", ""},
		{"five redirects, the limit", site.URL + "/redirect/4", ""},
		{"six redirects", site.URL + "/redirect/5", KindRedirects},
		{"to another loopback address", to(fmt.Sprintf("http://127.0.0.2:%d/article", port)), KindRefused},
		{"to cloud metadata", to("http://169.254.169.254/latest/meta-data/"), KindRefused},
		{"to ipv6 loopback", to(fmt.Sprintf("http://[::1]:%d/article", port)), KindRefused},
		{"to ipv4-mapped loopback", to("http://[::ffff:127.0.0.2]/"), KindRefused},
		{"to decimal loopback", to("http://2130706434/"), KindRefused},
		{"to octal loopback", to("http://0177.0.0.2/"), KindRefused},
		{"to a private network", to("http://192.168.1.1/admin"), KindRefused},
		{"to a name resolving to a private address", to("http://private.test/"), KindRefused},
		{"to a name resolving to loopback", to("http://loopback.test/"), KindRefused},
		{"to another scheme", to("file:///etc/passwd"), KindBadURL},
		{"by name to an allowed address", to(fmt.Sprintf("http://news.test:%d/article", port)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := f.Fetch(context.Background(), tt.url)
			if got := KindOf(err); got != tt.wantKind {
				t.Fatalf("Fetch(%s) kind %q (%v), want %q", tt.url, got, err, tt.wantKind)
			}
			if err == nil && !strings.Contains(a.Text, "We are closer") {
				t.Errorf("Fetch(%s) text = %q", tt.url, a.Text)
			}
			if err != nil && Message(err) == "" {
				t.Errorf("Fetch(%s) error has no message", tt.url)
			}
		})
	}
}

func TestFetchNoRedirects(t *testing.T) {
	site := newTestSite(t)
	f := testFetcher(FetchOptions{MaxRedirects: -1})
	if _, err := f.Fetch(context.Background(), site.URL+"/redirect/0"); KindOf(err) != KindRedirects {
		t.Errorf("Fetch with MaxRedirects -1 through a redirect: %v, want a %s error", err, KindRedirects)
	}
}

func TestFetchLimits(t *testing.T) {
	site := newTestSite(t)
	tests := []struct {
		name     string
		path     string
		opts     FetchOptions
		wantKind Kind
		within   time.Duration
	}{
		{"huge body with a length", "/huge", FetchOptions{MaxBodyBytes: 64 << 10}, KindTooLarge, 5 * time.Second},
		{"huge chunked body", "/huge?chunked=1", FetchOptions{MaxBodyBytes: 64 << 10}, KindTooLarge, 5 * time.Second},
		{"gzip bomb", "/gzip-bomb", FetchOptions{MaxBodyBytes: 1 << 20}, KindTooLarge, 5 * time.Second},
		{"endless slow body", "/slow-body", FetchOptions{Timeout: 300 * time.Millisecond}, KindTimeout, 3 * time.Second},
		{"slow headers", "/slow-headers", FetchOptions{Timeout: 300 * time.Millisecond}, KindTimeout, 3 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := testFetcher(tt.opts)
			start := time.Now()
			_, err := f.Fetch(context.Background(), site.URL+tt.path)
			if got := KindOf(err); got != tt.wantKind {
				t.Errorf("Fetch(%s) kind %q (%v), want %q", tt.path, got, err, tt.wantKind)
			}
			if el := time.Since(start); el > tt.within {
				t.Errorf("Fetch(%s) took %v, want under %v", tt.path, el, tt.within)
			}
		})
	}
}

func TestFetchContentTypes(t *testing.T) {
	site := newTestSite(t)
	f := testFetcher(FetchOptions{})
	page := articleHTML("Talks", "")
	text := strings.Repeat("The mediator said both sides had agreed to meet again next week in the capital. ", 5)
	tests := []struct {
		name, ct, ce, body string
		wantKind           Kind
		wantMsg            string
	}{
		{"html", "text/html; charset=utf-8", "", page, "", ""},
		{"xhtml", "application/xhtml+xml", "", page, "", ""},
		{"no content type, sniffed html", "none", "", page, "", ""},
		{"octet-stream, sniffed html", "application/octet-stream", "", page, "", ""},
		{"plain text", "text/plain; charset=utf-8", "", text, "", ""},
		{"pdf", "application/pdf", "", "%PDF-1.7\n...", KindUnsupported, "a PDF"},
		{"octet-stream, sniffed pdf", "application/octet-stream", "", "%PDF-1.7\n...", KindUnsupported, "a PDF"},
		{"image", "image/png", "", "\x89PNG\r\n\x1a\n", KindUnsupported, "an image"},
		{"zip", "application/zip", "", "PK\x03\x04", KindUnsupported, "an archive"},
		{"json", "application/json", "", `{"a":1}`, KindUnsupported, "data"},
		{"brotli encoding", "text/html", "br", page, KindUnsupported, "compressed"},
		{"login page", "text/html", "", string(readPage(t, "login.html")), KindNotArticle, "no article"},
		{"empty text", "text/plain", "", "", KindEmpty, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := site.URL + "/type?" + url.Values{"ct": {tt.ct}, "ce": {tt.ce}, "body": {tt.body}}.Encode()
			a, err := f.Fetch(context.Background(), u)
			if got := KindOf(err); got != tt.wantKind {
				t.Fatalf("Fetch kind %q (%v), want %q", got, err, tt.wantKind)
			}
			if err != nil && !strings.Contains(Message(err), tt.wantMsg) {
				t.Errorf("Message = %q, want it to mention %q", Message(err), tt.wantMsg)
			}
			if err == nil && !strings.Contains(a.Text, "agreed to meet again") && !strings.Contains(a.Text, "We are closer") {
				t.Errorf("Text = %q", a.Text)
			}
		})
	}
}

func TestFetchStatus(t *testing.T) {
	site := newTestSite(t)
	f := testFetcher(FetchOptions{})
	tests := []struct {
		code     int
		wantKind Kind
		wantMsg  string
	}{
		{401, KindForbidden, "paywall or bot blocking"},
		{403, KindForbidden, "paste the article text"},
		{451, KindForbidden, "refused"},
		{404, KindNotFound, "not found"},
		{410, KindNotFound, "not found"},
		{429, KindHTTP, "try again later"},
		{500, KindHTTP, "HTTP 500"},
		{503, KindHTTP, "HTTP 503"},
		{204, KindEmpty, ""},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.code), func(t *testing.T) {
			_, err := f.Fetch(context.Background(), fmt.Sprintf("%s/status/%d", site.URL, tt.code))
			if got := KindOf(err); got != tt.wantKind {
				t.Fatalf("kind %q (%v), want %q", got, err, tt.wantKind)
			}
			if !strings.Contains(Message(err), tt.wantMsg) {
				t.Errorf("Message = %q, want it to mention %q", Message(err), tt.wantMsg)
			}
		})
	}
}

// TestFetchGuardOnByDefault checks that a Fetcher built from the default
// options cannot reach loopback, however the address is written.
func TestFetchGuardOnByDefault(t *testing.T) {
	site := newTestSite(t)
	port := strconv.Itoa(site.Listener.Addr().(*net.TCPAddr).Port)
	f := NewFetcher(DefaultFetchOptions())
	for _, u := range []string{
		site.URL + "/article",
		"http://localhost:" + port + "/article",
		"http://2130706433:" + port + "/article",
		"http://0x7f.0.0.1:" + port + "/article",
		"http://[::ffff:127.0.0.1]:" + port + "/article",
		"http://127.0.0.1/article",
	} {
		t.Run(u, func(t *testing.T) {
			if _, err := f.Fetch(context.Background(), u); KindOf(err) != KindRefused {
				t.Errorf("Fetch(%s) = %v, want a %s error", u, err, KindRefused)
			}
		})
	}
	t.Run("name resolving to loopback", func(t *testing.T) {
		opts := DefaultFetchOptions()
		opts.Resolver = fakeResolver(t, map[string]netip.Addr{"rebind.test": netip.MustParseAddr("127.0.0.1")})
		_, err := NewFetcher(opts).Fetch(context.Background(), "http://rebind.test/article")
		if KindOf(err) != KindRefused || !errors.Is(err, errRefusedAddr) {
			t.Errorf("Fetch = %v, want a refusal at dial time", err)
		}
	})
	t.Run("port outside 80 and 443", func(t *testing.T) {
		opts := DefaultFetchOptions()
		opts.Resolver = fakeResolver(t, map[string]netip.Addr{"news.test": netip.MustParseAddr("93.184.216.34")})
		_, err := NewFetcher(opts).Fetch(context.Background(), "http://news.test:22/")
		if KindOf(err) != KindRefused || !strings.Contains(Message(err), "ports") {
			t.Errorf("Fetch = %v, want a refused port", err)
		}
	})
}

func TestFetchNetworkErrors(t *testing.T) {
	tls := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleHTML("Talks", ""))
	}))
	tls.Config.ErrorLog = log.New(io.Discard, "", 0) // the failed handshake is the point
	tls.StartTLS()
	t.Cleanup(tls.Close)
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()

	f := testFetcher(FetchOptions{Resolver: fakeResolver(t, nil)})
	tests := []struct {
		name, url string
		wantKind  Kind
	}{
		{"untrusted certificate", tls.URL + "/", KindTLS},
		{"connection refused", closedURL + "/", KindNetwork},
		{"unknown name", "http://no-such-site.test/", KindDNS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := f.Fetch(context.Background(), tt.url); KindOf(err) != tt.wantKind {
				t.Errorf("Fetch(%s) = %v, want a %s error", tt.url, err, tt.wantKind)
			}
		})
	}
}

func TestFetchBadURL(t *testing.T) {
	f := NewFetcher(DefaultFetchOptions())
	for _, u := range []string{"", "   ", "ftp://example.com/a", "javascript:alert(1)", "file:///etc/passwd", "http://user:pw@example.com/", "http://[::1", "http://", "gopher://example.com/"} {
		t.Run(u, func(t *testing.T) {
			if _, err := f.Fetch(context.Background(), u); KindOf(err) != KindBadURL {
				t.Errorf("Fetch(%q) = %v, want a %s error", u, err, KindBadURL)
			}
		})
	}
}

func TestParseURL(t *testing.T) {
	f := NewFetcher(DefaultFetchOptions())
	tests := []struct{ in, want string }{
		{"example.com/news/a", "https://example.com/news/a"},
		{" https://example.com/a#frag ", "https://example.com/a"},
		{"HTTP://Example.com/a", "http://example.com/a"},
		{"http://134744072/", "http://8.8.8.8/"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			u, err := f.parseURL(tt.in)
			if err != nil || u.String() != tt.want {
				t.Errorf("parseURL(%q) = %v, %v; want %s", tt.in, u, err, tt.want)
			}
		})
	}
}

func TestFetchCancelled(t *testing.T) {
	site := newTestSite(t)
	f := testFetcher(FetchOptions{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.Fetch(ctx, site.URL+"/article"); err == nil || !errors.Is(err, context.Canceled) {
		t.Errorf("Fetch with a cancelled context = %v, want it to wrap context.Canceled", err)
	}
}

// TestFetchConcurrent shares one Fetcher between goroutines (run with -race).
func TestFetchConcurrent(t *testing.T) {
	site := newTestSite(t)
	f := testFetcher(FetchOptions{})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 16 {
		wg.Go(func() {
			_, err := f.Fetch(context.Background(), site.URL+"/redirect/1")
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent Fetch: %v", err)
		}
	}
}

func TestDefaultFetchOptions(t *testing.T) {
	o := DefaultFetchOptions()
	if o.MaxRedirects != 5 || o.ConnectTimeout != 5*time.Second || o.Timeout != 20*time.Second ||
		o.MaxBodyBytes != 5<<20 || o.UserAgent != "ParleyBot/1.0 (+https://github.com/parley-bot/parley)" {
		t.Errorf("DefaultFetchOptions() = %+v", o)
	}
	if o.AllowPrefixesForTesting != nil {
		t.Error("DefaultFetchOptions() opens the guard")
	}
	if got := (FetchOptions{}).withDefaults(); got.MaxRedirects != 5 || got.Timeout != 20*time.Second || got.Logger == nil {
		t.Errorf("zero options with defaults = %+v", got)
	}
}

// BenchmarkFetch fetches and extracts an article from a local server.
func BenchmarkFetch(b *testing.B) {
	page := articleHTML("Border talks enter third day", "")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	b.Cleanup(srv.Close)
	f := testFetcher(FetchOptions{})
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Fetch(ctx, srv.URL+"/"); err != nil {
			b.Fatal(err)
		}
	}
}
