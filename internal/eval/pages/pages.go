// Package pages scores who said what on real web pages from outlets the
// engine was never written against: the news and feature pages of the
// extraction bench (shared/bench/extraction), whose article texts carry
// our own gold for every direct quotation and its speaker, resolved to a
// name (gold_heldout.json, gold_dev.json, gold_fresh.json; written by
// reading the pages, before the engine was run on them).
//
// The first 65 pages are split by a hash of their id. The held-out half
// is scored for its totals only: its misses are never printed. The
// development half may be read, by kind of error. The fresh set, the 46
// remaining English pages with a quotation (annotated a round later), is
// held out like the first half.
package pages

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/eval/news"
	"github.com/parley-bot/parley/internal/summarize"
)

//go:embed gold_heldout.json
var goldHeldOut []byte

//go:embed gold_dev.json
var goldDev []byte

//go:embed gold_fresh.json
var goldFresh []byte

// ErrNoBench reports that the extraction bench is not there to score on.
var ErrNoBench = errors.New("extraction bench not found")

// Gold is one annotator's file.
type Gold struct {
	Pages []Page `json:"pages"`
}

// Page is the gold of one page.
type Page struct {
	ID     string  `json:"id"`
	URL    string  `json:"url"`
	Skip   string  `json:"skip"`
	Quotes []Quote `json:"quotes"`
}

// Quote is one gold quotation: rune offsets of its marks in the page's
// article text, its speaker resolved to a name ("" when the page does not
// say), the words that attribute it and how (see Hows).
type Quote struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker"`
	Mention string `json:"mention"`
	How     string `json:"how"`
	Note    string `json:"note,omitempty"`
}

// Hows are the ways a page attributes a quotation, in report order.
var Hows = []string{"named", "pronoun", "description", "float", "unnamed", "none"}

// Split is the score of one half.
type Split struct {
	Name  string
	Pages int
	// Gold quotations, those a brief quotation overlaps by 0.3 of the
	// gold's length (one to one), and brief quotations of three words or
	// more that overlap none.
	Gold, Found, Extra int
	// Over found quotations whose page names a speaker: right, wrong (a
	// different speaker) and blank (none given).
	Right, Wrong, Blank int
	// ByHow is Right / checked by the way the page attributes the quote.
	ByHow map[string][2]int
	// Misses lists the errors (development half only).
	Misses []string
}

// Recall is the share of gold quotations found.
func (s Split) Recall() float64 { return ratio(s.Found, s.Gold) }

// Precision is the share of brief quotations (three words or more) that
// are gold quotations.
func (s Split) Precision() float64 { return ratio(s.Found, s.Found+s.Extra) }

// SpeakerAcc is the share of found quotations with the right speaker.
func (s Split) SpeakerAcc() float64 { return ratio(s.Right, s.Right+s.Wrong+s.Blank) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result holds the three sets: the held-out and development halves of
// the first 65 pages, and the fresh set of 46 more pages annotated later
// (the rest of the bench's English news pages with a quotation), held out
// like the first half.
type Result struct {
	HeldOut, Fresh, Dev Split
}

// Run scores the engine on the pages of extractionDir
// (shared/bench/extraction); misses lists the development half's errors.
func Run(extractionDir string, opts summarize.Options, misses bool) (*Result, error) {
	texts, err := loadTexts(filepath.Join(extractionDir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	res := &Result{}
	err = scoreHalves(texts, opts, []half{
		{&res.HeldOut, "held-out half (never read page by page)", goldHeldOut, false},
		{&res.Fresh, "fresh set (46 more pages, held out; never read page by page)", goldFresh, false},
		{&res.Dev, "development half", goldDev, misses},
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// half is one gold file to score into a Split: its name in reports and
// whether its errors are listed.
type half struct {
	into *Split
	name string
	data []byte
	list bool
}

// scoreHalves scores each gold file on the texts by id.
func scoreHalves(texts map[string]string, opts summarize.Options, halves []half) error {
	for _, h := range halves {
		var g Gold
		if err := json.Unmarshal(h.data, &g); err != nil {
			return fmt.Errorf("read the gold of the %s: %w", h.name, err)
		}
		s, err := score(g, texts, opts, h.list)
		if err != nil {
			return err
		}
		s.Name = h.name
		*h.into = s
	}
	return nil
}

func loadTexts(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoBench
	}
	if err != nil {
		return nil, fmt.Errorf("read extraction ground truth: %w", err)
	}
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse extraction ground truth: %w", err)
	}
	out := make(map[string]string, len(raw))
	for id, r := range raw {
		out[id] = r.ArticleBody
	}
	return out, nil
}

func score(g Gold, texts map[string]string, opts summarize.Options, listMisses bool) (Split, error) {
	s := Split{ByHow: map[string][2]int{}}
	for _, p := range g.Pages {
		if p.Skip != "" {
			continue
		}
		text, ok := texts[p.ID]
		if !ok {
			return s, fmt.Errorf("page %s has no text", p.ID)
		}
		b, err := summarize.Summarize(summarize.Input{Text: text}, opts)
		if err != nil {
			return s, fmt.Errorf("summarize page %s: %w", p.ID, err)
		}
		s.Pages++
		scorePage(&s, p, text, b, listMisses)
	}
	return s, nil
}

type span struct {
	start, end int // runes
	speaker    string
	text       string
}

// scorePage matches the page's gold quotations with the brief's, one to
// one, greedily in text order by overlap.
func scorePage(s *Split, p Page, text string, b *summarize.Brief, listMisses bool) {
	runeAt := news.RuneIndex(text)
	var preds []span
	for _, q := range b.Quotes {
		for _, sp := range q.Spans {
			if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] {
				continue
			}
			preds = append(preds, span{start: runeAt[sp[0]], end: runeAt[sp[1]], speaker: q.Speaker, text: q.Text})
		}
	}
	used := make([]bool, len(preds))
	short := func(t string) string {
		if utf8.RuneCountInString(t) > 90 {
			t = string([]rune(t)[:90]) + "…"
		}
		return t
	}
	for _, g := range p.Quotes {
		s.Gold++
		best, bestOv := -1, 0.3
		for i, pr := range preds {
			if used[i] {
				continue
			}
			lo, hi := max(g.Start, pr.start), min(g.End, pr.end)
			if hi <= lo || g.End <= g.Start {
				continue
			}
			if ov := float64(hi-lo) / float64(g.End-g.Start); ov > bestOv {
				best, bestOv = i, ov
			}
		}
		gtext := news.SubstrRunes(text, g.Start, g.End)
		if best < 0 {
			if listMisses {
				s.Misses = append(s.Misses, fmt.Sprintf("[%s] missed quote (%s %q): %s", short8(p.ID), g.How, g.Speaker, short(gtext)))
			}
			continue
		}
		used[best] = true
		s.Found++
		if g.Speaker == "" {
			continue
		}
		pr := preds[best]
		c := s.ByHow[g.How]
		c[1]++
		switch {
		case news.SpeakerMatches(pr.speaker, g.Speaker):
			s.Right++
			c[0]++
		case strings.TrimSpace(pr.speaker) == "":
			s.Blank++
			if listMisses {
				s.Misses = append(s.Misses, fmt.Sprintf("[%s] blank speaker, gold %q (%s, %q): %s", short8(p.ID), g.Speaker, g.How, g.Mention, short(gtext)))
			}
		default:
			s.Wrong++
			if listMisses {
				s.Misses = append(s.Misses, fmt.Sprintf("[%s] speaker %q, gold %q (%s, %q): %s", short8(p.ID), pr.speaker, g.Speaker, g.How, g.Mention, short(gtext)))
			}
		}
		s.ByHow[g.How] = c
	}
	for i, u := range used {
		if u || len(strings.Fields(preds[i].text)) < 3 || slices.ContainsFunc(preds[:i], func(o span) bool { return o.start == preds[i].start }) {
			continue
		}
		s.Extra++
		if listMisses {
			s.Misses = append(s.Misses, fmt.Sprintf("[%s] extra quote, speaker %q: %s", short8(p.ID), preds[i].speaker, short(preds[i].text)))
		}
	}
}

func short8(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

// Print writes the three sets, the held-out ones first.
func (r *Result) Print(w io.Writer) {
	fmt.Fprintln(w, "real pages from new outlets (shared/bench/extraction, our own gold quotes and speakers):")
	for _, s := range []Split{r.HeldOut, r.Fresh, r.Dev} {
		fmt.Fprintf(w, "%s: %d pages, %d quotations\n", s.Name, s.Pages, s.Gold)
		fmt.Fprintf(w, "  quotes found %.3f (%d/%d), precision %.3f (%d not gold); speaker %.3f (%d/%d; %d wrong, %d blank)\n",
			s.Recall(), s.Found, s.Gold, s.Precision(), s.Extra, s.SpeakerAcc(), s.Right, s.Right+s.Wrong+s.Blank, s.Wrong, s.Blank)
		var parts []string
		for _, h := range Hows {
			if c, ok := s.ByHow[h]; ok && c[1] > 0 {
				parts = append(parts, fmt.Sprintf("%s %d/%d", h, c[0], c[1]))
			}
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "  speaker by attribution: %s\n", strings.Join(parts, ", "))
		}
		for _, m := range s.Misses {
			fmt.Fprintf(w, "  %s\n", m)
		}
	}
}
