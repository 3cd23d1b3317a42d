package article

import (
	"fmt"
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// trackingParams are query parameters that identify a campaign, a click or
// a share rather than a page. Parameters starting with "utm_" are dropped too.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true,
	"wbraid": true, "msclkid": true, "yclid": true, "twclid": true, "ttclid": true,
	"li_fat_id": true, "mc_cid": true, "mc_eid": true, "igshid": true, "igsh": true,
	"ref_src": true, "ref_url": true, "_ga": true, "_gl": true, "_hsenc": true,
	"_hsmi": true, "mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true,
	"vero_id": true, "vero_conv": true, "wickedid": true, "rb_clickid": true,
	"s_cid": true, "spm": true, "__twitter_impression": true, "at_medium": true,
	"at_campaign": true, "cmpid": true, "ito": true, "smid": true,
}

// isTrackingParam reports whether the query parameter key is for tracking.
func isTrackingParam(key string) bool {
	k := strings.ToLower(key)
	return strings.HasPrefix(k, "utm_") || trackingParams[k]
}

// Canonicalize returns the form of an http(s) URL used as a cache key: the
// scheme and host in lower case (an internationalised host in its ASCII
// form, without a trailing dot), no default port, no user information, no
// fragment, no tracking parameters (utm_*, fbclid, gclid, mc_cid, ...), and
// "/" for an empty path. Other query parameters keep their order.
func Canonicalize(rawURL string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return "", &Error{Kind: KindBadURL, Msg: "this is not a valid link", Err: fmt.Errorf("canonicalize %q: %w", rawURL, err)}
	}
	if err := canonicalizeURL(u); err != nil {
		return "", err
	}
	return u.String(), nil
}

// canonicalizeURL rewrites u in place; see Canonicalize.
func canonicalizeURL(u *url.URL) error {
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return &Error{Kind: KindBadURL, Msg: "only http and https links can be read", Err: fmt.Errorf("canonicalize %s: scheme %q", u.Redacted(), u.Scheme)}
	}
	if u.Opaque != "" || u.Host == "" {
		return &Error{Kind: KindBadURL, Msg: "this link has no site name", Err: fmt.Errorf("canonicalize %s: no host", u.Redacted())}
	}
	host, port := u.Hostname(), u.Port()
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" {
		return &Error{Kind: KindBadURL, Msg: "this link has no site name", Err: fmt.Errorf("canonicalize %s: no host", u.Redacted())}
	}
	if !strings.Contains(host, ":") { // not an IPv6 literal
		ascii, err := idna.Lookup.ToASCII(host)
		if err != nil {
			return &Error{Kind: KindBadURL, Msg: "this link has an invalid site name", Err: fmt.Errorf("canonicalize host %q: %w", host, err)}
		}
		host = ascii
	}
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" || strings.Contains(host, ":") {
		if port == "" {
			u.Host = "[" + host + "]"
		} else {
			u.Host = net.JoinHostPort(host, port)
		}
	} else {
		u.Host = host
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	u.RawQuery = stripTracking(u.RawQuery)
	u.ForceQuery = false
	return nil
}

// stripTracking removes tracking parameters from a raw query, keeping the
// others byte for byte and in order.
func stripTracking(rawQuery string) string {
	if rawQuery == "" {
		return ""
	}
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		key, _, _ := strings.Cut(p, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if key == "" || isTrackingParam(key) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}

// sameSite reports whether a and b share a registrable domain
// (news.example.co.uk and www.example.co.uk do).
func sameSite(a, b *url.URL) bool {
	ha, hb := strings.ToLower(a.Hostname()), strings.ToLower(b.Hostname())
	if ha == hb {
		return true
	}
	da, err1 := publicsuffix.EffectiveTLDPlusOne(ha)
	db, err2 := publicsuffix.EffectiveTLDPlusOne(hb)
	return err1 == nil && err2 == nil && da == db
}
