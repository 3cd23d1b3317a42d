package summarize

import "testing"

// TestAudit34DescriptionAfterQuote checks that a description that speaks
// after a quotation ("“…,” the 34-year-old father of three said") goes
// on as the person the sentence before made its subject, by name or by
// "he"/"she", though the quotation's comma and closing mark hang from the
// description; but not an office or a body ("the mayor", "the
// presidential office"), which may be someone else.
func TestAudit34DescriptionAfterQuote(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"named subject before",
			"Truce holds\n\nPORT-AU-PRINCE - A truce held for a third day on Sunday.\n\nAt a kiosk in Carrefour 12, where diesel has been sold in plastic cans for 1,200 gourdes a gallon, moto driver Wilner Dorsainvil said he would believe in the truce when the price came down.\n\n\"Thirty days is nothing. My children eat every day, not every thirty days,\" the 34-year-old father of three said.\n",
			"Thirty days is nothing", "Wilner Dorsainvil"},
		{"she before, age and occupation",
			"Plow talks stall\n\nWINNIPEG - Talks with the plow contractor stalled on Monday.\n\nOn a side street, Edith Sorensen was watching the forecast closely. She has kidney failure and goes to hospital three mornings a week.\n\n\"If it comes in three days, I don't get to my dialysis,\" the 81-year-old retired schoolteacher said.\n",
			"If it comes in three days", "Edith Sorensen"},
		{"she before, an office after",
			"Pension talks\n\nDAYTON - Talks on the pension fund went on Tuesday.\n\nFinance director Ruth Abernethy said the city had offered more money. She said the proceeds of a garage sale would go to the fund.\n\nAsked about the talks on the radio, the mayor said: \"I have asked both sides to stay in that room.\"\n",
			"I have asked both sides", "the mayor"},
		{"he before, a body after",
			"Doctors' strike\n\nSEOUL - Talks with the doctors resumed on Monday.\n\nVice Minister Park Sung-min did not stop for questions. He later told reporters that the government was attending \"with an open mind\".\n\nThe presidential office said on Monday that the increase was \"a matter of national survival\".\n",
			"a matter of national survival", "The presidential office"},
	}, false)
}
