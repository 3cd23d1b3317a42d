package bot

import "github.com/bwmarrin/discordgo"

// Command names.
const (
	cmdSummarize        = "summarize"
	cmdAsk              = "ask"
	cmdHelp             = "help"
	cmdSettings         = "settings"
	cmdMessageSummarize = "Summarize"
)

// commands is the command table, registered with one bulk overwrite at start.
func commands() []*discordgo.ApplicationCommand {
	dm := true
	lengthChoices := []*discordgo.ApplicationCommandOptionChoice{
		{Name: "short", Value: "short"}, {Name: "standard", Value: "standard"}, {Name: "detailed", Value: "detailed"},
	}
	return append([]*discordgo.ApplicationCommand{
		{
			Name:         cmdSummarize,
			Description:  "Brief a negotiation article: key points, who said what, positions, what happens next",
			DMPermission: &dm,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "Link to the article", MaxLength: 2000},
				{Type: discordgo.ApplicationCommandOptionString, Name: "text", Description: "The article's text (longer articles: attach a file or give a link)", MaxLength: 6000},
				{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file", Description: "The article as a .txt, .md or .html file"},
				{Type: discordgo.ApplicationCommandOptionString, Name: "length", Description: "How much to keep", Choices: lengthChoices},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "llm", Description: "Add an LLM-written summary, checked against the article (when the server allows it)"},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see the brief"},
			},
		},
		{
			Name:         cmdAsk,
			Description:  "Ask a question about an article; the answer cites the article",
			DMPermission: &dm,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question", Required: true, MaxLength: 500},
				{Type: discordgo.ApplicationCommandOptionString, Name: "article", Description: "Which article (default: this thread's, or the latest here)", Autocomplete: true},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "llm", Description: "Let the LLM answer (when the server allows it)"},
			},
		},
		{Name: cmdHelp, Description: "How to use Parley", DMPermission: &dm},
		{Name: cmdMessageSummarize, Type: discordgo.MessageApplicationCommand, DMPermission: &dm},
		settingsCommand(),
	}, storyCommands()...)
}
