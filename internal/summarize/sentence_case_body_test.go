package summarize

import "testing"

// A body's name written in sentence case, the way French writes them
// ("Union des pêcheurs de la baie de Sorn"), goes on over its lower-case
// words to the capitalised name that closes it: the parser breaks such a
// name up at "des" and "de", but the whole name speaks, and so does the
// "it" that takes it up in the next sentence.
func TestSentenceCaseBodyName(t *testing.T) {
	b := treeBrief(t, `The ferry timetable for Vellan was approved on Thursday. The Comité des usagers du port de Vellan, which staged two sit-ins at the quay in March, said in a statement that the timetable was "thin, but a beginning." "Every commuter who paid for crossings that never sailed deserves a refund," it said.`)
	want := map[string]bool{"thin, but a beginning.": false, "Every commuter who paid for crossings that never sailed deserves a refund": false}
	for _, q := range b.Quotes {
		if _, ok := want[q.Text]; ok {
			want[q.Text] = true
			if q.Speaker != "Comité des usagers du port de Vellan" {
				t.Errorf("%q: speaker %q, want Comité des usagers du port de Vellan", q.Text, q.Speaker)
			}
		}
	}
	for q, found := range want {
		if !found {
			t.Errorf("quote not found: %q", q)
		}
	}
}

// The run closes on a name written onto an elided article ("de
// l’Estuaire"), or on one after a join word ("de Tarbes"); a lower-case
// run with no name at its end is no body's name.
func TestSentenceCaseNameEnd(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{`The Syndicat des marins de l’Estuaire said the strike would go on.`, "Syndicat des marins de l’Estuaire"},
		{`The Fédération des pêcheurs said the strike would go on.`, ""},
		{`Rosa Oduya of the Foro para la vivienda digna de Tarbes said the plan was late.`, "Foro para la vivienda digna de Tarbes"},
	} {
		d := newDoc(c.text)
		d.findMentions()
		got := ""
		for _, e := range d.ents {
			if len(e.name) > len(got) && (e.name == c.want || c.want == "") {
				got = e.name
			}
		}
		if c.want != "" && got != c.want {
			t.Errorf("%q: no body %q among %v", c.text, c.want, entNames(d))
		}
		if c.want == "" {
			for _, e := range d.ents {
				if e.name == "Fédération des pêcheurs" {
					t.Errorf("%q: lower-case run with no closing name read as a body", c.text)
				}
			}
		}
	}
}

func entNames(d *doc) []string {
	var out []string
	for _, e := range d.ents {
		out = append(out, e.name)
	}
	return out
}
