package llm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The model's output is parsed leniently (code fences, a reasoning model's
// <think> block, text around the object, keys spelled keyPoints or
// key_points, sentence numbers as numbers, strings or ranges) and then
// validated strictly against the article; the parser only bounds sizes.
const (
	maxItems      = 20   // items kept per list
	maxRefs       = 16   // sentence numbers kept per item
	maxFieldRunes = 2000 // runes kept per text field
	maxRangeSpan  = 10   // "3-5" expands to at most this many numbers
)

// errNotJSON is the cause of ErrMalformed.
var errNotJSON = errors.New("no JSON object in the output")

// claim is a statement the model makes with the sentences it cites.
type claim struct {
	Text      string
	Sentences []int
}

// positionOut is a position as the model gives it.
type positionOut struct {
	Party     string
	Text      string
	Sentences []int
}

// stepOut is a next step as the model gives it.
type stepOut struct {
	Text, When, Where string
	Sentences         []int
}

// briefOutput is what the model returns for a brief.
type briefOutput struct {
	Summary   string
	KeyPoints []claim
	Positions []positionOut
	NextSteps []stepOut
}

// answerOutput is what the model returns for a question.
type answerOutput struct {
	Answer    string
	Sentences []int
	// NotInArticle is true when the model says the article does not
	// answer the question.
	NotInArticle bool
}

// thinkRE matches the reasoning some local models print before answering.
var thinkRE = regexp.MustCompile(`(?s)<think>.*?</think>|^.*?</think>`)

// object finds the JSON object in the model's output and returns its
// members by normalised key (lower case, letters and digits only).
func object(content string) (map[string]json.RawMessage, error) {
	content = thinkRE.ReplaceAllString(content, "")
	start := strings.IndexByte(content, '{')
	if start < 0 {
		return nil, errNotJSON
	}
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(strings.NewReader(content[start:]))
	if err := dec.Decode(&raw); err != nil {
		end := strings.LastIndexByte(content, '}')
		if end <= start {
			return nil, fmt.Errorf("decode output: %w", err)
		}
		raw = nil
		if err2 := json.Unmarshal([]byte(content[start:end+1]), &raw); err2 != nil {
			return nil, fmt.Errorf("decode output: %w", err)
		}
	}
	return normKeys(raw), nil
}

// normKeys returns m with its keys normalised; the first of equal keys wins.
func normKeys(m map[string]json.RawMessage) map[string]json.RawMessage {
	out := make(map[string]json.RawMessage, len(m))
	for k, v := range m {
		nk := normKey(k)
		if _, dup := out[nk]; !dup {
			out[nk] = v
		}
	}
	return out
}

func normKey(k string) string {
	var b strings.Builder
	for _, r := range k {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// field returns the first member present under one of keys.
func field(m map[string]json.RawMessage, keys ...string) json.RawMessage {
	for _, k := range keys {
		if v, ok := m[k]; ok && !isNull(v) {
			return v
		}
	}
	return nil
}

func isNull(v json.RawMessage) bool {
	return len(bytes.TrimSpace(v)) == 0 || string(bytes.TrimSpace(v)) == "null"
}

// text reads a string member: a string, strings joined by spaces, or a
// number as written. It is trimmed and cut to maxFieldRunes.
func text(v json.RawMessage) string {
	if v == nil {
		return ""
	}
	var s string
	if json.Unmarshal(v, &s) != nil {
		var ss []json.RawMessage
		if json.Unmarshal(v, &ss) == nil {
			parts := make([]string, 0, len(ss))
			for i, e := range ss {
				if i >= maxItems {
					break
				}
				if t := text(e); t != "" {
					parts = append(parts, t)
				}
			}
			s = strings.Join(parts, " ")
		} else {
			var n json.Number
			if json.Unmarshal(v, &n) == nil {
				s = n.String()
			}
		}
	}
	s = strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
	if utf8.RuneCountInString(s) > maxFieldRunes {
		s = string([]rune(s)[:maxFieldRunes])
	}
	return s
}

// boolean reads a boolean member given as a boolean or a string.
func boolean(v json.RawMessage) (val, ok bool) {
	if v == nil {
		return false, false
	}
	if json.Unmarshal(v, &val) == nil {
		return val, true
	}
	var s string
	if json.Unmarshal(v, &s) == nil {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "true", "yes":
			return true, true
		case "false", "no":
			return false, true
		}
	}
	return false, false
}

// refNumRE matches a sentence number or a range of them in a string:
// "3", "[3]", "S3", "3-5", "3–5".
var refNumRE = regexp.MustCompile(`-?\d+(?:\s*[-–]\s*\d+)?`)

// refs reads sentence numbers: a number, a string holding numbers or
// ranges ("3", "[3, 4]", "S3", "3-5"), or a list of those. At most
// maxRefs are kept; numbers that are not whole or out of int32 range are
// dropped, negative ones kept for the verifier to reject.
func refs(v json.RawMessage) []int {
	var out []int
	add := func(n int) {
		if len(out) < maxRefs {
			out = append(out, n)
		}
	}
	var walk func(v json.RawMessage, depth int)
	walk = func(v json.RawMessage, depth int) {
		if v == nil || depth > 2 {
			return
		}
		var f float64
		if json.Unmarshal(v, &f) == nil {
			if f == math.Trunc(f) && math.Abs(f) <= math.MaxInt32 {
				add(int(f))
			}
			return
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			for _, m := range refNumRE.FindAllString(s, maxRefs) {
				lo, hi, ok := parseRange(m)
				if !ok {
					continue
				}
				for n := lo; n <= hi; n++ {
					add(n)
				}
			}
			return
		}
		var list []json.RawMessage
		if json.Unmarshal(v, &list) == nil {
			for i, e := range list {
				if i >= maxRefs {
					break
				}
				walk(e, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}

// parseRange reads "3" or "3-5"; a range is at most maxRangeSpan long.
func parseRange(s string) (lo, hi int, ok bool) {
	s = strings.ReplaceAll(s, " ", "")
	if i := strings.IndexAny(s[1:], "-–"); i >= 0 {
		i++
		a, err1 := strconv.Atoi(s[:i])
		_, n := utf8.DecodeRuneInString(s[i:])
		b, err2 := strconv.Atoi(s[i+n:])
		if err1 != nil || err2 != nil || b < a || b-a >= maxRangeSpan {
			return 0, 0, false
		}
		return a, b, true
	}
	a, err := strconv.Atoi(s)
	if err != nil || a > math.MaxInt32 || a < math.MinInt32 {
		return 0, 0, false
	}
	return a, a, true
}

// items reads a list of objects (or of strings, read as their text).
func items(v json.RawMessage) []map[string]json.RawMessage {
	if v == nil {
		return nil
	}
	var list []json.RawMessage
	if json.Unmarshal(v, &list) != nil {
		// A single object where a list was asked for.
		var one map[string]json.RawMessage
		if json.Unmarshal(v, &one) != nil {
			return nil
		}
		list = []json.RawMessage{v}
	}
	var out []map[string]json.RawMessage
	for _, e := range list {
		if len(out) >= maxItems {
			break
		}
		var m map[string]json.RawMessage
		if json.Unmarshal(e, &m) == nil {
			out = append(out, normKeys(m))
			continue
		}
		if t := text(e); t != "" {
			out = append(out, map[string]json.RawMessage{"text": e})
		}
	}
	return out
}

// Keys under which the model may put each member.
var (
	keysSentences = []string{"sentences", "sentence", "citations", "citation", "cites", "cited", "sources", "refs",
		"references", "sentencenumbers", "sentenceids", "ids"}
	keysText = []string{"text", "point", "keypoint", "statement", "content", "description"}
)

// parseBrief reads the model's output for a brief. It fails when there is
// no JSON object, or the object has neither a summary nor key points.
func parseBrief(content string) (briefOutput, error) {
	m, err := object(content)
	if err != nil {
		return briefOutput{}, err
	}
	var out briefOutput
	out.Summary = text(field(m, "summary", "summaryparagraph", "paragraph", "overview"))
	for _, it := range items(field(m, "keypoints", "points", "keypoint", "bullets")) {
		c := claim{Text: text(field(it, keysText...)), Sentences: refs(field(it, keysSentences...))}
		if c.Text != "" {
			out.KeyPoints = append(out.KeyPoints, c)
		}
	}
	for _, it := range items(field(m, "positions", "stances")) {
		p := positionOut{
			Party:     text(field(it, "party", "who", "actor", "side", "name")),
			Text:      text(field(it, append([]string{"position", "stance"}, keysText...)...)),
			Sentences: refs(field(it, keysSentences...)),
		}
		if p.Text != "" || p.Party != "" {
			out.Positions = append(out.Positions, p)
		}
	}
	for _, it := range items(field(m, "nextsteps", "next", "whatsnext", "steps")) {
		s := stepOut{
			Text:      text(field(it, append([]string{"step", "event"}, keysText...)...)),
			When:      text(field(it, "when", "date", "time")),
			Where:     text(field(it, "where", "place", "location")),
			Sentences: refs(field(it, keysSentences...)),
		}
		if s.Text != "" {
			out.NextSteps = append(out.NextSteps, s)
		}
	}
	if out.Summary == "" && len(out.KeyPoints) == 0 {
		return briefOutput{}, errors.New("the output has neither a summary nor key points")
	}
	return out, nil
}

// parseAnswer reads the model's output for a question. It fails when there
// is no JSON object, or it holds no answer and does not say the article is
// silent.
func parseAnswer(content string) (answerOutput, error) {
	m, err := object(content)
	if err != nil {
		return answerOutput{}, err
	}
	out := answerOutput{
		Answer:    text(field(m, "answer", "response", "text", "reply")),
		Sentences: refs(field(m, keysSentences...)),
	}
	if v, ok := boolean(field(m, "inarticle", "answered", "found", "answerable", "articleanswers")); ok {
		out.NotInArticle = !v
	} else if v, ok := boolean(field(m, "notinarticle", "declined", "unanswerable")); ok {
		out.NotInArticle = v
	}
	if out.Answer == "" && !out.NotInArticle {
		return answerOutput{}, errors.New("the output has no answer")
	}
	return out, nil
}
