package nlp

import (
	"strings"
	"sync"
	"testing"
)

// audit2Analyzer loads the analysis layer once for the tests below.
var audit2Analyzer = sync.OnceValues(New)

// TestCorefDescribedSpeakers checks the run-time rules for a "he" that
// speaks after a person the sentence before describes or names as its
// subject: the pronoun's cluster holds that person, not a speaker quoted
// earlier.
func TestCorefDescribedSpeakers(t *testing.T) {
	const intro = "Talks in Geneva ended on Friday. Speaking to reporters, the army's negotiator, Omar Haddad, said his side was committed to peace.\n\n" +
		"\"We came here in good faith,\" he said.\n\n"
	tests := []struct {
		name, text, pronounAfter, want string
	}{
		{"an unnamed source described by role",
			intro + "A rebel adviser, who asked not to be named, rejected that account. He said the army had walked out.",
			"account.", "adviser"},
		{"a role's subject reporting a pronoun",
			intro + "The EU's envoy for the Sahel, Joao Cravinho, said he was disappointed.",
			"Cravinho, said", "envoy"},
		{"a speaker named in an entry title and the entry",
			"Talks - live updates\n\nUS envoy Mark Hale said Washington wanted a deal.\n\n\"The president has been very clear,\" Hale said.\n\n" +
				"Erdogan offers to host leaders\n\nTurkish President Recep Tayyip Erdogan said Turkey was ready to host a meeting.\n\n\"Ankara can be the capital of peace,\" he said.",
			"peace,\"", "Recep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an, err := audit2Analyzer()
			if err != nil {
				t.Fatal(err)
			}
			a := an.Analyze(tt.text)
			pron, want := pronounAndMention(t, a, tt.text, tt.pronounAfter, tt.want)
			if a.Mentions[pron].Cluster != a.Mentions[want].Cluster {
				t.Errorf("%q is in cluster %d, want %d (%q)", a.Tokens[a.Mentions[pron].Head].Text, a.Mentions[pron].Cluster, a.Mentions[want].Cluster, tt.want)
			}
		})
	}
}

// pronounAndMention returns the first pronoun mention after the text
// pronounAfter and the first mention headed by the word want, failing the
// test when either is missing.
func pronounAndMention(t *testing.T, a *Analysis, text, pronounAfter, want string) (int, int) {
	t.Helper()
	at := strings.Index(text, pronounAfter) + len(pronounAfter)
	pron, w := -1, -1
	for mi, m := range a.Mentions {
		tk := &a.Tokens[m.Head]
		if pron < 0 && m.Kind == PronounMention && tk.Start >= at {
			pron = mi
		}
		if w < 0 && tk.Text == want {
			w = mi
		}
	}
	if pron < 0 || w < 0 {
		t.Fatalf("no pronoun after %q or no mention %q", pronounAfter, want)
	}
	return pron, w
}

// TestCorefBodyNameClash checks the run-time rule that keeps a body's
// or a place's name out of a cluster named otherwise: "World Trade
// Organization" cannot join "European Union", "Big Machine Label Group"
// can join "Big Machine Records" (a shared word), "EU" can join
// "European Union" (its acronym); and two bodies named for the same
// place, whose names end in different nouns of bodies, are two bodies
// ("the Klaipėda State Seaport Authority" is not "the Klaipėda Dockers'
// Union": its "it said" had gone to the union).
func TestCorefBodyNameClash(t *testing.T) {
	checkClashes(t, "The European Union met the World Trade Organization. Big Machine Records sued, and Big Machine Label Group said the EU was wrong.",
		[]string{"European Union", "Big Machine Records"}, []clashCase{
			{"World Trade Organization", 0, true},
			{"Big Machine Label Group", 1, false},
			{"EU", 0, false},
		})
	checkClashes(t, "The Riga Dockers' Union met the Riga State Port Authority and the Riga Freeport Board. Big Machine Records sued, and Big Machine Label Group said it was wrong.",
		[]string{"Riga Dockers' Union", "Big Machine Records"}, []clashCase{
			{"Riga State Port Authority", 0, true},
			{"Riga Freeport Board", 0, true},
			{"Big Machine Label Group", 1, false},
		})
}

// clashCase is a name mention, the cluster (an index into the clusters
// checkClashes makes) it is tried against, and whether it must clash.
type clashCase struct {
	name    string
	cluster int
	want    bool
}

// checkClashes analyses text, makes one cluster named by each of the
// names clusters gives, and checks each case's clash against its cluster.
func checkClashes(t *testing.T, text string, clusters []string, cases []clashCase) {
	t.Helper()
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(text)
	s := &crRun{a: a}
	s.prepare()
	at := func(name string) int {
		for k, m := range s.mentions {
			if m.Kind == NameMention && a.Span(m.First, m.Last) == name {
				return k
			}
		}
		t.Fatalf("no name mention %q among %d", name, len(s.mentions))
		return -1
	}
	s.cls = nil
	for _, c := range clusters {
		s.cls = append(s.cls, crCluster{name: at(c)})
	}
	for _, tc := range cases {
		if got := s.clashes(at(tc.name), tc.cluster); got != tc.want {
			t.Errorf("clashes(%q, cluster of %q) = %v, want %v", tc.name, clusters[tc.cluster], got, tc.want)
		}
	}
}

// TestCorefNearestNamesake checks a surname alone where the story names two
// people of that surname in full: before either is called by the surname
// alone, it goes with the one named last of those named as speakers, or,
// where none was, with the one mentioned last when the story quoted that
// one after a pronoun; once one has been, and after a courtesy title, the
// model decides as before.
func TestCorefNearestNamesake(t *testing.T) {
	const senator = "Talks on the reactor deal resumed on Monday.\n\n\"The deal must rule out enrichment,\" said Senator Thomas Kerrigan, an Ohio Republican. The senator said he would try to block it.\n\n"
	tests := []struct {
		name, text, after, want string
	}{
		{"the one named last",
			senator + "\"There are models for this,\" said Aoife Kerrigan, a fellow at the Arms Policy Center, who is not related to the senator.\n\nKerrigan, who advised the State Department, said the deal could still be saved.",
			"related to the senator.", "Aoife"},
		{"the one already called by the surname",
			"Talks on the reactor deal resumed on Monday.\n\nThomas Kerrigan, an Ohio senator, said the deal must rule out enrichment. Kerrigan said he would try to block it.\n\nHis daughter, Aoife Kerrigan, a fellow at the Arms Policy Center, disagreed.\n\nKerrigan, speaking to reporters, said the senate would vote in March.",
			"disagreed.", "Thomas"},
		{"only those named as speakers",
			"Talks on the reactor deal resumed on Monday.\n\nUnion leader Maria Kerrigan said the offer fell short. Her brother, Daniel Kerrigan, runs a haulage firm.\n\n\"We will not go back for less,\" Kerrigan told reporters.",
			"haulage firm.", "Maria"},
		{"none named as a speaker: the one mentioned last, quoted after",
			"Talks on the fishing deal ended on Monday.\n\nMaria Lucia Kerrigan, 59, has sold fish on this beach since she was fourteen. Everyone here calls her Nha Lucia. She is one of the traders who buy the catch on the sand, and she sat on the negotiating team.\n\n\"Before, the men went to sea and the telephone decided whether they had worked,\" she said.\n\nThe plant's managing director, Paulo Ramos Neto, said the company had resisted the clause. \"A plant is a machine that must be fed every day,\" he said.\n\nThe talks nearly failed over the payment terms. Nha Lucia's son, Edson Kerrigan, 34, who skippers one of the boats, remembers the day. \"My mother stood up and said the plant was asking the poorest people to lend it money,\" he said. \"Nobody had an answer to that.\"\n\nA young fisherman who works on his uncle's boat said the price was too low. \"The hotels pay twice that,\" he said.\n\nKerrigan said the associations had chosen security over the best price. \"The hotels do not buy every day,\" he said.",
			"answer to that.\"", "Edson"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an, err := audit2Analyzer()
			if err != nil {
				t.Fatal(err)
			}
			a := an.Analyze(tt.text)
			at := strings.Index(tt.text, tt.after) + len(tt.after)
			bare, full := -1, -1
			for mi, m := range a.Mentions {
				if tk := &a.Tokens[m.First]; bare < 0 && m.Kind == NameMention && tk.Start >= at && tk.Text == "Kerrigan" && m.Last-m.First == 1 {
					bare = mi
				}
				if tk := &a.Tokens[m.First]; full < 0 && m.Kind == NameMention && tk.Text == tt.want {
					full = mi
				}
			}
			if bare < 0 || full < 0 {
				t.Fatalf("mentions not found: bare %d, %s %d", bare, tt.want, full)
			}
			if a.Mentions[bare].Cluster != a.Mentions[full].Cluster {
				t.Errorf("Kerrigan is in cluster %d, want %d (%s Kerrigan)", a.Mentions[bare].Cluster, a.Mentions[full].Cluster, tt.want)
			}
		})
	}
}

// TestCorefCreditedSubject checks that the pronoun of a closing credit
// ("…, he said.") is not the name the credited clause has as its subject
// ("Hallberg would keep its name…, he said" is someone speaking of the
// company, not Hallberg), whether the parser reads the clause as the
// credit's complement or the credit as an aside.
func TestCorefCreditedSubject(t *testing.T) {
	text := "Thai group buys Norwegian fish farmer\n\nOlav Hallberg, 80, founded Hallberg Fisk in 1971. \"I want to see the company in strong hands,\" Hallberg told a local newspaper last month.\n\n" +
		"\"We want to control the supply from the fjord to the shelf,\" Siam Harvest chief executive Somchai Boonyarit said in an interview. Hallberg would keep its name and its headquarters in Tromso, he said. \"It would be stupid to move it to Bangkok,\" he said."
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(text)
	pron, name := pronounAndMention(t, a, text, "in Tromso,", "Hallberg")
	if c := a.Mentions[pron].Cluster; c >= 0 && c == a.Mentions[name].Cluster {
		t.Errorf("%q is in the cluster of Hallberg (%d)", a.Tokens[a.Mentions[pron].Head].Text, c)
	}
}
