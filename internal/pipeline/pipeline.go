// Package pipeline owns the path from what a user hands Parley to a stored
// brief, and from a follow-up question to a stored answer: read the article
// (a link through the safe fetcher, pasted text, a file), reuse what the
// store already has, run the local engine, let the optional LLM add a
// grounded summary, and remember the result. The command line and the
// Discord bot both go through it, so they behave the same.
package pipeline

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

// Pipeline turns inputs into briefs and questions into answers. Store and
// LLM are optional. It is safe for concurrent use.
type Pipeline struct {
	Fetcher      *article.Fetcher
	Store        store.Store // nil: nothing is remembered
	LLM          LLM         // nil: local engine only
	CacheTTL     time.Duration
	MaxTextBytes int
	Log          *slog.Logger
	Observer     Observer // nil: not observed

	// prepared keeps the articles last prepared for questions, so that
	// the questions of a thread do not read the article again each time.
	prepared preparedCache

	// analysis is the analysis layer the briefs share, loaded on first
	// use (see analyzer).
	analysis struct {
		once sync.Once
		an   *nlp.Analyzer
	}
}

// analyzer returns the analysis layer the pipeline's briefs share, so that
// the scratch space it keeps carries over from one brief to the next; nil
// when the models cannot be loaded (Summarize then tries itself and says
// why).
func (p *Pipeline) analyzer() *nlp.Analyzer {
	p.analysis.once.Do(func() { p.analysis.an, _ = nlp.New() })
	return p.analysis.an
}

// Observer is told what the pipeline did, for metrics. Implementations
// must be safe for concurrent use.
type Observer interface {
	BriefMade(engine string, cached bool)
	FetchFailed(kind string)
	LLMCall(op, outcome string, tokens int)
}

// LLM is the optional model that adds a grounded summary to a brief and
// answers follow-ups; internal/llm implements it. Whatever it returns has
// been checked against the article; on error the local result stands.
type LLM interface {
	// Brief returns a copy of the local brief with the LLM's summary, or an
	// error (the caller then keeps the local brief and warns).
	Brief(ctx context.Context, req BriefRequest) (*summarize.Brief, error)
	// Answer returns the LLM's answer, or an error (the caller then keeps
	// the local answer).
	Answer(ctx context.Context, req AnswerRequest) (ask.Result, error)
}

// BriefRequest is what the LLM sees for a brief.
type BriefRequest struct {
	Article *article.Article
	Local   *summarize.Brief
	GuildID string
	UserID  string
	Length  summarize.Length
}

// AnswerRequest is what the LLM sees for a follow-up.
type AnswerRequest struct {
	Article  *article.Article
	Brief    *summarize.Brief
	Question string
	History  []ask.Turn
	Local    ask.Result
	GuildID  string
	UserID   string
}

// Input is what a user handed over: exactly one of URL, Text, File (an
// upload, with its name and content type) or Path (a local file).
type Input struct {
	URL         string
	Text        string
	File        []byte
	FileName    string
	ContentType string
	Path        string
}

// Options shape a brief.
type Options struct {
	Length  summarize.Length
	UseLLM  bool   // ask the LLM for a summary (when one is configured)
	GuildID string // for budgets and settings
	UserID  string
}

// Result is a brief and where it is kept.
type Result struct {
	ArticleID int64 // 0 without a store
	Article   *article.Article
	Brief     *summarize.Brief
	// Cached is true when the article came from the store, not the network.
	Cached bool
	// NotSaved is why the article or its brief could not be stored (a full
	// disk...), nil when they were or when there is no store. The brief is
	// made all the same; the caller says it was not saved (store.Why).
	NotSaved error
}

// ErrNoInput is returned for an Input with nothing in it.
var ErrNoInput = errors.New("give a link, some text or a file to summarize")

func (p *Pipeline) log() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Log
}

// Read turns an input into an article, from the store when the same link
// was read within CacheTTL.
func (p *Pipeline) Read(ctx context.Context, in Input) (*article.Article, bool, error) {
	switch {
	case in.URL != "":
		if p.Store != nil && p.CacheTTL > 0 {
			key := in.URL
			if c, err := article.Canonicalize(in.URL); err == nil {
				key = c
			}
			a, _, err := p.Store.ArticleByURL(ctx, key, p.CacheTTL)
			if err == nil {
				return a, true, nil
			}
			if !errors.Is(err, store.ErrNotFound) {
				p.log().Warn("store lookup failed; fetching", "err", err)
			}
		}
		if p.Fetcher == nil {
			return nil, false, errors.New("no fetcher configured")
		}
		a, err := p.Fetcher.Fetch(ctx, in.URL)
		return a, false, err
	case in.Text != "":
		a, err := article.FromText([]byte(in.Text), p.MaxTextBytes)
		return a, false, err
	case in.File != nil:
		a, err := article.FromFile(in.File, in.FileName, in.ContentType, p.MaxTextBytes)
		return a, false, err
	case in.Path != "":
		a, err := article.ReadFile(ctx, in.Path, p.MaxTextBytes)
		return a, false, err
	}
	return nil, false, ErrNoInput
}

// Brief reads the input, makes its brief and remembers both.
func (p *Pipeline) Brief(ctx context.Context, in Input, opts Options) (*Result, error) {
	a, cached, err := p.Read(ctx, in)
	if err != nil {
		if k := article.KindOf(err); k != "" && p.Observer != nil {
			p.Observer.FetchFailed(string(k))
		}
		return nil, err
	}
	res := &Result{Article: a, Cached: cached}
	if p.Store != nil {
		id, err := p.Store.PutArticle(ctx, a)
		if err != nil {
			// The store is memory, not a gate: the brief is still made.
			p.log().Warn("store: saving the article failed", "why", store.Why(err), "err", err)
			res.NotSaved = fmt.Errorf("save the article: %w", err)
		} else {
			res.ArticleID = id
		}
	}
	b, err := summarize.Summarize(InputOf(a), summarize.Options{Length: opts.Length, Analyzer: p.analyzer()})
	if err != nil {
		return nil, err
	}
	b.Warnings = append(append([]string{}, a.Warnings...), b.Warnings...)
	if opts.UseLLM && p.LLM != nil {
		lb, err := p.LLM.Brief(ctx, BriefRequest{Article: a, Local: b, GuildID: opts.GuildID, UserID: opts.UserID, Length: opts.Length})
		p.ObserveLLM("brief", err)
		if err != nil {
			p.log().Warn("llm brief failed; local brief shown", "err", err)
			b.Warnings = append(b.Warnings, llmWarning(err))
		} else {
			b = lb
		}
	}
	res.Brief = b
	if p.Observer != nil {
		p.Observer.BriefMade(b.Summary.Engine, cached)
	}
	if p.Store != nil && res.ArticleID != 0 {
		if err := p.Store.PutBrief(ctx, res.ArticleID, b.Summary.Engine, b); err != nil {
			p.log().Warn("store: saving the brief failed", "why", store.Why(err), "err", err)
			res.NotSaved = fmt.Errorf("save the brief: %w", err)
		}
	}
	return res, nil
}

// llmWarning is the note a brief carries when the LLM could not help.
func llmWarning(err error) string {
	var w interface{ UserMessage() string }
	if errors.As(err, &w) {
		return w.UserMessage()
	}
	return "the LLM could not be reached; this is the local brief"
}

// InputOf is the engine's input for an article.
func InputOf(a *article.Article) summarize.Input {
	u := a.CanonicalURL
	if u == "" {
		u = a.URL
	}
	return summarize.Input{Text: a.Text, Source: summarize.Source{
		URL: u, Title: a.Title, Site: a.Site, Byline: a.Byline, Published: a.Published,
	}}
}

// Load returns a stored article and its brief by the engine (the local
// brief when that engine's is missing).
func (p *Pipeline) Load(ctx context.Context, articleID int64, engine string) (*article.Article, *summarize.Brief, error) {
	if p.Store == nil {
		return nil, nil, errors.New("no store configured")
	}
	a, err := p.Store.Article(ctx, articleID)
	if err != nil {
		return nil, nil, fmt.Errorf("load article %d: %w", articleID, err)
	}
	if engine == "" {
		engine = summarize.EngineLocal
	}
	b, err := p.Store.Brief(ctx, articleID, engine)
	if errors.Is(err, store.ErrNotFound) && engine != summarize.EngineLocal {
		b, err = p.Store.Brief(ctx, articleID, summarize.EngineLocal)
	}
	if errors.Is(err, store.ErrNotFound) {
		// Briefs are derived data: make it again.
		b, err = summarize.Summarize(InputOf(a), summarize.Options{Analyzer: p.analyzer()})
		if err == nil {
			if perr := p.Store.PutBrief(ctx, articleID, summarize.EngineLocal, b); perr != nil {
				p.log().Warn("store: saving the brief failed", "err", perr)
			}
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("load brief of article %d: %w", articleID, err)
	}
	if len(b.Sentences) == 0 {
		// Briefs from JSON lack their sentences; the engine is deterministic.
		if fresh, err := summarize.Summarize(InputOf(a), summarize.Options{Analyzer: p.analyzer()}); err == nil {
			b.Sentences = fresh.Sentences
		}
	}
	return a, b, nil
}

// Question is a follow-up question about an article.
type Question struct {
	Text    string
	History []ask.Turn
	UseLLM  bool
	GuildID string
	UserID  string
}

// Answer answers a question about a stored or freshly made brief.
func (p *Pipeline) Answer(ctx context.Context, a *article.Article, b *summarize.Brief, q Question) ask.Result {
	r, _ := p.AnswerWithNote(ctx, a, b, q)
	return r
}

// AnswerWithNote is Answer, with the note to show when the LLM was asked
// but the answer is the local one ("the LLM did not answer in time; this
// is the local answer"); "" otherwise.
func (p *Pipeline) AnswerWithNote(ctx context.Context, a *article.Article, b *summarize.Brief, q Question) (ask.Result, string) {
	local := p.prepared.get(b).Answer(q.Text, q.History)
	if !q.UseLLM || p.LLM == nil {
		return local, ""
	}
	r, err := p.LLM.Answer(ctx, AnswerRequest{Article: a, Brief: b, Question: q.Text, History: q.History, Local: local, GuildID: q.GuildID, UserID: q.UserID})
	p.ObserveLLM("answer", err)
	if err != nil {
		p.log().Warn("llm answer failed; local answer given", "err", err)
		var w interface{ UserMessage() string }
		if errors.As(err, &w) {
			return local, w.UserMessage()
		}
		return local, "the LLM could not be reached; this is the local answer"
	}
	return r, ""
}

// preparedMax is how many prepared articles a pipeline keeps.
const preparedMax = 32

// preparedCache maps a brief's content to the article ask prepared from
// it (its analysis and index), the most recent preparedMax of them.
type preparedCache struct {
	mu    sync.Mutex
	order []string // keys, oldest first
	items map[string]*ask.Article
}

// get returns the prepared article of b, preparing it on a miss.
func (c *preparedCache) get(b *summarize.Brief) *ask.Article {
	key := briefKey(b)
	c.mu.Lock()
	art, ok := c.items[key]
	c.mu.Unlock()
	if ok {
		return art
	}
	art = ask.New(b) // outside the lock: it reads the whole article
	c.mu.Lock()
	defer c.mu.Unlock()
	if prev, ok := c.items[key]; ok {
		return prev
	}
	if c.items == nil {
		c.items = map[string]*ask.Article{}
	}
	c.items[key] = art
	c.order = append(c.order, key)
	if len(c.order) > preparedMax {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
	return art
}

// briefKey identifies a brief by what ask reads of it: its sentences and
// who said what.
func briefKey(b *summarize.Brief) string {
	h := sha256.New()
	for _, s := range b.Sentences {
		io.WriteString(h, s.Text)
		h.Write([]byte{0})
	}
	for _, q := range b.Quotes {
		fmt.Fprintf(h, "q%d\x00%s\x00%s\x00", q.Sentence, q.Speaker, q.Text)
	}
	for _, st := range b.Statements {
		fmt.Fprintf(h, "s%d\x00%s\x00%s\x00", st.Sentence, st.Speaker, st.Text)
	}
	fmt.Fprintf(h, "p%d n%d o%d d%d k%d", len(b.Parties), len(b.NextSteps), len(b.Proposals), len(b.Dates), len(b.KeyPoints))
	return string(h.Sum(nil))
}

// ObserveLLM reports the outcome of an LLM call made for op ("brief",
// "answer", "story") to the pipeline's Observer, if any.
func (p *Pipeline) ObserveLLM(op string, err error) {
	if p.Observer == nil {
		return
	}
	outcome := "ok"
	if err != nil {
		outcome = "failed"
		var k interface{ Outcome() string }
		if errors.As(err, &k) {
			outcome = k.Outcome()
		}
	}
	p.Observer.LLMCall(op, outcome, 0)
}
