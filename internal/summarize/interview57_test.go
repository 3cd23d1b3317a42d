package summarize

import "testing"

// An interview's answers go to the person the paragraph before its first
// question describes after the name, with an article before the role or
// none (", 46, head of the export division"), not to the minister its
// introduction names more often.
func TestInterviewRoleWithoutArticle(t *testing.T) {
	text := `Q&A: Kenya's lead negotiator on the tea export deal

By Achieng Odhiambo

NAIROBI — Kenya this week signed a tea export agreement with Egypt. Trade Minister Samuel Kiprono Rotich told parliament the deal would lift exports by a fifth. "This is the biggest tea deal in a decade," Rotich said. Rotich has defended the terms all week.

Kenya's negotiating team was led by Wanjiru Kamau-Njoroge, 46, head of the export division at the trade ministry. "We never thought Cairo would move on tariffs," she said. We spoke in her office on Friday.

Q: What was the hardest moment?

A: The last night. We had a text, and then Cairo asked for a longer transition. I said no, and then I said yes, for two years only.

Q: Did the tea farmers get what they wanted?

A: Most of it. The price floor stays, and the quota rises every year.
`
	checkAudit2(t, []audit2Case{
		{"first answer", text, "The last night", "Wanjiru Kamau-Njoroge"},
		{"second answer", text, "Most of it", "Wanjiru Kamau-Njoroge"},
	}, false)
}

// An interview's answers go to a person, not to the village the
// interview is about, which no list knows and the introduction names
// most often: the story calls it a village, and the entity model then
// reads it as a place everywhere.
func TestInterviewAboutAVillage(t *testing.T) {
	text := `Q&A: The retired teacher who negotiated Tambakunda Sare's deal with a sand miner

By Fatou Ceesay

TAMBAKUNDA SARE, The Gambia — The coastal village of Tambakunda Sare last month signed an agreement with a mineral-sands miner. Tambakunda Sare will receive 1.5% of the miner's sales, and Tambakunda Sare's gardens will move to new land.

Tambakunda Sare negotiated through a committee of seven, chaired by Ebrima Kebba Jallow, 63, a retired teacher. “Everybody asks me how much they are paying,” Jallow said. The agreement was blessed by the village head, Ousman Bojang, at a meeting under the mango tree.

Q: How did the company first come to the village?

A: With a map and a bag of rice for us. That was four years ago.

Q: What was the hardest point?

A: The beach. We would not move on that.

Q: Are people happy?

A: Some are happy, some are angry. I understand both.
`
	checkAudit2(t, []audit2Case{
		{"first answer", text, "With a map and a bag of rice", "Ebrima Kebba Jallow"},
		{"second answer", text, "The beach.", "Ebrima Kebba Jallow"},
	}, false)
}
