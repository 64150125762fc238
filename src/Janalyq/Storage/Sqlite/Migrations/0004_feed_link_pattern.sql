-- A section page is read for article links matching a pattern (a regular expression over the link's URL).
ALTER TABLE source_feeds ADD COLUMN link_pattern TEXT;
