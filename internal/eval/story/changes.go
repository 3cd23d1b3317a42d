package story

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/summarize"
)

//go:embed changes_gold.json
var goldJSON []byte

// Gold is the gold set of "since the last brief".
type Gold struct {
	About string     `json:"about"`
	Pairs []GoldPair `json:"pairs"`
}

// GoldPair is a story so far (earlier, in order) and a new article.
type GoldPair struct {
	Story   string       `json:"story"`
	Earlier []string     `json:"earlier"`
	Later   string       `json:"later"`
	Changes []GoldChange `json:"changes"`
	NotNew  []GoldChange `json:"not_new"`
}

// GoldChange is a change a reader would list.
type GoldChange struct {
	Kind        string   `json:"kind"`
	Kinds       []string `json:"kinds"`
	Description string   `json:"description"`
	Keywords    []string `json:"keywords"`
	Optional    bool     `json:"optional"`
}

// LoadGold reads the embedded gold set.
func LoadGold() (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(goldJSON, &g); err != nil {
		return nil, fmt.Errorf("read changes_gold.json: %w", err)
	}
	for _, p := range g.Pairs {
		if len(p.Earlier) == 0 || p.Later == "" {
			return nil, fmt.Errorf("changes_gold.json: pair of %s without articles", p.Story)
		}
		for _, c := range p.Changes {
			if len(c.Keywords) == 0 || len(c.Kinds) == 0 {
				return nil, fmt.Errorf("changes_gold.json: %q has no keywords or kinds", c.Description)
			}
		}
	}
	return &g, nil
}

// matches reports whether a change found is the gold change: one of its
// kinds, every keyword in its text or party.
func (gc GoldChange) matches(c story.Change) bool {
	if !slices.Contains(gc.Kinds, c.Kind) {
		return false
	}
	return gc.hasKeywords(c)
}

// hasKeywords reports whether every keyword occurs in the change.
func (gc GoldChange) hasKeywords(c story.Change) bool {
	hay := strings.ToLower(c.Text + " " + c.Party)
	for _, k := range gc.Keywords {
		if !strings.Contains(hay, strings.ToLower(k)) {
			return false
		}
	}
	return true
}

// ChangeScore is the changes found against the gold.
type ChangeScore struct {
	Pairs int
	// Found changes that match a gold change (optional ones aside); Extra
	// found changes that match none; Optional found changes that match
	// only an optional one (neither right nor wrong).
	Right, Extra, Optional int
	// Gold changes (optional aside) and how many were found.
	Gold, Recalled int
	// Repeats are found changes that match a not_new entry: things the
	// earlier briefs held, reported as new.
	Repeats int
	Lines   []string // every change found and every gold change missed
}

// Precision is the share of changes found that a reader listed.
func (s *ChangeScore) Precision() float64 { return ratio(s.Right, s.Right+s.Extra) }

// Recall is the share of the reader's changes found.
func (s *ChangeScore) Recall() float64 { return ratio(s.Recalled, s.Gold) }

// ScoreChanges runs Detect on every gold pair with the given briefs.
func ScoreChanges(g *Gold, briefs map[string]*summarize.Brief) (*ChangeScore, error) {
	s := &ChangeScore{}
	for _, p := range g.Pairs {
		var hist []story.Entry
		for i, id := range p.Earlier {
			b, ok := briefs[id]
			if !ok {
				return nil, fmt.Errorf("gold pair %s: no article %s in the bench", p.Story, id)
			}
			hist = append(hist, story.Entry{ArticleID: int64(i + 1), Title: b.Source.Title, Brief: b})
		}
		later, ok := briefs[p.Later]
		if !ok {
			return nil, fmt.Errorf("gold pair %s: no article %s in the bench", p.Story, p.Later)
		}
		s.Pairs++
		found := story.Detect(hist, later)
		s.Lines = append(s.Lines, fmt.Sprintf("%s -> %s", strings.Join(p.Earlier, " + "), p.Later))
		hit := make([]bool, len(p.Changes))
		for _, c := range found {
			verdict := "extra"
			for i, gc := range p.Changes {
				if gc.matches(c) {
					hit[i] = true
					if gc.Optional {
						if verdict == "extra" {
							verdict = "optional"
						}
					} else {
						verdict = "right"
					}
				}
			}
			switch verdict {
			case "right":
				s.Right++
			case "optional":
				s.Optional++
			default:
				s.Extra++
				for _, nn := range p.NotNew {
					if nn.hasKeywords(c) {
						s.Repeats++
						verdict = "repeat"
						break
					}
				}
			}
			s.Lines = append(s.Lines, fmt.Sprintf("  %-8s %s/%s %q (%s) s%d", verdict, c.Kind, c.Status, clip(c.Text, 100), c.Party, c.Sentence))
		}
		for i, gc := range p.Changes {
			if gc.Optional {
				continue
			}
			s.Gold++
			if hit[i] {
				s.Recalled++
			} else {
				s.Lines = append(s.Lines, fmt.Sprintf("  missed   %s: %s", gc.Kind, gc.Description))
			}
		}
	}
	return s, nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Print writes the change figures.
func (s *ChangeScore) Print(w io.Writer, misses bool) {
	fmt.Fprintf(w, "since the last brief  %d pairs of our gold: precision %.3f (%d right, %d not listed, %d of them repeats), recall %.3f (%d of %d)\n",
		s.Pairs, s.Precision(), s.Right, s.Extra, s.Repeats, s.Recall(), s.Recalled, s.Gold)
	if misses {
		for _, l := range s.Lines {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}
