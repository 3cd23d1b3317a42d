package summarize

import (
	"slices"
	"strings"
	"testing"
)

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
		// A name with whom the speaker is there for, and words in quotation
		// marks; without the marks, a list of positions.
		{`ROHAN DE SILVA (Colombo Ledger): "Why is the pledge lower?"`, "ROHAN DE SILVA", `"Why is the pledge lower?"`, true},
		{`ANA RUIZ (Minister of Environment, Forest and Climate Change of the Republic): "It is a beginning."`, "ANA RUIZ", `"It is a beginning."`, true},
		{"JOHN COLE (Labour): backs the bill but wants a review clause.", "", "", false},
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
				// Words the turn's sentence credits to someone else are
				// theirs, that sentence cut out of the turn.
				"we will see": "Hillary Clinton",
			},
			quotes: 5,
		},
		{
			name: "a press conference whose question names the speaker by a hyphenated title: no second person of the name",
			text: "The following is a partial transcript of the press conference of Kyrgyzstan's energy minister, Taalai Usenov, at which Kazakhstan was represented by its vice-minister of water resources, Aigerim Sadykova.\n\n" +
				"USENOV: We signed the protocol at two in the morning, and I am glad we did.\n\n" +
				"QUESTION (Kazakh news agency): Vice-Minister Sadykova, Kazakhstan is at the end of the river. Will anything reach it?\n\n" +
				"SADYKOVA: Yes, and this time it is written as a number.\n\n" +
				"QUESTION: And in August?\n\n" +
				"SADYKOVA: The same number. We wrote it down twice.",
			want: map[string]string{
				"We signed the protocol": "Taalai Usenov",
				"Yes, and this time":     "Aigerim Sadykova",
				"The same number":        "Aigerim Sadykova",
			},
			quotes: 3,
		},
		{
			name: "a reporter's question in capitals names no speaker",
			text: "The following is a partial transcript of the press conference of Kyrgyzstan's energy minister, Taalai Usenov, and Kazakhstan's vice-minister of water resources, Aigerim Sadykova.\n\n" +
				"USENOV: We signed the protocol at two in the morning, and I am glad we did.\n\n" +
				"QUESTION: Vice-Minister Sadykova, will anything reach the reservoir this summer?\n\n" +
				"SADYKOVA: Yes, and this time it is written as a number.",
			want: map[string]string{
				"We signed the protocol": "Taalai Usenov",
				"Yes, and this time":     "Aigerim Sadykova",
			},
			quotes: 2,
		},
		{
			name: "an interview's answer quoting someone else, and quoting the interviewee",
			text: "Anna Berg, a former ambassador, led two years of quiet talks between the fishing nations. She spoke to us in Oslo.\n\n" +
				"Q: Who was hardest to convince?\n\n" +
				"A: The coastal states. Their lead negotiator, Pål Hansen, said to me very early: “We will not be the junior partner.” That became the rule.\n\n" +
				"Q: And your own view?\n\n" +
				"A: I told them: “Nobody leaves with everything.” They laughed, but it held.\n\n" +
				"Q: And the skeptics?\n\n" +
				"A: They were loud. A retired admiral in our group, Ivo Dahl, used to say, “Counting boats is a courtesy. Boarding them is an occupation.” We never forgot it.",
			want: map[string]string{
				"The coastal states":        "Anna Berg",
				"We will not be the junior": "Pål Hansen",
				"That became the rule":      "Anna Berg",
				"I told them":               "Anna Berg",
				// A quotation of two sentences.
				"Counting boats is a courtesy": "Ivo Dahl",
				"We never forgot it":           "Anna Berg",
			},
			quotes: 7,
		},
		{
			name: "an interview whose introduction names a company most, and a street before the questions: the one the writer spoke to answers",
			text: "Q&A: Guyana's lead negotiator on the new gas contract\n\n" +
				"When Guyana signed its contract with Corentyne Offshore on Tuesday, it ended 20 months of talks. Corentyne Offshore will hold 60% of the block.\n\n" +
				"The government's lead negotiator was Marisol Baptiste-Kendall, a 47-year-old petroleum lawyer.\n\n" +
				"Corentyne, a Houston-based company, said in a statement that the contract gave it \"the stability it needed\".\n\n" +
				"We spoke to Baptiste-Kendall at her office on Mr. Dr. J.P. de Ramsaranstraat the day after the signing.\n\n" +
				"Q: You walked out twice. Why?\n\n" +
				"A: The first time, they wanted the royalty cut after five years. I said no and left.\n\n" +
				"Q: Was it worth it?\n\n" +
				"A: Yes. The fund goes into people, and that lasts longer than any royalty.",
			want: map[string]string{
				"The first time":     "Marisol Baptiste-Kendall",
				"Yes. The fund goes": "Marisol Baptiste-Kendall",
			},
			quotes: 3,
		},
		{
			name: "a news conference excerpt whose labels give each speaker's paper or office in brackets, and whose turns are in quotation marks",
			text: "The following is an edited excerpt of the closing news conference, at which Chile's environment minister, Marta Lagos Vial, took questions from reporters including Rohan de Silva.\n\n" +
				"ROHAN DE SILVA (Colombo Ledger): \"Minister, you asked for a billion dollars. Is 640 million a failure?\"\n\n" +
				"MARTA LAGOS VIAL (Chile Minister of Environment and Climate Change): \"It is a beginning. A billion was our demand.\"",
			want: map[string]string{
				"Minister, you asked": "Rohan de Silva",
				"It is a beginning":   "Marta Lagos Vial",
			},
			quotes: 2,
		},
		{
			name: "an interview after a news story: the one named right before the questions answers them",
			text: "Delivery drivers at SwiftRoute Parcel have voted to ratify their first national contract.\n\n" +
				"SwiftRoute said in a statement that the agreement was fair. SwiftRoute Parcel will raise top pay to $49 an hour. SwiftRoute expects volumes to grow.\n\n" +
				"“This is the contract our members were told was impossible,” Dolores Reyes, president of the local, said on Saturday.\n\n" +
				"“We're glad to put this behind us,” said Brian Kessler, the company's chief operating officer.\n\n" +
				"Reyes, 52, a former driver, spoke with us on Sunday.\n\n" +
				"Q: What did you get that you didn't have before?\n\n" +
				"A: Air conditioning, first of all. And real money.\n\n" +
				"Q: What happens next?\n\n" +
				"A: We enforce it. A contract is just paper until you make them live up to it.",
			want: map[string]string{
				"This is the contract": "Dolores Reyes",
				"Air conditioning":     "Dolores Reyes",
				"We enforce it":        "Dolores Reyes",
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
			name: "a debate transcript labelled by surnames in title case",
			text: "The following is a transcript of the debate between Donald Trump and Hillary Clinton, moderated by Lester Holt.\n\n" +
				"Holt: Secretary Clinton, why are you the better choice to create jobs?\n\n" +
				"Clinton: Well, thank you, Lester. We need to build an economy that works for everyone.\n\n" +
				"Trump: Our jobs are fleeing the country. We have to stop it.\n\n" +
				"Clinton: Donald, I know you live in your own reality.",
			want: map[string]string{
				"Secretary Clinton, why": "Lester Holt",
				"Well, thank you":        "Hillary Clinton",
				"Our jobs are fleeing":   "Donald Trump",
				"Donald, I know":         "Hillary Clinton",
			},
			quotes: 4,
		},
		{
			name:   "places in title case before a colon are no labels",
			text:   "Leaders reacted to the tariff deal on Monday.\n\nCanada: We welcome the deal and will study it.\n\nMexico: We are ready to sign it next week.\n\nBoth countries said talks would go on.",
			quotes: 0,
		},
		{
			name: "an interview with Q. and A.: the answers are the interviewee's, the questions no one's",
			text: qaInterview,
			want: map[string]string{
				"Because it did nothing": "Maria Santos",
				"We are ready to meet":   "Maria Santos",
				"A raise that keeps up":  "Maria Santos",
			},
			quotes: 3,
		},
		{
			name: "an interview with Question: and Answer:",
			text: "Trade Minister Ana Ruiz spoke to us after the round in Geneva ended.\n\n" +
				"Question: Is a deal close?\n\nAnswer: Closer than it was. We settled the rules of origin.\n\n" +
				"Question: What is left?\n\nAnswer: Farm quotas. They are the hardest part.",
			want: map[string]string{
				"Closer than it was": "Ana Ruiz",
				"Farm quotas":        "Ana Ruiz",
			},
			quotes: 2,
		},
		{
			name:   "one question and an initial make no interview",
			text:   "Q. Why now?\n\nA. Smith, the union's lawyer, said the deadline was close.\n\nThe talks resume on Monday.",
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

// qaInterview is an interview written as "Q." questions and "A." answers
// of the one person its introduction names.
const qaInterview = "Union leader Maria Santos sat down with us after the strike vote. The interview has been edited for length.\n\n" +
	"Q. Why did the union reject the offer?\n\n" +
	"A. Because it did nothing for the lowest-paid members. We told the company that from the start, and they ignored us.\n\n" +
	"Q. Will you go back to the table?\n\n" +
	"A. We are ready to meet them tomorrow if they bring a serious proposal. Nobody wants a long strike.\n\n" +
	"Q. What would a serious proposal look like?\n\n" +
	"A. A raise that keeps up with inflation and no cuts to health care.\n"

// TestTranscriptParties checks the parties and the negotiation reading
// of transcripts: a label is the person it names, never a body of its
// own nor the side of a person named in its turn; a moderator is no
// party; and an interviewer's question states no position and no next
// step.
func TestTranscriptParties(t *testing.T) {
	debate := "The following is a partial transcript of Monday's debate between the two candidates for governor, moderated by Jane Miller.\n\n" +
		"MILLER: Good evening. Let's begin with the teachers' contract talks. Mr. Brooks, would you reopen negotiations?\n\n" +
		"BROOKS: Yes. I would reopen them on day one, because the teachers deserve a fair deal and the state can afford it.\n\n" +
		"MILLER: Ms. Alvarez, your response.\n\n" +
		"ALVAREZ: I think that's reckless. We cannot promise money we don't have.\n\n" +
		"BROOKS: The money is there. It's in the rainy-day fund, and you know it."
	tests := []struct {
		name, text string
		parties    []string // each "Name (kind): people", in any order
		notText    string   // no position or next step holds this
	}{
		{"debate: the candidates, not the moderator", debate, []string{"Brooks (person): ", "Alvarez (person): "}, ""},
		{"interview", qaInterview, nil, "Will you go back to the table?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if tt.parties != nil {
				var got []string
				for _, p := range b.Parties {
					got = append(got, p.Name+" ("+p.Kind+"): "+strings.Join(p.People, ", "))
				}
				slices.Sort(got)
				want := slices.Clone(tt.parties)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Errorf("parties %q, want %q", got, want)
				}
			}
			if tt.notText == "" {
				return
			}
			for _, p := range b.Positions {
				if strings.Contains(p.Text, tt.notText) {
					t.Errorf("position %+v holds a question", p)
				}
			}
			for _, ns := range b.NextSteps {
				if strings.Contains(ns.Text, tt.notText) {
					t.Errorf("next step %+v holds a question", ns)
				}
			}
		})
	}
}
