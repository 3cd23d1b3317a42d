package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// peopleNouns are plural nouns (lemmas) of groups of people that speak in
// a story, beyond the sides, outsiders, commentators and roles listed
// elsewhere (descGroups, outsiderNouns, commentatorNouns, roleHeads).
var peopleNouns = makeSet(`group official leader lawmaker legislator activist supporter advocate negotiator diplomat
delegate envoy mediator protester demonstrator striker citizen villager soldier troop fighter militant
officer prosecutor lawyer attorney executive manager director owner parent victim survivor family
republican democrat conservative liberal organizer organiser representative rep spokesman spokeswoman
spokesperson source insider people person man woman police agent inspector regulator trader banker
economist analyst expert scientist researcher student retiree veteran lender landlord tenant
narrator host anchor presenter reporter correspondent journalist columnist editor author writer witness
neighbour neighbor resident friend relative member voter worker employee customer patient doctor nurse teacher`)

// speakingGroup reports whether a plural noun's lemma names a group of
// people who can speak ("workers", "officials"), not things ("talks",
// "prices").
func speakingGroup(lemma string) bool {
	return descGroups[lemma] || peopleNouns[lemma] || outsiderNouns[lemma] || commentatorNouns[lemma] || roleHeads[lemma]
}

// theyGroup returns, for the pronoun "they" at token src, the group of
// people it goes on reporting for: the plural subject of its sentence or
// the one before that coreference links it to ("Workers objected to…
// They also said that…"), as written; "" when the latest description or
// name of its cluster before it is no such subject. Where coreference
// left "they" alone, the subject of the sentence before stands for it.
func (t *tree) theyGroup(src int) string {
	a := t.a
	if src < 0 || !nlp.EqualFoldLower(a.Tokens[src].Text, "they") || t.quoted[src] {
		return ""
	}
	m := a.Tokens[src].Mention
	if m < 0 || m >= len(a.Mentions) || a.Mentions[m].Cluster < 0 || a.Mentions[m].Cluster >= len(a.Clusters) {
		return ""
	}
	last := -1 // the cluster's latest description or name before src
	for _, mi := range a.Clusters[a.Mentions[m].Cluster].Mentions {
		mm := &a.Mentions[mi]
		if mm.Head >= src {
			break
		}
		if mm.Kind != nlp.PronounMention {
			last = mm.Head
		}
	}
	if last < 0 && t.pronounsOnly(src) {
		// Coreference left "they" alone: the group the sentence before
		// made its subject ("McConnell aides acknowledged… But they
		// emphasized…").
		if subs := t.previousRootSubjects(a.Tokens[src].Sent); len(subs) > 0 {
			last = subs[0]
		}
	}
	if last >= 0 && !t.groupSubject(last, a.Tokens[src].Sent) {
		// "Environmental groups criticized both men. They said…" with
		// "they" joined to the men: the group the sentence before made
		// its subject, where there is one.
		if subs := t.previousRootSubjects(a.Tokens[src].Sent); len(subs) > 0 && t.groupSubject(subs[0], a.Tokens[src].Sent) {
			last = subs[0]
		}
	}
	if last < 0 || !t.groupSubject(last, a.Tokens[src].Sent) {
		return ""
	}
	n, ok := t.speakerOf(last)
	if !ok {
		return ""
	}
	return n
}

// groupSubject reports whether token h heads a plural noun phrase of
// people or bodies ("Workers", "the nurses", "the companies", "27
// states") that is the subject of a clause in
// sentence sent or the one before, outside quotation marks.
func (t *tree) groupSubject(h, sent int) bool {
	a := t.a
	tk := &a.Tokens[h]
	if t.quoted[h] || tk.UPOS != "NOUN" || tk.XPOS != "NNS" || sent-tk.Sent > 1 || !strings.HasPrefix(tk.Rel, "nsubj") || tk.Rel == "nsubj:pass" {
		return false
	}
	return speakingGroup(tk.Lemma) || bodyKinds[tk.Lemma] || speakingPlaces[tk.Lemma]
}

// speakingPlaces are the nouns of places that speak as bodies do, in the
// plural ("Twenty-seven states … are challenging the rules. They argue
// that…", "the countries said").
var speakingPlaces = makeSet(`state country nation government province city`)
