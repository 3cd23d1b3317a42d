package ask

import "testing"

// TestDurationSpanWords: a span after "for" and words that qualify it
// ("for an initial 60 days", "for at least four years") is a span the
// sentence gives; one "within" which something must happen after the
// asked thing ("within three months of the accord") is none of it.
func TestDurationSpanWords(t *testing.T) {
	terms := []string{porter("truce"), porter("velmora")}
	for _, c := range []struct {
		s    string
		want int
	}{
		{"The accord halts attacks around Velmora for an initial 60 days.", 1},
		{"Brantor must keep the Velmora truce for at least four years.", 1},
		{"A 60-day truce took hold in Velmora.", 2},
		{"The council must name monitors within three months of the truce taking hold in Velmora.", 0},
	} {
		if got := durationOf(c.s, terms); got != c.want {
			t.Errorf("durationOf(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestDurationOverDateOnly: "how long does the Velmora truce last" is
// answered by a sentence a little further down the ranking that gives a
// span ("for an initial 60 days"), not by the best match, which only
// dates something ("in 2019").
func TestDurationOverDateOnly(t *testing.T) {
	a := textArticle(t, `Velmora truce signed after border clashes

The government of Ostrava and the Free Hills Movement signed a truce on Tuesday in the town of Brellin, ending a month of clashes along the northern border.

"We had a Velmora truce in 2019 too," said a farmer, Petra Lunde.

The accord, signed at the governor's residence, halts attacks in a 40-kilometre zone around Velmora for an initial 60 days and opens the road to the coast.

Aid groups said food prices in the region had tripled since the spring.`)
	q := "how long does the velmora truce last"
	checkAnswer(t, q, a.Answer(q, nil), []string{"initial 60 days"}, nil, false)
}
