package nlp

import "strings"

// Run-time repairs of the tagger's tags around verbs of saying and the
// titles before names, where a word's two readings (a plural noun or a
// verb, a verb or a title) are settled by what stands around it.

// titlesReadAsVerbs re-tags as a noun a word in lower case read as a verb
// in its base form right after a singular proper noun and right before a
// name of two capitalised words that a finite verb or a comma follows
// ("NZNO delegate Ngaire Pōtae, a senior nurse, said…"): a singular name
// takes no verb in the base form, so the word is the title of the person
// named after it, and the body's name before it says whose. The sentence
// is tagged again from the word.
func (t *Tagger) titlesReadAsVerbs(a *Analysis, sc *tagScratch) {
	c := t.classOf("NOUN", "NN")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+3 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VB" && tok.XPOS != "VBP" || !isLowerCase(tok.Text) || a.Tokens[i-1].XPOS != "NNP" {
				continue
			}
			if i-1 > s.First {
				switch a.Tokens[i-2].XPOS {
				case "TO", "MD":
					continue // "to NATO allies", "will Congress…"
				}
			}
			j := i + 1
			for j < s.Last && j < i+5 && a.Tokens[j].XPOS == "NNP" && capitalised(a.Tokens[j].Text) {
				j++
			}
			if j-i-1 < 2 || j >= s.Last {
				continue
			}
			switch a.Tokens[j].XPOS {
			case "VBD", "VBZ", "MD", ",":
				t.retag(a, sc, si, i-s.First, c)
			}
		}
	}
}

// pluralsBeforeTitles re-tags as a plural noun a word in -s in lower
// case read as a verb right after a common noun and right before the
// title of an office in lower case that a comma and a capitalised proper
// noun, or a finite verb, follow ("said Odisha’s water resources minister,
// Pradeep Kumar Mohapatra", with "resources" read as the verb of "Odisha’s
// water"): a title is a count noun that takes a determiner as a verb's
// object, and here it has none; the word is the plural noun of a
// compound that names the office's field, and the title the head the
// name is set off after. The sentence is tagged again from the word.
func (t *Tagger) pluralsBeforeTitles(a *Analysis, sc *tagScratch) {
	c := t.classOf("NOUN", "NNS")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+2 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VBZ" || a.Tokens[i-1].XPOS != "NN" || !lowerLetters(tok.Text) || !strings.HasSuffix(tok.Text, "s") {
				continue
			}
			if title := a.Tokens[i+1].Text; !officeTitles[title] || a.Tokens[i+1].XPOS != "NN" {
				continue
			}
			switch next := &a.Tokens[i+2]; next.XPOS {
			case ",":
				if i+3 >= s.Last || a.Tokens[i+3].XPOS != "NNP" || !capitalised(a.Tokens[i+3].Text) {
					continue
				}
			case "VBD", "MD":
			default:
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// afterQuotation reports whether the noun phrase that ends at token n
// (its determiner, adjectives and nouns) follows a closing quotation
// mark, with or without a comma between; first bounds the sentence.
func afterQuotation(a *Analysis, first, n int) bool {
	j := n
	for j > first {
		switch a.Tokens[j].XPOS {
		case "NN", "NNP", "JJ", "DT", "VBN":
			j--
			continue
		}
		break
	}
	if j < first || j == n {
		return false
	}
	if a.Tokens[j].Text == "," && j > first {
		j--
	}
	if a.Tokens[j].Text == "\"" && j > first {
		// A straight mark after a comma or a stop closes, whatever tag
		// it was given.
		p := a.Tokens[j-1].Text
		return p == "," || p == "." || p == "?" || p == "!"
	}
	return a.Tokens[j].XPOS == "''"
}

// reportingForms are third-person forms of verbs of saying, showing,
// fearing and hoping that are also plural nouns ("states", "notes",
// "claims", "fears").
var reportingForms = map[string]bool{"states": true, "notes": true, "claims": true, "shows": true, "finds": true,
	"reads": true, "estimates": true, "demands": true, "warns": true, "argues": true, "insists": true, "concludes": true,
	"adds": true, "continues": true,
	// Verbs of fearing, hoping and charging, nouns too: "Local
	// officials worry that…", "His opponents charge that…".
	"worries": true, "fears": true, "hopes": true, "doubts": true, "charges": true, "vows": true, "pledges": true,
	"promises": true}

// thirdPersonForm returns the third person present of the plain form w
// of a verb ("note" → "notes", "worry" → "worries").
func thirdPersonForm(w string) string {
	if len(w) > 2 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])) {
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// verbsBeforeThat re-tags as a verb in the present a word that is both a
// plural noun and a verb of saying, read as the noun, right after a
// singular noun and right before "that" and the first word of a clause
// ("The proposal states that revenue sharing would be…", "the agreed
// record states that each party…"; after a plural noun its plain form,
// "The resolutions state that “every child…”", past the mark that opens
// words quoted), or before a colon ("the statement
// reads: ‘…’"): a plural noun after a singular one
// would make a compound that "that" cannot follow as a clause; it is the
// verb whose subject the noun before is. The sentence is tagged again
// from the word.
func (t *Tagger) verbsBeforeThat(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBZ")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS == "NN" && a.Tokens[i-1].XPOS == "NNS" && !capitalised(a.Tokens[i-1].Text) && i+2 < s.Last && EqualFoldLower(a.Tokens[i+1].Text, "that") && reportingForms[thirdPersonForm(tok.Text)] {
				// "The minutes state that each party…": after a plural
				// noun, the verb's plain form, read as a noun.
				if base := t.classOf("VERB", "VBP"); base >= 0 {
					// Past the mark that opens words quoted after "that"
					// ("The resolutions state that “every child…”").
					j := i + 2
					if j+1 < s.Last && a.Tokens[j].XPOS == "``" {
						j++
					}
					switch a.Tokens[j].XPOS {
					case "DT", "PRP", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP$", "EX":
						t.retag(a, sc, si, i-s.First, base)
					}
				}
				continue
			}
			if tok.XPOS != "NNS" || !reportingForms[tok.Text] {
				continue
			}
			p := a.Tokens[i-1].XPOS
			if afterQuotation(a, s.First, i-1) && (p == "NN" || p == "NNP" || p == "JJ" && i-2 >= s.First && a.Tokens[i-2].XPOS == "DT") {
				// "“…,” the communique reads.": a text set off after
				// the quotation it says (the noun may be read as an
				// adjective of "reads").
				switch a.Tokens[i+1].Text {
				case ".", ",", ";", "!", "?":
					t.retag(a, sc, si, i-s.First, c)
				}
				continue
			}
			if p != "NN" && p != "NNP" {
				continue
			}
			if i+1 < s.Last && a.Tokens[i+1].Text == ":" {
				// "the end-of-mission statement reads: ‘…’": a verb
				// that a colon and what it says follow.
				t.retag(a, sc, si, i-s.First, c)
				continue
			}
			if i+2 >= s.Last || !EqualFoldLower(a.Tokens[i+1].Text, "that") {
				continue
			}
			switch a.Tokens[i+2].XPOS {
			case "DT", "PRP", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP$", "EX", "VBP":
				// A noun read as a verb in the present ("that revenue
				// sharing would") is a clause's subject too.
				t.retag(a, sc, si, i-s.First, c)
			}
		}
	}
}

// namingForms are third-person forms of verbs that name or describe
// something and are also plural nouns ("calls", "terms", "describes").
var namingForms = map[string]bool{"calls": true, "terms": true, "dubs": true, "labels": true, "describes": true,
	"says": true, "brands": true}

// verbsInFreeRelatives re-tags as a verb in the present a word that is
// both a plural noun and a verb of naming or saying, read as the noun,
// that ends a noun phrase opened by a determiner right after "what"
// ("what the protocol calls “the transition…”", "what the report
// describes as…"): the clause "what" opens needs a verb, and a noun
// phrase of a determiner and nouns is its subject, so the last word is
// the verb. The sentence is tagged again from the word.
func (t *Tagger) verbsInFreeRelatives(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBZ")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 2; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "NNS" || !namingForms[tok.Text] && !reportingForms[tok.Text] {
				continue
			}
			// Back over the phrase's nouns and adjectives to its
			// determiner, and "what" before it.
			j, owned := i-1, false
			for j > s.First && j > i-5 {
				x := a.Tokens[j].XPOS
				if x != "NN" && x != "NNP" && x != "JJ" && x != "POS" {
					break
				}
				owned = owned || x == "POS"
				j--
			}
			if j == i-1 || j <= s.First || a.Tokens[j].XPOS != "DT" && a.Tokens[j].XPOS != "PRP$" || !EqualFoldLower(a.Tokens[j-1].Text, "what") {
				continue
			}
			// A plural verb after it makes the word that verb's subject
			// ("what the talks' demands are"), as does a verb after an
			// owner's noun ("what the union's claims will…").
			if i+1 < s.Last {
				if n := &a.Tokens[i+1]; n.UPOS == "VERB" || n.UPOS == "AUX" {
					if owned || n.XPOS == "VBP" || n.Text == "were" {
						continue
					}
				}
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// verbsAfterAppositives re-tags as a verb in the present a word that is
// both a plural noun and a verb of naming or saying, read as the noun,
// right after the comma that closes an apposition set off after the
// singular noun phrase opening the sentence ("The draft, a copy of which
// has been seen by our team, calls for “…”"): the opening phrase needs a
// verb, and a plural noun after the apposition would leave it none
// unless a verb follows. The sentence is tagged again from the word.
func (t *Tagger) verbsAfterAppositives(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBZ")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		// The opening noun phrase and the comma after it.
		j := s.First
		for j < s.Last {
			switch a.Tokens[j].XPOS {
			case "DT", "PRP$", "JJ", "NN", "NNP", "CD", "POS", "HYPH":
				j++
				continue
			}
			break
		}
		if j == s.First || j+2 >= s.Last || a.Tokens[j].Text != "," {
			continue
		}
		if x := a.Tokens[j-1].XPOS; x != "NN" && x != "NNP" {
			continue
		}
		// The comma that closes the apposition, with no other between.
		k := j + 1
		for k < s.Last && a.Tokens[k].Text != "," {
			k++
		}
		i := k + 1
		if k == j+1 || i+1 >= s.Last {
			continue
		}
		tok := &a.Tokens[i]
		if tok.XPOS != "NNS" || !namingForms[tok.Text] && !reportingForms[tok.Text] {
			continue
		}
		if n := &a.Tokens[i+1]; n.UPOS == "VERB" || n.UPOS == "AUX" {
			continue // the plural noun is a subject ("…, claims were…")
		}
		t.retag(a, sc, si, i-s.First, c)
	}
}

// participlesCrediting re-tags as a verb in the past a past form of a
// verb of saying read as a participle right after the noun phrase that
// follows a closing quotation mark, at the end of the sentence or before
// where or how it was said ("“…,” the league maintained.", "“…,” the
// mission countered in a statement."): a quotation's credit, as "the
// league said" is, not a league that is maintained. The sentence is
// tagged again from the word.
func (t *Tagger) participlesCrediting(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBD")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First + 2; i < s.Last; i++ {
			tok := &a.Tokens[i]
			if tok.XPOS != "VBN" || !reportingPasts[tok.Text] || !afterQuotation(a, s.First, i-1) {
				continue
			}
			switch a.Tokens[i-1].XPOS {
			case "NN", "NNP", "NNS", "NNPS":
			default:
				continue
			}
			if i+1 < s.Last {
				switch a.Tokens[i+1].Text {
				case ".", ",", ";", "in", "on", "at", "to", "during", "after", "before", "from", "when", "—", "–":
				default:
					continue
				}
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// initialsReadAsMarkers re-tags as a proper noun a capital letter and its
// period read as a list marker or a symbol where a name follows it ("R.
// Clayton Mercer, a senior vice-president…, told reporters"): an initial
// before a given name and a surname, or before a surname and a verb or a
// comma, is the name's first word. The sentence is tagged again from it.
func (t *Tagger) initialsReadAsMarkers(a *Analysis, sc *tagScratch) {
	c := t.classOf("PROPN", "NNP")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		for i := s.First; i+2 < s.Last; i++ {
			w := a.Tokens[i].Text
			if len(w) != 2 || w[1] != '.' || w[0] < 'A' || w[0] > 'Z' || a.Tokens[i].XPOS == "NNP" {
				continue
			}
			n := &a.Tokens[i+1]
			if n.XPOS != "NNP" || !capitalised(n.Text) {
				continue
			}
			switch nx := &a.Tokens[i+2]; nx.XPOS {
			case "NNP":
				if !capitalised(nx.Text) {
					continue
				}
			case "VBD", "VBZ", "MD", ",":
			default:
				continue
			}
			t.retag(a, sc, si, i-s.First, c)
		}
	}
}

// closingCreditVerbs re-tags as a verb in the present a word in -s that
// is both a plural noun and a verb of saying or finding, read as the
// noun, that ends its sentence right after a noun phrase set off by a
// comma after a clause ("Prices rose by a third, a survey of shops
// shows.", "…, the former governor maintains."): a plural noun there
// would make the phrase a compound set off after a finished clause, and
// the phrase with its verb is the credit of the clause before, as "…,
// the governor says." is. The phrase opens with a determiner, an owner
// or a name, and ends in a noun. The sentence is tagged again from the
// word.
func (t *Tagger) closingCreditVerbs(a *Analysis, sc *tagScratch) {
	c := t.classOf("VERB", "VBZ")
	if c < 0 {
		return
	}
	for si, s := range a.Sentences {
		i := s.Last - 1
		for i > s.First && a.Tokens[i].UPOS == "PUNCT" {
			i--
		}
		if i-s.First < 5 || i == s.Last-1 {
			continue
		}
		tok := &a.Tokens[i]
		if tok.XPOS != "NNS" || !lowerLetters(tok.Text) || !reportingForms[tok.Text] && !sayingForm(tok.Text) {
			continue
		}
		switch a.Tokens[i-1].XPOS {
		case "NN", "NNP", "NNPS", "NNS":
		default:
			continue
		}
		// Back over the noun phrase to the comma that sets it off.
		j := i - 1
		for j > s.First && i-j <= 14 {
			x := &a.Tokens[j]
			ok := false
			switch x.XPOS {
			case "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "VBN", "RB":
				ok = true
			case "IN":
				switch strings.ToLower(x.Text) {
				case "of", "at", "for", "from", "in", "on":
					ok = true
				}
			}
			if !ok {
				break
			}
			j--
		}
		if j <= s.First+1 || a.Tokens[j].Text != "," || j == i-1 {
			continue
		}
		switch a.Tokens[j+1].XPOS {
		case "DT", "PRP$", "NNP":
		default:
			continue
		}
		// The clause before the comma has a verb of its own.
		verb := false
		for k := s.First; k < j; k++ {
			switch a.Tokens[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				verb = true
			}
		}
		if !verb {
			continue
		}
		t.retag(a, sc, si, i-s.First, c)
	}
}
