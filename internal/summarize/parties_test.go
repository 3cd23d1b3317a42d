package summarize

import (
	"slices"
	"testing"
)

func TestPartiesFromTheTree(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string   // party -> kind
		people     map[string][]string // party -> people it must list
		not        []string            // names that are not parties
	}{
		{
			name:   "a leader is listed with the country the role names",
			text:   "Canadian Prime Minister Justin Trudeau met union leaders on Monday. Trudeau said the government would not legislate an end to the strike. \"We will keep talking,\" Trudeau said.",
			want:   map[string]string{"Canada": KindCountry},
			people: map[string][]string{"Canada": {"Justin Trudeau"}},
			not:    []string{"Justin Trudeau"},
		},
		{
			name:   "a spokesman is listed with the ministry's country",
			text:   "Chinese Foreign Ministry spokesman Lu Kang said China welcomed the talks. China and the United States agreed to meet again. The United States said it wanted a deal.",
			want:   map[string]string{"China": KindCountry, "United States": KindCountry},
			people: map[string][]string{"China": {"Lu Kang"}},
		},
		{
			name: "a place and an outlet are not parties",
			text: "Russia and Ukraine resumed talks in Geneva on Tuesday, Reuters reported. Russia said it was ready to discuss a ceasefire. Ukraine rejected the offer.",
			want: map[string]string{"Russia": KindCountry, "Ukraine": KindCountry},
			not:  []string{"Geneva", "Reuters"},
		},
		{
			name: "a chamber's members fold into the party",
			text: "Democrats said they would block the bill. House Democrats voted against it on Friday. Republicans said the Democrats were playing politics.",
			want: map[string]string{"Democrats": KindOrganisation, "Republicans": KindOrganisation},
			not:  []string{"House Democrats"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			got := map[string]Party{}
			for _, p := range b.Parties {
				got[p.Name] = p
			}
			for name, kind := range tt.want {
				p, ok := got[name]
				switch {
				case !ok:
					t.Errorf("no party %q in %+v", name, b.Parties)
				case p.Kind != kind:
					t.Errorf("party %q is a %s, want %s", name, p.Kind, kind)
				}
			}
			for name, people := range tt.people {
				for _, person := range people {
					if !slices.Contains(got[name].People, person) {
						t.Errorf("party %q lists %v, want %q among them", name, got[name].People, person)
					}
				}
			}
			for _, name := range tt.not {
				if _, ok := got[name]; ok {
					t.Errorf("%q listed as a party: %+v", name, b.Parties)
				}
			}
		})
	}
}
