package summarize

import (
	"slices"
	"testing"
)

// TestAudit4ClosingCredit checks a closing credit ("…, three people
// familiar with the matter said") after a clause the parser misreads
// around tickers in brackets, and before a noun phrase summing up the news.
func TestAudit4ClosingCredit(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"tickers in brackets",
			"Acme Corp (ACME.N) is in advanced talks to acquire Borealis Energy Inc (BOR.TO) for about $6.2 billion, three people familiar with the matter said on Tuesday.",
			"Acme Corp (ACME.N) is in advanced talks", "three people familiar with the matter"},
		{"an apposition after the credit",
			"Vexa Inc is in talks to buy a rival for $2 billion, two people familiar with the matter said on Monday, a move that would double its size.",
			"Vexa Inc is in talks", "two people familiar with the matter"},
		{"tickers and an apposition after a dateline",
			"NEW YORK, Sept 9 (Reuters) - Acme Corp (ACME.N) is in advanced talks to acquire Borealis Energy Inc (BOR.TO) for about $6.2 billion, three people familiar with the matter said on Tuesday, a deal that would create a large power producer.",
			"Acme Corp (ACME.N) is in advanced talks", "three people familiar with the matter"},
		{"a definite noun phrase after the credit, read as its object",
			"Sudan's army and the paramilitary Rapid Support Forces agreed on Thursday to a seven-day humanitarian truce, two mediators said, the first deal between the two sides in more than a year of fighting.",
			"Sudan's army and the paramilitary Rapid Support Forces agreed", "two mediators"},
	}, true)
}

// TestAudit4PossessiveOffice checks that an office, a campaign or a camp
// owned in the possessive is the source, named by whose it is, not the
// person it serves.
func TestAudit4PossessiveOffice(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a surname's office",
			"Mayor Elena Ruiz met the union on Friday. Ruiz's office said the city would not raise its offer.",
			"the city would not raise", "Elena Ruiz's office"},
		{"an office after a participle",
			"Governor Elena Ruiz met the union on Friday. Ruiz's office declined to respond, saying only that talks would resume on Thursday.",
			"only that talks would resume", "Elena Ruiz's office"},
		{"a full name's office and a statement",
			"Benjamin Netanyahu's office said in a statement that Israel would not end the war until all its goals are achieved.",
			"Israel would not end the war", "Benjamin Netanyahu's office"},
		{"a role's office as written",
			"The president's office said the talks would resume next week.",
			"the talks would resume", "The president's office"},
	}, true)
	checkAudit2(t, []audit2Case{
		{"a quotation credited to an office",
			"Mayor Elena Ruiz met the union on Friday.\n\n\"The city will not raise its offer,\" Ruiz's office said in a statement.",
			"The city will not raise", "Elena Ruiz's office"},
	}, false)
}

// TestAudit4OfficerUnderCompany checks that a company's officer named
// with the company and a capitalised title ("Northgate Chief Executive
// Laura Fenwick") is listed under the company, not as a party of their
// own.
func TestAudit4OfficerUnderCompany(t *testing.T) {
	tests := []struct {
		name, text, party, person string
	}{
		{"chief executive after a story of the company",
			"Northgate agreed to sell its shipping arm. Northgate Chief Executive Laura Fenwick said the sale would close in March.",
			"Northgate", "Laura Fenwick"},
		{"chief executive in the one sentence",
			"Acme Chief Executive Tom Reyes told investors that the company was looking for acquisitions.",
			"Acme", "Tom Reyes"},
		{"chief financial officer",
			"Vexa Chief Financial Officer Dana Price said the company would cut costs.",
			"Vexa", "Dana Price"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			found := false
			for _, p := range b.Parties {
				if p.Name == tt.person {
					t.Errorf("%q is a party of their own: %+v", tt.person, b.Parties)
				}
				if p.Name == tt.party {
					found = true
					if !slices.Contains(p.People, tt.person) {
						t.Errorf("people of %q = %q, want %q among them", tt.party, p.People, tt.person)
					}
				}
			}
			if !found {
				t.Errorf("no party %q in %+v", tt.party, b.Parties)
			}
		})
	}
}
