package article

import (
	"errors"
	"net/netip"
	"testing"

	"code.dny.dev/ssrf"
)

// hostileHosts are URL hosts that lead into the machine or its network.
var hostileHosts = []struct{ name, host string }{
	{"loopback", "127.0.0.1"},
	{"loopback elsewhere in 127/8", "127.10.0.5"},
	{"loopback with port", "127.0.0.1:8080"},
	{"unspecified", "0.0.0.0"},
	{"this network", "0.1.2.3"},
	{"ipv6 loopback", "[::1]"},
	{"ipv6 loopback with port", "[::1]:443"},
	{"ipv6 unspecified", "[::]"},
	{"ipv4-mapped loopback", "[::ffff:127.0.0.1]"},
	{"ipv4-mapped loopback in hex", "[::ffff:7f00:1]"},
	{"ipv4-mapped private", "[::ffff:10.0.0.1]"},
	{"ipv4-compatible loopback", "[::127.0.0.1]"},
	{"nat64 of loopback", "[64:ff9b::7f00:1]"},
	{"6to4 of loopback", "[2002:7f00:1::1]"},
	{"cloud metadata", "169.254.169.254"},
	{"link-local", "169.254.1.1"},
	{"ipv6 link-local", "[fe80::1]"},
	{"ipv6 link-local with zone", "[fe80::1%25eth0]"},
	{"ipv6 unique local", "[fd00::1]"},
	{"ipv6 metadata (aws)", "[fd00:ec2::254]"},
	{"private 10/8", "10.0.0.1"},
	{"private 172.16/12 low", "172.16.0.1"},
	{"private 172.16/12 high", "172.31.255.254"},
	{"private 192.168/16", "192.168.1.1"},
	{"carrier-grade nat", "100.64.0.1"},
	{"carrier-grade nat high", "100.127.255.254"},
	{"multicast", "224.0.0.1"},
	{"ipv6 multicast", "[ff02::1]"},
	{"broadcast", "255.255.255.255"},
	{"reserved", "240.0.0.1"},
	{"benchmarking", "198.18.0.1"},
	{"documentation", "192.0.2.10"},
	{"decimal loopback", "2130706433"},
	{"decimal metadata", "2852039166"},
	{"octal loopback", "0177.0.0.1"},
	{"octal loopback, one part", "017700000001"},
	{"hex loopback", "0x7f.0.0.1"},
	{"hex loopback, one part", "0x7f000001"},
	{"short loopback", "127.1"},
	{"short private", "10.1"},
	{"mixed forms", "0x7f.0.00.1"},
	{"trailing dot", "127.0.0.1."},
	{"invalid numeric host", "999.1.1.1"},
	{"too many numeric parts", "1.2.3.4.5"},
	{"localhost", "localhost"},
	{"localhost with port", "localhost:80"},
	{"localhost subdomain", "api.localhost"},
	{"localhost upper case", "LOCALHOST."},
}

func TestGuardRefusesHostileHosts(t *testing.T) {
	g := newGuard(nil)
	for _, tt := range hostileHosts {
		t.Run(tt.name, func(t *testing.T) {
			got, err := g.checkHost(tt.host)
			if !errors.Is(err, errRefusedAddr) {
				t.Errorf("checkHost(%q) = %q, %v; want a refusal", tt.host, got, err)
			}
		})
	}
}

func TestGuardAllowsPublicHosts(t *testing.T) {
	tests := []struct{ name, host, want string }{
		{"name", "news.example.com", "news.example.com"},
		{"name with port", "news.example.com:443", "news.example.com:443"},
		{"upper case name", "News.Example.COM", "news.example.com"},
		{"public ipv4", "93.184.216.34", "93.184.216.34"},
		{"public ipv6", "[2606:4700:4700::1111]", "[2606:4700:4700::1111]"},
		{"public ipv6 with port", "[2606:4700:4700::1111]:443", "[2606:4700:4700::1111]:443"},
		{"decimal public address is rewritten", "134744072", "8.8.8.8"},
		{"hex public address is rewritten", "0x08080808:80", "8.8.8.8:80"},
		{"name starting with digits", "9news.example", "9news.example"},
		{"name with numeric label inside", "a.123.example", "a.123.example"},
		{"172.32 is public", "172.32.0.1", "172.32.0.1"},
		{"100.128 is public", "100.128.0.1", "100.128.0.1"},
	}
	g := newGuard(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := g.checkHost(tt.host)
			if err != nil || got != tt.want {
				t.Errorf("checkHost(%q) = %q, %v; want %q, nil", tt.host, got, err, tt.want)
			}
		})
	}
}

// TestGuardControl checks the dial-time hook, which sees resolved
// addresses: IP rules, ports and networks.
func TestGuardControl(t *testing.T) {
	tests := []struct {
		name, network, address string
		allow                  []netip.Prefix
		wantErr                error
	}{
		{"public https", "tcp4", "93.184.216.34:443", nil, nil},
		{"public http over ipv6", "tcp6", "[2606:4700:4700::1111]:80", nil, nil},
		{"loopback", "tcp4", "127.0.0.1:80", nil, ssrf.ErrProhibitedIP},
		{"metadata", "tcp4", "169.254.169.254:80", nil, ssrf.ErrProhibitedIP},
		{"ipv4-mapped loopback", "tcp6", "[::ffff:127.0.0.1]:443", nil, ssrf.ErrProhibitedIP},
		{"ipv6 loopback", "tcp6", "[::1]:443", nil, ssrf.ErrProhibitedIP},
		{"private", "tcp4", "192.168.0.10:443", nil, ssrf.ErrProhibitedIP},
		{"other port", "tcp4", "93.184.216.34:22", nil, ssrf.ErrProhibitedPort},
		{"udp", "udp4", "93.184.216.34:443", nil, ssrf.ErrProhibitedNetwork},
		{"garbage", "tcp4", "nonsense", nil, errRefusedAddr},
		{"allowed test prefix, any port", "tcp4", "127.0.0.1:41234", []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}, nil},
		{"outside the test prefix", "tcp4", "127.0.0.2:80", []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}, ssrf.ErrProhibitedIP},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := newGuard(tt.allow).control(tt.network, tt.address, nil)
			switch {
			case tt.wantErr == nil && err != nil:
				t.Errorf("control(%s, %s) = %v, want nil", tt.network, tt.address, err)
			case tt.wantErr != nil && (!errors.Is(err, tt.wantErr) || !errors.Is(err, errRefusedAddr)):
				t.Errorf("control(%s, %s) = %v, want %v (refused)", tt.network, tt.address, err, tt.wantErr)
			}
		})
	}
}

func TestParseLegacyIPv4(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when not an IPv4 form
	}{
		{"127.0.0.1", "127.0.0.1"},
		{"2130706433", "127.0.0.1"},
		{"0177.0.0.1", "127.0.0.1"},
		{"0x7f.0.0.1", "127.0.0.1"},
		{"0X7F000001", "127.0.0.1"},
		{"127.1", "127.0.0.1"},
		{"127.0.1", "127.0.0.1"},
		{"0x", "0.0.0.0"},
		{"0", "0.0.0.0"},
		{"4294967295", "255.255.255.255"},
		{"4294967296", ""},
		{"256.0.0.1", ""},
		{"1.256.1", ""},
		{"1.2.65535", "1.2.255.255"},
		{"1.2.65536", ""},
		{"08.0.0.1", ""}, // 8 is not an octal digit
		{"1.2.3.4.5", ""},
		{"example.com", ""},
		{"1.2.3.x", ""},
		{"", ""},
		{"1..2", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseLegacyIPv4(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("parseLegacyIPv4(%q) = %v, want not an address", tt.in, got)
				}
				return
			}
			if !ok || got.String() != tt.want {
				t.Errorf("parseLegacyIPv4(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
			}
		})
	}
}

// FuzzParseLegacyIPv4 checks the parser never panics and that what it
// accepts round-trips through dotted-decimal form.
func FuzzParseLegacyIPv4(f *testing.F) {
	for _, s := range []string{"2130706433", "0177.0.0.1", "0x7f.1", "1.2.3.4", "a.b", "0x", "..", "1.2.3.4."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		addr, ok := parseLegacyIPv4(s)
		if !ok {
			return
		}
		again, ok := parseLegacyIPv4(addr.String())
		if !ok || again != addr {
			t.Errorf("parseLegacyIPv4(%q) = %v, which parses back as %v, %v", s, addr, again, ok)
		}
		if !addr.Is4() {
			t.Errorf("parseLegacyIPv4(%q) = %v, not IPv4", s, addr)
		}
	})
}

// FuzzGuardCheckHost checks that no host the guard accepts is a refused
// address in disguise.
func FuzzGuardCheckHost(f *testing.F) {
	for _, h := range hostileHosts {
		f.Add(h.host)
	}
	f.Add("news.example.com")
	g := newGuard(nil)
	f.Fuzz(func(t *testing.T, host string) {
		got, err := g.checkHost(host)
		if err != nil {
			return
		}
		h := got
		if ap, err := netip.ParseAddrPort(got); err == nil {
			h = ap.Addr().String()
		} else if len(h) > 1 && h[0] == '[' {
			h = h[1 : len(h)-1]
		}
		if addr, err := netip.ParseAddr(h); err == nil && g.checkAddr(addr) != nil {
			t.Errorf("checkHost(%q) accepted %q, a refused address", host, got)
		}
		if addr, ok := parseLegacyIPv4(h); ok && g.checkAddr(addr) != nil {
			t.Errorf("checkHost(%q) accepted %q, a refused legacy address", host, got)
		}
	})
}
