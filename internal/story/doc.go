// Package story follows a negotiation across articles. It recognises which
// story (negotiation) a new brief belongs to from its parties and subject
// terms (Profile, Match), finds what the new brief says that the story's
// earlier briefs did not, even in other words (Detect), and dates what
// happened and what is due (Events, Timeline).
//
// It is pure: it reads only the brief contract (summarize.Brief, its
// sentences included) and does no I/O; internal/story/track keeps stories
// in the store. Words are compared as Porter stems of content words, never
// as strings, and quotes and statements also by their speakers.
package story
