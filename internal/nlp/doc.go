// Package nlp is Parley's analysis layer: it turns an article's text into
// tokens with their byte offsets, sentences, part-of-speech tags and lemmas,
// a labelled dependency tree per sentence (Universal Dependencies), named
// entities and coreference clusters.
//
// The models are averaged perceptrons learned from the open corpora in
// ../shared/corpora (UD English-EWT, GUM, Universal NER) by cmd/train. Their
// weights are embedded in the binary and read in place: loading a model
// parses a small header and never decodes the weight tables. The package is
// pure: no I/O at run time, no global mutable state, deterministic output.
//
// The stages, each in its own file:
//
//	tokenize.go   words with offsets and sentences (rules)
//	tagger.go     UPOS and Penn tags (greedy averaged perceptron)
//	lemma.go      lemmas (lexicon learned from the treebanks, then rules)
//	parser.go     dependency trees (arc-hybrid, dynamic oracle) and, in
//	              parser_label.go, their relations
//	ner.go        PERSON, ORG, GPE, LOC, NORP (BIO perceptron) and, from
//	              values.go, the rule-based DATE, TIME, MONEY, PERCENT, CARDINAL
//	coref.go      mentions and clusters (mention ranking learned on GUM)
//
// The shared machinery: features.go (feature hashing), perceptron.go (the
// trainer and the read-in-place weight table), container.go (the model file
// format) and conllu.go (CoNLL-U in and out).
package nlp
