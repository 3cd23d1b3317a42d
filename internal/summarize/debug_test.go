package summarize

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestDebugSeed(t *testing.T) {
	path := os.Getenv("PARLEY_DEBUG_FILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	br, err := Summarize(Input{Text: string(b)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(string(b))
	d.findMentions()
	for _, m := range d.mentions {
		fmt.Printf("M %q kind=%s role=%q ent=%d\n", m.name, m.kind, m.role, m.ent)
	}
	for i, e := range d.ents {
		fmt.Printf("E%d %q %s g=%c roles=%v party=%q n=%d\n", i, e.name, e.kind, e.gender, e.roles, e.party, e.mentions)
	}
	d.attribute()
	for qi, q := range d.quotes {
		a := d.attrs[qi]
		fmt.Printf("Q %q -> %q cue=%q how=%s partial=%v drop=%v\n", q.content(d.text), a.speaker, a.cue, a.how, a.partial, a.drop)
	}
	if os.Getenv("PARLEY_DEBUG_SHORT") != "" {
		return
	}
	for i, s := range br.Sentences {
		fmt.Printf("S%d [%d] %s\n", i, s.Para, s.Text)
	}
	out, _ := json.MarshalIndent(br, "", "  ")
	fmt.Println(string(out))
}
