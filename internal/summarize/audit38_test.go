package summarize

import "testing"

// TestAudit38AgeAlone checks that an age standing alone for a person
// ("“…,” the 61-year-old says") speaks for the person the sentence before
// made its subject, as "the retiree" would.
func TestAudit38AgeAlone(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the 61-year-old says",
			"Debt swap\n\nSUVA - Fiji signed a debt swap on Tuesday.\n\nSeini Rabuka has fished the same reef off Kadavu for forty years.\n\n\"I did not know a bond could pay for a patrol boat,\" the 61-year-old says.\n",
			"I did not know a bond could pay for a patrol boat", "Seini Rabuka"},
		{"she, then the 61-year-old",
			"Debt swap\n\nSUVA - Fiji signed a debt swap on Tuesday.\n\nSeini Rabuka lives on Kadavu. She has fished the same reef for forty years.\n\n\"I did not know a bond could pay for a patrol boat,\" the 61-year-old says.\n",
			"I did not know a bond could pay for a patrol boat", "Seini Rabuka"},
	}, false)
}

// TestAudit38DescriptionChain checks that an age standing for a person
// goes on from a description the sentence before made its subject and the
// story resolved to a name ("Seini Rabuka has fished…. The fisherwoman
// says…. “…,” the 61-year-old says"), as from the name itself.
func TestAudit38DescriptionChain(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the fisherwoman, then the 61-year-old",
			"Debt swap\n\nSUVA - Fiji signed a debt swap on Tuesday.\n\nSeini Rabuka has fished the same reef off Kadavu for forty years. The fisherwoman says she did not understand the word bondholders until an official explained it.\n\n\"I did not know a bond could pay for a patrol boat,\" the 61-year-old says.\n",
			"I did not know a bond could pay for a patrol boat", "Seini Rabuka"},
	}, false)
}

// TestAudit38MannerOfSpeaking checks that a quotation credited by a verb
// of the manner of speaking ("laughed", "chanted") is the subject's.
func TestAudit38MannerOfSpeaking(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"laughed",
			"Port deal\n\nLAGOS - The dockworkers' union signed a deal on Monday.\n\n\"Ask me again in March,\" Amaka Obi-Nwosu laughed as she left the hall.\n",
			"Ask me again in March", "Amaka Obi-Nwosu"},
		{"chanted, read as a modifier of the subject",
			"Teachers end strike\n\nMANILA - Teachers ended a strike on Friday.\n\n\"We want our dignity back,\" the teachers chanted outside the education department before the deal was announced.\n",
			"We want our dignity back", "the teachers"},
	}, false)
}

// TestAudit38DemonstrativeCredit checks that a quotation standing alone
// is credited by the sentence after it that says whose words they were
// ("That was the warning from…", "Those were the words of…").
func TestAudit38DemonstrativeCredit(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"that was the warning from",
			"Rail strike looms\n\nLONDON - Train drivers will strike next week.\n\n\"We will shut the network down.\" That was the warning from the drivers' union leader, Mick Dalton, on Monday night.\n",
			"We will shut the network down", "Mick Dalton"},
		{"those were the words of",
			"Rail strike looms\n\nLONDON - Train drivers will strike next week.\n\n\"No deal tonight.\" Those were the words of Sarah Pike, the operator's managing director.\n",
			"No deal tonight", "Sarah Pike"},
	}, false)
}

// TestAudit38FormerLatter checks that "the former" and "the latter"
// standing alone for a person pick the first and the last of the people
// the sentence before named.
func TestAudit38FormerLatter(t *testing.T) {
	text := "Nurses deal\n\nCARDIFF - Nurses in Wales will receive a pay rise.\n\nHelen Whyley, director of the nurses' college, and health minister Eluned Morgan announced the deal together. The former called it \"a step in the right direction\". The latter said it was \"the best the budget allows\".\n"
	checkAudit2(t, []audit2Case{
		{"the former", text, "a step in the right direction", "Helen Whyley"},
		{"the latter", text, "the best the budget allows", "Eluned Morgan"},
		{"the former president is a description",
			"Peace talks\n\nBOGOTA - Talks resumed.\n\nGustavo Petro and Ivan Duque met on Monday. The former president said \"the door is open\" to the rebels.\n",
			"the door is open", "The former president"},
	}, false)
}

// TestAudit38QuotedAnswers checks that an interview printed as questions
// in paragraphs of their own and quoted answers credits the answers to
// the person the introduction names, and that a quotation its sentence
// credits to someone keeps that speaker after such a question.
func TestAudit38QuotedAnswers(t *testing.T) {
	text := "Q&A: the cobalt negotiator\n\nFatuma Mwangi spent eighteen months negotiating the cobalt agreement. She spoke to us in Nairobi.\n\nWhat was the hardest moment?\n\n\"The night in Geneva when the consortium walked out. I thought it was over.\"\n\nWhy did they come back?\n\n\"Because there is no other cobalt they can trust.\"\n\nCritics say Kenya sold too cheaply.\n\n\"Critics were not in the room. We got a price floor and 400 jobs.\"\n"
	checkAudit2(t, []audit2Case{
		{"first answer", text, "The night in Geneva", "Fatuma Mwangi"},
		{"second answer", text, "Because there is no other cobalt", "Fatuma Mwangi"},
		{"answer to a prompt", text, "Critics were not in the room", "Fatuma Mwangi"},
	}, false)
	explainer := "Port strike explained\n\nDockworkers walked out on Monday, union leader Ana Ruiz said.\n\nWhy are they striking?\n\n\"We want a fair share,\" Ruiz said on Monday.\n\nWhat does the company say?\n\n\"The offer is generous,\" said Hendrik Boer, the port's chief executive.\n"
	checkAudit2(t, []audit2Case{
		{"a credited quotation after a question", explainer, "The offer is generous", "Hendrik Boer"},
	}, false)
}
