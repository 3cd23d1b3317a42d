package nlp

import "testing"

// TestBatch9Entities: a Korean name whose surname is also a common noun
// or a place's name ("Park", "Song") keeps its surname, written first
// before the two syllables of the given name, and the surname alone
// later is the person; a word that is a title stays out of the name.
func TestBatch9Entities(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want []string // Type:Text of entities that must be found
		not  []string // Texts no entity may have
	}{
		{"\"This plant is not the cheapest,\" Hanbit chief executive Park Ji-hoon said in Seoul. Park said Hanbit would commission a review.",
			[]string{"PERSON:Park Ji-hoon", "PERSON:Park"}, []string{"Ji-hoon"}},
		{"The union's negotiator, Song Min-ji, said the offer was too low.",
			[]string{"PERSON:Song Min-ji"}, []string{"Min-ji"}},
		{"Chairman Ji-hoon of the club said nothing.",
			nil, []string{"Chairman Ji-hoon"}},
	} {
		a := an.Analyze(tt.text)
		got := map[string]bool{}
		for _, e := range a.Entities {
			got[e.Type+":"+e.Text] = true
			for _, n := range tt.not {
				if e.Text == n {
					t.Errorf("%q: entity %q (%s), want none", tt.text, e.Text, e.Type)
				}
			}
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: no entity %s in %v", tt.text, w, a.Entities)
			}
		}
	}
}
