package summarize

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// quoteCount is how many quotes a rendered brief of this length shows.
func (l Length) quoteCount() int {
	switch l {
	case Short:
		return 3
	case Detailed:
		return 1 << 30
	}
	return 6
}

// ShownQuotes returns the quotes a brief of length l shows: whole
// quotations with a speaker first, then the rest, each group in article
// order.
func (b *Brief) ShownQuotes(l Length) []Quote {
	out := make([]Quote, 0, len(b.Quotes))
	for _, pass := range []int{0, 1, 2} {
		for _, q := range b.Quotes {
			var p int
			switch {
			case !q.Partial && q.Speaker != "":
				p = 0
			case q.Speaker != "":
				p = 1
			default:
				p = 2
			}
			if p == pass {
				out = append(out, q)
			}
		}
	}
	if n := l.quoteCount(); len(out) > n {
		out = out[:n]
	}
	return out
}

// ShownStatements returns the reported statements a brief of length l
// shows: those with a speaker, in article order.
func (b *Brief) ShownStatements(l Length) []Statement {
	out := make([]Statement, 0, len(b.Statements))
	for _, st := range b.Statements {
		if st.Speaker != "" {
			out = append(out, st)
		}
	}
	n := 6
	switch l {
	case Short:
		n = 2
	case Detailed:
		n = 1 << 30
	}
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// WriteText writes the brief for a terminal.
func WriteText(w io.Writer, b *Brief, l Length) error {
	return writeBrief(w, b, l, textStyle{})
}

// WriteMarkdown writes the brief as Discord-flavoured Markdown, with the
// article's own text escaped so that it cannot format, link or ping.
func WriteMarkdown(w io.Writer, b *Brief, l Length) error {
	return writeBrief(w, b, l, markdownStyle{})
}

// style is how a rendering spells headings, items and article text.
type style interface {
	title(s string) string
	heading(s string) string
	item(s string) string
	text(s string) string // article text
	quote(text, speaker, cue string) string
}

type textStyle struct{}

func (textStyle) title(s string) string {
	return s + "\n" + strings.Repeat("=", min(utf8.RuneCountInString(s), 80))
}
func (textStyle) heading(s string) string { return "\n" + s }
func (textStyle) item(s string) string    { return "  - " + s }
func (textStyle) text(s string) string    { return s }
func (textStyle) quote(text, speaker, cue string) string {
	return "  “" + text + "”" + attributionSuffix(speaker, cue)
}

type markdownStyle struct{}

func (markdownStyle) title(s string) string   { return "## " + EscapeMarkdown(s) }
func (markdownStyle) heading(s string) string { return "\n**" + s + "**" }
func (markdownStyle) item(s string) string    { return "- " + s }
func (markdownStyle) text(s string) string    { return EscapeMarkdown(s) }
func (markdownStyle) quote(text, speaker, cue string) string {
	return "> “" + EscapeMarkdown(text) + "”" + attributionSuffix(EscapeMarkdown(speaker), EscapeMarkdown(cue))
}

func attributionSuffix(speaker, cue string) string {
	switch {
	case speaker == "":
		return " — unattributed"
	case cue == "":
		return " — " + speaker
	}
	return " — " + speaker + " (" + cue + ")"
}

func writeBrief(w io.Writer, b *Brief, l Length, st style) error {
	var lines []string
	add := func(s ...string) { lines = append(lines, s...) }
	if b.Source.Title != "" {
		add(st.title(b.Source.Title))
	}
	var meta []string
	for _, m := range []string{b.Source.Site, b.Source.Byline, b.Source.Published, b.Source.URL} {
		if m != "" {
			meta = append(meta, st.text(m))
		}
	}
	if len(meta) > 0 {
		add(strings.Join(meta, " · "))
	}
	if b.Summary.Text != "" {
		add(st.heading("Summary"), st.text(b.Summary.Text))
	}
	if len(b.KeyPoints) > 0 {
		add(st.heading("Key points"))
		for i, k := range b.KeyPoints {
			add(fmt.Sprintf("%d. %s", i+1, st.text(k.Text)))
		}
	}
	if qs := b.ShownQuotes(l); len(qs) > 0 {
		add(st.heading("Who said what"))
		for _, q := range qs {
			add(st.quote(q.Text, q.Speaker, q.Cue))
		}
	}
	if ss := b.ShownStatements(l); len(ss) > 0 {
		add(st.heading("Reported"))
		for _, x := range ss {
			add(st.item(st.text(x.Speaker) + " (" + st.text(x.Cue) + "): " + st.text(x.Text)))
		}
	}
	if len(b.Positions) > 0 {
		add(st.heading("Positions"))
		for _, p := range b.Positions {
			add(st.item(st.text(p.Party) + ": " + st.text(p.Text)))
		}
	}
	if len(b.Proposals) > 0 {
		add(st.heading("On the table"))
		for _, p := range b.Proposals {
			s := st.text(p.Text)
			if p.By != "" {
				s += " (" + st.text(p.By) + ")"
			}
			add(st.item(s))
		}
	}
	if len(b.NextSteps) > 0 {
		add(st.heading("What happens next"))
		for _, n := range b.NextSteps {
			s := st.text(n.Text)
			var at []string
			if n.When != "" {
				at = append(at, "when: "+st.text(n.When))
			}
			if n.Where != "" {
				at = append(at, "where: "+st.text(n.Where))
			}
			if len(at) > 0 {
				s += " [" + strings.Join(at, "; ") + "]"
			}
			add(st.item(s))
		}
	}
	if len(b.Parties) > 0 {
		add(st.heading("Parties"))
		for _, p := range b.Parties {
			s := fmt.Sprintf("%s (%s, %s)", st.text(p.Name), p.Kind, plural(p.Mentions, "mention"))
			if len(p.People) > 0 {
				s += ": " + st.text(strings.Join(p.People, ", "))
			}
			add(st.item(s))
		}
	}
	if len(b.Warnings) > 0 {
		add(st.heading("Warnings"))
		for _, x := range b.Warnings {
			add(st.item(st.text(x)))
		}
	}
	engine := b.Summary.Engine
	if b.Summary.Model != "" {
		engine += " (" + b.Summary.Model + ")"
	}
	add("", fmt.Sprintf("%d words → %d (%d%% shorter) · %d sentences · engine: %s", b.Stats.Words, b.Stats.BriefWords, b.Stats.ReductionPct, b.Stats.Sentences, engine))
	_, err := io.WriteString(w, strings.Join(lines, "\n")+"\n")
	return err
}

// markdownSpecial are the characters Discord's Markdown gives a meaning.
const markdownSpecial = "\\*_~`|>#[]-@<"

// EscapeMarkdown escapes Discord Markdown in s so that it shows as written:
// no bold, links, headings, spoilers, mentions or emoji codes.
func EscapeMarkdown(s string) string {
	if !strings.ContainsAny(s, markdownSpecial) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case '\\', '*', '_', '~', '`', '|', '[', ']':
			b.WriteByte('\\')
		case '>', '#', '-':
			// Only at the start of a line do these format.
			if i == 0 || s[i-1] == '\n' {
				b.WriteByte('\\')
			}
		case '@':
			// "@everyone" stays visible but inert: a zero-width joiner
			// after "@" breaks the mention even where it would be parsed.
			b.WriteRune(r)
			b.WriteRune('\u200b')
			continue
		case '<':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plural writes "1 mention", "2 mentions".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
