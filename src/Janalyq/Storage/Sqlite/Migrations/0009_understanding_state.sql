-- What the understanding stage needs to drop its own writes on a replay and to rebuild its window after a restart.
-- language_identified / category_classified: 1 when understanding wrote articles.language / category_slug (the page
-- gave none); a replay sets those back to null, and a re-fetch that brings the page's own value clears the flag.
ALTER TABLE articles ADD COLUMN language_identified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN category_classified INTEGER NOT NULL DEFAULT 0;

-- A story's first article's time as a sort key (epoch ms), like last_published_utc: "earlier related" compares them.
ALTER TABLE stories ADD COLUMN first_published_utc INTEGER NOT NULL DEFAULT 0;

-- The stage's counters: next_story_id (story ids are never reused, even after a merge deleted the newest story) and
-- newest (epoch ms of the newest article clustered: the end of the sliding window).
CREATE TABLE understanding_state (
    key    TEXT    PRIMARY KEY,
    value  INTEGER NOT NULL
);
