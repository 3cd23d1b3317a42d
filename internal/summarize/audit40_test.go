package summarize

import (
	"slices"
	"strings"
	"testing"
)

// TestAudit40SurnameWithParticles checks that a Spanish surname that opens
// with particles ("de la Fuente", "de los Santos") is one person's name:
// written in full between a given name and a second surname, and again
// alone, capitalised to open a sentence, it speaks as the person named in
// full, for quotations and for what was said.
func TestAudit40SurnameWithParticles(t *testing.T) {
	const text = "Dockers reject offer\n\n" +
		"Dockworkers rejected the latest offer from the terminal operators on Monday.\n\n" +
		"“We will not sign a deal that cuts night pay,” Ana María de la Fuente Ruiz, the head of the dockers’ union, said.\n\n" +
		"De la Fuente, a 52-year-old crane driver, said the offer was too low. “We are ready to wait,” De la Fuente said.\n\n" +
		"Walter de los Santos Pereira, the labour minister, said talks would resume on Friday. De los Santos added that the government would mediate.\n"
	checkAudit2(t, []audit2Case{
		{"quotation credited by the short form", text, "We are ready to wait", "Ana María de la Fuente Ruiz"},
	}, false)
	checkStatements(t, []statementCase{
		{"short form", text, "the offer was too low", "Ana María de la Fuente Ruiz", "said"},
		{"full name with \"de los\"", text, "talks would resume on Friday", "Walter de los Santos Pereira", "said"},
		{"short form with \"de los\"", text, "the government would mediate", "Walter de los Santos Pereira", "added"},
	})
}

// TestAudit40TreatyWords checks that a quotation credited to a text named
// by a word of treaties and deals ("The convention states…", "The deal
// says…", "The regulation states…") is the text's, as one credited to
// "the agreement" is, not a quotation without a speaker.
func TestAudit40TreatyWords(t *testing.T) {
	const lead = "Port concession signed\n\nLIMA - The government and Andes Port signed a new concession on Monday.\n\n"
	checkAudit2(t, []audit2Case{
		{"convention", lead + "The convention states that the tariff “shall not rise for five years from the date of signature”.\n",
			"shall not rise for five years", "The convention"},
		{"deal", lead + "The deal says the company must “hire no fewer than 200 local workers” by 2028.\n",
			"hire no fewer than 200 local workers", "The deal"},
		{"regulation", lead + "The regulation states that ships “shall not wait more than 48 hours at anchor”.\n",
			"shall not wait more than 48 hours", "The regulation"},
	}, false)
}

// TestAudit40NameAfterRoleOfBody checks that a name set off after "the
// <role> of <a body>" ("The chief executive of Kilima, Liang Zhiqiang,
// said…"), which the parser hangs from the body, is the role holder's: a
// person, not a body or the body's other name.
func TestAudit40NameAfterRoleOfBody(t *testing.T) {
	tests := []struct{ name, sentence string }{
		{"coordinated with the body", "The chief executive of Kilima, Liang Zhiqiang, said the company would invest."},
		{"the body's other name", "The managing director of Kilima’s Kenyan subsidiary, Liang Zhiqiang, said the company would invest in the county."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, "Royalty deal signed\n\nNAIROBI - Parliament approved a new royalty deal with Kilima Mining on Tuesday.\n\n"+tt.sentence+"\n")
			said := false
			for _, s := range b.Statements {
				said = said || s.Speaker == "Liang Zhiqiang"
			}
			if !said {
				t.Errorf("no statement by Liang Zhiqiang in %+v", b.Statements)
			}
			for _, p := range b.Parties {
				if p.Name == "Liang Zhiqiang" && p.Kind != KindPerson {
					t.Errorf("party %+v, want a person", p)
				}
			}
		})
	}
}

// TestAudit40TrailingRoleAdjective checks that a role word the tagger
// read as an adjective at the end of a subject ("A mining executive
// said…", with "executive" an adjective of "mining") is the subject's
// noun: an unnamed new speaker, whom "he" then goes on from, not the
// company's managing director named before.
func TestAudit40TrailingRoleAdjective(t *testing.T) {
	const text = "Cobalt deal signed\n\nKINSHASA - Congo and Kilima Mining signed a new royalty deal on Tuesday.\n\n" +
		"“We are a long-term partner,” said Peter Otieno, the company’s managing director. “The new terms are demanding.”\n\n" +
		"A mining executive said other miners were studying the deal closely. “Everybody now knows the price,” he said.\n"
	checkAudit2(t, []audit2Case{
		{"pronoun after the description", text, "Everybody now knows the price", "A mining executive"},
	}, false)
	checkStatements(t, []statementCase{
		{"the description whole", text, "other miners were studying the deal closely", "A mining executive", "said"},
	})
}

// TestAudit40TitleWithPortfolio checks that a minister named with a
// portfolio whose words are a body's ("Iraqi Water Resources Minister
// Haidar al-Saadi") is a person on the country's side, not an
// organisation of that whole name, and that the surname written without
// its particle ("Saadi said") is the same person.
func TestAudit40TitleWithPortfolio(t *testing.T) {
	const text = "Water deal signed\n\nBAGHDAD - Iraq and Turkey signed a water-sharing deal on Monday.\n\n" +
		"“For the first time, there is a number on paper,” Iraqi Water Resources Minister Haidar Abdul-Karim al-Saadi told a news conference.\n\n" +
		"Saadi said the deal would be reviewed every year.\n"
	b := treeBrief(t, text)
	found := false
	for _, p := range b.Parties {
		if p.Kind == KindOrganisation && strings.Contains(p.Name, "Saadi") || p.Name == "Saadi" {
			t.Errorf("party %+v", p)
		}
		if p.Name == "Iraq" {
			found = slices.Contains(p.People, "Haidar Abdul-Karim al-Saadi")
		}
	}
	if !found {
		t.Errorf("Haidar Abdul-Karim al-Saadi not on Iraq's side: %+v", b.Parties)
	}
	checkStatements(t, []statementCase{
		{"surname without its particle", text, "the deal would be reviewed every year", "Haidar Abdul-Karim al-Saadi", "said"},
	})
}

// TestAudit40PlaceReadAsPerson checks that a description credit ("the
// retired teacher said") goes on from the person the sentence before
// named as its subject even where the entity model read a place in that
// sentence as a person ("was trying to reach Faro"), but not past a
// person named there ("met Ruiz").
func TestAudit40PlaceReadAsPerson(t *testing.T) {
	const lead = "Strike ends\n\nLISBON - Nurses ended their strike on Sunday.\n\n"
	checkAudit2(t, []audit2Case{
		{"a place one reaches", lead + "Marta Oliveira, 71, was trying to reach Faro for her granddaughter’s wedding on Sunday. “We have been here since dawn,” the retired teacher said.\n",
			"We have been here since dawn", "Marta Oliveira"},
		{"a person one meets", lead + "Ivan Petrov, the mayor, met Ruiz at the gate on Sunday. “We have been here since dawn,” the retired teacher said.\n",
			"We have been here since dawn", "the retired teacher"},
	}, false)
}

// TestAudit40ReducedRelativeSubject checks that a participle right after
// the subject's noun, followed by a verb of saying with no subject of its
// own ("The only text agreed so far says the parties “shall…”"), is read
// as modifying the noun: the text speaks, not the parties it names.
func TestAudit40ReducedRelativeSubject(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a text agreed so far", "Dam talks end\n\nKIGALI - Egypt, Ethiopia and Sudan ended three days of talks on Monday.\n\n" +
			"The only text agreed so far says the parties “shall endeavour to resolve any difference through consultation”.\n",
			"shall endeavour to resolve any difference", "The only text"},
	}, false)
}
