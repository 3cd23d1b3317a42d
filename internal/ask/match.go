package ask

import (
	"slices"
	"strings"
	"unicode"
)

// Matching by meaning rather than by surface word: besides the stems and
// the synonyms of the index, a term matches its comparative forms
// ("rich" / "richer") and an acronym matches its expansion as the article
// writes it ("NAFTA" / "North American Free Trade Agreement").

// comparatives returns the stems a comparative or superlative of stem s
// (or the base of one) would have: "rich" -> "richer", "richest";
// "bigger" -> "big"; "larger" (Porter keeps it) -> "larg".
func comparatives(s string) []string {
	if len(s) < 3 {
		return nil
	}
	var out []string
	for _, suf := range []string{"er", "est"} {
		if base, ok := strings.CutSuffix(s, suf); ok && len(base) >= 3 {
			out = append(out, base)
			// "bigger" -> "big", "hotter" -> "hot"
			if n := len(base); n >= 4 && base[n-1] == base[n-2] {
				out = append(out, base[:n-1])
			}
		}
		out = append(out, s+suf)
		if last := s[len(s)-1]; !strings.ContainsRune("aeiouy", rune(last)) && len(s) <= 4 {
			out = append(out, s+string(last)+suf)
		}
	}
	return out
}

// acronymLinker joins words like "of" inside a name whose initials make
// an acronym ("Organization of the Petroleum Exporting Countries").
var acronymLinker = set(`of and for the on de du des la le`)

// acronyms maps, for an article, the initials of every run of capitalised
// words (lower case: "nafta") to the run's words, and the article's own
// acronyms to themselves.
type acronyms map[string][]string

// buildAcronyms reads the runs of capitalised words of the sentences,
// and then the runs of three words or more inside them ("Chief Executive
// Officer" of "President and Chief Executive Officer David Kessler") for
// initials no whole run has.
func buildAcronyms(sents []string) acronyms {
	m := acronyms{}
	var inner [][]string
	for _, s := range sents {
		var run []string // lower-case words of the current run
		initials := ""
		flush := func() {
			for len(run) > 0 && acronymLinker[run[len(run)-1]] {
				run = run[:len(run)-1]
			}
			if len(run) >= 2 && len(initials) >= 2 {
				if _, ok := m[initials]; !ok {
					m[initials] = run
				}
				if len(run) > 3 {
					inner = append(inner, run)
				}
			}
			run, initials = nil, ""
		}
		for _, f := range strings.Fields(s) {
			bare := strings.Trim(f, "\"“”()‘’',.;:!?")
			r := []rune(bare)
			switch {
			case len(r) == 0:
				flush()
				continue
			case len(run) == 0 && acronymLinker[strings.ToLower(bare)]:
				continue // "The" opening a sentence
			case unicode.IsUpper(r[0]) && !isAllCaps(bare):
				// "People’s" is the word "people", as the index reads it.
				run = append(run, strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(bare), "’s"), "'s"))
				for k, part := range strings.Split(bare, "-") {
					if pr := []rune(part); len(pr) > 0 && (k == 0 || unicode.IsUpper(pr[0])) {
						initials += strings.ToLower(string(pr[0]))
					}
				}
			case len(run) > 0 && acronymLinker[strings.ToLower(bare)]:
				run = append(run, strings.ToLower(bare))
			default:
				flush()
				continue
			}
			if strings.ContainsAny(strings.TrimLeft(f, "\"“(‘'"), ",.;:!?)”") {
				flush()
			}
		}
		flush()
	}
	for _, run := range inner {
		// A long name's first two words may go by their initials ("UN"
		// of "United Nations Verification Mission"), when no run of the
		// article is so written.
		if !acronymLinker[run[1]] {
			if initials := run[0][:1] + run[1][:1]; m[initials] == nil {
				m[initials] = run[:2]
			}
		}
		for i := 0; i < len(run); i++ {
			for j := i + 3; j <= len(run) && j-i < len(run); j++ {
				sub := run[i:j]
				if acronymLinker[sub[0]] || acronymLinker[sub[len(sub)-1]] {
					continue
				}
				initials := ""
				for _, w := range sub {
					if !acronymLinker[w] {
						initials += w[:1]
					}
				}
				if _, ok := m[initials]; !ok && len(initials) >= 3 {
					m[initials] = sub
				}
			}
		}
	}
	spelledOut(m, sents)
	roleAcronyms(m, sents)
	return m
}

// officeNouns end the names of offices that go by their initials ("chief
// financial officer": CFO, "prime minister": PM, "managing director": MD).
var officeNouns = set(`officer minister president director manager secretary executive counsel general chairman chairwoman chair`)

// roleAcronyms adds to m the initials of each office the sentences write
// out, two to four words in lower case or all capitalised ending in an
// office noun with no function word or punctuation inside ("the group's chief financial
// officer": "cfo"), so that a question may ask for "the CFO" of an article
// that never writes it so; and "ceo" for "chief executive", which English
// writes without its "officer".
func roleAcronyms(m acronyms, sents []string) {
	var ws, raw []string
	for _, s := range sents {
		raw = strings.Fields(s)
		ws = ws[:0]
		for _, f := range raw {
			ws = append(ws, strings.Trim(f, "\"“”()‘’',.;:!?"))
		}
		for i := range ws {
			for n := 2; n <= 4 && i+n <= len(ws); n++ {
				run := ws[i : i+n]
				last := strings.ToLower(run[n-1])
				if !officeNouns[last] {
					continue
				}
				initials, ok := "", true
				capitals := 0
				lower := make([]string, 0, n)
				for k, w := range run {
					l := strings.ToLower(w)
					if w == "" || isStop(l) || k < n-1 && strings.ContainsAny(raw[i+k], ",.;:!?\"“”()") {
						ok = false
						break
					}
					if w != l {
						capitals++
					}
					initials += l[:1]
					lower = append(lower, l)
				}
				// A title written with capitals ("Health Cabinet Secretary
				// Mercy Waweru": "CS") is an office too, all its words
				// capitalised.
				if !ok || capitals != 0 && capitals != n {
					continue
				}
				if m[initials] == nil {
					m[initials] = lower
				}
				if initials == "ce" && m["ceo"] == nil {
					m["ceo"] = slices.Clone(lower)
				}
			}
		}
	}
}

// spelledOut adds to m each acronym the sentences write in capitals
// ("AI", "NHS") that no run of capitalised words spells, where the
// sentences write its words out in any case ("artificial intelligence"):
// consecutive words, none a function word, whose initials it is.
func spelledOut(m acronyms, sents []string) {
	var acrs []string
	for _, s := range sents {
		for _, f := range strings.Fields(s) {
			bare := strings.Trim(f, "\"“”()‘’',.;:!?")
			if n := len(bare); n >= 2 && n <= 5 && isAllCaps(bare) && !strings.ContainsAny(bare, ".-&0123456789") {
				if l := strings.ToLower(bare); m[l] == nil && !slices.Contains(acrs, l) {
					acrs = append(acrs, l)
				}
			}
		}
	}
	if len(acrs) == 0 {
		return
	}
	var ws, raw []string
	for _, s := range sents {
		raw = strings.Fields(s)
		ws = ws[:0]
		for _, f := range raw {
			ws = append(ws, strings.ToLower(strings.Trim(f, "\"“”()‘’',.;:!?")))
		}
		for i := range ws {
			if ws[i] == "" {
				continue
			}
			for _, acr := range acrs {
				if m[acr] != nil || acr[0] != ws[i][0] || i+len(acr) > len(ws) {
					continue
				}
				ok := true
				for k := range len(acr) {
					w := ws[i+k]
					if w == "" || w[0] != acr[k] || isStop(w) || k < len(acr)-1 && strings.ContainsAny(raw[i+k], ",.;:!?") {
						ok = false
						break
					}
				}
				if ok {
					m[acr] = slices.Clone(ws[i : i+len(acr)])
				}
			}
		}
	}
}

// nounPhrases adds to m, for initials nothing else gives, the lower-case
// noun phrases of the analysed sentences: two or three adjectives and
// nouns ending in a noun ("electric vehicles", "free trade agreement"),
// so that a question may ask about "EV duties" or "the FTA" of an article
// that only writes the words out.
func (m acronyms) nounPhrases(info []sentInfo) {
	for i := range info {
		toks := info[i].toks
		for k := range toks {
			for n := 2; n <= 3 && k+n <= len(toks); n++ {
				run := toks[k : k+n]
				if run[n-1].UPOS != "NOUN" || k > 0 && (toks[k-1].UPOS == "NOUN" || toks[k-1].UPOS == "ADJ") && n == 2 {
					continue
				}
				initials, words, ok := "", make([]string, 0, n), true
				for _, t := range run {
					if t.UPOS != "NOUN" && t.UPOS != "ADJ" || t.Text == "" || t.Text != strings.ToLower(t.Text) || !unicode.IsLetter([]rune(t.Text)[0]) {
						ok = false
						break
					}
					initials += t.Text[:1]
					words = append(words, t.Text)
				}
				if ok && m[initials] == nil {
					m[initials] = words
				}
			}
		}
	}
}

// fileExpansions files each acronym the sentences write in capitals
// under every sentence that writes its name out, so that a question
// asking about "UN observers" finds "40 observers from the United
// Nations" in an article that writes "UN" elsewhere.
func (m acronyms) fileExpansions(ix *index, sents []string) {
	written := map[string]bool{}
	for _, s := range sents {
		for _, f := range strings.Fields(s) {
			if len(f) < 2 || f[0] < 'A' || f[0] > 'Z' || f[1] < 'A' || f[1] > 'Z' && f[1] != '.' {
				continue // no acronym opens the word
			}
			for _, part := range strings.Split(strings.Trim(f, "\"“”()‘’',.;:!?"), "-") {
				if n := len(part); n >= 2 && n <= 6 && isAllCaps(part) {
					written[strings.ToLower(strings.ReplaceAll(part, ".", ""))] = true
				}
			}
		}
	}
	for acr := range written {
		x := m[acr]
		if len(x) < 2 || ix.df[acr] == 0 {
			continue
		}
		var stems []string
		for _, w := range x {
			if !acronymLinker[w] {
				stems = append(stems, porter(w))
			}
		}
		for i := range sents {
			if ix.tf[i][acr] == 0 && ix.sentenceHasAll(i, stems) {
				ix.addTerms(i, []string{acr})
			}
		}
	}
}

// topicCovered reports whether text holds the topic's stems, an acronym
// among them spelled out as the article spells it ("AI" for "artificial
// intelligence").
func (m acronyms) topicCovered(topic []string, text string) bool {
	if coverText(topic, text) {
		return true
	}
	for _, t := range topic {
		if x := m.expansion(t); len(x) >= 2 {
			stems := make([]string, len(x))
			for k, w := range x {
				stems[k] = porter(w)
			}
			if textCoverage(stems, text) == 1 {
				return true
			}
		}
	}
	return false
}

// isAllCaps reports whether w is an acronym as written ("NAFTA", "U.S.").
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// expansion returns the words an acronym of the question stands for in the
// article, or nil.
func (m acronyms) expansion(acr string) []string {
	if len(acr) < 2 || len(acr) > 8 {
		return nil
	}
	if x, ok := m[acr]; ok || len(acr) < 3 {
		return x
	}
	// An acronym that leaves out one word of the name ("KIEP": the
	// Korea Institute for International Economic Policy): the one run
	// whose initials hold it in order, with the same first and last.
	var found []string
	n := 0
	for k, x := range m {
		if len(k) == len(acr)+1 && k[0] == acr[0] && k[len(k)-1] == acr[len(acr)-1] && subsequence(acr, k) {
			found = x
			n++
		}
	}
	if n == 1 {
		return found
	}
	return m.syllabic(acr)
}

// syllabic returns the one run of the article a word of five letters or
// more is made of the beginnings of, a syllable or more of each of its
// words in order ("caricom" for the Caribbean Community, "ofcom" for the
// Office of Communications), or nil.
func (m acronyms) syllabic(w string) []string {
	if len(w) < 5 {
		return nil
	}
	var found []string
	for _, x := range m {
		var content []string
		for _, xw := range x {
			if !acronymLinker[xw] {
				content = append(content, xw)
			}
		}
		if len(content) < 2 || !prefixesOf(w, content) || slices.Contains(content, w) {
			// A word of the run is that word, not a shortening of the
			// run ("calico" is not the Calico Commission).
			continue
		}
		if found != nil && !slices.Equal(found, x) {
			return nil // two runs would do: the word says neither
		}
		found = x
	}
	return found
}

// prefixesOf reports whether w is the words' beginnings, two letters or
// more of each, run together in order.
func prefixesOf(w string, words []string) bool {
	if len(words) == 0 {
		return w == ""
	}
	first := words[0]
	for n := min(len(first), len(w)); n >= 2; n-- {
		if w[:n] == first[:n] && prefixesOf(w[n:], words[1:]) {
			return true
		}
	}
	return false
}

// subsequence reports whether the letters of a occur in b in order.
func subsequence(a, b string) bool {
	i := 0
	for j := 0; j < len(b) && i < len(a); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// initialsOf returns the initials of the capitalised words of a question
// run ("World Trade Organization" -> "wto").
func initialsOf(run []string) string {
	var b strings.Builder
	for _, w := range run {
		if acronymLinker[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)
		b.WriteRune(unicode.ToLower(r[0]))
	}
	return b.String()
}
