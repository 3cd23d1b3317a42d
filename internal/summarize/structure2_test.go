package summarize

import "testing"

// TestHeadlineUnderMastheadAndPath: a site's masthead in capitals with a
// dash is no dateline, and a section's path set off by "›" or "»" (alone
// or under the masthead in one block) sets the site's lines apart from
// the story's: the headline is the title line under the path.
func TestHeadlineUnderMastheadAndPath(t *testing.T) {
	body := "\n\nBy Mariela Contreras Abad\n\nCARACAS, March 11, 2026 (PAI) –\n\n" +
		"Colombia's government and the guerrilla coordinator agreed on Wednesday to a 120-day bilateral ceasefire starting on Friday, officials said after the fifth round of talks."
	for _, tt := range []struct{ name, page, want string }{
		{"masthead and path in one block",
			"PRENSA ANDINA INTERNACIONAL – English Service\nPolitics › Peace process\n\nColombia and guerrillas agree 120-day ceasefire in Caracas" + body,
			"Colombia and guerrillas agree 120-day ceasefire in Caracas"},
		{"masthead, then the path",
			"AEGEAN HERALD — English Edition\n\nGreece » Shipping\n\nFerries stay in port as seamen's strike enters second day" + body,
			"Ferries stay in port as seamen's strike enters second day"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := newDoc(tt.page).headlineText(); got != tt.want {
				t.Errorf("headline %q, want %q", got, tt.want)
			}
		})
	}
}
