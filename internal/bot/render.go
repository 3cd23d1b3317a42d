package bot

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/summarize"
)

// Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
	maxCustomID    = 100
	maxButtonLabel = 80
	maxThreadName  = 100
	embedColor     = 0x3B6FD4
)

// noMentions is sent with every message: nothing in an article pings anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// truncate cuts s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// page is one view of a brief: the overview, the details, or a page of quotes.
type page struct {
	kind  byte // 'o' overview, 'd' details, 'q' quotes
	index int  // for quotes: which page of them
}

// pagesOf lists the pages a brief has, in the order "More" walks them.
func pagesOf(b *summarize.Brief) []page {
	ps := []page{{kind: 'o'}}
	if len(b.Positions)+len(b.Proposals)+len(b.NextSteps)+len(b.Parties)+len(b.Statements) > 0 {
		ps = append(ps, page{kind: 'd'})
	}
	for i := range quotePages(b) {
		ps = append(ps, page{kind: 'q', index: i})
	}
	return ps
}

// quoteLine renders one quote.
func quoteLine(q summarize.Quote) string {
	who := q.Speaker
	if who == "" {
		who = "unattributed"
	}
	return "“" + esc(truncate(q.Text, 1200)) + "” — **" + esc(truncate(who, 200)) + "**"
}

// quotePages splits all the quotes into pages that fit a description.
func quotePages(b *summarize.Brief) [][]string {
	var pages [][]string
	var cur []string
	size := 0
	for _, q := range b.ShownQuotes(summarize.Detailed) {
		line := truncate(quoteLine(q), 1500)
		if size+runes(line)+2 > 3500 && len(cur) > 0 {
			pages = append(pages, cur)
			cur, size = nil, 0
		}
		cur = append(cur, line)
		size += runes(line) + 2
	}
	if len(cur) > 0 {
		pages = append(pages, cur)
	}
	return pages
}

// esc escapes article text for Discord Markdown.
func esc(s string) string { return summarize.EscapeMarkdown(s) }

// embedBuilder keeps an embed within Discord's limits as it is built.
type embedBuilder struct {
	e     *discordgo.MessageEmbed
	total int
}

func newEmbed(title, url string) *embedBuilder {
	t := truncate(title, maxTitle)
	return &embedBuilder{e: &discordgo.MessageEmbed{Title: t, URL: url, Color: embedColor}, total: runes(t)}
}

// left is how many characters the embed may still hold, keeping room for
// a footer of footerRoom.
func (b *embedBuilder) left(footerRoom int) int { return maxEmbedTotal - b.total - footerRoom }

func (b *embedBuilder) description(s string, footerRoom int) {
	s = truncate(s, min(maxDescription, b.left(footerRoom)))
	b.e.Description = s
	b.total += runes(s)
}

// field adds a field of lines, as many whole lines as fit.
func (b *embedBuilder) field(name string, lines []string, inline bool, footerRoom int) {
	if len(lines) == 0 || len(b.e.Fields) >= maxFields {
		return
	}
	name = truncate(name, maxFieldName)
	room := min(maxFieldValue, b.left(footerRoom)-runes(name))
	if room < 20 {
		return
	}
	var v strings.Builder
	for i, l := range lines {
		l = truncate(l, room)
		sep := 0
		if i > 0 {
			sep = 1
		}
		if runes(v.String())+sep+runes(l) > room {
			break
		}
		if i > 0 {
			v.WriteByte('\n')
		}
		v.WriteString(l)
	}
	if v.Len() == 0 {
		return
	}
	b.e.Fields = append(b.e.Fields, &discordgo.MessageEmbedField{Name: name, Value: v.String(), Inline: inline})
	b.total += runes(name) + runes(v.String())
}

func (b *embedBuilder) footer(s string) {
	s = truncate(s, min(maxFooter, maxEmbedTotal-b.total))
	if s == "" {
		return
	}
	b.e.Footer = &discordgo.MessageEmbedFooter{Text: s}
	b.total += runes(s)
}

// footerText is the brief's footer: site, reduction and engine.
func footerText(b *summarize.Brief) string {
	var parts []string
	if b.Source.Site != "" {
		parts = append(parts, b.Source.Site)
	}
	parts = append(parts, fmt.Sprintf("%d words → %d (%d%% shorter)", b.Stats.Words, b.Stats.BriefWords, b.Stats.ReductionPct))
	engine := "Parley local engine"
	if b.Summary.Engine == summarize.EngineLLM {
		engine = "Parley + LLM"
		if b.Summary.Model != "" {
			engine += " (" + b.Summary.Model + ")"
		}
	}
	parts = append(parts, engine)
	return strings.Join(parts, " · ")
}

// headline is the brief's title: the article's, or for pasted text the
// parties it is about (the first key point follows anyway).
func headline(b *summarize.Brief) string {
	if h := b.Headline(); h != "" {
		return h
	}
	return "Brief"
}

// renderBrief renders page p of a brief as one embed within Discord's limits.
func renderBrief(b *summarize.Brief, p page) *discordgo.MessageEmbed {
	foot := footerText(b)
	footRoom := min(runes(foot), maxFooter)
	eb := newEmbed(esc(headline(b)), sourceURL(b))
	switch p.kind {
	case 'q':
		pages := quotePages(b)
		if len(pages) == 0 {
			eb.description("The article has no quotations.", footRoom)
		} else {
			idx := min(max(p.index, 0), len(pages)-1)
			title := "Who said what"
			if len(pages) > 1 {
				title += fmt.Sprintf(" (%d/%d)", idx+1, len(pages))
			}
			eb.description("**"+title+"**\n"+strings.Join(pages[idx], "\n\n"), footRoom)
		}
	case 'd':
		var pos, props, next, parties []string
		for _, x := range b.Positions {
			pos = append(pos, "**"+esc(x.Party)+"**: "+esc(x.Text))
		}
		for _, x := range b.Proposals {
			s := esc(x.Text)
			if x.By != "" {
				s += " (" + esc(x.By) + ")"
			}
			props = append(props, "• "+s)
		}
		for _, x := range b.NextSteps {
			next = append(next, "• "+nextLine(x))
		}
		for _, x := range b.Parties {
			s := esc(x.Name) + " (" + x.Kind + ")"
			if len(x.People) > 0 {
				s += ": " + esc(strings.Join(x.People, ", "))
			}
			parties = append(parties, "• "+s)
		}
		var reported []string
		for _, x := range b.ShownStatements(summarize.Standard) {
			reported = append(reported, truncate("• **"+esc(x.Speaker)+"** ("+esc(x.Cue)+"): "+esc(x.Text), 300))
		}
		eb.description("**Details**", footRoom)
		eb.field("Reported", reported, false, footRoom)
		eb.field("Positions", pos, false, footRoom)
		eb.field("On the table", props, false, footRoom)
		eb.field("What happens next", next, false, footRoom)
		eb.field("Parties", parties, false, footRoom)
	default:
		var desc strings.Builder
		if b.Summary.Text != "" {
			desc.WriteString(esc(b.Summary.Text))
			desc.WriteString("\n\n")
		}
		for i, k := range b.KeyPoints {
			fmt.Fprintf(&desc, "%d. %s\n", i+1, esc(k.Text))
		}
		if desc.Len() == 0 {
			desc.WriteString("No key points could be found in this text.")
		}
		eb.description(strings.TrimSpace(desc.String()), footRoom+1600)
		var quotes []string
		for i, q := range b.ShownQuotes(summarize.Short) {
			if i == 3 {
				break
			}
			quotes = append(quotes, truncate(quoteLine(q), 400))
		}
		for _, x := range b.ShownStatements(summarize.Short) {
			if len(quotes) >= 3 {
				break
			}
			quotes = append(quotes, truncate("**"+esc(x.Speaker)+"** ("+esc(x.Cue)+"): "+esc(x.Text), 300))
		}
		eb.field("Who said what", quotes, false, footRoom)
		var pos []string
		for i, x := range b.Positions {
			if i == 3 {
				break
			}
			pos = append(pos, truncate("**"+esc(x.Party)+"**: "+esc(x.Text), 300))
		}
		eb.field("Positions", pos, false, footRoom)
		var next []string
		for i, x := range b.NextSteps {
			if i == 2 {
				break
			}
			next = append(next, truncate(nextLine(x), 300))
		}
		eb.field("What happens next", next, false, footRoom)
		var parties []string
		for i, x := range b.Parties {
			if i == 6 {
				break
			}
			parties = append(parties, esc(x.Name))
		}
		if len(parties) > 0 {
			eb.field("Parties", []string{strings.Join(parties, " · ")}, false, footRoom)
		}
		if len(b.Warnings) > 0 {
			var w []string
			for _, x := range b.Warnings {
				w = append(w, "⚠ "+esc(x))
			}
			eb.field("Note", w, false, footRoom)
		}
	}
	eb.footer(foot)
	return eb.e
}

func nextLine(x summarize.NextStep) string {
	s := esc(x.Text)
	var at []string
	if x.When != "" {
		at = append(at, "when: "+esc(x.When))
	}
	if x.Where != "" {
		at = append(at, "where: "+esc(x.Where))
	}
	if len(at) > 0 {
		s += " *(" + strings.Join(at, "; ") + ")*"
	}
	return s
}

// sourceURL is the link of the embed title: only http(s) URLs.
func sourceURL(b *summarize.Brief) string {
	u := b.Source.URL
	if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		if len(u) <= 2000 {
			return u
		}
	}
	return ""
}

// Custom IDs of the brief's buttons: "<action>:<article id>:<engine>:<page>".
const (
	actPage   = "pg"
	actQuotes = "qt"
	actThread = "th"
)

// customID builds a button's custom_id (always under 100 characters).
func customID(action string, articleID int64, engine string, p page) string {
	e := "l"
	if engine == summarize.EngineLLM {
		e = "m"
	}
	return action + ":" + strconv.FormatInt(articleID, 10) + ":" + e + ":" + string(p.kind) + strconv.Itoa(p.index)
}

// parseCustomID reads a custom_id built by customID.
func parseCustomID(id string) (action string, articleID int64, engine string, p page, ok bool) {
	parts := strings.Split(id, ":")
	if len(parts) != 4 || len(parts[3]) < 2 {
		return "", 0, "", page{}, false
	}
	n, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil || n <= 0 {
		return "", 0, "", page{}, false
	}
	engine = summarize.EngineLocal
	if parts[2] == "m" {
		engine = summarize.EngineLLM
	}
	k := parts[3][0]
	idx, err := strconv.Atoi(parts[3][1:])
	if err != nil || idx < 0 || (k != 'o' && k != 'd' && k != 'q') {
		return "", 0, "", page{}, false
	}
	return parts[0], n, engine, page{kind: k, index: idx}, true
}

// briefButtons are the buttons under a brief shown at page p.
func briefButtons(b *summarize.Brief, articleID int64, engine string, p page, inThread bool) []discordgo.MessageComponent {
	pages := pagesOf(b)
	next := pages[0]
	for i, x := range pages {
		if x == p {
			next = pages[(i+1)%len(pages)]
		}
	}
	moreLabel := "More"
	if next.kind == 'o' {
		moreLabel = "Back to the brief"
	}
	btns := []discordgo.MessageComponent{
		discordgo.Button{Label: "Quotes", Style: discordgo.SecondaryButton, CustomID: customID(actQuotes, articleID, engine, page{kind: 'q'}), Disabled: len(b.Quotes) == 0 || p.kind == 'q' && p.index == 0},
		discordgo.Button{Label: moreLabel, Style: discordgo.SecondaryButton, CustomID: customID(actPage, articleID, engine, next), Disabled: len(pages) < 2},
	}
	if !inThread {
		btns = append(btns, discordgo.Button{Label: "Ask in thread", Style: discordgo.PrimaryButton, CustomID: customID(actThread, articleID, engine, page{kind: 'o'})})
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: btns}}
}

// renderAnswer renders an answer as message content within 2000 characters:
// the answer, then the sentences it cites.
func renderAnswer(r ask.Result) string {
	var b strings.Builder
	b.WriteString(esc(r.Answer))
	if len(r.Citations) > 0 && !r.Declined {
		b.WriteString("\n-# Cited: ")
		var refs []string
		for _, c := range r.Citations {
			refs = append(refs, fmt.Sprintf("sentence %d", c.Sentence))
		}
		b.WriteString(strings.Join(refs, ", "))
	}
	return truncate(b.String(), maxContent)
}
