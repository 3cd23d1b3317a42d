package nlp

import "testing"

// TestOwnerSubjects: a noun read as a subject of its verb right before a
// noun that is an owner or a compound inside the verb's other subject
// ("The Vellmar ferry pilots' guild said", "ferry" and "guild" both
// subjects) is a compound of that noun, its determiner the subject's;
// a subject set apart from the other by a comma stays a subject.
func TestOwnerSubjects(t *testing.T) {
	type w = handWord
	type want struct {
		k, head int
		rel     string
	}
	tests := []struct {
		name  string
		words []handWord
		want  []want
	}{
		{"owner inside the other subject", []handWord{
			w{"The", "DET", "DT", 2, "det"},
			w{"Vellmar", "PROPN", "NNP", 2, "compound"},
			w{"ferry", "NOUN", "NN", 6, "nsubj"},
			w{"pilots", "NOUN", "NNS", 5, "nmod:poss"},
			w{"'", "PART", "POS", 3, "case"},
			w{"guild", "NOUN", "NN", 6, "nsubj"},
			w{"said", "VERB", "VBD", -1, "root"},
		}, []want{{2, 3, "compound"}, {0, 5, "det"}, {5, 6, "nsubj"}}},
		{"a subject of its own", []handWord{
			w{"ferry", "NOUN", "NN", 5, "nsubj"},
			w{",", "PUNCT", ",", 0, "punct"},
			w{"pilots", "NOUN", "NNS", 4, "nmod:poss"},
			w{"'", "PART", "POS", 2, "case"},
			w{"guild", "NOUN", "NN", 5, "nsubj"},
			w{"said", "VERB", "VBD", -1, "root"},
		}, []want{{0, 5, "nsubj"}}},
	}
	const first = 3
	for _, tt := range tests {
		toks := handTokens(tt.words, first)
		doubleSubjects(toks[first:], first)
		for _, x := range tt.want {
			if tk := toks[first+x.k]; tk.Head != first+x.head || tk.Rel != x.rel {
				t.Errorf("%s: %s: head %d %s, want %d %s", tt.name, tk.Text, tk.Head-first, tk.Rel, x.head, x.rel)
			}
		}
	}
}
