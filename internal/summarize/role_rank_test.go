package summarize

import (
	"os"
	"testing"
)

// TestRankBelowIsAnother checks that a role with a rank below its noun
// ("the deputy chair") is not the person the story named with the noun
// alone ("Union chair Lotte Marsk"), while a person the story gave that rank
// keeps it.
func TestRankBelowIsAnother(t *testing.T) {
	const two = "Prison pay talks\n\nUnion chair Lotte Marsk said the ministry had moved the date again. \"We were ready on Monday,\" she said.\n\nThe deputy chair of the union sounded calmer. \"A week will not break anyone,\" the deputy chair said.\n"
	const one = "Prison pay talks\n\nTeodor Brann, the deputy chair, said the ministry had moved the date again. \"We were ready on Monday,\" he said.\n\nThe deputy chair sounded calmer later. \"A week will not break anyone,\" the deputy chair said.\n"
	ferry, err := os.ReadFile("testdata/rank_ferry.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkAudit2(t, []audit2Case{
		{"a deputy leader in a whole story", string(ferry), "There is a deal", "the deputy leader"},
		{"a deputy after the head", two, "A week will not", "the deputy chair"},
		{"the deputy named", one, "A week will not", "Teodor Brann"},
	}, false)
}
