package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Limits on what one page may make Parley build, so that the memory a
// request takes stays proportional to the text kept rather than to what a
// hostile page can pack into its body (5 MB of "<p>x" is 1.3 million
// elements). The real pages of the extraction bench have at most about
// 5,500 tokens, so the cap leaves a margin of nine times.
const (
	// MaxHTMLTokens is the most HTML tokens (tags, text runs, comments) of
	// a page that are parsed; the page is cut after them, with a warning.
	MaxHTMLTokens = 50_000
	// maxTitleRunes caps a title; longer titles are cut with "…".
	maxTitleRunes = 300
	// maxMetaRunes caps the byline, the site name and the date.
	maxMetaRunes = 200
	// sniffBytes is how much of the start of a body is checked for the
	// share of control characters.
	sniffBytes = 8 << 10
)

// capHTML returns the longest prefix of body that holds at most
// MaxHTMLTokens tokens, and whether body was cut. It tokenises without
// building nodes, so it costs a pass over the bytes and little memory.
func capHTML(body []byte) ([]byte, bool) {
	if len(body) < MaxHTMLTokens { // every token takes at least one byte
		return body, false
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	off := 0
	for range MaxHTMLTokens {
		if z.Next() == html.ErrorToken {
			return body, false // io.EOF: the whole page fits
		}
		off += len(z.Raw())
	}
	if z.Next() == html.ErrorToken && errors.Is(z.Err(), io.EOF) {
		return body, false
	}
	return body[:off], true
}

// capRunes cuts s to at most n runes, ending a cut string with "…".
func capRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i, count := 0, 0
	for i < len(s) && count < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	if i >= len(s) {
		return s
	}
	return strings.TrimSpace(s[:i]) + "…"
}

// binarySignatures are the openings of files that are not text, whatever
// their name or content type says.
var binarySignatures = []struct {
	magic string
	what  string
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"%PDF-", "a PDF"},
	{"PK\x03\x04", "a ZIP archive (or an Office document)"},
	{"PK\x05\x06", "a ZIP archive"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"\x1f\x8b", "gzip-compressed data"},
	{"II*\x00", "a TIFF image"},
	{"MM\x00*", "a TIFF image"},
	{"\x00\x00\x01\x00", "an icon"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"Rar!\x1a\x07", "a RAR archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"},
	{"\x7fELF", "a program"},
	{"OggS", "an audio file"},
	{"ID3", "an audio file"},
	{"\x1aE\xdf\xa3", "a video"},
	{"wOFF", "a font"},
	{"wOF2", "a font"},
	{"SQLite format 3\x00", "a database file"},
}

// sniffBinary reports whether b is not text, whatever it is labelled, and
// says what it looks like: a known file signature, NUL bytes (outside a
// UTF-16 byte-order mark) or more than 1% of control characters in its
// first sniffBytes.
func sniffBinary(b []byte) (string, bool) {
	for _, s := range binarySignatures {
		if bytes.HasPrefix(b, []byte(s.magic)) {
			return s.what, true
		}
	}
	if len(b) >= 12 && string(b[:4]) == "RIFF" && (string(b[8:12]) == "WEBP" || string(b[8:12]) == "WAVE" || string(b[8:12]) == "AVI ") {
		return "an image or a media file", true
	}
	if len(b) >= 12 && string(b[4:8]) == "ftyp" {
		return "a video", true
	}
	if bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe")) {
		return "", false // UTF-16 text: NUL bytes are expected
	}
	sample := b[:min(len(b), sniffBytes)]
	ctrl := 0
	for _, c := range sample {
		if c == 0 {
			return "binary data", true
		}
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) || c == 0x7f {
			ctrl++
		}
	}
	if ctrl*100 > len(sample) {
		return "binary data", true
	}
	return "", false
}

// binaryError is the one error for content that is not text: a known
// kind of file (KindUnsupported) or other binary data (KindBinary).
func binaryError(what string) error {
	if what == "binary data" {
		return &Error{Kind: KindBinary, Msg: "this is not an article but binary data, not text; send a link to a web page, a text or HTML file, or paste the text", Err: errors.New("sniffed binary data")}
	}
	return &Error{Kind: KindUnsupported, Msg: "Parley can't read this kind of file (" + what + "): it is not an article; send a link to a web page, a text or HTML file, or paste the text", Err: fmt.Errorf("sniffed %s", what)}
}

// checkText fails with binaryError when b sniffs as binary.
func checkText(b []byte) error {
	if what, ok := sniffBinary(b); ok {
		return binaryError(what)
	}
	return nil
}
