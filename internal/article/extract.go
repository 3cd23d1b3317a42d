package article

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// Limits past which a page is taken to have no article (a login page, an
// index of links, an error page).
const (
	// minArticleLetters is the least article text, in letters and digits,
	// after page furniture is removed. Short news items have about 350.
	minArticleLetters = 200
	// maxLinkDensity is the largest share of the main content's text that
	// may be link text; above it the content is a list of links.
	maxLinkDensity = 0.6
)

// msgNotArticle is the message for a page without an article.
const msgNotArticle = "this page has no article to summarize (it looks like an index, a login page or a page that needs JavaScript); paste the article text instead"

// FromHTML decodes an HTML page to UTF-8 (charset from contentType, a
// byte-order mark or a <meta> tag) and extracts its article: the main text
// with paragraphs separated by a blank line, and the title, site, byline,
// publication date and canonical URL. pageURL, when not empty, is the page's
// address: it resolves relative links and is the fallback canonical URL.
// A page without enough article text gives a KindNotArticle error.
func FromHTML(body []byte, contentType, pageURL string) (a *Article, err error) {
	// The extractor walks untrusted markup; a bug there must cost one
	// page, not the process.
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, &Error{Kind: KindNotArticle, Msg: msgNotArticle, Err: fmt.Errorf("extract %s: panic: %v", pageURL, r)}
		}
	}()
	var base *url.URL
	if pageURL != "" {
		u, err := url.Parse(pageURL)
		if err != nil {
			return nil, &Error{Kind: KindBadURL, Msg: "this is not a valid link", Err: fmt.Errorf("extract %q: %w", pageURL, err)}
		}
		base = u
	}
	if err := checkText(body); err != nil {
		return nil, err
	}
	dec := decodeBody(body, contentType)
	utf8Body, cut := capHTML(dec.text)
	doc, perr := html.Parse(bytes.NewReader(utf8Body))
	if perr != nil { // x/net/html only fails on reader errors
		return nil, &Error{Kind: KindNotArticle, Msg: msgNotArticle, Err: fmt.Errorf("parse html: %w", perr)}
	}
	meta := readMeta(doc)

	p := readability.NewParser()
	p.KeepClasses = true // cleanArticle reads class names
	ra, rerr := p.ParseAndMutate(doc, base)
	if rerr != nil {
		return nil, &Error{Kind: KindNotArticle, Msg: msgNotArticle, Err: fmt.Errorf("extract: %w", rerr)}
	}
	a = &Article{
		URL:       pageURL,
		Title:     capRunes(oneLine(ra.Title()), maxTitleRunes),
		Byline:    capRunes(cleanByline(firstNonEmpty(ra.Byline(), meta.author)), maxMetaRunes),
		Site:      capRunes(oneLine(firstNonEmpty(meta.siteName, ra.SiteName())), maxMetaRunes),
		FetchedAt: time.Now().UTC(),
		Warnings:  dec.warnings(),
	}
	if cut {
		a.Warnings = append(a.Warnings, fmt.Sprintf("the page is unusually long or complex; only its first %d HTML tokens were read", MaxHTMLTokens))
	}
	if t, terr := ra.PublishedTime(); terr == nil {
		a.Published = t.Format(time.RFC3339)
	} else if meta.published != "" {
		a.Published = capRunes(normalizeDate(meta.published), maxMetaRunes)
	}
	if base != nil {
		a.CanonicalURL = canonicalFor(base, meta.canonical)
		if a.Site == "" {
			a.Site = strings.TrimPrefix(strings.ToLower(base.Hostname()), "www.")
		}
	}
	if ra.Node == nil {
		return nil, &Error{Kind: KindNotArticle, Msg: msgNotArticle, Err: fmt.Errorf("extract %s: no main content found", pageURL)}
	}
	linkDensity := 0.0
	if st := statsOf(ra.Node)[ra.Node]; st.chars > 0 {
		linkDensity = float64(st.link) / float64(st.chars)
	}
	cleanArticle(ra.Node, a.Title)
	a.Text = normalizeText(renderText(ra.Node))
	if letters := countText(a.Text); letters < minArticleLetters || linkDensity > maxLinkDensity {
		return nil, &Error{Kind: KindNotArticle, Msg: msgNotArticle, Err: fmt.Errorf("extract %s: %d letters, link density %.2f", pageURL, letters, linkDensity)}
	}
	return a, nil
}

// canonicalFor returns the canonical form of the page's <link
// rel=canonical> when it is a valid http(s) URL on the same site as the
// page, else of the page URL itself; "" when neither is usable.
func canonicalFor(page *url.URL, canonical string) string {
	if canonical != "" {
		if ref, err := url.Parse(canonical); err == nil {
			c := page.ResolveReference(ref)
			if (c.Scheme == "http" || c.Scheme == "https") && sameSite(page, c) && canonicalizeURL(c) == nil {
				return c.String()
			}
		}
	}
	c := *page
	if canonicalizeURL(&c) != nil {
		return ""
	}
	return c.String()
}

// cleanByline trims a byline to one line without a leading "By".
func cleanByline(s string) string {
	s = oneLine(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	return s
}

// invisible are characters dropped from extracted text: the soft hyphen,
// the byte-order mark / zero-width no-break space and the word joiner.
var invisible = strings.NewReplacer("\u00ad", "", "\ufeff", "", "\u2060", "")

// normalizeText drops invisible characters and puts the text in NFC form.
func normalizeText(s string) string {
	if strings.ContainsAny(s, "\u00ad\ufeff\u2060") {
		s = invisible.Replace(s)
	}
	return norm.NFC.String(strings.TrimSpace(s))
}
