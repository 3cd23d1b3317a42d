package discordtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"mime/multipart"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// JSON error codes from Discord's documentation.
const (
	codeGeneral              = 0
	codeUnknownChannel       = 10003
	codeUnknownMessage       = 10008
	codeUnknownWebhook       = 10015
	codeUnknownInteraction   = 10062
	codeUnknownCommand       = 10063
	codeMissingAccess        = 50001
	codeTooLarge             = 40005
	codeAlreadyAcknowledged  = 40060
	codeCannotEditOthers     = 50005
	codeEmptyMessage         = 50006
	codeWrongChannelType     = 50024
	codeInvalidWebhookToken  = 50027
	codeInvalidFormBody      = 50035
	codeInvalidJSON          = 50109
	codeThreadAlreadyCreated = 160004
)

// maxRequestBody bounds what the server reads of one request.
const maxRequestBody = 64 << 20

// apiVersionRe matches the version segment of REST paths.
var apiVersionRe = regexp.MustCompile(`^v([0-9]+)$`)

// apiReq is one REST request being answered.
type apiReq struct {
	s       *Server
	w       http.ResponseWriter
	r       *http.Request
	route   string
	path    string
	at      time.Time
	version int
	body    []byte
	files   []upload
	status  int
	limited bool
}

// upload is a file part of a multipart body.
type upload struct {
	field       string
	filename    string
	contentType string
	data        []byte
}

// auth says whether a route needs the bot's Authorization header.
type auth bool

const (
	botAuth auth = true  // bot routes: "Authorization: Bot TOKEN"
	noAuth  auth = false // interaction and webhook routes: the token is in the path
)

// routes builds the HTTP handler: REST API, gateway and attachment files.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway", s.handleGateway)
	mux.HandleFunc("GET /gateway/{$}", s.handleGateway)
	mux.HandleFunc("GET /attachments/{channel}/{id}/{name}", s.handleFile)
	api := func(method, path string, a auth, h func(*apiReq)) {
		mux.Handle(method+" /api/{version}"+path, s.api(method+" "+path, a, h))
	}
	api("GET", "/gateway", noAuth, s.handleGetGateway)
	api("GET", "/gateway/bot", botAuth, s.handleGetGatewayBot)
	api("GET", "/users/{user}", botAuth, s.handleGetUser)
	api("GET", "/applications/@me", botAuth, s.handleGetApplication)
	api("GET", "/oauth2/applications/@me", botAuth, s.handleGetApplication)

	api("GET", "/applications/{app}/commands", botAuth, s.handleListCommands)
	api("PUT", "/applications/{app}/commands", botAuth, s.handleOverwriteCommands)
	api("POST", "/applications/{app}/commands", botAuth, s.handleCreateCommand)
	api("DELETE", "/applications/{app}/commands/{command}", botAuth, s.handleDeleteCommand)
	api("GET", "/applications/{app}/guilds/{guild}/commands", botAuth, s.handleListCommands)
	api("PUT", "/applications/{app}/guilds/{guild}/commands", botAuth, s.handleOverwriteCommands)
	api("POST", "/applications/{app}/guilds/{guild}/commands", botAuth, s.handleCreateCommand)
	api("DELETE", "/applications/{app}/guilds/{guild}/commands/{command}", botAuth, s.handleDeleteCommand)

	api("POST", "/interactions/{id}/{token}/callback", noAuth, s.handleCallback)
	api("POST", "/webhooks/{app}/{token}", noAuth, s.handleFollowUp)
	api("GET", "/webhooks/{app}/{token}/messages/{message}", noAuth, s.handleGetWebhookMessage)
	api("PATCH", "/webhooks/{app}/{token}/messages/{message}", noAuth, s.handleEditWebhookMessage)
	api("DELETE", "/webhooks/{app}/{token}/messages/{message}", noAuth, s.handleDeleteWebhookMessage)

	api("GET", "/channels/{channel}", botAuth, s.handleGetChannel)
	api("POST", "/channels/{channel}/typing", botAuth, s.handleTyping)
	api("GET", "/channels/{channel}/messages", botAuth, s.handleListMessages)
	api("POST", "/channels/{channel}/messages", botAuth, s.handleCreateMessage)
	api("GET", "/channels/{channel}/messages/{message}", botAuth, s.handleGetMessage)
	api("PATCH", "/channels/{channel}/messages/{message}", botAuth, s.handleEditMessage)
	api("DELETE", "/channels/{channel}/messages/{message}", botAuth, s.handleDeleteMessage)
	api("PUT", "/channels/{channel}/messages/{message}/reactions/{emoji}/@me", botAuth, s.handleAddReaction)
	api("POST", "/channels/{channel}/messages/{message}/threads", botAuth, s.handleStartThreadFromMessage)
	api("POST", "/channels/{channel}/threads", botAuth, s.handleStartThread)

	mux.HandleFunc("/", s.handleUnknown)
	return mux
}

// api wraps a REST handler: version check, body, injected 429s,
// authorization, the request log and report delivery.
func (s *Server) api(route string, a auth, h func(*apiReq)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := &apiReq{s: s, w: w, r: r, route: route, at: time.Now()}
		defer s.flushReports()
		defer s.record(q)
		m := apiVersionRe.FindStringSubmatch(r.PathValue("version"))
		if m == nil {
			q.fail(http.StatusNotFound, codeGeneral, "404: Not Found", nil)
			return
		}
		q.version, _ = strconv.Atoi(m[1])
		q.path = strings.TrimPrefix(r.URL.Path, "/api/"+r.PathValue("version"))
		if err := q.readBody(); err != nil {
			var tooLarge *tooLargeError
			if errors.As(err, &tooLarge) {
				q.fail(http.StatusRequestEntityTooLarge, codeTooLarge, "Request entity too large", nil)
				s.mu.Lock()
				s.breachLocked("%s: %v", route, err)
				s.mu.Unlock()
				return
			}
			q.fail(http.StatusBadRequest, codeInvalidJSON, "The request body contains invalid JSON.", nil)
			s.mu.Lock()
			s.breachLocked("%s: unreadable body: %v", route, err)
			s.mu.Unlock()
			return
		}
		if s.rateLimited(q) {
			return
		}
		if h := r.Header.Get("Authorization"); a == botAuth && (!strings.HasPrefix(h, "Bot ") || !s.tokenOK(h)) {
			q.fail(http.StatusUnauthorized, codeGeneral, "401: Unauthorized", nil)
			s.mu.Lock()
			s.breachLocked("%s: missing or wrong bot token in the Authorization header", route)
			s.mu.Unlock()
			return
		}
		h(q)
	})
}

// record appends the request to the log.
func (s *Server) record(q *apiReq) {
	names := make([]string, len(q.files))
	for i, f := range q.files {
		names[i] = f.filename
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, Request{
		Method: q.r.Method, Path: q.path, Route: q.route, Status: q.status, At: q.at,
		Body: q.body, Files: names, RateLimited: q.limited,
	})
	s.notifyLocked()
	s.log.Debug("rest", "method", q.r.Method, "path", q.path, "status", q.status)
}

// tooLargeError is an upload over the size limit.
type tooLargeError struct{ name string }

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("file %q is larger than the %d byte upload limit", e.name, attachmentSizeLimit)
}

// readBody reads a JSON body, or the payload_json and files of a multipart
// body, as discordgo sends when there are files.
func (q *apiReq) readBody() error {
	body := http.MaxBytesReader(q.w, q.r.Body, maxRequestBody)
	mediaType, params, _ := mime.ParseMediaType(q.r.Header.Get("Content-Type"))
	if mediaType != "multipart/form-data" {
		b, err := io.ReadAll(body)
		if err != nil {
			return fmt.Errorf("read body: %w", err)
		}
		if len(bytes.TrimSpace(b)) > 0 && !json.Valid(b) {
			return errors.New("body is not valid JSON")
		}
		q.body = b
		return nil
	}
	mr := multipart.NewReader(body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("read multipart body: %w", err)
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return fmt.Errorf("read part %q: %w", part.FormName(), err)
		}
		switch name := part.FormName(); {
		case name == "payload_json":
			if !json.Valid(data) {
				return errors.New("payload_json is not valid JSON")
			}
			q.body = data
		case part.FileName() != "":
			if len(data) > attachmentSizeLimit {
				return &tooLargeError{name: part.FileName()}
			}
			q.files = append(q.files, upload{field: name, filename: part.FileName(), contentType: part.Header.Get("Content-Type"), data: data})
		}
	}
	return nil
}

// fields decodes the body as a JSON object, field by field. A missing body
// is an empty object; a body that is not an object is an error.
func (q *apiReq) fields() (map[string]json.RawMessage, error) {
	f := map[string]json.RawMessage{}
	if len(bytes.TrimSpace(q.body)) == 0 {
		return f, nil
	}
	if err := json.Unmarshal(q.body, &f); err != nil {
		return nil, fmt.Errorf("decode body: %w", err)
	}
	return f, nil
}

// reply writes a JSON response.
func (q *apiReq) reply(status int, v any) {
	q.status = status
	q.w.Header().Set("Content-Type", "application/json")
	q.w.WriteHeader(status)
	_ = json.NewEncoder(q.w).Encode(v)
}

// noContent answers 204.
func (q *apiReq) noContent() {
	q.status = http.StatusNoContent
	q.w.WriteHeader(http.StatusNoContent)
}

// fail answers with a Discord-shaped error.
func (q *apiReq) fail(status, code int, message string, errs []fieldError) {
	body := map[string]any{"code": code, "message": message}
	if len(errs) > 0 {
		body["errors"] = formErrors(errs)
	}
	q.reply(status, body)
}

// failForm answers 400 Invalid Form Body with field errors.
func (q *apiReq) failForm(errs []fieldError) {
	q.fail(http.StatusBadRequest, codeInvalidFormBody, "Invalid Form Body", errs)
}

// handleUnknown answers routes this fake does not serve the way Discord
// answers unknown routes, and notes them.
func (s *Server) handleUnknown(w http.ResponseWriter, r *http.Request) {
	q := &apiReq{s: s, w: w, r: r, route: "unknown", path: r.URL.Path, at: time.Now()}
	_ = q.readBody()
	q.fail(http.StatusNotFound, codeGeneral, "404: Not Found", nil)
	s.mu.Lock()
	s.noteLocked("unknown route %s %s answered 404", r.Method, r.URL.Path)
	s.mu.Unlock()
	s.record(q)
}

// RateLimit describes 429 responses to inject, shaped like Discord's.
type RateLimit struct {
	// Count is how many matching requests get a 429.
	Count int
	// RetryAfter is the retry_after of the body and the Retry-After header.
	RetryAfter time.Duration
	// Global marks a global rate limit (X-RateLimit-Global, scope "global");
	// as in Discord's documented example it carries no per-route headers.
	Global bool
	// Shared marks a per-resource limit (scope "shared") rather than the
	// bot's own ("user").
	Shared bool
	// Match selects requests by method and path below the API version, e.g.
	// "/channels/1/messages"; nil matches every REST request but the gateway
	// lookups.
	Match func(method, path string) bool
}

// InjectRateLimit answers the next rl.Count matching REST requests with 429.
// Limits are consumed in the order they were injected.
func (s *Server) InjectRateLimit(rl RateLimit) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := rl
	s.faults = append(s.faults, &c)
}

// Inject429 answers the next n REST requests (gateway lookups excepted) with
// 429 and retry_after.
func (s *Server) Inject429(n int, retryAfter time.Duration, global bool) {
	s.InjectRateLimit(RateLimit{Count: n, RetryAfter: retryAfter, Global: global})
}

// MatchPath returns a RateLimit.Match that selects requests with this method
// (any if empty) whose path contains fragment.
func MatchPath(method, fragment string) func(method, path string) bool {
	return func(m, p string) bool {
		return (method == "" || strings.EqualFold(method, m)) && strings.Contains(p, fragment)
	}
}

// rateLimited answers q with an injected 429 if one matches.
func (s *Server) rateLimited(q *apiReq) bool {
	s.mu.Lock()
	var rl *RateLimit
	for _, f := range s.faults {
		if f.Count <= 0 {
			continue
		}
		if f.Match == nil && !strings.HasPrefix(q.path, "/gateway") || f.Match != nil && f.Match(q.r.Method, q.path) {
			f.Count--
			rl = f
			break
		}
	}
	if rl == nil {
		s.mu.Unlock()
		return false
	}
	s.mu.Unlock()
	q.limited = true
	secs := rl.RetryAfter.Seconds()
	h := q.w.Header()
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(secs))))
	scope := "user"
	message := "You are being rate limited."
	switch {
	case rl.Global:
		scope = "global"
		h.Set("X-RateLimit-Global", "true")
	case rl.Shared:
		scope = "shared"
		message = "The resource is being rate limited."
	}
	h.Set("X-RateLimit-Scope", scope)
	if !rl.Global {
		reset := float64(time.Now().Add(rl.RetryAfter).UnixMilli()) / 1000
		h.Set("X-RateLimit-Limit", "5")
		h.Set("X-RateLimit-Remaining", "0")
		h.Set("X-RateLimit-Reset", strconv.FormatFloat(reset, 'f', 3, 64))
		h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
		h.Set("X-RateLimit-Bucket", randomHex(8))
	}
	q.reply(http.StatusTooManyRequests, map[string]any{"message": message, "retry_after": secs, "global": rl.Global})
	return true
}

// handleGetGateway answers GET /gateway with this server's websocket URL.
func (s *Server) handleGetGateway(q *apiReq) {
	q.reply(http.StatusOK, map[string]any{"url": s.GatewayURL()})
}

// handleGetGatewayBot answers GET /gateway/bot.
func (s *Server) handleGetGatewayBot(q *apiReq) {
	q.reply(http.StatusOK, map[string]any{
		"url":    s.GatewayURL(),
		"shards": 1,
		"session_start_limit": map[string]any{
			"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1,
		},
	})
}

// handleGetUser answers GET /users/@me and GET /users/{id}.
func (s *Server) handleGetUser(q *apiReq) {
	id := q.r.PathValue("user")
	if id == "@me" {
		id = s.appID
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.users[id]; !ok {
		q.fail(http.StatusNotFound, 10013, "Unknown User", nil)
		return
	}
	q.reply(http.StatusOK, s.userJSONLocked(id))
}

// handleGetApplication answers GET /applications/@me.
func (s *Server) handleGetApplication(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q.reply(http.StatusOK, map[string]any{
		"id": s.appID, "name": "Parley", "description": "", "icon": nil,
		"bot_public": false, "bot_require_code_grant": false, "flags": 0,
		"bot": s.userJSONLocked(s.appID), "verify_key": randomHex(32),
	})
}

// handleFile serves an uploaded or seeded attachment, as Discord's CDN does.
func (s *Server) handleFile(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	f, ok := s.files[r.PathValue("id")]
	s.mu.Unlock()
	if !ok || f.channelID != r.PathValue("channel") || f.filename != r.PathValue("name") {
		http.NotFound(w, r)
		return
	}
	ct := f.contentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", strconv.Itoa(len(f.data)))
	_, _ = w.Write(f.data)
}
