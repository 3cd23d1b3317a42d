package bot

import (
	"context"
	"errors"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/summarize"
)

// Errors of the bot's own.
var (
	errBusy         = errors.New("busy")
	errNoArticle    = errors.New("no article here")
	errNotInMessage = errors.New("nothing to summarize in the message")
	errFileTooLarge = errors.New("attachment too large")
	errTwoInputs    = errors.New("more than one input")
	errNotManager   = errors.New("not a server manager")
)

// userError is the one line a user reads for an error, saying what to do.
func userError(err error) string {
	switch {
	case article.KindOf(err) != "":
		return capitalise(article.Message(err)) + "."
	case errors.Is(err, pipeline.ErrNoInput):
		return "Give me something to brief: a `url`, some `text` or a `file`."
	case errors.Is(err, errTwoInputs):
		return "Give one of `url`, `text` or `file`, not several."
	case errors.Is(err, summarize.ErrNoSentences):
		return "I couldn't find any sentences in that text: paste the article itself, or send a link."
	case errors.Is(err, errBusy):
		return "Parley is busy right now: try again in a minute."
	case errors.Is(err, errNoArticle):
		return "There's no article to answer from here: use /summarize first, or pick one in the `article` option."
	case errors.Is(err, errNotInMessage):
		return "That message has no link, article text or file to summarize."
	case errors.Is(err, errFileTooLarge):
		return "That file is too large: send a shorter excerpt or a link."
	case errors.Is(err, errNotManager):
		return "Only server managers (Manage Server) can change Parley's settings."
	case errors.Is(err, context.DeadlineExceeded):
		return "That took too long: try again, or paste the text instead of a link."
	}
	return "Something went wrong on Parley's side; it has been logged. Please try again."
}

// errorKind classifies an error for logs and metrics.
func errorKind(err error) string {
	if k := article.KindOf(err); k != "" {
		return "fetch_" + string(k)
	}
	switch {
	case errors.Is(err, pipeline.ErrNoInput), errors.Is(err, errTwoInputs), errors.Is(err, summarize.ErrNoSentences),
		errors.Is(err, errNotInMessage), errors.Is(err, errFileTooLarge), errors.Is(err, errNoArticle), errors.Is(err, errNotManager):
		return "input"
	case errors.Is(err, errBusy):
		return "busy"
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	}
	return "internal"
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
