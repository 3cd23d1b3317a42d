package summarize

import "testing"

// "It said the floor was “…”" after a sentence a body is the source of:
// the surface reading of words before the quotation that name no one
// ("the floor was") is no body found before, so "it" goes on with the
// body.
func TestItAfterWordsThatNameNoOne(t *testing.T) {
	text := "Tea prices\n\nGrowers and buyers agreed a minimum price for green leaf on Monday.\n\nThe Tea Buyers' Association of Kelvara, which represents the exporters, said in a statement that the agreement was \"a painful compromise in a weak market\" and that its members would respect it. It said the floor was \"above any level the auction prices can justify,\" pointing to large stocks in the warehouses.\n"
	checkAudit2(t, []audit2Case{
		{"it goes on with the body", text, "above any level the auction prices", "Tea Buyers' Association of Kelvara"},
	}, false)
}
