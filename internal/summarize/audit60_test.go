package summarize

import (
	"strings"
	"testing"
)

// TestUnnamedSourceGoesOnInNextParagraph checks that "he said" closing a
// quotation that opens a new paragraph, right after a paragraph whose last
// sentence has an unnamed source say something, is that source, not the
// person the story named before him.
func TestUnnamedSourceGoesOnInNextParagraph(t *testing.T) {
	b := treeBrief(t, "Islanders buy their estate\n\nSTORNOWAY — Kenneth Morrison, who chairs the trust, said the price was fair. “We waited thirty years,” he said.\n\nNot everyone is pleased. One tenant, who did not want to be named because he sits on the board, said the trust would struggle with repairs.\n\n“My father paid rent to a man he never met,” he said. “Now I pay it to my cousin.”")
	sp, ok := speakerOfQuote(b, "My father paid rent")
	if !ok || strings.Contains(sp, "Morrison") || !strings.Contains(strings.ToLower(sp), "tenant") {
		t.Errorf("the tenant's words credited to %q (found %v), want the unnamed tenant", sp, ok)
	}
}
