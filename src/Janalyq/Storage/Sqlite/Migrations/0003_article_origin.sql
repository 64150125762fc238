-- Where an article's text came from: its own page ('page'), or the listing's text when the page could
-- not be had ('feed'); the crawler tries the page again later and replaces the text when it gets it.
ALTER TABLE articles ADD COLUMN content_origin TEXT NOT NULL DEFAULT 'page';
