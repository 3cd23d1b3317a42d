package pages

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/eval/news"
	"github.com/parley-bot/parley/internal/summarize"
)

// ReachRow is one rewrite scored on one set of halves: the halves as
// written and as rewritten.
type ReachRow struct {
	Rewrite, Halves string
	Base, Rewritten Split
}

// ReachResult tests how far who-said-what carries beyond the way the
// project's stories happen to be written: each story is rewritten in one
// respect that news varies in, its gold moved with it, and scored again.
// A rule fitted to the stories' own wording loses credits here; one that
// reads the grammar does not. The rewrites:
//
//   - surnames: the surnames of the people the gold names are swapped for
//     others from many languages (one written with a hyphen);
//   - verbs: every "said" becomes another verb of saying, in turn;
//   - single marks: double quotation marks become British single ones
//     (stories that already use single marks are left out).
//
// Rows holds each rewrite on the development halves and on the held-out
// halves of every batch.
type ReachResult struct {
	Rows []ReachRow
}

// reachSurnames are the surnames swapped in, from many languages.
var reachSurnames = []string{"Adeyemi", "Kowalczyk", "Haddad", "Quispe", "Bjørnstad", "Mukherjee", "Ilunga",
	"Castellanos", "Nakamura", "Oyelaran", "Sithole", "Abdikarimov", "Tupou", "Rautenbach", "Ferreira-Mendes",
	"Džeko", "Ngata", "Valdivia", "Oyono", "Kristiansen", "Barzani", "Okonjo", "Lindgren", "Petrossian"}

// reachVerbs are the verbs of saying that replace "said", in turn.
var reachVerbs = []string{"remarked", "noted", "observed", "explained", "insisted", "argued", "added", "stressed",
	"conceded", "acknowledged", "maintained", "countered"}

// bodyWords end the names of bodies, not people: a gold speaker ending in
// one keeps its words ("World Bank", "the Tenants Union").
var bodyWords = map[string]bool{"Bank": true, "Committee": true, "Union": true, "Council": true, "Federation": true,
	"Sciences": true, "Fund": true, "Ministry": true, "Party": true, "Association": true, "Group": true,
	"Commission": true, "Department": true, "Office": true, "Agency": true, "Organisation": true,
	"Organization": true, "Alliance": true, "Coalition": true, "Government": true, "Institute": true}

var capitalWord = regexp.MustCompile(`^\p{Lu}\p{L}+$`)

// edit is a replacement of text[start:end] (bytes) by with.
type edit struct {
	start, end int
	with       string
}

// rewrite applies the edits (in order, not overlapping) to the text and
// moves the gold quotations' rune offsets with them.
func rewrite(p Page, text string, edits []edit) (Page, string) {
	var b strings.Builder
	// moved[r] is the new rune offset of old rune offset r.
	moved := make([]int, utf8.RuneCountInString(text)+1)
	oldRune, newRune, at := 0, 0, 0
	copyTo := func(end int) {
		for at < end {
			_, n := utf8.DecodeRuneInString(text[at:])
			b.WriteString(text[at : at+n])
			moved[oldRune] = newRune
			oldRune++
			newRune++
			at += n
		}
	}
	for _, e := range edits {
		copyTo(e.start)
		for at < e.end {
			_, n := utf8.DecodeRuneInString(text[at:])
			moved[oldRune] = newRune
			oldRune++
			at += n
		}
		b.WriteString(e.with)
		newRune += utf8.RuneCountInString(e.with)
	}
	copyTo(len(text))
	moved[oldRune] = newRune
	out := p
	out.Quotes = make([]Quote, len(p.Quotes))
	for i, q := range p.Quotes {
		q.Start, q.End = moved[q.Start], moved[q.End]
		out.Quotes[i] = q
	}
	return out, b.String()
}

// swapSurnames gives each person the gold names a surname from
// reachSurnames (from the k-th on) that the text does not already hold.
func swapSurnames(p Page, text string, k int) (Page, string) {
	swap := map[string]string{}
	taken := map[string]bool{}
	for _, q := range p.Quotes {
		f := strings.Fields(q.Speaker)
		if len(f) < 2 || q.How != "named" && q.How != "pronoun" && q.How != "carried" {
			continue
		}
		s := f[len(f)-1]
		if _, ok := swap[s]; ok || !capitalWord.MatchString(s) || bodyWords[s] {
			continue
		}
		for tries := 0; tries < len(reachSurnames); tries++ {
			c := reachSurnames[k%len(reachSurnames)]
			k++
			if !taken[c] && !strings.Contains(text, c) {
				swap[s], taken[c] = c, true
				break
			}
		}
	}
	if len(swap) == 0 {
		return p, text
	}
	keys := make([]string, 0, len(swap))
	for s := range swap {
		keys = append(keys, regexp.QuoteMeta(s))
	}
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	re := regexp.MustCompile(`\b(` + strings.Join(keys, "|") + `)\b`)
	var edits []edit
	for _, l := range re.FindAllStringIndex(text, -1) {
		edits = append(edits, edit{l[0], l[1], swap[text[l[0]:l[1]]]})
	}
	out, t := rewrite(p, text, edits)
	for i := range out.Quotes {
		out.Quotes[i].Speaker = re.ReplaceAllStringFunc(out.Quotes[i].Speaker, func(m string) string { return swap[m] })
	}
	return out, t
}

var saidWord = regexp.MustCompile(`\bsaid\b`)

// swapVerbs replaces every "said" by reachVerbs in turn, from the k-th.
func swapVerbs(p Page, text string, k int) (Page, string) {
	var edits []edit
	for i, l := range saidWord.FindAllStringIndex(text, -1) {
		edits = append(edits, edit{l[0], l[1], reachVerbs[(i+k)%len(reachVerbs)]})
	}
	return rewrite(p, text, edits)
}

// singleMarks writes double curly marks as single ones; ok is false for a
// story that already has single marks, which the rewrite would confuse.
func singleMarks(p Page, text string) (Page, string, bool) {
	if strings.ContainsRune(text, '‘') || strings.ContainsRune(text, '"') {
		return p, text, false
	}
	// One rune for one rune: the offsets stay.
	return p, strings.NewReplacer("“", "‘", "”", "’").Replace(text), true
}

// RunReach scores the rewrites on the development halves and on the
// held-out halves of every batch of stories (totals only). It needs no
// shared/ folder.
func RunReach(opts summarize.Options) (*ReachResult, error) {
	texts, err := news.StoryTexts()
	if err != nil {
		return nil, err
	}
	devGolds, err := storyGolds(false)
	if err != nil {
		return nil, err
	}
	heldGolds, err := storyGolds(true)
	if err != nil {
		return nil, err
	}
	sets := []struct {
		name  string
		golds [][]byte
	}{
		{"development halves", devGolds},
		{"held-out halves", heldGolds},
	}
	rewrites := []struct {
		name string
		do   func(Page, string) (Page, string, bool)
	}{
		{"surnames", func(p Page, t string) (Page, string, bool) { np, nt := swapSurnames(p, t, 0); return np, nt, true }},
		{"verbs", func(p Page, t string) (Page, string, bool) { np, nt := swapVerbs(p, t, 0); return np, nt, true }},
		{"single marks", singleMarks},
	}
	res := &ReachResult{}
	for _, rw := range rewrites {
		for _, set := range sets {
			row := ReachRow{Rewrite: rw.name, Halves: set.name}
			for _, data := range set.golds {
				var g Gold
				if err := json.Unmarshal(data, &g); err != nil {
					return nil, fmt.Errorf("read the stories' gold: %w", err)
				}
				var base, moved Gold
				rewritten := map[string]string{}
				for _, p := range g.Pages {
					if p.Skip != "" {
						continue
					}
					np, nt, ok := rw.do(p, texts[p.ID])
					if !ok {
						continue
					}
					base.Pages = append(base.Pages, p)
					moved.Pages = append(moved.Pages, np)
					rewritten[p.ID] = nt
				}
				s0, err := score(base, texts, opts, false)
				if err != nil {
					return nil, err
				}
				s1, err := score(moved, rewritten, opts, false)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", rw.name, err)
				}
				addSplit(&row.Base, s0)
				addSplit(&row.Rewritten, s1)
			}
			res.Rows = append(res.Rows, row)
		}
	}
	return res, nil
}

// addSplit adds the counts of s to sum.
func addSplit(sum *Split, s Split) {
	sum.Pages += s.Pages
	sum.Gold += s.Gold
	sum.Found += s.Found
	sum.Extra += s.Extra
	sum.Right += s.Right
	sum.Wrong += s.Wrong
	sum.Blank += s.Blank
}

// Print writes a line per row: quotations found and speakers right, as
// written and rewritten.
func (r *ReachResult) Print(w io.Writer) {
	fmt.Fprintln(w, "reach: the stories rewritten in one respect, scored again (quotes found; right speakers of those found)")
	for _, row := range r.Rows {
		fmt.Fprintf(w, "  %-12s %-18s as written %d/%d, %d/%d; rewritten %d/%d, %d/%d (speaker %.3f -> %.3f)\n",
			row.Rewrite, row.Halves, row.Base.Found, row.Base.Gold, row.Base.Right, row.Base.Right+row.Base.Wrong+row.Base.Blank,
			row.Rewritten.Found, row.Rewritten.Gold, row.Rewritten.Right, row.Rewritten.Right+row.Rewritten.Wrong+row.Rewritten.Blank,
			row.Base.SpeakerAcc(), row.Rewritten.SpeakerAcc())
	}
}
