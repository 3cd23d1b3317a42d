package article

import (
	"net/url"
	"testing"
)

func TestCanonicalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"already canonical", "https://example.com/news/a", "https://example.com/news/a"},
		{"fragment dropped", "https://example.com/a#comments", "https://example.com/a"},
		{"utm parameters dropped", "https://example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z", "https://example.com/a"},
		{"click ids dropped", "https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=6&msclkid=7", "https://example.com/a"},
		{"other parameters kept in order", "https://example.com/a?page=2&utm_source=x&id=7", "https://example.com/a?page=2&id=7"},
		{"encoded values kept", "https://example.com/search?q=cease%20fire&fbclid=9", "https://example.com/search?q=cease%20fire"},
		{"scheme and host lower case", "HTTPS://WWW.Example.COM/Path", "https://www.example.com/Path"},
		{"default https port dropped", "https://example.com:443/a", "https://example.com/a"},
		{"default http port dropped", "http://example.com:80/a", "http://example.com/a"},
		{"other port kept", "https://example.com:8443/a", "https://example.com:8443/a"},
		{"empty path becomes slash", "https://example.com", "https://example.com/"},
		{"empty query dropped", "https://example.com/a?", "https://example.com/a"},
		{"user info dropped", "https://user:pass@example.com/a", "https://example.com/a"},
		{"trailing dot dropped", "https://example.com./a", "https://example.com/a"},
		{"unicode host to punycode", "https://bücher.example/a", "https://xn--bcher-kva.example/a"},
		{"ipv6 host", "http://[2001:DB8::1]:80/a", "http://[2001:db8::1]/a"},
		{"surrounding spaces", "  https://example.com/a  ", "https://example.com/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonicalize(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("Canonicalize(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestCanonicalizeErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"not a url", "http://a b/%zz"},
		{"ftp", "ftp://example.com/a"},
		{"javascript", "javascript:alert(1)"},
		{"mailto", "mailto:a@example.com"},
		{"relative", "/news/a"},
		{"no host", "https:///a"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonicalize(tt.in)
			if KindOf(err) != KindBadURL {
				t.Errorf("Canonicalize(%q) = %q, %v; want a %s error", tt.in, got, err, KindBadURL)
			}
		})
	}
}

func TestSameSite(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"https://www.example.com/a", "https://example.com/b", true},
		{"https://news.example.co.uk/a", "https://www.example.co.uk/b", true},
		{"https://example.com/a", "https://example.org/a", false},
		{"https://a.github.io/x", "https://b.github.io/x", false}, // public suffix
		{"https://evil-example.com/", "https://example.com/", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			a, _ := url.Parse(tt.a)
			b, _ := url.Parse(tt.b)
			if got := sameSite(a, b); got != tt.want {
				t.Errorf("sameSite(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// FuzzCanonicalize checks that canonical URLs are stable: canonicalizing
// one again gives it back.
func FuzzCanonicalize(f *testing.F) {
	for _, s := range []string{
		"https://example.com/a?utm_source=x&b=1#f", "HTTP://Ex.com:80", "https://bücher.example/",
		"http://[::1]:80/", "https://a.b/?&&", "https://a.b/%zz", "https://a.b/p?q=%41&fbclid=",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := Canonicalize(in)
		if err != nil {
			if KindOf(err) != KindBadURL {
				t.Fatalf("Canonicalize(%q) error %v is not a bad-URL error", in, err)
			}
			return
		}
		again, err := Canonicalize(c)
		if err != nil || again != c {
			t.Errorf("Canonicalize(%q) = %q, but Canonicalize(%q) = %q, %v", in, c, c, again, err)
		}
	})
}
