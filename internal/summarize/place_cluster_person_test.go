package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// TestPlaceClusterNoPerson checks that a role noun ("the group's
// chairman") coreference put in the cluster of a town is not credited to
// the town where the entity model read the town's name as a person's
// only inside a quotation or as a modifier of a common noun ("the
// Žarvėnai maltings") and as a place elsewhere (personCluster): the
// chairman named just before speaks instead.
func TestPlaceClusterNoPerson(t *testing.T) {
	text := `Czech brewer agrees price for Žarvėnai maltings after barley growers hold out

PRAGUE — Czech brewing group Pivovar Hradec has agreed to buy the Žarvėnai maltings from its Lithuanian owners, ending four months of talks with the barley growers who supply it.

The group will keep the kilns in Žarvėnai running for at least five years and pay growers a fixed premium over the exchange price, according to terms seen by the newspaper.

Ondřej Kratochvíl, who has run Pivovar Hradec since 2011, said the premium had been the hardest point. “Our shareholders wanted a cheaper deal, and I told them the barley is the whole business,” he said.

Growers' representative Vilma Stankutė said the farmers had little choice but to hold firm. “If we had folded in March, we would be selling at a loss today,” she said.

Kratochvíl said the group would spend €9 million on a new germination hall. “We came to Žarvėnai to brew, not to walk away from Žarvėnai,” the group's chairman said.
`
	_, tr := analysed(t, text)
	a := tr.a
	chair := -1
	for i := range a.Tokens {
		if a.Tokens[i].Text == "chairman" && strings.Contains(a.Span(a.Sentences[a.Tokens[i].Sent].First, i), "walk away") {
			chair = i
		}
	}
	if chair < 0 || a.Tokens[chair].Mention < 0 {
		t.Fatalf("fixture: chairman %d or its mention not found", chair)
	}
	town := -1
	for mi := range a.Mentions {
		if m := &a.Mentions[mi]; m.Kind == nlp.NameMention && a.Span(m.First, m.Last) == "Žarvėnai" && m.Cluster >= 0 {
			town = m.Cluster
			break
		}
	}
	if town < 0 {
		t.Fatalf("fixture: no cluster for the town")
	}
	// The models' slips: the town's name read as a person's where it
	// modifies a noun or stands in a quotation, the cluster typed by
	// them, and the chairman put in it.
	for _, mi := range a.Clusters[town].Mentions {
		if m := &a.Mentions[mi]; m.Kind == nlp.NameMention && (tr.quoted[m.Head] || tr.nameModifier(m.Last-1)) {
			m.Type = nlp.PERSON
		}
	}
	a.Clusters[town].Type = nlp.PERSON
	moveMention(a, a.Tokens[chair].Mention, town)
	if n, _ := tr.roleSpeaker(chair, false); n == "Žarvėnai" {
		t.Errorf("roleSpeaker(chairman) = %q, want not the town", n)
	}
	if n, _ := tr.describedPersonSpeaker(chair, false); n == "Žarvėnai" {
		t.Errorf("describedPersonSpeaker(chairman) = %q, want not the town", n)
	}
}

// moveMention puts mention mi in cluster c, out of the cluster it was in:
// a coreference slip a test forces where no natural fixture makes the
// model produce it.
func moveMention(a *nlp.Analysis, mi, c int) {
	m := &a.Mentions[mi]
	if m.Cluster == c {
		return
	}
	if old := m.Cluster; old >= 0 {
		a.Clusters[old].Mentions = slices.DeleteFunc(a.Clusters[old].Mentions, func(x int) bool { return x == mi })
	}
	m.Cluster = c
	a.Clusters[c].Mentions = append(a.Clusters[c].Mentions, mi)
}
