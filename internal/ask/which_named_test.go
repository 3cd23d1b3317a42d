package ask

import (
	"strings"
	"testing"
)

// TestWhichNamedNeedsNames: "which N …?" is not answered by a sentence
// that writes N only as unnamed ones of its kind ("Dutch importers"),
// though it names others, but is by one that names them or tells their
// kind in words the question does not use.
func TestWhichNamedNeedsNames(t *testing.T) {
	const head = `Quillby to shut Darrowmere kiln works

DARROWMERE, 4 March - Quillby Ceramics will close its kiln works in Darrowmere next spring, ending more than six decades of tile making in the valley, the company told staff on Monday.

About 140 potters work at the site, which opened in 1962.

`
	a := textArticle(t, head+"Hesketh manager Ivo Brandt said Dutch importers buying from Quillby would be told in writing.\n")
	q := "which dutch importer buys from quillby"
	if r := a.Answer(q, nil); !r.Declined {
		t.Errorf("%q: got %q, want a decline", q, r.Answer)
	}
	b := textArticle(t, head+"Hesketh manager Ivo Brandt said Veltman Trading and other Dutch importers buying from Quillby would be told in writing.\n")
	if r := b.Answer(q, nil); r.Declined || !strings.Contains(r.Answer, "Veltman") {
		t.Errorf("named importer: got %q", r.Answer)
	}
	// A word the question does not write sorts them: the kind is the
	// answer ("glazed roof tiles" for "which tiles …?").
	c := textArticle(t, head+"Hesketh manager Ivo Brandt said buyers of Quillby tiles would be told in writing.\n\nThe Darrowmere kilns fire glazed roof tiles for Hesketh Holdings.\n")
	q = "which tiles do the darrowmere kilns fire"
	if r := c.Answer(q, nil); r.Declined || !strings.Contains(r.Answer, "glazed roof tiles") {
		t.Errorf("%q: got %q", q, r.Answer)
	}
}
