package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// Repairs of the subjects and objects the parser gave a verb, where
// English grammar settles what the parser read the other way: a clause
// has one subject, a noun with no copula takes none, an amount after an
// active verb is what it acts on. Each rehangs tokens (their head and
// relation) and nothing else; newTree runs them with the others in
// repairs.go.

// perfectSubjects hangs from the participle the subject the parser hung
// from the auxiliary "have" of a perfect, which the tagger read as a verb
// where an adverb stands between ("The company had earlier offered a
// bonus", with "company" the subject of "had"): the perfect's subject is
// the participle's.
func perfectSubjects(a *nlp.Analysis) {
	for h := range a.Tokens {
		ht := &a.Tokens[h]
		v := ht.Head
		if ht.Lemma != "have" || ht.Rel != "aux" || v <= h || a.Tokens[v].XPOS != "VBN" {
			continue
		}
		if hasChild(a, v, "nsubj", "nsubj:pass", "expl") {
			continue
		}
		that := false
		for k := a.Sentences[ht.Sent].First; k < h; k++ {
			if a.Tokens[k].Head == h && (a.Tokens[k].Rel == "nsubj" || a.Tokens[k].Rel == "expl" || a.Tokens[k].Rel == "mark") {
				a.Tokens[k].Head = v
				that = that || a.Tokens[k].Rel == "mark" && nlp.EqualFoldLower(a.Tokens[k].Text, "that")
			}
		}
		ht.UPOS = "AUX"
		// "told shareholders that the board had "carefully considered"
		// the proposal", with the clause read as an aside: a clause
		// "that" opens after a verb of saying is what was said.
		if vt := &a.Tokens[v]; that && vt.Rel == "parataxis" && vt.Head >= 0 && vt.Head < h && cueLemma(a.Tokens[vt.Head].Lemma) {
			vt.Rel = "ccomp"
		}
	}
}

// dateSubjects relabels as an oblique of time a date the parser made a
// second subject of a verb ("Donald Trump on Tuesday accused…", "Trump
// said Monday"): a verb has one subject, and a day is when, not who. A
// preposition right before the date that the parser hung from the verb
// is the date's.
func dateSubjects(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		for d := s.First; d < s.Last; d++ {
			dt := &a.Tokens[d]
			if !strings.HasPrefix(dt.Rel, "nsubj") || !timeName(dt.NER) {
				continue
			}
			v := dt.Head
			other := false
			for k := s.First; k < s.Last; k++ {
				if k != d && a.Tokens[k].Head == v && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") && !timeName(a.Tokens[k].NER) {
					other = true
					break
				}
			}
			if !other {
				continue
			}
			dt.Rel = "obl:tmod"
			// The date's first word: "on | Tuesday", "earlier | Wednesday".
			first := d
			for first-1 >= s.First && a.Tokens[first-1].Head == d && a.Tokens[first-1].NER != "O" {
				first--
			}
			if p := first - 1; p >= s.First && a.Tokens[p].UPOS == "ADP" && a.Tokens[p].Head == v && a.Tokens[p].Rel == "case" {
				a.Tokens[p].Head = d
				dt.Rel = "obl"
			}
		}
	}
}

// coordinatedSubjects joins the second of two subjects of one verb to the
// first where "and" or "or" stands between them and nothing but their
// noun phrases comes before the verb ("Colombia's government and the ELN
// rebel group agreed…", read with two subjects): a verb has one subject,
// and "and" makes it two people or bodies. Not after the first one's
// possessive: "Matthesen and Ford's friends wanted…" is the friends.
func coordinatedSubjects(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		for s2 := s.First + 2; s2 < s.Last; s2++ {
			t2 := &a.Tokens[s2]
			v := t2.Head
			if t2.Rel != "nsubj" || v <= s2 || t2.UPOS != "NOUN" && t2.UPOS != "PROPN" {
				continue
			}
			// The nearest other subject of v before s2.
			s1 := -1
			for k := s2 - 1; k >= s.First; k-- {
				if a.Tokens[k].Head == v && a.Tokens[k].Rel == "nsubj" {
					s1 = k
					break
				}
			}
			if s1 < 0 || a.Tokens[s1].UPOS != "NOUN" && a.Tokens[s1].UPOS != "PROPN" {
				continue
			}
			cc := -1
			ok := true
			for k := s1 + 1; k < v && ok; k++ {
				switch tk := &a.Tokens[k]; tk.UPOS {
				case "CCONJ":
					if w := strings.ToLower(tk.Text); (w == "and" || w == "or") && cc < 0 && k < s2 {
						cc = k
					} else {
						ok = false
					}
				case "DET", "ADJ", "NOUN", "PROPN", "NUM":
				case "PUNCT":
					ok = tk.Text == ","
				default:
					ok = false
				}
			}
			if !ok || cc < 0 {
				continue
			}
			t2.Head, t2.Rel = s1, "conj"
			a.Tokens[cc].Head, a.Tokens[cc].Rel = s2, "cc"
		}
	}
}

// relativeAsides rehangs as a relative clause on the subject the clause
// a relative pronoun opens between the subject and its verb of saying,
// which the parser read as the verb's complement ("Rosa Martinez, whose
// two children attend Lincoln Elementary, said she supported the
// teachers"); the clause right after the verb, with a subject of its own,
// which the parser then read as an aside, is what was said.
func relativeAsides(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		for c := s.First + 2; c < s.Last; c++ {
			ct := &a.Tokens[c]
			v := ct.Head
			if ct.Rel != "ccomp" || v <= c || !cueLemma(a.Tokens[v].Lemma) {
				continue
			}
			// The clause's first words: a comma, then the relative word
			// (or a word it owns: "whose two children").
			first := c
			for k := s.First; k < c; k++ {
				if under(a, k, c) {
					first = k
					break
				}
			}
			if a.Tokens[first].Text == "," {
				first++
			}
			if first < s.First+1 || a.Tokens[first-1].Text != "," {
				continue
			}
			switch strings.ToLower(a.Tokens[first].Text) {
			case "who", "whose", "which", "whom":
			default:
				continue
			}
			subj := -1
			for k := s.First; k < first-1; k++ {
				if a.Tokens[k].Head == v && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") {
					subj = k
				}
			}
			if subj < 0 {
				continue
			}
			ct.Head, ct.Rel = subj, "acl:relcl"
			for k := v + 1; k < s.Last; k++ {
				kt := &a.Tokens[k]
				if kt.Head == v && kt.Rel == "parataxis" && kt.UPOS == "VERB" && hasChild(a, k, "nsubj", "nsubj:pass") && !hasChild(a, v, "ccomp") {
					kt.Rel = "ccomp"
					break
				}
			}
		}
	}
}

// whoseSubjects gives a verb of saying with no subject the person named
// right before a relative aside that ends at the comma before it ("Rowena
// Dimaculangan, whose husband, Ramil Dimaculangan, is the ship’s bosun,
// said…", with the name read as joined to the place before it): the one
// the aside describes is who speaks, not the person named inside it. So
// too an aside of "who" or "whom", after the person's age set off on its
// own ("Rodelio Manalastas, 52, whom everyone at the pier calls Jun,
// said…", where the tagger read "calls" as a noun and the parse lost the
// verb's subject): a verb of saying right after a comma, with no subject,
// has the person the aside describes, where the aside has no verb left to
// say otherwise.
func whoseSubjects(a *nlp.Analysis) {
	person := func(k int) bool { return strings.HasSuffix(a.Tokens[k].NER, "-PERSON") }
	for _, s := range a.Sentences {
		for v := s.First + 4; v < s.Last; v++ {
			if a.Tokens[v].UPOS != "VERB" || !cueLemma(a.Tokens[v].Lemma) || a.Tokens[v-1].Text != "," || hasChild(a, v, "nsubj", "nsubj:pass") {
				continue
			}
			w := -1
			for k := v - 2; k > s.First+1; k-- {
				if relativeAside(a.Tokens[k].Text) && a.Tokens[k-1].Text == "," {
					w = k
					break
				}
			}
			if w < 0 || !nlp.EqualFoldLower(a.Tokens[w].Text, "whose") && verbBetween(a, w, v) {
				// An aside of "who" or "whom" with a verb of its own is
				// one the parser read: the verb of saying's missing
				// subject is no slip of the tagger's, and no guess.
				continue
			}
			// The name ends before the comma, or before the age set off
			// between the name and the aside.
			last := w - 2
			if a.Tokens[last].UPOS == "NUM" && last-2 > s.First && a.Tokens[last-1].Text == "," {
				last -= 2
			}
			if !person(last) {
				continue
			}
			// The name's head: the word of the name that hangs outside it.
			first := last
			for first > s.First && person(first-1) && !strings.HasPrefix(a.Tokens[first].NER, "B-") {
				first--
			}
			h := -1
			for k := first; k <= last; k++ {
				if hd := a.Tokens[k].Head; hd < first || hd > last {
					h = k
				}
			}
			if h < 0 {
				continue
			}
			a.Tokens[h].Head, a.Tokens[h].Rel = v, "nsubj"
			// The aside is a relative clause on the name, whose subject
			// is what "whose" owns ("husband").
			o := a.Tokens[w].Head
			for r := w + 1; r < v; r++ {
				if a.Tokens[r].Rel != "acl:relcl" {
					continue
				}
				if under(a, w, r) || o > w && o < r && !hasChild(a, r, "nsubj", "nsubj:pass") {
					a.Tokens[r].Head = h
					if o > w && o < r && !under(a, o, r) {
						a.Tokens[o].Head, a.Tokens[o].Rel = r, "nsubj"
					}
					break
				}
			}
		}
	}
}

// verbBetween reports whether a verb or an auxiliary stands between
// tokens from and to (both excluded).
func verbBetween(a *nlp.Analysis, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if u := a.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// relativeAside reports whether w opens a relative clause about a
// person: "whose", "who", "whom".
func relativeAside(w string) bool {
	return nlp.EqualFoldLower(w, "whose") || nlp.EqualFoldLower(w, "who") || nlp.EqualFoldLower(w, "whom")
}

// relativeRoots undoes the reading of a relative clause set off after a
// subject as the sentence's main clause, with the verb of saying that
// follows it hung from it as an aside ("The chairman, Hendrik
// Lumingkewas, 58, who owns three pole-and-line vessels, said the freeze
// was …", with "owns" the root and "vessels" read as what said): a
// relative pronoun after a comma opens no main clause. The verb of saying
// becomes the root, with the subject before the comma as its subject, the
// relative clause hangs from that subject, and what follows the verb of
// saying is that verb's.
func relativeRoots(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		for w := s.First + 2; w < s.Last; w++ {
			wt := &a.Tokens[w]
			v := wt.Head
			if wt.Rel != "nsubj" || v <= w || a.Tokens[w-1].Text != "," || a.Tokens[v].Rel != "root" || a.Tokens[v].UPOS != "VERB" {
				continue
			}
			switch strings.ToLower(wt.Text) {
			case "who", "which":
			default:
				continue
			}
			subj := -1
			for k := s.First; k < w-1; k++ {
				if a.Tokens[k].Head == v && a.Tokens[k].Rel == "nsubj" {
					subj = k
				}
			}
			if subj < 0 {
				continue
			}
			c := strandedCue(a, s, v)
			if c < 0 {
				continue
			}
			rootCue(a, s, c, v, subj)
			a.Tokens[v].Head, a.Tokens[v].Rel = subj, "acl:relcl"
		}
	}
}

// strandedCue returns the verb of saying with no subject of its own that
// the parser hung from token v after a comma (as an aside, a conjunct, a
// complement), in sentence s; or -1.
func strandedCue(a *nlp.Analysis, s nlp.Sentence, v int) int {
	for k := v + 1; k < s.Last; k++ {
		kt := &a.Tokens[k]
		if kt.Head == v && kt.UPOS == "VERB" && cueLemma(kt.Lemma) && a.Tokens[k-1].Text == "," && !hasChild(a, k, "nsubj", "nsubj:pass") {
			switch kt.Rel {
			case "parataxis", "conj", "ccomp", "advcl", "dep":
				return k
			}
			return -1
		}
	}
	return -1
}

// rootCue makes the stranded verb of saying c the root of sentence s in
// place of v, with subj its subject and what followed it under v its
// own; the caller rehangs v.
func rootCue(a *nlp.Analysis, s nlp.Sentence, c, v, subj int) {
	ct := &a.Tokens[c]
	ct.Head, ct.Rel = a.Tokens[v].Head, "root"
	a.Tokens[subj].Head = c
	for k := c + 1; k < s.Last; k++ {
		if a.Tokens[k].Head == v {
			a.Tokens[k].Head = c
		}
	}
	if a.Tokens[c-1].Head == v {
		a.Tokens[c-1].Head = c
	}
}

// embeddedRoots undoes the reading of a clause inside a relative aside
// as the sentence's main clause ("A diplomat from one of the eastern
// countries, who asked not to be named because the discussions were
// confidential, said the committee had been his government's condition",
// with "confidential" the root, both "diplomat" and "discussions" its
// subjects, and the verb of saying hung from it with no subject): a
// clause has one subject. The verb of saying becomes the root with the
// first subject, the one the aside describes; the clause with the second
// subject goes back under the aside's verb; what follows the verb of
// saying is that verb's.
func embeddedRoots(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		r := sentenceRoot(a, s)
		if r < 0 {
			continue
		}
		var subj []int
		for k := s.First; k < r; k++ {
			if a.Tokens[k].Head == r && a.Tokens[k].Rel == "nsubj" {
				subj = append(subj, k)
			}
		}
		if len(subj) != 2 {
			continue
		}
		s1, s2 := subj[0], subj[1]
		// The aside: a relative clause on the first subject, before the
		// second.
		rel := -1
		for k := s1 + 1; k < s2; k++ {
			if a.Tokens[k].Head == s1 && a.Tokens[k].Rel == "acl:relcl" {
				rel = k
			}
		}
		if rel < 0 {
			continue
		}
		c := strandedCue(a, s, r)
		if c < 0 {
			continue
		}
		rootCue(a, s, c, r, s1)
		a.Tokens[r].Head, a.Tokens[r].Rel = rel, "advcl"
	}
}

// nounRootCues undoes the reading of a sentence as a noun phrase with no
// verb ("An official who asked not to be named because he was not
// authorised to speak to the press said the price was …", with
// "official" the root and "said" hung, with no subject, inside the
// relative clause's reason): a sentence has a verb, and a source with a
// relative clause followed by a verb of saying is that verb's subject.
// The first finite verb of saying after the relative clause ("who …")
// that hangs inside the noun's phrase with no subject of its own becomes
// the root, with the noun its subject; what followed it under the noun
// is its own.
func nounRootCues(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		r := sentenceRoot(a, s)
		if r < 0 || a.Tokens[r].UPOS != "NOUN" && a.Tokens[r].UPOS != "PROPN" {
			continue
		}
		// A clause about a person: "who" its subject; set off by a comma,
		// the parser may hang it as an aside ("One pilot, who asked not
		// to be named…, said…" with "asked" a parataxis of "pilot").
		rel := -1
		for k := r + 1; k < s.Last; k++ {
			if a.Tokens[k].Head == r && (a.Tokens[k].Rel == "acl:relcl" || a.Tokens[k].Rel == "parataxis") {
				rel = k
				break
			}
		}
		if rel < 0 || !hasWhoSubject(a, rel) {
			continue
		}
		c := -1
		for k := rel + 1; k < s.Last; k++ {
			kt := &a.Tokens[k]
			if kt.UPOS != "VERB" || !cueLemma(kt.Lemma) || hasChild(a, k, "nsubj", "nsubj:pass") || !under(a, k, r) {
				continue
			}
			switch kt.XPOS {
			case "VBD", "VBZ", "VBP":
			default:
				continue
			}
			switch kt.Rel {
			case "advcl", "xcomp", "ccomp", "conj", "parataxis", "dep":
				c = k
			}
			break
		}
		if c < 0 {
			continue
		}
		ct := &a.Tokens[c]
		ct.Head, ct.Rel = a.Tokens[r].Head, "root"
		a.Tokens[r].Head, a.Tokens[r].Rel = c, "nsubj"
		for k := c + 1; k < s.Last; k++ {
			if a.Tokens[k].Head == r {
				a.Tokens[k].Head = c
			}
		}
	}
}

// hasWhoSubject reports whether verb v has "who" for its subject.
func hasWhoSubject(a *nlp.Analysis, v int) bool {
	s := a.Sentences[a.Tokens[v].Sent]
	for k := s.First; k < v; k++ {
		if a.Tokens[k].Head == v && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") && nlp.EqualFoldLower(a.Tokens[k].Text, "who") {
			return true
		}
	}
	return false
}

// under reports whether token k is token c or hangs from it, directly or
// not.
func under(a *nlp.Analysis, k, c int) bool {
	for steps := 0; k >= 0 && steps < 64; steps++ {
		if k == c {
			return true
		}
		k = a.Tokens[k].Head
	}
	return false
}

// hasSubjectBefore reports whether verb v has a subject before it.
func hasSubjectBefore(a *nlp.Analysis, v int) bool {
	for k := a.Sentences[a.Tokens[v].Sent].First; k < v; k++ {
		if a.Tokens[k].Head == v && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") {
			return true
		}
	}
	return false
}

// titleFieldSubjects rehangs as the subject the person a title of two
// fields names ("Water Resources and Irrigation Minister Yerlan
// Zhaksybekov told journalists…", read as "Water Resources" coordinated
// with the person, or as a second subject of the verb beside him): a
// subject that no entity makes a person, with a person after it, joined
// to it or a subject of the same verb, whose title word stands between
// them, is the first field of that title, and the person is who speaks.
func titleFieldSubjects(a *nlp.Analysis) {
	person := func(k int) bool { return strings.HasSuffix(a.Tokens[k].NER, "-PERSON") }
	for s := range a.Tokens {
		ts := &a.Tokens[s]
		v := ts.Head
		if !strings.HasPrefix(ts.Rel, "nsubj") || ts.UPOS != "PROPN" || v <= s || person(s) {
			continue
		}
		for c := s + 1; c < v; c++ {
			tc := &a.Tokens[c]
			conj := tc.Head == s && tc.Rel == "conj"
			if !conj && (tc.Head != v || !strings.HasPrefix(tc.Rel, "nsubj")) || tc.UPOS != "PROPN" || !person(c) {
				continue
			}
			title := -1
			for k := s + 1; k < c; k++ {
				if a.Tokens[k].Head == c && isTitleWord(a.Tokens[k].Text) && !person(k) {
					title = k
				}
			}
			if title < 0 {
				break
			}
			for k := s + 1; k < c; k++ {
				if a.Tokens[k].Head == c && a.Tokens[k].Rel == "cc" {
					a.Tokens[k].Head = title
				}
			}
			if conj {
				tc.Head, tc.Rel = v, ts.Rel
			}
			ts.Head, ts.Rel = title, "compound"
			break
		}
	}
}

// conjunctNameAppositives rehangs as the title's appositive a person's
// name the parser coordinated with, or set beside, a word inside the
// title before it ("Bangladesh’s State Minister for Water Resources,
// Farhana Rahman Chowdhury, called…", read as "Resources" and the name
// joined, or as the name of the resources): a conjunct with no "and" or
// "or" of its own, or an appositive, set off by commas inside a subject
// whose head is a title or a role, is the name the title gives, as
// English joins two conjuncts with a word unless they are a list.
func conjunctNameAppositives(a *nlp.Analysis) {
	person := func(k int) bool { return strings.HasSuffix(a.Tokens[k].NER, "-PERSON") }
	for c := range a.Tokens {
		tc := &a.Tokens[c]
		if tc.Rel != "conj" && tc.Rel != "appos" || tc.UPOS != "PROPN" || !person(c) || hasChild(a, c, "cc") {
			continue
		}
		// The subject the conjunct hangs inside: up from its head, a few
		// steps, to a title or role noun that is a verb's subject after
		// it.
		s := tc.Head
		for steps := 0; steps < 3 && s >= 0 && !strings.HasPrefix(a.Tokens[s].Rel, "nsubj"); steps++ {
			s = a.Tokens[s].Head
		}
		if s < 0 || s >= c || s == tc.Head || !strings.HasPrefix(a.Tokens[s].Rel, "nsubj") || a.Tokens[s].Head <= c {
			continue
		}
		if w := strings.ToLower(a.Tokens[s].Text); !isTitleWord(w) && !roleNoun(w) {
			continue
		}
		// Commas on both sides of the name's words.
		lo, hi := subtreeStart(a, c, a.Sentences[tc.Sent].First), subtreeEnd(a, c, a.Sentences[tc.Sent].Last)
		for lo < c && a.Tokens[lo].UPOS == "PUNCT" {
			lo++
		}
		for hi > c && a.Tokens[hi].UPOS == "PUNCT" {
			hi--
		}
		if lo < 1 || a.Tokens[lo-1].Text != "," || hi+1 >= len(a.Tokens) || a.Tokens[hi+1].Text != "," {
			continue
		}
		tc.Head, tc.Rel = s, "appos"
	}
}

// namedRoleSubjects rehangs a name the parser made the subject of the
// role noun set off after it ("Dmytro Lubinets, Ukraine's human rights
// commissioner, said…", read as "Lubinets [is] commissioner" with the
// role the subject of "said"): a noun with no copula takes no subject, so
// the name is the verb's subject and the role its appositive. So too a
// name the parser made the role's possessor though nothing marks it so
// ("Katrin Holmqvist-Lind, the EU's special representative, said…", with
// no "'s" after the name): English marks every possessor.
func namedRoleSubjects(a *nlp.Analysis) {
	for n := range a.Tokens {
		tn := &a.Tokens[n]
		r := tn.Head
		if tn.Rel != "nsubj" && (tn.Rel != "nmod:poss" || hasChild(a, n, "case")) || tn.UPOS != "PROPN" || r <= n+1 || a.Tokens[r].UPOS != "NOUN" || !strings.HasPrefix(a.Tokens[r].Rel, "nsubj") {
			continue
		}
		v := a.Tokens[r].Head
		if v <= r || hasChild(a, r, "cop") {
			continue
		}
		// A comma right after the name's words (those that hang inside
		// the name: "Holmqvist - Lind") opens the role.
		comma := false
		for k := n + 1; k < r; k++ {
			if a.Tokens[k].Text == "," {
				comma = true
				break
			}
			if h := a.Tokens[k].Head; h < n || h >= r {
				break
			}
		}
		if !comma {
			continue
		}
		tn.Head, tn.Rel = v, a.Tokens[r].Rel
		a.Tokens[r].Head, a.Tokens[r].Rel = n, "appos"
	}
}

// appositiveSubjects rehangs a second subject the parser gave a verb from
// the end of the appositive set off after its first ("Charles Simpson,
// program administrator for the project at Tufts University's Feinstein
// Center, told…", with "Center" read as a second subject of "told"): a
// clause has one subject, and a noun between the appositive and the comma
// that closes it belongs to the appositive.
func appositiveSubjects(a *nlp.Analysis) {
	for s2 := range a.Tokens {
		t2 := &a.Tokens[s2]
		v := t2.Head
		if t2.Rel != "nsubj" || v <= s2 || a.Tokens[v-1].Text != "," {
			continue
		}
		sent := a.Sentences[t2.Sent]
		for s1 := sent.First; s1 < s2; s1++ {
			t1 := &a.Tokens[s1]
			if t1.Head != v || t1.Rel != "nsubj" {
				continue
			}
			// The first subject's appositive, opened by a comma, comes
			// before the second.
			p := -1
			for k := s1 + 1; k < s2; k++ {
				if a.Tokens[k].Head == s1 && a.Tokens[k].Rel == "appos" {
					p = k
				}
			}
			if p < 0 {
				// The second subject is the appositive itself ("Leila
				// Haddadian-Moore, a senior fellow at the Centre,
				// observed…"): set off by a comma right after the first
				// subject's words, with only its own words before it.
				if appositiveOf(a, s1, s2) {
					t2.Head, t2.Rel = s1, "appos"
					break
				}
				continue
			}
			t2.Head, t2.Rel = p, "nmod"
			break
		}
	}
}

// appositiveOf reports whether the phrase of s2 is set off by a comma
// right after the phrase of s1 (s1 < s2): the words after s1 up to the
// comma hang from s1, those after the comma up to s2 from s2.
func appositiveOf(a *nlp.Analysis, s1, s2 int) bool {
	reaches := func(k, h int) bool {
		for steps := 0; k >= 0 && steps < 12; steps++ {
			if k == h {
				return true
			}
			k = a.Tokens[k].Head
		}
		return false
	}
	j := s1 + 1
	for j < s2 && reaches(j, s1) {
		j++
	}
	if j >= s2 || a.Tokens[j].Text != "," {
		return false
	}
	for k := j + 1; k < s2; k++ {
		if !reaches(k, s2) {
			return false
		}
	}
	return true
}

// quantityObjects rehangs as a verb's object the amount the parser read as
// a bare oblique ("had proposed 9%", "offered $5 million"), or as a second
// subject after the verb ("had offered 7%"): a percentage or
// a sum of money after a verb with no object and no preposition before it
// is what the verb acts on, as English sets no other bare amount there but
// a measure of time, which the entity model tags otherwise.
func quantityObjects(a *nlp.Analysis) {
	for q := range a.Tokens {
		tq := &a.Tokens[q]
		v := tq.Head
		if v < 0 || v > q || a.Tokens[v].UPOS != "VERB" ||
			!strings.HasSuffix(tq.NER, "PERCENT") && !strings.HasSuffix(tq.NER, "MONEY") {
			continue
		}
		switch tq.Rel {
		case "obl":
		case "nsubj", "nsubj:pass":
			// "the district had offered 7%" with the amount read as a
			// second subject after the verb: the verb has its subject
			// before it, in an active perfect.
			if !hasSubjectBefore(a, v) || hasChild(a, v, "aux:pass") {
				continue
			}
		default:
			continue
		}
		if hasChild(a, q, "case") || hasChild(a, v, "obj", "ccomp", "xcomp") {
			continue
		}
		tq.Rel = "obj"
	}
}

// accordingAsides rebuilds a sentence whose subject an "according to"
// credit sets off from its verb, where the parser hung the verb inside the
// credit ("The proposal, according to a Hamas official, calls for a
// truce…", with "calls" read as a clause on "official"): the noun phrase
// before the credit is the verb's subject, the credit an oblique of the
// verb, as the sentence reads without it.
func accordingAsides(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		for k := s.First + 2; k+3 < s.Last; k++ {
			if !nlp.EqualFoldLower(a.Tokens[k].Text, "according") || !nlp.EqualFoldLower(a.Tokens[k+1].Text, "to") || a.Tokens[k-1].Text != "," {
				continue
			}
			c2 := -1
			for j := k + 2; j < s.Last; j++ {
				if a.Tokens[j].Text == "," {
					c2 = j
					break
				}
			}
			if c2 < 0 || c2+1 >= s.Last {
				break
			}
			v := c2 + 1
			switch a.Tokens[v].XPOS {
			case "VBZ", "VBD", "VBP", "MD":
			default:
				continue
			}
			subj := headOf(a, s.First, k-2)
			src := headOf(a, k+2, c2-1)
			if subj < 0 || src < 0 || a.Tokens[subj].UPOS != "NOUN" && a.Tokens[subj].UPOS != "PROPN" {
				continue
			}
			// Only a misparse: the verb hung inside the credit or the
			// subject's phrase.
			if h := a.Tokens[v].Head; h < 0 || !(h >= s.First && h < k-1 || h >= k+2 && h < c2) {
				continue
			}
			if a.Tokens[v].UPOS == "AUX" || a.Tokens[v].XPOS == "MD" {
				if h := a.Tokens[v].Head; h > v {
					v = h // "will call": the verb the auxiliary serves
				} else {
					continue
				}
			}
			vh, vr := a.Tokens[subj].Head, a.Tokens[subj].Rel
			if vh >= s.First && vh < s.Last && vh != v {
				vh, vr = -1, "root"
			}
			if a.Tokens[subj].Head < 0 {
				vh, vr = -1, "root"
			}
			a.Tokens[v].Head, a.Tokens[v].Rel = vh, vr
			a.Tokens[subj].Head, a.Tokens[subj].Rel = v, "nsubj"
			a.Tokens[src].Head, a.Tokens[src].Rel = v, "obl"
			a.Tokens[k].Head, a.Tokens[k].Rel = src, "case"
			a.Tokens[k+1].Head, a.Tokens[k+1].Rel = k, "fixed"
			// What hung from the subject after the credit (the parser's
			// punctuation and clauses) hangs from the verb.
			for j := c2; j < s.Last; j++ {
				if j != v && (a.Tokens[j].Head == subj || a.Tokens[j].Head == src && j > c2) {
					a.Tokens[j].Head = v
				}
			}
			break
		}
	}
}

// headOf returns the token of [lo, hi] whose head lies outside it, or -1
// when there is none or more than one.
func headOf(a *nlp.Analysis, lo, hi int) int {
	h := -1
	for j := lo; j <= hi; j++ {
		if a.Tokens[j].UPOS == "PUNCT" {
			continue
		}
		if p := a.Tokens[j].Head; p < lo || p > hi {
			if h >= 0 {
				return -1
			}
			h = j
		}
	}
	return h
}

// closeSources rebuilds "Sources close to the negotiations said…", which
// the parser reads with "close" (or "familiar") as the verb or the
// adjective heading the clause and "said" hung from it: a noun, "close
// to" and a phrase, then a verb of saying with no subject of its own, is a
// description ("sources close to…") and its verb.
func closeSources(a *nlp.Analysis) {
	for c := 1; c+1 < len(a.Tokens); c++ {
		ct := &a.Tokens[c]
		// "close to", "familiar with", read as a verb, an adjective or
		// an adverb heading the clause ("a source close to the talks
		// told AFP").
		if ct.UPOS != "VERB" && ct.UPOS != "ADJ" && ct.UPOS != "ADV" || !sourceAdjective(a, c) {
			continue
		}
		n := c - 1
		if nt := &a.Tokens[n]; nt.Head != c || !strings.HasPrefix(nt.Rel, "nsubj") || nt.UPOS != "NOUN" && nt.UPOS != "PROPN" {
			continue
		}
		v := -1
		for k := c + 2; k < len(a.Tokens) && a.Tokens[k].Sent == ct.Sent; k++ {
			if a.Tokens[k].Head == c && a.Tokens[k].UPOS == "VERB" && cueLemma(a.Tokens[k].Lemma) && !hasChild(a, k, "nsubj", "nsubj:pass") {
				switch a.Tokens[k].Rel {
				case "xcomp", "ccomp", "conj", "parataxis":
					v = k
				}
				break
			}
		}
		if v < 0 {
			// "One official close to the talks, who spoke on
			// condition of anonymity…, said": the verb of saying
			// after the phrase, read as the head "close" hangs
			// from, with no subject of its own, is the noun's.
			h := ct.Head
			if h <= c || h >= len(a.Tokens) || a.Tokens[h].Sent != ct.Sent || a.Tokens[h].UPOS != "VERB" || !cueLemma(a.Tokens[h].Lemma) ||
				a.Tokens[h-1].Text != "," || hasChild(a, h, "nsubj", "nsubj:pass") {
				continue
			}
			switch ct.Rel {
			case "dislocated", "ccomp", "dep", "parataxis", "advcl":
			default:
				continue
			}
			a.Tokens[n].Head, a.Tokens[n].Rel = h, "nsubj"
			ct.Head, ct.Rel, ct.UPOS, ct.XPOS = n, "amod", "ADJ", "JJ"
			continue
		}
		a.Tokens[v].Head, a.Tokens[v].Rel = ct.Head, ct.Rel
		a.Tokens[n].Head, a.Tokens[n].Rel = v, "nsubj"
		ct.Head, ct.Rel, ct.UPOS, ct.XPOS = n, "amod", "ADJ", "JJ"
		// What hung from "close" before the noun or after the verb (the
		// clause's punctuation, a closing quotation mark) hangs from the
		// verb.
		for k := a.Sentences[ct.Sent].First; k < len(a.Tokens) && a.Tokens[k].Sent == ct.Sent; k++ {
			if a.Tokens[k].Head == c && (k < n || k > v) {
				a.Tokens[k].Head = v
			}
		}
	}
}

// adverbSources rebuilds "One clerk close to the council said…", which
// the parser reads with "close" as an adverb of the verb, the noun before
// it hung from the adverb and the phrase after "to" from the verb, so
// that the verb has no subject: a noun right before "close to" or
// "familiar with" is described by it, and a verb of saying that the
// adjective hangs from with no subject of its own is that noun's.
func adverbSources(a *nlp.Analysis) {
	for c := 1; c+2 < len(a.Tokens); c++ {
		ct := &a.Tokens[c]
		if ct.UPOS != "ADV" || ct.Rel != "advmod" || !sourceAdjective(a, c) {
			continue
		}
		n, v := c-1, ct.Head
		nt := &a.Tokens[n]
		if nt.Head != c || nt.Sent != ct.Sent || nt.UPOS != "NOUN" && nt.UPOS != "PROPN" {
			continue
		}
		if v <= c+1 || a.Tokens[v].Sent != ct.Sent || a.Tokens[v].UPOS != "VERB" || !cueLemma(a.Tokens[v].Lemma) || hasChild(a, v, "nsubj", "nsubj:pass", "csubj") {
			continue
		}
		// The phrase after the preposition: its noun, hung from the
		// adjective or from the verb, ending before the verb.
		o := a.Tokens[c+1].Head
		if o <= c+1 || o >= v || a.Tokens[o].Head != c && a.Tokens[o].Head != v || a.Tokens[o].UPOS != "NOUN" && a.Tokens[o].UPOS != "PROPN" && a.Tokens[o].UPOS != "PRON" {
			continue
		}
		nt.Head, nt.Rel = v, "nsubj"
		if nt.UPOS == "NOUN" && nt.XPOS != "NNS" {
			nt.XPOS = "NN"
		}
		ct.Head, ct.Rel, ct.UPOS, ct.XPOS = n, "amod", "ADJ", "JJ"
		a.Tokens[o].Head, a.Tokens[o].Rel = c, "obl"
		// What hung from the adjective before the noun ("One") is the
		// noun's.
		for k := a.Sentences[ct.Sent].First; k < n; k++ {
			if a.Tokens[k].Head == c {
				a.Tokens[k].Head = n
			}
		}
	}
}

// accordingParticiples rebuilds "…, according to two people briefed on
// the talks.", which the parser reads with the participle as a clause of
// its own whose oblique is the credit: a participle right after the
// credit's noun describes that noun, and the credit hangs from the verb
// of the sentence it is set off from.
func accordingParticiples(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		for k := s.First + 1; k+3 < s.Last; k++ {
			if !nlp.EqualFoldLower(a.Tokens[k].Text, "according") || !nlp.EqualFoldLower(a.Tokens[k+1].Text, "to") || a.Tokens[k-1].Text != "," {
				continue
			}
			for p := k + 3; p < s.Last; p++ {
				pt := &a.Tokens[p]
				if pt.UPOS == "PUNCT" {
					break
				}
				// A past participle the tagger may read as a past tense
				// ("people briefed on the talks"), with no subject of its
				// own.
				if pt.XPOS != "VBN" && pt.XPOS != "VBG" && (pt.XPOS != "VBD" || hasChild(a, p, "nsubj", "nsubj:pass")) {
					continue
				}
				n := headOf(a, k+2, p-1)
				v := pt.Head
				if n < 0 || a.Tokens[n].Head != p || a.Tokens[n].UPOS != "NOUN" && a.Tokens[n].UPOS != "PROPN" || v < s.First || v >= k || a.Tokens[v].UPOS != "VERB" {
					break
				}
				a.Tokens[n].Head, a.Tokens[n].Rel = v, "obl"
				pt.Head, pt.Rel, pt.XPOS = n, "acl", "VBN"
				// The comma before the credit hangs from the verb too.
				for j := s.First; j < k; j++ {
					if a.Tokens[j].Head == p {
						a.Tokens[j].Head = v
					}
				}
				break
			}
		}
	}
}

// nounSourceAdjectives re-tags "familiar" or "close" that the tagger read
// as a noun with the noun before it as its compound or the word before
// it as its adjective ("a senior aide familiar with the talks said", "a
// senior Emirati official familiar with the process", "official" read
// as an adjective): a noun phrase does not end in "familiar with" or
// "close to", so the word is the adjective that describes the noun
// before it, and that noun heads the phrase. The noun becomes the
// adjective's subject and takes the words before it; closeSources and
// familiarSources then rebuild the source and its verb as they do for an
// adjective.
func nounSourceAdjectives(a *nlp.Analysis) {
	for c := 1; c+1 < len(a.Tokens); c++ {
		ct := &a.Tokens[c]
		if ct.UPOS != "NOUN" && ct.UPOS != "ADJ" || !sourceAdjective(a, c) {
			continue
		}
		// The noun before, or a word read as its adjective ("a senior
		// Emirati official familiar with…", "official" an adjective):
		// an adjective does not describe "familiar".
		n := c - 1
		nt := &a.Tokens[n]
		if nt.Head != c || nt.Sent != ct.Sent || !(nt.UPOS == "NOUN" && nt.Rel == "compound" && ct.UPOS == "NOUN" || nt.UPOS == "ADJ" && nt.Rel == "amod" && nt.Text == strings.ToLower(nt.Text)) {
			continue
		}
		ct.UPOS, ct.XPOS = "ADJ", "JJ"
		nt.UPOS, nt.Rel = "NOUN", "nsubj"
		if nt.XPOS != "NNS" {
			nt.XPOS = "NN"
		}
		for k := a.Sentences[ct.Sent].First; k < n; k++ {
			if a.Tokens[k].Head == c {
				a.Tokens[k].Head = n
				// "One official familiar with…" with "One" read as the
				// adjective's subject: the noun's number, determiner or
				// adjective.
				if kt := &a.Tokens[k]; strings.HasPrefix(kt.Rel, "nsubj") {
					switch kt.UPOS {
					case "NUM":
						kt.Rel = "nummod"
					case "DET":
						kt.Rel = "det"
					case "ADJ":
						kt.Rel = "amod"
					}
				}
			}
		}
	}
}

// familiarSources rebuilds "a person familiar with the matter said…" and
// "a source close to the negotiations said…", which the parser reads with
// the adjective as a second subject of the verb, or with its phrase hung
// from the verb: an adjective that takes "with" or "to" right after a
// noun ("familiar with", "close to") describes that noun, so the noun is
// the verb's subject, the adjective its modifier and the phrase the
// adjective's.
func familiarSources(a *nlp.Analysis) {
	for c := 1; c+2 < len(a.Tokens); c++ {
		ct := &a.Tokens[c]
		if ct.UPOS != "ADJ" || !sourceAdjective(a, c) {
			continue
		}
		n := c - 1
		nt := &a.Tokens[n]
		if nt.UPOS != "NOUN" || nt.Sent != ct.Sent {
			continue
		}
		if o := a.Tokens[c+1].Head; ct.Rel == "amod" && ct.Head == n && o > c+1 && a.Tokens[o].Rel == "obl" && a.Tokens[o].Head > o && a.Tokens[a.Tokens[o].Head].UPOS == "VERB" {
			// "One of the people familiar with the matter said…" with
			// "the matter" hung from the verb: it is what the people
			// are familiar with.
			a.Tokens[o].Head = c
			continue
		}
		// The verb of saying the noun or the adjective is the subject of.
		v := -1
		switch {
		case strings.HasPrefix(ct.Rel, "nsubj") && ct.Head > c:
			v = ct.Head
		case strings.HasPrefix(ct.Rel, "nsubj") && ct.Head >= 0 && ct.Head < n && nt.Head == c:
			// "…,” said one official close to the talks": the source
			// after the verb it is the subject of.
			v = ct.Head
		case ct.Rel == "amod" && ct.Head == n && strings.HasPrefix(nt.Rel, "nsubj") && nt.Head > c:
			v = nt.Head
		case ct.Head < 0 && nt.Head == c && a.Tokens[c+1].Rel == "mark":
			// "A Yemeni official familiar with the talks said…" read
			// with the adjective as the root and the verb as a clause
			// "with the talks said" under it: the verb is the root.
			if w := a.Tokens[c+1].Head; w > c+1 && a.Tokens[w].Head == c && a.Tokens[w].UPOS == "VERB" && cueLemma(a.Tokens[w].Lemma) {
				v = w
				a.Tokens[v].Head, a.Tokens[v].Rel = -1, "root"
				for k := a.Sentences[ct.Sent].First; k < a.Sentences[ct.Sent].Last; k++ {
					if k != n && a.Tokens[k].Head == c && k > c {
						a.Tokens[k].Head = v
					}
				}
			}
		}
		// An adjective made the subject is no subject, whatever the verb
		// ("a senior Emirati official familiar with the process paints
		// a picture…"); the noun or the adjective of a clause read
		// otherwise must be a verb of saying's.
		if v < 0 || a.Tokens[v].UPOS != "VERB" || !cueLemma(a.Tokens[v].Lemma) && !strings.HasPrefix(ct.Rel, "nsubj") {
			continue
		}
		// The phrase "with the matter": its noun, that the preposition
		// hangs from.
		o := a.Tokens[c+1].Head
		if o == v && a.Tokens[c+1].Rel == "mark" {
			// "with the negotiations said", read as a clause "with the
			// talks over" whose subject is the phrase's noun.
			o = -1
			for k := c + 2; k < v; k++ {
				if a.Tokens[k].Head == v && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") {
					o = k
				}
			}
			if o < 0 {
				continue
			}
			a.Tokens[c+1].Head, a.Tokens[c+1].Rel = o, "case"
		}
		if o <= c+1 || v > c && o >= v || a.Tokens[o].UPOS != "NOUN" && a.Tokens[o].UPOS != "PROPN" {
			continue
		}
		nt.Head, nt.Rel = v, "nsubj"
		ct.Head, ct.Rel = n, "amod"
		a.Tokens[o].Head, a.Tokens[o].Rel = c, "obl"
	}
}

// sourceAdjective reports whether token c opens the phrase news describes
// a source with after its noun: "close to" or "familiar with".
func sourceAdjective(a *nlp.Analysis, c int) bool {
	if c+1 >= len(a.Tokens) {
		return false
	}
	next := a.Tokens[c+1].Text
	return nlp.EqualFoldLower(a.Tokens[c].Text, "close") && nlp.EqualFoldLower(next, "to") ||
		nlp.EqualFoldLower(a.Tokens[c].Text, "familiar") && nlp.EqualFoldLower(next, "with")
}

// adjectiveSubjects re-tags as a noun an adjective the parser made the
// head of a subject with a determiner ("The foreign secretary meanwhile
// said…", with "secretary" read as an adjective): an adjective with a
// determiner and no noun after it heads a noun phrase, and the speaker
// it names is read as a noun's.
func adjectiveSubjects(a *nlp.Analysis) {
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		if tok.UPOS != "ADJ" || !strings.HasPrefix(tok.Rel, "nsubj") || tok.Text != strings.ToLower(tok.Text) || tok.Head < i {
			continue
		}
		for k := a.Sentences[tok.Sent].First; k < i; k++ {
			if a.Tokens[k].Rel != "det" {
				continue
			}
			if h := a.Tokens[k].Head; h == i {
				tok.UPOS, tok.XPOS = "NOUN", "NN"
				break
			} else if h > k && h < i && a.Tokens[h].Head == i && a.Tokens[h].UPOS == "NOUN" && a.Tokens[h].Rel == "nsubj" && roleHeads[tok.Text] {
				// "A Norwegian fisheries official said…" read with the
				// determiner on "fisheries", made the subject of an
				// adjective "official": the noun before is a compound
				// of the role the phrase ends in (not "A person close
				// to the committee").
				tok.UPOS, tok.XPOS = "NOUN", "NN"
				a.Tokens[h].Rel = "compound"
				a.Tokens[k].Head = i
				break
			}
		}
	}
	trailingRoleAdjectives(a)
}

// prepositionSubjects rehangs as a prepositional phrase a second subject
// the parser gave a verb after a preposition it read as a subordinator
// ("A joint communique issued after the session said…", read with
// "the session" a second subject of "said" and "after" opening its
// clause): a verb has one subject, and "after" with a noun phrase and no
// verb of its own is a preposition. The phrase goes to the participle
// that modifies the first subject, if one stands before it, else to the
// verb.
func prepositionSubjects(a *nlp.Analysis) {
	for s2 := range a.Tokens {
		t2 := &a.Tokens[s2]
		v := t2.Head
		if !strings.HasPrefix(t2.Rel, "nsubj") || v <= s2 || t2.UPOS != "NOUN" && t2.UPOS != "PROPN" {
			continue
		}
		s1, m := -1, -1
		for k := a.Sentences[t2.Sent].First; k < s2; k++ {
			switch tk := &a.Tokens[k]; {
			case tk.Head == v && strings.HasPrefix(tk.Rel, "nsubj"):
				s1, m = k, -1
			case tk.Head == v && tk.Rel == "mark" && s1 >= 0 && lowerIn(prepositionMarks, tk.Text):
				m = k
			}
		}
		if s1 < 0 || m < 0 {
			continue
		}
		// Only the second subject's own words between the mark and it.
		own := true
		for k := m + 1; k < s2; k++ {
			if a.Tokens[k].Head != s2 {
				own = false
			}
		}
		if !own {
			continue
		}
		head := v
		for k := s1 + 1; k < m; k++ {
			if tk := &a.Tokens[k]; tk.Head == s1 && tk.Rel == "acl" && tk.UPOS == "VERB" {
				head = k
			}
		}
		a.Tokens[m].Head, a.Tokens[m].Rel = s2, "case"
		t2.Head, t2.Rel = head, "obl"
	}
}

// prepositionMarks are subordinators that are prepositions too.
var prepositionMarks = makeSet(`after before since until`)

// subordinators open an adverbial clause with its own subject.
var subordinators = makeSet(`if unless when whenever because although though while once after before until since whereas`)

// markedSubjects rehangs as an adverbial clause the clause a subordinator
// opens, where the parser hung the subordinator from the clause's
// subject, made the subject an oblique of the verb before, and hung the
// clause's verb elsewhere ("… could go higher if more countries,
// including China, agreed to contribute", read with "agreed" as what was
// told): "if" opens a clause, and the noun after it is that clause's
// subject.
func markedSubjects(a *nlp.Analysis) {
	for _, s := range a.Sentences {
		for m := s.First; m+2 < s.Last; m++ {
			mt := &a.Tokens[m]
			n := mt.Head
			if mt.Rel != "mark" || !lowerIn(subordinators, mt.Text) || n <= m || n >= s.Last {
				continue
			}
			nt := &a.Tokens[n]
			if nt.UPOS != "NOUN" && nt.UPOS != "PROPN" || !strings.HasPrefix(nt.Rel, "obl") && !strings.HasPrefix(nt.Rel, "nmod") {
				continue
			}
			// The clause's verb: the first verb after the noun's phrase
			// (past its asides), with no subject of its own.
			v := -1
			for k := n + 1; k < s.Last; k++ {
				if under(a, k, n) || a.Tokens[k].UPOS == "PUNCT" {
					continue
				}
				if a.Tokens[k].UPOS == "VERB" && !hasSubjectBefore(a, k) {
					v = k
				}
				break
			}
			if v < 0 || under(a, nt.Head, v) {
				continue
			}
			head := nt.Head
			nt.Head, nt.Rel = v, "nsubj"
			mt.Head = v
			a.Tokens[v].Head, a.Tokens[v].Rel = head, "advcl"
		}
	}
}

// complementSubjects hangs from the clause a verb of saying heads the
// second subject the parser gave that verb, where the verb has its own
// subject before it and the second one stands right before the clause,
// with only the clause's auxiliaries between ("He said Halonen-Björk had
// told both delegations…", with "Halonen-Björk" a second subject of
// "said"): a clause has one subject, and a subjectless clause after a
// name takes it as its own.
func complementSubjects(a *nlp.Analysis) {
	for s2 := range a.Tokens {
		t2 := &a.Tokens[s2]
		v := t2.Head
		if t2.Rel != "nsubj" || v < 0 || v >= s2 || t2.UPOS != "PROPN" && t2.UPOS != "NOUN" || !cueLemma(a.Tokens[v].Lemma) {
			continue
		}
		first := false
		for k := a.Sentences[t2.Sent].First; k < v; k++ {
			if a.Tokens[k].Head == v && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") {
				first = true
				break
			}
		}
		if !first {
			continue
		}
		// The clause: the next token not of the subject's phrase, past
		// auxiliaries, heads a complement of v with no subject.
		c := s2 + 1
		for c < len(a.Tokens) && (a.Tokens[c].Head == s2 || a.Tokens[c].Rel == "aux" || a.Tokens[c].Rel == "aux:pass") {
			c++
		}
		if c >= len(a.Tokens) || a.Tokens[c].Head != v || a.Tokens[c].Rel != "ccomp" || a.Tokens[c].UPOS != "VERB" || hasChild(a, c, "nsubj", "nsubj:pass", "expl") {
			continue
		}
		t2.Head = c
	}
}

// objectComplementSubjects hangs from the clause a verb of saying heads
// the noun the parser read as that verb's object or as a second subject
// after it, where the clause, a complement of the verb, has no subject
// of its own and opens right after the noun's phrase with its finite
// auxiliary or copula ("A person
// close to the board maintained the last difference was chiefly over…",
// with "difference" read as what was maintained), or where the clause's subject
// is a time phrase right after the noun ("He insisted a contract this
// year was “…”", with "this year" read as the subject): a finite clause
// has its subject before its verb, and a verb of saying with a clause of
// its own takes no object before it; the time phrase says when.
func objectComplementSubjects(a *nlp.Analysis) {
	for n := range a.Tokens {
		tn := &a.Tokens[n]
		v := tn.Head
		if tn.Rel != "obj" && tn.Rel != "nsubj" || v < 0 || v >= n || tn.UPOS != "NOUN" || a.Tokens[v].UPOS != "VERB" || !cueLemma(a.Tokens[v].Lemma) {
			continue
		}
		last := a.Sentences[tn.Sent].Last
		j := n + 1
		for j < last && under(a, j, n) {
			j++
		}
		if j >= last {
			continue
		}
		tj := &a.Tokens[j]
		switch {
		case (tj.Rel == "aux" || tj.Rel == "cop" || tj.Rel == "aux:pass") && finiteAux(tj.XPOS):
			c := tj.Head
			if c <= j || a.Tokens[c].Head != v || a.Tokens[c].Rel != "ccomp" || hasChild(a, c, "nsubj", "nsubj:pass", "expl", "csubj") {
				continue
			}
			tn.Head, tn.Rel = c, "nsubj"
		default:
			// The time phrase read as the clause's subject.
			ts := j
			for ts < last && a.Tokens[ts].Head != v && !strings.HasPrefix(a.Tokens[ts].Rel, "nsubj") {
				ts++
			}
			if ts >= last || ts > j+2 || !strings.HasPrefix(a.Tokens[ts].Rel, "nsubj") || !timeNoun(a, ts) {
				continue
			}
			c := a.Tokens[ts].Head
			if c <= ts || a.Tokens[c].Head != v || a.Tokens[c].Rel != "ccomp" {
				continue
			}
			ok := true
			for k := j; k < ts; k++ {
				if a.Tokens[k].Head != ts {
					ok = false
				}
			}
			if !ok {
				continue
			}
			a.Tokens[ts].Rel = "obl:tmod"
			tn.Head, tn.Rel = c, "nsubj"
		}
	}
}

// finiteAux reports whether an auxiliary's Penn tag is a finite form
// ("was", "is", "has", "would").
func finiteAux(xpos string) bool {
	switch xpos {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// timeNoun reports whether token k heads a time phrase: the entity model
// tags it a date or a time.
func timeNoun(a *nlp.Analysis, k int) bool {
	return strings.HasSuffix(a.Tokens[k].NER, "DATE") || strings.HasSuffix(a.Tokens[k].NER, "TIME")
}

// sentenceRoot returns the index of sentence s's root token, or -1.
func sentenceRoot(a *nlp.Analysis, s nlp.Sentence) int {
	for k := s.First; k < s.Last; k++ {
		if a.Tokens[k].Rel == "root" {
			return k
		}
	}
	return -1
}
