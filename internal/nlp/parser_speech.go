package nlp

import (
	"slices"
	"strings"
)

// Run-time repairs of the trees around verbs of saying, applied by Parse
// after each sentence is parsed: a sentence's verb of saying the tagger or
// the parser misread (a participle, an adjective, an aside of the
// quotation it credits), its subject taken by another verb, and the
// clause it reports hung elsewhere. The parser reads "said" well and
// rarer verbs of saying less well; these repairs give the rarer ones the
// tree "said" gets.

// invertedCredits mends the credit of a quotation written with its verb
// first ("“…,” noted CVLPA President Jordan Whitehorse."), whose speaker
// the parser read as the verb's object (or, a noun, as a clause it
// reports): right after the quotation, a
// verb of saying with no subject has its speaker after it, as "said" has.
// first is the index of toks[0] in the analysis.
func invertedCredits(toks []Token, first int) {
	for v := 2; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] || t.Rel != "parataxis" && t.Rel != "ccomp" && t.Rel != "root" {
			continue
		}
		closing := closingMark(toks[v-1]) || toks[v-1].Text == "," && closingMark(toks[v-2])
		if !closing {
			continue
		}
		obj := -1
		for j := range toks {
			if toks[j].Head != first+v {
				continue
			}
			switch {
			case strings.HasPrefix(toks[j].Rel, "nsubj") && j < v && (toks[j].UPOS == "VERB" || toks[j].UPOS == "AUX"):
				// The quotation's verb read as the verb's subject
				// ("“…Whether they stay silent depends on what both
				// delegations do,” said Tanzania's former foreign
				// minister, …"): it is what was said.
				toks[j].Rel = "ccomp"
			case strings.HasPrefix(toks[j].Rel, "nsubj"):
				return
			case (toks[j].Rel == "obj" || toks[j].Rel == "ccomp") && j > v && obj < 0 && (toks[j].UPOS == "PROPN" || toks[j].UPOS == "NOUN"):
				// A noun is no clause: "says Ukraine’s human rights
				// commissioner, Taras Movchan" read as what is said.
				obj = j
			}
		}
		if obj < 0 {
			// The speaker's phrase taken for the subject of a word after
			// it ("“…,” said IGME district leader Dr. Sabine
			// Oertel-Hufnagel to around 2,500 strikers outside…", with
			// "strikers" read as its verb): the verb's subject.
			if h := phraseAfter(toks, v, first); h >= 0 && toks[h].Rel == "nsubj" && toks[h].Head > first+h {
				toks[h].Head = first + v
			}
			continue
		}
		if hasCase(toks, obj, first) {
			// "said IGME district leader Dr. Karin Weber-Lind to around
			// 3,000 strikers", with "strikers" read as the object and the
			// name hung from it: a phrase with a preposition is no
			// speaker; the one before it is.
			if h := phraseAfter(toks, v, first); h >= 0 && h < obj {
				toks[h].Head, toks[h].Rel = first+v, "nsubj"
				toks[obj].Head, toks[obj].Rel = first+v, "obl"
			}
			return
		}
		// A name right after the verb, set off by a comma from the
		// description read as the object ("said Jennifer Palmieri, Mrs.
		// Clinton's communications director"): the name speaks, the
		// description is its apposition.
		if c := nameBeforeComma(toks, v, obj); c > 0 {
			name := v + 1 // the run's first word, the rest flat on it
			for j := v + 1; j < c; j++ {
				if j != name {
					toks[j].Head, toks[j].Rel = first+name, "flat"
				}
			}
			toks[name].Head, toks[name].Rel = first+v, "nsubj"
			toks[c].Head = first + obj
			toks[obj].Head, toks[obj].Rel = first+name, "appos"
			return
		}
		// The object's phrase opens right after the verb.
		if !spanUnder(toks, obj, v+1, obj, first) {
			obj = -1
		}
		if obj >= 0 {
			toks[obj].Rel = "nsubj"
			// A name run on from it with no conjunction nor comma
			// ("CVLPA President Jordan Whitehorse") is inside its
			// phrase, as with "said".
			for j := obj + 1; j < len(toks); j++ {
				if toks[j].Head == first+obj && toks[j].Rel == "conj" {
					joined := false
					for k := obj + 1; k < j; k++ {
						if toks[k].UPOS == "PUNCT" || toks[k].UPOS == "CCONJ" {
							joined = true
						}
					}
					if !joined {
						toks[j].Rel = "nmod"
					}
				}
			}
		}
		return
	}
}

// closingInvertedCredits mends a credit written verb first that closes a
// sentence with no quotation in it ("The talks broke down after an hour,
// said one diplomat.", "…, said Ivo Brandt, a spokesman for the
// ministry."), whose speaker the parser read as the verb's object or as a
// clause it reports, and the verb as a conjunct of the clause before: a
// verb of saying right after a comma, with no subject, marker or
// conjunction of its own, whose phrase runs from right after it to the
// end of the sentence, after a clause with a finite verb of its own,
// has its speaker after it and is the parenthetical credit of that
// clause, as "…, one diplomat said." is. first is the index of toks[0]
// in the analysis.
func closingInvertedCredits(toks []Token, first int) {
	for v := 3; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] || t.XPOS != "VBD" && t.XPOS != "VBZ" || toks[v-1].Text != "," || closingMark(toks[v-2]) {
			continue
		}
		if t.Rel != "conj" && t.Rel != "parataxis" && t.Rel != "root" {
			continue
		}
		obj, other := -1, false
		for j := range toks {
			if toks[j].Head != first+v {
				continue
			}
			switch r := toks[j].Rel; {
			case strings.HasPrefix(r, "nsubj") || r == "expl" || r == "mark" || r == "cc" || r == "xcomp" || r == "iobj":
				other = true
			case j < v && r != "punct" && t.Rel != "root":
				other = true
			case j < v:
			case (r == "obj" || r == "ccomp") && obj < 0 && (toks[j].UPOS == "PROPN" || toks[j].UPOS == "NOUN"):
				obj = j
			case r == "obj" || r == "ccomp":
				other = true
			}
		}
		if other || obj < 0 || !spanUnder(toks, obj, v+1, obj, first) {
			continue
		}
		// A noun phrase, not a clause with a noun at its head ("said
		// the freeze was only a pause", "said small boats paid twice
		// what…"): a finite verb in it opens a relative clause.
		clause := false
		for j := range toks {
			x := &toks[j]
			if x.Head != first+obj {
				continue
			}
			if strings.HasPrefix(x.Rel, "nsubj") || x.Rel == "cop" || x.Rel == "aux" {
				clause = true
			}
			if finiteTag(x.XPOS) && !relativeWord(toks, j, first) {
				clause = true
			}
		}
		// Nor the credit of a relative clause ("…, who asked not to be
		// identified…, said…" hung from "asked").
		if h := t.Head - first; clause || t.Rel != "root" && h >= 0 && h < len(toks) && relativeWord(toks, h, first) {
			continue
		}
		// The credit closes the sentence: all after the verb is its own.
		end := len(toks)
		for end > v+1 && toks[end-1].UPOS == "PUNCT" {
			end--
		}
		if !spanUnder(toks, v, v+1, end, first) {
			continue
		}
		// A clause before the comma, with a finite verb of its own.
		finite := false
		for k := 0; k < v-1; k++ {
			switch toks[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				finite = finite || !dominates(toks, v, k, first) || t.Rel == "root"
			}
		}
		if !finite {
			continue
		}
		toks[obj].Rel = "nsubj"
		if t.Rel == "conj" {
			t.Rel = "parataxis"
		}
	}
}

// creditLemmas are the verbs that credit a clause set off before them
// ("…, the city has confirmed.", "…, the paper has learned."): the verbs
// of saying and those of finding out, believing and showing.
var creditLemmas = map[string]bool{"report": true, "learn": true, "find": true, "show": true, "believe": true,
	"think": true, "fear": true, "predict": true, "estimate": true, "conclude": true, "allege": true,
	"reveal": true, "indicate": true}

// frontedReports mends a credit that closes its sentence ("The talks
// broke down after an hour, the city has said.", "…, said Ivo Brandt, a
// spokesman…") whose reported clause, set off before it by a comma, the
// parser hung from the verb as an adverbial clause: a clause with a
// subject and a finite verb of its own and no subordinator is no
// adverbial clause but what was said, the verb's clausal complement.
// Between the comma and the verb stand only the verb's subject and its
// auxiliaries. first is the index of toks[0] in the analysis.
func frontedReports(toks []Token, first int) {
	for v := 3; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] && !creditLemmas[t.Lemma] {
			continue
		}
		for c := 0; c < v; c++ {
			ct := &toks[c]
			if ct.Head != first+v || ct.Rel != "advcl" {
				continue
			}
			subject, marked, finite := false, false, finiteTag(ct.XPOS)
			comma := -1
			for j := range toks {
				if toks[j].Head != first+c {
					continue
				}
				switch r := toks[j].Rel; {
				case r == "mark":
					marked = true
				case (strings.HasPrefix(r, "nsubj") || r == "expl") && toks[j].XPOS != "WP" && toks[j].XPOS != "WDT":
					subject = subject || j < c
				case r == "aux" || r == "aux:pass" || r == "cop":
					finite = finite || finiteTag(toks[j].XPOS)
				case r == "punct" && toks[j].Text == "," && j > c:
					comma = j
				}
			}
			if marked || !subject || !finite || comma < 0 || quotedWord(toks, c) {
				continue
			}
			// The clause opens the sentence and the comma closes it;
			// after it, only the verb's subject and auxiliaries (or
			// nothing: "…, said Brandt").
			if leftmostWord(toks, c, first) != 0 || !spanUnder(toks, c, 0, comma, first) {
				continue
			}
			// Nor a clause a subordinator or "when" opens.
			if x := &toks[0]; x.UPOS == "SCONJ" || x.XPOS == "WRB" || x.XPOS == "IN" {
				continue
			}
			ok := true
			for k := comma + 1; k < v; k++ {
				if dominates(toks, c, k, first) {
					ok = false
					break
				}
				h := k
				for h >= 0 && h < len(toks) && toks[h].Head != first+v {
					h = toks[h].Head - first
				}
				if h < 0 || h >= len(toks) {
					ok = false
					break
				}
				if r := toks[h].Rel; !strings.HasPrefix(r, "nsubj") && r != "aux" && r != "advmod" {
					ok = false
					break
				}
			}
			if ok {
				ct.Rel = "ccomp"
			}
		}
	}
}

// perfect reports whether the participle v has a finite "have" as its
// auxiliary ("has said", "had learned").
func perfect(toks []Token, v, first int) bool {
	for j := range toks {
		if toks[j].Head == first+v && toks[j].Rel == "aux" && toks[j].Lemma == "have" && finiteTag(toks[j].XPOS) {
			return true
		}
	}
	return false
}

// relativeWord reports whether the clause of verb v opens with a relative
// word of its own ("who heads the agency", "which…").
func relativeWord(toks []Token, v, first int) bool {
	for j := range toks {
		if toks[j].Head == first+v && j < v {
			switch toks[j].XPOS {
			case "WP", "WDT", "WP$":
				return true
			}
		}
	}
	return false
}

// finiteTag reports whether a Penn tag is that of a finite verb.
func finiteTag(x string) bool {
	return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"
}

// quotedWord reports whether token c stands between quotation marks
// opened before it in its sentence.
func quotedWord(toks []Token, c int) bool {
	open := false
	for k := 0; k < c; k++ {
		if openingMark(toks[k]) {
			open = true
		} else if closingMark(toks[k]) {
			open = false
		}
	}
	return open
}

// setOffVerbs mends a sentence the parser left with a noun at its root
// and the noun's own past verb, after an aside set off by commas, hung
// from it as an aside of its own ("Kyrgyzstan's energy ministry, for its
// part, insisted in a statement that…"): with no subject and no other
// finite verb outside it, the verb is the sentence's and the noun its
// subject. root is the noun's index in toks; first the index of toks[0]
// in the analysis.
func setOffVerbs(toks []Token, first, root int) {
	for v := root + 2; v < len(toks); v++ {
		t := &toks[v]
		if t.Head != first+root || !finiteVerb(t) || toks[v-1].Text != "," {
			continue
		}
		switch t.Rel {
		case "parataxis", "acl", "dep", "appos":
		default:
			continue
		}
		for j := range toks {
			if toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "mark" || toks[j].Rel == "cc") {
				return
			}
			switch toks[j].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				if j != v && !dominates(toks, v, j, first) && !inRelative(toks, j, first) && !inMarked(toks, j, first) {
					return
				}
			}
		}
		t.Head, t.Rel = -1, "root"
		toks[root].Head, toks[root].Rel = first+v, "nsubj"
		closeOn(toks, first, root, v)
		return
	}
}

// sayingLemmas are verbs of saying that credit a quotation after it
// ("“…,” she observed.").
var sayingLemmas = map[string]bool{"say": true, "stress": true, "note": true, "insist": true, "warn": true,
	"argue": true, "concede": true, "acknowledge": true, "maintain": true, "counter": true, "add": true,
	"explain": true, "observe": true, "remark": true, "claim": true, "admit": true, "suggest": true,
	"complain": true, "predict": true, "caution": true, "reiterate": true, "confirm": true, "announce": true,
	"reply": true, "respond": true, "assert": true, "contend": true, "emphasise": true, "emphasize": true,
	"write": true, "recall": true, "declare": true, "quip": true, "joke": true, "tell": true}

// creditsAfterQuotes gives a quotation followed by its credit ("“I did
// not come here to agree on nothing,” she observed.") the tree the parser
// gives it with "said": the verb of saying heads the sentence and the
// quotation is its clausal complement. The parser hangs rarer verbs of
// saying from the quotation's verb as an aside, or as a clause it says,
// instead. first is the
// index of toks[0] in the analysis.
func creditsAfterQuotes(toks []Token, first int) {
	root := rootOf(toks)
	if root < 0 || toks[root].UPOS != "VERB" && toks[root].UPOS != "AUX" && toks[root].UPOS != "ADJ" && toks[root].UPOS != "NOUN" {
		return
	}
	for v := root + 2; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] {
			continue
		}
		// Or hung as a modifier from the credit's subject, itself hung
		// from the quotation's verb ("“…,” CAP's managing director,
		// Anders Lindqvist-Moore, added in a statement", read with
		// "director" the object of the quoted verb and "added" its
		// participle).
		subj, stolen := -1, false
		if h := t.Head - first; t.Rel == "acl" && h >= 0 && h < v && toks[h].Head == first+root && (toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN") && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBN" && toks[v-1].Text == ",") {
			// A participle set off by a comma after a person is the
			// credit's past tense ("…, Anders Lindqvist-Moore, noted").
			if t.XPOS == "VBN" {
				t.XPOS = "VBD"
			}
			subj, stolen = h, true
		} else if t.Head != first+root || t.Rel != "parataxis" && t.Rel != "ccomp" {
			continue
		}
		// The quotation closes right before the credit's subject. The
		// parser may have taken that subject for the quotation's own
		// ("“…,” Peru's minister, María Ortiz, told reporters", read
		// with "minister" the subject of the quoted verb).
		for j := 0; subj < 0 && j < len(toks); j++ {
			if toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") && j < v {
				subj = j
				break
			}
		}
		if subj < 0 {
			for j := v - 1; j > root; j-- {
				// Or hung from it as an aside ("“…,” the state
				// Commissioner for Peace Building, Dr Nanmwa
				// Dakum-Pwajok, told journalists", the noun read as
				// "parataxis"): a noun right after the closing mark,
				// as checked below.
				if toks[j].Head == first+root && (toks[j].Rel == "nsubj" || toks[j].Rel == "parataxis" && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN")) {
					subj, stolen = j, true
					break
				}
			}
		}
		if subj < 1 {
			return
		}
		lo := subj
		for j := subj - 1; j > root; j-- {
			if toks[j].UPOS != "PUNCT" && dominates(toks, subj, j, first) {
				lo = j
			}
		}
		closing := -1
		for j := lo - 1; j > root && j >= lo-2; j-- {
			if closingMark(toks[j]) {
				closing = j
			}
		}
		if closing < 0 {
			return
		}
		// And the verb it hangs from is the quotation's own: the
		// quotation opens before it ("By the time she learned…, she
		// was surprised: “It made sense,” she said." credits only
		// the quotation).
		if !quotationOfRoot(toks, closing, root) {
			return
		}
		for j := v + 1; j < len(toks); j++ {
			if toks[j].UPOS != "PUNCT" && !dominates(toks, v, j, first) {
				return
			}
		}
		t.Head, t.Rel = -1, "root"
		toks[root].Head, toks[root].Rel = first+v, "ccomp"
		if stolen {
			toks[subj].Head, toks[subj].Rel = first+v, "nsubj"
		}
		for j := v + 1; j < len(toks); j++ {
			if toks[j].UPOS == "PUNCT" && toks[j].Head == first+root {
				toks[j].Head = first + v
			}
		}
		return
	}
}

// creditsReadAsRelatives mends a credit before a quotation whose verb of
// saying the parser hung from the subject's noun as a reduced relative,
// making the subject the quoted verb's ("One of the elders said to her,
// “You came without soldiers.”", read as "the elders said to her" and
// "One … came"): a finite verb of saying that a comma and an opening
// mark follow, hung from a noun inside the subject of the quotation's
// verb, is the sentence's verb, the subject its own and the quotation
// its clausal complement. first is the index of toks[0] in the analysis.
func creditsReadAsRelatives(toks []Token, first int) {
	r := rootOf(toks)
	if r < 0 {
		return
	}
	for c := 1; c < r; c++ {
		st := &toks[c]
		if !strings.HasPrefix(st.Rel, "acl") || st.XPOS != "VBD" && st.XPOS != "VBZ" || !sayingForm(st.Text) || st.Head-first >= c {
			continue
		}
		// The quotation opens right after the verb's own short phrase
		// ("said to her, “").
		o := -1
		for j := c + 1; j < r && j <= c+5; j++ {
			if openingMark(toks[j]) {
				o = j
				break
			}
		}
		if o < 0 || toks[o-1].Text != "," || r < o {
			continue
		}
		s := -1
		for k := 0; k < c; k++ {
			if toks[k].Head == first+r && strings.HasPrefix(toks[k].Rel, "nsubj") {
				s = k
			}
		}
		if s < 0 || !dominates(toks, s, st.Head-first, first) {
			continue
		}
		for k := 0; k < o; k++ {
			if toks[k].Head == first+r {
				toks[k].Head = first + c // what stood before the quotation
			}
		}
		st.Head, st.Rel = -1, "root"
		toks[s].Rel = "nsubj"
		toks[r].Head, toks[r].Rel = first+c, "ccomp"
		return
	}
}

// namesAfterQuotes mends a credit whose name the parser hung inside the
// quotation it credits ("“…, and now it offers us crumbs,” Héctor
// Araya, president of the union, said at the gates"): a verb of saying
// with no subject, the quotation closing right before a name whose phrase
// runs up to the verb, has that name as its subject (or the role whose
// holder's name is set off after it: "“…,” CAP's managing director,
// Anders Lindqvist-Moore, said in a statement"); and a verb of saying
// the parser hung from that name as a clause of it, with no relative word,
// is the credit's verb beside the quotation's. first is the index of
// toks[0] in the analysis.
func namesAfterQuotes(toks []Token, first int) {
	for v := 3; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] {
			continue
		}
		if hasSubject(toks, v, first) {
			continue
		}
		// The closing mark: the last one before the verb, with only the
		// name's phrase (and commas) between.
		c := -1
		for k := v - 1; k >= 1; k-- {
			if closingMark(toks[k]) {
				c = k
				break
			}
			if openingMark(toks[k]) || toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
				break
			}
		}
		if c < 0 || c+1 >= v {
			continue
		}
		if u := toks[c+1].UPOS; u != "PROPN" && u != "NOUN" && u != "DET" && u != "ADJ" {
			continue
		}
		// The phrase's head: the one word between the mark and the verb,
		// punctuation aside, that hangs from outside them.
		head := -1
		for k := c + 1; k < v; k++ {
			if toks[k].UPOS == "PUNCT" {
				continue
			}
			if h := toks[k].Head - first; h <= c || h >= v {
				if head >= 0 {
					head = -2
					break
				}
				head = k
			}
		}
		if head < 0 || toks[head].UPOS != "PROPN" && !(toks[head].UPOS == "NOUN" && namedInApposition(toks, head, v, first)) {
			continue
		}
		if toks[head].UPOS != "PROPN" && dominates(toks, head, v, first) {
			continue
		}
		if dominates(toks, head, v, first) {
			// The verb hung from the name as a clause of its own
			// ("“…,” Minister for Foreign Affairs Penny Wong | told
			// reporters", read as a relative clause or an apposition
			// with no relative word, or as a modifier of a noun after
			// it): it is the credit's verb, beside the quotation's.
			if t.XPOS != "VBD" && t.XPOS != "VBZ" || !clauseOfName(toks, head, v, first) {
				continue
			}
			if g := t.Head - first; g > v {
				// Or as a modifier of the noun after it ("told | reporters"
				// read as an adjective): that noun is its object.
				toks[g].Head, toks[g].Rel = first+v, "obj"
				if t.Lemma == "tell" {
					toks[g].Rel = "iobj"
				}
			}
			t.Head, t.Rel = toks[head].Head, "parataxis"
		}
		toks[head].Head, toks[head].Rel = first+v, "nsubj"
	}
}

// quotedAsSaying mends "X was quoted (by an outlet) as saying …" where the
// parser hung "as saying" from a verb after it, inside what was said
// ("… as saying that “the government has no objection…, provided the
// terms are respected”", read with "saying" under "provided"): "as
// saying" goes with the "quoted" before it, which it says how. first is
// the index of toks[0] in the analysis.
func quotedAsSaying(toks []Token, first int) {
	for v := 2; v < len(toks); v++ {
		t := &toks[v]
		if t.Lemma != "say" || t.XPOS != "VBG" || !EqualFoldLower(toks[v-1].Text, "as") {
			continue
		}
		q := -1
		for k := v - 2; k >= 0; k-- {
			if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" && toks[k].Rel != "aux:pass" && toks[k].Rel != "aux" {
				if toks[k].Lemma == "quote" && toks[k].XPOS == "VBN" {
					q = k
				}
				break
			}
		}
		if q < 0 || t.Head == first+q || dominates(toks, v, q, first) {
			continue
		}
		t.Head, t.Rel = first+q, "advcl"
		toks[v-1].Head, toks[v-1].Rel = first+v, "mark"
	}
}

// unmarkedCredits mends a credit set off after the clause it reports
// ("The army and the rebels agreed to a pause, Saudi and U.S. mediators
// said, though…") that the parser hung from the clause's verb as an
// adverbial clause: an adverbial clause opens with a subordinator, and a
// verb of saying with its own subject, no subordinator, nothing it says
// after it and a comma before it is a parenthetical credit of the clause
// (parataxis), as the treebanks write it. first is the index of toks[0]
// in the analysis.
func unmarkedCredits(toks []Token, first int) {
	for v := 2; v < len(toks); v++ {
		t := &toks[v]
		if t.Rel != "advcl" || t.UPOS != "VERB" || !sayingLemmas[t.Lemma] && !creditLemmas[t.Lemma] {
			continue
		}
		if t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" && !(t.XPOS == "VBN" && perfect(toks, v, first)) {
			// "…, the city has confirmed": a perfect is finite too.
			continue
		}
		h := t.Head - first
		if h < 0 || h >= v {
			continue
		}
		subject, other := -1, false
		for k := range toks {
			if toks[k].Head != first+v {
				continue
			}
			switch r := toks[k].Rel; {
			case strings.HasPrefix(r, "nsubj") && k < v:
				subject = k
			case r == "mark" || r == "ccomp" || r == "obj" || r == "xcomp":
				other = true
			}
		}
		if subject < 0 || other {
			continue
		}
		lo := leftmostWord(toks, subject, first)
		if lo < 1 || toks[lo-1].Text != "," {
			continue
		}
		t.Rel = "parataxis"
	}
}

// creditsReadAsModifiers mends a credit after a quotation whose verb the
// parser hung from its subject as a modifier ("“We want our dignity
// back,” the teachers chanted outside the department", read as "the
// teachers who chanted"): a finite verb right after the noun of a phrase
// that opens right after the closing mark, hung from that noun as a
// clause with no subject or marker of its own, is the sentence's verb.
// The noun is its subject, the quotation its clausal complement, and what
// comes after it and hung from the quotation's verb is its own. first is
// the index of toks[0] in the analysis.
func creditsReadAsModifiers(toks []Token, first int) {
	root := rootOf(toks)
	if root < 0 {
		return
	}
	for v := root + 2; v < len(toks); v++ {
		t := &toks[v]
		if !finiteVerb(t) || t.Rel != "acl" && t.Rel != "acl:relcl" {
			continue
		}
		n := t.Head - first
		if n != v-1 || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		if slices.ContainsFunc(toks, func(x Token) bool {
			return x.Head == first+v && (strings.HasPrefix(x.Rel, "nsubj") || x.Rel == "mark")
		}) {
			continue
		}
		lo := n
		for j := n - 1; j > root; j-- {
			if toks[j].UPOS != "PUNCT" && dominates(toks, n, j, first) {
				lo = j
			}
		}
		if lo < 1 || !closingMark(toks[lo-1]) {
			continue
		}
		if !quotationOfRoot(toks, lo-1, root) {
			return
		}
		t.Head, t.Rel = -1, "root"
		toks[root].Head, toks[root].Rel = first+v, "ccomp"
		toks[n].Head, toks[n].Rel = first+v, "nsubj"
		for j := v + 1; j < len(toks); j++ {
			if toks[j].Head == first+root {
				toks[j].Head = first + v
			}
		}
		return
	}
}

// setOffInvertedCredits mends a credit set off by commas inside the
// clause it reports, its verb before the speaker ("The talks, said one
// Western diplomat, were close to collapse."), read as the verb's subject
// ("the talks said"), its object or subject (the diplomat) and the rest
// as a clause it says: the clause after the credit, with no subject of
// its own, is the sentence's, the noun before the credit its subject, the
// one after the verb the verb's subject, and the credit an aside of the
// clause. first is the index of toks[0] in the analysis.
func setOffInvertedCredits(toks []Token, first int) {
	for v := 2; v+3 < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] || t.XPOS != "VBD" && t.XPOS != "VBZ" || toks[v-1].Text != "," {
			continue
		}
		s1, s2, h := -1, -1, -1
		for j := range toks {
			if toks[j].Head != first+v {
				continue
			}
			switch {
			case j < v-1 && toks[j].Rel == "nsubj" && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN"):
				s1 = j
			case j > v && s2 < 0 && (toks[j].Rel == "nsubj" || toks[j].Rel == "obj") && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN"):
				s2 = j
			case j > v && h < 0 && (toks[j].Rel == "ccomp" || toks[j].Rel == "parataxis"):
				h = j
			}
		}
		if s1 < 0 || s2 < 0 || h < 0 || h < s2 {
			continue
		}
		// The speaker's phrase runs from right after the verb to a
		// comma; the clause comes after it.
		c := v + 1
		for c < len(toks) && toks[c].Text != "," {
			c++
		}
		if c >= h || c <= s2 || !spanUnder(toks, s2, v+1, c-1, first) {
			continue
		}
		// The clause has no subject of its own and is a predicate: a
		// verb, or a word with a copula.
		pred := toks[h].UPOS == "VERB"
		for j := range toks {
			if toks[j].Head != first+h {
				continue
			}
			if strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "mark" {
				pred = false
				break
			}
			if toks[j].Rel == "cop" {
				pred = true
			}
		}
		if !pred {
			continue
		}
		toks[h].Head, toks[h].Rel = t.Head, t.Rel
		for j := range toks {
			if toks[j].Head == first+v && j != s2 && j != h && j != v-1 && j != c {
				toks[j].Head = first + h
			}
		}
		t.Head, t.Rel = first+h, "parataxis"
		toks[s1].Head, toks[s1].Rel = first+h, "nsubj"
		toks[s2].Rel = "nsubj"
		toks[c].Head = first + v
		return
	}
}
