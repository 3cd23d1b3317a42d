package summarize

import (
	"strings"
	"testing"
)

// TestTitledNames: a name after a title of several capitalised words, a
// name followed by post-nominal letters, a councillor written "Cr" and a
// name whose given name is also a city's each credit their quotations to
// the person, by name and nothing else.
func TestTitledNames(t *testing.T) {
	for _, c := range []struct{ name, text, quote, speaker string }{
		{"title of several fields", "Harbour deal agreed\n\nThe port and the boat owners signed a deal on Friday.\n\nMinister for Health, Housing and Transport Elin Rhys said the deal would \"keep every boat in the harbour working.\"\n",
			"keep every boat", "Elin Rhys"},
		{"post-nominal letters", "Harbour deal agreed\n\nThe port and the boat owners signed a deal on Friday.\n\nThe island's member for the north, Tomas Crellin MHK, welcomed it. \"It is late, but it is fair,\" Tomas Crellin MHK said.\n",
			"late, but it is fair", "Tomas Crellin"},
		{"councillor as Cr", "Bypass deal signed\n\nThe shire council signed a deal on Monday.\n\nMayor Janine Pollard said the deal was \"long overdue\" for the town.\n\n\"Trucks have been rattling our windows for years,\" Cr Pollard said. \"Now they will go round.\"\n",
			"Trucks have been rattling", "Janine Pollard"},
		{"given name that is a city", "Lake deal signed\n\nThe two governments signed the lake agreement on Monday.\n\nBoatmen are divided about the new rules. Milan Radović, who runs ferries for tourists on the lake, said the closed months would hurt. \"June is when the tourists come,\" he said. \"Somebody should pay us for it.\"\n",
			"June is when the tourists come", "Milan Radović"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := treeBrief(t, c.text)
			for _, q := range b.Quotes {
				if strings.Contains(q.Text, c.quote) {
					if q.Speaker != c.speaker {
						t.Errorf("%q credited to %q, want %q", q.Text, q.Speaker, c.speaker)
					}
					return
				}
			}
			t.Errorf("no quotation %q among %+v", c.quote, b.Quotes)
		})
	}
}
