package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// ReadFile reads an article from a local file of at most maxBytes
// (DefaultMaxTextBytes when maxBytes <= 0). Files named .html, .htm or
// .xhtml, and files whose content sniffs as HTML, are extracted like web
// pages (FromHTML); .txt, .md and other text files are taken as text
// (FromText), a Markdown file's first "# " heading becoming the title.
// Anything else (PDF, images, archives) is a KindUnsupported error.
func ReadFile(ctx context.Context, path string, maxBytes int) (*Article, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxTextBytes
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{Kind: KindIO, Msg: "reading the file was cancelled", Err: fmt.Errorf("read %s: %w", path, err)}
	}
	f, err := os.Open(path)
	if err != nil {
		msg := "the file could not be opened"
		if errors.Is(err, fs.ErrNotExist) {
			msg = "the file does not exist; check its name"
		} else if errors.Is(err, fs.ErrPermission) {
			msg = "the file cannot be read (permission denied)"
		}
		return nil, &Error{Kind: KindIO, Msg: msg, Err: fmt.Errorf("read %s: %w", path, err)}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, &Error{Kind: KindIO, Msg: "this is a folder, not a file", Err: fmt.Errorf("read %s: is a directory", path)}
		}
		if st.Size() > int64(maxBytes) {
			return nil, fileTooLarge(path, int(st.Size()), maxBytes)
		}
	}
	body, err := io.ReadAll(io.LimitReader(f, int64(maxBytes)+1))
	if err != nil {
		return nil, &Error{Kind: KindIO, Msg: "the file could not be read", Err: fmt.Errorf("read %s: %w", path, err)}
	}
	if len(body) > maxBytes {
		return nil, fileTooLarge(path, len(body), maxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{Kind: KindIO, Msg: "reading the file was cancelled", Err: fmt.Errorf("read %s: %w", path, err)}
	}

	a, err := FromFile(body, path, "", maxBytes)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return a, nil
}

// FromFile makes an article of a file's bytes, from its name and (when
// known, as for an upload) its content type: .html, .htm and .xhtml files,
// HTML content types and content that sniffs as HTML are extracted like
// web pages; .txt, .md and other text is taken as text, a Markdown file's
// first "# " heading becoming the title; anything else (PDF, images,
// archives) is a KindUnsupported error. maxBytes <= 0 means
// DefaultMaxTextBytes.
func FromFile(body []byte, name, contentType string, maxBytes int) (*Article, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxTextBytes
	}
	if len(body) > maxBytes {
		return nil, fileTooLarge(name, len(body), maxBytes)
	}
	if err := checkText(body); err != nil {
		return nil, fmt.Errorf("file %s: %w", name, err)
	}
	var a *Article
	var err error
	ct := strings.ToLower(contentType)
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || strings.Contains(ct, "html"):
		a, err = FromHTML(body, contentType, "")
	case ext == ".md" || ext == ".markdown" || ext == ".txt" || ext == ".text" || strings.HasPrefix(ct, "text/markdown") || strings.HasPrefix(ct, "text/plain"):
		a, err = textFile(body, maxBytes, ext == ".md" || ext == ".markdown" || strings.HasPrefix(ct, "text/markdown"))
	default:
		switch kind := typeOf("", body); kind {
		case typeHTML:
			a, err = FromHTML(body, "", "")
		case typeText:
			a, err = textFile(body, maxBytes, false)
		default:
			return nil, &Error{Kind: KindUnsupported, Msg: "Parley can't read this kind of file (" + describeKind(kind) + "); send a text, Markdown or HTML file, or paste the text", Err: fmt.Errorf("file %s: content type %s", name, kind)}
		}
	}
	if err != nil {
		return nil, err
	}
	a.FetchedAt = time.Now().UTC()
	return a, nil
}

// textFile makes an article of a text file, decoding a BOM-marked file or
// one that is not UTF-8 (see decodeBody); markdown takes the first "# "
// line as title.
func textFile(body []byte, maxBytes int, markdown bool) (*Article, error) {
	if err := checkText(body); err != nil {
		return nil, err
	}
	var warnings []string
	if hasBOM(body) || !utf8.Valid(body) {
		d := decodeText(body, "")
		body, warnings = d.text, d.warnings()
	}
	a, err := FromText(body, maxBytes)
	if err != nil {
		return nil, err
	}
	a.Warnings = append(a.Warnings, warnings...)
	if markdown {
		for line := range strings.SplitSeq(a.Text, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if t, ok := strings.CutPrefix(line, "# "); ok {
				a.Title = capRunes(strings.TrimSpace(t), maxTitleRunes)
			}
			break
		}
	}
	return a, nil
}

func fileTooLarge(path string, size, limit int) error {
	return &Error{Kind: KindTooLarge, Msg: fmt.Sprintf("the file is %s; Parley reads files up to %s (send a shorter excerpt)", humanBytes(size), humanBytes(limit)), Err: fmt.Errorf("read %s: %d bytes", path, size)}
}

// describeKind names a content type in words a user knows.
func describeKind(kind contentKind) string {
	s := string(kind)
	switch {
	case s == "application/pdf":
		return "a PDF"
	case strings.HasPrefix(s, "image/"):
		return "an image"
	case strings.HasPrefix(s, "video/"):
		return "a video"
	case strings.HasPrefix(s, "audio/"):
		return "an audio file"
	case strings.Contains(s, "zip") || strings.Contains(s, "compressed") || strings.Contains(s, "tar") || strings.Contains(s, "rar"):
		return "an archive"
	case strings.Contains(s, "json") || strings.Contains(s, "xml"):
		return "data (" + s + ")"
	case kind == typeUnknown || s == "application/octet-stream":
		return "binary data"
	}
	return s
}
