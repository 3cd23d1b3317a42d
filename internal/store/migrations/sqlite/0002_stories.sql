-- Stories (issue 14): the negotiations a server follows, each a series of
-- briefs. Times are INTEGER microseconds since the Unix epoch (UTC).

-- stories: one per negotiation followed in a guild. profile is what
-- internal/story recognises the story by (JSON it owns); version is bumped
-- by every write, for optimistic concurrency.
CREATE TABLE stories (
	id         INTEGER PRIMARY KEY,
	guild_id   TEXT    NOT NULL,
	name       TEXT    NOT NULL,
	profile    TEXT    NOT NULL,
	version    INTEGER NOT NULL,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
);
CREATE INDEX stories_guild_updated ON stories (guild_id, updated_at);

-- story_keys: the keys (parties, subject terms) a story is found by.
CREATE TABLE story_keys (
	story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	guild_id TEXT    NOT NULL,
	key      TEXT    NOT NULL,
	PRIMARY KEY (story_id, key)
);
CREATE INDEX story_keys_guild_key ON story_keys (guild_id, key, story_id);

-- story_briefs: the briefs of a story. An article is in at most one story
-- of a guild. data is what internal/story keeps of the brief's joining
-- (changes found, timeline events), as JSON it owns.
CREATE TABLE story_briefs (
	guild_id   TEXT    NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	story_id   INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	engine     TEXT    NOT NULL,
	title      TEXT    NOT NULL,
	url        TEXT    NOT NULL,
	channel_id TEXT    NOT NULL DEFAULT '',
	message_id TEXT    NOT NULL DEFAULT '',
	data       TEXT    NOT NULL,
	joined_at  INTEGER NOT NULL,
	PRIMARY KEY (guild_id, article_id)
);
CREATE INDEX story_briefs_story ON story_briefs (story_id, joined_at);
CREATE INDEX story_briefs_article ON story_briefs (article_id);
