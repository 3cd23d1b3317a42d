package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textStats are letter counts of a subtree.
type textStats struct {
	chars int // letters and digits
	link  int // letters and digits inside <a>
}

// countText returns the letters and digits of s.
func countText(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	return n
}

// statsOf computes textStats for every element under root.
func statsOf(root *html.Node) map[*html.Node]textStats {
	m := make(map[*html.Node]textStats)
	var walk func(n *html.Node, inLink bool) textStats
	walk = func(n *html.Node, inLink bool) textStats {
		if n.Type == html.TextNode {
			c := countText(n.Data)
			s := textStats{chars: c}
			if inLink {
				s.link = c
			}
			return s
		}
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return textStats{}
		}
		if skipped(tagOf(n)) {
			return textStats{}
		}
		link := inLink || tagOf(n) == atom.A
		var s textStats
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := walk(c, link)
			s.chars += cs.chars
			s.link += cs.link
		}
		m[n] = s
		return s
	}
	walk(root, false)
	return m
}

// boilerWords are words of class and id names that mark page furniture
// around an article: captions, bylines and datelines, sharing and
// follow-us bars, related links, newsletter sign-ups, author boxes, tags.
var boilerWords = map[string]bool{
	"caption": true, "captions": true, "credit": true, "credits": true,
	"byline": true, "bylines": true, "dateline": true, "timestamp": true,
	"author": true, "authors": true, "bio": true, "meta": true,
	"share": true, "sharing": true, "social": true, "related": true,
	"newsletter": true, "signup": true, "subscribe": true, "subscription": true,
	"promo": true, "breadcrumb": true, "breadcrumbs": true, "cookie": true,
	"cookies": true, "comment": true, "comments": true, "copyright": true,
	"tags": true, "taglist": true, "disclaimer": true, "advert": true,
	"advertisement": true, "sponsored": true, "print": true, "toolbar": true,
	"recommended": true, "popular": true, "trending": true, "more": true,
}

// classWords splits class and id values into lower-case words at spaces,
// '-', '_' and camelCase boundaries.
func classWords(n *html.Node, yield func(string) bool) {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := a.Val
		start := 0
		for i := 0; i <= len(v); i++ {
			split := i == len(v)
			if !split {
				c := v[i]
				switch {
				case c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == ':' || c == '.':
					split = true
				case c >= 'A' && c <= 'Z' && i > start && v[i-1] >= 'a' && v[i-1] <= 'z':
					if i > start && !yield(strings.ToLower(v[start:i])) {
						return
					}
					start = i
					continue
				}
			}
			if split {
				if i > start && !yield(strings.ToLower(v[start:i])) {
					return
				}
				start = i + 1
			}
		}
	}
}

// looksBoilerplate reports whether n's class or id names it page furniture.
func looksBoilerplate(n *html.Node) bool {
	found := false
	classWords(n, func(w string) bool {
		if boilerWords[w] {
			found = true
			return false
		}
		return true
	})
	return found
}

// cleanArticle removes page furniture from the article subtree that the
// extractor chose: captions, bylines, sharing bars, related links and other
// link lists. An element is removed only when it holds a small share of the
// text, so a badly named main container is never thrown away.
func cleanArticle(root *html.Node, title string) {
	st := statsOf(root)
	total := st[root].chars
	if total == 0 {
		return
	}
	var remove []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if dropElement(c, st, total, title) {
				remove = append(remove, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range remove {
		n.Parent.RemoveChild(n)
	}
}

// dropElement decides whether n is page furniture. Only elements holding
// under a quarter of the article's text (st has the counts, total is the
// whole) are candidates: figures and their captions, navigation, asides,
// footers, forms and headers (title, byline and dateline); headings that
// repeat the title; elements whose class or id names furniture; and
// blocks that are mostly links without reading as prose.
func dropElement(n *html.Node, st map[*html.Node]textStats, total int, title string) bool {
	s := st[n]
	small := s.chars*4 < total
	switch tagOf(n) {
	case atom.Figure, atom.Figcaption, atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Button, atom.Header:
		return small
	case atom.H1, atom.H2:
		if small && similarTitle(renderText(n), title) {
			return true
		}
	}
	if small && looksBoilerplate(n) {
		return true
	}
	if small && s.chars > 0 && linkBlock(n, s) {
		return true
	}
	return false
}

// linkBlock reports whether n is a paragraph, heading or list that is
// mostly links: related-story lists, "Read more:" teasers, tag lists.
func linkBlock(n *html.Node, s textStats) bool {
	switch tagOf(n) {
	case atom.P, atom.Li, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Dl, atom.Div, atom.Section, atom.Table:
	default:
		return false
	}
	if s.link*2 <= s.chars {
		return false
	}
	switch tagOf(n) {
	case atom.Ul, atom.Ol:
		items, prose := 0, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if tagOf(c) == atom.Li {
				items++
				if proseLike(renderText(c)) {
					prose++
				}
			}
		}
		return prose*2 <= items
	}
	return !proseLike(renderText(n))
}

// proseLike reports whether s reads like a sentence rather than a headline
// or a label: several words ending with sentence punctuation.
func proseLike(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	if s == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune(".!?…。！？", last) {
		return false
	}
	return wordCount(s) >= 8 || countText(s) >= 40
}

// similarTitle reports whether heading repeats the article title: most
// words of one are words of the other, and at least half the other way
// round (a title often carries the site's name too).
func similarTitle(heading, title string) bool {
	hw, tw := lowerWords(heading), lowerWords(title)
	if len(hw) == 0 || len(tw) == 0 {
		return false
	}
	in := func(a, b []string) float64 {
		set := make(map[string]bool, len(b))
		for _, w := range b {
			set[w] = true
		}
		n := 0
		for _, w := range a {
			if set[w] {
				n++
			}
		}
		return float64(n) / float64(len(a))
	}
	a, b := in(hw, tw), in(tw, hw)
	return max(a, b) >= 0.8 && min(a, b) >= 0.5
}

// lowerWords splits s into lower-case words of letters and digits.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}
