package story

import (
	"math"

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

// Thresholds of Match, chosen from what they mean rather than fitted: a
// brief joins a story when they share parties (partyFloor) and the subject
// and parties together agree at least joinFloor, or when the subject alone
// agrees strongly (subjectAlone) and they share a party.
const (
	joinFloor    = 0.30
	partyFloor   = 0.10
	subjectFloor = 0.12
)

// Score is how well a brief fits a story.
type Score struct {
	ID      int64
	Parties float64 // weighted cosine of the parties
	Subject float64 // weighted cosine of the subject terms
	Total   float64
}

// Joins reports whether the score is enough to join the story.
func (s Score) Joins() bool {
	return s.Parties >= partyFloor && s.Subject >= subjectFloor && s.Total >= joinFloor
}

// Match scores a brief's profile against candidate stories and returns the
// best one it joins, and whether there is one; when it joins none, the
// score is the best of those it does not join (for explaining). Scores are
// cosines of the keys' weights times their inverse story frequency in the
// server.
func Match(p *Profile, cands []Candidate, st Stats) (Score, bool) {
	best, found := Score{}, false
	near := Score{}
	for _, c := range cands {
		s := ScoreAgainst(p, c, st)
		if s.Total > near.Total {
			near = s
		}
		if s.Joins() && !otherPrincipals(p, c.Profile) && (s.Subject >= subjectWithoutPeople || sharePerson(p, c.Profile)) &&
			(!found || s.Total > best.Total) {
			best, found = s, true
		}
	}
	if !found {
		return near, false
	}
	return best, true
}

// ScoreAgainst scores a profile against one story.
func ScoreAgainst(p *Profile, c Candidate, st Stats) Score {
	idf := func(key string) float64 {
		return math.Log(1 + float64(st.Total+1)/float64(st.KeyStories[key]+1))
	}
	s := Score{ID: c.ID, Parties: cosine(p.Parties, c.Profile.Parties, "p:", idf), Subject: cosine(p.Terms, c.Profile.Terms, "t:", idf)}
	s.Total = 0.5*s.Parties + 0.5*s.Subject
	return s
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

// subjectWithoutPeople is the subject agreement needed when a brief and a
// story share no person, only countries and bodies: those meet over many
// matters (the EU and the US over aircraft subsidies, and over tariffs),
// so the matter itself must agree clearly.
const subjectWithoutPeople = 0.30

// sharePerson reports whether two profiles share a person among their
// parties.
func sharePerson(a, b *Profile) bool {
	for k := range a.Parties {
		if _, ok := b.Parties[k]; ok && (a.Kinds[k] == summarize.KindPerson || b.Kinds[k] == summarize.KindPerson) {
			return true
		}
	}
	return false
}
