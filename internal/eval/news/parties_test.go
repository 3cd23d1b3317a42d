package news

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/eval/attribution"
	"github.com/parley-bot/parley/internal/summarize"
)

// TestPartyGoldSets checks the shape of both party gold sets: unique
// article ids, every party named, of a known kind, with names only (no
// sentence of an article), and principals in every article that has
// parties.
func TestPartyGoldSets(t *testing.T) {
	for _, tt := range []struct {
		name     string
		gold     []byte
		articles int
	}{
		{"development", partiesGold, 40},
		{"held-out", partiesHeldOut, 33},
		{"attribution bench development part", partiesPolDev, 48},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var gold struct {
				About    string        `json:"_about"`
				Articles []goldArticle `json:"articles"`
			}
			if err := json.Unmarshal(tt.gold, &gold); err != nil {
				t.Fatal(err)
			}
			if gold.About == "" || len(gold.Articles) != tt.articles {
				t.Fatalf("%d articles (want %d), about %q", len(gold.Articles), tt.articles, gold.About)
			}
			seen := map[string]bool{}
			for _, ga := range gold.Articles {
				if seen[ga.ID] {
					t.Errorf("article %s twice", ga.ID)
				}
				seen[ga.ID] = true
				for _, p := range ga.Parties {
					if !slices.Contains([]string{"country", "organisation", "group", "person"}, p.Kind) {
						t.Errorf("[%s] %q: kind %q", ga.ID, p.Name, p.Kind)
					}
					for _, n := range append(append([]string{p.Name}, p.Aliases...), p.People...) {
						if n == "" || len(strings.Fields(n)) > 12 {
							t.Errorf("[%s] %q: a name of %d words", ga.ID, n, len(strings.Fields(n)))
						}
					}
				}
			}
		})
	}
}

// TestHeldOutPartiesAvoidTheNewsBench checks that the held-out party set
// holds the attribution bench's held-out third only: no article the news
// bench (whose parties were read while the party stage was written) or
// the development party set holds.
func TestHeldOutPartiesAvoidTheNewsBench(t *testing.T) {
	var dev struct {
		Articles []goldArticle `json:"articles"`
	}
	if err := json.Unmarshal(partiesGold, &dev); err != nil {
		t.Fatal(err)
	}
	ids, err := HeldOutPartyIDs()
	if err != nil {
		t.Fatal(err)
	}
	polDev, err := PolDevPartyIDs()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range polDev {
		if attribution.HeldOut(id) {
			t.Errorf("%s of the development party set is in the held-out third", id)
		}
	}
	for _, ga := range dev.Articles {
		if slices.Contains(ids, ga.ID) || slices.Contains(polDev, ga.ID) {
			t.Errorf("%s is in the news bench's party set and another", ga.ID)
		}
	}
	for _, id := range ids {
		if !strings.HasPrefix(id, "polnear-") || !attribution.HeldOut(id) || slices.Contains(polDev, id) {
			t.Errorf("%s is not an attribution bench article of the held-out third only", id)
		}
	}
}

// TestScoreHeldOutParties checks the held-out scorer on briefs made from
// its own gold: naming every party once scores 1.0, a person matches the
// party listing them, and a duplicate and an invented party cost
// precision.
func TestScoreHeldOutParties(t *testing.T) {
	var gold struct {
		Articles []goldArticle `json:"articles"`
	}
	if err := json.Unmarshal(partiesHeldOut, &gold); err != nil {
		t.Fatal(err)
	}
	perfect := map[string]*summarize.Brief{}
	for _, ga := range gold.Articles {
		b := &summarize.Brief{}
		for _, p := range ga.Parties {
			b.Parties = append(b.Parties, summarize.Party{Name: p.Name, Kind: p.Kind})
		}
		perfect[ga.ID] = b
	}
	s, err := ScoreHeldOutParties(perfect)
	if err != nil {
		t.Fatal(err)
	}
	if s.F1() != 1 || s.TypeAcc() != 1 || s.Articles != len(gold.Articles) {
		t.Errorf("own gold scores P %.3f R %.3f type %.3f over %d articles, want 1.0 over %d", s.P(), s.R(), s.TypeAcc(), s.Articles, len(gold.Articles))
	}
	// One article: its first party twice, and a party no one wrote.
	ga := gold.Articles[0]
	first := ga.Parties[0]
	b := &summarize.Brief{Parties: []summarize.Party{
		{Name: first.Name, Kind: first.Kind},
		{Name: first.Name, Kind: first.Kind},
		{Name: "Zzyzx Holdings", Kind: "organisation"},
	}}
	s, err = ScoreHeldOutParties(map[string]*summarize.Brief{ga.ID: b})
	if err != nil {
		t.Fatal(err)
	}
	if s.Correct != 1 || s.Duplicates != 1 || s.Wrong != 1 || s.Matched != 1 {
		t.Errorf("scored %+v, want 1 correct, 1 duplicate, 1 wrong", s)
	}
}
