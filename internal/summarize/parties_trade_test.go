package summarize

import (
	"slices"
	"testing"
)

// TestPartiesNamedByTrade checks that a company whose name ends in the
// plural noun of its trade ("Port Terminals", "Breweries") or in its
// utility's noun ("Water") is an organisation among the parties, however the entity model read it
// ("Transnet Port Terminals" as a place, "Transnet" as a person).
func TestPartiesNamedByTrade(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Dockworkers reject offer\n\nThe United Transport Workers Union (UTWU) has rejected a 6% wage offer from Transnet Port Terminals, setting the stage for a strike at Durban's container terminal from Monday.\n\nTransnet said in a statement that the offer was \"fair and affordable given the company's financial position\".",
			"Transnet"},
		{"Brewers' strike talks resume\n\nThe Food and Allied Workers Union resumed talks with Kasane Breweries on Monday.\n\nKasane Breweries said in a statement that it had offered a 7% raise. The union said the offer was too low.",
			"Kasane Breweries"},
		{"Creditors near water rescue\n\nSenior creditors of Severn Water are close to agreeing a £3 billion rescue of the company, two people familiar with the talks said.\n\nThe company's chair, Sir Adrian Holt, told MPs last month that Severn Water would run out of cash by March.",
			"Severn Water"},
	} {
		b := treeBrief(t, c.text)
		found := false
		for _, p := range b.Parties {
			if p.Name == c.want || p.Name == c.want+" Port Terminals" {
				found = true
				if p.Kind != KindOrganisation {
					t.Errorf("%s is a %s, want an organisation", p.Name, p.Kind)
				}
			}
		}
		if !found {
			t.Errorf("no party %q: %+v", c.want, b.Parties)
		}
	}
}

// TestTwoFirmsJoinedByAnd checks that two firms' names joined by "and"
// stay two when the first ends in a firm's word ("Elliott Management and
// Silver Point Capital": the first, named first, is a party of its own),
// while one body's name that goes on over "and" ("the Public and
// Commercial Services Union") stays one.
func TestTwoFirmsJoinedByAnd(t *testing.T) {
	for _, c := range []struct {
		text, want, notWant string
	}{
		{"Creditors near rescue\n\nThe creditors, led by Harrow Management and Silver Point Capital, have offered to write down a quarter of their debt.\n\nThe company said talks were continuing.",
			"Harrow Management", "Harrow Management and Silver Point Capital"},
		{"Civil servants strike\n\nThe Public and Commercial Services Union said its members would strike on Monday over pay.\n\nThe Cabinet Office said the offer was fair.",
			"Public and Commercial Services Union", "Commercial Services Union"},
	} {
		b := treeBrief(t, c.text)
		var names []string
		for _, p := range b.Parties {
			names = append(names, p.Name)
		}
		if !slices.Contains(names, c.want) || slices.Contains(names, c.notWant) {
			t.Errorf("parties %q: want %q, not %q", names, c.want, c.notWant)
		}
	}
}

// TestPeopleWithTheirSides checks that a person named with the role that
// gives their side stands with that side among the parties, not as a
// party of their own: after the role ("An RSF adviser, Mustafa Ibrahim
// Tambal, rejected…"), as the agent a side's delegation "was led by",
// and after a role "for" a body ("A spokeswoman for Andean Air, Daniela
// Ruiz, said").
func TestPeopleWithTheirSides(t *testing.T) {
	for _, c := range []struct{ name, text, person, side string }{
		{"a role before its holder",
			"Truce talks adjourn\n\nTalks between Sudan's army and the paramilitary Rapid Support Forces (RSF) adjourned on Sunday.\n\nAn RSF adviser, Mustafa Ibrahim Tambal, rejected the charge. He said the army had blocked aid convoys for weeks.\n\nThe RSF said it was ready to return to the talks.",
			"Mustafa Ibrahim Tambal", "Rapid Support Forces"},
		{"a delegation led by an agent",
			"Trade review opens\n\nCanadian and Mexican negotiators opened the first formal review of their trade pact with the United States on Monday.\n\nThe U.S. delegation was led by Deputy Trade Representative Sarah Bianchi. She raised concerns about Canada's digital services tax.",
			"Sarah Bianchi", "United States"},
		{"a spokeswoman for a body",
			"Pilots vote to strike\n\nPilots at Andean Air voted to strike on Tuesday, their union said. The Peruvian Airline Pilots Association said talks had failed.\n\nA spokeswoman for Andean Air, Daniela Ruiz, said flights were operating normally.",
			"Daniela Ruiz", "Andean Air"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := treeBrief(t, c.text)
			listed := false
			for _, p := range b.Parties {
				if p.Name == c.person {
					t.Errorf("%s is a party of their own: %+v", c.person, b.Parties)
				}
				if p.Name == c.side && slices.Contains(p.People, c.person) {
					listed = true
				}
			}
			if !listed {
				t.Errorf("%s does not list %s: %+v", c.side, c.person, b.Parties)
			}
		})
	}
}
