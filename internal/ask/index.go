package ask

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize/stem"
)

// extraStop are words that carry no content in a question besides the
// English function words of stem.IsStopword: negated auxiliaries and a
// pronoun with its auxiliary ("they're", "they'll").
var extraStop = set(`let lets can't cannot won't don't doesn't didn't isn't aren't wasn't weren't wouldn't couldn't
shouldn't hasn't haven't hadn't mustn't can’t won’t don’t doesn’t didn’t isn’t aren’t wasn’t weren’t wouldn’t couldn’t
shouldn’t hasn’t haven’t hadn’t mustn’t
i'm i've i'll i'd you're you've you'll you'd he's he'll he'd she's she'll she'd it's it'll it'd we're we've we'll we'd
they're they've they'll they'd that's there's here's who's what's where's when's how's
i’m i’ve i’ll i’d you’re you’ve you’ll you’d he’s he’ll he’d she’s she’ll she’d it’s it’ll it’d we’re we’ve we’ll we’d
they’re they’ve they’ll they’d that’s there’s here’s who’s what’s where’s when’s how’s`)

// isStop reports whether w carries no content in a question or a sentence.
// "won" is among stem.IsStopword's for "won't" cut at its apostrophe; the
// words here keep the contraction whole, so "won" is the verb ("who won
// the election": a question the article must answer with a win).
func isStop(w string) bool { return stem.IsStopword(w) && w != "won" || extraStop[w] }

// questionWords are words of a question's form, not of its content.
var questionWords = set(`article story piece text say said says saying tell told mention mentioned according happen
happens happened happening exactly really actually please anything something someone anyone everyone thing things
kind sort way planned scheduled expected held hold take takes place round call called calling think thinks view views
involved go going get gets got make makes made long big large much many give gives put bring come keep else worth
due meant intended supposed sides result outcome taking overall entire whole lol lmao haha`)

// synonymGroups are words that answer for one another in negotiation
// news, one group a line.
const synonymGroups = `resume continue restart reconvene reopen
talks negotiations discussions meeting summit session
propose proposal offer plan
refuse reject never decline oppose
ceasefire truce armistice
deal agreement accord pact contract arrangement
strike walkout
want demand seek ask
us america washington
tariff duty levy
cut cuts reduce reduction lower slash trim
rise increase raise hike lift
expire expiry lapse
conclude close finish complete
current existing present
fall drop decline decrease
pay wage wages salary salaries
job jobs post posts employment
worker employee staff workforce
child children kid kids
price cost
bid offer takeover
vote ballot
sanction sanctions penalty
meet meeting met
support back endorse favour favor
maker manufacturer producer
lead leader head chief boss run chairman chairwoman chairperson
buy bought acquire purchase
lose loss losses layoff layoffs redundancy redundancies
reject refuse
ask request
hurt injure injured injury injuries wound wounded
blast explosion explode bomb
repeal scrap abolish
show program programme
live population resident inhabitant
need require requirement necessary
plane aircraft jet
fly flight flew flown
participate participant
detain detention jail imprison imprisonment prison custody
mediate mediator mediation broker intermediary
merge merger combine combination
automation automate automated machine machines robot robots robotic mechanisation mechanization
own hold stake owner holder
extra additional
owe owed unpaid arrears outstanding
quit withdraw exit
pledge commitment commit promise vow
monitor observer observe oversee supervise
earlier previous prior
annual annually yearly year
daily day
weekly week
monthly month
cap ceiling limit maximum
minimum floor
goal target aim objective
trigger activate invoke
effect force effective
yes favour favor
decide decision ruling determine
haul carry transport
ship vessel
swap exchange
warn warning threaten threat notice
survey poll questionnaire
cover include
firm company corporation
rebel guerrilla insurgent militant fighter
prisoner detainee inmate captive
seafarer sailor seaman mariner crew
kill dead death die fatality
soldier troop army
weapon firearm gun arms
distribute allocate allot assign
law legislation bill statute
fee charge toll
fund funding finance financing
stoppage strike
haircut writedown loss
kidnap abduct abduction
release freed liberate
treat treatment therapy cure
border frontier
willing ready prepared
envoy emissary
tv television channel broadcaster broadcast
facebook fb
shut close closure
affect hit impact paralyse paralyze cripple disrupt
hq headquarters
stay remain
work employ
loan credit lending
start begin commence launch found establish effect
` + officeSynonymGroups

// synonyms map a stem to the stems of its group.
var synonyms = stemGroups(synonymGroups)

// stemGroups maps each word's stem of groups (one group a line) to the
// stems of the other words of its group.
func stemGroups(groups string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(groups, "\n") {
		var stems []string
		for _, w := range strings.Fields(line) {
			stems = append(stems, porter(w))
		}
		for _, s := range stems {
			for _, o := range stems {
				if o != s && !slices.Contains(m[s], o) {
					m[s] = append(m[s], o)
				}
			}
		}
	}
	return m
}

// terms returns the content terms of s: lower-case words and numbers,
// without stopwords, stemmed.
func terms(s string) []string {
	var out []string
	ws := words(s)
	for i, w := range ws {
		// "handed over": the noun of the phrasal verb too ("the
		// handover"), and the other way round.
		if i+1 < len(ws) && phrasalParticles[ws[i+1]] {
			if n := phrasalNouns[termOf(w)+" "+ws[i+1]]; n != "" {
				out = append(out, n)
			}
		}
		if isStop(w) {
			continue
		}
		if base := nlp.IrregularVerb(w); base != "" {
			w = base
		}
		out = append(out, porter(w))
	}
	return out
}

// phrasalParticles are the particles of phrasalNouns' verbs ("over",
// "out"…): only a word before one of them is looked up (read only).
var phrasalParticles = func() map[string]bool {
	m := map[string]bool{}
	for k := range phrasalNouns {
		m[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
	return m
}()

// phrasalNouns maps a phrasal verb (its verb's stem and its particle) to
// the stem of the noun made of it: "hand over" is a handover, "walk out"
// a walkout (read only).
var phrasalNouns = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`hand over handover
take over takeover
walk out walkout
lock out lockout
buy out buyout
bail out bailout
pull out pullout
shut down shutdown
crack down crackdown
lay off layoff
pay out payout
stand off standoff
break down breakdown
break through breakthrough
roll back rollback
set back setback
turn out turnout
cut back cutback
push back pushback
sell off selloff
spin off spinoff
carve out carveout
phase out phaseout
run off runoff
sit in sitin
hold out holdout
walk back walkback
stand down standdown
drop out dropout
pay off payoff
kick off kickoff
wind down winddown
break up breakup
shake up shakeup
start up startup
follow up followup
mark up markup
lock down lockdown
trade off tradeoff`, "\n") {
		f := strings.Fields(line)
		m[porter(f[0])+" "+f[1]] = porter(f[2])
	}
	return m
}()

// abbrevReplacer writes dotted abbreviations as words and curly
// apostrophes straight (read only; safe for concurrent use).
var abbrevReplacer = strings.NewReplacer("u.s.", "us", "u.k.", "uk", "u.n.", "un", "e.u.", "eu", "’", "'")

// words splits s into lower-case words of letters and digits; digits keep
// their inner commas and periods ("40,000", "1.4"), and "U.S." is "us".
func words(s string) []string {
	s = strings.ToLower(s)
	s = abbrevReplacer.Replace(s)
	if strings.Contains(s, ".") {
		s = dottedAcronym.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ".", "") })
	}
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.Trim(s[start:end], ",.")
			w = strings.TrimSuffix(w, "'s")
			w = strings.ReplaceAll(w, ",", "")
			// A figure with its unit glued on ("$3million", "1.5bn") is
			// the figure and the unit's word.
			if n, u, ok := gluedUnit(w); ok {
				out = append(out, n, u)
			} else if w != "" {
				out = append(out, w)
			}
			start = -1
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		// Letters and digits of any script; curly quotes, dashes and
		// other punctuation end words: “Sequestration is the word "sequestration".
		alnum := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
		inner := (c == ',' || c == '.') && start >= 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && s[i-1] >= '0' && s[i-1] <= '9'
		apos := c == '\'' && start >= 0 && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z'
		switch {
		case alnum || inner || apos:
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
		i += size
	}
	flush(len(s))
	return out
}

// unitWords are the units a figure may have glued on, with their word.
var unitWords = map[string]string{"million": "million", "m": "million", "mn": "million", "billion": "billion",
	"bn": "billion", "b": "billion", "trillion": "trillion", "tn": "trillion", "k": "thousand"}

// gluedUnit splits a figure with a unit glued on ("3million", "1.5bn")
// into the figure and the unit's word.
func gluedUnit(w string) (figure, unit string, ok bool) {
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.' && i > 0) {
		i++
	}
	if i == 0 || i == len(w) {
		return "", "", false
	}
	u, ok := unitWords[w[i:]]
	return w[:i], u, ok
}

// dottedAcronym is an acronym written with periods ("s.e.c.", "f.b.i."),
// which is the same word as the one without ("sec").
var dottedAcronym = regexp.MustCompile(`\b(?:[a-z]\.){2,}`)

// index is a BM25 index over an article's sentences.
type index struct {
	docs  [][]string       // terms per sentence
	tf    []map[string]int // term counts per sentence
	df    map[string]int
	avgdl float64
}

func newIndex(sentences []string) *index {
	ix := &index{df: map[string]int{}}
	total := 0
	for _, s := range sentences {
		ts := terms(s)
		ix.docs = append(ix.docs, ts)
		tf := map[string]int{}
		for _, t := range ts {
			if tf[t] == 0 {
				ix.df[t]++
			}
			tf[t]++
		}
		ix.tf = append(ix.tf, tf)
		total += len(ts)
	}
	if len(sentences) > 0 {
		ix.avgdl = float64(total) / float64(len(sentences))
	}
	return ix
}

// variants are the terms that answer for term t: its synonyms, its
// comparative forms ("rich" for "richer") and its derived nouns
// ("fishing": "fisheries").
func variants(t string) []string {
	return append(append(comparatives(t), synonyms[t]...), derivations(t)...)
}

// derivations are the index terms of the nouns English derives from a
// stem of four letters or more for a trade, its place and its people
// ("fish": "fisheries", "fishermen"; "sea": too short), and of a noun in
// -ification and its verb ("ratification", "ratify").
func derivations(t string) []string {
	if len(t) < 4 {
		return nil
	}
	out := []string{t + "eri", t + "ermen", t + "erman", t + "men", t + "man"}
	// The noun in -ification and its verb in -ify, which the stemmer
	// leaves one letter apart ("ratification": "ratif"; "ratifying",
	// "ratified": "ratifi").
	switch {
	case strings.HasSuffix(t, "ifi"):
		out = append(out, t[:len(t)-1])
	case strings.HasSuffix(t, "if"):
		out = append(out, t+"i")
	}
	return out
}

// has reports whether term t, or one of its variants, occurs in the article.
func (ix *index) has(t string) bool {
	if ix.df[t] > 0 {
		return true
	}
	for _, s := range variants(t) {
		if ix.df[s] > 0 {
			return true
		}
	}
	return false
}

// sentenceHas reports whether sentence i holds term t or a variant.
func (ix *index) sentenceHas(i int, t string) bool { return ix.sentenceHolds(i, t, true) }

// sentenceHasForm is sentenceHas without synonyms: term t, a comparative
// or a derivation of it ("Egyptian" for "Egypt"), as written or as what
// the sentence's pronouns stand for, not another word for the same
// thing ("who heads the fisheries board" holds no "chief").
func (ix *index) sentenceHasForm(i int, t string) bool { return ix.sentenceHolds(i, t, false) }

// sentenceHolds is sentenceHas, with synonyms among the variants or not.
func (ix *index) sentenceHolds(i int, t string, withSynonyms bool) bool {
	if i < 0 || i >= len(ix.tf) {
		return false
	}
	if ix.tf[i][t] > 0 {
		return true
	}
	vs := comparatives(t)
	if withSynonyms {
		vs = append(vs, synonyms[t]...)
	}
	for _, s := range append(vs, derivations(t)...) {
		if ix.tf[i][s] > 0 {
			return true
		}
	}
	return false
}

// sentenceHasAll reports whether sentence i holds every term of ts or a
// variant of it.
func (ix *index) sentenceHasAll(i int, ts []string) bool {
	for _, t := range ts {
		if !ix.sentenceHas(i, t) {
			return false
		}
	}
	return true
}

// addTerms files extra terms under sentence i (the stems of its lemmas)
// that it does not hold yet.
func (ix *index) addTerms(i int, ts []string) {
	for _, t := range ts {
		if ix.tf[i][t] == 0 {
			ix.tf[i][t] = 1
			ix.df[t]++
		}
	}
}

// hit is a sentence and its score.
type hit struct {
	sent  int
	score float64
}

// search ranks the sentences allowed by keep (all when nil) by BM25 over
// the query terms and their synonyms (at half weight).
func (ix *index) search(q []string, keep func(int) bool) []hit {
	const k1, b = 1.2, 0.75
	n := float64(len(ix.docs))
	weights := map[string]float64{}
	for _, t := range q {
		weights[t] = 1
	}
	for _, t := range q {
		for _, s := range variants(t) {
			if _, ok := weights[s]; !ok {
				weights[s] = 0.5
			}
		}
	}
	var hits []hit
	for i := range ix.docs {
		if keep != nil && !keep(i) {
			continue
		}
		dl := float64(len(ix.docs[i]))
		var score float64
		for t, w := range weights {
			f := float64(ix.tf[i][t])
			if f == 0 {
				continue
			}
			idf := math.Log(1 + (n-float64(ix.df[t])+0.5)/(float64(ix.df[t])+0.5))
			score += w * idf * f * (k1 + 1) / (f + k1*(1-b+b*dl/max(ix.avgdl, 1)))
		}
		if score > 0 {
			hits = append(hits, hit{i, score})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return a.sent - b.sent
	})
	return hits
}

// coverage is the share of the query terms found in the sentences (the
// term or a variant of it).
func (ix *index) coverage(q []string, sents []int) float64 {
	return ix.weighedCoverage(q, sents, 1)
}

// exactCoverage is coverage with a variant of a term counting
// variantWeight: between two sentences the one that says "summit" covers
// "when does the summit begin?" better than one that says "talks".
func (ix *index) exactCoverage(q []string, sents []int) float64 {
	return ix.weighedCoverage(q, sents, variantWeight)
}

// weighedCoverage is the share of the query terms found in the sentences,
// a variant counting variant.
func (ix *index) weighedCoverage(q []string, sents []int, variant float64) float64 {
	if len(q) == 0 {
		return 0
	}
	n := 0.0
	for _, t := range q {
		best := 0.0
		for _, s := range sents {
			switch {
			case s < 0 || s >= len(ix.tf):
			case ix.tf[s][t] > 0:
				best = 1
			case best == 0 && ix.sentenceHas(s, t):
				best = variant
			}
		}
		n += best
	}
	return n / float64(len(q))
}

// variantWeight is what a synonym or another form of a question's word
// counts for in exactCoverage.
const variantWeight = 0.9

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
