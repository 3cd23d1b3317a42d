package ask

import "testing"

// TestRoleListAndPractitioner: a role whose "of" runs over a list ("the
// minister of fisheries, ports and shipping, NAME") is asked for by any
// of its words ("the fisheries minister"), and one who practises a field
// ("the energy economist") is the person who teaches or works in it
// ("…, who teaches energy economics").
func TestRoleListAndPractitioner(t *testing.T) {
	art := textArticle(t, "When the government and Atlantic Marine signed the amended licence this month, the minister of fisheries, ports and shipping, Adama Ould Cheikh, called it the end of an era.\n\n"+
		"“For thirty years we watched others fish our sea,” Ould Cheikh said at the signing.\n\n"+
		"Sidi Mohamed Ba, who teaches energy economics at the University of Nouadhibou, said the guarantee was the clause to watch. “The Treasury is the real buyer,” he said.\n")
	runAnswerCases(t, []answerCase{
		{name: "list role", art: art, q: "what did the fisheries minister say at the signing", want: []string{"watched others fish"}},
		{name: "practitioner", art: art, q: "what did the energy economist say about the guarantee", want: []string{"real buyer"}},
	})
}
