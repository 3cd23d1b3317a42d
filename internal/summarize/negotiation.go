package summarize

import (
	"regexp"
	"strings"
	"unicode"
)

// The negotiation layer reads what each side wants, what is on the table
// and what happens next. It works on sentences outside quotation marks,
// with the speakers and names found earlier.

const (
	monthNames = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`
	dayNames   = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	numberWord = `(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety|several|few)`
)

// dateRE finds date and time expressions.
var dateRE = regexp.MustCompile(strings.Join([]string{
	dayNames + `(?:,? ` + monthNames + ` \d{1,2}(?:st|nd|rd|th)?)?`,
	monthNames + ` \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?`,
	`\d{1,2}(?:st|nd|rd|th)? ` + monthNames + `(?:,? \d{4})?`,
	monthNames + ` \d{4}`,
	`(?:[Nn]ext|[Tt]his|[Ll]ast|[Cc]oming|[Ff]ollowing) (?:week|month|year|weekend|spring|summer|autumn|fall|winter|round|session|` + dayNames + `)`,
	`(?:[Ee]arlier|[Ll]ater) (?:this|next|last) (?:week|month|year)`,
	`[Bb]y the end of (?:the|this|next) (?:week|month|year|day)`,
	`(?:[Ww]ithin|[Ii]n) (?:the next )?` + numberWord + ` (?:days?|weeks?|months?|hours?|years?)`,
	`[Tt]he coming (?:days|weeks|months|years)`,
	`\b(?:today|tomorrow|tonight|yesterday)\b`,
	`\b(?:in|since|by|until|from|before|after) (?:early |late |mid-)?(?:19|20)\d{2}\b`,
	`\bDay One\b`,
}, "|"))

// futureRE marks a sentence about what comes next.
var futureRE = regexp.MustCompile(`(?i)\b(?:will|set to|due to|expected to|scheduled|plans? to|planning to|is to|are to|aims? to|intends? to|going to|next|upcoming|deadline|ultimatum|resume|reconvene|later this|by the end of|in the coming|ahead of)\b`)

// eventRE marks a negotiation event.
var eventRE = regexp.MustCompile(`(?i)\b(?:talks|negotiations?|negotiators|meet|meets|meeting|summit|vote|votes|ballot|round|deadline|strike|walkout|session|conference|sign|signing|ratif\w*|decision|decide|announce\w*|agreement|deal|ceasefire|truce|accord|treaty|consultation|hearing|reconvene|resume|continue|visit)\b`)

// stanceRE marks a side taking a position.
var stanceRE = regexp.MustCompile(`(?i)\b(?:refus\w*|reject\w*|insist\w*|demand\w*|accept\w*|agree[sd]? to|oppos\w*|open to|willing to|ready to|prepared to|unwilling|remains? firm|firm in|rule[sd]? out|ruled out|declin\w* to|calls? for|called for|urg(?:e|es|ed|ing)|wants?|wanted|seek\w*|sought|vow\w*|threat\w*|warn\w*|will never|would never|won't|will not|cannot accept|red line|non-negotiable|stand firm|hold(?:s|ing)? out|held out|push\w* for|back(?:s|ed) |support\w*|denounc\w*|condemn\w*|welcom\w*|determin\w* to|committed to|determination)\b`)

// proposalRE marks something put on the table.
var proposalRE = regexp.MustCompile(`(?i)\b(?:propos\w*|offer\w*|peace plan|plan\b|plans\b|framework|package|terms|in exchange for|in return for|takeover bid|bid\b|draft|settlement|pay rise|pay offer|outlined|put forward|tabled)\b`)

// termsRE finds where the terms of a proposal start in its sentence.
var termsRE = regexp.MustCompile(`(?i)\b(?:which included|which includes|which would include|that included|that includes|including|would include|would see|under which|calls? for|calling for|to include|that would|which would|offering|offered|proposing|proposed)\b\s*`)

// placeRE finds where something happens: "in London", "at Camp David".
var placeRE = regexp.MustCompile(`\b(?:in|at) ((?:the )?[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,3})`)

// venues are places where talks are held that are not capitals.
var venues = makeSet(`geneva doha istanbul jeddah camp david sochi davos munich lausanne dayton new york minsk astana
helsinki oslo vienna paris london brussels washington moscow beijing cairo muscat abu dhabi riyadh ankara tehran
baghdad jerusalem kyiv kiev warsaw berlin rome madrid tokyo seoul pyongyang singapore hanoi havana nairobi addis ababa
luxembourg strasbourg the hague`)

// negotiation fills the brief's positions, proposals, next steps and dates,
// and marks the sentences that carry them for the key-point ranking.
func (d *doc) negotiation(b *Brief) {
	d.role = make([]sentRole, len(d.sents))
	d.strength = make([]int, len(d.sents))
	seenDate := map[string]bool{}
	speakerOf := d.sentenceSpeakers()
	for si := range d.sents {
		if d.boiler[si] {
			continue
		}
		s := d.sents[si].Text
		outside := d.outsideQuotes(si)
		// Dates.
		for _, m := range dateRE.FindAllString(s, -1) {
			k := strings.ToLower(m)
			if !seenDate[k] {
				seenDate[k] = true
				b.Dates = append(b.Dates, Date{Text: m, Sentence: si})
			}
			d.role[si] |= roleDate
		}
		// Next steps: a future marker and a negotiation event, outside quotes.
		if futureRE.MatchString(outside) && eventRE.MatchString(outside) && !pastOnly(outside) {
			ns := NextStep{Text: s, Sentence: si}
			if m := dateRE.FindString(s); m != "" {
				ns.When = m
			}
			ns.Where = d.placeIn(s)
			if ns.When != "" || ns.Where != "" || strings.Contains(strings.ToLower(outside), "next") {
				b.NextSteps = append(b.NextSteps, ns)
				d.role[si] |= roleNext
				if ns.When != "" {
					d.strength[si]++
				}
				if ns.Where != "" {
					d.strength[si]++
				}
			}
		}
		party := d.subjectParty(si)
		if party == "" {
			party = speakerOf[si]
		}
		// Positions: a stance, in the narrative or in a speaker's own words.
		if stanceRE.MatchString(s) && party != "" {
			b.Positions = append(b.Positions, Position{Party: party, Text: s, Sentence: si})
			d.role[si] |= rolePosition
		}
		// Proposals and their terms.
		if n := len(proposalRE.FindAllStringIndex(outside, -1)); n > 0 {
			text := s
			if loc := termsRE.FindStringIndex(s); loc != nil && loc[1] < len(s)-10 {
				text = strings.TrimRight(s[loc[1]:], " .;”\"")
				n++
			}
			b.Proposals = append(b.Proposals, Proposal{Text: text, By: party, Sentence: si})
			d.role[si] |= roleProposal
			d.strength[si] += n
		}
	}
	b.Positions = capPositions(b.Positions, 10)
	if len(b.Proposals) > 8 {
		b.Proposals = b.Proposals[:8]
	}
	if len(b.NextSteps) > 6 {
		b.NextSteps = b.NextSteps[:6]
	}
	if len(b.Dates) > 12 {
		b.Dates = b.Dates[:12]
	}
}

// sentRole flags what a sentence carries for the negotiation.
type sentRole uint8

const (
	roleDate sentRole = 1 << iota
	roleNext
	rolePosition
	roleProposal
)

// pastOnly reports whether a sentence speaks only of the past ("talks
// resumed last week"), which makes it no next step.
func pastOnly(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, " will ") || strings.Contains(l, " set to ") || strings.Contains(l, " due ") || strings.Contains(l, "next") || strings.Contains(l, " expected ") || strings.Contains(l, " scheduled") || strings.Contains(l, "upcoming") {
		return false
	}
	return strings.Contains(l, "last week") || strings.Contains(l, "yesterday") || strings.Contains(l, " ago")
}

// outsideQuotes returns the words of sentence si that are not quoted.
func (d *doc) outsideQuotes(si int) string {
	var b strings.Builder
	for ti := d.sentTok[si]; ti < d.sentTok[si+1]; ti++ {
		if d.inQuote[ti] || !d.toks[ti].word {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[ti].text)
	}
	return b.String()
}

// placeIn returns where a next step happens, when the sentence says.
func (d *doc) placeIn(s string) string {
	for _, m := range placeRE.FindAllStringSubmatch(s, -1) {
		place := strings.TrimPrefix(m[1], "the ")
		l := strings.ToLower(strings.TrimRight(place, "."))
		if isDayWord(l) || dateRE.MatchString(place) {
			continue
		}
		if g, ok := gazetteer[l]; ok && g.kind == KindCountry && !g.demonym || venues[l] {
			return strings.TrimRight(place, ".")
		}
	}
	return ""
}

// subjectParty returns the party or person a sentence is about: the first
// name outside quotes that is not the object of a preposition.
func (d *doc) subjectParty(si int) string {
	for ti := d.sentTok[si]; ti < d.sentTok[si+1]; ti++ {
		if d.inQuote[ti] {
			continue
		}
		mi := d.tokMent[ti]
		if mi < 0 {
			continue
		}
		m := &d.mentions[mi]
		ti = m.t1 - 1
		if m.ent < 0 || d.objectOfPreposition(m.t0, d.sentTok[si]) {
			continue
		}
		e := &d.ents[m.ent]
		if sourceBodies[strings.ToLower(e.name)] {
			continue
		}
		if m.demonym && !endsPossessive(d.toks[m.t1-1].text) {
			// "Ukrainian President Volodymyr Zelenskyy" is about the person.
			continue
		}
		return e.name
	}
	return ""
}

// sentenceSpeakers maps each sentence holding an attributed quotation to
// its speaker.
func (d *doc) sentenceSpeakers() map[int]string {
	out := map[int]string{}
	for qi := range d.quotes {
		a := &d.attrs[qi]
		if a.drop || a.speaker == "" {
			continue
		}
		si := d.sentOf(d.quotes[qi].open)
		if _, ok := out[si]; !ok {
			out[si] = a.speaker
		}
	}
	return out
}

// capPositions keeps at most n positions, at most two a party.
func capPositions(p []Position, n int) []Position {
	per := map[string]int{}
	out := p[:0]
	for _, x := range p {
		if per[x.Party] >= 2 {
			continue
		}
		per[x.Party]++
		out = append(out, x)
		if len(out) == n {
			break
		}
	}
	return out
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	return s != "" && unicode.IsUpper(firstRune(s))
}
