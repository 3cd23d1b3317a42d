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

// TestRound42ChatWords checks chat spellings in questions: "temp", "med"
// and "thats" written out, "lol" ignored, and "rep" answering for
// "representative" while an article that writes "rep" still matches it.
func TestRound42ChatWords(t *testing.T) {
	art := textArticle(t, `Riders and teams agree heat protocol

AIGLE - Cycling's teams and riders agreed a heat protocol on Monday.

Under the protocol, a stage will be shortened when the temperature at the start is forecast to exceed 32C. The medical commission will check every rider at the finish.

The fifth stage of next month's Tour de Romandie has already been shortened to 142 km.

"We asked for this for years," said the riders' representative, Ana Ruiz.`)
	runAnswerCases(t, []answerCase{
		{"temp", art, "what temp gets a stage shortened", []string{"32C"}, nil, false},
		{"lol", art, "what temp gets a stage shortened lol", []string{"32C"}, nil, false},
		{"med", art, "what will the med commission check", []string{"every rider"}, nil, false},
		{"thats", art, "how long is the stage thats been shortened", []string{"142 km"}, nil, false},
		{"rep", art, "what did the riders rep say", []string{"We asked for this"}, nil, false},
	})
}
