package nlp

import "testing"

// TestSpelledCardinals checks that a number spelled in one word is a
// cardinal whatever the tagger first made of it ("one of the fourteen
// boats", with "fourteen" read as a participle).
func TestSpelledCardinals(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"He skippers one of the fourteen boats.", "The deal covers the thirteen villages and the seventeen farms."} {
		for _, tk := range an.Analyze(s).Tokens {
			if spelledCardinal(tk.Text) && (tk.UPOS != "NUM" || tk.XPOS != "CD") {
				t.Errorf("%q: %s is %s %s, want NUM CD", s, tk.Text, tk.UPOS, tk.XPOS)
			}
		}
	}
}
