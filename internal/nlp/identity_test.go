package nlp

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The identity test pins the layer's output on real text: speed work on the
// tokenizer, the tagger, the lemmatizer, the parser and the coreference
// resolver must leave every token, tag, lemma, head, relation, mention and
// cluster byte-identical. The golden files in testdata/speed were written
// by this test (-update-identity) from the code and models before the
// speed work; regenerate them only when a model or an output changes on
// purpose, and say so.
//
// Each stage is checked on the golden input of that stage, so that a
// change elsewhere does not hide or fake a change here: the tokens come
// from Tokenize; tags, lemmas and trees are predicted on the golden tokens
// and sentences; coreference runs on the golden entities. The golden
// records a hash of the entity model and its code (ner.bin, ner.go,
// ner_features.go, gazetteer.go, values.go) so that a failure says
// whether they changed; the entities are compared whatever the hash (an
// earlier version skipped them when it differed, and so checked nothing
// for a while after a rule changed).

var updateIdentity = flag.Bool("update-identity", false, "rewrite testdata/speed/*.golden from the current code and models")

// identityFixtures are the texts the identity test reads from
// testdata/speed: the seed article and a longer news story written for
// the tests.
var identityFixtures = []string{"seed", "port-strike"}

// nerModelHash identifies the entity model and code the golden entities
// come from.
func nerModelHash() string {
	h := sha256.New()
	h.Write([]byte(nerModel))
	for _, name := range []string{"ner.go", "ner_features.go", "gazetteer.go", "values.go"} {
		b, err := os.ReadFile(name)
		if err != nil {
			return "unknown: " + err.Error()
		}
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// identityDump is an analysis written as lines, one section per stage.
type identityDump struct {
	tokens, sents, syntax, ner, coref []string
}

func dumpAnalysis(a *Analysis) identityDump {
	var d identityDump
	for i, tk := range a.Tokens {
		d.tokens = append(d.tokens, fmt.Sprintf("T\t%d\t%s\t%d\t%d\t%t", i, strconv.Quote(tk.Text), tk.Start, tk.End, tk.SpaceAfter))
		d.syntax = append(d.syntax, fmt.Sprintf("P\t%d\t%s\t%s\t%s\t%d\t%s", i, tk.UPOS, tk.XPOS, strconv.Quote(tk.Lemma), tk.Head, tk.Rel))
		d.ner = append(d.ner, fmt.Sprintf("N\t%d\t%s", i, tk.NER))
		d.coref = append(d.coref, fmt.Sprintf("X\t%d\t%d", i, tk.Mention))
	}
	for i, s := range a.Sentences {
		d.sents = append(d.sents, fmt.Sprintf("S\t%d\t%d\t%d\t%d\t%d\t%t", i, s.Start, s.End, s.First, s.Last, s.NewPar))
	}
	for _, e := range a.Entities {
		d.ner = append(d.ner, fmt.Sprintf("E\t%s\t%d\t%d\t%s", e.Type, e.First, e.Last, strconv.Quote(e.Text)))
	}
	for i, m := range a.Mentions {
		d.coref = append(d.coref, fmt.Sprintf("M\t%d\t%d\t%d\t%d\t%s\t%s\t%d", i, m.First, m.Last, m.Head, m.Kind, m.Type, m.Cluster))
	}
	for i, c := range a.Clusters {
		d.coref = append(d.coref, fmt.Sprintf("C\t%d\t%s\t%s\t%v", i, c.Type, strconv.Quote(c.Name), c.Mentions))
	}
	return d
}

func (d identityDump) String() string {
	var b strings.Builder
	for _, sec := range [][]string{d.tokens, d.sents, d.syntax, d.ner, d.coref} {
		for _, l := range sec {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// readIdentityGolden reads a golden file back into its sections, and
// rebuilds the analysis it describes (tokens, sentences, entities).
func readIdentityGolden(t *testing.T, text, path string) (hash string, d identityDump, a *Analysis) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update-identity to write it): %v", err)
	}
	a = &Analysis{Text: text}
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("%s: bad number %q", path, s)
		}
		return n
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		f := strings.Split(line, "\t")
		switch f[0] {
		case "ner":
			hash = f[1]
		case "T":
			d.tokens = append(d.tokens, line)
			word, err := strconv.Unquote(f[2])
			if err != nil {
				t.Fatalf("%s: %q: %v", path, line, err)
			}
			a.Tokens = append(a.Tokens, Token{Text: word, Start: atoi(f[3]), End: atoi(f[4]), SpaceAfter: f[5] == "true", Head: -1, NER: "O", Mention: -1})
		case "S":
			d.sents = append(d.sents, line)
			s := Sentence{Start: atoi(f[2]), End: atoi(f[3]), First: atoi(f[4]), Last: atoi(f[5]), NewPar: f[6] == "true"}
			for i := s.First; i < s.Last; i++ {
				a.Tokens[i].Sent = len(a.Sentences)
			}
			a.Sentences = append(a.Sentences, s)
		case "P":
			d.syntax = append(d.syntax, line)
		case "N":
			d.ner = append(d.ner, line)
			a.Tokens[atoi(f[1])].NER = f[2]
		case "E":
			d.ner = append(d.ner, line)
			et, err := strconv.Unquote(f[4])
			if err != nil {
				t.Fatalf("%s: %q: %v", path, line, err)
			}
			a.Entities = append(a.Entities, Entity{Type: f[1], First: atoi(f[2]), Last: atoi(f[3]), Text: et})
		case "X", "M", "C":
			d.coref = append(d.coref, line)
		default:
			t.Fatalf("%s: unknown line %q", path, line)
		}
	}
	return hash, d, a
}

// sameLines reports the first differences between two sections.
func sameLines(t *testing.T, what string, got, want []string) bool {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d lines, golden has %d", what, len(got), len(want))
	}
	bad := 0
	for i := 0; i < len(got) && i < len(want); i++ {
		if got[i] != want[i] {
			if bad < 5 {
				t.Errorf("%s: got  %q\n%s: want %q", what, got[i], what, want[i])
			}
			bad++
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d lines differ", what, bad)
	}
	return bad == 0 && len(got) == len(want)
}

func TestAnalysisIdentity(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Skipf("models not loaded: %v", err)
	}
	tag, lemma, parse, ner, coref := an.Stages()
	for _, name := range identityFixtures {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "speed", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			path := filepath.Join("testdata", "speed", name+".golden")
			if *updateIdentity {
				out := "ner\t" + nerModelHash() + "\n" + dumpAnalysis(an.Analyze(text)).String()
				if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			hash, want, ga := readIdentityGolden(t, text, path)

			// Tokens, from the tokenizer.
			sameLines(t, "tokens", dumpAnalysis(Tokenize(text)).tokens, want.tokens)

			// Tags, lemmas and trees, on the golden tokens and sentences.
			a := &Analysis{Text: text, Tokens: append([]Token(nil), ga.Tokens...), Sentences: ga.Sentences}
			for i := range a.Tokens {
				a.Tokens[i].NER, a.Tokens[i].Mention = "O", -1
			}
			tag(a)
			lemma(a)
			parse(a)
			sameLines(t, "syntax", dumpAnalysis(a).syntax, want.syntax)

			// Entities, always: an entity rule or model that changes them
			// must rewrite the golden on purpose, as any other stage.
			ner(a)
			if !sameLines(t, "entities", dumpAnalysis(a).ner, want.ner) && hash != nerModelHash() {
				t.Errorf("the entity model or its code changed since the golden (%s, golden written with %s): if the change is meant, rewrite the goldens with -update-identity and say so", nerModelHash(), hash)
			}

			// Coreference, on the golden entities (and this run's syntax,
			// checked above).
			for i := range a.Tokens {
				a.Tokens[i].NER = ga.Tokens[i].NER
			}
			a.Entities = append([]Entity(nil), ga.Entities...)
			coref(a)
			sameLines(t, "coreference", dumpAnalysis(a).coref, want.coref)
		})
	}
}
