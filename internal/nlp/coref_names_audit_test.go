package nlp

import (
	"strings"
	"testing"
)

// TestCrNameClash checks which pairs of person names with one surname name
// two people.
func TestCrNameClash(t *testing.T) {
	tests := []struct {
		x, y string
		want bool
	}{
		{"Lars Nyberg", "Elin Nyberg", true},
		{"Nordstar Chair Elin Nyberg", "Lars Nyberg", true},
		{"George W. Bush", "George H.W. Bush", true},
		{"Hillary Clinton", "Bill Clinton", true},
		{"Hillary Clinton", "Hillary Rodham Clinton", false},
		{"President Joe Biden", "Joe Biden", false},
		{"J. Lew", "Jack Lew", false},
		{"Jacob J. Lew", "Jacob Lew", false},
		{"Nyberg", "Lars Nyberg", false},
		{"Lars Nyberg", "Lars Olsen", false},
	}
	for _, tt := range tests {
		t.Run(tt.x+"/"+tt.y, func(t *testing.T) {
			if got := crNameClash(strings.Fields(tt.x), strings.Fields(tt.y)); got != tt.want {
				t.Errorf("crNameClash(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
			}
		})
	}
}

// TestNewcomerWithRole checks that a person introduced in the sentence
// before with a role in apposition (two mentions, one cluster) is a
// newcomer a "she" refers to.
func TestNewcomerWithRole(t *testing.T) {
	she := crPron{person: 3, gender: 'f', number: 's'}
	s := &crRun{cls: []crCluster{{name: -1, typ: PERSON}, {name: -1, typ: PERSON, gender: 'f'}}}
	add := func(sent int, kind MentionKind, cluster int, quote bool) {
		s.mentions = append(s.mentions, Mention{Kind: kind, Type: PERSON})
		s.info = append(s.info, crInfo{sent: sent, rel: "nsubj", quote: quote})
		s.clusterOf = append(s.clusterOf, cluster)
		if cluster >= 0 {
			s.cls[cluster].size++
		}
	}
	add(0, NameMention, 0, false)     // the Houthis (a person to the tagger)
	add(1, NominalMention, 1, false)  // political analyst
	add(1, NameMention, 1, false)     // Noor Haddad al-Amin
	add(2, NameMention, 0, true)      // “… the Houthis know it,”
	add(2, PronounMention, -1, false) // she said
	s.info[4].pron, s.info[4].p = 1, she
	if got := s.newcomer(4, 0); got != 1 {
		t.Errorf("newcomer = cluster %d, want 1 (the analyst introduced with her role)", got)
	}
}
