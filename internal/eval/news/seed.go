package news

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-bot/parley/internal/summarize"
)

// SeedGold is crimea-talks.gold.json.
type SeedGold struct {
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Partial bool   `json:"partial"`
	} `json:"quotes"`
	KeyFacts  []string `json:"key_facts"`
	Parties   []string `json:"parties"`
	NextSteps []struct {
		When  string `json:"when"`
		Where string `json:"where"`
	} `json:"next_steps"`
}

// SeedResult is how the brief of the seed article meets its gold.
type SeedResult struct {
	Quotes, QuotesFound, SpeakersRight int
	Facts, FactsInTop5                 int
	FactRecall                         []float64 // best recall of each fact in the first five key points
	Parties, PartiesFound              int
	NextStepFound                      bool
	Problems                           []string
}

// FactThreshold is the share of a key fact's content words a key point
// must hold for the fact to count as covered.
const FactThreshold = 0.5

// RunSeed scores the brief of seedDir/crimea-talks.txt against its gold.
func RunSeed(seedDir string, opts summarize.Options) (*SeedResult, error) {
	text, err := os.ReadFile(filepath.Join(seedDir, "crimea-talks.txt"))
	if err != nil {
		return nil, fmt.Errorf("read seed article: %w", err)
	}
	raw, err := os.ReadFile(filepath.Join(seedDir, "crimea-talks.gold.json"))
	if err != nil {
		return nil, fmt.Errorf("read seed gold: %w", err)
	}
	var gold SeedGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil, fmt.Errorf("parse seed gold: %w", err)
	}
	b, err := summarize.Summarize(summarize.Input{Text: string(text)}, opts)
	if err != nil {
		return nil, fmt.Errorf("summarize seed: %w", err)
	}
	return ScoreSeed(b, &gold), nil
}

// ScoreSeed compares a brief with the seed's gold.
func ScoreSeed(b *summarize.Brief, gold *SeedGold) *SeedResult {
	r := &SeedResult{Quotes: len(gold.Quotes), Facts: len(gold.KeyFacts), Parties: len(gold.Parties)}
	for _, g := range gold.Quotes {
		found := false
		for _, q := range b.Quotes {
			if normQuote(q.Text) == normQuote(g.Text) {
				found = true
				r.QuotesFound++
				if strings.EqualFold(q.Speaker, g.Speaker) {
					r.SpeakersRight++
				} else {
					r.Problems = append(r.Problems, fmt.Sprintf("quote %q: speaker %q, want %q", short(g.Text), q.Speaker, g.Speaker))
				}
				break
			}
		}
		if !found {
			r.Problems = append(r.Problems, fmt.Sprintf("quote %q not found", short(g.Text)))
		}
	}
	var top []string
	for i, k := range b.KeyPoints {
		if i == 5 {
			break
		}
		top = append(top, k.Text)
	}
	for _, f := range gold.KeyFacts {
		best := 0.0
		for _, k := range top {
			best = max(best, contentRecall(f, k))
		}
		r.FactRecall = append(r.FactRecall, best)
		if best >= FactThreshold {
			r.FactsInTop5++
		} else {
			r.Problems = append(r.Problems, fmt.Sprintf("key fact not in the first five key points (best recall %.2f): %s", best, f))
		}
	}
	for _, p := range gold.Parties {
		for _, bp := range b.Parties {
			if strings.EqualFold(bp.Name, p) {
				r.PartiesFound++
				break
			}
		}
	}
	for _, g := range gold.NextSteps {
		for _, n := range b.NextSteps {
			if strings.EqualFold(n.When, g.When) && strings.EqualFold(n.Where, g.Where) {
				r.NextStepFound = true
			}
		}
	}
	return r
}

// normQuote normalises a quote for comparison: quote marks, trailing
// punctuation and spacing.
func normQuote(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "", "”", "", "\"", "").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(strings.ToLower(s), " ,.;:")
}

var factStop = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "as": true, "for": true, "and": true, "from": true, "be": true, "would": true, "may": true, "part": true, "is": true, "with": true, "without": true}

// contentRecall is the share of the fact's content tokens (stemmed) found
// in the key point.
func contentRecall(fact, kp string) float64 {
	have := map[string]bool{}
	for _, t := range rougeTokens(kp) {
		have[t] = true
	}
	n, hit := 0, 0
	for _, t := range rougeTokens(fact) {
		if factStop[t] {
			continue
		}
		n++
		if have[t] {
			hit++
		}
	}
	return ratio(hit, n)
}

func short(s string) string {
	if len(s) > 50 {
		return s[:50] + "…"
	}
	return s
}

// Print writes the seed report.
func (r *SeedResult) Print(w io.Writer) {
	fmt.Fprintf(w, "Seed article (crimea-talks): quotes %d/%d found, %d/%d with the right speaker; key facts in the first five key points %d/%d (content recall >= %.1f); parties %d/%d; next step (when+where) %v\n",
		r.QuotesFound, r.Quotes, r.SpeakersRight, r.Quotes, r.FactsInTop5, r.Facts, FactThreshold, r.PartiesFound, r.Parties, r.NextStepFound)
	for _, p := range r.Problems {
		fmt.Fprintf(w, "  - %s\n", p)
	}
}
