package nlp

// Token is one syntactic word of the text ("don't" is two: "do" and "n't").
type Token struct {
	// Text is the word as written.
	Text string
	// Start and End are byte offsets of the word in Analysis.Text; both are
	// -1 when the analysis was made from given words with no text.
	Start, End int
	// SpaceAfter is true when white space follows the word.
	SpaceAfter bool
	// Sent is the index of the word's sentence in Analysis.Sentences.
	Sent int
	// UPOS is the Universal POS tag, XPOS the Penn Treebank tag.
	UPOS, XPOS string
	// Lemma is the word's dictionary form.
	Lemma string
	// Head is the index in Analysis.Tokens of the word's head, or -1 for the
	// root of its sentence.
	Head int
	// Rel is the Universal Dependencies relation to the head ("nsubj",
	// "obl:tmod", "root").
	Rel string
	// NER is the word's entity tag in BIO form ("B-PERSON", "I-ORG", "O").
	NER string
	// Mention is the index in Analysis.Mentions of the smallest mention
	// whose head is this word, or -1.
	Mention int
}

// Sentence is a span of tokens.
type Sentence struct {
	// Start and End are byte offsets in Analysis.Text (-1 without text).
	Start, End int
	// First and Last delimit the sentence's tokens: Tokens[First:Last].
	First, Last int
	// NewPar is true when the sentence starts a paragraph.
	NewPar bool
}

// Entity types.
const (
	PERSON   = "PERSON"
	ORG      = "ORG"
	GPE      = "GPE"
	LOC      = "LOC"
	NORP     = "NORP"
	DATE     = "DATE"
	TIME     = "TIME"
	MONEY    = "MONEY"
	PERCENT  = "PERCENT"
	CARDINAL = "CARDINAL"
)

// Entity is a named entity or a rule-based value (a date, an amount).
type Entity struct {
	// Type is one of PERSON, ORG, GPE, LOC, NORP, DATE, TIME, MONEY,
	// PERCENT, CARDINAL.
	Type string
	// First and Last delimit the entity's tokens: Tokens[First:Last].
	First, Last int
	// Text is the entity as written (or its words joined by spaces).
	Text string
}

// MentionKind says how a mention refers.
type MentionKind uint8

// Mention kinds.
const (
	// NameMention is a proper name ("John Holland", "Holland").
	NameMention MentionKind = iota
	// PronounMention is a personal or possessive pronoun ("he", "their").
	PronounMention
	// NominalMention is a description ("the minister", "the union").
	NominalMention
)

// String names the kind.
func (k MentionKind) String() string {
	switch k {
	case NameMention:
		return "name"
	case PronounMention:
		return "pronoun"
	default:
		return "nominal"
	}
}

// Mention is a phrase that refers to an entity.
type Mention struct {
	// First and Last delimit the mention's tokens; Head is its head word.
	First, Last, Head int
	// Kind says whether it is a name, a pronoun or a description.
	Kind MentionKind
	// Type is the entity type when known (PERSON, ORG, GPE, LOC, NORP), or "".
	Type string
	// Cluster is the index of the mention's cluster in Analysis.Clusters.
	Cluster int
}

// Cluster is a set of mentions of one entity.
type Cluster struct {
	// Mentions are indexes into Analysis.Mentions, in text order.
	Mentions []int
	// Type is the entity type (PERSON, ORG, GPE, LOC, NORP) or "".
	Type string
	// Name is the fullest name among the mentions ("John Holland" for
	// "Holland" and "he"), or the first mention's text when none is a name.
	Name string
}

// Analysis is everything the layer found in one text.
type Analysis struct {
	// Text is the analysed text ("" for given words).
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// Entities are in text order and do not overlap.
	Entities []Entity
	// Mentions are in text order (by First, then longest first).
	Mentions []Mention
	Clusters []Cluster
}

// Span returns the text of tokens [first, last): the original text between
// them when there is one, else the words joined by spaces.
func (a *Analysis) Span(first, last int) string {
	if first >= last {
		return ""
	}
	if a.Text != "" && a.Tokens[first].Start >= 0 && a.Tokens[last-1].End >= 0 {
		return a.Text[a.Tokens[first].Start:a.Tokens[last-1].End]
	}
	n := 0
	for i := first; i < last; i++ {
		n += len(a.Tokens[i].Text) + 1
	}
	b := make([]byte, 0, n)
	for i := first; i < last; i++ {
		if i > first {
			b = append(b, ' ')
		}
		b = append(b, a.Tokens[i].Text...)
	}
	return string(b)
}
