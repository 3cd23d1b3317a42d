package llm

import "unicode/utf8"

// Token estimates. No tokenizer ships with Parley, and the endpoint may be
// any model, so the counts before a call are estimates; after a call the
// endpoint's own usage figures are what budgets are settled with.
const (
	// messageOverheadTokens is what each chat message costs beyond its
	// text (role and separators, as OpenAI documents for its chat format).
	messageOverheadTokens = 4
	// requestOverheadTokens primes the reply.
	requestOverheadTokens = 3
)

// EstimateTokens estimates the tokens of s: one token for every 4 ASCII
// characters and one for every 1.5 other characters (accented Latin,
// Cyrillic, Greek, CJK...), rounded up. English news prose averages a
// little over 4 characters a token with GPT tokenizers, so the estimate
// errs on the high side for English, and scripts that tokenize worse stay
// within the input cap.
func EstimateTokens(s string) int {
	ascii, other := 0, 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			ascii++
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		other++
		i += n
	}
	return (ascii+3)/4 + (other*2+2)/3
}

// estimateMessages estimates the prompt tokens of a chat request.
func estimateMessages(texts ...string) int {
	n := requestOverheadTokens
	for _, t := range texts {
		n += messageOverheadTokens + EstimateTokens(t)
	}
	return n
}
