package llm

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/summarize"
	"github.com/parley-bot/parley/internal/summarize/stem"
)

// normalize maps text to the form quotations are compared in: double
// quotation marks of every style are dropped (a quotation running over
// paragraphs reopens at each one, and a quote may be given with or without
// the marks inside it), single ones and apostrophes become "'", dashes and
// minus signs a hyphen without spaces around it, "…" three periods, every
// run of white space one space, zero-width characters and soft hyphens
// nothing, and letters lower case.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
			continue
		case '"', '“', '”', '„', '‟', '«', '»', '″', '＂':
			continue
		case '‘', '’', '‚', '‛', '‹', '›', '′', '`', '´', '＇':
			r = '\''
		case '–', '—', '―', '‐', '‑', '‒', '−', '⁃':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if r == '…' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString("...")
			continue
		}
		if space && b.Len() > 0 && r != '-' && !endsWith(&b, '-') {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func endsWith(b *strings.Builder, c byte) bool {
	s := b.String()
	return len(s) > 0 && s[len(s)-1] == c
}

// VerifyQuote reports whether quote occurs in articleText, verbatim except
// for normalisation: double quotation marks, the style of apostrophes,
// dashes and the spaces around them, runs of white space and letter case
// do not count,
// and punctuation at either end of the quote is ignored. An ellipsis
// ("...", "…", "[...]") may stand for words left out: the parts around it
// must then occur in order. Each part must start and end on word
// boundaries, so "ward" is not found in "toward". An empty quote is not
// verified.
func VerifyQuote(articleText, quote string) bool {
	return quoteIn(normalize(articleText), quote)
}

// quoteIn is VerifyQuote on an article already normalised.
func quoteIn(normArticle, quote string) bool {
	pieces := quotePieces(normalize(quote))
	if len(pieces) == 0 {
		return false
	}
	at := 0
	for _, p := range pieces {
		i := indexWord(normArticle[at:], p)
		if i < 0 {
			return false
		}
		at += i + len(p)
	}
	return true
}

// elision matches an ellipsis marking words left out of a quotation.
var elision = regexp.MustCompile(`[\[(]\s*\.\.\.\s*[\])]|\.\.\.`)

// quotePieces splits a normalised quotation at its elisions and trims
// each part of spaces, quotation marks and closing punctuation.
func quotePieces(q string) []string {
	var out []string
	for _, p := range elision.Split(q, -1) {
		p = strings.Trim(p, " '.,;:!?")
		if strings.IndexFunc(p, isWordRune) >= 0 {
			out = append(out, p)
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// indexWord returns the first index of sub in s that starts and ends on
// word boundaries, or -1.
func indexWord(s, sub string) int {
	if sub == "" {
		return -1
	}
	from := 0
	for {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(sub)
		if boundaryBefore(s, i, sub) && boundaryAfter(s, end, sub) {
			return i
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		from = i + n
	}
}

// boundaryBefore reports whether a match of sub at i does not continue a
// word: either sub does not start with a word character, or the character
// before i is not one.
func boundaryBefore(s string, i int, sub string) bool {
	first, _ := utf8.DecodeRuneInString(sub)
	if !isWordRune(first) || i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(prev)
}

func boundaryAfter(s string, end int, sub string) bool {
	last, _ := utf8.DecodeLastRuneInString(sub)
	if !isWordRune(last) || end >= len(s) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[end:])
	return !isWordRune(next)
}

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// quoteSpans returns the quoted parts of s: the text between quotation
// marks, without the marks. Double quotation marks of any style open and
// close a quotation; ‘single’ ones only when the opening mark starts a word
// and the closing one ends it, so apostrophes are not mistaken for them. A
// quotation left open runs to the end of s.
func quoteSpans(s string) []span {
	var out []span
	open := -1
	var closers string
	single := false
	prev := rune(' ')
	for i, r := range s {
		if open < 0 {
			switch {
			case r == '"' || r == '＂':
				open, closers, single = i+utf8.RuneLen(r), "\"＂”“", false
			case r == '“':
				open, closers, single = i+utf8.RuneLen(r), "”\"“＂", false
			case r == '„':
				open, closers, single = i+utf8.RuneLen(r), "“”\"", false
			case r == '«':
				open, closers, single = i+utf8.RuneLen(r), "»", false
			case r == '‘' && !isWordRune(prev):
				open, closers, single = i+utf8.RuneLen(r), "’", true
			}
			prev = r
			continue
		}
		if strings.ContainsRune(closers, r) {
			if single {
				next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
				if i+utf8.RuneLen(r) < len(s) && isWordRune(next) {
					prev = r
					continue
				}
			}
			out = append(out, span{open, i})
			open = -1
		}
		prev = r
	}
	if open >= 0 {
		out = append(out, span{open, len(s)})
	}
	return out
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = set(`mr mrs ms dr st sen rep gen col lt capt gov prof jr sr inc corp ltd co no vs etc approx dept est fig jan feb
mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m i.e e.g`)

// splitText splits the model's prose into sentences: after ".", "!" or "?"
// (and any closing quotation marks or brackets) followed by white space,
// outside quotations, unless the period ends an abbreviation or an
// initial; and at line breaks. Sentences are trimmed; empty ones dropped.
func splitText(s string) []string {
	inQuote := make([]bool, 0)
	if spans := quoteSpans(s); len(spans) > 0 {
		inQuote = make([]bool, len(s)+1)
		for _, sp := range spans {
			for i := sp.start; i < sp.end; i++ {
				inQuote[i] = true
			}
		}
	}
	quoted := func(i int) bool { return i < len(inQuote) && inQuote[i] }
	var out []string
	add := func(t string) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			add(s[start:i])
			start = i + n
			i += n
			continue
		}
		// Inside a quotation a sentence ends only where the quotation does.
		if (r == '.' || r == '!' || r == '?') && !(quoted(i) && quoted(i+n)) {
			j := i + n
			for j < len(s) {
				c, cn := utf8.DecodeRuneInString(s[j:])
				if !strings.ContainsRune(`"”’')]»`, c) && c != '.' && c != '!' && c != '?' {
					break
				}
				j += cn
			}
			if j < len(s) && (s[j] == ' ' || s[j] == '\t') && !(r == '.' && endsAbbreviation(s[start:i])) {
				add(s[start:j])
				start = j
				i = j
				continue
			}
			i = j
			continue
		}
		i += n
	}
	add(s[start:])
	return out
}

// endsAbbreviation reports whether s (the text before a period) ends with
// an abbreviation or a single letter ("J." in "J. Smith").
func endsAbbreviation(s string) bool {
	k := strings.LastIndexFunc(s, func(r rune) bool { return !isWordRune(r) && r != '.' })
	w := strings.ToLower(s[k+1:])
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return abbreviations[strings.TrimSuffix(w, ".")]
}

// word is a word of a text, with the punctuation that follows it.
type word struct {
	text  string
	start int
	// breakAfter is true when punctuation other than an inner apostrophe
	// or hyphen follows the word.
	breakAfter bool
}

// splitWords returns the words of s: letters and digits with inner
// apostrophes, hyphens and periods ("don't", "al-Assad", "U.S"), and
// digits joined by commas ("1,000").
func splitWords(s string) []word {
	var out []word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if len(out) > 0 && !unicode.IsSpace(r) {
				out[len(out)-1].breakAfter = true
			}
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) || unicode.Is(unicode.Mn, r2) {
				j += n2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‑' || r2 == '.' || r2 == ',' {
				r3, _ := utf8.DecodeRuneInString(s[j+n2:])
				prev, _ := utf8.DecodeLastRuneInString(s[i:j])
				joins := isWordRune(r3) && j+n2 < len(s)
				if r2 == ',' {
					joins = joins && unicode.IsDigit(prev) && unicode.IsDigit(r3)
				}
				if r2 == '.' {
					joins = joins && (unicode.IsDigit(prev) && unicode.IsDigit(r3) || unicode.IsUpper(prev) && unicode.IsUpper(r3))
				}
				if joins {
					j += n2
					continue
				}
			}
			break
		}
		out = append(out, word{text: s[i:j], start: i})
		i = j
	}
	return out
}

// stripPossessive removes "'s", "’s" or a closing apostrophe.
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// extraStop carry no content when comparing a claim with its sources,
// besides the English function words of stem.IsStopword.
var extraStop = set(`said says say saying told according mr mrs ms also article us yes`)

// isStop reports whether a lower-case word carries no content.
func isStop(w string) bool { return stem.IsStopword(w) || extraStop[w] }

// irregular maps irregular verb forms to their base, which the stemmer
// does not do.
var irregular = map[string]string{"met": "meet", "held": "hold", "told": "tell", "began": "begin", "begun": "begin",
	"fought": "fight", "sought": "seek", "struck": "strike", "broke": "break", "broken": "break", "took": "take",
	"taken": "take", "gave": "give", "given": "give", "made": "make", "spoke": "speak", "spoken": "speak",
	"brought": "bring", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "went": "go", "gone": "go",
	"came": "come", "chose": "choose", "chosen": "choose", "drew": "draw", "drawn": "draw", "led": "lead",
	"paid": "pay", "kept": "keep", "thought": "think", "meant": "mean", "stood": "stand", "withdrew": "withdraw",
	"withdrawn": "withdraw", "knew": "know", "known": "know", "saw": "see", "seen": "see", "wrote": "write",
	"written": "write", "won": "win", "lost": "lose", "sold": "sell", "bought": "buy", "left": "leave"}

// synonymGroups are words that stand for one another in negotiation news,
// one group a line; every stem of a group counts as its first.
const synonymGroups = `deal agreement accord pact treaty
talks negotiations discussions
ceasefire truce armistice
usa america american
propose proposal offer plan
refuse reject decline oppose
resume continue restart reconvene
want demand seek`

// synonyms maps a stem to the stem that stands for its group.
var synonyms = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(synonymGroups, "\n") {
		ws := strings.Fields(line)
		head := stem.Porter(ws[0])
		for _, w := range ws {
			m[stem.Porter(w)] = head
		}
	}
	return m
}()

// britishEndings map British spellings to American ones before stemming,
// so that "recognise" and "recognizing" share a stem.
var britishEndings = [][2]string{{"isation", "ization"}, {"isations", "izations"}, {"ising", "izing"}, {"ised", "ized"},
	{"ises", "izes"}, {"ise", "ize"}, {"our", "or"}, {"ours", "ors"}, {"oured", "ored"}, {"ence", "ense"}}

// term returns the content term of a word ("" for a stopword): lower case,
// "US" and "U.S" as "usa", British spellings American, irregular verbs at
// their base, Porter-stemmed, and synonyms folded.
func term(w string) string {
	w = stripPossessive(w)
	if w == "US" || w == "U.S" || w == "U.S." {
		return synonyms[stem.Porter("usa")]
	}
	lw := strings.ToLower(w)
	lw = strings.ReplaceAll(lw, ",", "")
	if isStop(lw) {
		return ""
	}
	if base, ok := irregular[lw]; ok {
		lw = base
	}
	if len(lw) >= 6 {
		for _, e := range britishEndings {
			if strings.HasSuffix(lw, e[0]) {
				lw = lw[:len(lw)-len(e[0])] + e[1]
				break
			}
		}
	}
	t := stem.Porter(lw)
	if s, ok := synonyms[t]; ok {
		return s
	}
	return t
}

// termSet returns the content terms of s.
func termSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range splitWords(s) {
		if t := term(w.text); t != "" {
			out[t] = true
		}
	}
	return out
}

// numberOf returns the figure a word states ("1,000" -> "1000", "17th" ->
// "17", "3.5" -> "3.5"), or "" when it starts with no digit.
func numberOf(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsDigit(r) {
		return ""
	}
	var b strings.Builder
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9' || c == '.':
			b.WriteRune(c)
		case c == ',':
		default:
			return strings.TrimSuffix(b.String(), ".")
		}
	}
	return strings.TrimSuffix(b.String(), ".")
}

// numberSet returns the figures of s.
func numberSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range splitWords(s) {
		if n := numberOf(w.text); n != "" {
			out[n] = true
		}
	}
	return out
}

// titleWords name an office or a form of address: in "President Donald
// Trump" they mark what follows as a person and are not names themselves.
var titleWords = set(`president prime minister secretary foreign defence defense state deputy vice chief envoy special
ambassador senator sen rep representative mr mrs ms dr general gen chancellor king queen prince princess sheikh emir pope
premier governor mayor spokesperson spokesman spokeswoman lord sir dame commissioner chairman chairwoman chair director
leader speaker judge justice colonel col lt captain admiral marshal commander attorney finance interior trade economy
energy affairs home supreme former acting first lady`)

// connectors join the words of a name ("Bank of England", "Ursula von der
// Leyen").
var connectors = set(`of de da di del der van von bin ibn al el la le du dos y`)

// notNames are capitalised words that are not names: the first words of
// sentences, days and months.
var notNames = set(`the a an in on at but and or so yet still meanwhile however overall also separately earlier later
today yesterday tomorrow analysts officials negotiators talks both neither despite after before while although though
since under with without amid following according as if when where this that these those there it its they he she we
i you his her their our my monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december`)

// speechVerbs after a single capitalised word mark it as a speaker's name.
var speechVerbs = set(`said says told stated added warned insisted argued claimed noted wrote announced declared replied
responded urged`)

// nameCandidates returns the names of people in a sentence of the model's
// prose: runs of two or more capitalised words (joined by connectors such
// as "of" or "von"), a title followed by a capitalised word ("President
// Biden"), and a single capitalised word, not the first of the sentence,
// followed by a speech verb ("Biden said"). Titles, days, months and common
// sentence openers are left out of the names returned.
func nameCandidates(sentence string) [][]string {
	ws := splitWords(sentence)
	var out [][]string
	isCap := func(w string) bool {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‑' }) {
			if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(ws); {
		if !isCap(ws[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && !ws[j-1].breakAfter {
			if isCap(ws[j].text) {
				j++
				continue
			}
			// A connector joins when a capitalised word follows.
			k := j
			for k < len(ws) && connectors[strings.ToLower(ws[k].text)] && !ws[k-1].breakAfter && !ws[k].breakAfter {
				k++
			}
			if k > j && k < len(ws) && isCap(ws[k].text) {
				j = k + 1
				continue
			}
			break
		}
		var names []string
		titled := false
		for k := i; k < j; k++ {
			lw := strings.ToLower(stripPossessive(ws[k].text))
			switch {
			case connectors[lw] && !isCap(ws[k].text):
			case titleWords[lw]:
				titled = true
			case notNames[lw]:
			case k == 0 && i == 0 && j-i == 1:
			default:
				names = append(names, ws[k].text)
			}
		}
		speaker := len(names) == 1 && i > 0 && j-i == 1 && j < len(ws) && speechVerbs[strings.ToLower(ws[j].text)]
		if len(names) >= 2 || len(names) == 1 && (titled || speaker) {
			out = append(out, names)
		}
		i = j
	}
	return out
}

// mentionRE matches Discord mentions the model must never produce: user,
// member and role mentions, @everyone and @here.
var mentionRE = regexp.MustCompile(`<@[!&]?\d+>|(\w?)@+(everyone|here)(\.\w)?`)

// StripMentions neutralises Discord mentions in s: "@everyone" and "@here"
// lose their "@" (e-mail addresses such as a@here.com aside), and user and role mentions ("<@123>", "<@!123>",
// "<@&123>") are removed. The bot also sends every message with no allowed
// mentions; this is defence in depth for text an LLM wrote.
func StripMentions(s string) string {
	if !strings.ContainsRune(s, '@') {
		return s
	}
	// Removing one mention can join the text around it into another
	// ("<<@1>@1>"): repeat until nothing changes. Every change shortens
	// the text, so this ends.
	for {
		out := mentionRE.ReplaceAllStringFunc(s, func(m string) string {
			if strings.HasPrefix(m, "<@") {
				return ""
			}
			sub := mentionRE.FindStringSubmatch(m)
			if sub[1] != "" && sub[3] != "" {
				return m // an e-mail address such as a@here.com
			}
			return sub[1] + sub[2] + sub[3]
		})
		if out == s {
			break
		}
		s = out
	}
	return strings.Join(strings.Fields(s), " ")
}

// refRE matches sentence references the model wrote into its prose:
// "[3]", "[3, 4]", "[3-5]", "(sentence 3)", "(sentences 3 and 4)".
var refRE = regexp.MustCompile(`\s*(?:\[\s*\d+(?:\s*(?:,|-|–|and)\s*\d+)*\s*\]|\((?:sentences?|s\.)\s*\d+(?:\s*(?:,|-|–|and)\s*\d+)*\))`)

// stripRefs removes sentence references from the model's prose.
func stripRefs(s string) string {
	return strings.TrimSpace(refRE.ReplaceAllString(s, ""))
}

// reason is why something the model wrote was dropped.
type reason int

const (
	reasonQuote      reason = iota // a quoted string not in the article
	reasonName                     // a name not in the article
	reasonNumber                   // a figure not in its sources
	reasonCitation                 // citations missing, out of range or unrelated
	reasonUngrounded               // prose whose words are not the article's
	reasonCount
)

// drops counts what was dropped, by reason.
type drops [reasonCount]int

// warnings words the drops for the brief's warnings.
func (d *drops) warnings() []string {
	var out []string
	plural := func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return fmt.Sprintf(many, n)
	}
	if n := d[reasonQuote]; n > 0 {
		out = append(out, plural(n, "a quote the LLM gave could not be found in the article and was dropped",
			"%d quotes the LLM gave could not be found in the article and were dropped"))
	}
	if n := d[reasonName]; n > 0 {
		out = append(out, plural(n, "a name the LLM gave does not appear in the article; what it said was dropped",
			"%d names the LLM gave do not appear in the article; what it said was dropped"))
	}
	if n := d[reasonNumber]; n > 0 {
		out = append(out, plural(n, "a figure the LLM gave does not appear in the article and was dropped",
			"%d figures the LLM gave do not appear in the article and were dropped"))
	}
	if n := d[reasonCitation]; n > 0 {
		out = append(out, plural(n, "a key point from the LLM did not rest on the sentences it cited and was dropped",
			"%d key points from the LLM did not rest on the sentences they cited and were dropped"))
	}
	if n := d[reasonUngrounded]; n > 0 {
		out = append(out, plural(n, "a sentence from the LLM did not rest on the article and was dropped",
			"%d sentences from the LLM did not rest on the article and were dropped"))
	}
	return out
}

// ground is an article prepared for checking what the model says of it.
// It is built for one call and not shared.
type ground struct {
	norm      string            // normalize(article text)
	sents     []string          // the sentences as the engine split them
	sentTerms []map[string]bool // content terms of each sentence, built on demand
	sentNums  []map[string]bool // figures of each sentence, built on demand
	sentWords []map[string]bool // lower-case words of each sentence, built on demand
	vocab     map[string]bool   // content terms of the whole article
	nums      map[string]bool   // figures of the whole article
	words     map[string]bool   // lower-case words, possessives stripped
	wordList  []string          // words, sorted, for spelling variants
	// aliasGroups are the names of each party of the brief: its name and
	// the other names the engine knows for it, lower case; aliasOf maps
	// each to its group.
	aliasGroups [][]string
	aliasOf     map[string]int
}

// newGround prepares text, whose sentences are sents and whose parties
// (for the other names of countries and bodies) are parties.
func newGround(text string, sents []summarize.Sentence, parties []summarize.Party) *ground {
	g := &ground{
		norm:      normalize(text),
		sents:     make([]string, len(sents)),
		sentTerms: make([]map[string]bool, len(sents)),
		sentNums:  make([]map[string]bool, len(sents)),
		sentWords: make([]map[string]bool, len(sents)),
		vocab:     map[string]bool{},
		nums:      map[string]bool{},
		words:     map[string]bool{},
		aliasOf:   map[string]int{},
	}
	for i, s := range sents {
		g.sents[i] = s.Text
	}
	terms := map[string]string{} // word -> term, to stem each word once
	for _, w := range splitWords(text) {
		addWord(g.words, w.text)
		t, seen := terms[w.text]
		if !seen {
			t = term(w.text)
			terms[w.text] = t
		}
		if t != "" {
			g.vocab[t] = true
		}
		if n := numberOf(w.text); n != "" {
			g.nums[n] = true
		}
	}
	g.wordList = make([]string, 0, len(g.words))
	for w := range g.words {
		g.wordList = append(g.wordList, w)
	}
	slices.Sort(g.wordList)
	for _, p := range parties {
		group := append([]string{strings.ToLower(p.Name)}, summarize.Aliases(p.Name)...)
		g.aliasGroups = append(g.aliasGroups, group)
		for _, a := range group {
			if _, ok := g.aliasOf[a]; !ok {
				g.aliasOf[a] = len(g.aliasGroups) - 1
			}
		}
	}
	return g
}

// addWord adds a word to a word set: lower case, without its possessive,
// and the parts of a hyphenated word.
func addWord(set map[string]bool, w string) {
	lw := strings.ToLower(w)
	set[lw] = true
	set[strings.ToLower(stripPossessive(w))] = true
	if strings.ContainsAny(lw, "-‑") {
		for _, part := range strings.FieldsFunc(lw, func(r rune) bool { return r == '-' || r == '‑' }) {
			set[part] = true
		}
	}
}

func (g *ground) terms(i int) map[string]bool {
	if g.sentTerms[i] == nil {
		g.sentTerms[i] = termSet(g.sents[i])
	}
	return g.sentTerms[i]
}

func (g *ground) wordsOf(i int) map[string]bool {
	if g.sentWords[i] == nil {
		g.sentWords[i] = map[string]bool{}
		for _, w := range splitWords(g.sents[i]) {
			addWord(g.sentWords[i], w.text)
		}
	}
	return g.sentWords[i]
}

func (g *ground) numbers(i int) map[string]bool {
	if g.sentNums[i] == nil {
		g.sentNums[i] = numberSet(g.sents[i])
	}
	return g.sentNums[i]
}

// knownName reports whether a word of a name occurs in the article: as
// written (case aside, possessive stripped), as another name of a party
// of the brief or through an alias the engine knows ("America" for
// "United States"), or as a close spelling variant
// sharing at least 5 leading letters and 60% of the longer word
// ("Zelensky" for "Zelenskyy", "Russia" for "Russian").
func (g *ground) knownName(w string) bool {
	lw := strings.ToLower(stripPossessive(w))
	if g.words[lw] || g.words[strings.ReplaceAll(lw, "’", "'")] || g.words[strings.ReplaceAll(lw, "'", "’")] {
		return true
	}
	if _, ok := g.aliasOf[lw]; ok {
		return true // another name of a party the article names
	}
	for _, a := range summarize.Aliases(lw) {
		if g.words[a] || indexWord(g.norm, a) >= 0 {
			return true
		}
	}
	rs := []rune(lw)
	if len(rs) < 5 {
		return false
	}
	prefix := string(rs[:5])
	i, _ := slices.BinarySearch(g.wordList, prefix)
	for ; i < len(g.wordList) && strings.HasPrefix(g.wordList[i], prefix); i++ {
		if variant(rs, g.wordList[i]) {
			return true
		}
	}
	return false
}

// variant reports whether o is a spelling variant of the word rs: they
// share at least 5 leading letters and 60% of the longer word.
func variant(rs []rune, o string) bool {
	if len(rs) < 5 || len(o) < 5 {
		return false
	}
	ors := []rune(o)
	common := 0
	for common < len(ors) && common < len(rs) && ors[common] == rs[common] {
		common++
	}
	return common >= 5 && float64(common) >= 0.6*float64(max(len(ors), len(rs)))
}

// knownIn reports whether a proper noun of a claim is found in the
// sentences refs: as a word of them (case aside, possessive stripped, or a
// spelling variant), or as another name of a party the article names there
// ("US" where the sentence says "United States").
func (g *ground) knownIn(w string, refs []int) bool {
	lw := strings.ToLower(stripPossessive(w))
	rs := []rune(lw)
	for _, r := range refs {
		ws := g.wordsOf(r)
		if ws[lw] {
			return true
		}
		for o := range ws {
			if variant(rs, o) {
				return true
			}
		}
	}
	gi, ok := g.aliasOf[lw]
	if !ok {
		return false
	}
	for _, name := range g.aliasGroups[gi] {
		for _, r := range refs {
			if indexWord(normalize(g.sents[r]), name) >= 0 {
				return true
			}
		}
	}
	return false
}

// properNouns returns the capitalised words of s that are neither the
// first word of one of its sentences nor titles, connectors or the other
// capitalised words that are not names (days, months, openers).
func properNouns(s string) []string {
	var out []string
	for _, sent := range splitText(s) {
		for i, w := range splitWords(sent) {
			r, _ := utf8.DecodeRuneInString(w.text)
			lw := strings.ToLower(stripPossessive(w.text))
			if i == 0 || !unicode.IsUpper(r) || titleWords[lw] || notNames[lw] || connectors[lw] || isStop(lw) {
				continue
			}
			out = append(out, w.text)
		}
	}
	return out
}

// checkCited checks that the proper nouns of a claim are found in the
// sentences it cites: a claim that cites the London talks may not place
// them in Paris.
func (g *ground) checkCited(s string, refs []int) (reason, bool) {
	for _, w := range properNouns(s) {
		if !g.knownIn(w, refs) {
			return reasonCitation, false
		}
	}
	return 0, true
}

// checkProse checks one sentence of the model's prose (summary or answer)
// against the article: its quotations, names and figures, and that most of
// its content words are the article's.
func (g *ground) checkProse(s string) (reason, bool) {
	if r, ok := g.checkClaims(s, g.nums); !ok {
		return r, false
	}
	ts := termSet(s)
	if len(ts) >= 3 {
		in := 0
		for t := range ts {
			if g.vocab[t] {
				in++
			}
		}
		if float64(in) < 0.5*float64(len(ts)) {
			return reasonUngrounded, false
		}
	}
	return 0, true
}

// checkClaims checks the quotations, names and figures of s; figures must
// be among nums.
func (g *ground) checkClaims(s string, nums map[string]bool) (reason, bool) {
	if r, ok := g.checkQuotesNames(s); !ok {
		return r, false
	}
	return g.checkFigures(s, nums)
}

// checkQuotesNames checks that the quotations and names of s are the
// article's.
func (g *ground) checkQuotesNames(s string) (reason, bool) {
	for _, sp := range quoteSpans(s) {
		q := s[sp.start:sp.end]
		if len(quotePieces(normalize(q))) == 0 {
			continue // a stray mark, not a quotation
		}
		if !quoteIn(g.norm, q) {
			return reasonQuote, false
		}
	}
	for _, name := range nameCandidates(s) {
		for _, w := range name {
			if !g.knownName(w) {
				return reasonName, false
			}
		}
	}
	return 0, true
}

// checkFigures checks that the figures of s are among nums.
func (g *ground) checkFigures(s string, nums map[string]bool) (reason, bool) {
	for _, w := range splitWords(s) {
		if n := numberOf(w.text); n != "" && !nums[n] {
			return reasonNumber, false
		}
	}
	return 0, true
}

// validRefs returns the sentence numbers of refs that exist, sorted and
// without repeats.
func (g *ground) validRefs(refs []int) []int {
	var out []int
	for _, r := range refs {
		if r >= 0 && r < len(g.sents) {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// overlapNeeded is how many content terms a claim of n terms must share
// with the sentences it cites: 30% of them, and at least one.
func overlapNeeded(n int) int {
	return max(1, int(math.Ceil(0.3*float64(n))))
}

// supporting returns the refs (valid ones) that share a content term with
// claim, and whether together they share enough of its terms.
func (g *ground) supporting(claim map[string]bool, refs []int) ([]int, bool) {
	var kept []int
	shared := map[string]bool{}
	for _, r := range g.validRefs(refs) {
		hit := false
		for t := range claim {
			if g.terms(r)[t] {
				shared[t] = true
				hit = true
			}
		}
		if hit {
			kept = append(kept, r)
		}
	}
	return kept, len(kept) > 0 && len(shared) >= overlapNeeded(len(claim))
}

// checkPoint checks a key point (or another cited claim) and returns the
// cited sentences that support it: they must exist and share content words
// with it; its quotations must be in the article, its names too, and its
// figures and other proper nouns in the cited sentences.
func (g *ground) checkPoint(text string, refs []int) ([]int, reason, bool) {
	if r, ok := g.checkQuotesNames(text); !ok {
		return nil, r, false
	}
	claim := termSet(text)
	if len(claim) == 0 {
		return nil, reasonCitation, false
	}
	kept, ok := g.supporting(claim, refs)
	if !ok {
		return nil, reasonCitation, false
	}
	nums := map[string]bool{}
	for _, r := range kept {
		for n := range g.numbers(r) {
			nums[n] = true
		}
	}
	if r, ok := g.checkFigures(text, nums); !ok {
		return nil, r, false
	}
	if r, ok := g.checkCited(text, kept); !ok {
		return nil, r, false
	}
	return kept, 0, true
}

// set makes a set of the space-separated words of s.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
