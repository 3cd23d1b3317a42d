package summarize

import "testing"

// TestAudit41TitleSetOffAfterInvertedCue checks that a quotation split
// around an inverted cue whose subject is a title with the name set off
// after it ("“…,” said its leader, Jan ter Horst, “…”") is that person's
// in both parts, the parser having hung the title on the second part.
func TestAudit41TitleSetOffAfterInvertedCue(t *testing.T) {
	text := "Coalition talks begin\n\nTHE HAGUE — Three parties began coalition talks on Tuesday.\n\nThe Liberal Reform Party is focused on the budget. “Everything is negotiable,” said its leader, Jan ter Horst, “except the idea that we can keep spending money we do not have.”\n\nThe Green Party wants a climate law."
	checkAudit2(t, []audit2Case{
		{"first part", text, "Everything is negotiable", "Jan ter Horst"},
		{"second part", text, "except the idea that", "Jan ter Horst"},
	}, false)
}

// TestAudit41PeoplesAdjectiveOfficial checks that "the Cambodian official"
// takes up the one person set off as holding a government post at
// Cambodia's ministry, however long the apposition, not the Vietnamese
// negotiator who spoke last.
func TestAudit41PeoplesAdjectiveOfficial(t *testing.T) {
	text := "Mekong flow deal signed\n\nVIENTIANE — Four countries signed a water-sharing deal on Friday.\n\n\"Eleven hundred is better than nothing,\" said Chea Sokunthea, a secretary of state at Cambodia's Ministry of Water Resources and Meteorology.\n\nVietnam's negotiator, Nguyễn Thị Thu Hà, focused on timing. \"We need the water in March,\" she said.\n\n\"We asked for 1,400. We will keep asking,\" the Cambodian official added on the sidelines."
	checkAudit2(t, []audit2Case{
		{"people's adjective", text, "We asked for 1,400", "Chea Sokunthea"},
	}, false)
}

// TestAudit41ExecutiveNotUnionPresident checks that "the executive", in a
// story with a union president and a company's vice-president, is the
// company's officer, not the union's.
func TestAudit41ExecutiveNotUnionPresident(t *testing.T) {
	text := "Copper strike ends\n\nCALAMA, Chile — Workers at the Altos mine voted on Sunday to accept a new contract.\n\n\"We got more than they said was possible,\" union president Rodrigo Acuña Sepúlveda told workers at the gate.\n\n\"We have stretched to the limit,\" Verónica Ibáñez del Campo, the company's vice-president for human resources, said in a phone interview.\n\nThe union's treasurer, Marisol Quispe-Mamani, said members had carried the cost. \"Nobody asked us to share the losses,\" she said.\n\n\"Record profits do not last forever,\" the executive replied when the remark was put to her."
	checkAudit2(t, []audit2Case{
		{"company officer", text, "Record profits do not last forever", "Verónica Ibáñez del Campo"},
	}, false)
}

// TestAudit41UnknownTitleBeforeName checks that a role word the lexicon
// does not know, written in lower case right before a name
// ("informateur Anneke van der Plas-Hoekstra said"), is her title however
// the parser hung it, so that "the informateur said" takes her up.
func TestAudit41UnknownTitleBeforeName(t *testing.T) {
	text := "Dutch coalition talks to begin\n\nTHE HAGUE — Three parties will begin formal coalition talks.\n\n“Three parties have told me, separately and together, that they want to try,” informateur Anneke van der Plas-Hoekstra said as she handed her report to the Speaker.\n\nThe Civic Union's leader, Joost de Wit-Bakker, said his party would take part. “We are the largest party,” he told reporters.\n\n“Of course they can fail. Every formation can fail,” the informateur said."
	checkAudit2(t, []audit2Case{
		{"title before the name", text, "Of course they can fail", "Anneke van der Plas-Hoekstra"},
	}, false)
}

// TestAudit41ItsRoleOfNamedBody checks that "the union leader" takes up
// the president introduced as "Its president, Filipa Amaral Teixeira"
// right after the sentence naming the National Nurses' Union.
func TestAudit41ItsRoleOfNamedBody(t *testing.T) {
	text := "Nurses sign pay deal\n\nLISBON — Portugal signed a pay deal with nurses on Tuesday.\n\nThe National Nurses’ Union (SNE) called off a five-day strike. Its president, Filipa Amaral Teixeira, said the deal fell short of the 15% the union had demanded.\n\nThe health minister, Rui Santos Vieira, said the deal was fair. “This is what the country can afford,” he said.\n\n“We are not friends. We are two people who signed the same piece of paper,” the union leader said."
	checkAudit2(t, []audit2Case{
		{"its president", text, "We are not friends", "Filipa Amaral Teixeira"},
	}, false)
}

// TestAudit41WordsBelongTo checks that a quotation followed by a sentence
// saying whose words they were with a verb ("The words belong to Marthe
// Zanga, who…", "Those words came from…") is that person's.
func TestAudit41WordsBelongTo(t *testing.T) {
	text := "Bangui talks open\n\nBANGUI — Government and rebel delegations opened talks on Monday.\n\nThe army's chief negotiator, Colonel Jean-Paul Ngaba, said the army would not withdraw. \"We are staying,\" he said.\n\n\"Every ceasefire in this country was negotiated by men with guns.\" The words belong to Marthe Zanga, who runs a network of women's associations in Bossangoa."
	checkAudit2(t, []audit2Case{
		{"belong to", text, "Every ceasefire in this country", "Marthe Zanga"},
	}, false)
}
