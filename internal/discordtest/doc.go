// Package discordtest is a fake Discord for end-to-end tests: an HTTP REST API
// and a gateway websocket that a real discordgo Session connects to, enforcing
// the rules of Discord's developer documentation that Parley lives by.
//
// A test starts a Server with New, points the bot's discordgo Session at it
// (replace the "https://discord.com/api/v9/" prefix of every request URL with
// Server.APIURL, for example through an http.RoundTripper on Session.Client;
// GET /gateway then hands discordgo a ws:// URL of this server), opens the
// session and drives it:
//
//	srv := discordtest.New(t)
//	// ... bot session connected ...
//	if err := srv.WaitReady(ctx); err != nil { t.Fatal(err) }
//	i := srv.SendInteraction(discordtest.SlashCommand("summarize", discordtest.StringOption("url", u)))
//	msg, err := i.WaitFinal(ctx)
//
// The server records everything the bot does (callbacks, edits of the original
// response, follow-ups, channel messages, threads, commands) and checks it
// against Discord's rules: an interaction acknowledged within 3 s and only once,
// an interaction token used within 15 min, message size limits (content,
// embeds, components, autocomplete choices), allowed_mentions {"parse": []} on
// every message the bot creates or edits, and no privileged intents in
// IDENTIFY. A breach answers the offending request the way Discord does (for
// example 400 with code 50035 "Invalid Form Body") and is reported with
// t.Errorf, or to the handler given with WithBreachHandler.
//
// Faults are injected on demand: 429 responses with retry_after (InjectRateLimit)
// and an abruptly dropped websocket (DropWebsocket), after which discordgo
// resumes the session and receives the events it missed.
//
// Without the MESSAGE_CONTENT intent the server delivers messages the way
// Discord does: content, embeds, attachments and components are empty unless
// the message mentions the bot, is a DM, is the bot's own, or replies to the
// bot; the target of a message command always carries its content.
package discordtest
