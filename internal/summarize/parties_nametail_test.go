package summarize

import (
	"slices"
	"testing"
)

// TestSideNamedInsideABodysName checks that a country closing a body's
// longer name ("the Amalgamated Quarry Workers of America") is part of
// that name, not the side of the person whose role names the body: the
// spokesman is listed with the union, not with the United States the
// story also names.
func TestSideNamedInsideABodysName(t *testing.T) {
	const text = "Riverside mine sold to new owner\n\nHalden Coal agreed on Monday to sell its Riverside mine to Corvane Resources for $40 million. The deal needs the approval of a bankruptcy judge. Coal output in the United States has fallen by a third since 2010.\n\nCorvane's chief executive, Mark Tellis, said the company would keep all 300 miners. \"We are here to stay,\" Tellis said.\n\nPhil Ardent, a spokesman for the Amalgamated Quarry Workers of America, said members hoped the new owner would reopen the north pit by spring.\n\nHalden Coal said the sale would let it pay its creditors.\n"
	b := treeBrief(t, text)
	p, ok := partyNamed(b, "Amalgamated Quarry Workers of America")
	if !ok || !slices.Contains(p.People, "Phil Ardent") {
		t.Errorf("parties %v: want Phil Ardent with the Amalgamated Quarry Workers of America", b.Parties)
	}
	if us, ok := partyNamed(b, "United States"); ok && slices.Contains(us.People, "Phil Ardent") {
		t.Errorf("parties %v: Phil Ardent speaks for the union, not the United States", b.Parties)
	}
}

// TestSideInTheNamesOwnClause checks that a person introduced inside a
// clause ("Among the plan's backers is Vera Lund, a founder of Tamsin
// Forestry") takes the side their appositive names: the clause holds the
// name, so its words are the name's own, not another clause's.
func TestSideInTheNamesOwnClause(t *testing.T) {
	const text = "Forest credits offered to coal buyers\n\nA mining company in Kentucky wants to sell its coal together with carbon credits from new forests, a plan its owner says will make the fuel cleaner on paper.\n\nAmong the plan's backers is Vera Lund, a founder of Tamsin Forestry, a company based in Ohio. Tamsin Forestry plants trees on old farmland and sells the credits to power companies.\n\n\"Buyers want to say their power is greener,\" Lund said. Tamsin Forestry expects to plant a million trees next year.\n\nCritics said the credits would do little for the climate.\n"
	b := treeBrief(t, text)
	p, ok := partyNamed(b, "Tamsin Forestry")
	if !ok || !slices.Contains(p.People, "Vera Lund") {
		t.Errorf("parties %v: want Vera Lund with Tamsin Forestry", b.Parties)
	}
}
