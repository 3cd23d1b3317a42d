package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/parley-bot/parley/internal/store"
)

// Call limits.
const (
	// maxResponseBytes caps what is read of a response.
	maxResponseBytes = 4 << 20
	// maxBackoff caps the wait between retries (Retry-After aside).
	maxBackoff = 10 * time.Second
	// settleTimeout bounds recording the real usage after a call.
	settleTimeout = 2 * time.Second
	// temperature keeps the model close to the article.
	temperature = 0.2
	// maxCorrectionEcho caps the bad output echoed back to the model.
	maxCorrectionEcho = 4000
)

// run sends the prompt and parses the output with parse. Output that does
// not parse is sent back once with a correction; each of the two
// generations reserves its own tokens. It returns the model that answered.
func (c *Client) run(ctx context.Context, cl *call, p prompt, parse func(string) error) (string, error) {
	msgs := []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: p.system},
		{Role: openai.ChatMessageRoleUser, Content: p.user},
	}
	for gen := 0; ; gen++ {
		content, model, err := c.generate(ctx, cl, msgs)
		if err != nil {
			return "", err
		}
		perr := parse(content)
		if perr == nil {
			if model == "" {
				model = cl.model
			}
			return model, nil
		}
		if gen >= 1 {
			return "", newError(cl.op, ErrMalformed, "the LLM's answer was not in the expected form", perr)
		}
		c.log.Info("llm: output malformed; asking again", "op", cl.op, "err", perr)
		msgs = append(msgs,
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: cut(content, maxCorrectionEcho)},
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: correction})
	}
}

// request builds the chat request, in the form the model accepts: models
// that reason (o1, o3, gpt-5...) take max_completion_tokens and no
// temperature, the others max_tokens, which every compatible server knows.
func request(model string, msgs []openai.ChatCompletionMessage, maxOut int) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{
		Model:          model,
		Messages:       msgs,
		MaxTokens:      maxOut,
		Temperature:    temperature,
		ResponseFormat: &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject},
	}
	if openai.NewReasoningValidator().Validate(req) != nil {
		req.MaxTokens, req.MaxCompletionTokens, req.Temperature = 0, maxOut, 0
	}
	return req
}

// generate makes one generation: it reserves the tokens, calls the
// endpoint with bounded retries, and settles the reservation with the
// usage the endpoint reports.
func (c *Client) generate(ctx context.Context, cl *call, msgs []openai.ChatCompletionMessage) (content, model string, err error) {
	req := request(cl.model, msgs, cl.maxOut)
	if verr := openai.NewReasoningValidator().Validate(req); verr != nil {
		return "", "", newError(cl.op, ErrUnavailable, "the LLM model does not accept Parley's requests", verr)
	}
	texts := make([]string, len(msgs))
	for i, m := range msgs {
		texts[i] = m.Content
	}
	estimate := estimateMessages(texts...)
	grant, err := c.reserve(ctx, cl, estimate+cl.maxOut)
	if err != nil {
		return "", "", err
	}
	// used is what the attempts cost as the endpoint reports it; unknown
	// is set when an attempt ended without a response, so that its cost is
	// unknown and the reservation stands.
	used, unknown, answered := 0, false, false
	// failed is the status of the last attempt the endpoint refused with
	// a failure worth retrying (5xx, 429), for a deadline that ends the
	// retries: the user hears that the service is failing, not that it
	// was slow.
	failed := 0
	defer func() {
		if answered && c.opts.OnUsage != nil {
			c.opts.OnUsage(cl.op, used)
		}
		if grant == 0 || unknown && !answered {
			return
		}
		c.settle(ctx, cl, grant, used)
	}()
	for attempt := 0; ; attempt++ {
		rec := &recorder{doer: c.http}
		cfg := c.cfg
		cfg.HTTPClient = rec
		start := time.Now()
		resp, err := openai.NewClientWithConfig(cfg).CreateChatCompletion(ctx, req)
		c.log.Debug("llm: call", "op", cl.op, "model", cl.model, "attempt", attempt, "status", rec.status,
			"elapsed", time.Since(start), "err", err)
		if err == nil {
			answered = true
			used += usageOf(resp, estimate)
			if len(resp.Choices) == 0 {
				return "", resp.Model, nil
			}
			msg := resp.Choices[0].Message
			if msg.Content == "" && msg.Refusal != "" {
				return "", "", newError(cl.op, ErrUnavailable, "the LLM declined the request", errors.New(cut(msg.Refusal, 200)))
			}
			return msg.Content, resp.Model, nil
		}
		if ctx.Err() != nil {
			unknown = true
			return "", "", c.retriesEnded(ctx, cl, err, failed)
		}
		status := statusOf(err, rec)
		if status == 0 {
			unknown = true
		}
		if status == http.StatusBadRequest && req.ResponseFormat != nil && strings.Contains(strings.ToLower(err.Error()), "response_format") {
			// A server without JSON mode: ask again without it (the
			// prompt asks for JSON anyway), not counted as a retry.
			req.ResponseFormat = nil
			attempt--
			continue
		}
		if !retryable(err, status) || attempt >= c.retries {
			return "", "", newError(cl.op, ErrUnavailable, failure(status), err)
		}
		failed = status
		wait := c.backoff(attempt)
		if ra, ok := retryAfter(rec.header, time.Now()); ok {
			wait = ra
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return "", "", newError(cl.op, ErrUnavailable, failure(status), fmt.Errorf("next try in %v is past the deadline: %w", wait, err))
		}
		c.log.Debug("llm: retrying", "op", cl.op, "status", status, "wait", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return "", "", c.retriesEnded(ctx, cl, err, failed)
		case <-t.C:
		}
	}
}

// usageOf returns the tokens a response used as it reports them, or an
// estimate when the server reports none (some local servers).
func usageOf(resp openai.ChatCompletionResponse, promptEstimate int) int {
	u := resp.Usage
	switch {
	case u.TotalTokens > 0:
		return u.TotalTokens
	case u.PromptTokens+u.CompletionTokens > 0:
		return u.PromptTokens + u.CompletionTokens
	}
	n := promptEstimate
	for _, ch := range resp.Choices {
		n += EstimateTokens(ch.Message.Content)
	}
	return n
}

// ctxError is the error of a call whose context ended.
func (c *Client) ctxError(ctx context.Context, cl *call, cause error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return newError(cl.op, ErrTimeout, "the LLM did not answer in time", cause)
	}
	return newError(cl.op, ErrUnavailable, "the LLM request was cancelled", ctx.Err())
}

// retriesEnded is the error of a call whose context ended after the
// endpoint failed with status failed (0: it had not failed so): the
// failure, which is what went wrong, else ctxError.
func (c *Client) retriesEnded(ctx context.Context, cl *call, cause error, failed int) error {
	if failed != 0 && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return newError(cl.op, ErrUnavailable, failure(failed), cause)
	}
	return c.ctxError(ctx, cl, cause)
}

// failure words an endpoint failure for a user.
func failure(status int) string {
	switch {
	case status == http.StatusTooManyRequests:
		return "the LLM is busy (rate limited)"
	case status >= 500:
		return "the LLM service is failing"
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return "the LLM refused Parley's credentials"
	case status >= 400:
		return "the LLM refused the request"
	}
	return "the LLM could not be reached"
}

// statusOf returns the HTTP status of a failed call, or 0 when no
// response came.
func statusOf(err error, rec *recorder) int {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode > 0 {
		return apiErr.HTTPStatusCode
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) && reqErr.HTTPStatusCode > 0 {
		return reqErr.HTTPStatusCode
	}
	if rec.status >= 400 {
		return rec.status
	}
	return 0
}

// retryable reports whether a failed call may succeed when repeated: 429
// (unless the account's quota is spent), 5xx, and failures without a
// response (network errors, an unreadable reply).
func retryable(err error, status int) bool {
	switch {
	case status == http.StatusTooManyRequests:
		var apiErr *openai.APIError
		if errors.As(err, &apiErr) && fmt.Sprint(apiErr.Code) == "insufficient_quota" {
			return false
		}
		return true
	case status >= 500:
		return true
	}
	return status == 0
}

// backoff is the wait before retry n (0-based): RetryBackoff doubled n
// times, at most maxBackoff, with the upper half jittered.
func (c *Client) backoff(n int) time.Duration {
	d := c.opts.RetryBackoff << min(n, 20)
	if d <= 0 || d > maxBackoff {
		d = maxBackoff
	}
	return d/2 + rand.N(d/2+1)
}

// retryAfter reads how long the server asks to wait: the retry-after-ms
// header OpenAI sends, else Retry-After in seconds or as an HTTP date.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if h == nil {
		return 0, false
	}
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms >= 0 && ms < 1e9 {
			return time.Duration(ms * float64(time.Millisecond)), true
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 && s < 1e6 {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// reserve reserves tokens in the budgets and returns the reservation's id
// (0 without budgets). When the tokens do not fit, the endpoint is not
// called and the error wraps ErrBudget.
func (c *Client) reserve(ctx context.Context, cl *call, tokens int) (int64, error) {
	if c.opts.Budgets == nil {
		return 0, nil
	}
	now := c.opts.Now().UTC()
	r := store.Reservation{
		GuildID: cl.guildID, UserID: cl.userID, Tokens: tokens,
		Since:      time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC),
		GuildLimit: cl.guildLimit, UserLimit: cl.userLimit, At: now,
	}
	g, err := c.opts.Budgets.ReserveTokens(ctx, r)
	if err != nil {
		if ctx.Err() != nil {
			return 0, c.ctxError(ctx, cl, err)
		}
		return 0, newError(cl.op, ErrBudget, "the LLM budget could not be checked", fmt.Errorf("reserve %d tokens: %w", tokens, err))
	}
	if g.OK {
		return g.ID, nil
	}
	what := "this article"
	switch cl.op {
	case opAnswer:
		what = "this question"
	case opStory:
		what = "this story"
	}
	var msg string
	switch {
	case cl.guildLimit > 0 && g.GuildUsed+tokens > cl.guildLimit && g.GuildUsed >= cl.guildLimit:
		msg = "today's LLM budget for this server is spent (it resets at 00:00 UTC)"
	case cl.guildLimit > 0 && g.GuildUsed+tokens > cl.guildLimit:
		msg = "what is left of today's LLM budget for this server is not enough for " + what
	case g.UserUsed >= cl.userLimit:
		msg = "your LLM budget for today is spent (it resets at 00:00 UTC)"
	default:
		msg = "what is left of your LLM budget for today is not enough for " + what
	}
	c.log.Info("llm: budget refused", "op", cl.op, "guild", cl.guildID, "user", cl.userID, "tokens", tokens,
		"guild_used", g.GuildUsed, "guild_limit", cl.guildLimit, "user_used", g.UserUsed, "user_limit", cl.userLimit)
	return 0, newError(cl.op, ErrBudget, msg, fmt.Errorf("%d tokens refused (guild %d/%d, user %d/%d)",
		tokens, g.GuildUsed, cl.guildLimit, g.UserUsed, cl.userLimit))
}

// settle replaces a reservation by the tokens really used. It runs after
// the call, so it does not inherit the call's deadline: it has its own
// short one.
func (c *Client) settle(ctx context.Context, cl *call, id int64, tokens int) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
	defer cancel()
	if err := c.opts.Budgets.SettleTokens(ctx, id, tokens); err != nil {
		c.log.Warn("llm: settling token usage failed; the reservation stands", "op", cl.op, "reservation", id, "err", err)
	}
}

// recorder sends one attempt's request and keeps the response's status
// and headers (go-openai's errors carry neither Retry-After nor the
// headers), and caps the response body.
type recorder struct {
	doer   *http.Client
	status int
	header http.Header
}

// Do sends req.
func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	resp, err := r.doer.Do(req)
	if err != nil {
		return nil, err
	}
	r.status, r.header = resp.StatusCode, resp.Header
	resp.Body = &cappedBody{rc: resp.Body, left: maxResponseBytes}
	return resp, nil
}

// cappedBody fails a read past its limit.
type cappedBody struct {
	rc   io.ReadCloser
	left int64
}

var errTooLarge = errors.New("llm response too large")

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *cappedBody) Close() error { return b.rc.Close() }
