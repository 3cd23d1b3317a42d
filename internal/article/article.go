// Package article owns what Parley reads: the Article type, and turning the
// inputs a user can hand over (pasted text, a file, a link) into one. It
// fetches pages safely, decodes their charset and extracts the main text and
// metadata. It knows nothing of Discord, the brief engine or any LLM.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is one article's text and what is known of where it came from.
type Article struct {
	// URL is the address the user gave, when the article came from a link.
	URL string `json:"url"`
	// CanonicalURL is the URL used as a cache key: the page's canonical link
	// or the final URL, without fragment and tracking parameters.
	CanonicalURL string `json:"canonical_url"`
	// Title is the article's headline.
	Title string `json:"title"`
	// Site is the publication's name (or its host name).
	Site string `json:"site"`
	// Byline names the authors, without a leading "By".
	Byline string `json:"byline"`
	// Published is the publication date as found, RFC 3339 when parsed.
	Published string `json:"published"`
	// Text is the main text, paragraphs separated by a blank line.
	Text string `json:"text"`
	// FetchedAt is when the article was read.
	FetchedAt time.Time `json:"fetched_at"`
	// Warnings are things the reader should know (page truncated...).
	Warnings []string `json:"warnings,omitempty"`
}

// Kind classifies an input error so that the edge (CLI, bot) can word it.
type Kind string

// Error kinds.
const (
	KindEmpty       Kind = "empty"       // no text at all
	KindTooLarge    Kind = "too_large"   // over the size limit
	KindBinary      Kind = "binary"      // not text: binary or invalid UTF-8
	KindNoText      Kind = "no_text"     // text without sentences
	KindNotArticle  Kind = "not_article" // a page with no article in it
	KindBadURL      Kind = "bad_url"     // malformed URL or a scheme other than http(s)
	KindRefused     Kind = "refused"     // address refused by the network guard
	KindNotFound    Kind = "not_found"   // 404, 410
	KindForbidden   Kind = "forbidden"   // 401, 403, 451: paywall or bot blocking
	KindHTTP        Kind = "http"        // other HTTP failures
	KindTimeout     Kind = "timeout"     // connect or total timeout
	KindDNS         Kind = "dns"         // name did not resolve
	KindTLS         Kind = "tls"         // TLS handshake or certificate failure
	KindUnsupported Kind = "unsupported" // a content type Parley cannot read
	KindIO          Kind = "io"          // reading a file or stream failed
	KindRedirects   Kind = "redirects"   // too many redirects
	KindNetwork     Kind = "network"     // connection refused, reset...
)

// Error is the one error type of this package. Msg is a sentence a user can
// act on; Err is the underlying cause, for logs.
type Error struct {
	Kind Kind
	Msg  string
	Err  error
}

// Error returns the user-facing message, followed by the cause when there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Msg + ": " + e.Err.Error()
	}
	return e.Msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the Kind of err when it is (or wraps) an *Error, else "".
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

// Message returns the user-facing message of err: the Msg of an *Error, or
// err's own text otherwise.
func Message(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Msg
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

// DefaultMaxTextBytes is the largest text FromText accepts by default.
const DefaultMaxTextBytes = 5 << 20

// FromText makes an Article of pasted or file text after checking that it is
// text at all: not empty, not binary, valid UTF-8 (a UTF-8 byte-order mark is
// dropped), at most maxBytes long (DefaultMaxTextBytes when maxBytes <= 0).
// Line endings are normalised to "\n".
func FromText(b []byte, maxBytes int) (*Article, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxTextBytes
	}
	if len(b) > maxBytes {
		return nil, &Error{Kind: KindTooLarge, Msg: fmt.Sprintf("the text is %s; Parley reads articles up to %s (send a link or a shorter excerpt)", humanBytes(len(b)), humanBytes(maxBytes))}
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, &Error{Kind: KindEmpty, Msg: "there is no text to summarize"}
	}
	if err := checkText(b); err != nil {
		return nil, err
	}
	if looksBinary(b) {
		return nil, &Error{Kind: KindBinary, Msg: "this is not text (binary data or an unknown encoding); send the article as plain text, HTML or a link"}
	}
	text := normalizeNewlines(string(b))
	if !hasLetters(text) {
		return nil, &Error{Kind: KindNoText, Msg: "the text has no words to summarize"}
	}
	return &Article{Text: text, FetchedAt: time.Now().UTC()}, nil
}

// looksBinary reports whether b is not plausibly text: invalid UTF-8, NUL
// bytes, or many control characters.
func looksBinary(b []byte) bool {
	if !utf8.Valid(b) {
		return true
	}
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > len(b) // over 1% control bytes
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
