package ask

// What a question about who holds, owns or is a named party asks of its
// evidence: "who is the N?" a sentence naming the holder, not one of its
// kind; "who owns X?" a word of owning; "which N …?" ones the sentence names.

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// holderPrepositions end the noun phrase of a "who is the N" question
// ("who is the treasurer of the guild?").
var holderPrepositions = set(`of in at for on with to from about behind`)

// holderRelatives begin a relative clause that ends the noun phrase of a
// "who is the N" question ("who is the clerk who kept the minutes?").
var holderRelatives = set(`who whom whose that which`)

// isWas are the forms of "be" a "who is the N" question asks with.
var isWas = set(`is are was were`)

// heldRole returns the index term of the role noun a question of the
// form "who is/are the N (of X)?" asks the holder of ("who is the
// arbiter?": "arbit"; "who are the new owners of the inn?": "owner"), or
// "" for other questions.
func heldRole(q *question) string {
	ws := q.words
	if len(ws) >= 6 && ws[0] == "what" && isWas[ws[1]] && ws[2] == "the" && (ws[3] == "name" || ws[3] == "names") && ws[4] == "of" {
		ws = ws[5:] // "what is the name of the treasurer?" asks who the treasurer is
	} else if q.atype == typeAgent && len(ws) >= 3 && ws[0] == "who" && isWas[ws[1]] {
		ws = ws[2:]
	} else {
		return ""
	}
	if len(ws) == 0 || ws[0] != "the" {
		return ""
	}
	head := ""
	for _, w := range ws[1:] {
		if holderPrepositions[w] || holderRelatives[w] {
			break
		}
		head = w
	}
	if head == "" || hasQuantity(head) {
		return ""
	}
	return termOf(head)
}

// indefiniteDets make a noun an unnamed one of its kind ("a referee",
// "another bidder", "two bidders").
var indefiniteDets = set(`a an another any some no`)

// givesHolder reports whether an answer to "who is the N?" cites a
// sentence that may name the N: one that writes N only as an unnamed
// one of its kind ("the guild will appoint an arbiter", "talks with two
// bidders"), with no name beside it ("an arbiter, Ilse Varga,"), says
// that there is one, not who. Answers citing a sentence without N, or
// with N named or definite, are kept, but for "the N of X" with X a name
// (see heldOfName), which a sentence writing N must answer.
func (a *Article) givesHolder(q *question, r Result) bool {
	role := heldRole(q)
	if role == "" || r.Declined {
		return true
	}
	named := q.ent != nil && heldOfName(q)
	found, shown := a.shownHolds(r, func(i int) bool {
		return !a.unnamedRole(i, role) && (!named || a.ix.sentenceHas(i, role))
	})
	return found || shown == 0
}

// givesTopic reports whether an answer to a "who" or "which" question
// about a named party ("which banks are lenders to Vell Line?") cites a
// sentence that writes one of the question's own topic words or another
// word for one: a sentence found by the name alone ("Vell Line signed a
// lease") answers another question.
func (a *Article) givesTopic(q *question, r Result) bool {
	if r.Declined || q.intent != intentSearch || q.ent == nil || q.wh != "who" && q.wh != "which" || len(q.words) < 3 {
		return true
	}
	// Only "who are / which N are … of X?": the words after the copula
	// ask a place at X ("members", "lenders"); "which company did Vell
	// work for?" is answered by any company's name.
	if !copulas[q.words[1]] && !(q.wh == "which" && len(q.words) > 3 && (copulas[q.words[2]] || copulas[q.words[3]])) {
		return true
	}
	topic := slices.DeleteFunc(slices.Clone(q.topic), func(t string) bool {
		return slices.ContainsFunc(q.words, func(w string) bool { return q.whHead(w) && termOf(w) == t })
	})
	if len(topic) == 0 {
		return true
	}
	found, shown := a.shownHolds(r, func(i int) bool { return a.ix.coverage(topic, []int{i}) > 0 })
	return found || shown == 0
}

// heldOfName reports whether a "who is/are the N of X?" question asks
// the N of a named party ("who are the partners of Vell Mining?"): the
// party's name finds sentences about it, and only one that writes N or
// a synonym of it ("its partners") says who holds that place.
func heldOfName(q *question) bool {
	for k, w := range q.words {
		if holderPrepositions[w] {
			return k > 3 && q.ent != nil && slices.ContainsFunc(q.words[k+1:], func(x string) bool {
				return x != "the" && (slices.Contains(q.ent.keys, x) || slices.Contains(strings.Fields(strings.ToLower(q.ent.full)), x))
			})
		}
	}
	return false
}

// unnamedRole reports whether sentence i writes the role noun with term
// role, and every time as an unnamed one of its kind: with an indefinite
// article, a number or only whose it is ("the inn's owner"), no name
// hung from it or it from a name, and no person or body named right
// beside it.
func (a *Article) unnamedRole(i int, role string) bool {
	si := &a.info[i]
	toks := si.toks
	found := false
	for k, t := range toks {
		if t.UPOS != "NOUN" || termOf(strings.ToLower(t.Text)) != role {
			continue
		}
		found = true
		indefinite := false
		for _, d := range toks {
			if d.Head != k {
				continue
			}
			switch {
			case d.Rel == "det" && indefiniteDets[strings.ToLower(d.Text)], d.Rel == "nummod":
				indefinite = true
			case d.Rel == "nmod:poss":
				// "the inn's owner", "its owner": whose, not who.
				indefinite = true
			case d.Rel == "appos" || d.UPOS == "PROPN" && (d.Rel == "nsubj" || d.Rel == "flat" || d.Rel == "compound"):
				return false // "Ilse Varga is an arbiter", "an arbiter, Ilse Varga", "its owner, the Varga family"
			case d.Rel == "cop" || d.Rel == "case" && strings.EqualFold(d.Text, "as"):
				return false // "…, who is an arbiter", "will serve as an arbiter": the clause's subject holds it
			}
		}
		if !indefinite {
			return false
		}
		if t.Rel == "xcomp" || t.Head >= 0 && t.Head < len(toks) && toks[t.Head].UPOS == "PROPN" && (t.Rel == "appos" || t.Rel == "conj") {
			return false // "Ilse Varga, an arbiter"; "the guild named her an arbiter"
		}
		if k+1 < len(toks) && toks[k+1].Text == "," {
			// "an arbiter, retired judge Ilse Varga, …": a name set
			// after the noun, however the parser hung it.
			for j := k + 2; j < len(toks) && j <= k+6 && toks[j].UPOS != "PUNCT"; j++ {
				if toks[j].UPOS == "PROPN" {
					return false
				}
			}
		}
		for _, e := range si.ents {
			if (e.typ == nlp.PERSON || e.typ == nlp.ORG) && e.last >= k-4 && e.first <= k+3 && !possessorOf(toks, e.first, e.last, k) {
				return false
			}
		}
	}
	return found
}

// possessorOf reports whether tokens first up to last hold the possessor
// of token k ("the guild's clerk"): a name that says whose the role is,
// not who holds it.
func possessorOf(toks []nlp.Token, first, last, k int) bool {
	for j := max(first, 0); j < last && j < len(toks); j++ {
		if toks[j].Head == k && toks[j].Rel == "nmod:poss" {
			return true
		}
	}
	return false
}

// givesObject reports whether an answer to a "who" question whose named
// party follows its main verb ("who founded the Tollmere Rowing Club?",
// "who owns Vasker Freight?") cites a sentence that names that party: the
// one who founds, owns or runs something is written with it, and a
// sentence that never names it ("the club's coach said…", "the
// contractor must pay") answers another question. Questions whose name
// comes before the verb ("who did Ilse Varga meet?") or that only
// qualify the object ("who hosted the Tollmere talks?", "who filed a
// complaint with the Vasker board?") are answered by any. A name that is
// what the whole story is about need not be repeated by a sentence that
// writes the question's verb or its noun ("the moderator kept both sides
// to time"), unless it names a body whose role it may be ("the Kestrels'
// coach").
func (a *Article) givesObject(q *question, r Result) bool {
	if r.Declined || q.wh != "who" || q.ent == nil || q.verbTerm == "" || len(q.ent.keys) == 0 {
		return true
	}
	verb := -1
	for k, w := range q.words {
		if termOf(w) == q.verbTerm {
			verb = k
			break
		}
	}
	if verb < 0 || !namesWhole(q.words[verb+1:], q.ent) {
		return true
	}
	topic := a.storyTopic(q.ent)
	found, shown := a.shownHolds(r, func(i int) bool {
		return a.sentenceNames(i, q.ent) || topic && a.writesVerb(i, q.verbTerm) && !a.info[i].hasType(nlp.ORG)
	})
	return found || shown == 0
}

// givesOwner reports whether an answer to a question that asks who owns
// something ("who owns the Brannock mill?", "which group owns Veltra
// Foods?") cites a sentence that writes a word of owning ("owner",
// "family-owned", "a subsidiary of", "holds a stake"): one who runs,
// manages or speaks for a company is written with its name ("the mill's
// managing director, Ida Rensk") without owning it. Other questions are
// answered by any.
func (a *Article) givesOwner(q *question, r Result) bool {
	if r.Declined || q.wh != "who" && q.wh != "which" || q.verbTerm != "own" {
		return true
	}
	found, shown := a.shownHolds(r, a.writesOwning)
	return found || shown == 0
}

// owningWords are the words besides the verb "own" that tell who owns a
// thing: a parent, a stake, shares, a purchase.
var owningWords = map[string]bool{"subsidiary": true, "subsidiaries": true, "parent": true, "stake": true, "stakes": true, "shareholder": true, "shareholders": true, "shareholding": true, "proprietor": true, "proprietors": true, "belongs": true, "belonged": true, "belong": true, "bought": true, "acquired": true, "controls": true, "controlled": true, "controlling": true}

// writesOwning reports whether sentence i writes the verb "own" or a
// word of it ("owner", "state-owned", not the adjective of "its own
// fleet") or another word that tells who owns a thing (owningWords).
func (a *Article) writesOwning(i int) bool {
	return slices.ContainsFunc(a.info[i].toks, func(t nlp.Token) bool {
		w := strings.ToLower(t.Text)
		if owningWords[w] {
			return true
		}
		return verbWord(t, "own") && !(w == "own" && t.UPOS != "VERB")
	})
}

// writesVerb reports whether sentence i writes the verb of stem v itself
// (verbWord: "founded", "founder", "family-owned"), not a synonym that may
// be of another sense ("the talks begin" for "found", "the papers it
// holds" for "own").
func (a *Article) writesVerb(i int, v string) bool {
	return slices.ContainsFunc(a.info[i].toks, func(t nlp.Token) bool { return verbWord(t, v) })
}

// namesWhole reports whether the words after a question's verb, but for
// an article before them, are all name n ("the Tollmere Rowing Club"),
// not a noun it qualifies or a phrase it ends ("the Tollmere talks", "a
// complaint with the Vasker board").
func namesWhole(ws []string, n *name) bool {
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an") {
		ws = ws[1:]
	}
	rest := strings.Join(ws, " ")
	if rest == "" {
		return false
	}
	full := strings.ToLower(n.full)
	full = strings.TrimPrefix(full, "the ")
	if rest == full || slices.Contains(n.keys, rest) {
		return true
	}
	return false
}

// storyTopic reports whether name n is what the story is about: its
// lead, the first two sentences, holds every word of the name and the
// story names it again further down (see leadNames).
func (a *Article) storyTopic(n *name) bool {
	stems := n.stems()
	if len(stems) == 0 {
		return false
	}
	nts := make([]nameTerm, len(stems))
	for k, st := range stems {
		nts[k] = nameTerm{term: st}
	}
	return len(a.leadNames(nts)) == len(stems)
}

// givesWhichNamed reports whether an answer to "which N …?" ("which
// bakeries supply the Orvell school?") cites a sentence that may name
// the N: one that writes N only as unnamed ones of its kind ("several
// Dutch bakeries", "bakeries supplying Orvell", "bakeries that deliver
// daily") says that there are some, not which. A sentence
// without N, or with N named ("bakeries such as Tamsin Loaves", "Tamsin
// Loaves and two other bakeries") or definite ("the bakeries"), is kept.
// The noun is found by words, not by the question's parse, which may
// read a lower-case "which dutch bakery supplies" with "bakery" as its
// verb: it is one of the words after "which", before any auxiliary.
func (a *Article) givesWhichNamed(q *question, r Result) bool {
	if r.Declined || len(q.words) < 3 || q.words[0] != "which" {
		return true
	}
	var heads []string
	for k, w := range q.words[1:min(len(q.words), 5)] {
		if auxWords[w] || k > 0 && clauseEnds[w] {
			// A preposition or pronoun ends the noun phrase, but
			// not as its first word ("which us carmaker": the US).
			break
		}
		heads = append(heads, termOf(w))
	}
	if len(heads) == 0 {
		return true
	}
	asked := map[string]bool{}
	for _, w := range q.words {
		asked[termOf(w)] = true
	}
	found, shown := a.shownHolds(r, func(i int) bool { return !a.unnamedKind(i, heads, asked) })
	return found || shown == 0
}

// unnamedKind reports whether sentence i writes a noun with one of the
// terms heads, and every time as unnamed ones of their kind: no definite
// determiner or possessor ("the bakeries", "its bakeries"), no name hung
// from it ("bakeries such as Tamsin Loaves", "Tamsin bakeries") but for a
// place or a people ("Dutch bakeries", "Orvell bakeries"), not set beside
// a name ("Tamsin Loaves and other bakeries", "Tamsin Loaves, a
// bakery,"), not sorted by a word the question does not write
// ("wood-fired bakeries" for "which bakeries …?"), not said of a
// subject ("Orvell and Tamsin are / act as bakeries"), nor followed by a
// name after a comma.
func (a *Article) unnamedKind(i int, heads []string, asked map[string]bool) bool {
	si := &a.info[i]
	toks := si.toks
	kindName := func(j int) bool {
		for _, e := range si.ents {
			if e.first <= j && j < e.last {
				return e.typ == nlp.GPE || e.typ == nlp.NORP || e.typ == nlp.LOC
			}
		}
		return false
	}
	found := false
	for k, t := range toks {
		if t.UPOS != "NOUN" || !slices.Contains(heads, termOf(strings.ToLower(t.Text))) {
			continue
		}
		if t.XPOS != "NNS" {
			// "a five-day round", "its seventh round": one of its
			// kind, which its modifiers may tell apart.
			return false
		}
		found = true
		for j, d := range toks {
			if d.Head != k {
				continue
			}
			switch {
			case d.Rel == "det" && definiteDets[strings.ToLower(d.Text)], d.Rel == "nmod:poss", d.Rel == "appos":
				return false
			case d.Rel == "cop" || d.Rel == "case" && strings.EqualFold(d.Text, "as"):
				return false // "Orvell and Tamsin are bakeries", "serve as bakeries": the clause's subject names them
			case (d.Rel == "amod" || d.Rel == "compound") && d.UPOS != "PROPN" && !kindName(j) && !quantityAdjs[strings.ToLower(d.Text)] && !asked[termOf(strings.ToLower(d.Text))]:
				return false // "which pills did she take?" — "blood-thinning pills": the kind is the answer
			case d.UPOS == "PROPN" && !(kindName(j) && j >= k-2 && j < k):
				// A place or people right before the noun sorts it
				// ("Dutch bakeries"); one hung from it elsewhere may be
				// the name ("Orvell and Tamsin, the bakeries").
				return false
			}
		}
		if t.Head >= 0 && t.Head < len(toks) && toks[t.Head].UPOS == "PROPN" && (t.Rel == "appos" || t.Rel == "conj") {
			return false
		}
		if k+1 < len(toks) && toks[k+1].Text == "," {
			for j := k + 2; j < len(toks) && j <= k+6 && toks[j].UPOS != "PUNCT"; j++ {
				if toks[j].UPOS == "PROPN" && !kindName(j) {
					return false
				}
			}
		}
	}
	return found
}

// quantityAdjs say how many, not which.
var quantityAdjs = set(`several many other few various numerous some`)

// definiteDets point back to ones named before ("the bakeries", "these
// bakeries").
var definiteDets = set(`the this that these those`)
