package summarize

import "testing"

// TestJointStatementSpeaks checks that "the joint statement said", after
// the story told which sides issued it, is the joint statement's words,
// not the sides': both wrote it together.
func TestJointStatementSpeaks(t *testing.T) {
	text := "Fisheries talks go past midnight\n\nIn a joint statement released before dawn on Friday, the two ministries described the talks as useful. “Both sides have narrowed their differences on quotas for mackerel and herring,” the joint statement said, adding that inspectors would “meet again within a fortnight” to compare catch records.\n"
	checkAudit2(t, []audit2Case{
		{"the joint statement said", text, "Both sides have narrowed", "the joint statement"},
		{"what it added", text, "meet again within a fortnight", "the joint statement"},
	}, false)
}

// TestJointStatementAgain checks that "the statement", named again after
// the story told who issued a joint one, is that joint statement.
func TestJointStatementAgain(t *testing.T) {
	text := "Pension reform stalls\n\nThree teachers' unions put out a joint statement on Thursday evening. The statement called the ministry's offer \"an insult to every classroom\" and asked for new talks.\n"
	checkAudit2(t, []audit2Case{
		{"the statement named again", text, "an insult to every classroom", "The joint statement"},
	}, false)
}
