-- What the understanding stage (src/Janalyq/Understanding/) derives from each article, kept apart from what the
-- page said so that a re-fetch of the page does not wipe it (the save's UPDATE leaves these columns alone).
-- duplicate_of_id: the original of a copy (a republication or a reprinted wire text), null for an original.
-- is_news: 1 news, 0 not news (horoscope, recipe, ad, how-to, quiz), null not analysed yet.
-- contest_category: the Telegram Data Clustering Contest's category (society, economy, technology, sports,
-- entertainment, science, other) or not_news; the site category stays in category_slug.
ALTER TABLE articles ADD COLUMN duplicate_of_id INTEGER REFERENCES articles(id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN is_news INTEGER;
ALTER TABLE articles ADD COLUMN contest_category TEXT;

CREATE INDEX ix_articles_duplicate_of ON articles (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;

-- A story's languages ("kk,ru": sorted ISO 639-1 codes) and distinct outlets, kept by the stage.
ALTER TABLE stories ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN outlet_count INTEGER NOT NULL DEFAULT 0;

-- A story's title in each of its languages (chosen from its articles in that language).
CREATE TABLE story_titles (
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    language  TEXT    NOT NULL,
    title     TEXT    NOT NULL,
    PRIMARY KEY (story_id, language)
);

-- "Ранее…": earlier stories about the same people, places or subject; earlier_story_id's last article is older
-- than story_id's first, never the same story. score: the strength of the link, higher first.
CREATE TABLE story_related (
    story_id          INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    earlier_story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    score             REAL    NOT NULL,
    PRIMARY KEY (story_id, earlier_story_id)
);
