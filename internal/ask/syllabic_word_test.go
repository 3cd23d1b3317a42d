package ask

import "testing"

// TestSyllabicNotTheWholeWord checks that a word that is the whole first
// word of a body's name ("calico" of the Calico Commission) is not read
// as a shortening of the name made of its syllables: "the calico
// commission boss" is the commission's chief executive, not the
// president of a weavers' union whose name only shares "calico".
func TestSyllabicNotTheWholeWord(t *testing.T) {
	art := textArticle(t, `Calico weavers accept new floor price

Weavers in the Dunmarra hills will be paid a floor price of $3.40 a bolt under an accord signed on Friday.

The Calico Commission, which licenses mills and registers weavers, brokered the accord after six weeks of talks. Its chief executive, Tamsin Oruvo, said the floor price was built from cost surveys in every district. "A floor is not a gift," Oruvo said.

Weavers had sought more. Bertil Anskar, president of the Highland Calico Weavers' Union, said the union took less in return for faster payment. "Money that comes in a week beats money that comes in a season," Anskar said.`)
	if n := art.acr.syllabic("calico"); n != nil {
		t.Errorf("syllabic(calico) = %v, want none", n)
	}
	if n := art.acr.syllabic("calicom"); n == nil {
		t.Errorf("syllabic(calicom) = none, want the Calico Commission")
	}
	runAnswerCases(t, []answerCase{
		{"the commission's chief", art, "what did the calico commission boss say about the floor price", []string{"Oruvo"}, []string{"Anskar"}, false},
	})
}
