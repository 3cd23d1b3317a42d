package summarize

import (
	"strings"
	"testing"
)

// TestRoleSetOffAfterName checks that "the chairman said" takes up the
// person a role with that noun was last set off after ("Andrin Kessler,
// the foundation's chairman and her cousin, said…"), as it takes up the
// name set off after the role ("The foundation's chairman, Andrin
// Kessler,"), whoever coreference joined the noun to.
func TestRoleSetOffAfterName(t *testing.T) {
	text := `Ovenmaker sold to Bavarian group

A Bavarian engineering group has agreed to buy Talweber AG, the Tyrolean maker of industrial bread ovens, for 90 million euros.

Andrin Kessler, the foundation's chairman and a grandson of the founder, said the family had rejected a bigger offer from a fund. "The fund wanted to move the welding to Romania," the chairman said.
`
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	d := newDoc(text)
	d.findMentions()
	d.attribute()
	tr := newTree(an.Analyze(d.blankDateline(analysisText(d.text))), d.quotedSpans())
	a := tr.a
	src := -1
	for i := 1; i < len(a.Tokens); i++ {
		if a.Tokens[i].Text == "chairman" && strings.EqualFold(a.Tokens[i-1].Text, "the") && a.Tokens[i+1].Text == "said" {
			src = i
		}
	}
	if src < 0 {
		t.Fatal("no 'the chairman said'")
	}
	e := tr.lastHolder(src)
	if e < 0 {
		t.Fatal("lastHolder found no one for 'the chairman'")
	}
	if got := tr.entityFullName(e); got != "Andrin Kessler" {
		t.Errorf("lastHolder = %q, want Andrin Kessler", got)
	}
	checkAudit2(t, []audit2Case{
		{"the chairman/The fund wanted", text, "The fund wanted", "Andrin Kessler"},
	}, false)
}
