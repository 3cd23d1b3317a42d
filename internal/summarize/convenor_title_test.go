package summarize

import "testing"

// "the mediator said" where no one holds that title: the one person the
// story has chair, broker or mediate the talks, given by a "who" clause
// or a passive's agent; no one when the story has two such people.
func TestConvenorTitle(t *testing.T) {
	oneChair := "Ferry talks end with a timetable\n\nTalks on the Baltic ferry routes ended on Wednesday with a shared timetable, said Ingeborg Wallin-Sato, the director of the Baltic Transit Office, who chaired the meeting. “The ferries will sail on time from May,” she said.\n\nPort officials from both sides welcomed the deal. Asked whether winter storms could upset it, the mediator said: “Storms have upset better plans than ours.”\n"
	byAgent := "Orchard pay round closes\n\nThe pay round for orchard pickers was chaired by Tomasz Krawiec, the deputy head of the council’s secretariat, and ended late on Monday.\n\nGrowers said the new rates were high. “Apples do not wait for lawyers,” the coordinator told reporters after the vote.\n"
	twoChairs := "Ferry talks end with a timetable\n\nTalks on the Baltic ferry routes ended on Wednesday with a shared timetable, said Ingeborg Wallin-Sato, the director of the Baltic Transit Office, who chaired the meeting. The freight round was chaired by Tomasz Krawiec, the deputy head of the council’s secretariat.\n\nPort officials from both sides welcomed the deal. Asked whether winter storms could upset it, the mediator said: “Storms have upset better plans than ours.”\n"
	checkAudit2(t, []audit2Case{
		{"who chaired", oneChair, "Storms have upset better plans", "Ingeborg Wallin-Sato"},
		{"chaired by", byAgent, "Apples do not wait for lawyers", "Tomasz Krawiec"},
		{"two who chaired", twoChairs, "Storms have upset better plans", "the mediator"},
	}, false)
}
