package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tagOf returns the element's tag as an atom. The extractor renames and
// creates elements without updating DataAtom, so the name is looked up.
func tagOf(n *html.Node) atom.Atom {
	if n.Type != html.ElementNode {
		return 0
	}
	return atom.Lookup([]byte(n.Data))
}

// isBlock reports whether an element starts a new paragraph of text.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Div, atom.Dl,
		atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Li, atom.Main,
		atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr, atom.Ul,
		atom.Caption, atom.Menu, atom.Option, atom.Select:
		return true
	}
	return false
}

// skipped reports whether an element never holds readable text.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed,
		atom.Canvas, atom.Video, atom.Audio, atom.Button, atom.Input,
		atom.Textarea, atom.Select:
		return true
	}
	return false
}

// textBuilder accumulates rendered text: words separated by single spaces,
// lines by "\n" and paragraphs by "\n\n", with no trailing space.
type textBuilder struct {
	sb      strings.Builder
	space   bool // a space is pending before the next word
	breaks  int  // newlines pending before the next word (0, 1 or 2)
	started bool // something was written
}

func (t *textBuilder) word(w string) {
	if t.started {
		switch {
		case t.breaks >= 2:
			t.sb.WriteString("\n\n")
		case t.breaks == 1:
			t.sb.WriteByte('\n')
		case t.space:
			t.sb.WriteByte(' ')
		}
	}
	t.sb.WriteString(w)
	t.started, t.space, t.breaks = true, false, 0
}

func (t *textBuilder) brk(n int) {
	if n > t.breaks {
		t.breaks = n
	}
}

// text writes s with whitespace collapsed, as a browser renders it.
func (t *textBuilder) text(s string) {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' {
			if start >= 0 {
				t.word(s[start:i])
				start = -1
			}
			t.space = true
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		t.word(s[start:])
	}
}

// pre writes s keeping its line breaks and the spaces inside its lines.
func (t *textBuilder) pre(s string) {
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			t.brk(1)
		}
		trimmed := strings.TrimFunc(line, unicode.IsSpace)
		if trimmed == "" {
			if line != "" {
				t.space = true
			}
			continue
		}
		if t.breaks == 0 && trimmed[0] != line[0] {
			t.space = true
		}
		if t.breaks > 0 { // keep indentation at the start of a line
			trimmed = strings.TrimRightFunc(line, unicode.IsSpace)
		}
		t.word(trimmed)
		if line[len(line)-1] != trimmed[len(trimmed)-1] {
			t.space = true
		}
	}
}

// renderText returns the readable text of n: paragraphs (block elements)
// separated by a blank line, <br> as a line break.
func renderText(n *html.Node) string {
	var t textBuilder
	renderNode(&t, n, false)
	return t.sb.String()
}

func renderNode(t *textBuilder, n *html.Node, inPre bool) {
	switch n.Type {
	case html.TextNode:
		if inPre {
			t.pre(n.Data)
		} else {
			t.text(n.Data)
		}
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	a := tagOf(n)
	if n.Type == html.ElementNode {
		if skipped(a) {
			return
		}
		switch a {
		case atom.Br:
			t.brk(1)
			return
		case atom.Img:
			return
		case atom.Td, atom.Th: // cells of a row are spaced apart
			t.space = true
		}
	}
	block := isBlock(a)
	if block {
		t.brk(2)
	}
	pre := inPre || a == atom.Pre
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		renderNode(t, c, pre)
	}
	if block {
		t.brk(2)
	} else if a == atom.Td || a == atom.Th {
		t.space = true
	}
}

// wordCount counts the runs of letters or digits in s.
func wordCount(s string) int {
	n, in := 0, false
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		w := unicode.IsLetter(r) || unicode.IsNumber(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
