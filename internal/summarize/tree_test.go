package summarize

import (
	"strings"
	"sync"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// testAnalyzer loads the analysis layer once for the package's tests.
var testAnalyzer = sync.OnceValues(nlp.New)

func treeBrief(t *testing.T, text string) *Brief {
	t.Helper()
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	b, err := Summarize(Input{Text: text}, Options{Analyzer: an})
	if err != nil {
		t.Fatalf("Summarize: %v", err)
	}
	return b
}

// statementCase is a text and the statement its brief must hold.
type statementCase struct {
	name, text             string
	wantText, speaker, cue string
}

// checkStatements runs the cases: each brief holds a statement of exactly
// the wanted text, the article's own words, with the speaker and cue.
func checkStatements(t *testing.T, tests []statementCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, st := range b.Statements {
				if st.Text == tt.wantText {
					if st.Speaker != tt.speaker || st.Cue != tt.cue {
						t.Errorf("statement %q: speaker %q, cue %q; want %q, %q", st.Text, st.Speaker, st.Cue, tt.speaker, tt.cue)
					}
					if !strings.Contains(tt.text, st.Text) {
						t.Errorf("statement %q is not the article's words", st.Text)
					}
					return
				}
			}
			t.Errorf("no statement %q in %+v", tt.wantText, b.Statements)
		})
	}
}

func TestStatements(t *testing.T) {
	checkStatements(t, []statementCase{
		{"said it was", "Russia said it was ready to resume talks with Ukraine.", "it was ready to resume talks with Ukraine", "Russia", "said"},
		{"sources close to the talks, read with 'close' as the verb", "Sources close to the negotiations said the CIA director would travel to Cairo on Tuesday.", "the CIA director would travel to Cairo on Tuesday", "Sources close to the negotiations", "said"},
		{"a credit between the subject and a verb the tagger read as a noun", "The proposal, according to a Hamas official, calls for a truce of 42 days and the release of hostages held in Gaza.", "The proposal, according to a Hamas official, calls for a truce of 42 days and the release of hostages held in Gaza", "a Hamas official", "according to"},
		{"a relative clause on the speaker read as what was said", "Parents are divided. Rosa Martinez, whose two children attend Lincoln Elementary, said she supported the teachers but worried about lost school days.", "she supported the teachers", "Rosa Martinez", "said"},
		{"a perfect with a quoted adverb and participle, read as an aside", `Brightwater chairman Simon Price told shareholders in a letter that the board had "carefully considered" the proposal.`, `the board had "carefully considered" the proposal`, "Simon Price", "told"},
		{"a ministry whose first word is also a title's", "China's Commerce Ministry said in a statement that Beijing welcomed the move.", "Beijing welcomed the move", "China's Commerce Ministry", "said"},
		{"a closing credit with a long phrase of its own", "The government agreed on Saturday to extend the ceasefire by six months, the two sides said in a joint statement after talks in Havana.", "The government agreed on Saturday to extend the ceasefire by six months", "the two sides", "said"},
		{"what is asked, of whom", "Barnier urged London to show more flexibility on state aid.", "London to show more flexibility on state aid", "Barnier", "urged"},
		{"what is asked, of whom, with an adjective", "China's envoy urged all sides to be patient with the talks.", "all sides to be patient with the talks", "China's envoy", "urged"},
		{"a group named by whose it is", "Halden Steel rejected the offer. Some Halden investors have urged the board to negotiate with the bidder.", "the board to negotiate with the bidder", "Some Halden investors", "urged"},
		{"a day the parser made a second subject", `Ann Cole on Tuesday accused Tom Hale of using the fund as a "slush" account.`, `Tom Hale of using the fund as a "slush" account`, "Ann Cole", "accused"},
		{"told the listener that, with the clause read as the listener's modifier", "Speaking at a rally in Ohio, Ann Cole told supporters that Hale had sold access to foreign governments.", "Hale had sold access to foreign governments", "Ann Cole", "told"},
		{"a that-clause after the medium it was said in", `Britain's negotiator, Ann Cole, said in a tweet that progress had been made but that "a deal is not in sight."`, `progress had been made but that "a deal is not in sight."`, "Ann Cole", "said"},
		{"said that", "The union said that the offer fell short of its demands.", "the offer fell short of its demands", "The union", "said"},
		{"according to", "According to the ministry, the two sides agreed on a timetable.", "the two sides agreed on a timetable", "the ministry", "according to"},
		{"parenthetical", "The talks collapsed after midnight, two diplomats said.", "The talks collapsed after midnight", "two diplomats", "said"},
		{"a quotation the content opens is closed with it", `The union said the offer of a 6% raise was "an insult".`, `the offer of a 6% raise was "an insult"`, "The union", "said"},
		{"a clause after 'after' read as an oblique", "Shares of Halden Steel rose 12% after the company confirmed it had received a takeover offer.", "it had received a takeover offer", "Halden Steel", "confirmed"},
		{"the company the sentence names, which the entity model did not know", "The union has rejected a wage offer from Kelvane-Marsh, the company said on Monday.", "The union has rejected a wage offer from Kelvane-Marsh", "Kelvane-Marsh", "said"},
		{"a body's whole name where the model read its start", "The port's largest union has rejected a wage offer.\n\nThe Association of Mineworkers and Construction Union (AMCU) wants a monthly increase of 1,000 rand for entry-level workers.", "a monthly increase of 1,000 rand for entry-level workers", "Association of Mineworkers and Construction Union", "wants"},
		{"a quotation closed inside the content opens with it", `A senior official told reporters that "significant progress" had been made.`, `"significant progress" had been made`, "A senior official", "told"},
		{"according to, read as hung from a date", "The talks stalled on Tuesday, according to an Israeli official.", "The talks stalled on Tuesday", "an Israeli official", "according to"},
		{"parenthetical with a compound head", "The two sides agreed to resume talks next month, Chinese state media reported.", "The two sides agreed to resume talks next month", "Chinese state media", "reported"},
		{"wants to", "Ukrainian President Volodymyr Zelenskyy wants to hold a referendum on any deal.", "to hold a referendum on any deal", "Volodymyr Zelenskyy", "wants"},
		{"pronoun resolved", "Maria Lopez leads the nurses' union. She warned that a strike could start next week.", "a strike could start next week", "Maria Lopez", "warned"},
		{"noun-phrase content", "The union criticized the company's final offer on pensions.", "the company's final offer on pensions", "The union", "criticized"},
		{"an evaluative verb of lament", "The mayor bemoaned the unrest at the city's docks.", "the unrest at the city's docks", "The mayor", "bemoaned"},
		{"called for", "Opposition leaders called for an immediate ceasefire in the region.", "for an immediate ceasefire in the region", "Opposition leaders", "called"},
		{"parenthetical cue with its own clause", "The vote was delayed again: Republicans said they were convinced the count was flawed.", "they were convinced the count was flawed", "Republicans", "said"},
		{"a clause a subordinator opens after the credit", "Hamas has accepted a revised ceasefire proposal presented by Egyptian and Qatari mediators, a Palestinian official close to the talks said on Monday, as Israel weighed whether to send a delegation back to Doha.", "Hamas has accepted a revised ceasefire proposal presented by Egyptian and Qatari mediators", "a Palestinian official close to the talks", "said"},
		{"a participle aside whose own clause has a finite verb", "A deal could be announced as soon as next week, the people said, asking not to be identified because the talks are private.", "A deal could be announced as soon as next week", "the people", "said"},
		{"closing attribution after a long clause", "Washington is open to lifting the sanctions as part of a wider settlement between the two capitals, people familiar with the talks stated.", "Washington is open to lifting the sanctions as part of a wider settlement between the two capitals", "people familiar with the talks", "stated"},
		{"role and name as subject", "Homeland Security Secretary Jeh Johnson says hackers are targeting state election offices.", "hackers are targeting state election offices", "Jeh Johnson", "says"},
		{"that-clause after an adverbial", "Mr. Okoro announced in a statement this month that he had reached a settlement with the ministry.", "he had reached a settlement with the ministry", "Okoro", "announced"},
		{"intention", "The shipping company is seeking to overturn the ruling before the end of the year.", "to overturn the ruling before the end of the year", "The shipping company", "seeking"},
		{"negation kept in the cue", "The senator did not say whether he would back the bill.", "whether he would back the bill", "The senator", "did not say"},
		{"refusal kept in the cue", "The minister declined to say whether the talks would resume.", "whether the talks would resume", "The minister", "declined to say"},
		{"relative pronoun", "The deal would be a win for Prime Minister Ana Ruiz, who has long sought a trade pact with the bloc.", "a trade pact with the bloc", "Ana Ruiz", "sought"},
		{"the listener is not the speaker", "Union spokesman Carl Webb told the Herald that members would vote on the offer next week.", "members would vote on the offer next week", "Carl Webb", "told"},
		{"a noun of saying with its clause", "The union rejected the company's claim that it had made its best offer.", "it had made its best offer", "the company", "claim"},
		{"a learned verb of thinking", "Several delegates wondered whether the summit would produce anything at all.", "whether the summit would produce anything at all", "Several delegates", "wondered"},
		{"a bare clause whose subject a participle sets off", "Supporters in the state legislature say the fund, managed by the Treasury, has created thousands of jobs.", "the fund, managed by the Treasury, has created thousands of jobs", "Supporters in the state legislature", "say"},
		{"a bare clause after a label and a colon", "Pay dispute: Union organisers say hospital managers have ignored the nurses for months.", "hospital managers have ignored the nurses for months", "Union organisers", "say"},
		{"a credit set off before a gerund's clause", "Though the first round went smoothly, Maria Lopez said, reaching a final deal would take months.", "Though the first round went smoothly, Maria Lopez said, reaching a final deal would take months", "Maria Lopez", "said"},
		{"according to a credit of several comma-set parts closing the sentence", "When the clinics stay open late, waiting times fall by half, according to Dana Price, director of the Harbor Policy Institute at Columbia University, and two other researchers.", "When the clinics stay open late, waiting times fall by half", "Dana Price", "according to"},
		{"a that-clause after the listener, read as a relative clause", "Governor Ana Ruiz told the union audience that she believes the state must raise teacher pay this year.", "she believes the state must raise teacher pay this year", "Ana Ruiz", "told"},
		{"what the person asked, set off by an appositive, was asked to do", "The union's negotiating team has asked the mediator, a retired federal judge, to review the authority's figures during Tuesday's session.", "the mediator, a retired federal judge, to review the authority's figures during Tuesday's session", "The union's negotiating team", "asked"},
		{"encouraged someone to", "The governor encouraged the union to accept a shorter contract.", "the union to accept a shorter contract", "The governor", "encouraged"},
		{"a participle of telling set off after the main clause", "Talks resumed on Monday in Oakland after a week of strikes.\n\nThe mayor toured the docks on Friday, telling workers that their jobs were safe for now.", "their jobs were safe for now", "The mayor", "telling"},
		{"a refusal", "The chairman refuses to release the authority's budget.", "to release the authority's budget", "The chairman", "refuses"},
		{"a chant", "Protesters outside the hall chanted that the deal was a betrayal.", "the deal was a betrayal", "Protesters", "chanted"},
		{"a characterization", "Union leader Maria Lopez characterized the offer as an insult to every worker.", "the offer as an insult to every worker", "Maria Lopez", "characterized"},
		{"a closing credit after a clause with its own subordinate clause", "Nurses at three Riverside Health hospitals will walk off the job on Dec. 12 unless the company improves its pay offer, the Colorado Nurses Association said on Tuesday, after two days of talks ended without a deal.", "Nurses at three Riverside Health hospitals will walk off the job on Dec. 12 unless the company improves its pay offer", "Colorado Nurses Association", "said"},
		{"a proclamation", "The chairman proclaimed a goal of peace at the port by the end of the month.", "a goal of peace", "The chairman", "proclaimed"},
		{"what the person asked was asked to do", "The mediator asked the two sides to return to the table and refrain from public attacks.", "the two sides to return to the table and refrain from public attacks", "The mediator", "asked"},
		{"a credit set off after a subordinate clause", "Even if the talks collapse, Port Director Tom Reyes said, the port will stay open.", "Even if the talks collapse, Port Director Tom Reyes said, the port will stay open", "Tom Reyes", "said"},
		{"a participle after a quotation's credit", "Talks resumed on Monday. “We see no deal yet,” Mayor Rosa Diaz said, adding that it would take more days before details emerge.", "it would take more days before details emerge", "Rosa Diaz", "adding"},
		{"a role in apposition to its name", "The union's negotiator, Ian Croft, said members would vote on the offer next week.", "members would vote on the offer next week", "Ian Croft", "said"},
		{"according to, with the clause misparsed into the phrase", "According to a new report by the Tribune, party officials are trying to reach voters in the north.", "party officials are trying to reach voters in the north", "Tribune", "according to"},
		{"according to at the end of a long sentence", "The mayor now holds a lead of 12 points among older voters, according to a Herald poll released last week.", "The mayor now holds a lead of 12 points among older voters", "a Herald poll", "according to"},
		{"a that-clause after a parenthetical cue", "Talks broke down after midnight, the union said in a statement that it would strike.", "it would strike", "the union", "said"},
		{"mixed quotation", "Hana Sato said the proposal was “a step backwards for every tenant” in the city.", "the proposal was “a step backwards for every tenant” in the city", "Hana Sato", "said"},
		{"the second verb of a perfect", "Union leader Maria Lopez has sharply criticized the offer and called for steep new increases in pay for the lowest grades.", "for steep new increases in pay for the lowest grades", "Maria Lopez", "called"},
		{"a role with the name after it, not the body before it", "Talks resumed on Monday. Union leader Maria Lopez said: “The offer is an insult to every worker here,” adding that the strike would go ahead.", "the strike would go ahead", "Maria Lopez", "adding"},
		{"an object misread before a clause", "The minister insisted the country would not give up any territory.", "the country would not give up any territory", "The minister", "insisted"},
		{"what one calls something", "The union rejected the offer, calling it an insult to its members.", "it an insult to its members", "The union", "calling"},
		{"what one calls something, hung as an apposition", "The president called the deal a disaster for American workers.", "the deal a disaster for American workers", "The president", "called"},
		{"one clause the parser cut in two", "In a video statement, the prime minister said Israel would not end the war until Hamas was defeated.", "Israel would not end the war until Hamas was defeated", "the prime minister", "said"},
		{"a title word before the name", "Talks resumed on Monday. Economy Minister Sanne Jansen urged both sides to return to the table.", "both sides to return to the table", "Sanne Jansen", "urged"},
		{"a credit after the content is not content", "The fund wants the board to engage with the bidder, according to people familiar with the matter.", "the board to engage with the bidder", "The fund", "wants"},
		{"a description keeps the participle that says who it is", "The talks will end on Tuesday, according to a person briefed on the plans.", "The talks will end on Tuesday", "a person briefed on the plans", "according to"},
		{"a description keeps what says who it is", "A spokesman for the ministry said the talks would resume on Monday.", "the talks would resume on Monday", "A spokesman for the ministry", "said"},
		{"a pronoun left open is the reporting speaker", "Mexico's economy minister said he hoped to reach an agreement before the deadline.", "to reach an agreement before the deadline", "Mexico's economy minister", "hoped"},
		{"a dateline is not the subject", "ISTANBUL - Russia on Thursday rejected a proposal for a 30-day ceasefire in the region. Talks went on.", "a proposal for a 30-day ceasefire in the region", "Russia", "rejected"},
		{"a perfect the parser broke", "Authorities have said officers stopped the driver because they were searching for another man.", "officers stopped the driver because they were searching for another man", "Authorities", "said"},
		{"a clause without that, hung elsewhere", "Frustration with police: Civil rights activists say city officers have been too aggressive toward black residents.", "city officers have been too aggressive toward black residents", "Civil rights activists", "say"},
		{"the union is the union the story names", "The United Auto Workers rejected the offer on Monday. The union said its members would strike on Friday.", "its members would strike on Friday", "United Auto Workers", "said"},
		{"a verb read as a plural noun", "The company estimates that the strike will cost it two million pounds a day.", "the strike will cost it two million pounds a day", "The company", "estimates"},
		{"a closing credit with a possessive", "Pilots voted to accept the deal, their union said.", "Pilots voted to accept the deal", "their union", "said"},
		{"pushing for", "Washington is pushing for a ceasefire before the elections.", "for a ceasefire before the elections", "Washington", "pushing"},
		{"a sentence-initial name known from the rest of the article", "Voters in Ohio heard from Trump on Monday. Trump says he would pay for the wall by cutting waste.", "he would pay for the wall by cutting waste", "Trump", "says"},
		{"the object of the verb an infinitive completes does it", "The vote allowed Ana Ruiz to say that the union had won.", "the union had won", "Ana Ruiz", "say"},
		{"a that-clause after a cue's phrase, read as a relative clause on its noun", "The delegation was led by Defence Minister Ivan Petrenko, who said after the meeting that Kyiv had proposed a further round of talks.", "Kyiv had proposed a further round of talks", "Ivan Petrenko", "said"},
		{"an adverb before the that-clause modifies the cue", "Spokesman Oleg Marin said later that the memorandum should not be expected to produce quick results.", "the memorandum should not be expected to produce quick results", "Oleg Marin", "said"},
		{"a quotation the parser cut after its first word runs on to its close", `The Actors Guild of Canada said in a message to its members that the deal was "exceptional, with meaningful gains and protections for actors in every sector of the membership."`, `the deal was "exceptional, with meaningful gains and protections for actors in every sector of the membership."`, "Actors Guild of Canada", "said"},
		{"a closing credit the parser hung inside the content ends it", "The government of Peru agreed on Tuesday to extend a bilateral ceasefire for six months, negotiators for both sides said in a joint statement, a step that keeps alive peace talks that began in 2022.", "to extend a bilateral ceasefire for six months", "The government of Peru", "agreed"},
		{"quoted as saying", "Ana Ruiz, head of the nurses' union, was quoted as saying that many wards faced impossible choices over staffing.", "many wards faced impossible choices over staffing", "Ana Ruiz", "saying"},
		{"a subject that names no one is no speaker", "The deal cuts tariffs on steel. The demand pledges to protect intellectual property.", "to protect intellectual property", "", "pledges"},
		{"a perfect whose subject the parser labelled passive", "Reyes has long maintained that the quotas protect Mexican farmers.", "the quotas protect Mexican farmers", "Reyes", "maintained"},
		{"a negated perfect after a relative clause set off", "Republicans, who will still control the Senate under Majority Leader Ana Ruiz, have not signalled their next move.", "their next move", "Republicans", "have not signalled"},
		{"a credit that splits a subject from its verb", "Officials in Washington met on Monday. The Israeli leader, they say, is under pressure from his coalition partners.", "The Israeli leader, they say, is under pressure from his coalition partners", "Officials in Washington", "say"},
		{"a credit made the root, splitting a short subject from its verb", "Mining minister Ana Ruiz met the union on Monday. The deal, Ruiz said, is dead.", "The deal, Ruiz said, is dead", "Ana Ruiz", "said"},
		{"a clause of when after the credit tells of the saying", "Mining minister Ana Ruiz met the union on Monday. The deal is dead, Ms. Ruiz said, when she was asked about the talks.", "The deal is dead", "Ana Ruiz", "said"},
		{"a clause of limit after the credit goes on with what was said", "Mining minister Ana Ruiz met the union on Monday. Lenox was a juggernaut, Ms. Ruiz said, until it went bankrupt in 1999.", "Lenox was a juggernaut, Ms. Ruiz said, until it went bankrupt in 1999", "Ana Ruiz", "said"},
		{"a credit made a relative clause of the subject it splits from its verb", "Mining minister Ana Ruiz met the union on Monday. The plan, she said, would cost $2 billion over ten years.", "The plan, she said, would cost $2 billion over ten years", "Ana Ruiz", "said"},
		{"who after a noun of people", "The Israeli leader is under pressure from his coalition partners, who have threatened to quit the government.", "to quit the government", "his coalition partners", "threatened"},
		{"who after a role set off after a name", "Mayor Luis Ortega has had a frosty relationship with Castillo, now the Senate majority leader, who in 2010 said the party's most important goal was to defeat the mayor.", "the party's most important goal was to defeat the mayor", "Castillo", "said"},
		{"according to between a subject and its verb", "The plan, according to two officials briefed on it, would begin with a six-week truce.", "The plan, according to two officials briefed on it, would begin with a six-week truce", "two officials briefed on it", "according to"},
		{"a place named as the one it is speaks for those who run it", "Talks failed on Monday. The hospital offered a 4% raise over two years.", "a 4% raise", "The hospital", "offered"},
		{"a place that is not one in particular is no one", "Talks failed on Monday. A region demands new roads and bridges.", "new roads and bridges", "", "demands"},
		{"according to with the to hung on the source", "Talks failed on Monday. Nearly 300 schools closed because of the strike, according to teachers unions.", "Nearly 300 schools closed because of the strike", "teachers unions", "according to"},
		{"what someone unnamed asked is not the subject's", "Hartwell's chief executive, Susan Reyes, struck a different tone.\n\nAsked whether layoffs were coming, Reyes replied: \"Not this year.\"", "whether layoffs were coming", "", "Asked"},
		{"an owned noun of saying whose clause the parser hung from the verb", "Talks resumed on Monday. Italy's demand that the fund be doubled was rejected by the northern states.", "the fund be doubled", "Italy", "demand"},
		{"it after a body's statement", "Senator Mark Dalton met Governor Luis Ortega on Tuesday.\n\nThe governor's office released a statement after the meeting. It said the two men had agreed to keep talking.", "the two men had agreed to keep talking", "The governor's office", "said"},
		{"it is one thing, not a plural before it", "Talks resumed on Monday.\n\nWith no law in place, campaigns have been pressing the boundaries. The Conservative Party became embroiled in controversy this month when it posted a video on social media containing a misleading edit.", "a video on social media containing a misleading edit", "", "posted"},
		{"a seat of government the entity model calls a place", "Talks resumed on Monday.\n\nDowning Street says the prime minister will speak to the Commission president by phone this evening.", "the prime minister will speak to the Commission president by phone this evening", "Downing Street", "says"},
		{"who after a dash", "Talks resumed on Monday. The deal was welcomed by Mayor Dan Whitley — who had urged both sides to settle their differences — at a press conference on Friday.", "both sides to settle their differences", "Dan Whitley", "urged"},
		{"who after a role that ends in a thing", "Both teams arrived at noon. The union side is led by Tom Hale, the union's national officer for port security, who said on Monday that the members would stay as long as it takes.", "the members would stay as long as it takes", "Tom Hale", "said"},
		{"a thing is no one's stance", "Talks resumed on Monday. The new rules promise to transform the market.", "to transform the market", "", "promise"},
	})
}

func TestStatementNeverRepeatsAQuote(t *testing.T) {
	b := treeBrief(t, `Jane Okafor said “the offer is an insult to every worker here”.`)
	for _, st := range b.Statements {
		if strings.Contains(st.Text, "offer is an insult") && !strings.Contains(st.Text, "“") {
			t.Errorf("statement %q repeats the quote", st.Text)
		}
	}
	if len(b.Quotes) != 1 || b.Quotes[0].Speaker != "Jane Okafor" {
		t.Errorf("quotes %+v, want the fragment with Jane Okafor", b.Quotes)
	}
}

func TestNotStatements(t *testing.T) {
	tests := []struct{ name, text, not string }{
		{"a passive reports what was heard", "When asked about the deal, the minister smiled.", "about the deal"},
		{"a clause joined on with 'yet' is no credit", "Candidates usually benefit from low expectations, yet Ann Cole continually brags about her skill.", "Candidates usually benefit"},
		{"a decision still open is no finding", "Union leaders will meet on Thursday to decide whether workers should return to work.", "whether workers should return to work"},
		{"the listener is not the content", "The envoy told reporters in Geneva nothing new.", "reporters"},
		{"a short pointer is not content", "Marco Rubio echoed the sentiment.", "the sentiment"},
		{"a cue after a preposition", "Washington is open to recognizing the annexation of the peninsula.", "the annexation of the peninsula"},
		{"the listener of a reply", "The mayor responded to a group of striking teachers outside the hall.", "to a group of striking teachers"},
		{"the clause before a cue that has its own that-clause", "Talks broke down after midnight, the union said in a statement that it would strike.", "Talks broke down"},
		{"a noun phrase is not a clause", "Harvest's chief executive, Laura Chen, said the offer was \"full and fair\" and urged shareholders to back it.", "Harvest's chief executive"},
		{"what one recognises is not what one said", "Zelensky has repeatedly said Ukraine will never recognise Russian sovereignty over Crimea.", "Russian sovereignty"},
		{"a relative clause is not content", "President Ana Ruiz, who did not travel to Istanbul, said the talks were a sham.", "who did not travel"},
		{"a call is not always naming", "The union called the strike after talks failed.", "the strike"},
		{"a call with a comma is not naming", "The president called the minister, a veteran negotiator, on Friday.", "the minister"},
		{"a quotation and its credit", "“It is a dog whistle to all voters,” Rep. Lena Holt (D-Ore.) said Friday.", "It is a dog whistle"},
		{"a quotation and its credit after a description", "Beijing hit back on Monday at new U.S. tariffs. \"China will take all necessary measures,\" commerce ministry spokeswoman Shu Jueting said, without giving details. The tariffs take effect on August 1.", "China will take"},
		{"what one adds is not always said", "Ford said the agreement would add $8.8 billion to its costs over the life of the contract.", "$8.8 billion"},
		{"the writer's comment closing the sentence", "The moderator asked the candidates to discuss their own plans and refrain from attacking each other, a request not always honored.", "a request"},
		{"when it was said is not what was said", "Nurses at three Riverside Health hospitals will walk off the job on Dec. 12 unless the company improves its pay offer, the Colorado Nurses Association said on Tuesday, after two days of talks ended without a deal.", "after two days"},
		{"a clause a subordinator opens is no credit", "The chairman accused the mediator of bias, though a review of the records showed otherwise.", "The chairman accused the mediator"},
		{"a credit set off before a clause of the writer's", "The talks failed, officials said, and the union walked out.", "The talks failed, officials said"},
		{"a credit set off before a participle aside", "The deal was signed, the people said, asking not to be identified.", "The deal was signed, the people said"},
		{"a relative clause's cue says nothing of the clause it hangs from", "The delegation was led by Defence Minister Ivan Petrenko, who said after the meeting that Kyiv had proposed a further round of talks.", "The delegation was led"},
		{"a relative clause's cue with no clause of its own", "The swap could open talks with the rebels, who have long refused to negotiate with the capital.", "The swap could open talks"},
		{"a participle describing a noun is no closing credit", "The two neighbours fought two wars over the valley, a region internationally recognised as part of Serbia.", "The two neighbours fought"},
		{"a participle an object takes is not what was agreed", "Serbia and Kosovo have agreed the full text of a peace accord meant to end nearly two decades of tension, the two governments said on Friday.", "meant to end"},
		{"a participle set off after its noun is no parenthetical credit", "The statement, read at a ceremony in Havana, said the two delegations had also agreed to create a fund.", "said the two delegations"},
		{"the words after a cue and its object with a clause of their own", "The minister said the words, and then she left the room.", "the words"},
		{"the sentence's credit is not the content of the verb before it", "Egyptian mediators believe a deal is within reach, a diplomat in Cairo said.", "a diplomat in Cairo said"},
		{"a participle opening the sentence is not what was said", "Talks resumed on Monday. Asked about the timing, al-Ansari said only that the negotiations were at a sensitive stage.", "Asked about"},
		{"a condition is not a statement", "The coalition partners have threatened to quit the government if he agrees to end the war.", "to end the war"},
		{"content inside a dashed aside ends at its closing dash", "Talks resumed on Monday. The deal was welcomed by Mayor Dan Whitley — who had urged both sides to settle their differences — at a press conference on Friday.", "both sides to settle their differences —"},
		{"the medium is not the content", `Omar Haddad, a senior rebel figure, wrote on social media that the group had "responded positively."`, "on social media"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, st := range treeBrief(t, tt.text).Statements {
				if strings.HasPrefix(st.Text, tt.not) {
					t.Errorf("statement %+v, want none starting %q", st, tt.not)
				}
			}
		})
	}
}

// TestSecondConjunctSpeaker checks that a second conjunct with no subject
// in the parse is not credited to the first conjunct's object.
func TestSecondConjunctSpeaker(t *testing.T) {
	b := treeBrief(t, "The rebels, he said, would respect the truce but expected the government to keep its promises on rural development.")
	for _, st := range b.Statements {
		if st.Speaker == "the truce" {
			t.Errorf("statement %+v credited to the first conjunct's object", st)
		}
	}
}

func TestTreeQuoteSpeakers(t *testing.T) {
	tests := []struct{ name, text, quote, speaker string }{
		{"role before the name", `"We will achieve justice," Tulsa police Chief Chuck Jordan said Monday.`, "We will achieve justice", "Chuck Jordan"},
		{"words quoted inside what someone reports are the reporter's", "Talks stalled on Thursday.\n\nU.S. Trade Representative Mark Ellison said the tax was unfair. He added that Washington would respond \"with all tools available\" if the tax was not dropped.", "with all tools available", "Mark Ellison"},
		{"it is the text the sentence before names, which speaks for its maker, not the last person who spoke", "Port talks failed on Thursday.\n\n\"This is about automation,\" Diaz said of the talks. \"Nothing else.\"\n\nThe statement from the operators was blunt. \"The union's demands are unaffordable,\" it said.", "The union's demands are unaffordable", "the operators"},
		{"it is the body a credit before names", "Prosecutor Anna Berg dropped the case on Tuesday, the Swedish Prosecution Authority said.\n\n\"The evidence has weakened over time,\" it added. Ms Berg said: \"The decision was hard.\"", "The evidence has weakened over time", "Swedish Prosecution Authority"},
		{"host of a channel", `"He did all the things right," said MSNBC host Chris Matthews.`, "He did all the things right", "Chris Matthews"},
		{"title parsed as the head", `"Of course they are playing politics," Rep. Elijah Cummings, the top Democrat on the committee, said.`, "Of course they are playing politics", "Elijah Cummings"},
		{"cue whose clause holds a fragment", `Zelenskyy criticized the envoy for "adopting Russian strategy," adding that talks must go on.`, "adopting Russian strategy", "Zelenskyy"},
		{"a pronoun after a newly named speaker", "President Ana Ruiz, who did not travel, said the talks were a sham. “They sent a theatre troupe,” she wrote.\n\nForeign Minister Lena Ortiz, who hosted the meeting, urged both sides to seize the moment. “There are two roads in front of us,” she told the delegations. “One leads to peace, the other to more death.”", "There are two roads in front of us", "Lena Ortiz"},
		{"the subject before, not the object", "On Tuesday, Senator Ana Ruiz criticized police officer Mary Stone for the arrest.\n\n“How many times must we see this? I mean, this is unbearable,” she said.", "How many times must we see this", "Ana Ruiz"},
		{"a quotation standing alone continues the tree's speaker", "President Ana Ruiz, who did not travel, said the talks were a sham. “They sent a theatre troupe,” she wrote.\n\nForeign Minister Lena Ortiz, who hosted the meeting, urged both sides to seize the moment. “There are two roads in front of us,” she told the delegations. “One leads to peace, the other to more death.”", "One leads to peace", "Lena Ortiz"},
		{"a quotation standing alone after one only the tree credits",
			"Retired U.S. Air Force Gen. Norman Hale is speaking out ahead of the election about the problems he has with the current commander in chief — and why he believes opposition nominee Dana Price has the best plan to correct the military’s course.\n\n" +
				"“The cuts severely handicapped our military training-wise, readiness, equipment, facilities,” he said. “It was demoralizing. Your whole job as a general is to take care of people.”\n",
			"It was demoralizing", "Norman Hale"},
		{"he after a quotation that names another man is its speaker",
			"Council leader Tom Price told reporters on Sunday that he would run again. Price has led the council since 2019.\n\n" +
				"Radio host Sam Ortiz attacked Price's budget plan on Monday.\n\n" +
				"Ortiz continued: “The left is saying, ‘Yeah, normally that’s true, but in this case it’s so bad — Tom Price is such a liar, he’s such an egregious liar — that if Mrs. Lane focused on that that’s all she would have time for.”\n\n" +
				"He concluded: “The person in this fight who cannot tell the truth is the mayor.”\n",
			"The person in this fight", "Sam Ortiz"},
		// Shapes an audit on unseen news got wrong.
		{"a newcomer introduced with a role in apposition",
			"Analysts say the truce could open the door to broader talks. Speaking from Sanaa, political analyst Noor Haddad al-Amin said both sides were under pressure from their regional backers.\n\n" +
				"“Riyadh wants out of this war, and the Houthis know it,” she said.",
			"Riyadh wants out", "Noor Haddad al-Amin"},
		{"a surname alone is the person named before it, not a namesake named later",
			"Kestrel chief executive Lars Nyberg said in an interview that his offer was fair.\n\n" +
				"\"We know what this mine is worth,\" Nyberg said.\n\n" +
				"Nordstar chair Elin Nyberg said the board would take its time. \"We are not in a hurry,\" Elin Nyberg said.",
			"We know what this mine is worth", "Lars Nyberg"},
		{"a namesake named with the place he represents",
			"Speaker Mike Dalton, Republican of Ohio, told reporters that the cuts were needed.\n\n" +
				"“We will not write blank checks,” Mr. Dalton said on Tuesday.\n\n" +
				"Representative Tom Dalton of Pennsylvania said he would not support the bill. “I won’t vote for it,” Tom Dalton said.",
			"We will not write blank checks", "Mike Dalton"},
		{"words quoted in what the speaker says another wants are the speaker's",
			"Envoys met in Istanbul on Monday.\n\n" +
				"US special envoy Keith Kellogg, who is in Istanbul, said Washington wanted the war to end \"this year\".",
			"this year", "Keith Kellogg"},
		{"a short sentence opening the next paragraph is no credit",
			"House Republicans want $40 billion in cuts.\n\n" +
				"“We are not going to keep writing blank checks,” Speaker Mike Dalton said on Tuesday. “The American people sent us here to change the way Washington spends money.”\n\n" +
				"Not all Republicans agree. Representative Ann Cole said she would not support the bill.",
			"The American people sent us here", "Mike Dalton"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, q := range b.Quotes {
				if strings.HasPrefix(q.Text, tt.quote) {
					if q.Speaker != tt.speaker {
						t.Errorf("quote %q: speaker %q, want %q", q.Text, q.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quote %q in %+v", tt.quote, b.Quotes)
		})
	}
}

// TestBareClause checks the clause a verb of saying takes without "that"
// on a hand-built broken parse: the clause hung from the sentence's first
// word, the cue left with its subject alone.
func TestBareClause(t *testing.T) {
	type w struct {
		text, upos, xpos string
		head             int
		rel              string
	}
	words := []w{
		{"Frustration", "NOUN", "NN", -1, "root"},
		{":", "PUNCT", ":", 0, "punct"},
		{"activists", "NOUN", "NNS", 3, "nsubj"},
		{"say", "VERB", "VBP", 0, "parataxis"},
		{"officers", "NOUN", "NNS", 7, "nsubj"},
		{"have", "AUX", "VBP", 7, "aux"},
		{"been", "AUX", "VBN", 7, "cop"},
		{"aggressive", "ADJ", "JJ", 0, "parataxis"},
		{".", "PUNCT", ".", 0, "punct"},
	}
	a := &nlp.Analysis{Sentences: []nlp.Sentence{{Start: -1, End: -1, First: 0, Last: len(words)}}}
	for _, x := range words {
		a.Tokens = append(a.Tokens, nlp.Token{Text: x.text, Lemma: strings.ToLower(x.text), UPOS: x.upos, XPOS: x.xpos, Head: x.head, Rel: x.rel, Start: -1, End: -1, Mention: -1, NER: "O"})
	}
	a.Tokens[3].Lemma = "say"
	tr := newTree(a, nil)
	first, last := tr.bareClause(3, 2)
	if first != 4 || last != 8 {
		t.Errorf("bareClause = [%d, %d), want [4, 8) (\"officers have been aggressive\")", first, last)
	}
	// With the clause as the cue's own complement there is nothing to mend.
	a.Tokens[7].Head, a.Tokens[7].Rel = 3, "ccomp"
	tr = newTree(a, nil)
	if first, _ := tr.bareClause(3, 2); first >= 0 {
		t.Errorf("bareClause found a clause the cue already has")
	}
}
