package summarize

import "testing"

// "The group said" right after a sentence whose subject is a body's name
// the entity model left untyped ("Fair Taps Now"): that body goes on,
// not the company named earlier that coreference linked the noun to. A
// body the model did type in the sentence before keeps its own reading.
func TestUntypedBodySubjectBefore(t *testing.T) {
	text := "Borehole deal\n\nThe drilling contractor Tessvale Drilling Ltd agreed on Friday to repair 30 village boreholes in the Marrow valley.\n\nFair Taps Now praised the repairs but questioned the timetable. In a statement, the group said that waiting until the dry season meant that \"whole villages will carry water for another summer\".\n\nThe Upper Marrow Farmers Network also responded on Saturday. The group said the plan \"leaves the highest farms until last\".\n"
	checkAudit2(t, []audit2Case{
		{"untyped subject before goes on", text, "whole villages will carry water", "Fair Taps Now"},
		{"typed body before keeps its reading", text, "leaves the highest farms", "Upper Marrow Farmers Network"},
	}, false)
}
