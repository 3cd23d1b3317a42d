package summarize

// Repairs of how a role and the name or noun it goes with hang, where
// English grammar settles what the parser read the other way: a
// participle after the subject's noun read as the main verb before a
// verb of saying (or as a clause run on before it, or with its phrase
// hung from it or taken for that verb's clause), a name set off after
// "the <role> of <a body>" hung from the body, a role word tagged as an
// adjective at the end of a subject.
// Each rehangs tokens (their head and relation) and nothing else.

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// ofRoleAppositives rehangs as the appositive of a role the person's name
// set off after "the <role> of <a body>" that the parser hung from the
// body ("The chief executive of Kilima, Liang Zhiqiang, said…", read as
// "Kilima, Liang Zhiqiang" coordinated without "and", or "the managing
// director of Huayuan's subsidiary, Liang Zhiqiang", as the subsidiary's
// other name): a name set off after an office and the body it is of
// names the office's holder, not the body. Not where the noun of the
// of-phrase is itself a role ("the wife of the minister, Anna Berg"):
// the name may be either's.
func ofRoleAppositives(a *nlp.Analysis) {
	for x := 2; x < len(a.Tokens); x++ {
		tx := &a.Tokens[x]
		h := tx.Head
		if tx.UPOS != "PROPN" || tx.NER != "B-PERSON" || tx.Rel != "appos" && tx.Rel != "conj" || h < 0 || h >= x-1 || a.Tokens[x-1].Text != "," {
			continue
		}
		th := &a.Tokens[h]
		r := th.Head
		if th.Rel != "nmod" || r < 0 || r >= h || a.Tokens[r].UPOS != "NOUN" || !roleNoun(strings.ToLower(a.Tokens[r].Text)) ||
			th.UPOS == "NOUN" && roleNoun(strings.ToLower(th.Text)) || strings.HasSuffix(th.NER, "PERSON") {
			continue
		}
		of, ok := false, true
		for k := r + 1; k < x-1 && ok; k++ {
			tk := &a.Tokens[k]
			if tk.Head == h && tk.Rel == "case" && nlp.EqualFoldLower(tk.Text, "of") {
				of = true
			}
			// Nothing but the body's phrase between the role and the
			// name: no "and", no verb, no other comma.
			ok = tk.UPOS != "CCONJ" && tk.UPOS != "VERB" && tk.UPOS != "AUX" && tk.Text != ","
		}
		if !of || !ok {
			continue
		}
		// The rest of the name the parser hung from the body goes with
		// the name.
		for k := x + 1; k < len(a.Tokens) && a.Tokens[k].NER == "I-PERSON"; k++ {
			if a.Tokens[k].Head == h {
				a.Tokens[k].Head, a.Tokens[k].Rel = x, "flat"
			}
		}
		tx.Head, tx.Rel = r, "appos"
		a.Tokens[x-1].Head = x
	}
}

// reducedRelativeRoots undoes the reading of a participle after the
// subject as the sentence's main verb when a verb of saying follows with
// no subject of its own ("The only text agreed so far says the parties
// “shall endeavour…”", read as "text agreed", with "says" hung from
// "agreed"): a finite verb with no subject of its own cannot follow a
// complete clause, so the participle modifies the noun (a reduced
// relative clause), and the verb of saying is the sentence's, with the
// noun its subject.
func reducedRelativeRoots(a *nlp.Analysis) {
	for x := 1; x+1 < len(a.Tokens); x++ {
		tx := &a.Tokens[x]
		if tx.Head != -1 || tx.UPOS != "VERB" || tx.XPOS != "VBD" && tx.XPOS != "VBN" {
			continue
		}
		n := -1
		for k := a.Sentences[tx.Sent].First; k < x; k++ {
			if a.Tokens[k].Head == x && a.Tokens[k].Rel == "nsubj" {
				n = k
			}
		}
		if n < 0 || n != x-1 || a.Tokens[n].UPOS != "NOUN" {
			continue // the participle right after its noun: "text agreed"
		}
		v := -1
		for k := x + 1; k < a.Sentences[tx.Sent].Last && k <= x+4; k++ {
			tk := &a.Tokens[k]
			if tk.UPOS == "VERB" && (tk.XPOS == "VBZ" || tk.XPOS == "VBP") && tk.Head == x && cueLemma(tk.Lemma) {
				v = k
				break
			}
			if tk.UPOS != "ADV" && tk.UPOS != "ADP" && tk.UPOS != "DET" && tk.UPOS != "NOUN" && tk.UPOS != "PROPN" && tk.UPOS != "NUM" {
				break // only an adverb or a short phrase between: "so far", "on Monday"
			}
		}
		if v < 0 || hasChild(a, x, "obj") || hasChild(a, v, "nsubj") {
			continue
		}
		a.Tokens[v].Head, a.Tokens[v].Rel = -1, "root"
		a.Tokens[n].Head = v
		tx.Head, tx.Rel = n, "acl"
		for k := x + 1; k < v; k++ {
			if a.Tokens[k].Head == x {
				a.Tokens[k].Head = v // "so far", "on Monday": of the verb of saying
			}
		}
	}
}

// trailingRoleAdjectives re-tags as the subject's head noun a role word
// read as an adjective hung from the noun before it, right before that
// noun's verb ("A mining executive said…", read as "A mining" the
// subject, "executive" its adjective): an English adjective goes before
// its noun, so a role word that ends the subject is its noun, the noun
// before a compound of it, and the subject's determiner its own.
func trailingRoleAdjectives(a *nlp.Analysis) {
	for j := 1; j+1 < len(a.Tokens); j++ {
		tok := &a.Tokens[j]
		h := tok.Head
		if tok.UPOS != "ADJ" || tok.Rel != "amod" || h != j-1 || !roleHeads[tok.Text] || a.Tokens[j+1].Sent != tok.Sent {
			continue
		}
		th := &a.Tokens[h]
		v := th.Head
		if th.Rel != "nsubj" || th.UPOS != "NOUN" || v <= j || a.Tokens[v].UPOS != "VERB" {
			continue
		}
		between := true // what stands between the role and the verb is the role's ("in Kolwezi")
		for k := j + 1; k < v && between; k++ {
			between = under(a, k, j)
		}
		if !between {
			continue
		}
		tok.UPOS, tok.XPOS, tok.Head, tok.Rel = "NOUN", "NN", v, "nsubj"
		th.Head, th.Rel = j, "compound"
		for k := a.Sentences[tok.Sent].First; k < h; k++ {
			if tk := &a.Tokens[k]; tk.Head == v && tk.UPOS == "DET" && strings.HasPrefix(tk.Rel, "nsubj") {
				tk.Head, tk.Rel = j, "det"
			}
		}
	}
}

// participleSubjects undoes two readings of a past participle right after
// the subject of a verb of saying ("A Tamil Front official briefed on the
// talks said…"). Read as a past tense with the noun its subject and the
// clause a complement before the verb of saying, which is left with no
// subject: a verb of saying takes what was said after it or set off by a
// comma, never run on before it with nothing between, so the participle
// modifies the noun (a reduced relative clause) and the noun is the
// verb's subject. Read as the noun's participle with its phrase hung from
// the verb of saying ("a diplomat briefed | on those meetings said"): the
// phrase between the participle and the verb, not a time, is the
// participle's; not a text's ("a decree published by the agency
// says"), whose maker the phrase would then name.
func participleSubjects(a *nlp.Analysis) {
	for v := 1; v < len(a.Tokens); v++ {
		tv := &a.Tokens[v]
		if tv.UPOS != "VERB" || !cueLemma(tv.Lemma) {
			continue
		}
		s := a.Sentences[tv.Sent]
		if !hasChild(a, v, "nsubj", "nsubj:pass") {
			x := -1
			for k := s.First; k < v; k++ {
				if a.Tokens[k].Head == v && a.Tokens[k].Rel == "ccomp" {
					x = k
				}
			}
			if x < 0 || a.Tokens[x].UPOS != "VERB" || a.Tokens[x].XPOS != "VBD" && a.Tokens[x].XPOS != "VBN" || hasChild(a, x, "obj", "aux", "aux:pass", "cop", "mark") {
				continue
			}
			n := -1
			for k := s.First; k < x; k++ {
				if a.Tokens[k].Head == x && a.Tokens[k].Rel == "nsubj" {
					n = k
				}
			}
			if n != x-1 || a.Tokens[n].UPOS != "NOUN" || !spanUnder(a, x+1, v, x) {
				continue // the participle right after its noun, its phrase up to the verb
			}
			a.Tokens[n].Head, a.Tokens[n].Rel = v, "nsubj"
			a.Tokens[x].Head, a.Tokens[x].Rel, a.Tokens[x].XPOS = n, "acl", "VBN"
			continue
		}
		n := -1
		for k := s.First; k < v; k++ {
			if a.Tokens[k].Head == v && a.Tokens[k].Rel == "nsubj" {
				n = k
			}
		}
		if n < 0 || textNoun(a.Tokens[n].Lemma) || speechNoun(a.Tokens[n].Lemma) {
			// Not a text's participle: "a decree published by the
			// agency says" speaks as the decree, with or without whose.
			continue
		}
		x := -1
		for k := n + 1; k < v; k++ {
			if a.Tokens[k].Head == n && a.Tokens[k].Rel == "acl" && a.Tokens[k].XPOS == "VBN" {
				x = k
			}
		}
		if x < 0 || !spanUnder(a, n+1, x, n) {
			continue
		}
		end := x + 1
		for end < v && under(a, end, x) {
			end++
		}
		o := headOf(a, end, v-1)
		if o < 0 || a.Tokens[o].Head != v || a.Tokens[o].Rel != "obl" || timeName(a.Tokens[o].NER) || !hasChild(a, o, "case") {
			continue
		}
		a.Tokens[o].Head = x
	}
}

// markedParticipleRoots undoes a third reading of a participle right after
// the subject of a verb of saying: as the sentence's root, with its
// preposition taken for a conjunction that opens the verb of saying's
// clause ("A Valdorian official briefed | on the talks said…", read as
// "the talks said"). A preposition opens no finite clause, so the verb of
// saying is the root with the noun before the participle its subject,
// the participle modifies that noun, and the preposition's noun is the
// participle's.
func markedParticipleRoots(a *nlp.Analysis) {
	for x := 1; x+3 < len(a.Tokens); x++ {
		tx := &a.Tokens[x]
		n, m := x-1, x+1
		if tx.Head != -1 || tx.UPOS != "VERB" || tx.XPOS != "VBD" && tx.XPOS != "VBN" || a.Tokens[n].Head != x || a.Tokens[n].Rel != "nsubj" || a.Tokens[n].UPOS != "NOUN" {
			continue
		}
		if tm := &a.Tokens[m]; tm.Rel != "mark" || tm.XPOS != "IN" || !prepositionWords[strings.ToLower(tm.Text)] {
			continue
		}
		v := a.Tokens[m].Head
		if v <= m || a.Tokens[v].Head != x || a.Tokens[v].Rel != "advcl" || a.Tokens[v].UPOS != "VERB" || !cueLemma(a.Tokens[v].Lemma) || hasChild(a, x, "obj", "aux", "aux:pass", "cop") {
			continue
		}
		o := headOf(a, m+1, v-1)
		if o < 0 || a.Tokens[o].Head != v || a.Tokens[o].Rel != "nsubj" || a.Tokens[o].UPOS != "NOUN" && a.Tokens[o].UPOS != "PROPN" || !spanUnder(a, m+1, v, o) {
			continue
		}
		a.Tokens[v].Head, a.Tokens[v].Rel = -1, "root"
		for k := x + 1; k < len(a.Tokens) && a.Tokens[k].Sent == tx.Sent; k++ {
			if k != m && k != v && a.Tokens[k].Head == x {
				a.Tokens[k].Head = v // what followed the participle is the verb's
			}
		}
		a.Tokens[n].Head = v
		tx.Head, tx.Rel, tx.XPOS = n, "acl", "VBN"
		a.Tokens[m].Head, a.Tokens[m].Rel, a.Tokens[m].UPOS = o, "case", "ADP"
		a.Tokens[o].Head, a.Tokens[o].Rel = x, "obl"
	}
}

// prepositionWords are prepositions a participle's phrase opens with that
// the tagger may read as a subordinating conjunction.
var prepositionWords = map[string]bool{"on": true, "in": true, "with": true, "to": true, "about": true, "by": true, "for": true}

// spanUnder reports whether every token from lo (before hi) hangs from c
// and none is a punctuation mark.
func spanUnder(a *nlp.Analysis, lo, hi, c int) bool {
	for k := lo; k < hi; k++ {
		if a.Tokens[k].UPOS == "PUNCT" || !under(a, k, c) {
			return false
		}
	}
	return true
}
