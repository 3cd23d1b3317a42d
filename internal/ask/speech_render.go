package ask

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How an utterance is written in an answer: the speaker's words with the
// cue put in the past ("said", "warned"), the quotation marks balanced,
// another person's clause cut, and the sentence closed.

// renderUtterance writes a quote or statement as a sentence a person would
// write: "Chrystia Freeland said: “…” [2]", "Russia said it was ready to
// resume talks [3]", "According to the union, the offer falls short [5]".
//
// The whole sentence stands for words that need it ("urged both sides to
// return") unless the sentence also holds someone else's words: then the
// speaker's own words alone. whole reports whether the sentence was shown.
func (a *Article) renderUtterance(u utterance) (line string, whole bool) {
	others := a.othersIn(u)
	if u.named != "" {
		u.speaker = u.named + " (" + strings.ToLower(u.speaker) + ")"
	}
	switch {
	case u.quote && u.partial && others:
		line = u.speaker + " used the words “" + strings.Trim(u.text, " .,") + "”"
	case u.quote && u.partial:
		line, whole = a.sents[u.sentence], true
		if !a.namedIn(u.speaker, u.sentence) {
			line = u.speaker + " (" + quoteVerb(u.cue) + " “" + u.text + "”): " + line
		}
	case u.quote:
		line = u.speaker + " " + quoteVerb(u.cue) + ": “" + strings.TrimSpace(u.text) + "”"
	case strings.EqualFold(u.cue, "according to"):
		line = closeSentence("According to " + u.speaker + ", " + strings.TrimRight(u.text, "."))
	case (thatVerbs[reportVerb(u.cue)] || others) && holdsCredit(u.text, u.cue):
		// "Though the transition was seamless, he said, replacing her
		// would be harder": words that carry their own credit read
		// best as written.
		line, whole = a.sents[u.sentence], true
		if !a.namedIn(u.speaker, u.sentence) {
			line = u.speaker + ": " + line
		}
	case thatVerbs[reportVerb(u.cue)]:
		line = closeSentence(u.speaker + " " + reportVerb(u.cue) + " " + balanceQuotes(strings.TrimRight(lowerOpening(u.text), ".")))
	case others:
		line = closeSentence(u.speaker + " " + reportVerb(u.cue) + " " + balanceQuotes(strings.TrimRight(lowerOpening(u.text), ".")))
	default:
		// "urged both sides to return": the sentence says it best.
		line, whole = cutOthersClause(a.sents[u.sentence], u.cue), true
		if !a.namedIn(u.speaker, u.sentence) {
			line = u.speaker + ": " + line
		}
	}
	if u.doubtful {
		line += " (the article does not name the speaker near these words: the attribution is uncertain)"
	}
	// A line opens with a capital: "The source said…" (not "EBay").
	if r, n := utf8.DecodeRuneInString(line); unicode.IsLower(r) {
		if r2, _ := utf8.DecodeRuneInString(line[n:]); !unicode.IsUpper(r2) {
			line = string(unicode.ToUpper(r)) + line[n:]
		}
	}
	return line + " " + ref(u.sentence), whole
}

// openingWords are the words that open a sentence and are written in
// lower case inside one ("Grassley said the program…", not "said The
// program…").
var openingWords = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "Its": true, "This": true, "That": true, "These": true,
	"Those": true, "There": true, "We": true, "Our": true, "They": true, "Their": true, "He": true, "His": true,
	"She": true, "Her": true, "In": true, "If": true, "When": true, "While": true, "Some": true, "Many": true,
	"Most": true, "All": true, "No": true, "Any": true, "Such": true, "Both": true, "Each": true, "Every": true,
}

// lowerOpening writes the first word of reported words in lower case
// where it only opened their sentence ("The program…" -> "the
// program…"); a name or "I" keeps its capital.
func lowerOpening(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if !openingWords[first] {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// holdsCredit reports whether reported words hold their own credit set
// off by commas (", he said,"): the content of a report the sentence
// interrupts with its speaker.
func holdsCredit(text, cue string) bool {
	cw := words(cue)
	if len(cw) == 0 {
		return false
	}
	v := cw[len(cw)-1]
	return strings.Contains(text, " "+v+", ") && strings.Contains(text, ", ")
}

// othersClause is a clause of time or cause whose subject is a pronoun
// ("… after she attacked …"): another person's act, told by the
// article, not the speaker's report.
var othersClause = regexp.MustCompile(`,?\s+\b(?:after|when|while|because|since|before)\s+(?:she|he|they)\s`)

// cutOthersClause cuts a sentence of reported speech before a clause
// of time or cause with its own subject when that clause holds quoted
// words and the verb of the report, cue, stands before it: "Christie described Clinton as a “disgrace” after she blamed
// shootings on “implicit bias”" reports Christie's words up to "after";
// the words quoted after it are another person's.
func cutOthersClause(s, cue string) string {
	loc := othersClause.FindStringIndex(s)
	if loc == nil || !strings.ContainsAny(s[loc[1]:], "“\"") {
		return s
	}
	// The report comes first: its verb stands before the clause ("…,
	// who has campaigned since he suspended his campaign, blasted
	// Clinton as a “disgrace”" keeps it all).
	if cw := words(cue); len(cw) == 0 || !slices.Contains(words(s[:loc[0]]), cw[len(cw)-1]) {
		return s
	}
	return strings.TrimRight(s[:loc[0]], " ,") + " …"
}

// othersIn reports whether u's sentence also holds words of another speaker.
func (a *Article) othersIn(u utterance) bool {
	for _, v := range a.said {
		if v.sentence == u.sentence && v.speaker != "" && !strings.EqualFold(v.speaker, u.speaker) {
			return true
		}
	}
	return false
}

// balanceQuotes closes a quotation the reported words open but do not close.
func balanceQuotes(s string) string {
	if strings.Count(s, "“") > strings.Count(s, "”") {
		return s + "”"
	}
	if strings.Count(s, `"`)%2 == 1 {
		return s + `"`
	}
	return s
}

// quoteVerb is the verb that introduces a quotation after a colon.
func quoteVerb(cue string) string {
	switch v := pastOf(cue); v {
	case "wrote", "tweeted", "added", "warned", "asked", "declared", "insisted", "replied", "responded", "posted":
		return v
	}
	return "said"
}

// reportVerb is the verb that introduces reported speech ("said",
// "warned"): a verb that takes a that-clause, in the past tense.
func reportVerb(cue string) string {
	switch v := pastOf(cue); v {
	case "told", "according to", "":
		return "said"
	default:
		return v
	}
}

// thatVerbs are the past tenses of verbs that report a clause ("said
// the talks had failed"); others ("urged both sides to …") need the
// whole sentence.
var thatVerbs = set(`said warned argued claimed added insisted believed noted announced confirmed denied estimated
predicted reported suggested stressed emphasized emphasised acknowledged admitted explained wrote tweeted thought expected hoped feared
agreed complained contended maintained conceded replied responded stated testified signalled signaled indicated
cautioned declared revealed recalled conceded vowed promised pledged`)

// pastForms maps forms of speech verbs to their past tense.
var pastForms = map[string]string{
	"say": "said", "says": "said", "saying": "said", "said": "said",
	"tell": "told", "tells": "told", "telling": "told", "told": "told",
	"write": "wrote", "writes": "wrote", "writing": "wrote", "wrote": "wrote",
	"think": "thought", "thinks": "thought", "thought": "thought",
}

// pastOf puts a cue verb in the past tense ("adding" -> "added").
func pastOf(cue string) string {
	c := strings.ToLower(strings.TrimSpace(cue))
	if c == "" || strings.Contains(c, " ") {
		return c
	}
	if p, ok := pastForms[c]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(c, "ed"):
		return c
	case strings.HasSuffix(c, "ies"):
		return c[:len(c)-3] + "ied"
	case strings.HasSuffix(c, "ing"):
		// "admitting" -> "admitted", "urging" -> "urged", "adding" -> "added"
		return regularPast(c[:len(c)-3])
	case strings.HasSuffix(c, "s") && !strings.HasSuffix(c, "ss"):
		return regularPast(strings.TrimSuffix(strings.TrimSuffix(c, "s"), "e") + ifE(c))
	}
	return regularPast(c)
}

func ifE(c string) string {
	if strings.HasSuffix(c, "es") && !strings.HasSuffix(c, "shes") && !strings.HasSuffix(c, "ches") && !strings.HasSuffix(c, "sses") {
		return "e"
	}
	return ""
}

// regularPast adds -ed to a base form.
func regularPast(base string) string {
	switch {
	case base == "":
		return "said"
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && len(base) > 2 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ied"
	}
	return base + "ed"
}

// closeSentence ends a written line with a period, unless it already ends
// a sentence inside closing quotation marks ("…in Homs.”").
func closeSentence(s string) string {
	t := strings.TrimRight(s, "”’\"'")
	if len(t) < len(s) && strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return s
	}
	return s + "."
}

// toldWhom returns the name a question says something was told to ("What
// did the president tell CNBC about…": "CNBC"): the capitalised words
// right after "tell" or "told", or "".
func toldWhom(raw string) string {
	fs := strings.Fields(raw)
	for i, f := range fs {
		if lf := strings.ToLower(f); lf != "tell" && lf != "told" {
			continue
		}
		var name []string
		for k, g := range fs[i+1:] {
			w := strings.Trim(g, "?!.,;:'’\"“”()")
			if k == 0 && strings.EqualFold(w, "the") {
				continue // "tell the BBC"
			}
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			name = append(name, w)
			if w != g {
				break // the name ends with its punctuation
			}
		}
		return strings.Join(name, " ")
	}
	return ""
}
