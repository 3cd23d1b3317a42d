package summarize

import "testing"

// TestCountryBodySpeaks checks that a body a country's name modifies
// ("the US embassy in Quito said") speaks as that body, not as the
// country its modifier names, which the words around the quotation
// found first.
func TestCountryBodySpeaks(t *testing.T) {
	text := `Border talks resume in Lima

Peru and Ecuador resumed talks on Monday on a disputed river border, with the United States and Canada watching.

"Both sides should refrain from moving troops near the river," the US embassy in Quito said on X.
`
	checkAudit2(t, []audit2Case{
		{"the US embassy in Quito/Both sides should refrain", text, "Both sides should refrain", "the US embassy in Quito"},
	}, false)
}
