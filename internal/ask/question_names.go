package ask

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// The names a question gives: who or what it asks about, found in the
// article's names by full name, surname, title or description, or carried
// over from the turns before.

// findName returns the name the question speaks of, preferring people.
func (a *Article) findName(ws []string) *name { return a.findNameWhere(ws, nil) }

// findNameWhere is findName among the names ok accepts (all for nil).
func (a *Article) findNameWhere(ws []string, ok func(*name) bool) *name {
	var best *name
	bestScore := 0
	for i := range a.names {
		n := &a.names[i]
		if ok != nil && !ok(n) {
			continue
		}
		score, unmatched := 0, 0
		// A country's other names and its people's words are keys too
		// ("ankara", "turkish"), which no question writes all of: the
		// words it lacks are its name's own ("Turkey", not "Iraq and
		// Turkey").
		own := words(n.full)
		for _, k := range n.keys {
			found := false
			for _, w := range ws {
				if w == k {
					score += 4
					found = true
				}
			}
			if !found && (n.kind != summarize.KindCountry || slices.Contains(own, k)) {
				unmatched++
			}
		}
		if score == 0 {
			continue
		}
		// Of two names the question fits as well, the one with no words
		// it lacks: "Eva-Marie Persson", not "Public Prosecution
		// Eva-Marie Persson" (a title read into a name), whose
		// "prosecution" would be the prosecution authority's.
		if unmatched == 0 {
			score += 2
		}
		if n.kind == "person" {
			score++
			// Of two people who share a surname, the one the article
			// gives the title the question gives ("Senator Restrepo":
			// "Senator Camila Restrepo", not "Iván Restrepo").
			if a.titledAs(n, ws) {
				score++
			}
		}
		// Or the one the article describes by the question's other
		// words, whether the brief typed the name or only credits it
		// with words.
		if (n.kind == "person" || n.kind == "") && a.describedBeside(n, ws) {
			score += 2
		}
		if score > bestScore || score == bestScore && len(n.keys) < len(best.keys) {
			best, bestScore = n, score
		}
	}
	return best
}

// titledAs reports whether the question puts a title word right before a
// word of person n's name and the article writes that title before n's
// full name ("senator restrepo" and "Senator Camila Restrepo").
func (a *Article) titledAs(n *name, ws []string) bool {
	for k := 1; k < len(ws); k++ {
		if !slices.Contains(n.keys, ws[k]) || !summarize.IsRoleWord(ws[k-1]) {
			continue
		}
		t := ws[k-1]
		if a.writes(strings.ToUpper(t[:1])+t[1:]+" "+n.full) || a.writes(t+" "+n.full) {
			return true
		}
	}
	return false
}

// describedBeside reports whether the article sets a word of the question
// (not n's name, nor a stop word) beside person n's full name, in the
// words set off after it ("the economist phiri": "Chimwemwe Phiri, an
// economist at the University of Malawi", not "Esther Phiri, who sells
// tomatoes").
func (a *Article) describedBeside(n *name, ws []string) bool {
	if !strings.Contains(n.full, " ") {
		return false
	}
	var want []string
	for _, w := range ws {
		if !isStop(w) && !slices.Contains(n.keys, w) && len(w) > 2 {
			want = append(want, porter(w))
		}
	}
	if len(want) == 0 {
		return false
	}
	for _, s := range a.sents {
		k := strings.Index(s, n.full+",")
		if k < 0 {
			continue
		}
		after := words(s[k+len(n.full)+1:])
		for j, w := range after {
			if j >= 6 {
				break
			}
			if slices.Contains(want, porter(w)) {
				return true
			}
		}
	}
	return false
}

// unknownName returns a capitalised word of the question (not its first)
// that the article never uses: a name it does not mention.
func (a *Article) unknownName(raw string) string {
	fields := strings.Fields(raw)
	for i, f := range fields {
		w := strings.Trim(f, "?!.,;:'’\"“”()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if i == 0 || len(w) < 2 || !(w[0] >= 'A' && w[0] <= 'Z') || w == "I" {
			continue
		}
		lw := strings.ToLower(w)
		if titleish[strings.TrimSuffix(lw, ".")] {
			continue
		}
		known := true
		for _, part := range strings.Split(w, "-") {
			if part == "" || !unicode.IsUpper([]rune(part)[0]) && part != w {
				continue // "Doha-based": the name is the capitalised part
			}
			for _, p := range words(strings.ToLower(part)) {
				if !a.ix.has(porter(p)) {
					known = false
				}
			}
		}
		if !known && a.acr.expansion(lw) == nil && !a.nationWritten(lw) && !a.writes(w) {
			// the whole name as the question writes it ("Justin Trudeau")
			for j := i + 1; j < len(fields); j++ {
				n := strings.Trim(fields[j], "?!.,;:'’\"“”()")
				n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
				if n == "" || !(n[0] >= 'A' && n[0] <= 'Z') {
					break
				}
				w += " " + n
			}
			// A name that opens with a common word ("He Jianxiong", "Will
			// Moy"), which the index does not keep, is known when the
			// article writes it whole.
			if strings.Contains(w, " ") && a.writes(w) {
				continue
			}
			return w
		}
	}
	return ""
}

// capitalsIn returns the capitalised words of the question (but its
// first) that are among ws, without quotes or a possessive.
func capitalsIn(raw string, ws []string) []string {
	var out []string
	for i, f := range strings.Fields(raw) {
		w := strings.Trim(f, "?!.,;:'’\"“”()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if i == 0 || w == "" || !unicode.IsUpper([]rune(w)[0]) || w == "I" {
			continue
		}
		if lw := strings.ToLower(w); slices.Contains(ws, lw) && !titleish[strings.TrimSuffix(lw, ".")] {
			out = append(out, w)
		}
	}
	return out
}

// isSubjectName reports whether the words subj of "what did SUBJ say" are
// a name of the brief: one it finds whose keys hold subj's head and every
// capitalised word, written with a capital.
func (a *Article) isSubjectName(raw string, subj []string) bool {
	n := a.findName(subj)
	return n != nil && slices.Contains(n.keys, subj[len(subj)-1]) && a.namesAll(n, raw, subj) && writtenAsName(n, raw)
}

// placeWords set off what follows a description's head: where the one
// described is from or what is said of them ("the farmer from Namangan",
// "the mother whose daughter was referred to Nakuru").
var placeWords = set(`from in near outside at whose who`)

// describedWithName reports whether the subject words subj are a
// description whose head, a word the question writes in lower case,
// comes before a name set off by a word of place or a relative word:
// the name is where the one described is, not who.
func describedWithName(raw string, subj []string) bool {
	for k, w := range subj {
		if !placeWords[w] {
			continue
		}
		if k == 0 || isStop(subj[k-1]) || len(capitalsIn(raw, subj[k-1:k])) > 0 {
			return false
		}
		return len(capitalsIn(raw, subj[k+1:])) > 0 && len(capitalsIn(raw, subj[:k])) == 0
	}
	return false
}

// subjectNamed returns the name the words subj stand for: a name of the
// brief, or one the article writes; nil for a description.
func (a *Article) subjectNamed(raw string, subj []string) *name {
	if a.isSubjectName(raw, subj) {
		return a.findName(subj)
	}
	return a.subjectName(raw, subj)
}

// writtenAsName reports whether the question writes a word of name n
// with a capital (or n is a one-word name, or the question is typed in
// lower case): "What do the states argue?" is not about the United States.
func writtenAsName(n *name, raw string) bool {
	return len(n.keys) < 2 || len(capitalsIn(raw, n.keys)) > 0 || !capitalised(raw)
}

// capitalised reports whether the question is written with capitals: it
// opens with one. One typed all in lower case ("what did trump say?")
// tells names by their words alone.
func capitalised(raw string) bool {
	r := []rune(strings.TrimLeft(raw, " \t\"'“‘(¿¡"))
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// namesAll reports whether every capitalised word the question gives the
// subject ws (every word, for a question typed in lower case) is a word
// of name n: "Chelsea Clinton" is not "Hillary Clinton".
func (a *Article) namesAll(n *name, raw string, ws []string) bool {
	ws = ws[a.titlePrefix(n, ws):]
	named := capitalsIn(raw, ws)
	if !capitalised(raw) {
		// Typed in lower case: every word but function words and titles
		// ("daniel lopez" is not Maria Lopez).
		named = nil
		for _, w := range ws {
			if !isStop(w) && !titleish[w] {
				named = append(named, w)
			}
		}
	}
	for _, w := range named {
		if !slices.Contains(n.keys, strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// titlePrefix returns how many words open ws with a title before name
// n ("Labor Secretary" of "labor secretary thomas perez", "BBC
// correspondent" of "bbc correspondent stephen cape", "tour operator" of
// "tour operator dilmei sadang"): the words before n's first word, the
// last of them a word of role or a person's noun the article uses
// (personNoun), every one of them used by the article or a word of role;
// 0 for none.
func (a *Article) titlePrefix(n *name, ws []string) int {
	k := slices.IndexFunc(ws, func(w string) bool { return slices.Contains(n.keys, w) })
	if k <= 0 || !summarize.IsRoleWord(ws[k-1]) && !((a.personNoun(ws[k-1]) || a.plainWord(ws[k-1])) && a.wholeName(n, ws[k:])) {
		return 0
	}
	for _, w := range ws[:k] {
		// A word of role need not be the article's ("Corvane CEO Martin
		// Achterberg" where it writes "Chief Executive Officer").
		if !isStop(w) && !a.ix.has(termOf(w)) && !summarize.IsRoleWord(w) {
			return 0
		}
	}
	return k
}

// personNoun reports whether w is a noun for a person that says what
// they do ("commuter", "operator", "economist"), which may stand before
// a name as a title does ("the tour operator dilmei sadang"), where the
// article uses it.
func (a *Article) personNoun(w string) bool {
	if !a.ix.has(termOf(w)) || a.onlyCapitalised(w) {
		return false // "tessier" of "the tessier analyst" is a name
	}
	return agentSuffix(w) || a.an != nil && a.an.NounClass(w) == nlp.NounPerson
}

// plainWord reports whether w is a word the article uses in lower case:
// before a person's whole name ("the hill shepherd lina berg") it
// says what they are or do as a title does, though no noun list knows it.
func (a *Article) plainWord(w string) bool {
	return !isStop(w) && a.ix.has(termOf(w)) && !a.onlyCapitalised(w)
}

// wholeName reports whether n is a person's name of two words or more
// and ws writes every word of it, and nothing else: "dilmei sadang",
// not "analyst" of the speaker "Another analyst".
func (a *Article) wholeName(n *name, ws []string) bool {
	own := words(n.full)
	return n.kind == summarize.KindPerson && len(own) >= 2 && slices.Equal(own, ws)
}

// subjectName is the name the article writes for the capitalised words
// of the question's subject ws ("Barbra Streisand", "Chelsea Clinton"),
// when the subject ends in them and the article uses them as a name that
// holds them all; else nil.
func (a *Article) subjectName(raw string, ws []string) *name {
	caps := capitalsIn(raw, ws)
	if len(caps) == 0 || !strings.EqualFold(caps[len(caps)-1], ws[len(ws)-1]) {
		return nil // a description ("the Canadian foreign minister"), not a name
	}
	if !slices.ContainsFunc(caps, func(c string) bool { return !summarize.IsRoleWord(strings.ToLower(c)) }) {
		return nil // a title written with its capital ("the Premier"): a role
	}
	for _, w := range caps {
		full := a.fullName(w)
		if full == "" {
			continue
		}
		fw := words(full)
		all := true
		for _, c := range caps {
			if !slices.Contains(fw, strings.ToLower(c)) {
				all = false
			}
		}
		if all {
			keys := make([]string, len(caps))
			for i, c := range caps {
				keys[i] = strings.ToLower(c)
			}
			return &name{full: full, keys: keys, whole: fw}
		}
	}
	return nil
}

// coversCapitals reports whether every capitalised word of the question
// (but its first) is a word of name n.
func (a *Article) coversCapitals(n *name, raw string) bool {
	for i, f := range strings.Fields(raw) {
		w := strings.Trim(f, "?!.,;:'’\"“”()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if i == 0 || w == "" || !(w[0] >= 'A' && w[0] <= 'Z') || w == "I" {
			continue
		}
		if !slices.Contains(n.keys, strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// nameInText makes a name of a capitalised word of the question that the
// article uses but the brief does not list (someone mentioned once):
// "Putin" becomes "Vladimir Putin" as the article writes it.
func (a *Article) nameInText(raw string) *name {
	for i, f := range strings.Fields(raw) {
		w := strings.Trim(f, "?!.,;:'’\"“”()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(w) < 3 || !(w[0] >= 'A' && w[0] <= 'Z') || i == 0 && isStop(strings.ToLower(w)) {
			continue
		}
		if full := a.fullName(w); full != "" {
			if n := a.listedName(full); n != nil {
				return n // "Pakistan", with the other names the brief knows ("Islamabad")
			}
			return &name{full: full, kind: "", keys: []string{strings.ToLower(w)}, whole: strings.Fields(strings.ToLower(full))}
		}
	}
	return nil
}

// listedName returns the brief's name written exactly full, or nil.
func (a *Article) listedName(full string) *name {
	for i := range a.names {
		if strings.EqualFold(a.names[i].full, full) && a.names[i].kind != "" {
			return &a.names[i]
		}
	}
	return nil
}

// fullName returns the longest run of capitalised words around w in the
// article, or "" when the article does not use w as a name.
func (a *Article) fullName(w string) string {
	best := ""
	for _, s := range a.sents {
		fs := strings.Fields(s)
		for i, f := range fs {
			if strings.Trim(f, ",.;:!?’'s\"“”()") != w && strings.TrimSuffix(strings.TrimSuffix(strings.Trim(f, ",.;:!?\"“”()"), "'s"), "’s") != w {
				continue
			}
			lo, hi := i, i
			for lo > 0 && isCapWord(fs[lo-1]) && !endsPhrase(fs[lo-1]) && !titleish[strings.ToLower(strings.Trim(fs[lo-1], "."))] {
				lo--
			}
			for hi+1 < len(fs) && isCapWord(fs[hi+1]) && !endsPhrase(fs[hi]) && !strings.HasPrefix(fs[hi+1], "(") {
				hi++
			}
			cand := strings.Trim(strings.Join(fs[lo:hi+1], " "), ",.;:!?\"“”()")
			cand = strings.TrimSuffix(strings.TrimSuffix(cand, "'s"), "’s")
			if len(cand) > len(best) {
				best = cand
			}
		}
	}
	return best
}

// endsPhrase reports whether a word ends a phrase, and a name with it: a
// comma or a closing quotation mark after it ("Trump,”").
func endsPhrase(f string) bool {
	if t := strings.TrimRight(f, "”\""); t != f {
		return true // a closing quotation mark
	}
	return strings.HasSuffix(f, ",") || strings.HasSuffix(f, ";") || strings.HasSuffix(f, ":")
}

func isCapWord(f string) bool {
	f = strings.Trim(f, "\"“”(")
	return f != "" && f[0] >= 'A' && f[0] <= 'Z'
}

// focusPerson is the person the conversation was last about.
func (a *Article) focusPerson(history []Turn) *name {
	for i := len(history) - 1; i >= 0 && i >= len(history)-3; i-- {
		for _, text := range []string{history[i].Answer, history[i].Question} {
			if n := a.firstPerson(text); n != nil {
				return n
			}
		}
	}
	return nil
}

// firstPerson returns the person named first in text.
func (a *Article) firstPerson(text string) *name {
	ws := words(text)
	for wi, w := range ws {
		for i := range a.names {
			n := &a.names[i]
			if n.kind != "person" && n.kind != "" {
				continue
			}
			for _, k := range n.keys {
				if k == w && (n.kind == "person" || wi >= 0) {
					return n
				}
			}
		}
	}
	return nil
}

// focusParty is the party the conversation was last about.
func (a *Article) focusParty(history []Turn) *name {
	for i := len(history) - 1; i >= 0 && i >= len(history)-3; i-- {
		if n := a.findName(words(history[i].Question)); n != nil {
			return n
		}
	}
	return nil
}

// bodyDescribed returns the one body (not a person) the brief lists whose
// name holds every content word of a subject headed by a body's noun
// ("the retail federation" for the National Retail Federation), or whose
// name an acronym spells ("the NRF"); nil otherwise.
func (a *Article) bodyDescribed(subj []string) *name {
	var ws []string
	for _, w := range subj {
		if !isStop(w) {
			ws = append(ws, w)
		}
	}
	if len(ws) == 1 {
		if x := a.acr.expansion(ws[0]); len(x) >= 2 {
			ws = ws[:0]
			for _, w := range x {
				if !acronymLinker[w] {
					ws = append(ws, w)
				}
			}
		} else {
			return nil
		}
	}
	if len(ws) == 0 || !bodyNouns[ws[len(ws)-1]] && !summarize.IsOrgWord(ws[len(ws)-1]) {
		return nil
	}
	var found *name
	for i := range a.names {
		n := &a.names[i]
		if n.kind == summarize.KindPerson || len(n.keys) < len(ws) {
			continue
		}
		if slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(n.keys, w) }) {
			continue
		}
		if found != nil && found.full != n.full {
			return nil // two bodies fit: the words do not say which
		}
		found = n
	}
	return found
}
