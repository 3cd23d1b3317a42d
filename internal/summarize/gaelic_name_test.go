package summarize

import "testing"

// A Gaelic surname written with its lower-case particles ("Mac an
// t-…", "Nic na …") is one name: the speaker is the person named in
// full, not the last word of the surname.
func TestGaelicParticleSurname(t *testing.T) {
	text := "Harbour vote\n\nThe ferry company and the island council signed the lease on Friday. Morag Mac an t-Struthair, who has fished out of the bay for thirty years, told the hall that the new pier came too late.\n\n\"The boats have already gone to the mainland,\" Mac an t-Struthair said.\n"
	checkAudit2(t, []audit2Case{
		{"the surname with its particles", text, "The boats have already gone", "Morag Mac an t-Struthair"},
	}, false)
}
