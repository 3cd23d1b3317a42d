package story

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/summarize"
	"github.com/parley-bot/parley/internal/summarize/stem"
)

// Kinds of timeline event.
const (
	EventMeeting   = "meeting"
	EventProposal  = "proposal"
	EventRejection = "rejection"
	EventDeal      = "deal"
	EventDeadline  = "deadline"
)

// Event is something that happened or is due in a negotiation, dated when
// the brief says when.
type Event struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
	// When is the date as the article wrote it ("23 March", "next week").
	When string `json:"when"`
	// Date is When resolved against the article's date, as 2006-01-02, or
	// empty when the brief gives no date: the event then stands at the
	// brief's own date.
	Date     string `json:"date"`
	Sentence int    `json:"sentence"`
	// Due is true for what is to happen, false for what happened.
	Due bool `json:"due"`
}

func stemOf(w string) string { return stem.Porter(strings.ToLower(w)) }

// dateStems are the words of dates, left out when telling whether two next
// steps are about the same matter.
var dateStems = func() stemSet {
	s := stemSet{}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday weekend week weeks month months
		year today tomorrow yesterday january february march april may june july august september october november december
		next last later end early late mid spring summer autumn winter night morning evening`) {
		s[stemOf(w)] = struct{}{}
	}
	return s
}()

// Cue stems of event kinds.
var (
	rejectionCues = stemList("reject rejected rejects refuse refused refuses dismissed dismiss veto vetoed spurned turned")
	dealCues      = stemList("deal agreement accord agreed signed settlement settled struck treaty")
	negations     = []string{"no deal", "without agreement", "without a deal", "failed to agree", "not agree", "no agreement", "fell through", "collapsed"}
	proposalCues  = stemList("offer offered proposal proposed propose proposes plan bid tabled put forward")
	meetingCues   = stemList("talks meet meets met meeting summit negotiations negotiating conference round")
	deadlineCues  = stemList("deadline due expire expires ballot vote strike walkout deadline earmarked by until")
)

func stemList(s string) stemSet {
	out := stemSet{}
	for _, w := range strings.Fields(s) {
		out[stemOf(w)] = struct{}{}
	}
	return out
}

// eventKind classifies a text as an event, or "" when it reports none.
// itemKind is the brief item it comes from ("" for a key point).
func eventKind(text, itemKind string) string {
	toks := stemSet{}
	for _, t := range tokens(text) {
		toks[t.stem] = struct{}{}
	}
	hasAny := func(cues stemSet) bool {
		for c := range cues {
			if _, ok := toks[c]; ok {
				return true
			}
		}
		return false
	}
	l := strings.ToLower(text)
	negated := false
	for _, n := range negations {
		if strings.Contains(l, n) {
			negated = true
		}
	}
	switch {
	case hasAny(rejectionCues):
		return EventRejection
	case hasAny(dealCues) && !negated && !futureTense(text) && !strings.Contains(l, "seeking"):
		return EventDeal
	case itemKind == KindProposal:
		return EventProposal
	case hasAny(meetingCues):
		return EventMeeting
	case hasAny(deadlineCues):
		return EventDeadline
	case hasAny(proposalCues) && itemKind != KindNextStep:
		return EventProposal
	}
	return ""
}

// maxEvents bounds the events read from one brief.
const maxEvents = 12

// Events returns the dated events a brief reports: its next steps
// (meetings, deadlines), proposals, and the positions, statements and key
// points that report a rejection, a deal, a meeting or a deadline. Dates
// are resolved against anchor, the article's date (or when it was briefed).
func Events(b *summarize.Brief, anchor time.Time) []Event {
	when := map[int]string{}
	for _, d := range b.Dates {
		if _, ok := when[d.Sentence]; !ok {
			when[d.Sentence] = d.Text
		}
	}
	type cand struct {
		text, kind, when string
		sentence         int
	}
	var cs []cand
	for _, n := range b.NextSteps {
		w := n.When
		if w == "" {
			w = when[n.Sentence]
		}
		cs = append(cs, cand{n.Text, KindNextStep, w, n.Sentence})
	}
	for _, p := range b.Proposals {
		cs = append(cs, cand{sentenceText(b, p.Sentence, p.Text), KindProposal, when[p.Sentence], p.Sentence})
	}
	for _, p := range b.Positions {
		cs = append(cs, cand{p.Text, KindPosition, when[p.Sentence], p.Sentence})
	}
	for _, k := range b.KeyPoints {
		if len(k.Sentences) > 0 {
			cs = append(cs, cand{k.Text, "", when[k.Sentences[0]], k.Sentences[0]})
		}
	}
	seen := map[int]bool{}
	var out []Event
	for _, c := range cs {
		if seen[c.sentence] || len(out) == maxEvents {
			continue
		}
		kind := eventKind(c.text, c.kind)
		if kind == "" && c.kind == KindNextStep && c.when != "" {
			kind = EventDeadline // a dated next step is something due
		}
		if kind == "" || c.kind == KindPosition && kind != EventRejection && kind != EventDeal {
			continue
		}
		seen[c.sentence] = true
		e := Event{Kind: kind, Text: c.text, When: c.when, Sentence: c.sentence, Due: futureTense(c.text)}
		if d, ok := ResolveDate(c.when, anchor, futureTense(c.text) || c.kind == KindNextStep); ok {
			e.Date = d.Format(time.DateOnly)
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Sentence < out[j].Sentence })
	return out
}

// sentenceText is the sentence of a brief, or fallback when out of range.
func sentenceText(b *summarize.Brief, i int, fallback string) string {
	if i >= 0 && i < len(b.Sentences) {
		return b.Sentences[i].Text
	}
	return fallback
}

var (
	months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
		"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
		"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
	weekdays   = map[string]time.Weekday{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}
	monthRE    = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`
	dayMonth   = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `(?:,?\s+(\d{4}))?\b`)
	monthDay   = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`)
	monthYr    = regexp.MustCompile(`\b` + monthRE + `\s+(\d{4})\b`)
	monthAlone = regexp.MustCompile(`\b` + monthRE + `\b`)
	isoDate    = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	inDays     = regexp.MustCompile(`\bin (\w+) (day|week|month)s?\b`)
	yearOnly   = regexp.MustCompile(`\b(19|20)\d{2}\b`)
)

// small numbers written as words.
var numberWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// ResolveDate reads a date expression against anchor. future says which
// way a bare weekday or month points (the next one, or the last one). It
// returns false for an expression it cannot place.
func ResolveDate(expr string, anchor time.Time, future bool) (time.Time, bool) {
	l := strings.ToLower(strings.TrimSpace(expr))
	if l == "" || anchor.IsZero() {
		return time.Time{}, false
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	a := day(anchor.Year(), anchor.Month(), anchor.Day())
	if m := isoDate.FindStringSubmatch(l); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			return day(y, time.Month(mo), d), true
		}
	}
	withYear := func(mo time.Month, d int, yr string) time.Time {
		if yr != "" {
			y, _ := strconv.Atoi(yr)
			return day(y, mo, d)
		}
		t := day(a.Year(), mo, d)
		// A month long past is next year's when the text looks ahead, and a
		// month far ahead is last year's when it looks back.
		if future && t.Before(a.AddDate(0, -2, 0)) {
			t = t.AddDate(1, 0, 0)
		} else if !future && t.After(a.AddDate(0, 2, 0)) {
			t = t.AddDate(-1, 0, 0)
		}
		return t
	}
	if m := dayMonth.FindStringSubmatch(l); m != nil {
		d, _ := strconv.Atoi(m[1])
		if d >= 1 && d <= 31 {
			return withYear(months[m[2]], d, m[3]), true
		}
	}
	if m := monthDay.FindStringSubmatch(l); m != nil {
		d, _ := strconv.Atoi(m[2])
		if d >= 1 && d <= 31 {
			return withYear(months[m[1]], d, m[3]), true
		}
	}
	if m := monthYr.FindStringSubmatch(l); m != nil {
		y, _ := strconv.Atoi(m[2])
		return day(y, months[m[1]], 1), true
	}
	switch {
	case strings.Contains(l, "today"), strings.Contains(l, "tonight"), strings.Contains(l, "this morning"), strings.Contains(l, "this evening"):
		return a, true
	case strings.Contains(l, "tomorrow"):
		return a.AddDate(0, 0, 1), true
	case strings.Contains(l, "yesterday"):
		return a.AddDate(0, 0, -1), true
	case strings.Contains(l, "next week"):
		return a.AddDate(0, 0, 7), true
	case strings.Contains(l, "last week"):
		return a.AddDate(0, 0, -7), true
	case strings.Contains(l, "this weekend"), strings.Contains(l, "the weekend"):
		return a.AddDate(0, 0, (int(time.Saturday)-int(a.Weekday())+7)%7), true
	case strings.Contains(l, "next month"):
		return day(a.Year(), a.Month()+1, 1), true
	case strings.Contains(l, "last month"):
		return day(a.Year(), a.Month()-1, 1), true
	case strings.Contains(l, "end of the month"), strings.Contains(l, "end of this month"):
		return day(a.Year(), a.Month()+1, 0), true
	case strings.Contains(l, "next year"):
		return day(a.Year()+1, 1, 1), true
	}
	if m := inDays.FindStringSubmatch(l); m != nil {
		n, ok := numberWords[m[1]]
		if !ok {
			n, _ = strconv.Atoi(m[1])
		}
		if n > 0 && n < 400 {
			switch m[2] {
			case "day":
				return a.AddDate(0, 0, n), true
			case "week":
				return a.AddDate(0, 0, 7*n), true
			default:
				return a.AddDate(0, n, 0), true
			}
		}
	}
	for name, wd := range weekdays {
		if strings.Contains(l, name) {
			diff := int(wd) - int(a.Weekday())
			if future || strings.Contains(l, "next") {
				if diff <= 0 {
					diff += 7
				}
			} else if diff >= 0 {
				diff -= 7
			}
			return a.AddDate(0, 0, diff), true
		}
	}
	if m := monthAlone.FindStringSubmatch(l); m != nil && m[1] != "may" {
		return withYear(months[m[1]], 1, ""), true
	}
	if m := yearOnly.FindString(l); m != "" {
		y, _ := strconv.Atoi(m)
		return day(y, 1, 1), true
	}
	return time.Time{}, false
}
