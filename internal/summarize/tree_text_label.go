package summarize

// A text that speaks, named by the kind of text it is: "the joint
// statement" for "the four-page joint statement", "the business plan"
// for "its business plan" — neither its length nor whose it is.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
)

// textLabel returns the label of the text at src, a noun naming a
// document ("the four-page joint statement", "its business plan"), whose
// phrase as written runs [first, last): the words that say which kind of
// text it is (kindWords) and the head, with what the phrase has after
// its head, where the phrase has words before its head that say
// something else — how long it is, whose, how recent. It returns "" when
// the phrase as written is the label already.
//
// A bare "the agreement" is left as written: taking the kind from an
// earlier mention ("initialled an interim agreement… the agreement
// says") matched the development halves' newer gold and lost their
// older, which keeps the text as the attribution writes it.
func (t *tree) textLabel(src, first, last int) string {
	a := t.a
	kind, dropped := t.kindWords(src)
	if !dropped || len(kind) == 0 && last == src+1 {
		return ""
	}
	// The article as written ("a term sheet"); "the" where whose it is
	// stood in its place ("Its business plan").
	det := "the"
	if d := a.Tokens[first]; d.Rel == "det" && (nlp.EqualFoldLower(d.Text, "a") || nlp.EqualFoldLower(d.Text, "an")) {
		det = strings.ToLower(d.Text)
	}
	rest := strings.TrimSpace(strings.Join(kind, " ") + " " + a.Span(src, last))
	if det != "the" {
		// "an amended mining convention" without "amended": "a
		// mining convention".
		det = indefiniteArticle(rest)
	}
	return det + " " + rest
}

// indefiniteArticle returns "an" before a word that begins with a vowel
// letter, else "a" (by the letter, as "an agreement", "a memorandum").
func indefiniteArticle(next string) string {
	if next != "" && strings.ContainsRune("aeiouAEIOU", rune(next[0])) {
		return "an"
	}
	return "a"
}

// kindWords returns the words before the noun at src that say which kind
// of text it is (kindModifier, with their own such words: "interim",
// "joint", "internal Harbourline", a year), and whether the phrase has
// words before its head that say no such thing (dropped): whose it is,
// how long ("38-page", "four-page"), how recent ("latest").
func (t *tree) kindWords(src int) (words []string, dropped bool) {
	a := t.a
	for _, c := range t.children(src) {
		ci := int(c)
		if ci > src {
			break
		}
		tok := &a.Tokens[ci]
		switch {
		case tok.Rel == "det" || tok.Rel == "punct":
		case isYear(tok.Text) && t.left[ci] == c && t.right[ci] == c:
			// "the 2009 agreement": which one.
			words = append(words, tok.Text)
		case t.kindModifier(ci):
			var skipped bool
			words, skipped = t.kindPhrase(ci, words)
			dropped = dropped || skipped
		default:
			dropped = true
		}
	}
	return words, dropped
}

// kindModifier reports whether the word at ci, before the noun it
// modifies, says which kind of thing that is: a compound ("trade",
// "restructuring", "Harbourline") that counts nothing ("38-page" hangs
// a figure from "page"), or a plain adjective ("interim", "joint") that
// neither counts nor places it in a series (countWord, seriesWord), or a
// participle with no words of its own before it ("amended", "signed").
func (t *tree) kindModifier(ci int) bool {
	tok := &t.a.Tokens[ci]
	switch {
	case tok.Rel == "compound" && (tok.UPOS == "NOUN" || tok.UPOS == "PROPN" || tok.XPOS == "VBG"):
		return !countWord(tok.Text) && t.child(ci, "nummod") < 0
	case tok.Rel == "amod" && tok.UPOS == "ADJ" && tok.XPOS == "JJ":
		return !countWord(tok.Text) && !seriesWord(tok.Lemma)
	case tok.Rel == "amod" && tok.XPOS == "VBN" && t.left[ci] == int32(ci):
		// "the amended mining convention", "the signed text": a
		// bare participle says which version of the text it is.
		return true
	}
	return false
}

// kindPhrase appends the word at ci to words, after those of its own
// modifiers before it that say which kind (kindModifier); skipped
// reports a word before it left out ("38-page" in "38-page
// restructuring").
func (t *tree) kindPhrase(ci int, words []string) (_ []string, skipped bool) {
	a := t.a
	// One word written with hyphens ("in-principle", "return-to-work",
	// "production-sharing"), unless it counts ("four-page").
	if lo := int(t.left[ci]); lo < ci && a.Tokens[ci-1].XPOS == "HYPH" {
		if w := a.Span(lo, ci+1); !countWord(w) {
			return append(words, w), false
		}
		return words, true
	}
	for _, c := range t.children(ci) {
		k := int(c)
		if k > ci || a.Tokens[k].Rel == "punct" {
			continue
		}
		if !t.kindModifier(k) {
			skipped = true
			continue
		}
		var s bool
		words, s = t.kindPhrase(k, words)
		skipped = skipped || s
	}
	return append(words, a.Tokens[ci].Text), skipped
}

// countWord reports whether a modifier counts something: a figure in it
// other than a year ("38-page", "72-hour"), or a number spelled out
// before a hyphen ("four-page").
func countWord(w string) bool {
	if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		// A year says which text it is ("the 2009 agreement").
		return !isYear(w)
	}
	n, _, ok := strings.Cut(strings.ToLower(w), "-")
	return ok && nlp.NumberWord(n)
}

// seriesWord reports whether an adjective speaks of a text's age or size
// rather than saying which kind it is: "the latest draft", "its own
// report", "a short statement".
func seriesWord(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "latest", "new", "own", "full", "original", "short", "long", "brief", "previous", "earlier", "later", "current", "recent":
		return true
	}
	return false
}

// partOfText reports whether a noun's lemma names a part of a text ("the
// clause", "section 4", "a provision"): what a part says, the text says.
// Not an annex, which stories quote as a text of its own ("the revised
// annex states…").
func partOfText(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "clause", "section", "provision", "paragraph", "subsection":
		return true
	}
	return false
}

// textPart reports whether the noun at src names a part of a text by the
// tree, whatever tag it got: a part's noun (partOfText: "a further
// provision", "Section 7" read as a name), or "article" with its number
// ("Article 12") — not a newspaper's article.
func (t *tree) textPart(src int) bool {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" && tok.UPOS != "PROPN" || t.quoted[src] {
		return false
	}
	if partOfText(tok.Lemma) {
		return true
	}
	return nlp.EqualFoldLower(tok.Lemma, "article") && t.partNumber(src) >= 0
}

// partNumber returns the number hung after the part of a text at src
// ("Article 12", "Clause 3"), however the parser hung it; else -1.
func (t *tree) partNumber(src int) int {
	a := t.a
	for _, c := range t.children(src) {
		ci := int(c)
		if ct := &a.Tokens[ci]; ci > src && ct.UPOS == "NUM" && (ct.Rel == "nummod" || ct.Rel == "flat" || ct.Rel == "appos") {
			return ci
		}
	}
	return -1
}

// genericText reports whether a noun's lemma names a text without saying
// which kind it is: "the text", "the document", "the wording".
func genericText(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "text", "document", "wording":
		return true
	}
	return false
}

// textReferent returns, for a text named by a word that says no kind
// ("The text says…", "The document also states…", "The text of the
// memorandum commits…"), the text it stands for: the one its "of" names,
// or else the one the article named last before it ("Under the term
// sheet…" … "The document also says"), by the kind of text it is
// (referentLabel). It returns "" for any other phrase, and where the
// article names no such text before.
func (t *tree) textReferent(src, first, last int) string {
	a := t.a
	part := t.textPart(src)
	if !genericText(a.Tokens[src].Lemma) && !part {
		return ""
	}
	// "Article 9 of the treaty", with the text hung from the number.
	if n := t.partNumber(src); part && n >= 0 {
		for _, c := range t.children(n) {
			if ci := int(c); ci > n && a.Tokens[ci].Rel == "nmod" && t.caseOf(ci) == "of" && referentNoun(&a.Tokens[ci]) {
				return t.referentLabel(ci)
			}
		}
	}
	for _, c := range t.children(src) {
		ci := int(c)
		switch rel := a.Tokens[ci].Rel; {
		case part && (ci < src || rel == "nummod" || rel == "punct" || a.Tokens[ci].UPOS == "NUM" && (rel == "flat" || rel == "appos")):
			// "A second clause", "the camera clause", "Clause 3": a
			// part of the text, whichever, speaks as the text.
		case ci < src && rel != "det" && rel != "punct":
			return "" // "the draft text", "its own text": said as written
		case ci > src && rel == "nmod" && t.child(ci, "case") >= 0 && nlp.EqualFoldLower(a.Tokens[t.child(ci, "case")].Text, "of"):
			if referentNoun(&a.Tokens[ci]) {
				return t.referentLabel(ci) // "the text of the agreement"
			}
			return ""
		}
	}
	if last != src+1 && !part {
		return ""
	}
	for k := first - 1; k >= 0; k-- {
		// Words inside quotation marks are someone's, not the story
		// naming a text ("“It is a fair deal,” she said. The text
		// says…": no deal the story brought in) — but for a text that
		// names itself in its own words, as drafters write ("…in
		// accordance with this Protocol.”).
		if t.quoted[k] && !t.selfNamedText(k) {
			continue
		}
		if tok := &a.Tokens[k]; referentNoun(tok) && tok.Rel != "compound" || t.headsOf(k) {
			return t.referentLabel(t.addedTo(k))
		}
	}
	return ""
}

// selfNamedText reports whether the noun at k, inside quotation marks,
// is a text named with "this" ("this Agreement", "this Protocol"): the
// way a drafted text refers to itself.
func (t *tree) selfNamedText(k int) bool {
	d := t.child(k, "det")
	return d >= 0 && nlp.EqualFoldLower(t.a.Tokens[d].Text, "this")
}

// ofNameBefore returns, for a text the phrase [first, last) names by
// "the" and its noun alone ("In the letter, Tiszagen undertakes to …"),
// the name the story gave it where it last used that noun, when that
// name completes the noun with "of" ("a letter of undertakings": "the
// letter of undertakings"); else "".
func (t *tree) ofNameBefore(src, first, last int) string {
	a := t.a
	if last != src+1 || first != src-1 || a.Tokens[first].Rel != "det" || !nlp.EqualFoldLower(a.Tokens[first].Text, "the") {
		return ""
	}
	for k := first - 1; k >= 0; k-- {
		tok := &a.Tokens[k]
		if tok.UPOS != "NOUN" || t.quoted[k] || !strings.EqualFold(tok.Lemma, a.Tokens[src].Lemma) {
			continue
		}
		if k+2 < len(a.Tokens) && nlp.EqualFoldLower(a.Tokens[k+1].Text, "of") && a.Tokens[k+2].Head == k && a.Tokens[k+2].UPOS == "NOUN" {
			return t.referentLabel(k)
		}
		return ""
	}
	// "the Bor Resolutions … The resolutions state that…": the text's
	// name, written with capitals and names before its noun, where the
	// story last used that noun.
	for k := first - 1; k >= 0; k-- {
		tok := &a.Tokens[k]
		if t.quoted[k] || !strings.EqualFold(tok.Text, a.Tokens[src].Text) {
			continue
		}
		if r := []rune(tok.Text); !unicode.IsUpper(r[0]) || k == a.Sentences[tok.Sent].First {
			return ""
		}
		start := k
		for start-1 >= 0 && a.Tokens[start-1].Head == k && a.Tokens[start-1].Rel == "compound" && a.Tokens[start-1].UPOS == "PROPN" {
			start--
		}
		if start < k {
			return a.Span(start, k+1)
		}
		return ""
	}
	return ""
}

// headsOf reports whether token k opens "heads of terms" or "heads of
// agreement", the outline a deal's parties sign before its contract: a
// text of a kind, though "heads" alone names none.
func (t *tree) headsOf(k int) bool {
	a := t.a
	if k+2 >= len(a.Tokens) || !nlp.EqualFoldLower(a.Tokens[k].Text, "heads") || !nlp.EqualFoldLower(a.Tokens[k+1].Text, "of") {
		return false
	}
	switch strings.ToLower(a.Tokens[k+2].Text) {
	case "terms", "agreement":
		return true
	}
	return false
}

// referentNoun reports whether the token is a noun naming a text of a
// kind: an agreement, a protocol, a term sheet — not a generic word for
// one, a speech's, or what a crowd carries.
func referentNoun(tok *nlp.Token) bool {
	if !textToken(tok) || genericText(tok.Lemma) || speechNoun(tok.Lemma) {
		return false
	}
	switch strings.ToLower(tok.Lemma) {
	case "sign", "placard", "banner", "poster", "slogan", "inscription", "headline", "caption", "plaque", "article", "clause", "record", "minutes", "summary", "draft":
		return false
	case "budget", "constitution", "law", "statute":
		// Standing texts a story refers to ("the region's share of the
		// federal budget"), not the one it quotes with "the text says".
		return false
	}
	return true
}

// referentLabel returns the label of the text at k that a generic word
// stands for: "the", the words before it that say which kind (a
// compound or an adjective, a participle with them: "the revised
// annex"), the noun, and an "of" with a bare noun that completes it
// ("the memorandum of understanding").
func (t *tree) referentLabel(k int) string {
	a := t.a
	var words []string
	for _, c := range t.children(k) {
		ci := int(c)
		if ci > k {
			break
		}
		if t.kindModifier(ci) {
			words, _ = t.kindPhrase(ci, words)
		}
	}
	words = append(words, a.Tokens[k].Text)
	for _, c := range t.children(k) {
		ci := int(c)
		if ci > k && a.Tokens[ci].Rel == "nmod" && a.Tokens[ci].UPOS == "NOUN" && ci == k+2 && nlp.EqualFoldLower(a.Tokens[k+1].Text, "of") {
			words = append(words, "of", a.Tokens[ci].Text)
		}
		if ci > k && t.textTo(k, ci) {
			// "the annex to the licence": the text it belongs to.
			words = append(words, "to the", a.Tokens[ci].Text)
		}
	}
	return "the " + strings.Join(words, " ")
}

// textTo reports whether ci is the text that the text noun at k is added
// to, hung from it by "to" ("the annex to the licence", "an amendment to
// the treaty", "a protocol to the convention"): both name kinds of text,
// ci one the story refers to (referentNoun), with nothing but its
// article before it.
func (t *tree) textTo(k, ci int) bool {
	a := t.a
	if ci <= k || a.Tokens[ci].Rel != "nmod" || t.quoted[ci] || !textNoun(a.Tokens[k].Lemma) || speechNoun(a.Tokens[k].Lemma) || !referentNoun(&a.Tokens[ci]) {
		return false
	}
	cs := t.child(ci, "case")
	if cs < 0 || !nlp.EqualFoldLower(a.Tokens[cs].Text, "to") {
		return false
	}
	for _, c := range t.children(ci) {
		if cc := int(c); cc < ci && cc != cs && a.Tokens[cc].Rel != "det" {
			return false
		}
	}
	return true
}

// addedTo returns, for a text noun at k that another text is said to be
// added to ("the licence" of "the annex to the licence"), that other
// text's noun; for a text noun said without what it belongs to, the
// nearest mention of the same noun before it, outside quotation marks,
// that says it ("the annex to the licence" for a later "this annex");
// else k.
func (t *tree) addedTo(k int) int {
	a := t.a
	if h := int(a.Tokens[k].Head); h >= 0 && h < k && t.textTo(h, k) {
		return h
	}
	// "this annex", after "the annex to the licence": the fuller
	// mention before it, where it said what it belongs to.
	for _, c := range t.children(k) {
		if t.textTo(k, int(c)) {
			return k
		}
	}
	if j := t.sameNounBefore(k, func(j int) bool {
		return slices.ContainsFunc(t.children(j), func(c int32) bool { return t.textTo(j, int(c)) })
	}); j >= 0 {
		return j
	}
	return k
}
