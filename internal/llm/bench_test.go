package llm

import (
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/summarize"
)

// grown repeats the story paragraphs of the example article until the
// text is at least n bytes.
func grown(tb testing.TB, n int) string {
	text, _ := seed(tb)
	paras := strings.Split(strings.TrimSpace(text), "\n")
	paras = paras[:len(paras)-2]
	var b strings.Builder
	for b.Len() < n {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// benchOutput is a model's brief of the example article, as the endpoint
// would return it.
const benchOutput = "```json\n" + `{"summary": "The United States is reportedly open to recognising Russian control of Crimea as part of a broader peace deal between Moscow and Kyiv [0]. Ukrainian President Volodymyr Zelenskyy refuses: “We will never consider Ukrainian lands as Russian.” The US outlined proposals in Paris on April 17, and peace talks are set to continue next week in London.",
"key_points": [{"text": "The US may recognise Russian control of Crimea as part of a peace agreement.", "sentences": [0]},
{"text": "Zelenskyy refuses to consider Ukrainian lands as Russian.", "sentences": [5, 6]},
{"text": "The US plan, set out in Paris on April 17, would freeze the frontlines and lift sanctions for a ceasefire.", "sentences": [9]},
{"text": "Peace talks continue next week in London.", "sentences": [16]}],
"positions": [{"party": "Volodymyr Zelenskyy", "text": "Witkoff had no mandate to discuss Ukrainian territories.", "sentences": [15]}],
"next_steps": [{"text": "Peace talks continue next week in London.", "when": "next week", "where": "London", "sentences": [16]}]}` + "\n```"

// BenchmarkVerifyBrief parses and verifies a model's brief of the example
// article, the ground built inside the loop as in a real call.
func BenchmarkVerifyBrief(b *testing.B) {
	text, local := seed(b)
	c, err := New(Options{APIKey: "k"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		out, err := parseBrief(benchOutput)
		if err != nil {
			b.Fatal(err)
		}
		g := newGround(text, local.Sentences, local.Parties)
		br, err := c.assembleBrief(local, local.Sentences, g, out, "m", summarize.Standard)
		if err != nil || len(br.KeyPoints) != 4 {
			b.Fatalf("assembleBrief: %v, %d key points", err, len(br.KeyPoints))
		}
	}
}

// BenchmarkGround builds the verifier's view of a long article (about
// 200 kB: the example repeated).
func BenchmarkGround(b *testing.B) {
	text := grown(b, 200_000)
	local, err := summarize.Summarize(summarize.Input{Text: text}, summarize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		newGround(text, local.Sentences, local.Parties)
	}
}

// BenchmarkVerifyQuote checks a true and a made-up quotation against the
// example article.
func BenchmarkVerifyQuote(b *testing.B) {
	text, _ := seed(b)
	b.ReportAllocs()
	for b.Loop() {
		if !VerifyQuote(text, "If for some reason ... we’re going to just take a pass") || VerifyQuote(text, "We will give up Crimea") {
			b.Fatal("wrong verdict")
		}
	}
}

// BenchmarkBriefPrompt builds the prompt of a long article fitted to the
// default input cap.
func BenchmarkBriefPrompt(b *testing.B) {
	text := grown(b, 200_000)
	local, err := summarize.Summarize(summarize.Input{Text: text}, summarize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	f := newFence()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		p := briefPrompt(f, local, summarize.Standard, DefaultMaxInputTokens)
		if p.omitted == 0 {
			b.Fatal("nothing omitted from a long article")
		}
	}
}
