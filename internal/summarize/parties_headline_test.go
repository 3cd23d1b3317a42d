package summarize

import (
	"slices"
	"testing"
)

// TestPartiesHeadlinedPerson checks that a person the headline names is a
// party even where the story names them once and has them do nothing,
// and that the same story without the headline leaves them out.
func TestPartiesHeadlinedPerson(t *testing.T) {
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	text := "The Harbour Workers Union rejected the pay offer on Monday. The union said the rise was too small. The Port Authority said it would improve the offer backed by Lena Halvorsen. The union said it would strike on Friday. The Port Authority said it would talk again."
	lists := func(title string) bool {
		b, err := Summarize(Input{Text: text, Source: Source{Title: title}}, Options{Analyzer: an})
		if err != nil {
			t.Fatalf("Summarize: %v", err)
		}
		return slices.ContainsFunc(b.Parties, func(p Party) bool { return p.Name == "Lena Halvorsen" })
	}
	if !lists("Dockers reject Halvorsen-backed pay offer") {
		t.Errorf("Lena Halvorsen, named in the headline, is no party")
	}
	if lists("Dockers reject pay offer") {
		t.Errorf("Lena Halvorsen, named once in passing and not in the headline, is a party")
	}
}
