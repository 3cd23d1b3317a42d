package nlp

import (
	"os"
	"strings"
	"testing"
)

const corporaDir = "../../../shared/corpora"

func corpusOrSkip(t testing.TB, name string) []TreeSentence {
	t.Helper()
	if _, err := os.Stat(corporaDir); err != nil {
		t.Skip("no corpora")
	}
	s, err := ReadCorpus(corporaDir, name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTokenizerScores(t *testing.T) {
	for _, name := range []string{"ud-english-ewt/en_ewt-ud-dev.conllu.gz", "gum/gum-dev.conllu.gz"} {
		g := corpusOrSkip(t, name)
		w, s := ScoreTokenizer(g)
		t.Logf("%s: words F1 %.2f, sentences F1 %.2f", name, w, s)
	}
}

func tokSents(a *Analysis) string {
	var b strings.Builder
	for i, t := range a.Tokens {
		if i > 0 {
			if t.Sent != a.Tokens[i-1].Sent {
				b.WriteString(" || ")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// articleText is an article of about 1,000 words, made up for the benchmarks.
func articleText() string {
	par := []string{
		"Negotiators for the union and Acme Corp. met on Thursday in Washington, D.C., for a third round of talks. “We won't sign anything that cuts pensions,” said John Holland, the union's chief negotiator. He added that the company's offer of 3.5% a year was “an insult.”",
		"The company, which employs 12,000 people in the U.S. and Canada, said it had made a fair offer. Its spokeswoman, Mary O'Brien, told reporters on Friday that the firm can't afford more than $5.7 billion over five years. “They're asking for the moon!” she said.",
		"Talks resumed at 10:30 a.m. on Monday after a weekend of protests. About 2,000 workers gathered outside the headquarters; some carried signs reading \"Fair pay now\" and \"No cuts.\" Police said the protest was peaceful.",
		"Mr. Holland said the two sides remained far apart on health care. \"I'm hopeful, but we've been here before,\" he said. The last contract, signed in March 2021, expired at midnight on Sunday.",
		"Analysts at Morgan Stanley estimated that a strike would cost the firm about €200m a week (roughly 30 percent of its weekly revenue). Shares fell 4.2% in early trading, to $45.50.",
	}
	var b strings.Builder
	for b.Len() < 6000 {
		for _, p := range par {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	cases := []struct{ text, want string }{
		{"I don't know, can't say and won't go.", "I do n't know , ca n't say and wo n't go ."},
		{"It's Russia's deal; they're sure I'm right.", "It 's Russia 's deal ; they 're sure I 'm right ."},
		{"We’ve said he’ll come, she’d agree.", "We ’ve said he ’ll come , she ’d agree ."},
		{"Mr. Smith met Gen. Jones in the U.S. at 10:30 a.m. on Jan. 5.", "Mr. Smith met Gen. Jones in the U.S. at 10:30 a.m. on Jan. 5 ."},
		{"J. R. Smith paid $5.7 billion, 30% of 1,000 units (No. 4).", "J. R. Smith paid $ 5.7 billion , 30 % of 1,000 units ( No. 4 ) ."},
		{"A non-binding, 15,000-strong co-op vote.", "A non-binding , 15,000 - strong co-op vote ."},
		{"Mail bob@example.com or see https://example.com/a-b?c=1, @parley.", "Mail bob@example.com or see https://example.com/a-b?c=1 , @parley ."},
		{"He came 1st at 5pm — “really”… «oui» – ok?!", "He came 1st at 5 pm — “ really ” … « oui » – ok ?!"},
		{"They're gonna win, cannot lose.", "They 're gon na win , can not lose ."},
		{"Call 713-853-3989 for the 1990-2000 data.", "Call 713-853-3989 for the 1990 - 2000 data ."},
		{"The parents' views :-)", "The parents ' views :-)"},
		{"said Rep. Ann Cole (D-N.C.), head of the caucus.", "said Rep. Ann Cole ( D - N.C. ) , head of the caucus ."},
		{"the Managing Director, Engr. Tunde Bello, and Cllr. Ann Hale.", "the Managing Director , Engr. Tunde Bello , and Cllr. Ann Hale ."},
	}
	for _, c := range cases {
		a := Tokenize(c.text)
		var got []string
		for _, tk := range a.Tokens {
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.text, g, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct{ text, want string }{
		{"“That was it!” he said. Then he left.", "“ That was it ! ” he said . || Then he left ."},
		{"“Is it over?” Smith asked. “No,” she said.", "“ Is it over ? ” Smith asked . || “ No , ” she said ."},
		{"He left. “We won,” she said.", "He left . || “ We won , ” she said ."},
		{"He said “we won.” Then he left.", "He said “ we won . ” || Then he left ."},
		{"Mr. Holland met Dr. J. Smith. They talked.", "Mr. Holland met Dr. J. Smith . || They talked ."},
		{"But the Managing Director, Engr. Tunde Bello, disagreed. He left.", "But the Managing Director , Engr. Tunde Bello , disagreed . || He left ."},
		{"SBT's president director, Ir. Agus Pranoto, disagreed. He left.", "SBT 's president director , Ir. Agus Pranoto , disagreed . || He left ."},
		{"She teaches at Ss. Cyril and Methodius University. He left.", "She teaches at Ss. Cyril and Methodius University . || He left ."},
		{"It is based in the U.S. The firm said so.", "It is based in the U.S. || The firm said so ."},
		{"Strike Ends\n\nThe strike ended on Friday.", "Strike Ends || The strike ended on Friday ."},
		{"Strike Ends\nThe strike ended on Friday.\nWorkers returned.", "Strike Ends || The strike ended on Friday . || Workers returned ."},
		{"The strike ended on\nFriday after talks that lasted\nall night.", "The strike ended on Friday after talks that lasted all night ."},
		{"Prices rose 4.5 percent. Wages did not.", "Prices rose 4.5 percent . || Wages did not ."},
		{"Wait... What?", "Wait ... || What ?"},
		// a quotation and its attribution are one sentence
		{"“Why now?” President Donald Trump asked reporters. Nobody knew.", "“ Why now ? ” President Donald Trump asked reporters . || Nobody knew ."},
		{"“Stop!” Police moved in.", "“ Stop ! ” || Police moved in ."},
		// a quotation of complete sentences keeps its breaks; a quoted fragment has none
		{"\"We are ready. We will sign,\" he said.", "\" We are ready . || We will sign , \" he said ."},
		{"He called the offer “a joke. Frankly, an insult.” Talks ended.", "He called the offer “ a joke . Frankly , an insult . ” || Talks ended ."},
		{"Critics said it \"would fail. Not now\" and left.", "Critics said it \" would fail . Not now \" and left ."},
		{"We need to \"act. But not now,\" Ms Bauchtman said.", "We need to \" act . || But not now , \" Ms Bauchtman said ."},
		{"\"Now,\" he said, \"they don't. Or it's cynicism.\" Reporters left.", "\" Now , \" he said , \" they do n't . || Or it 's cynicism . \" || Reporters left ."},
		{"He said the \"plan was dead. Talks ended.", "He said the \" plan was dead . || Talks ended ."},
	}
	for _, c := range cases {
		if g := tokSents(Tokenize(c.text)); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.text, g, c.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	a := Tokenize("Title\n\nFirst one. Second one.\n\nThird one.")
	var got []bool
	for _, s := range a.Sentences {
		got = append(got, s.NewPar)
	}
	want := []bool{true, true, false, true}
	if len(got) != len(want) {
		t.Fatalf("sentences: %s", tokSents(a))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d NewPar %v, want %v", i, got[i], want[i])
		}
	}
}

func checkInvariants(t *testing.T, text string, a *Analysis) {
	t.Helper()
	prev := 0
	for i, tk := range a.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d %q: bad offsets %d-%d (prev end %d)", i, tk.Text, tk.Start, tk.End, prev)
		}
		if tk.Text != text[tk.Start:tk.End] {
			t.Fatalf("token %d: text %q != %q", i, tk.Text, text[tk.Start:tk.End])
		}
		if strings.TrimSpace(tk.Text) == "" {
			t.Fatalf("token %d is blank", i)
		}
		if tk.Head != -1 || tk.NER != "O" || tk.Mention != -1 {
			t.Fatalf("token %d: fields not reset", i)
		}
		prev = tk.End
	}
	next := 0
	for si, s := range a.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(a.Tokens) {
			t.Fatalf("sentence %d: tokens %d-%d, want start %d", si, s.First, s.Last, next)
		}
		if s.Start != a.Tokens[s.First].Start || s.End != a.Tokens[s.Last-1].End {
			t.Fatalf("sentence %d: bad offsets", si)
		}
		for k := s.First; k < s.Last; k++ {
			if a.Tokens[k].Sent != si {
				t.Fatalf("token %d: Sent %d, want %d", k, a.Tokens[k].Sent, si)
			}
		}
		next = s.Last
	}
	if next != len(a.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(a.Tokens))
	}
	if len(a.Sentences) > 0 && !a.Sentences[0].NewPar {
		t.Fatalf("first sentence does not start a paragraph")
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", " ", "\n\n", "Hello world.", "I don't know. He said “Yes!” she said.", "$5.7bn, 30%... U.S. a.m.",
		"http://x.y/z. bob@x.com @h #tag :-) 713-853-3989", "\xff\xfe invalid \xc3", "'''\"\"\"...---", "n't 's ' s'",
		"GBP45.50 €200m 1st 5pm cannot gonna", "He called it “a joke. An insult.” “Why?” Smith asked.", "0\u0085 x\u1680y", "A\nB\nC.\n\nD", "Mr.", "e.g.,", "-", "’s ’",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := Tokenize(text)
		checkInvariants(t, text, a)
		valueEntities(a)
	})
}

func TestTokenizeInvariants(t *testing.T) {
	for _, s := range []string{articleText(), "\xff\xfe\xfd", "a\u00a0b\u2009c", "..!?..", "‘’“”"} {
		checkInvariants(t, s, Tokenize(s))
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := articleText()
	words := len(strings.Fields(text))
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Tokenize(text)
	}
	b.ReportMetric(float64(words), "words")
}
