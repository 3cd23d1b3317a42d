package article

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself outside the article text.
type pageMeta struct {
	canonical string // href of <link rel=canonical>
	siteName  string // og:site_name or application-name
	published string // a publication date from meta tags or itemprop
	author    string // meta author, when the extractor finds none
}

// publishedNames are <meta name|property|itemprop> values that carry a
// publication date, best first.
var publishedNames = []string{
	"article:published_time", "datepublished", "og:published_time",
	"publishdate", "publish-date", "pubdate", "dc.date.issued", "dc.date",
	"dcterms.created", "sailthru.date", "parsely-pub-date", "date",
}

// readMeta collects canonical link, site name, date and author from the
// document's <link> and <meta> elements (and itemprop=datePublished).
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	dates := make(map[string]string)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"))))
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				switch key {
				case "og:site_name":
					m.siteName = content
				case "application-name":
					if m.siteName == "" {
						m.siteName = content
					}
				case "author":
					if m.author == "" && !strings.Contains(content, "://") {
						m.author = content
					}
				default:
					if _, ok := dates[key]; !ok {
						dates[key] = content
					}
				}
			case atom.Time:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					if v := strings.TrimSpace(attr(n, "datetime")); v != "" {
						if _, ok := dates["datepublished"]; !ok {
							dates["datepublished"] = v
						}
					}
				}
			case atom.Script, atom.Style, atom.Svg, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, k := range publishedNames {
		if v := dates[k]; v != "" {
			m.published = v
			break
		}
	}
	return m
}

// dateLayouts are the date forms tried on a publication date.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
}

// normalizeDate returns s as RFC 3339 when it parses, else s trimmed.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s holds tok (any case).
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// oneLine collapses the whitespace of s into single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
