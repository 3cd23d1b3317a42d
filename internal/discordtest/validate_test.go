package discordtest

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// fieldsOf decodes a JSON object body.
func fieldsOf(t *testing.T, body string) map[string]json.RawMessage {
	t.Helper()
	var f map[string]json.RawMessage
	if err := json.Unmarshal([]byte(body), &f); err != nil {
		t.Fatalf("bad test body %s: %v", body, err)
	}
	return f
}

func TestFormErrorsShape(t *testing.T) {
	errs := []fieldError{
		{[]string{"data", "embeds", "0", "title"}, "BASE_TYPE_MAX_LENGTH", "Must be 256 or fewer in length."},
		{[]string{"data", "embeds"}, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"},
	}
	got, _ := json.Marshal(formErrors(errs))
	want := `{"data":{"embeds":{"0":{"title":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 256 or fewer in length."}]}},"_errors":[{"code":"MAX_EMBED_SIZE_EXCEEDED","message":"Embed size exceeds maximum size of 6000"}]}}}`
	if string(got) != want {
		t.Errorf("formErrors =\n%s\nwant\n%s", got, want)
	}
}

func TestValidateMessage(t *testing.T) {
	x := strings.Repeat
	tests := []struct {
		name  string
		body  string
		flags int
		want  []string // field error strings, in order
	}{
		{"ok", `{"content":"hi","embeds":[{"title":"t","fields":[{"name":"n","value":"v"}]}]}`, flagsChannelMessage, nil},
		{"content counts code points", `{"content":"` + x("ü", 2000) + `"}`, flagsChannelMessage, nil},
		{"content too long", `{"content":"` + x("ü", 2001) + `"}`, flagsChannelMessage, []string{"content: Must be 2000 or fewer in length."}},
		{"content not a string", `{"content":5}`, flagsChannelMessage, []string{`content: Could not interpret "5" as string.`}},
		{"null fields are absent", `{"content":null,"embeds":null,"components":null}`, flagsChannelMessage, nil},
		{"footer needs text", `{"embeds":[{"footer":{"icon_url":"https://x"}}]}`, flagsChannelMessage, []string{"embeds.0.footer.text: This field is required"}},
		{"author needs a name", `{"embeds":[{"author":{"name":""}}]}`, flagsChannelMessage, []string{"embeds.0.author.name: This field is required"}},
		{"ephemeral on a channel message", `{"content":"x","flags":64}`, flagsChannelMessage, []string{"flags: Flags 64 cannot be set on this request."}},
		{"ephemeral on a callback", `{"content":"x","flags":64}`, flagsCallbackMessage, nil},
		{"select menu takes a whole row", `{"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[{"label":"a","value":"a"}]},{"type":2,"style":1,"custom_id":"b","label":"b"}]}]}`, flagsChannelMessage,
			[]string{"components.0.components.0: The specified component exceeds the maximum width"}},
		{"button needs custom_id", `{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"b"}]}]}`, flagsChannelMessage, []string{"components.0.components.0.custom_id: This field is required"}},
		{"link button needs url", `{"components":[{"type":1,"components":[{"type":2,"style":5,"label":"b"}]}]}`, flagsChannelMessage, []string{"components.0.components.0.url: This field is required"}},
		{"top level must be rows", `{"components":[{"type":2,"style":1,"custom_id":"b"}]}`, flagsChannelMessage, []string{`components.0.type: Value of field "type" must be one of (1,).`}},
		{"components v2 only counted", `{"flags":32768,"components":[{"type":17,"components":[]}]}`, flagsChannelMessage, nil},
		{"too many stickers", `{"sticker_ids":["1","2","3","4"]}`, flagsChannelMessage, []string{"sticker_ids: Must be 3 or fewer in length."}},
		{"users with parse users", `{"content":"x","allowed_mentions":{"parse":["users"],"users":["1"]}}`, flagsChannelMessage, []string{`allowed_mentions.parse: parse:["users"] and users: [ids] are mutually exclusive.`}},
		{"unknown parse value", `{"content":"x","allowed_mentions":{"parse":["all"]}}`, flagsChannelMessage, []string{"allowed_mentions.parse.0: Value must be one of ('everyone', 'roles', 'users')."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range validateMessage(fieldsOf(t, tt.body), nil, messageRules{flags: tt.flags}) {
				got = append(got, e.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("errors = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestValidateChoicesAndModal(t *testing.T) {
	tests := []struct {
		name string
		body string
		fn   func(map[string]json.RawMessage, []string) []fieldError
		want int
	}{
		{"choices ok", `{"choices":[{"name":"a","value":"a"}]}`, validateChoices, 0},
		{"no choices", `{}`, validateChoices, 1},
		{"empty choice name", `{"choices":[{"name":"","value":"a"}]}`, validateChoices, 1},
		{"choice value over 100", `{"choices":[{"name":"a","value":"` + strings.Repeat("v", 101) + `"}]}`, validateChoices, 1},
		{"modal ok", `{"custom_id":"ask","title":"Ask","components":[{"type":1,"components":[{"type":4,"custom_id":"q","label":"Q","style":1}]}]}`, validateModal, 0},
		{"modal title over 45", `{"custom_id":"ask","title":"` + strings.Repeat("t", 46) + `","components":[{}]}`, validateModal, 1},
		{"modal without rows", `{"custom_id":"ask","title":"Ask"}`, validateModal, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fn(fieldsOf(t, tt.body), []string{"data"}); len(got) != tt.want {
				t.Errorf("errors = %q, want %d", describe(got), tt.want)
			}
		})
	}
}

func TestMentionBreaches(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"parse empty", `{"allowed_mentions":{"parse":[]}}`, nil},
		{"with users and replied_user", `{"allowed_mentions":{"parse":[],"users":["1"],"replied_user":true}}`, nil},
		{"missing", `{}`, []string{"allowed_mentions is missing"}},
		{"null", `{"allowed_mentions":null}`, []string{"allowed_mentions is null"}},
		{"no parse", `{"allowed_mentions":{"users":[]}}`, []string{"parse is missing"}},
		{"parse null", `{"allowed_mentions":{"parse":null}}`, []string{"parse is null"}},
		{"parse everyone", `{"allowed_mentions":{"parse":["everyone"]}}`, []string{`parse is ["everyone"]`}},
		{"roles", `{"allowed_mentions":{"parse":[],"roles":["9"]}}`, []string{"pings roles"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentionBreaches(fieldsOf(t, tt.body))
			if len(got) != len(tt.want) {
				t.Fatalf("breaches = %q, want %q", got, tt.want)
			}
			for k := range got {
				if !strings.Contains(got[k], tt.want[k]) {
					t.Errorf("breach %q, want it to contain %q", got[k], tt.want[k])
				}
			}
		})
	}
}

func TestEffectiveMentions(t *testing.T) {
	content := "@everyone <@1> <@!2> <@&7> @here"
	tests := []struct {
		name     string
		am       allowedMentions
		replied  string
		users    []string
		roles    []string
		everyone bool
	}{
		{"no allowed_mentions pings all", allowedMentions{}, "3", []string{"1", "2", "3"}, []string{"7"}, true},
		{"parse empty pings none", allowedMentions{present: true, parsePresent: true}, "3", nil, nil, false},
		{"explicit user", allowedMentions{present: true, users: []string{"2"}}, "", []string{"2"}, nil, false},
		{"replied user", allowedMentions{present: true, repliedUser: true}, "3", []string{"3"}, nil, false},
		{"parse everyone", allowedMentions{present: true, parse: []string{"everyone"}}, "", nil, nil, true},
		{"parse roles", allowedMentions{present: true, parse: []string{"roles"}}, "", nil, []string{"7"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			users, roles, everyone := effectiveMentions(content, tt.am, tt.replied)
			if !slices.Equal(users, tt.users) || !slices.Equal(roles, tt.roles) || everyone != tt.everyone {
				t.Errorf("got %q %q %v, want %q %q %v", users, roles, everyone, tt.users, tt.roles, tt.everyone)
			}
		})
	}
}

func TestValidateCommand(t *testing.T) {
	x := strings.Repeat
	opt := func(name string, required bool) optionPayload {
		return optionPayload{Type: 3, Name: name, Description: "d", Required: required}
	}
	many := make([]optionPayload, 26)
	for k := range many {
		many[k] = opt("o"+strings.Repeat("x", k), false)
	}
	tests := []struct {
		name string
		cmd  commandPayload
		want string // fragment of the errors; "" for none
	}{
		{"ok", commandPayload{Name: "summarize", Description: "Summarize an article", Options: []optionPayload{opt("url", true), opt("length", false)}}, ""},
		{"message command", commandPayload{Name: "Summarize", Type: 3}, ""},
		{"uppercase chat name", commandPayload{Name: "Summarize", Description: "d"}, "lowercase"},
		{"space in chat name", commandPayload{Name: "sum up", Description: "d"}, "invalid"},
		{"name over 32", commandPayload{Name: x("a", 33), Description: "d"}, "invalid"},
		{"no description", commandPayload{Name: "ask"}, "description: Must be between 1 and 100"},
		{"context menu with description", commandPayload{Name: "Summarize", Type: 3, Description: "d"}, "cannot have a description"},
		{"26 options", commandPayload{Name: "ask", Description: "d", Options: many}, "options: Must be 25 or fewer"},
		{"required after optional", commandPayload{Name: "ask", Description: "d", Options: []optionPayload{opt("a", false), opt("b", true)}}, "Required options must be placed before"},
		{"duplicate options", commandPayload{Name: "ask", Description: "d", Options: []optionPayload{opt("a", false), opt("a", false)}}, "unique"},
		{"max_length over 6000", commandPayload{Name: "ask", Description: "d", Options: []optionPayload{{Type: 3, Name: "text", Description: "d", MaxLength: ptr(6001)}}}, "max_length"},
		{"autocomplete with choices", commandPayload{Name: "ask", Description: "d", Options: []optionPayload{{Type: 3, Name: "a", Description: "d", Autocomplete: true, Choices: []struct {
			Name  string          `json:"name"`
			Value json.RawMessage `json:"value"`
		}{{Name: "x", Value: json.RawMessage(`"x"`)}}}}}, "Autocomplete cannot be set with choices"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(validateCommand(tt.cmd, nil))
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("errors = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPercentile(t *testing.T) {
	ms := func(n ...int) []time.Duration {
		out := make([]time.Duration, len(n))
		for k, v := range n {
			out[k] = time.Duration(v) * time.Millisecond
		}
		return out
	}
	tests := []struct {
		name string
		in   []time.Duration
		p    float64
		want time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one", ms(7), 99, 7 * time.Millisecond},
		{"median of four", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"p99 of hundred", ms(seq(100)...), 99, 99 * time.Millisecond},
		{"p100", ms(1, 2, 3), 100, 3 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Percentile(tt.in, tt.p); got != tt.want {
				t.Errorf("Percentile = %v, want %v", got, tt.want)
			}
		})
	}
}

// seq returns 1..n.
func seq(n int) []int {
	out := make([]int, n)
	for k := range out {
		out[k] = k + 1
	}
	return out
}
