package nlp

import "slices"

// givenFunctionWords are function words of English that are also given
// names ("Per" in Scandinavia, "Can" in Turkey, "Will"); "May" is left
// out, for the month ("in May Parliament voted").
var givenFunctionWords = map[string]bool{"per": true, "will": true, "can": true}

// functionWordGivenNames adds, as a person or to a person's span, a
// given name that is also one of English's function words
// (givenFunctionWords), capitalised inside a sentence that is no
// headline (so not a preposition or a verb there) right before a
// capitalised proper noun: "a mediator, Per Olav Brekke," is one name,
// not "per" and "Olav Brekke"; "to Can Aydın, the port director" is a
// person, not the verb "can". Where a person's span starts right after
// it, the span takes it in; where no span holds the proper nouns after
// it, they become one person with it (at most three words). Not the
// first word of a sentence, nor after an opening quotation mark, where a
// capital says nothing.
func functionWordGivenNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	n := len(a.Tokens)
	added := false
	for i := 1; i+1 < n; i++ {
		t := &a.Tokens[i]
		if t.Sent != a.Tokens[i-1].Sent || t.Sent != a.Tokens[i+1].Sent || !capitalised(t.Text) || !givenFunctionWords[x.lower[i]] {
			continue
		}
		if s := a.Sentences[t.Sent]; headline(a.Tokens[s.First:s.Last]) || titleCase(a.Tokens[s.First:s.Last]) {
			continue // "Talks Will Resume"
		}
		if p := a.Tokens[i-1].Text; p == "“" || p == "\"" || p == "‘" || p == ":" || p == "(" || p == "—" {
			continue
		}
		if nx := &a.Tokens[i+1]; nx.XPOS != "NNP" || !capitalised(nx.Text) {
			continue
		}
		k := slices.IndexFunc(spans, func(sp nerSpan) bool { return sp.first <= i+1 && sp.last > i })
		switch {
		case k < 0:
			end := i + 1
			for end < n && end < i+4 && a.Tokens[end].Sent == t.Sent && a.Tokens[end].XPOS == "NNP" && capitalised(a.Tokens[end].Text) && slices.IndexFunc(spans, func(sp nerSpan) bool { return sp.first <= end && sp.last > end }) < 0 {
				end++
			}
			spans = append(spans, nerSpan{first: i, last: end, typ: PERSON})
			added = true
			i = end - 1
		case spans[k].typ == PERSON && spans[k].first == i+1:
			spans[k].first = i
			i = spans[k].last - 1
		}
	}
	if added {
		slices.SortFunc(spans, func(p, q nerSpan) int { return p.first - q.first })
	}
	return spans
}
