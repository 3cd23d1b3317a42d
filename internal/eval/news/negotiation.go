package news

import (
	_ "embed" // the negotiation gold set
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/parley-bot/parley/internal/summarize"
)

// negotiationGold is the project's own gold set of proposals (with their
// proposer), next steps (with when and where) and positions (with their
// party) for 21 news bench articles, written by reading the articles before
// the negotiation stage was rebuilt; guidelines in its "_about".
//
//go:embed negotiation.json
var negotiationGold []byte

// goldItem is one proposal, next step or position of the gold set.
type goldItem struct {
	Keys     []string `json:"keys"`
	By       string   `json:"by"`
	Party    string   `json:"party"`
	When     string   `json:"when"`
	Where    string   `json:"where"`
	Optional bool     `json:"optional"`
}

type goldNegotiation struct {
	ID        string     `json:"id"`
	Proposals []goldItem `json:"proposals"`
	NextSteps []goldItem `json:"next_steps"`
	Positions []goldItem `json:"positions"`
}

// ItemScore counts one kind of item (proposals, next steps or positions)
// over the articles scored.
type ItemScore struct {
	// Predicted counts the predictions that were judged (those matching
	// only an optional gold item are left out); Gold counts the required
	// gold items.
	Predicted, Gold int
	// Right counts predictions matched one-to-one to a required gold item
	// with everything right (key words and proposer, when and where, or
	// party); Found counts required gold items whose key words a
	// prediction holds, right or not in the rest.
	Right, Found int
}

// P is the share of judged predictions that are right.
func (s ItemScore) P() float64 { return ratio(s.Right, s.Predicted) }

// R is the share of required gold items predicted right.
func (s ItemScore) R() float64 { return ratio(s.Right, s.Gold) }

// F1 is the harmonic mean of P and R.
func (s ItemScore) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// NegotiationScore is how the briefs' proposals, next steps and positions
// meet the gold set.
type NegotiationScore struct {
	Articles                        int
	Proposals, NextSteps, Positions ItemScore
	Misses                          []string
}

// keysIn reports whether text holds every key ("a|b": a or b),
// case-insensitively.
func keysIn(keys []string, text string) bool {
	l := strings.ToLower(text)
	for _, k := range keys {
		ok := false
		for _, alt := range strings.Split(k, "|") {
			if alt = strings.ToLower(strings.TrimSpace(alt)); alt != "" && strings.Contains(l, alt) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return len(keys) > 0
}

// slotRight compares a predicted when or where with the gold one: both
// empty, "*" in the gold, or the prediction holding the gold words.
func slotRight(gold, pred string) bool {
	switch gold {
	case "*":
		return true
	case "":
		return strings.TrimSpace(pred) == ""
	}
	return pred != "" && strings.Contains(strings.ToLower(pred), strings.ToLower(gold))
}

// sideMatcher tells whether a predicted party or proposer names a gold
// side, with the article's party gold (names, aliases, people) and the
// brief's own parties (a predicted party whose people hold the side's
// person is that side).
type sideMatcher struct {
	parties map[string]GoldParty // normName(name) -> gold party of parties.json
	brief   map[string][]string  // normName(brief party) -> its people
}

func newSideMatcher(ga *goldArticle, b *summarize.Brief) sideMatcher {
	m := sideMatcher{parties: map[string]GoldParty{}, brief: map[string][]string{}}
	if ga != nil {
		for _, p := range ga.Parties {
			m.parties[normName(p.Name)] = p
		}
	}
	for _, p := range b.Parties {
		m.brief[normName(p.Name)] = p.People
	}
	return m
}

// matches reports whether the predicted name pred names the gold side.
func (m sideMatcher) matches(gold, pred string) bool {
	if strings.TrimSpace(pred) == "" {
		return false
	}
	np := normName(pred)
	// A name matches as written or with modifiers before it
	// ("Paris-based Euronext"), never with words after it ("Euronext
	// shareholders" are another side).
	same := func(name string) bool {
		nn := normName(name)
		return nn != "" && (np == nn || strings.HasSuffix(np, " "+nn))
	}
	if same(gold) {
		return true
	}
	gp, ok := m.parties[normName(gold)]
	if !ok {
		return false
	}
	for _, n := range gp.Aliases {
		if same(n) {
			return true
		}
	}
	for _, person := range gp.People {
		if SpeakerMatches(pred, person) && len(nameWords(pred)) <= len(nameWords(person)) {
			return true
		}
		for _, bp := range m.brief[np] {
			if normName(bp) == normName(person) {
				return true
			}
		}
	}
	return false
}

// pred is one predicted item as the scorer sees it.
type pred struct {
	text, side, when, where string
	sentence                int
}

// scoreItems matches predictions to gold items one-to-one and adds the
// counts to s. right tells whether a prediction whose key words match a
// gold item is right in the rest.
func scoreItems(s *ItemScore, id, kind string, golds []goldItem, preds []pred, right func(goldItem, pred) bool, misses *[]string) {
	used := make([]bool, len(preds))
	for _, g := range golds {
		if g.Optional {
			continue
		}
		s.Gold++
		found, hit := false, false
		for pi, p := range preds {
			if used[pi] || !keysIn(g.Keys, p.text) {
				continue
			}
			found = true
			if right(g, p) {
				used[pi], hit = true, true
				break
			}
		}
		if found {
			s.Found++
		}
		if hit {
			s.Right++
			continue
		}
		*misses = append(*misses, fmt.Sprintf("[%s] %s missed: %s", id, kind, describeGold(g)))
	}
	for pi, p := range preds {
		if used[pi] {
			s.Predicted++
			continue
		}
		optional := false
		for _, g := range golds {
			if g.Optional && keysIn(g.Keys, p.text) && right(g, p) {
				optional = true
				break
			}
		}
		if optional {
			continue
		}
		s.Predicted++
		*misses = append(*misses, fmt.Sprintf("[%s] %s wrong: %q by/party %q when %q where %q (sentence %d)", id, kind, clip(p.text, 90), p.side, p.when, p.where, p.sentence))
	}
}

func describeGold(g goldItem) string {
	var b strings.Builder
	fmt.Fprintf(&b, "keys %q", g.Keys)
	if g.By != "" {
		fmt.Fprintf(&b, " by %q", g.By)
	}
	if g.Party != "" {
		fmt.Fprintf(&b, " party %q", g.Party)
	}
	if g.When != "" || g.Where != "" {
		fmt.Fprintf(&b, " when %q where %q", g.When, g.Where)
	}
	return b.String()
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// ScoreNegotiation scores the briefs' proposals, next steps and positions
// (by article id) against the gold set: a proposal is right when its text
// holds the gold key words and its proposer names the gold side; a next
// step when its text holds the key words and its when and where are the
// gold ones (empty where the gold is empty); a position when its party
// names the gold side and its text holds the key words.
func ScoreNegotiation(briefs map[string]*summarize.Brief) (NegotiationScore, error) {
	var gold struct {
		Articles []goldNegotiation `json:"articles"`
	}
	if err := json.Unmarshal(negotiationGold, &gold); err != nil {
		return NegotiationScore{}, fmt.Errorf("read negotiation gold: %w", err)
	}
	var pg struct {
		Articles []goldArticle `json:"articles"`
	}
	if err := json.Unmarshal(partiesGold, &pg); err != nil {
		return NegotiationScore{}, fmt.Errorf("read party gold: %w", err)
	}
	partyGold := map[string]*goldArticle{}
	for i := range pg.Articles {
		partyGold[pg.Articles[i].ID] = &pg.Articles[i]
	}
	var s NegotiationScore
	for _, ga := range gold.Articles {
		b, ok := briefs[ga.ID]
		if !ok {
			continue
		}
		s.Articles++
		m := newSideMatcher(partyGold[ga.ID], b)
		var props, nexts, poss []pred
		for _, p := range b.Proposals {
			props = append(props, pred{text: p.Text, side: p.By, sentence: p.Sentence})
		}
		for _, n := range b.NextSteps {
			nexts = append(nexts, pred{text: n.Text, when: n.When, where: n.Where, sentence: n.Sentence})
		}
		for _, p := range b.Positions {
			poss = append(poss, pred{text: p.Text, side: p.Party, sentence: p.Sentence})
		}
		scoreItems(&s.Proposals, ga.ID, "proposal", ga.Proposals, props, func(g goldItem, p pred) bool { return m.matches(g.By, p.side) }, &s.Misses)
		scoreItems(&s.NextSteps, ga.ID, "next step", ga.NextSteps, nexts, func(g goldItem, p pred) bool { return slotRight(g.When, p.when) && slotRight(g.Where, p.where) }, &s.Misses)
		scoreItems(&s.Positions, ga.ID, "position", ga.Positions, poss, func(g goldItem, p pred) bool { return m.matches(g.Party, p.side) }, &s.Misses)
	}
	return s, nil
}

// Print writes the negotiation figures.
func (s NegotiationScore) Print(w io.Writer) {
	fmt.Fprintf(w, "negotiation (own gold, %d articles; strict: right proposer, when+where, party):\n", s.Articles)
	for _, row := range []struct {
		name string
		s    ItemScore
	}{{"proposals", s.Proposals}, {"next steps", s.NextSteps}, {"positions", s.Positions}} {
		fmt.Fprintf(w, "  %-11s P %.3f  R %.3f  F1 %.3f  (right %d, predicted %d, gold %d; gold found by key words alone %d)\n",
			row.name, row.s.P(), row.s.R(), row.s.F1(), row.s.Right, row.s.Predicted, row.s.Gold, row.s.Found)
	}
}
