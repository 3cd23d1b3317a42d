package nlp

import "testing"

// TestHyphenedSurnamesTakenUp: a double-barrelled surname with a lower
// case particle, where the model's span stopped at the hyphen on the full
// name, is a person's name when the text takes it up alone.
func TestHyphenedSurnamesTakenUp(t *testing.T) {
	checkSpans(t, "PERSON", []spanCase{
		{"The mill is owned by the Compagnie Sucrière du Nord. Its managing director, Henri d’Arcy-Valmont, said the agreement would cost the company about Rs 12 million. “Without cutters, there is no sugar,” d’Arcy-Valmont said.", "d’Arcy-Valmont", ""},
	})
}
