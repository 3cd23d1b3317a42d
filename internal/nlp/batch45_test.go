package nlp

import "testing"

// TestBatch45Names checks names the forty-fifth round's stories showed
// read in part or not at all, written anew:
//   - a second surname after a hyphened first one the model ended the
//     name on, which the parser hung from the name ("Rui Sá-Carneiro
//     Pimentel"); a name followed by a word of its own stays as it is;
//   - a hyphened given name whose first part the lists know and whose
//     second they do not ("Pieter-Jan"), with the particles of the
//     surname after it;
//   - a given name the tagger read as a common noun at the start of a
//     sentence ("Siv Rønning, the mayor…"), not left out so that the
//     surname stands for another person of that name; a title there
//     stays out ("Minister Rønning", "Analyst Marc Morel");
//   - a body's name in a language that writes its later words in lower
//     case, before its initials in brackets; a common phrase before
//     initials, opening in lower case, is no body.
func TestBatch45Names(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"“We were never going to sign a contract that treats fatigue as a bargaining chip,” said Rui Sá-Carneiro Pimentel, president of the pilots' union.",
			[]string{"PERSON:Rui Sá-Carneiro Pimentel"}, nil},
		{"“The offer is too low,” said Teresa Vaz-Ferreira Lobo, the union's negotiator.",
			[]string{"PERSON:Teresa Vaz-Ferreira Lobo"}, nil},
		{"Maria Lopez told Reuters the deal was close.",
			[]string{"PERSON:Maria Lopez"}, []string{"Maria Lopez Reuters"}},
		{"“For us this was never about a logo,” Pieter-Jan de Vries, chairman of the Tiel board, told staff on Monday.",
			[]string{"PERSON:Pieter-Jan de Vries"}, nil},
		{"Jean-Pierre de la Fontaine told staff at a meeting.",
			[]string{"PERSON:Jean-Pierre de la Fontaine"}, nil},
		{"Kystfly chief executive Halvard Rønning said the offer was fair. Siv Rønning, the mayor of Bodø and no relation to the airline chief, said the deal risked turning the city into a one-airline town.",
			[]string{"PERSON:Siv Rønning"}, nil},
		{"Kystfly chief executive Halvard Rønning said the offer was fair. Minister Rønning said the deal was risky.",
			nil, []string{"Minister Rønning"}},
		{"People close to the airline said it was fair. Analyst Marc Morel of Castle Research said the remedy was small.",
			nil, []string{"Analyst Marc Morel"}},
		{"On the employers’ side, the president of the Confédération patronale des entreprises françaises (CPEF), Geoffroy de Vaublanc, repeated his opposition.",
			[]string{"ORG:Confédération patronale des entreprises françaises"}, nil},
		{"The government and the rebel Union pour la Liberté du Sankuru (ULS) signed a ceasefire on Sunday.",
			[]string{"ORG:Union pour la Liberté du Sankuru"}, nil},
		{"Officers of the Los Angeles Police Department (LAPD) met the union on Monday.",
			[]string{"ORG:Los Angeles Police Department"}, nil},
		{"The chair, Ambassador Luiza Helena Fontes de Carvalho of Brazil, opened the day with a new draft.",
			[]string{"PERSON:Luiza Helena Fontes de Carvalho"}, nil},
		{"The two sides signed a memorandum of understanding (MoU) on Friday.",
			nil, []string{"memorandum of understanding"}},
	})
}
