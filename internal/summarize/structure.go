package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// structRole is what a sentence is in the layout of a pasted page or an
// extracted article: story text, or one of the parts around it that are
// no key point, no party and no speaker.
type structRole uint8

// The layout roles of a sentence.
const (
	structBody        structRole = iota // the story
	structHeadline                      // the page's title
	structStandfirst                    // the dek under the headline
	structByline                        // "By Jane Smith", "JANE SMITH AND JOHN DOE THE WASHINGTON POST"
	structDateline                      // "LONDON (Alliance News) -" on a line of its own
	structSubhead                       // a short title between paragraphs
	structCaption                       // a photo caption
	structCredit                        // "Photograph: Jane Doe/Reuters", "(AP Photo/Evan Vucci)"
	structBoilerplate                   // read more, related, sign up, share, time stamps, link lists
)

var structNames = [...]string{"body", "headline", "standfirst", "byline", "dateline", "subhead", "caption", "credit", "boilerplate"}

// String returns the role's name.
func (r structRole) String() string {
	if int(r) < len(structNames) {
		return structNames[r]
	}
	return "unknown"
}

// isBody reports whether sentence si is story text: not a headline,
// standfirst, byline, dateline, subhead, caption, credit or boilerplate.
// Key points, speakers, parties, statements and negotiation facts are read
// from body sentences only.
func (d *doc) isBody(si int) bool {
	return si >= 0 && si < len(d.structure) && d.structure[si] == structBody
}

// headlineText returns the page's headline as the text gives it (its
// sentences joined), or "" when the text has none.
func (d *doc) headlineText() string {
	var parts []string
	for si := range d.sents {
		if d.structure[si] == structHeadline {
			parts = append(parts, d.sents[si].Text)
		} else if len(parts) > 0 {
			break
		}
	}
	return strings.Join(parts, " ")
}

// datelineRE matches a news dateline at the start of the story's first
// paragraph: "WASHINGTON —", "KYIV, Ukraine (AP) —", "LONDON (Reuters) -",
// "LONDON (Alliance News) -", with the day after the place ("BUENOS AIRES,
// April 2 (AFP) -"), or two places ("CAIRO/JERUSALEM, Jan 14 (Reuters) -"),
// in any alphabet's capitals ("BOGOTÁ, Colombia —", "SÃO PAULO -",
// "MALMÖ, Sweden -").
var datelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ /-]{2,40}(?:, \p{Lu}[\p{L}0-9., ]{1,30})?(?: \([A-Za-z .]{1,25}\))? ?(?:—|–|--| - |-|:) ?`)

// agencyDatelineRE matches a dateline whose place is written in mixed case
// or missing, which only the agency in brackets and the dash mark as a
// dateline: "Washington (CNN) —", "(Reuters) -", "Beijing, China (AFP) --"
// "Lagos, March 3 (AFP) -" (not "The World Trade Organisation (WTO) is…").
var agencyDatelineRE = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?:, \p{Lu}[\p{L}0-9., ]{1,30})? ?)?\([A-Z][A-Za-z .]{1,24}\) ?(?:—|–|--|-) ?`)

// boilerPrefixes open lines that are not part of the story: sources,
// credits, calls to action, link headers (in lower case).
var boilerPrefixes = []string{
	"source:", "read more", "read next", "find out more", "more on this story", "most read",
	"see also", "also read", "don't miss", "dont miss", "article continued below",
	"story continues below", "advertisement", "related:", "related article", "related stories",
	"related coverage", "related topics", "recommended", "reporting by", "(reporting by",
	"editing by", "(editing by", "additional reporting", "(additional reporting", "writing by",
	"(writing by", "compiled by", "(compiled by", "photo:", "image:", "copyright", "©",
	"all rights reserved", "follow us on", "follow him on", "follow her on", "sign up", "subscribe",
	"newsletter", "click here", "tap here", "share this", "listen to this article",
	"this article was", "this article is", "watch:", "listen:", "updated:", "published:", "posted:",
	"posted on", "posted by", "published on", "published by", "last updated", "last modified",
	"you may also like", "you might also like", "see more", "more from", "more stories",
	"skip to main content", "skip to content", "skip navigation", "jump to",
}

// boilerByFirst holds boilerPrefixes by their first byte.
var boilerByFirst = func() (m [256][]string) {
	for _, p := range boilerPrefixes {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

// shortOnly are the prefixes of boilerPrefixes that also open story
// sentences ("Subscribers can…", "Recommended changes…", "Posted on social
// media, the video…"), with the most spaces a line they open may hold.
var shortOnly = map[string]int{"recommended": 12, "copyright": 12, "advertisement": 12, "see more": 12,
	"more from": 12, "more stories": 12, "posted on": 12, "posted by": 12, "published on": 12, "published by": 12,
	"subscribe": 25, "newsletter": 25, "sign up": 25,
}

// wireCredits are the prefixes of the wire's closing credits, which may
// run long: "Reporting by A; additional reporting by B, C and D; Editing by E".
var wireCredits = map[string]bool{"reporting by": true, "editing by": true, "additional reporting": true,
	"writing by": true, "compiled by": true}

// sourceLineRE matches a source line naming a site: "Sources: caliber.az".
var sourceLineRE = regexp.MustCompile(`^(?i:sources?: [a-z0-9.-]+\.[a-z]{2,})`)

// galleryRE matches a gallery counter: "Image 1 of 5".
var galleryRE = regexp.MustCompile(`^(?i:image|photo|picture) \d+ of`)

// isBoilerLine reports whether s opens like a line that is not story:
// "Read more", "Related:", "(Reporting by", "Sign up", "Image 1 of 5".
func isBoilerLine(s string) bool {
	var buf [48]byte
	n := min(len(s), len(buf))
	for i := 0; i < n; i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	head := buf[:n]
	if n == 0 {
		return false
	}
	spaces := strings.Count(s, " ")
	long := spaces >= 20 // a long line is story unless bracketed: "(Reporting by…"
	for _, p := range boilerByFirst[head[0]] {
		if len(head) < len(p) || string(head[:len(p)]) != p {
			continue
		}
		if max, ok := shortOnly[p]; ok && spaces > max || !ok && long && p[0] != '(' && !wireCredits[p] {
			continue
		}
		// A whole word: "Subscribe", not "Subscribers".
		if last := p[len(p)-1]; len(s) == len(p) || !(last >= 'a' && last <= 'z') || !isLetterByte(s[len(p)]) {
			return true
		}
	}
	if long || n < 5 {
		return false
	}
	if menuLine(s) {
		return true
	}
	switch string(head[:5]) {
	case "sourc":
		return sourceLineRE.MatchString(s)
	case "image", "photo", "pictu":
		return galleryRE.MatchString(s)
	}
	return false
}

// menuLine reports whether s is a site's menu: short items set off by
// bars ("World | Business | Politics | Opinion"), with no sentence's end;
// or a section's path of two such items every word of which is
// capitalised ("News | Mergers & Acquisitions"), not a headline with its
// outlet ("Kestrel raises bid | BrewTrade"); or a section's path set off
// by "›" or "»".
func menuLine(s string) bool {
	// A section's path ("Politics › Peace process", "News » Europe"),
	// with the masthead above it in the same block.
	if (strings.Contains(s, " › ") || strings.Contains(s, " » ")) && !strings.ContainsAny(s[len(s)-1:], ".?!") && fieldCount(s) <= 12 {
		return true
	}
	bars := strings.Count(s, " | ")
	if bars < 1 || strings.ContainsAny(s[len(s)-1:], ".?!") {
		return false
	}
	for _, item := range strings.Split(s, " | ") {
		item = strings.TrimSpace(item)
		if strings.Count(item, " ") > 3 {
			return false
		}
		if bars == 1 {
			if strings.Count(item, " ") > 2 {
				return false
			}
			for _, w := range strings.Fields(item) {
				if r := w[0]; r >= 'a' && r <= 'z' {
					return false
				}
			}
		}
	}
	return true
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// contributedRE matches the wire's closing credit: "Associated Press
// writer Jane Doe in Kyiv contributed to this report."
var contributedRE = regexp.MustCompile(`(?i)\bcontributed (?:to this (?:report|story|article)|reporting)\b`)

// bylineRE matches a byline: "By Vafa Guliyeva", "By A Smith and B Jones".
var bylineRE = regexp.MustCompile(`^(?:By|BY|Written by|Words by) [A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3}(?:,? (?:and|&|AND) [A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3})?(?:(?:,| \||;| -| —)? [\p{L}\p{N}@.:/ |;,-]{0,60})?\.?$`)

// bylineStart reports whether s opens like a byline ("By", "Written by").
func bylineStart(s string) bool {
	return strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ") || strings.HasPrefix(s, "Written by ") || strings.HasPrefix(s, "Words by ")
}

// creditBracketRE matches a credit in brackets: "( J. Scott Applewhite /
// AP )", "(AP Photo/Evan Vucci)", "(Reuters)".
var creditBracketRE = regexp.MustCompile(`^(?:\(\s*[^()]{0,60}/\s*\p{Lu}[^()]{0,40}\)|\((?:AP|Reuters|AFP|Getty Images|EPA|Bloomberg)[^()]{0,80}\))$`)

// creditLabelRE matches a labelled credit: "Photograph: Jane Doe/Reuters",
// "Image source, Getty Images", "Photo by Jane Doe on Unsplash".
var creditLabelRE = regexp.MustCompile(`^(?:(?:Photograph|Photo|Picture|Image|Illustration|Credit|Photo credit|Image credit|Image source|Source)(?: by)?[:,] [^.!?]{1,60}|Photo(?:graph)? by [^.!?]{1,60})$`)

// creditWords open a labelled credit.
var creditWords = []string{"Photo", "Picture", "Image", "Illustration", "Credit", "Source"}

// creditAt returns where the photo credit closing s begins, or -1: a
// credit in brackets after a space, or a labelled credit at the start of
// the line or after a sentence end or a bar ("… on Monday. Photograph:
// Jane Doe/Reuters").
func creditAt(s string) int {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	if strings.HasSuffix(t, ")") {
		if open := strings.LastIndexByte(t, '('); open >= 0 && (open == 0 || t[open-1] == ' ') && creditBracketRE.MatchString(t[open:]) {
			return open
		}
	}
	from := max(0, len(t)-90)
	for _, w := range creditWords {
		for i := from; i < len(t); {
			j := strings.Index(t[i:], w)
			if j < 0 {
				break
			}
			j += i
			if labelStart(t, j) && creditLabelRE.MatchString(t[j:]) {
				return j
			}
			i = j + len(w)
		}
	}
	return -1
}

// labelStart reports whether a credit label may begin at i: at the start
// of the line, after a sentence end and a space, or after " | " or a dash.
func labelStart(t string, i int) bool {
	if i == 0 {
		return true
	}
	before := strings.TrimRight(t[:i], " ")
	if len(before) == len(t[:i]) || before == "" {
		return false // no space before the label
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '.', '!', '?', '”', '"', '’':
		return true
	case '|', '–', '—', '-':
		return strings.HasSuffix(before[:len(before)-utf8.RuneLen(r)], " ")
	}
	return false
}

// matchHead reports whether re, anchored at the start and without an end
// anchor, matches s: only the first bytes of s are searched.
func matchHead(re *regexp.Regexp, s string) bool {
	const n = 64
	if len(s) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return re.MatchString(s)
}

// captionRE matches the opening of a caption: "FILE PHOTO:", "Image
// caption", "Caption:", "Pictured:".
var captionRE = regexp.MustCompile(`^(?i:file photo:|image caption|caption:|pictured:|above:|top photo:|photo gallery|video:)`)

// onlyCreditRE matches a paragraph that is nothing but a credit: "Getty
// Images", "AP Photo/Evan Vucci", "Jane Doe/Reuters".
var onlyCreditRE = regexp.MustCompile(`^\(?(?:(?:AP|AFP|EPA|Reuters|Getty|Bloomberg) ?(?:Photo|Images|via Getty Images)?|(?:\p{Lu}[\p{L}.'’-]*\s?){1,4} ?/ ?(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}(?: via [\p{L} ]+)?)\)?$`)

// paraShape is the layout evidence of one paragraph.
type paraShape struct {
	words    int     // white-space separated words
	runes    int     // length in characters
	terminal bool    // ends with . ! ? … (before closing marks)
	endsWith rune    // the last character that is not a closing mark
	capRatio float64 // share of its content words that begin with a capital
	lowers   int     // content words that begin with a lower-case letter
	bullet   bool    // a list item: "- ...", "• ...", "1. ..."
	repeated bool    // the same line occurs elsewhere in the text
}

// functionWord reports whether the lower-case word w is one of the
// function words left out of the capitalisation ratio: Title Case leaves
// them in lower case. (A switch: quicker than a map for so few words.)
func functionWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "into", "onto", "over",
		"up", "off", "out", "about", "after", "before", "than", "via", "vs", "v", "per", "is", "are", "be":
		return true
	}
	return false
}

// paraSpace reports whether c separates the words of a paragraph (see
// shapeOf): a space, a tab or a line break, read with one compare for
// the bytes above the space.
func paraSpace(c byte) bool {
	const spaces = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r'
	return c <= ' ' && spaces>>c&1 != 0
}

// bulletMark reports whether r marks an item of a list ("- …", "• …").
func bulletMark(r rune) bool {
	switch r {
	case '-', '•', '*', '·', '–', '▪':
		return true
	}
	return false
}

// shapeOf measures paragraph p.
func shapeOf(s string) paraShape {
	var sh paraShape
	sh.runes = utf8.RuneCountInString(s)
	trimmed := strings.TrimRightFunc(s, func(r rune) bool { return isClosing(r) || unicode.IsSpace(r) })
	if r, _ := utf8.DecodeLastRuneInString(trimmed); r != utf8.RuneError {
		sh.endsWith = r
		sh.terminal = r == '.' || r == '!' || r == '?' || r == '…'
	}
	first, _ := utf8.DecodeRuneInString(s)
	sh.bullet = bulletMark(first)
	if !sh.bullet && unicode.IsDigit(first) {
		if i := strings.IndexAny(s, ".)"); i > 0 && i < 3 && i+1 < len(s) && s[i+1] == ' ' {
			sh.bullet = true
		}
	}
	content, caps := 0, 0
	var buf [8]byte
	for i := 0; i < len(s); {
		// The next white-space separated word, s[i:j].
		for i < len(s) && paraSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && !paraSpace(s[j]) {
			j++
		}
		w := s[i:j]
		i = j
		sh.words++
		// Its first letter or digit, and its letters from there.
		k := 0
		r, n := utf8.RuneError, 0
		for k < len(w) {
			if c := w[k]; c < utf8.RuneSelf {
				// An ASCII byte: a letter or digit only in these ranges.
				r = rune(c)
				if isLetterByte(c) || '0' <= c && c <= '9' {
					break
				}
				k++
				continue
			}
			r, n = utf8.DecodeRuneInString(w[k:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			k += n
		}
		if k >= len(w) || !unicode.IsLetter(r) {
			continue
		}
		if e := k + wordLen(w[k:]); e-k <= len(buf) && functionWord(string(lowerInto(buf[:0], w[k:e]))) {
			continue
		}
		content++
		if unicode.IsUpper(r) {
			caps++
		} else {
			sh.lowers++
		}
	}
	if content > 0 {
		sh.capRatio = float64(caps) / float64(content)
	}
	return sh
}

// wordLen returns the length of the ASCII letters opening w.
func wordLen(w string) int {
	n := 0
	for n < len(w) && isLetterByte(w[n]) {
		n++
	}
	return n
}

// lowerInto appends the ASCII word w in lower case to buf.
func lowerInto(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// looksBody reports whether a paragraph of this shape reads as story text:
// a sentence or more that ends like one, not a line in Title Case.
func (sh *paraShape) looksBody() bool {
	if sh.bullet {
		return sh.words >= 3
	}
	if sh.words >= 30 {
		return true
	}
	if !sh.terminal || sh.words < 6 {
		return false
	}
	return !(sh.words <= 20 && sh.capRatio >= 0.8 && sh.lowers <= 1)
}

// restLooksBody reports whether what follows a dateline reads as story
// text.
func restLooksBody(s string) bool {
	sh := shapeOf(s)
	return sh.looksBody()
}

// isShortLine reports whether a paragraph of this shape is a short line
// without a sentence's end: a headline, a subhead, a label, a link.
func (sh *paraShape) isShortLine() bool {
	if sh.bullet || sh.words == 0 || sh.words > 20 || sh.runes > 160 {
		return false
	}
	if sh.terminal && !(sh.endsWith == '?' && sh.words <= 6) {
		return false // a short question may be a subhead: "What happens next?"
	}
	switch sh.endsWith {
	case ',', ';', ':':
		return false
	}
	return true
}

// layout is what the structure stage finds in the paragraphs, before the
// sentences are split.
type layout struct {
	roles []structRole // per paragraph
	// dateline is the dateline cut from the first paragraph of the story
	// (empty when there is none).
	dateline span
}

// findLayout gives every paragraph its role from layout evidence: its
// shape, its position before or inside the story, what follows it, and
// whether it recurs. A dateline opening the first story paragraph is
// returned in layout.dateline, for the caller to cut.
func findLayout(text string, paras []span) layout {
	n := len(paras)
	lay := layout{roles: make([]structRole, n)}
	if n == 0 {
		return lay
	}
	shapes := make([]paraShape, n)
	seen := make(map[string]int, n)
	for i, p := range paras {
		s := text[p.start:p.end]
		shapes[i] = shapeOf(s)
		if shapes[i].words <= 8 {
			seen[strings.ToLower(s)]++
		}
	}
	for i, p := range paras {
		if shapes[i].words <= 3 && lowerIn(seen, text[p.start:p.end]) > 1 {
			shapes[i].repeated = true
		}
	}
	// Roles that the words of a line show whatever its place.
	pattern := make([]bool, n)
	for i, p := range paras {
		if r, ok := patternRole(text[p.start:p.end], &shapes[i]); ok {
			lay.roles[i], pattern[i] = r, true
		}
	}
	// Where the story begins: the first paragraph that reads as story
	// text, or one that opens with a dateline.
	first := -1
	for i, p := range paras {
		if pattern[i] {
			continue
		}
		s := text[p.start:p.end]
		// (A masthead in capitals with a dash, "PRENSA ANDINA
		// INTERNACIONAL – English Service", is no dateline: story text
		// follows a dateline.)
		if dl := datelineLen(s); dl > 0 && dl < len(s) && shapes[i].words >= 4 && restLooksBody(s[dl:]) {
			first = i
			lay.dateline = span{p.start, p.start + dl}
			break
		}
		if shapes[i].looksBody() {
			first = i
			break
		}
	}
	if first < 0 {
		// No story text to set the rest against: a short note, a list,
		// a single line. Only the lines whose words show their role are
		// set apart.
		return lay
	}
	// Before the story: headline, then standfirst and bylines; labels and
	// kickers are boilerplate.
	headline, standfirst := -1, -1
	// A site's section path ("Greece › Shipping") stands under its
	// masthead and above the headline: what comes before it is the
	// site's, not the story's.
	top := 0
	for i := first - 1; i >= 0; i-- {
		if pattern[i] && lay.roles[i] == structBoilerplate && menuLine(text[paras[i].start:paras[i].end]) {
			top = i + 1
			break
		}
	}
	for i := 0; i < top; i++ {
		if !pattern[i] {
			lay.roles[i] = structBoilerplate
		}
	}
	for i := top; i < first; i++ {
		if pattern[i] {
			continue
		}
		sh := &shapes[i]
		s := text[paras[i].start:paras[i].end]
		titleLike := sh.endsWith != ':' && sh.endsWith != ',' && sh.endsWith != ';' &&
			(!sh.terminal || sh.endsWith != '.' || sh.capRatio >= 0.8)
		deck := sh.words >= 6 && sh.lowers >= 2 && sh.words <= 60
		switch {
		case headline < 0 && standfirst < 0 && titleLike && sh.words >= 3 && (sh.words <= 20 || sh.capRatio >= 0.8):
			// A headline ends without a full stop, or is in Title Case.
			headline = i
			lay.roles[i] = structHeadline
		case headline >= 0 && nameLine(s):
			lay.roles[i] = structByline
		case standfirst < 0 && deck && (headline >= 0 || titleLike):
			// The dek: under the headline, or opening an extracted
			// article without its final full stop.
			standfirst = i
			lay.roles[i] = structStandfirst
		case !sh.terminal && (sh.words <= 3 || sh.capRatio >= 0.8 && sh.lowers <= 1):
			lay.roles[i] = structBoilerplate // labels and kickers
		}
		// Anything else before the story (a list that opens it) is kept.
	}
	// The story: subheads are short lines before story text; runs of
	// short lines that lead to no story text are link lists and labels.
	last := first
	for i := n - 1; i > first; i-- {
		if !pattern[i] && shapes[i].looksBody() {
			last = i
			break
		}
	}
	links := false // after a "Read more:" or "Related" line
	list := false  // after a line that introduces a list
	for i := first + 1; i < n; i++ {
		if pattern[i] {
			links = lay.roles[i] == structBoilerplate && isBoilerLine(text[paras[i].start:paras[i].end])
			continue
		}
		sh := &shapes[i]
		if links && sh.isShortLine() && !sh.terminal {
			lay.roles[i] = structBoilerplate // the links under "Read more:"
			continue
		}
		links = false
		if !sh.isShortLine() {
			// A line ending with a colon introduces a list ("Tour
			// dates:"): it and the short lines under it are content.
			list = sh.endsWith == ':'
			if !list && i > last && sh.words <= 12 && !sh.terminal {
				lay.roles[i] = structBoilerplate
			}
			continue
		}
		if list {
			continue
		}
		next := i + 1
		for next < n && pattern[next] && lay.roles[next] != structBoilerplate {
			next++ // a caption or credit may stand between a subhead and its text
		}
		r0, _ := utf8.DecodeRuneInString(text[paras[i].start:paras[i].end])
		switch {
		case sh.repeated:
			lay.roles[i] = structBoilerplate
		case next < n && !pattern[next] && shapes[next].looksBody() && sh.words <= 14 &&
			(unicode.IsUpper(r0) || unicode.IsDigit(r0) || isOpening(r0)) &&
			(pattern[i-1] || !shapes[i-1].isShortLine()):
			// A short line alone between paragraphs, before story text.
			lay.roles[i] = structSubhead
		case i > last:
			// Short lines after the story: links, tags, labels.
			lay.roles[i] = structBoilerplate
		}
		// Other short lines inside the story are list items and table
		// rows: story content, kept as body.
	}
	return lay
}

// patternRole gives the role that a line's own words show, wherever it
// stands: a byline, a credit, a caption, a time stamp, a share line, a
// call to action, a dateline alone on its line.
func patternRole(s string, sh *paraShape) (structRole, bool) {
	switch {
	case sh.words <= 14 && bylineStart(s) && bylineRE.MatchString(s):
		return structByline, true
	case sh.words <= 12 && (strings.IndexByte(s, '/') >= 0 || sh.words <= 3) && onlyCreditRE.MatchString(s):
		return structCredit, true
	case matchHead(captionRE, s):
		return structCaption, true
	case sh.words <= 60 && creditAt(s) >= 0:
		if creditOnly(s) {
			return structCredit, true
		}
		return structCaption, true
	case isBoilerLine(s):
		return structBoilerplate, true
	case sh.words <= 40 && strings.Contains(s, "contributed") && contributedRE.MatchString(s):
		return structBoilerplate, true
	case sh.words <= 16 && (timeStamp(s) || shareLine(s)):
		return structBoilerplate, true
	case sh.words <= 12 && strings.Contains(s, "@") && !sh.terminal && emailRE.MatchString(s):
		return structByline, true
	case sh.words <= 8 && datelineLen(s) == len(s):
		return structDateline, true
	}
	return structBody, false
}

// emailRE matches an e-mail address (a reporter's, under a byline).
var emailRE = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.-]+`)

// creditOnly reports whether the whole line is a credit ("Photograph:
// Jane Doe/Reuters"), not a caption that ends with one.
func creditOnly(s string) bool {
	at := creditAt(s)
	return at >= 0 && strings.TrimSpace(s[:at]) == ""
}

// datelineLen returns the length of the dateline opening s, or 0.
func datelineLen(s string) int {
	head := s[:min(len(s), 90)]
	if s == "" || !strings.ContainsAny(head, "-—–:") {
		return 0
	}
	if loc := datelineRE.FindStringIndex(s); unicode.IsUpper(firstRune(s)) && loc != nil {
		// The capitals must be a place, not a shouted headline: at most
		// four words before the mark.
		if fieldCount(s[:loc[1]]) <= 6 {
			return loc[1]
		}
	}
	if !strings.Contains(head, "(") {
		return 0
	}
	if loc := agencyDatelineRE.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}

// nameLine reports whether s reads as a byline without "By": a few
// capitalised names, joined by "and", commas or bars, perhaps with a
// reporter's title or the outlet ("JANE SMITH AND JOHN DOE THE WASHINGTON
// POST", "Jane Smith, Diplomatic Correspondent", "Jane Smith in Kyiv").
func nameLine(s string) bool {
	names := 0
	fields := strings.Fields(s)
	if len(fields) < 2 || len(fields) > 12 {
		return false
	}
	for _, w := range fields {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		lw := strings.ToLower(core)
		switch {
		case core == "":
			if w != "|" && w != "&" && w != "/" && w != "·" && w != "-" && w != "—" && w != "–" {
				return false
			}
		case lw == "and" || lw == "in" || lw == "at" || lw == "for" || lw == "the" || lw == "of" || reporterWords[lw]:
		case unicode.IsUpper(firstRune(core)):
			names++
		default:
			return false
		}
	}
	return names >= 2
}

// reporterWords are the titles that follow a reporter's name.
var reporterWords = makeSet(`reporter reporters correspondent correspondents editor editors writer writers staff
contributor columnist bureau chief producer analyst journalist`)

// timeWords are the words of a time stamp line.
var timeWords = makeSet(`updated published posted last modified on at ago hour hours minute minutes min mins day days
am pm a.m p.m gmt utc bst cet cest est edt pst pdt cst cdt et pt ist jst aest read first today yesterday
mon tue tues wed thu thur thurs fri sat sun`)

// timeStamp reports whether s is only a date or a time ("Updated 3:41 PM
// EST", "Mon 4 Mar 2024 14.02 GMT", "14:12 BRT", "5 min read", "2 hours
// ago").
func timeStamp(s string) bool {
	digits, words := false, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return isSpace(r) || r == ',' || r == '|' || r == '·' || r == '•' || r == '—' || r == '–' || r == '(' || r == ')'
	}) {
		lw := strings.ToLower(strings.Trim(w, ".:"))
		switch {
		case lw == "" || lw == "-":
		case strings.IndexFunc(lw, unicode.IsLetter) < 0:
			digits = digits || strings.IndexFunc(lw, unicode.IsDigit) >= 0
		case timeWords[lw] || months[lw] || dayNamesSet[lw] || isDayNumber(lw):
			words++
			digits = digits || lw == "ago" || strings.IndexFunc(lw, unicode.IsDigit) >= 0
		case len(lw) > 2 && (strings.HasSuffix(lw, "am") || strings.HasSuffix(lw, "pm")) && unicode.IsDigit(rune(lw[0])):
			digits = true // "3:41pm"
		case digits && zoneAbbreviation(w):
			words++ // "14:12 BRT", "09:30 WAT": a clock's zone, whichever
		default:
			return false
		}
	}
	return digits && words > 0
}

// zoneAbbreviation reports whether w is written as a time zone's
// abbreviation after a clock time: two to five capital letters.
func zoneAbbreviation(w string) bool { return capitalLetters(w, 2, 5) }

// shareWords are the words of a share or social line.
var shareWords = makeSet(`share shares sharing this article story page on via the to copy link print save saved email e-mail
facebook twitter x whatsapp linkedin reddit pinterest telegram messenger flipboard bluesky threads sms comment comments gift
follow tweet`)

// networkWords are the words that make a line a share line.
var networkWords = makeSet(`share facebook twitter whatsapp linkedin reddit pinterest telegram messenger flipboard bluesky
email e-mail print`)

// shareLine reports whether s is a row of share buttons ("Share on
// Facebook Share on Twitter Email", "Copy link").
func shareLine(s string) bool {
	network := false
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return isSpace(r) || r == '|' || r == '·' || r == '•' || r == ',' }) {
		lw := strings.ToLower(strings.Trim(w, ".:!"))
		if !shareWords[lw] {
			return false
		}
		network = network || networkWords[lw] || lw == "copy"
	}
	return network
}

// setStructure gives every sentence its role: the role of its paragraph,
// or for story paragraphs the role its own words show (a byline or a
// credit inside a paragraph, "(Reporting by …)" after the last sentence).
// It keeps some story: when every sentence would be set apart, the layout
// evidence was wrong and the sentences are story text again.
func (d *doc) setStructure(lay layout) {
	d.structure = make([]structRole, len(d.sents))
	d.boiler = make([]bool, len(d.sents))
	body := 0
	for si := range d.sents {
		r := lay.roles[d.sents[si].Para]
		switch r {
		case structBody:
			r = sentenceRole(d.sents[si].Text)
		case structCaption:
			if creditOnly(d.sents[si].Text) || onlyCreditRE.MatchString(d.sents[si].Text) {
				r = structCredit
			}
		}
		d.structure[si] = r
		if r == structBody {
			body++
		}
	}
	if body == 0 {
		for si := range d.sents {
			switch d.structure[si] {
			case structHeadline, structStandfirst, structSubhead:
				d.structure[si] = structBody
			}
		}
	}
	for si, r := range d.structure {
		d.boiler[si] = r != structBody
		d.sents[si].Furniture = r != structBody
	}
}

// sentenceRole is the role that a sentence of a story paragraph shows by
// its own words.
func sentenceRole(s string) structRole {
	switch {
	case isBoilerLine(s):
		return structBoilerplate
	case len(s) < 200 && bylineStart(s) && bylineRE.MatchString(s):
		return structByline
	case (s[0] == '(' || mayOpenCredit(s)) && creditOnly(s):
		return structCredit
	}
	if strings.Count(s, " ") > 2 {
		return structBody
	}
	// A sentence without a lower-case word, three words at most and no
	// sentence end: a label or a name standing alone ("READ MORE",
	// "Reuters", "1."), not an answer ("Possibly.", "Set?").
	words, lower := 0, 0
	for _, w := range strings.Fields(s) {
		words++
		if r := firstRune(w); unicode.IsLower(r) {
			lower++
		}
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if words <= 3 && lower == 0 && !strings.ContainsAny(s, "“”\"") && (last != '.' && last != '!' && last != '?' || !hasLetter(s)) {
		return structBoilerplate
	}
	return structBody
}

// mayOpenCredit reports whether s begins with a credit label's word.
func mayOpenCredit(s string) bool {
	for _, w := range creditWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// datelinePlace returns the place a dateline names, as a name: its words
// before a comma, a bracket or the dash, in capitals only where the
// dateline writes a word all in capitals ("BERGEN, Norway (Reuters) -" is
// "Bergen", "MOSCOW/KYIV" is "Moscow/Kyiv"); "" for no dateline.
func datelinePlace(dl string) string {
	dl = strings.TrimSpace(dl)
	if i := strings.IndexAny(dl, ",(—–:"); i >= 0 {
		dl = dl[:i]
	}
	if i := strings.Index(dl, " -"); i >= 0 {
		dl = dl[:i]
	}
	dl = strings.TrimRight(strings.TrimSpace(dl), "-")
	if dl == "" {
		return ""
	}
	words := strings.Fields(dl)
	for k, w := range words {
		if w != strings.ToUpper(w) {
			continue
		}
		parts := strings.Split(w, "/")
		for j, p := range parts {
			r := []rune(strings.ToLower(p))
			if len(r) > 0 {
				r[0] = unicode.ToUpper(r[0])
			}
			parts[j] = string(r)
		}
		words[k] = strings.Join(parts, "/")
	}
	return strings.Join(words, " ")
}
