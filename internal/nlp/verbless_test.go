package nlp

import "testing"

// TestVerbsOfVerblessSentences checks that a sentence the tagger left
// with no finite verb gets one: the word in -s after the subject's noun
// ("The memorandum of understanding commits Turkey to…", with
// "understanding" the noun of "memorandum of understanding"), while a
// sentence that has its verb, or a heading with no full stop, keeps its
// plural nouns.
func TestVerbsOfVerblessSentences(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, want string
	}{
		{"The memorandum of understanding commits Turkey to release more water during the summer.", "commits", "VBZ"},
		{"The memorandum of understanding commits Turkey to release more water during the summer.", "understanding", "NN"},
		{"The unions said the talks were over.", "talks", "NNS"},
		{"Higher wages and shorter hours for dock workers", "hours", "NNS"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			a := an.Analyze(tt.text)
			for _, tok := range a.Tokens {
				if tok.Text == tt.word && tok.XPOS != tt.want {
					t.Errorf("%q tagged %s, want %s", tok.Text, tok.XPOS, tt.want)
				}
			}
		})
	}
}
