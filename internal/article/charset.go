package article

import (
	"bytes"
	"fmt"
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

// decoded is a body converted to UTF-8, and how it was read.
type decoded struct {
	text []byte
	// name is the encoding the body was read in.
	name string
	// replaced counts the invalid byte sequences replaced with U+FFFD.
	replaced int
	// guessed is true when a legacy charset was chosen by detection, with
	// nothing declaring it.
	guessed bool
}

// warnings are the notes a reader should see about the decoding.
func (d decoded) warnings() []string {
	var w []string
	if d.guessed {
		w = append(w, "the text was not UTF-8; its character set was guessed ("+d.name+"), so check accents and symbols in quotes")
	}
	if d.replaced > 0 {
		unit := "sequences"
		if d.replaced == 1 {
			unit = "sequence"
		}
		w = append(w, fmt.Sprintf("the text had %d byte %s that are not valid %s; they were replaced with \uFFFD", d.replaced, unit, strings.ToUpper(d.name)))
	}
	return w
}

// decodeHTML converts a page to UTF-8 and returns it with the name of the
// encoding it was read in; see decodeBody.
func decodeHTML(body []byte, contentType string) ([]byte, string) {
	d := decodeBody(body, contentType)
	return d.text, d.name
}

// decodeBody converts a page or a text to UTF-8. The encoding comes from,
// in order: a byte-order mark, the charset parameter of contentType, a
// <meta> charset declaration (or an XML declaration), and detection.
//
// Honest decoding: UTF-8 is kept whenever the bytes are mostly UTF-8, and a
// legacy charset is chosen only on strong evidence, because decoding UTF-8
// as a legacy charset garbles every non-ASCII character (every curly quote
// becomes "â€™") while a few stray bytes in UTF-8 cost only those bytes,
// which become U+FFFD (with a warning). So: undeclared bytes with at least
// as many valid multi-byte UTF-8 sequences as invalid bytes are UTF-8; a
// declared legacy charset gives way to UTF-8 when the valid sequences
// outnumber the invalid bytes three to one (servers and templates often
// declare a default that the text does not follow); a declared UTF-8 gives
// way to the page's own legacy declaration when the bytes are not mostly
// UTF-8.
func decodeBody(body []byte, contentType string) decoded {
	for _, b := range boms {
		if bytes.HasPrefix(body, []byte(b.mark)) {
			e, name := charset.Lookup(b.label)
			return decodeWith(e, name, body[len(b.mark):])
		}
	}
	ev := utf8EvidenceOf(body)
	hdr, hdrName := headerCharset(contentType)
	page, pageName := pageCharset(body)
	switch {
	case hdr != nil && hdrName == "utf-8" && ev.invalid > 0 && page != nil && pageName != "utf-8" && !ev.strong():
		return decodeWith(page, pageName, body)
	case hdr != nil:
		return decodeDeclared(hdr, hdrName, body, ev)
	case page != nil:
		return decodeDeclared(page, pageName, body, ev)
	case ev.invalid == 0 || ev.mostly():
		return decodeWith(nil, "utf-8", body)
	}
	e, name := detectCharset(body)
	d := decodeWith(e, name, body)
	d.guessed = name != "utf-8"
	return d
}

// decodeDeclared decodes body from its declared encoding e, unless e is a
// legacy charset and body is UTF-8 on strong evidence.
func decodeDeclared(e encoding.Encoding, name string, body []byte, ev utf8Evidence) decoded {
	if name != "utf-8" && ev.valid > 0 && (ev.invalid == 0 || ev.strong()) {
		return decodeWith(nil, "utf-8", body)
	}
	return decodeWith(e, name, body)
}

// utf8Evidence counts what speaks for and against UTF-8 in a body.
type utf8Evidence struct {
	valid   int // well-formed multi-byte sequences
	invalid int // bytes that start no well-formed sequence
}

// mostly reports whether the body is UTF-8 with a few bad bytes: at least
// as many valid multi-byte sequences as invalid bytes.
func (e utf8Evidence) mostly() bool { return e.valid > 0 && e.invalid <= e.valid }

// strong reports whether the body is UTF-8 strongly enough to override a
// legacy declaration: three valid sequences to one invalid byte.
func (e utf8Evidence) strong() bool { return e.valid > 0 && 3*e.invalid <= e.valid }

// utf8EvidenceOf counts the valid multi-byte sequences and invalid bytes of b.
func utf8EvidenceOf(b []byte) utf8Evidence {
	var ev utf8Evidence
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			ev.invalid++
			i++
			continue
		}
		ev.valid++
		i += n
	}
	return ev
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

// decodeWith converts b from e to UTF-8 (nil or "utf-8": b is UTF-8),
// replacing invalid sequences with U+FFFD.
func decodeWith(e encoding.Encoding, name string, b []byte) decoded {
	if name == "utf-8" || e == nil {
		out, n := validUTF8(b)
		return decoded{text: out, name: "utf-8", replaced: n}
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		out, n := validUTF8(b)
		return decoded{text: out, name: "utf-8", replaced: n}
	}
	out, n := validUTF8(out)
	return decoded{text: out, name: name, replaced: n}
}

// validUTF8 returns b, with invalid sequences replaced by U+FFFD if any,
// and how many were replaced.
func validUTF8(b []byte) ([]byte, int) {
	if utf8.Valid(b) {
		return b, 0
	}
	n := utf8EvidenceOf(b).invalid
	return bytes.ToValidUTF8(b, []byte("\uFFFD")), n
}
