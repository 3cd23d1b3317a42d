package summarize

import (
	"strings"
	"testing"
)

// TestUnnamedSourceGoesOnInNextParagraph checks that "he said" closing a
// quotation that opens a new paragraph, right after a paragraph whose last
// sentence has an unnamed source say something, is that source, not the
// person the story named before him.
func TestUnnamedSourceGoesOnInNextParagraph(t *testing.T) {
	b := treeBrief(t, "Islanders buy their estate\n\nSTORNOWAY — Kenneth Morrison, who chairs the trust, said the price was fair. “We waited thirty years,” he said.\n\nNot everyone is pleased. One tenant, who did not want to be named because he sits on the board, said the trust would struggle with repairs.\n\n“My father paid rent to a man he never met,” he said. “Now I pay it to my cousin.”")
	sp, ok := speakerOfQuote(b, "My father paid rent")
	if !ok || strings.Contains(sp, "Morrison") || !strings.Contains(strings.ToLower(sp), "tenant") {
		t.Errorf("the tenant's words credited to %q (found %v), want the unnamed tenant", sp, ok)
	}
}

// TestRoleOfANameIsNotTheName checks that a role of or for someone named
// right after its preposition is the role, not that name ("A lawyer for
// Maria Lopez said", "The mayor of Kano said", the place taken for a
// person's name), and that "she said" after a definite description that
// spoke in the sentence before is that description ("The wife of Ahmed
// Khan said… «…», she said"), not the person it is of.
func TestRoleOfANameIsNotTheName(t *testing.T) {
	cases := []struct{ subject, pronoun, notWant, want string }{
		{"A lawyer for Maria Lopez", "he", "Maria Lopez", "lawyer"},
		{"The mayor of Kano", "he", "", "mayor of Kano"},
		{"The mayor of Savudrija", "he", "", "mayor of Savudrija"},
		{"The wife of Ahmed Khan", "she", "Ahmed Khan", "wife of Ahmed Khan"},
		{"The daughter of Maria Lopez", "she", "Maria Lopez", "daughter of Maria Lopez"},
	}
	for _, c := range cases {
		t.Run(c.subject, func(t *testing.T) {
			b := treeBrief(t, "Fishing deal signed\n\nZAGREB — Croatia and Slovenia signed a fishing deal on Monday.\n\n"+c.subject+" said the deal was late. “We are ready,” "+c.pronoun+" said.")
			sp, ok := speakerOfQuote(b, "We are ready")
			if !ok || !strings.Contains(sp, c.want) || c.notWant != "" && sp == c.notWant {
				t.Errorf("“We are ready” credited to %q (found %v), want %q", sp, ok, c.want)
			}
		})
	}
}

// TestTextNamesAsGiven checks the labels of texts that speak: a bare
// participle says which version ("an amended mining convention"); an
// article left before a dropped word agrees with the word after it ("a
// mining convention", not "an mining convention"); "the memorandum" goes
// by the name with "of" the story gave it ("the memorandum of
// settlement"), "the resolutions" by their capitalised name ("the Akobo
// Resolutions"); and "In the contract, the company undertakes to “…”"
// quotes the contract, as "Under the contract" does.
func TestTextNamesAsGiven(t *testing.T) {
	cases := []struct{ name, text, quote, want string }{
		{"participle", "Bauxite deal signed\n\nCONAKRY — Under an amended mining convention signed on Monday, the company undertakes to “commission an alumina refinery no later than 2030.”", "commission an alumina refinery", "an amended mining convention"},
		{"article", "Bauxite deal signed\n\nCONAKRY — Under an 80-page mining convention signed on Monday, the company undertakes to “commission an alumina refinery no later than 2030.”", "commission an alumina refinery", "a mining convention"},
		{"of-name", "States settle river dispute\n\nCHENNAI — The two states signed a memorandum of settlement on Friday after a decade of litigation. The memorandum says the upstream state “shall ensure a flow of not less than 1,200 cusecs at all times.”", "shall ensure a flow", "the memorandum of settlement"},
		{"proper name", "Herders sign peace deal\n\nBOR — The agreement signed on the twelfth day, which the delegates call the Akobo Resolutions, has four parts. The resolutions say that “every child returned shall be received without punishment.”", "every child returned", "Akobo Resolutions"},
		{"in the contract", "Port workers sign deal\n\nWALVIS BAY — The union and the company signed a three-year contract on Friday. In the contract, the company undertakes to “pay every permanent worker for at least 32 hours a week.”", "pay every permanent worker", "contract"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := treeBrief(t, c.text)
			if sp, ok := speakerOfQuote(b, c.quote); !ok || !strings.EqualFold(sp, c.want) && !(c.want == "contract" && strings.Contains(sp, "contract")) {
				t.Errorf("“%s…” credited to %q (found %v), want %q", c.quote, sp, ok, c.want)
			}
		})
	}
}

// TestNameOfAnotherNoun checks that a person's name that says whose
// another noun of the source's phrase is ("A person close to the Kowalczyk
// family") does not make the source that person, though the story names
// her.
func TestNameOfAnotherNoun(t *testing.T) {
	b := treeBrief(t, "Drugmaker sold\n\nWARSAW — The release also quoted the firm's founder, Halina Kowalczyk-Zielińska, 71. “We built it from one tablet press,” she said.\n\nA person close to the Kowalczyk family, who asked not to be named because the sale process was private, said two other bidders had offered more. “The family took less money for more promises,” the person said.")
	sp, ok := speakerOfQuote(b, "The family took less money")
	if !ok || !strings.Contains(sp, "person close to") {
		t.Errorf("“The family took less money…” credited to %q (found %v), want the person close to the family", sp, ok)
	}
}

// TestColonAfterNewcomer checks that a quotation a colon opens after a
// clause whose subject brings someone in by description ("The mayor of
// Umag had a message for the minister: “…”") is that person's, not the
// listener's nor no one's, where no verb of saying links it.
func TestColonAfterNewcomer(t *testing.T) {
	for _, lead := range []string{
		"The mayor of Umag had a message for the minister:",
		"The mayor of Umag sent the minister a message on the last night of the talks:",
	} {
		b := treeBrief(t, "Fishing deal signed\n\nZAGREB — Croatia and Slovenia signed a fishing deal on Monday.\n\n"+lead+" “If you come back without it, don’t bother coming to Umag.”")
		if sp, ok := speakerOfQuote(b, "If you come back without it"); !ok || !strings.EqualFold(sp, "The mayor of Umag") {
			t.Errorf("%q: the quotation credited to %q (found %v), want the mayor of Umag", lead, sp, ok)
		}
	}
}

// TestUnderTextAsRoot checks that words quoted as the only verb of a
// sentence that opens "Under the memorandum of agreement, the company
// “shall guarantee…”", which the parser reads with the text as its root,
// are the text's.
func TestUnderTextAsRoot(t *testing.T) {
	b := treeBrief(t, "Strike ends at fish plant\n\nWALVIS BAY — Workers voted on Tuesday to accept a new wage agreement.\n\nUnder the memorandum of agreement, the company “shall guarantee payment for not less than 32 hours per week to all permanent employees.”")
	if sp, ok := speakerOfQuote(b, "shall guarantee payment"); !ok || !strings.Contains(sp, "memorandum of agreement") {
		t.Errorf("the memorandum's words credited to %q (found %v), want the memorandum of agreement", sp, ok)
	}
}
