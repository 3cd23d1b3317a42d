package ask

import "testing"

// TestRound43SecGenAndCurlyNation checks a question that names an office
// by its chat short form ("sec gen" for the secretary-general, but not
// "sec" inside another word), and one that names a speaker by the
// adjective of a country the article writes with a typographic
// apostrophe ("ivorian" for "Côte d’Ivoire’s Coffee-Cocoa Council").
func TestRound43SecGenAndCurlyNation(t *testing.T) {
	art := textArticle(t, `Doctors suspend strike

NAIROBI - Kenya's doctors suspended their strike on Friday after a deal on pay arrears.

"We did not strike because we enjoy seeing empty wards," said Dr. Halima Abdi Noor, secretary-general of the Kenya Union of Doctors and Dentists.

"The money will be paid by June," said Health Secretary Ruth Langat.`)
	cocoa := textArticle(t, `Cocoa talks end without deal

ACCRA - Talks on the cocoa premium ended without agreement in Abidjan on Friday.

"We did not come to Abidjan to ask for charity," said Adjoua N’Guessan-Kouamé, head of international affairs at Côte d’Ivoire’s Coffee-Cocoa Council.

"Nobody can replace two million tonnes," said Piet Haldemann, who runs the Zurich trading house Haldemann Rossi.`)
	runAnswerCases(t, []answerCase{
		{"sec gen", art, "what did the union sec gen say abt empty wards", []string{"Abdi Noor", "empty wards"}, []string{"June"}, false},
		{"sec-gen", art, "wat did the sec-gen say", []string{"empty wards"}, []string{"June"}, false},
		{"ivorian official", cocoa, "what did the ivorian official say", []string{"charity"}, []string{"two million"}, false},
	})
	if got := writeOffices("how is nitrogen security handled"); got != "how is nitrogen security handled" {
		t.Errorf("writeOffices rewrote words inside words: %q", got)
	}
}
