package article

import (
	"errors"
	"fmt"
	"math"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"syscall"

	"code.dny.dev/ssrf"
)

// guard decides which network addresses Parley may connect to. The rules
// are code.dny.dev/ssrf's, kept in sync with the IANA special-purpose
// registries: loopback, private, link-local (cloud metadata at
// 169.254.169.254), carrier-grade NAT, multicast, unspecified, reserved and
// documentation ranges, and every IPv6 address outside global unicast
// (including IPv4-mapped forms such as ::ffff:127.0.0.1) are refused, and
// only ports 80 and 443 are allowed. A guard is immutable and safe for
// concurrent use.
type guard struct {
	ssrf  *ssrf.Guardian
	allow []netip.Prefix // let through on any port; tests only
}

func newGuard(allow []netip.Prefix) *guard {
	return &guard{ssrf: ssrf.New(), allow: allow}
}

// errRefusedAddr marks an address the guard refused.
var errRefusedAddr = errors.New("address refused by the network guard")

// allowed reports whether addr is in the test allow list.
func (g *guard) allowed(addr netip.Addr) bool {
	for _, p := range g.allow {
		if p.Contains(addr) || p.Contains(addr.Unmap()) {
			return true
		}
	}
	return false
}

// checkAddr returns an error wrapping errRefusedAddr when addr may not be
// connected to (the port is not checked).
func (g *guard) checkAddr(addr netip.Addr) error {
	if g.allowed(addr) {
		return nil
	}
	if err := g.ssrf.SafeAddr(addr); err != nil {
		return fmt.Errorf("%w: %w", errRefusedAddr, err)
	}
	return nil
}

// control is the net.Dialer Control hook: it runs after DNS resolution,
// just before each connection is made, on the very address being dialled,
// so neither a DNS answer nor a redirect can lead past it.
func (g *guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse %q: %w", errRefusedAddr, address, err)
	}
	if g.allowed(ap.Addr()) {
		return nil
	}
	if err := g.ssrf.Safe(network, address, nil); err != nil {
		return fmt.Errorf("%w: %w", errRefusedAddr, err)
	}
	return nil
}

// checkHost vets the host and port of a URL before any DNS lookup. IP
// literals are checked against the guard, and so are hosts that a resolver
// could read as IPv4 in the old numeric forms (2130706433, 0x7f.1,
// 0177.0.0.1); those are rewritten to dotted-decimal in the returned host
// so that no resolver ever interprets them. "localhost" names are refused.
// The returned host is ready for url.URL.Host.
func (g *guard) checkHost(hostport string) (string, error) {
	host, port := hostport, ""
	if h, p, err := net.SplitHostPort(hostport); err == nil {
		host, port = h, p
	} else if strings.HasPrefix(hostport, "[") && strings.HasSuffix(hostport, "]") {
		host = hostport[1 : len(hostport)-1]
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" {
		return "", fmt.Errorf("%w: empty host", errRefusedAddr)
	}
	if strings.Contains(host, "%") { // IPv6 zone
		return "", fmt.Errorf("%w: %s has a zone", errRefusedAddr, host)
	}
	if addr, err := netip.ParseAddr(host); err == nil {
		if err := g.checkAddr(addr); err != nil {
			return "", err
		}
		if addr.Is6() {
			return joinHostPort("["+addr.String()+"]", port), nil
		}
		return joinHostPort(addr.String(), port), nil
	}
	if addr, ok := parseLegacyIPv4(host); ok {
		if err := g.checkAddr(addr); err != nil {
			return "", err
		}
		return joinHostPort(addr.String(), port), nil
	}
	if strings.ContainsAny(host, "[]:%/\\@ \t\r\n") {
		return "", fmt.Errorf("%w: %q is not a valid host name", errRefusedAddr, host)
	}
	if endsInNumber(host) { // looks like IPv4 but is not a valid one
		return "", fmt.Errorf("%w: %s is not a valid IPv4 address", errRefusedAddr, host)
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		if !g.allowed(netip.AddrFrom4([4]byte{127, 0, 0, 1})) {
			return "", fmt.Errorf("%w: %s is this machine", errRefusedAddr, host)
		}
	}
	return joinHostPort(host, port), nil
}

func joinHostPort(host, port string) string {
	if port == "" {
		return host
	}
	return host + ":" + port
}

// parseLegacyIPv4 parses host the way the WHATWG URL standard (and
// inet_aton) read IPv4: one to four dot-separated parts, each decimal,
// octal (leading 0) or hexadecimal (0x), the last part filling the
// remaining bytes. It reports false for anything that is not such a number,
// so ordinary names pass through.
func parseLegacyIPv4(host string) (netip.Addr, bool) {
	parts := strings.Split(host, ".")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 0 || len(parts) > 4 {
		return netip.Addr{}, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Part(p)
		if !ok {
			return netip.Addr{}, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return netip.Addr{}, false
		}
	}
	last := nums[len(nums)-1]
	if last >= uint64(1)<<(8*(5-len(nums))) {
		return netip.Addr{}, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	if v > math.MaxUint32 {
		return netip.Addr{}, false
	}
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

// endsInNumber reports whether the last label of host is a number (decimal
// digits, or 0x and hex digits): the WHATWG URL standard then reads the
// host as IPv4 and rejects it if that fails.
func endsInNumber(host string) bool {
	parts := strings.Split(host, ".")
	last := parts[len(parts)-1]
	if last == "" && len(parts) > 1 {
		last = parts[len(parts)-2]
	}
	if last == "" {
		return false
	}
	if strings.Trim(last, "0123456789") == "" {
		return true
	}
	if len(last) >= 2 && (last[:2] == "0x" || last[:2] == "0X") {
		return strings.Trim(last[2:], "0123456789abcdefABCDEF") == ""
	}
	return false
}

// parseIPv4Part parses one part of a legacy IPv4 address.
func parseIPv4Part(p string) (uint64, bool) {
	if p == "" {
		return 0, false
	}
	base := 10
	switch {
	case len(p) >= 2 && (p[:2] == "0x" || p[:2] == "0X"):
		base, p = 16, p[2:]
		if p == "" {
			return 0, true
		}
	case len(p) >= 2 && p[0] == '0':
		base, p = 8, p[1:]
	}
	n, err := strconv.ParseUint(p, base, 64)
	if err != nil {
		return 0, false
	}
	return n, true
}
