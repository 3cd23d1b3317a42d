package summarize

import "testing"

// TestAudit40SurnameWithParticles checks that a Spanish surname that opens
// with particles ("de la Fuente", "de los Santos") is one person's name:
// written in full between a given name and a second surname, and again
// alone, capitalised to open a sentence, it speaks as the person named in
// full, for quotations and for what was said.
func TestAudit40SurnameWithParticles(t *testing.T) {
	const text = "Dockers reject offer\n\n" +
		"Dockworkers rejected the latest offer from the terminal operators on Monday.\n\n" +
		"“We will not sign a deal that cuts night pay,” Ana María de la Fuente Ruiz, the head of the dockers’ union, said.\n\n" +
		"De la Fuente, a 52-year-old crane driver, said the offer was too low. “We are ready to wait,” De la Fuente said.\n\n" +
		"Walter de los Santos Pereira, the labour minister, said talks would resume on Friday. De los Santos added that the government would mediate.\n"
	checkAudit2(t, []audit2Case{
		{"quotation credited by the short form", text, "We are ready to wait", "Ana María de la Fuente Ruiz"},
	}, false)
	checkStatements(t, []statementCase{
		{"short form", text, "the offer was too low", "Ana María de la Fuente Ruiz", "said"},
		{"full name with \"de los\"", text, "talks would resume on Friday", "Walter de los Santos Pereira", "said"},
		{"short form with \"de los\"", text, "the government would mediate", "Walter de los Santos Pereira", "added"},
	})
}
