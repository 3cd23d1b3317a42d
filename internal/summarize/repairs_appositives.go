package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// nominalSubjects undoes the reading of an appositive set off by commas
// after a subject as a noun predicate with that subject for its own ("A
// spokesman for MONUSCO, the UN peacekeeping mission in Congo, said…",
// read with "spokesman" the subject of "mission" and "mission" the
// subject of "said"): a noun with no copula predicates nothing, so the
// first noun is the verb's subject and the second, between commas, is an
// appositive of the name that ends the first one's phrase (or of the
// first noun itself).
func nominalSubjects(a *nlp.Analysis) {
	for n1 := range a.Tokens {
		t1 := &a.Tokens[n1]
		n2 := t1.Head
		if t1.Rel != "nsubj" || n2 <= n1 || a.Tokens[n2].UPOS != "NOUN" && a.Tokens[n2].UPOS != "PROPN" || !strings.HasPrefix(a.Tokens[n2].Rel, "nsubj") {
			continue
		}
		v := a.Tokens[n2].Head
		if v <= n2 || a.Tokens[v].UPOS != "VERB" || hasChild(a, n2, "cop") {
			continue
		}
		// The first phrase ends at a comma that opens the second,
		// which a comma closes right before the verb.
		comma := -1
		for k := n1 + 1; k < n2; k++ {
			if a.Tokens[k].Text == "," {
				comma = k
				break
			}
			if !under(a, k, n1) {
				break
			}
		}
		if comma < 0 || a.Tokens[v-1].Text != "," {
			continue
		}
		ok := true
		for k := comma + 1; k < v-1; k++ {
			if !under(a, k, n2) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		host := n1
		if b := comma - 1; b > n1 && a.Tokens[b].UPOS == "PROPN" {
			host = b
		}
		t1.Head, t1.Rel = v, "nsubj"
		a.Tokens[n2].Head, a.Tokens[n2].Rel = host, "appos"
		a.Tokens[comma].Head, a.Tokens[comma].Rel = n2, "punct"
	}
}

// punctAppositives rehangs a name the parser hung from a comma, right
// before the comma and the verb whose subject the phrase before it is
// ("The undersecretary at the ministry who is chairing the talks,
// Raffaella Dell’Orto, has posted…", with the name hung from the comma
// that closes the relative clause): a name set off between the subject's
// phrase and its verb is that subject's appositive.
func punctAppositives(a *nlp.Analysis) {
	for p := range a.Tokens {
		tp := &a.Tokens[p]
		h := tp.Head
		if tp.UPOS != "PROPN" || h < 0 || a.Tokens[h].UPOS != "PUNCT" || p == 0 || a.Tokens[p-1].Text != "," {
			continue
		}
		// The name's own words, then a comma, then the verb (perhaps
		// after its auxiliaries).
		e := p + 1
		for e < len(a.Tokens) && a.Tokens[e].Head == p {
			e++
		}
		if e >= len(a.Tokens) || a.Tokens[e].Text != "," {
			continue
		}
		v := e + 1
		for v < len(a.Tokens) && a.Tokens[v].UPOS == "AUX" && a.Tokens[v].Head > v {
			v = a.Tokens[v].Head
		}
		if v >= len(a.Tokens) || a.Tokens[v].UPOS != "VERB" || a.Tokens[v].Sent != tp.Sent {
			continue
		}
		s := -1
		for k := a.Sentences[tp.Sent].First; k < p; k++ {
			if a.Tokens[k].Head == v && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") {
				s = k
			}
		}
		if s < 0 {
			continue
		}
		tp.Head, tp.Rel = s, "appos"
		a.Tokens[p-1].Head, a.Tokens[p-1].Rel = p, "punct"
		a.Tokens[e].Head, a.Tokens[e].Rel = p, "punct"
	}
}

// agedAppositives rehangs the description set off after a person's name
// and age ("Aurelia Güity Lacayo, 61, a retired nurse who…"), however the
// parser hung it, as that name's appositive: a noun phrase of a
// determiner, adjectives and nouns right after "Name, 61," describes the
// person named, whom the age already set apart.
func agedAppositives(a *nlp.Analysis) {
	for k := 1; k+4 < len(a.Tokens); k++ {
		if a.Tokens[k].Text != "," || a.Tokens[k+1].XPOS != "CD" || a.Tokens[k+2].Text != "," {
			continue
		}
		if age, ok := ageOf(a.Tokens[k+1].Text); !ok || age < 14 {
			continue
		}
		name := k - 1
		if a.Tokens[name].UPOS != "PROPN" || !strings.HasSuffix(a.Tokens[name].NER, "PERSON") {
			continue
		}
		// The name's head: up from its last word while within the name.
		for h := a.Tokens[name].Head; h >= 0 && h < k && h > name-5 && a.Tokens[h].UPOS == "PROPN" && strings.HasSuffix(a.Tokens[h].NER, "PERSON"); h = a.Tokens[h].Head {
			name = h
		}
		// The phrase after the age: its last noun before anything else.
		n := -1
		for j := k + 3; j < len(a.Tokens) && j < k+8 && a.Tokens[j].Sent == a.Tokens[k].Sent; j++ {
			switch a.Tokens[j].UPOS {
			case "DET", "ADJ":
				continue
			case "NOUN":
				n = j
				continue
			}
			break
		}
		if n < 0 || a.Tokens[n].XPOS != "NN" || a.Tokens[n].Head == name || under(a, name, n) {
			continue
		}
		a.Tokens[n].Head, a.Tokens[n].Rel = name, "appos"
	}
}
