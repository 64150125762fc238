-- The article change log and the pipeline's stages (src/Janalyq/Pipeline/README.md).
-- Every change to an article appends a row here in the same transaction as the change; each later stage
-- (stories, search index, ...) reads the log after its own checkpoint. AUTOINCREMENT: a sequence number is
-- never reused, even after the newest rows are deleted, so a checkpoint never points past a reused number.
CREATE TABLE article_changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id  INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('inserted', 'updated', 'hidden')),
    changed_at  TEXT    NOT NULL
);

CREATE INDEX ix_article_changes_article ON article_changes (article_id);

-- The articles stored before the log existed, so that a stage starting from zero sees them (oldest first).
INSERT INTO article_changes (article_id, kind, changed_at)
SELECT id, 'inserted', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM articles ORDER BY id;

-- One row per stage: its checkpoint (the last sequence number it has processed), its lease (the runner that
-- may process it now, until when), and its failures (for the retry backoff and /healthz).
CREATE TABLE pipeline_stages (
    stage             TEXT    PRIMARY KEY,
    position          INTEGER NOT NULL DEFAULT 0,
    advanced_at       TEXT,
    lease_owner       TEXT,
    lease_expires_utc INTEGER,
    failures          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    last_error_at     TEXT,
    retry_at_utc      INTEGER
);
