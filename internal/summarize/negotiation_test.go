package summarize

import (
	"fmt"
	"slices"
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
		{"It should be finalized over the weekend.", []string{"over the weekend"}},
		{"They meet later in the week and unveil a plan later in January.", []string{"later in the week", "later in January"}},
		{"They hope to sign it at the end of the month.", []string{"at the end of the month"}},
		{"Another exchange could take place before the end of the month, until the end of the year.", []string{"before the end of the month", "until the end of the year"}},
		{"Both sides agreed to meet again in the second week of March and to report by the end of May.", []string{"the second week of March", "by the end of May"}},
		{"The panel reports in the first half of April 2026; the march ended.", []string{"the first half of April 2026"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := newDoc(tt.text)
			var got []string
			for _, s := range d.dateSpans(0, len(d.toks), nil) {
				got = append(got, collapseSpace(d.text[s.start:s.end]))
			}
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

// TestProposals checks that a proposal is credited to the side that put
// it forward (the subject of offer/propose, the "by" agent of a passive,
// the possessor of "X's offer"), never to the side that rejected or
// received it, and that offers denied or only conditional are not listed.
func TestProposals(t *testing.T) {
	tests := []struct {
		name, text string
		// want: a proposal whose text holds terms, by a proposer holding
		// by; terms "" wants no proposal at all.
		terms, by string
		// never: a word the proposer must not hold.
		never string
	}{
		{"bidder's offer rejected by the target",
			"Atlas Capital offered 450 pence a share for Northline Rail on Tuesday. Northline Rail rejected the offer, saying it undervalued the company.",
			"450 pence", "Atlas", "Northline"},
		{"rejected offer named with its bidder",
			"Ryanair's board rejected Aer Lingus's improved £2.1bn offer on Monday.",
			"£2.1bn", "Aer Lingus", "Ryanair"},
		{"offer from the bidder, passive rejection",
			"A £2.1bn offer from Atlas Capital has already been rejected by Northline Rail.",
			"£2.1bn", "Atlas", "Northline"},
		{"passive with a by-agent",
			"A trade deal proposed by the European Union was rejected by Britain on Friday.",
			"trade deal", "European Union", "Britain"},
		{"proposer in reported speech",
			"Euronext said it will make an all-cash bid of 500 pence a share for the exchange.",
			"500 pence", "Euronext", ""},
		{"terms under the proposal, whoever made it",
			"Under the proposal, Washington would lift tariffs on European steel, while Brussels would drop its duties on whiskey, the people said.",
			"lift tariffs on European steel", "", ""},
		{"a proposal under which nothing would happen", "Under the proposal announced last year, tariffs were lifted.", "", "", ""},
		{"denied offer", "It is understood no deal was offered at the meeting.", "", "", ""},
		{"an amount read as a second subject after the verb",
			"Teachers voted to strike. Superintendent Laura Chen said the district could not afford the union demand. She said the district had offered 7% and would keep the offer on the table.",
			"7%", "district", "union"},
		{"a perfect with an adverb before the participle",
			"Halden Steel and the union met on Monday. The company had earlier offered a $9,000 signing bonus, which the union rejected as too small.",
			"$9,000", "company", "union"},
		{"a request of the listener", "The minister met both parties on Friday and urged them to reach a deal quickly.", "", "", ""},
		{"a request of a named listener", "The minister urged the union to accept the offer.", "", "", ""},
		{"a demand with terms", "The Commission urged an increase to 1.26% of national income.", "increase to 1.26%", "Commission", ""},
		{"negated offer", "The company did not offer a pay rise to the drivers.", "", "", ""},
		{"a proposer whose cluster the parser must not merge with another body's", `EU, US agree to 90-day truce in steel tariff fight at WTO

GENEVA (AP) — The European Union and the United States agreed Thursday to suspend their dispute at the World Trade Organization over steel and aluminum tariffs for 90 days, giving negotiators until mid-September to settle a fight that has simmered for years.

The truce, announced after two days of talks at the WTO's headquarters on the shore of Lake Geneva, freezes a panel proceeding the EU launched in February against U.S. tariffs of 25% on steel and 10% on aluminum.

The EU has proposed a quota of 3.3 million metric tons a year, roughly the level of its exports to the U.S. before 2018.`,
			"3.3 million", "European Union", "World Trade"},
		{"conditional offer", "The union will strike until the management puts an acceptable offer on the table.", "", "", ""},
		{"an offer from a rival, with the from hung on the word before the name",
			"Talks failed. Valemont Mining's board on Monday rejected a sweetened takeover offer from rival Kestrel Resources.",
			"takeover offer", "Kestrel", "Valemont"},
		{"a clause proposed by a delegation its country owns",
			"Talks between Chile and Bolivia resumed in Arica on Monday. Bolivia's delegation proposed raising the lithium royalty from 6 percent to 11 percent.",
			"raising the lithium royalty", "Bolivia", "Chile"},
		{"a body's negotiators offering terms",
			"The Harwick Dockers' Union and Calloway Freight met again on Thursday. Calloway Freight's negotiators offered a 5% rise spread over two years.",
			"5% rise", "Calloway", "Dockers"},
		{"an amount the parser read as an oblique", "Talks failed on Monday. The union, which represents 3,000 nurses, had proposed 9%.", "9%", "union", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Summarize(Input{Text: tt.text}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.terms == "" {
				if len(b.Proposals) != 0 {
					t.Errorf("proposals = %+v, want none", b.Proposals)
				}
				return
			}
			ok := false
			for _, p := range b.Proposals {
				if tt.never != "" && strings.Contains(p.By, tt.never) {
					t.Errorf("proposal %q credited to %q, the side that rejected it", p.Text, p.By)
				}
				if strings.Contains(p.Text, tt.terms) && strings.Contains(p.By, tt.by) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("proposals = %+v, want %q by %q", b.Proposals, tt.terms, tt.by)
			}
		})
	}
}

// TestNextSteps checks that only what is still to happen is a next step,
// with when and where read from the clause that states it.
func TestNextSteps(t *testing.T) {
	tests := []struct {
		name, text  string
		when, where string
		none        bool
	}{
		{"future", "Talks will resume in Geneva next week.", "next week", "Geneva", false},
		{"past", "Talks resumed in Geneva last week.", "", "", true},
		{"already happened", "The committee approved a draft text in 1992 after talks in Geneva.", "", "", true},
		{"scheduled", "Negotiators are due to meet in Vienna on Friday.", "Friday", "Vienna", false},
		{"a date hung from a name beside its noun", "The two sides are due to meet at the arbitration service Medra on Monday.", "Monday", "", false},
		{"a date hung from a name beside its noun, as a modifier", "The unions are due to meet at the mediation service Concilia on Tuesday.", "Tuesday", "", false},
		{"be to", "The union is to ballot its members next month.", "next month", "", false},
		{"present with a date", "The two-day summit in Brussels begins on 16 December.", "16 December", "Brussels", false},
		{"when and where from the same clause",
			"Negotiators, who met in Paris last week, will meet again on Friday.", "Friday", "", false},
		{"not from a neighbouring clause",
			"The ministers will meet on Monday, after the deal signed in Doha in March collapsed.", "Monday", "", false},
		{"event noun with its date", "The talks covered trade ahead of an EU summit in Brussels later in the week.", "later in the week", "Brussels", false},
		{"negated", "The two sides will not meet in London next week.", "", "", true},
		{"a hope with a date", "The two sides hope to announce an agreement in Rome at the end of the month.", "at the end of the month", "Rome", false},
		{"a hope with no date", "Both sides hope to reach a negotiated deal over state aid.", "", "", true},
		{"a deadline still to come", "The union has until Friday to respond to the offer.", "Friday", "", false},
		{"a deadline that has passed", "The union had until Friday to respond to the offer.", "", "", true},
		{"a talk with its date, the date hung from the people briefed", "Barnier is due to brief EU ambassadors on Wednesday.", "Wednesday", "", false},
		{"a call with its date", "The two leaders are expected to speak by phone over the weekend.", "over the weekend", "", false},
		{"talk in general is no step", "The smaller parties will not get as many chances to speak as their rivals, but they will try.", "", "", true},
		{"a threat on a condition", "Officials said the prime minister was prepared to walk away if the EU did not move.", "", "", true},
		{"a conditional step with its date", "Pilots backed a walkout, which could begin as early as next Monday if no deal is reached.", "next Monday", "", false},
		{"how one will vote", "Sen. Ann Cole said she would vote against any bill that added to the deficit.", "", "", true},
		{"a vote with its date", "The union will vote on the offer on Friday.", "Friday", "", false},
		{"an event due by a date", "A final agreement is due by July 20.", "July 20", "", false},
		{"an event set for a date", "The new contract is set for a vote on Friday.", "Friday", "", false},
		{"'in return' is no return to talks", "The official said the United States was prepared to ease some sanctions in return.", "", "", true},
		{"a time over the round named as next", "The next round of talks will be held in Caracas in March.", "March", "Caracas", false},
		{"holding off is no holding of talks", "The two countries agreed to hold off on new tariffs while negotiators work toward a deal.", "", "", true},
		{"walking away is no walkout", "The union said it would walk away from the talks.", "", "", true},
		{"what a cue of doubt reports", "Shares rose 6% to 298 pence, below the offer price, suggesting investors doubt a deal will happen.", "", "", true},
		{"delivering a claim is no event", "He argued that the company's new strategy would deliver more value than its rival was offering.", "", "", true},
		{"delivering a response is", "The union will deliver its response to the offer on Friday.", "Friday", "", false},
		{"a prisoner exchange with its date", "A Ukrainian official said another exchange could take place before the end of the month.", "before the end of the month", "", false},
		{"what did not happen", "Lawmakers passed a stopgap bill on Sunday, averting a shutdown that would have begun at midnight on Friday.", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Summarize(Input{Text: tt.text}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.none {
				if len(b.NextSteps) != 0 {
					t.Errorf("next steps = %+v, want none", b.NextSteps)
				}
				return
			}
			if len(b.NextSteps) != 1 {
				t.Fatalf("next steps = %+v, want one", b.NextSteps)
			}
			if ns := b.NextSteps[0]; ns.When != tt.when || ns.Where != tt.where {
				t.Errorf("when=%q where=%q, want %q / %q", ns.When, ns.Where, tt.when, tt.where)
			}
		})
	}
}

// TestPositions checks that positions are held by the article's parties
// (or their people), grouped by party, and that a stance's holder is the
// subject of the stance verb.
func TestPositions(t *testing.T) {
	text := "GBP45.50: Shares in British Airways fell on Thursday.\n\n" +
		"Earlier Thursday: The GMB union insists on a 7% pay rise.\n\n" +
		"British Airways rejected the demand, saying it would cost £40m a year.\n\n" +
		"\"We will not be bullied,\" said British Airways chief executive Sarah Kemp.\n\n" +
		"The GMB union said it was ready to strike."
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, p := range b.Parties {
		names[p.Name] = true
	}
	seen := map[string]bool{}
	last := ""
	for _, p := range b.Positions {
		if !names[p.Party] || !holderName(p.Party) {
			t.Errorf("position holder %q is not a party of %+v", p.Party, b.Parties)
		}
		if p.Party != last && seen[p.Party] {
			t.Errorf("positions of %q are not grouped: %+v", p.Party, b.Positions)
		}
		seen[p.Party], last = true, p.Party
	}
	holders := map[string]string{"insists on a 7% pay rise": "GMB", "rejected the demand": "British Airways", "ready to strike": "GMB"}
	for words, party := range holders {
		ok := false
		for _, p := range b.Positions {
			if strings.Contains(p.Text, words) && strings.Contains(p.Party, party) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("positions = %+v, want %q held by %q", b.Positions, words, party)
		}
	}
}

// TestPositionsOfEachSideNamedTogether checks that a stance several sides
// state together ("Britain, France and Germany have threatened…") is a
// position of each of them.
func TestPositionsOfEachSideNamedTogether(t *testing.T) {
	text := "Talks with Iran failed on Monday.\n\nBritain, France and Germany have threatened to trigger the snapback mechanism.\n\nIran said it would not bow to pressure."
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, party := range []string{"United Kingdom", "France", "Germany"} {
		ok := false
		for _, p := range b.Positions {
			ok = ok || p.Party == party && strings.Contains(p.Text, "snapback")
		}
		if !ok {
			t.Errorf("positions = %+v, want the threat held by %s", b.Positions, party)
		}
	}
}

// TestPositionOfAGovernmentByItsPeople checks that a country's government
// or envoys named by its people's adjective hold its positions.
func TestPositionOfAGovernmentByItsPeople(t *testing.T) {
	text := "Talks on the new budget resumed in Brussels on Monday.\n\nThe Netherlands wants rebates kept. The Dutch government did not rule out a compromise on rebates.\n\nFrance refused to rule out a veto."
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range b.Positions {
		if p.Party == "Netherlands" && strings.Contains(p.Text, "did not rule out") {
			return
		}
	}
	t.Errorf("positions = %+v, want the Dutch government's held by the Netherlands", b.Positions)
}

// TestPositionsOfAnotherName checks that a party's other name ("Downing
// Street", "the US") holds its positions, and that a condition ("if it
// wanted a deal") states no one's position.
func TestPositionsOfAnotherName(t *testing.T) {
	text := "Britain and the European Union resumed trade talks on Monday.\n\nDowning Street says the prime minister will speak to the Commission president by phone this evening.\n\nThe president warned that Britain would have to go to the back of the queue if it wanted a trade deal with the US."
	b, err := Summarize(Input{Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ok := false
	for _, p := range b.Positions {
		ok = ok || p.Party == "United Kingdom" && strings.HasPrefix(p.Text, "Downing Street says")
		if p.Party == "United Kingdom" && strings.Contains(p.Text, "back of the queue") {
			t.Errorf("position %+v: a condition is no one's stance", p)
		}
	}
	if !ok {
		t.Errorf("positions = %+v, want Downing Street's held by the United Kingdom", b.Positions)
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
		// The Kremlin is Russia's seat of government: one party.
		{"Russia", KindCountry, 3}, {"Ukraine", KindCountry, 3}, {"NATO", KindOrganisation, 1},
		{"European Union", KindOrganisation, 1},
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
	if _, ok := got["Kremlin"]; ok {
		t.Errorf("the Kremlin listed apart from Russia: %+v", b.Parties)
	}
	if _, ok := got["United States"]; ok {
		t.Errorf("a place after \"in\" (Washington) counted as a party: %+v", b.Parties)
	}
}

// TestPositionHolderDeterministic: a statement by two parties whose names
// are as long as each other ("the United Nations and European Union") is
// held by the same one on every run, not by whichever the map gives first.
func TestPositionHolderDeterministic(t *testing.T) {
	text := "Israel said on Monday it would keep building settlements, and the United States backed it. " +
		"The United Nations and European Union stressed the decision would not change the reality that the settlements were illegal. " +
		"The United Nations said the move broke international law. The European Union said it would respond."
	var first []Position
	for run := 0; run < 20; run++ {
		b, err := Summarize(Input{Text: text}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if run == 0 {
			first = b.Positions
			continue
		}
		if !slices.Equal(b.Positions, first) {
			t.Fatalf("run %d: positions %+v, first run %+v", run, b.Positions, first)
		}
	}
}
