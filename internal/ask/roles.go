package ask

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

// officeWords name a person's office in a body ("Gazprom chairman
// Aleksey Miller", "Lou Jiwei, China's finance minister").
var officeWords = set(`leader head chief chairman chairwoman chair president ceo boss director minister secretary
governor spokesman spokeswoman spokesperson negotiator executive founder owner manager commissioner
ambassador general counterpart`)

// leadWords are the offices that lead a body: what "who leads / heads /
// runs X?" asks for.
var leadWords = set(`leader head chief chairman chairwoman chair president ceo boss director executive
secretary-general general`)

// leadStems are leadWords' stems, as roles are written ("presid" for
// "president").
var leadStems = func() map[string]bool {
	m := make(map[string]bool, len(leadWords))
	for w := range leadWords {
		m[porter(w)] = true
	}
	return m
}()

// genericOffice are the words for whoever leads, whatever the title:
// "the LSE's chief" may be its chairman or its chief executive.
var genericOffice = set(`leader head chief boss`)

// leadVerbs ask who holds the office that leads a body.
var leadVerbs = set(`lead leads led head heads headed run runs ran chair chairs chaired`)

// officeQuestion reads "who leads X?", "who is X's chief?", "who is the
// chief of X?": the words of the body X and the office asked for ("" for
// any office that leads); ok is false for other questions.
func officeQuestion(ws []string) (body []string, office string, ok bool) {
	if len(ws) < 3 || ws[0] != "who" {
		return nil, "", false
	}
	var rest []string
	switch {
	case leadVerbs[ws[1]]:
		rest = ws[2:]
	case ws[1] == "is" || ws[1] == "was":
		for k, w := range ws[2:] {
			if officeWords[w] && office == "" {
				// "chief negotiator", "chief executive": the office is
				// the last of the title's words.
				if k+3 < len(ws) && officeWords[ws[k+3]] {
					continue
				}
				office = w
				continue
			}
			rest = append(rest, w)
		}
		if office == "" {
			return nil, "", false
		}
	default:
		return nil, "", false
	}
	for _, w := range rest {
		if !isStop(w) && !questionWords[w] {
			body = append(body, w)
		}
	}
	return body, office, len(body) > 0
}

// officeHolder answers "who leads X?" and "who is X's chief?" with the
// sentence that names a person with that office in X: the office and the
// body before the name ("Gazprom chairman Aleksey Miller", "his LSE
// counterpart Clara Furse") or in an appositive after it ("Lou Jiwei,
// China's finance minister").
func (a *Article) officeHolder(q *question) (Result, bool) {
	body, office, ok := officeQuestion(q.words)
	if !ok {
		return Result{}, false
	}
	// "Who is the Minister of Health?" is not answered by the "First
	// Vice Minister of Health".
	rank := func(ws []string) bool {
		stems := make([]string, len(ws))
		for k, w := range ws {
			stems[k] = porter(w)
		}
		return sameRank(stems, q.words)
	}
	// "Who heads the NDFP panel?": of the body's words, those the
	// question writes as a name say which body; a "Government peace panel
	// chairman" heads another panel.
	named := capitalsIn(q.raw, body)
	namesBody := func(ws []string) bool {
		if len(named) == 0 {
			return true
		}
		for _, n := range named {
			ln := strings.ToLower(n)
			if slices.Contains(ws, ln) || nationNamed(ln, func(f string) bool { return slices.ContainsFunc(ws, func(w string) bool { return porter(w) == f }) }) {
				return true // "Japan's" or "the Japanese delegation"
			}
			if x := a.acr.expansion(ln); len(x) > 0 && !slices.ContainsFunc(x, func(xw string) bool { return !acronymLinker[xw] && !slices.Contains(ws, xw) }) {
				return true
			}
		}
		return false
	}
	fits := func(ws []string) bool { return officeFits(ws, body, office, false) && rank(ws) && namesBody(ws) }
	// "Japan's chief negotiator, Economic Revitalization Minister Kenji
	// Sato": the name stands in apposition to the office, whose phrase
	// must then hold all of the body's words ("the delegation head, …"
	// does not say which delegation).
	inApposition := func(si *sentInfo, e entity) bool {
		h := si.entityHead(e)
		p := si.toks[h].Head
		return si.toks[h].Rel == "appos" && p >= 0 && p < e.first && officeFits(si.wordsBefore(p+1), body, office, true) && rank(si.wordsBefore(p+1))
	}
	for i := range a.info {
		si := &a.info[i]
		for _, e := range si.ents {
			if e.typ != nlp.PERSON {
				continue
			}
			if fits(si.wordsBefore(e.first)) || fits(si.appositive(e.last)) || inApposition(si, e) {
				return Result{Answer: a.sents[i] + " " + ref(i), Citations: a.cite(i), Confidence: 0.7, Focus: e.text}, true
			}
		}
	}
	return Result{}, false
}

// officeFits reports whether the words ws name the office asked for (any
// office that leads, when office is "" or a generic one) and the body:
// one of its words, or with all every one.
func officeFits(ws, body []string, office string, all bool) bool {
	// "Ardent's chief executive" is its CEO.
	if office == "ceo" && !slices.Contains(ws, "ceo") {
		if slices.Contains(ws, "chief") && slices.Contains(ws, "executive") {
			ws = append(slices.Clone(ws), "ceo")
		}
	}
	hasOffice, hasBody := false, false
	for _, w := range ws {
		switch {
		case office != "" && (w == office || genericOffice[office] && leadWords[w]):
			hasOffice = true
		case office == "" && leadWords[w]:
			hasOffice = true
		}
		for _, b := range body {
			if w == b {
				hasBody = true
			}
		}
	}
	if all {
		for _, b := range body {
			if !slices.Contains(ws, b) {
				return false
			}
		}
	}
	return hasOffice && hasBody
}

// wordsBefore returns the lower-case words of the noun phrase that ends
// right before token k: at most six, back to a verb, a preposition, a
// conjunction or a punctuation mark (but a possessive).
func (si *sentInfo) wordsBefore(k int) []string { return si.phraseBackFrom(k, 6, false) }

// phraseBackFrom returns the lower-case words of the noun phrase that
// ends right before token k, at most n of them, back to a verb, a
// preposition (but, with overOf, "of" and a place's "at", "in" or "for"
// after a noun: "the union's convener at the Clydemouth depot"), a
// conjunction or a punctuation mark (but a possessive, or the hyphen
// inside a word).
func (si *sentInfo) phraseBackFrom(k, n int, overOf bool) []string {
	var out []string
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		t := si.toks[j]
		if t.XPOS == "HYPH" {
			continue // inside a word: "vice-president"
		}
		if t.UPOS == "VERB" && j > 0 && si.toks[j-1].XPOS == "HYPH" {
			// "the Lisbon-born chief executive": a participle inside
			// a hyphenated adjective.
		} else if t.UPOS == "CCONJ" && si.titleConjunction(j, k) {
			// "Economy and Public Finance Minister": one title of two
			// portfolios.
		} else if (t.UPOS == "CCONJ" || t.Text == ",") && si.portfolioJoint(j) {
			// "the minister of petroleum, mines and energy": the
			// comma and the "and" of the list the role is of.
			if t.Text == "," {
				continue
			}
		} else if t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "ADP" && !(overOf && si.nounPreposition(j)) || t.UPOS == "CCONJ" || t.UPOS == "PUNCT" && t.Text != "'s" && t.Text != "’s" {
			break
		}
		out = append(out, words(t.Text)...)
	}
	return out
}

// portfolioJoint reports whether token j, a comma or a conjunction, joins
// a common noun to the list of nouns before it that a role is of
// ("petroleum, mines and energy"): the noun after it is a conjunct of a
// noun before it.
func (si *sentInfo) portfolioJoint(j int) bool {
	if j+1 >= len(si.toks) {
		return false
	}
	c := j + 1
	if si.toks[j].UPOS == "CCONJ" {
		c = si.toks[j].Head
	}
	if c <= j || c >= len(si.toks) {
		return false
	}
	n := &si.toks[c]
	return n.Rel == "conj" && n.Head >= 0 && n.Head < j && n.UPOS == "NOUN" && si.toks[n.Head].UPOS == "NOUN"
}

// titleConjunction reports whether token j, a conjunction inside the
// words before token k, joins two portfolios of one capitalised title
// ("Economy and Public Finance Minister Andrés Quiñones Vaca"): "and"
// between capitalised title words of no entity, every word from it to k
// capitalised (not "Sato and Trade Minister Ito", whose "Sato" is a name).
func (si *sentInfo) titleConjunction(j, k int) bool {
	if !strings.EqualFold(si.toks[j].Text, "and") && si.toks[j].Text != "&" || j == 0 || j+1 >= k {
		return false
	}
	// The sentence's first word has a capital whatever it is; a noun
	// there may still open a title.
	if first := &si.toks[0]; !si.titleName(j-1) && (j-1 != 0 || first.UPOS != "NOUN" && first.UPOS != "PROPN" || slices.ContainsFunc(si.ents, func(e entity) bool { return e.first == 0 })) {
		return false
	}
	for x := j + 1; x < k; x++ {
		if !si.titleName(x) && !(si.toks[x].UPOS == "ADJ" && capitalised(si.toks[x].Text)) {
			return false
		}
	}
	return true
}

// nounPreposition reports whether token j is a preposition inside a noun
// phrase that names an office: "of"; "at", "in" or "for" right after a
// common noun or an office written with a capital ("the convener at the
// depot", "the spokeswoman for the ministry", "State Minister for Water
// Resources"); "on" or "to" right after an office's word ("the minority
// spokesman on finance", "an adviser to the bondholders").
func (si *sentInfo) nounPreposition(j int) bool {
	switch strings.ToLower(si.toks[j].Text) {
	case "of":
		return true
	case "on", "to":
		// Only after an office's word: "the spokesman on finance", not
		// "a call with analysts on Tuesday".
		return j > 0 && summarize.IsRoleWord(strings.ToLower(si.toks[j-1].Text))
	case "at", "in", "for":
		return j > 0 && (si.toks[j-1].UPOS == "NOUN" || capitalised(si.toks[j-1].Text) && officeWords[strings.ToLower(si.toks[j-1].Text)])
	}
	return false
}

// appositive returns the lower-case words after a comma right after token
// k, up to the next punctuation mark or six words: "…, China's finance
// minister,".
func (si *sentInfo) appositive(k int) []string {
	if k >= len(si.toks) || si.toks[k].Text != "," {
		return nil
	}
	var out []string
	for j := k + 1; j < len(si.toks) && j <= k+7; j++ {
		t := si.toks[j]
		if t.UPOS == "PUNCT" && t.Text != "'s" && t.Text != "’s" || t.UPOS == "VERB" || t.UPOS == "CCONJ" {
			break
		}
		out = append(out, words(t.Text)...)
	}
	return out
}
