-- Outlet templates (src/Janalyq/Ingestion/Templates): the block fingerprints of each outlet's last pages, so that a
-- restart keeps every outlet's template. keys: the page's distinct block keys, 8 bytes each, little-endian.
CREATE TABLE outlet_template_pages (
    outlet TEXT NOT NULL,
    page TEXT NOT NULL,
    seq INTEGER NOT NULL,
    keys BLOB NOT NULL,
    PRIMARY KEY (outlet, page)
);
CREATE INDEX ix_outlet_template_pages_seq ON outlet_template_pages (outlet, seq);
