package summarize

import (
	"fmt"
	"strings"
	"testing"
)

func TestDates(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Talks resume on Monday in Geneva.", []string{"Monday"}},
		{"The summit in Paris on April 17 ended early.", []string{"April 17"}},
		{"It expires on Feb. 8, 2019, at midnight.", []string{"Feb. 8, 2019"}},
		{"The deal was signed on 17 April 2025 in Doha.", []string{"17 April 2025"}},
		{"Crimea was annexed in 2014 after a referendum.", []string{"in 2014"}},
		{"Negotiators meet again next week and later this month.", []string{"next week", "later this month"}},
		{"A vote is due within 30 days, by the end of the year.", []string{"within 30 days", "by the end of the year"}},
		{"Members may vote on the offer today.", []string{"today"}},
		{"The union said it may strike in the coming weeks.", []string{"the coming weeks"}},
		{"May 1 is the deadline; in May 2024 talks failed.", []string{"May 1", "May 2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := newDoc(tt.text)
			got := d.findDates(0, len(d.toks))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("dates of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestNegotiationLayer(t *testing.T) {
	text := "Union leaders at Northline Rail rejected the company's latest offer on Monday.\n\n" +
		"The company proposed a 4% pay rise over two years in exchange for changes to overtime rules.\n\n" +
		"The union insists on a 7% increase and refuses to discuss overtime.\n\n" +
		"Both sides are set to meet again next Thursday in London, with a strike deadline of March 3."
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range b.Proposals {
		if strings.HasPrefix(p.Text, "a 4% pay rise over two years in exchange for") && p.By == "the company" {
			found = true
		}
	}
	if !found {
		t.Errorf("proposals = %+v, want the company's 4%% pay rise with its terms", b.Proposals)
	}
	var positions []string
	for _, p := range b.Positions {
		positions = append(positions, p.Text)
	}
	if !strings.Contains(strings.Join(positions, "|"), "insists on a 7% increase") {
		t.Errorf("positions = %q, want the union's insistence", positions)
	}
	if len(b.NextSteps) != 1 {
		t.Fatalf("next steps = %+v, want one", b.NextSteps)
	}
	if ns := b.NextSteps[0]; ns.When != "next Thursday" || ns.Where != "London" {
		t.Errorf("next step when=%q where=%q, want next Thursday / London", ns.When, ns.Where)
	}
	// The key points carry the offer and what happens next.
	var kp []string
	for _, k := range b.KeyPoints {
		kp = append(kp, k.Text)
	}
	all := strings.Join(kp, "|")
	for _, want := range []string{"proposed a 4% pay rise", "set to meet again next Thursday"} {
		if !strings.Contains(all, want) {
			t.Errorf("key points %q lack %q", kp, want)
		}
	}
}

func TestParties(t *testing.T) {
	text := "Russian and Ukrainian negotiators met in Istanbul. The Kremlin said Moscow wants guarantees.\n\n" +
		"Ukrainian President Volodymyr Zelenskyy said Kyiv would not cede land. NATO and the European Union backed Ukraine.\n\n" +
		"Zelenskyy spoke to reporters in Washington."
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Party{}
	for _, p := range b.Parties {
		got[p.Name] = p
	}
	for _, want := range []struct {
		name, kind string
		mentions   int
	}{
		{"Russia", KindCountry, 2}, {"Ukraine", KindCountry, 3}, {"NATO", KindOrganisation, 1},
		{"European Union", KindOrganisation, 1}, {"Kremlin", KindOrganisation, 1},
	} {
		p, ok := got[want.name]
		if !ok {
			t.Errorf("party %s missing from %+v", want.name, b.Parties)
			continue
		}
		if p.Kind != want.kind || p.Mentions != want.mentions {
			t.Errorf("party %s = %s/%d mentions, want %s/%d", want.name, p.Kind, p.Mentions, want.kind, want.mentions)
		}
	}
	if p := got["Ukraine"]; fmt.Sprint(p.People) != "[Volodymyr Zelenskyy]" {
		t.Errorf("Ukraine's people = %v, want [Volodymyr Zelenskyy]", p.People)
	}
	if _, ok := got["United States"]; ok {
		t.Errorf("a place after \"in\" (Washington) counted as a party: %+v", b.Parties)
	}
}
