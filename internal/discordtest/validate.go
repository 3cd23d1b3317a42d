package discordtest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits from Discord's documentation. Lengths count Unicode code points.
const (
	maxContent          = 2000
	maxEmbeds           = 10
	maxEmbedTotal       = 6000
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxFooterText       = 2048
	maxAuthorName       = 256
	maxActionRows       = 5
	maxRowButtons       = 5
	maxCustomID         = 100
	maxButtonLabel      = 80
	maxSelectOptions    = 25
	maxPlaceholder      = 150
	maxChoices          = 25
	maxChoiceName       = 100
	maxChoiceValue      = 100
	maxModalTitle       = 45
	maxModalRows        = 5
	maxStickers         = 3
	maxComponentsV2     = 40
)

// Message flags, from Discord's documentation.
const (
	flagSuppressEmbeds        = 1 << 2
	flagHasThread             = 1 << 5
	flagEphemeral             = 1 << 6
	flagLoading               = 1 << 7
	flagSuppressNotifications = 1 << 12
	flagVoiceMessage          = 1 << 13
	flagComponentsV2          = 1 << 15
)

// Which flags each kind of request may set.
const (
	flagsCallbackMessage = flagSuppressEmbeds | flagEphemeral | flagComponentsV2 | flagVoiceMessage | flagSuppressNotifications
	flagsDeferred        = flagEphemeral
	flagsFollowUp        = flagSuppressEmbeds | flagEphemeral | flagComponentsV2 | flagSuppressNotifications
	flagsChannelMessage  = flagSuppressEmbeds | flagComponentsV2 | flagVoiceMessage | flagSuppressNotifications
	flagsEdit            = flagSuppressEmbeds | flagComponentsV2
)

// fieldError is one entry of an Invalid Form Body error.
type fieldError struct {
	path    []string
	code    string
	message string
}

// String renders the error as "embeds.0.title: Must be 256 or fewer in length.".
func (e fieldError) String() string {
	return strings.Join(e.path, ".") + ": " + e.message
}

// formErrors nests field errors the way Discord does:
// {"embeds": {"0": {"title": {"_errors": [{"code": ..., "message": ...}]}}}}.
func formErrors(errs []fieldError) map[string]any {
	root := map[string]any{}
	for _, e := range errs {
		node := root
		for _, p := range e.path {
			child, ok := node[p].(map[string]any)
			if !ok {
				child = map[string]any{}
				node[p] = child
			}
			node = child
		}
		list, _ := node["_errors"].([]any)
		node["_errors"] = append(list, map[string]any{"code": e.code, "message": e.message})
	}
	return root
}

// describe joins field errors for a breach message.
func describe(errs []fieldError) string {
	parts := make([]string, len(errs))
	for i, e := range errs {
		parts[i] = e.String()
	}
	return strings.Join(parts, "; ")
}

// at returns path extended by more, without aliasing path.
func at(path []string, more ...string) []string {
	return append(slices.Clip(path), more...)
}

// runes counts code points, the unit of Discord's length limits.
func runes(s string) int { return utf8.RuneCountInString(s) }

// tooLong reports a string over max.
func tooLong(path []string, s string, max int) []fieldError {
	if runes(s) > max {
		return []fieldError{{path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", max)}}
	}
	return nil
}

// badLength reports a string outside [min, max].
func badLength(path []string, s string, min, max int) []fieldError {
	if n := runes(s); n < min || n > max {
		return []fieldError{{path, "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between %d and %d in length.", min, max)}}
	}
	return nil
}

// required reports a missing field.
func required(path []string) []fieldError {
	return []fieldError{{path, "BASE_TYPE_REQUIRED", "This field is required"}}
}

// tooMany reports a list over max.
func tooMany(path []string, n, max int) []fieldError {
	if n > max {
		return []fieldError{{path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", max)}}
	}
	return nil
}

// wrongType reports a value of the wrong JSON type.
func wrongType(path []string, raw json.RawMessage, want string) []fieldError {
	return []fieldError{{path, "MODEL_TYPE_CONVERT", fmt.Sprintf("Could not interpret %q as %s.", truncate(string(raw), 40), want)}}
}

// isNull reports an absent or null JSON value.
func isNull(raw json.RawMessage) bool {
	s := strings.TrimSpace(string(raw))
	return s == "" || s == "null"
}

// messageRules says how a message body is checked.
type messageRules struct {
	flags int // flags the request may set
}

// validateMessage checks the message fields of a create or edit request
// against Discord's limits: content, embeds, components, flags, stickers.
func validateMessage(f map[string]json.RawMessage, prefix []string, rules messageRules) []fieldError {
	var errs []fieldError
	if raw, ok := f["content"]; ok && !isNull(raw) {
		var content string
		if json.Unmarshal(raw, &content) != nil {
			errs = append(errs, wrongType(at(prefix, "content"), raw, "string")...)
		} else {
			errs = append(errs, tooLong(at(prefix, "content"), content, maxContent)...)
		}
	}
	if raw, ok := f["embeds"]; ok && !isNull(raw) {
		errs = append(errs, validateEmbeds(raw, at(prefix, "embeds"))...)
	}
	flags := 0
	if raw, ok := f["flags"]; ok && !isNull(raw) {
		if json.Unmarshal(raw, &flags) != nil {
			errs = append(errs, wrongType(at(prefix, "flags"), raw, "integer")...)
		} else if bad := flags &^ rules.flags; bad != 0 {
			errs = append(errs, fieldError{at(prefix, "flags"), "MESSAGE_FLAGS_INVALID", fmt.Sprintf("Flags %d cannot be set on this request.", bad)})
		}
	}
	if raw, ok := f["components"]; ok && !isNull(raw) {
		errs = append(errs, validateComponents(raw, at(prefix, "components"), flags&flagComponentsV2 != 0)...)
	}
	if raw, ok := f["sticker_ids"]; ok && !isNull(raw) {
		var ids []json.RawMessage
		if json.Unmarshal(raw, &ids) != nil {
			errs = append(errs, wrongType(at(prefix, "sticker_ids"), raw, "array")...)
		} else {
			errs = append(errs, tooMany(at(prefix, "sticker_ids"), len(ids), maxStickers)...)
		}
	}
	if raw, ok := f["allowed_mentions"]; ok && !isNull(raw) {
		_, amErrs := parseAllowedMentions(raw, at(prefix, "allowed_mentions"))
		errs = append(errs, amErrs...)
	}
	return errs
}

// embedPayload is the part of an embed that Discord's limits concern.
type embedPayload struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Fields      []struct {
		Name  *string `json:"name"`
		Value *string `json:"value"`
	} `json:"fields"`
	Footer *struct {
		Text *string `json:"text"`
	} `json:"footer"`
	Author *struct {
		Name *string `json:"name"`
	} `json:"author"`
}

// validateEmbeds checks the embeds array: count, per-field limits, and the
// 6000 characters of all embeds together.
func validateEmbeds(raw json.RawMessage, path []string) []fieldError {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return wrongType(path, raw, "array")
	}
	errs := tooMany(path, len(list), maxEmbeds)
	total := 0
	for i, r := range list {
		p := at(path, strconv.Itoa(i))
		var e embedPayload
		if json.Unmarshal(r, &e) != nil {
			errs = append(errs, wrongType(p, r, "embed")...)
			continue
		}
		errs = append(errs, tooLong(at(p, "title"), e.Title, maxEmbedTitle)...)
		errs = append(errs, tooLong(at(p, "description"), e.Description, maxEmbedDescription)...)
		total += runes(e.Title) + runes(e.Description)
		errs = append(errs, tooMany(at(p, "fields"), len(e.Fields), maxEmbedFields)...)
		for j, fl := range e.Fields {
			fp := at(p, "fields", strconv.Itoa(j))
			switch {
			case fl.Name == nil || *fl.Name == "":
				errs = append(errs, required(at(fp, "name"))...)
			default:
				errs = append(errs, tooLong(at(fp, "name"), *fl.Name, maxFieldName)...)
				total += runes(*fl.Name)
			}
			switch {
			case fl.Value == nil || *fl.Value == "":
				errs = append(errs, required(at(fp, "value"))...)
			default:
				errs = append(errs, tooLong(at(fp, "value"), *fl.Value, maxFieldValue)...)
				total += runes(*fl.Value)
			}
		}
		if e.Footer != nil {
			if e.Footer.Text == nil || *e.Footer.Text == "" {
				errs = append(errs, required(at(p, "footer", "text"))...)
			} else {
				errs = append(errs, tooLong(at(p, "footer", "text"), *e.Footer.Text, maxFooterText)...)
				total += runes(*e.Footer.Text)
			}
		}
		if e.Author != nil {
			if e.Author.Name == nil || *e.Author.Name == "" {
				errs = append(errs, required(at(p, "author", "name"))...)
			} else {
				errs = append(errs, tooLong(at(p, "author", "name"), *e.Author.Name, maxAuthorName)...)
				total += runes(*e.Author.Name)
			}
		}
	}
	if total > maxEmbedTotal {
		errs = append(errs, fieldError{path, "MAX_EMBED_SIZE_EXCEEDED", fmt.Sprintf("Embed size exceeds maximum size of %d", maxEmbedTotal)})
	}
	return errs
}

// componentPayload is the part of a component that Discord's limits concern.
type componentPayload struct {
	Type        int               `json:"type"`
	CustomID    *string           `json:"custom_id"`
	Label       string            `json:"label"`
	Style       int               `json:"style"`
	URL         string            `json:"url"`
	SKUID       string            `json:"sku_id"`
	Placeholder string            `json:"placeholder"`
	Options     []json.RawMessage `json:"options"`
	Components  []json.RawMessage `json:"components"`
}

// Component types, from Discord's documentation.
const (
	componentActionRow    = 1
	componentButton       = 2
	componentStringSelect = 3
	componentTextInput    = 4
)

// isSelect reports the select menu component types.
func isSelect(t int) bool { return t == componentStringSelect || t >= 5 && t <= 8 }

// validateComponents checks message components: at most 5 action rows of
// at most 5 buttons or one select menu, custom_id and label lengths, unique
// custom_ids. Components V2 layouts are only counted.
func validateComponents(raw json.RawMessage, path []string, v2 bool) []fieldError {
	var rows []json.RawMessage
	if json.Unmarshal(raw, &rows) != nil {
		return wrongType(path, raw, "array")
	}
	if v2 {
		return tooMany(path, len(rows), maxComponentsV2)
	}
	errs := tooMany(path, len(rows), maxActionRows)
	seen := map[string]bool{}
	for i, r := range rows {
		p := at(path, strconv.Itoa(i))
		var row componentPayload
		if json.Unmarshal(r, &row) != nil {
			errs = append(errs, wrongType(p, r, "component")...)
			continue
		}
		if row.Type != componentActionRow {
			errs = append(errs, fieldError{at(p, "type"), "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,)."})
			continue
		}
		if len(row.Components) == 0 {
			errs = append(errs, fieldError{at(p, "components"), "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length."})
		}
		errs = append(errs, tooMany(at(p, "components"), len(row.Components), maxRowButtons)...)
		for j, cr := range row.Components {
			cp := at(p, "components", strconv.Itoa(j))
			var c componentPayload
			if json.Unmarshal(cr, &c) != nil {
				errs = append(errs, wrongType(cp, cr, "component")...)
				continue
			}
			errs = append(errs, validateComponent(c, cp, len(row.Components), seen)...)
		}
	}
	return errs
}

// validateComponent checks one component of an action row.
func validateComponent(c componentPayload, p []string, rowLen int, seen map[string]bool) []fieldError {
	var errs []fieldError
	checkID := func() {
		if c.CustomID == nil || *c.CustomID == "" {
			errs = append(errs, required(at(p, "custom_id"))...)
			return
		}
		errs = append(errs, tooLong(at(p, "custom_id"), *c.CustomID, maxCustomID)...)
		if seen[*c.CustomID] {
			errs = append(errs, fieldError{at(p, "custom_id"), "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated"})
		}
		seen[*c.CustomID] = true
	}
	switch {
	case c.Type == componentButton:
		errs = append(errs, tooLong(at(p, "label"), c.Label, maxButtonLabel)...)
		switch c.Style {
		case 1, 2, 3, 4:
			checkID()
		case 5:
			if c.URL == "" {
				errs = append(errs, required(at(p, "url"))...)
			}
			if c.CustomID != nil {
				errs = append(errs, fieldError{at(p, "custom_id"), "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED", "A link button cannot have a custom id."})
			}
		case 6:
			if c.SKUID == "" {
				errs = append(errs, required(at(p, "sku_id"))...)
			}
		default:
			errs = append(errs, fieldError{at(p, "style"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}."})
		}
	case isSelect(c.Type):
		if rowLen > 1 {
			errs = append(errs, fieldError{p, "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width"})
		}
		checkID()
		errs = append(errs, tooLong(at(p, "placeholder"), c.Placeholder, maxPlaceholder)...)
		if c.Type == componentStringSelect {
			if len(c.Options) == 0 {
				errs = append(errs, fieldError{at(p, "options"), "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length."})
			}
			errs = append(errs, tooMany(at(p, "options"), len(c.Options), maxSelectOptions)...)
		}
	default:
		errs = append(errs, fieldError{at(p, "type"), "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (2, 3, 5, 6, 7, 8)."})
	}
	return errs
}

// validateChoices checks an autocomplete result: at most 25 choices, names
// of 1 to 100 characters, string values of at most 100.
func validateChoices(f map[string]json.RawMessage, path []string) []fieldError {
	raw, ok := f["choices"]
	if !ok || isNull(raw) {
		return required(at(path, "choices"))
	}
	var choices []struct {
		Name  string          `json:"name"`
		Value json.RawMessage `json:"value"`
	}
	if json.Unmarshal(raw, &choices) != nil {
		return wrongType(at(path, "choices"), raw, "array")
	}
	errs := tooMany(at(path, "choices"), len(choices), maxChoices)
	for i, c := range choices {
		p := at(path, "choices", strconv.Itoa(i))
		errs = append(errs, badLength(at(p, "name"), c.Name, 1, maxChoiceName)...)
		var sv string
		if json.Unmarshal(c.Value, &sv) == nil {
			errs = append(errs, tooLong(at(p, "value"), sv, maxChoiceValue)...)
		} else if isNull(c.Value) {
			errs = append(errs, required(at(p, "value"))...)
		}
	}
	return errs
}

// validateModal checks a modal: custom_id, title of at most 45 characters,
// 1 to 5 rows.
func validateModal(f map[string]json.RawMessage, path []string) []fieldError {
	var m struct {
		CustomID   string            `json:"custom_id"`
		Title      string            `json:"title"`
		Components []json.RawMessage `json:"components"`
	}
	b, _ := json.Marshal(f)
	if json.Unmarshal(b, &m) != nil {
		return wrongType(path, b, "modal")
	}
	errs := badLength(at(path, "custom_id"), m.CustomID, 1, maxCustomID)
	errs = append(errs, badLength(at(path, "title"), m.Title, 1, maxModalTitle)...)
	if len(m.Components) == 0 {
		errs = append(errs, fieldError{at(path, "components"), "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length."})
	}
	return append(errs, tooMany(at(path, "components"), len(m.Components), maxModalRows)...)
}

// messageEmpty reports whether a message would show nothing: no content,
// embeds, components, attachments, stickers or poll.
func messageEmpty(content string, embeds int, components json.RawMessage, attachments, stickers int, poll bool) bool {
	return strings.TrimSpace(content) == "" && embeds == 0 && isEmptyArray(components) && attachments == 0 && stickers == 0 && !poll
}

// isEmptyArray reports a null, absent or empty JSON array.
func isEmptyArray(raw json.RawMessage) bool {
	if isNull(raw) {
		return true
	}
	var list []json.RawMessage
	return json.Unmarshal(raw, &list) == nil && len(list) == 0
}

// allowedMentions is a decoded allowed_mentions object.
type allowedMentions struct {
	present      bool // the request has a non-null allowed_mentions
	parsePresent bool // it has a non-null parse list
	parse        []string
	users        []string
	roles        []string
	repliedUser  bool
}

// parseAllowedMentions decodes allowed_mentions and returns Discord's form
// errors for it.
func parseAllowedMentions(raw json.RawMessage, path []string) (allowedMentions, []fieldError) {
	am := allowedMentions{}
	if isNull(raw) {
		return am, nil
	}
	var f map[string]json.RawMessage
	if json.Unmarshal(raw, &f) != nil {
		return am, wrongType(path, raw, "object")
	}
	am.present = true
	var errs []fieldError
	if p, ok := f["parse"]; ok && !isNull(p) {
		am.parsePresent = true
		if json.Unmarshal(p, &am.parse) != nil {
			errs = append(errs, wrongType(at(path, "parse"), p, "array")...)
		}
		for i, v := range am.parse {
			if v != "everyone" && v != "users" && v != "roles" {
				errs = append(errs, fieldError{at(path, "parse", strconv.Itoa(i)), "BASE_TYPE_CHOICES", "Value must be one of ('everyone', 'roles', 'users')."})
			}
		}
	}
	for key, dst := range map[string]*[]string{"users": &am.users, "roles": &am.roles} {
		if v, ok := f[key]; ok && !isNull(v) {
			if json.Unmarshal(v, dst) != nil {
				errs = append(errs, wrongType(at(path, key), v, "array of snowflakes")...)
			}
			errs = append(errs, tooMany(at(path, key), len(*dst), 100)...)
			if len(*dst) > 0 && slices.Contains(am.parse, key) {
				errs = append(errs, fieldError{at(path, "parse"), "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", fmt.Sprintf("parse:[%q] and %s: [ids] are mutually exclusive.", key, key)})
			}
		}
	}
	if v, ok := f["replied_user"]; ok && !isNull(v) {
		_ = json.Unmarshal(v, &am.repliedUser)
	}
	slices.SortFunc(errs, func(a, b fieldError) int { return strings.Compare(a.String(), b.String()) })
	return am, errs
}

// mentionBreaches returns the breaches of the rule that every message the
// bot creates or edits carries allowed_mentions with "parse": [] and pings
// no role.
func mentionBreaches(f map[string]json.RawMessage) []string {
	raw, ok := f["allowed_mentions"]
	if !ok {
		return []string{`allowed_mentions is missing (want {"parse": []})`}
	}
	if isNull(raw) {
		return []string{`allowed_mentions is null (want {"parse": []})`}
	}
	am, _ := parseAllowedMentions(raw, nil)
	if !am.present {
		return []string{`allowed_mentions is not an object (want {"parse": []})`}
	}
	var out []string
	var fm map[string]json.RawMessage
	_ = json.Unmarshal(raw, &fm)
	switch p, ok := fm["parse"]; {
	case !ok:
		out = append(out, `allowed_mentions.parse is missing (want "parse": [])`)
	case isNull(p):
		out = append(out, `allowed_mentions.parse is null (want "parse": []; discordgo sends null for a nil Parse slice)`)
	case len(am.parse) > 0:
		out = append(out, fmt.Sprintf("allowed_mentions.parse is %q (want it empty: nothing may be parsed)", am.parse))
	}
	if len(am.roles) > 0 {
		out = append(out, fmt.Sprintf("allowed_mentions.roles pings roles %q", am.roles))
	}
	return out
}

// Mention syntax in message content.
var (
	userMentionRe     = regexp.MustCompile(`<@!?([0-9]+)>`)
	roleMentionRe     = regexp.MustCompile(`<@&([0-9]+)>`)
	everyoneMentionRe = regexp.MustCompile(`@(everyone|here)\b`)
)

// mentionsIn returns the users, roles and @everyone/@here mentioned in content.
func mentionsIn(content string) (users, roles []string, everyone bool) {
	for _, m := range userMentionRe.FindAllStringSubmatch(content, -1) {
		if !slices.Contains(users, m[1]) {
			users = append(users, m[1])
		}
	}
	for _, m := range roleMentionRe.FindAllStringSubmatch(content, -1) {
		if !slices.Contains(roles, m[1]) {
			roles = append(roles, m[1])
		}
	}
	return users, roles, everyoneMentionRe.MatchString(content)
}

// effectiveMentions computes who a message pings, the way Discord applies
// allowed_mentions: without it everything in the content pings (and the
// replied-to author); with it only what parse, users and roles allow.
func effectiveMentions(content string, am allowedMentions, repliedAuthor string) (users, roles []string, everyone bool) {
	cu, cr, ce := mentionsIn(content)
	if !am.present {
		users = cu
		if repliedAuthor != "" && !slices.Contains(users, repliedAuthor) {
			users = append(users, repliedAuthor)
		}
		return users, cr, ce
	}
	everyone = ce && slices.Contains(am.parse, "everyone")
	for _, u := range cu {
		if slices.Contains(am.parse, "users") || slices.Contains(am.users, u) {
			users = append(users, u)
		}
	}
	for _, r := range cr {
		if slices.Contains(am.parse, "roles") || slices.Contains(am.roles, r) {
			roles = append(roles, r)
		}
	}
	if am.repliedUser && repliedAuthor != "" && !slices.Contains(users, repliedAuthor) {
		users = append(users, repliedAuthor)
	}
	return users, roles, everyone
}
