package summarize

import (
	"strings"
	"testing"
)

// TestAudit23OwnersAndNamesAfter checks credits that hang on what stands
// beside an unnamed source: "“…,” Norway's fisheries minister, Eirik
// Haugland, told reporters", with the role and its owner hung off the
// quotation by the parser, is the minister's by his name, not the
// country's; and "“…,” one of them said. The nurse, Ana Lopes, said …":
// the next sentence of the paragraph names the one who spoke by a
// description the story has not used before, so the quotation is hers;
// while a description the story used before for someone else ("a nurse
// who spoke earlier") keeps the source unnamed; and "he said" is the man
// the story named in full with a hyphenated given name ("Marc-André
// Thibault") that the entity model cut short, whom it then calls by his
// surname alone; and "“…,” the Connecticut senator told reporters" (or
// "the Connecticut Democrat", capitalised) right after a sentence whose
// subject is "Senator Chris Murphy" is his, as news goes on with the
// speaker it just named in other words; and "Kyrsten Sinema, an
// independent who has joined the talks, was quoted by Politico as saying
// …" is hers, not the outlet's, though the parser hung her on the
// relative clause's verb; and "“…,” said one person close to Castell." is
// that person's, described in full, not Castell's, though the parser hung
// the noun on "close" and left the verb with no subject.
func TestAudit23OwnersAndNamesAfter(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role with its owner hung off the quotation",
			"Fishing talks stall\n\nBERGEN - Talks on mackerel quotas stalled on Tuesday.\n\n\"The quota is not on the table, it was never on the table and it will not be on the table,\" Norway's fisheries minister, Eirik Haugland, told reporters as he left the building.",
			"The quota is not on the table", "Eirik Haugland"},
		{"one of them, named in the next sentence",
			"Nurses picket hospital\n\nLISBON - Nurses picketed the main hospital on Tuesday as talks with the ministry stalled.\n\nOutside the hospital, a group of young nurses held placards. \"I finished my degree a year ago and I have been waiting for a post ever since,\" one of them said. The graduate, Ana Lopes, said she had taken a job in a cafe.",
			"I finished my degree", "Ana Lopes"},
		{"one of them, and a description used before",
			"Nurses picket hospital\n\nLISBON - Nurses picketed the main hospital on Tuesday as talks with the ministry stalled.\n\nA graduate who spoke to reporters earlier said the strike would go on. Outside the hospital, a group of young nurses held placards. \"I finished my degree a year ago and I have been waiting for a post ever since,\" one of them said. The graduate, Ana Lopes, said she had taken a job in a cafe.",
			"I finished my degree", "one of them"},
		{"he, after a full name with a hyphenated given name",
			"Railway locks out workers\n\nMONTREAL - Northern Rail locked out its conductors on Saturday.\n\n\"The company chose to lock the door on its own workers in the middle of the night,\" said Marc-André Thibault, president of the union, at a news conference. \"We were ready to keep talking,\" he said.\n\nThibault said the union's main concern was fatigue. Under the company's proposal, he said, some crews could be called to work with as little as ten hours' notice \"after coming home from a twelve-hour shift\".",
			"after coming home", "Marc-André Thibault"},
		{"the senator just named, in other words",
			"Senators clash over border deal\n\nWASHINGTON - Senate negotiators traded accusations on Tuesday over a stalled border deal.\n\n\"We are not going to pass a bill that does nothing,\" said Senator James Lankford, an Oklahoma Republican.\n\nSenator Chris Murphy, the lead Democratic negotiator, disagreed. \"The bill is written. What is missing is courage,\" the Connecticut senator told reporters outside the chamber.",
			"The bill is written", "Chris Murphy"},
		{"the Democrat just named, in capitals",
			"Senators clash over border deal\n\nWASHINGTON - Senate negotiators traded accusations on Tuesday over a stalled border deal.\n\n\"We are not going to pass a bill that does nothing,\" said Senator James Lankford, an Oklahoma Republican.\n\nSenator Chris Murphy, the lead Democratic negotiator, disagreed. \"The bill is written. What is missing is courage,\" the Connecticut Democrat told reporters outside the chamber.",
			"The bill is written", "Chris Murphy"},
		{"quoted by an outlet as saying",
			"Senators near border deal\n\nWASHINGTON - Senate negotiators said on Tuesday they were close to a border deal.\n\nKyrsten Sinema, an independent from Arizona who has joined the talks, was quoted by Politico as saying the deal was \"95 percent done.\"",
			"95 percent done", "Kyrsten Sinema"},
		{"one person close to a company",
			"Ports bidder approaches investors\n\nLONDON - Castell Infrastructure approached three of Harbourline's largest shareholders over the weekend, people familiar with the matter said.\n\n\"The conversations have been constructive,\" said one person close to Castell.",
			"The conversations have been constructive", "one person close to Castell"},
	}, false)
}

// TestAudit23RelativeIsNoContent checks that a relative clause that
// describes a speaker named after an inverted cue ("…,” said Senator
// James Lankford, an Oklahoma Republican who has led the talks") is no
// statement of his, while "that" after the cue's words still opens one.
func TestAudit23RelativeIsNoContent(t *testing.T) {
	text := "Senators clash over border deal\n\nWASHINGTON - Senate negotiators traded accusations on Tuesday.\n\n\"We are not going to pass a bill that does nothing,\" said Senator James Lankford, an Oklahoma Republican who has led the talks for his party.\n\nJohnson told MSNBC on Friday that the deal remained under discussion."
	b := treeBrief(t, text)
	found := false
	for _, s := range b.Statements {
		if strings.HasPrefix(s.Text, "who has led") {
			t.Errorf("statement %+v: a relative clause describing the speaker", s)
		}
		if strings.HasPrefix(s.Text, "the deal remained") {
			found = true
		}
	}
	if !found {
		t.Errorf("no statement \"the deal remained …\" in %+v", b.Statements)
	}
}
