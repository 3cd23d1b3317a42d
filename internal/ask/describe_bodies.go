package ask

import (
	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bodies in a description ("the union's negotiator", "the head of the
// ABPI"): the body's word, name, acronym and spelled-out name, and
// whether the role belongs to the body the question names or another.

// orgWord reports whether w is a word of the name of a body the article
// names ("transit" of "Greater Toledo Regional Transit"): "the transit
// CEO" asks about that body's CEO.
func (a *Article) orgWord(w string) bool {
	return a.orgToken(func(x string) bool { return strings.EqualFold(x, w) })
}

// orgToken reports whether a word of a body's name the article gives
// satisfies f.
func (a *Article) orgToken(f func(word string) bool) bool {
	return a.nameToken(func(typ, w string) bool { return typ == nlp.ORG && f(w) })
}

// inBodyName reports whether token k is a word of a body's capitalised
// name: its heads, up a chain of proper nouns (or capitalised words of an
// organisation's name) joined as compounds,
// modifiers or owners, reach a word for a body (summarize.IsOrgWord)
// before a title or a person's name.
func (si *sentInfo) inBodyName(k int) bool {
	for steps := 0; steps < 5; steps++ {
		t := si.toks[k]
		switch t.Rel {
		case "compound", "amod", "nmod:poss", "flat":
		default:
			return false
		}
		k = t.Head
		if k < 0 || k >= len(si.toks) {
			return false
		}
		h := si.toks[k]
		if h.UPOS != "PROPN" && !capitalOrg(h) || summarize.IsRoleWord(h.Text) || strings.HasSuffix(h.NER, "PERSON") || summarize.NationOf(h.Text) != "" {
			return false
		}
		if summarize.IsOrgWord(strings.ToLower(h.Text)) {
			return true
		}
	}
	return false
}

// capitalOrg reports whether a token the tagger did not make a proper
// noun is a capitalised word of an organisation's name ("Association" of
// "the Brazilian Association of People Living with Obesity").
func capitalOrg(t nlp.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && strings.HasSuffix(t.NER, "ORG")
}

// bodyNouns say what kind of body one is, not which ("the railway's
// chief executive", "the port operator's CEO").
var bodyNouns = set(`company firm corporation railway railroad operator airline carrier bank lender insurer
union league club group association federation utility port retailer maker manufacturer producer
miner developer landlord owner buyer bidder seller target fund foundation`)

// writtenOut are offices a question may give by their initials where the
// article writes them out in lower case: the head (the office's own
// noun) last, its other words before ("member of parliament").
var writtenOut = map[string][]string{
	"mp":  {"parliament", "member"},
	"mep": {"european", "parliament", "member"},
}

// namesOtherBody reports whether the role's words (stems) name a body the
// article names and none of them is one of the body's asked about; the
// office's own word (head, "commission" of "commissioner") and a body's
// common noun ("union") name none.
func (a *Article) namesOtherBody(role, body []string, head string) bool {
	other := false
	for _, w := range role {
		if slices.Contains(body, w) {
			return false
		}
		other = other || w != head && !bodyNouns[w] && a.orgStem(w)
	}
	return other
}

// roleOfBody reports whether a role (stems) names a body the article
// names (or a name the entity model took for a person's: a company's
// name often is), other than by the office's own word (head) or a body's
// common noun: "presid nordvik" of "Nordvik's president for Latin
// America".
func (a *Article) roleOfBody(role []string, head string) bool {
	return slices.ContainsFunc(role, func(w string) bool {
		return w != head && !bodyNouns[w] && !a.placeStem(w) && a.nameToken(func(typ, x string) bool {
			return (typ == nlp.ORG || typ == nlp.PERSON) && porter(strings.ToLower(x)) == w
		})
	})
}

// nameToken reports whether a word of a named entity of the article
// satisfies f (given the entity's type and the word).
func (a *Article) nameToken(f func(typ, word string) bool) bool {
	for i := range a.info {
		si := &a.info[i]
		for _, e := range si.ents {
			for _, t := range si.toks[e.first:e.last] {
				if f(e.typ, t.Text) {
					return true
				}
			}
		}
	}
	return false
}

// orgStem reports whether stem w is the stem of a word of a body's name
// the article gives ("lakesid" of "Lakeside Residents Forum").
func (a *Article) orgStem(w string) bool {
	return a.orgToken(func(x string) bool { return porter(strings.ToLower(x)) == w })
}

// acronymHolds reports whether a word of the role is a body's initials
// the article spells out with a word of stem t ("the riders union
// president" for "President of the UPR", the Union of Professional
// Riders).
func (a *Article) acronymHolds(role []string, t string) bool {
	for _, r := range role {
		if x := a.acr.expansion(r); len(x) >= 2 && slices.ContainsFunc(x, func(w string) bool { return porter(w) == t }) {
			return true
		}
	}
	return false
}

// bodyNamedWith reports whether the article names a body whose name holds
// stem t and a word for a body (bodyNouns, or the engine's words of
// organisations' names) that the role (stems) holds too: "the exporters'
// guy" for "Jean-Aimé Ratsimbazafy, who speaks for the syndicate", the
// article having named the Syndicate of Vanilla Exporters of SAVA.
func (a *Article) bodyNamedWith(t string, role []string) bool {
	for s := range a.info {
		si := &a.info[s]
		for _, e := range si.ents {
			if e.typ != nlp.ORG {
				continue
			}
			holds, body := false, false
			for _, tk := range si.toks[e.first:nameEnd(si.toks, e)] {
				for _, ew := range words(tk.Text) {
					if isStop(ew) {
						continue
					}
					st := porter(ew)
					holds = holds || st == t
					body = body || st != t && (bodyNouns[ew] || summarize.IsOrgWord(ew)) && slices.Contains(role, st)
				}
			}
			if holds && body {
				return true
			}
		}
	}
	return false
}

// nameEnd returns one past the last token of the capitalised name that
// entity e begins: the entity's own end, or further where the name goes
// on with "of", "for" or "and" and capitalised words the entity model
// left out ("Board" of "the Board for Pay and Grading" read alone).
func nameEnd(toks []nlp.Token, e entity) int {
	end := e.last
	for k := end; k+1 < len(toks); {
		switch strings.ToLower(toks[k].Text) {
		case "of", "for", "and", "&":
		default:
			return end
		}
		j := k + 1
		if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
			j++
		}
		if !capitalised(toks[j].Text) {
			return end
		}
		for j < len(toks) && capitalised(toks[j].Text) {
			j++
		}
		end, k = j, j
	}
	return end
}

// bodyDescribedWith reports whether the role (stems) names a body the
// article describes with a noun that stem t modifies: "the mine ceo" for
// "Henrik Ståhlberg, chief executive of Norrmalm Gruv", the article having
// written "mining company Norrmalm Gruv".
func (a *Article) bodyDescribedWith(t string, role []string) bool {
	for s := range a.info {
		for _, d := range a.info[s].descs {
			if slices.Contains(d.mods, t) && slices.Contains(role, d.name) {
				return true
			}
		}
	}
	return false
}

// bodyCalled reports whether the role (stems) names a body the article
// describes with the noun w: "the union president" for "Dariusz
// Kowalczyk, president of Local 1802", where the article wrote "The
// union, International Association of Firefighters Local 1802".
func (a *Article) bodyCalled(w string, role []string) bool {
	if !bodyNouns[w] {
		return false
	}
	for s := range a.info {
		si := &a.info[s]
		for _, d := range si.descs {
			if d.head != w {
				continue
			}
			if slices.Contains(role, d.name) {
				return true
			}
			// The description holds the name's head word; the role may
			// use another of its words ("Local 1802" of "International
			// Association of Firefighters Local 1802").
			for _, e := range si.ents {
				var terms []string
				for _, t := range si.toks[e.first:e.last] {
					for _, ew := range words(t.Text) {
						if !isStop(ew) {
							terms = append(terms, termOf(ew))
						}
					}
				}
				if e.typ == nlp.ORG && slices.Contains(terms, d.name) && slices.ContainsFunc(terms, func(t string) bool { return slices.Contains(role, t) }) {
					return true
				}
			}
		}
	}
	return false
}

// shortenedFrom reports whether the noun next (a word of the role, or of
// sentence i) stands in sentence i for "w next", the fuller name the
// article gave it at or before i: "the city's school board" then "the
// board's vice president" is the school board's vice president.
func (a *Article) shortenedFrom(w, next string, role []string, i int) bool {
	t, nt := porter(w), porter(next)
	if !slices.Contains(role, nt) && !a.ix.sentenceHas(i, nt) {
		return false
	}
	for j := 0; j <= i && j < len(a.sents); j++ {
		if !a.ix.sentenceHas(j, t) || !a.ix.sentenceHas(j, nt) {
			continue
		}
		ws := words(a.sents[j])
		for x := 0; x+1 < len(ws); x++ {
			if porter(ws[x]) == t && porter(ws[x+1]) == nt {
				return true
			}
		}
	}
	return false
}

// spellsOut reports whether a role (stems) writes out every word of the
// acronym w as the article expands it ("the CEO" for "President and Chief
// Executive Officer David Kessler").
func (a *Article) spellsOut(w string, role []string) bool {
	x := a.acr.expansion(w)
	if len(x) == 0 {
		return false
	}
	for _, xw := range x {
		if !isStop(xw) && !slices.Contains(role, porter(xw)) {
			return false
		}
	}
	return true
}

// titleInitials returns the words of the title the article writes with
// capitals whose initials a description's head is ("cs" for "Cabinet
// Secretary for Blue Economy", "pm" for "Prime Minister"): two to four
// letters the article does not write as a word, matched by consecutive
// capitalised words ending in an office's word, one title wherever it
// is written; nil otherwise.
func (a *Article) titleInitials(w string) []string {
	n := len(w)
	if n < 2 || n > 4 || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 || summarize.IsRoleWord(w) || casualPeople[w] || genericOffice[w] || anyOffice[w] {
		return nil
	}
	var found []string
	for i := range a.info {
		toks := a.info[i].toks
		for j := range toks {
			if strings.EqualFold(toks[j].Text, w) {
				return nil // a word of its own ("pm" of "5 pm")
			}
			if j+n > len(toks) {
				continue
			}
			run := make([]string, 0, n)
			for k := 0; k < n; k++ {
				t := toks[j+k].Text
				if t == "" || t[0] < 'A' || t[0] > 'Z' || t[0]+'a'-'A' != w[k] {
					break
				}
				run = append(run, strings.ToLower(t))
			}
			if len(run) < n || !summarize.IsRoleWord(run[n-1]) {
				continue
			}
			if found != nil && !slices.Equal(found, run) {
				return nil // two titles with those initials
			}
			found = run
		}
	}
	return found
}
