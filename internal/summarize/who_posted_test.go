package summarize

import "testing"

// TestParticipleOnlyPredicate checks that a verb of saying the tagger read
// as a participle hung from the name set off beside a role ("The
// militia's commander, Ali Omar Farah, posted on Facebook … that his
// fighters wanted “…”"), in a sentence the parser rooted in the role
// noun, is the sentence's predicate: the commander posted the words, not
// his fighters; and that a participle beside a finite verb ("A statement
// …, posted on its website, said…") stays a participle.
func TestParticipleOnlyPredicate(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"posted, the only verb", `Ceasefire talks pause in Sirte

SIRTE, Libya - Talks between the tribal elders and the militia broke for lunch on Tuesday.

The militia's commander, Ali Omar Farah, posted on Facebook during the break that his fighters wanted "a fair share, not a gift" of the port's revenue. He has not spoken to reporters.`,
			map[string]string{"a fair share, not a gift": "Ali Omar Farah"}},
		{"posted beside said", `Talks to resume

A statement from the ministry, posted on its website on Monday, said the talks would "resume within days".`,
			map[string]string{"resume within days": "the ministry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}
