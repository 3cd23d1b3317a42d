// Package llm owns Parley's optional large language model: a grounded prose
// summary and key points for a brief, answers to follow-up questions, and
// a story's "where things stand" paragraph (Client.Story, checked against
// the story's briefs), through any OpenAI-compatible chat completions
// endpoint (OpenAI, Ollama, vLLM, LM Studio, llama.cpp, Azure-style
// gateways) by way of github.com/sashabaranov/go-openai. Client implements pipeline.LLM; New
// builds one from Options.
//
// # Grounding
//
// Nothing the model writes reaches a user before it is checked against the
// article. Its prose is split into sentences, and a sentence is dropped,
// with a warning on the brief, when:
//
//   - a quotation in it is not in the article (VerifyQuote: double
//     quotation marks, apostrophe style, dashes, white space and case are
//     normalised; "..." may stand for words left out);
//   - it names a person the article does not name (runs of capitalised
//     words, a title and a name, or a name before "said"; every word must
//     occur in the article, as another name of one of its parties, or as a
//     close spelling variant);
//   - it states a figure the article does not;
//   - fewer than half of its content words (stemmed, stopwords aside) are
//     the article's.
//
// A key point (and an answer) must also rest on the sentences it cites:
// the numbers must exist, each kept sentence must share a content word with
// it and together at least 30% of its content words, and its figures and
// proper nouns must be found in them. The Quotes of a brief always come
// from the local engine, never from the model. Mentions (@everyone, @here,
// <@id>) are removed from whatever the model wrote.
//
// # Prompts
//
// The article is data, never instructions: its numbered sentences are
// fenced between markers carrying a random nonce, markers forged in the
// text are defused, and the system message tells the model to ignore
// instructions inside the fence. An article longer than
// Options.MaxInputTokens is fitted by keeping its lead and its
// highest-ranked sentences, with their own numbers, not by cutting its
// tail. Output is asked for as JSON (response_format json_object), parsed
// leniently and validated strictly.
//
// # Failures and budgets
//
// Each call has one deadline (Options.Timeout) covering the budget check,
// bounded retries with jittered backoff on 429, 5xx and network errors
// (honouring Retry-After when it fits in the time left), and one retry for
// output that is not the JSON asked for. Every failure is an *Error whose
// Kind is one of ErrBudget, ErrTimeout, ErrUnavailable, ErrMalformed or
// ErrUnverified and whose UserMessage the pipeline shows beside the local
// brief.
//
// Daily token budgets per server and per user are reserved in a
// store.Budgets before each generation (the prompt's EstimateTokens plus
// the output cap) and settled afterwards with the usage the endpoint
// reports; a budget that cannot pay stops the call before the endpoint is
// reached.
package llm
