package story

import (
	"math"
	"time"

	"github.com/parley-bot/parley/internal/summarize"
)

// Candidate is a story a new brief may join.
type Candidate struct {
	ID      int64
	Profile *Profile
}

// Stats are how many of a server's stories hold each key, for weighting
// keys by how telling they are: a party or term in every story says little.
type Stats struct {
	KeyStories map[string]int
	Total      int
}

// joinFloor is the threshold of Match: a brief joins a story it shares a
// party with when their matters (subject terms, party names aside,
// weighted by how rare each is among the server's stories), with a share
// of their parties' agreement (partyWeight), agree at least this much,
// after recency. It was set on the news bench's 40 articles
// (see the README), which is little: first on a simulation of the pairs,
// then checked through the tracker, where 0.18 to 0.22 joined no two
// different negotiations and 0.20 was the middle. At 0.16 two US trade
// stories of 2016 join; at 0.24 the pension strike story falls apart.
// Since briefs list only the parties that act (actingParties), the sides
// two briefs share weigh more in their cosine: 0.19 and 0.20 join a
// China trade story to the US trade-politics one, 0.21 to 0.24 join no
// two different negotiations and keep 17 of the 20 right pairs (0.25
// keeps 9), and 0.22 is in that range's middle.
const joinFloor = 0.22

// partyWeight is how much the parties' agreement adds to the matter's,
// and subjectFull the matter agreement at which it adds all of it (below,
// in proportion: shared sides alone join nothing). Set on the news bench
// like joinFloor: 0.15 to 0.35 join no two different negotiations and
// gain pairs from 0.20 on; 0.40 joins two US–China stories that are not
// one negotiation. 0.25 is in the middle of what is safe there.
const (
	partyWeight = 0.25
	subjectFull = 0.15
)

// recencyDays is how long a story may lie idle before a brief's match with
// it counts half: a negotiation that resumes after six months is likely a
// new round, and two stories on one matter a year apart are two
// negotiations.
const recencyDays = 180

// Score is how well a brief fits a story.
type Score struct {
	ID      int64
	Parties float64 // weighted cosine of the parties (0: none shared)
	Subject float64 // weighted cosine of the matter terms
	// Days between the brief's date and the story's latest, when both are
	// known (0 otherwise).
	Days  int
	Total float64 // Subject with the parties' share, after recency: what joinFloor is held to
}

// Joins reports whether the score is enough to join the story: a shared
// party and the matter agreeing.
func (s Score) Joins() bool {
	return s.Parties > 0 && s.Total >= joinFloor
}

// Match scores a brief's profile against candidate stories and returns the
// best one it joins, and whether there is one; when it joins none, the
// score is the best of those it does not join (for explaining). A story
// mainly about other countries than the brief's is never joined
// (otherPrincipals).
func Match(p *Profile, cands []Candidate, st Stats) (Score, bool) {
	best, found := Score{}, false
	near := Score{}
	for _, c := range cands {
		s := ScoreAgainst(p, c, st)
		if s.Total > near.Total {
			near = s
		}
		if s.Joins() && !otherPrincipals(p, c.Profile) && (!found || s.Total > best.Total) {
			best, found = s, true
		}
	}
	if !found {
		return near, false
	}
	return best, true
}

// ScoreAgainst scores a profile against one story. Keys are weighted by
// their inverse story frequency in the server, so that a party or term in
// every story says little.
func ScoreAgainst(p *Profile, c Candidate, st Stats) Score {
	idf := func(key string) float64 {
		return math.Log(1 + float64(st.Total+1)/float64(st.KeyStories[key]+1))
	}
	s := Score{ID: c.ID, Parties: partyCosine(p, c.Profile, idf), Subject: cosine(p.Matter(), c.Profile.Matter(), "t:", idf)}
	d, dated := daysApart(p.Dated, c.Profile.Dated)
	s.Days = d
	s.Total = totalOf(s.Subject, s.Parties, d, dated)
	return s
}

// totalOf is what joinFloor is held to: the matters' agreement with a
// share of the parties' (the same sides make the same matter likelier the
// same negotiation: in full once the matters agree at subjectFull, in
// proportion below), after recency when the two are dated days apart.
// After recencyDays idle the parties add nothing: the same sides are then
// likely in a new round.
func totalOf(subject, parties float64, days int, dated bool) float64 {
	total := subject + partyWeight*parties*math.Min(1, subject/subjectFull)
	if !dated {
		return total
	}
	if days > recencyDays {
		total = subject
	}
	x := float64(days) / recencyDays
	return total / (1 + x*x)
}

// daysApart is the number of days between two dates (2006-01-02).
func daysApart(a, b string) (int, bool) {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	d := ta.Sub(tb).Hours() / 24
	return int(math.Abs(math.Round(d))), true
}

// partyCosine is the weighted cosine of two profiles' parties, a body
// named by its initials in one ("EU") meeting its full name in the other
// ("European Union").
func partyCosine(a, b *Profile, idf func(string) float64) float64 {
	alias := map[string]string{} // b's acronyms -> b's key
	for k := range b.Parties {
		if x := b.acronym(k); x != "" {
			if _, ok := b.Parties[x]; !ok {
				alias[x] = k
			}
		}
	}
	var dot, na, nb float64
	for k, w := range a.Parties {
		x := w * idf("p:"+k)
		na += x * x
		other := k
		if _, ok := b.Parties[k]; !ok {
			if bk, ok := alias[k]; ok {
				other = bk // "eu" in a, "european union" in b
			} else if ak := a.acronym(k); ak != "" {
				if _, ok := b.Parties[ak]; ok {
					other = ak // "european union" in a, "eu" in b
				}
			}
		}
		if v, ok := b.Parties[other]; ok {
			dot += x * v * idf("p:"+other)
		}
	}
	for k, v := range b.Parties {
		y := v * idf("p:"+k)
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return min(1, dot/math.Sqrt(na*nb))
}

// cosine is the cosine of two weight maps, each weight times idf(prefix+key).
func cosine(a, b map[string]float64, prefix string, idf func(string) float64) float64 {
	var dot, na, nb float64
	for k, w := range a {
		x := w * idf(prefix+k)
		na += x * x
		if v, ok := b[k]; ok {
			dot += x * v * idf(prefix+k)
		}
	}
	for k, v := range b {
		y := v * idf(prefix+k)
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// principals are the countries a profile is mainly about: its leading
// country, when it is named often enough, and those weighing nearly as
// much (principalShare of it).
func principals(p *Profile) map[string]bool {
	lead := 0.0
	n := float64(max(p.Briefs, 1))
	for k, w := range p.Parties {
		if p.Kinds[k] == summarize.KindCountry && w/n > lead {
			lead = w / n
		}
	}
	out := map[string]bool{}
	if lead < principalWeight {
		return out // countries named in passing: none leads
	}
	for k, w := range p.Parties {
		if p.Kinds[k] == summarize.KindCountry && w/n >= principalShare*lead {
			out[k] = true
		}
	}
	return out
}

// principalShare is how close to the leading country another must weigh
// to be a principal too: India and Russia in India–Russia talks, but not
// France in a story about Turkey's EU talks that mentions French doubts.
const principalShare = 0.8

// principalWeight is the least weight (per brief) of a leading country:
// 1+ln(mentions) >= 2 is three mentions or more.
const principalWeight = 2.0

// otherPrincipals reports whether two profiles are mainly about different
// countries on both sides: each has a principal country the other does not
// have as one. Then they are two negotiations, whatever else they share
// (India–Russia energy talks are not India–Iran gas talks).
func otherPrincipals(a, b *Profile) bool {
	pa, pb := principals(a), principals(b)
	only := func(x, y map[string]bool) bool {
		for k := range x {
			if !y[k] {
				return true
			}
		}
		return false
	}
	return only(pa, pb) && only(pb, pa)
}
