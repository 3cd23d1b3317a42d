package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"

	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

// Defaults for the zero values of Options.
const (
	DefaultModel           = "gpt-4o-mini"
	DefaultTimeout         = 30 * time.Second
	DefaultMaxInputTokens  = 6000
	DefaultMaxOutputTokens = 1200
	DefaultMaxRetries      = 2
	DefaultRetryBackoff    = 500 * time.Millisecond
)

// Sizes of what the model's text may take in a brief or an answer.
const (
	maxSummaryRunes  = 1500
	maxPointRunes    = 500
	maxAnswerRunes   = 1500
	maxAddedFacets   = 3 // positions, and next steps, the model may add
	answerOutputPart = 2 // an answer may write 1/answerOutputPart of MaxOutputTokens
)

// Options configure a Client. Only one of APIKey and BaseURL is required.
type Options struct {
	// APIKey is sent as a bearer token; empty sends none (local servers).
	APIKey string
	// BaseURL is the API's base, such as https://api.openai.com/v1 (the
	// default) or http://localhost:11434/v1 for Ollama; chat completions
	// are posted to BaseURL + "/chat/completions". A URL with no path gets
	// "/v1", which every OpenAI-compatible server serves.
	BaseURL string
	// Model is the model asked; empty means DefaultModel.
	Model string
	// Timeout bounds each Brief and Answer call, retries and budget checks
	// included; 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxInputTokens caps the estimated prompt (see EstimateTokens); a
	// longer article is fitted by keeping its lead and its highest-ranked
	// sentences. 0 means DefaultMaxInputTokens.
	MaxInputTokens int
	// MaxOutputTokens caps the output of a brief (an answer gets half);
	// 0 means DefaultMaxOutputTokens.
	MaxOutputTokens int
	// MaxRetries is how many times a call is retried after a 429, a 5xx or
	// a network error; 0 means DefaultMaxRetries, a negative value none.
	MaxRetries int
	// RetryBackoff is the first wait between retries, doubled each time,
	// with jitter; a Retry-After header replaces it. 0 means
	// DefaultRetryBackoff.
	RetryBackoff time.Duration
	// HTTPClient sends the requests; nil means a new http.Client. Its own
	// Timeout, if any, applies on top of Timeout.
	HTTPClient *http.Client
	// Budgets keeps the token usage budgets are checked against; nil
	// means no budgets.
	Budgets store.Budgets
	// GuildDaily and UserDaily are the tokens a server, and a user in it,
	// may spend per UTC day; 0 is no limit. In direct messages (no guild)
	// only the user's budget applies.
	GuildDaily, UserDaily int
	// Policy, when set, returns a guild's own limits and model (from its
	// settings), which replace GuildDaily, UserDaily and Model for calls in
	// that guild. An error is logged and the configured values are used.
	Policy func(ctx context.Context, guildID string) (Policy, error)
	// Now is the clock that places usage in a day; nil means time.Now.
	Now func() time.Time
	// Logger receives what the client does; nil discards it.
	Logger *slog.Logger
	// OnUsage, when set, is told the tokens each answered call used (as
	// the endpoint reports them), for metrics.
	OnUsage func(op string, tokens int)
}

// Policy is what a guild's settings change for its calls.
type Policy struct {
	// GuildDaily and UserDaily replace Options.GuildDaily and
	// Options.UserDaily; 0 is no limit.
	GuildDaily, UserDaily int
	// Model replaces Options.Model when not empty.
	Model string
}

// Client is an OpenAI-compatible LLM whose every output is checked against
// the article. It implements pipeline.LLM and is safe for concurrent use.
type Client struct {
	cfg     openai.ClientConfig
	http    *http.Client
	opts    Options
	log     *slog.Logger
	retries int
}

var _ pipeline.LLM = (*Client)(nil)

// New returns a Client, or an error when neither an API key nor a base URL
// is given (there is nothing to talk to) or an option is invalid.
func New(opts Options) (*Client, error) {
	opts.APIKey = strings.TrimSpace(opts.APIKey)
	opts.BaseURL = strings.TrimSpace(opts.BaseURL)
	if opts.APIKey == "" && opts.BaseURL == "" {
		return nil, errors.New("new llm client: set an API key or a base URL")
	}
	switch {
	case opts.Timeout < 0:
		return nil, fmt.Errorf("new llm client: negative timeout %v", opts.Timeout)
	case opts.MaxInputTokens < 0, opts.MaxOutputTokens < 0:
		return nil, errors.New("new llm client: negative token cap")
	case opts.GuildDaily < 0, opts.UserDaily < 0:
		return nil, errors.New("new llm client: negative daily budget")
	case opts.RetryBackoff < 0:
		return nil, fmt.Errorf("new llm client: negative retry backoff %v", opts.RetryBackoff)
	}
	cfg := openai.DefaultConfig(opts.APIKey)
	if opts.BaseURL != "" {
		u, err := url.Parse(opts.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, errors.New("new llm client: the base URL is not an http(s) URL")
		}
		if strings.Trim(u.Path, "/") == "" {
			u.Path = "/v1"
		}
		u.Path = strings.TrimRight(u.Path, "/")
		cfg.BaseURL = u.String()
	}
	if opts.Model == "" {
		opts.Model = DefaultModel
	}
	if opts.Timeout == 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxInputTokens == 0 {
		opts.MaxInputTokens = DefaultMaxInputTokens
	}
	if opts.MaxOutputTokens == 0 {
		opts.MaxOutputTokens = DefaultMaxOutputTokens
	}
	if opts.RetryBackoff == 0 {
		opts.RetryBackoff = DefaultRetryBackoff
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	c := &Client{cfg: cfg, http: &http.Client{}, opts: opts, log: opts.Logger}
	if opts.HTTPClient != nil {
		hc := *opts.HTTPClient // a copy: the caller's client is left as it is
		c.http = &hc
	}
	c.http.CheckRedirect = sameHostRedirect
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	switch {
	case opts.MaxRetries < 0:
		c.retries = 0
	case opts.MaxRetries == 0:
		c.retries = DefaultMaxRetries
	default:
		c.retries = opts.MaxRetries
	}
	return c, nil
}

// Model returns the model asked when no guild policy names another.
func (c *Client) Model() string { return c.opts.Model }

// call is one Brief or Answer on its way to the endpoint.
type call struct {
	op                    string
	guildID, userID       string
	model                 string
	guildLimit, userLimit int
	maxOut                int
}

// newCall applies the guild's policy.
func (c *Client) newCall(ctx context.Context, op, guildID, userID string, maxOut int) *call {
	cl := &call{op: op, guildID: guildID, userID: userID, model: c.opts.Model,
		guildLimit: c.opts.GuildDaily, userLimit: c.opts.UserDaily, maxOut: maxOut}
	if c.opts.Policy != nil {
		p, err := c.opts.Policy(ctx, guildID)
		if err != nil {
			c.log.Warn("llm: guild policy unavailable; configured limits apply", "guild", guildID, "err", err)
		} else {
			cl.guildLimit, cl.userLimit = max(p.GuildDaily, 0), max(p.UserDaily, 0)
			if p.Model != "" {
				cl.model = p.Model
			}
		}
	}
	if guildID == "" {
		cl.guildLimit = 0
	}
	return cl
}

// sentencesOf returns the sentences and text an article is checked
// against: the brief's sentences (made again by the engine when a brief
// read from JSON lacks them) and the article's text (the sentences joined
// when there is no article).
func sentencesOf(text string, b *summarize.Brief) ([]summarize.Sentence, string) {
	sents := b.Sentences
	if len(sents) == 0 && text != "" {
		if fresh, err := summarize.Summarize(summarize.Input{Text: text}, summarize.Options{}); err == nil {
			sents = fresh.Sentences
		}
	}
	if text == "" {
		parts := make([]string, len(sents))
		for i, s := range sents {
			parts[i] = s.Text
		}
		text = strings.Join(parts, "\n\n")
	}
	return sents, text
}

// Brief returns a copy of the local brief with the LLM's grounded summary
// and key points: Summary.Engine is "llm"; KeyPoints are the model's that
// survived verification, each with its verified sentence numbers (the
// local ones when none did); Positions and NextSteps are the local ones,
// plus at most three of each the model found that the engine missed, as
// the article's own sentences; Quotes are the local engine's; Warnings say
// what was dropped. req.Local is never changed. On error the caller keeps
// the local brief; the *Error says why.
func (c *Client) Brief(ctx context.Context, req pipeline.BriefRequest) (*summarize.Brief, error) {
	if req.Local == nil {
		return nil, newError(opBrief, ErrUnavailable, "the LLM was given no brief", nil)
	}
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	var articleText string
	if req.Article != nil {
		articleText = req.Article.Text
	}
	sents, text := sentencesOf(articleText, req.Local)
	if len(sents) == 0 {
		return nil, newError(opBrief, ErrUnverified, "the article has no sentences the LLM's answer could be checked against", nil)
	}
	local := *req.Local
	local.Sentences = sents
	cl := c.newCall(ctx, opBrief, req.GuildID, req.UserID, c.opts.MaxOutputTokens)
	p := briefPrompt(newFence(), &local, req.Length, c.opts.MaxInputTokens)
	var out briefOutput
	model, err := c.run(ctx, cl, p, func(content string) (err error) {
		out, err = parseBrief(content)
		return err
	})
	if err != nil {
		return nil, err
	}
	g := newGround(text, sents, req.Local.Parties)
	b, err := c.assembleBrief(req.Local, sents, g, out, model, req.Length)
	if err != nil {
		return nil, err
	}
	if p.omitted > 0 {
		b.Warnings = append(b.Warnings, fmt.Sprintf("the article was too long for the LLM's input limit: it read the lead and the highest-ranked sentences (%d of %d left out)", p.omitted, len(sents)))
	}
	return b, nil
}

// assembleBrief verifies the model's brief and merges it into a copy of
// the local one.
func (c *Client) assembleBrief(local *summarize.Brief, sents []summarize.Sentence, g *ground, out briefOutput, model string, l summarize.Length) (*summarize.Brief, error) {
	var d drops
	summary := c.verifyProse(g, out.Summary, maxSummaryRunes, &d)
	if summary == "" {
		c.log.Info("llm: brief unverified", "drops", d)
		return nil, newError(opBrief, ErrUnverified, "the LLM's summary could not be verified against the article", nil)
	}
	b := cloneBrief(local)
	b.Sentences = slices.Clone(sents)
	maxPoints, _ := sizes(l)
	var points []summarize.KeyPoint
	for _, kp := range out.KeyPoints {
		if len(points) >= maxPoints {
			break
		}
		t := stripRefs(kp.Text)
		kept, r, ok := g.checkPoint(t, kp.Sentences)
		if !ok {
			d[r]++
			continue
		}
		points = append(points, summarize.KeyPoint{Text: cut(StripMentions(t), maxPointRunes), Sentences: kept})
	}
	switch {
	case len(points) > 0:
		b.KeyPoints = points
	case len(out.KeyPoints) > 0:
		b.Warnings = append(b.Warnings, "none of the LLM's key points could be verified against the article; these are the local engine's")
	}
	c.addPositions(b, g, out.Positions, &d)
	c.addNextSteps(b, g, out.NextSteps, &d)
	b.Summary = summarize.Summary{Engine: summarize.EngineLLM, Model: model, Text: summary}
	b.Warnings = append(b.Warnings, d.warnings()...)
	words := len(strings.Fields(summary))
	for _, k := range b.KeyPoints {
		words += len(strings.Fields(k.Text))
	}
	b.Stats.BriefWords = words
	if b.Stats.Words > 0 {
		b.Stats.ReductionPct = max(0, 100-words*100/b.Stats.Words)
	}
	if d != (drops{}) {
		c.log.Info("llm: dropped what did not verify", "op", opBrief, "quotes", d[reasonQuote], "names", d[reasonName],
			"figures", d[reasonNumber], "citations", d[reasonCitation], "ungrounded", d[reasonUngrounded])
	}
	return b, nil
}

// verifyProse keeps the sentences of the model's prose that pass
// checkProse, up to maxRunes, with references and mentions removed.
func (c *Client) verifyProse(g *ground, text string, maxRunes int, d *drops) string {
	var kept []string
	n := 0
	for _, s := range splitText(stripRefs(text)) {
		if r, ok := g.checkProse(s); !ok {
			d[r]++
			continue
		}
		s = StripMentions(s)
		if s == "" {
			continue
		}
		n += utf8.RuneCountInString(s) + 1
		if n > maxRunes && len(kept) > 0 {
			break
		}
		kept = append(kept, cut(s, maxRunes))
	}
	return strings.Join(kept, " ")
}

// knownParty reports whether a party the model names is named in the
// article: every capitalised word of it, titles and connectors aside, is
// known (knownName); a party in lower case ("the international
// community") must have all its content words in the article.
func (g *ground) knownParty(party string) bool {
	words := 0
	for _, w := range splitWords(party) {
		lw := strings.ToLower(stripPossessive(w.text))
		if connectors[lw] || titleWords[lw] || isStop(lw) {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w.text); unicode.IsUpper(r) {
			if !g.knownName(w.text) {
				return false
			}
		} else if !g.words[lw] {
			return false
		}
	}
	return words > 0
}

// facet checks a position or next step the model found: its party (when
// given) named in the article, its claims true to the article and its
// first supporting sentence not among taken. It returns that sentence.
func (c *Client) facet(g *ground, party, text string, refs []int, taken map[int]bool, d *drops) (int, bool) {
	if party != "" && !g.knownParty(party) {
		d[reasonName]++
		return 0, false
	}
	claimText := stripRefs(text)
	if claimText == "" {
		claimText = party
	}
	kept, r, ok := g.checkPoint(claimText, refs)
	if !ok {
		if r != reasonCitation {
			d[r]++ // a made-up quote, name or figure is worth a warning
		}
		return 0, false
	}
	for _, si := range kept {
		if !taken[si] {
			return si, true
		}
	}
	return 0, false
}

// addPositions adds the positions the model found that the engine missed,
// each as the article's own sentence.
func (c *Client) addPositions(b *summarize.Brief, g *ground, ps []positionOut, d *drops) {
	taken := map[int]bool{}
	for _, p := range b.Positions {
		taken[p.Sentence] = true
	}
	added := 0
	for _, p := range ps {
		if added >= maxAddedFacets {
			return
		}
		party := StripMentions(strings.TrimSpace(p.Party))
		if party == "" {
			continue
		}
		si, ok := c.facet(g, party, p.Text, p.Sentences, taken, d)
		if !ok {
			continue
		}
		taken[si] = true
		b.Positions = append(b.Positions, summarize.Position{Party: cut(party, 100), Text: g.sents[si], Sentence: si})
		added++
	}
}

// addNextSteps adds the next steps the model found that the engine
// missed, each as the article's own sentence; "when" and "where" are kept
// only when that sentence says them.
func (c *Client) addNextSteps(b *summarize.Brief, g *ground, ns []stepOut, d *drops) {
	taken := map[int]bool{}
	for _, n := range b.NextSteps {
		taken[n.Sentence] = true
	}
	added := 0
	for _, n := range ns {
		if added >= maxAddedFacets {
			return
		}
		si, ok := c.facet(g, "", n.Text, n.Sentences, taken, d)
		if !ok {
			continue
		}
		taken[si] = true
		said := func(s string) string {
			s = strings.TrimSpace(s)
			if s == "" || indexWord(normalize(g.sents[si]), strings.Trim(normalize(s), " .,;:")) < 0 {
				return ""
			}
			return cut(s, 100)
		}
		b.NextSteps = append(b.NextSteps, summarize.NextStep{Text: g.sents[si], When: said(n.When), Where: said(n.Where), Sentence: si})
		added++
	}
}

// cloneBrief copies a brief deeply, so that the copy can change freely.
func cloneBrief(src *summarize.Brief) *summarize.Brief {
	b := *src
	b.KeyPoints = make([]summarize.KeyPoint, len(src.KeyPoints))
	for i, k := range src.KeyPoints {
		k.Sentences = slices.Clone(k.Sentences)
		b.KeyPoints[i] = k
	}
	b.Quotes = make([]summarize.Quote, len(src.Quotes))
	for i, q := range src.Quotes {
		q.Spans = slices.Clone(q.Spans)
		b.Quotes[i] = q
	}
	b.Parties = make([]summarize.Party, len(src.Parties))
	for i, p := range src.Parties {
		p.People = slices.Clone(p.People)
		if p.People == nil {
			p.People = []string{}
		}
		b.Parties[i] = p
	}
	b.Positions = append([]summarize.Position{}, src.Positions...)
	b.Proposals = append([]summarize.Proposal{}, src.Proposals...)
	b.NextSteps = append([]summarize.NextStep{}, src.NextSteps...)
	b.Dates = append([]summarize.Date{}, src.Dates...)
	b.Warnings = append([]string{}, src.Warnings...)
	b.Sentences = slices.Clone(src.Sentences)
	return &b
}

// declineRE matches an answer saying the article does not answer.
var declineRE = regexp.MustCompile(`(?i)\b(?:article|text|story|report)\s+(?:does\s*n[o'’]t|does not|do not|never|did not|didn[’']t)\s+(?:say|mention|state|specify|report|address|answer|indicate|explain|discuss|give|name)`)

// Answer answers a follow-up question from the article, the brief and the
// thread's last turns. The answer's citations are verified (Citation.Text
// is the sentence); Declined is true when the model says the article does
// not say, which it is told to prefer to a guess. When nothing of the
// answer survives verification it returns an error wrapping ErrUnverified,
// and the caller keeps the local answer.
func (c *Client) Answer(ctx context.Context, req pipeline.AnswerRequest) (ask.Result, error) {
	if req.Brief == nil {
		return ask.Result{}, newError(opAnswer, ErrUnavailable, "the LLM was given no brief", nil)
	}
	if strings.TrimSpace(req.Question) == "" {
		return ask.Result{}, newError(opAnswer, ErrUnavailable, "the LLM was given no question", nil)
	}
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	var articleText string
	if req.Article != nil {
		articleText = req.Article.Text
	}
	sents, text := sentencesOf(articleText, req.Brief)
	if len(sents) == 0 {
		return ask.Result{}, newError(opAnswer, ErrUnverified, "the article has no sentences the LLM's answer could be checked against", nil)
	}
	brief := *req.Brief
	brief.Sentences = sents
	cl := c.newCall(ctx, opAnswer, req.GuildID, req.UserID, max(c.opts.MaxOutputTokens/answerOutputPart, 100))
	p := answerPrompt(newFence(), &brief, req.Question, req.History, req.Local, c.opts.MaxInputTokens)
	var out answerOutput
	if _, err := c.run(ctx, cl, p, func(content string) (err error) {
		out, err = parseAnswer(content)
		return err
	}); err != nil {
		return ask.Result{}, err
	}
	return c.verifyAnswer(newGround(text, sents, req.Brief.Parties), req, out)
}

// verifyAnswer checks the model's answer against the article.
func (c *Client) verifyAnswer(g *ground, req pipeline.AnswerRequest, out answerOutput) (ask.Result, error) {
	var d drops
	answer := c.verifyProse(g, out.Answer, maxAnswerRunes, &d)
	valid := g.validRefs(out.Sentences)
	if out.NotInArticle || len(valid) == 0 && declineRE.MatchString(out.Answer) {
		if answer == "" || !declineRE.MatchString(answer) {
			answer = "The article doesn't say."
		}
		return ask.Result{Answer: answer, Citations: []ask.Citation{}, Confidence: 0, Declined: true, Focus: req.Local.Focus}, nil
	}
	if answer == "" {
		c.log.Info("llm: answer unverified", "drops", d)
		return ask.Result{}, newError(opAnswer, ErrUnverified, "the LLM's answer could not be verified against the article", nil)
	}
	// The answer rests on the sentences it cites: they share its content
	// words (the question's, for an answer such as "Yes."), and its
	// proper nouns are found in them.
	var final []string
	for _, s := range splitText(answer) {
		if r, ok := g.checkCited(s, valid); !ok {
			d[r]++
			continue
		}
		final = append(final, s)
	}
	answer = strings.Join(final, " ")
	claim := termSet(answer)
	if len(claim) == 0 {
		claim = termSet(req.Question)
	}
	kept, ok := g.supporting(claim, valid)
	if answer == "" || !ok {
		return ask.Result{}, newError(opAnswer, ErrUnverified, "the LLM's answer cited no sentence of the article that supports it", nil)
	}
	cites := make([]ask.Citation, len(kept))
	var refs strings.Builder
	for i, si := range kept {
		cites[i] = ask.Citation{Sentence: si, Text: g.sents[si]}
		fmt.Fprintf(&refs, "[%d]", si)
	}
	conf := 0.85
	if d != (drops{}) || len(kept) < len(out.Sentences) {
		conf = 0.6
	}
	return ask.Result{Answer: answer + " " + refs.String(), Citations: cites, Confidence: conf, Focus: req.Local.Focus}, nil
}

// maxRedirects is the most redirects followed to the same endpoint.
const maxRedirects = 3

// sameHostRedirect follows a redirect only to the same scheme and host: a
// 307 or 308 re-sends the whole prompt (the article) with the request, so
// an endpoint must not be able to send it anywhere else (another site, or
// a link-local metadata address).
func sameHostRedirect(req *http.Request, via []*http.Request) error {
	first := via[0].URL
	if req.URL.Scheme != first.Scheme || !strings.EqualFold(req.URL.Host, first.Host) {
		return fmt.Errorf("llm endpoint redirected to another host (%s://%s); redirects to another host are not followed", req.URL.Scheme, req.URL.Host)
	}
	if len(via) > maxRedirects {
		return fmt.Errorf("llm endpoint redirected more than %d times", maxRedirects)
	}
	return nil
}
