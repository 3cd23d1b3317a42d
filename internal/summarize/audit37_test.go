package summarize

import "testing"

// TestAudit37RelativeBeforeSaying checks that a person named after an
// opening phrase and set off by a relative clause ("At a shelter…,
// Teresa Vasquez, whose brother…, said…") is the subject of the verb of
// saying, so that "the mother of three" speaking next is that person.
func TestAudit37RelativeBeforeSaying(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the mother of three after a whose clause",
			"Road talks stall\n\nTARROW - Talks on rebuilding the valley road broke up on Monday.\n\nAt a shelter for flooded families in a church hall in Tarrow, Teresa Vasquez, whose brother was injured in a landslide near her farm in March, said she would not go home until the road was rebuilt.\n\n\"A promise does not carry a tractor,\" the mother of three said.\n",
			"A promise does not carry a tractor", "Teresa Vasquez"},
	}, false)
}

// TestAudit37NationalityAsSubject checks that a nationality standing for
// a person ("The Norwegian, who also advises…, said…") speaks for the person
// the sentence before named, and goes on as that person in a description
// that speaks next ("the 58-year-old said").
func TestAudit37NationalityAsSubject(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the Norwegian said",
			"Ferry sale\n\nThe ferry line's adviser, Henrik Solberg, has made no secret of his view. The Norwegian, who also advises two other shipping lines, said the offer had been raised twice.\n",
			"the offer had been raised twice", "Henrik Solberg"},
	}, true)
	checkAudit2(t, []audit2Case{
		{"the 58-year-old after the Norwegian",
			"Ferry sale\n\nThe ferry line's adviser, Henrik Solberg, has made no secret of his view. The Norwegian, who also advises two other shipping lines, said the offer had been raised twice.\n\n\"We will not sign tonight,\" the 58-year-old said.\n",
			"We will not sign tonight", "Henrik Solberg"},
	}, false)
}

// TestAudit37TitleInitials checks that a title taken up by its initials
// ("the CEO") stands for the one person the story named with the title
// written out ("Chief Executive Officer Rodrigo Garza Villarreal").
func TestAudit37TitleInitials(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the CEO",
			"Cement deal\n\n\"We want to be pouring the concrete,\" Altiplano Chief Executive Officer Rodrigo Garza Villarreal said on a call with analysts.\n\nAsked about jobs, the CEO said the company was \"not going to close plants\" this year.\n",
			"not going to close plants", "Rodrigo Garza Villarreal"},
	}, false)
}

// TestAudit37CreditAfterTwoSentences checks that a quotation of two
// sentences credited after it to a long title with the name set off
// ("“…. …,” the state Commissioner for Water Supply and Sanitation, Dr
// Amina Bello-Adeyemi, told journalists") is the named person's, not a
// body's in the title: the credit's noun, which the parser hung from the
// quoted verb as an aside, is the verb of saying's subject.
func TestAudit37CreditAfterTwoSentences(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a title and a hyphenated name after a two-sentence quotation",
			"Water deal\n\nKANO - Leaders signed a water accord on Monday.\n\n\"We did not come to write speeches. We came to open the taps,\" the state Commissioner for Water Supply and Sanitation, Dr Amina Bello-Adeyemi, told journalists after the signing.\n",
			"We did not come to write speeches", "Amina Bello-Adeyemi"},
	}, false)
}

// TestAudit37PronounBeforeJoinedClause checks that a "he" coordinated in
// a subject ("He and Stahl shook hands…, but Niemi said…") may stand for
// the person a clause joined to his names ("but Niemi said"), which is no
// part of his own clause, so that a "he" speaking next is that person,
// not someone named paragraphs before.
func TestAudit37PronounBeforeJoinedClause(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"he and another shook hands, but the first said",
			"Town deal\n\n\"We have learned something,\" Stahl said in an interview with Norra Kuriren after the vote.\n\nTore Niemi sat in the public gallery. He and Stahl shook hands in the corridor after the vote, but Niemi said he was not celebrating. \"Twenty-five percent is a good number,\" he said.\n",
			"Twenty-five percent is a good number", "Tore Niemi"},
	}, false)
}

// TestAudit37SecondThatClause checks that words quoted in a second clause
// of what a body said, joined with "and that" ("said … it was following
// the situation and that any buyer would have to give “…”"), are a
// quotation of the body's, not a scare quote.
func TestAudit37SecondThatClause(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"and that",
			"Mill bid\n\nThe board of Papeterie Nordet rejected a takeover bid on Monday.\n\nOntario's economy ministry said in a statement it was following the situation closely and that any foreign buyer would have to give \"firm and verifiable commitments\" on jobs and the head office.\n",
			"firm and verifiable commitments", "Ontario's economy ministry"},
	}, false)
}

// TestAudit37DescriptionAfterParticipleOpener checks that "the union's
// chief negotiator" speaking right after "Asked whether…, Obi-Nwosu only
// smiled." is Obi-Nwosu: the sentence's verb is "smiled", not a word of
// the question, and the noun's earlier uses, in the headline and inside
// another speaker's quotation, describe no one else.
func TestAudit37DescriptionAfterParticipleOpener(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"asked whether, then the union's chief negotiator",
			"The Lagos negotiator who never sits down\n\nLAGOS - Amaka Obi-Nwosu has led the dockworkers' union through three strikes.\n\n\"Amaka is the toughest negotiator I have faced,\" the port's director, Tunde Bakare, said.\n\nThe next session is set for Abuja on March 3. Asked whether she would settle for something closer to the employers' figure, Obi-Nwosu only smiled.\n\n\"Ask me in March,\" the union's chief negotiator said.\n",
			"Ask me in March", "Amaka Obi-Nwosu"},
	}, false)
}

// TestAudit37CreditAfterOpeningPurpose checks that a credit set off
// mid-sentence after an opening purpose or phrase of place ("But to
// prevent problems, he said, local officials should be vigilant.") reports
// the sentence as written, with the speaker the pronoun stands for, not
// the opening phrase alone with no one.
func TestAudit37CreditAfterOpeningPurpose(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"to prevent problems, he said,",
			"Election security\n\nHomeland Security Secretary Jeh Johnson said local election officials should reach out to the federal government. But to prevent problems, he said, local officials should be vigilant.\n",
			"to prevent problems, he said, local officials should be vigilant", "Jeh Johnson"},
	}, true)
}
