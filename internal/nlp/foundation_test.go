package nlp

import (
	"bytes"
	"strings"
	"testing"
	"unsafe"
)

// TestPerceptronTable: a compiled table scores as the averaged weights do,
// up to quantisation, and reads back from a container.
func TestPerceptronTable(t *testing.T) {
	p := NewPerceptron(3)
	feats := [][]uint64{
		{Feat(1).Str("the").Sum(), Feat(2).Str("DET").Sum()},
		{Feat(1).Str("union").Sum(), Feat(2).Str("NOUN").Sum()},
		{Feat(1).Str("said").Sum(), Feat(2).Str("VERB").Sum()},
	}
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for truth, f := range feats {
			p.Tick()
			p.Update(f, truth, p.Predict(f, scores, nil), 1)
		}
	}
	p.Average()
	c := NewContainer()
	c.Add("w", p.Compile(1))
	c.AddLabels("labels", []string{"DET", "NOUN", "VERB"})
	ct, err := ParseContainer(c.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ct.Table("w")
	if err != nil {
		t.Fatal(err)
	}
	labels, err := ct.Labels("labels")
	if err != nil || strings.Join(labels, ",") != "DET,NOUN,VERB" {
		t.Fatalf("labels %v, %v", labels, err)
	}
	iscores := make([]int32, 3)
	for truth, f := range feats {
		if got := tab.Best(f, iscores, nil); got != truth {
			t.Errorf("features %d: class %d, want %d", truth, got, truth)
		}
		if want := p.Predict(f, scores, nil); want != truth {
			t.Errorf("perceptron: class %d, want %d", want, truth)
		}
	}
	if got := tab.Best([]uint64{Feat(9).Str("unseen").Sum()}, iscores, nil); got != 0 {
		t.Errorf("no known feature: class %d, want the first (all zero)", got)
	}
	if _, err := ct.Table("missing"); err == nil {
		t.Error("a missing section gave no error")
	}
}

func TestStrMap(t *testing.T) {
	m := map[string]string{"went\tVERB": "go", "mice\tNOUN": "mouse", "": "empty key", "x": ""}
	sm, err := LoadStrMap(BuildStrMap(m))
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range m {
		if got, ok := sm.Get(k); !ok || got != want {
			t.Errorf("Get(%q) = %q, %v; want %q", k, got, ok, want)
		}
	}
	if _, ok := sm.Get("goes\tVERB"); ok {
		t.Error("a missing key was found")
	}
	if sm.Len() != len(m) {
		t.Errorf("Len %d, want %d", sm.Len(), len(m))
	}
}

func TestContainerRejectsBadBytes(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("PRLY"), []byte("XXXX\x01\x00\x00\x00\x00\x00\x00\x00"), append([]byte("PRLY\x01\x00\x00\x00\x01\x00\x00\x00\x02\x00ab"), 0xff, 0xff, 0xff, 0x7f, 1, 0, 0, 0)} {
		if _, err := ParseContainer(b); err == nil {
			t.Errorf("ParseContainer(%q) gave no error", b)
		}
	}
	if _, err := ReadContainer(""); err == nil {
		t.Error("an empty model file gave no error")
	}
}

const conlluFixture = `# sent_id = a-1
# text = We can't stop.
1	We	we	PRON	PRP	_	3	nsubj	_	_
2-3	can't	_	_	_	_	_	_	_	_
2	ca	can	AUX	MD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	stop	stop	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

`

// TestCoNLLURoundTrip: words, spacing and multiword tokens come back as
// text with real offsets; writing keeps the comments and the columns.
func TestCoNLLURoundTrip(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(conlluFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Words) != 5 || len(sents[0].Multi) != 1 {
		t.Fatalf("read %+v", sents)
	}
	a := FromTreebank(sents)
	if a.Text != "We can't stop." {
		t.Errorf("text %q, want %q", a.Text, "We can't stop.")
	}
	for _, tok := range a.Tokens {
		if a.Text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at %d:%d", tok.Text, tok.Start, tok.End)
		}
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, a, sents); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "# sent_id = a-1\n# text = We can't stop.\n1\tWe\t") {
		t.Errorf("written:\n%s", buf.String())
	}
	if _, err := ReadCoNLLU(strings.NewReader("1\tonly three\tcolumns\n")); err == nil {
		t.Error("a bad line gave no error")
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(conlluFixture)
	f.Add("1-2\tx\n")
	f.Add("1\ta\t_\t_\t_\t_\t9\tdep\t_\t_\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		sents, err := ReadCoNLLU(strings.NewReader(s))
		if err != nil {
			return
		}
		a := FromTreebank(sents)
		for _, tok := range a.Tokens {
			if tok.Start < 0 || tok.End > len(a.Text) || a.Text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %q at %d:%d of %q", tok.Text, tok.Start, tok.End, a.Text)
			}
		}
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, a, sents); err != nil {
			t.Fatal(err)
		}
	})
}

// TestAnalyzerConcurrent: one Analyzer serves several goroutines at once
// (the bot shares one) and gives each the same analysis as alone.
func TestAnalyzerConcurrent(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Russian President Vladimir Putin said Moscow would not accept the offer. He left on Friday.",
		"The union rejected the company's pay offer of 3% on Monday, its leader Maria Lopez said.",
		"Talks will resume next week in Geneva, according to the ministry.",
		"“We are ready,” said Anna Berg, the mediator. She expects a deal by March 3.",
	}
	render := func(an *Analysis) string {
		var b bytes.Buffer
		if err := WriteCoNLLU(&b, an, nil); err != nil {
			t.Error(err)
		}
		return b.String()
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = render(a.Analyze(s))
	}
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				if got := render(a.Analyze(texts[i])); got != want[i] {
					t.Errorf("text %d analysed concurrently differs from alone", i)
					return
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

// TestContainerAligned: a section added with AddAligned starts at a
// multiple of 64 bytes of the file, whatever comes before it, and every
// section reads back as written.
func TestContainerAligned(t *testing.T) {
	for _, before := range []int{0, 1, 7, 63, 64, 100} {
		c := NewContainer()
		c.Add("a", bytes.Repeat([]byte{1}, before))
		c.AddAligned("line", []byte("bucket"))
		c.Add("b", []byte("tail"))
		file := c.Bytes()
		ct, err := ParseContainer(file)
		if err != nil {
			t.Fatal(err)
		}
		for name, want := range map[string]string{"a": strings.Repeat("\x01", before), "line": "bucket", "b": "tail"} {
			got, err := ct.Section(name)
			if err != nil || string(got) != want {
				t.Fatalf("before %d: section %q = %q, %v", before, name, got, err)
			}
		}
		line, _ := ct.Section("line")
		if off := uintptr(unsafe.Pointer(unsafe.SliceData(line))) - uintptr(unsafe.Pointer(unsafe.SliceData(file))); off%64 != 0 {
			t.Fatalf("before %d: aligned section at offset %d", before, off)
		}
	}
}
