package summarize

import "testing"

// TestSilentNewcomer checks that a description that speaks ("the
// 58-year-old says") goes on with the person the sentence before made its
// subject ("The farmer says…" after "Tomas Ruvalo has farmed…") though the
// story used the noun before, for someone it brought in unnamed with "a",
// who said nothing, before it named the person; and that someone brought
// in so after the person was named stays someone else.
func TestSilentNewcomer(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"brought in before the name",
			"Dam deal signed after three years\n\nIrena Kovac keeps a jar of river sand on her desk at the water ministry, a gift that a farmer from Kessa gave her when the talks began.\n\nThe deal signed on Friday sets how much water the dam must release each summer.\n\nIn Kessa, Tomas Ruvalo has farmed the same plot for thirty years. The farmer says nobody asked him about the dam until last spring.\n\n\"We heard about it on the radio,\" the 58-year-old says.\n",
			"We heard about it", "Tomas Ruvalo"},
		{"brought in after the name",
			"Dam deal signed after three years\n\nThe deal signed on Friday sets how much water the dam must release each summer.\n\nIn Kessa, Tomas Ruvalo sat at a long table next to a farmer from Dorno he had never met.\n\nThe farmer says nobody asked him about the dam until last spring. \"We heard about it on the radio,\" the farmer says.\n",
			"We heard about it", "the farmer"},
	}, false)
}
