package ask

import (
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/summarize"
)

// TestPeopleAndTypes covers who a question asks about and what kind of
// answer it wants, on an article of our own (testdata/port-strike.txt):
// two people who share a surname, a person named beside a speaker, a
// person under a title that names a body first, a cue of intention, a
// word inside curly quotes, "who is X?", "which newspaper", "in what
// year".
func TestPeopleAndTypes(t *testing.T) {
	a := fileArticle(t, "port-strike.txt")
	tests := []struct {
		name     string
		q        string
		want     []string // all must be in the answer
		notWant  []string // none may be
		declined bool
	}{
		{"a surname shared with the speaker", "What did Daniel Lopez say?", []string{"Daniel Lopez"}, []string{"Sequestration"}, true},
		{"the speaker by her full name", "What did Maria Lopez say?", []string{"Sequestration", "out of touch"}, nil, false},
		{"a title before the name", "What did Harbour Authority Chairman Peter Holm say?", []string{"diverted"}, nil, false},
		{"typed in lower case", "what did maria lopez say?", []string{"Sequestration", "out of touch"}, nil, false},
		{"a shared surname, typed in lower case", "what did daniel lopez say?", nil, []string{"Sequestration", "4%"}, true},
		{"a word inside curly quotes", "What did Maria Lopez say about sequestration?", []string{"Sequestration of our pensions"}, []string{"never mentions"}, false},
		{"a name beside the speaker is no title of hers", "What did Anna Berg say?", []string{"Anna Berg"}, []string{"out of touch"}, true},
		{"a title naming the body first", "What did Holm say?", []string{"diverted"}, []string{"Grey", "restart"}, false},
		{"who is X: the sentence that describes X", "Who is Maria Lopez?", []string{"Union leader Maria Lopez"}, []string{"brother"}, false},
		{"who is X, with the title before the name", "Who is Peter Holm?", []string{"Harbour Authority Chairman Peter Holm"}, nil, false},
		{"which newspaper: a name, not the word", "Which newspaper reported the strike?", []string{"Halden Courier"}, nil, false},
		{"in what year", "In what year did the board decide against a higher offer?", []string{"2024"}, nil, false},
		{"a decision is not speech", "What did the board say?", nil, []string{"decided against"}, true},
		{"a body sued, named right before the cue, did not speak", "What did the Customs Office say?", []string{"anything the Customs Office said"}, []string{"unlawful"}, true},
		{"two names asked together", "What did Thomas Grey and Peter Holm say?", []string{"restart talks", "diverted"}, nil, false},
		{"two names, one silent", "What did Anna Berg and Daniel Lopez say?", []string{"Anna Berg and Daniel Lopez"}, []string{"Sequestration"}, true},
		{"who leads a body", "Who leads the Harbour Authority?", []string{"Peter Holm"}, nil, false},
		{"who is a body's chief", "Who is the port operator's chief?", []string{"Thomas Grey"}, nil, false},
		{"an office the article gives no one", "Who is the union's treasurer?", nil, nil, true},
		{"a verb of two words the article writes as one", "Who turned down the pay offer?", []string{"rejected the latest pay offer"}, nil, false},
		{"who did it: the evidence has the deed", "Who led the Customs Office?", nil, []string{"unlawful"}, true},
		{"a name asked for", "What is the name of Maria Lopez's brother?", []string{"Daniel Lopez"}, nil, false},
		{"a name asked for that the article never gives", "What is the name of the union's treasurer who met Lopez?", nil, nil, true},
		{"the day the question names is no answer", "What time on Tuesday did the union reject the offer?", nil, nil, true},
		{"what will happen is not what happened", "When will the board decide on a higher offer?", nil, []string{"2024"}, true},
		{"what will happen", "When will the talks restart?", []string{"next week"}, nil, false},
		{"a deadline the article never sets", "What is the deadline for a deal?", nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnswer(t, tt.q, a.Answer(tt.q, nil), tt.want, tt.notWant, tt.declined)
		})
	}
}

// TestNameKeysHoldNoStopwords: a name's aliases give it keys, but not
// their function words ("the" of "the Hague" made every question with
// "the" ask about the Netherlands).
func TestNameKeysHoldNoStopwords(t *testing.T) {
	b := &summarize.Brief{Parties: []summarize.Party{
		{Name: "Netherlands", Kind: summarize.KindCountry},
		{Name: "United States", Kind: summarize.KindCountry},
	}}
	for _, n := range collectNames(b) {
		for _, k := range n.keys {
			if isStop(k) || titleish[k] {
				t.Errorf("name %q has the key %q", n.full, k)
			}
		}
	}
}

// TestQuestionTypeMeasured: "how much / many of X" measures X; "in what
// year" asks for a date; "which newspaper" for a name.
func TestQuestionTypeMeasured(t *testing.T) {
	tests := []struct {
		q       string
		atype   answerType
		counted string
	}{
		{"How much of a raise will workers get?", typeQuantity, "raise"},
		{"How many of the workers walked out?", typeQuantity, "workers"},
		{"How much gas will Russia sell?", typeQuantity, ""},
		{"In what year was the deal signed?", typeDate, ""},
		{"Which newspaper reported it?", typeAgent, ""},
		{"Which Democratic candidate does he back?", typeAgent, ""},
	}
	for _, tt := range tests {
		q := &question{raw: tt.q, words: words(tt.q)}
		q.wh = q.words[0]
		if questionPreps[q.wh] {
			q.wh = q.words[1]
		}
		if a, c := questionType(q); a != tt.atype || c != tt.counted {
			t.Errorf("questionType(%q) = %v, %q; want %v, %q", tt.q, a, c, tt.atype, tt.counted)
		}
	}
}

// TestCoverageWeighsVariants: for ranking, a sentence that uses the
// question's word covers it better than one that uses a synonym.
func TestCoverageWeighsVariants(t *testing.T) {
	ix := newIndex([]string{"The talks begin next week.", "The summit begins on 16 December."})
	q := []string{termOf("summit"), termOf("begin")}
	byVariant, exact := ix.exactCoverage(q, []int{0}), ix.exactCoverage(q, []int{1})
	if !(byVariant > 0.5 && byVariant < exact && exact == 1) {
		t.Errorf("exact coverage by a synonym %.2f, by the word %.2f: want 0.5 < synonym < word = 1", byVariant, exact)
	}
	// Thresholds read plain coverage, where a synonym counts in full.
	if c := ix.coverage(q, []int{0}); c != 1 {
		t.Errorf("coverage by a synonym %.2f, want 1", c)
	}
}

// TestWrittenAsName: a question names a many-word name only with a capital.
func TestWrittenAsName(t *testing.T) {
	us := &name{full: "United States", keys: []string{"united", "states"}}
	tests := []struct {
		raw  string
		want bool
	}{
		{"What do the states argue?", false},
		{"What did the United States say?", true},
		{"What did the States say?", true},
		{"what did the united states say?", true},
		{"what do the states argue?", true},
	}
	for _, tt := range tests {
		if got := writtenAsName(us, tt.raw); got != tt.want {
			t.Errorf("writtenAsName(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}

// TestFirstSentenceAgentNoPanic: a "which newspaper" answer found in the
// article's first sentence looks at no sentence before it (it panicked).
func TestFirstSentenceAgentNoPanic(t *testing.T) {
	text := "The Harbour Gazette reports that the port operator avoided a strike vote on Sunday in order to keep the details of its offer under wraps.\n\n" +
		"The operator was headed to a vote following a sudden collapse of the talks, but ditched the plan, the Gazette has learned.\n\n" +
		"Union leader Maria Lopez said the offer was too low.\n"
	r := textArticle(t, text).Answer("Which newspaper reported the story?", nil)
	if r.Declined || !strings.Contains(r.Answer, "Harbour Gazette") {
		t.Errorf("Answer = %q (declined %v), want the Harbour Gazette", r.Answer, r.Declined)
	}
}

// TestTitleInsideQuotation: a description that ends a quotation right
// before its speaker's name is no title of the speaker ("… helps workers
// and the company,” Perez said).
func TestTitleInsideQuotation(t *testing.T) {
	text := "Labor Secretary Tom Perez helped the two sides reach a deal on Friday.\n\n" +
		"“The agreement helps workers and the company,” Perez said in a statement.\n\n" +
		"The strike lasted six weeks.\n"
	r := textArticle(t, text).Answer("What did the company say?", nil)
	if strings.Contains(r.Answer, "helps workers") {
		t.Errorf("Answer = %q: Perez's words given to the company", r.Answer)
	}
}

// TestGroupByItsHead: a group named by common nouns ("workers") is not a
// body whose name uses them ("the Communications Workers of America").
func TestGroupByItsHead(t *testing.T) {
	a := textArticle(t, "Verizon reached a deal with its unions on Friday.\n\n"+
		"The contract covers about 100 workers in six stores, according to the Communications Workers of America, one of the unions representing the employees.\n\n"+
		"Workers objected to the company's attempts to relocate them across the country.\n")
	checkAnswer(t, "What do the workers want?", a.Answer("What do the workers want?", nil), []string{"relocate"}, []string{"six stores"}, false)
}

// TestHowManyDoesXSay: "how many … does X say …" asks for a number, not
// for X's words; a name in the article ends at a closing quotation mark.
func TestHowManyDoesXSay(t *testing.T) {
	a := textArticle(t, "Senator Bernie Sanders spoke in Ohio on Friday.\n\n"+
		"Sanders said 20 million people would lose health care if the law were repealed.\n\n"+
		"“We will not go back to the time of Trump,” Sanders said.\n")
	q := "How many people does Sanders say would lose health care?"
	checkAnswer(t, q, a.Answer(q, nil), []string{"20 million"}, nil, false)
	for _, tt := range []struct {
		word string
		want bool
	}{{"Trump,”", true}, {"Trump,\"", true}, {"E.", false}, {"Clinton", false}, {"deal,", true}} {
		if got := endsPhrase(tt.word); got != tt.want {
			t.Errorf("endsPhrase(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestWithheldAnswer: a sentence saying the answer was withheld is no
// answer ("Not going to go into that").
func TestWithheldAnswer(t *testing.T) {
	a := textArticle(t, "A bomb exploded in Chelsea on Saturday night.\n\n"+
		"Asked to describe the device that caused the explosion, Police Commissioner James O'Neill said, \"Not going to go into that.\"\n\n"+
		"The company declined to comment on the talks.\n")
	for _, q := range []string{"What kind of device caused the explosion?", "What did the company say about the talks?"} {
		r := a.Answer(q, nil)
		if !r.Declined {
			t.Errorf("Answer(%q) = %q, want a decline", q, r.Answer)
		}
	}
}
