package summarize

import "testing"

// TestCloseReadAsAdverb checks a source described as "close to" someone
// when the parser reads "close" as an adverb: hung from the verb of
// saying with the noun before it as its compound (the whole description
// speaks, not "One person" cut at "close"), and heading the clause with
// the noun as its subject and the verb of saying as a clause under it.
func TestCloseReadAsAdverb(t *testing.T) {
	const yard = "Talks on the sale of the Brenholt shipyard dragged into a third week.\n\nOne person close to the owners said the pension clause had been settled on Friday. \"The money was agreed in March. Everything since March has been about the name,\" said the person, who asked not to be identified because the talks were private.\n"
	checkAudit2(t, []audit2Case{
		{"close read as the verb's adverb", yard, "The money was agreed", "One person close to the owners"},
	}, false)

	// One clerk close to the tribunal said the rent had been agreed,
	// with "close" read as the root and "said" as a clause under it.
	a := parsed(t, "One/NUM/CD/one/2/nummod", "clerk/NOUN/NN/clerk/3/nsubj", "close/ADV/RB/close/0/root",
		"to/ADP/IN/to/6/case", "the/DET/DT/the/6/det", "tribunal/NOUN/NN/tribunal/3/obl",
		"said/VERB/VBD/say/3/parataxis", "the/DET/DT/the/9/det", "rent/NOUN/NN/rent/11/nsubj:pass",
		"was/AUX/VBD/be/11/aux:pass", "agreed/VERB/VBN/agree/7/ccomp", "./PUNCT/././3/punct")
	closeSources(a)
	for _, c := range []struct {
		tok, head int
		rel       string
	}{{6, -1, "root"}, {1, 6, "nsubj"}, {2, 1, "amod"}, {11, 6, "punct"}} {
		if got := a.Tokens[c.tok]; got.Head != c.head || got.Rel != c.rel {
			t.Errorf("token %d %q: head %d %s, want %d %s", c.tok, got.Text, got.Head, got.Rel, c.head, c.rel)
		}
	}
}

// TestFamiliarNumberKept checks that "One" before a noun the tagger read
// as the adjective of "familiar" stays the noun's number once the noun is
// made the subject: "One aide familiar with the plan, …, said".
func TestFamiliarNumberKept(t *testing.T) {
	a := parsed(t, "One/NUM/CD/one/3/nsubj", "aide/ADJ/JJ/aide/3/amod", "familiar/ADJ/JJ/familiar/8/ccomp",
		"with/ADP/IN/with/6/case", "the/DET/DT/the/6/det", "plan/NOUN/NN/plan/3/obl", ",/PUNCT/,/,/3/punct",
		"said/VERB/VBD/say/0/root", "it/PRON/PRP/it/10/nsubj", "passed/VERB/VBD/pass/8/ccomp")
	nounSourceAdjectives(a)
	closeSources(a)
	for _, c := range []struct {
		tok, head int
		rel       string
	}{{0, 1, "nummod"}, {1, 7, "nsubj"}, {2, 1, "amod"}} {
		if got := a.Tokens[c.tok]; got.Head != c.head || got.Rel != c.rel {
			t.Errorf("token %d %q: head %d %s, want %d %s", c.tok, got.Text, got.Head, got.Rel, c.head, c.rel)
		}
	}
	const ferry = "Ferry talks near a deal\n\nOne official familiar with the bids, who spoke on condition of anonymity because the tender is sealed, said the contract now had twelve clauses and that \"maybe ten of them\" were agreed. \"The rest is the timetable,\" the official said.\n"
	checkAudit2(t, []audit2Case{
		{"the description taken up by its noun", ferry, "The rest is the timetable", "One official familiar with the bids"},
	}, false)
}
