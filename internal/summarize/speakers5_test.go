package summarize

import (
	"strings"
	"testing"
)

// TestDescriptionsOutsideTheStory checks that clusterDescription takes a
// role only from the story's text: a mention coreference found in a
// headline or a live blog's subhead ("Chief of staff rules out troops –
// for now") describes no one, and speakerOf would read the whole line
// as a name.
func TestDescriptionsOutsideTheStory(t *testing.T) {
	text := "Talks resume in Lagos\n\nThe president's chief of staff told reporters that the army would not be sent to the docks. \"Talk first, talk second, talk third,\" the chief of staff said."
	_, tr := analysed(t, text)
	src := -1
	for i, tok := range tr.a.Tokens {
		if tok.Text == "chief" && tok.Start > strings.Index(text, "talk third") {
			src = i
		}
	}
	if src < 0 {
		t.Fatal("no second 'chief'")
	}
	d := tr.clusterDescription(src)
	if d < 0 {
		t.Skip("coreference did not link the two descriptions; nothing to check")
	}
	tr.storyAt = func(off int) bool { return off >= strings.Index(text, "\"Talk") }
	if got := tr.clusterDescription(src); got >= 0 {
		t.Errorf("clusterDescription took %q from outside the story", tr.a.Tokens[got].Text)
	}
	tr.storyAt = func(int) bool { return true }
	if got := tr.clusterDescription(src); got != d {
		t.Errorf("clusterDescription in the story = %d, want %d", got, d)
	}
}

// TestDescriptionGoesOnFromARole checks that a person described by age or
// by a noun ("the 61-year-old former driver") right after a sentence whose
// subject is a role the story named its holder for ("the confederation's
// president") is that holder, though the parser hung the description off
// the quotation; not when someone else is named between.
func TestDescriptionGoesOnFromARole(t *testing.T) {
	intro := "Ricardo Alves Peixoto, president of the National Confederation of Dockers, spoke briefly to reporters on Monday.\n\n" +
		"The ministry said talks would resume on Thursday.\n\n"
	checkAudit2(t, []audit2Case{
		{"a role goes on as its holder",
			intro + "Earlier, arriving at the ministry, the confederation’s president was in no mood for small talk. “Ask me tonight,” the 61-year-old former driver told the crowd of reporters.",
			"Ask me tonight", "Ricardo Alves Peixoto"},
		{"someone else named between",
			intro + "Earlier, arriving at the ministry, the confederation’s president was in no mood for small talk, and his deputy Marta Quintela Reis was no warmer. “Ask me tonight,” the 61-year-old former driver told the crowd of reporters.",
			"Ask me tonight", "the 61-year-old former driver"},
	}, false)
}

// TestMoreVerbsOfSaying checks that verbs of saying beyond the common
// ones ("confided", "sighed", "speculated", "underlined") credit the
// quotation to the one they name, not to the speaker before.
func TestMoreVerbsOfSaying(t *testing.T) {
	intro := "Talks on the fishing accord resumed in Dakar.\n\n\"We want the boats back at sea,\" said Awa Ndiaye, who chairs the women's fish traders' group.\n\n"
	var cases []audit2Case
	for _, v := range []string{"confided", "sighed", "speculated", "underlined"} {
		cases = append(cases, audit2Case{v, intro + "\"I have heard about agreements since I was a young man,\" " + v + " Ousmane Badji, seated in front of his house.",
			"I have heard about agreements", "Ousmane Badji"})
	}
	checkAudit2(t, cases, false)
}

// TestNoMonthForABody checks that a month the sentence names before "the
// committee" ("in March"), which the name linking reads as an untyped
// name, is not the body the committee stands for.
func TestNoMonthForABody(t *testing.T) {
	text := "In a letter to the finance minister in March, the committee wrote that it remained ready to engage."
	_, tr := analysed(t, text)
	for i, tok := range tr.a.Tokens {
		if tok.Text == "committee" {
			if got := tr.untypedNameBefore(i); got != "" {
				t.Errorf("untypedNameBefore(committee) = %q, want none", got)
			}
			return
		}
	}
	t.Fatal("no 'committee'")
}

// TestStrandedRoleWithItsName checks that "“…,” Iran's deputy foreign
// minister, Kazem Gharibabadi, told state television", with the role hung
// inside the quotation by the parser, is the named person's, not the
// country's that owns the role.
func TestStrandedRoleWithItsName(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role with a rank and the name set off",
			"Talks end in Oslo\n\nIran and three European powers ended two days of talks on Friday.\n\n\"We had a serious and frank exchange, but the gaps remain wide,\" Iran's deputy foreign minister, Kazem Gharibabadi, told state television after the session.",
			"We had a serious and frank exchange", "Kazem Gharibabadi"},
	}, false)
}

// TestFirstOfTwoSurnames checks that a person named in full with two
// surnames ("Lucía Ferrándiz Olmo") and then by the first of them alone
// ("Ferrándiz said") is one person, credited under the full name.
func TestFirstOfTwoSurnames(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the first of two surnames",
			"Pilots vote to strike\n\nPilots at Andean Air voted to strike on Tuesday.\n\n\"They are asking to be paid what pilots in Bogotá are paid,\" said Captain Lucía Ferrándiz Olmo, the association's president.\n\nFerrándiz said the union had cut its demand from 25% to 18%.",
			"the union had cut its demand", "Lucía Ferrándiz Olmo"},
	}, true)
}
