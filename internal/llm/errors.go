package llm

import (
	"errors"
	"strings"
)

// Sentinel errors, for errors.Is on what Client.Brief and Client.Answer
// return. Every error they return is an *Error wrapping one of them.
var (
	// ErrBudget: the server's or the user's daily token budget would be
	// exceeded, or could not be checked; the model was not called.
	ErrBudget = errors.New("llm budget spent")
	// ErrTimeout: the model did not answer within Options.Timeout.
	ErrTimeout = errors.New("llm timed out")
	// ErrUnavailable: the endpoint failed (429 and 5xx after the retries,
	// other HTTP errors, network errors) or refused the request.
	ErrUnavailable = errors.New("llm unavailable")
	// ErrMalformed: the model's output was not the JSON asked for, twice.
	ErrMalformed = errors.New("llm output malformed")
	// ErrUnverified: the model's output did not survive verification
	// against the article.
	ErrUnverified = errors.New("llm output unverified")
)

// Error is the one error type of this package. Kind is one of the
// sentinel errors; UserMessage words it for the person who asked.
type Error struct {
	// Kind is ErrBudget, ErrTimeout, ErrUnavailable, ErrMalformed or
	// ErrUnverified.
	Kind error
	// Op is what was being done: "brief", "answer" or "story".
	Op string
	// Msg is what went wrong, for a user, without the closing clause
	// ("the LLM did not answer in time").
	Msg string
	// Err is the underlying cause, for logs; it may be nil.
	Err error
}

// Error describes the failure for logs: the operation, the kind and the cause.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("llm ")
	b.WriteString(e.Op)
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the kind and the cause, so that errors.Is works with both.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// UserMessage is the note shown with the local result the caller falls
// back to, such as "the LLM did not answer in time; this is the local
// brief". The pipeline uses it as the brief's warning.
func (e *Error) UserMessage() string {
	what := "brief"
	switch e.Op {
	case opAnswer:
		what = "answer"
	case opStory:
		what = "timeline"
	}
	return e.Msg + "; this is the local " + what
}

// Outcome names the kind of failure in one word, for metrics: budget,
// timeout, unavailable, malformed or unverified.
func (e *Error) Outcome() string {
	return strings.TrimPrefix(strings.ReplaceAll(e.Kind.Error(), " ", "_"), "llm_")
}

// Operations named in errors and logs.
const (
	opBrief  = "brief"
	opAnswer = "answer"
)

func newError(op string, kind error, msg string, cause error) *Error {
	return &Error{Kind: kind, Op: op, Msg: msg, Err: cause}
}
