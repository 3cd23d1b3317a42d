package summarize

import (
	"strings"
	"testing"
)

// TestAudit24DescriptionsGoOn checks that a role coreference links to an
// earlier description of a person stands for whom that description does:
// "The Dutch mediator warned… “…,” the mediator said" after the mediator
// was named and spoke ("Anneke Vos-Hartman, the Dutch diplomat who…
// “…,” she said"); and "the utility said" after "Uisce Eireann, the
// national water utility," is that body's.
func TestAudit24DescriptionsGoOn(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the mediator, described again",
			"Ferry talks end without deal\n\nTHE HAGUE - Talks between the ferry operator and its crews ended on Friday without a deal.\n\nAnneke Vos-Hartman, the Dutch diplomat who has chaired the talks since March, looked tired as she left the building. \"Nobody walked out, and that is something,\" she said.\n\nThe Dutch mediator warned, however, that time was short. \"If there is no agreement by the summer, the ferries will stop and nobody will win,\" the mediator said.",
			"If there is no agreement by the summer", "Anneke Vos-Hartman"},
		{"the utility, after the name set beside it",
			"Water deal signed\n\nGALWAY - The council and a data centre operator signed a water deal on Monday.\n\nUisce Eireann, the national water utility, which runs the treatment plant, said it had been consulted throughout. In a statement, the utility said the upgrade \"would increase treatment capacity by a quarter\".",
			"would increase treatment capacity", "Uisce Eireann"},
	}, false)
}

// TestDescribesAsWell checks when an earlier description says all that a
// later one does: "the head of the union's delegation" is not said by
// "deputy head of the union's legal team", nor "the head" by "deputy
// head", while "the envoy" is said by "the Swiss envoy".
func TestDescribesAsWell(t *testing.T) {
	_, tr := analysed(t, "Pieter Mol, deputy head of the union's legal team, spoke first. The head of the union's delegation spoke next. The Swiss envoy spoke last. The envoy left. The head left.")
	heads := map[string][]int{}
	for k, tk := range tr.a.Tokens {
		if l := strings.ToLower(tk.Text); l == "head" || l == "envoy" {
			heads[l] = append(heads[l], k)
		}
	}
	if len(heads["head"]) != 3 || len(heads["envoy"]) != 2 {
		t.Fatalf("tokens: %v", heads)
	}
	tests := []struct {
		name   string
		src, d int
		want   bool
	}{
		{"the head of the union's delegation after deputy head of the legal team", heads["head"][1], heads["head"][0], false},
		{"the head after deputy head", heads["head"][2], heads["head"][0], false},
		{"the head after the head of the delegation", heads["head"][2], heads["head"][1], true},
		{"the envoy after the Swiss envoy", heads["envoy"][1], heads["envoy"][0], true},
		{"the Swiss envoy after the envoy", heads["envoy"][0], heads["envoy"][1], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tr.describesAsWell(tt.src, tt.d); got != tt.want {
				t.Errorf("describesAsWell = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAudit24ClosingCredits checks a closing credit the parser hung from
// the main clause with a piece of that clause as its complement ("…agreed
// to buy Brasserie Lemaire for about $9 billion, ending months of talks,
// the companies said on Monday"): the statement is the whole clause, and
// "the companies" is no one of the bodies it names; and "according to a
// statement" after a sentence whose verb the tagger read as a noun ("The
// deal values Lemaire at…") names the statement as the source.
func TestAudit24ClosingCredits(t *testing.T) {
	text := "Brewer agrees takeover of rival\n\nAMSTERDAM - Dutch brewer Vandermeer NV agreed to buy Belgian rival Brasserie Lemaire for about $9 billion, ending months of on-and-off negotiations, the companies said on Monday.\n\nThe deal values Lemaire at 84 euros a share, a 31% premium to its closing price on Friday, according to a statement."
	b := treeBrief(t, text)
	whole, source := false, false
	for _, s := range b.Statements {
		if s.Cue == "said" {
			if !strings.HasPrefix(s.Text, "Dutch brewer Vandermeer NV agreed") {
				t.Errorf("closing credit reports %q, want the whole clause", s.Text)
			}
			if s.Speaker == "Vandermeer NV" || s.Speaker == "Brasserie Lemaire" {
				t.Errorf("\"the companies\" read as one of them: %+v", s)
			}
			whole = true
		}
		if s.Cue == "according to" {
			source = true
			if s.Speaker != "a statement" {
				t.Errorf("according to a statement: speaker %q", s.Speaker)
			}
		}
	}
	if !whole || !source {
		t.Errorf("statements %+v lack the credit or the statement", b.Statements)
	}
}
