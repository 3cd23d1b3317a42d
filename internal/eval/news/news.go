// Package news scores Parley's local brief engine on the news bench
// (shared/bench/news: real negotiation articles with gold quotes, speakers
// and reference summaries) and on the seed article, following the protocol
// of the bench's README: GGT-style quote matching at overlap 0.3 and 0.8,
// speaker accuracy over matched quotes, and ROUGE of the first three key
// points beside Lead-3.
package news

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/summarize"
)

// Record is one article of articles.jsonl.
type Record struct {
	ID         string      `json:"id"`
	Dataset    string      `json:"dataset"`
	Kind       string      `json:"kind"`
	Title      string      `json:"title"`
	Text       string      `json:"text"`
	Highlights []string    `json:"highlights"`
	Quotes     []GoldQuote `json:"quotes"`
}

// GoldQuote is one gold attribution.
type GoldQuote struct {
	Text             string   `json:"text"`
	Speaker          string   `json:"speaker"`
	SpeakerMention   string   `json:"speaker_mention"`
	SpeakerIsPronoun bool     `json:"speaker_is_pronoun"`
	Direct           bool     `json:"direct"`
	HasQuoteMarks    bool     `json:"has_quote_marks"`
	Start            int      `json:"start"`
	End              int      `json:"end"`
	Segments         [][2]int `json:"segments"`
}

// LoadRecords reads articles.jsonl.
func LoadRecords(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open news bench: %w", err)
	}
	defer f.Close()
	var out []Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("parse %s line %d: %w", path, len(out)+1, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// QuoteScore holds quote-matching counts at one overlap threshold.
type QuoteScore struct {
	Theta         float64
	TP, FP, FN    int
	SpeakerOK     int // matched quotes with the right speaker (where checkable)
	SpeakerChecks int // matched quotes whose speaker could be checked
	// The subset where the article names the speaker only with a pronoun
	// or not at all (GGT gold resolves these to a name).
	HardOK, HardChecks int
}

// P is precision.
func (q QuoteScore) P() float64 { return ratio(q.TP, q.TP+q.FP) }

// R is recall.
func (q QuoteScore) R() float64 { return ratio(q.TP, q.TP+q.FN) }

// F1 is the harmonic mean of P and R.
func (q QuoteScore) F1() float64 {
	p, r := q.P(), q.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SpeakerAcc is the share of checkable matched quotes with the right speaker.
func (q QuoteScore) SpeakerAcc() float64 { return ratio(q.SpeakerOK, q.SpeakerChecks) }

// HardAcc is SpeakerAcc on the pronoun-or-nothing subset.
func (q QuoteScore) HardAcc() float64 { return ratio(q.HardOK, q.HardChecks) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss describes a gold quote that was missed or attributed wrongly, for
// reading the errors.
type Miss struct {
	Article, Gold, GoldSpeaker, Predicted, PredictedSpeaker string
}

// Result is the whole evaluation.
type Result struct {
	Articles int
	Quotes   []QuoteScore // at 0.3 and 0.8
	// AllQuotes scores every quoted span (partial ones too) against every
	// gold quote with quotation marks.
	AllQuotes QuoteScore
	Rouge     []RougeRow
	Seed      SeedResult
	Times     []time.Duration // engine time per article
	Misses    []Miss          // at 0.3
	// Briefs are the briefs made, by article id.
	Briefs map[string]*summarize.Brief
}

// RougeRow is the mean ROUGE of one subset for one system.
type RougeRow struct {
	Subset, System string
	N              int
	Scores
}

// Run evaluates the engine on benchDir (shared/bench).
func Run(benchDir string, opts summarize.Options) (*Result, error) {
	recs, err := LoadRecords(filepath.Join(benchDir, "news", "articles.jsonl"))
	if err != nil {
		return nil, err
	}
	res := &Result{Articles: len(recs), Briefs: map[string]*summarize.Brief{}}
	res.Quotes = []QuoteScore{{Theta: 0.3}, {Theta: 0.8}}
	res.AllQuotes = QuoteScore{Theta: 0.3}
	type rsum struct {
		n    int
		s    Scores
		lead Scores
	}
	sums := map[string]*rsum{}
	for _, rec := range recs {
		start := time.Now()
		b, err := summarize.Summarize(summarize.Input{Text: rec.Text, Source: summarize.Source{Title: rec.Title}}, opts)
		res.Times = append(res.Times, time.Since(start))
		if err != nil {
			return nil, fmt.Errorf("summarize %s: %w", rec.ID, err)
		}
		res.Briefs[rec.ID] = b
		if len(rec.Quotes) > 0 {
			for i := range res.Quotes {
				res.Quotes[i].add(rec, b, false, &res.Misses)
			}
			res.AllQuotes.add(rec, b, true, nil)
		}
		if len(rec.Highlights) > 0 {
			var kp []string
			for i, k := range b.KeyPoints {
				if i == 3 {
					break
				}
				kp = append(kp, k.Text)
			}
			var lead []string
			for i, s := range b.Sentences {
				if i == 3 {
					break
				}
				lead = append(lead, s.Text)
			}
			subset := "bbc"
			if rec.Dataset != "bbc-news-summary" {
				subset = "human"
			}
			for _, key := range []string{subset, "all"} {
				if sums[key] == nil {
					sums[key] = &rsum{}
				}
				s := sums[key]
				s.n++
				s.s = addScores(s.s, Rouge(kp, rec.Highlights))
				s.lead = addScores(s.lead, Rouge(lead, rec.Highlights))
			}
		}
	}
	for _, key := range []string{"bbc", "human", "all"} {
		s := sums[key]
		if s == nil {
			continue
		}
		name := map[string]string{"bbc": "BBC (extractive refs)", "human": "human refs (NYT, CNN/DM, writers)", "all": "all with references"}[key]
		res.Rouge = append(res.Rouge,
			RougeRow{Subset: name, System: "Lead-3", N: s.n, Scores: divScores(s.lead, s.n)},
			RougeRow{Subset: name, System: "Parley top-3", N: s.n, Scores: divScores(s.s, s.n)})
	}
	seed, err := RunSeed(filepath.Join(benchDir, "seed"), opts)
	if err != nil {
		return nil, err
	}
	res.Seed = *seed
	return res, nil
}

func addScores(a, b Scores) Scores {
	return Scores{a.R1 + b.R1, a.R2 + b.R2, a.RL + b.RL, a.RLsum + b.RLsum}
}

func divScores(a Scores, n int) Scores {
	f := float64(n)
	return Scores{a.R1 / f, a.R2 / f, a.RL / f, a.RLsum / f}
}

// item is a quote as a set of character (rune) ranges of the article.
type item struct {
	start, end int
	speaker    string
	gold       *GoldQuote
	text       string
}

// add scores one article's quotes. With all set, every gold quote with
// quotation marks counts and every predicted quote (partial too).
func (q *QuoteScore) add(rec Record, b *summarize.Brief, all bool, misses *[]Miss) {
	runeAt := RuneIndex(rec.Text)
	var golds []item
	for i := range rec.Quotes {
		g := &rec.Quotes[i]
		if !(g.Direct || all && g.HasQuoteMarks) {
			continue
		}
		segs := g.Segments
		if len(segs) == 0 {
			segs = [][2]int{{g.Start, g.End}}
		}
		for _, s := range segs {
			golds = append(golds, item{start: s[0], end: s[1], gold: g, text: SubstrRunes(rec.Text, s[0], s[1])})
		}
	}
	var preds []item
	for _, pq := range b.Quotes {
		if pq.Partial && !all {
			continue
		}
		for _, sp := range pq.Spans {
			preds = append(preds, item{start: runeAt[sp[0]], end: runeAt[sp[1]], speaker: pq.Speaker, text: pq.Text})
		}
	}
	used := make([]bool, len(preds))
	for _, g := range golds {
		best, bestOv := -1, q.Theta
		for pi, p := range preds {
			if used[pi] {
				continue
			}
			ov := overlap(g, p)
			if ov > bestOv {
				best, bestOv = pi, ov
			}
		}
		if best < 0 {
			q.FN++
			if misses != nil && q.Theta == 0.3 {
				*misses = append(*misses, Miss{Article: rec.ID, Gold: g.text, GoldSpeaker: g.gold.Speaker})
			}
			continue
		}
		used[best] = true
		q.TP++
		gq := g.gold
		if gq.Speaker == "" || gq.SpeakerIsPronoun {
			continue
		}
		ok := SpeakerMatches(preds[best].speaker, gq.Speaker)
		q.SpeakerChecks++
		if ok {
			q.SpeakerOK++
		}
		hard := rec.Dataset == "ggt" && (gq.SpeakerMention == "" || isPronoun(gq.SpeakerMention))
		if hard {
			q.HardChecks++
			if ok {
				q.HardOK++
			}
		}
		if !ok && misses != nil && q.Theta == 0.3 {
			*misses = append(*misses, Miss{Article: rec.ID, Gold: g.text, GoldSpeaker: gq.Speaker, Predicted: preds[best].text, PredictedSpeaker: preds[best].speaker})
		}
	}
	for pi, u := range used {
		if !u {
			q.FP++
			if misses != nil && q.Theta == 0.3 {
				*misses = append(*misses, Miss{Article: rec.ID, Predicted: preds[pi].text, PredictedSpeaker: preds[pi].speaker})
			}
		}
	}
}

func isPronoun(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "he", "she", "they", "his", "her", "i", "we", "it":
		return true
	}
	return false
}

// overlap is |gold ∩ pred| / |gold| in characters.
func overlap(g, p item) float64 {
	lo, hi := max(g.start, p.start), min(g.end, p.end)
	if hi <= lo || g.end <= g.start {
		return 0
	}
	return float64(hi-lo) / float64(g.end-g.start)
}

// RuneIndex maps every byte offset of s (and len(s)) to its rune offset.
func RuneIndex(s string) []int {
	idx := make([]int, len(s)+1)
	r := 0
	for i := range s {
		idx[i] = r
		r++
	}
	// Bytes inside a rune map to that rune; the end maps to the count.
	last := 0
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			last = idx[i]
		} else {
			idx[i] = last
		}
	}
	idx[len(s)] = r
	return idx
}

// SubstrRunes returns runes [a, b) of s, clamped to its length.
func SubstrRunes(s string, a, b int) string {
	rs := []rune(s)
	a, b = max(0, min(a, len(rs))), max(0, min(b, len(rs)))
	return string(rs[a:b])
}

// SpeakerMatches compares a predicted speaker with a gold one strictly,
// case-insensitively and leaving out titles ("Mr.", "Sen."), articles, a
// leading "one" and the gold's "unnamed" mark (nameWords): the same
// words, or, where the prediction is a name and nothing else (pureName),
// the same surname — a capitalised word that ends the prediction and
// stands in the gold as the last word of a name ("Sanders" for "Bernie
// Sanders", "Jake Sullivan" for "her senior policy adviser, Jake
// Sullivan,"), with no given name that differs, or
// a one-word gold that is the prediction's first or last name word ("Mr.
// Lou" for "Lou Jiwei", family names first), or a one-word prediction
// that is a word of a gold that is only a name. Nothing else counts: not a
// word run inside the other either way ("Sefwi" is not "unnamed cocoa
// farmer in Sefwi", nor "Kazakh official" "senior Kazakh official").
func SpeakerMatches(pred, gold string) bool {
	p, g := nameWords(pred), nameWords(gold)
	if len(p) == 0 || len(g) == 0 {
		return false
	}
	if slices.Equal(p, g) {
		return true
	}
	// Past the same words, only a name matches by its surname: not a
	// description that holds one ("a joint statement issued by the
	// Office of the Malaysian Facilitator").
	last := p[len(p)-1]
	if !capitalisedWord(pred, last) || !pureName(pred) {
		return false
	}
	if len(g) == 1 {
		return g[0] == last || g[0] == p[0] && capitalisedWord(pred, p[0])
	}
	// A one-word prediction names someone the gold names in full by the
	// word the article calls them by: "Salazar" for "Héctor Fabio Salazar
	// Ospina", "Park" for "Park Sang-woo", "Dawit" for "Dawit Haile-Mariam
	// Gebremedhin" — where the gold is a name and nothing else.
	if len(p) == 1 && pureName(gold) && slices.Contains(g, last) {
		return true
	}
	// The surname ends a name in the gold: the gold's last word, or a
	// word followed by a comma ("Jake Sullivan, who…"), after a
	// capitalised word or none.
	ends, before := goldNameEnds(gold)
	k := slices.Index(ends, last)
	if k < 0 {
		return false
	}
	// Two people who share a surname are two people: "Mariela Quispe" is
	// not "Ruben Quispe", nor "Bill Clinton" "Hillary Clinton".
	return !givenNamesDiffer(p[:len(p)-1], before[k])
}

// capitalisedWord reports whether word w (lower case, as nameWords gives
// it) is written as a name in s (see nameLike).
func capitalisedWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(strings.NewReplacer("’", "'", "‘", "'").Replace(s), notNameRune) {
		if strings.ToLower(f) == w && nameLike(f) {
			return true
		}
	}
	return false
}

// nameLike reports whether a word is written as a name: a capital first
// or after a hyphen or an apostrophe ("al-Sisi", "d'Estaing").
func nameLike(w string) bool {
	prev := '-'
	for _, r := range w {
		if (prev == '-' || prev == '\'') && unicode.IsUpper(r) {
			return true
		}
		prev = r
	}
	return false
}

// nameParticles are the lower-case words inside a name ("Bill de
// Blasio", "Ahmed bin Salman").
var nameParticles = map[string]bool{"de": true, "da": true, "del": true, "della": true, "di": true, "van": true, "von": true, "der": true, "den": true, "bin": true, "ibn": true, "al": true, "el": true, "la": true, "le": true, "du": true, "dos": true, "das": true, "ter": true, "ten": true, "y": true, "dela": true, "af": true, "zu": true}

// pureName reports whether s is a name and nothing else: every word is
// written as a name (nameLike), a particle inside one or a title.
func pureName(s string) bool {
	ws, _ := wordsAndCommas(s)
	for _, w := range ws {
		if lw := strings.ToLower(w); !nameLike(w) && !nameParticles[lw] && !honorifics[lw] {
			return false
		}
	}
	return len(ws) > 0
}

// goldNameEnds returns, lower case, the words of gold that end a name: a
// name-like word (nameLike) that is the gold's last word or is followed
// by a comma, and that follows a name-like word, a comma or nothing
// ("Jake Sullivan", "her adviser, Sullivan,"; not "a farmer in Sefwi").
// The words before each, in the same order, are in before.
func goldNameEnds(gold string) (ends []string, before [][]string) {
	ws, commas := wordsAndCommas(gold)
	inName := true
	for i, w := range ws {
		if nameParticles[strings.ToLower(w)] {
			continue
		}
		name := nameLike(w)
		if name && inName && (i == len(ws)-1 || commas[i]) {
			ends = append(ends, strings.ToLower(w))
			before = append(before, nameWords(strings.Join(ws[:i], " ")))
		}
		inName = name || commas[i]
	}
	return ends, before
}

// wordsAndCommas splits s into words as nameWords does (keeping case)
// and reports for each whether a comma follows it.
func wordsAndCommas(s string) (ws []string, commas []bool) {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	start := -1
	for i, r := range s + " " {
		if !notNameRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			ws, commas = append(ws, s[start:i]), append(commas, false)
			start = -1
		}
		if r == ',' && len(commas) > 0 {
			commas[len(commas)-1] = true
		}
	}
	return ws, commas
}

// notNameRune reports whether r is no part of a name word.
func notNameRune(r rune) bool {
	r = unicode.ToLower(r)
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 127)
}

// givenNamesDiffer reports whether a predicted speaker's words before the
// surname and the gold's both name someone and share no word nor an
// initial ("mariela" / "ruben"; but "j bradford" / "bradford", "warren
// e" / "warren", "john f" / "us secretary of state john").
func givenNamesDiffer(p, g []string) bool {
	if len(p) == 0 || len(g) == 0 {
		return false
	}
	for _, w := range p {
		for _, v := range g {
			if w == v || len(w) == 1 && strings.HasPrefix(v, w) || len(v) == 1 && strings.HasPrefix(w, v) {
				return false
			}
		}
	}
	return true
}

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "the": true, "a": true, "an": true, "president": true,
	// The gold's mark of a source the article does not name ("unnamed
	// Egyptian diplomat" for "an Egyptian diplomat").
	"unnamed": true}

// nameWords returns the words of a speaker, lower case, without titles,
// articles and a leading "one" used as one ("One senior manager"; not
// "one of the people"). A curly apostrophe is a straight one, and both
// part words ("Indonesia’s" is "indonesia s").
func nameWords(s string) []string {
	var out []string
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	for _, w := range strings.FieldsFunc(s, notNameRune) {
		if !honorifics[w] {
			out = append(out, w)
		}
	}
	if len(out) > 1 && out[0] == "one" && out[1] != "of" {
		out = out[1:]
	}
	return out
}

// Print writes the result as a report.
func (r *Result) Print(w io.Writer) {
	fmt.Fprintf(w, "News bench: %d articles\n\n", r.Articles)
	fmt.Fprintf(w, "Direct quotes (GGT protocol; gold direct==true, predictions partial==false)\n")
	fmt.Fprintf(w, "  %-6s %6s %6s %6s %5s %5s %5s %9s %12s\n", "theta", "P", "R", "F1", "TP", "FP", "FN", "speaker", "he/she/none")
	for _, q := range r.Quotes {
		fmt.Fprintf(w, "  %-6.1f %6.3f %6.3f %6.3f %5d %5d %5d %5.3f/%-3d %8.3f/%d\n", q.Theta, q.P(), q.R(), q.F1(), q.TP, q.FP, q.FN, q.SpeakerAcc(), q.SpeakerChecks, q.HardAcc(), q.HardChecks)
	}
	q := r.AllQuotes
	fmt.Fprintf(w, "  all quoted spans (partial too) vs all gold with quote marks @0.3: P %.3f R %.3f F1 %.3f, speaker %.3f/%d\n\n", q.P(), q.R(), q.F1(), q.SpeakerAcc(), q.SpeakerChecks)
	fmt.Fprintf(w, "Key points: ROUGE F1 (x100) of the first three key points vs Lead-3\n")
	fmt.Fprintf(w, "  %-36s %-13s %3s %6s %6s %6s %6s\n", "subset", "system", "n", "R1", "R2", "RL", "RLsum")
	for _, row := range r.Rouge {
		fmt.Fprintf(w, "  %-36s %-13s %3d %6.1f %6.1f %6.1f %6.1f\n", row.Subset, row.System, row.N, 100*row.R1, 100*row.R2, 100*row.RL, 100*row.RLsum)
	}
	fmt.Fprintln(w)
	r.Seed.Print(w)
	ts := slices.Clone(r.Times)
	slices.Sort(ts)
	if len(ts) > 0 {
		var total time.Duration
		for _, t := range ts {
			total += t
		}
		fmt.Fprintf(w, "\nEngine time per article: median %v, p90 %v, max %v, mean %v\n", ts[len(ts)/2].Round(time.Microsecond), ts[len(ts)*9/10].Round(time.Microsecond), ts[len(ts)-1].Round(time.Microsecond), (total / time.Duration(len(ts))).Round(time.Microsecond))
	}
}

// Top3Gain returns Parley's top-3 ROUGE-1 minus Lead-3's on all articles
// with references, in points.
func (r *Result) Top3Gain() float64 {
	var lead, top float64
	for _, row := range r.Rouge {
		if row.Subset == "all with references" {
			if row.System == "Lead-3" {
				lead = row.R1
			} else {
				top = row.R1
			}
		}
	}
	return 100 * (top - lead)
}
