package summarize

import "testing"

// TestAudit18NamedNextLongTitle checks that a role the story names its
// holder for just after keeps that name when a long title stands between
// the role and the name ("The official, Deputy Foreign Minister Omar
// Haddad,"; "The envoy, Minister of State for Trade Clara Bell,"), and
// that a role followed by a clause is not given a name the clause
// mentions.
func TestAudit18NamedNextLongTitle(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a three-word title before the name",
			"Truce talks resume\n\nThe head of the mediation team told reporters the round would not end without steps for civilians. \"Nobody can wait for another round after this one,\" the official said.\n\nThe official, Deputy Foreign Minister Omar Haddad, later met each delegation separately.",
			"Nobody can wait", "Omar Haddad"},
		{"a title joined by of and for",
			"Trade talks stall\n\nThe envoy leading the talks spoke to reporters on Friday. \"We will not accept a quota on our mills,\" the envoy said.\n\nThe envoy, Minister of State for Trade Clara Bell, flies home on Sunday.",
			"We will not accept", "Clara Bell"},
		{"a clause, not a title, after the role",
			"Port talks stall\n\nThe head of the employers' side met the union on Monday. \"The offer stands until Friday,\" the official said.\n\nThe official, who asked not to be named because the talks are private, said nothing had changed since Omar Haddad left.",
			"The offer stands", "the official"},
	}, false)
}
