package ask

import "testing"

// TestNowFirst: "how big is the landing fee now" is answered by the
// figure the fee changes to, not by the figure it was.
func TestNowFirst(t *testing.T) {
	a := textArticle(t, `Island raises landing fee for cruise ships

PORT ELLERY, 9 June - The island council and the cruise lines agreed on Monday to a new landing fee for every passenger who comes ashore.

Until this season the cruise lines paid a landing fee of 12 dollars for each passenger who came ashore.

Under the new terms, the landing fee for each passenger rises to 19 dollars, and the money goes to a fund for the harbour walls.

"Nineteen is fair for what the walls cost," said council leader Mara Quill.
`)
	q := "how big is the landing fee for each passenger now"
	checkAnswer(t, q, a.Answer(q, nil), []string{"19 dollars"}, []string{"12 dollars"}, false)
}
