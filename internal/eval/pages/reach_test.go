package pages

import "testing"

// TestRewrites checks that each rewrite of the reach test moves the gold
// quotations with the text: the quoted words stay under their offsets, and
// the speaker follows a swapped surname.
func TestRewrites(t *testing.T) {
	text := "Talks stalled.\n\n“We will not move,” said Anna Berg, the minister. “Not one inch,” Berg said later.\n\nJan Berg, her brother, said nothing."
	quote := func(words string) Quote {
		i := runeIndexOf(text, words)
		return Quote{Start: i, End: i + len([]rune(words)), Speaker: "Anna Berg", How: "named"}
	}
	p := Page{ID: "x", Quotes: []Quote{quote("We will not move"), quote("Not one inch")}}
	for _, tt := range []struct {
		name    string
		do      func() (Page, string)
		speaker string
	}{
		{"surnames", func() (Page, string) { return swapSurnames(p, text, 0) }, "Anna " + reachSurnames[0]},
		{"verbs", func() (Page, string) { return swapVerbs(p, text, 0) }, "Anna Berg"},
		{"single marks", func() (Page, string) { np, nt, _ := singleMarks(p, text); return np, nt }, "Anna Berg"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			np, nt := tt.do()
			rs := []rune(nt)
			for i, q := range np.Quotes {
				if got, want := string(rs[q.Start:q.End]), []string{"We will not move", "Not one inch"}[i]; got != want {
					t.Errorf("quote %d reads %q, want %q (text %q)", i, got, want, nt)
				}
				if q.Speaker != tt.speaker {
					t.Errorf("quote %d speaker %q, want %q", i, q.Speaker, tt.speaker)
				}
			}
			if nt == text {
				t.Errorf("text not rewritten")
			}
		})
	}
}

// runeIndexOf returns the rune offset of s in text, or -1.
func runeIndexOf(text, s string) int {
	rs, ss := []rune(text), []rune(s)
	for i := 0; i+len(ss) <= len(rs); i++ {
		if string(rs[i:i+len(ss)]) == s {
			return i
		}
	}
	return -1
}
