package summarize

import (
	"strings"
)

// The negotiation layer reads what each side wants, what is on the table
// and what happens next. It works on sentences outside quotation marks,
// with the speakers and names found earlier.

// stancePhrases mark a side taking a position.
var stancePhrases = newPhraseSet(`refus*
reject*
insist*
demand*
accept*
agree to
agrees to
agreed to
oppos*
open to
willing to
ready to
prepared to
unwilling
remain firm
remains firm
remained firm
firm in
rule out
rules out
ruled out
declin* to
call for
calls for
called for
urge
urges
urged
urging
want
wants
wanted
seek*
sought
vow*
threat*
warn*
will never
would never
won't
will not
cannot accept
red line
red lines
non-negotiable
stand firm
hold out
holds out
holding out
held out
push* for
backs
backed
support*
denounc*
condemn*
welcom*
determin* to
committed to
determination`)

// proposalPhrases mark something put on the table.
var proposalPhrases = newPhraseSet(`propos*
offer*
peace plan
plan
plans
package
terms
in exchange for
in return for
takeover bid
bid
draft
settlement
pay rise
pay offer
outlined
put forward
tabled`)

// termsPhrases say where the terms of a proposal start.
var termsPhrases = newPhraseSet(`which included
which includes
which would include
that included
that includes
including
would include
would see
under which
call for
calls for
calling for
to include
that would
which would
offering
offered
proposing
proposed`)

// futurePhrases mark a sentence about what comes next.
var futurePhrases = newPhraseSet(`will
set to
due to
expected to
scheduled*
plan to
plans to
planning to
is to
are to
aim to
aims to
intend to
intends to
going to
next
upcoming
deadline
ultimatum
resume
reconvene
later this
by the end of
in the coming
ahead of`)

// eventPhrases mark a negotiation event.
var eventPhrases = newPhraseSet(`talks
negotiation*
negotiators
meet
meets
meeting
summit
vote
votes
ballot
round
deadline
strike
walkout
session
conference
sign
signing
ratif*
decision
decide
announce*
agreement
deal
ceasefire
truce
accord
treaty
consultation
hearing
reconvene
resume
continue
visit`)

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
	outside := func(ti int) bool { return !d.inQuote[ti] }
	for si := range d.sents {
		if d.boiler[si] {
			continue
		}
		s := d.sents[si].Text
		from, to := d.sentTok[si], d.sentTok[si+1]
		// Dates.
		dates := d.findDates(from, to)
		for _, dt := range dates {
			k := strings.ToLower(dt)
			if !seenDate[k] {
				seenDate[k] = true
				b.Dates = append(b.Dates, Date{Text: dt, Sentence: si})
			}
			d.role[si] |= roleDate
		}
		// Next steps: a future marker and a negotiation event, outside quotes.
		if fut, _ := futurePhrases.count(d, from, to, outside); fut > 0 {
			if ev, _ := eventPhrases.count(d, from, to, outside); ev > 0 && !d.pastOnly(from, to) {
				ns := NextStep{Text: s, Sentence: si}
				if len(dates) > 0 {
					ns.When = dates[0]
				}
				ns.Where = d.placeIn(from, to)
				if ns.When != "" || ns.Where != "" || d.hasWord(from, to, "next") {
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
		}
		party := d.subjectParty(si)
		if party == "" {
			party = speakerOf[si]
		}
		if party == "" {
			party = d.subjectNoun(from, to)
		}
		// Positions: a stance, in the narrative or in a speaker's own words.
		if n, _ := stancePhrases.count(d, from, to, nil); n > 0 && party != "" {
			b.Positions = append(b.Positions, Position{Party: party, Text: s, Sentence: si})
			d.role[si] |= rolePosition
		}
		// Proposals and their terms.
		if n, _ := proposalPhrases.count(d, from, to, outside); n > 0 {
			text := s
			if _, end := termsPhrases.count(d, from, to, nil); end >= 0 && end < to {
				terms := strings.TrimRight(collapseSpace(d.text[d.toks[end].start:d.sents[si].End]), " .;”\"")
				if len(terms) > 10 {
					text = terms
					n++
				}
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
func (d *doc) pastOnly(from, to int) bool {
	past := false
	for i := from; i < to; i++ {
		switch d.toks[i].lower {
		case "will", "set", "due", "next", "expected", "scheduled", "upcoming":
			return false
		case "yesterday", "ago":
			past = true
		case "last":
			if i+1 < to && d.toks[i+1].lower == "week" {
				past = true
			}
		}
	}
	return past
}

// hasWord reports whether tokens [from, to) hold the lower-case word w.
func (d *doc) hasWord(from, to int, w string) bool {
	for i := from; i < to; i++ {
		if d.toks[i].lower == w {
			return true
		}
	}
	return false
}

// placeIn returns where a next step happens, when the sentence says: a
// country, a capital or a known venue after "in" or "at".
func (d *doc) placeIn(from, to int) string {
	for i := from; i+1 < to; i++ {
		if l := d.toks[i].lower; l != "in" && l != "at" {
			continue
		}
		j := i + 1
		if d.toks[j].lower == "the" {
			j++
		}
		k := j
		for k < to && k < j+4 && d.toks[k].word && d.toks[k].cap {
			k++
		}
		for e := k; e > j; e-- {
			place := d.text[d.toks[j].start:d.toks[e-1].end]
			l := strings.ToLower(place)
			if g, ok := gazetteer[l]; ok && g.kind == KindCountry && !g.demonym || venues[l] {
				return place
			}
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

// partyNouns are common nouns that name a side: "the union insists".
var partyNouns = makeSet(`union unions company companies government governments management employer employers workers
staff rebels militants protesters negotiators side sides administration ministry opposition coalition board
bank banks bidder buyer seller owners shareholders members nurses teachers drivers pilots doctors miners farmers
strikers regime army council committee delegation`)

// subjectNoun returns a sentence-initial common noun phrase naming a side,
// such as "the union" or "the company", or "".
func (d *doc) subjectNoun(from, to int) string {
	i := from
	if i < to && (d.toks[i].lower == "the" || d.toks[i].lower == "its" || d.toks[i].lower == "both") {
		i++
	}
	for j := i; j < to && j < i+3; j++ {
		t := &d.toks[j]
		if !t.word || d.tokMent[j] >= 0 && !d.mentions[d.tokMent[j]].demonym {
			return ""
		}
		if partyNouns[t.lower] {
			return strings.ToLower(collapseSpace(d.text[d.toks[from].start:t.end]))
		}
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
