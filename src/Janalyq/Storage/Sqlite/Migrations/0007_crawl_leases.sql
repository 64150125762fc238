-- Leases, so that several crawler processes on one database (serve's crawler and a worker) never poll one listing
-- or send requests to one host at once (src/Janalyq/Ingestion/Crawling/README.md, "Several crawler processes").
-- lease_owner: the process (CrawlerIdentity) holding the row; lease_expires_utc: epoch ms after which the lease has
-- lapsed (its owner stopped renewing it: killed) and another process may claim the row.

ALTER TABLE crawl_feeds ADD COLUMN lease_owner TEXT;
ALTER TABLE crawl_feeds ADD COLUMN lease_expires_utc INTEGER;

-- One row per host name a crawler process has claimed; last_request_utc (epoch ms) and interval_ms are what its
-- holder leaves for the next one, so the per-host interval (Crawl-delay included) holds across processes.
CREATE TABLE crawl_hosts (
    host              TEXT    PRIMARY KEY,
    lease_owner       TEXT,
    lease_expires_utc INTEGER,
    last_request_utc  INTEGER,
    interval_ms       INTEGER NOT NULL DEFAULT 0
);
