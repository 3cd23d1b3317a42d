package summarize

import "testing"

// TestTraditionalAuthoritiesAreRoles: a village headman or a chieftain
// named once with the office is who "the headman said" names, as "the
// president said" is the president named before; the text of an
// agreement quoted just before is not.
func TestTraditionalAuthoritiesAreRoles(t *testing.T) {
	text := "The talks went through fourteen meetings under the trees because, as the village headman, Tonderai Moyo, put it, “nobody can lie comfortably in the sun.”\n\n" +
		"On the graves, the relocation agreement says the company “shall bear the full cost of the exhumation and reburial of all graves.”\n\n" +
		"“That clause took four meetings,” the headman said. “The company’s lawyers wanted to pay per grave.”\n"
	b := treeBrief(t, text)
	for _, prefix := range []string{"That clause took", "The company’s lawyers"} {
		if got, _ := speakerOfQuote(b, prefix); got != "Tonderai Moyo" {
			t.Errorf("quote %q: speaker %q, want Tonderai Moyo; quotes %+v", prefix, got, b.Quotes)
		}
	}
}
