package summarize

import (
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// parsed builds an analysis from words written "text/UPOS/XPOS/lemma/head/rel"
// (head 1-based, 0 for the root), one sentence.
func parsed(t *testing.T, words ...string) *nlp.Analysis {
	t.Helper()
	a := &nlp.Analysis{}
	for _, w := range words {
		f := strings.Split(w, "/")
		if len(f) != 6 {
			t.Fatalf("bad word %q", w)
		}
		head := 0
		for _, c := range f[4] {
			head = head*10 + int(c-'0')
		}
		a.Tokens = append(a.Tokens, nlp.Token{Text: f[0], UPOS: f[1], XPOS: f[2], Lemma: f[3], Head: head - 1, Rel: f[5], Start: -1, End: -1})
	}
	a.Sentences = []nlp.Sentence{{First: 0, Last: len(a.Tokens)}}
	return a
}

// TestTreeRepairs checks the repairs made to a parse before the tree is
// read: what each token hangs from, and by which relation, afterwards.
func TestTreeRepairs(t *testing.T) {
	tests := []struct {
		name   string
		a      func(t *testing.T) *nlp.Analysis
		repair func(*nlp.Analysis)
		token  int
		head   int // 0-based, -1 for the root
		rel    string
	}{
		{
			name: "a that-clause read as a relative clause on the listener of 'told'",
			a: func(t *testing.T) *nlp.Analysis {
				// Ruiz told the audience that she believes more …
				return parsed(t, "Ruiz/PROPN/NNP/Ruiz/2/nsubj", "told/VERB/VBD/tell/0/root", "the/DET/DT/the/4/det",
					"audience/NOUN/NN/audience/2/iobj", "that/PRON/WDT/that/7/obj", "she/PRON/PRP/she/7/nsubj",
					"believes/VERB/VBZ/believe/4/acl:relcl", "more/ADJ/JJR/more/7/obj")
			},
			repair: listenerClauses, token: 6, head: 1, rel: "ccomp",
		},
		{
			name: "a second subject of 'said' right before a subjectless complement is the complement's",
			a: func(t *testing.T) *nlp.Analysis {
				// He said Vance had told the delegations …
				return parsed(t, "He/PRON/PRP/he/2/nsubj", "said/VERB/VBD/say/0/root", "Vance/PROPN/NNP/Vance/2/nsubj",
					"had/AUX/VBD/have/5/aux", "told/VERB/VBN/tell/2/ccomp", "the/DET/DT/the/7/det",
					"delegations/NOUN/NNS/delegation/5/obj")
			},
			repair: complementSubjects, token: 2, head: 4, rel: "nsubj",
		},
		{
			name: "a subject after 'said' with no subject before it stays: \"said Vance\"",
			a: func(t *testing.T) *nlp.Analysis {
				// , said Vance, adding the talks had failed
				return parsed(t, ",/PUNCT/,/,/2/punct", "said/VERB/VBD/say/0/root", "Vance/PROPN/NNP/Vance/2/nsubj",
					"had/AUX/VBD/have/5/aux", "failed/VERB/VBN/fail/2/ccomp")
			},
			repair: complementSubjects, token: 2, head: 1, rel: "nsubj",
		},
		{
			name: "a that-clause read as a relative clause on the medium of 'said'",
			a: func(t *testing.T) *nlp.Analysis {
				// Cole said in a tweet that progress had been made.
				return parsed(t, "Cole/PROPN/NNP/Cole/2/nsubj", "said/VERB/VBD/say/0/root", "in/ADP/IN/in/5/case",
					"a/DET/DT/a/5/det", "tweet/NOUN/NN/tweet/2/obl", "that/PRON/WDT/that/10/nsubj:pass",
					"progress/NOUN/NN/progress/10/nsubj:pass", "had/AUX/VBD/have/10/aux", "been/AUX/VBN/be/10/aux:pass",
					"made/VERB/VBN/make/5/acl:relcl")
			},
			repair: mediumClauses, token: 9, head: 1, rel: "ccomp",
		},
		{
			name: "the subject of a perfect hung from 'had' read as a verb",
			a: func(t *testing.T) *nlp.Analysis {
				// The company had earlier offered a bonus.
				return parsed(t, "The/DET/DT/the/2/det", "company/NOUN/NN/company/3/nsubj", "had/VERB/VBD/have/5/aux",
					"earlier/ADV/RBR/early/5/advmod", "offered/VERB/VBN/offer/0/root", "a/DET/DT/a/7/det", "bonus/NOUN/NN/bonus/5/obj")
			},
			repair: perfectSubjects, token: 1, head: 4, rel: "nsubj",
		},
		{
			name: "a day read as a second subject",
			a: func(t *testing.T) *nlp.Analysis {
				// Cole on Tuesday accused Hale.
				a := parsed(t, "Cole/PROPN/NNP/Cole/4/nsubj", "on/ADP/IN/on/4/case", "Tuesday/PROPN/NNP/Tuesday/4/nsubj",
					"accused/VERB/VBD/accuse/0/root", "Hale/PROPN/NNP/Hale/4/obj")
				for i := range a.Tokens {
					a.Tokens[i].NER = "O"
				}
				a.Tokens[2].NER = "B-DATE"
				return a
			},
			repair: dateSubjects, token: 1, head: 2, rel: "case",
		},
		{
			name: "two subjects joined by 'and'",
			a: func(t *testing.T) *nlp.Analysis {
				// The government and the rebels agreed.
				return parsed(t, "The/DET/DT/the/2/det", "government/NOUN/NN/government/6/nsubj", "and/CCONJ/CC/and/5/cc",
					"the/DET/DT/the/5/det", "rebels/NOUN/NNS/rebel/6/nsubj", "agreed/VERB/VBD/agree/0/root")
			},
			repair: coordinatedSubjects, token: 4, head: 1, rel: "conj",
		},
		{
			name: "the owners' group is the subject",
			a: func(t *testing.T) *nlp.Analysis {
				// Cole and Hale's friends wanted more.
				return parsed(t, "Cole/PROPN/NNP/Cole/6/nsubj", "and/CCONJ/CC/and/3/cc", "Hale/PROPN/NNP/Hale/5/conj",
					"'s/PART/POS/'s/3/case", "friends/NOUN/NNS/friend/6/nsubj", "wanted/VERB/VBD/want/0/root", "more/ADJ/JJR/more/6/obj")
			},
			repair: coordinatedSubjects, token: 4, head: 5, rel: "nsubj",
		},
		{
			name: "a name read as the subject of its role",
			a: func(t *testing.T) *nlp.Analysis {
				// Cole, the commissioner, said it.
				return parsed(t, "Cole/PROPN/NNP/Cole/4/nsubj", ",/PUNCT/,/,/4/punct", "the/DET/DT/the/4/det",
					"commissioner/NOUN/NN/commissioner/6/nsubj", ",/PUNCT/,/,/4/punct", "said/VERB/VBD/say/0/root", "it/PRON/PRP/it/6/obj")
			},
			repair: namedRoleSubjects, token: 0, head: 5, rel: "nsubj",
		},
		{
			name: "a relative clause on the medium with 'that' its only subject stays",
			a: func(t *testing.T) *nlp.Analysis {
				// Cole said in a tweet that went viral ...
				return parsed(t, "Cole/PROPN/NNP/Cole/2/nsubj", "said/VERB/VBD/say/0/root", "in/ADP/IN/in/5/case",
					"a/DET/DT/a/5/det", "tweet/NOUN/NN/tweet/2/obl", "that/PRON/WDT/that/7/nsubj",
					"went/VERB/VBD/go/5/acl:relcl", "viral/ADJ/JJ/viral/7/xcomp")
			},
			repair: mediumClauses, token: 6, head: 4, rel: "acl:relcl",
		},
		{
			name: "a second subject at the end of the first one's appositive",
			a: func(t *testing.T) *nlp.Analysis {
				// Simpson, director at Tufts Center, told reporters the claims are false.
				return parsed(t, "Simpson/PROPN/NNP/Simpson/8/nsubj", ",/PUNCT/,/,/3/punct", "director/NOUN/NN/director/1/appos",
					"at/ADP/IN/at/5/case", "Tufts/PROPN/NNP/Tufts/3/nmod", "Center/PROPN/NNP/Center/8/nsubj", ",/PUNCT/,/,/6/punct",
					"told/VERB/VBD/tell/0/root", "reporters/NOUN/NNS/reporter/8/iobj", "the/DET/DT/the/11/det",
					"claims/NOUN/NNS/claim/13/nsubj", "are/AUX/VBP/be/13/cop", "false/ADJ/JJ/false/8/ccomp")
			},
			repair: appositiveSubjects, token: 5, head: 2, rel: "nmod",
		},
		{
			name: "a subject after a clause set off by commas stays",
			a: func(t *testing.T) *nlp.Analysis {
				// Simpson said, as talks stalled, the union would wait.
				return parsed(t, "Simpson/PROPN/NNP/Simpson/2/nsubj", "said/VERB/VBD/say/0/root", ",/PUNCT/,/,/5/punct",
					"as/SCONJ/IN/as/5/mark", "talks/NOUN/NNS/talk/6/nsubj", "stalled/VERB/VBD/stall/2/advcl", ",/PUNCT/,/,/6/punct",
					"the/DET/DT/the/9/det", "union/NOUN/NN/union/11/nsubj", "would/AUX/MD/would/11/aux", "wait/VERB/VB/wait/2/ccomp")
			},
			repair: appositiveSubjects, token: 8, head: 10, rel: "nsubj",
		},
		{
			name: "a clause with no 'that' opening with a subject pronoun after the listener",
			a: func(t *testing.T) *nlp.Analysis {
				// She told reporters she had spoken to Doyle.
				return parsed(t, "She/PRON/PRP/she/2/nsubj", "told/VERB/VBD/tell/0/root", "reporters/NOUN/NNS/reporter/2/obj",
					"she/PRON/PRP/she/6/nsubj", "had/AUX/VBD/have/6/aux", "spoken/VERB/VBN/speak/3/acl:relcl",
					"to/ADP/IN/to/8/case", "Doyle/PROPN/NNP/Doyle/6/obl")
			},
			repair: listenerClauses, token: 5, head: 1, rel: "ccomp",
		},
		{
			name: "a reduced relative clause with a name for subject stays",
			a: func(t *testing.T) *nlp.Analysis {
				// She told the reporters Doyle had met nothing.
				return parsed(t, "She/PRON/PRP/she/2/nsubj", "told/VERB/VBD/tell/0/root", "the/DET/DT/the/4/det",
					"reporters/NOUN/NNS/reporter/2/iobj", "Doyle/PROPN/NNP/Doyle/7/nsubj", "had/AUX/VBD/have/7/aux",
					"met/VERB/VBN/meet/4/acl:relcl", "nothing/PRON/NN/nothing/2/obj")
			},
			repair: listenerClauses, token: 6, head: 3, rel: "acl:relcl",
		},
		{
			name: "a second that-clause coordinated with the verb of saying",
			a: func(t *testing.T) *nlp.Analysis {
				// Kozack said that talks were advanced and that staff were working.
				return parsed(t, "Kozack/PROPN/NNP/Kozack/2/nsubj", "said/VERB/VBD/say/0/root", "that/SCONJ/IN/that/6/mark",
					"talks/NOUN/NNS/talk/6/nsubj", "were/AUX/VBD/be/6/cop", "advanced/ADJ/JJ/advanced/2/ccomp",
					"and/CCONJ/CC/and/11/cc", "that/SCONJ/IN/that/11/mark", "staff/NOUN/NN/staff/11/nsubj",
					"were/AUX/VBD/be/11/aux", "working/VERB/VBG/work/2/conj")
			},
			repair: thatConjuncts, token: 10, head: 5, rel: "conj",
		},
		{
			name: "a conjoined verb of the subject's own stays",
			a: func(t *testing.T) *nlp.Analysis {
				// Kozack said talks were advanced and left.
				return parsed(t, "Kozack/PROPN/NNP/Kozack/2/nsubj", "said/VERB/VBD/say/0/root",
					"talks/NOUN/NNS/talk/5/nsubj", "were/AUX/VBD/be/5/cop", "advanced/ADJ/JJ/advanced/2/ccomp",
					"and/CCONJ/CC/and/7/cc", "left/VERB/VBD/leave/2/conj")
			},
			repair: thatConjuncts, token: 6, head: 1, rel: "conj",
		},
		{
			name: "a verb of saying coordinated with the clause another one reports",
			a: func(t *testing.T) *nlp.Analysis {
				// An official told reporters that progress had been made but cautioned that gaps remained.
				return parsed(t, "An/DET/DT/a/2/det", "official/NOUN/NN/official/3/nsubj", "told/VERB/VBD/tell/0/root",
					"reporters/NOUN/NNS/reporter/3/iobj", "that/SCONJ/IN/that/9/mark", "progress/NOUN/NN/progress/9/nsubj:pass",
					"had/AUX/VBD/have/9/aux", "been/AUX/VBN/be/9/aux:pass", "made/VERB/VBN/make/3/ccomp",
					"but/CCONJ/CC/but/11/cc", "cautioned/VERB/VBD/caution/9/conj", "that/SCONJ/IN/that/14/mark",
					"gaps/NOUN/NNS/gap/14/nsubj", "remained/VERB/VBD/remain/11/ccomp")
			},
			repair: cueConjuncts, token: 10, head: 2, rel: "conj",
		},
		{
			name: "a relative clause whose subject is 'that' stays",
			a: func(t *testing.T) *nlp.Analysis {
				// Ruiz told the reporters that were present nothing.
				return parsed(t, "Ruiz/PROPN/NNP/Ruiz/2/nsubj", "told/VERB/VBD/tell/0/root", "the/DET/DT/the/4/det",
					"reporters/NOUN/NNS/reporter/2/iobj", "that/PRON/WDT/that/6/nsubj", "were/AUX/VBD/be/6/cop",
					"present/ADJ/JJ/present/4/acl:relcl", "nothing/PRON/NN/nothing/2/obj")
			},
			repair: listenerClauses, token: 6, head: 3, rel: "acl:relcl",
		},
		{
			name: "an infinitive read as a modifier of the person asked",
			a: func(t *testing.T) *nlp.Analysis {
				// Lauer asked the candidates to discuss ideas.
				return parsed(t, "Lauer/PROPN/NNP/Lauer/2/nsubj", "asked/VERB/VBD/ask/0/root", "the/DET/DT/the/4/det",
					"candidates/NOUN/NNS/candidate/2/iobj", "to/PART/TO/to/6/mark", "discuss/VERB/VB/discuss/4/acl",
					"ideas/NOUN/NNS/idea/6/obj")
			},
			repair: requestInfinitives, token: 5, head: 1, rel: "xcomp",
		},
		{
			name: "an infinitive on the object of a verb of no asking stays",
			a: func(t *testing.T) *nlp.Analysis {
				// Lauer found the candidates to discuss ideas with.
				return parsed(t, "Lauer/PROPN/NNP/Lauer/2/nsubj", "found/VERB/VBD/find/0/root", "the/DET/DT/the/4/det",
					"candidates/NOUN/NNS/candidate/2/obj", "to/PART/TO/to/6/mark", "discuss/VERB/VB/discuss/4/acl",
					"ideas/NOUN/NNS/idea/6/obj")
			},
			repair: requestInfinitives, token: 5, head: 3, rel: "acl",
		},
		{
			name: "a verb in the third person hung from a verb of another form shares the subject of the one above",
			a: func(t *testing.T) *nlp.Analysis {
				// He proposes ending the fine or face costs, and plans cuts.
				return parsed(t, "He/PRON/PRP/he/2/nsubj", "proposes/VERB/VBZ/propose/0/root", "ending/VERB/VBG/end/2/xcomp",
					"or/CCONJ/CC/or/5/cc", "face/VERB/VBP/face/3/conj", "and/CCONJ/CC/and/7/cc", "plans/VERB/VBZ/plan/5/conj",
					"cuts/NOUN/NNS/cut/7/obj")
			},
			repair: finiteConjuncts, token: 6, head: 1, rel: "conj",
		},
		{
			name: "a conjunct with a subject of its own stays",
			a: func(t *testing.T) *nlp.Analysis {
				// He proposes ending it, and she plans cuts.
				return parsed(t, "He/PRON/PRP/he/2/nsubj", "proposes/VERB/VBZ/propose/0/root", "ending/VERB/VBG/end/2/xcomp",
					"and/CCONJ/CC/and/6/cc", "she/PRON/PRP/she/6/nsubj", "plans/VERB/VBZ/plan/3/conj", "cuts/NOUN/NNS/cut/6/obj")
			},
			repair: finiteConjuncts, token: 5, head: 2, rel: "conj",
		},
		{
			name: "a participle of telling read as an adjective on its listener",
			a: func(t *testing.T) *nlp.Analysis {
				// He toured docks, telling workers that jobs were safe.
				return parsed(t, "He/PRON/PRP/he/2/nsubj", "toured/VERB/VBD/tour/0/root", "docks/NOUN/NNS/dock/2/obj",
					",/PUNCT/,/,/6/punct", "telling/VERB/VBG/tell/6/amod", "workers/NOUN/NNS/worker/3/appos",
					"that/PRON/WDT/that/10/nsubj", "jobs/NOUN/NNS/job/10/nsubj", "were/AUX/VBD/be/10/cop", "safe/ADJ/JJ/safe/6/acl:relcl")
			},
			repair: tellingParticiples, token: 4, head: 1, rel: "advcl",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a(t)
			tt.repair(a)
			if tok := a.Tokens[tt.token]; tok.Head != tt.head || tok.Rel != tt.rel {
				t.Errorf("%q hangs from %d as %s, want %d as %s", tok.Text, tok.Head, tok.Rel, tt.head, tt.rel)
			}
		})
	}
}

// TestBareClauseAfterCue checks that a clause with its own subject hung as
// a parataxis right after a verb of saying is read as its complement, and
// one set off by punctuation is not.
func TestBareClauseAfterCue(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		token int
		rel   string
	}{
		{"right after the cue", []string{"complaint/NOUN/NN/complaint/2/nsubj", "says/VERB/VBZ/say/0/root",
			"Mills/PROPN/NNP/Mills/4/nsubj", "violated/VERB/VBD/violate/2/parataxis", "rules/NOUN/NNS/rule/4/obj"}, 3, "ccomp"},
		{"after a colon", []string{"complaint/NOUN/NN/complaint/2/nsubj", "says/VERB/VBZ/say/0/root", ":/PUNCT/:/:/5/punct",
			"Mills/PROPN/NNP/Mills/5/nsubj", "violated/VERB/VBD/violate/2/parataxis", "rules/NOUN/NNS/rule/5/obj"}, 4, "parataxis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTree(parsed(t, tt.words...), nil)
			if got := tr.a.Tokens[tt.token].Rel; got != tt.rel {
				t.Errorf("%q is %s, want %s", tr.a.Tokens[tt.token].Text, got, tt.rel)
			}
		})
	}
}
