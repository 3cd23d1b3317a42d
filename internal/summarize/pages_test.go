package summarize

import "testing"

// TestNewcomerSources checks sources a story brings in without a name: an
// indefinite description ("an insider", "one mother") keeps its words,
// even where a name was found nearby, and so do "the insider" and "she"
// that take it up again.
func TestNewcomerSources(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an insider beside a named person",
			"Maria Keller is said to be unhappy with the way her partner Tom Reyes has handled the strike.\n\n" +
				"“Maria is frustrated because her name is being dragged through the mud,” an insider told the paper on Monday.",
			"Maria is frustrated", "an insider"},
		{"the insider again",
			"Maria Keller is said to be unhappy with the way her partner Tom Reyes has handled the strike.\n\n" +
				"“Maria is frustrated,” an insider told the paper on Monday.\n\n" +
				"“This fight is not something Maria agrees with,” the insider added.",
			"This fight is not", "an insider"},
		{"she after one mother",
			"Dock workers walked out on Monday, said Ruth Abara, a spokeswoman for the union.\n\n" +
				"The paper spoke to one mother, whose son works at the port. “We cannot live on these wages,” she said.",
			"We cannot live", "one mother"},
		{"a judge, with a hearing hung from the quotation",
			"Tom Reyes was due to be released in September.\n\n" +
				"But a judge ruled that Reyes should stay in jail until his extradition hearing because of his “history of absconding”.",
			"history of absconding", "a judge"},
	}, false)
}

// TestNameShapes checks speakers whose names look like something else: a
// Chinese name with the syllable "He" or "She", a name the entity model
// took for a body but a title sets off as a person, names joined by "and",
// and the ambassador of one country to another.
func TestNameShapes(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a name opening with He after a question",
			"Talks between the two sides resumed on Monday.\n\n" +
				"“Without a cut in tariffs, why would anyone sign this deal?” He Lifeng, the former trade official, said at a forum in Beijing.",
			"Without a cut in tariffs", "He Lifeng"},
		{"a name ending in He",
			"Vice Premier Liu He met the negotiators on Friday. “We want a fair deal,” Liu He said.",
			"We want a fair deal", "Liu He"},
		{"a title after a name the model read as a body",
			"The talks stalled on Monday, said Omar Haddad, an economist at the Brookings Institution.\n\n" +
				"In a letter to the minister in May, Zelda Quorn, the president of the Growers Federation, said farmers faced ruin. She urged the minister to settle, saying “time is running out for many in farming.”",
			"time is running out", "Zelda Quorn"},
		{"an ambassador to a country is not that country",
			"Protests continued on Sunday.\n\n" +
				"Norway’s ambassador to Britain warned that his government “will not sit on its hands” if the unrest spreads.",
			"will not sit on its hands", "Norway’s ambassador"},
		{"said and the name after a long quotation",
			"Two people briefed on the talks said the president wants more concessions.\n\n" +
				"\"The president wants the option of a bigger deal. Bigger than just the small deal\" agreed in October, said Ilse Varga, a trade scholar at the Centre for Policy.",
			"The president wants the option", "Ilse Varga"},
	}, false)
}

// TestStatementOwner checks that "the statement" speaks for whoever issued
// it, as the story first said, and that "a statement" is never taken for a
// newcomer person.
func TestStatementOwner(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a company's statement",
			"On Monday, Northwind Shipping issued a statement about the strike.\n\n" +
				"The statement, which was seen by Reuters, claimed that Northwind and the union had “come to terms on a wage deal that covers every port.”",
			"come to terms", "Northwind Shipping"},
		{"a statement introduced where it speaks stays as written",
			"“There is no single customs office,” a statement issued on behalf of the trade minister said.",
			"There is no single customs office", "a statement issued on behalf of the trade minister"},
	}, false)
}

// TestTopicCues checks reported speech whose content is what a verb of
// talking is about, what someone is called on to do, and an indirect
// question the parser took for an adverbial clause.
func TestTopicCues(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"talked about",
			"The talks resumed on Monday. Maria Keller talked about the need for a new pension deal.",
			"about the need for a new pension deal", "Maria Keller"},
		{"called on someone to act",
			"The talks resumed on Monday. Senator Ruth Abara called on the administration to retaliate against the cartel.",
			"the administration to retaliate against the cartel", "Ruth Abara"},
		{"questioned what",
			"The talks resumed on Monday. Tom Reyes questioned what kind of leader walks out of talks at 3 a.m.",
			"what kind of leader", "Tom Reyes"},
	}, true)
}

// TestOwnerIsNotTheSpeaker checks that a person named as the owner of the
// speaker ("Scott's family") is not credited, and that a fragment the
// surface credited to no one is kept where the tree puts it inside what a
// cue reports.
func TestOwnerIsNotTheSpeaker(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a family named by its member",
			"Protests went on for a third night.\n\n" +
				"Tom Reyes's family has called on the police to release the videos \"as a matter of the public good\" and asked people to stay calm.",
			"as a matter of the public good", "Tom Reyes's family"},
		{"a fragment inside a warning",
			"Protests continued on Sunday.\n\n" +
				"The foreign minister of Norway warned that the government “will not stand by quietly” if the unrest spreads.",
			"will not stand by quietly", "The foreign minister of Norway"},
	}, false)
}

// TestHolderNotServed checks that a name inside what a role serves ("a
// senior adviser to the Ruiz campaign") is not the role's holder, and that
// "called on" keeps the one asked with what they are asked to do.
func TestHolderNotServed(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an adviser to a campaign named for someone",
			"Maria Ruiz campaigned in Ohio on Friday.\n\n" +
				"A senior adviser to the Ruiz campaign said the rally had drawn more people than expected.",
			"the rally had drawn", "A senior adviser"},
		{"called on someone to act, the infinitive hung from the cue",
			"The talks resumed on Monday.\n\n" +
				"Senator Ruth Abara, the top Democrat on the committee, called on President Obama to retaliate against the cartel.",
			"President Obama to retaliate", "Ruth Abara"},
	}, true)
}

// TestFamilyNameFirst checks that a family name written first ("Liu" for
// "Liu Xiaoming") is completed to the full name, as a surname is.
func TestFamilyNameFirst(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a Chinese minister by his family name",
			"Finance Minister Lou Jiwei met his American counterpart on Monday.\n\n" +
				"Lou said that the two sides had made progress. “The whole world applauded us then,” Lou said.",
			"The whole world applauded", "Lou Jiwei"},
	}, false)
}

// TestBodyByModifier checks that a description of a body whose modifier
// begins a word of one body's name nearby is that body ("the shipping
// company" after "Northwind Shipping"), and that two such bodies give no
// guess.
func TestBodyByModifier(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the modifier names the body",
			"On Monday the union met Northwind Shipping and Harbor Ports.\n\n" +
				"However, Northwind Shipping denied that it had settled with the union.\n\n" +
				"“At no time did we agree to a deal,” the shipping company said in a statement.",
			"At no time did we agree", "Northwind Shipping"},
		{"two bodies with the word",
			"Northwind Shipping and Southern Shipping met the union on Monday.\n\n" +
				"“At no time did we agree to a deal,” the shipping company said in a statement.",
			"At no time did we agree", "the shipping company"},
	}, false)
}

// TestInTheWordsOf checks that "in the words of X:" and "in X's words"
// credit the quotation after them to X.
func TestInTheWordsOf(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"in the words of a description",
			"A 43-year-old man saw his doctor after months of feeling tired, wrote Patrick Lane of Victoria Hospital.\n\n" +
				"Here is how bad things got in the words of the patient: “Two months after the onset, I was unable to stand.”",
			"Two months after the onset", "the patient"},
		{"in someone's words",
			"The strike ended on Friday, said Tom Reyes, the port's manager.\n\n" +
				"In Maria Keller's words: “We won more than we hoped for.”",
			"We won more than", "Maria Keller"},
	}, false)
}

// TestExamplesAndFrontedNames checks sources the parser misreads: a name
// given as an example of the source ("Proponents, including…") is not the
// source, a relative clause hung from a time speaks for the noun the time
// goes with, and a name set off in a sentence's opening phrase, before its
// description and the verb, is the verb's subject.
func TestExamplesAndFrontedNames(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an example of the source",
			"The port fund expires in September.\n\n" +
				"Proponents, including the United States Conference of Mayors, have urged Congress to leave the program intact.",
			"Congress to leave the program intact", "Proponents"},
		{"a relative clause the parser hung from a time",
			"The governor is a triathlete.\n\n" +
				"He released a letter from his doctor Friday afternoon that says he has good health for a 63-year-old.",
			"he has good health", "a letter from his doctor"},
	}, true)
	checkAudit2(t, []audit2Case{
		{"a name in the opening phrase",
			"The union met on Saturday.\n\n" +
				"With 50 days until the strike deadline, Minyon Moore, a senior adviser to the union, called the offer \"a true wake-up call\" to its members.",
			"a true wake-up call", "Minyon Moore"},
	}, false)
}

// TestMisattachedContent checks reported content the parser hung by
// another relation: a that-clause set off by an aside ("cautioned, as did
// the union itself, that…"), a second noun hung from "called for", and
// what someone called something, with the predicate read as an oblique or
// as the object's modifier.
func TestMisattachedContent(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a that-clause after an aside",
			"The talks ended on Monday.\n\n" +
				"Several experts cautioned, as did the Clinton campaign itself, that Mrs. Clinton's tax proposals might well evolve after the election.",
			"Mrs. Clinton's tax proposals might well evolve", "Several experts"},
		{"a second noun hung from the cue",
			"The talks ended on Monday.\n\n" +
				"On Wednesday, Tom Reyes called for increased defense spending and an end to the automatic series of budget cuts known as sequestration.",
			"for increased defense spending and an end to the automatic series", "Tom Reyes"},
		{"a predicate read as an oblique",
			"The talks ended on Monday.\n\n" +
				"At the forum, Maria Keller called her vote in favor of the Iraq War a mistake, but she noted that the union also supported it.",
			"her vote in favor of the Iraq War a mistake", "Maria Keller"},
		{"a predicate read as the object's modifier",
			"The talks ended on Monday.\n\n" +
				"The union called the charges unsubstantiated and fabricated by disgruntled former managers.",
			"the charges unsubstantiated", "The union"},
	}, true)
}
