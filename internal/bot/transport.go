package bot

import (
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// apiTransport sends discordgo's REST requests for Discord's API to the
// configured base (DISCORD_API_URL): an HTTP proxy that shares rate limits
// between processes, or a test server. The gateway address then comes from
// that API, so gateway traffic follows too.
type apiTransport struct {
	from string // discordgo's own base, e.g. https://discord.com/api/v9/
	to   string // the configured base, with a final slash
	base http.RoundTripper
}

// RoundTrip rewrites the request's URL when it starts with Discord's base.
func (t *apiTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if t.to != "" && t.to != t.from {
		if u := r.URL.String(); strings.HasPrefix(u, t.from) {
			nu, err := url.Parse(t.to + strings.TrimPrefix(u, t.from))
			if err != nil {
				return nil, err
			}
			r = r.Clone(r.Context())
			r.URL = nu
			r.Host = nu.Host
		}
	}
	return t.base.RoundTrip(r)
}

// newAPIClient is the HTTP client of the Discord session: pooled
// connections (the default keeps two idle ones a host, too few for bursts of
// interactions) and the rewrite to apiBase.
func newAPIClient(apiBase string) *http.Client {
	if apiBase != "" && !strings.HasSuffix(apiBase, "/") {
		apiBase += "/"
	}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   128,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &http.Client{Timeout: 30 * time.Second, Transport: &apiTransport{from: discordgo.EndpointAPI, to: apiBase, base: tr}}
}
