package ask

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize/stem"
)

// porter is the stem the answerer matches by: the Porter stem of the
// word in American spelling, so that a question and an article written
// on either side of the Atlantic meet ("aluminium" / "aluminum",
// "labour" / "labor", "privatised" / "privatized").
//
// "Start" and "commence" stand for "begin", which English uses for the
// same (a question asks when talks "start" of an article that says they
// are "beginning"): the one synonym set the matcher knows. Diacritics
// are dropped first (nlp.FoldMarks): "Tết" is asked as "tet".
func porter(w string) string {
	w = nlp.FoldMarks(w)
	if usNoun(w) {
		// "bus" and "buses", "bonus" and "bonuses": the Porter stemmer
		// cuts the singular's "s" as a plural's ("bu", "bonu"), so the
		// singular takes the plural's stem.
		w += "es"
	}
	switch w {
	case "presidency", "presidencies":
		// The office or the body around it ("the minister delegate at
		// the presidency"), not the one who holds it: Porter gives both
		// "presid".
		return "presidency"
	}
	s := stem.Porter(usSpelling(w))
	switch s {
	case "start", "commenc":
		return "begin"
	}
	return s
}

// derived returns, for the Porter stem of a noun made from a verb with
// "-ment" or "-ery" ("payment", "recovery", "settlement", "delivery"),
// the stem of the verb ("pai", "recov", "settl", "deliv"); any other
// stem as it is. Porter leaves these nouns whole ("payment",
// "recoveri"). Only the check of the words an article never mentions
// reads it ("the cap on cost recovery" where the article writes
// "recover its costs"): ranking by it lost answers.
func derived(s string) string {
	switch {
	case len(s) >= 7 && strings.HasSuffix(s, "ment"):
		return stem.Porter(s[:len(s)-4])
	case len(s) >= 7 && strings.HasSuffix(s, "eri"):
		return stem.Porter(s[:len(s)-1])
	}
	return s
}

// usNoun reports whether w (lower case) is one of the nouns in "-us"
// whose plural is "-uses" ("bus", "bonus", "census", "status"): a list,
// since "kivus" and "menus" are plurals of words in "-u".
func usNoun(w string) bool { return usNouns[w] }

// usNouns are the common nouns in "-us" with plurals in "-uses".
var usNouns = set(`bus bonus census virus status campus surplus consensus focus stimulus corpus chorus apparatus
hiatus impetus prospectus syllabus terminus caucus octopus cactus fungus radius genius nucleus thesaurus circus
sinus abacus walrus lotus onus opus exodus papyrus uterus mucus asparagus platypus minibus omnibus`)

// britishRoots are British spellings (as word beginnings) and the
// American ones they stand for. A word is respelled only where what
// follows the root is an ending of the word (see usSpelling): "labour",
// "labours", "labourer", but not "labourite" spelled otherwise.
var britishRoots = map[string]string{
	"aluminium": "aluminum", "labour": "labor", "favour": "favor", "honour": "honor", "neighbour": "neighbor",
	"behaviour": "behavior", "colour": "color", "harbour": "harbor", "rumour": "rumor", "endeavour": "endeavor",
	"vigour": "vigor", "humour": "humor", "armour": "armor", "saviour": "savior", "valour": "valor",
	"centre": "center", "theatre": "theater", "metre": "meter", "litre": "liter", "fibre": "fiber",
	"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
	"programme": "program", "catalogue": "catalog", "cheque": "check", "tonne": "ton", "grey": "gray",
	"tyre": "tire", "kerb": "curb", "sceptic": "skeptic", "manoeuvr": "maneuver", "paediatric": "pediatric",
	"anaesthe": "anesthe", "oestrogen": "estrogen", "foetus": "fetus", "haemorrhag": "hemorrhag",
	"travell": "travel", "cancell": "cancel", "modell": "model", "signall": "signal", "labell": "label",
	"fuell": "fuel", "totall": "total", "levell": "level", "counsell": "counsel", "channell": "channel",
	"analys": "analyz", "paralys": "paralyz", "catalys": "catalyz",
}

// isRoots are the roots of verbs British English may spell with -ise
// ("organise", "privatised"), American with -ize.
var isRoots = strings.Fields(`organ recogn privat critic author apolog emphas real minim maxim stabil normal legal final
priorit jeopard subsid mobil character categor capital national central modern util summar symbol sympath industrial
liberal formal militar penal politic special standard synchron visual harmon memor patron scrutin galvan energ
incentiv monet digit global rational neutral decentral demilitar commercial hospital popular radical regular
urban westerni local marginal legitim optim revolution sanit tantal terror trivial victim fertil equal econom`)

// britishEndings are what may follow a respelled root.
var britishEndings = map[string]bool{"": true, "s": true, "d": true, "ed": true, "ing": true, "er": true, "ers": true, "e": true, "es": true, "ation": true, "ations": true}

// usSpelling returns w (lower case) in American spelling, or w.
func usSpelling(w string) string {
	if len(w) < 4 {
		return w
	}
	for k := len(w); k >= max(4, len(w)-len("ations")); k-- {
		if us, ok := britishRoots[w[:k]]; ok && britishEndings[w[k:]] {
			return us + w[k:]
		}
	}
	// -ise, -ised, -ises, -ising, -isation: "privatisation".
	for _, suf := range [...]string{"isations", "isation", "ising", "ised", "ises", "iser", "isers", "ise"} {
		if !strings.HasSuffix(w, suf) {
			continue
		}
		root := w[:len(w)-len(suf)]
		for _, r := range isRoots {
			if root == r {
				return root + "iz" + suf[2:]
			}
		}
		break
	}
	return w
}
