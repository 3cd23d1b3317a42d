package summarize

import (
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// TestNewcomerOverCluster checks that "he said" or "she said" goes to the
// person the story brought in right before it when coreference left that
// person out of every link and tied the pronoun to someone quoted further
// up (newcomerOverCluster): a villager named as the subject, with "she"
// and "her" after her name and a sentence about others in between; a
// worker named in a "For …, the question is simpler" sentence whose
// relative clause names the mill's owner, quoted before. And that the
// rule leaves alone a pronoun whose person the sentence names first
// (Brandt, who met the mediator) and a wife named before her husband in
// her own sentence.
func TestNewcomerOverCluster(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"subject with a pronoun after her", `Villagers agree to move for copper mine

Grace Moyo, the company's community manager, who attended most of the meetings, said the firm had learned from mistakes elsewhere. "We did not want to be that mine," Moyo said.

A young man who works at the camp, who would not give his name, said most of the jobs had gone to outsiders. "They wrote forty jobs in the agreement," he said.

Gogo Tendai has asked to be moved with the first group, in May, so that she can see her husband's grave reopened. The church elders have agreed to hold the service.

"I will go," she said. "But I told the company's man that I would come back."`,
			map[string]string{"We did not want to be that mine": "Grace Moyo", "I will go": "Gogo Tendai"}},
		{"worker whose clause names the owner", `Power tariff cut for weavers

Textile mill owner Tariq Mahmood Butt welcomed the cut. "This will save my business," he said. Butt said he had laid off forty workers last year.

For Imran Yousaf, 48, who has worked the looms at the Butt mill for more than twenty years, the question is simpler. Last winter the mill shut for six weeks and he was not paid. "If the looms run, I eat," he said.`,
			map[string]string{"This will save my business": "Tariq Mahmood Butt", "If the looms run, I eat": "Imran Yousaf"}},
		{"subject who met someone", `Talks resume

Union leader Karl Brandt said the offer was too low. Brandt met the mediator, Pedro Ruiz, on Monday. "We are still far apart," he said.`,
			map[string]string{"We are still far apart": "Karl Brandt"}},
		{"wife named before her husband", `Seafarers freed

MANILA - Nine seafarers held for four months were released on Monday, their employer said. Ship manager Arnel Santos said the crew were in good health. "They are tired but well," he said.

In Batangas, Marites Ocampo, whose husband, Ramon Ocampo, is the ship's cook, said she had learned of the release from a cousin. "I have not slept since October," she said.`,
			map[string]string{"They are tired but well": "Arnel Santos", "I have not slept since October": "Marites Ocampo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}

// TestOwnsNoun checks which names only say whose, or which, a common
// noun is, and so are no person a sentence is about: a name a preposition
// hangs from a noun ("the slopes of Bistra", a mountain the entity model
// may read as a person's), an owner ("Streamly ’s head"), a name between
// an article and a common word ("the Haider mill"); not a subject, nor
// an object of a verb.
func TestOwnsNoun(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		ent   [2]int // the person entity's tokens
		want  bool
	}{
		{"after a preposition on a noun", []string{"on/ADP/IN/on/3/case", "the/DET/DT/the/3/det", "slopes/NOUN/NNS/slope/0/root",
			"of/ADP/IN/of/5/case", "Bistra/PROPN/NNP/Bistra/3/nmod"}, [2]int{4, 5}, true},
		{"owner", []string{"Streamly/PROPN/NNP/Streamly/3/nmod:poss", "’s/PART/POS/’s/1/case", "head/NOUN/NN/head/4/nsubj",
			"spoke/VERB/VBD/speak/0/root"}, [2]int{0, 1}, true},
		{"between an article and a common word", []string{"at/ADP/IN/at/2/case", "the/DET/DT/the/3/det",
			"Haider/PROPN/NNP/Haider/0/root", "mill/VERB/VBD/mill/3/conj"}, [2]int{2, 3}, true},
		{"subject", []string{"Ana/PROPN/NNP/Ana/3/nsubj", "Ruiz/PROPN/NNP/Ruiz/1/flat", "said/VERB/VBD/say/0/root"}, [2]int{0, 2}, false},
		{"object", []string{"Brandt/PROPN/NNP/Brandt/2/nsubj", "met/VERB/VBD/meet/0/root", "Ruiz/PROPN/NNP/Ruiz/2/obj",
			"in/ADP/IN/in/5/case", "Rome/PROPN/NNP/Rome/2/obl"}, [2]int{2, 3}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parsed(t, tt.words...)
			a.Entities = []nlp.Entity{{Type: nlp.PERSON, First: tt.ent[0], Last: tt.ent[1], Text: a.Span(tt.ent[0], tt.ent[1])}}
			if got := newTree(a, nil).ownsNoun(0); got != tt.want {
				t.Errorf("ownsNoun = %v, want %v", got, tt.want)
			}
		})
	}
}
