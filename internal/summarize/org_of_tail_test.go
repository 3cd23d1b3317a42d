package summarize

import "testing"

// A body's name that goes on with "of" phrases the tree hangs inside it
// ("Federation of Industries of the State of …") is named in full, not
// cut after its first "of".
func TestBodyNameOfTail(t *testing.T) {
	text := "Tariff talks\n\nThe government cut the duty on imported steel on Monday after three weeks of talks with mill owners.\n\nThe Federation of Industries of the State of Paraná said the cut was \"good news for every factory floor in the south.\"\n"
	checkAudit2(t, []audit2Case{
		{"of the State of a place", text, "good news for every factory", "Federation of Industries of the State of Paraná"},
	}, false)
}
