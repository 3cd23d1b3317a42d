package extract

import (
	"encoding/json"
	"math"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"punctuation only", " -- ... !", nil},
		{"words and digits", "Talks resume on 12 May, 2024.", []string{"Talks", "resume", "on", "12", "May", "2024"}},
		{"underscore is a word character", "snake_case and __x", []string{"snake_case", "and", "__x"}},
		{"apostrophes split", "don’t can't", []string{"don", "t", "can", "t"}},
		{"hyphens split", "ceasefire-deal", []string{"ceasefire", "deal"}},
		{"cyrillic", "переговоры продолжатся", []string{"переговоры", "продолжатся"}},
		{"cjk run is one token", "停戦交渉が再開 された", []string{"停戦交渉が再開", "された"}},
		{"hangul", "협상 재개", []string{"협상", "재개"}},
		{"superscript digit is a number", "x² ½", []string{"x²", "½"}},
		{"combining mark splits like python", "cafe\u0301", []string{"cafe"}},
		{"invalid utf-8 splits", "ab\xffcd", []string{"ab", "cd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTokensMatchPython checks the \w port against Python's re module on
// characters of many scripts and categories, when python3 is installed.
func TestTokensMatchPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	var sb strings.Builder
	for _, r := range []rune("aZ09_ éßøĳ ΑΩ ЖЯ אב عربی हिन्दी ไทย 日本語 한국어 ²³½ⅣⅫ ① ٣ ߀ ゝー 〃 ‿⁀ ﹍ \u0301\u0300 \u200b\u200c\u200d \u00ad ™© ℃ ℕ 𝔸 🙂 ᐁ ꙮ") {
		sb.WriteRune(r)
		sb.WriteByte(' ')
	}
	in := sb.String()
	cmd := exec.Command(py, "-c", "import json,re,sys; print(json.dumps(re.findall(r'\\w+', sys.stdin.read())))")
	cmd.Stdin = strings.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("run python3: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("parse python output %q: %v", out, err)
	}
	if got := tokens(in); !slices.Equal(got, want) {
		t.Errorf("tokens differ from Python's \\w+:\ngot  %q\nwant %q", got, want)
	}
}

func TestScorePage(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        PageScore
	}{
		{"identical", "a b c d e", "a b c d e", PageScore{Precision: 1, HasPrecision: true, Recall: 1, HasRecall: true, Exact: true}},
		{"formatting ignored", "A b, c d.\n\ne", "A b c d e", PageScore{Precision: 1, HasPrecision: true, Recall: 1, HasRecall: true, Exact: true}},
		{"empty prediction", "a b c d e", "", PageScore{Recall: 0, HasRecall: true}},
		{"empty truth", "", "a b c d", PageScore{Precision: 0, HasPrecision: true}},
		{"both empty", "", "", PageScore{Exact: true}},
		{"extra text", "a b c d e", "a b c d e x y z", PageScore{Precision: 2.0 / 5, HasPrecision: true, Recall: 1, HasRecall: true}},
		{"missing text", "a b c d e f", "a b c d", PageScore{Precision: 1, HasPrecision: true, Recall: 1.0 / 3, HasRecall: true}},
		{"short texts are one shingle", "a b", "a b", PageScore{Precision: 1, HasPrecision: true, Recall: 1, HasRecall: true, Exact: true}},
		{"short texts differ", "a b", "a c", PageScore{Precision: 0, HasPrecision: true, Recall: 0, HasRecall: true}},
		{"multiset counts repeats once each", "a b c d a b c d", "a b c d", PageScore{Precision: 1, HasPrecision: true, Recall: 1.0 / 5, HasRecall: true}},
		{"case is kept", "A b c d", "a b c d", PageScore{Precision: 0, HasPrecision: true, Recall: 0, HasRecall: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScorePage(tt.truth, tt.pred)
			if !closeScore(got, tt.want) {
				t.Errorf("ScorePage(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
			}
		})
	}
}

func closeScore(a, b PageScore) bool {
	return math.Abs(a.Precision-b.Precision) < 1e-12 && math.Abs(a.Recall-b.Recall) < 1e-12 &&
		a.HasPrecision == b.HasPrecision && a.HasRecall == b.HasRecall && a.Exact == b.Exact
}

func TestAggregate(t *testing.T) {
	pages := []PageScore{
		{Precision: 1, HasPrecision: true, Recall: 0.5, HasRecall: true, Exact: false},
		{Precision: 0.5, HasPrecision: true, Recall: 1, HasRecall: true, Exact: true},
		{Recall: 0, HasRecall: true}, // empty prediction: no precision
	}
	got := Aggregate(pages)
	wantP, wantR := 0.75, 0.5
	want := Scores{Precision: wantP, Recall: wantR, F1: 2 * wantP * wantR / (wantP + wantR), Accuracy: 1.0 / 3, EmptyPred: 1}
	if math.Abs(got.F1-want.F1) > 1e-12 || got.Precision != want.Precision || got.Recall != want.Recall ||
		math.Abs(got.Accuracy-want.Accuracy) > 1e-12 || got.EmptyPred != want.EmptyPred {
		t.Errorf("Aggregate = %+v, want %+v", got, want)
	}
	if got := Aggregate(nil); got != (Scores{}) {
		t.Errorf("Aggregate(nil) = %+v, want zero", got)
	}
}

func TestPageF1(t *testing.T) {
	tests := []struct {
		name string
		s    PageScore
		want float64
	}{
		{"perfect", PageScore{Precision: 1, Recall: 1}, 1},
		{"zero", PageScore{}, 0},
		{"half", PageScore{Precision: 0.5, Recall: 1}, 2.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.F1(); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("F1() = %v, want %v", got, tt.want)
			}
		})
	}
}
