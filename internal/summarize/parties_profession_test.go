package summarize

import "testing"

// TestTownOfAProfession checks that a town set before a profession's role
// ("a Fresno lawyer") says where the person works, not whose side they
// are on: the town is no party.
func TestTownOfAProfession(t *testing.T) {
	b := treeBrief(t, "The Saltmere growers' cooperative and Brindle Foods resumed talks on Monday over the price of winter cabbage. "+
		"The cooperative said it would not sell below last year's price. "+
		"Brindle Foods said it could not pay more while its stores lose money. "+
		"Halvard Pienaar, a Fresno lawyer who has advised growers for a decade, said the cooperative had the stronger hand. "+
		"\"They cannot stock empty shelves,\" Pienaar said. "+
		"Brindle Foods said it would return to the table on Thursday.")
	for _, p := range b.Parties {
		if p.Name == "Fresno" {
			t.Errorf("%q listed as a party: %+v", p.Name, b.Parties)
		}
	}
}
