-- Crawler state (owned by ingestion, src/Janalyq/Ingestion/Crawling): what a restart needs to resume
-- where it stopped. Times are ISO 8601 text; *_utc columns are epoch milliseconds for ordering.

-- One row per subscribed listing (feed, sitemap, section page).
CREATE TABLE crawl_feeds (
    feed_url          TEXT    PRIMARY KEY,
    source_id         INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    next_poll_utc     INTEGER NOT NULL,
    poll_interval_s   INTEGER NOT NULL,
    last_polled_at    TEXT,
    last_success_at   TEXT,
    etag              TEXT,
    last_modified     TEXT,
    error_streak      INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    parked_at         TEXT,
    parked_reason     TEXT,
    moved_to          TEXT
);

CREATE INDEX ix_crawl_feeds_next ON crawl_feeds (next_poll_utc);

-- Every article URL a listing has pointed to, by canonical URL (one row however many feeds list it),
-- so that an entry that vanishes and comes back, or appears under another variant, is not fetched again.
-- state: 'page' (stored from its page), 'feed' (page unavailable: stored from the listing's text, retried),
-- 'rejected' (the page is not an article), 'failed' (neither page nor listing text could be stored).
CREATE TABLE crawl_entries (
    canonical_url     TEXT    PRIMARY KEY,
    feed_url          TEXT    NOT NULL,
    fingerprint       TEXT    NOT NULL,
    state             TEXT    NOT NULL,
    article_id        INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    page_attempts     INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    first_seen_at     TEXT    NOT NULL,
    last_seen_at      TEXT    NOT NULL
);

CREATE INDEX ix_crawl_entries_feed ON crawl_entries (feed_url);

-- robots.txt per origin (scheme://host:port).
CREATE TABLE crawl_robots (
    origin            TEXT    PRIMARY KEY,
    fetched_at        TEXT    NOT NULL,
    expires_at        TEXT    NOT NULL,
    status_code       INTEGER,
    body              TEXT,
    allowed           INTEGER NOT NULL
);
