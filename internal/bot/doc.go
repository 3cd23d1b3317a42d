// Package bot is Parley on Discord: the command table, the router with its
// middleware (logging, panic recovery, defer-then-work, cooldowns, a cap on
// concurrent work), the handlers for /summarize, the "Summarize" message
// command, /ask, /help and the brief's buttons, threads for follow-up
// questions, and rendering within Discord's limits. Handlers talk to a
// small responder interface, not to *discordgo.Session directly.
package bot
