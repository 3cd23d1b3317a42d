package summarize

import "testing"

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		para, label, words string
		ok                 bool
	}{
		{"TRUMP: Well, I think it's a disaster.", "TRUMP", "Well, I think it's a disaster.", true},
		{"SEN. ELIZABETH WARREN: We will not back down.", "SEN. ELIZABETH WARREN", "We will not back down.", true},
		{"Lester Holt: Your response?", "Lester Holt", "Your response?", true},
		{"Q: When will the talks resume?", "", "", false},
		{"The minister said: we will not sign.", "", "", false},
		{"Note: this story has been updated.", "", "", false},
		{"At 10:30 the talks resumed.", "", "", false},
		{"READ MORE: Talks collapse in Geneva", "", "", false},
		{"UPDATE: The talks resumed on Monday.", "", "", false},
		{"EDITOR'S NOTE: This story has been corrected.", "", "", false},
		{"PHOTO: Reuters", "", "", false},
	}
	for _, tt := range tests {
		label, words, ok := speakerLabel(tt.para, span{0, len(tt.para)})
		if ok != tt.ok || ok && (label != tt.label || tt.para[words.start:words.end] != tt.words) {
			t.Errorf("speakerLabel(%q) = %q, %q, %v; want %q, %q, %v", tt.para, label, tt.para[words.start:words.end], ok, tt.label, tt.words, tt.ok)
		}
	}
}

func TestTranscriptQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // quote prefix -> speaker
		quotes     int
	}{
		{
			name: "a debate transcript",
			text: "The following is a partial transcript of the debate between Donald Trump and Hillary Clinton.\n\n" +
				"RADDATZ: Mr. Trump, what would you do about the war?\n\n" +
				"TRUMP: Well, I think it's a disaster. We have to stop the fighting.\n\n" +
				"CLINTON: I disagree. We need to work with our allies in the region.\n\n" +
				"TRUMP: She has no plan. She said \"we will see\" and did nothing.",
			want: map[string]string{
				"Mr. Trump, what would": "Raddatz",
				"Well, I think":         "Donald Trump",
				"I disagree":            "Hillary Clinton",
				"She has no plan":       "Donald Trump",
			},
			quotes: 4,
		},
		{
			name:   "a page's labelled lines are no transcript",
			text:   "Talks between the union and the company broke down on Monday, the union said.\n\nUPDATE: The company said it would meet the union again next week.\n\nWATCH: The union's leader speaks to reporters.\n\nREAD MORE: Strike looms at the port",
			quotes: 0,
		},
		{
			name:   "a list of names and charges is no transcript",
			text:   "Police arrested two men on Friday, Lt. Ann Reyes said. Officers stopped Mark Dale and John Pike near Main Street.\n\nMark Dale: Possession of a controlled substance, held in jail in lieu of $5,000 bond.\n\nJohn Pike: Dealing in cocaine, held in jail in lieu of $20,000 bond.",
			quotes: 0,
		},
		{
			name:   "one label is no transcript",
			text:   "LONDON: Talks between the union and the company broke down on Monday, the union said.\n\nThe company said it would meet the union again next week.",
			quotes: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if len(b.Quotes) != tt.quotes {
				t.Errorf("%d quotes, want %d: %+v", len(b.Quotes), tt.quotes, b.Quotes)
			}
			for prefix, speaker := range tt.want {
				found := false
				for _, q := range b.Quotes {
					if len(q.Text) >= len(prefix) && q.Text[:len(prefix)] == prefix {
						found = true
						if q.Speaker != speaker {
							t.Errorf("quote %q: speaker %q, want %q", q.Text, q.Speaker, speaker)
						}
					}
				}
				if !found {
					t.Errorf("no quote %q in %+v", prefix, b.Quotes)
				}
			}
		})
	}
}
