package summarize

import (
	"strings"
	"testing"
)

// TestStanceStatements checks that a stance said with an adjective or a
// noun rather than a verb of saying is a statement of its holder.
func TestStanceStatements(t *testing.T) {
	checkStatements(t, []statementCase{
		{"an adjective of certainty", "Talks resumed on Monday. Maria Lopez, the chief negotiator, is confident that a deal can be reached by Friday.", "a deal can be reached by Friday", "Maria Lopez", "is confident"},
		{"an adjective after a linking verb", "Talks resumed on Monday. The union remains skeptical that the company will raise its offer.", "the company will raise its offer", "The union", "remains skeptical"},
		{"a participle of stance the tagger reads as a passive", "Talks resumed on Monday. Karen Walsh is worried that members will reject the deal.", "members will reject the deal", "Karen Walsh", "is worried"},
		{"an adjective of insistence", "Talks resumed on Monday. The company was adamant that it could not afford more.", "it could not afford more", "The company", "was adamant"},
		{"made clear", "Talks resumed on Monday. The minister made clear that the offer would not be improved.", "the offer would not be improved", "The minister", "made clear"},
		{"made it clear", "Talks resumed on Monday. The minister made it clear that the offer was final.", "the offer was final", "The minister", "made it clear"},
		{"a noun of stance as a verb's object", "Talks resumed on Monday. Several diplomats voiced concern that the talks were moving too slowly.", "the talks were moving too slowly", "Several diplomats", "voiced concern"},
		{"a noun of stance with its clause on the noun", "Talks resumed on Monday. Officials raised the possibility that the talks could collapse.", "the talks could collapse", "Officials", "raised the possibility"},
		{"expressed hope", "Talks resumed on Monday. Karen Walsh expressed hope that the strike would end soon.", "the strike would end soon", "Karen Walsh", "expressed hope"},
		{"an owned noun equated with a clause", "Talks resumed on Monday. The minister's position is that no deal is better than a bad deal.", "no deal is better than a bad deal", "The minister", "position"},
		{"in someone's view, first", "Talks resumed on Monday. In Lopez's view, the remaining gaps are small.", "the remaining gaps are small", "Lopez", "In Lopez's view"},
		{"a stance others report", "Talks resumed on Monday. Germany is believed to oppose any new joint borrowing.", "oppose any new joint borrowing", "Germany", "is believed to"},
		{"someone else's claim, rejected, stays theirs", "Talks resumed on Monday. The union rejected the company's claim that the plant was losing money.", "the plant was losing money", "the company", "claim"},
		{"in someone's view, last", "Talks resumed on Monday. The remaining gaps are small, in the union's view.", "The remaining gaps are small", "the union", "in the union's view"},
	})
}

// TestNotStance checks the look-alikes of a stance that no one holds.
func TestNotStance(t *testing.T) {
	tests := []struct{ name, text, not string }{
		{"it is clear that", "Talks resumed on Monday. It is clear that the two sides remain far apart.", "the two sides remain"},
		{"make sure is a task", "Talks resumed on Monday. Officials must make sure that the ballots are counted by Friday.", "the ballots are counted"},
		{"the writer's own opinion", "Talks resumed on Monday. In my opinion, the offer is the best the union will get.", "the offer is the best"},
		{"a fact others report is no stance", "Talks resumed on Monday. The virus is believed to have originated in the port.", "have originated in the port"},
		{"a preposition is no clause", "Talks resumed on Monday. The owner is unhappy with the way his partner has handled the dispute.", "with the way"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, st := range treeBrief(t, tt.text).Statements {
				if strings.HasPrefix(st.Text, tt.not) && st.Speaker != "" {
					t.Errorf("statement %+v, want none starting %q with a speaker", st, tt.not)
				}
			}
		})
	}
}
