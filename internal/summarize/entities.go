package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// mention is a capitalised name found in the text: a person, a country, an
// organisation, a group, or something not yet known.
type mention struct {
	t0, t1   int    // token range [t0, t1) of the whole mention, titles included
	n0       int    // first token of the name proper (after titles)
	sent     int    // sentence index
	name     string // the name without titles ("Jim McGovern")
	role     string // titles before the name ("Rep.", "Secretary of State")
	kind     string // KindPerson, KindCountry, KindOrganisation, KindGroup or ""
	ent      int    // entity index, -1 when none
	inQuote  bool
	demonym  bool // "Russian" standing for Russia
	initial  bool // at the start of a sentence
	titleOnl bool // a title with no name ("the President")
	employer bool // the company before an officer's title ("Acme | Chief Executive")
}

// entity is one person, country, organisation or group with all its mentions.
type entity struct {
	name     string // the fullest name seen
	lower    string // name in lower case
	kind     string
	mentions int
	gender   byte     // 'm', 'f' or 0
	roles    []string // role words (lower case): "president", "minister"
	roleText string   // the fullest role description seen
	first    int      // token index of the first mention
	last     int      // token index of the last mention
	party    string   // country or body the person belongs to, when said
	tokens   []string // lower-cased name tokens
}

// nameToken reports whether token t can be part of a name: a capitalised
// word, not an adjective a hyphen makes of a name ("Ivy League-trained",
// "South Florida-based", "Clinton-supporting").
func nameToken(t *token) bool {
	if !t.word {
		return false
	}
	if !t.cap {
		return particleName(t.text)
	}
	return !hyphenAdjective(t.text)
}

// particleName reports whether w is a name after a particle joined by a
// hyphen in lower case ("al-Ansari", "el-Sisi"), which goes on a name
// ("Majed al-Ansari").
func particleName(w string) bool {
	// Only a particle ending in a hyphen counts, and strings.ToLower
	// writes a hyphen only for a hyphen: a word without one (most
	// words) is turned down before it is lower-cased.
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	p := nameParticle(strings.ToLower(w))
	if !strings.HasSuffix(p, "-") || len(w) <= len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[len(p):])
	return unicode.IsUpper(r)
}

// hyphenAdjective reports whether a word ends in a participle joined by a
// hyphen ("League-trained", "Florida-based", "Democratic-aligned",
// "Clinton-supporting", "Saudi-led"): an adjective made of a name. Names' own hyphened
// syllables ("Geun-hye", "Jong-un", "Jae-in") are short and end otherwise.
func hyphenAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	suf := w[i+1:]
	for j := 0; j < len(suf); j++ {
		if suf[j] < 'a' || suf[j] > 'z' {
			return false
		}
	}
	return len(suf) >= 3 && strings.HasSuffix(suf, "ed") || len(suf) >= 6 && strings.HasSuffix(suf, "ing")
}

// connectors may join two capitalised words inside one name.
var connectors = makeSet(`of for and the de del della di da van von der den al bin binti bint ben la las los le du des dos das y on pour sur para por per`)

// The marks of doc.lowerSeen.
const (
	seenLower uint8 = 1 << iota // written without a capital
	seenAsIs                    // written in lower case letter for letter
)

// findMentions finds the capitalised names of every sentence.
func (d *doc) findMentions() {
	// Words seen in lower case, and words seen capitalised inside a
	// sentence: they tell a sentence-initial name from an ordinary word.
	d.lowerSeen = make(map[string]uint8, len(d.toks)/4)
	d.capMid = make(map[string]bool, len(d.toks)/16)
	d.capPairs = make(map[[2]string]bool, len(d.toks)/32)
	d.capAlone = make(map[string]bool, len(d.toks)/16)
	d.ownNames = make(map[string]bool, len(d.toks)/32)
	for si := range d.sents {
		first := true
		for ti := d.sentTok[si]; ti < d.sentTok[si+1]; ti++ {
			t := &d.toks[ti]
			if !t.word {
				if t.text != "“" && t.text != "\"" && t.text != "‘" && t.text != "(" {
					first = false
				}
				continue
			}
			if !t.cap {
				seen := seenLower
				if t.text == t.lower {
					seen |= seenAsIs
				}
				d.lowerSeen[t.lower] |= seen
			} else if !first {
				d.capMid[t.lower] = true
				if n := ti + 1; n < d.sentTok[si+1] && d.toks[n].word && d.toks[n].cap && d.toks[n].start == t.end+1 {
					d.capPairs[[2]string{t.lower, stripPossessive(d.toks[n].lower)}] = true
				}
			}
			if t.cap && !d.capNeighbour(ti, si) {
				d.capAlone[stripPossessive(t.lower)] = true
			}
			if !first {
				if w, next, ok := d.ownName(ti, si); ok {
					// The key "w next", written on the stack: a string
					// of its own only for a pair not kept yet.
					var kb [2 * lowerBufLen]byte
					key := append(append(append(kb[:0], w...), ' '), next...)
					if !d.ownNames[string(key)] {
						d.ownNames[string(key)] = true
					}
				}
			}
			first = false
		}
	}
	for si := range d.sents {
		// Headlines, bylines, captions and credits name no one who takes
		// part in the story.
		if d.isBody(si) {
			d.sentenceMentions(si)
		}
	}
	d.linkEntities()
}

// sentenceMentions scans one sentence for capitalised sequences.
func (d *doc) sentenceMentions(si int) {
	t0, t1 := d.sentTok[si], d.sentTok[si+1]
	initialTok := -1
	for ti := t0; ti < t1; ti++ {
		if d.toks[ti].word {
			initialTok = ti
			break
		}
	}
	for ti := t0; ti < t1; {
		t := &d.toks[ti]
		// A name starts with a capital; "al-Ansari" only goes on one.
		if !t.cap || !nameToken(t) || isPartyTag(t.text) {
			ti++
			continue
		}
		// Extend the sequence.
		end := ti + 1
		for end < t1 {
			nt := &d.toks[end]
			if nameToken(nt) && !isPartyTag(nt.text) {
				// "the US Trade Representative's Office": the office of a
				// title's holder is a body named after the title.
				// "the People's Bank of China", "the Korean People's
				// Army": "People's" is inside the name.
				// "St. Brendan's Medical Center": a saint's name in a
				// body's.
				// "the International Longshoremen's Association": a
				// members' body named after its members.
				saint := d.toks[ti].lower == "st." || d.toks[ti].lower == "st" || d.toks[ti].lower == "saint"
				members := memberBodies[nt.lower] && strings.HasSuffix(stripPossessive(d.toks[end-1].lower), "men")
				if endsPossessive(d.toks[end-1].text) && !(nt.lower == "office" && titleWords[stripPossessive(d.toks[end-1].lower)]) && stripPossessive(d.toks[end-1].lower) != "people" && !saint && !members {
					break
				}
				end++
				continue
			}
			// "Mac an t-…", "Nic na …": a Gaelic surname's article goes
			// on the name, with the capitalised name after it, bare or
			// after t- or h-.
			if gaelicArticle(d.toks[end-1].text, nt.lower) && end+1 < t1 && gaelicNameWord(d.toks[end+1].text) {
				end += 2
				continue
			}
			// "Transport and General Workers' Union": a plural's
			// apostrophe inside a body's name.
			if (nt.text == "'" || nt.text == "’") && nt.start == d.toks[end-1].end && strings.HasSuffix(d.toks[end-1].lower, "s") &&
				end+1 < t1 && nameToken(&d.toks[end+1]) && memberBodies[d.toks[end+1].lower] {
				end++
				continue
			}
			// "Local No. 14", "Dockers' Union No. 3": a body's number
			// closes its name (not where the run opens: "No. 2 official").
			if nt.text == "." && end-1 > ti && d.toks[end-1].lower == "no" && end+1 < t1 && d.toks[end+1].start == nt.end+1 && allDigits(d.toks[end+1].text) {
				end += 2
				break
			}
			// "Sen." "J." — a period after a title abbreviation or an initial.
			if nt.text == "." && end+1 < t1 && nameToken(&d.toks[end+1]) && d.toks[end+1].start == nt.end+1 {
				prev := d.toks[end-1].lower
				if titleAbbrev[prev] || utf8.RuneCountInString(prev) == 1 {
					end++
					continue
				}
			}
			// "the Department of Coasts, Forests and Tourism": a
			// body's name that lists its fields goes on over the commas
			// between them.
			if nt.text == "," {
				if e := d.fieldListEnd(ti, end, t1); e > end {
					end = e
				}
				break
			}
			// Connectors: "Bank of England", "Centre for the National Interest".
			conn := nt.lower
			if nt.text == "&" {
				conn = "and" // "Oil & Natural Gas Corporation"
			}
			if (nt.word && connectors[conn] || nt.text == "&") && end+1 < t1 {
				k := end + 1
				if d.toks[k].word && d.toks[k].lower == "the" && k+1 < t1 {
					k++
				}
				// "Ursula von der Leyen", "Charles de la Cruz": particles
				// in a row.
				for n := 0; n < 2 && k+1 < t1 && d.toks[k].word && !d.toks[k].cap && connectors[d.toks[k].lower] && conn != "and" && conn != "of" && conn != "for" && conn != "on"; n++ {
					k++
				}
				// "Public and Commercial Services Union": the body's word
				// may come after "and".
				after := k
				for after < t1 && nameToken(&d.toks[after]) && !endsPossessive(d.toks[after].text) {
					after++
				}
				// "and the" joins two names, never one ("Verizon
				// Communications and the Communications Workers").
				// "Senate Democrats on Tuesday", "Shire PLC on Thursday": a
				// day or a month is when, never part of a name.
				when := dayNamesSet[d.toks[k].lower] || months[strings.TrimSuffix(d.toks[k].lower, ".")]
				if nameToken(&d.toks[k]) && !when && !endsPossessive(d.toks[end-1].text) && !(conn == "and" && k != end+1) &&
					(nt.text == "&" || connectorFits(d.toks[ti:end], conn) || conn == "and" && d.joinsBody(ti, end, k, after) || d.listedRun(ti, after)) {
					end = k + 1
					continue
				}
				// "the Comité des riverains de l'Étang": a body's name in
				// a language that writes its names in sentence case goes
				// on over lower-case words to the name that closes it.
				if e := d.sentenceCaseNameEnd(end, t1); e > end {
					end = e
					continue
				}
			}
			break
		}
		d.addMention(si, ti, end, ti == initialTok)
		ti = end
	}
}

// listedRun reports whether tokens [from, to) are a name the lists know
// whole ("Democratic Republic of Congo", whose "of" no body's or title's
// word carries).
func (d *doc) listedRun(from, to int) bool {
	if to-from < 3 {
		return false
	}
	_, ok := lookupGazLower(d.nameText(d.toks[from:to]))
	return ok
}

// personAfter finds a person's name closing a run of capitalised words
// that first names a body or a place, with or without the person's title
// ("Minister of Education Stefania Giannini", "CEO of the Refugee Council
// Enver Solomon", "Ambassador to Britain Liu Xiaoming", "University of
// Texas Arlington Amneh Jafari"). The name is the last two words, or
// three after a known first name; they must be no body's, title's,
// place's or connector's words. It must be a person's: a known first
// name, a surname the document writes alone ("Jafari said"), or a name
// it writes on its own elsewhere ("Ambassador Hamdullah Mohib says"), or
// a name the entity model reads as a person's, word for word. It
// must follow a capitalised word that is no title (a title's own case is
// roleOfBody's), connector or people's adjective, and the words before
// it must name a body (a body's word), a place the lists know, or follow
// a title and a connector.
func (d *doc) personAfter(toks []token) nameAfterBody {
	var wi []int
	for i := range toks {
		if toks[i].word {
			wi = append(wi, i)
		}
	}
	if len(wi) < 3 {
		return nameAfterBody{}
	}
	lw := func(j int) string { return strings.Trim(stripPossessive(toks[wi[j]].lower), ".") }
	k := len(wi) - 2
	if len(wi) >= 4 && isKnownFirstName(lw(len(wi)-3)) {
		k = len(wi) - 3
	}
	if endsPossessive(toks[wi[len(wi)-1]].text) {
		return nameAfterBody{}
	}
	if connectors[lw(k-1)] || titleWords[lw(k-1)] {
		// "Department of Veterans Affairs"; "Governor Mark Carney" is
		// the title's own case (roleOfBody).
		return nameAfterBody{}
	}
	for j := k; j < len(wi); j++ {
		w := lw(j)
		if !toks[wi[j]].cap || orgWords[w] || titleWords[w] || connectors[w] || stopCaps[w] || lookupDemonym(w) || utf8.RuneCountInString(w) < 2 {
			return nameAfterBody{}
		}
		if _, ok := lookupGaz(w); ok {
			return nameAfterBody{}
		}
	}
	if sur := lw(len(wi) - 1); !isKnownFirstName(lw(k)) && (!d.capAlone[sur] || d.lowerSeen[sur] != 0) && !(len(wi)-k == 2 && d.ownNames[lw(k)+" "+sur]) &&
		!(d.modelNamesPerson != nil && d.modelNamesPerson(toks[wi[k]].start, toks[wi[len(wi)-1]].end)) {
		return nameAfterBody{}
	}
	if lookupDemonym(lw(k - 1)) {
		// "Greek Orthodox Church": a people's adjective names no body.
		return nameAfterBody{}
	}
	if _, ok := lookupGaz(lw(k) + " " + lw(k+1)); ok {
		return nameAfterBody{}
	}
	// What comes before the name.
	head := make([]string, 0, k)
	for j := 0; j < k; j++ {
		head = append(head, toks[wi[j]].text)
	}
	end := k
	// The body starts after a title and its connectors ("CEO of the |
	// Refugee Council"); an envoy "to" a place serves there but is not
	// its own, and a minister "of Education" holds a portfolio, no body.
	from, role := 0, k
	for j := 0; j+1 < end; j++ {
		if titleWords[lw(j)] && connectors[lw(j+1)] {
			from = j + 2
			for from < end && (connectors[lw(from)] || lw(from) == "the") {
				from++
			}
			if lw(j+1) == "to" {
				role = j + 1
			}
		}
	}
	if from == end {
		return nameAfterBody{}
	}
	listed, place := false, false
	for j := from; j < end && !listed; j++ {
		var g gazEntry
		g, listed = lookupGaz(strings.ToLower(strings.Join(head[j:end], " ")))
		place = listed && g.kind == KindCountry
	}
	body := listed || isOrgName(head[from:end])
	if from == 0 && !body {
		return nameAfterBody{}
	}
	out := nameAfterBody{name: wi[k]}
	if body && role == k {
		out.body, out.bodyEnd = wi[from], wi[end-1]+1
	}
	// A place with no title before the name ("… to the United States |
	// Hamdullah Mohib") says where the person is, not whose side they
	// are on: no role.
	if from > 0 || !place {
		out.roleEnd = toks[wi[role-1]].end
	}
	return out
}

// nameAfterBody is where personAfter finds a person's name in a run of
// capitalised words: the token the name starts at (0: none), the body's
// name before it (body == bodyEnd: none to name) and the byte offset
// where the person's role ends ("Chinese Ambassador | to Britain"; 0: no
// role).
type nameAfterBody struct {
	name, body, bodyEnd int
	roleEnd             int
}

// ownName returns the two capitalised words starting at token ti of
// sentence si (lower case, the second without a possessive), and true
// when they are a name of their own: no capitalised word after them, and
// none before them but a title ("Ambassador Hamdullah Mohib says").
func (d *doc) ownName(ti, si int) (string, string, bool) {
	lo, hi := d.sentTok[si], d.sentTok[si+1]
	n := ti + 1
	if !d.toks[ti].word || !d.toks[ti].cap || n >= hi || !d.toks[n].word || !d.toks[n].cap || d.toks[n].start != d.toks[ti].end+1 {
		return "", "", false
	}
	if n+1 < hi && d.toks[n+1].word && d.toks[n+1].cap && d.toks[n+1].start == d.toks[n].end+1 {
		return "", "", false
	}
	if p := ti - 1; p >= lo && d.toks[p].word && d.toks[p].cap && !titleWords[strings.Trim(d.toks[p].lower, ".")] {
		return "", "", false
	}
	return d.toks[ti].lower, stripPossessive(d.toks[n].lower), true
}

// capNeighbour reports whether the word token ti of sentence si has a
// capitalised word right before or after it.
func (d *doc) capNeighbour(ti, si int) bool {
	for _, n := range [2]int{ti - 1, ti + 1} {
		if n >= d.sentTok[si] && n < d.sentTok[si+1] && d.toks[n].word && d.toks[n].cap {
			return true
		}
	}
	return false
}

// namesWithNext reports whether the sentence-initial word of toks, one the
// scan takes for an ordinary word ("New", "First"), is the start of the
// name after it: the lists know the two words as one name ("New Zealand's
// Prime Minister…"), or the document writes them together, capitalised,
// inside a sentence. An article never is ("The Hague" is listed whole).
func (d *doc) namesWithNext(toks []token) bool {
	if w := toks[0].lower; len(toks) < 2 || !toks[1].word || w == "the" || w == "a" || w == "an" {
		return false
	}
	w, next := toks[0].lower, stripPossessive(toks[1].lower)
	if d.capPairs[[2]string{w, next}] {
		return true
	}
	_, ok := lookupGaz(w + " " + next)
	return ok
}

// roleBefore reports whether the word before token a is a lower-case role
// ("spokesperson", "negotiator", "executive"): a name after it is a person.
func (d *doc) roleBefore(a int) bool {
	if a == 0 {
		return false
	}
	t := &d.toks[a-1]
	return t.word && !t.cap && (roleHeads[t.lower] || titleWords[t.lower]) && !connectors[t.lower]
}

// speaksNext reports whether token i is a cue verb or a colon before a
// quotation: what follows a speaker's name.
func (d *doc) speaksNext(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	if d.toks[i].text == ":" {
		return i+1 < len(d.toks) && isOpening(firstRune(d.toks[i+1].text))
	}
	_, ok := cueVerbs[d.toks[i].lower]
	return ok && !d.toks[i].cap
}

// hyphenModifier reports whether a word is a place or a name turned into a
// modifier by a hyphenated suffix ("Luxembourg-based", "UK-wide",
// "Saudi-led").
func hyphenModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "based", "led", "backed", "owned", "born", "wide", "era", "style", "funded", "run", "controlled", "made",
		"passed", "approved", "sponsored", "brokered", "imposed", "allied", "linked", "affiliated", "dominated",
		"hit", "strapped", "laden", "making", "stricken", "ravaged", "torn", "struck":
		return true
	}
	return false
}

// fieldListEnd returns the end of a body's name [ti, end) that goes on
// over a comma (at end) to list the fields it is of or for ("Ministry of
// Fisheries, Ports and Shipping"): the name so far has a body's word with
// "of" or "for" after it, the words after the comma are names joined by
// commas and one "and" before the last, and the entity model reads the
// whole as one body's name. It returns end when the name stops at the
// comma.
func (d *doc) fieldListEnd(ti, end, t1 int) int {
	if d.modelBodyEnd == nil {
		return end
	}
	field := false
	for k := ti + 1; k < end; k++ {
		if (d.toks[k].lower == "of" || d.toks[k].lower == "for") && orgWords[strings.Trim(d.toks[k-1].lower, ".")] {
			field = true
		}
	}
	if !field {
		return end
	}
	stop := d.modelBodyEnd(d.toks[ti].start)
	if stop <= d.toks[end].end {
		return end
	}
	and := false
	k := end
	for ; k < t1 && d.toks[k].start < stop; k++ {
		tk := &d.toks[k]
		switch {
		case tk.text == "," && !and && k+1 < t1 && nameToken(&d.toks[k+1]):
		case (tk.lower == "and" || tk.text == "&") && !and && nameToken(&d.toks[k-1]) && k+1 < t1 && nameToken(&d.toks[k+1]):
			and = true
		case tk.cap && nameToken(tk) && !endsPossessive(tk.text) && d.toks[k-1].text != ".":
		default:
			return end
		}
	}
	if !and || d.toks[k-1].end != stop {
		return end
	}
	return k
}

// joinsBody reports whether the names [ti, end) and [k, after), joined by
// "and", are one body's name: the second ends in a body's word ("Public
// and Commercial Services Union") and the first is no name of its own
// (not "Germany and Deutsche Bank", nor "Elliott Management and Silver
// Point Capital", whose first ends in a firm's word).
func (d *doc) joinsBody(ti, end, k, after int) bool {
	if after <= k || !orgWords[strings.Trim(d.toks[after-1].lower, ".")] {
		return false
	}
	if last := strings.Trim(d.toks[end-1].lower, "."); end-ti > 1 && (orgWords[last] || firmNouns[last]) {
		return false
	}
	_, known := lowerHas(gazetteer, d.nameText(d.toks[ti:end]))
	return !known
}

// connectorFits reports whether a connector may continue the name so far:
// "of"/"for"/"and" only inside organisation-like names or after titles.
func connectorFits(seq []token, conn string) bool {
	switch conn {
	case "and":
		// Only a body's name goes on over "and" ("Department for
		// Business and Trade"): after a title it joins two people ("Vice
		// Premier He Lifeng and Treasury Secretary Scott Bessent"), and
		// after a body's closing word two bodies ("the Fire Brigades
		// Union and Unison").
		if len(seq) > 0 && orgWords[strings.Trim(seq[len(seq)-1].lower, ".")] {
			return false
		}
		// A name after a title ends there: "House Speaker Mike Johnson
		// and Senate Majority Leader Chuck Schumer".
		if last := strings.Trim(seq[len(seq)-1].lower, "."); len(seq) > 1 && !titleWords[last] &&
			slices.ContainsFunc(seq[:len(seq)-1], func(t token) bool { return titleWords[strings.Trim(t.lower, ".")] }) {
			return false
		}
		for i := range seq {
			if orgWords[strings.Trim(seq[i].lower, ".")] {
				return true
			}
		}
		return false
	case "of", "for", "on", "the":
		// A titled person's name ends before "of" ("Sen. Ann Cole of
		// Ohio"): a title's "of" comes right after it ("Secretary of
		// State").
		// So does one whose title comes before it ("Rep. Chip Roy of
		// Texas"), given name known or not, in a run with no body's word.
		if last := strings.Trim(seq[len(seq)-1].lower, "."); len(seq) > 1 && !orgWords[last] && !titleWords[last] &&
			(slices.ContainsFunc(seq, func(t token) bool { return isKnownFirstName(t.lower) }) ||
				slices.ContainsFunc(seq, func(t token) bool { return titleWords[strings.Trim(t.lower, ".")] }) &&
					!slices.ContainsFunc(seq, func(t token) bool { return orgWords[strings.Trim(t.lower, ".")] })) {
			return false
		}
		for i := range seq {
			w := strings.Trim(seq[i].lower, ".")
			if orgWords[w] || titleWords[w] {
				return true
			}
		}
		return false
	}
	return true
}

// hasAmpersand reports whether an "&" joins the tokens.
func hasAmpersand(toks []token) bool {
	for i := range toks {
		if toks[i].text == "&" {
			return true
		}
	}
	return false
}

// memberBodies are the words of a body named after its members ("Workers'
// Union", "Pilots' Association").
var memberBodies = makeSet(`union unions association federation league guild alliance congress council society`)

// isPartyTag reports whether w is a US party-and-state tag like "D-Mass".
func isPartyTag(w string) bool {
	return len(w) >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

func endsPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "‘s")
}

func stripPossessive(w string) string {
	if w == "" || w[len(w)-1] != 's' {
		return w // every possessive ending ends in "s"
	}
	for _, suf := range []string{"'s", "’s", "‘s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// addMention classifies the token sequence [a, b) and records it.
func (d *doc) addMention(si, a, b int, initial bool) {
	toks := d.toks[a:b]
	// dropFirst drops the first word (and the punctuation after it) from
	// the name; false when nothing is left.
	dropFirst := func() bool {
		a++
		toks = toks[1:]
		initial = false
		for len(toks) > 0 && !toks[0].word {
			a++
			toks = toks[1:]
		}
		return len(toks) > 0
	}
	// A sentence-initial ordinary word is not part of a name.
	if initial {
		w := stripPossessive(toks[0].lower)
		// "US Airways" opening a sentence: an acronym is no "us".
		acronym := len(toks[0].text) >= 2 && isUpperForm(toks[0].text)
		// "Negotiators for the … Federation" where the text writes
		// "negotiator": a plural of a word seen in lower case.
		// A word seen only with capitals inside ("al-Obeidi") is a
		// name's particle form, not a common word: "Al-Obeidi said…"
		// opens a name.
		lower := d.lowerSeen[w]&seenAsIs != 0 || d.lowerSeen[singular(w)]&seenAsIs != 0 && !d.capMid[singular(w)]
		// "Negotiators for the International Dockworkers' Federation":
		// people of a body, not part of its name.
		ofBody := titleWords[w] && singular(w) != w && len(toks) > 2 && (toks[1].lower == "for" || toks[1].lower == "of" || toks[1].lower == "at")
		if stopCaps[w] && !acronym && !d.namesWithNext(toks) || !d.capMid[w] && lower && !isKnownName(w) && (!(titleWords[w] && b-a > 1) || ofBody) {
			if b-a == 1 || !dropFirst() {
				return
			}
			for ofBody && !toks[0].cap && (connectors[toks[0].lower] || toks[0].lower == "at") {
				if !dropFirst() {
					return
				}
			}
		}
	}
	// A day of the week opens no name ("On Tuesday Mitsubishi
	// confirmed…"), nor does a hyphenated modifier ("Luxembourg-based
	// Clearstream", "UK-wide").
	for len(toks) > 0 && (b-a > 1 && dayNamesSet[stripPossessive(toks[0].lower)] || hyphenModifier(toks[0].lower)) {
		if !dropFirst() {
			return
		}
	}
	// Drop trailing connectors and periods.
	for len(toks) > 0 && (!toks[len(toks)-1].word || connectors[toks[len(toks)-1].lower]) {
		toks = toks[:len(toks)-1]
		b--
	}
	if len(toks) == 0 {
		return
	}
	// "The al-Tanf base": a name after a particle goes on a name, it
	// starts none.
	if !toks[0].cap {
		return
	}
	// A month before a day's number is a date, not a name ("published
	// Oct. 25", "on April 3").
	if len(toks) == 1 && months[toks[0].lower] && d.numberAfter(a+1) {
		return
	}
	// A day of the week on its own is when, never who ("Former Governor
	// Hal Brennan on Wednesday called…").
	if len(toks) == 1 && dayNamesSet[stripPossessive(toks[0].lower)] {
		return
	}
	m := mention{t0: a, t1: b, n0: a, sent: si, ent: -1, initial: initial}
	m.inQuote = d.inQuote[a]
	words := make([]string, 0, len(toks))
	for i := range toks {
		if toks[i].word {
			words = append(words, toks[i].text)
		}
	}
	// A lone letter names no one (mojibake "Â£1bn", a list's "B"), nor
	// do the letters set off after a person's name ("Tom Molomby, SC,").
	if len(words) == 1 && utf8.RuneCountInString(words[0]) == 1 {
		return
	}
	if len(words) == 1 && nlp.PostNominal(words[0]) && a >= 2 && d.toks[a-1].text == "," && nameToken(&d.toks[a-2]) {
		return
	}
	full := d.nameText(toks)
	// Known countries, bodies and groups, with or without "the". A
	// capital after "in" or "at" is a place, not its government.
	if g, ok := lookupGazLower(full); ok {
		if hyphenLowerIn(capitals, full) && d.locative(a) {
			return
		}
		// "US $5": a country's name before a dollar sign names its
		// currency.
		if g.kind == KindCountry && b < len(d.toks) && strings.HasPrefix(d.toks[b].text, "$") {
			return
		}
		m.name, m.kind, m.demonym = g.name, g.kind, g.demonym
		d.mentions = append(d.mentions, m)
		return
	}
	// "Minister of Education Stefania Giannini", "University of Texas
	// Arlington Amneh Jafari": a person named after the body or place
	// they belong to is a mention of their own, on that body's side.
	if nb := d.personAfter(toks); nb.name > 0 {
		n := len(d.mentions)
		if nb.bodyEnd > nb.body {
			d.addMention(si, a+nb.body, a+nb.bodyEnd, initial && nb.body == 0)
			if len(d.mentions) > n && d.mentions[n].kind == "" {
				d.mentions[n].kind = KindOrganisation
			}
		}
		n = len(d.mentions)
		d.addMention(si, a+nb.name, b, false)
		if len(d.mentions) > n {
			p := &d.mentions[n]
			if p.kind == "" {
				p.kind = KindPerson
			}
			if p.role == "" && nb.roleEnd > 0 {
				p.role = d.text[toks[0].start:nb.roleEnd]
			}
		}
		return
	}
	// "Managing Director of Kestrel Oil", "Chief Executive of the Harbour
	// Trust": an office of a body named with it. The body is a name of
	// its own; the office, a title alone.
	if k, j := officeOfBody(toks); j > 0 {
		n := len(d.mentions)
		d.addMention(si, a+j, b, false)
		if len(d.mentions) > n && d.mentions[n].kind == "" {
			d.mentions[n].kind = KindOrganisation
		}
		m.t1, m.role, m.titleOnl, m.name = a+k, d.text[toks[0].start:toks[k-1].end], true, ""
		d.mentions = append(d.mentions, m)
		return
	}
	// "Iraqi Water Resources Minister Haidar al-Saadi": an office with
	// its portfolio, whose words are a body's, before a name the entity
	// model reads as a person's: the person, with that role (not the
	// body the words would name otherwise).
	if k := d.titledName(toks); k > 0 && isOrgName(words) && roleOfBody(toks) < 0 && !hasAmpersand(toks) {
		n := len(d.mentions)
		d.addMention(si, a+k, b, false)
		if len(d.mentions) > n {
			p := &d.mentions[n]
			if p.kind == "" || p.kind == KindOrganisation {
				p.kind = KindPerson
			}
			if p.role == "" {
				p.role = d.text[toks[0].start:toks[k-1].end]
			}
		}
		return
	}
	bodyRole := roleOfBody(toks)
	// Names joined by "&" are a firm's ("Duff & Phelps", "Marks &
	// Spencer"): people are joined by "and".
	if (isOrgName(words) || hasAmpersand(toks)) && bodyRole < 0 {
		m.name, m.kind = full, KindOrganisation
		d.mentions = append(d.mentions, m)
		return
	}
	// Titles before the name: the name is what follows the last title word.
	lastTitle := bodyRole
	for i := range toks {
		if !toks[i].word || bodyRole >= 0 {
			break
		}
		w := strings.Trim(toks[i].lower, ".")
		if titleWords[w] || (i == 0 && lookupDemonym(w)) {
			lastTitle = i
		} else if lastTitle >= 0 && !connectors[w] {
			break
		}
	}
	// "Northgate Chief Executive Laura Fenwick": the company a
	// company's officer is named with is a body of its own, and the
	// person, named with the office alone, is on its side.
	if f := companyBefore(toks, lastTitle); f > 0 {
		n := len(d.mentions)
		d.addMention(si, a, a+f, initial)
		if len(d.mentions) > n && d.mentions[n].kind == "" {
			d.mentions[n].kind, d.mentions[n].employer = KindOrganisation, true
		}
		d.addMention(si, a+f, b, false)
		return
	}
	nameToks := toks
	if lastTitle >= 0 {
		rest := toks[lastTitle+1:]
		for len(rest) > 0 && (!rest[0].word || connectors[rest[0].lower]) {
			rest = rest[1:]
		}
		role := d.text[toks[0].start:toks[lastTitle].end]
		if len(rest) == 0 {
			// A title alone: "President", "the Foreign Secretary".
			if !titleWords[strings.Trim(toks[len(toks)-1].lower, ".")] {
				return
			}
			m.role, m.titleOnl, m.name = role, true, ""
			d.mentions = append(d.mentions, m)
			return
		}
		m.role = role
		nameToks = rest
		m.n0 = a + (len(toks) - len(rest))
	}
	words = words[:0]
	for i := range nameToks {
		if nameToks[i].word {
			words = append(words, nameToks[i].text)
		}
	}
	m.name = d.nameText(nameToks)
	if g, ok := lookupGazLower(m.name); ok && m.role == "" {
		m.name, m.kind, m.demonym = g.name, g.kind, g.demonym
		d.mentions = append(d.mentions, m)
		return
	}
	switch {
	case isOrgName(words):
		m.kind = KindOrganisation
	case len(words) >= 2 && len(words) <= 3 && d.roleBefore(a):
		// "spokesperson Lu Kang", "chief executive Lowell McAdam"
		m.kind = KindPerson
		m.role = d.toks[a-1].text
	case m.role != "" && !lookupDemonymOnly(m.role):
		m.kind = KindPerson
	case isKnownFirstNameLower(words[0]) && len(words) >= 2:
		m.kind = KindPerson
	case hasInitial(nameToks):
		m.kind = KindPerson
	}
	d.mentions = append(d.mentions, m)
}

// titledName returns the index of the first token of a person's name
// that ends a name's tokens right after a title ("Haidar al-Saadi" of
// "Iraqi Water Resources Minister Haidar al-Saadi"): two capitalised
// words or more after the last title word, none of them a title's, a
// body's or a connector, that the entity model reads as a person's name;
// else -1.
func (d *doc) titledName(toks []token) int {
	t := -1
	for i := range toks {
		if toks[i].word && titleWords[strings.Trim(toks[i].lower, ".")] {
			t = i
		}
	}
	if t < 0 || d.modelNamesPerson == nil {
		return -1
	}
	k, words := t+1, 0
	// The period of an abbreviated title ("Air Force Gen. Norman Ham")
	// is no word of the name.
	for k < len(toks) && !toks[k].word {
		k++
	}
	for _, tk := range toks[k:] {
		if !tk.word {
			continue
		}
		w := strings.Trim(tk.lower, ".")
		if !tk.cap && !particleName(tk.text) || titleWords[w] || orgWords[w] || connectors[w] {
			return -1
		}
		words++
	}
	if words < 2 || !toks[k].word || !d.modelNamesPerson(toks[k].start, toks[len(toks)-1].end) {
		return -1
	}
	return k
}

// companyBefore returns how many of toks name a company before a
// company officer's title ending at toks[lastTitle] ("Northgate | Chief
// Executive", "Acme | CEO"), or 0: the title must be a chief executive's,
// operating or financial officer's, or a chairman's, and the words before
// it capitalised names that are no title, demonym or connector.
func companyBefore(toks []token, lastTitle int) int {
	if lastTitle <= 0 {
		return 0
	}
	f := -1
	for i := 0; i <= lastTitle; i++ {
		if toks[i].word && titleWords[strings.Trim(toks[i].lower, ".")] {
			f = i
			break
		}
	}
	if f <= 0 {
		return 0
	}
	for i := 0; i < f; i++ {
		w := strings.Trim(toks[i].lower, ".")
		if !toks[i].word || !toks[i].cap || titleWords[w] || connectors[w] || lookupDemonym(w) || endsPossessive(toks[i].text) {
			return 0
		}
	}
	chief := false
	for i := f; i <= lastTitle; i++ {
		switch strings.Trim(toks[i].lower, ".") {
		case "ceo", "chairman", "chairwoman":
			return f
		case "chief":
			chief = true
		case "executive", "officer":
			if chief {
				return f
			}
		}
	}
	return 0
}

// nameText returns the name the tokens spell, as written (initials keep
// their periods), without a final possessive.
func (d *doc) nameText(toks []token) string {
	last := &toks[len(toks)-1]
	end := last.end
	if p := stripPossessive(last.text); len(p) < len(last.text) {
		end = last.start + len(p)
	}
	return collapseSpace(d.text[toks[0].start:end])
}

// locative reports whether the name at token a follows "in", "at" or
// "to" (possibly with "the"): a place.
func (d *doc) locative(a int) bool {
	j := a - 1
	if j >= 0 && d.toks[j].lower == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	switch d.toks[j].lower {
	case "in", "at", "to", "from", "near", "outside", "inside", "across", "around", "visit", "visited", "visiting", "toward", "towards":
		return true
	}
	return false
}

func lookupGaz(l string) (gazEntry, bool) {
	if g, ok := gazetteer[l]; ok {
		return g, true
	}
	if strings.HasPrefix(l, "the ") {
		g, ok := gazetteer[l[4:]]
		return g, ok
	}
	return gazEntry{}, false
}

func lookupDemonym(w string) bool {
	g, ok := gazetteer[w]
	return ok && g.demonym
}

// lookupDemonymOnly reports whether a role is only a demonym ("Russian"),
// which makes "Russian Vladimir" no title at all.
func lookupDemonymOnly(role string) bool {
	g, ok := lowerHas(gazetteer, role)
	return ok && g.demonym
}

func isKnownFirstName(w string) bool {
	if maleNames[w] || femaleNames[w] {
		return true
	}
	// "andrés", "josé", "zoë": the lists write given names without their
	// accents.
	if f := nlp.FoldMarks(w); f != w {
		return maleNames[f] || femaleNames[f]
	}
	return false
}

// isKnownFirstNameLower is isKnownFirstName(strings.ToLower(w)), without
// the lower-case string when w is ASCII (which has no marks to fold).
func isKnownFirstNameLower(w string) bool {
	if asciiOnly(w) {
		return lowerIn(maleNames, w) || lowerIn(femaleNames, w)
	}
	return isKnownFirstName(strings.ToLower(w))
}

// asciiOnly reports whether s holds no byte outside ASCII.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isKnownName(w string) bool {
	if isKnownFirstName(w) {
		return true
	}
	_, ok := gazetteer[w]
	return ok
}

// roleOfBody returns where the title ends in a run of capitalised words
// that is a person under a title naming the body first ("Air Force
// General Tom Reed", "Bank of England Governor Mark Carney", "General
// Motors Chief Executive Mary Barra"), or -1: after the run's last title
// word, which must not open it, come two or three words that start with a
// given name, none of them a word of bodies.
func roleOfBody(toks []token) int {
	k := -1
	for i := range toks {
		if toks[i].word && titleWords[strings.Trim(toks[i].lower, ".")] {
			k = i
		}
	}
	if k <= 0 {
		return -1
	}
	var rest []string
	for _, t := range toks[k+1:] {
		if !t.word {
			continue
		}
		w := strings.Trim(t.lower, ".")
		if orgWords[w] {
			return -1
		}
		if !t.cap && connectors[w] {
			continue // "Ursula von der Leyen"
		}
		rest = append(rest, w)
	}
	if len(rest) < 2 || len(rest) > 3 || !isKnownFirstName(rest[0]) {
		return -1
	}
	return k
}

// officeOfBody returns, for a run of capitalised words that opens with an
// office and goes on over "of" or "at" to a body's name ("Managing
// Director of Kestrel Oil"), the end of the office (k) and the start of
// the body's name (j); 0, 0 otherwise. A portfolio after "of" is part of
// the office ("Secretary of State", "Minister of Foreign Affairs").
func officeOfBody(toks []token) (k, j int) {
	for k < len(toks) && toks[k].word && (titleWords[strings.Trim(toks[k].lower, ".")] || toks[k].lower == "managing") {
		k++
	}
	if k == 0 || k+1 >= len(toks) || toks[k].lower != "of" && toks[k].lower != "at" {
		return 0, 0
	}
	j = k + 1
	if toks[j].lower == "the" {
		j++
	}
	var words []string
	for _, t := range toks[j:] {
		if t.word {
			if !t.cap && !connectors[t.lower] || titleWords[strings.Trim(t.lower, ".")] {
				return 0, 0
			}
			words = append(words, t.text)
		}
	}
	if len(words) < 2 || !isOrgName(words) {
		return 0, 0
	}
	return k, j
}

func isOrgName(words []string) bool {
	var buf [lowerBufLen]byte
	for i, w := range words {
		lw := lowerBytes(buf[:0], strings.Trim(w, "."))
		if orgWords[string(lw)] && !(i == 0 && len(words) > 1 && (string(lw) == "national" || string(lw) == "federal" || string(lw) == "international")) {
			return true
		}
		// An airline is named "… Air" ("Nordvik Air"); "Air" inside a
		// name is not one ("Dubai Air Show").
		if string(lw) == "air" && i == len(words)-1 && i > 0 {
			return true
		}
	}
	if len(words) == 1 {
		w := words[0]
		// ALL-CAPS acronyms (NATO, CWA, PBO) are bodies, and so are
		// two joined by a hyphen (SAG-AFTRA).
		acronym := func(w string) bool {
			return len(w) >= 2 && len(w) <= 6 && isUpperForm(w) && !strings.ContainsAny(w, "0123456789")
		}
		if a, b, ok := strings.Cut(w, "-"); ok && acronym(a) && acronym(b) && !isLowerForm(w) || acronym(w) {
			return true
		}
	}
	return false
}

func hasInitial(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].word && utf8.RuneCountInString(toks[i].text) == 1 && unicode.IsUpper(firstRune(toks[i].text)) && toks[i+1].text == "." {
			return true
		}
	}
	return false
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// numberAfter reports whether token i, or the token after a period at i,
// is a number.
func (d *doc) numberAfter(i int) bool {
	if i < len(d.toks) && d.toks[i].text == "." {
		i++
	}
	if i >= len(d.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.toks[i].text)
	return unicode.IsDigit(r)
}

// firmNouns are the words that close the name of an investment firm
// ("Elliott Management", "Apollo Global Management", "Ares Investments")
// besides the organisation words.
var firmNouns = map[string]bool{"management": true, "investments": true, "advisors": true, "advisers": true, "associates": true}

// gaelicArticle reports whether art (lower case) is the article of a
// Gaelic surname after its patronymic word pat ("Mac an", "Nic na").
func gaelicArticle(pat, art string) bool {
	switch pat {
	case "Mac", "Mhic", "Nic":
		return art == "an" || art == "na"
	}
	return false
}

// gaelicNameWord reports whether w is the name after a Gaelic surname's
// article: capitalised, or after t- or h- ("t-Struthair", "h-Aoidh").
func gaelicNameWord(w string) bool {
	if rest, ok := strings.CutPrefix(w, "t-"); ok {
		w = rest
	} else if rest, ok := strings.CutPrefix(w, "h-"); ok {
		w = rest
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// romanceJoins are the small words that open the lower-case part of a
// body's name written in sentence case ("Union des pêcheurs", "Comité de
// défense", "Foro para la vivienda"); English has none of them before a
// lower-case word ("do", which it has, is left out). They are the
// prepositions of nameJoinWords, without its articles ("la", "los"),
// which may stand inside the lower-case part, and its words English also
// writes.
var romanceJoins = map[string]bool{"des": true, "du": true, "de": true, "aux": true, "pour": true, "del": true, "dos": true, "das": true, "da": true, "degli": true, "della": true, "delle": true, "para": true}

// sentenceCaseNameEnd returns the end of a body's name written in
// sentence case whose lower-case part starts at toks[at] with a join word
// (romanceJoins): up to four lower-case words, the last before the close
// a join word or an elided article, then the capitalised word that closes
// the name ("des usagers du port de Vellan", "des marins de l'Île"). It
// returns at where the run does not close on a capital that way.
func (d *doc) sentenceCaseNameEnd(at, t1 int) int {
	if at+1 >= t1 || !romanceJoins[d.toks[at].lower] || d.toks[at+1].cap || !d.toks[at+1].word {
		return at
	}
	k := at + 1
	for n := 0; k < t1 && n < 5; n++ {
		t := &d.toks[k]
		if !t.word || t.cap || !isLetters(t.text) {
			return at
		}
		prev := d.toks[k-1].lower
		// An elided article before a capital closes the name: "de
		// l'Archipel", "d’Anjouan".
		if n > 0 && elidedName(t.text) && romanceJoins[prev] || n == 0 && elidedName(t.text) {
			return k + 1
		}
		if n > 0 && romanceJoins[t.lower] && k+1 < t1 && d.toks[k+1].word && d.toks[k+1].cap && nameToken(&d.toks[k+1]) {
			end := k + 2
			for end < t1 && nameToken(&d.toks[end]) && d.toks[end].cap {
				end++
			}
			return end
		}
		if n > 0 && romanceJoins[t.lower] {
			k++
			continue
		}
		if englishWord(t.lower) {
			return at
		}
		k++
	}
	return at
}

// elidedName reports whether w is an elided article or preposition with
// the capitalised name it is written onto ("l'Archipel", "d’Anjouan").
func elidedName(w string) bool {
	for _, p := range []string{"l'", "l’", "d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isLetters reports whether w holds letters and apostrophes only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return false
		}
	}
	return w != ""
}

// englishWord reports whether the lower-case word w is one of English's
// small words (stopCaps) or a verb of saying, which never stand inside a
// body's name written in sentence case.
func englishWord(w string) bool {
	return stopCaps[w] || w == "said" || w == "says"
}

// sentenceCaseName reports whether a body's name is written in sentence
// case (sentenceCaseNameEnd): a join word (romanceJoins) after its first
// word and a lower-case word after that.
func sentenceCaseName(n string) bool {
	ws := strings.Fields(n)
	for i := 1; i+1 < len(ws); i++ {
		if romanceJoins[ws[i]] {
			r, _ := utf8.DecodeRuneInString(ws[i+1])
			return unicode.IsLower(r) && !elidedName(ws[i+1])
		}
	}
	return false
}
