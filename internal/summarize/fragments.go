package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// Quoted words that no verb of saying governs in the tree, credited by
// what the tree does show: the clause that "according to X" qualifies,
// a text that is the clause's subject, and a conjunct the parser hung
// where no cue's content can be.

// accordingClause reports whether cue c is "according to X" (or "in the
// words of X") set in the clause that holds the quoted words starting at
// token first ("According to Adeyemi, the offer “doesn't even keep up
// with inflation”", "one, according to Bell, “hasn't called the league
// back”"): the clause is what X says, so words quoted in it are X's.
func (t *tree) accordingClause(c quoteCue, first int) bool {
	if c.cueText != "according to" && c.cueText != wordsOfCue || c.src < 0 || first < 0 || first >= len(t.a.Tokens) {
		return false
	}
	a := t.a
	if c.cueText == wordsOfCue {
		// "The offer is, in the words of a summary sent to members,
		// “…”": the phrase is "words", hung in the clause it
		// qualifies.
		if c.cue < 0 || a.Tokens[c.cue].Rel != "obl" && a.Tokens[c.cue].Rel != "nmod" {
			return false
		}
		clause := a.Tokens[c.cue].Head
		return clause >= 0 && (clause == first || t.governs(clause, first))
	}
	if r := int(t.right[c.src]); r < first && t.onlyPunct(r+1, first) && r+1 < first {
		// "one, according to Bell, “hasn't called…”": the phrase set
		// off right before the quoted words, however the parser hung
		// them.
		return true
	}
	clause := a.Tokens[c.src].Head
	if clause < 0 {
		// The source made the root (a misparse: "According to X" is no
		// clause of its own): the sentence it opens is what X says.
		for j, steps := a.Tokens[first].Head, 0; j >= 0 && steps < 40; j, steps = a.Tokens[j].Head, steps+1 {
			if j == c.src {
				return true
			}
		}
		return false
	}
	if a.Tokens[c.src].Rel != "obl" && a.Tokens[c.src].Rel != "advmod" {
		return false
	}
	return clause == first || t.governs(clause, first)
}

// textSubject returns, for the first token of quoted words no cue
// credits, the subject of the clause that holds them when that subject
// is a text ("The final text “invites developing country Parties…”",
// "The compact's preamble speaks of “one river, two peoples…”", "what
// the protocol calls “the transition of combatants”", "a draft that
// commits the sides to “…”"), and the clause's
// verb; the first verb up the tree with a subject decides, past the
// clauses other verbs take as their complements ("The tender document
// required that the rights go to “…”"). Else -1, -1.
func (t *tree) textSubject(first int) (subj, verb int) {
	a := t.a
	if first < 0 || first >= len(a.Tokens) {
		return -1, -1
	}
	for v, steps := first, 0; v >= 0 && steps < 6; v, steps = a.Tokens[v].Head, steps+1 {
		if u := a.Tokens[v].UPOS; u != "VERB" && u != "AUX" {
			if a.Tokens[v].Head < 0 && !t.quoted[v] && textToken(&a.Tokens[v]) && t.caseOf(v) == "under" {
				// "Under the memorandum of agreement, the company
				// “shall guarantee…”", the quoted verb the only
				// one, parsed with the text as the root: the text,
				// its cue the "under".
				return v, t.child(v, "case")
			}
			continue
		}
		if u := t.underText(v); u >= 0 {
			// "Under the agreement, both sides undertake to “…”": what
			// the parties take on under a text is quoted from it.
			return u, v
		}
		s := t.child(v, "nsubj", "nsubj:pass")
		if s < 0 {
			continue
		}
		if w := strings.ToLower(a.Tokens[s].Text); (w == "that" || w == "which") && a.Tokens[v].Rel == "acl:relcl" && a.Tokens[v].Head >= 0 {
			// "a 14-page draft that commits the sides to “…”": the
			// relative pronoun stands for the noun its clause modifies.
			s = a.Tokens[v].Head
		}
		if w := a.Tokens[s].Text; w == "It" || w == "it" {
			// "The agreement requires the operator to “…”. It also
			// obliges Laos to “…”": the text the sentence before is
			// about.
			if k := t.itText(s); k >= 0 {
				return k, v
			}
		}
		if st := &a.Tokens[s]; !t.quoted[s] && textToken(st) {
			return s, v
		}
		if a.Tokens[v].Rel == "ccomp" {
			// "The tender document required that the rights go to
			// “…”": a clause a text's verb takes as its complement says
			// what the text does.
			continue
		}
		return -1, -1
	}
	return -1, -1
}

// underText returns the text verb v's clause is set under or in ("Under the
// agreement, both sides undertake to …", "In the contract, the company
// undertakes to …": an oblique "under" whose noun is a text, or "in" the
// text the story has named), or -1.
func (t *tree) underText(v int) int {
	a := t.a
	for _, c := range t.children(v) {
		ci := int(c)
		if a.Tokens[ci].Rel != "obl" || t.quoted[ci] || !textToken(&a.Tokens[ci]) {
			continue
		}
		k := t.child(ci, "case")
		if k < 0 {
			continue
		}
		if nlp.EqualFoldLower(a.Tokens[k].Text, "under") {
			return ci
		}
		// "In the contract, the company undertakes to …": a text the
		// story has named, which the clause reports; not "In a
		// statement, the command undertook to …" nor "in the letter",
		// the way the subject speaks.
		if d := t.child(ci, "det"); nlp.EqualFoldLower(a.Tokens[k].Text, "in") && d >= 0 && nlp.EqualFoldLower(a.Tokens[d].Text, "the") && !speechNoun(a.Tokens[ci].Lemma) {
			return ci
		}
	}
	return -1
}

// itText returns, for the subject "it" at s, the text it stands for: the
// text the story was last about (sourceBefore: the source of a verb of
// saying in the sentence before, or its subject: "The draft contract
// states that…. It also commits the company to…"), or -1.
func (t *tree) itText(s int) int {
	if t.quoted[s] {
		return -1
	}
	return t.sourceBefore(t.a.Tokens[s].Sent, func(k int) bool { return !t.quoted[k] && textToken(&t.a.Tokens[k]) })
}

// finiteConjBelow reports whether the quoted words at token first reach
// cue i, or the infinitive cue i completes, through a conjunct with its
// own finite auxiliary or copula hung from that infinitive ("the office
// said Haskell had invited the members to meet Thursday and was
// “prepared to discuss…”", the parser joining "was prepared" to "meet"):
// an infinitive takes no finite conjunct, so the conjunct joins the verb
// the infinitive completes ("had invited … and was prepared"), and the
// quoted words are no content of that verb, but of the one reporting both.
func (t *tree) finiteConjBelow(i, first int) bool {
	a := t.a
	for j, steps := first, 0; j >= 0 && j != i && steps < 12; j, steps = a.Tokens[j].Head, steps+1 {
		tk := &a.Tokens[j]
		if tk.Rel != "conj" || tk.Head < 0 || t.child(tk.Head, "mark") < 0 || a.Tokens[tk.Head].XPOS != "VB" {
			continue
		}
		if m := t.child(tk.Head, "mark"); !nlp.EqualFoldLower(a.Tokens[m].Text, "to") {
			continue
		}
		if inf := tk.Head; inf != i && a.Tokens[inf].Head != i {
			continue // below the verb the infinitive completes, not this cue
		}
		for _, c := range t.children(j) {
			if r := a.Tokens[c].Rel; r == "aux" || r == "cop" || r == "aux:pass" {
				switch a.Tokens[c].XPOS {
				case "VBD", "VBZ", "VBP", "MD":
					return true
				}
			}
		}
	}
	return false
}
