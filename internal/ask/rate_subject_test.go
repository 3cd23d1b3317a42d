package ask

import (
	"strings"
	"testing"
)

// TestRateOfTheClauseSubject checks that a rate written in words (any
// number word, "twelve" too) answers "how much X … a week" where X is the
// subject of the clause that gives the amount ("overtime is capped at
// twelve hours a week"), not only where X follows the amount.
func TestRateOfTheClauseSubject(t *testing.T) {
	a := textArticle(t, "Nurses at the Braemar hospital group approved a two-year contract on Thursday, ending a month of rolling strikes. "+
		"Under the deal, overtime is capped at twelve hours a week for each nurse, and no nurse can be asked to work two night shifts in a row. "+
		"The union said the hospital would hire 40 more nurses by June.")
	for _, tc := range []struct{ q, want string }{
		{"how much overtime can a nurse be asked to work in a week", "twelve hours a week"},
		{"How much overtime can nurses work each week?", "twelve hours a week"},
	} {
		if got := a.Answer(tc.q, nil).Answer; !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want it to hold %q", tc.q, got, tc.want)
		}
	}
}
