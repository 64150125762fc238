-- The first schema: outlets, categories, stories, articles and their revisions.
-- Times are ISO 8601 text with their offset (as the outlet gave them) plus a UTC
-- epoch-milliseconds column where rows are sorted by time.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    home_url    TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    time_zone   TEXT,
    enabled     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE source_feeds (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    url         TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    UNIQUE (source_id, url)
);

CREATE TABLE categories (
    slug        TEXT    PRIMARY KEY,
    position    INTEGER NOT NULL
);

-- Rows come from Category.All, written after every migration (SqliteCategories): one list, in the code.

CREATE TABLE stories (
    id                  INTEGER PRIMARY KEY,
    title               TEXT    NOT NULL,
    category_slug       TEXT    REFERENCES categories(slug),
    first_published_at  TEXT    NOT NULL,
    last_published_at   TEXT    NOT NULL,
    last_published_utc  INTEGER NOT NULL,
    article_count       INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_stories_last ON stories (last_published_utc DESC);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER REFERENCES sources(id),
    url             TEXT    NOT NULL,
    canonical_url   TEXT    NOT NULL UNIQUE,
    title           TEXT    NOT NULL,
    lead            TEXT,
    body_html       TEXT    NOT NULL,
    body_text       TEXT    NOT NULL,
    published_at    TEXT,
    modified_at     TEXT,
    fetched_at      TEXT    NOT NULL,
    sort_utc        INTEGER NOT NULL,
    author          TEXT,
    image_url       TEXT,
    image_caption   TEXT,
    image_credit    TEXT,
    language        TEXT,
    category_slug   TEXT    REFERENCES categories(slug),
    original_url    TEXT,
    site_name       TEXT,
    content_hash    TEXT    NOT NULL,
    story_id        INTEGER REFERENCES stories(id) ON DELETE SET NULL
);

CREATE INDEX ix_articles_sort ON articles (sort_utc DESC);
CREATE INDEX ix_articles_category_sort ON articles (category_slug, sort_utc DESC);
CREATE INDEX ix_articles_source_sort ON articles (source_id, sort_utc DESC);
CREATE INDEX ix_articles_story ON articles (story_id);

CREATE TABLE article_revisions (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    title           TEXT    NOT NULL,
    lead            TEXT,
    body_html       TEXT    NOT NULL,
    body_text       TEXT    NOT NULL,
    modified_at     TEXT,
    content_hash    TEXT    NOT NULL,
    replaced_at     TEXT    NOT NULL
);

CREATE INDEX ix_article_revisions_article ON article_revisions (article_id);
