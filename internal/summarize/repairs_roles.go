package summarize

// Repairs of how a role and the name or noun it goes with hang, where
// English grammar settles what the parser read the other way: a
// participle after the subject's noun read as the main verb before a
// verb of saying, a name set off after "the <role> of <a body>" hung from
// the body, a role word tagged as an adjective at the end of a subject.
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
