package summarize

import "testing"

// TestOrGlossRole checks that a title a gloss explains ("his induna, or
// headman, Sipho Dlamini", "sarpanch, or village head") is the named
// person's role, so that "the induna said" further on takes him up
// (orGloss, in roleZone and unknownRoleBefore) rather than the person
// named last.
func TestOrGlossRole(t *testing.T) {
	const lead = "Land deal signed\n\nMBABANE - The village and the sugar company signed a land lease on Friday after two years of talks.\n\n"
	checkAudit2(t, []audit2Case{
		{"an induna, or headman",
			lead + "The chief appointed his induna, or headman, Sipho Dlamini, to lead the village's side of the talks. \"We spent two years on the list of households,\" Dlamini said.\n\nThe company's lawyer, Thabo Nkosi, said the lease was fair.\n\nThe induna said the register would be reopened once. \"We are not closing the door on our own children,\" the induna said.\n",
			"We are not closing the door", "Sipho Dlamini"},
		{"a sarpanch, or village head",
			lead + "The town's sarpanch, or village head, Rosa Quispe Mamani, signed for the town. \"It took two years,\" Quispe Mamani said.\n\nThe company's lawyer, Ana Torres, said the lease was fair.\n\nAsked about the water, the sarpanch was brief. \"The river stays ours,\" the sarpanch said.\n",
			"The river stays ours", "Rosa Quispe Mamani"},
	}, false)
}
