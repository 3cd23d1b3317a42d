package summarize

import (
	"strings"
	"testing"
)

// lowerCases are words and names to check the stack-lowering helpers
// against the strings functions they stand for: ASCII, accented, Turkish
// dotted capitals, the Kelvin sign, invalid UTF-8, odd spaces and a
// string longer than the stack buffer.
var lowerCases = []string{
	"", "a", "The", "NATO", "SAG-AFTRA", "Agence France-Presse", "  Xinhua  News Agency ",
	"José", "ZOË", "İstanbul", "\u212aelvin", "bad\xffbyte", "\xc2", "non\u00a0breaking space",
	"tab\tand\nnewline", "ǅemal", strings.Repeat("Long Name ", 10), "abc\u2003def", "US$5",
}

func TestLowerHelpers(t *testing.T) {
	m := map[string]int{}
	for i, s := range lowerCases {
		m[strings.ToLower(s)] = i + 1
	}
	for _, s := range lowerCases {
		if got, want := lowerIn(m, s), m[strings.ToLower(s)]; got != want {
			t.Errorf("lowerIn(%q) = %d, want %d", s, got, want)
		}
		var buf [lowerBufLen]byte
		for _, b := range [][]byte{nil, buf[:0]} {
			if got, want := string(lowerBytes(b, s)), strings.ToLower(s); got != want {
				t.Errorf("lowerBytes(%q) = %q, want %q", s, got, want)
			}
		}
		if got, want := isUpperForm(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperForm(%q) = %v, want %v", s, got, want)
		}
		if got, want := isLowerForm(s), strings.ToLower(s) == s; got != want {
			t.Errorf("isLowerForm(%q) = %v, want %v", s, got, want)
		}
		f := strings.Fields(s)
		if got := fieldCount(s); got != len(f) {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, len(f))
		}
		var fb [4]string
		if got := appendFields(fb[:0], s); strings.Join(got, "|") != strings.Join(f, "|") || len(got) != len(f) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, f)
		}
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestLowerInAllocatesNothing(t *testing.T) {
	m := map[string]bool{"minister": true}
	if n := testing.AllocsPerRun(100, func() {
		if !lowerIn(m, "Minister") {
			t.Fatal("Minister not found")
		}
	}); n != 0 {
		t.Errorf("lowerIn allocates %v times", n)
	}
}
