package story

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/summarize"
)

// brief builds a brief of sentences, with items pointing into them.
func brief(title string, sents ...string) *summarize.Brief {
	b := &summarize.Brief{Source: summarize.Source{Title: title}}
	for _, s := range sents {
		b.Sentences = append(b.Sentences, summarize.Sentence{Text: s})
	}
	return b
}

func monday() *summarize.Brief {
	b := brief("Teachers threaten strike over pay",
		"The Riverside Teachers Union said its members would strike on 12 March unless the district improved its pay offer.",
		"\"We will not accept a 2% raise,\" said Maria Lopez.",
		"The district will meet the union on Thursday.")
	b.Parties = []summarize.Party{{Name: "Riverside Teachers Union", Kind: "organisation", Mentions: 3}, {Name: "Riverside School District", Kind: "organisation", Mentions: 3}, {Name: "Maria Lopez", Kind: "person", Mentions: 2}}
	b.Quotes = []summarize.Quote{{Text: "We will not accept a 2% raise", Speaker: "Maria Lopez", Sentence: 1}}
	b.Positions = []summarize.Position{{Party: "Maria Lopez", Text: "Lopez refuses a 2% raise.", Sentence: 1}}
	b.NextSteps = []summarize.NextStep{{Text: "The district will meet the union on Thursday.", When: "Thursday", Sentence: 2}}
	return b
}

func TestDetect(t *testing.T) {
	later := brief("Pay talks end without a deal",
		"Talks between the union and the district ended on Thursday without agreement.",
		"The district offered a 4% raise.",
		"\"We will not accept a 2% raise,\" Lopez repeated.",
		"Lopez now says she will accept a 3% raise with smaller classes.",
		"Governor Helen Park said the state would send a mediator, and Park will visit.",
		"The district will meet the union on Friday.")
	later.Parties = []summarize.Party{{Name: "Riverside School District", Kind: "organisation", Mentions: 2}, {Name: "Helen Park", Kind: "person", Mentions: 2}}
	later.Quotes = []summarize.Quote{{Text: "We will not accept a 2% raise", Speaker: "Maria Lopez", Sentence: 2}}
	later.Proposals = []summarize.Proposal{{Text: "a 4% raise", By: "Riverside School District", Sentence: 1}}
	later.Positions = []summarize.Position{{Party: "Maria Lopez", Text: "Lopez now says she will accept a 3% raise with smaller classes.", Sentence: 3}}
	later.Statements = []summarize.Statement{{Text: "the state would send a mediator", Speaker: "Helen Park", Sentence: 4}}
	later.NextSteps = []summarize.NextStep{{Text: "The district will meet the union on Friday.", When: "Friday", Sentence: 5}}

	got := Detect([]Entry{{ArticleID: 7, Title: "Monday", Brief: monday()}}, later)
	type want struct {
		kind, status, word string
		sentence           int
	}
	wants := []want{
		{KindNextStep, StatusHappened, "ended", 0},
		{KindProposal, StatusNew, "4%", 1},
		{KindPosition, StatusChanged, "3%", 3},
		{KindStatement, StatusNew, "mediator", 4},
		{KindParty, StatusNew, "Helen Park", 4},
		{KindNextStep, StatusMoved, "Friday", 5},
	}
	for _, w := range wants {
		found := false
		for _, c := range got {
			if c.Kind == w.kind && c.Status == w.status && strings.Contains(c.Text, w.word) && c.Sentence == w.sentence {
				found = true
				if c.Earlier.ArticleID != 7 {
					t.Errorf("%s %s compares with article %d, want 7", w.kind, w.word, c.Earlier.ArticleID)
				}
			}
		}
		if !found {
			t.Errorf("missing %s/%s %q at sentence %d in %+v", w.kind, w.status, w.word, w.sentence, got)
		}
	}
	for _, c := range got {
		if c.Kind == KindQuote {
			t.Errorf("the repeated quote is reported as new: %+v", c)
		}
	}
	if len(got) != len(wants) {
		t.Errorf("got %d changes, want %d: %+v", len(got), len(wants), got)
	}
	if got := Detect(nil, later); len(got) != 0 {
		t.Errorf("Detect without history = %+v, want none", got)
	}
	if got := Detect([]Entry{{Brief: monday()}}, monday()); len(got) != 0 {
		t.Errorf("the same brief again gave changes: %+v", got)
	}
}

func TestMatch(t *testing.T) {
	strike := ProfileOf(monday())
	later := monday()
	later.Source.Title = "Teachers and district resume pay talks"
	other := brief("Canada and Mexico hold lumber tariff talks",
		"Canada and Mexico opened talks on Mexican tariffs on Canadian lumber.",
		"Canada wants the tariffs lifted, and Mexico will study a Canadian proposal.",
		"Canada and Mexico will meet again in Ottawa.")
	other.Parties = []summarize.Party{{Name: "Canada", Kind: "country", Mentions: 5}, {Name: "Mexico", Kind: "country", Mentions: 4}}
	india := func(partner string) *Profile {
		b := brief("India and "+partner+" in gas talks",
			"India and "+partner+" held gas talks on a pipeline deal.",
			"India wants cheaper gas from "+partner+".",
			partner+" and India will meet again.")
		b.Parties = []summarize.Party{{Name: "India", Kind: "country", Mentions: 4}, {Name: partner, Kind: "country", Mentions: 4}}
		return ProfileOf(b)
	}
	st := Stats{KeyStories: map[string]int{}, Total: 3}
	cands := []Candidate{{ID: 1, Profile: strike}, {ID: 2, Profile: ProfileOf(other)}, {ID: 3, Profile: india("Russia")}}
	tests := []struct {
		name string
		p    *Profile
		id   int64
		ok   bool
	}{
		{"same negotiation", ProfileOf(later), 1, true},
		{"other negotiation", ProfileOf(other), 2, true},
		{"same subject, another principal country", india("Iran"), 0, false},
		{"nothing shared", ProfileOf(brief("Weather", "It rained in Oslo all week.")), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := Match(tt.p, cands, st)
			if ok != tt.ok || ok && s.ID != tt.id {
				t.Errorf("Match = %+v, %v; want story %d, %v", s, ok, tt.id, tt.ok)
			}
		})
	}
	// The EU by its initials and by its name; the matter (lumber tariffs)
	// agreeing; a year later, the same matter is another round.
	eu := func(title, party, date string) *Profile {
		b := brief(title,
			"Officials opened talks on Canadian lumber tariffs and quotas for softwood exports.",
			"The lumber tariffs would be lifted if the quotas for softwood hold, officials said.")
		b.Source.Published = date
		b.Parties = []summarize.Party{{Name: party, Kind: "organisation", Mentions: 3}}
		return ProfileOf(b)
	}
	lumber := []Candidate{{ID: 7, Profile: eu("European Union in lumber tariff talks", "European Union", "2026-03-02")}}
	for _, tt := range []struct {
		name string
		p    *Profile
		ok   bool
	}{
		{"initials meet the name", eu("EU lumber tariff talks go on", "EU", "2026-03-09"), true},
		{"a year idle", eu("EU lumber tariff talks go on", "EU", "2027-03-09"), false},
		{"another body, same matter", eu("Lumber tariff talks go on", "Canada", "2026-03-09"), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := Match(tt.p, lumber, Stats{KeyStories: map[string]int{}, Total: 2})
			if ok != tt.ok {
				t.Errorf("Match = %+v, %v; want %v", s, ok, tt.ok)
			}
		})
	}
	if _, ok := eu("EU talks", "European Union", "").Terms[stemOf("european")]; ok {
		t.Errorf("a party's name is counted in the matter")
	}
	if name := strike.Name(); !strings.Contains(name, "Riverside") || !strings.Contains(name, ":") {
		t.Errorf("Name() = %q", name)
	}
	raw, err := strike.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalProfile(raw)
	if err != nil || back.Name() != strike.Name() {
		t.Errorf("profile round trip: %v, %q", err, back.Name())
	}
	if _, err := UnmarshalProfile([]byte("{")); err == nil {
		t.Errorf("UnmarshalProfile(bad JSON) did not fail")
	}
}

func TestResolveDate(t *testing.T) {
	anchor := time.Date(2026, 3, 4, 15, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		expr   string
		future bool
		want   string
	}{
		{"12 March", true, "2026-03-12"},
		{"on March 12, 2027", true, "2027-03-12"},
		{"January 3", true, "2027-01-03"},
		{"in December", false, "2025-12-01"},
		{"April 2005", false, "2005-04-01"},
		{"next week", true, "2026-03-11"},
		{"last week", false, "2026-02-25"},
		{"Thursday", true, "2026-03-05"},
		{"on Monday", false, "2026-03-02"},
		{"this weekend", true, "2026-03-07"},
		{"in four days", true, "2026-03-08"},
		{"tomorrow", true, "2026-03-05"},
		{"by the end of the month", true, "2026-03-31"},
		{"2026-05-01", true, "2026-05-01"},
		{"soon", true, ""},
		{"", true, ""},
	}
	for _, tt := range tests {
		got, ok := ResolveDate(tt.expr, anchor, tt.future)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != tt.want {
			t.Errorf("ResolveDate(%q, future %v) = %q, want %q", tt.expr, tt.future, s, tt.want)
		}
	}
}

func FuzzResolveDate(f *testing.F) {
	for _, s := range []string{"12 March", "next week", "in 400 days", "March 99, 2026", "Thursday", "2026-13-45"} {
		f.Add(s)
	}
	anchor := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ResolveDate(s, anchor, true); ok && (d.Year() < 1 || d.Year() > 10000) {
			t.Errorf("ResolveDate(%q) = %v", s, d)
		}
	})
}

func TestEventsAndTimeline(t *testing.T) {
	anchor := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	b := monday()
	b.Dates = []summarize.Date{{Text: "12 March", Sentence: 0}, {Text: "Thursday", Sentence: 2}}
	b.KeyPoints = []summarize.KeyPoint{{Text: b.Sentences[0].Text, Sentences: []int{0}}}
	evs := Events(b, anchor)
	kinds := map[string]string{}
	for _, e := range evs {
		kinds[e.Kind] = e.Date
	}
	if kinds[EventMeeting] != "2026-03-05" || kinds[EventDeadline] != "2026-03-12" {
		t.Errorf("events = %+v", evs)
	}
	later := []Event{{Kind: EventMeeting, Text: "The district will meet the union on Thursday.", Date: "2026-03-05", Due: true}, {Kind: EventDeal, Text: "They agreed a 4% raise.", Date: "2026-03-06"}}
	ms := Timeline([]BriefEvents{{Brief: Ref{ArticleID: 1}, At: anchor, Events: evs}, {Brief: Ref{ArticleID: 2}, At: anchor.AddDate(0, 0, 4), Events: later}})
	if len(ms) != 4 {
		t.Fatalf("timeline = %+v, want 4 moments (the rejection, the meeting once, the deal, the strike date)", ms)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Day < ms[i-1].Day {
			t.Errorf("timeline out of order: %+v", ms)
		}
	}
	for _, m := range ms {
		if m.Kind == EventMeeting && (len(m.Also) != 1 || m.Also[0].ArticleID != 2) {
			t.Errorf("the meeting reported twice is not one moment citing both briefs: %+v", m)
		}
	}
}

func TestNewPartiesFoldPeople(t *testing.T) {
	earlier := brief("Strike talks", "Mark Serwotka said the union would ballot its members.")
	later := brief("Strike talks resume",
		"The PCS union will meet ministers, Mark Serwotka said.",
		"Michael Howard, the Conservative leader, said the talks were a farce.",
		"The Conservatives want a deal, Howard said.")
	later.Parties = []summarize.Party{
		{Name: "PCS", Kind: "organisation", Mentions: 3, People: []string{"Mark Serwotka"}},
		{Name: "Conservatives", Kind: "organisation", Mentions: 3, People: []string{"Michael Howard"}},
	}
	got := Detect([]Entry{{ArticleID: 1, Brief: earlier}}, later)
	var parties []string
	for _, c := range got {
		if c.Kind == KindParty {
			parties = append(parties, c.Text+"/"+c.Party)
		}
	}
	if want := []string{"Michael Howard/Conservatives"}; strings.Join(parties, ",") != strings.Join(want, ",") {
		t.Errorf("new parties = %q, want %q (PCS is known through its leader; Howard comes with his side)", parties, want)
	}
}

func TestFiguresWithUnits(t *testing.T) {
	a, an := words("Up to 1.4m workers could strike.")
	b, bn := words("Up to 1.4 million workers could strike.")
	if coverage(an, bn) != 1 || coverage(b, a) != 1 {
		t.Errorf("1.4m and 1.4 million differ: %v %v / %v %v", a, an, b, bn)
	}
	if _, n := words("a 4% raise"); coverage(n, numbers("a 2% raise")) == 1 {
		t.Errorf("4%% and 2%% read as the same figure")
	}
}

// TestScorePartiesShare checks that the parties' agreement adds to the
// matter's (in full once the matters agree enough, in proportion below),
// and not after the story has lain idle past recencyDays.
func TestScorePartiesShare(t *testing.T) {
	tests := []struct {
		name             string
		subject, parties float64
		days             int
		want             float64
	}{
		{"matters agree enough", 0.15, 0.8, 0, 0.15 + partyWeight*0.8},
		{"matters agree a little", 0.05, 0.8, 0, 0.05 + partyWeight*0.8/3},
		{"no shared matter", 0, 1, 0, 0},
		{"idle past recencyDays", 0.15, 0.8, recencyDays + 1, 0.15 / (1 + math.Pow(float64(recencyDays+1)/recencyDays, 2))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := totalOf(tt.subject, tt.parties, tt.days, tt.days > 0)
			if math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("total = %.4f, want %.4f", got, tt.want)
			}
		})
	}
}
