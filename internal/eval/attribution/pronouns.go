package attribution

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// pronounsGold is our gold of whom each pronoun source of the attribution
// bench refers to: for every attribution whose source is "he", "she",
// "they", "who", …, the offsets of one mention of its referent in the
// article (its fullest name, or the description that brings it in), or
// kind "none" for a generic or unresolvable pronoun. Offsets only: no
// article text is stored.
//
//go:embed pronouns_gold.json
var pronounsGold []byte

// pronounsScript matches briefs to the bench's gold with the bench's own
// score.py and checks the speakers of pronoun sources against our gold.
//
//go:embed pronouns.py
var pronounsScript []byte

// PronounSplit is the pronoun-source speaker check over one part of the
// bench.
type PronounSplit struct {
	// Pronouns is the gold attributions whose pronoun source has a
	// referent; Matched those a brief item matches; Right, Blank and
	// Wrong split the matched ones by the brief's speaker.
	Pronouns int `json:"pronouns"`
	Matched  int `json:"matched"`
	Right    int `json:"right"`
	Blank    int `json:"blank"`
	Wrong    int `json:"wrong"`
	// ByKind is [right, matched] by the referent's kind: "name" (the
	// article names it) or "description" (it never does).
	ByKind map[string][2]int `json:"by_kind"`
	// Misses lists the development part's errors when asked for.
	Misses []string `json:"misses"`
}

// Acc is the share of matched pronoun sources with the right speaker.
func (s PronounSplit) Acc() float64 {
	if s.Matched == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Matched)
}

// PronounResult is the check over the held-out third and the
// development part.
type PronounResult struct {
	HeldOut PronounSplit `json:"held_out"`
	Dev     PronounSplit `json:"dev"`
}

// RunPronouns scores the speakers of pronoun sources in the briefs that
// Run wrote into dir.
func RunPronouns(ctx context.Context, bench, dir string, misses bool) (*PronounResult, error) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return nil, ErrNoPython
	}
	tmp, err := os.MkdirTemp("", "parley-pronouns-")
	if err != nil {
		return nil, fmt.Errorf("make a folder for the pronoun scorer: %w", err)
	}
	defer os.RemoveAll(tmp)
	script, gold := filepath.Join(tmp, "pronouns.py"), filepath.Join(tmp, "gold.json")
	if err := os.WriteFile(script, pronounsScript, 0o644); err != nil {
		return nil, fmt.Errorf("write the pronoun scorer: %w", err)
	}
	if err := os.WriteFile(gold, pronounsGold, 0o644); err != nil {
		return nil, fmt.Errorf("write the pronoun gold: %w", err)
	}
	adir := filepath.Join(bench, "attribution")
	args := []string{script, "--bench-dir", adir, "--data", filepath.Join(adir, "polnear-dev.jsonl"), "--gold", gold, "--pred", dir}
	if misses {
		args = append(args, "--misses")
	}
	out, err := exec.CommandContext(ctx, py, args...).Output()
	if err != nil {
		return nil, fmt.Errorf("run the pronoun scorer: %w", err)
	}
	var res PronounResult
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, fmt.Errorf("read the pronoun scorer's output: %w", err)
	}
	return &res, nil
}

// Print writes the held-out third's figure first, then the development
// part's with its misses.
func (r *PronounResult) Print(w io.Writer) {
	fmt.Fprintln(w, "pronoun sources (he, she, they, who…; our gold of whom each refers to), speaker of the matched ones:")
	for _, p := range []struct {
		name string
		s    PronounSplit
	}{{"held-out third", r.HeldOut}, {"development part", r.Dev}} {
		var kinds []string
		for _, k := range []string{"name", "description"} {
			if c, ok := p.s.ByKind[k]; ok {
				kinds = append(kinds, fmt.Sprintf("%s %d/%d", k, c[0], c[1]))
			}
		}
		fmt.Fprintf(w, "  %-16s %.3f (%d/%d; %d wrong, %d blank; %d of %d pronoun sources matched)  %s\n",
			p.name, p.s.Acc(), p.s.Right, p.s.Matched, p.s.Wrong, p.s.Blank, p.s.Matched, p.s.Pronouns, strings.Join(kinds, ", "))
		for _, m := range p.s.Misses {
			fmt.Fprintf(w, "    %s\n", m)
		}
	}
}
