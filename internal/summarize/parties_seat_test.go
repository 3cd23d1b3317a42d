package summarize

import "testing"

// TestSeatOfGovernment checks that in a story between two countries the
// White House, where the United States is a party with a voice of its
// own, is that country's voice and not a second party beside it, while
// in a story of the country's own affairs it stays a body of its own.
func TestSeatOfGovernment(t *testing.T) {
	tests := []struct {
		name, text string
		white      bool
	}{
		{"between two countries", "Moldova Seeks Grain Deal\n\nMoldova asked the United States on Tuesday to lift its tariffs on Moldovan wheat. Moldovan Prime Minister Ana Rusu said the duties had cost her farmers dearly.\n\nThe White House said it would study the request. \"We want a fair deal for both sides,\" the White House said in a statement.\n\nU.S. Ambassador Carl Whitby said Washington would send a trade team to Chisinau next month. Whitby said talks could start in the spring.\n\nRusu said Moldova was ready to cut its own duties on American machinery.\n",
			false},
		{"at home", "Senators Press Budget Plan\n\nThe White House said on Tuesday it would veto the spending bill. \"The bill spends too much,\" the White House said in a statement.\n\nSenator Lorna Pike said the Senate would vote on the bill on Friday. Pike said her colleagues had enough votes to override a veto.\n\nThe White House said it was ready to talk with the Senate.\n",
			true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if _, got := partyNamed(b, "White House"); got != tt.white {
				t.Errorf("parties %v: White House listed %v, want %v", b.Parties, got, tt.white)
			}
		})
	}
}
