package summarize

import "testing"

// TestTextPartsSpeakAsText: a part of a text speaks as the text, however
// the tagger read its noun — a numbered clause read as a name ("Clause
// 5"), a provision or a paragraph with no number, a numbered article
// whose "of" the parser hung from the number.
func TestTextPartsSpeakAsText(t *testing.T) {
	cases := []struct{ text, prefix, want string }{
		{"The two valleys signed a grazing agreement on Monday.\nClause 5 says: \"No herd shall cross the ford before the first rains.\"\n", "No herd shall", "the grazing agreement"},
		{"Delegates from Orvel and Tamsk circulated a draft treaty on Monday.\nAnother provision says: \"Quarrels over the weir shall go to a joint board.\"\n", "Quarrels over the weir", "the draft treaty"},
		{"The mill signed a lease with the harbour trust on Monday.\nA second paragraph says the trust may shut the yard \"until the spill has been cleaned to its satisfaction.\"\n", "until the spill", "the lease"},
		{"The mill signed a lease with the harbour trust on Monday.\nArticle 4 of the lease says such dredging \"shall be agreed with the pilot service.\"\n", "shall be agreed", "the lease"},
	}
	for _, c := range cases {
		b := treeBrief(t, c.text)
		if got, _ := speakerOfQuote(b, c.prefix); got != c.want {
			t.Errorf("%q: speaker %q, want %q; quotes %+v", c.text, got, c.want, b.Quotes)
		}
	}
}
