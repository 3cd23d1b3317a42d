package summarize

import (
	"strings"
	"testing"
)

// TestAudit42AnonymityClauseNotDescription checks that a relative clause
// saying only that a source is not to be named ("who asked not to be
// named", "who spoke on condition of anonymity", "who was not authorised
// to speak publicly") is left out of the source's description, while a
// clause that says which source it is stays in it.
func TestAudit42AnonymityClauseNotDescription(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"not authorised to speak",
			"Apple duty talks\n\nNEW DELHI — Trade officials met again on Monday.\n\n“Walnuts were always the hard part,” said a Chilean negotiator who was not authorised to speak publicly.",
			"Walnuts were always", "a Chilean negotiator"},
		{"asked not to be named",
			"Port talks\n\nThe two sides met for nine hours.\n\n“Nobody slept,” said one Danish official who asked not to be named.",
			"Nobody slept", "one Danish official"},
		{"declined to be identified",
			"Port talks\n\nThe two sides met for nine hours.\n\n“The numbers moved after midnight,” a banker who declined to be identified said.",
			"The numbers moved", "a banker"},
		{"a clause that says which one stays",
			"Port talks\n\nThe two sides met for nine hours.\n\n“Nobody slept,” said a Western diplomat who followed the talks.",
			"Nobody slept", "a Western diplomat who followed the talks"},
	}, false)
}

// TestAudit42RoleBeforeTitledName checks that a role set off before a
// name that carries its own title ("The leader of the Peruvian team,
// Deputy-Governor Rosa Quispe Mamani,") and a title written as one
// hyphenated word are both that person's role, so that "the Peruvian
// deputy-governor" takes her up later.
func TestAudit42RoleBeforeTitledName(t *testing.T) {
	text := "Lake deal signed\n\nPUNO — Peru and Bolivia agreed on Friday to clean up Lake Titicaca.\n\nThe leader of the Peruvian team, Deputy-Governor of Puno Rosa Quispe Mamani, called the deal overdue. Bolivia's negotiator, Marco Antonio Choque, said the money was the hard part.\n\nSpeaking to reporters at the port, the Peruvian deputy-governor said: \"The lake cannot wait another ten years.\""
	checkAudit2(t, []audit2Case{
		{"people's adjective and hyphenated title", text, "The lake cannot wait", "Rosa Quispe Mamani"},
	}, false)
}

// TestAudit42KnownOnlyAs checks that "he" after a leader described as "a
// former bus conductor known only as Tijo" is Tijo, the one name the
// story gives him, not the description of his role.
func TestAudit42KnownOnlyAs(t *testing.T) {
	text := "Gang truce holds\n\nPORT-AU-PRINCE — A truce between two armed groups held for a third day on Sunday.\n\nThe coalition's leader, a former bus conductor known only as Tijo, did not attend the talks but sent three representatives. In a voice message to reporters, he said the truce would hold. \"We are not the ones who burned this city,\" he said."
	checkAudit2(t, []audit2Case{
		{"he", text, "We are not the ones", "Tijo"},
	}, false)
}

// TestAudit42NameServedByRole checks that a person's name written before a
// role noun ("the Trump adviser", "a Biden aide", "The Haldemann Rossi
// chief") names whom the role serves or the body it heads, not its
// holder: the description stays, or is the person the story said heads
// that body ("Piet Haldemann, who runs the trading house Haldemann
// Rossi,"); while a name after the role ("Trump adviser Kellyanne
// Conway") is the holder's.
func TestAudit42NameServedByRole(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the Trump adviser",
			"Trade talks stall\n\nDonald Trump spoke to farmers on Monday. The Trump adviser said “nobody can replace two million tonnes”.",
			"nobody can replace", "The Trump adviser"},
		{"a Biden aide",
			"Trade talks stall\n\nJoe Biden met the delegation on Monday. A Biden aide told reporters “the gap is narrowing”.",
			"the gap is narrowing", "A Biden aide"},
		{"name after the role",
			"Trade talks stall\n\nTrump adviser Kellyanne Conway said “nobody can replace two million tonnes”.",
			"nobody can replace", "Kellyanne Conway"},
		{"who runs the body",
			"Cocoa talks stall\n\nBuyers are watching. Piet Haldemann, who runs the Zurich trading house Haldemann Rossi, told a conference in London last month that “West Africa is pricing itself out of the market”. The Haldemann Rossi chief, in the same speech, said “nobody can replace two million tonnes in less than ten years”.",
			"nobody can replace", "Piet Haldemann"},
	}, false)
}

// TestAudit42OneExecutiveTookAside checks that a source brought in as
// "one executive" whose verb of saying is joined to another ("took the
// minister aside and said") speaks the quotation, after a time phrase
// that opens the sentence.
func TestAudit42OneExecutiveTookAside(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"one executive", "Cocoa talks stall\n\nTalks ended without a deal. On the second evening one executive took the minister aside and said, “If the price goes up, my board will simply buy more from Ecuador.” The minister was unmoved.",
			"If the price goes up", "one executive"},
	}, false)
}

// TestAudit42SaidWhenAsked checks that "said when asked about…" after a
// quotation reports no statement whose words are the time clause ("when
// asked about the fund's comments" is when it was said), while a
// condition after "said" is what was said.
func TestAudit42SaidWhenAsked(t *testing.T) {
	b := treeBrief(t, "Bid rejected\n\nHELSINKI — Kuusamo Board rejected a raised offer on Monday.\n\n“Every shareholder is free to make their own decision,” the chief executive said when asked about the pension fund’s comments.\n\nThe union's leader said unless the offer improved the members would vote against it.\n")
	cond := false
	for _, s := range b.Statements {
		if strings.HasPrefix(s.Text, "when asked") {
			t.Errorf("statement %+v reports the time clause", s)
		}
		cond = cond || strings.Contains(s.Text, "the members would vote against it")
	}
	if !cond {
		t.Errorf("no statement of the condition in %+v", b.Statements)
	}
}

// TestAudit42CurlyApostropheNations checks that a country whose name has
// an apostrophe is known however the outlet prints it ("Côte d’Ivoire"
// with a typographic apostrophe, as most do).
func TestAudit42CurlyApostropheNations(t *testing.T) {
	for _, w := range []string{"Côte d'Ivoire", "Côte d’Ivoire", "cote d’ivoire"} {
		if got := NationOf(w); got != "Ivory Coast" {
			t.Errorf("NationOf(%q) = %q, want Ivory Coast", w, got)
		}
	}
}

// TestAudit42PlaceNotApposedSpeaker checks that a place the sentence
// opens with ("In Sefwi, a woman who had walked two hours to a meeting
// stood up and said…"), which the parser took for the head of the woman's
// phrase, is not the speaker: the woman is.
func TestAudit42PlaceNotApposedSpeaker(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"in Sefwi", "Cocoa talks stall\n\nFarmers are angry. In Sefwi, a woman who had walked two hours to a meeting stood up and said, “Tell the chocolate people we are tired of being thanked.” The minister agreed.",
			"Tell the chocolate people", "a woman"},
	}, false)
}

// TestAudit42BodyBeforeRoleNotSpeaker checks that "the Kuusamo chief
// executive said", with "executive" first read as an adjective, credits
// the chief executive, not the company whose name modifies the role.
func TestAudit42BodyBeforeRoleNotSpeaker(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"company's chief executive", "Bid rejected\n\nHELSINKI — Kuusamo Board rejected a raised offer from Sundvik Förpackning on Monday.\n\n“Every shareholder is free to make their own decision, including the ones who are our friends,” the Kuusamo chief executive said when asked about the pension fund’s comments.",
			"Every shareholder is free", "the Kuusamo chief executive"},
	}, false)
}
