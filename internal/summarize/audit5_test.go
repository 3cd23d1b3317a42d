package summarize

import (
	"strings"
	"testing"
)

// TestAudit5CoordinatedSpeakers checks that people coordinated as the
// subject of a cue are all credited ("Charles E. Grassley and Patrick J.
// Leahy"), and that the place after an affiliation ("of the University of
// California, Berkeley") is never the speaker.
func TestAudit5CoordinatedSpeakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"two names after a plural title",
			"Senators Charles E. Grassley and Patrick J. Leahy said the program was riddled with fraud.",
			"the program was riddled", "Charles E. Grassley and Patrick J. Leahy"},
		{"two names and an affiliation with its place",
			"Stephen S. Cohen and J. Bradford DeLong of the University of California, Berkeley suggest that ultimately, it was the fault of American policy choices.",
			"that ultimately, it was the fault", "Stephen S. Cohen and J. Bradford DeLong"},
		{"two names after a plural role",
			"Union leaders Maria Lopez and Carl Webb said the offer fell short of the workers' demands.",
			"the offer fell short", "Maria Lopez and Carl Webb"},
		{"two names, an affiliation and a country",
			"Talks resumed on Monday. Anna Berg and Tomas Ek of the University of Oslo, Norway argue that the deal will not hold.",
			"the deal will not hold", "Anna Berg and Tomas Ek"},
		{"countries named together",
			"Talks with Iran failed on Monday. Britain, France and Germany have threatened to trigger the snapback mechanism.",
			"to trigger the snapback mechanism", "Britain, France and Germany"},
		{"two bodies named together",
			"Talks resumed on Monday. The EU and the United States agreed to begin talks on ending subsidies to aircraft makers.",
			"to begin talks on ending subsidies", "EU and United States"},
		{"one name and an affiliation with its place",
			"Talks resumed on Monday. Laura Chen of the University of Toronto, Canada argues that the tariffs will hurt both sides.",
			"the tariffs will hurt both sides", "Laura Chen"},
	}, true)
}

// TestAudit5PluralThey checks that "they said" after a sentence whose
// subject is a plural group of people is that group's, as written, and
// that the group does not become a party only for it.
func TestAudit5PluralThey(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a capitalised group that spoke before",
			"Workers objected to the company's attempts to relocate them to distant offices. They also said that Verizon was trying to ship call-center jobs overseas.",
			"Verizon was trying", "Workers"},
		{"a group that only acted before",
			"Nurses walked off the job at three hospitals on Monday. They said the hospitals had refused to hire more staff.",
			"the hospitals had refused", "Nurses"},
		{"a group with a that-clause",
			"Farmers blocked the main roads into the capital for a second day. They said that fuel prices had doubled since the spring.",
			"fuel prices had doubled", "Farmers"},
		{"a group the coreference joined to the object before",
			"Talks resumed on Monday. Environmental groups criticized both men. They said the deal did too little to protect the delta.",
			"the deal did too little", "Environmental groups"},
		{"talks are no group of people",
			"Talks with the hospitals broke down on Monday. They said the hospitals had refused to hire more staff.",
			"the hospitals had refused", ""},
	}, true)
	for _, tt := range []struct{ name, text, not string }{
		{"a group credited only through they is no party",
			"Nurses walked off the job at three hospitals on Monday. They said the hospitals had refused to hire more staff.",
			"nurses"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range treeBrief(t, tt.text).Parties {
				if strings.Contains(strings.ToLower(p.Name), tt.not) {
					t.Errorf("party %+v, want none named %q", p, tt.not)
				}
			}
		})
	}
}

// TestAudit5CoordinatedParties checks that people credited together each
// count as a speaker among the parties.
func TestAudit5CoordinatedParties(t *testing.T) {
	text := "Senators Charles E. Grassley and Patrick J. Leahy said the program was riddled with fraud."
	for _, want := range []string{"Charles E. Grassley", "Patrick J. Leahy"} {
		found := false
		for _, p := range treeBrief(t, text).Parties {
			found = found || p.Name == want
		}
		if !found {
			t.Errorf("no party %q", want)
		}
	}
}
