package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// Which speakers can speak: a name, or a description of a person, a body
// or a medium. The speaker-finding before the tree can put together words
// that name no one ("her right foot was", "Florida Friday"); a quotation
// is better left without a speaker than credited to them.

// speakingNoun reports whether the noun at token i names someone who can
// speak: a person by role ("the minister", "officials", "the insider") or
// a body ("the company", "the union").
func (t *tree) speakingNoun(i int) bool {
	tok := &t.a.Tokens[i]
	if tok.UPOS != "NOUN" {
		return false
	}
	l := strings.ToLower(tok.Lemma)
	return speakingGroup(l) || bodyKinds[l] || corporateNouns[l] || descBodies[l] || t.clusterType(i) == nlp.PERSON
}

// actorNamed reports whether the entity model found a person, a body, a
// place or a people whose name holds the last word of name somewhere in
// the article: a name the speaker-finding before the tree put together
// ("Florida Friday" from "Coral Springs, Florida" and "Friday") is none.
func (t *tree) actorNamed(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
	for ei := range t.a.Entities {
		e := &t.a.Entities[ei]
		if !isActorType(e.Type) {
			continue
		}
		for k := e.First; k < e.Last; k++ {
			if t.a.Tokens[k].Text == last {
				return true
			}
		}
	}
	return false
}

// speakable reports whether a quotation's speaker, as found, can speak: a
// name (every word capitalised up to what follows it, not ending in a weekday:
// "Florida Friday" is none), or a description with a word for a person, a
// body or a medium before what follows its head ("the ad's narrator", "a
// friend", "the ministry", "the ad", "a statement issued on behalf
// of…"), by the engine's lists or the analysis layer's noun classes.
func (t *tree) speakable(s string) bool {
	var fb [16]string
	f := appendFields(fb[:0], s)
	if len(f) == 0 {
		return false
	}
	// What comes before what follows the head ("the authors of the
	// research", "a spokesman for the ministry", "a statement issued on
	// behalf of…").
	head := len(f)
	for k, w := range f {
		if k > 0 && (lowerIn(headStops, w) || strings.HasSuffix(f[k-1], ",")) {
			head = k
			break
		}
	}
	// "A number of other members of Congress", "a chorus of prominent
	// Republicans": a quantity's "of" says who.
	if head < len(f) && nlp.EqualFoldLower(f[head], "of") && lowerIn(quantityNouns, f[head-1]) {
		next := len(f)
		for k := head + 1; k < len(f); k++ {
			if lowerIn(headStops, f[k]) || strings.HasSuffix(f[k-1], ",") {
				next = k
				break
			}
		}
		head = next
	}
	if lowerIn(dayNamesSet, strings.Trim(f[head-1], ".,;:")) {
		return false
	}
	// A name, up to what follows it ("United Nations Security Council on
	// Friday", "Ana Ruiz and Tom Becker").
	allCaps := true
	for _, w := range f[:head] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && nameParticle(w+" ") == "" && w != "and" {
			allCaps = false
			break
		}
	}
	if allCaps {
		return true
	}
	// Else it is a description: refused only on evidence that it names
	// no one: a verb in it ("her right foot was"), or a head the lists
	// and the analysis layer's noun classes know as a thing, an
	// abstraction or a place ("the proposed overhaul", "one question
	// that…"). A noun they do not know is given the benefit of the doubt.
	for _, w := range f[:head] {
		var lb [lowerBufLen]byte // the lower case, on the stack
		lw := string(lowerBytes(lb[:0], w))
		if verbWords[lw] {
			return false
		}
		// "it's", "that's": a pronoun and a verb.
		for _, suf := range []string{"'s", "’s"} {
			if p, ok := strings.CutSuffix(lw, suf); ok && (p == "it" || p == "he" || p == "she" || p == "that" || p == "there" || p == "what" || p == "who") {
				return false
			}
		}
	}
	known := false
	for _, w := range f[:head] {
		l := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:"), "'s"), "’s"))
		one := singular(l)
		if strings.HasSuffix(l, "ies") && len(l) > 4 {
			one = l[:len(l)-3] + "y" // "companies"
		}
		for _, w := range []string{l, one} {
			if speakingGroup(w) || bodyKinds[w] || corporateNouns[w] || descBodies[w] || textNoun(w) || mediaNouns[w] || speakingBodies[w] {
				return true
			}
			if personCompound(w) {
				return true
			}
			if t.nounClass != nil {
				switch t.nounClass(w) {
				case nlp.NounPerson, nlp.NounOrganisation:
					return true
				case nlp.NounThing, nlp.NounAbstract, nlp.NounPlace:
					// A place named as the one place it is speaks
					// through those who run it ("the hospital said",
					// "the city expects"), not "a region" or "areas".
					if t.nounClass(w) == nlp.NounPlace && nlp.EqualFoldLower(f[0], "the") {
						continue
					}
					if w == l && w == strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.Trim(f[head-1], ".,;:"), "'s"), "’s")) {
						known = true // the head itself is no one
					}
				}
			}
		}
	}
	return !known
}

// headStops are the words after a description's head: prepositions and
// relative words ("the authors of the research", "a source who").
var headStops = makeSet(`of for from at in on with inside outside near within without to by who whom whose which that`)

// verbWords are verbs and auxiliaries that make a phrase a clause, not
// a name or a description of someone.
var verbWords = makeSet(`is are was were be been being has have had may might will would could should can must does did`)

// speakingBodies are nouns of bodies and teams that speak as one ("Elena
// Ruiz's office said", "the Clinton camp said").
var speakingBodies = makeSet(`office team staff camp administration government cabinet delegation embassy family side
commission committee council board panel court agency department ministry authority questioner mission`)

// quantityNouns count or gather what their "of" names ("a number of
// members", "a chorus of Republicans").
var quantityNouns = makeSet(`number chorus group couple handful dozen dozens hundreds thousands majority minority
few some many most all one two three several lot lots host series`)

// mediaNouns are things that carry someone's words as a quotation's
// speaker ("the ad says", "the clip shows", "the newspaper wrote").
var mediaNouns = makeSet(`ad advert advertisement clip video footage recording tape broadcast newspaper paper magazine
report study survey poll document filing complaint lawsuit ruling petition website blog podcast show program programme
campaign site release headline caption sign banner placard slogan article publication editorial book memoir journal`)

// thingAgent reports whether cue i, a verb of wanting, offering or judging
// rather than of saying ("threatened", "promise", "support", "pushed"),
// has for source a noun the analysis layer knows as a thing or an
// abstraction ("a dispute that had threatened strikes", "the
// rules promise to transform…", "a bulldozer pushed the mound"): that is
// no one's stance. Documents and media speak ("the report cites…").
func (t *tree) thingAgent(i, src int) bool {
	a := t.a
	l := a.Tokens[i].Lemma
	if src < 0 || t.nounClass == nil || !(wantLike(l) || evaluativeLemma(l)) || cueSpeech(l) {
		return false
	}
	if x := a.Tokens[src].XPOS; x == "WDT" || x == "WP" {
		// "who" is someone; "a dispute that had threatened…": the noun
		// the relative clause describes.
		if nlp.EqualFoldLower(a.Tokens[src].Text, "who") {
			return false
		}
		if v := a.Tokens[src].Head; v >= 0 && a.Tokens[v].Rel == "acl:relcl" && a.Tokens[v].Head >= 0 {
			src = a.Tokens[v].Head
		}
	}
	st := &a.Tokens[src]
	if st.UPOS != "NOUN" {
		return false
	}
	n := strings.ToLower(st.Lemma)
	if speechNoun(n) || mediaNouns[n] || t.speakingNoun(src) {
		return false
	}
	// A place acts through those who run it ("the hospital offered",
	// "the city backed the plan"): only things and abstractions do not.
	switch t.nounClass(n) {
	case nlp.NounThing, nlp.NounAbstract:
		return true
	}
	return false
}

// cueSpeech lists the verbs of wanting and judging that are said aloud
// ("demanded", "urged", "proposed"): their subject speaks.
func cueSpeech(l string) bool {
	switch l {
	case "demand", "urge", "propose", "vow", "pledge", "criticize", "criticise", "praise", "condemn", "denounce", "slam", "blast":
		return true
	}
	return false
}

// personCompound reports whether lower-case word w is a person's word
// made with "-man", "-woman" or "-person" ("businessman", "chairwoman",
// "salesperson").
func personCompound(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "person"))
}
