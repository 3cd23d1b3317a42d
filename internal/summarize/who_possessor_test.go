package summarize

import "testing"

// TestPossessiveRoleNamesOwner checks that a role whose owner is given by
// a possessive pronoun ("her spokesman", "his lawyer") speaks as that
// person's role by name, whether coreference links the pronoun to the
// name or only to the description the name was set off after.
func TestPossessiveRoleNamesOwner(t *testing.T) {
	direct := `Port strike talks stall

Union leader Maria Okafor declined to speak, but her lawyer said the union wanted "binding arbitration by an outside judge" before any vote.
`
	described := `Quota talks drag on

08:10 - Norway's chief delegate, Ingrid Solheim, hurried inside, but her spokesman said Oslo had tabled "a new offer on quotas" for the Danes to study.
`
	checkAudit2(t, []audit2Case{
		{"Maria Okafor's lawyer/binding arbitration", direct, "binding arbitration", "Maria Okafor's lawyer"},
		{"Ingrid Solheim's spokesman/a new offer", described, "a new offer on quotas", "Ingrid Solheim's spokesman"},
	}, false)
}
