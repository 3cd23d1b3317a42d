package summarize

import "testing"

// TestItAfterBodyOpeningSentence checks that "It" cueing a quotation,
// opening the sentence after one whose subject is an organisation, is
// that organisation, not the one "It" asks to act ("urged the council
// to adopt “…”").
func TestItAfterBodyOpeningSentence(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"It after an organisation's sentence",
			"Tenants in Marlow Street won a rent freeze last week. The Harbour Tenants League welcomed the freeze as “a first step.” It urged the council to adopt “a cap on every rent rise in the borough until the new homes are built.”",
			"a cap on every rent rise", "Harbour Tenants League"},
	}, false)
}
