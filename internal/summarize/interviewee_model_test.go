package summarize

import "testing"

// TestIntervieweeTheModelReadsAsPerson: an interview's answers are the
// person its introduction names, where only the entity model reads the
// name as a person's (a name no list knows, described by an age and an
// occupation that is no office), not a place the introduction names
// more often.
func TestIntervieweeTheModelReadsAsPerson(t *testing.T) {
	text := "Q&A: The Garífuna leader who got a developer to give back the beach\n\n" +
		"TRUJILLO, Honduras — The Garífuna community of Punta Sambo, on the Caribbean coast, last month signed an agreement with Costa Dorada Resorts, a developer that had fenced off most of the community’s beachfront for a hotel.\n\n" +
		"The community was represented by its elected board, whose president is Aurelia Cacho Lacayo, 61, a retired nurse who has lived in Punta Sambo all her life. The conversation took place in Spanish and has been edited for length.\n\n" +
		"Q: How did the dispute begin?\n\n" +
		"A: In 2016 the company arrived with papers from the municipality saying the land behind the beach was empty.\n\n" +
		"Q: Why did the company give the land back?\n\n" +
		"A: Money, I think, more than conscience. The banks wanted a clean title.\n"
	b := treeBrief(t, text)
	for _, prefix := range []string{"In 2016 the company", "Money, I think"} {
		if got, _ := speakerOfQuote(b, prefix); got != "Aurelia Cacho Lacayo" {
			t.Errorf("answer %q: speaker %q, want Aurelia Cacho Lacayo; quotes %+v", prefix, got, b.Quotes)
		}
	}
}
