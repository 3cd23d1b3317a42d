package summarize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// structureFixtures are pasted pages in the shapes of common outlets,
// written for these tests (testdata/structure/*.txt).
func structureFixtures(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/structure/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no structure fixtures: %v", err)
	}
	return files
}

// rolesOf renders every sentence of text with its layout role.
func rolesOf(text string) string {
	d := newDoc(text)
	var b strings.Builder
	for si, s := range d.sents {
		b.WriteString(d.structure[si].String())
		b.WriteByte('\t')
		b.WriteString(s.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestStructureGolden keeps the role of every sentence of each fixture in
// testdata/structure/*.roles.
func TestStructureGolden(t *testing.T) {
	for _, f := range structureFixtures(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, strings.TrimPrefix(strings.TrimSuffix(f, ".txt")+".roles", "testdata/"), []byte(rolesOf(string(text))))
		})
	}
}

// TestStructureRoles checks the role of single lines in their page.
func TestStructureRoles(t *testing.T) {
	tests := []struct {
		file, sentence string
		want           structRole
	}{
		{"ap.txt", "Ceasefire talks stall as envoys trade blame over prisoner swap", structHeadline},
		{"ap.txt", "By MARIA KOVAC and DANIEL OKAFOR", structByline},
		{"ap.txt", "Updated 3:41 PM EST, March 4, 2026", structBoilerplate},
		{"ap.txt", "Share", structBoilerplate},
		{"ap.txt", "Copy link", structBoilerplate},
		{"ap.txt", "Negotiators from both sides left a second day", structBody},
		{"ap.txt", "FILE PHOTO: Delegates arrive", structCaption},
		{"ap.txt", "Police showed up to picket line", structSubhead},
		{"ap.txt", "Outside the building", structBody},
		{"ap.txt", "contributed to this report", structBoilerplate},
		{"reuters.txt", "By Hannah Brooks", structByline},
		{"reuters.txt", "5 min read", structBoilerplate},
		{"reuters.txt", "(Reporting by Hannah Brooks", structBoilerplate},
		{"reuters.txt", "Britain's largest steelmaker", structBody},
		{"bbc.txt", "Fishing rights: EU and Norway agree quota deal", structHeadline},
		{"bbc.txt", "Image source, Getty Images", structCredit},
		{"bbc.txt", "Image caption, Trawlers", structCaption},
		{"bbc.txt", "What happens next?", structSubhead},
		{"bbc.txt", "Related Topics", structBoilerplate},
		{"bbc.txt", "Fishing industry", structBoilerplate},
		{"bbc.txt", "Member states must approve", structBody},
		{"guardian.txt", "Nurses' union rejects pay offer", structHeadline},
		{"guardian.txt", "The government's 4% offer falls short", structStandfirst},
		{"guardian.txt", "Jane Whitfield Health correspondent", structByline},
		{"guardian.txt", "Mon 4 Mar 2026 14.02 GMT", structBoilerplate},
		{"guardian.txt", "Share on Facebook", structBoilerplate},
		{"guardian.txt", "Sign up to First Edition", structBoilerplate},
		{"guardian.txt", "The Royal College of Nursing has rejected", structBody},
		{"wapo.txt", "JEANNE WHALEN AND JEFF STEIN THE WASHINGTON POST", structByline},
		{"wapo.txt", "Read more:", structBoilerplate},
		{"wapo.txt", "Farmers brace for another season of tariffs", structBoilerplate},
		{"wapo.txt", "U.S. and Chinese negotiators resumed", structBody},
		{"wapo.txt", "The talks are scheduled to continue", structBody},
		{"alliance.txt", "Shire PLC on Thursday said", structBody},
		{"alliance.txt", "By Jane Doe; janedoe@alliancenews.com", structByline},
		{"alliance.txt", "Copyright 2026 Alliance News Ltd.", structBoilerplate},
		{"plain.txt", "The two sides met for six hours on Monday.", structBody},
		{"liveblog.txt", "18:40 WAT", structBoilerplate},
		{"liveblog.txt", "Labour minister rules out army", structSubhead},
		{"liveblog.txt", "Talks resume", structSubhead},
		{"liveblog.txt", "Funke Adeyemi-Cole, the labour minister,", structBody},
	}
	docs := map[string]*doc{}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.sentence, func(t *testing.T) {
			d := docs[tt.file]
			if d == nil {
				text, err := os.ReadFile(filepath.Join("testdata/structure", tt.file))
				if err != nil {
					t.Fatal(err)
				}
				d = newDoc(string(text))
				docs[tt.file] = d
			}
			for si, s := range d.sents {
				if strings.HasPrefix(s.Text, tt.sentence) || strings.Contains(s.Text, tt.sentence) && len(tt.sentence) > 20 {
					if d.structure[si] != tt.want {
						t.Errorf("%q: role %s, want %s", s.Text, d.structure[si], tt.want)
					}
					if d.isBody(si) != (tt.want == structBody) {
						t.Errorf("%q: isBody %v", s.Text, d.isBody(si))
					}
					return
				}
			}
			t.Fatalf("no sentence %q in %s", tt.sentence, tt.file)
		})
	}
}

// TestDatelineAfterHeadline: a dateline is cut from the story's first
// paragraph wherever that paragraph stands, and alone on its line it is a
// dateline sentence.
func TestDatelineAfterHeadline(t *testing.T) {
	tests := []struct {
		name, text, first, dateline string
	}{
		{"after a headline", "Talks resume in Vienna on nuclear deal\n\nVIENNA (Reuters) - Iran and the powers resumed talks on Monday.",
			"Iran and the powers resumed talks on Monday.", "VIENNA (Reuters) - "},
		{"wire copy", "LONDON (Alliance News) - Shire PLC said on Thursday it had rejected the offer. Takeda declined to comment.",
			"Shire PLC said on Thursday it had rejected the offer.", "LONDON (Alliance News) - "},
		{"mixed-case place with agency", "Washington (CNN) — Senators reached a deal on Sunday night.",
			"Senators reached a deal on Sunday night.", "Washington (CNN) — "},
		{"two places and a day", "CAIRO/JERUSALEM, Jan 14 (Reuters) - Israel and Hamas edged closer to a deal on Tuesday.",
			"Israel and Hamas edged closer to a deal on Tuesday.", "CAIRO/JERUSALEM, Jan 14 (Reuters) - "},
		{"agency alone", "(Reuters) - The union said it would strike on Monday.",
			"The union said it would strike on Monday.", "(Reuters) - "},
		{"a place with an accented capital", "Dockers reject offer\n\nVALPARAÍSO, Chile - Dockworkers rejected the offer on Monday.",
			"Dockworkers rejected the offer on Monday.", "VALPARAÍSO, Chile - "},
		{"an accented capital first and an accented country", "ÅRHUS, Danmörk — Talks on the port contract broke down on Monday.",
			"Talks on the port contract broke down on Monday.", "ÅRHUS, Danmörk — "},
		{"mixed-case accented place with agency", "Ürümqi, China (Reuters) - Officials met cotton traders in the city on Monday.",
			"Officials met cotton traders in the city on Monday.", "Ürümqi, China (Reuters) - "},
		{"an organisation's initials are no dateline", "The World Trade Organisation (WTO) is to hold talks with Iraq.",
			"The World Trade Organisation (WTO) is to hold talks with Iraq.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text)
			for si, s := range d.sents {
				if !d.isBody(si) {
					continue
				}
				if s.Text != tt.first {
					t.Errorf("first story sentence %q, want %q", s.Text, tt.first)
				}
				break
			}
			if got := tt.text[d.dateline.start:d.dateline.end]; got != tt.dateline {
				t.Errorf("dateline %q, want %q", got, tt.dateline)
			}
		})
	}
	d := newDoc("Headline of the story here\n\nKYIV —\n\nDrones struck the capital overnight, officials said on Monday.")
	if len(d.sents) != 3 || d.structure[1] != structDateline {
		t.Errorf("dateline line: %s", rolesOf(d.text))
	}
}

// TestStructureKeepsStory: text without page furniture stays story text,
// whatever its shape.
func TestStructureKeepsStory(t *testing.T) {
	for _, text := range []string{
		"Peace talks resume next week",
		"Talks resumed.\n\nThey ended.",
		"The plan has three points:\n\n- a ceasefire within 30 days\n- elections within 100 days\n- a return of prisoners\n\nBoth sides said they would study it.",
		"“Absolutely.”\n\nThe minister said the deal was done and would be signed on Friday in Doha.",
		"Subscribers to the union's newsletter voted for the deal.\n\nPosted on social media by the union on Monday, the vote count showed a clear majority for the offer.",
		"Copyright holders and the AI firms reached a licensing deal on Monday after talks that lasted a month.",
	} {
		d := newDoc(text)
		for si, s := range d.sents {
			if !d.isBody(si) {
				t.Errorf("%q: sentence %q is %s, want body", text, s.Text, d.structure[si])
			}
		}
	}
}

// TestHeadlineText gives the headline of a pasted page, and none for an
// article without one.
func TestHeadlineText(t *testing.T) {
	text, err := os.ReadFile("testdata/structure/ap.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := newDoc(string(text)).headlineText(), "Ceasefire talks stall as envoys trade blame over prisoner swap"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	if got := newDoc("Talks resumed on Monday in Geneva after a pause of a week. Both sides were hopeful.").headlineText(); got != "" {
		t.Errorf("headline of an article without one: %q", got)
	}
	// The brief takes the headline as its title when the source has none.
	b, err := Summarize(Input{Text: string(text)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Source.Title != "Ceasefire talks stall as envoys trade blame over prisoner swap" {
		t.Errorf("brief title %q", b.Source.Title)
	}
	b, err = Summarize(Input{Text: string(text), Source: Source{Title: "Given title"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Source.Title != "Given title" {
		t.Errorf("brief title %q, want the source's", b.Source.Title)
	}
}

// TestHeadlineAfterSiteNavigation checks that a pasted page's skip link,
// menu, section path and calls to action before the headline are not
// taken for it.
func TestHeadlineAfterSiteNavigation(t *testing.T) {
	text, err := os.ReadFile("testdata/structure/menu.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := newDoc(string(text)).headlineText(), "Canada and US trade talks stall over dairy, digital tax"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	// A trade site's name and the section's path above the headline.
	page := "BrewTrade Daily\n\nNews | Mergers & Acquisitions\n\nKestrel raises Ashbury bid to 455p as board holds out\n\n" +
		"Kestrel Beverages has lifted its hostile offer for Yorkshire brewer Ashbury Brewery Group to about £1.38 billion, the bidder said on Tuesday in a statement to the stock exchange."
	if got, want := newDoc(page).headlineText(), "Kestrel raises Ashbury bid to 455p as board holds out"; got != want {
		t.Errorf("headline under a section path %q, want %q", got, want)
	}
	for _, tt := range []struct {
		line string
		menu bool
	}{
		{"World | Business | Politics | Opinion", true},
		{"Skip to main content", true},
		{"Talks stalled | officials said | on Thursday.", false},
		{"Talks between the two sides stalled on Thursday over dairy quotas.", false},
		{"News | Mergers & Acquisitions", true},
		{"Kestrel raises bid | BrewTrade", false},
		{"Opinion | The Deal Nobody Wanted Yet", false},
	} {
		if got := isBoilerLine(tt.line); got != tt.menu {
			t.Errorf("isBoilerLine(%q) = %v, want %v", tt.line, got, tt.menu)
		}
	}
}

// TestKeyPointsSkipStructure: no key point is a headline, byline,
// dateline, caption or link.
func TestKeyPointsSkipStructure(t *testing.T) {
	for _, f := range structureFixtures(t) {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Summarize(Input{Text: string(text)}, Options{Length: Detailed})
		if err != nil {
			t.Fatal(err)
		}
		d := newDoc(string(text))
		for _, k := range b.KeyPoints {
			for _, si := range k.Sentences {
				if !d.isBody(si) {
					t.Errorf("%s: key point %q rests on a %s sentence", f, k.Text, d.structure[si])
				}
			}
		}
	}
}

// TestSplittersAgreeOnQuotes: the engine's splitter and the analysis
// layer's split quotations the same way.
func TestSplittersAgreeOnQuotes(t *testing.T) {
	for _, text := range []string{
		"“That was it!” he said. He left.",
		"“That was it!” Trump said. Nobody answered.",
		"“Why now?” President Donald Trump asked reporters on Friday. The room fell silent.",
		"“Stop!” Police moved in at dawn.",
		`"We are ready. We will sign," he said.`,
		"He called the offer “a joke. Frankly, an insult.” Talks ended.",
		`"Now," Obama said, "they don't become populists. That's not populism." Reporters left.`,
		`We need to "act now. But not alone," Ms Bauchtman said.`,
	} {
		var engine []string
		for _, s := range splitSentences(text, splitParagraphs(text)) {
			engine = append(engine, text[s.Start:s.End])
		}
		a := nlp.Tokenize(text)
		var analysis []string
		for _, s := range a.Sentences {
			analysis = append(analysis, text[s.Start:s.End])
		}
		if strings.Join(engine, "|") != strings.Join(analysis, "|") {
			t.Errorf("%q:\n engine   %q\n analysis %q", text, engine, analysis)
		}
	}
}

// BenchmarkStructure times the layout stage on a pasted page.
func BenchmarkStructure(b *testing.B) {
	text, err := os.ReadFile("testdata/structure/ap.txt")
	if err != nil {
		b.Fatal(err)
	}
	page := strings.Repeat(string(text)+"\n\n", 10)
	paras := splitParagraphs(page)
	b.ReportAllocs()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		findLayout(page, paras)
	}
}

// TestDatelinePlace checks the place read from a dateline.
func TestDatelinePlace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"OSLO - ", "Oslo"},
		{"BERGEN, Norway (Reuters) - ", "Bergen"},
		{"MOSCOW/KYIV (Reuters) — ", "Moscow/Kyiv"},
		{"NEW DELHI: ", "New Delhi"},
		{"Buenos Aires (AP) -- ", "Buenos Aires"},
		{"LOS ANGELES (AP) - ", "Los Angeles"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := datelinePlace(tt.in); got != tt.want {
			t.Errorf("datelinePlace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
