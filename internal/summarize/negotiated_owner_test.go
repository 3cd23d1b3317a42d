package summarize

import "testing"

// TestNegotiatedTextOwner checks that words an agreement says are the
// agreement's where a side to it owns it ("The owners' agreement says
// that “…”"), not that side's, while a statement a body owns stays the
// body's.
func TestNegotiatedTextOwner(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a plural owner's agreement",
			"Port lease signed\n\nThe two owners signed the lease on Friday.\n\nThe owners’ agreement says that “no berth shall be sold to a third party without the consent of both owners.”\n",
			"no berth shall be sold to a third party without the consent of both owners.", "The owners’ agreement"},
		{"a body's agreement",
			"Port lease signed\n\nThe two owners signed the lease on Friday.\n\nThe company’s agreement says that “no berth shall be sold to a third party without the consent of both owners.”\n",
			"no berth shall be sold to a third party without the consent of both owners.", "The company’s agreement"},
		{"a body's statement",
			"Port lease signed\n\nThe two owners signed the lease on Friday.\n\nThe company’s statement says that “no berth will be sold while the lease runs.”\n",
			"no berth will be sold while the lease runs.", "The company"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, q := range b.Quotes {
				if q.Text == tt.quote {
					if q.Speaker != tt.want {
						t.Errorf("%q credited to %q, want %q", q.Text, q.Speaker, tt.want)
					}
					return
				}
			}
			t.Errorf("quote %q not found", tt.quote)
		})
	}
}
