package llm

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseBrief(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		summary string
		points  []claim
		wantErr bool
	}{
		{"plain", `{"summary": "S.", "key_points": [{"text": "P.", "sentences": [1, 2]}]}`,
			"S.", []claim{{"P.", []int{1, 2}}}, false},
		{"fenced", "```json\n{\"summary\": \"S.\", \"key_points\": []}\n```", "S.", nil, false},
		{"think block and prose around", "<think>{\"no\": 1}</think>Here it is: {\"summary\": \"S.\"} Hope it helps.", "S.", nil, false},
		{"camelCase keys, refs as strings and ranges", `{"Summary": "S.", "keyPoints": [{"point": "P.", "citations": "[3], S4, 6-7"}]}`,
			"S.", []claim{{"P.", []int{3, 4, 6, 7}}}, false},
		{"single sentence number", `{"summary": "S.", "key_points": [{"text": "P.", "sentence": 5}]}`,
			"S.", []claim{{"P.", []int{5}}}, false},
		{"points as strings", `{"summary": "S.", "key_points": ["P."]}`, "S.", []claim{{"P.", nil}}, false},
		{"summary as a list", `{"summary": ["A.", "B."]}`, "A. B.", nil, false},
		{"negative and fractional refs", `{"summary": "S.", "key_points": [{"text": "P.", "sentences": [-1, 2.5, 3]}]}`,
			"S.", []claim{{"P.", []int{-1, 3}}}, false},
		{"not JSON", "I cannot do that.", "", nil, true},
		{"truncated", `{"summary": "S`, "", nil, true},
		{"empty object", `{}`, "", nil, true},
		{"wrong types", `{"summary": {"a": 1}, "key_points": 7}`, "", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseBrief(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseBrief error = %v, want error %v", err, tt.wantErr)
			}
			if got.Summary != tt.summary {
				t.Errorf("summary = %q, want %q", got.Summary, tt.summary)
			}
			if !slices.EqualFunc(got.KeyPoints, tt.points, func(a, b claim) bool {
				return a.Text == b.Text && slices.Equal(a.Sentences, b.Sentences)
			}) {
				t.Errorf("key points = %v, want %v", got.KeyPoints, tt.points)
			}
		})
	}
}

func TestParseBriefFacets(t *testing.T) {
	got, err := parseBrief(`{"summary": "S.", "positions": [{"party": "Ukraine", "position": "No land.", "sentences": [5]}],
		"next_steps": {"step": "Talks.", "when": "next week", "where": "London", "sentence": "16"}}`)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Positions) != 1 || got.Positions[0].Party != "Ukraine" || got.Positions[0].Text != "No land." || !slices.Equal(got.Positions[0].Sentences, []int{5}) {
		t.Errorf("positions = %+v", got.Positions)
	}
	if len(got.NextSteps) != 1 || got.NextSteps[0].When != "next week" || got.NextSteps[0].Where != "London" || !slices.Equal(got.NextSteps[0].Sentences, []int{16}) {
		t.Errorf("next steps = %+v", got.NextSteps)
	}
}

func TestParseAnswer(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		answer   string
		refs     []int
		declined bool
		wantErr  bool
	}{
		{"answer", `{"answer": "In London.", "sentences": [16], "in_article": true}`, "In London.", []int{16}, false, false},
		{"no flag", `{"answer": "In London.", "sentences": ["16"]}`, "In London.", []int{16}, false, false},
		{"declined", `{"answer": "The article doesn't say.", "sentences": [], "in_article": false}`, "The article doesn't say.", nil, true, false},
		{"declined as a string", `{"answer": "", "in_article": "false"}`, "", nil, true, false},
		{"inverse flag", `{"answer": "x", "not_in_article": true}`, "x", nil, true, false},
		{"nothing", `{"sentences": [1]}`, "", nil, false, true},
		{"not JSON", `The article doesn't say.`, "", nil, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseAnswer(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseAnswer error = %v, want error %v", err, tt.wantErr)
			}
			if got.Answer != tt.answer || !slices.Equal(got.Sentences, tt.refs) || got.NotInArticle != tt.declined {
				t.Errorf("parseAnswer = %+v, want answer %q refs %v declined %v", got, tt.answer, tt.refs, tt.declined)
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 4, 17, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		header http.Header
		want   time.Duration
		ok     bool
	}{
		{"seconds", http.Header{"Retry-After": {"2"}}, 2 * time.Second, true},
		{"fraction", http.Header{"Retry-After": {"0.5"}}, 500 * time.Millisecond, true},
		{"milliseconds header first", http.Header{"Retry-After-Ms": {"120"}, "Retry-After": {"2"}}, 120 * time.Millisecond, true},
		{"http date", http.Header{"Retry-After": {now.Add(3 * time.Second).Format(http.TimeFormat)}}, 3 * time.Second, true},
		{"date in the past", http.Header{"Retry-After": {now.Add(-time.Hour).Format(http.TimeFormat)}}, 0, true},
		{"garbage", http.Header{"Retry-After": {"soon"}}, 0, false},
		{"none", http.Header{}, 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.header, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: retryAfter = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzParse checks that the output parsers never panic and keep their
// bounds on any input, and that whatever they accept the verifier can
// take.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"summary": "S.", "key_points": [{"text": "P.", "sentences": [1, 2]}]}`,
		"```json\n{\"summary\": \"S.\", \"key_points\": []}\n```",
		`<think>x</think>{"answer": "a", "sentences": "1-3, 9", "in_article": true}`,
		`{"summary": ["A", 1, null], "keyPoints": [{"point": "P", "cites": [[1, [2]], "3–4"]}], "positions": {"party": "X"}}`,
		`{"summary": "S", "key_points": [{"text": "P", "sentences": [1e300, -0, 99999999999]}]}`,
		`{"answer": "", "in_article": "no"}`,
		`{`, `}`, `{"a":`, "",
	} {
		f.Add(s)
	}
	text, b := seed(f)
	g := newGround(text, b.Sentences, b.Parties)
	f.Fuzz(func(t *testing.T, s string) {
		if out, err := parseBrief(s); err == nil {
			if out.Summary == "" && len(out.KeyPoints) == 0 {
				t.Fatal("accepted a brief with neither summary nor key points")
			}
			checkBounds(t, out.Summary, nil)
			if len(out.KeyPoints) > maxItems || len(out.Positions) > maxItems || len(out.NextSteps) > maxItems {
				t.Fatalf("lists over %d items", maxItems)
			}
			for _, k := range out.KeyPoints {
				checkBounds(t, k.Text, k.Sentences)
				g.checkPoint(k.Text, k.Sentences)
			}
			for _, p := range out.Positions {
				checkBounds(t, p.Text, p.Sentences)
			}
			var d drops
			(&Client{}).verifyProse(g, out.Summary, maxSummaryRunes, &d)
		}
		if out, err := parseAnswer(s); err == nil {
			if out.Answer == "" && !out.NotInArticle {
				t.Fatal("accepted an answer with no answer")
			}
			checkBounds(t, out.Answer, out.Sentences)
		}
	})
}

func checkBounds(t *testing.T, text string, refs []int) {
	t.Helper()
	if utf8.RuneCountInString(text) > maxFieldRunes || !utf8.ValidString(text) || text != strings.TrimSpace(text) {
		t.Fatalf("text out of bounds: %q", text)
	}
	if len(refs) > maxRefs {
		t.Fatalf("%d refs, more than %d", len(refs), maxRefs)
	}
}
