-- Parley store, first schema. Times are INTEGER microseconds since the Unix
-- epoch (UTC). Discord ids are TEXT. JSON columns hold the Go types as JSON.

-- articles: one row per key (canonical URL, or "text:" + SHA-256 of pasted
-- text). used_at is the last activity (stored, bound, asked about) and drives
-- retention; fetched_at drives the URL cache.
CREATE TABLE articles (
	id         INTEGER PRIMARY KEY,
	key        TEXT    NOT NULL UNIQUE,
	url        TEXT    NOT NULL DEFAULT '',
	title      TEXT    NOT NULL DEFAULT '',
	text_sha   TEXT    NOT NULL,
	fetched_at INTEGER NOT NULL,
	used_at    INTEGER NOT NULL,
	data       TEXT    NOT NULL -- article.Article as JSON
);
CREATE INDEX articles_used_at ON articles (used_at);

-- article_urls: every address an article is known by (its key, the URL a
-- user gave), for the cache lookup.
CREATE TABLE article_urls (
	url        TEXT    NOT NULL PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_urls_article ON article_urls (article_id);

-- briefs: one per article and engine.
CREATE TABLE briefs (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	engine     TEXT    NOT NULL,
	created_at INTEGER NOT NULL,
	data       TEXT    NOT NULL, -- summarize.Brief as JSON (the contract)
	sentences  TEXT    NOT NULL, -- its Sentences, which the contract leaves out
	PRIMARY KEY (article_id, engine)
);

-- bindings: a Discord thread and/or message -> article. NULL ids are absent.
CREATE TABLE bindings (
	id         INTEGER PRIMARY KEY,
	guild_id   TEXT    NOT NULL,
	channel_id TEXT    NOT NULL,
	thread_id  TEXT    UNIQUE,
	message_id TEXT    UNIQUE,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	user_id    TEXT    NOT NULL,
	created_at INTEGER NOT NULL,
	used_at    INTEGER NOT NULL
);
CREATE INDEX bindings_article ON bindings (article_id);
CREATE INDEX bindings_guild ON bindings (guild_id, article_id, used_at);
CREATE INDEX bindings_used_at ON bindings (used_at);

-- turns: follow-up questions and answers of a conversation (thread).
CREATE TABLE turns (
	id         INTEGER PRIMARY KEY,
	thread_id  TEXT    NOT NULL,
	guild_id   TEXT    NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	user_id    TEXT    NOT NULL,
	question   TEXT    NOT NULL,
	answer     TEXT    NOT NULL,
	engine     TEXT    NOT NULL,
	citations  TEXT    NOT NULL, -- JSON array of sentence numbers
	at         INTEGER NOT NULL
);
CREATE INDEX turns_thread ON turns (thread_id, at, id);
CREATE INDEX turns_article ON turns (article_id);
CREATE INDEX turns_guild_at ON turns (guild_id, at);
CREATE INDEX turns_at ON turns (at);

-- guild_settings: store.Settings as JSON; retention_days copied out for Purge.
CREATE TABLE guild_settings (
	guild_id       TEXT    NOT NULL PRIMARY KEY,
	retention_days INTEGER NOT NULL,
	data           TEXT    NOT NULL,
	updated_at     INTEGER NOT NULL
);

-- usage: LLM tokens spent (or reserved), for budgets.
CREATE TABLE usage (
	id       INTEGER PRIMARY KEY,
	guild_id TEXT    NOT NULL,
	user_id  TEXT    NOT NULL,
	tokens   INTEGER NOT NULL,
	at       INTEGER NOT NULL
);
-- Covering: budget sums read the index only.
CREATE INDEX usage_guild_at ON usage (guild_id, at, user_id, tokens);
CREATE INDEX usage_at ON usage (at);
