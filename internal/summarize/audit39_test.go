package summarize

import (
	"os"
	"testing"
)

// TestAudit39TitleAfterBody checks that "the FNB President" after two
// presidents were named, one "President of the FNB and a former
// world champion" (a role and a second description joined by "and"), is
// the FNB's president, and that a title the entity model reads as a
// name alone ("President") is no holder of the title itself.
func TestAudit39TitleAfterBody(t *testing.T) {
	const text = "Rowers and clubs agree first contract\n\n" +
		"LUCERNE - The Federation of National Boatmen (FNB) and the Association of Rowing Clubs (ARC) signed their first collective agreement on Monday.\n\n" +
		"\"This is the day we stop rowing for free,\" said Liesl Brunner-Hofer, President of the FNB and a former world lightweight double sculls champion from Zug.\n\n" +
		"Matteo Colombo-Sarti, President of the ARC, said: \"Clubs want crews that stay together.\"\n\n" +
		"Tomas Ek, who rows for a club in Malmö, took part in every session. \"Nobody asked us before,\" said Tomas Ek.\n\n" +
		"The FNB President added that talks on a contract for junior crews would open in May. \"The juniors are next. We will not forget them,\" the FNB President said.\n"
	checkAudit2(t, []audit2Case{
		{"the FNB President", text, "The juniors are next", "Liesl Brunner-Hofer"},
	}, false)
}

// TestOuterReporterSecondThatClause checks that a verb of agreeing or
// wanting in a second "and that" clause of what someone said ("Ruiz said
// talks would open and that both sides had agreed to bring …"), hung from
// the first clause or from the verb of saying, reports to that verb, as
// one in the first clause does; without "that" it is a clause of its own.
func TestOuterReporterSecondThatClause(t *testing.T) {
	words := func(agreedHead, mark string) []string {
		return []string{"Ruiz/PROPN/NNP/Ruiz/2/nsubj", "said/VERB/VBD/say/0/root", "talks/NOUN/NNS/talk/5/nsubj",
			"would/AUX/MD/would/5/aux", "open/VERB/VB/open/2/ccomp", "and/CCONJ/CC/and/11/cc", mark,
			"both/DET/DT/both/9/det", "sides/NOUN/NNS/side/11/nsubj", "had/AUX/VBD/have/11/aux",
			"agreed/VERB/VBN/agree/" + agreedHead + "/conj", "to/PART/TO/to/13/mark", "bring/VERB/VB/bring/11/xcomp",
			"experts/NOUN/NNS/expert/13/obj"}
	}
	tests := []struct {
		name  string
		words []string
		want  int
	}{
		{"hung from the first clause", words("5", "that/SCONJ/IN/that/11/mark"), 1},
		{"hung from the verb of saying", words("2", "that/SCONJ/IN/that/11/mark"), 1},
		{"no that", words("5", "then/ADV/RB/then/11/advmod"), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTree(parsed(t, tt.words...), nil)
			if got := tr.outerReporter(10); got != tt.want {
				t.Errorf("outerReporter(agreed) = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestAudit39MovementSecretary checks that "the minister" is the one
// person the story calls a minister, not also one it calls "the
// movement's secretary for external affairs": a secretary is a minister
// only as a government's.
func TestAudit39MovementSecretary(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the minister",
			"Truce signed\n\n" +
				"\"We have a month of quiet. What we do with it is the test,\" said Jean-Paul Habimana-Kayitare, Rwanda's foreign minister, who chaired the talks.\n\n" +
				"The rebel front, which has fought in the hills since 2019, was represented by Aline Mukamana-Uwase, the movement's secretary for external affairs, who flew in from Brussels.\n\n" +
				"In the border towns, reaction was cautious. Grace Uwimana-Nkusi, head of a coalition of church groups, said people had heard such promises before.\n\n" +
				"\"They will believe it when the raids stop,\" Uwimana-Nkusi said.\n\n" +
				"\"If it holds, we will talk about the hard things. If not, we will talk about why,\" the minister said.\n",
			"If it holds, we will talk about the hard things", "Jean-Paul Habimana-Kayitare"},
	}, false)
}

// TestAudit39MisspelledSurname checks that a surname written again with
// a letter off ("McLenney" after "Tyresha McClenney") or with another
// apostrophe ("O'Neill" after "James O’Neill") speaks as the person named
// in full, the apostrophe as written where the name is taken up.
func TestAudit39MisspelledSurname(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a letter dropped",
			"Voters unsure\n\nTAMPA - The mayor spoke at the rally. Two voters, Tyresha McClenney and Bryan Anderson, came to hear her.\n\nMcLenney said the mayor had not kept her promises. \"It is only talk,\" she said.\n",
			"It is only talk", "Tyresha McClenney"},
		{"another apostrophe",
			"Police chief speaks\n\nNEW YORK - Police Commissioner James O’Neill visited the site on Sunday.\n\n\"We have no evidence of a wider plot,\" O'Neill said.\n",
			"We have no evidence of a wider plot", "James O'Neill"},
	}, false)
}

// TestAudit39SetOffInvertedCredit checks that a credit written verb first
// inside the clause it reports gives the speaker after the verb, not the
// clause's subject before it: for a quotation ("The agreement, said
// Deputy Labour Minister Kofi Asante-Mensah, “marks a new start…”") and
// for what was said, given as written.
func TestAudit39SetOffInvertedCredit(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"quotation",
			"Teachers end strike\n\nACCRA - Teachers suspended their strike on Sunday.\n\nThe agreement, said Deputy Labour Minister Kofi Asante-Mensah, \"marks a new start for teachers and for the children they teach.\"\n",
			"marks a new start", "Kofi Asante-Mensah"},
	}, false)
	checkStatements(t, []statementCase{
		{"statement", "Talks stall\n\nGENEVA - The talks, said one Western diplomat, were close to collapse on Friday.\n",
			"The talks, said one Western diplomat, were close to collapse on Friday", "one Western diplomat", "said"},
	})
}

// TestAudit39CoordinatedTitleWord checks that a title of two portfolios
// joined by "and" ("Labour and Social Security Minister Kerry-Ann
// Lewis-Mohammed was quoted … as saying…") credits the person it names
// even where the entity model read the title's first word as a name.
func TestAudit39CoordinatedTitleWord(t *testing.T) {
	text, err := os.ReadFile("testdata/labour-minister.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkAudit2(t, []audit2Case{
		{"title's first word read as a name", string(text), "what is possible when nobody walks out of the room", "Kerry-Ann Lewis-Mohammed"},
	}, false)
}

// TestAudit39WarningBeforeColon checks that a quotation after "His
// warning was simple:" is the words of the one "his" stands for, as
// after "His answer was short:".
func TestAudit39WarningBeforeColon(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"his warning",
			"Dockers sign deal\n\nDURBAN - Dockworkers signed a wage deal on Tuesday.\n\nSipho Mthembu-Nkosi, the union's general secretary, said members would watch the port operator closely. His warning was simple: \"If a berth closes to punish the workers, we will be back at the gates.\"\n",
			"If a berth closes to punish the workers", "Sipho Mthembu-Nkosi"},
	}, false)
}

// TestAudit39ReportAfterAside checks that what a verb of thinking reports
// runs on past an aside set off after its subject ("Analysts doubt the
// new round in Kampala, due to open on June 3, will be different"), read
// by the parser as the verb's object and a second verb.
func TestAudit39ReportAfterAside(t *testing.T) {
	checkStatements(t, []statementCase{
		{"doubt", "Dam talks\n\nCAIRO - Egypt and Ethiopia failed to agree again.\n\nAnalysts doubt the new round in Kampala, due to open on June 3, will be different.\n",
			"the new round in Kampala, due to open on June 3, will be different", "Analysts", "doubt"},
	})
}
