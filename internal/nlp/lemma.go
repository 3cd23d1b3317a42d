package nlp

import (
	"fmt"
	"sort"
	"strings"
	"unsafe"
)

// Lemmatizer gives each word its lemma, the way UD English-EWT writes
// them: proper nouns as written, other words lower-cased, nouns in the
// singular, verbs in the infinitive, adjectives in the positive. A lexicon
// learned from the EWT and GUM train splits holds the words whose lemma the
// suffix rules would get wrong (irregular verbs and plurals, pronouns,
// "n't"); rules by part of speech do the rest.
type Lemmatizer struct {
	lex *StrMap
}

// lemmaSection names the lexicon in the lemma model file.
const lemmaSection = "lemmas"

// LoadLemmatizer reads the lemma model.
func LoadLemmatizer(c *Container) (*Lemmatizer, error) {
	m, err := c.StrMap(lemmaSection)
	if err != nil {
		return nil, fmt.Errorf("lemma model: %w", err)
	}
	return &Lemmatizer{lex: m}, nil
}

// Lemmatize fills Token.Lemma from Token.Text and Token.UPOS (set by the
// tagger). A word without a tag gets its lower-cased form.
func (l *Lemmatizer) Lemmatize(a *Analysis) {
	var ar lemmaArena
	for i := range a.Tokens {
		t := &a.Tokens[i]
		t.Lemma = l.lemma(t.Text, t.UPOS, &ar)
	}
}

// Lemma returns the lemma of one word with Universal POS tag upos ("" when
// unknown).
func (l *Lemmatizer) Lemma(form, upos string) string {
	return l.lemma(form, upos, nil)
}

// lemma is Lemma, the lemmas the rules write (a word lower-cased, a stem
// and its ending) written in ar when there is one.
func (l *Lemmatizer) lemma(form, upos string, ar *lemmaArena) string {
	if upos == "" {
		return ar.lower(form)
	}
	// English's irregular verbs, before the lexicon, whose treebank has
	// a few wrong ("fled" as "flead").
	if upos == "VERB" {
		if v := irregularVerbs[strings.ToLower(form)]; v != "" {
			return v
		}
	}
	var buf [64]byte
	if len(form)+1+len(upos) <= len(buf) {
		n := 0
		ascii := true
		for i := 0; i < len(form); i++ {
			c := form[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
		if ascii {
			buf[n] = '\t'
			n++
			n += copy(buf[n:], upos)
			if v, ok := l.lex.Get(unsafe.String(&buf[0], n)); ok {
				return v
			}
		} else if v, ok := l.lex.Get(strings.ToLower(form) + "\t" + upos); ok {
			return v
		}
	}
	if upos == "VERB" {
		if v := l.prefixedIrregular(form); v != "" {
			return v
		}
	}
	return afterRulesIn(form, upos, ar)
}

// lemmaArena holds lemmas that Lemmatize writes, many short strings in a
// few allocations: a string it gives views bytes that are never written
// again. A nil *lemmaArena gives strings of their own.
type lemmaArena struct{ buf []byte }

// concat returns a + b.
func (ar *lemmaArena) concat(a, b string) string {
	if ar == nil {
		return a + b
	}
	n := len(a) + len(b)
	if cap(ar.buf)-len(ar.buf) < n {
		ar.buf = make([]byte, 0, max(512, n))
	}
	st := len(ar.buf)
	ar.buf = append(ar.buf, a...)
	ar.buf = append(ar.buf, b...)
	return unsafeString(ar.buf[st:len(ar.buf):len(ar.buf)])
}

// lower returns lowerWord(s).
func (ar *lemmaArena) lower(s string) string {
	if ar == nil {
		return lowerWord(s)
	}
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	if cap(ar.buf)-len(ar.buf) < len(s) {
		ar.buf = make([]byte, 0, max(512, len(s)))
	}
	st := len(ar.buf)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		ar.buf = append(ar.buf, c)
	}
	return unsafeString(ar.buf[st:len(ar.buf):len(ar.buf)])
}

// verbPrefixes are prefixes English puts before a verb without changing
// how it inflects: "overran" is "over" + "ran". Not "re" nor "be", whose
// words are too often verbs of their own ("resent", "rebound", "belay").
var verbPrefixes = [...]string{"over", "under", "out", "with", "fore", "mis", "up"}

// prefixedIrregular returns the lemma of a verb form the lexicon does not
// hold that is a prefix before an irregular form it does ("overran" →
// "overrun", "outsold" → "outsell", "mistook" → "mistake"), or "".
func (l *Lemmatizer) prefixedIrregular(form string) string {
	w := strings.ToLower(form)
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || len(rest) < 3 {
			continue
		}
		if v, ok := l.lex.Get(rest + "\tVERB"); ok && v != rest && v != ruleLemma(rest, "VERB") {
			return p + v
		}
	}
	return ""
}

// afterRules is the lemma of a word the lexicon does not hold: the rules'
// (which the lexicon was trained against, see trainLemmatizer), then the
// British doubled l of a verb undone ("signalled" → "signal",
// "cancelling" → "cancel").
func afterRules(form, upos string) string {
	return afterRulesIn(form, upos, nil)
}

// afterRulesIn is afterRules, the lemma written in ar (see lemmaArena).
func afterRulesIn(form, upos string, ar *lemmaArena) string {
	r := ruleLemmaIn(form, upos, ar)
	if upos == "VERB" && strings.HasSuffix(r, "ll") && britishDoubledL(r) {
		return r[:len(r)-1]
	}
	return r
}

// lowerWord lower-cases s, without allocating when it is lower-case
// already.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// ruleLemma derives a lemma from the form's suffix by part of speech.
func ruleLemma(form, upos string) string {
	return ruleLemmaIn(form, upos, nil)
}

// ruleLemmaIn is ruleLemma, the lemma written in ar (see lemmaArena).
func ruleLemmaIn(form, upos string, ar *lemmaArena) string {
	switch upos {
	case "PROPN", "PUNCT", "SYM":
		return form
	}
	w := ar.lower(form)
	if len(w) < 3 || !isLowerASCII(w) {
		return w
	}
	switch upos {
	case "NOUN":
		return nounLemma(w, ar)
	case "VERB", "AUX":
		return verbLemma(w, ar)
	case "ADJ", "ADV":
		return adjLemma(w, ar)
	}
	return w
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			if w[i] != '-' && w[i] != '\'' {
				return false
			}
		}
	}
	return true
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func nounLemma(w string, ar *lemmaArena) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return ar.concat(w[:n-3], "y")
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") ||
		strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zzes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s"):
		return w[:n-1]
	}
	return w
}

func verbLemma(w string, ar *lemmaArena) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		stem, e := restoreStem(w[:n-3])
		if e {
			return ar.concat(stem, "e")
		}
		return stem
	case n > 4 && strings.HasSuffix(w, "ied"):
		return ar.concat(w[:n-3], "y")
	case n > 4 && strings.HasSuffix(w, "eed"):
		return w[:n-1]
	case n > 3 && strings.HasSuffix(w, "ed"):
		stem, e := restoreStem(w[:n-2])
		if e {
			return w[:n-1] // the stem and the e of -ed, as written
		}
		return stem
	case n > 4 && strings.HasSuffix(w, "ies"):
		return ar.concat(w[:n-3], "y")
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") ||
		strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes") || strings.HasSuffix(w, "oes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// restoreStem undoes the spelling changes before -ing and -ed: a doubled
// consonant ("stopp" → "stop") or a dropped e ("mak" → "make",
// "creat" → "create"). It returns the stem and whether an e ends the
// verb after it, so that a caller can write the e without a new string
// where it has one ("created").
func restoreStem(s string) (string, bool) {
	n := len(s)
	if n < 2 {
		return s, false
	}
	a, b := s[n-2], s[n-1]
	if a == b && !isVowel(b) && b != 'l' && b != 's' && b != 'z' && b != 'f' {
		return s[:n-1], false
	}

	if strings.HasSuffix(s, "creat") || strings.HasSuffix(s, "iat") {
		return s, true // "create", "negotiate"
	}
	if n >= 3 && isVowel(s[n-3]) && isVowel(a) && s[n-3] != 'u' {
		// "look", "repair", "explain", "avoid"; but English spells no
		// verb with a final v, and none with a final s or z after two
		// vowels, without its e: "waive", "receive", "raise", "seize".
		switch b {
		case 'v', 's', 'z':
			return s, true
		}
		return s, false
	}
	switch b {
	case 'v', 'c', 'u':
		return s, true
	}
	switch s[n-2:] {
	case "is":
		return s, true // "promise", "compromise", "emphasise", "revise"
	case "am", "em", "im", "ym":
		if n >= 3 && !isVowel(s[n-3]) {
			// An m after one vowel and a consonant is doubled
			// before -ed ("slammed", "trimmed"), so one m is a
			// verb's own e dropped: "framed", "themed", "primed",
			// "rhymed".
			return s, true
		}
		return s, false
	case "at", "iz", "ys", "bl", "pl", "gl", "tl", "dl", "kl", "cl", "zl", "os", "ns", "rs", "dg", "rg", "ud", "id",
		"ot", "ok", "ap", "ir", "ut", "ar", "in", "um", "ag", "od", "ib", "us", "ur", "as", "ul", "ip", "ik", "it",
		"og", "ov", "ic", "yp", "ev", "uc", "ot'", "av", "iv", "ak", "ok'", "ar'":
		if s[n-2:] == "it" && n > 4 {
			return s, false // "visit", "edit", "limit"
		}
		if s[n-2:] == "in" && n > 5 && (s[n-3] == 'a' || s[n-3] == 'e' || s[n-3] == 'o') {
			return s, false
		}
		return s, true
	}
	return s, false
}

// britishDoubledL reports whether a stem ending in "ll" is a British
// spelling that doubles the l of a verb of two or more syllables before
// -ed and -ing ("signall", "travell", "cancell"), not a verb that ends in
// "ll" ("call", "install", "fulfill").
func britishDoubledL(s string) bool {
	n := len(s)
	if n < 6 || !isVowel(s[n-3]) || isVowel(s[n-4]) {
		return false
	}
	switch {
	case strings.HasSuffix(s, "stall"), strings.HasSuffix(s, "call"), strings.HasSuffix(s, "fill"),
		strings.HasSuffix(s, "fall"), strings.HasSuffix(s, "still"), strings.HasSuffix(s, "roll"),
		strings.HasSuffix(s, "thrall"), strings.HasSuffix(s, "pall"), strings.HasSuffix(s, "tell"),
		strings.HasSuffix(s, "sell"), strings.HasSuffix(s, "spell"), strings.HasSuffix(s, "kill"):
		return false
	}
	groups := 0
	for i := 0; i < n-2; i++ {
		if isVowel(s[i]) && (i == 0 || !isVowel(s[i-1])) {
			groups++
		}
	}
	return groups >= 2
}

func adjLemma(w string, ar *lemmaArena) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "iest"):
		return ar.concat(w[:n-4], "y")
	case n > 4 && strings.HasSuffix(w, "ier"):
		return ar.concat(w[:n-3], "y")
	case n > 5 && strings.HasSuffix(w, "est"):
		s := w[:n-3]
		if len(s) >= 2 && s[len(s)-1] == s[len(s)-2] && !isVowel(s[len(s)-1]) {
			return s[:len(s)-1]
		}
		return s
	}
	return w
}

// trainLemmatizer builds the lemma lexicon from the EWT and GUM train
// splits: for each lower-cased form and UPOS, the most frequent lemma, kept
// only when the rules would not give it.
func trainLemmatizer(opt TrainOptions) ([]byte, error) {
	type key struct{ form, upos string }
	counts := map[key]map[string]int{}
	surface := map[key]map[string]int{}
	for _, name := range []string{"ud-english-ewt/en_ewt-ud-train.conllu.gz", "gum/gum-train.conllu.gz"} {
		sents, err := ReadCorpus(opt.Corpora, name)
		if err != nil {
			return nil, err
		}
		for _, s := range sents {
			for _, w := range s.Words {
				if w.Lemma == "_" || w.Lemma == "" || w.UPOS == "" {
					continue
				}
				k := key{strings.ToLower(w.Form), w.UPOS}
				if counts[k] == nil {
					counts[k] = map[string]int{}
					surface[k] = map[string]int{}
				}
				counts[k][w.Lemma]++
				surface[k][w.Form]++
			}
		}
	}
	keys := make([]key, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].form != keys[j].form {
			return keys[i].form < keys[j].form
		}
		return keys[i].upos < keys[j].upos
	})
	lex := map[string]string{}
	for _, k := range keys {
		lemma := mostFrequent(counts[k])
		form := mostFrequent(surface[k])
		if strings.ContainsAny(k.form, "\t\n") || len(k.form) > 60 {
			continue
		}
		if ruleLemma(form, k.upos) == lemma {
			continue
		}
		lex[k.form+"\t"+k.upos] = lemma
	}
	fmt.Fprintf(opt.Log, "lemma: %d forms, %d in the lexicon\n", len(keys), len(lex))
	c := NewContainer()
	c.Add(lemmaSection, BuildStrMap(lex))
	return c.Bytes(), nil
}

// mostFrequent returns the most frequent string of a count map (ties: the
// smallest).
func mostFrequent(m map[string]int) string {
	bs, bn := "", -1
	for s, n := range m {
		if n > bn || n == bn && s < bs {
			bs, bn = s, n
		}
	}
	return bs
}

// ScoreLemmas returns the percentage of words of gold whose lemma the
// lemmatizer gets right, given the gold UPOS tags.
func ScoreLemmas(gold []TreeSentence, lem *Lemmatizer) float64 {
	right, all := 0, 0
	for _, s := range gold {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" {
				continue
			}
			all++
			if lem.Lemma(w.Form, w.UPOS) == w.Lemma {
				right++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return 100 * float64(right) / float64(all)
}
