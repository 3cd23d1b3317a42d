package summarize

import "testing"

// TestKinPronoun checks that "he" crediting a quotation, in a cluster
// that brought the person in as a relative ("Her brother"), is the
// relative the story names ("her brother, Jonas Holt"), not no one.
func TestKinPronoun(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"he for her brother",
			"Two aid workers held for fourteen months in the desert were flown home on Sunday after talks brokered by Qatar.\n\n" +
				"Lena Holt had campaigned every week for her brother, Jonas Holt, one of the two. She said on Sunday that she had not slept since Thursday.\n\n" +
				"Her brother, thinner than in the photographs on her banners, said he wanted to spend the summer by the sea.\n\n" +
				"He embraced the envoy from Doha first, then his sister. “Every week she carried my photograph to the square,” he said.",
			"Every week she carried", "Jonas Holt"},
	}, false)
}
