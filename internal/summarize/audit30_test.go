package summarize

import "testing"

// TestAudit30UnmarkedPossessor checks that a name the parser read as the
// possessor of the role set off after it, though no "'s" marks it so
// ("Maren Holm-Dahl, the union's chief negotiator, said…"), is the
// subject of the verb: the statement is hers, written as her name, and a
// description of her in the next paragraph goes on as her.
func TestAudit30UnmarkedPossessor(t *testing.T) {
	const text = "Dockers and port agree pay talks timetable\n\nBERGEN - Dockers and the port authority agreed on Monday to a timetable for pay talks.\n\nMaren Holm-Dahl, the union's chief negotiator for the talks, said both sides had stayed at the table through a night session after the port's team briefly walked out.\n\n\"This is not a settlement, and nobody in the room pretended it was,\" the Norwegian organiser said at a briefing.\n"
	checkAudit2(t, []audit2Case{
		{"a description in the next paragraph goes on as the name", text, "This is not a settlement", "Maren Holm-Dahl"},
	}, false)
	b := treeBrief(t, text)
	found := false
	for _, s := range b.Statements {
		if s.Cue == "said" && len(s.Text) > 10 && s.Text[:10] == "both sides" {
			found = true
			if s.Speaker != "Maren Holm-Dahl" {
				t.Errorf("statement %q credited to %q, want %q", s.Text, s.Speaker, "Maren Holm-Dahl")
			}
		}
	}
	if !found {
		t.Errorf("no statement \"both sides…\" in %+v", b.Statements)
	}
}

// TestAudit30UnclassedDescriptions checks that a description whose noun
// the lexicon gives no class ("the retired shepherd", "the 63-year-old
// beekeeper") goes on as the person the sentence before named as its
// subject, as a role noun does; but a proposal or a report that "says"
// is no person.
func TestAudit30UnclassedDescriptions(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a rare noun for a person, with an adjective",
			"Grazing deal for the high pastures\n\nSION - Herders and the canton agreed on Tuesday how many sheep may graze the high pastures.\n\nHerders' association president Anton Zurbriggen said his members had accepted a cap of 900 animals after the canton agreed to pay for two more fences.\n\n\"We will count every animal, and so will the wolves,\" the retired shepherd said.\n",
			"We will count every animal", "Anton Zurbriggen"},
		{"a rare noun for a person, with an age",
			"Honey growers win a price floor\n\nLJUBLJANA - Beekeepers and two packers agreed a floor price for honey on Friday.\n\nMarko Kranjc, who keeps 140 hives near the village of Bohinj, said his harvest had fallen by half last year.\n\n\"In June the hives were empty for nine days,\" the 63-year-old beekeeper said by phone.\n",
			"In June the hives were empty", "Marko Kranjc"},
		{"a proposal that states is no person",
			"Nurses weigh pay offer\n\nDENVER - Nurses at three hospitals began voting on Monday on a pay offer.\n\nUnion president Carla Medina said the vote would close on Friday.\n\nThe hospitals' latest proposal states that raises after the first year \"shall depend on meeting budget targets.\"\n",
			"shall depend on meeting budget targets", "latest proposal"}, // as written, not Carla Medina
	}, false)
}

// TestAudit30TitleOfTwoFields checks that a title of two fields before a
// name ("Natural Resources and Mines Minister Karen Lindqvist told…"), which the
// parser reads as the first field coordinated with the person, leaves the
// person as the one who speaks, not the field.
func TestAudit30TitleOfTwoFields(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a minister of two fields",
			"Province and miners agree royalty talks\n\nWINNIPEG - The province and three mining companies agreed on Monday to reopen royalty talks.\n\n\"For ten years we have asked for a formula,\" Natural Resources and Mines Minister Karen Lindqvist told journalists after the final session.\n",
			"For ten years we have asked for a formula", "Karen Lindqvist"},
	}, false)
}

// TestAudit30SurnameFirst checks that "he" after "Park said…" goes to
// Park Ji-hoon, a Korean name written surname first, whose surname is no
// given name to read a sex from ("Park" is not a woman's name here).
func TestAudit30SurnameFirst(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a surname written first is no given name",
			"Korean firm buys smelter stake\n\nJAKARTA - Hanbit Energy agreed on Monday to buy half of a nickel smelter.\n\n\"This plant is not the cheapest we looked at,\" Hanbit chief executive Park Ji-hoon said in Seoul.\n\nLocal activists said they had not been consulted. Andi Rahmawati, a spokesperson for the group Nickel Watch, said fishermen had reported murky water.\n\n\"The companies talked for ten months about royalties and not for ten minutes with the villages,\" the activist said.\n\nPark said Hanbit would commission a review of the tailings dam. \"If there is a problem, we would rather find it now,\" he said.\n",
			"If there is a problem", "Park Ji-hoon"},
	}, false)
}

// TestAudit30UnnamedBeforePronoun checks that "he said" right after a
// sentence whose subject is someone brought in unnamed ("One senior
// figure at a northern track, who asked not to be named, said…") is
// that person, though the noun is no person's word ("figure": the "who"
// says it is one) and though coreference linked the pronoun to a woman
// named before.
func TestAudit30UnnamedBeforePronoun(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an unnamed source whose noun is no person's word",
			"Racecourses threaten blackout\n\nLONDON - Racecourses said on Monday they would stop sending pictures to betting shops from March.\n\n\"My owners pay to see their horses run,\" trainer Siobhán Ní Bhriain said. \"A blackout would be a disaster for the smaller yards.\"\n\nSome within the alliance question whether its members will hold firm. One senior figure at a northern track, who asked not to be named, said several courses rely on the shop money for a third of their income. \"Everyone is brave in February,\" he said.\n",
			"Everyone is brave in February", "One senior figure at a northern track"},
	}, false)
}

// TestAudit30PrepositionSubjects checks that "after the session" between
// a subject and its verb of saying ("A joint communique issued after the
// session said…"), which the parser read as a second subject opened by a
// subordinator, leaves the communique the one that speaks.
func TestAudit30PrepositionSubjects(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a preposition read as a subordinator",
			"River talks end\n\nASTANA - Officials of the two countries ended talks on the river on Friday.\n\nThe talks on the canal made little progress. A joint communique issued after the session said the two sides would \"continue consultations on the principles of water allocation\" and set up an expert group.\n",
			"continue consultations on the principles", "A joint communique"},
	}, false)
}

// TestAudit30NoLakeSpeaks checks that a "he" no rule resolves is not
// given to a lake the story names (read as a place in every mention), as
// it is not given to a body.
func TestAudit30NoLakeSpeaks(t *testing.T) {
	const text = "River deal signed\n\nASTANA - The two countries signed a river deal on Friday.\n\nAbout 80% of the water reaching Lake Balkhash comes from the Ili. Scientists have warned for years that Balkhash, a lake in the southeast of the country, is at risk.\n\nThe head of the Chinese delegation, Vice-Minister of Water Resources Liu Jianhong, was quoted by the state news agency Xinhua as saying the agreement showed \"the spirit of good-neighbourliness.\" Speaking briefly to reporters in Astana, the Chinese vice-minister said Beijing also faced water shortages. \"Both peoples depend on this river,\" he said.\n"
	b := treeBrief(t, text)
	for _, q := range b.Quotes {
		if q.Text == "Both peoples depend on this river" && q.Speaker == "Lake Balkhash" {
			t.Errorf("quote %q credited to a lake", q.Text)
		}
	}
}
