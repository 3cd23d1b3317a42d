package ask

import (
	"github.com/parley-bot/parley/internal/summarize"
	"slices"
	"strings"
	"unicode"
)

// Who a say question asks about (subject) and whether an utterance's
// speaker is that person: by name, by title, by a description the
// article gives them, or by the office they hold.

// nameKeys are the words of a name that refer to it.
func nameKeys(full string) []string {
	var keys []string
	for _, w := range words(full) {
		if len(w) >= 2 && !titleish[w] && !isStop(w) {
			keys = append(keys, w)
		}
	}
	return keys
}

// subject is who a "what did X say" question asks about: a name of the
// article, or a description ("the Mitsubishi spokesman", "analysts").
type subject struct {
	ent    *name
	also   *name    // a second name asked about with ent ("EADS and BAE Systems")
	phrase []string // lower-case content words of a description; the last is its head
	raw    string   // the question, for how it writes the description
	// desc is the description's head and other words, read from the
	// question with its prepositions and relative clause ("head" of
	// "the head of the UN verification mission").
	desc description
}

// subjectOf is who question q asks about.
func subjectOf(q *question) subject {
	return subject{ent: q.ent, also: q.also, phrase: q.subjectPhrase, raw: q.raw, desc: q.desc}
}

// headLast returns the description's words with its head last, as
// describes reads them: "executive rival carmaker" of "the executive at
// a rival carmaker" is an executive's description, not a carmaker's.
func (s subject) headLast() []string {
	h := s.desc.head
	if h == "" || len(s.phrase) == 0 || s.phrase[len(s.phrase)-1] == h || !slices.Contains(s.phrase, h) {
		return s.phrase
	}
	out := slices.DeleteFunc(slices.Clone(s.phrase), func(w string) bool { return w == h })
	return append(out, h)
}

// label names the subject as the question writes it: "Lu Kang", "the
// SEC", "the union's spokesman".
func (s subject) label() string {
	if s.also != nil {
		one, two := s, s
		one.also, two.ent, two.also = nil, s.also, nil
		return one.label() + " and " + two.label()
	}
	if s.ent != nil {
		if strings.Contains(strings.ToLower(s.raw), "the "+strings.ToLower(s.ent.full)) {
			return "the " + s.ent.full // as the question writes it
		}
		return s.ent.full
	}
	if len(s.phrase) == 0 {
		return "someone"
	}
	forms := map[string]string{}
	for _, f := range strings.Fields(s.raw) {
		// As written, a possessive's "'s" kept ("the bosun's wife").
		w := strings.TrimRight(strings.Trim(f, "?!.,;:\"“”()"), "'’")
		if ws := words(w); len(ws) == 1 {
			if _, ok := forms[ws[0]]; !ok {
				forms[ws[0]] = w
			}
		}
	}
	raw := strings.ToLower(s.raw)
	out := make([]string, len(s.phrase))
	for i, w := range s.phrase {
		out[i] = w
		if f, ok := forms[w]; ok {
			out[i] = f
		}
		if n := nationWord(w); n != "" && i+1 < len(s.phrase) && (summarize.NationOf(w) == "" || strings.Contains(raw, w+"'s") || strings.Contains(raw, w+"’s")) {
			// "brazils president", "chile's president": Brazil's, Chile's.
			out[i] = n + "'s"
		}
	}
	out = withPrepositions(out, s.phrase, writtenWords(s.raw))
	label := strings.Join(out, " ")
	if n := summarize.NationOf(label); n != "" && strings.EqualFold(n, label) {
		// "russia", typed in lower case: the country, by its name.
		return n
	}
	// A name needs no article: "Lu Kang said", "the SEC said" (an
	// acronym keeps it).
	if r := []rune(out[0]); len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		return label
	}
	return "the " + label
}

// phraseLinks are the words a description links its words with that its
// content words leave out ("on the" of "the oldest man on the island").
var phraseLinks = set(`of on in at for from to with the a an`)

// withPrepositions puts back into a description's words out (one for
// each content word of phrase) the linking words the question writes
// between them (written: the question's words as written), where the
// phrase runs in the question with nothing else between its words:
// "oldest man on the island", not "oldest man island".
func withPrepositions(out, phrase, written []string) []string {
	if len(phrase) < 2 {
		return out
	}
	for start := range written {
		if !strings.EqualFold(written[start], phrase[0]) {
			continue
		}
		var res []string
		k, added := 0, false
	run:
		for j := start; j < len(written) && k < len(phrase); j++ {
			switch w := strings.ToLower(written[j]); {
			case w == phrase[k]:
				res = append(res, out[k])
				k++
			case k > 0 && phraseLinks[w]:
				res, added = append(res, written[j]), true
			default:
				break run // another word: the phrase does not run here
			}
		}
		if k == len(phrase) {
			if added {
				return res
			}
			return out
		}
	}
	return out
}

// speaks reports whether an utterance is the subject's.
func (a *Article) speaks(s subject, u utterance) bool {
	if u.speaker == "" {
		return false
	}
	if s.also != nil {
		two := subject{ent: s.also, raw: s.raw}
		s.also = nil
		return a.speaks(s, u) || a.speaks(two, u)
	}
	if s.ent != nil {
		return a.isName(s.ent, u.speaker) || a.belongsTo(u.speaker, s.ent) || u.named != "" && a.isName(s.ent, u.named)
	}
	sw := words(u.speaker)
	if h, _ := phraseHead(sw); len(sw) > 2 && h != sw[len(sw)-1] {
		// "A European diplomat familiar with the talks", "an official
		// who asked not to be named": the words up to its head, which
		// are what a question names it by (not "Ministry of Trade",
		// whose "of" says which ministry).
		if k := slices.Index(sw, h) + 1; postAdjectives[sw[k]] || relativeWords[sw[k]] || strings.HasSuffix(sw[k], "ing") {
			sw = sw[:k]
		}
	}
	if modifierOnly(s.headLast(), sw) {
		return false // "the company" is not "company executives"
	}
	if a.describes(s.headLast(), sw, u.sentence) {
		return true
	}
	// "the mayor" asked about, the engine naming the one the article
	// titles so ("Mayor Bill de Blasio").
	if len(s.phrase) == 1 {
		if p := a.titledPerson(s.phrase[0]); p != "" {
			keys := nameKeys(p)
			return slices.ContainsFunc(nameKeys(u.speaker), func(k string) bool { return slices.Contains(keys, k) })
		}
	}
	return false
}

// modifierOnly reports whether the description's head is in the speaker's
// words only as a modifier, not as the speaker's own head.
func modifierOnly(phrase, speaker []string) bool {
	if len(phrase) == 0 || len(speaker) < 2 {
		return false
	}
	h, _ := phraseHead(phrase)
	head := porter(h)
	// The speaker's own head: its last word, or the word before its
	// first preposition ("a senior executive at a rival carmaker").
	if sh, _ := phraseHead(speaker); porter(speaker[len(speaker)-1]) == head || porter(sh) == head {
		return false
	}
	for _, w := range speaker[:len(speaker)-1] {
		if porter(w) == head {
			return true
		}
	}
	return false
}

// titledPerson returns the person a described speaker is ("the mayor" is
// Bill de Blasio when the article writes "Mayor Bill de Blasio" and gives
// no one else that title), or "".
func (a *Article) titledPerson(speaker string) string {
	ws := strings.Fields(speaker)
	if len(ws) > 0 && (strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "a")) {
		ws = ws[1:]
	}
	if len(ws) != 1 || ws[0] == "" || unicode.IsUpper([]rune(ws[0])[0]) || isStop(strings.ToLower(ws[0])) {
		return ""
	}
	title := capitalise(strings.ToLower(ws[0]))
	found := ""
	for i := range a.names {
		n := &a.names[i]
		if n.kind != summarize.KindPerson && n.kind != "" {
			continue
		}
		for _, sent := range a.sents {
			if strings.Contains(sent, title+" "+n.full) {
				if found != "" && found != n.full {
					return "" // two people with that title
				}
				found = n.full
				break
			}
		}
	}
	return found
}

// describes reports whether a speaker's words fit a description: the
// description's head is the speaker's ("a spokesman" for "the Mitsubishi
// spokesman") and its other words are the speaker's or the sentence's.
func (a *Article) describes(phrase, speaker []string, sent int) bool {
	if len(phrase) == 0 {
		return false
	}
	h, others := phraseHead(phrase)
	head := porter(h)
	found := false
	for _, w := range speaker {
		if porter(w) == head {
			found = true
		}
	}
	if !found {
		// A title before the name: "Canadian Foreign Minister Chrystia
		// Freeland", "Mexico's economy minister, Ildefonso Guajardo".
		return sent >= 0 && a.titled(phrase, speaker, sent)
	}
	for _, w := range others {
		if unnamedWords[w] {
			continue // "the unnamed executive": the article need not say so
		}
		t := porter(w)
		ok := false
		for _, sw := range speaker {
			if porter(sw) == t {
				ok = true
			}
		}
		if !ok && (sent < 0 || !a.ix.sentenceHas(sent, t) && !a.introducedBefore(sent, t)) {
			return false
		}
		if !ok && nationWord(w) != "" && ownedSpeaker(speaker, head) {
			// "the association's president" is no country's president,
			// whatever country the association's name holds.
			return false
		}
	}
	return true
}

// ownedSpeaker reports whether a described speaker's words give its head
// (a stem) an owner or a modifier other than a country ("the
// association's president", "the forum president").
func ownedSpeaker(speaker []string, head string) bool {
	for _, w := range speaker {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if porter(w) == head {
			return false
		}
		if !isStop(w) && !vagueQualifiers[w] && summarize.NationOf(w) == "" && summarize.CountryOf(w) == "" {
			return true
		}
	}
	return false
}

// unnamedWords say that a source goes unnamed.
var unnamedWords = set(`unnamed anonymous unidentified`)

// introducedBefore reports whether the sentence before sentence i, in the
// same paragraph, has the term t: news brings a source in with the words
// that describe it and quotes it in the next sentence ("A guild
// negotiator, who also requested anonymity, disputed that. “…,” the
// negotiator said").
func (a *Article) introducedBefore(i int, t string) bool {
	ss := a.brief.Sentences
	return i > 0 && i < len(ss) && ss[i-1].Para == ss[i].Para && a.ix.sentenceHas(i-1, t)
}

// titled reports whether sentence i gives the speaker the description
// phrase as a title, right before the name.
func (a *Article) titled(phrase, speaker []string, i int) bool {
	keys := nameKeys(strings.Join(speaker, " "))
	if len(keys) == 0 {
		return false
	}
	ps := make([]string, len(phrase))
	for k, w := range phrase {
		ps[k] = porter(w)
	}
	// An acronym of the question may be written out before the name:
	// "the UN spokesman" for "United Nations spokesman Farhan Haq".
	var long []string
	for _, w := range phrase {
		x := a.acr.expansion(strings.ReplaceAll(w, ".", ""))
		if x == nil {
			long = append(long, porter(w))
			continue
		}
		for _, xw := range x {
			long = append(long, porter(xw))
		}
	}
	// A title and its name stand between the same quotation marks: "…
	// helps workers and the company,” Perez said" gives Perez no title.
	for _, part := range strings.FieldsFunc(a.sents[i], func(r rune) bool { return r == '“' || r == '”' || r == '"' }) {
		if ws := words(part); titledIn(ws, ps, keys) || len(long) > len(ps) && titledIn(ws, long, keys) {
			return true
		}
	}
	return false
}

// titledIn reports whether the words ws hold the stems ps of a title
// right before (at most one word before) a word of keys.
func titledIn(ws, ps, keys []string) bool {
	for k := 0; k+len(ps) <= len(ws); k++ {
		match := true
		for j, p := range ps {
			if porter(ws[k+j]) != p {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		for j := k + len(ps); j < len(ws) && j <= k+len(ps)+1; j++ {
			if slices.Contains(keys, ws[j]) {
				return true
			}
		}
	}
	return false
}

// headPrepositions open a phrase after a description's head: "the source
// inside the camp" is a source.
var headPrepositions = set(`inside outside in at of for from with within near on behind to`)

// relativeWords open a relative clause that says more of a description's
// head ("the package handler who opposed the deal").
var relativeWords = set(`who whose whom which that`)

// phraseHead returns a description's head, the word before its first
// preposition or else its last word, and its other words but the
// prepositions.
func phraseHead(phrase []string) (string, []string) {
	at := len(phrase) - 1
	for k := 1; k < len(phrase)-1; k++ {
		// "the bishop accompanying the talks": a participle after a
		// noun opens what is said of it, as a preposition does.
		if headPrepositions[phrase[k]] || relativeWords[phrase[k]] || strings.HasSuffix(phrase[k], "ing") && !isStop(phrase[k-1]) && !officeParticiples[phrase[k]] {
			at = k - 1
			// "a source close to the mediation", "a diplomat familiar
			// with the talks": an adjective that takes the preposition
			// opens what is said of the noun before it.
			if k >= 2 && headPrepositions[phrase[k]] && postAdjectives[phrase[k-1]] {
				at = k - 2
			}
			break
		}
	}
	var others []string
	for k, w := range phrase {
		if k != at && !headPrepositions[w] {
			others = append(others, w)
		}
	}
	return phrase[at], others
}

// officeParticiples are the words in -ing that belong to an office's
// name ("the mine's managing director", "the acting president", "the
// presiding judge"), not a participle that says what someone does.
var officeParticiples = set(`managing presiding acting ruling governing`)

// postAdjectives are adjectives that take a preposition after a noun
// ("close to the talks", "familiar with the matter").
var postAdjectives = map[string]bool{"close": true, "familiar": true, "involved": true, "briefed": true, "opposed": true, "loyal": true}

// bareDescription returns a speaker's words in lower case without their
// article: "A source" and "the source" are one.
func bareDescription(speaker string) string {
	l := strings.ToLower(strings.TrimSpace(speaker))
	for _, art := range []string{"a ", "an ", "the "} {
		if rest, ok := strings.CutPrefix(l, art); ok {
			return rest
		}
	}
	return l
}

// writtenWords returns the words of a question as it writes them, without
// the punctuation around them or a possessive ending ("Lopez's" ->
// "Lopez").
func writtenWords(raw string) []string {
	fs := strings.Fields(raw)
	out := fs[:0:0]
	for _, f := range fs {
		w := strings.Trim(f, "?!.,;:'’\"“”()")
		out = append(out, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	}
	return out
}
