package stem

import "strings"

// stopwords are English function words: they carry no content when texts
// are compared word by word. Built once, never changed.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which while
who whom whose why will with would you your yours yourself yourselves may might must shall s t don doesn didn isn aren
wasn weren won wouldn couldn shouldn`) {
		m[w] = true
	}
	return m
}()

// IsStopword reports whether a lower-case word is an English function word
// ("the", "of", "would"), which carries no content in word matching.
func IsStopword(w string) bool { return stopwords[w] }
