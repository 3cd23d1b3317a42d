package ask

import "testing"

// TestRound42Lawmaker checks questions about a lawmaker named after a
// title in lower case and a given name written short ("Opposition
// lawmaker Md. Rafiqul Islam Talukder posted on Facebook"), whom the
// entity model alone misses: asked for by another word for the office
// ("the opposition mp", "the opposition legislator") or by what they
// posted, with "fb" for Facebook.
func TestRound42Lawmaker(t *testing.T) {
	art := textArticle(t, `Teesta treaty signed

DHAKA - India and Bangladesh signed a treaty on Monday to share the river's water in the dry season.

"This is a fair arrangement for both countries," said Foreign Minister Anisul Karim.

Not everyone in Dhaka welcomed the deal. Opposition lawmaker Md. Rafiqul Islam Talukder posted on Facebook: "A treaty without a reservoir on our side of the border is half a treaty."`)
	runAnswerCases(t, []answerCase{
		{"mp on facebook", art, "what did the opposition mp say on facebook", []string{"Talukder", "half a treaty"}, []string{"fair arrangement"}, false},
		{"legislator", art, "what did the opposition legislator say", []string{"half a treaty"}, []string{"fair arrangement"}, false},
		{"posted on fb", art, "wat did the opposition lawmaker post on fb", []string{"half a treaty"}, []string{"fair arrangement"}, false},
	})
}
