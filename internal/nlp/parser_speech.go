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

// appositiveConjuncts mends a name set off by a comma after a subject,
// read as the last of a coordination although no conjunction joins it
// ("Peru's Minister of Foreign Trade and Tourism, María Fernanda Ortiz
// Salgado, told reporters", read as "the minister and María…"): a
// coordination's last member takes its conjunction, and one without is
// the subject's apposition. first is the index of toks[0] in the analysis.
func appositiveConjuncts(toks []Token, first int) {
	for c := 2; c < len(toks); c++ {
		t := &toks[c]
		if t.Rel != "conj" || t.UPOS != "PROPN" {
			continue
		}
		// The comma before the name's first word, wherever the parser
		// hung its words ("…, Rubén Quispe Mamani," with "Mamani" the
		// head).
		l := c
		for l > 1 && toks[l-1].Text != "," && dominates(toks, c, l-1, first) {
			l--
		}
		if toks[l-1].Text != "," {
			continue
		}
		h := t.Head - first
		if h < 0 || h >= c || !strings.HasPrefix(toks[h].Rel, "nsubj") || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
			continue
		}
		last, cc := true, false
		for j := range toks {
			switch {
			case toks[j].Head == first+h && toks[j].Rel == "conj" && j > c:
				last = false
			case toks[j].Head == first+c && toks[j].Rel == "cc":
				cc = true
			}
		}
		// Nor a conjunction between the two that another word took
		// ("Smith, Jones and Brown"): only a closing comma or the verb
		// may follow the name.
		end := c
		for end+1 < len(toks) && dominates(toks, c, end+1, first) {
			end++
		}
		if !last || cc || end+1 < len(toks) && toks[end+1].Text != "," && toks[end+1].UPOS != "VERB" && toks[end+1].UPOS != "AUX" {
			continue
		}
		t.Rel = "appos"
	}
}

// agentsOfAsides mends a sentence whose noun at the root has an aside
// with a "by" agent of two coordinated names, the second of which the
// parser made the subject of the noun's own verb, coordinated with the
// aside ("The committee, advised by Rothwell Partners and the law firm
// Garrick & Strand, insisted in a statement that…", read as "…and the
// law firm insisted"): a past verb of saying after the comma that closes
// the aside is the noun's, and the second name is the agent's conjunct.
// first is the index of toks[0] in the analysis.
func agentsOfAsides(toks []Token, first int) {
	root := rootOf(toks)
	if root < 0 {
		return
	}
	// The noun and its verb: the noun at the root and the verb joined to
	// its aside, or the verb at the root with the noun for its first
	// subject ("The committee, advised by…and the law firm…, says…").
	noun, v := -1, -1
	switch toks[root].UPOS {
	case "NOUN", "PROPN":
		noun = root
		for k := root + 3; k < len(toks); k++ {
			if toks[k].Rel == "conj" && sayingForm(toks[k].Text) && toks[k-1].Text == "," {
				v = k
				break
			}
		}
	case "VERB":
		if !sayingForm(toks[root].Text) {
			return
		}
		v = root
		for k := 0; k < v; k++ {
			if toks[k].Head == first+v && strings.HasPrefix(toks[k].Rel, "nsubj") && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
				noun = k
				break
			}
		}
	}
	if noun < 0 || v < 0 || noun+1 >= len(toks) || toks[noun+1].Text != "," || toks[v-1].Text != "," {
		return
	}
	p := -1
	for k := noun + 2; k < v; k++ {
		if toks[k].Head == first+noun && toks[k].Rel == "acl" && toks[k].XPOS == "VBN" {
			p = k
			break
		}
	}
	if p < 0 || v == root && toks[v].Head >= 0 || v != root && toks[v].Head != first+p {
		return
	}
	agent, subj, cc := -1, -1, -1
	for j := range toks {
		switch {
		case toks[j].Head == first+p && toks[j].Rel == "obl:agent":
			agent = j
		case toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") && j > p && j < v:
			subj = j
		case toks[j].Head == first+v && toks[j].Rel == "cc" && j > p && j < v:
			cc = j
		}
	}
	if agent < 0 || subj < 0 || cc < 0 || !(agent < cc && cc < subj) {
		return
	}
	t := &toks[v]
	if v != root {
		t.Head, t.Rel = -1, "root"
		if !strings.HasSuffix(t.Text, "s") || reportingPasts[t.Text] {
			t.XPOS = "VBD"
		}
		toks[root].Head, toks[root].Rel = first+v, "nsubj"
		closeOn(toks, first, root, v)
	}
	toks[subj].Head, toks[subj].Rel = first+agent, "conj"
	toks[cc].Head = first + subj
	toks[v-1].Head = first + p
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

// verbsAfterRelatives mends a sentence the parser left with a noun at its
// root and the noun's own verb hung inside the relative clause set off
// after it ("A shipping executive, who asked not to be named because his
// company is negotiating, acknowledged two lines had diverted vessels"):
// a past verb after the comma that closes the relative clause, with no
// subject of its own, is the sentence's verb and the noun its subject.
// first is the index of toks[0] in the analysis.
func verbsAfterRelatives(toks []Token, first int) {
	root := rootOf(toks)
	// An adjective with no copula heading a phrase its sentence opens
	// with a determiner is a noun phrase's head ("A Norwegian fisheries
	// official", the last word read as an adjective).
	nominal := root > 0 && toks[root].UPOS == "ADJ" && toks[0].UPOS == "DET" && dominates(toks, root, 0, first) &&
		!slices.ContainsFunc(toks, func(x Token) bool { return x.Head == first+root && x.Rel == "cop" })
	if root < 0 || toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" && !nominal {
		return
	}
	rel := -1
	for j := root + 1; j < len(toks); j++ {
		if toks[j].Head != first+root || toks[j].Rel != "acl:relcl" {
			continue
		}
		if lo := leftmostWord(toks, j, first); lo > 0 && toks[lo-1].Text == "," {
			rel = j
			break
		}
	}
	if rel < 0 {
		setOffVerbs(toks, first, root)
		return
	}
	for v := rel + 1; v < len(toks); v++ {
		t := &toks[v]
		// A past participle joined with no "and" to the clause's last
		// verb is the sentence's past tense too ("The European Union,
		// which contended that Ireland undertaxed the company, fined
		// Apple").
		participle := t.UPOS == "VERB" && t.XPOS == "VBN" && t.Rel == "conj"
		if !finiteVerb(t) && !participle || toks[v-1].Text != "," || !dominates(toks, rel, v, first) {
			continue
		}
		switch t.Rel {
		case "acl:relcl", "ccomp", "xcomp":
			continue
		case "conj":
			if !participle {
				continue
			}
		}
		for j := range toks {
			if toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "mark" || toks[j].Rel == "cc") {
				return
			}
		}
		if participle {
			t.XPOS = "VBD"
		}
		t.Head, t.Rel = -1, "root"
		toks[root].Head, toks[root].Rel = first+v, "nsubj"
		toks[v-1].Head = first + rel
		closeOn(toks, first, root, v)
		return
	}
}

// participleCues mends a sentence whose verb of saying the parser read as
// a participle describing its subject, with the subject of what was said
// as the participle's object ("One EU diplomat stressed Paris could delay
// the deal", read as "[a diplomat stressed Paris] could delay"): a past
// form of a verb of saying hung from the subject of the sentence's verb,
// whose object runs right up to that verb (and its auxiliaries), is the
// sentence's verb; the subject is its, the object the subject of the
// verb it had, and that verb what was said. first is the index of
// toks[0] in the analysis.
func participleCues(toks []Token, first int) {
	for v := 1; v+2 < len(toks); v++ {
		tv := &toks[v]
		n := tv.Head - first
		if tv.UPOS != "VERB" || tv.Rel != "acl" || n < 0 || n >= v || !reportingPasts[strings.ToLower(tv.Text)] {
			continue
		}
		nt := &toks[n]
		r := nt.Head - first
		if nt.UPOS != "NOUN" && nt.UPOS != "PROPN" || !strings.HasPrefix(nt.Rel, "nsubj") || r <= v || r >= len(toks) || toks[r].UPOS != "VERB" && toks[r].UPOS != "AUX" {
			continue
		}
		o := -1
		for j := v + 1; j < r; j++ {
			if toks[j].Head == first+v && toks[j].Rel == "obj" && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN") {
				o = j
			}
		}
		if o < 0 {
			continue
		}
		// The object's phrase runs up to the verb and its auxiliaries.
		end := o
		for end+1 < r && dominates(toks, o, end+1, first) {
			end++
		}
		k := end + 1
		for k < r && toks[k].Head == first+r && (toks[k].Rel == "aux" || toks[k].Rel == "advmod" || toks[k].Rel == "cop") {
			k++
		}
		if k != r || !hasAuxOrTense(toks, r, first) {
			continue
		}
		tv.Head, tv.Rel, tv.XPOS = toks[r].Head, toks[r].Rel, "VBD"
		nt.Head, nt.Rel = first+v, "nsubj"
		toks[r].Head, toks[r].Rel = first+v, "ccomp"
		toks[o].Head, toks[o].Rel = first+r, "nsubj"
		// What the verb had before the subject, and the full stop, are
		// the verb of saying's now.
		for j := range toks {
			if toks[j].Head == first+r && (j < n || toks[j].UPOS == "PUNCT" && j == len(toks)-1) {
				toks[j].Head = first + v
			}
		}
	}
}

// hasAuxOrTense reports whether verb r is finite: in a past or present
// tense, or with an auxiliary of its own.
func hasAuxOrTense(toks []Token, r, first int) bool {
	switch toks[r].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for j := range toks {
		if toks[j].Head == first+r && (toks[j].Rel == "aux" || toks[j].Rel == "cop") {
			return true
		}
	}
	return false
}

// objectSubjects mends a sentence whose verb of saying the parser read
// with the subject of what was said as its object, and hung as an
// adverbial clause from the reported verb ("Pieter van der Merwe
// observed the cost of the deal had been provided for", read as "[having]
// observed the cost…, had been provided for"): a finite verb with no
// subject cannot head an English sentence. The verb of saying is the
// root, its object the subject of the root it had, and that verb its
// clausal complement. first is the index of toks[0] in the analysis.
func objectSubjects(toks []Token, first int) {
	root := rootOf(toks)
	if root < 1 || toks[root].UPOS != "VERB" && toks[root].UPOS != "AUX" {
		return
	}
	// The verb of saying and the reported verb: the root and the
	// adverbial clause before it, or the root and the aside after it
	// ("…observed the cost of the deal, about 1.1 billion rand, had
	// been provided for", read as an aside).
	v, r := -1, root
	if sayingForm(toks[root].Text) && finiteVerb(&toks[root]) {
		for j := root + 2; j < len(toks); j++ {
			if toks[j].Head == first+root && (toks[j].Rel == "parataxis" || toks[j].Rel == "advcl") {
				v, r = root, j
				break
			}
		}
	} else {
		for j := 0; j < root; j++ {
			if toks[j].Head == first+root && toks[j].Rel == "advcl" && sayingForm(toks[j].Text) && finiteVerb(&toks[j]) {
				v = j
				break
			}
		}
	}
	if v < 0 {
		return
	}
	finite, passive := false, false
	switch toks[r].XPOS {
	case "VBD", "VBZ", "VBP":
		finite = true
	}
	for j := range toks {
		if toks[j].Head != first+r {
			continue
		}
		switch toks[j].Rel {
		case "nsubj", "nsubj:pass", "expl", "csubj", "nsubj:outer", "mark":
			return
		case "aux", "aux:pass":
			switch toks[j].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				finite = true
			}
			passive = passive || toks[j].Rel == "aux:pass"
		}
	}
	if !finite {
		return
	}
	subj, obj := -1, -1
	for j := range toks {
		if toks[j].Head != first+v {
			continue
		}
		switch {
		case strings.HasPrefix(toks[j].Rel, "nsubj") && j < v:
			subj = j
		case toks[j].Rel == "obj" && j > v && obj < 0:
			obj = j
		case toks[j].Rel == "mark":
			return
		}
	}
	if subj < 0 || obj < 0 || obj > r {
		return
	}
	if v != root {
		toks[v].Head, toks[v].Rel = -1, "root"
		closeOn(toks, first, root, v)
	}
	toks[obj].Head, toks[obj].Rel = first+r, "nsubj"
	if passive {
		toks[obj].Rel = "nsubj:pass"
	}
	toks[r].Head, toks[r].Rel = first+v, "ccomp"
}

// reportingPasts are past forms of verbs of saying that the tagger can
// read as adjectives or participles before a noun ("said unions",
// "stressed unions", "conceded subsidy changes").
var reportingPasts = map[string]bool{"said": true, "stressed": true, "noted": true, "insisted": true, "warned": true,
	"argued": true, "conceded": true, "acknowledged": true, "maintained": true, "countered": true, "added": true,
	"explained": true, "observed": true, "remarked": true, "claimed": true, "admitted": true, "suggested": true,
	"complained": true, "predicted": true, "cautioned": true, "reiterated": true, "confirmed": true,
	"announced": true, "estimated": true, "signalled": true, "signaled": true, "indicated": true, "replied": true,
	"responded": true, "asserted": true, "contended": true, "emphasised": true, "emphasized": true}

// saidVerbs mends a sentence the parser left with a name or a noun at its
// root and its verb of saying hung as an adjective of the noun after it
// ("Ruben Quispe, who leads the confederation, said unions would block
// highways", read as "the said unions"; "stressed unions would…"): after
// a comma, a past form of a verb of saying the tagger reads as a past
// verb, a participle or an adjective, modifying the subject of a verb, is
// the sentence's verb, the root its subject and that verb's clause what
// was said. first is the index of toks[0] in the analysis.
func saidVerbs(toks []Token, first int) {
	root := rootOf(toks)
	if root < 0 || toks[root].UPOS != "PROPN" && toks[root].UPOS != "NOUN" {
		return
	}
	for i := root + 2; i+1 < len(toks); i++ {
		st := &toks[i]
		n := st.Head - first
		if st.Rel != "amod" || n != i+1 || !sayingForm(st.Text) || toks[i-1].Text != "," {
			continue
		}
		if st.XPOS != "VBD" && st.XPOS != "VBN" && st.XPOS != "JJ" && st.XPOS != "VBZ" && st.XPOS != "NNS" {
			continue
		}
		v := toks[n].Head - first
		if !strings.HasPrefix(toks[n].Rel, "nsubj") || v <= n || v >= len(toks) || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		if st.UPOS != "VERB" {
			st.Lemma = ruleLemma(st.Text, "VERB")
		}
		xp := "VBD"
		if !reportingPasts[st.Text] {
			xp = "VBZ" // "says"
		}
		st.UPOS, st.XPOS, st.Head, st.Rel = "VERB", xp, -1, "root"
		toks[root].Head, toks[root].Rel = first+i, "nsubj"
		toks[v].Head, toks[v].Rel = first+i, "ccomp"
		toks[i-1].Head = first + i
		closeOn(toks, first, root, i)
		return
	}
}

// saidAdjectives mends a sentence whose verb of saying, right after its
// subject's noun phrase, the parser read as an adjective of the noun after
// it, the subject of the reported clause ("A spokesman for the harbour
// board stressed divers had checked the quay", read as "the stressed
// divers"; "… acknowledged members expected …"): a past form of a verb of
// saying hung as a modifier from the noun right after it, that noun the
// subject of a finite verb, and right before it the last word of a noun
// phrase that is a subject too (of that verb, or of the noun), is the
// sentence's verb: that phrase is its subject and the other verb's clause
// what was said. A determiner or an adjective before the verb ("the said
// unions") keeps it a modifier. first is the index of toks[0] in the
// analysis.
func saidAdjectives(toks []Token, first int) {
	for i := 1; i+2 < len(toks); i++ {
		st := &toks[i]
		n := st.Head - first
		if st.Rel != "amod" || n != i+1 || !reportingPasts[st.Text] {
			continue
		}
		if st.XPOS != "VBD" && st.XPOS != "VBN" && st.XPOS != "JJ" {
			continue
		}
		prev := toks[i-1].UPOS
		if prev != "NOUN" && prev != "PROPN" {
			continue
		}
		nt := &toks[n]
		v := nt.Head - first
		if nt.UPOS != "NOUN" && nt.UPOS != "PROPN" || !strings.HasPrefix(nt.Rel, "nsubj") || v <= n || v >= len(toks) {
			continue
		}
		if toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		// A participle at the root with no auxiliary is the tagger's
		// past tense ("… members expected to be paid").
		bare := toks[v].XPOS == "VBN" && toks[v].Head < 0 && nt.Rel == "nsubj" && !hasAuxOrTense(toks, v, first)
		if !bare && !hasAuxOrTense(toks, v, first) {
			continue
		}
		// The subject: a noun before the verb of saying whose phrase
		// ends right before it, the subject of the other verb or of the
		// noun after the verb of saying.
		s := -1
		for k := 0; k < i; k++ {
			h := toks[k].Head - first
			if (h == v || h == n) && strings.HasPrefix(toks[k].Rel, "nsubj") && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") && dominates(toks, k, i-1, first) {
				s = k
			}
		}
		if s < 0 {
			continue
		}
		// No other verb between the subject and the verb of saying.
		verb := false
		for k := s + 1; k < i; k++ {
			if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
				verb = true
			}
		}
		if verb {
			continue
		}
		if st.UPOS != "VERB" {
			st.Lemma = ruleLemma(st.Text, "VERB")
		}
		st.UPOS, st.XPOS = "VERB", "VBD"
		if bare {
			toks[v].XPOS = "VBD"
		}
		st.Head, st.Rel = toks[v].Head, toks[v].Rel
		toks[v].Head, toks[v].Rel = first+i, "ccomp"
		toks[s].Head, toks[s].Rel = first+i, "nsubj"
		for k := range toks {
			// What stood before the subject and hung from the other
			// verb ("On Monday, …"), and the full stop, are the verb of
			// saying's now.
			if toks[k].Head == first+v && (k < s || toks[k].UPOS == "PUNCT" && k == len(toks)-1) {
				toks[k].Head = first + i
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

// saidBetweenSubjects mends a verb the parser gave two subjects, one on
// each side of a verb of saying it hung from it ("The joint communique
// issued after the meeting said both governments “recognise …”", read as
// "communique … both governments recognise" with "said" a clause of its
// own): a verb has one subject, and a finite verb of saying between the
// two with no subject of its own is the sentence's verb, the first its
// subject and the other verb's clause what was said. first is the index
// of toks[0] in the analysis.
func saidBetweenSubjects(toks []Token, first int) {
	for c := 1; c+1 < len(toks); c++ {
		st := &toks[c]
		if st.UPOS != "VERB" || st.XPOS != "VBD" && st.XPOS != "VBZ" || !sayingForm(st.Text) || st.Head < 0 {
			continue
		}
		v := st.Head - first
		if v <= c || v >= len(toks) || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		s1, s2, own := -1, -1, false
		for k := range toks {
			switch h := toks[k].Head - first; {
			case h == c && strings.HasPrefix(toks[k].Rel, "nsubj"):
				own = true
			case h == v && strings.HasPrefix(toks[k].Rel, "nsubj") && k < c:
				s1 = k
			case h == v && strings.HasPrefix(toks[k].Rel, "nsubj") && k > c && k < v:
				s2 = k
			}
		}
		if own || s1 < 0 || s2 < 0 {
			continue
		}
		st.Head, st.Rel = toks[v].Head, toks[v].Rel
		toks[v].Head, toks[v].Rel = first+c, "ccomp"
		toks[s1].Head = first + c
		for k := 0; k < c; k++ {
			// What stood before the verb of saying and hung from the
			// other verb ("On Friday, …") belongs to the sentence's
			// verb now.
			if toks[k].Head == first+v {
				toks[k].Head = first + c
			}
		}
		if st.Head < 0 {
			closeOn(toks, first, v, c)
		}
		return
	}
}

// finiteParticiple returns the verb a sentence's tree left as a reduced
// relative although the sentence has no other verb to head it: the root
// is a noun and a past participle with no auxiliary hangs from it as a
// clause, with a complement of its own, after a comma ("Schiff, the top
// Democrat on the committee, called on Obama to retaliate", read as "the
// committee called on…") or with a clause of its own for complement
// ("Mexico's foreign ministry stressed in a statement that it would
// host…": a reduced relative reports no clause). The tagger took the past
// tense for the participle. Finite verbs inside the participle's own
// clause do not count. It returns the token's index in toks, or -1.
func finiteParticiple(toks []Token, first int) int {
	root := -1
	var finite []int
	for i := range toks {
		t := &toks[i]
		if t.Head < 0 {
			if root >= 0 {
				return -1
			}
			root = i
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			finite = append(finite, i)
		}
	}
	if root < 0 {
		return -1
	}
	// A root verb opened by "that" is a clause said by something before
	// it, never the sentence's own verb ("The group noted in a
	// communiqué that the agreement preserves…").
	that := toks[root].UPOS == "VERB" && subordinate(toks, root, first)
	if toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" && !that {
		return -1
	}
	for i := range toks {
		t := &toks[i]
		if t.XPOS != "VBN" || t.UPOS != "VERB" || t.Rel != "acl" && t.Rel != "parataxis" && t.Rel != "advcl" || i == 0 {
			continue
		}
		if t.Rel == "advcl" && !inRelative(toks, i, first) {
			// A participle opening an adverbial clause of the
			// sentence's verb ("Asked about the talks, …") is one;
			// only one hung inside a relative clause is not.
			continue
		}
		aux, comp, clause := false, false, that && root > i
		// A that-clause hung from the root noun after the participle,
		// and the clauses joined to it, are the participle's ("Mexico's
		// foreign ministry maintained in a statement that it would host
		// …and that Mexico remained…": a ministry takes no clause).
		var later []int
		if !that {
			for j := i + 1; j < len(toks); j++ {
				if toks[j].Head == first+root && (toks[j].Rel == "ccomp" || toks[j].Rel == "acl" && subordinate(toks, j, first)) {
					later = append(later, j)
					clause = true
				}
			}
			for j := i + 1; j < len(toks) && len(later) > 0; j++ {
				if toks[j].Head == first+root && toks[j].Rel == "conj" && toks[j].UPOS == "VERB" {
					later = append(later, j)
				}
			}
		}
		for j := range toks {
			if toks[j].Head != first+i {
				continue
			}
			switch toks[j].Rel {
			case "aux", "aux:pass", "nsubj:pass", "obl:agent":
				aux = true
			case "ccomp":
				clause = clause || j > i
				comp = comp || j > i
			case "obj", "xcomp", "obl", "advcl":
				comp = comp || j > i
			}
		}
		if aux || !comp && !clause || toks[i-1].Text != "," && !clause {
			continue
		}
		own, relBefore := true, false
		for _, f := range finite {
			relBefore = relBefore || f < i && inRelative(toks, f, first)
			// Finite verbs of the participle's own clause, of a
			// relative clause before it ("The Commission, which
			// negotiates for the EU, stressed…") or of the clause
			// opened by "that" after it do not count.
			if !dominates(toks, i, f, first) && !(f < i && inRelative(toks, f, first)) && !(that && root > i && dominates(toks, root, f, first)) &&
				!slices.ContainsFunc(later, func(l int) bool { return dominates(toks, l, f, first) }) {
				own = false
				break
			}
		}
		// After a relative clause set off before it ("The Commission,
		// which negotiates for the EU, stressed in a statement that…"),
		// a comma and a complement are enough.
		if own && (len(finite) == 0 || clause || relBefore && toks[i-1].Text == ",") {
			return i
		}
	}
	return -1
}

// subordinate reports whether token v (an index in toks) opens its clause
// with "that", "whether" or "if" marked on it.
func subordinate(toks []Token, v, first int) bool {
	for j := range toks {
		if toks[j].Head == first+v && toks[j].Rel == "mark" && j < v {
			switch strings.ToLower(toks[j].Text) {
			case "that", "whether", "if":
				return true
			}
		}
	}
	return false
}

// inMarked reports whether token v (an index in toks) lies inside a
// clause a subordinator opens ("because the talks are confidential").
func inMarked(toks []Token, v, first int) bool {
	for k := 0; v >= 0 && v < len(toks) && k < 40; k++ {
		h := v
		if toks[v].Rel == "aux" || toks[v].Rel == "cop" || toks[v].Rel == "aux:pass" {
			h = toks[v].Head - first
		}
		if h >= 0 && h < len(toks) && slices.ContainsFunc(toks, func(x Token) bool { return x.Head == first+h && x.Rel == "mark" }) {
			return true
		}
		if toks[v].Head < 0 {
			return false
		}
		v = toks[v].Head - first
	}
	return false
}

// inRelative reports whether token v (an index in toks) is a relative
// clause's verb or lies inside one.
func inRelative(toks []Token, v, first int) bool {
	for k := 0; v >= 0 && v < len(toks) && k < 40; k++ {
		if toks[v].Rel == "acl:relcl" {
			return true
		}
		if toks[v].Head < 0 {
			return false
		}
		v = toks[v].Head - first
	}
	return false
}

// closingMark reports whether tok closes a quotation: tagged so, or a
// closing mark the tagger read otherwise (a British single mark, "’",
// left as a punctuation mark of its own).
func closingMark(tok Token) bool {
	if tok.XPOS == "''" {
		return true
	}
	switch tok.Text {
	case "’", "”", "»":
		return tok.UPOS == "PUNCT"
	}
	return false
}

// openingMark reports whether tok opens a quotation.
func openingMark(tok Token) bool {
	if tok.XPOS == "``" {
		return true
	}
	switch tok.Text {
	case "‘", "“", "«":
		return tok.UPOS == "PUNCT"
	}
	return false
}

// sayingForm reports whether a word is a past or third-person present
// form of a verb of saying ("said", "stressed"; "says", "notes",
// "stresses"): outlets that tell a story in the present credit with
// "says".
func sayingForm(w string) bool {
	if reportingPasts[w] {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	return sayingLemmas[w[:len(w)-1]] || strings.HasSuffix(w, "es") && sayingLemmas[w[:len(w)-2]]
}

// finiteVerb reports whether tok is a verb in the past or in the third
// person present.
func finiteVerb(tok *Token) bool {
	return tok.UPOS == "VERB" && (tok.XPOS == "VBD" || tok.XPOS == "VBZ")
}

// leftmostWord returns the first word (an index in toks) of v's
// subtree, not counting punctuation.
func leftmostWord(toks []Token, v, first int) int {
	lo := v
	for j := v - 1; j >= 0; j-- {
		if toks[j].UPOS != "PUNCT" && dominates(toks, v, j, first) {
			lo = j
		}
	}
	return lo
}

// namesBeforeDescriptions mends a credit after a quotation whose speaker
// is named and then described ("“…,” Dr. Steven Marsh, Lakeshore's chief
// medical officer, says in an interview."), read with the description as
// the subject and the name hung inside the quotation, as an object of its
// verb: a name right after the closing mark, set off from the description
// by a comma, is the one who speaks, the description its apposition.
// first is the index of toks[0] in the analysis.
func namesBeforeDescriptions(toks []Token, first int) {
	for v := 4; v < len(toks); v++ {
		t := &toks[v]
		if !finiteVerb(t) || !sayingForm(t.Text) {
			continue
		}
		subj := -1
		for j := 0; j < v; j++ {
			if toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") {
				subj = j
			}
		}
		if subj < 0 || toks[subj].UPOS != "NOUN" {
			continue
		}
		lo := leftmostWord(toks, subj, first)
		if lo < 3 || toks[lo-1].Text != "," {
			continue
		}
		// The name before the comma: its head, hung elsewhere.
		n := lo - 2
		if toks[n].UPOS != "PROPN" {
			continue
		}
		for toks[n].Head >= 0 && toks[n].Head-first < n && toks[n].Head-first >= 0 && toks[toks[n].Head-first].UPOS == "PROPN" && (toks[n].Rel == "flat" || toks[n].Rel == "compound") {
			n = toks[n].Head - first
		}
		if toks[n].Head < 0 || toks[n].Head == first+v {
			continue
		}
		nlo := leftmostWord(toks, n, first)
		if nlo < 1 || !closingMark(toks[nlo-1]) && !(toks[nlo-1].Text == "," && nlo >= 2 && closingMark(toks[nlo-2])) {
			continue
		}
		toks[n].Head, toks[n].Rel = first+v, "nsubj"
		toks[subj].Head, toks[subj].Rel = first+n, "appos"
		return
	}
}

// rootOf returns the index in toks of the sentence's root, or -1.
func rootOf(toks []Token) int {
	for k := range toks {
		if toks[k].Head < 0 {
			return k
		}
	}
	return -1
}

// closeOn hangs the sentence's final punctuation mark from v (an index in
// toks) where it hung from the old root.
func closeOn(toks []Token, first, root, v int) {
	if p := len(toks) - 1; toks[p].UPOS == "PUNCT" && toks[p].Head == first+root {
		toks[p].Head = first + v
	}
}

// nameBeforeComma returns the index of the comma that closes a run of
// proper nouns opening right after token v and ends before obj, or -1.
func nameBeforeComma(toks []Token, v, obj int) int {
	j := v + 1
	for j < obj && toks[j].UPOS == "PROPN" {
		j++
	}
	if j == v+1 || j >= obj || toks[j].Text != "," {
		return -1
	}
	return j
}

// hasCase reports whether the phrase of token j opens with a preposition
// of its own ("to around 3,000 strikers", the parser hanging "to" from
// the number); a possessive's mark is its owner's ("Ukraine’s human
// rights commissioner").
func hasCase(toks []Token, j, first int) bool {
	for k := 0; k < j; k++ {
		if toks[k].Rel == "case" && (toks[k].UPOS == "ADP" || toks[k].UPOS == "PART") && toks[k].XPOS != "POS" && dominates(toks, j, k, first) {
			return true
		}
	}
	return false
}

// phraseAfter returns the head of the noun phrase that opens right after
// token v: the word the first one after v hangs from, up to the one
// whose head lies outside, with every word between in its subtree; -1
// when there is none.
func phraseAfter(toks []Token, v, first int) int {
	h := v + 1
	if h >= len(toks) || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
		return -1
	}
	for steps := 0; steps < 8; steps++ {
		p := toks[h].Head - first
		if p <= h || p > v+8 || p >= len(toks) || toks[p].UPOS != "NOUN" && toks[p].UPOS != "PROPN" {
			break
		}
		h = p
	}
	if !spanUnder(toks, h, v+1, h, first) {
		return -1
	}
	return h
}

// unmarkedAdverbials mends a sentence whose verb of saying, with a
// subject of its own and no word to subordinate it, the parser hung as an
// adverbial clause of the clause it reports ("Bishop Anselm Pokiya of the
// Catholic Diocese of Wabag, who spent six weeks shuttling between the
// two sides, told the crowd the agreement was “a first step”", read with
// "step" at the root): a finite clause with a subject and no "when",
// "as" or "after" is no adverbial clause, unless commas set it off as an
// aside. The verb of saying is the root and the clause it hung from is
// its clausal complement. first is the index of toks[0] in the analysis.
func unmarkedAdverbials(toks []Token, first int) {
	root := rootOf(toks)
	if root < 1 {
		return
	}
	v := -1
	for j := 0; j < root; j++ {
		if toks[j].Head == first+root && toks[j].Rel == "advcl" && finiteVerb(&toks[j]) &&
			(sayingForm(toks[j].Text) || toks[j].Text == "told") {
			v = j
			break
		}
	}
	if v < 0 {
		return
	}
	subj, rootSubj := false, -1
	for j := range toks {
		switch {
		case toks[j].Head == first+v:
			switch r := toks[j].Rel; {
			case r == "mark" || r == "ccomp" || r == "xcomp" || r == "obj":
				// Subordinated, or saying something of its own.
				return
			case strings.HasPrefix(r, "nsubj") && j < v:
				subj = true
			}
		case toks[j].Head == first+root && strings.HasPrefix(toks[j].Rel, "nsubj") && j > v && rootSubj < 0:
			rootSubj = j
		}
	}
	if !subj || rootSubj < 0 {
		return
	}
	for j := v + 1; j < rootSubj; j++ {
		if toks[j].UPOS == "PUNCT" {
			// A credit set off by commas ("Even if the talks collapse,
			// Port Director Tom Reyes said, the port will stay open")
			// is an aside of the clause it credits, as the parser read.
			return
		}
	}
	for j := 0; j < v; j++ {
		if toks[j].Head == first+root {
			toks[j].Head = first + v
		}
	}
	toks[v].Head, toks[v].Rel = -1, "root"
	closeOn(toks, first, root, v)
	toks[root].Head, toks[root].Rel = first+v, "ccomp"
}

// nounsReadAsAdjectives are nouns of people the tagger also knows as
// adjectives ("an official", "the executive", "a representative").
var nounsReadAsAdjectives = map[string]bool{"official": true, "executive": true, "representative": true, "spokesman": true, "spokeswoman": true}

// creditParticiple finds a verb of saying the tagger read as a participle
// modifying the noun after it, right after a noun of people it read as
// an adjective ("a senior U.S. official told reporters" as "an
// official-told reporters"); it returns the verb's index in toks, or -1.
// The parse it came from is the one to mend: the participle hangs from
// the noun after it as an adjective.
func creditParticiple(toks []Token) int {
	for v := 1; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.XPOS != "VBN" || t.Rel != "amod" || !speechParticiple[strings.ToLower(t.Text)] {
			continue
		}
		if p := &toks[v-1]; p.XPOS == "JJ" && nounsReadAsAdjectives[strings.ToLower(p.Text)] {
			return v
		}
	}
	return -1
}

// quotedCreditParticiple finds a verb of saying the tagger read as a
// participle modifying the noun after it in a credit right after a
// quotation ("“…,” the HR director told reporters" as "the HR director
// | told reporters"), or modifying the noun before it at the sentence's
// end ("“…,” the 67-year-old diplomat noted."): the words from the
// quotation's closing mark to the verb are a noun phrase ending in a
// noun, its subject. It returns the verb's index in toks, or -1.
func quotedCreditParticiple(toks []Token) int {
	for v := 2; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.XPOS != "VBN" || !strings.HasPrefix(toks[v-1].XPOS, "NN") {
			continue
		}
		// Or one hung after the noun that ends the sentence ("“…,” the
		// 67-year-old diplomat noted."), read as "the diplomat [who
		// was] noted".
		closing := t.Rel == "acl" && reportingPasts[strings.ToLower(t.Text)] && onlyPunctAfter(toks, v)
		if t.Rel != "amod" && !closing || t.Rel == "amod" && !speechParticiple[strings.ToLower(t.Text)] {
			continue
		}
		if creditAfterQuotation(toks, v-2, v-8) {
			return v
		}
	}
	return -1
}

// onlyPunctAfter reports whether nothing but punctuation follows token v
// in its sentence.
func onlyPunctAfter(toks []Token, v int) bool {
	for k := v + 1; k < len(toks); k++ {
		if toks[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// creditAfterQuotation reports whether the words from k back to a
// quotation's closing mark, at index floor or later, are a noun phrase's
// by their universal tags (determiners, adjectives, nouns, names): the
// credit's subject right after the quotation ("“…,” the HR director
// told"), for the parser's repairs (the tagger's afterQuotation reads the
// fine tags before the parse).
func creditAfterQuotation(toks []Token, k, floor int) bool {
	for ; k >= 0 && k >= floor; k-- {
		if w := &toks[k]; closingMark(*w) {
			return true
		} else if w.UPOS != "DET" && w.UPOS != "ADJ" && w.UPOS != "NOUN" && w.UPOS != "PROPN" && w.UPOS != "NUM" && w.Text != "-" {
			// (an age, "the 67-year-old diplomat", is of the phrase)
			return false
		}
	}
	return false
}

// frontedNameVerb returns, for a sentence that opens with a participle
// the tagger read as its past-tense verb and a phrase closed by a comma,
// then a name and one plural noun to the sentence's end or a comma
// ("Asked about Prasad's criticism, Vuniwaqa-Reddy nods."), that noun
// (the name's verb in the present tense) and the participle's index; or
// -1, -1.
func frontedNameVerb(toks []Token) (int, int) {
	if len(toks) < 6 || toks[0].XPOS != "VBD" || toks[0].Head >= 0 && toks[0].Rel != "root" {
		return -1, -1
	}
	for i := 1; i < len(toks); i++ {
		switch toks[i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return -1, -1 // a verb of its own elsewhere
		}
	}
	for c := 2; c+2 < len(toks); c++ {
		if toks[c].Text != "," {
			continue
		}
		j := c + 1
		for j < len(toks) && (toks[j].UPOS == "PROPN" || toks[j].XPOS == "HYPH") {
			j++
		}
		if j == c+1 || j+1 >= len(toks) || toks[j].XPOS != "NNS" || !lowerLetters(toks[j].Text) {
			continue
		}
		if n := toks[j+1].Text; n == "." || n == "," || n == ";" {
			return j, 0
		}
	}
	return -1, -1
}

// quotedCreditNoun returns the past tense of a verb of saying the tagger
// took for a noun right after a quotation and the words that credit it
// ("“…,” the executive replied when…": "executive" an adjective,
// "replied" its noun), where no noun follows it; or -1.
func quotedCreditNoun(toks []Token) int {
	for v := 3; v < len(toks); v++ {
		t := &toks[v]
		// Every past tense of speechPast ends in "ed", and only "ed" or
		// "ED" (or "eD", "Ed") lower-cases to an ending "ed": the
		// look-up is left out for the other nouns.
		if t.UPOS != "NOUN" || !endsInEd(t.Text) || speechPast[strings.ToLower(t.Text)] == "" || v+1 < len(toks) && (toks[v+1].UPOS == "NOUN" || toks[v+1].UPOS == "PROPN") {
			continue
		}
		if p := toks[v-1].UPOS; p != "ADJ" && p != "NOUN" {
			continue
		}
		if creditAfterQuotation(toks, v-1, v-6) {
			return v
		}
	}
	return -1
}

// endsInEd reports whether strings.ToLower(w) ends in "ed": whether w
// ends in those two letters in either case (no other character
// lower-cases to them).
func endsInEd(w string) bool {
	n := len(w)
	return n >= 2 && w[n-2]|0x20 == 'e' && w[n-1]|0x20 == 'd'
}

// creditVerb retags what quotedCreditNoun found: the past tense at v,
// with its lemma, and the noun before it that the tagger read as an
// adjective.
func creditVerb(toks []Token, v int) {
	if toks[v-1].UPOS == "ADJ" {
		toks[v-1].UPOS, toks[v-1].XPOS = "NOUN", "NN"
	}
	toks[v].UPOS, toks[v].XPOS, toks[v].Lemma = "VERB", "VBD", speechPast[strings.ToLower(toks[v].Text)]
}

// speechPast are past tenses of verbs of saying that close a credit
// ("the executive replied") and are never nouns, with their lemmas.
var speechPast = map[string]string{"replied": "reply", "added": "add", "insisted": "insist", "responded": "respond", "countered": "counter",
	"explained": "explain", "conceded": "concede", "recalled": "recall", "argued": "argue", "warned": "warn", "noted": "note",
	"acknowledged": "acknowledge", "remarked": "remark", "observed": "observe", "stressed": "stress", "maintained": "maintain",
	"admitted": "admit", "asserted": "assert", "contended": "contend", "emphasised": "emphasise", "emphasized": "emphasize",
	"reiterated": "reiterate", "cautioned": "caution", "complained": "complain", "claimed": "claim", "declared": "declare",
	"predicted": "predict", "quipped": "quip", "joked": "joke"}

// speechParticiple are the past forms of verbs of saying that open a
// credit.
var speechParticiple = map[string]bool{"told": true, "said": true, "added": true, "wrote": true, "warned": true, "noted": true}

// namedInApposition reports whether noun h has a proper noun set off
// after it by a comma, before v ("CAP's managing director, Anders
// Lindqvist-Moore,"): a role with its holder's name.
func namedInApposition(toks []Token, h, v, first int) bool {
	for j := h + 2; j < v; j++ {
		if toks[j].Head == first+h && toks[j].Rel == "appos" && toks[j].UPOS == "PROPN" && toks[j-1].Text == "," {
			return true
		}
	}
	return false
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

// clauseOfName reports whether verb v, right after the phrase of name
// head, hangs from the name as a clause of it (a relative clause with no
// relative word, an apposition) or as a modifier of a noun right after it
// that hangs from the name (as a conjunct or a modifier): not a verb a
// name governs. first is the index of toks[0] in the analysis.
func clauseOfName(toks []Token, head, v, first int) bool {
	t := &toks[v]
	switch g := t.Head - first; {
	case g == head:
		return t.Rel == "acl:relcl" || t.Rel == "acl" || t.Rel == "appos"
	case g == v+1 && toks[g].Head == first+head:
		return (t.Rel == "amod" || t.Rel == "compound") && (toks[g].UPOS == "NOUN" || toks[g].UPOS == "PROPN" || toks[g].UPOS == "PRON")
	}
	return false
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

// participleOpeners mends a sentence opened by a participle's clause set
// off by a comma ("Speaking at a conference in Brussels, Belgian Economy
// Minister Eva De Bleeker said…") that the parser made the verb's
// clausal subject, hanging the real subject inside the clause: the
// clause is an adverbial of the verb and the phrase between the comma and
// the verb its subject, headed by the first word of the proper nouns it
// ends in (the name; a title before it hangs from it), or by its last
// noun. first is the index of toks[0] in the analysis.
func participleOpeners(toks []Token, first int) {
	if len(toks) < 5 || toks[0].XPOS != "VBG" && toks[0].XPOS != "VBN" {
		return
	}
	v := toks[0].Head - first
	if v <= 0 || v >= len(toks) || toks[0].Rel != "csubj" && !strings.HasPrefix(toks[0].Rel, "nsubj") || toks[v].UPOS != "VERB" ||
		toks[v].XPOS != "VBD" && toks[v].XPOS != "VBZ" && toks[v].XPOS != "VBP" {
		return
	}
	for k := range toks {
		if k != 0 && toks[k].Head == first+v && (strings.HasPrefix(toks[k].Rel, "nsubj") || toks[k].Rel == "csubj" || toks[k].Rel == "expl") {
			return
		}
	}
	// The comma that closes the clause, and only nouns, adjectives and
	// determiners between it and the verb.
	c := firstComma(toks, 1, v)
	if c < 2 || c+1 >= v {
		return
	}
	for k := c + 1; k < v; k++ {
		switch toks[k].UPOS {
		case "PROPN", "NOUN", "ADJ", "DET", "NUM", "PART":
		case "PUNCT":
			if toks[k].Text != "." && toks[k].Text != "'s" {
				return
			}
		default:
			return
		}
	}
	h := -1
	if toks[v-1].UPOS == "PROPN" {
		h = v - 1
		for h-1 > c && toks[h-1].UPOS == "PROPN" && !officeOrTitle(toks[h-1].Text) {
			h--
		}
	} else {
		for k := v - 1; k > c; k-- {
			if toks[k].UPOS == "NOUN" {
				h = k
				break
			}
		}
	}
	if h < 0 {
		return
	}
	for k := c + 1; k < v; k++ {
		if k == h {
			continue
		}
		if hd := toks[k].Head - first; hd <= c || hd >= v {
			toks[k].Head = first + h
			switch {
			case k > h:
				toks[k].Rel = "flat"
			case toks[k].UPOS == "DET":
				toks[k].Rel = "det"
			default:
				toks[k].Rel = "compound"
			}
		}
	}
	toks[h].Head, toks[h].Rel = first+v, "nsubj"
	toks[0].Rel = "advcl"
	toks[c].Head = first + 0
}

// holdersOfTitles mends the name set off after an office "for" or "of"
// a field ("Georgia's State Minister for Reconciliation, Tamar Abashidze,
// has arrived"), which the parser hung from the field as its apposition,
// the surname flat beside the field: the name is the office's holder, in
// apposition to the office, and the surname goes with the given name.
// first is the index of toks[0] in the analysis.
func holdersOfTitles(toks []Token, first int) {
	for a := 3; a < len(toks); a++ {
		if toks[a].Rel != "appos" || toks[a].UPOS != "PROPN" || toks[a-1].Text != "," {
			continue
		}
		h := toks[a].Head - first
		if h < 1 || h >= a || toks[h].UPOS != "PROPN" || toks[h].Rel != "nmod" {
			continue
		}
		cs := -1
		for k := 0; k < h; k++ {
			if toks[k].Head == first+h && toks[k].Rel == "case" {
				cs = k
			}
		}
		o := toks[h].Head - first
		if cs < 0 || !EqualFoldLower(toks[cs].Text, "for") && !EqualFoldLower(toks[cs].Text, "of") || o < 0 || o >= h || !officeOrTitle(toks[o].Text) {
			continue
		}
		toks[a].Head = first + o
		for k := a + 1; k < len(toks) && toks[k].UPOS == "PROPN"; k++ {
			if toks[k].Head == first+h && toks[k].Rel == "flat" {
				toks[k].Head = first + a
			}
		}
	}
}

// officeOrTitle reports whether a capitalised word is a title the parse
// repairs know ("Minister", "Secretary"): it comes before a name, not in
// it.
func officeOrTitle(w string) bool {
	return officeTitles[strings.ToLower(w)] || fieldTitles[strings.ToLower(w)]
}

// subjectsOfAsides mends a subject the parser gave to the participle of
// an aside set off by commas instead of to the verb after it ("Health
// Secretary Wes Streeting, | asked about the dispute on BBC Radio 4, |
// said both sides should…", with "Wes" the passive subject of "asked"):
// a finite verb with no subject right after the aside's closing comma
// has the noun before the aside as its subject, and the aside describes
// that noun. first is the index of toks[0] in the analysis.
func subjectsOfAsides(toks []Token, first int) {
	for v := 4; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBZ" || toks[v-1].Text != "," {
			continue
		}
		p, subject := -1, false
		for k := range toks {
			switch {
			case toks[k].Head == first+v && (strings.HasPrefix(toks[k].Rel, "nsubj") || toks[k].Rel == "csubj" || toks[k].Rel == "expl"):
				subject = true
			case k < v-1 && toks[k].Head == first+v && (toks[k].XPOS == "VBN" || toks[k].XPOS == "VBG") && k >= 2 && toks[k-1].Text == ",":
				p = k
			}
		}
		if subject || p < 0 {
			continue
		}
		s := -1
		for k := 0; k < p-1; k++ {
			if toks[k].Head == first+p && strings.HasPrefix(toks[k].Rel, "nsubj") && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") {
				s = k
			}
		}
		if s < 0 {
			continue
		}
		// The aside ends at the comma before the verb.
		if !spanUnder(toks, p, p+1, v-1, first) {
			continue
		}
		toks[s].Head, toks[s].Rel = first+v, "nsubj"
		toks[p].Head, toks[p].Rel = first+s, "acl"
		toks[p-1].Head = first + p
		toks[v-1].Head = first + p
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

// quotationOfRoot reports whether the quotation that the mark at closing
// closes holds the sentence's root: it opened before the root, or in an
// earlier sentence (no opening mark before closing). "By the time she
// learned…, she was surprised: “It made sense,” she said." credits only
// the quotation, not the sentence's root.
func quotationOfRoot(toks []Token, closing, root int) bool {
	for j := closing - 1; j >= 0; j-- {
		if openingMark(toks[j]) {
			return j < root
		}
	}
	return true
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

// subjectsReadAsConjuncts mends a subject the parser joined, as a
// conjunct with no conjunction, to the last noun of an opening clause
// ("Asked whether Sudan would side with Egypt, Abbas-Musa replied that…",
// read as "Egypt, Abbas-Musa"): a finite verb with no subject, right after
// a name or noun set off by a comma and hung as a conjunct with no "and"
// or "or" of its own, has that name as its subject. first is the index of
// toks[0] in the analysis.
func subjectsReadAsConjuncts(toks []Token, first int) {
	for v := 3; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" || hasSubject(toks, v, first) {
			continue
		}
		// The conjunct: the word whose phrase ends right before the verb.
		j := -1
		for k := v - 1; k >= 1; k-- {
			if toks[k].Rel == "conj" && (toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN") && spanUnder(toks, k, k, v, first) {
				j = k
				break
			}
			if toks[k].Head-first < k-5 || toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "PUNCT" && toks[k].Text != "-" {
				break
			}
		}
		if j < 1 || toks[j-1].Text != "," {
			continue
		}
		ownCC := false
		for k := range toks {
			if toks[k].Head == first+j && toks[k].Rel == "cc" {
				ownCC = true
			}
		}
		if ownCC || !inOpeningClause(toks, toks[j].Head-first, v, first) {
			continue
		}
		toks[j].Head, toks[j].Rel = first+v, "nsubj"
		toks[j-1].Head = first + v
	}
}

// inOpeningClause reports whether token h lies inside a clause of its own
// that verb v governs ("Asked whether Sudan would side with Egypt"): on
// the way up from h to v, a verb hung as an adverbial, complement or
// clausal modifier.
func inOpeningClause(toks []Token, h, v, first int) bool {
	for steps := 0; h >= 0 && h < len(toks) && steps < 12; steps++ {
		if h == v {
			return false
		}
		if toks[h].UPOS == "VERB" && toks[h].Head == first+v {
			switch toks[h].Rel {
			case "advcl", "ccomp", "xcomp", "csubj":
				return true
			}
			return false
		}
		h = toks[h].Head - first
	}
	return false
}

// thinkingLemmas are verbs of believing and doubting that report a
// clause as verbs of saying do ("Analysts doubt the round will…").
var thinkingLemmas = map[string]bool{"doubt": true, "believe": true, "think": true, "expect": true, "fear": true,
	"hope": true, "predict": true, "suspect": true, "reckon": true}

// conjunctReports mends what a verb of saying or thinking reports when
// the parser took the reported subject for its object and the reported
// verb, after an aside set off by commas, for a second verb of the
// sentence ("Analysts doubt the new round in Kampala, due to open on June
// 3, will be different", read as "doubt the round … and will be
// different"): a finite conjunct with no subject, no conjunction and no
// marker of its own, right after a comma, has the object for its subject
// and is what is reported. first is the index of toks[0] in the analysis.
func conjunctReports(toks []Token, first int) {
	for v := 1; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] && !thinkingLemmas[t.Lemma] || t.XPOS != "VBD" && t.XPOS != "VBZ" && t.XPOS != "VBP" {
			continue
		}
		obj, c, reports := -1, -1, false
		for j := v + 1; j < len(toks); j++ {
			if toks[j].Head != first+v {
				continue
			}
			switch {
			case toks[j].Rel == "obj" && obj < 0 && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN"):
				obj = j
			case toks[j].Rel == "conj" && obj >= 0 && c < 0:
				c = j
			case toks[j].Rel == "ccomp" || toks[j].Rel == "xcomp":
				reports = true // it reports a clause already
			}
		}
		if reports || obj < 0 || c < 0 {
			continue
		}
		lo, finite := c, toks[c].XPOS == "VBD" || toks[c].XPOS == "VBZ" || toks[c].XPOS == "VBP"
		own := false
		for j := range toks {
			if toks[j].Head != first+c {
				continue
			}
			switch toks[j].Rel {
			case "nsubj", "nsubj:pass", "expl", "csubj", "cc", "mark":
				own = true
			case "aux", "aux:pass", "cop":
				if x := toks[j].XPOS; x == "MD" || x == "VBD" || x == "VBZ" || x == "VBP" {
					finite = true
				}
			}
			if toks[j].Rel != "punct" {
				lo = min(lo, j)
			}
		}
		if own || !finite || lo < 1 || toks[lo-1].Text != "," || lo-1 <= obj {
			continue
		}
		toks[obj].Head, toks[obj].Rel = first+c, "nsubj"
		toks[c].Head, toks[c].Rel = first+v, "ccomp"
	}
}
