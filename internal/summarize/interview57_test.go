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
