package summarize

import "testing"

// TestAudit9Speakers checks speakers found in the development halves of
// the project's ninth round and in its stories rewritten with other verbs
// than "said", on texts of our own: a body that states its case with
// "stressed", "argued" or "noted in a communiqué that…"; a person whose
// clause the parser read as an adjective ("stressed unions would…"); a
// quotation credited after it by a minister named after her title and a
// comma; an office held by someone the story named ("the Premier
// conceded…"); a league that speaks as "the league" next to its
// players' association, whose name holds the league's; a report no owner
// was found for is no person who spoke before it; an acronym speaks
// under the name it spells; and a statement a body speaks in is the
// body's, not its signer's.
func TestAudit9Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a body stressing in a statement, after a relative clause",
			"Talks resumed on Monday.\n\nThe European Commission, which negotiates for the EU, stressed in a statement that it remained “fully committed to a fair, science-based agreement” and would act.",
			"fully committed to a fair", "European Commission"},
		{"a body arguing in a statement, after a relative clause",
			"Talks resumed on Monday.\n\nAustria’s foreign ministry, which is hosting the talks, argued in a statement that it was “honoured to offer Vienna once again as a place where adversaries can speak.”",
			"honoured to offer Vienna", "Austria’s foreign ministry"},
		{"a group noting in a communiqué, and adding",
			"Talks resumed on Monday.\n\nThe bondholder group noted in a communiqué distributed in English that the agreement \"preserves the integrity of the royalty guarantee.\" It added that it hoped the remaining holders would join \"at the earliest opportunity.\"",
			"at the earliest opportunity", "The bondholder group"},
		{"a verb of saying read as an adjective",
			"Talks stalled in La Paz.\n\nRuben Quispe, who leads the Bolivian Workers' Confederation and is not related to the minister, stressed unions would block highways if the government cut fuel subsidies. \"They cut the subsidy, we close the roads,\" he told reporters.",
			"They cut the subsidy", "Ruben Quispe"},
		{"a minister named after her title and a comma, after the quotation",
			"Peru and Mexico extended trade talks into a third day.\n\n“We are not going to leave Lima with half an agreement,” Peru’s Minister of Foreign Trade and Tourism, María Fernanda Ortiz Salgado, told reporters on Tuesday night, speaking in Spanish.",
			"We are not going to leave", "María Fernanda Ortiz Salgado"},
		{"an office the story named its holder with",
			"Premier Steven Lockhart said the deal was fair to nurses.\n\n“I was never going to sign a blank cheque,” Mr Lockhart told ABC Radio Brisbane.\n\nAsked whether the Government had misjudged the mood of the nursing workforce, the Premier conceded the dispute had “dragged on longer than anyone wanted”.",
			"dragged on longer", "Steven Lockhart"},
		{"a league beside its players' association",
			"The United Baseball League and its players’ union ended another round of talks on Tuesday. The central dispute remains the league’s proposal for a salary cap, which the United Baseball League Players Association has rejected.\n\n“We’ve made a fair offer,” commissioner Dale Prentiss said.\n\nLater Tuesday, the league issued a statement. “The UBL has negotiated in good faith. We remain committed to reaching an agreement,” the league said.",
			"The UBL has negotiated", "United Baseball League"},
		{"a report no owner was found for, after a chief executive's words",
			"Corvane is weighing a bid for Telmira, the company said.\n\nTelmira Chief Executive Officer Hannah Okoro said in an interview in January that the company was “built to stand alone.” Asked then about takeover interest, she was careful not to shut the door. “If someone wants to talk to us, they know where to find us,” she said.\n\nIn its annual report published last month, Telmira said it expects to file for US approval of relzoparin in the second half of the year. “We believe relzoparin has the potential to become the standard of care in IgA nephropathy,” the report said.",
			"We believe relzoparin", "the report"},
		{"an acronym the story never defines, for the name it spells",
			"TOLEDO, Ohio - Bus drivers for Greater Toledo Regional Transit rejected the agency's latest contract offer on Wednesday.\n\nGTRT said in a statement Wednesday evening that it was \"disappointed\" by the vote.\n\n\"GTRT values its operators and has put forward a fair offer,\" the statement said.",
			"disappointed", "Greater Toledo Regional Transit"},
		{"a statement signed by a director, issued by the ministry",
			"The union threatened to strike.\n\nIn a statement signed by its Director of Press and Public Relations, Mrs. Funmilayo Adeyemi-Bello, the Federal Ministry of Labour and Employment urged the union to “sheathe its sword” and give dialogue a chance.\n\n“The ministry wishes to assure all stakeholders that the Federal Government remains committed to industrial harmony,” the statement read.",
			"The ministry wishes", "Federal Ministry of Labour and Employment"},
	}, false)
}
