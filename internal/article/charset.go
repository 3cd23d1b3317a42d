package article

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// metaScanBytes is how much of a page is searched for a <meta charset> or
// an XML declaration. The HTML standard looks at 1024 bytes, but many pages
// declare their charset later in a long <head>.
const metaScanBytes = 64 << 10

// boms are the byte-order marks that settle a page's encoding.
var boms = []struct {
	mark  string
	label string
}{
	{"\xef\xbb\xbf", "utf-8"},
	{"\xfe\xff", "utf-16be"},
	{"\xff\xfe", "utf-16le"},
}

// decodeHTML converts a page to UTF-8 and returns it with the name of the
// encoding it was read in. The encoding comes from, in order: a byte-order
// mark, the charset parameter of contentType, a <meta> charset declaration
// (or an XML declaration), and detection. Two repairs for servers that
// mislabel pages: a declared legacy charset gives way when the bytes are
// valid UTF-8 with non-ASCII text (Latin text that happens to be valid
// UTF-8 is far less likely than a wrong default), and a declared UTF-8
// gives way to the page's own declaration when the bytes are not UTF-8.
// Invalid bytes become U+FFFD.
func decodeHTML(body []byte, contentType string) ([]byte, string) {
	for _, b := range boms {
		if bytes.HasPrefix(body, []byte(b.mark)) {
			e, name := charset.Lookup(b.label)
			return decodeWith(e, name, body[len(b.mark):])
		}
	}
	valid := utf8.Valid(body)
	hdr, hdrName := headerCharset(contentType)
	page, pageName := pageCharset(body)
	switch {
	case hdr != nil && hdrName == "utf-8" && !valid && page != nil && pageName != "utf-8":
		return decodeWith(page, pageName, body)
	case hdr != nil:
		return decodeDeclared(hdr, hdrName, body, valid)
	case page != nil:
		return decodeDeclared(page, pageName, body, valid)
	case valid:
		return body, "utf-8"
	}
	e, name := detectCharset(body)
	return decodeWith(e, name, body)
}

// decodeDeclared decodes body from its declared encoding e, unless e is a
// legacy charset and body is valid UTF-8 with non-ASCII text.
func decodeDeclared(e encoding.Encoding, name string, body []byte, valid bool) ([]byte, string) {
	if name != "utf-8" && valid && hasNonASCII(body) {
		return body, "utf-8"
	}
	return decodeWith(e, name, body)
}

// headerCharset returns the encoding named by a Content-Type's charset
// parameter; nil when there is none or it is unknown.
func headerCharset(contentType string) (encoding.Encoding, string) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if label := params["charset"]; label != "" {
			return charset.Lookup(label)
		}
	}
	return nil, ""
}

// pageCharset returns the encoding the page declares in a <meta> tag or
// an XML declaration; nil when none is declared or known.
func pageCharset(body []byte) (encoding.Encoding, string) {
	label := metaCharset(body)
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil, ""
	}
	// A page that declares UTF-16 in ASCII bytes cannot be UTF-16; the
	// HTML standard reads it as UTF-8.
	if strings.HasPrefix(name, "utf-16") {
		return charset.Lookup("utf-8")
	}
	return e, name
}

// metaCharset finds the charset label of a <meta charset=...> or <meta
// http-equiv="Content-Type" content="...; charset=..."> tag, or of an XML
// declaration, in the first metaScanBytes of body.
func metaCharset(body []byte) string {
	head := body[:min(len(body), metaScanBytes)]
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		if end := bytes.IndexByte(lower, '>'); end > 0 {
			decl := lower[:end]
			if i := bytes.Index(decl, []byte("encoding")); i >= 0 {
				if v := attrValue(decl[i+len("encoding"):]); v != "" {
					return v
				}
			}
		}
	}
	for off := 0; ; {
		i := bytes.Index(lower[off:], []byte("charset"))
		if i < 0 {
			return ""
		}
		pos := off + i
		off = pos + len("charset")
		lt := bytes.LastIndexByte(lower[:pos], '<')
		gt := bytes.LastIndexByte(lower[:pos], '>')
		if lt < 0 || gt > lt || !bytes.HasPrefix(lower[lt:], []byte("<meta")) {
			continue
		}
		if v := attrValue(lower[off:]); v != "" {
			return v
		}
	}
}

// attrValue reads the value after "charset" or "encoding": optional
// spaces, '=', optional quote, then the label.
func attrValue(b []byte) string {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 || b[0] != '=' {
		return ""
	}
	b = bytes.TrimLeft(b[1:], " \t\r\n\"'")
	end := bytes.IndexAny(b, "\"'; \t\r\n>/")
	if end < 0 {
		end = len(b)
	}
	if end == 0 || end > 40 {
		return ""
	}
	return string(b[:end])
}

// hasNonASCII reports whether b has a byte outside ASCII.
func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// isUTF8Text reports whether b is valid UTF-8 with some non-ASCII text.
func isUTF8Text(b []byte) bool {
	return hasNonASCII(b) && utf8.Valid(b)
}

// detectCharset guesses the encoding of an undeclared, non-UTF-8 page,
// defaulting to windows-1252 as browsers do.
func detectCharset(body []byte) (encoding.Encoding, string) {
	sample := body[:min(len(body), metaScanBytes)]
	if r, err := chardet.NewHtmlDetector().DetectBest(sample); err == nil && r.Confidence >= 50 {
		if e, name := charset.Lookup(r.Charset); e != nil && name != "utf-8" {
			return e, name
		}
	}
	return charset.Lookup("windows-1252")
}

// decodeWith converts b from e to UTF-8.
func decodeWith(e encoding.Encoding, name string, b []byte) ([]byte, string) {
	if name == "utf-8" || e == nil {
		return validUTF8(b), "utf-8"
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return validUTF8(b), "utf-8"
	}
	return validUTF8(out), name
}

// validUTF8 returns b, with invalid sequences replaced by U+FFFD if any.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}
