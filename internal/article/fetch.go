package article

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"code.dny.dev/ssrf"
)

// UserAgent is the User-Agent Parley sends: it names the bot and where to
// learn about it.
const UserAgent = "ParleyBot/1.0 (+https://github.com/parley-bot/parley)"

// FetchOptions are the limits of a Fetcher. A zero field takes its value
// from DefaultFetchOptions.
type FetchOptions struct {
	// MaxRedirects is the most redirects followed (default 5; negative
	// means none).
	MaxRedirects int
	// ConnectTimeout bounds connecting, TLS handshake included (default 5 s).
	ConnectTimeout time.Duration
	// Timeout bounds the whole fetch, body included (default 20 s).
	Timeout time.Duration
	// MaxBodyBytes is the largest body read, counted after decompression
	// (default 5 MB). A longer body is a KindTooLarge error.
	MaxBodyBytes int64
	// UserAgent is sent with every request (default UserAgent).
	UserAgent string
	// Resolver looks up host names (default: the system resolver).
	// Whatever it answers, the address guard checks every address dialled.
	Resolver *net.Resolver
	// Logger receives debug records of fetches, redirects and refusals
	// (default: none).
	Logger *slog.Logger

	// AllowPrefixesForTesting lets the address guard through to these
	// ranges, on any port. It exists only for tests that must reach an
	// httptest server on loopback: the program's configuration must never
	// set it, and nil (the default) keeps the guard whole.
	AllowPrefixesForTesting []netip.Prefix
}

// DefaultFetchOptions returns the default limits: 5 redirects, 5 s to
// connect, 20 s in all, 5 MB of body, and Parley's User-Agent.
func DefaultFetchOptions() FetchOptions {
	return FetchOptions{
		MaxRedirects:   5,
		ConnectTimeout: 5 * time.Second,
		Timeout:        20 * time.Second,
		MaxBodyBytes:   5 << 20,
		UserAgent:      UserAgent,
	}
}

// withDefaults fills the zero fields of o from DefaultFetchOptions.
func (o FetchOptions) withDefaults() FetchOptions {
	d := DefaultFetchOptions()
	if o.MaxRedirects == 0 {
		o.MaxRedirects = d.MaxRedirects
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = d.ConnectTimeout
	}
	if o.Timeout <= 0 {
		o.Timeout = d.Timeout
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = d.MaxBodyBytes
	}
	if o.UserAgent == "" {
		o.UserAgent = d.UserAgent
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Fetcher reads articles from the web without letting a link reach the
// machine's own network: only http and https, and every connection (after
// DNS, after every redirect) is checked by an address guard. It is safe for
// concurrent use.
type Fetcher struct {
	opts   FetchOptions
	guard  *guard
	client *http.Client
}

// NewFetcher returns a Fetcher with the given limits (zero fields take
// their defaults). It uses no proxy from the environment: a proxy would
// make the address guard check the proxy instead of the site.
func NewFetcher(opts FetchOptions) *Fetcher {
	opts = opts.withDefaults()
	g := newGuard(opts.AllowPrefixesForTesting)
	dialer := &net.Dialer{
		Timeout:   opts.ConnectTimeout,
		KeepAlive: 30 * time.Second,
		Resolver:  opts.Resolver,
		Control:   g.control,
	}
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    opts.ConnectTimeout,
		ResponseHeaderTimeout:  opts.Timeout,
		ExpectContinueTimeout:  time.Second,
		MaxIdleConns:           32,
		MaxIdleConnsPerHost:    4,
		IdleConnTimeout:        60 * time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
	f := &Fetcher{opts: opts, guard: g}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// checkRedirect enforces the redirect limit, the schemes and the guard on
// every hop of a redirect chain.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.opts.MaxRedirects {
		return &Error{Kind: KindRedirects, Msg: "the link redirects too many times; open it in a browser and send the final address", Err: fmt.Errorf("fetch %s: more than %d redirects", via[0].URL.Redacted(), max(f.opts.MaxRedirects, 0))}
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return &Error{Kind: KindBadURL, Msg: "the link redirects to an address that is not a web page", Err: fmt.Errorf("fetch %s: redirect to scheme %q", via[0].URL.Redacted(), req.URL.Scheme)}
	}
	if _, err := f.guard.checkHost(req.URL.Host); err != nil {
		f.opts.Logger.Debug("redirect refused", "from", via[len(via)-1].URL.Redacted(), "to", req.URL.Redacted(), "err", err)
		return refusedError(req.URL, err)
	}
	f.opts.Logger.Debug("redirect", "from", via[len(via)-1].URL.Redacted(), "to", req.URL.Redacted())
	return nil
}

// Fetch downloads the page at rawURL and returns its article. A link
// without a scheme is read as https. HTML and XHTML pages are extracted
// (see FromHTML), text/plain is taken as text, anything else is a
// KindUnsupported error. All errors are *Error with a message a user can
// act on.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Article, error) {
	start := time.Now()
	u, err := f.parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{Kind: KindBadURL, Msg: "this is not a valid link", Err: fmt.Errorf("fetch %s: %w", u.Redacted(), err)}
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")

	resp, err := f.client.Do(req)
	if err != nil {
		err = classifyError(ctx, u, err)
		f.opts.Logger.Debug("fetch failed", "url", u.Redacted(), "kind", KindOf(err), "err", err)
		return nil, err
	}
	defer resp.Body.Close()
	final := resp.Request.URL

	if err := statusError(final, resp.StatusCode); err != nil {
		f.opts.Logger.Debug("fetch status", "url", final.Redacted(), "status", resp.StatusCode)
		return nil, err
	}
	if enc := resp.Header.Get("Content-Encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		return nil, &Error{Kind: KindUnsupported, Msg: "the site sent the page compressed in a way Parley can't read; paste the article text instead", Err: fmt.Errorf("fetch %s: content encoding %q", final.Redacted(), enc)}
	}
	contentType := resp.Header.Get("Content-Type")
	if kind := typeOf(contentType, nil); kind.unsupported() {
		return nil, unsupportedError(final, kind)
	}
	if resp.ContentLength > f.opts.MaxBodyBytes {
		return nil, tooLargeError(final, f.opts.MaxBodyBytes)
	}
	body, err := readLimited(resp.Body, f.opts.MaxBodyBytes, resp.ContentLength)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, tooLargeError(final, f.opts.MaxBodyBytes)
		}
		if isCorruptCompression(err) {
			return nil, &Error{Kind: KindHTTP, Msg: "the site sent a page labelled as compressed (gzip) that is not; try again later or paste the article text", Err: fmt.Errorf("fetch %s: %w", final.Redacted(), err)}
		}
		return nil, classifyError(ctx, final, err)
	}
	if err := checkText(body); err != nil {
		f.opts.Logger.Debug("fetch: not text", "url", final.Redacted(), "type", contentType, "err", err)
		return nil, fmt.Errorf("fetch %s: %w", final.Redacted(), err)
	}
	kind := typeOf(contentType, body)
	f.opts.Logger.Debug("fetched", "url", final.Redacted(), "status", resp.StatusCode, "type", contentType, "bytes", len(body), "elapsed", time.Since(start))

	var a *Article
	switch {
	case kind == typeHTML:
		a, err = FromHTML(body, contentType, final.String())
	case kind == typeText:
		d := decodeText(body, contentType)
		a, err = FromText(d.text, int(f.opts.MaxBodyBytes))
		if err == nil {
			a.Warnings = append(a.Warnings, d.warnings()...)
		}
	default:
		return nil, unsupportedError(final, kind)
	}
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", final.Redacted(), err)
	}
	a.URL = strings.TrimSpace(rawURL)
	if a.CanonicalURL == "" {
		c := *final
		if canonicalizeURL(&c) == nil {
			a.CanonicalURL = c.String()
		}
	}
	if a.Site == "" {
		a.Site = strings.TrimPrefix(strings.ToLower(final.Hostname()), "www.")
	}
	a.FetchedAt = time.Now().UTC()
	return a, nil
}

// parseURL checks a user's link: http or https (https when no scheme is
// given), a host the guard accepts, no user name or password.
func (f *Fetcher) parseURL(rawURL string) (*url.URL, error) {
	s := strings.TrimSpace(rawURL)
	if s == "" {
		return nil, &Error{Kind: KindBadURL, Msg: "there is no link to read"}
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, &Error{Kind: KindBadURL, Msg: "this is not a valid link", Err: fmt.Errorf("fetch %q: %w", rawURL, err)}
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, &Error{Kind: KindBadURL, Msg: "only http and https links can be read", Err: fmt.Errorf("fetch %s: scheme %q", u.Redacted(), u.Scheme)}
	}
	if u.Host == "" {
		return nil, &Error{Kind: KindBadURL, Msg: "this link has no site name", Err: fmt.Errorf("fetch %q: no host", rawURL)}
	}
	if u.User != nil {
		return nil, &Error{Kind: KindBadURL, Msg: "links with a user name or password are not supported", Err: fmt.Errorf("fetch %s: user info in URL", u.Redacted())}
	}
	host, err := f.guard.checkHost(u.Host)
	if err != nil {
		f.opts.Logger.Debug("fetch refused", "url", u.Redacted(), "err", err)
		return nil, refusedError(u, err)
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// isCorruptCompression reports whether err comes from decompressing a body
// that is not what its Content-Encoding says (Go's transport decompresses
// gzip itself).
func isCorruptCompression(err error) bool {
	var flateErr flate.CorruptInputError
	return errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) ||
		errors.As(err, &flateErr)
}

// errTooLarge reports a body over the limit.
var errTooLarge = errors.New("body over the size limit")

// readLimited reads r to its end, failing with errTooLarge past limit
// bytes. sizeHint is the announced length, or -1.
func readLimited(r io.Reader, limit, sizeHint int64) ([]byte, error) {
	capacity := int64(64 << 10)
	if sizeHint > 0 && sizeHint <= limit {
		capacity = sizeHint + 1
	}
	buf := make([]byte, 0, capacity)
	lr := io.LimitReader(r, limit+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, errTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read body: %w", err)
		}
	}
}

// contentKind is what Parley makes of a response's media type.
type contentKind string

const (
	typeHTML    contentKind = "html"
	typeText    contentKind = "text"
	typeUnknown contentKind = "" // decide by sniffing the body
)

// unsupported reports whether the kind is neither HTML, text nor unknown.
func (k contentKind) unsupported() bool {
	return k != typeHTML && k != typeText && k != typeUnknown
}

// typeOf classifies a Content-Type. A missing or generic type
// (application/octet-stream) is decided by sniffing body when given.
func typeOf(contentType string, body []byte) contentKind {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = ""
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return typeHTML
	case "text/plain", "text/markdown", "text/x-markdown":
		return typeText
	case "", "application/octet-stream", "binary/octet-stream", "application/unknown":
		if body == nil {
			return typeUnknown
		}
		return typeOf(http.DetectContentType(body), nil)
	}
	return contentKind(mt)
}

// decodeText converts a text/plain body to UTF-8 using the charset
// parameter, a byte-order mark, or the evidence of the bytes (decodeBody).
func decodeText(body []byte, contentType string) decoded {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] == "" {
		contentType = ""
	}
	return decodeBody(body, contentType)
}

func hasBOM(b []byte) bool {
	for _, m := range boms {
		if bytes.HasPrefix(b, []byte(m.mark)) {
			return true
		}
	}
	return false
}

// statusError turns a non-2xx status into an *Error; nil for 2xx.
func statusError(u *url.URL, code int) error {
	if code >= 200 && code < 300 {
		return nil
	}
	cause := fmt.Errorf("fetch %s: HTTP %d %s", u.Redacted(), code, http.StatusText(code))
	switch {
	case code == http.StatusNotFound || code == http.StatusGone:
		return &Error{Kind: KindNotFound, Msg: "the page was not found (HTTP " + strconv.Itoa(code) + "); check the link", Err: cause}
	case code == http.StatusUnauthorized || code == http.StatusForbidden || code == http.StatusPaymentRequired || code == http.StatusUnavailableForLegalReasons:
		return &Error{Kind: KindForbidden, Msg: "the site refused the bot (paywall or bot blocking); paste the article text instead", Err: cause}
	case code == http.StatusTooManyRequests:
		return &Error{Kind: KindHTTP, Msg: "the site is limiting requests from the bot (HTTP 429); try again later or paste the article text", Err: cause}
	case code >= 500:
		return &Error{Kind: KindHTTP, Msg: "the site had an error (HTTP " + strconv.Itoa(code) + "); try again later or paste the article text", Err: cause}
	default:
		return &Error{Kind: KindHTTP, Msg: "the site answered HTTP " + strconv.Itoa(code) + " instead of the page; paste the article text instead", Err: cause}
	}
}

// classifyError turns a transport error into an *Error of the right kind.
func classifyError(ctx context.Context, u *url.URL, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	cause := fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	if errors.Is(err, errRefusedAddr) {
		return refusedError(u, err)
	}
	var dnsErr *net.DNSError
	var netErr net.Error
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var certErr x509.CertificateInvalidError
	var verifyErr *tls.CertificateVerificationError
	var recordErr tls.RecordHeaderError
	var alertErr tls.AlertError
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) ||
		(errors.As(err, &netErr) && netErr.Timeout()):
		return &Error{Kind: KindTimeout, Msg: "the site took too long to answer; try again later or paste the article text", Err: cause}
	case errors.Is(err, context.Canceled):
		return &Error{Kind: KindNetwork, Msg: "reading the page was cancelled", Err: cause}
	case errors.As(err, &dnsErr):
		return &Error{Kind: KindDNS, Msg: "the site's name could not be found; check the link", Err: cause}
	case errors.As(err, &unknownCA), errors.As(err, &hostErr), errors.As(err, &certErr),
		errors.As(err, &verifyErr), errors.As(err, &recordErr), errors.As(err, &alertErr),
		strings.Contains(err.Error(), "tls: "):
		return &Error{Kind: KindTLS, Msg: "the site's secure connection could not be verified (TLS); paste the article text instead", Err: cause}
	default:
		return &Error{Kind: KindNetwork, Msg: "could not connect to the site; check the link or try again later", Err: cause}
	}
}

// refusedError is the error for an address the guard refused.
func refusedError(u *url.URL, err error) error {
	cause := fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	if errors.Is(err, ssrf.ErrProhibitedPort) {
		return &Error{Kind: KindRefused, Msg: "Parley only reads web pages on the standard ports (80 and 443); paste the article text instead", Err: cause}
	}
	return &Error{Kind: KindRefused, Msg: "Parley does not read addresses on private or local networks; send a public link or paste the text", Err: cause}
}

func tooLargeError(u *url.URL, limit int64) error {
	return &Error{Kind: KindTooLarge, Msg: fmt.Sprintf("the page is larger than %s; paste the article text instead", humanBytes(int(limit))), Err: fmt.Errorf("fetch %s: body over %d bytes", u.Redacted(), limit)}
}

// unsupportedError is the error for a content type Parley cannot read.
func unsupportedError(u *url.URL, kind contentKind) error {
	return &Error{Kind: KindUnsupported, Msg: "Parley can't read this kind of file (" + describeKind(kind) + "); send a link to a web page or paste the text", Err: fmt.Errorf("fetch %s: content type %q", u.Redacted(), string(kind))}
}
