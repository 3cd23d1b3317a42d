package summarize

import (
	"strings"
	"testing"
)

// TestTitleAppositiveAndColonClause checks three readings of one story:
// a name set off by commas after a long title ("Kenya’s State Minister
// for Water Resources, Achieng Odhiambo Were, called…") is who speaks,
// however the parser joined it to the title's last words; "she" later is
// that person, not the title; and a colon after a clause of any verb
// whose subject is a person ("she did not hesitate:") opens her words.
func TestTitleAppositiveAndColonClause(t *testing.T) {
	b := treeBrief(t, `Kenya and Tanzania share the Mara

NAIROBI, June 3 - Kenya and Tanzania signed an interim deal on Tuesday to share the dry-season flow of the Mara river.

Kenya’s State Minister for Water Resources, Achieng Odhiambo Were, called the agreement “a floor, not a ceiling.” Speaking at the airport on her return, she was more expansive. “For ten years we were told the Mara was too complicated,” she told reporters.

Asked whether she expected the deal to survive a drought, she did not hesitate: “A river treaty survives by being boring.”`)
	checkSpeakers(t, b, map[string]string{"a floor, not a ceiling": "Achieng Odhiambo Were", "For ten years we were told the Mara was too complicated": "Achieng Odhiambo Were", "A river treaty survives by being boring": "Achieng Odhiambo Were"})
}

// TestMiddleGivenNameKept checks that a person's name whose middle word
// is a common given name ("Tanvir Ahmed Chowdhury") is kept whole, not
// cut to start at that given name, in a story that names another
// Chowdhury.
func TestMiddleGivenNameKept(t *testing.T) {
	b := treeBrief(t, `Dhaka signs river deal

Bangladesh’s water minister, Nusrat Jahan Chowdhury, called the agreement “a floor, not a ceiling.”

“Forty per cent of very little is still very little,” warned Tanvir Ahmed Chowdhury, a hydrologist at the University of Dhaka who is no relation of the minister.`)
	checkSpeakers(t, b, map[string]string{"Forty per cent of very little is still very little": "Tanvir Ahmed Chowdhury"})
}

// TestRoleAfterAgeAndTitleWithFor checks two roles set beside a name:
// after an age ("Zurab Kapanadze, 52, a walnut farmer from Gori" is "the
// farmer") and before it, a title holding "for" ("Georgia’s State
// Minister for Reconciliation, Nino Tsereteli," is "the reconciliation
// minister", not the MP the paragraph before names).
func TestRoleAfterAgeAndTitleWithFor(t *testing.T) {
	b := treeBrief(t, `Four detainees freed at Ergneti

ERGNETI, Georgia - The longest-held of the four is Zurab Kapanadze, 52, a walnut farmer from Gori who was detained 213 days ago while looking for a lost cow.

Georgia’s State Minister for Reconciliation, Nino Tsereteli, has arrived at the crossing.

Zurab Kapanadze himself said little. Asked what he wanted to do first, the farmer answered: “Sleep in my own bed.”

Opposition MP Davit Lomidze wrote on Facebook that the government was “celebrating while the fence moves.”

Asked about that post, the reconciliation minister did not dispute the point. “Mr. Lomidze is right that the fence moves,” the minister said.`)
	checkSpeakers(t, b, map[string]string{"Sleep in my own bed": "Zurab Kapanadze", "Mr. Lomidze is right that the fence moves": "Nino Tsereteli"})
}

// TestDesignateAndChancellery checks a title written with "-designate"
// ("the prime minister-designate" is Prime minister-designate Ilze
// Ozola, not the political scientist quoted in between) and a body's
// noun in "-ery" ("The presidential chancellery said…" is the
// chancellery, not the party leader quoted before it).
func TestDesignateAndChancellery(t *testing.T) {
	b := treeBrief(t, `Latvian coalition signs deal

RIGA, Dec. 2 - Prime minister-designate Ilze Ozola signed a coalition agreement on Monday.

Marta Berzina, the Open Latvia leader, conceded that her party had given ground on subsidies. She described the deal as “a compromise, not a surrender.”

The presidential chancellery said in a statement that the president had “full confidence in the ability of the Saeima to give the country a stable government.”

Inese Kalnina, a political scientist, said the government would survive the vote.

“It felt long,” the prime minister-designate said.`)
	checkSpeakers(t, b, map[string]string{"It felt long": "Ilze Ozola", "full confidence in the ability of the Saeima": "The presidential chancellery"})
}

// TestTextQuotedAfterPassiveAndComplement checks two quotations of a
// text: one after "It says" when the sentence before made the text the
// subject of a passive ("The joint statement … has been published"), and
// one inside the clause a text's verb takes as its complement ("The
// tender document required that the rights go to “…”"). Both are the
// text's, and neither is lost as a scare quote.
func TestTextQuotedAfterPassiveAndComplement(t *testing.T) {
	b := treeBrief(t, `Prisoners exchanged at the line

The joint statement issued after Thursday’s meeting has now been published. It says the participants “agreed on the simultaneous release of the persons listed in the annex, on humanitarian grounds.”

The league sold its television rights on Monday. The tender document required that the rights go to “the bid offering the highest guaranteed minimum fee, subject to one live match per round on free television.”`)
	checkSpeakers(t, b, map[string]string{"agreed on the simultaneous release": "The joint statement", "the bid offering the highest": "The tender document"})
}

// TestRoleAfterCredential checks a role set off after a credential and
// told by a relative clause with a gerund modifier ("Marisol Vega-Torres,
// RN, who chairs the nurses' bargaining team"): "the bargaining chair"
// is she.
func TestRoleAfterCredential(t *testing.T) {
	b := treeBrief(t, `Nurses ratify contract at Lakeview

DULUTH, Minn. - Nurses at Lakeview Medical Center voted on Monday to ratify a three-year contract.

"This contract is about the patients," said Marisol Vega-Torres, RN, who chairs the nurses' bargaining team at Lakeview.

Gregory Ambers, Lakeview's president, said the hospital would hire 40 nurses.

"We'll be counting. Every shift," the bargaining chair said.`)
	checkSpeakers(t, b, map[string]string{"We'll be counting": "Marisol Vega-Torres"})
}

// TestCredential checks which words read as a credential after a name.
func TestCredential(t *testing.T) {
	for w, want := range map[string]bool{"RN": true, "MD": true, "PhD": true, "QC": true, "CEO": true, "R": false, "Jr": false, "Smith": false, "ABCDE": false, "rn": false, "47": false} {
		if got := credential(w); got != want {
			t.Errorf("credential(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWhoseAsideSubject checks a speaker brought in with a "whose" aside
// that names someone else ("Rowena Cruz, whose husband, Ramil Cruz, is
// the ship's bosun, said…"): she speaks, and "her husband" later is he.
func TestWhoseAsideSubject(t *testing.T) {
	b := treeBrief(t, `Crew freed after five months

MANILA, March 4 - Nineteen sailors held by pirates were freed on Monday.

In Batangas, south of Manila, Rowena Cruz, whose husband, Ramil Cruz, is the ship’s bosun, said she had learned of the release from a cousin. “I have not slept properly since October,” she said.

Her husband, reached by telephone in Lagos, said: “Tell my wife I am coming home.”`)
	checkSpeakers(t, b, map[string]string{"I have not slept properly since October": "Rowena Cruz", "Tell my wife I am coming home": "Ramil Cruz"})
}

// checkSpeakers checks that the brief holds a quotation opening with each
// key of want, credited to its value.
func checkSpeakers(t *testing.T, b *Brief, want map[string]string) {
	t.Helper()
	found := map[string]bool{}
	for _, q := range b.Quotes {
		for text, who := range want {
			if strings.HasPrefix(q.Text, text) {
				found[text] = true
				if q.Speaker != who {
					t.Errorf("%q credited to %q, want %q", q.Text, q.Speaker, who)
				}
			}
		}
	}
	for text := range want {
		if !found[text] {
			t.Errorf("no quotation opens with %q: %+v", text, b.Quotes)
		}
	}
}
