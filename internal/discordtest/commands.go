package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Limits of application commands, from Discord's documentation.
const (
	maxCommandName        = 32
	maxCommandDescription = 100
	maxCommandOptions     = 25
	maxCommandChars       = 8000
	maxOptionLength       = 6000
	maxChatCommands       = 100
	maxContextCommands    = 15
)

// chatNameRe is the pattern of CHAT_INPUT command and option names.
var chatNameRe = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// command is a registered application command.
type command struct {
	id      string
	name    string
	typ     discordgo.ApplicationCommandType
	guildID string
	body    map[string]any
}

// commandPayload is the part of a command that Discord's rules concern.
type commandPayload struct {
	Name        string          `json:"name"`
	Type        int             `json:"type"`
	Description string          `json:"description"`
	Options     []optionPayload `json:"options"`
}

// optionPayload is a command option, as registered.
type optionPayload struct {
	Type         int             `json:"type"`
	Name         string          `json:"name"`
	Description  string          `json:"description"`
	Required     bool            `json:"required"`
	Autocomplete bool            `json:"autocomplete"`
	Options      []optionPayload `json:"options"`
	MinLength    *int            `json:"min_length"`
	MaxLength    *int            `json:"max_length"`
	Choices      []struct {
		Name  string          `json:"name"`
		Value json.RawMessage `json:"value"`
	} `json:"choices"`
}

// validateCommand checks one command against Discord's rules for names,
// descriptions, options, choices and the 8000 characters of it all.
func validateCommand(c commandPayload, path []string) []fieldError {
	var errs []fieldError
	typ := c.Type
	if typ == 0 {
		typ = int(discordgo.ChatApplicationCommand)
	}
	chars := runes(c.Name) + runes(c.Description)
	switch discordgo.ApplicationCommandType(typ) {
	case discordgo.ChatApplicationCommand:
		errs = append(errs, validateName(c.Name, at(path, "name"))...)
		errs = append(errs, badLength(at(path, "description"), c.Description, 1, maxCommandDescription)...)
		var n int
		errs = append(errs, validateOptions(c.Options, at(path, "options"), &n, 0)...)
		chars += n
	case discordgo.UserApplicationCommand, discordgo.MessageApplicationCommand:
		errs = append(errs, badLength(at(path, "name"), c.Name, 1, maxCommandName)...)
		if c.Description != "" {
			errs = append(errs, fieldError{at(path, "description"), "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", "Context menu commands cannot have a description"})
		}
		if len(c.Options) > 0 {
			errs = append(errs, fieldError{at(path, "options"), "APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS", "Context menu commands cannot have options"})
		}
	default:
		errs = append(errs, fieldError{at(path, "type"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3}."})
	}
	if chars > maxCommandChars {
		errs = append(errs, fieldError{path, "APPLICATION_COMMAND_TOO_LARGE", fmt.Sprintf("Command exceeds maximum size (%d)", maxCommandChars)})
	}
	return errs
}

// validateName checks a CHAT_INPUT command or option name: 1 to 32
// characters of the allowed classes, lowercase.
func validateName(name string, path []string) []fieldError {
	if !chatNameRe.MatchString(name) {
		return []fieldError{{path, "APPLICATION_COMMAND_INVALID_NAME", fmt.Sprintf("Command name %q is invalid", name)}}
	}
	if strings.ToLower(name) != name {
		return []fieldError{{path, "APPLICATION_COMMAND_INVALID_NAME", fmt.Sprintf("Command name %q must be lowercase", name)}}
	}
	return nil
}

// validateOptions checks options (recursively for subcommands), adding
// their characters to chars.
func validateOptions(opts []optionPayload, path []string, chars *int, depth int) []fieldError {
	errs := tooMany(path, len(opts), maxCommandOptions)
	seen := map[string]bool{}
	optional := false
	for i, o := range opts {
		p := at(path, strconv.Itoa(i))
		*chars += runes(o.Name) + runes(o.Description)
		errs = append(errs, validateName(o.Name, at(p, "name"))...)
		errs = append(errs, badLength(at(p, "description"), o.Description, 1, maxCommandDescription)...)
		if seen[o.Name] {
			errs = append(errs, fieldError{at(p, "name"), "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique"})
		}
		seen[o.Name] = true
		sub := o.Type == int(discordgo.ApplicationCommandOptionSubCommand) || o.Type == int(discordgo.ApplicationCommandOptionSubCommandGroup)
		switch {
		case sub && depth >= 2:
			errs = append(errs, fieldError{at(p, "type"), "APPLICATION_COMMAND_OPTION_TYPE_NESTING", "Subcommands cannot be nested this deep"})
		case sub:
			errs = append(errs, validateOptions(o.Options, at(p, "options"), chars, depth+1)...)
			continue
		}
		if o.Required && optional {
			errs = append(errs, fieldError{at(p, "required"), "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options"})
		}
		optional = optional || !o.Required
		errs = append(errs, tooMany(at(p, "choices"), len(o.Choices), maxChoices)...)
		if o.Autocomplete && len(o.Choices) > 0 {
			errs = append(errs, fieldError{at(p, "autocomplete"), "APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES", "Autocomplete cannot be set with choices"})
		}
		for j, c := range o.Choices {
			cp := at(p, "choices", strconv.Itoa(j))
			errs = append(errs, badLength(at(cp, "name"), c.Name, 1, maxChoiceName)...)
			*chars += runes(c.Name)
			var sv string
			if json.Unmarshal(c.Value, &sv) == nil {
				errs = append(errs, tooLong(at(cp, "value"), sv, maxChoiceValue)...)
				*chars += runes(sv)
			} else {
				*chars += len(c.Value)
			}
		}
		if o.MaxLength != nil && (*o.MaxLength < 1 || *o.MaxLength > maxOptionLength) {
			errs = append(errs, fieldError{at(p, "max_length"), "NUMBER_TYPE_MAX", fmt.Sprintf("int value should be between 1 and %d.", maxOptionLength)})
		}
		if o.MinLength != nil && (*o.MinLength < 0 || *o.MinLength > maxOptionLength) {
			errs = append(errs, fieldError{at(p, "min_length"), "NUMBER_TYPE_MAX", fmt.Sprintf("int value should be between 0 and %d.", maxOptionLength)})
		}
	}
	return errs
}

// commandScopeLocked checks the route's application and guild, answering
// 403 Missing Access (a breach) when they are not the bot's.
func (s *Server) commandScopeLocked(q *apiReq) (string, bool) {
	guild := q.r.PathValue("guild")
	if q.r.PathValue("app") != s.appID || guild != "" && guild != s.guildID {
		q.fail(http.StatusForbidden, codeMissingAccess, "Missing Access", nil)
		s.breachLocked("%s: application %s / guild %q is not the bot's (application %s, guild %s)", q.route, q.r.PathValue("app"), guild, s.appID, s.guildID)
		return "", false
	}
	return guild, true
}

// handleListCommands answers GET .../commands.
func (s *Server) handleListCommands(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	guild, ok := s.commandScopeLocked(q)
	if !ok {
		return
	}
	out := []any{}
	for _, c := range s.commands[guild] {
		out = append(out, c.body)
	}
	q.reply(http.StatusOK, out)
}

// decodeCommands validates a list of command bodies for one scope.
func decodeCommands(raws []json.RawMessage, indexed bool) ([]commandPayload, []map[string]any, []fieldError) {
	var errs []fieldError
	cmds := make([]commandPayload, len(raws))
	bodies := make([]map[string]any, len(raws))
	counts := map[int]int{}
	names := map[string]bool{}
	for i, raw := range raws {
		var p []string
		if indexed {
			p = []string{strconv.Itoa(i)}
		}
		if json.Unmarshal(raw, &cmds[i]) != nil || json.Unmarshal(raw, &bodies[i]) != nil {
			errs = append(errs, wrongType(p, raw, "application command")...)
			continue
		}
		if cmds[i].Type == 0 {
			cmds[i].Type = int(discordgo.ChatApplicationCommand)
		}
		errs = append(errs, validateCommand(cmds[i], p)...)
		key := strconv.Itoa(cmds[i].Type) + "/" + cmds[i].Name
		if names[key] {
			errs = append(errs, fieldError{at(p, "name"), "APPLICATION_COMMANDS_DUPLICATE_NAME", fmt.Sprintf("Application command names must be unique: %q", cmds[i].Name)})
		}
		names[key] = true
		counts[cmds[i].Type]++
	}
	if counts[int(discordgo.ChatApplicationCommand)] > maxChatCommands {
		errs = append(errs, fieldError{nil, "APPLICATION_COMMANDS_TOO_MANY", fmt.Sprintf("Maximum number of chat input commands reached (%d)", maxChatCommands)})
	}
	for _, t := range []int{int(discordgo.UserApplicationCommand), int(discordgo.MessageApplicationCommand)} {
		if counts[t] > maxContextCommands {
			errs = append(errs, fieldError{nil, "APPLICATION_COMMANDS_TOO_MANY", fmt.Sprintf("Maximum number of type %d commands reached (%d)", t, maxContextCommands)})
		}
	}
	return cmds, bodies, errs
}

// storeCommandLocked builds the stored form of a command, keeping the ID of
// a command with the same name and type, as Discord does.
func (s *Server) storeCommandLocked(guild string, p commandPayload, body map[string]any, old []*command) *command {
	c := &command{name: p.Name, typ: discordgo.ApplicationCommandType(p.Type), guildID: guild, body: body}
	for _, o := range old {
		if o.name == c.name && o.typ == c.typ {
			c.id = o.id
		}
	}
	if c.id == "" {
		c.id = s.ids.next()
	}
	body["id"] = c.id
	body["application_id"] = s.appID
	body["version"] = s.ids.next()
	body["type"] = p.Type
	if _, ok := body["default_member_permissions"]; !ok {
		body["default_member_permissions"] = nil
	}
	if _, ok := body["nsfw"]; !ok {
		body["nsfw"] = false
	}
	if body["description"] == nil {
		body["description"] = ""
	}
	if body["options"] == nil {
		delete(body, "options")
	}
	if guild != "" {
		body["guild_id"] = guild
	}
	return c
}

// handleOverwriteCommands answers PUT .../commands: the bulk overwrite that
// replaces the scope's commands.
func (s *Server) handleOverwriteCommands(q *apiReq) {
	var raws []json.RawMessage
	if err := json.Unmarshal(q.body, &raws); err != nil {
		q.failForm(wrongType(nil, q.body, "array"))
		s.mu.Lock()
		s.breachLocked("%s: body is not an array of commands", q.route)
		s.mu.Unlock()
		return
	}
	cmds, bodies, errs := decodeCommands(raws, true)
	s.mu.Lock()
	defer s.mu.Unlock()
	guild, ok := s.commandScopeLocked(q)
	if !ok {
		return
	}
	if len(errs) > 0 {
		q.failForm(errs)
		s.breachLocked("%s: Invalid Form Body: %s", q.route, describe(errs))
		return
	}
	old := s.commands[guild]
	stored := make([]*command, len(cmds))
	out := make([]any, len(cmds))
	for i := range cmds {
		stored[i] = s.storeCommandLocked(guild, cmds[i], bodies[i], old)
		out[i] = stored[i].body
	}
	s.commands[guild] = stored
	s.notifyLocked()
	q.reply(http.StatusOK, out)
}

// handleCreateCommand answers POST .../commands: create or update one command.
func (s *Server) handleCreateCommand(q *apiReq) {
	cmds, bodies, errs := decodeCommands([]json.RawMessage{q.body}, false)
	s.mu.Lock()
	defer s.mu.Unlock()
	guild, ok := s.commandScopeLocked(q)
	if !ok {
		return
	}
	if len(errs) > 0 {
		q.failForm(errs)
		s.breachLocked("%s: Invalid Form Body: %s", q.route, describe(errs))
		return
	}
	old := s.commands[guild]
	c := s.storeCommandLocked(guild, cmds[0], bodies[0], old)
	status := http.StatusCreated
	if i := slices.IndexFunc(old, func(o *command) bool { return o.id == c.id }); i >= 0 {
		old[i] = c
		status = http.StatusOK
	} else {
		s.commands[guild] = append(old, c)
	}
	s.notifyLocked()
	q.reply(status, c.body)
}

// handleDeleteCommand answers DELETE .../commands/{command}.
func (s *Server) handleDeleteCommand(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	guild, ok := s.commandScopeLocked(q)
	if !ok {
		return
	}
	id := q.r.PathValue("command")
	list := s.commands[guild]
	i := slices.IndexFunc(list, func(c *command) bool { return c.id == id })
	if i < 0 {
		q.fail(http.StatusNotFound, codeUnknownCommand, "Unknown application command", nil)
		s.breachLocked("%s: unknown command %s", q.route, id)
		return
	}
	s.commands[guild] = slices.Delete(list, i, i+1)
	s.notifyLocked()
	q.noContent()
}

// commandIDLocked returns the ID of the registered command an interaction
// invokes (guild commands first) and the guild it is registered in; for an
// unregistered command it notes the fact and makes up an ID.
func (s *Server) commandIDLocked(name string, typ discordgo.ApplicationCommandType, guild string) (id, cmdGuild string) {
	for _, scope := range []string{guild, ""} {
		for _, c := range s.commands[scope] {
			if c.name == name && c.typ == typ {
				return c.id, scope
			}
		}
		if scope == "" {
			break
		}
	}
	s.noteLocked("interaction for command %q (type %d), which the bot has not registered", name, typ)
	return s.ids.next(), ""
}

// Commands returns the commands registered for a guild ("" for global ones).
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*discordgo.ApplicationCommand
	for _, c := range s.commands[guildID] {
		out = append(out, toDiscordgo[discordgo.ApplicationCommand](s, c.body))
	}
	return out
}
